// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"
#include "models/core/SecureBytes.h"
#include "models/proposals/ProposalState.h"
#include "sync/batch/ReviewClaim.h"
#include "sync/batch/ReviewerEnrolment.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>

#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace verdes::hub {

// What a hub is: its name, district, and what it tells the devices it enrols.
struct HubSettings
{
    QString hubId;
    QString name;
    QString districtCode; // 4 digits
    QString createdAt;    // UTC, ISO with milliseconds
    quint32 maxOfflineDays = 0;
    QString url; // where devices reach it over HTTPS; empty for a USB-only hub
    std::optional<QByteArray> tlsPin;
};

// One generation of the hub's two key pairs (docs/hub.md "Rotating the hub's keys"); the secret halves
// stay in secure memory. A rotated generation is kept: batches sealed to its sealing key still open.
struct HubKeys
{
    quint32 generation = 1;
    QByteArray signingPublic; // Ed25519
    SecureBytes signingSeed;
    QByteArray sealingPublic; // X25519
    SecureBytes sealingSecret;
    QString createdAt;      // UTC, ISO with milliseconds
    QString expiresAt;      // empty: no expiry
    QByteArray endorsement; // the previous generation's signature (sync::HubKeyGeneration); empty for 1
};

// An enrolled device with where its chain of batches stands.
struct HubDevice
{
    QByteArray keyId; // 8 bytes
    QByteArray publicKey;
    QString vaultId;
    QString villageCode;
    QString villageName;
    QString officer;
    QString enrolledAt;
    QString revokedAt; // empty while enrolled
    quint64 lastSequence = 0;
    QByteArray lastBatchId; // empty before the first batch
    QString lastContact;

    bool isRevoked() const { return !revokedAt.isEmpty(); }
};

// An enrolled reviewer of the district office (docs/hub.md "Enrolling reviewers"): a key of its own,
// never also a device's, and the role the hub enrolled it for.
struct HubReviewer
{
    QByteArray keyId; // 8 bytes
    QByteArray publicKey;
    QString vaultId; // the district review vault
    QString districtCode;
    QString name;
    sync::ReviewerRole role = sync::ReviewerRole::Verifier;
    QString enrolledAt;
    QString revokedAt; // empty while enrolled

    bool isRevoked() const { return !revokedAt.isEmpty(); }

    bool operator==(const HubReviewer &) const = default;
};

struct HubBatchItem
{
    int position = 0;
    quint64 proposalId = 0;
    QString type;
    QString householdId;
    QString outcome; // "accepted" or "refused"
    QString reason;
};

// A batch the hub accepted (all or part of it), with the receipt it answered.
struct HubBatch
{
    QByteArray batchId;
    QByteArray deviceKeyId;
    quint64 sequence = 0;
    QString villageCode;
    QString receivedAt;
    QString outcome; // "accepted", "partly_accepted", or "refused" when every item was a duplicate
    QByteArray signedFile;
    QByteArray receipt;
    QList<HubBatchItem> items;
};

// A stored batch as the review feed hands it on (sync::ReviewFeedEntry): its feed serial, the signed
// batch as received, the enrolled device key that signed it and the hub's receipt.
struct HubFeedEntry
{
    quint64 serial = 0;
    QString receivedAt;
    QString villageCode;
    QByteArray devicePublicKey;
    QByteArray batchFile;
    QByteArray receiptFile;

    bool operator==(const HubFeedEntry &) const = default;
};

// What the hub must know to store a device's batch, read at one moment: the device (its chain), the
// receipt of this batch if it was stored before, which of the batch's proposals the device sent in
// earlier batches, and the newest generation of the hub's keys (to sign the receipt with).
struct HubChainView
{
    std::optional<HubDevice> device;
    std::optional<QByteArray> receipt;
    QSet<quint64> sentProposals;
    quint32 newestKeyGeneration = 0;
};

// A reviewer's verdict the hub stored (docs/batch-format.md §13): the signed file as uploaded and
// what the hub read of it, under the village's own running number.
struct HubVerdict
{
    QByteArray verdictId; // 32 bytes: the SHA-256 of the signed file
    QString villageCode;
    QByteArray batchId;
    quint32 position = 0;
    quint64 proposalId = 0;
    QByteArray reviewerKeyId; // 8 bytes
    ProposalState state = ProposalState::Verified;
    std::optional<QByteArray> previous; // the item's verdict before this one
    QByteArray signedFile;
    QString storedAt;
    quint64 villageSerial = 0; // 1, 2, 3… per village; given by storeVerdicts

    bool operator==(const HubVerdict &) const = default;
};

// Where an item's chain of verdicts stands: its newest verdict and the state it set.
struct HubItemHead
{
    QByteArray verdictId;
    ProposalState state = ProposalState::InReview;

