// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/search/SearchWarmUp.h"

#include "models/core/Log.h"
#include "models/vault/Database.h"

#include <algorithm>

namespace verdes {

Result<SearchWarmUp::Stats> SearchWarmUp::run(Database &db)
{
    Stats stats;
    // A cache as large as the file (within the bounds) keeps every page read here.
    VERDES_TRY_ASSIGN(pages, db.queryInt(u"PRAGMA page_count"));
    VERDES_TRY_ASSIGN(pageSize, db.queryInt(u"PRAGMA page_size"));
    const qint64 fileMiB = (pages * pageSize) >> 20;
    stats.cacheMiB = static_cast<int>(std::clamp<qint64>(fileMiB + fileMiB / 8, kMinCacheMiB, kMaxCacheMiB));
    VERDES_TRY(db.execute(QStringLiteral("PRAGMA cache_size = -%1").arg(qint64(stats.cacheMiB) * 1024)));

    // NOT INDEXED walks the table itself (not a narrower covering index); sum(rowid) reads every
    // leaf page. The index walks are covering scans of exactly the index named. substr() of each
    // full-text block reads its overflow pages too (a block is larger than one encrypted page).
    VERDES_TRY_ASSIGN(members, db.queryInt(u"SELECT count(*) + 0 * sum(rowid) FROM members NOT INDEXED"));
    VERDES_TRY_ASSIGN(households,
                      db.queryInt(u"SELECT count(*) + 0 * sum(rowid) FROM households NOT INDEXED"));
    VERDES_TRY_ASSIGN(
        blocks, db.queryInt(u"SELECT count(*) + 0 * sum(length(substr(block, -4))) FROM member_search_data"));
    for (const QStringView sql :
         {QStringView(u"SELECT count(*) FROM members INDEXED BY members_nik WHERE nik IS NOT NULL"),
          QStringView(
              u"SELECT count(*) FROM members INDEXED BY members_household WHERE household_id IS NOT NULL"),
          QStringView(u"SELECT count(*) FROM households INDEXED BY sqlite_autoindex_households_1 "
                      u"WHERE household_id IS NOT NULL"),
          QStringView(
              u"SELECT count(*) FROM households INDEXED BY households_kk WHERE kk_number IS NOT NULL"),
          QStringView(u"SELECT count(*) FROM households INDEXED BY households_place")}) {
        VERDES_TRY(db.queryInt(sql));
    }
    stats.members = members;
    stats.households = households;
    stats.indexBlocks = blocks;
    qCInfo(lcVault) << "search warm-up:" << members << "members," << households << "households," << blocks
                    << "index blocks; page cache" << stats.cacheMiB << "MiB";
    return stats;
}

} // namespace verdes
