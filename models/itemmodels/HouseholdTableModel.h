// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"
#include "models/repo/HouseholdList.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace verdes {

class Database;

// The households of the vault as a table, for the browser. Rows are fetched in pages
// (canFetchMore/fetchMore); sorting and filtering happen in SQL (HouseholdList), so 50,000
// households open as fast as 500. Returns data and meaning (counts, flags); the view decides how they look.
// NIK and KK come masked in Qt::DisplayRole; the full value only through FullKkRole.
class HouseholdTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HouseholdTableModel)

public:
    enum Column
    {
        HeadNameColumn,
        KkColumn,
        PlaceColumn, // RT/RW
        DusunColumn,
        MembersColumn,
        DesilColumn,
        ProgrammesColumn,
        WarningsColumn,
        FlagsColumn, // open data-quality flags
        ColumnCount
    };

    enum Role
    {
        HouseholdIdRole = Qt::UserRole + 1,
        FullKkRole,
        WarningCountRole,
        IsMissingRole,
        MatchedNamesRole, // names of the members a search matched, other than the head
        FlagCountRole,    // open data-quality flags of the household
    };

    static constexpr int kPageSize = 200;

    explicit HouseholdTableModel(Database &db, QObject *parent = nullptr);
    ~HouseholdTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Replaces the filter and reloads from the first page. `matchedNames` (household id → names)
    // labels search hits.
    Result<void> setFilter(const HouseholdFilter &filter,
                           const QHash<QString, QStringList> &matchedNames = {});

    const HouseholdFilter &filter() const { return m_filter; }

    // All households matching the filter (not only the fetched ones).
    qint64 totalCount() const { return m_total; }

    QString householdIdAt(int row) const;
    // The (RW, RT) pairs that have households, in order, for the area filter.
    Result<QList<std::pair<int, int>>> places() const;
    // Whether NIK/KK are masked in DisplayRole (default true).
    void setMasking(bool masked);

    // The last error of a fetch, for the view to show (fetchMore cannot return it).
    const std::optional<Error> &lastError() const { return m_lastError; }

Q_SIGNALS:
    void totalCountChanged(qint64 total);

private:
    Result<void> reload();
    Result<QList<HouseholdListRow>> loadPage(qint64 offset) const;
    HouseholdOrder order() const;

    mutable HouseholdList m_list;
    HouseholdFilter m_filter;
    QHash<QString, QStringList> m_matchedNames;
    QList<HouseholdListRow> m_rows;
    qint64 m_total = 0;
    int m_sortColumn = HeadNameColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    bool m_masked = true;
    std::optional<Error> m_lastError;
};

} // namespace verdes
