// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Clock.h"
#include "models/core/Result.h"
#include "models/proposals/ProposalState.h"
#include "models/review/ReviewCodes.h"
#include "models/vault/Actor.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace verdes {
class Database;
} // namespace verdes

namespace verdes::sync {

// What a reviewer decides on one item (DOMAIN.md §6, §8; docs/batch-format.md §13).
struct VerdictInput
{
    ProposalState state = ProposalState::Verified;
    std::optional<ReviewReason> reason;           // RTnn with returned, RJnn with rejected_by_dinas
    QString note;                                 // for the village; may be empty
    QString facilitator;                          // the pendamping PKH, with gc_assigned
    std::optional<GroundCheckResult> groundCheck; // with gc_done
    std::optional<NikMatch> nikMatch;             // none: the item's as it stands
};

// One verdict as the district review vault keeps it (schema 15).
struct VerdictRow
{
    QByteArray verdictId; // 32 bytes
    qint64 itemId = 0;
    int step = 0; // 1 for the item's first verdict
    QString officerId;
    ProposalState state = ProposalState::Verified;
    std::optional<ReviewReason> reason;
    QString note;
    QString facilitator;
    std::optional<GroundCheckResult> groundCheck;
    NikMatch nikMatch = NikMatch::NotChecked;
    QString decidedAt;
    QString outcome; // "" not sent yet, "accepted", "duplicate", "refused"
    QString refusal; // the hub's reason code when refused
};

// Why an item of a bulk action is left out of it.
struct BulkSkip
{
    qint64 itemId = 0;
    ProposalState state = ProposalState::InReview; // the item's state now
};

// What a bulk action would change, for the confirmation that lists it (issue 14 §1).
struct BulkPreview
{
    QList<qint64> changes;   // the items the verdict applies to
    QList<BulkSkip> skipped; // items whose state does not allow it
};

// The verdicts of a district review vault (issue 14 §1): each one checked against the reviewer's role
// and the item's state, signed by the reviewer's own key (models/vault/ReviewerKey), chained to the
// item's verdict before it, stored with the item's new state and audited (`review.verdict`), in one
// transaction. Verdicts go to the hub in an upload (VDUP) over HTTPS or on a USB stick; the hub's
// receipt (VDRC) says what became of each.
class ReviewVerdicts final
{
public:
    explicit ReviewVerdicts(Database &db, Clock &clock = SystemClock::instance());

    // Decides on one item. Refuses: a role that does not give the state (PermissionDenied), a state
    // that may not follow the item's (ReviewVerdictNotAllowed), an input that does not fit the state
    // (ReviewVerdictIncomplete: a return without RT code, a ground check without a facilitator…), a
    // reviewer not enrolled (SyncNotEnrolled), an unknown item (NotFound), an item the hub said another
    // reviewer holds (ReviewItemClaimedByOther; without any claim the hub decides).
    Result<VerdictRow> decide(const Actor &actor, qint64 itemId, const VerdictInput &input);
    // The same verdict on many items, all or nothing: every item is checked first, then all are
    // signed and stored in one transaction.
    Result<QList<VerdictRow>>
    decideMany(const Actor &actor, const QList<qint64> &itemIds, const VerdictInput &input);
    // What decideMany would do, without doing it.
    Result<BulkPreview> preview(const QList<qint64> &itemIds, ProposalState state);
    // The verdicts of one item, oldest first.
    Result<QList<VerdictRow>> history(qint64 itemId);

    // Verdicts not yet accepted by the hub (never sent, or sent without a receipt).
    Result<qint64> unsentCount();
    // The upload of every verdict not yet accepted, in chain order, signed by the actor's reviewer key
    // and sealed to the pinned hub; nullopt when there is none.
    Result<std::optional<QByteArray>> makeUpload(const Actor &actor);

    struct ReceiptSummary
    {
        int accepted = 0; // accepted or already stored
        int refused = 0;
        QList<VerdictRow> refusedVerdicts;
    };

    // Reads the hub's receipt for an upload (verified with the pinned hub keys) and records what it
    // says of each verdict. Audited (`review.verdicts_sent`).
    Result<ReceiptSummary> importReceipt(const Actor &actor, const QByteArray &signedReceipt);

private:
    // ReviewItemClaimedByOther when the hub last said another reviewer key than `keyId` holds the item.
    Result<void> notClaimedByOther(qint64 itemId, const QByteArray &keyId);
    // Ends the claim of the verdict's reviewer on its item once the hub accepted it (schema 17).
    Result<void> endClaimAfter(const VerdictRow &verdict);

    Database &m_db;
    Clock &m_clock;
};

} // namespace verdes::sync
