// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace verdes::sync {

// The body of a receipt, verdes-receipt/1 (docs/batch-format.md §7): what the hub did with one
// uploaded file, signed by the hub's signing key. Only the encoding and its consistency live here;
// the envelope is Envelope's, and making or applying receipts is the hub's and the outbox's.

// What happened to a batch, or (Accepted and Refused only) to one of its items.
enum class ReceiptOutcome : quint8
{
    Accepted,
    PartlyAccepted,
    Refused,
};

// Why a batch or an item was refused, from a fixed list so that a village can say it in its own
// language (Receipt::reasonLabel).
enum class ReceiptReason : quint8
{
    SequenceGap,   // a batch of this device is missing before this one
    Replay,        // this sequence number came before with another batch id
    UnknownDevice, // the signing key is not enrolled at this hub
    RevokedDevice, // the signing key was revoked
    BadSignature,  // the signature does not verify
    WrongVillage,  // the batch names another village than the device was enrolled for
    WrongHub,      // sealed to another hub's key
    Malformed,     // the file or body does not read
    DuplicateItem, // item: the proposal came in an earlier batch
    HubFull,       // the hub's storage is full
};

struct ReceiptItem
{
    quint64 proposalId = 0;
    ReceiptOutcome outcome = ReceiptOutcome::Accepted; // Accepted or Refused
    std::optional<ReceiptReason> reason;               // exactly when refused

    bool operator==(const ReceiptItem &) const = default;
};

struct Receipt
{
    static constexpr qsizetype kMaxItems = 20000;

    QString hubId;
    QByteArray fileSha256;             // of the sealed file as received
    std::optional<QByteArray> batchId; // none when the batch could not be read or verified
    QByteArray deviceKeyId;            // 8 bytes
    QString vaultId;
    QString villageCode;          // 10 digits; may be empty only without a batch id
    quint64 sequence = 0;         // the batch's; may be 0 only without a batch id
    quint64 expectedSequence = 0; // what the hub expected next from this device
    QString receivedAt;           // UTC, "2026-12-10T09:41:07.123Z"
    ReceiptOutcome outcome = ReceiptOutcome::Accepted;
    std::optional<ReceiptReason> reason; // exactly when not accepted
    QString detail;                      // free text for the officer and the log, no personal data
    QList<ReceiptItem> items;

    bool operator==(const Receipt &) const = default;

    // The body's bytes: the same receipt always gives the same bytes.
    QByteArray encode() const;
    // Reads a body whose signature has been verified; refuses (SyncFileMalformed, the field and what
    // is wrong at the start of the detail) anything out of bounds, inconsistent or left over.
    static Result<Receipt> decode(QByteArrayView body);

    // The codes the file carries ("partly_accepted", "sequence_gap") and back; nothing for an
    // unknown code.
    static QString outcomeCode(ReceiptOutcome outcome);
    static std::optional<ReceiptOutcome> outcomeFromCode(QStringView code);
    static QString reasonCode(ReceiptReason reason);
    static std::optional<ReceiptReason> reasonFromCode(QStringView code);
    // What a village officer reads for a reason, translated: "a batch is missing before this one".
    static QString reasonLabel(ReceiptReason reason);
    // Every reason, in the order of the enum.
    static QList<ReceiptReason> allReasons();
};

} // namespace verdes::sync