    bool operator==(const HubItemHead &) const = default;
};

// A village's snapshot the hub published (docs/batch-format.md §16): the CSV as the operator gave it,
// under the village's own running number.
struct HubSnapshot
{
    QString villageCode;
    quint64 serial = 0; // 1, 2, 3… per village; given by storeSnapshot
    QString label;
    QString fileName;
    QByteArray csvSha256; // 32 bytes
    QString issuedAt;     // UTC, ISO with milliseconds
    QByteArray csv;

    bool operator==(const HubSnapshot &) const = default;
};

// A reviewer's claim on an item (docs/batch-format.md §17): who holds it until when.
struct HubClaim
{
    sync::ClaimItem item;
    QByteArray reviewerKeyId; // 8 bytes
    QString until;            // UTC, ISO with milliseconds
    QString claimedAt;

    bool operator==(const HubClaim &) const = default;
};

struct HubCounts
{
    qint64 devices = 0;
    qint64 revoked = 0;
    qint64 batches = 0;
    qint64 items = 0;
    qint64 refusals = 0;
    qint64 reviewers = 0; // every reviewer key enrolled, revoked or not
    qint64 revokedReviewers = 0;
};

// The hub's storage (issue 13 §4): one interface, with the embedded encrypted SQLite database
// (SqliteHubRepository) and PostgreSQL behind it, and the same tests for both. Several hub processes
// may share one storage: storeAccepted() is the one place where they could race, and it stores a
// batch only if the device's chain is still where the caller read it.
class HubStorage
{
public:
    HubStorage() = default;
    virtual ~HubStorage() = default;
    HubStorage(const HubStorage &) = delete;
    HubStorage &operator=(const HubStorage &) = delete;
    HubStorage(HubStorage &&) = delete;
    HubStorage &operator=(HubStorage &&) = delete;

    // Another connection to the same storage, for another thread (HubWorkers): what opening this one
    // checked and migrated is not done again.
    virtual Result<std::unique_ptr<HubStorage>> another() = 0;

    // Writes the settings and the first generation of keys of a new hub (refused when the storage has
    // a hub already).
    virtual Result<void> initialise(const HubSettings &settings, const HubKeys &keys) = 0;
    virtual Result<HubSettings> settings() = 0;
    // Every generation of the hub's keys, oldest first: the last one signs and is sealed to.
    virtual Result<std::vector<HubKeys>> keys() = 0;
    // Adds the next generation (keys.generation is one more than the newest): false, and nothing
    // added, when another hub process added that generation first.
    virtual Result<bool> addKeys(const HubKeys &keys) = 0;
    // The newest generation's number: a cheap look, to know whether keys read before are still current.
    virtual Result<quint32> newestKeyGeneration() = 0;

    // Enrols a device, or enrols it again: the revocation of a revoked key is lifted (the revocation
    // list changes: its serial goes up; Hub::enrol never asks for it), its chain of batches kept. A key
    // new here starts its chain at the device's lastSequence and lastBatchId (those of the vault's
    // revoked key, when it had one).
    virtual Result<void> putDevice(const HubDevice &device) = 0;
    virtual Result<std::optional<HubDevice>> device(const QByteArray &keyId) = 0;
    virtual Result<QList<HubDevice>> devices() = 0;
    // Enrols a reviewer, or enrols an enrolled one again with what `reviewer` says (its revocation, if
    // any, is never lifted: Hub::enrolReviewer refuses a revoked key first). Refused with HubKeyInUse,
    // nothing stored, when the key is a device's: a key id is never both.
    virtual Result<void> enrolReviewer(const HubReviewer &reviewer) = 0;
    virtual Result<std::optional<HubReviewer>> reviewer(const QByteArray &keyId) = 0;
    // Every reviewer, revoked or not, by district and time of enrolment.
    virtual Result<QList<HubReviewer>> reviewers() = 0;
    // Revokes a device or a reviewer key and returns how many revocations the hub has made
    // (revocationSerial()); the revocation list's serial is one more (Hub::revocationList).
    virtual Result<quint64> revoke(const QByteArray &keyId, const QString &at) = 0;
    virtual Result<quint64> revocationSerial() = 0;

