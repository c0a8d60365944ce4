// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Clock.h"
#include "models/core/Result.h"
#include "sync/batch/EnrolmentAnswer.h"
#include "sync/batch/EnrolmentRequest.h"
#include "sync/batch/Receipt.h"
#include "sync/batch/ReviewClaim.h"
#include "sync/batch/ReviewerEnrolment.h"
#include "sync/batch/RevocationList.h"
#include "sync/batch/Verdict.h"
#include "sync/hub/HubStorage.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <memory>
#include <optional>
#include <utility>

namespace verdes::hub {

// An enrolled reviewer, as the review feed authenticates one: the key, its vault and its role.
using ReviewerInfo = HubReviewer;

// The district hub (issue 13 §4): it enrols village devices, takes their sealed batches (from a USB
// stick or over HTTPS) and answers each with a signed receipt. What it refuses, it refuses before it
// trusts: the seal is opened only with its own key, the signature checked with the enrolled device's
// key before the body is read, and the device's chain of batches (sequence and previous id) decides
// between accepted, a gap, and a replay. The same batch always gets the same receipt.
//
// A hub folder holds `hub.db` (SQLCipher) and, unless another key file is named, `hub.key` (the
// database key, 64 hex digits, readable by the hub's user only). A hub on PostgreSQL keeps its data
// in the database and, in the folder, `hub.key` (which wraps the hub's secret keys there) and
// `hub.conf`, which names the database, so that open() needs only the folder.
class Hub final
{
public:
    struct InitOptions
    {
        QString name;
        QString districtCode;
        QString url;
        std::optional<QByteArray> tlsPin;
        quint32 maxOfflineDays = 0;
        quint32 keyValidDays = 0; // how long the first keys are valid; 0: no expiry
        QString keyFile;          // empty: HUBDIR/hub.key, made by init
        // Empty: the embedded database HUBDIR/hub.db. Otherwise a libpq connection string (a URI such as
        // postgresql://verdes@db.example/verdes), written to HUBDIR/hub.conf as it was given.
        QString postgresUri;
    };

    static Result<void>
    init(const QString &folder, const InitOptions &options, Clock &clock = SystemClock::instance());
    static Result<std::unique_ptr<Hub>>
    open(const QString &folder, const QString &keyFile = {}, Clock &clock = SystemClock::instance());
    // As above, on the PostgreSQL database `postgresUri` names rather than the one HUBDIR/hub.conf names
    // (the embedded database when neither names one).
    static Result<std::unique_ptr<Hub>> open(const QString &folder,
                                             const QString &keyFile,
                                             const QString &postgresUri,
                                             Clock &clock = SystemClock::instance());
    // A hub on a storage of the caller's (PostgreSQL, tests).
    Hub(std::unique_ptr<HubStorage> storage, Clock &clock);
    ~Hub();
    Hub(const Hub &) = delete;
    Hub &operator=(const Hub &) = delete;
    Hub(Hub &&) = delete;
    Hub &operator=(Hub &&) = delete;

    HubStorage &storage() { return *m_storage; }

    // Another hub on the same storage, with a connection of its own, for another thread (HubWorkers).
    Result<std::unique_ptr<Hub>> another();

    struct Enrolled
    {
        sync::EnrolmentRequest request;
        sync::EnrolmentAnswer answer;
        QByteArray answerFile;
    };

    // Reads a request (verified with the key it carries) without enrolling: for the operator to
    // compare the fingerprint first.
    static Result<sync::EnrolmentRequest> readRequest(const QByteArray &requestFile);
    // Enrols the device of a request from this hub's district (SyncOtherDistrict for another district) and
    // returns the signed answer for the village. A revoked key is refused (HubKeyRevoked); a new key of
    // a vault whose earlier keys are all revoked continues that vault's chain of batches; a new key of
    // a vault with a key still enrolled is refused (HubVaultHasKey).
    Result<Enrolled> enrol(const QByteArray &requestFile);

