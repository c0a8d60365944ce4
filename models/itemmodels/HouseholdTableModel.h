// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace verdes {

class Database;

// What the household list is narrowed to. Combined with AND; empty fields do not filter.
struct HouseholdFilter
{
    enum class Programme : quint8
    {
        Any,
        Pkh,
        Bpnt,
        Pbi,
        None, // receives none of PKH, BPNT, PBI
    };
    enum class Presence : quint8
    {
        Any,
        Deceased, // a member recorded as deceased
        Moved,    // a member moved (within Indonesia or abroad)
        NotFound, // a member not found
        Missing,  // missing from the latest snapshot
    };

    std::optional<int> rw;
    std::optional<int> rt;
    std::optional<int> desil; // 0 = no desil yet
    Programme programme = Programme::Any;
    Presence presence = Presence::Any;
    bool withWarningsOnly = false;
    // Data-quality flags (DOMAIN.md §9): unset = no filter; empty string = any open flag; a check code
    // ("DECEASED_MEMBER") = an open flag of that check.
    std::optional<QString> flagCheck;
    // When set, only these households, in this order (the order of search results).
    std::optional<QStringList> householdIds;

    bool operator==(const HouseholdFilter &) const = default;
};

// The households of the vault as a table, for the browser. Rows are fetched in pages
// (canFetchMore/fetchMore), sorting and filtering happen in SQL, so 50,000 households open as
// fast as 500. Returns data and meaning (counts, flags); the view decides how they look.
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
    struct Row
    {
        QString householdId;
        QString headName;
        QString kk;
        int rt = 0;
        int rw = 0;
        QString dusun;
        int members = 0;
        std::optional<int> desil;
        bool pkh = false;
        bool bpnt = false;
        int pbiMembers = 0;
        int warnings = 0;
        bool missing = false;
        int flags = 0;
    };

    Result<void> reload();
    Result<QList<Row>> loadPage(qint64 offset) const;
    QString whereClause() const;
    QString orderClause() const;
    void bindFilter(class Statement &statement) const;

    Database &m_db;
    HouseholdFilter m_filter;
    QHash<QString, QStringList> m_matchedNames;
    QList<Row> m_rows;
    qint64 m_total = 0;
    int m_sortColumn = HeadNameColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    bool m_masked = true;
    std::optional<Error> m_lastError;
};

} // namespace verdes