    // The receipt the hub gave for a batch it stored, if any.
    virtual Result<std::optional<QByteArray>> receiptOf(const QByteArray &batchId) = 0;
    // Which of these proposals this device sent before, in a batch the hub stored and accepted them
    // in: one look for a whole batch's items.
    virtual Result<QSet<quint64>> sentProposals(const QByteArray &deviceKeyId,
                                                const QList<quint64> &proposalIds) = 0;
    // All of the above that storing a batch needs, in one look: the chain read before the receipt (a
    // batch stored meanwhile by another process then shows as stored, never as a replay). PostgreSQL
    // answers it in one statement, so one round trip; the default asks the pieces one by one.
    virtual Result<HubChainView>
    chainView(const QByteArray &deviceKeyId, const QByteArray &batchId, const QList<quint64> &proposalIds);
    // Stores a batch and moves the device's chain on to it, in one transaction, only while the
    // device's last sequence is still `expectedLastSequence`: false (nothing stored) when another
    // process moved it meanwhile or stored the same batch.
    virtual Result<bool> storeAccepted(const HubBatch &batch, quint64 expectedLastSequence) = 0;
    // The stored batches with a feed serial above `after`, ascending: at most `maxEntries` of them, and
    // no more than `maxBytes` of signed batches and receipts together, but the first one always. Each
    // stored batch has a serial, 1, 2, 3… in the order the storing transactions committed: a reader
    // never sees a serial before every smaller one is there too.
    virtual Result<QList<HubFeedEntry>> feedAfter(quint64 after, int maxEntries, qint64 maxBytes) = 0;
    // The largest feed serial (0: no batch stored).
    virtual Result<quint64> latestFeedSerial() = 0;
    // The batch stored with this id, its items and receipt, without its signed file (which may be large
    // and which a verdict's checks do not need).
    virtual Result<std::optional<HubBatch>> storedBatch(const QByteArray &batchId) = 0;

    // Stores the verdicts of one upload in one transaction, each under the next serial of its village
    // (1, 2, 3… in the order the storing transactions committed, with no gap: a reader never sees a
    // serial before every smaller one of its village is there too), in the order given within a
    // village. A verdict may name one stored before it in the same list as its `previous`. False, and
    // nothing stored, when another hub process stored meanwhile one of these verdicts, or a verdict of
    // one of these items whose `previous` is the same (a chain never forks); the caller reads the
    // items' heads again.
    virtual Result<bool> storeVerdicts(const QList<HubVerdict> &verdicts) = 0;
    // The item's newest verdict; nothing before its first.
    virtual Result<std::optional<HubItemHead>> itemHead(const QByteArray &batchId, quint32 position) = 0;
    virtual Result<bool> hasVerdict(const QByteArray &verdictId) = 0;
    // The village's verdicts with a serial above `after`, ascending: at most `maxEntries`, no more than
    // `maxBytes` of signed files together, but the first one always.
    virtual Result<QList<HubVerdict>>
    verdictsAfter(const QString &villageCode, quint64 after, int maxEntries, qint64 maxBytes) = 0;
    // The village's largest verdict serial (0: none stored).
    virtual Result<quint64> latestVerdictSerial(const QString &villageCode) = 0;

    // Stores a village's snapshot under the village's next serial (1, 2, 3… with no gap) and returns
    // it with its serial, and true; the same CSV (by its SHA-256) published again for the village is
    // not stored twice: the snapshot stored first comes back, as it was stored, and false.
    virtual Result<std::pair<HubSnapshot, bool>> storeSnapshot(const HubSnapshot &snapshot) = 0;
    // The village's snapshot with this serial, or its newest for 0; nothing when there is none.
    virtual Result<std::optional<HubSnapshot>> snapshot(const QString &villageCode, quint64 serial) = 0;

    // Keeps a note of a refused upload (no content: the file's hash, the device, the reason).
    virtual Result<void> noteRefusal(const QByteArray &fileSha256,
                                     const QByteArray &deviceKeyId,
                                     const QString &reason,
                                     const QString &at) = 0;
    virtual Result<HubCounts> counts() = 0;

    // Claims on review items (docs/batch-format.md §17, schema 7). In one transaction: records
    // `sequence` as the reviewer key's newest claim request, and returns nothing (changing nothing) when
    // it is not above the one recorded before (a replay); then takes the items until `until` (only those
    // nobody holds, the key holds, or whose claim expired by `now`), or releases the key's own claims on
    // them (`until` empty); and returns each item's claim after that, in the order given (nothing for an
    // item nobody holds).
    virtual Result<std::optional<QList<std::optional<HubClaim>>>>
    applyClaims(const QByteArray &reviewerKeyId,
                quint64 sequence,
                const QList<sync::ClaimItem> &items,
                const QString &until,
                const QString &now) = 0;
    // The item's claim, expired or not; nothing when nobody claimed it.
    virtual Result<std::optional<HubClaim>> claimOn(const QByteArray &batchId, quint32 position) = 0;
    // Ends the key's own claim on the item, if it has one.
    virtual Result<void>
    endClaim(const QByteArray &batchId, quint32 position, const QByteArray &reviewerKeyId) = 0;
};

} // namespace verdes::hub