    struct EnrolledReviewer
    {
        sync::ReviewerRequest request;
        sync::ReviewerAnswer answer;
        QByteArray answerFile;
    };

    // Reads a reviewer's request (verified with the key it carries) without enrolling: for the
    // operator to compare the fingerprint first.
    static Result<sync::ReviewerRequest> readReviewerRequest(const QByteArray &requestFile);
    // Enrols the reviewer of a request from this hub's district (SyncOtherDistrict otherwise) and
    // returns the signed answer for the district review vault, with the hub's current keys and the
    // address and TLS pin of a device's answer. A revoked key is refused (HubKeyRevoked), a key
    // enrolled as a device too (HubKeyInUse). The same request again gets the same answer; a new
    // request with the same key (another name or role, confirmed again by the operator) updates it.
    Result<EnrolledReviewer> enrolReviewer(const QByteArray &requestFile);
    // The reviewer enrolled with this key (8 bytes), when it is and is not revoked. Nothing, too,
    // when the storage cannot be read (logged): whoever asks is then refused, never let in.
    std::optional<ReviewerInfo> enrolledReviewer(const QByteArray &keyId);

    // A page of the review feed: the sealed file for the reviewer, and what it holds in numbers (the
    // hub's operator cannot open it).
    struct ReviewPage
    {
        QByteArray sealedFile;
        QByteArray reviewerKeyId;
        qsizetype batches = 0;
        quint64 after = 0;  // as asked
        quint64 last = 0;   // the last batch's serial on the page; `after` for an empty page
        quint64 latest = 0; // the hub's newest serial

        bool hasMore() const { return last < latest; }
    };

    // The review feed (docs/batch-format.md §12): the sealed page of batches this hub stored after
    // the request's `after`, for an enrolled, unrevoked reviewer whose own key signed the request for
    // its own vault (SyncReviewerNotEnrolled otherwise; SyncFileMalformed and the like for a file that
    // is not a request). The page is signed by the hub's current key and sealed to the reviewer's:
    // at most ReviewFeed::kMaxEntries batches and kMaxPageBytes, but one at least when there is one.
    Result<ReviewPage> reviewFeed(const QByteArray &signedRequest);
    // As above, with the page's limits of the caller's (tests): at least one entry still.
    Result<ReviewPage> reviewFeed(const QByteArray &signedRequest, int maxEntries, qint64 maxBytes);

    // A key id written as status shows it ("3BB3-1586-6BD1-D77D") or as 16 hex digits; empty when the
    // text is neither.
    static QByteArray keyIdFromText(const QString &text);
    // Revokes a device or a reviewer (by key id, in either text form) and returns the new signed
    // revocation list, which names every revoked device and reviewer key.
    Result<QByteArray> revoke(const QString &keyIdText);
    // The current signed revocation list.
    Result<QByteArray> revocationList();

    // The hub's key list (sync::HubKeyChain), signed by its current signing key: for villages to
    // follow a rotation, at GET /v1/keys or from a USB stick.
    Result<QByteArray> keyChain();

    struct Rotated
    {
        quint32 generation = 0;
        QString previousFingerprint;
        QString fingerprint; // of the new signing key
        QString expiresAt;   // empty: no expiry
        QByteArray chainFile;
    };

    // Makes the next generation of the hub's keys, endorsed by the current signing key, valid for
    // `validDays` (0: no expiry). The old generations are kept: batches sealed to them still open,
    // and the receipts they signed are signed again by the new key when asked for. Every `serve`
    // on the same storage signs with the new key within a minute.
    Result<Rotated> rotateKeys(quint32 validDays);

    struct KeyState
    {
        quint32 generation = 1;
        QString fingerprint;
        QString expiresAt; // empty: no expiry
        bool expired = false;
    };

    // The current generation, for `status` and the log.
    Result<KeyState> keyState();

    struct Ingested
    {
        sync::Receipt receipt;
        QByteArray receiptFile;
        bool stored = false; // a new batch was stored by this call
    };

