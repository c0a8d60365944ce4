// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

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

// One line of the browser's household list, with the counts it shows.
struct HouseholdListRow
{
    QString householdId;
    QString headName; // empty when the household has no head
    QString kk;       // unmasked: the view masks it (DOMAIN.md §10)
    int rt = 0;
    int rw = 0;
    QString dusun;
    int members = 0; // present members living there (presence 1 or 5)
    std::optional<int> desil;
    bool pkh = false;
    bool bpnt = false;
    int pbiMembers = 0; // members with PBI health insurance
    int warnings = 0;   // import problems kept with the record
    bool missing = false;
    int flags = 0; // open data-quality flags
};

// The order of the list; every order ends on the household id, so paging is stable.
enum class HouseholdOrder : quint8
{
    SearchRank, // the order of HouseholdFilter::householdIds
    HeadName,
    Kk,
    Place, // RW, then RT
    Dusun,
    Members,
    Desil, // households without a desil last
    Programmes,
    Warnings,
    Flags,
};

// The browser's reads: the households matching a filter, counted and in pages, sorted and filtered
// in SQL so 50,000 households list as fast as 500. Like HouseholdRepository it holds only the
// connection (owned by the caller); the item model (HouseholdTableModel) holds no SQL.
class HouseholdList final
{
public:
    explicit HouseholdList(Database &db);

    Result<qint64> count(const HouseholdFilter &filter);
    Result<QList<HouseholdListRow>>
    page(const HouseholdFilter &filter, HouseholdOrder order, bool ascending, qint64 offset, int limit);
    // The (RW, RT) pairs that have households, in order, for the area filter.
    Result<QList<std::pair<int, int>>> places();

private:
    Database &m_db;
};

} // namespace verdes
