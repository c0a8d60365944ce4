// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>

class QTableWidget;

namespace Ui {
class FlaggedHouseholdPicker;
} // namespace Ui

namespace verdes {
class Database;
} // namespace verdes

namespace verdes::ui {

// Chooses a family with an open data-quality warning, for the flagged section of an agenda (the
// meeting keeps it or proposes its removal): one row per family with the head's name, the family id,
// RT/RW and its warnings, narrowed as the officer types. Families already on the agenda are left out.
// Enter, a double click or OK picks the selected row.
class FlaggedHouseholdPicker final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlaggedHouseholdPicker)

public:
    enum Column
    {
        HeadColumn,
        HouseholdColumn,
        PlaceColumn,
        WarningsColumn,
        ColumnCount,
    };

    FlaggedHouseholdPicker(Database &db, const QSet<QString> &onAgenda, QWidget *parent = nullptr);
    ~FlaggedHouseholdPicker() override;

    // Opens a picker over `parent` (window-modal, deleted on close) and calls `picked` with the
    // chosen family when the officer picks one.
    static FlaggedHouseholdPicker *openFor(Database &db,
                                           const QSet<QString> &onAgenda,
                                           QWidget *parent,
                                           std::function<void(const QString &householdId)> picked);

    QTableWidget *table() const;
    // Rows shown after the filter.
    int shownCount() const;
    void setFilterText(const QString &text);
    // Selects the row of one family; false when it is not shown.
    bool selectHousehold(const QString &householdId);
    QString selectedHousehold() const;

    void accept() override;

Q_SIGNALS:
    void householdPicked(const QString &householdId);

private:
    void load(const QSet<QString> &onAgenda);
    void applyFilter();
    void updateOkButton();

    std::unique_ptr<Ui::FlaggedHouseholdPicker> m_ui;
    Database &m_db;
    int m_total = 0;
};

} // namespace verdes::ui
