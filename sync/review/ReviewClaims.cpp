// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/review/ReviewClaims.h"

#include "models/core/Log.h"
#include "models/core/PublicKey.h"
#include "models/vault/AuditLog.h"
#include "models/vault/Database.h"
#include "models/vault/ReviewerKey.h"
#include "models/vault/Transaction.h"
#include "sync/batch/Envelope.h"
#include "sync/outbox/OutboxRepository.h"
#include "sync/review/ReviewRepository.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>

namespace verdes::sync {

namespace {

constexpr qint64 kSecondsPerDay = qint64{24} * 3600;

} // namespace

QString ItemClaim::untilText() const
{
    return QDateTime::fromString(until, Qt::ISODateWithMs)
        .toLocalTime()
        .toString(QStringLiteral("dd-MM HH:mm"));
}

ReviewClaims::ReviewClaims(Database &db, Clock &clock)
    : m_db(db)
    , m_clock(clock)
{}

Result<QByteArray> ReviewClaims::keyIdOf(const Actor &actor)
{
    VERDES_TRY_ASSIGN(key, ReviewerKey::of(m_db, actor.officerId));
    return key ? PublicKey::idOf(key->publicKey()) : QByteArray();
}

Result<QByteArray>
ReviewClaims::makeRequest(const Actor &actor, ClaimAction action, const QList<qint64> &itemIds, quint32 days)
{
    VERDES_TRY(actor.requireReviewer());
    ReviewRepository repo(m_db);
    VERDES_TRY_ASSIGN(key, ReviewerKey::of(m_db, actor.officerId));
    VERDES_TRY_ASSIGN(enrolment, repo.enrolment(actor.officerId));
    if (!key || !enrolment) {
        return Error(ErrorCode::SyncReviewerNotEnrolled);
    }
    if (action == ClaimAction::Take && (days == 0 || days > ClaimRequest::kMaxDays)) {
        return Error(ErrorCode::UsageError,
                     {QCoreApplication::translate("ReviewClaims", "An item is taken for 1 to %1 days.")
                          .arg(ClaimRequest::kMaxDays)});
    }
    ClaimRequest request;
    VERDES_TRY_ASSIGN(vaultId, repo.meta(QStringLiteral("vault_id")));
    request.vaultId = vaultId;
    request.reviewerKeyId = PublicKey::idOf(key->publicKey());
    request.action = action;
    request.days = action == ClaimAction::Take ? days : 0;
    request.createdAt = m_clock.now().toUTC().toString(Qt::ISODateWithMs);
    for (const qint64 itemId : itemIds) {
        VERDES_TRY_ASSIGN(chain, repo.itemChain(itemId));
        if (!chain) {
            return Error(ErrorCode::ReviewItemNotFound, {QString::number(itemId)});
        }
        const ClaimItem item{chain->batchId, chain->position};
        if (!request.items.contains(item)) {
            request.items.append(item);
        }
    }
    if (request.items.isEmpty() || request.items.size() > ClaimRequest::kMaxItems) {
        return Error(ErrorCode::UsageError,
                     {QCoreApplication::translate("ReviewClaims", "Name 1 to %1 items to take or release.")
                          .arg(ClaimRequest::kMaxItems)});
    }
    // Above the last one sent, and above the clock's milliseconds: a vault restored from a copy still
    // sends a number the hub has not seen.
    Transaction tx(m_db);
    VERDES_TRY(tx.begin());
    VERDES_TRY_ASSIGN(previous, repo.lastClaimSequence(request.reviewerKeyId));
    request.sequence = static_cast<quint64>(std::max(previous + 1, m_clock.now().toMSecsSinceEpoch()));
    VERDES_TRY(repo.recordClaimSequence(request.reviewerKeyId, static_cast<qint64>(request.sequence)));
    VERDES_TRY_ASSIGN(signedFile,
                      Envelope::sign(FileKind::ClaimRequest,
                                     key->publicKey(),
                                     request.encode(),
                                     [this, &actor](const QByteArray &bytes) {
                                         return ReviewerKey::sign(m_db, actor, bytes);
                                     }));
    VERDES_TRY(tx.commit());
    qCInfo(lcSync) << "claim request made:" << claimActionCode(action) << request.items.size() << "items";
    return signedFile;
}

Result<ReviewClaims::AnswerSummary> ReviewClaims::importAnswer(const Actor &actor,
                                                               const QByteArray &signedAnswer)
{
    VERDES_TRY(actor.requireReviewer());
    VERDES_TRY_ASSIGN(hub, OutboxRepository(m_db, m_clock).hub());
    if (!hub) {
        return Error(ErrorCode::SyncNotEnrolled);
    }
    ReviewRepository repo(m_db);
    const QString label = fileKindLabel(FileKind::ClaimAnswer);
    VERDES_TRY_ASSIGN(header, Envelope::signedHeader(signedAnswer));
    VERDES_TRY_ASSIGN(hubKeys, repo.hubSigningKeys(hub->signingKey));
    const QByteArray hubKey = hubKeys.value(header.signerKeyId);
    if (hubKey.isEmpty()) {
        return Error(ErrorCode::SyncHubUnknown, {label, PublicKey::idText(header.signerKeyId)});
    }
    VERDES_TRY_ASSIGN(body, Envelope::openSigned(signedAnswer, FileKind::ClaimAnswer, hubKey));
    VERDES_TRY_ASSIGN(answer, ClaimAnswer::decode(body));
    VERDES_TRY_ASSIGN(vaultId, repo.meta(QStringLiteral("vault_id")));
    VERDES_TRY_ASSIGN(keyId, keyIdOf(actor));
    if (answer.hubId != hub->hubId || answer.vaultId != vaultId || answer.reviewerKeyId != keyId) {
        return Error(ErrorCode::SyncNotOurs, {label});
    }
    const QDateTime issued = QDateTime::fromString(answer.issuedAt, Qt::ISODateWithMs);
    AnswerSummary summary;
    Transaction tx(m_db);
    VERDES_TRY(tx.begin());
    for (const ClaimAnswerEntry &entry : std::as_const(answer.entries)) {
        VERDES_TRY_ASSIGN(itemId, repo.itemAt(entry.item.batchId, entry.item.position));
        if (entry.outcome == ClaimOutcome::UnknownItem || !itemId) {
            ++summary.unknown;
        }
        if (!itemId) {
            continue;
        }
        std::optional<ItemClaim> claim;
        if (entry.outcome == ClaimOutcome::Granted || entry.outcome == ClaimOutcome::HeldByOther) {
            // The days it was taken for, to take it as long again at the next sync; 0 for another's.
            const qint64 seconds = issued.secsTo(QDateTime::fromString(entry.until, Qt::ISODateWithMs));
            const quint32 days =
                entry.outcome == ClaimOutcome::Granted ? static_cast<quint32>(std::clamp<qint64>(
                    (seconds + kSecondsPerDay / 2) / kSecondsPerDay, 1, ClaimRequest::kMaxDays))
                                                       : 0U;
            claim = ItemClaim{*itemId, entry.holderKeyId, entry.holderName, entry.until, days};
        }
        VERDES_TRY(repo.keepClaim(*itemId, claim, answer.issuedAt));
        if (entry.outcome == ClaimOutcome::Granted) {
            ++summary.granted;
        } else if (entry.outcome == ClaimOutcome::Released) {
            ++summary.released;
        } else if (entry.outcome == ClaimOutcome::HeldByOther) {
            summary.heldByOthers.append(
                ItemClaim{*itemId, entry.holderKeyId, entry.holderName, entry.until, 0});
        }
    }
    VERDES_TRY(AuditLog(m_db, m_clock)
                   .append(actor,
                           {QStringLiteral("review.claims"),
                            QStringLiteral("review_claims"),
                            hub->hubId,
                            {},
                            {QString::number(answer.sequence),
                             QString::number(summary.granted),
                             QString::number(summary.released),
                             QString::number(summary.heldByOthers.size()),
                             QString::number(summary.unknown),
                             hub->hubName}}));
    VERDES_TRY(tx.commit());
    qCInfo(lcSync) << "claim answer:" << summary.granted << "granted," << summary.released << "released,"
                   << summary.heldByOthers.size() << "held by others," << summary.unknown << "unknown";
    return summary;
}

Result<ReviewClaims::AnswerSummary> ReviewClaims::exchange(
    const Actor &actor, const Sender &send, ClaimAction action, const QList<qint64> &itemIds, quint32 days)
{
    VERDES_TRY_ASSIGN(request, makeRequest(actor, action, itemIds, days));
    VERDES_TRY_ASSIGN(answer, send(request));
    return importAnswer(actor, answer);
}

Result<std::optional<ItemClaim>> ReviewClaims::claimOf(qint64 itemId)
{
    VERDES_TRY_ASSIGN(claims, ReviewRepository(m_db).claimsAfter(now(), itemId));
    return claims.isEmpty() ? std::nullopt : std::optional<ItemClaim>(claims.constFirst());
}

Result<QHash<qint64, ItemClaim>> ReviewClaims::current()
{
    VERDES_TRY_ASSIGN(claims, ReviewRepository(m_db).claimsAfter(now()));
    QHash<qint64, ItemClaim> byItem;
    for (const ItemClaim &claim : std::as_const(claims)) {
        byItem.insert(claim.itemId, claim);
    }
    return byItem;
}

Result<QList<ItemClaim>> ReviewClaims::held(const Actor &actor)
{
    VERDES_TRY_ASSIGN(keyId, keyIdOf(actor));
    VERDES_TRY_ASSIGN(claims, current());
    QList<ItemClaim> mine;
    for (const ItemClaim &claim : std::as_const(claims)) {
        if (!keyId.isEmpty() && claim.holderKeyId == keyId) {
            mine.append(claim);
        }
    }
    std::sort(mine.begin(), mine.end(), [](const ItemClaim &a, const ItemClaim &b) {
        return a.itemId < b.itemId;
    });
    return mine;
}

Result<QList<qint64>> ReviewClaims::openItemsOf(const QString &villageCode)
{
    return ReviewRepository(m_db).openItemsOf(villageCode);
}

QString ReviewClaims::now() const
{
    return m_clock.now().toUTC().toString(Qt::ISODateWithMs);
}

} // namespace verdes::sync
