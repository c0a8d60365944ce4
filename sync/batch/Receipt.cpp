// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/batch/Receipt.h"

#include "sync/batch/Envelope.h"
#include "sync/batch/Wire.h"

#include <QCoreApplication>

#include <array>

namespace verdes::sync {

namespace {

constexpr qsizetype kVillageCodeDigits = 10;

QString formatName()
{
    return QStringLiteral("verdes-receipt/1");
}

struct OutcomeRow
{
    ReceiptOutcome outcome;
    const char *code;
};

constexpr std::array<OutcomeRow, 3> kOutcomes{{
    {ReceiptOutcome::Accepted, "accepted"},
    {ReceiptOutcome::PartlyAccepted, "partly_accepted"},
    {ReceiptOutcome::Refused, "refused"},
}};

struct ReasonRow
{
    ReceiptReason reason;
    const char *code;
    const char *label;
};

// The labels are what a village officer sees beside a refused batch or item: plain words, no jargon.
constexpr std::array<ReasonRow, 10> kReasons{{
    {ReceiptReason::SequenceGap,
     "sequence_gap",
     QT_TRANSLATE_NOOP("verdes::sync::Receipt", "a batch is missing before this one")},
    {ReceiptReason::Replay,
     "replay",
     QT_TRANSLATE_NOOP("verdes::sync::Receipt", "a different batch was already sent with this number")},
    {ReceiptReason::UnknownDevice,
     "unknown_device",
     QT_TRANSLATE_NOOP("verdes::sync::Receipt", "this computer is not registered at the district office")},
    {ReceiptReason::RevokedDevice,
     "revoked_device",
     QT_TRANSLATE_NOOP("verdes::sync::Receipt",
                       "the district office has withdrawn the registration of this computer")},
    {ReceiptReason::BadSignature,
     "bad_signature",
     QT_TRANSLATE_NOOP("verdes::sync::Receipt", "the batch was changed or damaged after it was signed")},
    {ReceiptReason::WrongVillage,
     "wrong_village",
     QT_TRANSLATE_NOOP("verdes::sync::Receipt",
                       "the batch is for another village than the one this computer is registered for")},
    {ReceiptReason::WrongHub,
     "wrong_hub",
     QT_TRANSLATE_NOOP("verdes::sync::Receipt", "the batch was sealed for another district office")},
    {ReceiptReason::Malformed,
     "malformed",
     QT_TRANSLATE_NOOP("verdes::sync::Receipt", "the file is damaged and cannot be read")},
    {ReceiptReason::DuplicateItem,
     "duplicate_item",
     QT_TRANSLATE_NOOP("verdes::sync::Receipt", "this proposal was already received in an earlier batch")},
    {ReceiptReason::HubFull,
     "hub_full",
     QT_TRANSLATE_NOOP("verdes::sync::Receipt",
                       "the district office has no room to store it now; send it again later")},
}};

QString reasonText(const std::optional<ReceiptReason> &reason)
{
    return reason ? Receipt::reasonCode(*reason) : QString();
}

// An outcome's code; an unknown one fails the reader. Only the start of an untrusted text goes
// into the detail.
ReceiptOutcome readOutcome(WireReader &r, const char *field)
{
    const QString code = r.text(field);
    if (!r.ok()) {
        return ReceiptOutcome::Refused;
    }
    const std::optional<ReceiptOutcome> outcome = Receipt::outcomeFromCode(code);
    if (!outcome) {
        r.fail(field, QStringLiteral("unknown outcome \"%1\"").arg(code.left(40)));
        return ReceiptOutcome::Refused;
    }
    return *outcome;
}

// A reason's code, empty for none; an unknown one fails the reader.
std::optional<ReceiptReason> readReason(WireReader &r, const char *field)
{
    const QString code = r.text(field);
    if (!r.ok() || code.isEmpty()) {
        return std::nullopt;
    }
    const std::optional<ReceiptReason> reason = Receipt::reasonFromCode(code);
    if (!reason) {
        r.fail(field, QStringLiteral("unknown reason \"%1\"").arg(code.left(40)));
    }
    return reason;
}

ReceiptItem readItem(WireReader &r, ReceiptOutcome receiptOutcome)
{
    ReceiptItem item;
    item.proposalId = r.u64("proposal_id");
    item.outcome = readOutcome(r, "outcome");
    if (r.ok() && item.outcome == ReceiptOutcome::PartlyAccepted) {
        r.fail("outcome", QStringLiteral("partly_accepted is for a batch, not an item"));
    }
    if (r.ok() && receiptOutcome == ReceiptOutcome::Accepted && item.outcome != ReceiptOutcome::Accepted) {
        r.fail("outcome", QStringLiteral("refused in an accepted batch"));
    }
    if (r.ok() && receiptOutcome == ReceiptOutcome::Refused && item.outcome != ReceiptOutcome::Refused) {
        r.fail("outcome", QStringLiteral("accepted in a refused batch"));
    }
    item.reason = readReason(r, "reason");
    if (r.ok() && item.reason.has_value() != (item.outcome == ReceiptOutcome::Refused)) {
        r.fail("reason", QStringLiteral("given exactly when the item is refused"));
    }
    return item;
}

} // namespace

QByteArray Receipt::encode() const
{
    WireWriter w;
    w.text(formatName());
    w.text(hubId);
    w.digest(fileSha256);
    w.optionalDigest(batchId);
    w.keyId(deviceKeyId);
    w.text(vaultId);
    w.text(villageCode);
    w.u64(sequence);
    w.u64(expectedSequence);
    w.text(receivedAt);
    w.text(outcomeCode(outcome));
    w.text(reasonText(reason));
    w.text(detail);
    w.count(items.size());
    for (const ReceiptItem &item : items) {
        w.u64(item.proposalId);
        w.text(outcomeCode(item.outcome));
        w.text(reasonText(item.reason));
    }
    return w.data();
}

Result<Receipt> Receipt::decode(QByteArrayView body)
{
    WireReader r(body);
    Receipt receipt;
    r.format(formatName());
    receipt.hubId = r.text("hub_id");
    receipt.fileSha256 = r.digest("file_sha256");
    receipt.batchId = r.optionalDigest("batch_id");
    const bool batchRead = receipt.batchId.has_value();
    receipt.deviceKeyId = r.keyId("device_key_id");
    receipt.vaultId = r.text("vault_id");
    // A hub that could not read the batch may not know its village either (an unknown device).
    receipt.villageCode = batchRead ? r.digits("village_code", kVillageCodeDigits)
                                    : r.digitsOrEmpty("village_code", kVillageCodeDigits);
    receipt.sequence = r.u64("sequence");
    if (r.ok() && batchRead && receipt.sequence == 0) {
        r.fail("sequence", QStringLiteral("0 for a batch that was read"));
    }
    receipt.expectedSequence = r.u64("expected_sequence");
    receipt.receivedAt = r.utcTime("received_at");
    receipt.outcome = readOutcome(r, "outcome");
    if (r.ok() && !batchRead && receipt.outcome != ReceiptOutcome::Refused) {
        r.fail("outcome", QStringLiteral("%1 without a batch id").arg(outcomeCode(receipt.outcome)));
    }
    receipt.reason = readReason(r, "reason");
    if (r.ok() && receipt.reason.has_value() != (receipt.outcome != ReceiptOutcome::Accepted)) {
        r.fail("reason", QStringLiteral("given exactly when the batch is not wholly accepted"));
    }
    receipt.detail = r.text("detail");
    const qsizetype items = r.count("items", kMaxItems);
    if (r.ok() && !batchRead && items > 0) {
        r.fail("items", QStringLiteral("%1 items without a batch id").arg(items));
    }
    bool anyAccepted = false;
    bool anyRefused = false;
    for (qsizetype i = 0; i < items && r.ok(); ++i) {
        r.setScope(QStringLiteral("items[%1].").arg(i));
        ReceiptItem item = readItem(r, receipt.outcome);
        anyAccepted = anyAccepted || item.outcome == ReceiptOutcome::Accepted;
        anyRefused = anyRefused || item.outcome == ReceiptOutcome::Refused;
        receipt.items.append(item);
    }
    r.setScope({});
    if (r.ok() && receipt.outcome == ReceiptOutcome::PartlyAccepted && !(anyAccepted && anyRefused)) {
        r.fail("outcome", QStringLiteral("partly_accepted without both an accepted and a refused item"));
    }
    if (!r.finish()) {
        return Error(ErrorCode::SyncFileMalformed, {fileKindLabel(FileKind::Receipt)}, r.failure());
    }
    return receipt;
}

QString Receipt::outcomeCode(ReceiptOutcome outcome)
{
    for (const OutcomeRow &row : kOutcomes) {
        if (row.outcome == outcome) {
            return QString::fromLatin1(row.code);
        }
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<ReceiptOutcome> Receipt::outcomeFromCode(QStringView code)
{
    for (const OutcomeRow &row : kOutcomes) {
        if (code == QLatin1String(row.code)) {
            return row.outcome;
        }
    }
    return std::nullopt;
}

QString Receipt::reasonCode(ReceiptReason reason)
{
    for (const ReasonRow &row : kReasons) {
        if (row.reason == reason) {
            return QString::fromLatin1(row.code);
        }
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<ReceiptReason> Receipt::reasonFromCode(QStringView code)
{
    for (const ReasonRow &row : kReasons) {
        if (code == QLatin1String(row.code)) {
            return row.reason;
        }
    }
    return std::nullopt;
}

QString Receipt::reasonLabel(ReceiptReason reason)
{
    for (const ReasonRow &row : kReasons) {
        if (row.reason == reason) {
            return QCoreApplication::translate("verdes::sync::Receipt", row.label);
        }
    }
    Q_UNREACHABLE();
    return {};
}

QList<ReceiptReason> Receipt::allReasons()
{
    QList<ReceiptReason> reasons;
    for (const ReasonRow &row : kReasons) {
        reasons.append(row.reason);
    }
    return reasons;
}

} // namespace verdes::sync
