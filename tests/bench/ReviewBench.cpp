// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/bench/ReviewBench.h"

#include "models/review/ReviewQueueRepository.h"
#include "models/vault/AuditLog.h"
#include "models/vault/Database.h"
#include "models/vault/Statement.h"
#include "models/vault/Transaction.h"
#include "tests/bench/BenchReport.h"
#include "tests/bench/BenchVillage.h"

#include <QCryptographicHash>
#include <QElapsedTimer>

#include <algorithm>
#include <vector>

namespace verdes {

namespace {

constexpr int kRepeats = 7;

// What a district's inbox holds after a quarter: one batch from each village, their items in the
// states review leaves them in (not timed). The batch files are stand-ins: the queue never reads them.
Result<void> fill(Database &db, int villages, int itemsPerVillage)
{
    static const char *const kStates[] = {"in_review",
                                          "in_review",
                                          "in_review",
                                          "in_review",
                                          "gc_assigned",
                                          "verified",
                                          "approved",
                                          "returned",
                                          "rejected_by_dinas",
                                          "in_review"};
    Transaction tx(db);
    VERDES_TRY(tx.begin());
    Statement batch(
        db,
        u"INSERT INTO review_batches (hub_serial, batch_id, village_code, device_key_id, device_key, "
        u"sequence, created_at, received_at, item_count, signed_file, receipt, imported_at) VALUES "
        u"(:serial, :batch, :village, 'BENC-H000-0000-0000', zeroblob(32), 1, :at, :at, :count, "
        u"zeroblob(2048), zeroblob(512), :at)");
    VERDES_TRY(batch.status());
    Statement item(
        db,
        u"INSERT INTO review_items (hub_serial, position, village_code, proposal_id, type, household_id, "
        u"state, incomplete) VALUES (:serial, :position, :village, :proposal, :type, :household, "
        u":state, :incomplete)");
    VERDES_TRY(item.status());
    for (int v = 0; v < villages; ++v) {
        const QString village = QStringLiteral("3373%1").arg(100000 + v * 7);
        // Received over three months, a village a little later than the one before.
        const QString at = QDateTime(QDate(2026, 9, 1), QTime(8, 0), Qt::UTC)
                               .addSecs(qint64(v) * 26000)
                               .toString(Qt::ISODateWithMs);
        batch.reset();
        batch.bind(u":serial", qint64(v) + 1);
        batch.bind(u":batch", QCryptographicHash::hash(village.toUtf8(), QCryptographicHash::Sha256));
        batch.bind(u":village", village);
        batch.bind(u":at", at);
        batch.bind(u":count", qint64(itemsPerVillage));
        VERDES_TRY(batch.run());
        for (int i = 0; i < itemsPerVillage; ++i) {
            item.reset();
            item.bind(u":serial", qint64(v) + 1);
            item.bind(u":position", qint64(i));
            item.bind(u":village", village);
            item.bind(u":proposal", qint64(i) + 1);
            item.bind(u":type",
                      i % 3 == 0 ? QStringLiteral("MEMBER_DECEASED") : QStringLiteral("DATA_UPDATE"));
            item.bind(u":household", QStringLiteral("H%1").arg(i, 5, 10, QLatin1Char('0')));
            item.bind(u":state", QString::fromLatin1(kStates[(v + i) % 10]));
            item.bind(u":incomplete", i % 20 == 0 ? QStringLiteral("RT01") : QString());
            VERDES_TRY(item.run());
        }
    }
    // Recorded as the inbox records it, so that the history still matches the content.
    VERDES_TRY(AuditLog(db).append(BenchVillage::officer(),
                                   {QStringLiteral("review.import"),
                                    QStringLiteral("review_batches"),
                                    QStringLiteral("bench-hub"),
                                    {},
                                    {QString::number(villages),
                                     QString::number(qint64(villages) * itemsPerVillage),
                                     QStringLiteral("0"),
                                     QStringLiteral("bench hub")}}));
    return tx.commit();
}

// The first page: what the page and `verdes review queue` read before they show anything.
Result<double> firstPage(Database &db, qint64 &shown)
{
    QElapsedTimer timer;
    timer.start();
    ReviewQueueRepository queue(db);
    VERDES_TRY_ASSIGN(states, queue.countsByState());
    VERDES_TRY_ASSIGN(villages, queue.byVillage());
    ReviewQueueFilter open;
    open.state = ProposalState::InReview;
    VERDES_TRY_ASSIGN(page, queue.page(open, 0, 50));
    VERDES_TRY_ASSIGN(count, queue.count(open));
    const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    shown = static_cast<qint64>(states.size() + villages.size() + page.size()) + count;
    return ms;
}

double median(std::vector<double> values)
{
    std::ranges::sort(values);
    return values.empty() ? 0.0 : values[values.size() / 2];
}

} // namespace

Result<void> ReviewBench::run(BenchReport &report,
                              Database &encrypted,
                              Database &plain,
                              bool quick,
                              const std::function<void(const QString &)> &progress)
{
    const int villages = quick ? 30 : kVillages;
    progress(QStringLiteral("a district's review queue of %1 items...").arg(villages * kItemsPerVillage));
    VERDES_TRY(fill(encrypted, villages, kItemsPerVillage));
    VERDES_TRY(fill(plain, villages, kItemsPerVillage));
    std::vector<double> encryptedMs;
    std::vector<double> plainMs;
    qint64 shownEncrypted = 0;
    qint64 shownPlain = 0;
    // One warm-up each, then the two alternate.
    for (int i = 0; i <= kRepeats; ++i) {
        VERDES_TRY_ASSIGN(e, firstPage(encrypted, shownEncrypted));
        VERDES_TRY_ASSIGN(p, firstPage(plain, shownPlain));
        if (i > 0) {
            encryptedMs.push_back(e);
            plainMs.push_back(p);
        }
    }
    if (shownEncrypted != shownPlain || shownEncrypted == 0) {
        return Error(ErrorCode::Internal, {}, QStringLiteral("the review queues differ"));
    }
    report.add(
        {QStringLiteral("review queue first page, %1 villages / %2 items")
             .arg(villages)
             .arg(villages * kItemsPerVillage),
         median(encryptedMs),
         QStringLiteral("ms"),
         median(plainMs),
         {kFirstPageTargetMs, std::nullopt},
         QStringLiteral(
             "ReviewQueueRepository: the counts per state, per village (batches, items, open, incomplete, "
             "oldest open), the oldest 50 items in review and their count, median of %1; "
             "baseline: the same on the plain database")
             .arg(kRepeats)});
    return {};
}

} // namespace verdes
