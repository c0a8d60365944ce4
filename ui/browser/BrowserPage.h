// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <memory>

class QComboBox;
class QTimer;

namespace Ui {
class BrowserPage;
} // namespace Ui

namespace verdes {
struct Actor;
class Database;
class HouseholdSearch;
class HouseholdTableModel;
} // namespace verdes

namespace verdes::ui {

class HouseholdFlagsView;

// The households of the open vault: instant search, filters, the table and the detail of the
// selected household.
class BrowserPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BrowserPage)

public:
    BrowserPage(Database &db, bool isDemo, QWidget *parent = nullptr);
    ~BrowserPage() override;

    void focusSearch();
    void setDetailVisible(bool visible);
    void setMasking(bool masked);
    // Reloads after the vault changed (an import).
    void reload();

    HouseholdTableModel *model() const { return m_model.get(); }

    // The officer working in the browser (dismissing flags).
    void setActor(const Actor &actor);

    HouseholdFlagsView *flagsView() const { return m_flagsView; }

    QComboBox *flagsFilter() const { return m_flagsComboBox; }

Q_SIGNALS:
    void errorOccurred(const QString &message);

private:
    void fillFilterChoices();
    void applySearchAndFilters();
    void updateCount();
    // `masked` false shows the full NIK and KK of this one household (the user asked; logged).
    void showHousehold(const QString &householdId, bool masked = true);

    std::unique_ptr<Ui::BrowserPage> m_ui;
    Database &m_db;
    std::unique_ptr<HouseholdTableModel> m_model;
    std::unique_ptr<HouseholdSearch> m_search;
    QTimer *m_searchTimer = nullptr;
    bool m_masked = true;
    QString m_shownHousehold;
    QWidget *m_detailPane = nullptr;
    HouseholdFlagsView *m_flagsView = nullptr;
    QComboBox *m_flagsComboBox = nullptr;
};

} // namespace verdes::ui
