// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/review/ReviewInbox.h"

#include "models/core/Log.h"
#include "models/core/PublicKey.h"
#include "models/vault/AuditLog.h"
#include "models/vault/Database.h"
#include "models/vault/ReviewerKey.h"
#include "models/vault/Transaction.h"
#include "sync/batch/Batch.h"
#include "sync/batch/Envelope.h"
#include "sync/batch/Receipt.h"
#include "sync/crypto/Sealer.h"
#include "sync/outbox/OutboxRepository.h"
#include "sync/review/Completeness.h"
#include "sync/review/ReviewRepository.h"

#include <QSet>

namespace verdes::sync {

namespace {

QString feedLabel()
{
    return fileKindLabel(FileKind::ReviewFeed);
}

Error malformed(const QString &detail)
{
    return Error(ErrorCode::SyncFileMalformed, {feedLabel()}, detail);
}

// What one entry of a page holds once everything in it verified.
struct CheckedEntry
{
    const ReviewFeedEntry *entry = nullptr;
    QByteArray batchId;
    Batch batch;
    Receipt receipt;
};

Result<CheckedEntry> checkEntry(const ReviewFeedEntry &entry, const QHash<QByteArray, QByteArray> &hubKeys)
{
    CheckedEntry checked;
    checked.entry = &entry;
    // The batch, with the device key the hub verified it with.
    VERDES_TRY_ASSIGN(body, Envelope::openSigned(entry.batchFile, FileKind::Batch, entry.devicePublicKey));
    VERDES_TRY_ASSIGN(batch, Batch::decode(body));
    checked.batchId = Batch::idOf(body);
    if (batch.villageCode != entry.villageCode) {
        return malformed(
            QStringLiteral("entry %1: batch of village %2").arg(entry.serial).arg(batch.villageCode));
    }
    // The hub's receipt for exactly that batch, signed by a key of the hub this vault pinned.
    VERDES_TRY_ASSIGN(header, Envelope::signedHeader(entry.receiptFile));
    const QByteArray hubKey = hubKeys.value(header.signerKeyId);
    if (hubKey.isEmpty()) {
        return Error(ErrorCode::SyncKeyUnknown,
                     {fileKindLabel(FileKind::Receipt), PublicKey::idText(header.signerKeyId)},
                     QStringLiteral("receipt of entry %1").arg(entry.serial));
    }
    VERDES_TRY_ASSIGN(receiptBody, Envelope::openSigned(entry.receiptFile, FileKind::Receipt, hubKey));
    VERDES_TRY_ASSIGN(receipt, Receipt::decode(receiptBody));
    if (receipt.batchId != std::optional<QByteArray>(checked.batchId)
        || receipt.deviceKeyId != PublicKey::idOf(entry.devicePublicKey)
        || receipt.sequence != batch.sequence) {
        return malformed(QStringLiteral("entry %1: the receipt is for another batch").arg(entry.serial));
    }
    if (receipt.outcome == ReceiptOutcome::Refused) {
        return malformed(QStringLiteral("entry %1: a batch the hub refused").arg(entry.serial));
    }
    checked.batch = std::move(batch);
    checked.receipt = std::move(receipt);
    return checked;
}

Result<void>
storeEntry(Database &db, const CheckedEntry &checked, const QString &now, ReviewInbox::Imported &imported)
{
    const ReviewFeedEntry &entry = *checked.entry;
    const Batch &batch = checked.batch;
    ReviewRepository repo(db);
    VERDES_TRY(repo.insertBatch(ReviewBatchRow{entry.serial,
                                               checked.batchId,
                                               entry.villageCode,
                                               entry.devicePublicKey,
                                               batch.sequence,
                                               batch.createdAt,
                                               entry.receivedAt,
                                               batch.items.size(),
                                               entry.batchFile,
                                               entry.receiptFile,
                                               now}));
    // Items the hub refused came in an earlier batch: they are reviewed there.
    QSet<quint64> refused;
    for (const ReceiptItem &item : checked.receipt.items) {
        if (item.outcome == ReceiptOutcome::Refused) {
            refused.insert(item.proposalId);
        }
    }
    const QList<ReviewReason> batchMissing = Completeness::ofBatch(batch, entry.devicePublicKey);
    for (qsizetype i = 0; i < batch.items.size(); ++i) {
        const BatchItem &batchItem = batch.items.at(i);
        if (batchItem.proposalId != 0 && refused.contains(batchItem.proposalId)) {
            continue;
        }
        const QString incomplete = Completeness::codes(batchMissing, Completeness::ofItem(batchItem));
        VERDES_TRY(repo.insertItem(ReviewItemRow{entry.serial,
                                                 i,
                                                 entry.villageCode,
                                                 batchItem.proposalId,
                                                 batchItem.type,
                                                 batchItem.household,
                                                 incomplete}));
        ++imported.items;
        imported.incomplete += incomplete.isEmpty() ? 0 : 1;
    }
    ++imported.batches;
    return {};
}

} // namespace

ReviewInbox::ReviewInbox(Database &db, Clock &clock)
    : m_db(db)
    , m_clock(clock)
{}

Result<quint64> ReviewInbox::lastSerial()
{
    return ReviewRepository(m_db).lastSerial();
}

Result<QByteArray> ReviewInbox::makeRequest(const Actor &actor)
{
    VERDES_TRY_ASSIGN(key, ReviewerKey::of(m_db, actor.officerId));
    if (!key) {
        return Error(ErrorCode::SyncNotEnrolled, {}, QStringLiteral("no reviewer key"));
    }
    ReviewFeedRequest request;
    VERDES_TRY_ASSIGN(vaultId, ReviewRepository(m_db).meta(QStringLiteral("vault_id")));
    request.vaultId = vaultId;
    request.reviewerKeyId = PublicKey::idOf(key->publicKey());
    VERDES_TRY_ASSIGN(after, lastSerial());
    request.after = after;
    request.createdAt = m_clock.now().toUTC().toString(Qt::ISODateWithMs);
    return Envelope::sign(FileKind::ReviewFeedRequest,
                          key->publicKey(),
                          request.encode(),
                          [this, &actor](const QByteArray &bytes) {
                              return ReviewerKey::sign(m_db, actor, bytes);
                          });
}

Result<ReviewInbox::Imported> ReviewInbox::importPage(const Actor &actor, const QByteArray &sealedPage)
{
    VERDES_TRY(actor.requireReviewer());
    OutboxRepository repo(m_db, m_clock);
    VERDES_TRY_ASSIGN(hub, repo.hub());
    if (!hub) {
        return Error(ErrorCode::SyncNotEnrolled);
    }
    VERDES_TRY_ASSIGN(key, ReviewerKey::of(m_db, actor.officerId));
    if (!key) {
        return Error(ErrorCode::SyncNotEnrolled, {}, QStringLiteral("no reviewer key"));
    }
    // Opened with the actor's own key: a page sealed to another reviewer does not open here.
    VERDES_TRY_ASSIGN(secret, ReviewerKey::secret(m_db, actor));
    VERDES_TRY_ASSIGN(sealingKey, SealingKey::fromSigningSecret(secret));
    VERDES_TRY_ASSIGN(signedPage, Envelope::unseal(sealedPage, sealingKey));
    VERDES_TRY_ASSIGN(hubKeys, ReviewRepository(m_db).hubSigningKeys(hub->signingKey));
    VERDES_TRY_ASSIGN(body, Envelope::openSigned(signedPage, FileKind::ReviewFeed, hub->signingKey));
    VERDES_TRY_ASSIGN(feed, ReviewFeed::decode(body));
    VERDES_TRY_ASSIGN(district, ReviewRepository(m_db).meta(QStringLiteral("district_code")));
    if (feed.hubId != hub->hubId || feed.districtCode != district
        || feed.reviewerKeyId != PublicKey::idOf(key->publicKey())) {
        return Error(
            ErrorCode::SyncNotOurs, {feedLabel()}, QStringLiteral("a page for another hub or reviewer"));
    }
    // Everything of the page verified before anything is stored.
    QList<CheckedEntry> checked;
    for (const ReviewFeedEntry &entry : feed.entries) {
        VERDES_TRY_ASSIGN(one, checkEntry(entry, hubKeys));
        checked.append(std::move(one));
    }
    Imported imported;
    imported.latest = feed.latest;
    imported.hasMore = feed.hasMore();
    const QString now = m_clock.now().toUTC().toString(Qt::ISODateWithMs);
    Transaction tx(m_db);
    VERDES_TRY(tx.begin());
    ReviewRepository inbox(m_db);
    for (const CheckedEntry &entry : checked) {
        VERDES_TRY_ASSIGN(held, inbox.holds(entry.entry->serial, entry.batchId));
        if (held) {
            continue;
        }
        VERDES_TRY(storeEntry(m_db, entry, now, imported));
    }
    if (imported.batches > 0) {
        VERDES_TRY(AuditLog(m_db, m_clock)
                       .append(actor,
                               {QStringLiteral("review.import"),
                                QStringLiteral("review_batches"),
                                hub->hubId,
                                {},
                                {QString::number(imported.batches),
                                 QString::number(imported.items),
                                 QString::number(imported.incomplete),
                                 hub->hubName}}));
    }
    VERDES_TRY(tx.commit());
    qCInfo(lcSync) << "review page imported:" << imported.batches << "batches," << imported.items
                   << "items, latest" << imported.latest;
    return imported;
}

} // namespace verdes::sync
