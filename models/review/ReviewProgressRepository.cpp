// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/review/ReviewProgressRepository.h"

#include "models/domain/RegionTable.h"
#include "models/vault/Database.h"
#include "models/vault/Statement.h"

#include <QMap>

#include <algorithm>

namespace verdes {

namespace {

// Rows of (text, count) from a query whose first column is the text and second the count.
Result<QList<QPair<QString, qint64>>> pairs(Database &db, QStringView sql)
{
    Statement st(db, sql);
    VERDES_TRY(st.status());
    QList<QPair<QString, qint64>> rows;
    while (true) {
        VERDES_TRY_ASSIGN(row, st.step());
        if (!row) {
            return rows;
        }
        rows.append({st.text(0), st.int64(1)});
    }
}

} // namespace

ReviewProgressRepository::ReviewProgressRepository(Database &db)
    : m_db(db)
{}

Result<ReviewProgress> ReviewProgressRepository::progress(const QString &districtCode, const QDateTime &now)
{
    ReviewProgress progress;
    VERDES_TRY_ASSIGN(states, pairs(m_db, u"SELECT state, count(*) FROM review_items GROUP BY state"));
    for (const ProposalState state : allProposalStates()) {
        for (const auto &[code, count] : states) {
            if (proposalStateFromCode(code) == state) {
                progress.byState.append({state, count});
                progress.items += count;
            }
        }
    }
    VERDES_TRY_ASSIGN(
        types,
        pairs(m_db, u"SELECT type, count(*) AS n FROM review_items GROUP BY type ORDER BY n DESC, type"));
    progress.byType = types;
    // The completeness codes are stored as "RT01 RT03": counted one by one.
    VERDES_TRY_ASSIGN(
        incomplete,
        pairs(m_db,
              u"SELECT incomplete, count(*) FROM review_items WHERE incomplete <> '' GROUP BY incomplete"));
    QMap<QString, qint64> codes;
    for (const auto &[text, count] : incomplete) {
        for (const QString &code : text.split(u' ', Qt::SkipEmptyParts)) {
            codes[code] += count;
        }
    }
    for (auto it = codes.cbegin(); it != codes.cend(); ++it) {
        progress.incomplete.append({it.key(), it.value()});
    }

    QMap<QString, VillageProgress> villages;
    for (const RegionTable::Region *region : RegionTable::instance().villagesIn(districtCode)) {
        VillageProgress village;
        village.villageCode = region->code;
        village.name = region->name;
        villages.insert(region->code, village);
    }
    Statement st(
        m_db,
        u"SELECT b.village_code, count(DISTINCT b.hub_serial), max(b.created_at), "
        u"(SELECT count(*) FROM review_items i WHERE i.village_code = b.village_code), "
        u"(SELECT count(*) FROM review_items i WHERE i.village_code = b.village_code "
        u"   AND i.state IN ('in_review', 'gc_assigned', 'gc_done', 'verified')), "
        u"(SELECT count(*) FROM review_items i WHERE i.village_code = b.village_code AND i.state = "
        u"'approved'), "
        u"(SELECT count(*) FROM review_items i WHERE i.village_code = b.village_code "
        u"   AND i.state = 'rejected_by_dinas'), "
        u"(SELECT count(*) FROM review_items i WHERE i.village_code = b.village_code AND i.state = "
        u"'returned'), "
        u"(SELECT min(o.received_at) FROM review_items i JOIN review_batches o ON o.hub_serial = "
        u"i.hub_serial "
        u"   WHERE i.village_code = b.village_code AND i.state IN ('in_review', 'gc_assigned', 'gc_done', "
        u"   'verified')) "
        u"FROM review_batches b GROUP BY b.village_code");
    VERDES_TRY(st.status());
    while (true) {
        VERDES_TRY_ASSIGN(row, st.step());
        if (!row) {
            break;
        }
        VillageProgress &village = villages[st.text(0)];
        village.villageCode = st.text(0);
        if (village.name.isEmpty()) {
            const RegionTable::Region *region = RegionTable::instance().find(village.villageCode);
            village.name = region != nullptr ? region->name : QString();
        }
        village.batches = st.int64(1);
        village.lastBatchCreatedAt = st.text(2);
        village.items = st.int64(3);
        village.open = st.int64(4);
        village.approved = st.int64(5);
        village.rejected = st.int64(6);
        village.returned = st.int64(7);
        village.oldestOpenReceivedAt = st.isNull(8) ? QString() : st.text(8);
        progress.batches += village.batches;
    }
    const QDateTime limit = now.toUTC().addDays(-kMeetingDays);
    for (VillageProgress &village : villages) {
        const QDateTime last = QDateTime::fromString(village.lastBatchCreatedAt, Qt::ISODateWithMs);
        village.meetingOverdue = !last.isValid() || last < limit;
        progress.overdueVillages += village.meetingOverdue ? 1 : 0;
        progress.villages.append(village);
    }
    return progress;
}

} // namespace verdes