    // Takes one sealed file and answers with a signed receipt, whatever the file holds. An error is
    // returned only when the hub itself fails (its storage, its keys).
    Result<Ingested> ingest(const QByteArray &sealedFile);

    // What the hub knows when a device announces a batch (HubServer), in one look at the storage: the
    // device, if enrolled here, and the batch's receipt when the hub stored it before from that device.
    struct Announced
    {
        std::optional<HubDevice> device;
        std::optional<QByteArray> receiptFile;
    };

    Result<Announced> announced(const QByteArray &deviceKeyId, const QByteArray &batchId);

    struct VerdictsIngested
    {
        sync::VerdictReceipt receipt;
        QByteArray receiptFile; // signed by the hub's current key (FileKind::VerdictReceipt)
    };

    // Takes a district review vault's sealed upload of verdicts (docs/batch-format.md §13, from
    // POST /v1/review/verdicts or `verdes-hub verdicts`) and answers with the signed receipt: one entry
    // per verdict, accepted, duplicate or refused with its reason. The upload as a whole is refused
    // (nothing stored, no receipt) when it is not for this hub or does not read (SyncFileMalformed,
    // SyncNotForThisHub, SyncSignatureInvalid), or when its signer is not an enrolled, unrevoked
    // reviewer of this hub sending for their own vault (SyncReviewerNotEnrolled). Each verdict is
    // checked against its own signer's enrolment and role, the stored batch and item it names, and the
    // item's chain at the hub; the accepted ones of one upload are stored in one transaction, each
    // under the next serial of its village. A verdict may follow one accepted before it in the same
    // upload.
    Result<VerdictsIngested> ingestVerdicts(const QByteArray &sealedUpload);

    // A page of the decisions for a village, sealed to one of its devices, and what it holds in numbers
    // (the hub's operator cannot open it).
    struct DecisionPage
    {
        QByteArray sealedFile;
        QString villageCode;
        QByteArray deviceKeyId; // the device it is sealed to
        qsizetype verdicts = 0;
        quint64 after = 0;  // as asked
        quint64 last = 0;   // the last verdict's serial on the page; `after` for an empty page
        quint64 latest = 0; // the village's newest serial

        bool hasMore() const { return last < latest; }
    };

    static constexpr qint64 kMaxDecisionPageBytes = qint64{64} << 20;

    // The decisions for a village (docs/batch-format.md §14): its verdicts stored after the request's
    // `after`, with the reviewers who signed them, signed by the hub's current key and sealed to the
    // requesting device. The request must be signed by an enrolled device for its own vault and
    // village (SyncNotEnrolled otherwise, SyncDeviceRevoked for a revoked one; SyncFileMalformed and
    // the like for a file that is not a request). At most DecisionList::kMaxEntries verdicts and
    // kMaxDecisionPageBytes, but one at least when there is one.
    Result<DecisionPage> decisions(const QByteArray &signedRequest);
    // As above, with the page's limits of the caller's (tests): at least one entry still.
    Result<DecisionPage> decisions(const QByteArray &signedRequest, int maxEntries, qint64 maxBytes);
    // The same list for the USB route (`verdes-hub decisions`), sealed to the newest unrevoked device
    // enrolled for the village (HubVillageNotEnrolled when there is none).
    Result<DecisionPage> decisionsFor(const QString &villageCode, quint64 after);

    // A village's snapshot as published: its serial and label, and whether this call stored it.
    struct PublishedSnapshot
    {
        QString villageCode;
        quint64 serial = 0;
        QString label;
        QString fileName;
        bool stored = false; // false: the same CSV was published before, under `serial`
    };

    // Publishes a quarterly snapshot of a village of this hub's district (docs/batch-format.md §16,
    // `verdes-hub snapshot`): the CSV (DOMAIN.md §13) as the operator has it, under the village's next
    // serial. Refused, nothing stored: a village outside the district (SyncOtherDistrict), an empty CSV
    // (CsvEmpty) or one over SignedSnapshot::kMaxCsvBytes (SyncFileTooLarge), a file the CSV reader
    // cannot read (its F errors), and a CSV with a row of another village (SnapshotOtherVillage). The
    // same bytes published again for the village give back the serial they have.
    Result<PublishedSnapshot> publishSnapshot(const QString &villageCode,
                                              const QByteArray &csv,
                                              const QString &fileName,
                                              const QString &label);

