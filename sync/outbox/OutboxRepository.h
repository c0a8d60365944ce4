// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Clock.h"
#include "models/core/Result.h"
#include "models/vault/Actor.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace verdes {
class Database;
} // namespace verdes

namespace verdes::sync {

// The durable state of a batch in the outbox (schema 9). A send in progress has its phase beside
// it (OutboxEntry::phase), kept apart because it changes without an audit entry.
enum class OutboxState : quint8
{
    Queued,    // made and signed, not yet handed to the hub
    Sent,      // uploaded, or written for the USB stick; waiting for the receipt
    Receipted, // the hub's receipt says it accepted all or part of it
    Refused,   // the hub's receipt refused it as a whole
};

enum class SendPhase : quint8
{
    Idle,
    Announced, // the hub was told the batch id, size and hash
    Sending,   // the bytes are going up
};

QString outboxStateCode(OutboxState state); // "queued", "sent", "receipted", "refused"
std::optional<OutboxState> outboxStateFromCode(QStringView code);

struct OutboxItem
{
    int position = 0; // 0-based, in the batch
    std::optional<qint64> proposalId;
    QString householdId;
    QString outcome; // "", "accepted", "refused" (from the receipt)
    QString reason;  // the receipt's reason code for a refused item
};

struct OutboxEntry
{
    quint64 sequence = 0;
    QByteArray batchId;
    qint64 meetingId = 0;
    QString meetingNumber;
    int itemCount = 0;
    qint64 size = 0; // of the signed file
    OutboxState state = OutboxState::Queued;
    QDateTime createdAt;
    QDateTime sentAt;
    QString sentBy; // "https" or "usb"
    QDateTime receiptedAt;
    QString outcome; // the receipt's: "accepted", "partly_accepted", "refused"
    QString reason;
    // The send in progress:
    SendPhase phase = SendPhase::Idle;
    int attempts = 0;
    QDateTime nextAttemptAt;
    QString lastError;
};

// The hub this vault is enrolled with, pinned from its enrolment answer.
struct HubLink
{
    QString hubId;
    QString hubName;
    QString districtCode;
    QByteArray signingKey;            // Ed25519, 32 bytes
    QByteArray sealingKey;            // X25519, 32 bytes
    std::optional<QByteArray> tlsPin; // SHA-256 of the hub's certificate
    QString url;
    int maxOfflineDays = 0; // 0: no limit
    QDateTime enrolledAt;
    QByteArray answer;            // the signed enrolment answer
    QDateTime revokedAt;          // invalid unless a revocation list named this device
    QString revokedKeyId;         // the device key it named (PublicKey::idText), schema 11
    quint64 revocationSerial = 0; // the newest revocation list seen
    QDateTime lastContactAt;      // the hub's time in its newest receipt or list (invalid: none yet)
    quint32 keyGeneration = 1;    // which generation of the hub's keys is pinned (schema 12)
    QDateTime keysExpireAt;       // invalid: the pinned keys do not expire
    QList<QByteArray> retiredSigningKeyIds; // the hub's signing keys pinned before (PublicKey::idOf)

    bool isRevoked() const { return revokedAt.isValid(); }

    bool keysExpired(const QDateTime &now) const { return keysExpireAt.isValid() && keysExpireAt <= now; }
};

// The vault's side of sync (schema 9): the outbox of batches with their items, and the hub link.
// Writes take the actor, check it and append their audit entry in the caller's transaction
// ("batch.queue", "batch.sent", "batch.receipt", "hub.enrol", "hub.reenrol", "hub.revoked",
// "hub.revocations", "hub.keys"); the send attempts' bookkeeping and the last contact are not audited
// (transient_outbox_attempts, transient_hub_contact).
class OutboxRepository final
{
public:
    explicit OutboxRepository(Database &db, Clock &clock = SystemClock::instance());

    // The vault's identity, as the batch names it.
    Result<QString> vaultId();
    Result<QString> villageCode();

