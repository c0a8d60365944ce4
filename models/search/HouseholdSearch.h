// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"
#include "models/search/SearchHit.h"
#include "models/search/SearchQuery.h"

#include <QList>

namespace verdes {

class Database;

// Finds members of the registry by name, address, dusun, NIK prefix or KK number, with RT/RW
// filters, over the FTS5 index and B-tree indexes of schema 2 (resources/sql/0002_search.sql).
//
// Ordering never ranks the whole match set (bm25 over the thousands of SITIs costs 50 ms and more):
// the results come from at most three LIMITed queries, in this order, each page sorted with heads of
// household first, then by name:
//   1. every word a whole word, heads of household;   2. the same, the other members;
//   3. some word only the start of a word (heads first within the page, not across all matches).
// A query of numbers only lists NIK-prefix matches (heads first, then by name), then the members of
// households whose KK matches (in family order). When nothing starts with a number of 6 to 15
// digits, members whose NIK holds it anywhere are listed (the birth-date digits, issue 11 §3).
// Members marked missing are found and flagged.
//
// The search borrows the Database; it keeps no state between calls.
class HouseholdSearch final
{
public:
    explicit HouseholdSearch(Database &db);

    Result<QList<SearchHit>> search(const SearchQuery &query);
    Result<QList<SearchHit>> search(QStringView text, int limit = SearchQuery::kDefaultLimit);

    // Refills the index from members and households: after a VACUUM (which may renumber members'
    // rowids) or if the index is ever suspected stale. Runs in the caller's transaction, if any.
    static Result<void> rebuildIndex(Database &db);

    // For a first import into an empty registry: per-row index triggers cost about 40 % of the
    // import, one bulk insert at the end far less. suspendMemberIndexing() drops the members' insert
    // trigger and returns its SQL (read from the schema, so the migration stays the one definition);
    // resumeMemberIndexing() indexes every member in one statement and recreates the trigger. Call
    // both inside the import's transaction, so a rollback restores the trigger too.
    static Result<QString> suspendMemberIndexing(Database &db);
    static Result<void> resumeMemberIndexing(Database &db, const QString &triggerSql);

private:
    Result<void> searchWords(const SearchQuery &query, int limit, QList<SearchHit> &hits);
    Result<void> searchNumbers(const SearchQuery &query, int limit, QList<SearchHit> &hits);
    Result<void> searchFilters(const SearchQuery &query, int limit, QList<SearchHit> &hits);

    Database &m_db;
};

} // namespace verdes