    struct SnapshotFile
    {
        QByteArray sealedFile;
        QString villageCode;
        QByteArray deviceKeyId; // the device it is sealed to
        quint64 serial = 0;
        QString label;
    };

    // The village's snapshot `serial` (its newest for 0), signed by the hub's current key and sealed to
    // the newest unrevoked device enrolled for the village (HubVillageNotEnrolled when there is none;
    // SnapshotNotFound when the hub has no such snapshot).
    Result<SnapshotFile> snapshotFor(const QString &villageCode, quint64 serial = 0);

    // The signing key's fingerprint, to read aloud to a village.
    Result<QString> fingerprint();

    struct Claimed
    {
        sync::ClaimAnswer answer;
        QByteArray answerFile; // signed by the hub's current key (FileKind::ClaimAnswer)
    };

    // Takes or releases items for a reviewer (docs/batch-format.md §17, POST /v1/review/claims) and
    // answers, per item, granted, released, held by another reviewer until when, or unknown. The request
    // must be signed by an enrolled, unrevoked reviewer of this hub for their own vault
    // (SyncReviewerNotEnrolled otherwise; SyncFileMalformed, SyncSignatureInvalid for a file that is not
    // a request), and its sequence above the key's last one (ReviewClaimReplayed: nothing changes).
    Result<Claimed> claim(const QByteArray &signedRequest);

private:
    struct Keys;

    Result<Ingested> refuse(sync::Receipt receipt, sync::ReceiptReason reason, const QString &detail);
    // `newestGeneration`: the newest generation of the keys, when the caller just read it.
    Result<QByteArray> signReceipt(const sync::Receipt &receipt,
                                   std::optional<quint32> newestGeneration = std::nullopt);
    // A receipt the hub stored, read with the generation that signed it; signed again by the current
    // key when an older one signed it (the same body: the same receipt).
    Result<std::pair<sync::Receipt, QByteArray>>
    storedReceipt(const QByteArray &file, std::optional<quint32> newestGeneration = std::nullopt);
    // The hub's keys, read from the storage the first time and kept for a minute (or read again when
    // `fresh`): each read copies the secrets into fresh secure memory (a few system calls per key),
    // and every upload used them three times.
    Result<const Keys *> keys(bool fresh = false);
    // The keys, read again first if another process made a newer generation: for signing.
    Result<const Keys *> signingKeys(std::optional<quint32> newestGeneration = std::nullopt);
    // The page of decisions for `device` after `after` (decisions, decisionsFor).
    Result<DecisionPage>
    decisionPage(const HubDevice &device, quint64 after, int maxEntries, qint64 maxBytes);
    // The newest unrevoked device enrolled for the village (HubVillageNotEnrolled when there is none).
    Result<HubDevice> newestDevice(const QString &villageCode);
    // Whether another reviewer's claim, not expired, keeps this verdict's reviewer off its item.
    Result<bool> claimedByOther(const sync::Verdict &verdict);
    // Ends the claims of the accepted verdicts' reviewers where the verdict hands the item on or closes it.
    Result<void> endClaims(const QList<HubVerdict> &accepted);
    // The hub's settings, read once: nothing changes them after `init`.
    Result<const HubSettings *> settings();
    QString now() const;

    std::unique_ptr<HubStorage> m_storage;
    Clock &m_clock;
    std::unique_ptr<Keys> m_keys;
    std::optional<HubSettings> m_settings;
    // The public keys of the devices that sent batches, by key id (the key's hash: never stale).
    QHash<QByteArray, QByteArray> m_publicKeys;
    // The revoked devices of the revocation list, with the revocation serial they were read at.
    std::optional<std::pair<quint64, QList<sync::RevocationEntry>>> m_revoked;
};

} // namespace verdes::hub