    // Sealed meetings whose batch is not made yet, in the order they were sealed.
    Result<QList<qint64>> meetingsWithoutBatch();
    // The newest batch, to chain the next one to it.
    Result<std::optional<OutboxEntry>> last();

    // Records a batch just made (inside the caller's transaction).
    Result<void> enqueue(const Actor &actor,
                         qint64 meetingId,
                         quint64 sequence,
                         const QByteArray &batchId,
                         const QByteArray &signedFile,
                         const QList<OutboxItem> &items);

    Result<QList<OutboxEntry>> list();
    Result<std::optional<OutboxEntry>> get(quint64 sequence);
    Result<std::optional<OutboxEntry>> byBatchId(const QByteArray &batchId);
    Result<QByteArray> signedFile(quint64 sequence);
    Result<QList<OutboxItem>> items(quint64 sequence);
    // The batch and position a proposal went up in, with what the receipt said of it.
    Result<std::optional<std::pair<OutboxEntry, OutboxItem>>> forProposal(qint64 proposalId);

    // queued → sent (a second send of a sent batch changes nothing). `route`: "https" or "usb".
    Result<void> markSent(const Actor &actor, quint64 sequence, const QString &route);
    // Stores the hub's receipt: the batch's outcome and each item's.
    Result<void> recordReceipt(const Actor &actor,
                               quint64 sequence,
                               const QByteArray &receiptFile,
                               const QString &outcome,
                               const QString &reason,
                               const QList<OutboxItem> &items);

    // The send in progress (not audited).
    Result<void> recordAttempt(quint64 sequence,
                               SendPhase phase,
                               int attempts,
                               const QDateTime &nextAttemptAt,
                               const QString &lastError);

    // Where an upload over HTTPS stands (not audited): its phase and the bytes the hub has.
    Result<void> recordSending(quint64 sequence, SendPhase phase, qint64 sentBytes);
    // The sealed file an upload in progress sends (empty when none): kept so that the upload resumes
    // with the same bytes. An empty `sealedFile` forgets it.
    Result<QByteArray> keptSealedFile(quint64 sequence);
    Result<void> keepSealedFile(quint64 sequence, const QByteArray &sealedFile);
    // A newer revocation list that does not name this device: its serial is remembered (audited:
    // it is the vault's content), so that an older list cannot be played back later.
    Result<void> noteRevocationSerial(const Actor &actor, quint64 serial);
    // The hub was heard from: `at` is the time it signed in its receipt or list. Kept only when newer
    // than the one before (not audited: transient_hub_contact).
    Result<void> noteContact(const QDateTime &at);
    // Every batch not answered yet goes again from the start: its kept sealed file and its tries are
    // forgotten (after a re-enrolment, whose new key signs them from then on; not audited).
    Result<void> restartUnanswered();

    Result<std::optional<HubLink>> hub();
    // SyncDeviceRevoked when the hub revoked this vault's device key and no re-enrolment lifted it:
    // the vault then opens only to enrol again (checked at every unlock, by the window and the verbs).
    Result<void> requireNotRevoked();
    // Pins a hub (a first enrolment, or a re-enrolment that replaces the link and clears a revocation:
    // audited as "hub.reenrol" then).
    Result<void> storeHub(const Actor &actor, const HubLink &link);
    // Pins the next keys of the hub from its verified key list (audited as "hub.keys"): the keys pinned
    // until now are kept as retired. With the same signing key, only the expiry is updated.
    Result<void> pinHubKeys(const Actor &actor,
                            quint32 generation,
                            const QByteArray &signingKey,
                            const QByteArray &sealingKey,
                            const QDateTime &expiresAt);
    // A revocation list with `serial` (none: the hub's receipt for a batch) named this device key: from
    // now on the vault opens only to enrol again.
    Result<void> markRevoked(const Actor &actor, std::optional<quint64> serial, const QString &deviceKeyId);

private:
    Result<QList<OutboxEntry>> query(QStringView where, const std::optional<QByteArray> &blob, qint64 number);

    Database &m_db;
    Clock &m_clock;
};

} // namespace verdes::sync
