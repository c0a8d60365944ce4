// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"
#include "models/proposals/ProposalState.h"
#include "models/review/ReviewCodes.h"
#include "sync/batch/ReviewerEnrolment.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace verdes::sync {

// One reviewer's verdict on one item of a received batch, verdes-verdict/1 (docs/batch-format.md
// §13), signed by the reviewer's own key (§11). Verdicts travel per item, never per batch (DOMAIN.md
// §6): each names the batch and the item's position in it, and the id of the item's verdict before
// it, so an item's verdicts form a chain that nobody can reorder, drop from or fork unnoticed.
//
// What a verdict may say (checked by the decoder, the district vault, the hub and the village alike):
// - its state is one of verdictStates(), given by the role roleGives() names for it;
// - a return carries a return reason (RTnn), a rejection a rejection reason (RJnn), nothing else one;
// - a ground check assigned names the facilitator (pendamping PKH); a ground check done carries its
//   result (DOMAIN.md §8.3); nothing else does;
// - the first verdict of an item (no `previous`) follows `in_review`.
struct Verdict
{
    QString districtCode;     // 4 digits
    QString villageCode;      // 10 digits, in the district
    QByteArray batchId;       // 32 bytes: the batch the item came in
    quint32 position = 0;     // the item's index in the batch, from 0
    quint64 proposalId = 0;   // the village's proposal number; 0 for a flagged registrant
    QByteArray reviewerKeyId; // 8 bytes: the key that signs the verdict
    ReviewerRole role = ReviewerRole::Verifier;
    ProposalState state = ProposalState::Verified;
    std::optional<ReviewReason> reason;
    QString note;        // the reviewer's words for the village; may be empty
    QString facilitator; // the pendamping PKH of a ground check assigned
    std::optional<GroundCheckResult> groundCheck;
    NikMatch nikMatch = NikMatch::NotChecked;
    std::optional<QByteArray> previous; // the id of the item's verdict before this one
    QString decidedAt;                  // UTC

    static constexpr qsizetype kMaxNoteLength = 2000;

    bool operator==(const Verdict &) const = default;

    QByteArray encode() const;
    // Refuses (SyncFileMalformed) a verdict that breaks a rule above or a bound of §5.
    static Result<Verdict> decode(QByteArrayView body);
    // The verdict id: the SHA-256 of its whole signed file; the next verdict names it as `previous`.
    static QByteArray idOf(QByteArrayView signedFile);

    // The states a verdict sets: returned, gc_assigned, gc_done, verified, approved, rejected_by_dinas.
    static QList<ProposalState> verdictStates();
    // Who gives a verdict of `state`: the verifier returns, assigns and records ground checks and
    // verifies; the office head approves and rejects (DOMAIN.md §8.5: two people).
    static ReviewerRole roleFor(ProposalState state);
    // Whether a verdict setting `to` may follow an item in state `from` (DOMAIN.md §6): in_review →
    // returned / gc_assigned / verified; gc_assigned → gc_done; gc_done → verified / returned /
    // gc_assigned (a repeat visit); verified → approved / rejected_by_dinas / returned (the office head
    // sends it back through the verifier's return). Returned, approved and rejected_by_dinas are final.
    static bool mayFollow(ProposalState from, ProposalState to);
};

// A district review vault sends the verdicts its reviewers signed, verdes-verdict-upload/1 (§13):
// signed by the sending reviewer's key and sealed to the hub, over HTTPS (POST /v1/review/verdicts) or
// on a USB stick (`verdes-hub verdicts`). Each verdict inside stays signed by its own reviewer.
struct VerdictUpload
{
    static constexpr qsizetype kMaxVerdicts = 20000;

    QString vaultId;            // the district review vault
    QByteArray reviewerKeyId;   // 8 bytes: the key that signs the upload
    QString createdAt;          // UTC
    QList<QByteArray> verdicts; // signed verdict files (VDEC), at least one

    bool operator==(const VerdictUpload &) const = default;

    QByteArray encode() const;
    static Result<VerdictUpload> decode(QByteArrayView body);
};

// What the hub did with one verdict of an upload.
enum class VerdictOutcome : quint8
{
    Accepted,  // stored; it goes down to the village
    Duplicate, // stored before (the same verdict id): nothing changed
    Refused,   // not stored; see the reason
};

// Why the hub refused a verdict.
enum class VerdictRefusal : quint8
{
    None,
    Malformed,       // the file or its body does not read
    UnknownReviewer, // signed by a key the hub never enrolled as a reviewer
    RevokedReviewer, // signed by a revoked reviewer key
    RoleNotAllowed,  // the reviewer's enrolled role does not give this verdict
    OtherDistrict,   // for a village outside the hub's district or the reviewer's
    UnknownItem,     // no stored batch with that id, or no accepted item at that position
    OutOfOrder,      // `previous` is not the item's newest verdict at the hub (someone else decided)
    NotAllowedAfter, // the item's state does not allow this verdict
    ClaimedByOther,  // another reviewer holds the item (§17) and their claim has not expired
};

QString verdictOutcomeCode(VerdictOutcome outcome); // "accepted", "duplicate", "refused"
std::optional<VerdictOutcome> verdictOutcomeFromCode(QStringView code);
QString verdictRefusalCode(VerdictRefusal refusal); // "", "malformed", "unknown_reviewer", …
std::optional<VerdictRefusal> verdictRefusalFromCode(QStringView code);

struct VerdictReceiptEntry
{
    QByteArray verdictId; // 32 bytes; for a verdict that does not read, the SHA-256 of its bytes
    VerdictOutcome outcome = VerdictOutcome::Accepted;
    VerdictRefusal refusal = VerdictRefusal::None; // None exactly when not refused

    bool operator==(const VerdictReceiptEntry &) const = default;
};

// The hub's answer to an upload, verdes-verdict-receipt/1 (§13), signed by the hub (not sealed: it
// holds no personal data): one entry per verdict, in the upload's order.
struct VerdictReceipt
{
    QString hubId;
    QString vaultId;     // as in the upload
    QByteArray uploadId; // 32 bytes: the SHA-256 of the sealed upload file
    QString receivedAt;  // UTC
    QList<VerdictReceiptEntry> entries;

    bool operator==(const VerdictReceipt &) const = default;

    QByteArray encode() const;
    static Result<VerdictReceipt> decode(QByteArrayView body);
};

} // namespace verdes::sync
