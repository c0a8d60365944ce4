// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/review/ReviewVerdicts.h"

#include "models/core/Log.h"
#include "models/core/PublicKey.h"
#include "models/vault/AuditLog.h"
#include "models/vault/Database.h"
#include "models/vault/ReviewerKey.h"
#include "models/vault/Transaction.h"
#include "sync/batch/Envelope.h"
#include "sync/batch/Verdict.h"
#include "sync/outbox/OutboxRepository.h"
#include "sync/review/ReviewClaims.h"
#include "sync/review/ReviewRepository.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSet>

namespace verdes::sync {

namespace {

Error incomplete(const QString &what)
{
    return Error(ErrorCode::ReviewVerdictIncomplete, {what});
}

// Whether the input fits the state it sets (docs/batch-format.md §13), in the words a reviewer reads.
Result<void> checkInput(const VerdictInput &input)
{
    if (!Verdict::verdictStates().contains(input.state)) {
        return Error(
            ErrorCode::ReviewVerdictNotAllowed,
            {ProposalStateText::label(ProposalState::InReview), ProposalStateText::label(input.state)});
    }
    if (input.state == ProposalState::Returned && !(input.reason && input.reason->fits(input.state))) {
        return incomplete(QCoreApplication::translate(
            "ReviewVerdicts", "a return needs its reason, a code from RT01 to RT99."));
    }
    if (input.state == ProposalState::RejectedByDinas && !(input.reason && input.reason->fits(input.state))) {
        return incomplete(QCoreApplication::translate(
            "ReviewVerdicts", "a rejection needs its reason, a code from RJ01 to RJ99."));
    }
    if (input.reason && !input.reason->fits(input.state)) {
        return incomplete(QCoreApplication::translate("ReviewVerdicts",
                                                      "only a return or a rejection takes a reason code."));
    }
    if ((input.state == ProposalState::GcAssigned) == input.facilitator.trimmed().isEmpty()) {
        return incomplete(
            input.state == ProposalState::GcAssigned
                ? QCoreApplication::translate("ReviewVerdicts",
                                              "a ground check needs the name of the facilitator who visits.")
                : QCoreApplication::translate("ReviewVerdicts",
                                              "only a ground check being assigned names a facilitator."));
    }
    if ((input.state == ProposalState::GcDone) != input.groundCheck.has_value()) {
        return incomplete(
            input.state == ProposalState::GcDone
                ? QCoreApplication::translate("ReviewVerdicts", "the result of the ground check is missing.")
                : QCoreApplication::translate("ReviewVerdicts", "only a ground check done has a result."));
    }
    if (input.note.size() > Verdict::kMaxNoteLength) {
        return incomplete(
            QCoreApplication::translate("ReviewVerdicts", "the note is longer than %1 characters.")
                .arg(Verdict::kMaxNoteLength));
    }
    return {};
}

// The acting reviewer, checked once for a whole action: their role gives the verdict, their own key
// exists and the hub enrolled it for that role.
struct Signing
{
    ReviewerRole role = ReviewerRole::Verifier;
    QByteArray publicKey;
    QString districtCode;
};

Result<Signing> signingFor(Database &db, const Actor &actor, ProposalState state)
{
    Signing signing;
    signing.role = Verdict::roleFor(state);
    VERDES_TRY(
        actor.require(signing.role == ReviewerRole::OfficeHead ? Action::EndorseItems : Action::ReviewItems));
    ReviewRepository repo(db);
    VERDES_TRY_ASSIGN(enrolment, repo.enrolment(actor.officerId));
    VERDES_TRY_ASSIGN(key, ReviewerKey::of(db, actor.officerId));
    if (!enrolment || !key || enrolment->roleCode != reviewerRoleCode(signing.role)) {
        return Error(ErrorCode::SyncReviewerNotEnrolled,
                     {},
                     QStringLiteral("%1 enrolled as '%2'")
                         .arg(actor.officerId, enrolment ? enrolment->roleCode : QStringLiteral("nothing")));
    }
    signing.publicKey = key->publicKey();
    VERDES_TRY_ASSIGN(district, repo.meta(QStringLiteral("district_code")));
    signing.districtCode = district;
    return signing;
}

Result<ReviewItemChain> chainAllowing(ReviewRepository &repo, qint64 itemId, ProposalState state)
{
    VERDES_TRY_ASSIGN(chain, repo.itemChain(itemId));
    if (!chain) {
        return Error(ErrorCode::ReviewItemNotFound, {QString::number(itemId)});
    }
    if (!Verdict::mayFollow(chain->state, state)) {
        return Error(ErrorCode::ReviewVerdictNotAllowed,
                     {ProposalStateText::label(chain->state), ProposalStateText::label(state)});
    }
    return *chain;
}

} // namespace

ReviewVerdicts::ReviewVerdicts(Database &db, Clock &clock)
    : m_db(db)
    , m_clock(clock)
{}

Result<VerdictRow> ReviewVerdicts::decide(const Actor &actor, qint64 itemId, const VerdictInput &input)
{
    VERDES_TRY_ASSIGN(rows, decideMany(actor, {itemId}, input));
    return rows.constFirst();
}

Result<QList<VerdictRow>>
ReviewVerdicts::decideMany(const Actor &actor, const QList<qint64> &itemIds, const VerdictInput &input)
{
    VERDES_TRY(checkInput(input));
    VERDES_TRY_ASSIGN(signing, signingFor(m_db, actor, input.state));
    ReviewRepository repo(m_db);
    // Every item checked before anything is signed: all or nothing.
    QList<ReviewItemChain> chains;
    QSet<qint64> seen; // an item named twice gets one verdict
    for (const qint64 itemId : itemIds) {
        if (seen.contains(itemId)) {
            continue;
        }
        seen.insert(itemId);
        VERDES_TRY_ASSIGN(chain, chainAllowing(repo, itemId, input.state));
        VERDES_TRY(notClaimedByOther(itemId, PublicKey::idOf(signing.publicKey)));
        chains.append(std::move(chain));
    }
    const QString now = m_clock.now().toUTC().toString(Qt::ISODateWithMs);
    QList<VerdictRow> rows;
    Transaction tx(m_db);
    VERDES_TRY(tx.begin());
    for (const ReviewItemChain &chain : chains) {
        Verdict verdict;
        verdict.districtCode = signing.districtCode;
        verdict.villageCode = chain.villageCode;
        verdict.batchId = chain.batchId;
        verdict.position = chain.position;
        verdict.proposalId = chain.proposalId;
        verdict.reviewerKeyId = PublicKey::idOf(signing.publicKey);
        verdict.role = signing.role;
        verdict.state = input.state;
        verdict.reason = input.reason;
        verdict.note = input.note.trimmed();
        verdict.facilitator = input.facilitator.trimmed();
        verdict.groundCheck = input.groundCheck;
        verdict.nikMatch = input.nikMatch.value_or(chain.nikMatch);
        verdict.previous = chain.lastVerdictId;
        verdict.decidedAt = now;
        VERDES_TRY_ASSIGN(signedFile,
                          Envelope::sign(FileKind::Verdict,
                                         signing.publicKey,
                                         verdict.encode(),
                                         [this, &actor](const QByteArray &bytes) {
                                             return ReviewerKey::sign(m_db, actor, bytes);
                                         }));
        VerdictRow row;
        row.verdictId = Verdict::idOf(signedFile);
        row.itemId = chain.itemId;
        row.step = chain.lastStep + 1;
        row.officerId = actor.officerId;
        row.state = verdict.state;
        row.reason = verdict.reason;
        row.note = verdict.note;
        row.facilitator = verdict.facilitator;
        row.groundCheck = verdict.groundCheck;
        row.nikMatch = verdict.nikMatch;
        row.decidedAt = now;
        VERDES_TRY(repo.insertVerdict(row, signedFile));
        VERDES_TRY(repo.setItemState(chain.itemId, verdict.state, verdict.nikMatch));
        VERDES_TRY(AuditLog(m_db, m_clock)
                       .append(actor,
                               {QStringLiteral("review.verdict"),
                                QStringLiteral("review_item"),
                                QString::number(chain.itemId),
                                {},
                                {proposalStateCode(verdict.state),
                                 verdict.reason ? verdict.reason->code() : QString(),
                                 chain.villageCode,
                                 QString::number(chain.proposalId),
                                 verdict.facilitator,
                                 verdict.groundCheck ? QString::number(static_cast<int>(*verdict.groundCheck))
                                                     : QString()}}));
        rows.append(std::move(row));
    }
    VERDES_TRY(tx.commit());
    qCInfo(lcSync) << "verdicts given:" << rows.size() << proposalStateCode(input.state);
    return rows;
}

Result<void> ReviewVerdicts::notClaimedByOther(qint64 itemId, const QByteArray &keyId)
{
    // Only what the hub said: without any claim (a vault that worked offline) the hub decides.
    VERDES_TRY_ASSIGN(claim, ReviewClaims(m_db, m_clock).claimOf(itemId));
    if (claim && claim->holderKeyId != keyId) {
        return Error(ErrorCode::ReviewItemClaimedByOther,
                     {claim->holderName, claim->untilText()},
                     QStringLiteral("item %1 claimed by key %2")
                         .arg(itemId)
                         .arg(PublicKey::idText(claim->holderKeyId)));
    }
    return {};
}

Result<BulkPreview> ReviewVerdicts::preview(const QList<qint64> &itemIds, ProposalState state)
{
    ReviewRepository repo(m_db);
    BulkPreview preview;
    for (const qint64 itemId : itemIds) {
        VERDES_TRY_ASSIGN(chain, repo.itemChain(itemId));
        if (!chain) {
            return Error(ErrorCode::ReviewItemNotFound, {QString::number(itemId)});
        }
        if (Verdict::mayFollow(chain->state, state)) {
            preview.changes.append(itemId);
        } else {
            preview.skipped.append({itemId, chain->state});
        }
    }
    return preview;
}

Result<QList<VerdictRow>> ReviewVerdicts::history(qint64 itemId)
{
    return ReviewRepository(m_db).verdicts(itemId);
}

Result<qint64> ReviewVerdicts::unsentCount()
{
    return ReviewRepository(m_db).unsentCount();
}

Result<std::optional<QByteArray>> ReviewVerdicts::makeUpload(const Actor &actor)
{
    VERDES_TRY(actor.requireReviewer());
    VERDES_TRY_ASSIGN(hub, OutboxRepository(m_db, m_clock).hub());
    if (!hub) {
        return Error(ErrorCode::SyncNotEnrolled);
    }
    VERDES_TRY_ASSIGN(key, ReviewerKey::of(m_db, actor.officerId));
    ReviewRepository repo(m_db);
    VERDES_TRY_ASSIGN(enrolment, repo.enrolment(actor.officerId));
    if (!key || !enrolment) {
        return Error(ErrorCode::SyncReviewerNotEnrolled);
    }
    VERDES_TRY_ASSIGN(files, repo.unsentVerdictFiles());
    if (files.isEmpty()) {
        return std::optional<QByteArray>();
    }
    VerdictUpload upload;
    VERDES_TRY_ASSIGN(vaultId, repo.meta(QStringLiteral("vault_id")));
    upload.vaultId = vaultId;
    upload.reviewerKeyId = PublicKey::idOf(key->publicKey());
    upload.createdAt = m_clock.now().toUTC().toString(Qt::ISODateWithMs);
    upload.verdicts = files.mid(0, VerdictUpload::kMaxVerdicts);
    VERDES_TRY_ASSIGN(signedUpload,
                      Envelope::sign(FileKind::VerdictUpload,
                                     key->publicKey(),
                                     upload.encode(),
                                     [this, &actor](const QByteArray &bytes) {
                                         return ReviewerKey::sign(m_db, actor, bytes);
                                     }));
    VERDES_TRY_ASSIGN(sealed, Envelope::seal(signedUpload, hub->sealingKey));
    qCInfo(lcSync) << "verdict upload made:" << upload.verdicts.size() << "verdicts";
    return std::optional<QByteArray>(std::move(sealed));
}

Result<ReviewVerdicts::ReceiptSummary> ReviewVerdicts::importReceipt(const Actor &actor,
                                                                     const QByteArray &signedReceipt)
{
    VERDES_TRY(actor.requireReviewer());
    VERDES_TRY_ASSIGN(hub, OutboxRepository(m_db, m_clock).hub());
    if (!hub) {
        return Error(ErrorCode::SyncNotEnrolled);
    }
    ReviewRepository repo(m_db);
    const QString label = fileKindLabel(FileKind::VerdictReceipt);
    VERDES_TRY_ASSIGN(header, Envelope::signedHeader(signedReceipt));
    VERDES_TRY_ASSIGN(hubKeys, repo.hubSigningKeys(hub->signingKey));
    const QByteArray hubKey = hubKeys.value(header.signerKeyId);
    if (hubKey.isEmpty()) {
        return Error(ErrorCode::SyncHubUnknown, {label, PublicKey::idText(header.signerKeyId)});
    }
    VERDES_TRY_ASSIGN(body, Envelope::openSigned(signedReceipt, FileKind::VerdictReceipt, hubKey));
    VERDES_TRY_ASSIGN(receipt, VerdictReceipt::decode(body));
    VERDES_TRY_ASSIGN(vaultId, repo.meta(QStringLiteral("vault_id")));
    if (receipt.hubId != hub->hubId || receipt.vaultId != vaultId) {
        return Error(ErrorCode::SyncNotOurs, {label});
    }
    ReceiptSummary summary;
    Transaction tx(m_db);
    VERDES_TRY(tx.begin());
    bool changed = false;
    for (const VerdictReceiptEntry &entry : receipt.entries) {
        VERDES_TRY_ASSIGN(held, repo.verdict(entry.verdictId));
        if (!held) {
            continue; // not one of ours (a verdict that did not read): nothing to record
        }
        const QString outcome = verdictOutcomeCode(entry.outcome);
        const QString refusal = verdictRefusalCode(entry.refusal);
        if (entry.outcome == VerdictOutcome::Refused) {
            ++summary.refused;
            VerdictRow refused = *held;
            refused.outcome = outcome;
            refused.refusal = refusal;
            summary.refusedVerdicts.append(std::move(refused));
        } else {
            ++summary.accepted;
        }
        if (held->outcome == outcome && held->refusal == refusal) {
            continue;
        }
        VERDES_TRY(repo.recordOutcome(entry.verdictId, receipt.uploadId, outcome, refusal));
        if (entry.outcome != VerdictOutcome::Refused) {
            VERDES_TRY(endClaimAfter(*held));
        }
        changed = true;
    }
    if (changed) {
        VERDES_TRY(
            AuditLog(m_db, m_clock)
                .append(
                    actor,
                    {QStringLiteral("review.verdicts_sent"),
                     QStringLiteral("review_verdicts"),
                     hub->hubId,
                     {},
                     {QString::number(summary.accepted), QString::number(summary.refused), hub->hubName}}));
    }
    VERDES_TRY(tx.commit());
    qCInfo(lcSync) << "verdict receipt:" << summary.accepted << "accepted," << summary.refused << "refused";
    return summary;
}

Result<void> ReviewVerdicts::endClaimAfter(const VerdictRow &verdict)
{
    // As the hub does (docs/batch-format.md §17): a verdict that hands the item on or closes it ends its
    // reviewer's claim; after a ground check assigned or done the same reviewer goes on.
    if (verdict.state == ProposalState::GcAssigned || verdict.state == ProposalState::GcDone) {
        return {};
    }
    VERDES_TRY_ASSIGN(key, ReviewerKey::of(m_db, verdict.officerId));
    if (!key) {
        return {};
    }
    return ReviewRepository(m_db).endClaim(verdict.itemId, PublicKey::idOf(key->publicKey()));
}

} // namespace verdes::sync
