// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QString>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTimer;

namespace verdes {
class Database;
} // namespace verdes

namespace verdes::ui {

// Finds a household for a proposal: searches as the officer types, through HouseholdSearch as the
// browser does (name, NIK prefix, KK number, address, "RT 3"), one row per household with the head's
// name, the member found, the NIK and KK masked (first 4 + last 4), RT/RW and the address. Enter,
// a double click or OK picks the selected row; Esc cancels. The search box has the focus on open.
class HouseholdPicker final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HouseholdPicker)

public:
    enum Column
    {
        HeadColumn,
        FoundColumn,
        NikColumn,
        KkColumn,
        PlaceColumn,
        AddressColumn,
        ColumnCount,
    };

    static constexpr int kHouseholdLimit = 50;

    explicit HouseholdPicker(Database &db, QWidget *parent = nullptr);
    ~HouseholdPicker() override;

    // Opens a picker over `parent` (window-modal, deleted on close) and calls `picked` with the
    // chosen household id when the officer picks one.
    static HouseholdPicker *
    openFor(Database &db, QWidget *parent, std::function<void(const QString &householdId)> picked);

    // Sets the search text and searches at once (no typing delay).
    void setSearchText(const QString &text);
    // Searches for the text in the box now.
    void search();

    // The household of the selected row (empty when none).
    QString selectedHousehold() const;

    // The household picked by accept() (empty until then).
    const QString &pickedHousehold() const { return m_picked; }

    int resultCount() const;

    QLineEdit *searchEdit() const { return m_searchEdit; }

    QTableWidget *table() const { return m_table; }

    // The line under the box: what to type, how many were found, or that none was.
    QString statusText() const;

    // Picks the selected row (after running a search still waiting for the typing delay); does
    // nothing while no row is selected.
    void accept() override;

Q_SIGNALS:
    void householdPicked(const QString &householdId);
    // A search failed (the message, translated).
    void errorOccurred(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void updateOkButton();

    Database &m_db;
    QLineEdit *m_searchEdit = nullptr;
    QLabel *m_statusLabel = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_okButton = nullptr;
    QTimer *m_searchTimer = nullptr;
    QString m_picked;
};

} // namespace verdes::ui
