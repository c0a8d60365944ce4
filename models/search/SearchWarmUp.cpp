// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/search/SearchWarmUp.h"

#include "models/core/Log.h"
#include "models/vault/Database.h"
#include "models/vault/Statement.h"

#include <algorithm>
#include <array>
#include <limits>

namespace verdes {

namespace {

// NOT INDEXED walks the table itself (not a narrower covering index); reading each rowid reads
// every leaf page. The index walks are covering scans of exactly the index named. substr() of each
// full-text block reads its overflow pages too (a block is larger than one encrypted page).
constexpr std::array<QStringView, 8> kQueries{
    u"SELECT rowid FROM members NOT INDEXED",
    u"SELECT rowid FROM households NOT INDEXED",
    u"SELECT length(substr(block, -4)) FROM member_search_data",
    u"SELECT nik FROM members INDEXED BY members_nik WHERE nik IS NOT NULL",
    u"SELECT household_id FROM members INDEXED BY members_household WHERE household_id IS NOT NULL",
    u"SELECT household_id FROM households INDEXED BY sqlite_autoindex_households_1 WHERE household_id IS NOT "
    u"NULL",
    u"SELECT kk_number FROM households INDEXED BY households_kk WHERE kk_number IS NOT NULL",
    u"SELECT rw FROM households INDEXED BY households_place",
};

} // namespace

SearchWarmUp::SearchWarmUp(Database &db)
    : m_db(db)
{}

SearchWarmUp::~SearchWarmUp() = default;

Result<void> SearchWarmUp::prepareNext()
{
    m_statement.reset();
    ++m_query;
    if (m_query >= static_cast<int>(kQueries.size())) {
        return {};
    }
    m_statement = std::make_unique<Statement>(m_db, kQueries.at(static_cast<std::size_t>(m_query)));
    return m_statement->status();
}

Result<bool> SearchWarmUp::step(qint64 rows)
{
    if (m_query < 0) {
        // A cache as large as the file (within the bounds) keeps every page read here.
        VERDES_TRY_ASSIGN(pages, m_db.queryInt(u"PRAGMA page_count"));
        VERDES_TRY_ASSIGN(pageSize, m_db.queryInt(u"PRAGMA page_size"));
        const qint64 fileMiB = (pages * pageSize) >> 20;
        m_stats.cacheMiB =
            static_cast<int>(std::clamp<qint64>(fileMiB + fileMiB / 8, kMinCacheMiB, kMaxCacheMiB));
        VERDES_TRY(
            m_db.execute(QStringLiteral("PRAGMA cache_size = -%1").arg(qint64(m_stats.cacheMiB) * 1024)));
        VERDES_TRY(prepareNext());
    }
    for (qint64 read = 0; read < rows;) {
        if (!m_statement) {
            return true;
        }
        VERDES_TRY_ASSIGN(hasRow, m_statement->step());
        if (!hasRow) {
            VERDES_TRY(prepareNext());
            if (!m_statement) {
                qCInfo(lcVault) << "search warm-up:" << m_stats.members << "members," << m_stats.households
                                << "households," << m_stats.indexBlocks << "index blocks; page cache"
                                << m_stats.cacheMiB << "MiB";
                return true;
            }
            continue;
        }
        ++read;
        if (m_query == 0) {
            ++m_stats.members;
        } else if (m_query == 1) {
            ++m_stats.households;
        } else if (m_query == 2) {
            ++m_stats.indexBlocks;
        }
    }
    return !m_statement;
}

Result<SearchWarmUp::Stats> SearchWarmUp::run(Database &db)
{
    SearchWarmUp warmUp(db);
    VERDES_TRY(warmUp.step(std::numeric_limits<qint64>::max()));
    return warmUp.stats();
}

} // namespace verdes
