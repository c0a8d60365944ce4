// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Clock.h"
#include "models/core/Progress.h"
#include "models/core/Result.h"
#include "models/vault/Actor.h"
#include "sync/batch/Envelope.h"
#include "sync/batch/Receipt.h"
#include "sync/outbox/OutboxRepository.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace verdes {
class Database;
} // namespace verdes

namespace verdes::sync {

class HttpTransport;

// The village's end of the way up (issue 13 §3): every sealed meeting becomes a signed batch in the
// outbox, chained to the one before, and leaves sealed to the enrolled hub, on a USB stick or over
// HTTPS, until the hub's signed receipt comes back.
//
// Batches are made by catchUp(), after each seal and at every start: a meeting sealed just before a
// crash gets its batch at the next start, and the batch, once made, never changes. Each batch is
// made in one transaction with its proposals' move from `sealed` to `batched`.
class Outbox final
{
public:
    explicit Outbox(Database &db, Clock &clock = SystemClock::instance());

    // Makes the batch of every sealed meeting that has none, oldest seal first. Returns how many
    // were made. `progress` counts meetings.
    Result<int> catchUp(const Actor &actor, Progress &progress = Progress::none());

    // The batch sealed to the enrolled hub (SyncNotEnrolled without one). Each call seals anew; the
    // batch id stays the same.
    Result<QByteArray> sealedFile(quint64 sequence);
    // The oldest batch the hub has not answered yet, for `verdes batch export` without a number.
    Result<std::optional<OutboxEntry>> oldestUnanswered();
    // Writes the sealed batch to `path` for the USB route (the path is checked as every output is;
    // `replace` when the user agreed to replace a file) and marks it sent by USB.
    Result<OutboxEntry> exportTo(const Actor &actor, quint64 sequence, const QString &path, bool replace);

    struct ReceiptImport
    {
        Receipt receipt;
        OutboxEntry entry;    // the batch as it stands after the receipt
        bool changed = false; // false for a receipt imported before
    };

    // Reads a receipt from the pinned hub (SyncHubUnknown for another key, SyncNotOurs when it is
    // for another laptop or a batch this vault did not make) and records it: the batch's outcome and
    // each item's; accepted proposals move to `received`. A batch refused because one before it is
    // missing (sequence_gap) stays waiting, to go again after the missing one; other refusals are
    // final. Importing the same receipt again changes nothing.
    Result<ReceiptImport> importReceipt(const Actor &actor, const QByteArray &receiptFile);

    // Reads a revocation list signed by the pinned hub and records it. Returns whether it revokes this
    // laptop (then nothing more is sent, and the application locks the vault). A list older than one
    // seen before changes nothing.
    Result<bool> applyRevocationList(const Actor &actor, const QByteArray &listFile);

    struct KeysImport
    {
        bool changed = false; // the vault now pins a newer generation of the hub's keys
        quint32 generation = 1;
        QString fingerprint; // of the hub signing key pinned now
        QDateTime expiresAt; // invalid: no expiry
    };

    // Reads the hub's key list (from the hub at every send, or from a USB stick) and follows it from
    // the pinned keys to the newest: SyncHubUnknown when it does not reach back to the pinned key,
    // SyncHubKeyRetired for an old list signed by a key this vault has replaced. The keys pinned
    // before are kept as retired: what they sign is refused from now on.
    Result<KeysImport> applyHubKeys(const Actor &actor, const QByteArray &chainFile);

    struct SendReport
    {
        int receipted = 0;             // batches whose receipt came back in this send
        QList<ReceiptImport> receipts; // in the order they came
    };

    // Sends every batch the hub has not answered, oldest first, over HTTPS (issue 13 §3): the hub's
    // key list and revocation list first, then for each batch announce, the parts from where the hub stands,
    // and the receipt, recorded as importReceipt() records one from a USB stick. It stops at the first
    // failure, which is recorded on the batch with the time of the next try (RetryPolicy), so later
    // batches never overtake an earlier one. `progress` counts the bytes of the batch going up.
    Result<SendReport>
    send(const Actor &actor, HttpTransport &transport, Progress &progress = Progress::none());

    // The body of a file of `kind` signed by the pinned hub, verified before it is read: refused when
    // a retired key signed it (SyncHubKeyRetired) or the pinned keys expired (SyncHubKeyExpired).
    Result<QByteArray> openFromHub(const HubLink &hub, const QByteArray &file, FileKind kind);

private:
    Result<void> makeBatch(const Actor &actor, qint64 meetingId);
    Result<void> markLeft(const Actor &actor, quint64 sequence, const QString &route);
    // The batch's signed file as the current device key signs it (re-signed when an earlier key made
    // it: the body and the batch id do not change).
    Result<QByteArray> currentlySigned(const QByteArray &signedFile);
    // Notes the hub's signed time of a receipt or list as its last contact (capped at now).
    Result<void> noteContact(OutboxRepository &repo, const QString &hubTime);
    static Error keysExpired(const HubLink &hub);
    // SyncHubKeyRetired when a key the vault has retired signed a file of `kind`.
    static Result<void> refuseRetiredKey(const HubLink &hub, const QByteArray &signerKeyId, FileKind kind);
    Result<std::optional<ReceiptImport>>
    sendOne(const Actor &actor, HttpTransport &transport, const OutboxEntry &entry, Progress &progress);

    Database &m_db;
    Clock &m_clock;
};

} // namespace verdes::sync
