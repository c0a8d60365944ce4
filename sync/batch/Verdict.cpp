// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/batch/Verdict.h"

#include "sync/batch/Envelope.h"
#include "sync/batch/Wire.h"

#include <QCryptographicHash>

#include <array>

namespace verdes::sync {

namespace {

QString verdictFormat()
{
    return QStringLiteral("verdes-verdict/1");
}

QString uploadFormat()
{
    return QStringLiteral("verdes-verdict-upload/1");
}

QString receiptFormat()
{
    return QStringLiteral("verdes-verdict-receipt/1");
}

// A verdict's own bytes are small; an upload holds up to kMaxVerdicts of them.
constexpr qsizetype kMaxVerdictFileBytes = qsizetype{64} << 10;

struct RefusalRow
{
    VerdictRefusal refusal;
    const char *code;
};

constexpr std::array<RefusalRow, 10> kRefusals{{
    {VerdictRefusal::None, ""},
    {VerdictRefusal::Malformed, "malformed"},
    {VerdictRefusal::UnknownReviewer, "unknown_reviewer"},
    {VerdictRefusal::RevokedReviewer, "revoked_reviewer"},
    {VerdictRefusal::RoleNotAllowed, "role_not_allowed"},
    {VerdictRefusal::OtherDistrict, "other_district"},
    {VerdictRefusal::UnknownItem, "unknown_item"},
    {VerdictRefusal::OutOfOrder, "out_of_order"},
    {VerdictRefusal::NotAllowedAfter, "not_allowed_after"},
    {VerdictRefusal::ClaimedByOther, "claimed_by_other"},
}};

// The rules of a verdict's fields (see Verdict), checked after they read.
void checkVerdict(WireReader &r, const Verdict &v)
{
    if (!r.ok()) {
        return;
    }
    if (!v.villageCode.startsWith(v.districtCode)) {
        r.fail("village_code", QStringLiteral("%1 outside district %2").arg(v.villageCode, v.districtCode));
    } else if (!Verdict::verdictStates().contains(v.state)) {
        r.fail("state", QStringLiteral("%1 is not a verdict").arg(proposalStateCode(v.state)));
    } else if (Verdict::roleFor(v.state) != v.role) {
        r.fail(
            "role",
            QStringLiteral("%1 does not give %2").arg(reviewerRoleCode(v.role), proposalStateCode(v.state)));
    } else if (v.reason ? !v.reason->fits(v.state)
                        : (v.state == ProposalState::Returned || v.state == ProposalState::RejectedByDinas)) {
        r.fail("reason",
               QStringLiteral("%1 with %2")
                   .arg(v.reason ? v.reason->code() : QStringLiteral("none"), proposalStateCode(v.state)));
    } else if (v.facilitator.isEmpty() == (v.state == ProposalState::GcAssigned)) {
        r.fail("facilitator", QStringLiteral("'%1' with %2").arg(v.facilitator, proposalStateCode(v.state)));
    } else if (v.groundCheck.has_value() != (v.state == ProposalState::GcDone)) {
        r.fail("ground_check", QStringLiteral("with %1").arg(proposalStateCode(v.state)));
    } else if (!v.previous && !Verdict::mayFollow(ProposalState::InReview, v.state)) {
        r.fail("previous",
               QStringLiteral("none, but %1 does not follow in_review").arg(proposalStateCode(v.state)));
    } else if (v.note.size() > Verdict::kMaxNoteLength) {
        r.fail("note",
               QStringLiteral("%1 characters, over %2").arg(v.note.size()).arg(Verdict::kMaxNoteLength));
    }
}

} // namespace

QList<ProposalState> Verdict::verdictStates()
{
    return {ProposalState::Returned,
            ProposalState::GcAssigned,
            ProposalState::GcDone,
            ProposalState::Verified,
            ProposalState::Approved,
            ProposalState::RejectedByDinas};
}

ReviewerRole Verdict::roleFor(ProposalState state)
{
    return state == ProposalState::Approved || state == ProposalState::RejectedByDinas
               ? ReviewerRole::OfficeHead
               : ReviewerRole::Verifier;
}

bool Verdict::mayFollow(ProposalState from, ProposalState to)
{
    switch (from) {
    case ProposalState::InReview:
        return to == ProposalState::Returned || to == ProposalState::GcAssigned
               || to == ProposalState::Verified;
    case ProposalState::GcAssigned:
        return to == ProposalState::GcDone;
    case ProposalState::GcDone:
        return to == ProposalState::Verified || to == ProposalState::Returned
               || to == ProposalState::GcAssigned;
    case ProposalState::Verified:
        return to == ProposalState::Approved || to == ProposalState::RejectedByDinas
               || to == ProposalState::Returned;
    default:
        return false;
    }
}

QByteArray Verdict::encode() const
{
    WireWriter w;
    w.text(verdictFormat());
    w.text(districtCode);
    w.text(villageCode);
    w.digest(batchId);
    w.u32(position);
    w.u64(proposalId);
    w.keyId(reviewerKeyId);
    w.text(reviewerRoleCode(role));
    w.text(proposalStateCode(state));
    w.text(reason ? reason->code() : QString());
    w.text(note);
    w.text(facilitator);
    w.u8(groundCheck ? static_cast<quint8>(*groundCheck) : 0);
    w.text(nikMatchCode(nikMatch));
    w.optionalDigest(previous);
    w.text(decidedAt);
    return w.data();
}

Result<Verdict> Verdict::decode(QByteArrayView body)
{
    WireLimits limits;
    limits.text = kMaxNoteLength * 4;
    WireReader r(body, limits);
    Verdict v;
    r.format(verdictFormat());
    v.districtCode = r.digits("district_code", 4);
    v.villageCode = r.digits("village_code", 10);
    v.batchId = r.digest("batch_id");
    v.position = r.u32("position");
    v.proposalId = r.u64("proposal_id");
    v.reviewerKeyId = r.keyId("reviewer_key_id");
    const QString role = r.text("role");
    if (r.ok()) {
        const auto known = reviewerRoleFromCode(role);
        known ? void(v.role = *known) : r.fail("role", QStringLiteral("'%1' is not a role").arg(role));
    }
    const QString state = r.text("state");
    if (r.ok()) {
        const auto known = proposalStateFromCode(state);
        known ? void(v.state = *known) : r.fail("state", QStringLiteral("'%1' is not a state").arg(state));
    }
    const QString reason = r.text("reason");
    if (r.ok() && !reason.isEmpty()) {
        v.reason = ReviewReason::fromCode(reason);
        // Written as the code, upper case: "rt01" reads as a code elsewhere but is not one here.
        if (!v.reason || v.reason->code() != reason) {
            r.fail("reason", QStringLiteral("'%1' is not a reason code").arg(reason));
        }
    }
    v.note = r.text("note");
    v.facilitator = r.text("facilitator");
    const quint8 groundCheck = r.u8("ground_check");
    if (r.ok() && groundCheck != 0) {
        v.groundCheck = groundCheckResultFromNumber(groundCheck);
        if (!v.groundCheck) {
            r.fail("ground_check", QStringLiteral("%1 is not a result").arg(groundCheck));
        }
    }
    const QString nik = r.text("nik_match");
    if (r.ok()) {
        const auto known = nikMatchFromCode(nik);
        known ? void(v.nikMatch = *known) : r.fail("nik_match", QStringLiteral("'%1'").arg(nik));
    }
    v.previous = r.optionalDigest("previous");
    v.decidedAt = r.utcTime("decided_at");
    checkVerdict(r, v);
    if (!r.finish()) {
        return Error(ErrorCode::SyncFileMalformed, {fileKindLabel(FileKind::Verdict)}, r.failure());
    }
    return v;
}

QByteArray Verdict::idOf(QByteArrayView signedFile)
{
    return QCryptographicHash::hash(signedFile, QCryptographicHash::Sha256);
}

QByteArray VerdictUpload::encode() const
{
    WireWriter w;
    w.text(uploadFormat());
    w.text(vaultId);
    w.keyId(reviewerKeyId);
    w.text(createdAt);
    w.count(verdicts.size());
    for (const QByteArray &verdict : verdicts) {
        w.bytes(verdict);
    }
    return w.data();
}

Result<VerdictUpload> VerdictUpload::decode(QByteArrayView body)
{
    WireLimits limits;
    limits.count = kMaxVerdicts;
    WireReader r(body, limits);
    VerdictUpload upload;
    r.format(uploadFormat());
    upload.vaultId = r.requiredText("vault_id");
    upload.reviewerKeyId = r.keyId("reviewer_key_id");
    upload.createdAt = r.utcTime("created_at");
    const qsizetype count = r.count("verdicts", kMaxVerdicts);
    if (r.ok() && count == 0) {
        r.fail("verdicts", QStringLiteral("none"));
    }
    for (qsizetype i = 0; i < count && r.ok(); ++i) {
        r.setScope(QStringLiteral("verdicts[%1]").arg(i));
        upload.verdicts.append(r.bytes("", kMaxVerdictFileBytes));
    }
    r.setScope({});
    if (!r.finish()) {
        return Error(ErrorCode::SyncFileMalformed, {fileKindLabel(FileKind::VerdictUpload)}, r.failure());
    }
    return upload;
}

QString verdictOutcomeCode(VerdictOutcome outcome)
{
    switch (outcome) {
    case VerdictOutcome::Accepted:
        return QStringLiteral("accepted");
    case VerdictOutcome::Duplicate:
        return QStringLiteral("duplicate");
    case VerdictOutcome::Refused:
        return QStringLiteral("refused");
    }
    return {};
}

std::optional<VerdictOutcome> verdictOutcomeFromCode(QStringView code)
{
    for (const VerdictOutcome outcome :
         {VerdictOutcome::Accepted, VerdictOutcome::Duplicate, VerdictOutcome::Refused}) {
        if (code == verdictOutcomeCode(outcome)) {
            return outcome;
        }
    }
    return std::nullopt;
}

QString verdictRefusalCode(VerdictRefusal refusal)
{
    for (const RefusalRow &row : kRefusals) {
        if (row.refusal == refusal) {
            return QString::fromLatin1(row.code);
        }
    }
    return {};
}

std::optional<VerdictRefusal> verdictRefusalFromCode(QStringView code)
{
    for (const RefusalRow &row : kRefusals) {
        if (code == QLatin1StringView(row.code)) {
            return row.refusal;
        }
    }
    return std::nullopt;
}

QByteArray VerdictReceipt::encode() const
{
    WireWriter w;
    w.text(receiptFormat());
    w.text(hubId);
    w.text(vaultId);
    w.digest(uploadId);
    w.text(receivedAt);
    w.count(entries.size());
    for (const VerdictReceiptEntry &entry : entries) {
        w.digest(entry.verdictId);
        w.text(verdictOutcomeCode(entry.outcome));
        w.text(verdictRefusalCode(entry.refusal));
    }
    return w.data();
}

Result<VerdictReceipt> VerdictReceipt::decode(QByteArrayView body)
{
    WireLimits limits;
    limits.count = VerdictUpload::kMaxVerdicts;
    WireReader r(body, limits);
    VerdictReceipt receipt;
    r.format(receiptFormat());
    receipt.hubId = r.requiredText("hub_id");
    receipt.vaultId = r.requiredText("vault_id");
    receipt.uploadId = r.digest("upload_id");
    receipt.receivedAt = r.utcTime("received_at");
    const qsizetype count = r.count("entries", VerdictUpload::kMaxVerdicts);
    for (qsizetype i = 0; i < count && r.ok(); ++i) {
        r.setScope(QStringLiteral("entries[%1].").arg(i));
        VerdictReceiptEntry entry;
        entry.verdictId = r.digest("verdict_id");
        const QString outcome = r.text("outcome");
        const QString refusal = r.text("refusal");
        if (r.ok()) {
            const auto knownOutcome = verdictOutcomeFromCode(outcome);
            const auto knownRefusal = verdictRefusalFromCode(refusal);
            if (!knownOutcome) {
                r.fail("outcome", QStringLiteral("'%1'").arg(outcome));
            } else if (!knownRefusal
                       || (*knownOutcome == VerdictOutcome::Refused)
                              == (*knownRefusal == VerdictRefusal::None)) {
                r.fail("refusal", QStringLiteral("'%1' with %2").arg(refusal, outcome));
            } else {
                entry.outcome = *knownOutcome;
                entry.refusal = *knownRefusal;
            }
        }
        receipt.entries.append(entry);
    }
    r.setScope({});
    if (!r.finish()) {
        return Error(ErrorCode::SyncFileMalformed, {fileKindLabel(FileKind::VerdictReceipt)}, r.failure());
    }
    return receipt;
}

} // namespace verdes::sync
