// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The district hub (issue 13 §4): enrolment, ingest and its receipts, refusals, duplicate items,
// two hub processes on one storage, revocation lists, the hub's key file, and the reviewers' verdicts
// and the villages' decisions (issue 14 §1–2). Every test runs once per kind of hub storage
// (initTestCase_data): the embedded SQLCipher database, and PostgreSQL 15 on a throw-away server of
// the test's own (tests/support/PostgresServer). Batches and verdicts are made by hand
// from fixed device seeds; key ids, times and reason codes are written out from docs/batch-format.md,
// not taken from the code; every receipt is read back as a village reads it.

#include "models/core/Error.h"
#include "models/core/PublicKey.h"
#include "models/review/ReviewQueueRepository.h"
#include "models/vault/Database.h"
#include "models/vault/Kdf.h"
#include "models/vault/Vault.h"
#include "sync/batch/Batch.h"
#include "sync/batch/DecisionList.h"
#include "sync/batch/EnrolmentAnswer.h"
#include "sync/batch/EnrolmentRequest.h"
#include "sync/batch/Envelope.h"
#include "sync/batch/HubKeyChain.h"
#include "sync/batch/Receipt.h"
#include "sync/batch/ReviewClaim.h"
#include "sync/batch/ReviewFeed.h"
#include "sync/batch/ReviewerEnrolment.h"
#include "sync/batch/RevocationList.h"
#include "sync/batch/Snapshot.h"
#include "sync/batch/Verdict.h"
#include "sync/crypto/Sealer.h"
#include "sync/crypto/Signer.h"
#include "sync/hub/Hub.h"
#include "sync/hub/PostgresHubRepository.h"
#include "sync/hub/SqliteHubRepository.h"
#include "sync/review/ReviewInbox.h"
#include "sync/review/ReviewerEnrolment.h"
#include "tests/support/FakeClock.h"
#include "tests/support/PostgresServer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <array>
#include <functional>
#include <latch>
#include <memory>
#include <thread>
#include <utility>

using namespace verdes;
using namespace verdes::hub;
using namespace verdes::sync;

namespace {

QByteArray sha(QByteArrayView data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
}

QByteArray hex(const char *text)
{
    return QByteArray::fromHex(text);
}

// A seed of 32 bytes fill, fill+1, …: fixed keys, so that key ids can be written out below.
SecureBytes seed(int fill)
{
    SecureBytes bytes(32);
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        bytes.data()[i] = static_cast<unsigned char>(fill + static_cast<int>(i)); // NOLINT
    }
    return bytes;
}

Signer signerOf(int fill)
{
    return std::move(Signer::fromSeed(seed(fill))).value();
}

Envelope::SignFunction signWith(const Signer &signer)
{
    return [&signer](const QByteArray &bytes) -> Result<QByteArray> {
        return signer.sign(bytes);
    };
}

QByteArray signedFile(FileKind kind, const Signer &signer, const QByteArray &body)
{
    return std::move(Envelope::sign(kind, signer.publicKey(), body, signWith(signer))).value();
}

QByteArray sealedTo(const QByteArray &signedFile, const QByteArray &sealingKey)
{
    return std::move(Envelope::seal(signedFile, sealingKey)).value();
}

QString failure(const Error &error)
{
    return QStringLiteral("%1: %2").arg(static_cast<int>(error.code)).arg(error.detail);
}

// A village device: its key's seed, and what its vault says of it. The key ids were computed apart
// from this code (Python: the Ed25519 public key of the seed with `cryptography`, then
// hashlib.blake2b(public_key, digest_size=8)); Sukamaju's is the one of tests/data/batch/vector-1.
struct Village
{
    int seedFill = 0;
    const char *keyId = nullptr;
    const char *villageCode = nullptr;
    const char *villageName = nullptr;
    const char *vaultId = nullptr;

    Signer key() const { return signerOf(seedFill); }

    QByteArray id() const { return hex(keyId); }
};

const Village kSukamaju{0x10, "3bb315866bd1d77d", "3310042001", "Sukamaju", "vault-7f3a"};
const Village kMojoroto{0x28, "97554c0b30bc93bb", "3310042002", "Mojoroto", "vault-b2c4"}; // id ≥ 0x80
const Village kKarangan{0x30, "02de8bd5bde145ea", "3310051003", "Karangan", "vault-c9d1"};
// Enrolled nowhere.
const Village kStranger{0x70, "12de2ac21eaf32a3", "3310042001", "Sukamaju", "vault-7f3a"};
// In another regency (3311), so not this hub's.
const Village kElsewhere{0x50, "6e87d40ad6ee41a8", "3311012004", "Jatinom", "vault-e5f6"};

QByteArray requestFile(const Village &village)
{
    EnrolmentRequest request;
    request.vaultId = QString::fromUtf8(village.vaultId);
    request.villageCode = QString::fromUtf8(village.villageCode);
    request.villageName = QString::fromUtf8(village.villageName);
    request.devicePublicKey = village.key().publicKey();
    request.officer = QStringLiteral("Sri Lestari");
    request.createdAt = QStringLiteral("2026-11-02T08:15:00.000Z");
    request.appVersion = QStringLiteral("0.1.0");
    return signedFile(FileKind::EnrolmentRequest, village.key(), request.encode());
}

// A reviewer of the district office, with a key of their own; the key ids computed apart as the villages'.
struct Reviewer
{
    int seedFill = 0;
    const char *keyId = nullptr;
    const char *name = nullptr;
    ReviewerRole role = ReviewerRole::Verifier;

    Signer key() const { return signerOf(seedFill); }

    QByteArray id() const { return hex(keyId); }
};

const Reviewer kVerifier{0x90, "7781ed1f50558af7", "Dewi Anggraini", ReviewerRole::Verifier};
const Reviewer kOfficeHead{0xa0, "3f120268a4ac50b9", "Bambang Wijaya", ReviewerRole::OfficeHead};

QByteArray reviewerRequestFile(const Reviewer &reviewer,
                               const QString &districtCode = QStringLiteral("3310"),
                               std::optional<ReviewerRole> role = std::nullopt)
{
    ReviewerRequest request;
    request.vaultId = QStringLiteral("district-3310-9c1e");
    request.districtCode = districtCode;
    request.officeName = QStringLiteral("Dinas Sosial Kabupaten Klaten");
    request.reviewerName = QString::fromUtf8(reviewer.name);
    request.role = role.value_or(reviewer.role);
    request.reviewerPublicKey = reviewer.key().publicKey();
    request.createdAt = QStringLiteral("2026-11-23T08:00:00.000Z");
    request.appVersion = QStringLiteral("0.1.0");
    return signedFile(FileKind::ReviewerRequest, reviewer.key(), request.encode());
}

// A batch as a village's outbox makes it (docs/batch-format.md §4), with one item per proposal id;
// proposal 0 is a household proposed for removal (FLAGGED_REMOVAL), which has no proposal number.
Batch batchOf(const Village &village,
              quint64 sequence,
              const std::optional<QByteArray> &previous,
              const QList<quint64> &proposals)
{
    Batch batch;
    batch.villageCode = QString::fromUtf8(village.villageCode);
    batch.vaultId = QString::fromUtf8(village.vaultId);
    batch.sequence = sequence;
    batch.previous = previous;
    batch.createdAt = QStringLiteral("2026-11-20T10:00:00.000Z");
    batch.auditSeq = 40 + sequence;
    batch.auditHash = sha(QByteArray::number(batch.auditSeq));
    batch.meeting = QByteArrayLiteral("{\"format\":\"verdes-meeting-seal/1\",\"meeting\":")
                    + QByteArray::number(sequence) + '}';
    batch.meetingSha256 = sha(batch.meeting);
    batch.meetingSignature = village.key().sign(batch.meeting);
    for (const quint64 id : proposals) {
        BatchItem item;
        item.proposalId = id;
        item.type = id == 0 ? QStringLiteral("FLAGGED_REMOVAL") : QStringLiteral("MEMBER_DECEASED");
        item.channel = QStringLiteral("operator");
        item.household = QStringLiteral("H%1").arg(id, 4, 10, QLatin1Char('0'));
        item.reason = QStringLiteral("Meninggal menurut ketua RT");
        item.details = QStringLiteral("{}");
        item.changes = {{QStringLiteral("households"),
                         item.household,
                         QStringLiteral("presence"),
                         QStringLiteral("1"),
                         QStringLiteral("2"),
                         QString()}};
        item.bases = {{QStringLiteral("households"), item.household, 1}};
        batch.items.append(item);
    }
    return batch;
}

QByteArray signedBatch(const Batch &batch, const Signer &signer)
{
    return signedFile(FileKind::Batch, signer, batch.encode());
}

// The 32-byte key of a hub folder's hub.key.
Result<SecureBytes> readHubKey(const QString &folder)
{
    QFile file(QDir(folder).filePath(QStringLiteral("hub.key")));
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(ErrorCode::FileNotFound, {file.fileName()}, file.errorString());
    }
    QByteArray raw = QByteArray::fromHex(file.readAll().trimmed());
    SecureBytes key = SecureBytes::copyOf(std::span(reinterpret_cast<const unsigned char *>(raw.constData()),
                                                    static_cast<std::size_t>(raw.size()))); // NOLINT
    raw.fill('\0');
    return key;
}

// The kinds of hub storage the tests run on. Each makes a new, empty hub, and opens further
// connections to that same hub, as a second hub process would.
class StorageKind
{
public:
    StorageKind() = default;
    virtual ~StorageKind() = default;
    StorageKind(const StorageKind &) = delete;
    StorageKind &operator=(const StorageKind &) = delete;
    StorageKind(StorageKind &&) = delete;
    StorageKind &operator=(StorageKind &&) = delete;

    virtual Result<std::unique_ptr<Hub>> makeHub(const Hub::InitOptions &options, Clock &clock) = 0;
    // The same hub again, through a new connection to its storage.
    virtual Result<std::unique_ptr<Hub>> openHub(Clock &clock) = 0;
    virtual Result<std::unique_ptr<HubStorage>> openStorage() = 0;
};

// The embedded storage: a hub folder in a temporary folder, made and opened as verdes-hub does.
class SqliteKind final : public StorageKind
{
public:
    QString folder() const { return m_dir.filePath(QStringLiteral("hub")); }

    Result<std::unique_ptr<Hub>> makeHub(const Hub::InitOptions &options, Clock &clock) override
    {
        if (!m_dir.isValid()) {
            return Error(ErrorCode::FileWriteFailed, {m_dir.path()}, QStringLiteral("no temporary folder"));
        }
        VERDES_TRY(Hub::init(folder(), options, clock));
        return Hub::open(folder(), {}, clock);
    }

    Result<std::unique_ptr<Hub>> openHub(Clock &clock) override { return Hub::open(folder(), {}, clock); }

    Result<std::unique_ptr<HubStorage>> openStorage() override
    {
        VERDES_TRY_ASSIGN(key, readHubKey(folder()));
        VERDES_TRY_ASSIGN(storage,
                          SqliteHubRepository::open(QDir(folder()).filePath(QStringLiteral("hub.db")), key));
        return std::unique_ptr<HubStorage>(std::move(storage));
    }

private:
    QTemporaryDir m_dir;
};

// PostgreSQL: a new database on the test's server for each hub, made with `init --postgres` as the
// operator does; the folder keeps hub.key and hub.conf, and is opened as any hub folder.
class PostgresKind final : public StorageKind
{
public:
    explicit PostgresKind(test::PostgresServer &server)
        : m_server(server)
    {}

    QString folder() const { return m_dir.filePath(QStringLiteral("hub")); }

    test::PostgresServer &server() const { return m_server; }

    const QString &database() const { return m_database; }

    QString uri() const { return m_server.uri(m_database); }

    Result<std::unique_ptr<Hub>> makeHub(const Hub::InitOptions &options, Clock &clock) override
    {
        if (!m_dir.isValid()) {
            return Error(ErrorCode::FileWriteFailed, {m_dir.path()}, QStringLiteral("no temporary folder"));
        }
        VERDES_TRY_ASSIGN(database, m_server.createDatabase());
        m_database = database;
        Hub::InitOptions onPostgres = options;
        onPostgres.postgresUri = uri();
        VERDES_TRY(Hub::init(folder(), onPostgres, clock));
        return Hub::open(folder(), {}, clock);
    }

    Result<std::unique_ptr<Hub>> openHub(Clock &clock) override { return Hub::open(folder(), {}, clock); }

    Result<std::unique_ptr<HubStorage>> openStorage() override
    {
        VERDES_TRY_ASSIGN(key, readHubKey(folder()));
        VERDES_TRY_ASSIGN(storage, PostgresHubRepository::open(uri(), key));
        return std::unique_ptr<HubStorage>(std::move(storage));
    }

private:
    test::PostgresServer &m_server;
    QTemporaryDir m_dir;
    QString m_database;
};

std::unique_ptr<StorageKind> makeStorageKind(const QString &name, test::PostgresServer *postgres)
{
    if (name == u"sqlite") {
        return std::make_unique<SqliteKind>();
    }
    if (name == u"postgres" && postgres != nullptr) {
        return std::make_unique<PostgresKind>(*postgres);
    }
    return nullptr;
}

// A storage that lets another hub process step in just before this one stores a batch: the one moment
// two processes can race (HubStorage::storeAccepted). Everything else goes straight through.
class InterleavingStorage final : public HubStorage
{
public:
    InterleavingStorage(std::unique_ptr<HubStorage> inner, std::function<void()> beforeFirstStore)
        : m_inner(std::move(inner))
        , m_beforeFirstStore(std::move(beforeFirstStore))
    {}

    Result<std::unique_ptr<HubStorage>> another() override { return m_inner->another(); }

    Result<void> initialise(const HubSettings &settings, const HubKeys &keys) override
    {
        return m_inner->initialise(settings, keys);
    }

    Result<HubSettings> settings() override { return m_inner->settings(); }

    Result<std::vector<HubKeys>> keys() override { return m_inner->keys(); }

    Result<bool> addKeys(const HubKeys &keys) override { return m_inner->addKeys(keys); }

    Result<quint32> newestKeyGeneration() override { return m_inner->newestKeyGeneration(); }

    Result<void> putDevice(const HubDevice &device) override { return m_inner->putDevice(device); }

    Result<std::optional<HubDevice>> device(const QByteArray &keyId) override
    {
        return m_inner->device(keyId);
    }

    Result<QList<HubDevice>> devices() override { return m_inner->devices(); }

    Result<void> enrolReviewer(const HubReviewer &reviewer) override
    {
        return m_inner->enrolReviewer(reviewer);
    }

    Result<std::optional<HubReviewer>> reviewer(const QByteArray &keyId) override
    {
        return m_inner->reviewer(keyId);
    }

    Result<QList<HubReviewer>> reviewers() override { return m_inner->reviewers(); }

    Result<quint64> revoke(const QByteArray &keyId, const QString &at) override
    {
        return m_inner->revoke(keyId, at);
    }

    Result<quint64> revocationSerial() override { return m_inner->revocationSerial(); }

    Result<std::optional<QByteArray>> receiptOf(const QByteArray &batchId) override
    {
        return m_inner->receiptOf(batchId);
    }

    Result<QSet<quint64>> sentProposals(const QByteArray &deviceKeyId,
                                        const QList<quint64> &proposalIds) override
    {
        return m_inner->sentProposals(deviceKeyId, proposalIds);
    }

    Result<bool> storeAccepted(const HubBatch &batch, quint64 expectedLastSequence) override
    {
        ++m_stores;
        if (m_beforeFirstStore) {
            std::exchange(m_beforeFirstStore, nullptr)();
        }
        return m_inner->storeAccepted(batch, expectedLastSequence);
    }

    Result<QList<HubFeedEntry>> feedAfter(quint64 after, int maxEntries, qint64 maxBytes) override
    {
        return m_inner->feedAfter(after, maxEntries, maxBytes);
    }

    Result<quint64> latestFeedSerial() override { return m_inner->latestFeedSerial(); }

    Result<std::optional<HubBatch>> storedBatch(const QByteArray &batchId) override
    {
        return m_inner->storedBatch(batchId);
    }

    Result<bool> storeVerdicts(const QList<HubVerdict> &verdicts) override
    {
        ++m_verdictStores;
        if (m_beforeFirstStore) {
            std::exchange(m_beforeFirstStore, nullptr)();
        }
        return m_inner->storeVerdicts(verdicts);
    }

    Result<std::optional<HubItemHead>> itemHead(const QByteArray &batchId, quint32 position) override
    {
        return m_inner->itemHead(batchId, position);
    }

    Result<bool> hasVerdict(const QByteArray &verdictId) override { return m_inner->hasVerdict(verdictId); }

    Result<QList<HubVerdict>>
    verdictsAfter(const QString &villageCode, quint64 after, int maxEntries, qint64 maxBytes) override
    {
        return m_inner->verdictsAfter(villageCode, after, maxEntries, maxBytes);
    }

    Result<quint64> latestVerdictSerial(const QString &villageCode) override
    {
        return m_inner->latestVerdictSerial(villageCode);
    }

    Result<std::pair<HubSnapshot, bool>> storeSnapshot(const HubSnapshot &snapshot) override
    {
        return m_inner->storeSnapshot(snapshot);
    }

    Result<std::optional<HubSnapshot>> snapshot(const QString &villageCode, quint64 serial) override
    {
        return m_inner->snapshot(villageCode, serial);
    }

    Result<void> noteRefusal(const QByteArray &fileSha256,
                             const QByteArray &deviceKeyId,
                             const QString &reason,
                             const QString &at) override
    {
        return m_inner->noteRefusal(fileSha256, deviceKeyId, reason, at);
    }

    Result<HubCounts> counts() override { return m_inner->counts(); }

    Result<std::optional<QList<std::optional<HubClaim>>>> applyClaims(const QByteArray &reviewerKeyId,
                                                                      quint64 sequence,
                                                                      const QList<ClaimItem> &items,
                                                                      const QString &until,
                                                                      const QString &now) override
    {
        return m_inner->applyClaims(reviewerKeyId, sequence, items, until, now);
    }

    Result<std::optional<HubClaim>> claimOn(const QByteArray &batchId, quint32 position) override
    {
        return m_inner->claimOn(batchId, position);
    }

    Result<void>
    endClaim(const QByteArray &batchId, quint32 position, const QByteArray &reviewerKeyId) override
    {
        return m_inner->endClaim(batchId, position, reviewerKeyId);
    }

    int stores() const { return m_stores; }

    int verdictStores() const { return m_verdictStores; }

private:
    std::unique_ptr<HubStorage> m_inner;
    std::function<void()> m_beforeFirstStore;
    int m_stores = 0;
    int m_verdictStores = 0;
};

// What a look found, or `otherwise` when it failed.
template <typename T>
T valueOr(const Result<T> &result, T otherwise)
{
    return result ? *result : otherwise;
}

// A review feed request (docs/batch-format.md §12) as a district review vault makes it, signed by `by`.
QByteArray feedRequest(const Signer &by,
                       quint64 after,
                       const QString &vaultId = QStringLiteral("district-3310-9c1e"),
                       const std::optional<QByteArray> &namedKeyId = std::nullopt)
{
    ReviewFeedRequest request;
    request.vaultId = vaultId;
    request.reviewerKeyId = namedKeyId.value_or(PublicKey::idOf(by.publicKey()));
    request.after = after;
    request.createdAt = QStringLiteral("2026-11-23T10:00:00.000Z");
    return signedFile(FileKind::ReviewFeedRequest, by, request.encode());
}

// Opens a sealed feed page with a reviewer's own key (its Ed25519 secret: seed, then public key),
// checks the hub's signature and reads it.
Result<ReviewFeed> openFeed(const QByteArray &sealed, const Signer &reviewer, const QByteArray &hubSigningKey)
{
    SecureBytes secret(64);
    const QByteArray &publicKey = reviewer.publicKey();
    std::copy_n(reviewer.seed().data(), 32, secret.data());
    std::copy_n(
        reinterpret_cast<const unsigned char *>(publicKey.constData()), 32, secret.data() + 32); // NOLINT
    VERDES_TRY_ASSIGN(sealing, SealingKey::fromSigningSecret(secret));
    VERDES_TRY_ASSIGN(signedPage, Envelope::unseal(sealed, sealing));
    VERDES_TRY_ASSIGN(body, Envelope::openSigned(signedPage, FileKind::ReviewFeed, hubSigningKey));
    return ReviewFeed::decode(body);
}

// A verdict on item `position` of `batch` (docs/batch-format.md §13) as a district review vault makes
// it, by `by` in their enrolled role; a return and a rejection carry a reason, a ground check its parts.
Verdict verdictOn(const Batch &batch,
                  quint32 position,
                  const Reviewer &by,
                  ProposalState state,
                  const std::optional<QByteArray> &previous = std::nullopt)
{
    Verdict v;
    v.districtCode = QStringLiteral("3310");
    v.villageCode = batch.villageCode;
    v.batchId = Batch::idOf(batch.encode());
    v.position = position;
    v.proposalId = batch.items.value(static_cast<qsizetype>(position)).proposalId;
    v.reviewerKeyId = PublicKey::idOf(by.key().publicKey());
    v.role = Verdict::roleFor(state);
    v.state = state;
    if (state == ProposalState::Returned) {
        v.reason = ReviewReason{ReviewReason::Kind::Return, 1};
    } else if (state == ProposalState::RejectedByDinas) {
        v.reason = ReviewReason{ReviewReason::Kind::Reject, 2};
    }
    if (state == ProposalState::GcAssigned) {
        v.facilitator = QStringLiteral("Agus Setiawan");
    }
    if (state == ProposalState::GcDone) {
        v.groundCheck = GroundCheckResult::Verified;
    }
    v.note = QStringLiteral("Catatan peninjau");
    v.previous = previous;
    v.decidedAt = QStringLiteral("2026-11-24T10:00:00.000Z");
    return v;
}

QByteArray signedVerdict(const Verdict &verdict, const Signer &by)
{
    return signedFile(FileKind::Verdict, by, verdict.encode());
}

// An upload of signed verdicts (§13) signed by `by` for the district review vault.
QByteArray verdictUpload(const Signer &by,
                         const QList<QByteArray> &verdicts,
                         const QString &vaultId = QStringLiteral("district-3310-9c1e"))
{
    VerdictUpload upload;
    upload.vaultId = vaultId;
    upload.reviewerKeyId = PublicKey::idOf(by.publicKey());
    upload.createdAt = QStringLiteral("2026-11-24T11:00:00.000Z");
    upload.verdicts = verdicts;
    return signedFile(FileKind::VerdictUpload, by, upload.encode());
}

// A decisions request (§14) as a village vault makes it, signed by its device key.
QByteArray decisionRequest(const Village &village,
                           quint64 after,
                           const QString &villageCode = {},
                           const Village *signedBy = nullptr)
{
    DecisionRequest request;
    request.vaultId = QString::fromUtf8(village.vaultId);
    request.villageCode = villageCode.isEmpty() ? QString::fromUtf8(village.villageCode) : villageCode;
    request.deviceKeyId = village.id();
    request.after = after;
    request.createdAt = QStringLiteral("2026-11-25T07:00:00.000Z");
    return signedFile(
        FileKind::DecisionRequest, (signedBy != nullptr ? *signedBy : village).key(), request.encode());
}

// Opens a sealed decision list with a village device's own key, as the village vault does, checks the
// hub's signature and reads it.
Result<DecisionList>
openDecisions(const QByteArray &sealed, const Signer &device, const QByteArray &hubSigningKey)
{
    SecureBytes secret(64);
    const QByteArray &publicKey = device.publicKey();
    std::copy_n(device.seed().data(), 32, secret.data());
    std::copy_n(
        reinterpret_cast<const unsigned char *>(publicKey.constData()), 32, secret.data() + 32); // NOLINT
    VERDES_TRY_ASSIGN(sealing, SealingKey::fromSigningSecret(secret));
    VERDES_TRY_ASSIGN(signedList, Envelope::unseal(sealed, sealing));
    VERDES_TRY_ASSIGN(body, Envelope::openSigned(signedList, FileKind::DecisionList, hubSigningKey));
    return DecisionList::decode(body);
}

// A signed snapshot as the village opens it: with its device key, then the hub's signature.
Result<SignedSnapshot>
openSnapshot(const QByteArray &sealed, const Signer &device, const QByteArray &hubSigningKey)
{
    SecureBytes secret(64);
    const QByteArray &publicKey = device.publicKey();
    std::copy_n(device.seed().data(), 32, secret.data());
    std::copy_n(
        reinterpret_cast<const unsigned char *>(publicKey.constData()), 32, secret.data() + 32); // NOLINT
    VERDES_TRY_ASSIGN(sealing, SealingKey::fromSigningSecret(secret));
    VERDES_TRY_ASSIGN(signedFile, Envelope::unseal(sealed, sealing));
    VERDES_TRY_ASSIGN(body, Envelope::openSigned(signedFile, FileKind::Snapshot, hubSigningKey));
    return SignedSnapshot::decode(body);
}

// A small snapshot CSV (DOMAIN.md §13, the required columns) of `households` one-member households of
// `village`; the row of household `otherAt` (from 1) names `other` instead.
QByteArray snapshotCsv(const QString &village, int households, int otherAt = 0, const QString &other = {})
{
    QByteArray csv = "household_id,village_code,rt,person_id,name,sex,birth_date,relationship,presence,"
                     "marital_status,kk_number,nik\r\n";
    for (int i = 1; i <= households; ++i) {
        csv += QStringLiteral("H%1,%2,1,P%1,Warga %1,1,1980-01-01,1,1,2,,\r\n")
                   .arg(i)
                   .arg(i == otherAt ? other : village)
                   .toUtf8();
    }
    return csv;
}

QStringList words(std::initializer_list<const char *> texts)
{
    QStringList list;
    for (const char *text : texts) {
        list.append(QString::fromLatin1(text));
    }
    return list;
}

// The outcomes of a receipt in words, one per verdict: "accepted", "duplicate", "refused:out_of_order".
QStringList outcomesOf(const VerdictReceipt &receipt)
{
    QStringList words;
    for (const VerdictReceiptEntry &entry : receipt.entries) {
        words.append(entry.outcome == VerdictOutcome::Refused
                         ? QStringLiteral("refused:") + verdictRefusalCode(entry.refusal)
                         : verdictOutcomeCode(entry.outcome));
    }
    return words;
}

// A claim request (docs/batch-format.md §17) of `by`, signed by `signer` (by's own key unless named).
QByteArray claimRequestFile(const Reviewer &by,
                            quint64 sequence,
                            ClaimAction action,
                            quint32 days,
                            const QList<ClaimItem> &items,
                            const Reviewer *signer = nullptr,
                            const QString &vaultId = QStringLiteral("district-3310-9c1e"))
{
    ClaimRequest request;
    request.vaultId = vaultId;
    request.reviewerKeyId = by.id();
    request.sequence = sequence;
    request.action = action;
    request.days = days;
    request.createdAt = QStringLiteral("2026-11-23T09:00:00.000Z");
    request.items = items;
    const Signer key = (signer != nullptr ? *signer : by).key();
    return std::move(Envelope::sign(FileKind::ClaimRequest,
                                    by.key().publicKey(),
                                    request.encode(),
                                    [&key](const QByteArray &bytes) -> Result<QByteArray> {
                                        return key.sign(bytes);
                                    }))
        .value();
}

// The entries of a claim answer in words: "granted:Dewi Anggraini:2026-11-25T09:00:00.000Z", "released".
QStringList claimOutcomesOf(const ClaimAnswer &answer)
{
    QStringList words;
    for (const ClaimAnswerEntry &entry : answer.entries) {
        words.append(entry.holderName.isEmpty()
                         ? claimOutcomeCode(entry.outcome)
                         : claimOutcomeCode(entry.outcome) + u':' + entry.holderName + u':' + entry.until);
    }
    return words;
}

const QDateTime kStart(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);

} // namespace

class TestHub : public QObject
{
    Q_OBJECT

private:
    // One PostgreSQL server for the whole run, started by the first "postgres" row; it outlives
    // every hub (declared first, destroyed last).
    std::unique_ptr<test::PostgresServer> m_postgres;
    std::optional<Error> m_postgresFailure;
    // The hub under test, on the storage of the current global row.
    std::unique_ptr<StorageKind> m_kind;
    test::FakeClock m_clock{kStart};
    std::unique_ptr<Hub> m_hub;
    QByteArray m_signingKey; // the hub's, as its answers give them
    QByteArray m_sealingKey;
    QString m_hubId;

    Result<EnrolmentAnswer> enrol(const Village &village)
    {
        VERDES_TRY_ASSIGN(enrolled, m_hub->enrol(requestFile(village)));
        return enrolled.answer;
    }

    QByteArray sealed(const Batch &batch, const Village &village)
    {
        return sealedTo(signedBatch(batch, village.key()), m_sealingKey);
    }

    // Uploads a file and reads its receipt as the village does: signed by the hub signing key it
    // pinned, a body its reader accepts, the same receipt the hub says it gave, naming this hub and
    // the upload. The problem, or nothing.
    QString upload(Hub &hub, const QByteArray &file, Hub::Ingested &out) const
    {
        auto ingested = hub.ingest(file);
        if (!ingested) {
            return QStringLiteral("ingest failed: ") + failure(ingested.error());
        }
        out = *ingested;
        auto body = Envelope::openSigned(out.receiptFile, FileKind::Receipt, m_signingKey);
        if (!body) {
            return QStringLiteral("the receipt does not verify: ") + failure(body.error());
        }
        auto receipt = Receipt::decode(*body);
        if (!receipt) {
            return QStringLiteral("the village cannot read the receipt: ") + failure(receipt.error());
        }
        if (!(*receipt == out.receipt)) {
            return QStringLiteral("the receipt file is not the receipt returned");
        }
        if (receipt->hubId != m_hubId) {
            return QStringLiteral("the receipt names hub ") + receipt->hubId;
        }
        return {};
    }

    QString upload(const QByteArray &file, Hub::Ingested &out) const { return upload(*m_hub, file, out); }

    HubCounts counts() const
    {
        auto counted = m_hub->storage().counts();
        return counted ? *counted : HubCounts{-1, -1, -1, -1, -1, -1, -1};
    }

    HubDevice deviceOf(const Village &village) const
    {
        auto found = m_hub->storage().device(village.id());
        return found && *found ? **found : HubDevice{};
    }

private Q_SLOTS:

    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // Every test runs once per kind of storage.
    void initTestCase_data()
    {
        QTest::addColumn<QString>("storage");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgres") << QStringLiteral("postgres");
    }

    void init()
    {
        QFETCH_GLOBAL(QString, storage);
        if (storage == u"postgres") {
            if (!m_postgres && !m_postgresFailure) {
                auto started = test::PostgresServer::start();
                if (started) {
                    m_postgres = std::move(started).value();
                } else {
                    m_postgresFailure = started.error();
                }
            }
            if (!m_postgres) {
                // A developer without PostgreSQL may skip its row; CI must run it.
                if (m_postgresFailure->code == ErrorCode::FileNotFound
                    && qEnvironmentVariable("CI") != u"true") {
                    QSKIP(qPrintable(u"no PostgreSQL server for this row (install postgresql-15): "
                                     + m_postgresFailure->detail));
                }
                QFAIL(qPrintable(u"the test's PostgreSQL server did not start: "
                                 + failure(*m_postgresFailure)));
            }
        }
        m_kind = makeStorageKind(storage, m_postgres.get());
        QVERIFY(m_kind);
        m_clock.set(kStart);
        Hub::InitOptions options;
        options.name = QStringLiteral("Dinsos Klaten");
        options.districtCode = QStringLiteral("3310");
        options.url = QStringLiteral("https://verdes.dinsos.klatenkab.go.id:8443/");
        options.tlsPin = QByteArray(32, '\x33');
        options.maxOfflineDays = 30;
        auto hub = m_kind->makeHub(options, m_clock);
        QVERIFY2(hub, hub ? "" : qPrintable(failure(hub.error())));
        m_hub = std::move(hub).value();
        auto keys = m_hub->storage().keys();
        QVERIFY(keys);
        QCOMPARE(keys->size(), std::size_t{1});
        m_signingKey = keys->back().signingPublic;
        m_sealingKey = keys->back().sealingPublic;
        auto settings = m_hub->storage().settings();
        QVERIFY(settings);
        m_hubId = settings->hubId;
    }

    void cleanup()
    {
        m_hub.reset();
        m_kind.reset();
    }

    // --- Enrolment ---

    void anEnrolmentIsAnsweredWithTheHubsKeys()
    {
        const QByteArray request = requestFile(kSukamaju);
        auto enrolled = m_hub->enrol(request);
        QVERIFY2(enrolled, enrolled ? "" : qPrintable(failure(enrolled.error())));
        // The village reads the answer with the hub key it carries, then pins it.
        auto answer = EnrolmentAnswer::open(enrolled->answerFile);
        QVERIFY2(answer, answer ? "" : qPrintable(failure(answer.error())));
        QVERIFY(*answer == enrolled->answer);
        QCOMPARE(answer->deviceKeyId, hex("3bb315866bd1d77d"));
        QCOMPARE(answer->vaultId, QStringLiteral("vault-7f3a"));
        QCOMPARE(answer->villageCode, QStringLiteral("3310042001"));
        QCOMPARE(answer->districtCode, QStringLiteral("3310"));
        QCOMPARE(answer->hubName, QStringLiteral("Dinsos Klaten"));
        QCOMPARE(answer->hubId, m_hubId);
        QVERIFY(answer->hubId.startsWith(u"hub-3310-"));
        QCOMPARE(answer->hubSigningKey, m_signingKey);
        QCOMPARE(answer->hubSealingKey, m_sealingKey);
        QCOMPARE(answer->hubSigningKey.size(), 32);
        QCOMPARE(answer->hubSealingKey.size(), 32);
        QVERIFY(answer->hubSigningKey != answer->hubSealingKey);
        QCOMPARE(answer->hubFingerprint(), *m_hub->fingerprint());
        QCOMPARE(answer->hubUrl, QStringLiteral("https://verdes.dinsos.klatenkab.go.id:8443/"));
        QCOMPARE(answer->tlsCertificateSha256, std::optional<QByteArray>(QByteArray(32, '\x33')));
        QCOMPARE(answer->maxOfflineDays, quint32{30});
        QCOMPARE(answer->enrolledAt, QStringLiteral("2026-11-23T09:00:00.000Z"));
        QCOMPARE(answer->answersRequest, EnrolmentRequest::idOf(request));
        QCOMPARE(answer->answersRequest, sha(request));
        QCOMPARE(enrolled->request.fingerprint(), QStringLiteral("3BB3-1586-6BD1-D77D"));
        // Once pinned, the answer verifies with the pinned key like any other file from the hub.
        QVERIFY(Envelope::openSigned(enrolled->answerFile, FileKind::EnrolmentAnswer, m_signingKey));

        const HubDevice device = deviceOf(kSukamaju);
        QCOMPARE(device.keyId, hex("3bb315866bd1d77d"));
        QCOMPARE(device.publicKey, kSukamaju.key().publicKey());
        QCOMPARE(device.villageName, QStringLiteral("Sukamaju"));
        QCOMPARE(device.officer, QStringLiteral("Sri Lestari"));
        QVERIFY(!device.isRevoked());
        QCOMPARE(device.lastSequence, quint64{0});
        QVERIFY(device.lastBatchId.isEmpty());
        QCOMPARE(counts().devices, 1);
    }

    void aRequestFromAnotherDistrictIsRefused()
    {
        auto enrolled = m_hub->enrol(requestFile(kElsewhere));
        QVERIFY(!enrolled);
        QCOMPARE(enrolled.error().code, ErrorCode::SyncOtherDistrict);
        QVERIFY(!describe(enrolled.error()).isEmpty());
        QCOMPARE(counts().devices, 0);
    }

    void aTamperedRequestIsRefused_data()
    {
        QTest::addColumn<int>("fault");
        QTest::newRow("village name changed") << 0;
        QTest::newRow("signature flipped") << 1;
        QTest::newRow("header names another key") << 2;
        QTest::newRow("truncated") << 3;
        QTest::newRow("signed by a stranger") << 4;
        QTest::newRow("a batch, not a request") << 5;
    }

    void aTamperedRequestIsRefused()
    {
        QFETCH(int, fault);
        QByteArray file = requestFile(kSukamaju);
        switch (fault) {
        case 0: {
            const qsizetype at = file.indexOf("Sukamaju");
            QVERIFY(at > 0);
            file[at + 7] = 'o';
            break;
        }
        case 1:
            file[file.size() - 1] = static_cast<char>(file.at(file.size() - 1) ^ 0x01);
            break;
        case 2:
            file.replace(5, 8, kMojoroto.id());
            break;
        case 3:
            file.chop(1);
            break;
        case 4: {
            // The body carries Sukamaju's key, but a stranger signed it.
            auto body = Envelope::unverifiedBody(file, FileKind::EnrolmentRequest);
            QVERIFY(body);
            file = signedFile(FileKind::EnrolmentRequest, kStranger.key(), *body);
            break;
        }
        default:
            file = signedBatch(batchOf(kSukamaju, 1, std::nullopt, {1}), kSukamaju.key());
            break;
        }
        auto enrolled = m_hub->enrol(file);
        QVERIFY(!enrolled);
        QVERIFY2(enrolled.error().code != ErrorCode::Internal, qPrintable(failure(enrolled.error())));
        QVERIFY(!describe(enrolled.error()).isEmpty());
        QCOMPARE(counts().devices, 0);
    }

    // A laptop the hub revoked asks again with a new key of the same vault (issue 13 §1): the vault's
    // chain of batches goes on under the new key, from where the revoked key left it. A vault has one
    // enrolled key at a time.
    void aRevokedVaultsNewKeyContinuesItsChain()
    {
        QVERIFY(enrol(kSukamaju));
        const Batch first = batchOf(kSukamaju, 1, std::nullopt, {101});
        Hub::Ingested up;
        QCOMPARE(upload(sealed(first, kSukamaju), up), QString());
        QCOMPARE(up.receipt.outcome, ReceiptOutcome::Accepted);
        // kStranger's key belongs to Sukamaju's vault: not while Sukamaju's key stands.
        auto twice = enrol(kStranger);
        QVERIFY(!twice);
        QCOMPARE(twice.error().code, ErrorCode::HubVaultHasKey);
        QVERIFY(describe(twice.error()).contains(QStringLiteral("3BB3-1586-6BD1-D77D")));
        QCOMPARE(counts().devices, 1);

        m_clock.advanceSeconds(60);
        QVERIFY(m_hub->revoke(QStringLiteral("3BB3-1586-6BD1-D77D")));
        auto anew = enrol(kStranger);
        QVERIFY2(anew, anew ? "" : qPrintable(failure(anew.error())));
        QCOMPARE(anew->deviceKeyId, kStranger.id());
        const HubDevice device = deviceOf(kStranger);
        QVERIFY(!device.isRevoked());
        QCOMPARE(device.lastSequence, quint64{1});
        QCOMPARE(device.lastBatchId, Batch::idOf(first.encode()));
        QVERIFY(deviceOf(kSukamaju).isRevoked());

        // The batch the vault made meanwhile, signed by its new key, is the next in the chain.
        const Batch second = batchOf(kSukamaju, 2, Batch::idOf(first.encode()), {102});
        QCOMPARE(upload(sealed(second, kStranger), up), QString());
        QCOMPARE(up.receipt.outcome, ReceiptOutcome::Accepted);
        QCOMPARE(up.receipt.sequence, quint64{2});
        QCOMPARE(up.receipt.deviceKeyId, kStranger.id());
        QCOMPARE(deviceOf(kStranger).lastSequence, quint64{2});
        // The revoked key is refused still, and the first batch again gets its first receipt.
        const Batch third = batchOf(kSukamaju, 3, Batch::idOf(second.encode()), {103});
        QCOMPARE(upload(sealed(third, kSukamaju), up), QString());
        QCOMPARE(up.receipt.outcome, ReceiptOutcome::Refused);
        QCOMPARE(up.receipt.reason, std::optional<ReceiptReason>(ReceiptReason::RevokedDevice));
        QCOMPARE(upload(sealed(first, kStranger), up), QString());
        QCOMPARE(up.receipt.sequence, quint64{1});
        QCOMPARE(up.receipt.deviceKeyId, kSukamaju.id());
        QCOMPARE(counts().batches, 2);
    }

    // --- Ingest ---

    void aBatchIsAcceptedWithASignedReceipt()
    {
        QVERIFY(enrol(kSukamaju));
        m_clock.advanceSeconds(300);
        const Batch first = batchOf(kSukamaju, 1, std::nullopt, {101, 102, 0});
        const QByteArray file = sealed(first, kSukamaju);
        Hub::Ingested up;
        QCOMPARE(upload(file, up), QString());
        QVERIFY(up.stored);
        QCOMPARE(up.receiptFile.first(4), QByteArray("VRCP"));
        QCOMPARE(up.receiptFile.sliced(5, 8), PublicKey::idOf(m_signingKey));
        const Receipt &receipt = up.receipt;
        QCOMPARE(receipt.outcome, ReceiptOutcome::Accepted);
        QVERIFY(!receipt.reason);
        QCOMPARE(receipt.batchId, std::optional<QByteArray>(Batch::idOf(first.encode())));
        QCOMPARE(receipt.fileSha256, sha(file));
        QCOMPARE(receipt.deviceKeyId, hex("3bb315866bd1d77d"));
        QCOMPARE(receipt.vaultId, QStringLiteral("vault-7f3a"));
        QCOMPARE(receipt.villageCode, QStringLiteral("3310042001"));
        QCOMPARE(receipt.sequence, quint64{1});
        QCOMPARE(receipt.expectedSequence, quint64{1});
        QCOMPARE(receipt.receivedAt, QStringLiteral("2026-11-23T09:05:00.000Z"));
        const QList<ReceiptItem> items = {{101, ReceiptOutcome::Accepted, std::nullopt},
                                          {102, ReceiptOutcome::Accepted, std::nullopt},
                                          {0, ReceiptOutcome::Accepted, std::nullopt}};
        QCOMPARE(receipt.items, items);

        HubCounts c = counts();
        QCOMPARE(c.batches, 1);
        QCOMPARE(c.items, 3);
        QCOMPARE(c.refusals, 0);
        HubDevice device = deviceOf(kSukamaju);
        QCOMPARE(device.lastSequence, quint64{1});
        QCOMPARE(device.lastBatchId, Batch::idOf(first.encode()));
        QCOMPARE(device.lastContact, QStringLiteral("2026-11-23T09:05:00.000Z"));
        auto stored = m_hub->storage().receiptOf(*receipt.batchId);
        QVERIFY(stored && *stored);
        QCOMPARE(**stored, up.receiptFile);

        // The next batch follows the first.
        m_clock.advanceSeconds(60);
        const Batch second = batchOf(kSukamaju, 2, Batch::idOf(first.encode()), {103});
        QCOMPARE(upload(sealed(second, kSukamaju), up), QString());
        QVERIFY(up.stored);
        QCOMPARE(up.receipt.outcome, ReceiptOutcome::Accepted);
        QCOMPARE(up.receipt.sequence, quint64{2});
        QCOMPARE(up.receipt.expectedSequence, quint64{2});
        QCOMPARE(up.receipt.receivedAt, QStringLiteral("2026-11-23T09:06:00.000Z"));
        c = counts();
        QCOMPARE(c.batches, 2);
        QCOMPARE(c.items, 4);
        device = deviceOf(kSukamaju);
        QCOMPARE(device.lastSequence, quint64{2});
        QCOMPARE(device.lastBatchId, Batch::idOf(second.encode()));
    }

    void theSameBatchAgainGetsTheSameReceipt()
    {
        QVERIFY(enrol(kSukamaju));
        const Batch first = batchOf(kSukamaju, 1, std::nullopt, {101, 102});
        const QByteArray file = sealed(first, kSukamaju);
        Hub::Ingested original;
        QCOMPARE(upload(file, original), QString());
        QVERIFY(original.stored);

        // Sealed again: other bytes (a fresh ephemeral key), the same batch id, later.
        m_clock.advanceSeconds(3600);
        const QByteArray again = sealed(first, kSukamaju);
        QVERIFY(again != file);
        Hub::Ingested second;
        QCOMPARE(upload(again, second), QString());
        QVERIFY(!second.stored);
        QCOMPARE(second.receiptFile, original.receiptFile);
        QCOMPARE(second.receipt.fileSha256, sha(file));
        QCOMPARE(second.receipt.receivedAt, QStringLiteral("2026-11-23T09:00:00.000Z"));
        // The very same file again.
        Hub::Ingested third;
        QCOMPARE(upload(file, third), QString());
        QVERIFY(!third.stored);
        QCOMPARE(third.receiptFile, original.receiptFile);

        // Still the same once the chain has moved past it.
        const Batch next = batchOf(kSukamaju, 2, Batch::idOf(first.encode()), {103});
        Hub::Ingested nextUp;
        QCOMPARE(upload(sealed(next, kSukamaju), nextUp), QString());
        QVERIFY(nextUp.stored);
        Hub::Ingested late;
        QCOMPARE(upload(sealed(first, kSukamaju), late), QString());
        QVERIFY(!late.stored);
        QCOMPARE(late.receiptFile, original.receiptFile);

        const HubCounts c = counts();
        QCOMPARE(c.batches, 2);
        QCOMPARE(c.items, 3);
        QCOMPARE(c.refusals, 0);
        QCOMPARE(deviceOf(kSukamaju).lastSequence, quint64{2});
    }

    // Each refusal with its reason code (docs/batch-format.md §7), and nothing stored. Batch 1 of
    // Sukamaju (proposals 101, 102) is accepted first.
    void refusals_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<QString>("reason");
        // The key id the receipt names: the sealed header's, zeros when there is none.
        QTest::addColumn<QByteArray>("deviceKeyId");
        // Whether the batch was read (so the receipt has its id and one item per item).
        QTest::addColumn<bool>("read");
        // What the hub expected next from the device; -1 where docs/batch-format.md leaves it open.
        QTest::addColumn<qint64>("expectedSequence");
        const QByteArray none(8, '\0');
        const QByteArray sukamaju = kSukamaju.id();
        QTest::newRow("unknown device")
            << 0 << QStringLiteral("unknown_device") << kStranger.id() << false << qint64{0};
        QTest::newRow("revoked device")
            << 1 << QStringLiteral("revoked_device") << sukamaju << false << qint64{-1};
        QTest::newRow("signed by another key")
            << 2 << QStringLiteral("bad_signature") << sukamaju << false << qint64{2};
        QTest::newRow("another village")
            << 3 << QStringLiteral("wrong_village") << sukamaju << true << qint64{2};
        QTest::newRow("another vault")
            << 4 << QStringLiteral("wrong_village") << sukamaju << true << qint64{2};
        QTest::newRow("sealed to another hub")
            << 5 << QStringLiteral("wrong_hub") << sukamaju << false << qint64{-1};
        QTest::newRow("random bytes") << 6 << QStringLiteral("malformed") << none << false << qint64{-1};
        QTest::newRow("empty file") << 7 << QStringLiteral("malformed") << none << false << qint64{-1};
        QTest::newRow("flipped byte in the seal")
            << 8 << QStringLiteral("malformed") << sukamaju << false << qint64{-1};
        QTest::newRow("truncated") << 9 << QStringLiteral("malformed") << none << false << qint64{-1};
        QTest::newRow("a body that does not read")
            << 10 << QStringLiteral("malformed") << sukamaju << false << qint64{-1};
        QTest::newRow("a receipt, not a batch")
            << 11 << QStringLiteral("malformed") << sukamaju << false << qint64{-1};
        QTest::newRow("batch 3 after 1")
            << 12 << QStringLiteral("sequence_gap") << sukamaju << true << qint64{2};
        QTest::newRow("another batch 1") << 13 << QStringLiteral("replay") << sukamaju << true << qint64{2};
        QTest::newRow("batch 2 not after 1")
            << 14 << QStringLiteral("replay") << sukamaju << true << qint64{2};
    }

    void refusals()
    {
        QFETCH(int, fault);
        QFETCH(QString, reason);
        QFETCH(QByteArray, deviceKeyId);
        QFETCH(bool, read);
        QFETCH(qint64, expectedSequence);
        QVERIFY(enrol(kSukamaju));
        const Batch first = batchOf(kSukamaju, 1, std::nullopt, {101, 102});
        const QByteArray firstId = Batch::idOf(first.encode());
        Hub::Ingested up;
        QCOMPARE(upload(sealed(first, kSukamaju), up), QString());
        QVERIFY(up.stored);

        Batch batch = batchOf(kSukamaju, 2, firstId, {103, 104});
        QByteArray file;
        switch (fault) {
        case 0:
            batch = batchOf(kStranger, 1, std::nullopt, {103});
            file = sealed(batch, kStranger);
            break;
        case 1:
            QVERIFY(m_hub->revoke(PublicKey::idText(kSukamaju.id())));
            file = sealed(batch, kSukamaju);
            break;
        case 2: {
            // Signed by a stranger, the header changed to name Sukamaju's key.
            QByteArray forged = signedBatch(batch, kStranger.key());
            forged.replace(5, 8, kSukamaju.id());
            file = sealedTo(forged, m_sealingKey);
            break;
        }
        case 3:
            batch.villageCode = QStringLiteral("3310042002");
            file = sealed(batch, kSukamaju);
            break;
        case 4:
            batch.vaultId = QStringLiteral("vault-other");
            file = sealed(batch, kSukamaju);
            break;
        case 5:
            file = sealedTo(signedBatch(batch, kSukamaju.key()),
                            std::move(SealingKey::fromSecret(seed(0x40))).value().publicKey());
            break;
        case 6: {
            QRandomGenerator random(20261123);
            file.resize(600);
            for (char &c : file) {
                c = static_cast<char>(random.bounded(256));
            }
            break;
        }
        case 7:
            break;
        case 8:
            file = sealed(batch, kSukamaju);
            file[29 + 40] = static_cast<char>(file.at(29 + 40) ^ 0x01);
            break;
        case 9:
            file = sealed(batch, kSukamaju);
            file.chop(1);
            break;
        case 10:
            file = sealedTo(signedFile(FileKind::Batch, kSukamaju.key(), QByteArray("not a batch")),
                            m_sealingKey);
            break;
        case 11: {
            Receipt receipt;
            receipt.hubId = m_hubId;
            receipt.fileSha256 = sha("x");
            receipt.deviceKeyId = kSukamaju.id();
            receipt.receivedAt = QStringLiteral("2026-11-23T09:00:00.000Z");
            receipt.outcome = ReceiptOutcome::Refused;
            receipt.reason = ReceiptReason::Malformed;
            file = sealedTo(signedFile(FileKind::Receipt, kSukamaju.key(), receipt.encode()), m_sealingKey);
            break;
        }
        case 12:
            batch = batchOf(kSukamaju, 3, sha("batch 2, never sent"), {103});
            file = sealed(batch, kSukamaju);
            break;
        case 13:
            batch = batchOf(kSukamaju, 1, std::nullopt, {103});
            file = sealed(batch, kSukamaju);
            break;
        default:
            batch.previous = sha("not batch 1");
            file = sealed(batch, kSukamaju);
            break;
        }
        const HubCounts before = counts();
        m_clock.advanceSeconds(60);
        QCOMPARE(upload(file, up), QString());
        QVERIFY(!up.stored);
        const Receipt &receipt = up.receipt;
        QCOMPARE(receipt.outcome, ReceiptOutcome::Refused);
        QVERIFY(receipt.reason);
        QCOMPARE(Receipt::reasonCode(*receipt.reason), reason);
        QVERIFY(!receipt.detail.isEmpty());
        QCOMPARE(receipt.fileSha256, sha(file));
        QCOMPARE(receipt.deviceKeyId, deviceKeyId);
        QCOMPARE(receipt.receivedAt, QStringLiteral("2026-11-23T09:01:00.000Z"));
        if (expectedSequence >= 0) {
            QCOMPARE(receipt.expectedSequence, static_cast<quint64>(expectedSequence));
        }
        if (read) {
            QCOMPARE(receipt.batchId, std::optional<QByteArray>(Batch::idOf(batch.encode())));
            QCOMPARE(receipt.villageCode, batch.villageCode);
            QCOMPARE(receipt.sequence, batch.sequence);
            QCOMPARE(receipt.items.size(), batch.items.size());
            for (qsizetype i = 0; i < batch.items.size(); ++i) {
                QCOMPARE(receipt.items.at(i).proposalId, batch.items.at(i).proposalId);
                QCOMPARE(receipt.items.at(i).outcome, ReceiptOutcome::Refused);
                QCOMPARE(receipt.items.at(i).reason, receipt.reason);
            }
        } else {
            QVERIFY(!receipt.batchId);
            QVERIFY(receipt.items.isEmpty());
        }

        const HubCounts after = counts();
        QCOMPARE(after.batches, before.batches);
        QCOMPARE(after.items, before.items);
        QCOMPARE(after.refusals, before.refusals + 1);
        const HubDevice device = deviceOf(kSukamaju);
        QCOMPARE(device.lastSequence, quint64{1});
        QCOMPARE(device.lastBatchId, firstId);
        auto stored = m_hub->storage().receiptOf(Batch::idOf(batch.encode()));
        QVERIFY(stored);
        QVERIFY(!stored->has_value());
        auto sent = m_hub->storage().sentProposals(kSukamaju.id(), {101, 103});
        QVERIFY(sent);
        QCOMPARE(*sent, QSet<quint64>{101});
    }

    // The items' texts are the village's: quotes, backslashes, commas and braces in them are stored as
    // they came (PostgreSQL takes a batch's items as arrays in one statement), and a later batch's
    // duplicate is still found among them.
    void itemTextsAreStoredWhateverTheyHold()
    {
        QVERIFY(enrol(kSukamaju));
        Batch first = batchOf(kSukamaju, 1, std::nullopt, {101, 102, 0});
        first.items[0].household = QStringLiteral("H\"1\\0,{1}");
        first.items[1].household = QStringLiteral("NULL");
        first.items[2].household = QString();
        first.items[2].type = QStringLiteral("FLAGGED \"REMOVAL\"");
        Hub::Ingested up;
        QCOMPARE(upload(sealed(first, kSukamaju), up), QString());
        QVERIFY(up.stored);
        QCOMPARE(up.receipt.outcome, ReceiptOutcome::Accepted);
        QCOMPARE(counts().items, 3);
        auto sent = m_hub->storage().sentProposals(kSukamaju.id(), {101, 102, 103});
        QVERIFY(sent);
        QCOMPARE(*sent, (QSet<quint64>{101, 102}));
    }

    // A proposal the hub already received is refused alone; households proposed for removal carry
    // no proposal number (0) and are never duplicates.
    void duplicateItemsAreRefusedOneByOne()
    {
        QVERIFY(enrol(kSukamaju));
        const Batch first = batchOf(kSukamaju, 1, std::nullopt, {101, 102, 0});
        Hub::Ingested up;
        QCOMPARE(upload(sealed(first, kSukamaju), up), QString());
        QCOMPARE(up.receipt.outcome, ReceiptOutcome::Accepted);

        const Batch second = batchOf(kSukamaju, 2, Batch::idOf(first.encode()), {103, 101, 0});
        const QByteArray secondFile = sealed(second, kSukamaju);
        Hub::Ingested partly;
        QCOMPARE(upload(secondFile, partly), QString());
        QVERIFY(partly.stored);
        QCOMPARE(partly.receipt.outcome, ReceiptOutcome::PartlyAccepted);
        QCOMPARE(partly.receipt.reason, std::optional(ReceiptReason::DuplicateItem));
        const QList<ReceiptItem> items = {{103, ReceiptOutcome::Accepted, std::nullopt},
                                          {101, ReceiptOutcome::Refused, ReceiptReason::DuplicateItem},
                                          {0, ReceiptOutcome::Accepted, std::nullopt}};
        QCOMPARE(partly.receipt.items, items);
        HubCounts c = counts();
        QCOMPARE(c.batches, 2);
        QCOMPARE(c.items, 6);
        QCOMPARE(deviceOf(kSukamaju).lastSequence, quint64{2});

        // A partly accepted batch sent again gets its receipt again, too.
        Hub::Ingested again;
        QCOMPARE(upload(sealed(second, kSukamaju), again), QString());
        QVERIFY(!again.stored);
        QCOMPARE(again.receiptFile, partly.receiptFile);

        // Every item a duplicate: the batch is refused, but it is stored in its place in the chain, so
        // that the next batch, which follows it, is taken.
        const QByteArray secondId = Batch::idOf(second.encode());
        const Batch repeated = batchOf(kSukamaju, 3, secondId, {102, 103, 101});
        Hub::Ingested refused;
        QCOMPARE(upload(sealed(repeated, kSukamaju), refused), QString());
        QVERIFY(refused.stored);
        QCOMPARE(refused.receipt.outcome, ReceiptOutcome::Refused);
        QCOMPARE(refused.receipt.reason, std::optional(ReceiptReason::DuplicateItem));
        QCOMPARE(refused.receipt.items.size(), 3);
        for (const ReceiptItem &item : std::as_const(refused.receipt.items)) {
            QCOMPARE(item.outcome, ReceiptOutcome::Refused);
            QCOMPARE(item.reason, std::optional(ReceiptReason::DuplicateItem));
        }
        c = counts();
        QCOMPARE(c.batches, 3);
        QCOMPARE(c.items, 9);
        QCOMPARE(c.refusals, 0);
        QCOMPARE(deviceOf(kSukamaju).lastSequence, quint64{3});
        Hub::Ingested refusedAgain;
        QCOMPARE(upload(sealed(repeated, kSukamaju), refusedAgain), QString());
        QVERIFY(!refusedAgain.stored);
        QCOMPARE(refusedAgain.receiptFile, refused.receiptFile);

        // Only households proposed for removal: never duplicates.
        const Batch removals = batchOf(kSukamaju, 4, Batch::idOf(repeated.encode()), {0, 0});
        Hub::Ingested accepted;
        QCOMPARE(upload(sealed(removals, kSukamaju), accepted), QString());
        QVERIFY(accepted.stored);
        QCOMPARE(accepted.receipt.outcome, ReceiptOutcome::Accepted);
        QCOMPARE(counts().items, 11);

        // Another village's proposal 101 is its own.
        QVERIFY(enrol(kMojoroto));
        Hub::Ingested other;
        QCOMPARE(upload(sealed(batchOf(kMojoroto, 1, std::nullopt, {101}), kMojoroto), other), QString());
        QCOMPARE(other.receipt.outcome, ReceiptOutcome::Accepted);
    }

    // --- Two hub processes on one storage ---

    void twoHubsAnswerTheSameBatchAlike()
    {
        QVERIFY(enrol(kSukamaju));
        auto opened = m_kind->openHub(m_clock);
        QVERIFY2(opened, opened ? "" : qPrintable(failure(opened.error())));
        Hub &other = **opened;
        const Batch first = batchOf(kSukamaju, 1, std::nullopt, {101});
        Hub::Ingested here;
        QCOMPARE(upload(sealed(first, kSukamaju), here), QString());
        QVERIFY(here.stored);
        m_clock.advanceSeconds(10);
        Hub::Ingested there;
        QCOMPARE(upload(other, sealed(first, kSukamaju), there), QString());
        QVERIFY(!there.stored);
        QCOMPARE(there.receiptFile, here.receiptFile);
        QCOMPARE(counts().batches, 1);
    }

    // Hub::another (a worker thread's hub): a connection of its own to the same storage, which sees
    // what this one stored and stores the device's next batch on the same chain; what one does, the
    // other sees at once.
    void anotherHubOnTheSameStorageSharesItsChains()
    {
        QVERIFY(enrol(kSukamaju));
        auto made = m_hub->another();
        QVERIFY2(made, made ? "" : qPrintable(failure(made.error())));
        Hub &other = **made;
        QVERIFY(&other.storage() != &m_hub->storage());
        const Batch first = batchOf(kSukamaju, 1, std::nullopt, {101});
        Hub::Ingested here;
        QCOMPARE(upload(sealed(first, kSukamaju), here), QString());
        QVERIFY(here.stored);
        Hub::Ingested again;
        QCOMPARE(upload(other, sealed(first, kSukamaju), again), QString());
        QVERIFY(!again.stored);
        QCOMPARE(again.receiptFile, here.receiptFile);
        const Batch second = batchOf(kSukamaju, 2, Batch::idOf(first.encode()), {102});
        Hub::Ingested there;
        QCOMPARE(upload(other, sealed(second, kSukamaju), there), QString());
        QVERIFY(there.stored);
        QCOMPARE(there.receipt.outcome, ReceiptOutcome::Accepted);
        auto chain = m_hub->storage().device(kSukamaju.id());
        QVERIFY(chain && *chain);
        QCOMPARE((*chain)->lastSequence, quint64(2));
        QCOMPARE(counts().batches, 2);
    }

    // Another process stores the same batch between this one's reading of the chain and its storing:
    // this one finds it stored and answers with that receipt.
    void aRaceForTheSameBatchGivesOneReceipt()
    {
        QVERIFY(enrol(kSukamaju));
        const Batch first = batchOf(kSukamaju, 1, std::nullopt, {101, 0});
        const QByteArray fileHere = sealed(first, kSukamaju);
        const QByteArray fileThere = sealed(first, kSukamaju);
        Hub::Ingested there;
        QString problemThere = QStringLiteral("never ran");
        auto storage = m_kind->openStorage();
        QVERIFY2(storage, storage ? "" : qPrintable(failure(storage.error())));
        auto interleaving = std::make_unique<InterleavingStorage>(std::move(storage).value(), [&] {
            problemThere = upload(*m_hub, fileThere, there);
        });
        InterleavingStorage &watched = *interleaving;
        Hub here(std::move(interleaving), m_clock);
        Hub::Ingested mine;
        QCOMPARE(upload(here, fileHere, mine), QString());
        QCOMPARE(problemThere, QString());
        QVERIFY(there.stored);
        QVERIFY(!mine.stored);
        QCOMPARE(watched.stores(), 1);
        QCOMPARE(mine.receiptFile, there.receiptFile);
        QCOMPARE(mine.receipt.fileSha256, sha(fileThere));
        const HubCounts c = counts();
        QCOMPARE(c.batches, 1);
        QCOMPARE(c.items, 2);
        QCOMPARE(c.refusals, 0);
    }

    // Two different batches with the same sequence, the second stored by another process between
    // this one's reading and storing: exactly one is accepted, the other is a replay.
    void aRaceForOneSequenceHasOneWinner()
    {
        QVERIFY(enrol(kSukamaju));
        const Batch mineBatch = batchOf(kSukamaju, 1, std::nullopt, {101});
        const Batch theirs = batchOf(kSukamaju, 1, std::nullopt, {102});
        Hub::Ingested there;
        QString problemThere = QStringLiteral("never ran");
        auto storage = m_kind->openStorage();
        QVERIFY2(storage, storage ? "" : qPrintable(failure(storage.error())));
        const QByteArray theirFile = sealed(theirs, kSukamaju);
        auto interleaving = std::make_unique<InterleavingStorage>(std::move(storage).value(), [&] {
            problemThere = upload(*m_hub, theirFile, there);
        });
        InterleavingStorage &watched = *interleaving;
        Hub here(std::move(interleaving), m_clock);
        Hub::Ingested mine;
        QCOMPARE(upload(here, sealed(mineBatch, kSukamaju), mine), QString());
        QCOMPARE(problemThere, QString());
        QVERIFY(there.stored);
        QCOMPARE(there.receipt.outcome, ReceiptOutcome::Accepted);
        QVERIFY(!mine.stored);
        QCOMPARE(watched.stores(), 1);
        QCOMPARE(mine.receipt.outcome, ReceiptOutcome::Refused);
        QCOMPARE(mine.receipt.reason, std::optional(ReceiptReason::Replay));
        QCOMPARE(mine.receipt.expectedSequence, quint64{2});
        const HubCounts c = counts();
        QCOMPARE(c.batches, 1);
        QCOMPARE(c.items, 1);
        QCOMPARE(c.refusals, 1);
        QCOMPARE(deviceOf(kSukamaju).lastBatchId, Batch::idOf(theirs.encode()));
        // The store that lost the race took no feed serial: the next batch is number 2.
        QCOMPARE(upload(sealed(batchOf(kSukamaju, 2, Batch::idOf(theirs.encode()), {103}), kSukamaju), mine),
                 QString());
        QVERIFY(mine.stored);
        auto feed = m_hub->storage().feedAfter(0, 200, qint64{1} << 30);
        QVERIFY2(feed, feed ? "" : qPrintable(failure(feed.error())));
        QCOMPARE(feed->size(), 2);
        QCOMPARE(feed->at(0).serial, quint64{1});
        QCOMPARE(feed->at(1).serial, quint64{2});
    }

    // The same race on two threads, each with its own hub and connection, round after round: however
    // the two interleave, one batch of each sequence is accepted and the other is a replay.
    void twoThreadsRacingForOneSequence()
    {
        QVERIFY(enrol(kSukamaju));
        auto opened = m_kind->openHub(m_clock);
        QVERIFY2(opened, opened ? "" : qPrintable(failure(opened.error())));
        const std::array<Hub *, 2> hubs = {m_hub.get(), opened->get()};
        std::optional<QByteArray> previous;
        constexpr quint64 kRounds = 6;
        for (quint64 round = 1; round <= kRounds; ++round) {
            std::array<QByteArray, 2> files;
            for (std::size_t side = 0; side < 2; ++side) {
                files.at(side) = sealed(batchOf(kSukamaju, round, previous, {round * 10 + side}), kSukamaju);
            }
            std::array<Result<Hub::Ingested>, 2> results = {Error(ErrorCode::Internal),
                                                            Error(ErrorCode::Internal)};
            std::latch start(2);
            {
                std::array<std::thread, 2> threads;
                for (std::size_t side = 0; side < 2; ++side) {
                    threads.at(side) = std::thread([&, side] {
                        start.arrive_and_wait();
                        results.at(side) = hubs.at(side)->ingest(files.at(side));
                    });
                }
                for (std::thread &thread : threads) {
                    thread.join();
                }
            }
            int winners = 0;
            for (std::size_t side = 0; side < 2; ++side) {
                const auto &result = results.at(side);
                QVERIFY2(result, result ? "" : qPrintable(failure(result.error())));
                if (result->stored) {
                    ++winners;
                    QCOMPARE(result->receipt.outcome, ReceiptOutcome::Accepted);
                    previous = result->receipt.batchId;
                } else {
                    QCOMPARE(result->receipt.outcome, ReceiptOutcome::Refused);
                    QCOMPARE(result->receipt.reason, std::optional(ReceiptReason::Replay));
                    QCOMPARE(result->receipt.expectedSequence, round + 1);
                }
            }
            QCOMPARE(winners, 1);
            QCOMPARE(deviceOf(kSukamaju).lastSequence, round);
            QCOMPARE(std::optional(deviceOf(kSukamaju).lastBatchId), previous);
        }
        const HubCounts c = counts();
        QCOMPARE(c.batches, qint64{kRounds});
        QCOMPARE(c.items, qint64{kRounds});
        QCOMPARE(c.refusals, qint64{kRounds});
    }

    // Two hub processes (two hubs, two connections, two threads) given the same batch at the same
    // moment, round after round: it is stored once, and both answer with the very same receipt.
    void twoThreadsIngestingTheSameBatch()
    {
        QVERIFY(enrol(kSukamaju));
        auto opened = m_kind->openHub(m_clock);
        QVERIFY2(opened, opened ? "" : qPrintable(failure(opened.error())));
        const std::array<Hub *, 2> hubs = {m_hub.get(), opened->get()};
        std::optional<QByteArray> previous;
        constexpr quint64 kRounds = 50;
        for (quint64 round = 1; round <= kRounds; ++round) {
            const QByteArray file = sealed(batchOf(kSukamaju, round, previous, {round, 0}), kSukamaju);
            std::array<Result<Hub::Ingested>, 2> results = {Error(ErrorCode::Internal),
                                                            Error(ErrorCode::Internal)};
            std::latch start(2);
            {
                std::array<std::thread, 2> threads;
                for (std::size_t side = 0; side < 2; ++side) {
                    threads.at(side) = std::thread([&, side] {
                        start.arrive_and_wait();
                        results.at(side) = hubs.at(side)->ingest(file);
                    });
                }
                for (std::thread &thread : threads) {
                    thread.join();
                }
            }
            for (const auto &result : results) {
                QVERIFY2(result, result ? "" : qPrintable(failure(result.error())));
                QCOMPARE(result->receipt.outcome, ReceiptOutcome::Accepted);
                QCOMPARE(result->receipt.sequence, round);
            }
            QCOMPARE(int(results.at(0)->stored) + int(results.at(1)->stored), 1);
            QCOMPARE(results.at(0)->receiptFile, results.at(1)->receiptFile);
            previous = results.at(0)->receipt.batchId;
            QCOMPARE(deviceOf(kSukamaju).lastSequence, round);
        }
        const HubCounts c = counts();
        QCOMPARE(c.batches, qint64{kRounds});
        QCOMPARE(c.items, qint64{2 * kRounds});
        QCOMPARE(c.refusals, qint64{0});
    }

    // The storage's own guard, below the hub's checks: a batch id that is stored already is not
    // stored again, even for a device whose chain would take it; the answer is false, not an error,
    // and nothing of the attempt remains.
    void aStoredBatchIdIsNotStoredTwice()
    {
        QVERIFY(enrol(kSukamaju));
        QVERIFY(enrol(kMojoroto));
        HubStorage &storage = m_hub->storage();
        HubBatch batch;
        batch.batchId = QByteArray(32, '\x5a');
        batch.deviceKeyId = kSukamaju.id();
        batch.sequence = 1;
        batch.villageCode = QString::fromUtf8(kSukamaju.villageCode);
        batch.receivedAt = QStringLiteral("2026-11-23T09:00:00.000Z");
        batch.outcome = QStringLiteral("accepted");
        batch.signedFile = QByteArrayLiteral("signed");
        batch.receipt = QByteArrayLiteral("receipt");
        batch.items = {HubBatchItem{0,
                                    101,
                                    QStringLiteral("MEMBER_DECEASED"),
                                    QStringLiteral("H0101"),
                                    QStringLiteral("accepted"),
                                    QString()}};
        auto first = storage.storeAccepted(batch, 0);
        QVERIFY2(first, first ? "" : qPrintable(failure(first.error())));
        QVERIFY(*first);
        // The same device again, its chain moved on: false.
        auto again = storage.storeAccepted(batch, 0);
        QVERIFY2(again, again ? "" : qPrintable(failure(again.error())));
        QVERIFY(!*again);
        // Another device whose chain is where the batch says: the batch id decides.
        batch.deviceKeyId = kMojoroto.id();
        batch.villageCode = QString::fromUtf8(kMojoroto.villageCode);
        auto other = storage.storeAccepted(batch, 0);
        QVERIFY2(other, other ? "" : qPrintable(failure(other.error())));
        QVERIFY(!*other);
        QCOMPARE(deviceOf(kMojoroto).lastSequence, quint64{0});
        QVERIFY(deviceOf(kMojoroto).lastContact.isEmpty());
        QCOMPARE(deviceOf(kSukamaju).lastSequence, quint64{1});
        QCOMPARE(counts().batches, 1);
        QCOMPARE(counts().items, 1);
    }

    // --- Revocation ---

    void theRevocationListNamesTheRevokedDevices()
    {
        QVERIFY(enrol(kSukamaju));
        QVERIFY(enrol(kMojoroto));
        QVERIFY(enrol(kKarangan));
        const auto read = [this](const QByteArray &file) -> std::optional<RevocationList> {
            auto body = Envelope::openSigned(file, FileKind::RevocationList, m_signingKey);
            if (!body) {
                return std::nullopt;
            }
            auto list = RevocationList::decode(*body);
            return list ? std::optional(*list) : std::nullopt;
        };

        auto none = m_hub->revocationList();
        QVERIFY(none);
        const auto empty = read(*none);
        QVERIFY(empty);
        QVERIFY(empty->entries.isEmpty());
        QCOMPARE(empty->hubId, m_hubId);

        // Mojoroto's key id sorts after Sukamaju's (0x97… after 0x3b…, bytes compared unsigned); it is
        // revoked first.
        m_clock.advanceSeconds(60);
        auto afterOne = m_hub->revoke(QStringLiteral("9755-4C0B-30BC-93BB"));
        QVERIFY2(afterOne, afterOne ? "" : qPrintable(failure(afterOne.error())));
        const auto one = read(*afterOne);
        QVERIFY(one);
        QVERIFY(one->serial > empty->serial);
        QCOMPARE(one->entries.size(), 1);
        QCOMPARE(one->entries.at(0).deviceKeyId, hex("97554c0b30bc93bb"));
        QCOMPARE(one->entries.at(0).vaultId, QStringLiteral("vault-b2c4"));
        QCOMPARE(one->entries.at(0).revokedAt, QStringLiteral("2026-11-23T09:01:00.000Z"));
        QCOMPARE(one->issuedAt, QStringLiteral("2026-11-23T09:01:00.000Z"));

        m_clock.advanceSeconds(60);
        auto afterTwo = m_hub->revoke(QStringLiteral("3bb315866bd1d77d")); // the other text form
        QVERIFY2(afterTwo, afterTwo ? "" : qPrintable(failure(afterTwo.error())));
        const auto two = read(*afterTwo);
        QVERIFY(two);
        QVERIFY(two->serial > one->serial);
        QCOMPARE(two->hubId, m_hubId);
        QCOMPARE(two->entries.size(), 2);
        QCOMPARE(two->entries.at(0).deviceKeyId, hex("3bb315866bd1d77d"));
        QCOMPARE(two->entries.at(0).revokedAt, QStringLiteral("2026-11-23T09:02:00.000Z"));
        QCOMPARE(two->entries.at(1).deviceKeyId, hex("97554c0b30bc93bb"));
        QCOMPARE(two->entries.at(1).revokedAt, QStringLiteral("2026-11-23T09:01:00.000Z"));
        QVERIFY(two->revokes(hex("3bb315866bd1d77d")));
        QVERIFY(two->revokes(hex("97554c0b30bc93bb")));
        QVERIFY(!two->revokes(hex("02de8bd5bde145ea"))); // Karangan, still enrolled
        QVERIFY(!two->revokes(hex("12de2ac21eaf32a3"))); // never enrolled
        QCOMPARE(counts().revoked, 2);
        QVERIFY(deviceOf(kSukamaju).isRevoked());
        QVERIFY(!deviceOf(kKarangan).isRevoked());

        // Only the hub's key signs it.
        QByteArray forged = *afterTwo;
        forged[forged.size() - 1] = static_cast<char>(forged.at(forged.size() - 1) ^ 0x01);
        QVERIFY(!Envelope::openSigned(forged, FileKind::RevocationList, m_signingKey));
        QVERIFY(!Envelope::openSigned(*afterTwo, FileKind::RevocationList, kSukamaju.key().publicKey()));

        // Asked again without a new revocation: the same list, the same serial.
        m_clock.advanceSeconds(60);
        auto current = m_hub->revocationList();
        QVERIFY(current);
        const auto same = read(*current);
        QVERIFY(same);
        QCOMPARE(same->serial, two->serial);
        QCOMPARE(same->entries, two->entries);

        // A revoked key is never enrolled again (a copy of that vault holds it too): the laptop asks
        // with a new key. The list stays as it was.
        auto anew = enrol(kMojoroto);
        QVERIFY(!anew);
        QCOMPARE(anew.error().code, ErrorCode::HubKeyRevoked);
        QVERIFY(deviceOf(kMojoroto).isRevoked());
        auto afterRefusal = m_hub->revocationList();
        QVERIFY(afterRefusal);
        const auto three = read(*afterRefusal);
        QVERIFY(three);
        QCOMPARE(three->serial, two->serial);
        QCOMPARE(three->entries, two->entries);
        QCOMPARE(counts().revoked, 2);

        // Naming a device the hub does not know, or no key id at all.
        auto unknown = m_hub->revoke(QStringLiteral("12DE-2AC2-1EAF-32A3"));
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().code, ErrorCode::SyncKeyUnknown);
        auto garbled = m_hub->revoke(QStringLiteral("12DE-2AC2-1EAF"));
        QVERIFY(!garbled);
        QCOMPARE(garbled.error().code, ErrorCode::UsageError);
        QCOMPARE(counts().revoked, 2);
    }

    // --- Reviewers of the district office (issue 14 §1) ---

    void aReviewerIsEnrolledWithTheHubsKeys()
    {
        const QByteArray request = reviewerRequestFile(kOfficeHead);
        auto read = Hub::readReviewerRequest(request);
        QVERIFY2(read, read ? "" : qPrintable(failure(read.error())));
        QCOMPARE(read->fingerprint(), QStringLiteral("3F12-0268-A4AC-50B9"));
        QCOMPARE(counts().reviewers, 0);
        auto enrolled = m_hub->enrolReviewer(request);
        QVERIFY2(enrolled, enrolled ? "" : qPrintable(failure(enrolled.error())));
        // The district review vault reads the answer with the hub key it carries, then pins it.
        auto answer = ReviewerAnswer::open(enrolled->answerFile);
        QVERIFY2(answer, answer ? "" : qPrintable(failure(answer.error())));
        QVERIFY(*answer == enrolled->answer);
        QCOMPARE(answer->reviewerKeyId, hex("3f120268a4ac50b9"));
        QCOMPARE(answer->vaultId, QStringLiteral("district-3310-9c1e"));
        QCOMPARE(answer->reviewerName, QStringLiteral("Bambang Wijaya"));
        QCOMPARE(answer->role, ReviewerRole::OfficeHead);
        QCOMPARE(answer->districtCode, QStringLiteral("3310"));
        QCOMPARE(answer->hubId, m_hubId);
        QCOMPARE(answer->hubName, QStringLiteral("Dinsos Klaten"));
        QCOMPARE(answer->hubSigningKey, m_signingKey);
        QCOMPARE(answer->hubSealingKey, m_sealingKey);
        QCOMPARE(answer->hubUrl, QStringLiteral("https://verdes.dinsos.klatenkab.go.id:8443/"));
        QCOMPARE(answer->tlsCertificateSha256, std::optional<QByteArray>(QByteArray(32, '\x33')));
        QCOMPARE(answer->enrolledAt, QStringLiteral("2026-11-23T09:00:00.000Z"));
        QCOMPARE(answer->answersRequest, sha(request));
        QVERIFY(Envelope::openSigned(enrolled->answerFile, FileKind::ReviewerAnswer, m_signingKey));
        // A device's reader does not take it for a device's answer.
        QVERIFY(!EnrolmentAnswer::open(enrolled->answerFile));

        auto info = m_hub->enrolledReviewer(hex("3f120268a4ac50b9"));
        QVERIFY(info);
        QCOMPARE(info->publicKey, kOfficeHead.key().publicKey());
        QCOMPARE(info->role, ReviewerRole::OfficeHead);
        QCOMPARE(info->name, QStringLiteral("Bambang Wijaya"));
        QCOMPARE(info->vaultId, QStringLiteral("district-3310-9c1e"));
        QCOMPARE(info->districtCode, QStringLiteral("3310"));
        QCOMPARE(info->enrolledAt, QStringLiteral("2026-11-23T09:00:00.000Z"));
        QVERIFY(!m_hub->enrolledReviewer(kVerifier.id())); // not enrolled
        QVERIFY(!m_hub->enrolledReviewer(kSukamaju.id())); // nobody's

        m_clock.advanceSeconds(60);
        QVERIFY(m_hub->enrolReviewer(reviewerRequestFile(kVerifier)));
        auto all = m_hub->storage().reviewers();
        QVERIFY(all);
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->at(0).keyId, kOfficeHead.id());
        QCOMPARE(all->at(1).keyId, kVerifier.id());
        QCOMPARE(all->at(1).role, ReviewerRole::Verifier);
        QCOMPARE(all->at(1).enrolledAt, QStringLiteral("2026-11-23T09:01:00.000Z"));
        QCOMPARE(counts().reviewers, 2);
        QCOMPARE(counts().revokedReviewers, 0);
        QCOMPARE(counts().devices, 0); // a reviewer is not a laptop
        // Another hub process on the same storage knows them.
        auto other = m_kind->openHub(m_clock);
        QVERIFY(other);
        QCOMPARE((*other)->enrolledReviewer(kVerifier.id())->role, ReviewerRole::Verifier);
    }

    void aReviewerAskingAgainGetsTheSameAnswer()
    {
        const QByteArray request = reviewerRequestFile(kVerifier);
        auto first = m_hub->enrolReviewer(request);
        QVERIFY2(first, first ? "" : qPrintable(failure(first.error())));
        m_clock.advanceSeconds(3600);
        auto again = m_hub->enrolReviewer(request);
        QVERIFY2(again, again ? "" : qPrintable(failure(again.error())));
        QCOMPARE(again->answerFile, first->answerFile);
        QCOMPARE(again->answer.enrolledAt, QStringLiteral("2026-11-23T09:00:00.000Z"));
        QCOMPARE(counts().reviewers, 1);
        // The same key asking for another role is a new enrolment (the operator confirmed it again).
        auto promoted = m_hub->enrolReviewer(
            reviewerRequestFile(kVerifier, QStringLiteral("3310"), ReviewerRole::OfficeHead));
        QVERIFY2(promoted, promoted ? "" : qPrintable(failure(promoted.error())));
        QCOMPARE(promoted->answer.role, ReviewerRole::OfficeHead);
        QCOMPARE(promoted->answer.enrolledAt, QStringLiteral("2026-11-23T10:00:00.000Z"));
        QCOMPARE(m_hub->enrolledReviewer(kVerifier.id())->role, ReviewerRole::OfficeHead);
        QCOMPARE(counts().reviewers, 1);
    }

    void aReviewerOfAnotherDistrictIsRefused()
    {
        auto enrolled = m_hub->enrolReviewer(reviewerRequestFile(kVerifier, QStringLiteral("3311")));
        QVERIFY(!enrolled);
        QCOMPARE(enrolled.error().code, ErrorCode::SyncOtherDistrict);
        QCOMPARE(enrolled.error().args.value(0), QStringLiteral("3311"));
        QCOMPARE(counts().reviewers, 0);
        QVERIFY(!m_hub->enrolledReviewer(kVerifier.id()));
        // A device's request is not a reviewer's, nor the other way round.
        auto asReviewer = m_hub->enrolReviewer(requestFile(kSukamaju));
        QVERIFY(!asReviewer);
        QCOMPARE(asReviewer.error().code, ErrorCode::SyncFileMalformed);
        auto asDevice = m_hub->enrol(reviewerRequestFile(kVerifier));
        QVERIFY(!asDevice);
        QCOMPARE(asDevice.error().code, ErrorCode::SyncFileMalformed);
        // Tampered: one changed byte, and nothing is enrolled.
        QByteArray tampered = reviewerRequestFile(kVerifier);
        tampered[40] = static_cast<char>(tampered.at(40) ^ 0x01);
        QVERIFY(!m_hub->enrolReviewer(tampered));
        QCOMPARE(counts().reviewers, 0);
        QCOMPARE(counts().devices, 0);
    }

    void aKeyIsNeverBothADeviceAndAReviewer()
    {
        // Sukamaju's laptop key, asking to be a reviewer's.
        QVERIFY(enrol(kSukamaju));
        const Reviewer laptop{kSukamaju.seedFill, kSukamaju.keyId, "Sri Lestari", ReviewerRole::Verifier};
        auto asReviewer = m_hub->enrolReviewer(reviewerRequestFile(laptop));
        QVERIFY(!asReviewer);
        QCOMPARE(asReviewer.error().code, ErrorCode::HubKeyInUse);
        QCOMPARE(asReviewer.error().args.value(1), QStringLiteral("device"));
        QVERIFY(!m_hub->enrolledReviewer(kSukamaju.id()));
        // The storage refuses it too, whoever asks.
        HubReviewer direct{kSukamaju.id(),
                           kSukamaju.key().publicKey(),
                           QStringLiteral("d"),
                           QStringLiteral("3310"),
                           QStringLiteral("x"),
                           ReviewerRole::Verifier,
                           QStringLiteral("2026-11-23T09:00:00.000Z"),
                           {}};
        auto stored = m_hub->storage().enrolReviewer(direct);
        QVERIFY(!stored);
        QCOMPARE(stored.error().code, ErrorCode::HubKeyInUse);
        QCOMPARE(counts().reviewers, 0);

        // A reviewer's key, asking to be a laptop's.
        QVERIFY(m_hub->enrolReviewer(reviewerRequestFile(kVerifier)));
        const Village reviewerLaptop{
            kVerifier.seedFill, kVerifier.keyId, "3310042009", "Gondang", "vault-d0d0"};
        auto asDevice = m_hub->enrol(requestFile(reviewerLaptop));
        QVERIFY(!asDevice);
        QCOMPARE(asDevice.error().code, ErrorCode::HubKeyInUse);
        QCOMPARE(asDevice.error().args.value(1), QStringLiteral("reviewer"));
        QVERIFY(deviceOf(reviewerLaptop).keyId.isEmpty());
        QCOMPARE(counts().devices, 1);
        // Nor does a reviewer's key send batches: the hub does not know it as a device.
        Hub::Ingested up;
        QCOMPARE(upload(sealed(batchOf(reviewerLaptop, 1, std::nullopt, {101}), reviewerLaptop), up),
                 QString());
        QCOMPARE(up.receipt.outcome, ReceiptOutcome::Refused);
        QCOMPARE(up.receipt.reason, std::optional<ReceiptReason>(ReceiptReason::UnknownDevice));
    }

    void aRevokedReviewerIsListedAndRefused()
    {
        QVERIFY(enrol(kSukamaju));
        QVERIFY(enrol(kMojoroto));
        QVERIFY(m_hub->enrolReviewer(reviewerRequestFile(kVerifier)));
        QVERIFY(m_hub->enrolReviewer(reviewerRequestFile(kOfficeHead)));
        const auto read = [this](const QByteArray &file) -> std::optional<RevocationList> {
            auto body = Envelope::openSigned(file, FileKind::RevocationList, m_signingKey);
            if (!body) {
                return std::nullopt;
            }
            auto list = RevocationList::decode(*body);
            return list ? std::optional(*list) : std::nullopt;
        };
        auto before = m_hub->revocationList();
        QVERIFY(before);
        const auto empty = read(*before);
        QVERIFY(empty);

        // Mojoroto's laptop (0x97…) and the verifier (0x77…) and the office head (0x3f…), revoked in
        // that order; the list sorts them by key id, with Sukamaju's (0x3b…) revoked last.
        const QList<QString> order = {QStringLiteral("9755-4C0B-30BC-93BB"),
                                      QStringLiteral("7781-ED1F-5055-8AF7"),
                                      QStringLiteral("3f120268a4ac50b9"),
                                      QStringLiteral("3BB3-1586-6BD1-D77D")};
        QByteArray last;
        for (const QString &keyId : order) {
            m_clock.advanceSeconds(60);
            auto revoked = m_hub->revoke(keyId);
            QVERIFY2(revoked, revoked ? "" : qPrintable(failure(revoked.error())));
            last = *revoked;
        }
        const auto list = read(last);
        QVERIFY(list);
        QVERIFY(list->serial > empty->serial);
        QCOMPARE(list->entries.size(), 4);
        QCOMPARE(list->entries.at(0).deviceKeyId, hex("3bb315866bd1d77d"));
        QCOMPARE(list->entries.at(1).deviceKeyId, hex("3f120268a4ac50b9"));
        QCOMPARE(list->entries.at(1).vaultId, QStringLiteral("district-3310-9c1e"));
        QCOMPARE(list->entries.at(1).revokedAt, QStringLiteral("2026-11-23T09:03:00.000Z"));
        QCOMPARE(list->entries.at(2).deviceKeyId, hex("7781ed1f50558af7"));
        QCOMPARE(list->entries.at(2).vaultId, QStringLiteral("district-3310-9c1e"));
        QCOMPARE(list->entries.at(2).revokedAt, QStringLiteral("2026-11-23T09:02:00.000Z"));
        QCOMPARE(list->entries.at(3).deviceKeyId, hex("97554c0b30bc93bb"));
        QVERIFY(list->revokes(kVerifier.id()));
        QVERIFY(list->revokes(kOfficeHead.id()));

        QVERIFY(!m_hub->enrolledReviewer(kVerifier.id()));
        QVERIFY(!m_hub->enrolledReviewer(kOfficeHead.id()));
        auto stored = m_hub->storage().reviewer(kVerifier.id());
        QVERIFY(stored && *stored);
        QCOMPARE((*stored)->revokedAt, QStringLiteral("2026-11-23T09:02:00.000Z"));
        QCOMPARE(counts().reviewers, 2);
        QCOMPARE(counts().revokedReviewers, 2);
        QCOMPARE(counts().revoked, 2); // laptops

        // A revoked reviewer key is never enrolled again, with the same request or another.
        auto again = m_hub->enrolReviewer(reviewerRequestFile(kVerifier));
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::HubKeyRevoked);
        QVERIFY2(describe(again.error()).contains(QStringLiteral("7781-ED1F-5055-8AF7")),
                 qPrintable(describe(again.error())));
        QCOMPARE(again.error().args.value(1), QStringLiteral("reviewer"));
        auto promoted = m_hub->enrolReviewer(
            reviewerRequestFile(kVerifier, QStringLiteral("3310"), ReviewerRole::OfficeHead));
        QVERIFY(!promoted);
        QCOMPARE(promoted.error().code, ErrorCode::HubKeyRevoked);
        QVERIFY(!m_hub->enrolledReviewer(kVerifier.id()));
        // Revoking it again changes nothing of when it was revoked.
        m_clock.advanceSeconds(60);
        auto twice = m_hub->revoke(QStringLiteral("7781ed1f50558af7"));
        QVERIFY(twice);
        const auto after = read(*twice);
        QVERIFY(after);
        QCOMPARE(after->entries, list->entries);
    }

    // --- The review feed (docs/batch-format.md §12) ---

    // Each stored batch gets the next feed serial; a refused upload takes none.
    void storedBatchesGetFeedSerialsInOrder()
    {
        QVERIFY(enrol(kSukamaju));
        QVERIFY(enrol(kMojoroto));
        auto none = m_hub->storage().feedAfter(0, 200, qint64{1} << 30);
        QVERIFY2(none, none ? "" : qPrintable(failure(none.error())));
        QVERIFY(none->isEmpty());
        QCOMPARE(valueOr(m_hub->storage().latestFeedSerial(), quint64{99}), quint64{0});

        const Batch s1 = batchOf(kSukamaju, 1, std::nullopt, {101});
        const Batch m1 = batchOf(kMojoroto, 1, std::nullopt, {201, 202});
        const Batch s2 = batchOf(kSukamaju, 2, Batch::idOf(s1.encode()), {103});
        QList<QByteArray> receipts;
        Hub::Ingested up;
        for (const auto &[batch, village] : {std::pair(s1, kSukamaju), std::pair(m1, kMojoroto)}) {
            m_clock.advanceSeconds(60);
            QCOMPARE(upload(sealed(batch, village), up), QString());
            QVERIFY(up.stored);
            receipts.append(up.receiptFile);
        }
        // A replay and a batch out of its chain: refused, no serial spent.
        QCOMPARE(upload(sealed(s1, kSukamaju), up), QString());
        QVERIFY(!up.stored);
        QCOMPARE(upload(sealed(batchOf(kSukamaju, 5, std::nullopt, {104}), kSukamaju), up), QString());
        QCOMPARE(up.receipt.outcome, ReceiptOutcome::Refused);
        m_clock.advanceSeconds(60);
        QCOMPARE(upload(sealed(s2, kSukamaju), up), QString());
        QVERIFY(up.stored);
        receipts.append(up.receiptFile);

        auto all = m_hub->storage().feedAfter(0, 200, qint64{1} << 30);
        QVERIFY2(all, all ? "" : qPrintable(failure(all.error())));
        QCOMPARE(all->size(), 3);
        const QList<std::pair<Batch, Village>> stored = {{s1, kSukamaju}, {m1, kMojoroto}, {s2, kSukamaju}};
        for (int i = 0; i < 3; ++i) {
            const HubFeedEntry &entry = all->at(i);
            QCOMPARE(entry.serial, quint64(i + 1));
            QCOMPARE(entry.villageCode, QString::fromUtf8(stored.at(i).second.villageCode));
            QCOMPARE(entry.devicePublicKey, stored.at(i).second.key().publicKey());
            QCOMPARE(entry.batchFile, signedBatch(stored.at(i).first, stored.at(i).second.key()));
            QCOMPARE(entry.receiptFile, receipts.at(i));
            QCOMPARE(entry.receivedAt, QStringLiteral("2026-11-23T09:0%1:00.000Z").arg(i + 1));
        }
        QCOMPARE(valueOr(m_hub->storage().latestFeedSerial(), quint64{99}), quint64{3});

        // Paged by count, from any serial.
        auto two = m_hub->storage().feedAfter(0, 2, qint64{1} << 30);
        QVERIFY(two);
        QCOMPARE(two->size(), 2);
        QCOMPARE(two->constLast().serial, quint64{2});
        auto rest = m_hub->storage().feedAfter(2, 2, qint64{1} << 30);
        QVERIFY(rest);
        QCOMPARE(rest->size(), 1);
        QCOMPARE(rest->constFirst(), all->at(2));
        auto past = m_hub->storage().feedAfter(3, 2, qint64{1} << 30);
        QVERIFY(past && past->isEmpty());
        // Paged by bytes: whole batches that fit, and the first one always.
        const auto size = [&all](int i) {
            return all->at(i).batchFile.size() + all->at(i).receiptFile.size();
        };
        auto tiny = m_hub->storage().feedAfter(0, 200, 1);
        QVERIFY(tiny);
        QCOMPARE(tiny->size(), 1);
        QCOMPARE(tiny->constFirst(), all->at(0));
        auto exact = m_hub->storage().feedAfter(0, 200, size(0) + size(1));
        QVERIFY(exact);
        QCOMPARE(exact->size(), 2);
        auto short1 = m_hub->storage().feedAfter(0, 200, size(0) + size(1) - 1);
        QVERIFY(short1);
        QCOMPARE(short1->size(), 1);
    }

    // The district review vault's side as it is: a district vault, its verifier enrolled at this hub,
    // the request its inbox makes, the page the hub seals to the verifier, stored in the vault's queue.
    void aReviewerFetchesTheFeedIntoTheDistrictVault()
    {
        Kdf::setFastForTests(true);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString folder = dir.filePath(QStringLiteral("dinsos.verdes"));
        const SecureBytes passphrase = SecureBytes::fromUtf8(u"kata sandi dinas 123");
        auto created = Vault::createDistrict(folder,
                                             QStringLiteral("3310"),
                                             QStringLiteral("Dinas Sosial Kabupaten Klaten"),
                                             QStringLiteral("Bambang Wijaya"),
                                             passphrase);
        QVERIFY2(created, created ? "" : qPrintable(failure(created.error())));
        std::unique_ptr<Vault> vault = std::move(created->vault);
        QVERIFY(vault->addOfficer(QStringLiteral("Dewi Anggraini"), passphrase, Role::Verifier));
        vault.reset(); // the verifier works in it from now on
        auto unlocked = Vault::unlock(folder, QStringLiteral("Dewi Anggraini"), passphrase);
        QVERIFY2(unlocked, unlocked ? "" : qPrintable(failure(unlocked.error())));
        vault = std::move(unlocked).value();
        ReviewerEnrolment enrolment(vault->database(), m_clock);
        auto made = enrolment.makeRequest(vault->actor());
        QVERIFY2(made, made ? "" : qPrintable(failure(made.error())));
        auto enrolled = m_hub->enrolReviewer(made->signedFile);
        QVERIFY2(enrolled, enrolled ? "" : qPrintable(failure(enrolled.error())));
        auto fingerprint = m_hub->fingerprint();
        QVERIFY(fingerprint);
        auto accepted = enrolment.accept(vault->actor(), enrolled->answerFile, *fingerprint);
        QVERIFY2(accepted, accepted ? "" : qPrintable(failure(accepted.error())));

        // Three batches, four items, from two villages.
        QVERIFY(enrol(kSukamaju));
        QVERIFY(enrol(kMojoroto));
        const Batch s1 = batchOf(kSukamaju, 1, std::nullopt, {101});
        Hub::Ingested up;
        QCOMPARE(upload(sealed(s1, kSukamaju), up), QString());
        QCOMPARE(upload(sealed(batchOf(kMojoroto, 1, std::nullopt, {201, 202}), kMojoroto), up), QString());
        QCOMPARE(upload(sealed(batchOf(kSukamaju, 2, Batch::idOf(s1.encode()), {103}), kSukamaju), up),
                 QString());

        ReviewInbox inbox(vault->database(), m_clock);
        auto request = inbox.makeRequest(vault->actor());
        QVERIFY2(request, request ? "" : qPrintable(failure(request.error())));
        // Two batches a page here: the vault asks again for the rest.
        auto page = m_hub->reviewFeed(*request, 2, ReviewFeed::kMaxPageBytes);
        QVERIFY2(page, page ? "" : qPrintable(failure(page.error())));
        QCOMPARE(page->batches, 2);
        QCOMPARE(page->after, quint64{0});
        QCOMPARE(page->last, quint64{2});
        QCOMPARE(page->latest, quint64{3});
        QVERIFY(page->hasMore());
        // Sealed to the verifier: the office head's key does not open it, nor the hub's own.
        QVERIFY(!openFeed(page->sealedFile, kOfficeHead.key(), m_signingKey));
        auto imported = inbox.importPage(vault->actor(), page->sealedFile);
        QVERIFY2(imported, imported ? "" : qPrintable(failure(imported.error())));
        QCOMPARE(imported->batches, 2);
        QCOMPARE(imported->items, 3);
        QCOMPARE(imported->latest, quint64{3});
        QVERIFY(imported->hasMore);
        QCOMPARE(valueOr(inbox.lastSerial(), quint64{99}), quint64{2});
        request = inbox.makeRequest(vault->actor());
        QVERIFY(request);
        page = m_hub->reviewFeed(*request);
        QVERIFY2(page, page ? "" : qPrintable(failure(page.error())));
        imported = inbox.importPage(vault->actor(), page->sealedFile);
        QVERIFY2(imported, imported ? "" : qPrintable(failure(imported.error())));
        QCOMPARE(imported->batches, 1);
        QCOMPARE(imported->items, 1);
        QVERIFY(!imported->hasMore);
        // Asked again: an empty page, nothing more stored.
        request = inbox.makeRequest(vault->actor());
        QVERIFY(request);
        page = m_hub->reviewFeed(*request);
        QVERIFY(page);
        imported = inbox.importPage(vault->actor(), page->sealedFile);
        QVERIFY2(imported, imported ? "" : qPrintable(failure(imported.error())));
        QCOMPARE(imported->batches, 0);
        QVERIFY(!imported->hasMore);
        ReviewQueueRepository queue(vault->database());
        QCOMPARE(valueOr(queue.count({}), qint64{-1}), qint64{4});
        ReviewQueueFilter mojoroto;
        mojoroto.villageCode = QStringLiteral("3310042002");
        QCOMPARE(valueOr(queue.count(mojoroto), qint64{-1}), qint64{2});
    }

    void theFeedPageIsForTheReviewerAlone()
    {
        QVERIFY(m_hub->enrolReviewer(reviewerRequestFile(kVerifier)));
        QVERIFY(enrol(kSukamaju));
        Hub::Ingested up;
        QCOMPARE(upload(sealed(batchOf(kSukamaju, 1, std::nullopt, {101}), kSukamaju), up), QString());
        m_clock.advanceSeconds(30);
        auto page = m_hub->reviewFeed(feedRequest(kVerifier.key(), 0));
        QVERIFY2(page, page ? "" : qPrintable(failure(page.error())));
        QCOMPARE(page->batches, 1);
        QCOMPARE(page->reviewerKeyId, kVerifier.id());
        QVERIFY(!page->hasMore());
        QVERIFY(!openFeed(page->sealedFile, kOfficeHead.key(), m_signingKey));
        auto feed = openFeed(page->sealedFile, kVerifier.key(), m_signingKey);
        QVERIFY2(feed, feed ? "" : qPrintable(failure(feed.error())));
        QCOMPARE(feed->hubId, m_hubId);
        QCOMPARE(feed->districtCode, QStringLiteral("3310"));
        QCOMPARE(feed->reviewerKeyId, kVerifier.id());
        QCOMPARE(feed->after, quint64{0});
        QCOMPARE(feed->latest, quint64{1});
        QCOMPARE(feed->issuedAt, QStringLiteral("2026-11-23T09:00:30.000Z"));
        QCOMPARE(feed->entries.size(), 1);
        QCOMPARE(feed->entries.constFirst().receiptFile, up.receiptFile);
        QVERIFY(!feed->hasMore());
        // From where the vault stands: nothing new.
        page = m_hub->reviewFeed(feedRequest(kVerifier.key(), 1));
        QVERIFY(page);
        feed = openFeed(page->sealedFile, kVerifier.key(), m_signingKey);
        QVERIFY(feed);
        QVERIFY(feed->entries.isEmpty());
        QCOMPARE(feed->latest, quint64{1});
    }

    void aFeedRequestFromAnyoneElseIsRefused()
    {
        QVERIFY(enrol(kSukamaju));
        QVERIFY(m_hub->enrolReviewer(reviewerRequestFile(kVerifier)));
        QVERIFY(m_hub->enrolReviewer(reviewerRequestFile(kOfficeHead)));
        Hub::Ingested up;
        QCOMPARE(upload(sealed(batchOf(kSukamaju, 1, std::nullopt, {101}), kSukamaju), up), QString());
        QVERIFY(m_hub->reviewFeed(feedRequest(kOfficeHead.key(), 0)));
        const auto refusal = [this](const QByteArray &request) {
            auto page = m_hub->reviewFeed(request);
            return page ? std::nullopt : std::optional(page.error().code);
        };
        // A key the hub never enrolled; a village's device key; another vault; another key named.
        const Reviewer stranger{0xb0, "", "Orang Lain", ReviewerRole::Verifier};
        QCOMPARE(refusal(feedRequest(stranger.key(), 0)), std::optional(ErrorCode::SyncReviewerNotEnrolled));
        QCOMPARE(refusal(feedRequest(kSukamaju.key(), 0)), std::optional(ErrorCode::SyncReviewerNotEnrolled));
        QCOMPARE(refusal(feedRequest(kVerifier.key(), 0, QStringLiteral("district-3310-ffff"))),
                 std::optional(ErrorCode::SyncReviewerNotEnrolled));
        QCOMPARE(
            refusal(feedRequest(kVerifier.key(), 0, QStringLiteral("district-3310-9c1e"), kOfficeHead.id())),
            ErrorCode::SyncReviewerNotEnrolled);
        // Not a request, or a tampered one.
        QCOMPARE(refusal(reviewerRequestFile(kVerifier)), std::optional(ErrorCode::SyncFileMalformed));
        QCOMPARE(refusal(QByteArrayLiteral("VRFQ nonsense")), std::optional(ErrorCode::SyncFileMalformed));
        QByteArray tampered = feedRequest(kVerifier.key(), 0);
        tampered[30] = static_cast<char>(tampered.at(30) ^ 0x01);
        QVERIFY(refusal(tampered));
        // Revoked: refused from then on.
        QVERIFY(m_hub->reviewFeed(feedRequest(kVerifier.key(), 0)));
        QVERIFY(m_hub->revoke(QStringLiteral("7781ed1f50558af7")));
        QCOMPARE(refusal(feedRequest(kVerifier.key(), 0)), std::optional(ErrorCode::SyncReviewerNotEnrolled));
        QVERIFY(m_hub->reviewFeed(feedRequest(kOfficeHead.key(), 0)));
    }

    // Two hub processes (two hubs, two connections, two threads) storing batches of different villages
    // at once: the serials have no gap and no repeat, and each village's batches keep their order.
    void twoHubsStoringAtOnceGiveGaplessSerials()
    {
        QVERIFY(enrol(kSukamaju));
        QVERIFY(enrol(kMojoroto));
        auto opened = m_kind->openHub(m_clock);
        QVERIFY2(opened, opened ? "" : qPrintable(failure(opened.error())));
        const std::array<Hub *, 2> hubs = {m_hub.get(), opened->get()};
        const std::array<Village, 2> villages = {kSukamaju, kMojoroto};
        constexpr quint64 kBatches = 8;
        std::array<QList<QByteArray>, 2> files;
        for (std::size_t side = 0; side < 2; ++side) {
            std::optional<QByteArray> previous;
            for (quint64 sequence = 1; sequence <= kBatches; ++sequence) {
                const Batch batch = batchOf(villages.at(side), sequence, previous, {sequence * 10 + side});
                files.at(side).append(sealed(batch, villages.at(side)));
                previous = Batch::idOf(batch.encode());
            }
        }
        std::array<QString, 2> problems;
        std::latch start(2);
        {
            std::array<std::thread, 2> threads;
            for (std::size_t side = 0; side < 2; ++side) {
                threads.at(side) = std::thread([&, side] {
                    start.arrive_and_wait();
                    for (const QByteArray &file : std::as_const(files.at(side))) {
                        auto result = hubs.at(side)->ingest(file);
                        if (!result || !result->stored) {
                            problems.at(side) =
                                result ? QStringLiteral("not stored") : failure(result.error());
                            return;
                        }
                    }
                });
            }
            for (std::thread &thread : threads) {
                thread.join();
            }
        }
        QCOMPARE(problems.at(0), QString());
        QCOMPARE(problems.at(1), QString());
        auto all = m_hub->storage().feedAfter(0, 200, qint64{1} << 30);
        QVERIFY2(all, all ? "" : qPrintable(failure(all.error())));
        QCOMPARE(all->size(), qsizetype{2 * kBatches});
        std::array<int, 2> next = {0, 0};
        for (qsizetype i = 0; i < all->size(); ++i) {
            QCOMPARE(all->at(i).serial, quint64(i + 1));
            const std::size_t side =
                all->at(i).villageCode == QString::fromUtf8(kSukamaju.villageCode) ? 0 : 1;
            auto batch = Envelope::openSigned(
                all->at(i).batchFile, FileKind::Batch, villages.at(side).key().publicKey());
            QVERIFY(batch);
            auto decoded = Batch::decode(*batch);
            QVERIFY(decoded);
            QCOMPARE(decoded->sequence, quint64(++next.at(side)));
        }
        QCOMPARE(valueOr((*opened)->storage().latestFeedSerial(), quint64{0}), quint64{2 * kBatches});
    }

    // --- Verdicts (docs/batch-format.md §13) and the decisions down to the villages (§14) ---

    // Uploads verdicts signed into an upload by `by` and sealed to the hub, and reads the receipt as the
    // district review vault does: signed by the hub key it pinned, a body its reader accepts, the receipt
    // the hub says it gave, for this upload. The problem, or nothing.
    QString sendVerdicts(Hub &hub, const QByteArray &sealedUpload, VerdictReceipt &out) const
    {
        auto ingested = hub.ingestVerdicts(sealedUpload);
        if (!ingested) {
            return QStringLiteral("ingestVerdicts failed: ") + failure(ingested.error());
        }
        auto body = Envelope::openSigned(ingested->receiptFile, FileKind::VerdictReceipt, m_signingKey);
        if (!body) {
            return QStringLiteral("the receipt does not verify: ") + failure(body.error());
        }
        auto receipt = VerdictReceipt::decode(*body);
        if (!receipt) {
            return QStringLiteral("the vault cannot read the receipt: ") + failure(receipt.error());
        }
        if (!(*receipt == ingested->receipt)) {
            return QStringLiteral("the receipt file is not the receipt returned");
        }
        if (receipt->hubId != m_hubId || receipt->uploadId != sha(sealedUpload)) {
            return QStringLiteral("the receipt names another hub or upload");
        }
        out = *receipt;
        return {};
    }

    QString sendVerdicts(const Reviewer &by, const QList<QByteArray> &verdicts, VerdictReceipt &out) const
    {
        return sendVerdicts(*m_hub, sealedTo(verdictUpload(by.key(), verdicts), m_sealingKey), out);
    }

    // Both reviewers enrolled, Sukamaju and Mojoroto enrolled, a batch from each: Sukamaju's of three
    // items (proposals 101, 102, and a flagged registrant), Mojoroto's of one (201).
    void prepareReview(Batch &sukamaju, Batch &mojoroto)
    {
        QVERIFY(m_hub->enrolReviewer(reviewerRequestFile(kVerifier)));
        QVERIFY(m_hub->enrolReviewer(reviewerRequestFile(kOfficeHead)));
        QVERIFY(enrol(kSukamaju));
        QVERIFY(enrol(kMojoroto));
        sukamaju = batchOf(kSukamaju, 1, std::nullopt, {101, 102, 0});
        mojoroto = batchOf(kMojoroto, 1, std::nullopt, {201});
        Hub::Ingested up;
        QCOMPARE(upload(sealed(sukamaju, kSukamaju), up), QString());
        QCOMPARE(upload(sealed(mojoroto, kMojoroto), up), QString());
    }

    // The verifier verifies, the office head approves: each verdict follows the one before, each is
    // stored under the next serial of its village, and the same upload again changes nothing.
    void verdictsAreStoredInChainOrder()
    {
        Batch s1;
        Batch m1;
        prepareReview(s1, m1);
        if (QTest::currentTestFailed()) {
            return;
        }
        QVERIFY(valueOr(m_hub->storage().itemHead(Batch::idOf(s1.encode()), 0), std::optional(HubItemHead{}))
                == std::nullopt);
        const QByteArray verified0 =
            signedVerdict(verdictOn(s1, 0, kVerifier, ProposalState::Verified), kVerifier.key());
        const QByteArray verified1 =
            signedVerdict(verdictOn(s1, 1, kVerifier, ProposalState::Verified), kVerifier.key());
        const QByteArray gc =
            signedVerdict(verdictOn(m1, 0, kVerifier, ProposalState::GcAssigned), kVerifier.key());
        m_clock.advanceSeconds(60);
        VerdictReceipt receipt;
        QCOMPARE(sendVerdicts(kVerifier, {verified0, verified1, gc}, receipt), QString());
        QCOMPARE(outcomesOf(receipt), words({"accepted", "accepted", "accepted"}));
        QCOMPARE(receipt.entries.at(0).verdictId, sha(verified0));
        QCOMPARE(receipt.vaultId, QStringLiteral("district-3310-9c1e"));
        QCOMPARE(receipt.receivedAt, QStringLiteral("2026-11-23T09:01:00.000Z"));
        auto head = m_hub->storage().itemHead(Batch::idOf(s1.encode()), 0);
        QVERIFY(head && *head);
        QCOMPARE((*head)->verdictId, sha(verified0));
        QCOMPARE((*head)->state, ProposalState::Verified);

        // The office head approves item 0 and rejects item 1, after the verifier's verdicts; the
        // upload comes from the office head's own key.
        const QByteArray approved0 = signedVerdict(
            verdictOn(s1, 0, kOfficeHead, ProposalState::Approved, sha(verified0)), kOfficeHead.key());
        const QByteArray rejected1 = signedVerdict(
            verdictOn(s1, 1, kOfficeHead, ProposalState::RejectedByDinas, sha(verified1)), kOfficeHead.key());
        m_clock.advanceSeconds(60);
        QCOMPARE(sendVerdicts(kOfficeHead, {approved0, rejected1}, receipt), QString());
        QCOMPARE(outcomesOf(receipt), words({"accepted", "accepted"}));
        head = m_hub->storage().itemHead(Batch::idOf(s1.encode()), 1);
        QVERIFY(head && *head);
        QCOMPARE((*head)->state, ProposalState::RejectedByDinas);

        // Serials per village: Sukamaju 1–4, Mojoroto 1.
        auto stored = m_hub->storage().verdictsAfter(QStringLiteral("3310042001"), 0, 100, qint64{1} << 30);
        QVERIFY2(stored, stored ? "" : qPrintable(failure(stored.error())));
        QCOMPARE(stored->size(), 4);
        const QList<QByteArray> inOrder = {verified0, verified1, approved0, rejected1};
        for (qsizetype i = 0; i < stored->size(); ++i) {
            QCOMPARE(stored->at(i).villageSerial, quint64(i + 1));
            QCOMPARE(stored->at(i).signedFile, inOrder.at(i));
            QCOMPARE(stored->at(i).verdictId, sha(inOrder.at(i)));
        }
        QCOMPARE(stored->at(2).previous, std::optional(sha(verified0)));
        QCOMPARE(stored->at(2).reviewerKeyId, kOfficeHead.id());
        QCOMPARE(stored->at(2).storedAt, QStringLiteral("2026-11-23T09:02:00.000Z"));
        QCOMPARE(stored->at(0).previous, std::nullopt);
        QCOMPARE(valueOr(m_hub->storage().latestVerdictSerial(QStringLiteral("3310042001")), quint64{0}),
                 quint64{4});
        QCOMPARE(valueOr(m_hub->storage().latestVerdictSerial(QStringLiteral("3310042002")), quint64{0}),
                 quint64{1});
        QCOMPARE(valueOr(m_hub->storage().latestVerdictSerial(QStringLiteral("3310051003")), quint64{9}),
                 quint64{0});
        // Paged: one at a time, and a byte bound that still gives one.
        auto page = m_hub->storage().verdictsAfter(QStringLiteral("3310042001"), 1, 2, qint64{1} << 30);
        QVERIFY(page);
        QCOMPARE(page->size(), 2);
        QCOMPARE(page->at(0).villageSerial, quint64{2});
        page = m_hub->storage().verdictsAfter(QStringLiteral("3310042001"), 0, 100, 1);
        QVERIFY(page);
        QCOMPARE(page->size(), 1);

        // The same upload again, sealed anew: every verdict a duplicate, nothing stored.
        QCOMPARE(sendVerdicts(kOfficeHead, {approved0, rejected1}, receipt), QString());
        QCOMPARE(outcomesOf(receipt), words({"duplicate", "duplicate"}));
        QCOMPARE(valueOr(m_hub->storage().latestVerdictSerial(QStringLiteral("3310042001")), quint64{0}),
                 quint64{4});
    }

    // A verdict must follow the item's newest verdict at the hub, with a state that may follow it; a
    // later verdict of the same upload may follow an earlier one.
    void aVerdictMustFollowTheItemsChain()
    {
        Batch s1;
        Batch m1;
        prepareReview(s1, m1);
        if (QTest::currentTestFailed()) {
            return;
        }
        const QByteArray gcAssigned =
            signedVerdict(verdictOn(s1, 0, kVerifier, ProposalState::GcAssigned), kVerifier.key());
        // Two verdicts claiming to follow the same one: the first in wins.
        const QByteArray gcDone = signedVerdict(
            verdictOn(s1, 0, kVerifier, ProposalState::GcDone, sha(gcAssigned)), kVerifier.key());
        const QByteArray gcAgain = signedVerdict(
            verdictOn(s1, 0, kVerifier, ProposalState::Verified, sha(gcAssigned)), kVerifier.key());
        // A second first verdict of the item.
        const QByteArray returned =
            signedVerdict(verdictOn(s1, 0, kVerifier, ProposalState::Returned), kVerifier.key());
        // An approval following a verdict the hub never got.
        const QByteArray neverSent =
            signedVerdict(verdictOn(s1, 1, kVerifier, ProposalState::Verified), kVerifier.key());
        const QByteArray approvedEarly = signedVerdict(
            verdictOn(s1, 1, kOfficeHead, ProposalState::Approved, sha(neverSent)), kOfficeHead.key());
        VerdictReceipt receipt;
        QCOMPARE(sendVerdicts(kVerifier, {gcAssigned, gcDone, gcAgain, returned}, receipt), QString());
        QCOMPARE(outcomesOf(receipt),
                 words({"accepted", "accepted", "refused:out_of_order", "refused:out_of_order"}));
        // Verified after the ground check: then the office head, and after approval nothing follows.
        const QByteArray verified =
            signedVerdict(verdictOn(s1, 0, kVerifier, ProposalState::Verified, sha(gcDone)), kVerifier.key());
        const QByteArray approved = signedVerdict(
            verdictOn(s1, 0, kOfficeHead, ProposalState::Approved, sha(verified)), kOfficeHead.key());
        const QByteArray returnedAfter = signedVerdict(
            verdictOn(s1, 0, kVerifier, ProposalState::Returned, sha(approved)), kVerifier.key());
        const QByteArray gcAssigned2 =
            signedVerdict(verdictOn(s1, 2, kVerifier, ProposalState::GcAssigned), kVerifier.key());
        const QByteArray verifiedTooSoon = signedVerdict(
            verdictOn(s1, 2, kVerifier, ProposalState::Verified, sha(gcAssigned2)), kVerifier.key());
        QCOMPARE(sendVerdicts(
                     kVerifier, {verified, approved, returnedAfter, gcAssigned2, verifiedTooSoon}, receipt),
                 QString());
        QCOMPARE(outcomesOf(receipt),
                 words({"accepted",
                        "accepted",
                        "refused:not_allowed_after",
                        "accepted",
                        "refused:not_allowed_after"}));
        // An approval whose `previous` the hub never stored.
        QCOMPARE(sendVerdicts(kOfficeHead, {approvedEarly}, receipt), QString());
        QCOMPARE(outcomesOf(receipt), words({"refused:out_of_order"}));
        auto head = m_hub->storage().itemHead(Batch::idOf(s1.encode()), 0);
        QVERIFY(head && *head);
        QCOMPARE((*head)->verdictId, sha(approved));
        QCOMPARE(valueOr(m_hub->storage().latestVerdictSerial(QStringLiteral("3310042001")), quint64{0}),
                 quint64{5});
    }

    // Each verdict is checked against its own signer's enrolment and the item it names.
    void verdictsAreRefusedOneByOne()
    {
        Batch s1;
        Batch m1;
        prepareReview(s1, m1);
        if (QTest::currentTestFailed()) {
            return;
        }
        // Sukamaju's second batch sends proposal 101 again: that item is refused, 103 accepted.
        const Batch s2 = batchOf(kSukamaju, 2, Batch::idOf(s1.encode()), {101, 103});
        Hub::Ingested up;
        QCOMPARE(upload(sealed(s2, kSukamaju), up), QString());
        QCOMPARE(up.receipt.items.at(0).outcome, ReceiptOutcome::Refused);

        const QByteArray good =
            signedVerdict(verdictOn(s2, 1, kVerifier, ProposalState::Verified), kVerifier.key());
        QByteArray tampered =
            signedVerdict(verdictOn(s1, 0, kVerifier, ProposalState::Verified), kVerifier.key());
        tampered[40] = static_cast<char>(tampered.at(40) ^ 0x01);
        const Reviewer stranger{0xb0, "", "Orang Lain", ReviewerRole::Verifier};
        const QByteArray byStranger =
            signedVerdict(verdictOn(s1, 0, stranger, ProposalState::Verified), stranger.key());
        const QByteArray returned0 =
            signedVerdict(verdictOn(s1, 0, kVerifier, ProposalState::Returned), kVerifier.key());
        // A verifier's key signing what only an office head gives.
        const QByteArray roleNotAllowed = signedVerdict(
            verdictOn(s1, 1, kVerifier, ProposalState::Approved, sha(returned0)), kVerifier.key());
        // Another district's village.
        Verdict elsewhere = verdictOn(s1, 0, kVerifier, ProposalState::Verified);
        elsewhere.districtCode = QStringLiteral("3311");
        elsewhere.villageCode = QStringLiteral("3311012004");
        // Items the hub does not have: another batch id, a position past the end, another proposal,
        // the item the receipt refused, the batch named for another village.
        Verdict noBatch = verdictOn(s1, 0, kVerifier, ProposalState::Verified);
        noBatch.batchId = sha("no such batch");
        Verdict pastTheEnd = verdictOn(s1, 0, kVerifier, ProposalState::Verified);
        pastTheEnd.position = 3;
        Verdict otherProposal = verdictOn(s1, 1, kVerifier, ProposalState::Verified);
        otherProposal.proposalId = 999;
        Verdict otherVillage = verdictOn(s1, 2, kVerifier, ProposalState::Verified);
        otherVillage.villageCode = QStringLiteral("3310042002");
        const QList<QByteArray> files = {
            good,
            tampered,
            QByteArrayLiteral("VDEC not a verdict"),
            byStranger,
            returned0,
            roleNotAllowed,
            signedVerdict(elsewhere, kVerifier.key()),
            signedVerdict(noBatch, kVerifier.key()),
            signedVerdict(pastTheEnd, kVerifier.key()),
            signedVerdict(otherProposal, kVerifier.key()),
            signedVerdict(verdictOn(s2, 0, kVerifier, ProposalState::Verified), kVerifier.key()),
            signedVerdict(otherVillage, kVerifier.key())};
        VerdictReceipt receipt;
        QCOMPARE(sendVerdicts(kVerifier, files, receipt), QString());
        QCOMPARE(outcomesOf(receipt),
                 words({"accepted",
                        "refused:malformed",
                        "refused:malformed",
                        "refused:unknown_reviewer",
                        "accepted",
                        "refused:role_not_allowed",
                        "refused:other_district",
                        "refused:unknown_item",
                        "refused:unknown_item",
                        "refused:unknown_item",
                        "refused:unknown_item",
                        "refused:unknown_item"}));
        for (qsizetype i = 0; i < files.size(); ++i) {
            QCOMPARE(receipt.entries.at(i).verdictId, sha(files.at(i)));
        }

        // The office head revoked: their verdicts are refused inside another's upload, and an upload
        // of their own is refused whole.
        QVERIFY(m_hub->revoke(QStringLiteral("3f120268a4ac50b9")));
        const QByteArray approved = signedVerdict(
            verdictOn(s2, 1, kOfficeHead, ProposalState::Approved, sha(good)), kOfficeHead.key());
        QCOMPARE(sendVerdicts(kVerifier, {approved}, receipt), QString());
        QCOMPARE(outcomesOf(receipt), words({"refused:revoked_reviewer"}));
        auto whole =
            m_hub->ingestVerdicts(sealedTo(verdictUpload(kOfficeHead.key(), {approved}), m_sealingKey));
        QVERIFY(!whole);
        QCOMPARE(whole.error().code, ErrorCode::SyncReviewerNotEnrolled);
        QCOMPARE(valueOr(m_hub->storage().latestVerdictSerial(QStringLiteral("3310042001")), quint64{0}),
                 quint64{2});
    }

    // An upload is refused whole unless an enrolled reviewer signed it for their own vault and sealed
    // it to this hub.
    void anUploadFromAnyoneElseIsRefusedWhole()
    {
        Batch s1;
        Batch m1;
        prepareReview(s1, m1);
        if (QTest::currentTestFailed()) {
            return;
        }
        const QByteArray verdict =
            signedVerdict(verdictOn(s1, 0, kVerifier, ProposalState::Verified), kVerifier.key());
        const auto refusal = [this](const QByteArray &sealedUpload) {
            auto ingested = m_hub->ingestVerdicts(sealedUpload);
            return ingested ? std::nullopt : std::optional(ingested.error().code);
        };
        // A village's device key; a key never enrolled; another vault; another key named inside.
        QCOMPARE(refusal(sealedTo(verdictUpload(kSukamaju.key(), {verdict}), m_sealingKey)),
                 std::optional(ErrorCode::SyncReviewerNotEnrolled));
        const Reviewer stranger{0xb0, "", "Orang Lain", ReviewerRole::Verifier};
        QCOMPARE(refusal(sealedTo(verdictUpload(stranger.key(), {verdict}), m_sealingKey)),
                 std::optional(ErrorCode::SyncReviewerNotEnrolled));
        QCOMPARE(
            refusal(sealedTo(verdictUpload(kVerifier.key(), {verdict}, QStringLiteral("district-3310-ffff")),
                             m_sealingKey)),
            std::optional(ErrorCode::SyncReviewerNotEnrolled));
        VerdictUpload named;
        named.vaultId = QStringLiteral("district-3310-9c1e");
        named.reviewerKeyId = kOfficeHead.id();
        named.createdAt = QStringLiteral("2026-11-24T11:00:00.000Z");
        named.verdicts = {verdict};
        QCOMPARE(refusal(sealedTo(signedFile(FileKind::VerdictUpload, kVerifier.key(), named.encode()),
                                  m_sealingKey)),
                 std::optional(ErrorCode::SyncReviewerNotEnrolled));
        // Sealed to another key; not sealed; a batch, not verdicts.
        const SealingKey other = SealingKey::generate();
        QCOMPARE(refusal(sealedTo(verdictUpload(kVerifier.key(), {verdict}), other.publicKey())),
                 std::optional(ErrorCode::SyncNotForThisHub));
        QCOMPARE(refusal(verdictUpload(kVerifier.key(), {verdict})),
                 std::optional(ErrorCode::SyncFileMalformed));
        QCOMPARE(refusal(sealed(batchOf(kSukamaju, 2, Batch::idOf(s1.encode()), {103}), kSukamaju)),
                 std::optional(ErrorCode::SyncFileMalformed));
        QCOMPARE(valueOr(m_hub->storage().latestVerdictSerial(QStringLiteral("3310042001")), quint64{9}),
                 quint64{0});
        VerdictReceipt receipt;
        QCOMPARE(sendVerdicts(kVerifier, {verdict}, receipt), QString());
        QCOMPARE(outcomesOf(receipt), words({"accepted"}));
    }

    // Another hub process stores a verdict on the same item between this one's look at the item's
    // chain and its store: the store changes nothing, the chain is read again, and this verdict is
    // refused as out of order; the village's serials stay gapless.
    void aRaceForOneItemHasOneWinner()
    {
        Batch s1;
        Batch m1;
        prepareReview(s1, m1);
        if (QTest::currentTestFailed()) {
            return;
        }
        const QByteArray theirs =
            signedVerdict(verdictOn(s1, 0, kVerifier, ProposalState::Returned), kVerifier.key());
        const QByteArray mine =
            signedVerdict(verdictOn(s1, 0, kVerifier, ProposalState::Verified), kVerifier.key());
        const QByteArray alsoMine =
            signedVerdict(verdictOn(s1, 1, kVerifier, ProposalState::Verified), kVerifier.key());
        VerdictReceipt there;
        QString problemThere = QStringLiteral("never ran");
        auto storage = m_kind->openStorage();
        QVERIFY2(storage, storage ? "" : qPrintable(failure(storage.error())));
        auto interleaving = std::make_unique<InterleavingStorage>(std::move(storage).value(), [&] {
            problemThere = sendVerdicts(kVerifier, {theirs}, there);
        });
        InterleavingStorage &watched = *interleaving;
        Hub here(std::move(interleaving), m_clock);
        VerdictReceipt receipt;
        QCOMPARE(sendVerdicts(
                     here, sealedTo(verdictUpload(kVerifier.key(), {mine, alsoMine}), m_sealingKey), receipt),
                 QString());
        QCOMPARE(problemThere, QString());
        QCOMPARE(outcomesOf(there), words({"accepted"}));
        QCOMPARE(outcomesOf(receipt), words({"refused:out_of_order", "accepted"}));
        QCOMPARE(watched.verdictStores(), 2);
        auto stored = m_hub->storage().verdictsAfter(QStringLiteral("3310042001"), 0, 100, qint64{1} << 30);
        QVERIFY(stored);
        QCOMPARE(stored->size(), 2);
        QCOMPARE(stored->at(0).verdictId, sha(theirs));
        QCOMPARE(stored->at(0).villageSerial, quint64{1});
        QCOMPARE(stored->at(1).verdictId, sha(alsoMine));
        QCOMPARE(stored->at(1).villageSerial, quint64{2});
    }

    // Two hub processes storing verdicts of one village at once: its serials have no gap and no repeat,
    // and the verdicts of each upload keep their order; two verdicts on the same item never both get in.
    void twoHubsStoringVerdictsAtOnceGiveGaplessSerials()
    {
        QVERIFY(m_hub->enrolReviewer(reviewerRequestFile(kVerifier)));
        QVERIFY(enrol(kSukamaju));
        constexpr quint64 kItems = 24;
        QList<quint64> proposals;
        for (quint64 i = 1; i <= kItems; ++i) {
            proposals.append(i);
        }
        const Batch batch = batchOf(kSukamaju, 1, std::nullopt, proposals);
        Hub::Ingested up;
        QCOMPARE(upload(sealed(batch, kSukamaju), up), QString());
        auto opened = m_kind->openHub(m_clock);
        QVERIFY2(opened, opened ? "" : qPrintable(failure(opened.error())));
        const std::array<Hub *, 2> hubs = {m_hub.get(), opened->get()};
        // Each side sends one verdict per upload: the even items on one side, the odd on the other, and
        // item 0 on both (a return on one side, a ground check on the other: one wins).
        std::array<QList<QByteArray>, 2> uploads;
        for (quint32 position = 0; position < kItems; ++position) {
            const std::size_t side = position % 2;
            uploads.at(side).append(sealedTo(
                verdictUpload(kVerifier.key(),
                              {signedVerdict(verdictOn(batch, position, kVerifier, ProposalState::Verified),
                                             kVerifier.key())}),
                m_sealingKey));
        }
        uploads.at(1).prepend(sealedTo(
            verdictUpload(
                kVerifier.key(),
                {signedVerdict(verdictOn(batch, 0, kVerifier, ProposalState::Returned), kVerifier.key())}),
            m_sealingKey));
        std::array<QString, 2> problems;
        std::array<int, 2> acceptedOn = {0, 0};
        std::latch start(2);
        {
            std::array<std::thread, 2> threads;
            for (std::size_t side = 0; side < 2; ++side) {
                threads.at(side) = std::thread([&, side] {
                    start.arrive_and_wait();
                    for (const QByteArray &file : std::as_const(uploads.at(side))) {
                        auto result = hubs.at(side)->ingestVerdicts(file);
                        if (!result) {
                            problems.at(side) = failure(result.error());
                            return;
                        }
                        acceptedOn.at(side) +=
                            result->receipt.entries.at(0).outcome == VerdictOutcome::Accepted ? 1 : 0;
                    }
                });
            }
            for (std::thread &thread : threads) {
                thread.join();
            }
        }
        QCOMPARE(problems.at(0), QString());
        QCOMPARE(problems.at(1), QString());
        QCOMPARE(acceptedOn.at(0) + acceptedOn.at(1), int{kItems});
        auto all = m_hub->storage().verdictsAfter(QStringLiteral("3310042001"), 0, 1000, qint64{1} << 30);
        QVERIFY2(all, all ? "" : qPrintable(failure(all.error())));
        QCOMPARE(all->size(), qsizetype{kItems});
        QSet<quint32> positions;
        for (qsizetype i = 0; i < all->size(); ++i) {
            QCOMPARE(all->at(i).villageSerial, quint64(i + 1));
            positions.insert(all->at(i).position);
        }
        QCOMPARE(positions.size(), qsizetype{kItems});
        QCOMPARE(valueOr((*opened)->storage().latestVerdictSerial(QStringLiteral("3310042001")), quint64{0}),
                 quint64{kItems});
    }

    // --- Claims on items (docs/batch-format.md §17) ---

    // Sends a claim request and reads the answer as the vault does: signed by the pinned hub key, a body
    // its reader accepts, the answer the hub says it gave, for this request. The problem, or nothing.
    QString sendClaim(const QByteArray &request, ClaimAnswer &out)
    {
        auto claimed = m_hub->claim(request);
        if (!claimed) {
            return QStringLiteral("claim failed: ") + failure(claimed.error());
        }
        auto body = Envelope::openSigned(claimed->answerFile, FileKind::ClaimAnswer, m_signingKey);
        if (!body) {
            return QStringLiteral("the answer does not verify: ") + failure(body.error());
        }
        auto answer = ClaimAnswer::decode(*body);
        if (!answer) {
            return QStringLiteral("the vault cannot read the answer: ") + failure(answer.error());
        }
        if (!(*answer == claimed->answer) || answer->requestId != sha(request) || answer->hubId != m_hubId) {
            return QStringLiteral("the answer is not the one returned, or not for this request");
        }
        out = *answer;
        return {};
    }

    QString holderOf(const Batch &batch, quint32 position)
    {
        auto claim = m_hub->storage().claimOn(Batch::idOf(batch.encode()), position);
        if (!claim) {
            return failure(claim.error());
        }
        return *claim ? PublicKey::idText((*claim)->reviewerKeyId) + u' ' + (*claim)->until : QString();
    }

    // An item nobody holds is granted; the holder takes it again (a new period from now); another
    // reviewer is told who holds it until when; an item the hub never accepted is unknown.
    void aClaimIsGrantedAndOthersAreToldWhoHoldsIt()
    {
        Batch s1;
        Batch m1;
        prepareReview(s1, m1);
        if (QTest::currentTestFailed()) {
            return;
        }
        const QByteArray batch = Batch::idOf(s1.encode());
        ClaimAnswer answer;
        QCOMPARE(
            sendClaim(claimRequestFile(kVerifier, 1, ClaimAction::Take, 2, {{batch, 0}, {batch, 1}}), answer),
            QString());
        QCOMPARE(claimOutcomesOf(answer),
                 words({"granted:Dewi Anggraini:2026-11-25T09:00:00.000Z",
                        "granted:Dewi Anggraini:2026-11-25T09:00:00.000Z"}));
        QCOMPARE(answer.issuedAt, QStringLiteral("2026-11-23T09:00:00.000Z"));
        QCOMPARE(answer.sequence, quint64{1});
        QCOMPARE(answer.entries.at(0).holderKeyId, kVerifier.id());
        m_clock.advanceSeconds(3600);
        QCOMPARE(sendClaim(claimRequestFile(
                               kOfficeHead, 1, ClaimAction::Take, 1, {{batch, 0}, {batch, 2}, {batch, 7}}),
                           answer),
                 QString());
        QCOMPARE(claimOutcomesOf(answer),
                 words({"held_by_other:Dewi Anggraini:2026-11-25T09:00:00.000Z",
                        "granted:Bambang Wijaya:2026-11-24T10:00:00.000Z",
                        "unknown_item"}));
        QCOMPARE(answer.entries.at(0).holderKeyId, kVerifier.id());
        // The holder again, for one day from now.
        QCOMPARE(sendClaim(claimRequestFile(kVerifier, 2, ClaimAction::Take, 1, {{batch, 0}}), answer),
                 QString());
        QCOMPARE(claimOutcomesOf(answer), words({"granted:Dewi Anggraini:2026-11-24T10:00:00.000Z"}));
        QCOMPARE(holderOf(s1, 0),
                 QString(PublicKey::idText(kVerifier.id()) + QStringLiteral(" 2026-11-24T10:00:00.000Z")));
        QCOMPARE(holderOf(s1, 2),
                 QString(PublicKey::idText(kOfficeHead.id()) + QStringLiteral(" 2026-11-24T10:00:00.000Z")));
    }

    // Once a claim expired, another reviewer takes the item over.
    void anExpiredClaimIsTakenOver()
    {
        Batch s1;
        Batch m1;
        prepareReview(s1, m1);
        if (QTest::currentTestFailed()) {
            return;
        }
        const QByteArray batch = Batch::idOf(s1.encode());
        ClaimAnswer answer;
        QCOMPARE(sendClaim(claimRequestFile(kVerifier, 1, ClaimAction::Take, 1, {{batch, 0}}), answer),
                 QString());
        m_clock.advanceSeconds(24 * 3600 - 1);
        QCOMPARE(sendClaim(claimRequestFile(kOfficeHead, 1, ClaimAction::Take, 3, {{batch, 0}}), answer),
                 QString());
        QCOMPARE(claimOutcomesOf(answer), words({"held_by_other:Dewi Anggraini:2026-11-24T09:00:00.000Z"}));
        m_clock.advanceSeconds(1);
        QCOMPARE(sendClaim(claimRequestFile(kOfficeHead, 2, ClaimAction::Take, 3, {{batch, 0}}), answer),
                 QString());
        QCOMPARE(claimOutcomesOf(answer), words({"granted:Bambang Wijaya:2026-11-27T09:00:00.000Z"}));
        QCOMPARE(sendClaim(claimRequestFile(kVerifier, 2, ClaimAction::Take, 1, {{batch, 0}}), answer),
                 QString());
        QCOMPARE(claimOutcomesOf(answer), words({"held_by_other:Bambang Wijaya:2026-11-27T09:00:00.000Z"}));
    }

    // A release ends the requester's own claim, never another's.
    void aReleaseEndsOnlyTheOwnClaim()
    {
        Batch s1;
        Batch m1;
        prepareReview(s1, m1);
        if (QTest::currentTestFailed()) {
            return;
        }
        const QByteArray batch = Batch::idOf(s1.encode());
        ClaimAnswer answer;
        QCOMPARE(sendClaim(claimRequestFile(kVerifier, 1, ClaimAction::Take, 1, {{batch, 0}}), answer),
                 QString());
        QCOMPARE(
            sendClaim(claimRequestFile(kOfficeHead, 1, ClaimAction::Release, 0, {{batch, 0}, {batch, 1}}),
                      answer),
            QString());
        QCOMPARE(claimOutcomesOf(answer),
                 words({"held_by_other:Dewi Anggraini:2026-11-24T09:00:00.000Z", "released"}));
        QVERIFY(!holderOf(s1, 0).isEmpty());
        QCOMPARE(sendClaim(claimRequestFile(kVerifier, 2, ClaimAction::Release, 0, {{batch, 0}}), answer),
                 QString());
        QCOMPARE(claimOutcomesOf(answer), words({"released"}));
        QCOMPARE(holderOf(s1, 0), QString());
        QCOMPARE(sendClaim(claimRequestFile(kOfficeHead, 2, ClaimAction::Take, 1, {{batch, 0}}), answer),
                 QString());
        QCOMPARE(claimOutcomesOf(answer), words({"granted:Bambang Wijaya:2026-11-24T09:00:00.000Z"}));
    }

    // A verdict on an item another reviewer holds is refused as claimed_by_other, and stores nothing;
    // the holder's own verdict goes in and, when it hands the item on, ends the claim; after a ground
    // check assigned the claim stays; an expired claim holds nobody's verdict back.
    void aVerdictOnAnItemAnotherHoldsIsRefused()
    {
        Batch s1;
        Batch m1;
        prepareReview(s1, m1);
        if (QTest::currentTestFailed()) {
            return;
        }
        const QByteArray batch = Batch::idOf(s1.encode());
        ClaimAnswer answer;
        QCOMPARE(sendClaim(claimRequestFile(kOfficeHead, 1, ClaimAction::Take, 1, {{batch, 0}}), answer),
                 QString());
        QCOMPARE(
            sendClaim(claimRequestFile(kVerifier, 1, ClaimAction::Take, 1, {{batch, 1}, {batch, 2}}), answer),
            QString());
        const QByteArray onHeld =
            signedVerdict(verdictOn(s1, 0, kVerifier, ProposalState::Verified), kVerifier.key());
        const QByteArray onOwn =
            signedVerdict(verdictOn(s1, 1, kVerifier, ProposalState::Verified), kVerifier.key());
        const QByteArray gcOnOwn =
            signedVerdict(verdictOn(s1, 2, kVerifier, ProposalState::GcAssigned), kVerifier.key());
        VerdictReceipt receipt;
        QCOMPARE(sendVerdicts(kVerifier, {onHeld, onOwn, gcOnOwn}, receipt), QString());
        QCOMPARE(outcomesOf(receipt), words({"refused:claimed_by_other", "accepted", "accepted"}));
        QVERIFY(valueOr(m_hub->storage().itemHead(batch, 0), std::optional(HubItemHead{})) == std::nullopt);
        QCOMPARE(holderOf(s1, 0),
                 QString(PublicKey::idText(kOfficeHead.id()) + QStringLiteral(" 2026-11-24T09:00:00.000Z")));
        QCOMPARE(holderOf(s1, 1), QString()); // verified: handed on to the office head
        QVERIFY(!holderOf(s1, 2).isEmpty());  // a ground check: the verifier goes on
        // The office head, who approves, is not held back by the claim the verifier gave up.
        const QByteArray approved = signedVerdict(
            verdictOn(s1, 1, kOfficeHead, ProposalState::Approved, sha(onOwn)), kOfficeHead.key());
        QCOMPARE(sendVerdicts(kOfficeHead, {approved}, receipt), QString());
        QCOMPARE(outcomesOf(receipt), words({"accepted"}));
        // Once the office head's claim expired, the verifier's verdict goes in.
        m_clock.advanceSeconds(24 * 3600);
        QCOMPARE(sendVerdicts(kVerifier, {onHeld}, receipt), QString());
        QCOMPARE(outcomesOf(receipt), words({"accepted"}));
    }

    // A request replayed (the same, or an older sequence), signed by another key than the one it names,
    // changed on the way, from an unknown, revoked or other vault's reviewer: refused, nothing changes.
    void aForgedOrReplayedClaimRequestIsRefused()
    {
        Batch s1;
        Batch m1;
        prepareReview(s1, m1);
        if (QTest::currentTestFailed()) {
            return;
        }
        const QByteArray batch = Batch::idOf(s1.encode());
        const QByteArray take = claimRequestFile(kVerifier, 5, ClaimAction::Take, 1, {{batch, 0}});
        ClaimAnswer answer;
        QCOMPARE(sendClaim(take, answer), QString());
        QCOMPARE(sendClaim(claimRequestFile(kVerifier, 6, ClaimAction::Release, 0, {{batch, 0}}), answer),
                 QString());
        QCOMPARE(holderOf(s1, 0), QString());
        const auto refusedWith = [this, &s1](const QByteArray &file, ErrorCode code) -> QString {
            auto claimed = m_hub->claim(file);
            if (claimed) {
                return QStringLiteral("not refused");
            }
            if (claimed.error().code != code) {
                return QStringLiteral("refused with ") + errorCodeName(claimed.error().code);
            }
            return holderOf(s1, 0);
        };
        // Carried again after the release, or with an older number.
        QCOMPARE(refusedWith(take, ErrorCode::ReviewClaimReplayed), QString());
        QCOMPARE(refusedWith(claimRequestFile(kVerifier, 4, ClaimAction::Take, 1, {{batch, 0}}),
                             ErrorCode::ReviewClaimReplayed),
                 QString());
        // The verifier's request signed by the office head's key.
        QCOMPARE(refusedWith(claimRequestFile(kVerifier, 7, ClaimAction::Take, 1, {{batch, 0}}, &kOfficeHead),
                             ErrorCode::SyncSignatureInvalid),
                 QString());
        // One byte of the body changed (the days).
        QByteArray tampered = claimRequestFile(kVerifier, 8, ClaimAction::Take, 1, {{batch, 0}});
        tampered[tampered.size() - 64 - 36 - 4 - 28 - 1] ^= 0x01;
        QCOMPARE(refusedWith(tampered, ErrorCode::SyncSignatureInvalid), QString());
        // For another vault, from a key the hub never enrolled, from a revoked reviewer.
        QCOMPARE(refusedWith(claimRequestFile(kVerifier,
                                              9,
                                              ClaimAction::Take,
                                              1,
                                              {{batch, 0}},
                                              nullptr,
                                              QStringLiteral("district-3310-other")),
                             ErrorCode::SyncReviewerNotEnrolled),
                 QString());
        const Reviewer stranger{0xb0, "", "Orang Lain", ReviewerRole::Verifier};
        ClaimRequest request;
        request.vaultId = QStringLiteral("district-3310-9c1e");
        request.reviewerKeyId = PublicKey::idOf(stranger.key().publicKey());
        request.sequence = 1;
        request.days = 1;
        request.createdAt = QStringLiteral("2026-11-23T09:00:00.000Z");
        request.items = {{batch, 0}};
        QCOMPARE(refusedWith(signedFile(FileKind::ClaimRequest, stranger.key(), request.encode()),
                             ErrorCode::SyncReviewerNotEnrolled),
                 QString());
        QVERIFY(m_hub->revoke(PublicKey::idText(kVerifier.id())));
        QCOMPARE(refusedWith(claimRequestFile(kVerifier, 10, ClaimAction::Take, 1, {{batch, 0}}),
                             ErrorCode::SyncReviewerNotEnrolled),
                 QString());
        // Not a claim request at all.
        QCOMPARE(
            refusedWith(signedVerdict(verdictOn(s1, 0, kVerifier, ProposalState::Verified), kVerifier.key()),
                        ErrorCode::SyncFileMalformed),
            QString());
    }

    // A village's device fetches the verdicts on its items: only its village's, with each reviewer who
    // signed them listed once, sealed to that device alone, a page at a time.
    void aVillageFetchesItsDecisions()
    {
        Batch s1;
        Batch m1;
        prepareReview(s1, m1);
        if (QTest::currentTestFailed()) {
            return;
        }
        const QByteArray v0 =
            signedVerdict(verdictOn(s1, 0, kVerifier, ProposalState::Verified), kVerifier.key());
        const QByteArray v1 =
            signedVerdict(verdictOn(s1, 1, kVerifier, ProposalState::Returned), kVerifier.key());
        const QByteArray m0 =
            signedVerdict(verdictOn(m1, 0, kVerifier, ProposalState::Verified), kVerifier.key());
        const QByteArray a0 =
            signedVerdict(verdictOn(s1, 0, kOfficeHead, ProposalState::Approved, sha(v0)), kOfficeHead.key());
        VerdictReceipt receipt;
        QCOMPARE(sendVerdicts(kVerifier, {v0, m0, v1}, receipt), QString());
        m_clock.advanceSeconds(60);
        QCOMPARE(sendVerdicts(kOfficeHead, {a0}, receipt), QString());

        auto page = m_hub->decisions(decisionRequest(kSukamaju, 0));
        QVERIFY2(page, page ? "" : qPrintable(failure(page.error())));
        QCOMPARE(page->verdicts, 3);
        QCOMPARE(page->villageCode, QStringLiteral("3310042001"));
        QCOMPARE(page->deviceKeyId, kSukamaju.id());
        QCOMPARE(page->latest, quint64{3});
        QVERIFY(!page->hasMore());
        // Sealed to Sukamaju's device: Mojoroto's key does not open it, nor a reviewer's.
        QVERIFY(!openDecisions(page->sealedFile, kMojoroto.key(), m_signingKey));
        QVERIFY(!openDecisions(page->sealedFile, kVerifier.key(), m_signingKey));
        auto list = openDecisions(page->sealedFile, kSukamaju.key(), m_signingKey);
        QVERIFY2(list, list ? "" : qPrintable(failure(list.error())));
        QCOMPARE(list->hubId, m_hubId);
        QCOMPARE(list->villageCode, QStringLiteral("3310042001"));
        QCOMPARE(list->deviceKeyId, kSukamaju.id());
        QCOMPARE(list->after, quint64{0});
        QCOMPARE(list->latest, quint64{3});
        QCOMPARE(list->entries.size(), 3);
        QCOMPARE(list->entries.at(0).serial, quint64{1});
        QCOMPARE(list->entries.at(0).verdictFile, v0);
        QCOMPARE(list->entries.at(1).verdictFile, v1);
        QCOMPARE(list->entries.at(2).verdictFile, a0);
        QCOMPARE(list->entries.at(2).storedAt, QStringLiteral("2026-11-23T09:01:00.000Z"));
        QCOMPARE(list->reviewers.size(), 2);
        QCOMPARE(list->reviewers.at(0).publicKey, kVerifier.key().publicKey());
        QCOMPARE(list->reviewers.at(0).name, QStringLiteral("Dewi Anggraini"));
        QCOMPARE(list->reviewers.at(0).role, ReviewerRole::Verifier);
        QCOMPARE(list->reviewers.at(1).publicKey, kOfficeHead.key().publicKey());
        QCOMPARE(list->reviewers.at(1).role, ReviewerRole::OfficeHead);

        // A page of one: the village asks again from where it stands.
        page = m_hub->decisions(decisionRequest(kSukamaju, 0), 1, Hub::kMaxDecisionPageBytes);
        QVERIFY(page);
        QCOMPARE(page->verdicts, 1);
        QCOMPARE(page->last, quint64{1});
        QVERIFY(page->hasMore());
        list = openDecisions(page->sealedFile, kSukamaju.key(), m_signingKey);
        QVERIFY(list);
        QCOMPARE(list->reviewers.size(), 1);
        QVERIFY(list->hasMore());
        page = m_hub->decisions(decisionRequest(kSukamaju, 2));
        QVERIFY(page);
        list = openDecisions(page->sealedFile, kSukamaju.key(), m_signingKey);
        QVERIFY(list);
        QCOMPARE(list->entries.size(), 1);
        QCOMPARE(list->entries.at(0).serial, quint64{3});
        QCOMPARE(list->reviewers.size(), 1);
        QCOMPARE(list->reviewers.at(0).role, ReviewerRole::OfficeHead);
        page = m_hub->decisions(decisionRequest(kSukamaju, 3));
        QVERIFY(page);
        QCOMPARE(page->verdicts, 0);
        QCOMPARE(page->latest, quint64{3});

        // Mojoroto's list holds Mojoroto's verdict only.
        page = m_hub->decisions(decisionRequest(kMojoroto, 0));
        QVERIFY(page);
        list = openDecisions(page->sealedFile, kMojoroto.key(), m_signingKey);
        QVERIFY(list);
        QCOMPARE(list->entries.size(), 1);
        QCOMPARE(list->entries.at(0).verdictFile, m0);
        QCOMPARE(list->reviewers.size(), 1);

        // The USB route: the same list, sealed to the village's device.
        auto usb = m_hub->decisionsFor(QStringLiteral("3310042001"), 1);
        QVERIFY2(usb, usb ? "" : qPrintable(failure(usb.error())));
        QCOMPARE(usb->deviceKeyId, kSukamaju.id());
        list = openDecisions(usb->sealedFile, kSukamaju.key(), m_signingKey);
        QVERIFY(list);
        QCOMPARE(list->entries.size(), 2);
        auto nobody = m_hub->decisionsFor(QStringLiteral("3310051003"), 0);
        QVERIFY(!nobody);
        QCOMPARE(nobody.error().code, ErrorCode::HubVillageNotEnrolled);
        QVERIFY(describe(nobody.error()).contains(QStringLiteral("3310051003")));
    }

    void aDecisionsRequestFromAnyoneElseIsRefused()
    {
        Batch s1;
        Batch m1;
        prepareReview(s1, m1);
        if (QTest::currentTestFailed()) {
            return;
        }
        const auto refusal = [this](const QByteArray &request) {
            auto page = m_hub->decisions(request);
            return page ? std::nullopt : std::optional(page.error().code);
        };
        QVERIFY(m_hub->decisions(decisionRequest(kSukamaju, 0)));
        // Another village's code, a device never enrolled, signed by another key than the one named.
        QCOMPARE(refusal(decisionRequest(kSukamaju, 0, QStringLiteral("3310042002"))),
                 std::optional(ErrorCode::SyncNotEnrolled));
        QCOMPARE(refusal(decisionRequest(kStranger, 0)), std::optional(ErrorCode::SyncNotEnrolled));
        QCOMPARE(refusal(decisionRequest(kSukamaju, 0, {}, &kMojoroto)),
                 std::optional(ErrorCode::SyncNotEnrolled));
        // A reviewer's key; not a request; a tampered one.
        QCOMPARE(refusal(feedRequest(kVerifier.key(), 0)), std::optional(ErrorCode::SyncFileMalformed));
        QByteArray tampered = decisionRequest(kSukamaju, 0);
        tampered[30] = static_cast<char>(tampered.at(30) ^ 0x01);
        QVERIFY(refusal(tampered));
        // Revoked: refused from then on, as such.
        QVERIFY(m_hub->revoke(QStringLiteral("3bb315866bd1d77d")));
        auto revoked = m_hub->decisions(decisionRequest(kSukamaju, 0));
        QVERIFY(!revoked);
        QCOMPARE(revoked.error().code, ErrorCode::SyncDeviceRevoked);
        QCOMPARE(revoked.error().args.value(0), QStringLiteral("Dinsos Klaten"));
        auto usb = m_hub->decisionsFor(QStringLiteral("3310042001"), 0);
        QVERIFY(!usb);
        QCOMPARE(usb.error().code, ErrorCode::HubVillageNotEnrolled);
        QVERIFY(m_hub->decisions(decisionRequest(kMojoroto, 0)));
    }

    // --- Signed snapshots (docs/batch-format.md §16) ---

    void aSnapshotIsPublishedAndSealedToTheVillage()
    {
        QVERIFY(enrol(kSukamaju));
        QVERIFY(enrol(kMojoroto));
        const QString village = QStringLiteral("3310042001");
        const QByteArray first = snapshotCsv(village, 3);
        auto published = m_hub->publishSnapshot(village,
                                                first,
                                                QStringLiteral("/media/usb/dtsen-3310042001.csv"),
                                                QStringLiteral("DTSEN Juni 2026"));
        QVERIFY2(published, published ? "" : qPrintable(failure(published.error())));
        QCOMPARE(published->serial, quint64{1});
        QVERIFY(published->stored);
        QCOMPARE(published->label, QStringLiteral("DTSEN Juni 2026"));
        QCOMPARE(published->fileName, QStringLiteral("dtsen-3310042001.csv"));
        // The same bytes again, under another label: the number they have, nothing stored.
        m_clock.advanceSeconds(60);
        auto again =
            m_hub->publishSnapshot(village, first, QStringLiteral("again.csv"), QStringLiteral("Lagi"));
        QVERIFY(again);
        QCOMPARE(again->serial, quint64{1});
        QVERIFY(!again->stored);
        QCOMPARE(again->label, QStringLiteral("DTSEN Juni 2026"));
        // The next quarter; without a label, the file's name is its label. Dotted codes are the village's.
        const QByteArray second = snapshotCsv(village, 4).replace(",3310042001,", ",33.10.04.2001,");
        auto next = m_hub->publishSnapshot(village, second, QStringLiteral("dtsen-desember.csv"), {});
        QVERIFY2(next, next ? "" : qPrintable(failure(next.error())));
        QCOMPARE(next->serial, quint64{2});
        QVERIFY(next->stored);
        QCOMPARE(next->label, QStringLiteral("dtsen-desember"));
        // Another village's serials start at 1.
        auto mojoroto = m_hub->publishSnapshot(QStringLiteral("3310042002"),
                                               snapshotCsv(QStringLiteral("3310042002"), 2),
                                               QStringLiteral("m.csv"),
                                               {});
        QVERIFY(mojoroto);
        QCOMPARE(mojoroto->serial, quint64{1});

        // The newest, signed by the hub and sealed to Sukamaju's device.
        auto file = m_hub->snapshotFor(village);
        QVERIFY2(file, file ? "" : qPrintable(failure(file.error())));
        QCOMPARE(file->serial, quint64{2});
        QCOMPARE(file->deviceKeyId, kSukamaju.id());
        QCOMPARE(file->label, QStringLiteral("dtsen-desember"));
        QVERIFY(!openSnapshot(file->sealedFile, kMojoroto.key(), m_signingKey));
        QVERIFY(!openSnapshot(file->sealedFile, kSukamaju.key(), kMojoroto.key().publicKey()));
        auto snapshot = openSnapshot(file->sealedFile, kSukamaju.key(), m_signingKey);
        QVERIFY2(snapshot, snapshot ? "" : qPrintable(failure(snapshot.error())));
        QCOMPARE(snapshot->hubId, m_hubId);
        QCOMPARE(snapshot->villageCode, village);
        QCOMPARE(snapshot->deviceKeyId, kSukamaju.id());
        QCOMPARE(snapshot->serial, quint64{2});
        QCOMPARE(snapshot->label, QStringLiteral("dtsen-desember"));
        QCOMPARE(snapshot->fileName, QStringLiteral("dtsen-desember.csv"));
        QCOMPARE(snapshot->csv, second);
        QCOMPARE(snapshot->issuedAt, QStringLiteral("2026-11-23T09:01:00.000Z"));
        // An older one by its number.
        file = m_hub->snapshotFor(village, 1);
        QVERIFY(file);
        snapshot = openSnapshot(file->sealedFile, kSukamaju.key(), m_signingKey);
        QVERIFY(snapshot);
        QCOMPARE(snapshot->serial, quint64{1});
        QCOMPARE(snapshot->csv, first);
        QCOMPARE(snapshot->issuedAt, QStringLiteral("2026-11-23T09:00:00.000Z"));

        // No such number; no snapshot yet; no laptop to seal to.
        auto missing = m_hub->snapshotFor(village, 3);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, ErrorCode::SnapshotNotFound);
        QVERIFY(m_hub->revoke(QStringLiteral("97554c0b30bc93bb")));
        auto revoked = m_hub->snapshotFor(QStringLiteral("3310042002"));
        QVERIFY(!revoked);
        QCOMPARE(revoked.error().code, ErrorCode::HubVillageNotEnrolled);
        QVERIFY(m_hub->publishSnapshot(QStringLiteral("3310051003"),
                                       snapshotCsv(QStringLiteral("3310051003"), 1),
                                       QStringLiteral("k.csv"),
                                       {}));
        auto nobody = m_hub->snapshotFor(QStringLiteral("3310051003"));
        QVERIFY(!nobody);
        QCOMPARE(nobody.error().code, ErrorCode::HubVillageNotEnrolled);
    }

    void aSnapshotThatIsNotTheVillagesIsRefused_data()
    {
        QTest::addColumn<QString>("village");
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<ErrorCode>("code");
        const QString sukamaju = QStringLiteral("3310042001");
        QTest::newRow("another district")
            << QStringLiteral("3311012004") << snapshotCsv(QStringLiteral("3311012004"), 2)
            << ErrorCode::SyncOtherDistrict;
        QTest::newRow("not a village code")
            << QStringLiteral("33100420") << snapshotCsv(sukamaju, 2) << ErrorCode::SyncOtherDistrict;
        QTest::newRow("empty") << sukamaju << QByteArray() << ErrorCode::CsvEmpty;
        QTest::newRow("a header only") << sukamaju << snapshotCsv(sukamaju, 0) << ErrorCode::CsvEmpty;
        QTest::newRow("a row of another village")
            << sukamaju << snapshotCsv(sukamaju, 3, 2, QStringLiteral("3310042002"))
            << ErrorCode::SnapshotOtherVillage;
        QTest::newRow("a row without a village")
            << sukamaju << snapshotCsv(sukamaju, 3, 3, QString()) << ErrorCode::SnapshotOtherVillage;
        QTest::newRow("the village of the other district")
            << sukamaju << snapshotCsv(sukamaju, 1, 1, QStringLiteral("3311012004"))
            << ErrorCode::SnapshotOtherVillage;
        QTest::newRow("no village column")
            << sukamaju << QByteArray("household_id,rt\r\nH1,1\r\n") << ErrorCode::CsvMissingColumn;
        QTest::newRow("an unterminated quote") << sukamaju << (snapshotCsv(sukamaju, 1) + "H2,\"3310042001,1")
                                               << ErrorCode::CsvUnterminatedQuote;
    }

    void aSnapshotThatIsNotTheVillagesIsRefused()
    {
        QFETCH(QString, village);
        QFETCH(QByteArray, csv);
        QFETCH(ErrorCode, code);
        QVERIFY(enrol(kSukamaju));
        auto published =
            m_hub->publishSnapshot(village, csv, QStringLiteral("dtsen.csv"), QStringLiteral("DTSEN"));
        QVERIFY(!published);
        QCOMPARE(errorCodeName(published.error().code), errorCodeName(code));
        if (code == ErrorCode::SnapshotOtherVillage) {
            QCOMPARE(published.error().args.value(0), village);
            QVERIFY(!describe(published.error()).isEmpty());
        }
        auto stored = m_hub->storage().snapshot(village, 0);
        QVERIFY(stored);
        QVERIFY(!*stored);
        // Nothing was numbered: the village's first good snapshot is still number 1.
        if (village == u"3310042001") {
            auto good = m_hub->publishSnapshot(village, snapshotCsv(village, 1), QStringLiteral("d.csv"), {});
            QVERIFY(good);
            QCOMPARE(good->serial, quint64{1});
        }
    }

    void anotherHubOnTheSameStorageContinuesTheSerials()
    {
        // Two hubs on one storage (two processes) publish CSVs of one village in turn, and one CSV twice.
        auto other = m_hub->another();
        QVERIFY2(other, other ? "" : qPrintable(failure(other.error())));
        const QString village = QStringLiteral("3310042001");
        QList<quint64> serials;
        for (int i = 1; i <= 6; ++i) {
            Hub &hub = i % 2 == 0 ? **other : *m_hub;
            auto published =
                hub.publishSnapshot(village, snapshotCsv(village, i), QStringLiteral("d.csv"), {});
            QVERIFY2(published, published ? "" : qPrintable(failure(published.error())));
            serials.append(published->serial);
        }
        auto repeated =
            (*other)->publishSnapshot(village, snapshotCsv(village, 3), QStringLiteral("d.csv"), {});
        QVERIFY(repeated);
        QCOMPARE(repeated->serial, quint64{3});
        QCOMPARE(serials, (QList<quint64>{1, 2, 3, 4, 5, 6}));
    }

    // --- The hub's key file (embedded storage only) ---

    void theKeyFileOpensTheHubAndNoOtherDoes()
    {
        auto *sqlite = dynamic_cast<SqliteKind *>(m_kind.get());
        if (sqlite == nullptr) {
            QSKIP("the key file belongs to the embedded storage");
        }
        const QString folder = sqlite->folder();
        const QString keyFile = QDir(folder).filePath(QStringLiteral("hub.key"));
        const QString database = QDir(folder).filePath(QStringLiteral("hub.db"));
        // Readable by the hub's user only.
        const QFileDevice::Permissions userBits =
            QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser;
        QCOMPARE((QFileInfo(keyFile).permissions() & ~userBits).toInt(),
                 (QFileDevice::ReadOwner | QFileDevice::WriteOwner).toInt());
        QCOMPARE((QFileInfo(folder).permissions() & ~userBits).toInt(),
                 (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner).toInt());
        QFile key(keyFile);
        QVERIFY(key.open(QIODevice::ReadOnly));
        const QByteArray keyText = key.readAll();
        QCOMPARE(keyText.size(), 65);
        QVERIFY(keyText.endsWith('\n'));
        QCOMPARE(QByteArray::fromHex(keyText.trimmed()).size(), 32);
        // The database is encrypted.
        QFile db(database);
        QVERIFY(db.open(QIODevice::ReadOnly));
        QVERIFY(!db.read(16).startsWith("SQLite format 3"));
        m_hub.reset();

        QTemporaryDir elsewhere;
        QVERIFY(elsewhere.isValid());
        const auto writeKey = [&elsewhere](const char *name, const QByteArray &content) {
            QFile file(elsewhere.filePath(QString::fromLatin1(name)));
            if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
                return QString();
            }
            return file.fileName();
        };
        const QList<std::pair<QString, QString>> wrongFiles = {
            {QStringLiteral("another key"), writeKey("other.key", QByteArray(64, 'a') + '\n')},
            {QStringLiteral("not hex"), writeKey("garbled.key", QByteArray(64, 'z') + '\n')},
            {QStringLiteral("too short"), writeKey("short.key", QByteArray(62, 'a') + '\n')},
            {QStringLiteral("empty"), writeKey("empty.key", QByteArray())},
            {QStringLiteral("missing"), elsewhere.filePath(QStringLiteral("missing.key"))},
        };
        for (const auto &[what, path] : wrongFiles) {
            QVERIFY2(!path.isEmpty(), qPrintable(what));
            auto opened = Hub::open(folder, path, m_clock);
            QVERIFY2(!opened, qPrintable(what));
            // A wrong key and a malformed key file say so, and name the key file; a missing one is
            // a missing file.
            const ErrorCode expected =
                what == u"missing" ? ErrorCode::FileNotFound : ErrorCode::HubKeyFileWrong;
            QVERIFY2(opened.error().code == expected,
                     qPrintable(what + u' ' + errorCodeName(opened.error().code)));
            QVERIFY2(describe(opened.error()).contains(path), qPrintable(describe(opened.error())));
        }

        // A hub folder is made once.
        Hub::InitOptions options;
        options.name = QStringLiteral("Dinsos Klaten");
        options.districtCode = QStringLiteral("3310");
        auto again = Hub::init(folder, options, m_clock);
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::FileExists);
        // Its own key still opens it, and nothing changed.
        auto reopened = Hub::open(folder, keyFile, m_clock);
        QVERIFY2(reopened, reopened ? "" : qPrintable(failure(reopened.error())));
        QCOMPARE(*(*reopened)->fingerprint(), PublicKey::idTextOf(m_signingKey));
        // No hub there.
        auto nothing = Hub::open(elsewhere.path(), keyFile, m_clock);
        QVERIFY(!nothing);
        QVERIFY(nothing.error().code != ErrorCode::Internal);
    }

    // --- Rotating the hub's keys (docs/hub.md "Rotating the hub's keys") ---

    // A batch sealed to the old sealing key (on a USB stick for weeks) still opens; everything the hub
    // signs from then on is signed by the new key, the receipts it gave before included; the key list
    // leads from the old signing key to the new one.
    void rotatedKeysStillOpenWhatWasSealedBefore()
    {
        QVERIFY(enrol(kSukamaju));
        const Batch first = batchOf(kSukamaju, 1, std::nullopt, {101});
        const Batch second = batchOf(kSukamaju, 2, Batch::idOf(first.encode()), {102});
        Hub::Ingested before;
        QCOMPARE(upload(sealed(first, kSukamaju), before), QString());
        const QByteArray secondOnTheStick = sealed(second, kSukamaju);
        const QByteArray oldSigningKey = m_signingKey;

        m_clock.advanceSeconds(86400);
        auto rotated = m_hub->rotateKeys(365);
        QVERIFY2(rotated, rotated ? "" : qPrintable(failure(rotated.error())));
        QCOMPARE(rotated->generation, 2U);
        QCOMPARE(rotated->previousFingerprint, PublicKey::idTextOf(oldSigningKey));
        QCOMPARE(rotated->expiresAt, QStringLiteral("2027-11-24T09:00:00.000Z"));
        auto chain = HubKeyChain::open(rotated->chainFile, oldSigningKey);
        QVERIFY2(chain, chain ? "" : qPrintable(failure(chain.error())));
        QCOMPARE(chain->hubId, m_hubId);
        QCOMPARE(chain->generations.size(), 2);
        QCOMPARE(chain->generations.at(0).signingKey, oldSigningKey);
        QCOMPARE(chain->generations.at(0).sealingKey, m_sealingKey);
        QCOMPARE(PublicKey::idTextOf(chain->current().signingKey), rotated->fingerprint);
        QVERIFY(chain->current().sealingKey != m_sealingKey);
        QCOMPARE(*m_hub->fingerprint(), rotated->fingerprint);
        const QByteArray oldSealingKey = m_sealingKey;
        m_signingKey = chain->current().signingKey;
        m_sealingKey = chain->current().sealingKey;

        // The batch sealed before: opened with the kept key, answered with the new one.
        Hub::Ingested late;
        QCOMPARE(upload(secondOnTheStick, late), QString());
        QVERIFY(late.stored);
        QCOMPARE(late.receipt.outcome, ReceiptOutcome::Accepted);
        QCOMPARE(late.receiptFile.sliced(5, 8), PublicKey::idOf(m_signingKey));
        // The first batch again: the same receipt (the same body), now signed by the new key.
        Hub::Ingested again;
        QCOMPARE(upload(sealed(first, kSukamaju), again), QString());
        QVERIFY(!again.stored);
        QVERIFY(again.receipt == before.receipt);
        QCOMPARE(again.receiptFile.sliced(17, again.receiptFile.size() - 17 - 64),
                 before.receiptFile.sliced(17, before.receiptFile.size() - 17 - 64));
        auto asked = m_hub->announced(kSukamaju.id(), *before.receipt.batchId);
        QVERIFY(asked && asked->device && asked->receiptFile);
        QVERIFY(Envelope::openSigned(*asked->receiptFile, FileKind::Receipt, m_signingKey));
        // And new work goes to the new keys: a batch sealed to them, an enrolment, a revocation list.
        const Batch third = batchOf(kSukamaju, 3, Batch::idOf(second.encode()), {103});
        Hub::Ingested next;
        QCOMPARE(upload(sealed(third, kSukamaju), next), QString());
        QVERIFY(next.stored);
        auto answer = enrol(kMojoroto);
        QVERIFY(answer);
        QCOMPARE(answer->hubSigningKey, m_signingKey);
        QCOMPARE(answer->hubSealingKey, m_sealingKey);
        auto list = m_hub->revocationList();
        QVERIFY(list && Envelope::openSigned(*list, FileKind::RevocationList, m_signingKey));
        // A key that was never the hub's is still another hub's.
        Hub::Ingested stranger;
        QCOMPARE(upload(sealedTo(signedBatch(third, kSukamaju.key()), SealingKey::generate().publicKey()),
                        stranger),
                 QString());
        QCOMPARE(stranger.receipt.reason, std::optional(ReceiptReason::WrongHub));
        QCOMPARE(counts().batches, 3);

        // Every generation is kept, through a new connection too, each endorsed by the one before.
        auto storage = m_kind->openStorage();
        QVERIFY(storage);
        auto kept = (*storage)->keys();
        QVERIFY(kept);
        QCOMPARE(kept->size(), std::size_t{2});
        QCOMPARE(kept->front().sealingPublic, oldSealingKey);
        QVERIFY(kept->front().endorsement.isEmpty());
        const HubKeyGeneration link{2,
                                    kept->back().signingPublic,
                                    kept->back().sealingPublic,
                                    kept->back().createdAt,
                                    kept->back().expiresAt,
                                    {}};
        QVERIFY(PublicKey::verify(oldSigningKey, link.endorsedBytes(m_hubId), kept->back().endorsement));
    }

    // Another process rotates while a hub keeps its keys: it finds the new generation when a batch is
    // sealed to it, and a second rotation follows the newest generation, not the one it had read.
    void aRotationByAnotherProcessIsPickedUp()
    {
        QVERIFY(enrol(kSukamaju));
        auto opened = m_kind->openHub(m_clock);
        QVERIFY2(opened, opened ? "" : qPrintable(failure(opened.error())));
        Hub &other = **opened;
        QCOMPARE(*other.fingerprint(), PublicKey::idTextOf(m_signingKey)); // its keys are read now
        auto rotated = m_hub->rotateKeys(0);
        QVERIFY(rotated);
        QVERIFY(rotated->expiresAt.isEmpty());
        auto chain = HubKeyChain::open(rotated->chainFile, m_signingKey);
        QVERIFY(chain);
        m_sealingKey = chain->current().sealingKey;
        m_signingKey = chain->current().signingKey;
        Hub::Ingested up;
        QCOMPARE(upload(other, sealed(batchOf(kSukamaju, 1, std::nullopt, {101}), kSukamaju), up), QString());
        QVERIFY(up.stored);
        auto third = other.rotateKeys(0);
        QVERIFY2(third, third ? "" : qPrintable(failure(third.error())));
        QCOMPARE(third->generation, 3U);
        QVERIFY(HubKeyChain::open(third->chainFile, chain->generations.at(0).signingKey));
        // The storage takes only the next generation: a stale one is refused, nothing added.
        HubKeys stale;
        stale.generation = 3;
        const Signer signer = Signer::generate();
        const SealingKey sealing = SealingKey::generate();
        stale.signingPublic = signer.publicKey();
        stale.signingSeed = SecureBytes::copyOf(signer.seed().bytes());
        stale.sealingPublic = sealing.publicKey();
        stale.sealingSecret = SecureBytes::copyOf(sealing.secretKey().bytes());
        stale.createdAt = QStringLiteral("2026-11-23T09:00:00.000Z");
        stale.endorsement = QByteArray(64, '\x01');
        auto added = m_hub->storage().addKeys(stale);
        QVERIFY(added);
        QVERIFY(!*added);
        QCOMPARE(m_hub->storage().keys()->size(), std::size_t{3});
    }

    void keysThatExpireSaySo()
    {
        auto state = m_hub->keyState();
        QVERIFY(state);
        QCOMPARE(state->generation, 1U);
        QVERIFY(state->expiresAt.isEmpty());
        QVERIFY(!state->expired);
        QVERIFY(m_hub->rotateKeys(10));
        m_clock.advanceSeconds(qint64{9} * 86400);
        state = m_hub->keyState();
        QCOMPARE(state->generation, 2U);
        QCOMPARE(state->expiresAt, QStringLiteral("2026-12-03T09:00:00.000Z"));
        QVERIFY(!state->expired);
        m_clock.advanceSeconds(86400);
        QVERIFY(m_hub->keyState()->expired);
    }

    // A hub made before keys could be rotated (schema version 1: one key pair of each kind) is brought
    // to version 2 when it is opened: its keys become generation 1, and batches sealed to them open.
    void aHubOfTheFirstSchemaIsBroughtForward()
    {
        auto keys = m_hub->storage().keys();
        QVERIFY(keys);
        const QByteArray signingPublic = keys->front().signingPublic;
        // Two batches stored before the review feed: they get their serials in the order received.
        QVERIFY(enrol(kSukamaju));
        QVERIFY(enrol(kMojoroto));
        Hub::Ingested up;
        m_clock.advanceSeconds(60);
        const Batch first = batchOf(kSukamaju, 1, std::nullopt, {101});
        QCOMPARE(upload(sealed(first, kSukamaju), up), QString());
        m_clock.advanceSeconds(60);
        QCOMPARE(upload(sealed(batchOf(kMojoroto, 1, std::nullopt, {201}), kMojoroto), up), QString());
        m_hub.reset();
        if (auto *sqlite = dynamic_cast<SqliteKind *>(m_kind.get()); sqlite != nullptr) {
            QFile keyFile(QDir(sqlite->folder()).filePath(QStringLiteral("hub.key")));
            QVERIFY(keyFile.open(QIODevice::ReadOnly));
            const QByteArray raw = QByteArray::fromHex(keyFile.readAll().trimmed());
            auto db = Database::openEncrypted(
                QDir(sqlite->folder()).filePath(QStringLiteral("hub.db")),
                SecureBytes::copyOf(std::span(reinterpret_cast<const unsigned char *>(raw.constData()),
                                              std::size_t(raw.size()))), // NOLINT
                Database::Mode::Open);
            QVERIFY2(db, db ? "" : qPrintable(failure(db.error())));
            QVERIFY((*db)->executeScript(QStringLiteral(
                "CREATE TABLE hub_keys (id INTEGER PRIMARY KEY CHECK (id = 1), signing_public BLOB NOT NULL, "
                "signing_seed BLOB NOT NULL, sealing_public BLOB NOT NULL, sealing_secret BLOB NOT NULL) "
                "STRICT;"
                "INSERT INTO hub_keys SELECT 1, signing_public, signing_seed, sealing_public, sealing_secret "
                "FROM hub_key_generations;"
                "DROP TABLE snapshots; DROP TABLE review_claims; DROP TABLE review_claim_sequences; "
                "DROP TABLE verdicts; DROP TABLE hub_key_generations; DROP TABLE reviewers; "
                "DROP INDEX batches_feed_serial; "
                "ALTER TABLE batches DROP COLUMN feed_serial; PRAGMA user_version = 1;")));
        } else {
            auto *postgres = dynamic_cast<PostgresKind *>(m_kind.get());
            QVERIFY(postgres != nullptr);
            for (const char *sql :
                 {"CREATE TABLE hub_keys (id bigint PRIMARY KEY CHECK (id = 1), signing_public bytea NOT "
                  "NULL, "
                  "signing_seed_wrapped bytea NOT NULL, sealing_public bytea NOT NULL, "
                  "sealing_secret_wrapped "
                  "bytea NOT NULL)",
                  "INSERT INTO hub_keys SELECT 1, signing_public, signing_seed_wrapped, sealing_public, "
                  "sealing_secret_wrapped FROM hub_key_generations",
                  "DROP TABLE snapshots",
                  "DROP TABLE review_claims",
                  "DROP TABLE review_claim_sequences",
                  "DROP TABLE verdicts",
                  "DROP TABLE hub_village_serials",
                  "DROP TABLE hub_key_generations",
                  "DROP TABLE reviewers",
                  "DROP TABLE hub_feed",
                  "ALTER TABLE batches DROP COLUMN feed_serial",
                  "UPDATE hub_schema SET version = 1"}) {
                auto done = postgres->server().queryValue(postgres->database(), QString::fromLatin1(sql));
                QVERIFY2(done, done ? "" : qPrintable(failure(done.error())));
            }
        }
        auto reopened = m_kind->openHub(m_clock);
        QVERIFY2(reopened, reopened ? "" : qPrintable(failure(reopened.error())));
        m_hub = std::move(reopened).value();
        auto migrated = m_hub->storage().keys();
        QVERIFY2(migrated, migrated ? "" : qPrintable(failure(migrated.error())));
        QCOMPARE(migrated->size(), std::size_t{1});
        QCOMPARE(migrated->front().generation, 1U);
        QCOMPARE(migrated->front().signingPublic, signingPublic);
        QCOMPARE(migrated->front().createdAt, QStringLiteral("2026-11-23T09:00:00.000Z"));
        QCOMPARE(upload(sealed(batchOf(kSukamaju, 2, Batch::idOf(first.encode()), {102}), kSukamaju), up),
                 QString());
        QVERIFY(up.stored);
        QVERIFY(m_hub->rotateKeys(0));
        // Version 3: reviewers.
        QVERIFY(m_hub->enrolReviewer(reviewerRequestFile(kVerifier)));
        QVERIFY(m_hub->enrolledReviewer(kVerifier.id()));
        // Version 4: feed serials, the earlier batches' in the order received, the new one's next.
        auto feed = m_hub->storage().feedAfter(0, 200, qint64{1} << 30);
        QVERIFY2(feed, feed ? "" : qPrintable(failure(feed.error())));
        QCOMPARE(feed->size(), 3);
        QCOMPARE(feed->at(0).serial, quint64{1});
        QCOMPARE(feed->at(0).villageCode, QStringLiteral("3310042001"));
        QCOMPARE(feed->at(1).serial, quint64{2});
        QCOMPARE(feed->at(1).villageCode, QStringLiteral("3310042002"));
        QCOMPARE(feed->at(2).serial, quint64{3});
        QCOMPARE(valueOr(m_hub->storage().latestFeedSerial(), quint64{99}), quint64{3});
        // Version 5: verdicts, on the batches stored before (the receipt signed by the rotated key).
        auto rotated = m_hub->storage().keys();
        QVERIFY(rotated);
        m_signingKey = rotated->back().signingPublic;
        const QByteArray verdict =
            signedVerdict(verdictOn(first, 0, kVerifier, ProposalState::Verified), kVerifier.key());
        VerdictReceipt receipt;
        QCOMPARE(sendVerdicts(kVerifier, {verdict}, receipt), QString());
        QCOMPARE(outcomesOf(receipt), words({"accepted"}));
        QCOMPARE(valueOr(m_hub->storage().latestVerdictSerial(QStringLiteral("3310042001")), quint64{0}),
                 quint64{1});
        // Version 6: snapshots.
        auto published = m_hub->publishSnapshot(QStringLiteral("3310042001"),
                                                snapshotCsv(QStringLiteral("3310042001"), 1),
                                                QStringLiteral("dtsen.csv"),
                                                {});
        QVERIFY2(published, published ? "" : qPrintable(failure(published.error())));
        QCOMPARE(published->serial, quint64{1});
        // Version 7: claims on items.
        ClaimAnswer answer;
        QCOMPARE(sendClaim(
                     claimRequestFile(kVerifier, 1, ClaimAction::Take, 1, {{Batch::idOf(first.encode()), 0}}),
                     answer),
                 QString());
        QCOMPARE(answer.entries.at(0).outcome, ClaimOutcome::Granted);
    }

    // --- A hub on PostgreSQL: its folder, its wrapped keys, its database out of reach ---

    void aPostgresHubKeepsItsSecretsWrapped()
    {
        auto *postgres = dynamic_cast<PostgresKind *>(m_kind.get());
        if (postgres == nullptr) {
            QSKIP("the PostgreSQL storage's own checks");
        }
        const QString folder = postgres->folder();
        const QString keyFile = QDir(folder).filePath(QStringLiteral("hub.key"));
        // The folder names the database and holds the key file, no database.
        QVERIFY(!QFile::exists(QDir(folder).filePath(QStringLiteral("hub.db"))));
        QFile conf(QDir(folder).filePath(QStringLiteral("hub.conf")));
        QVERIFY(conf.open(QIODevice::ReadOnly));
        const QByteArray confText = conf.readAll();
        QVERIFY2(confText.contains("storage=postgresql\n"), confText.constData());
        QVERIFY2(confText.contains(QByteArray("connection=" + postgres->uri().toUtf8() + '\n')),
                 confText.constData());
        const QFileDevice::Permissions userBits =
            QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser;
        QCOMPARE((conf.permissions() & ~userBits).toInt(),
                 (QFileDevice::ReadOwner | QFileDevice::WriteOwner).toInt());

        // The secret halves are in the database only wrapped: 24 bytes of nonce, the key, 16 of tag.
        auto keys = m_hub->storage().keys();
        QVERIFY(keys);
        const auto column = [&](const char *sql) {
            auto value = postgres->server().queryValue(postgres->database(), QString::fromLatin1(sql));
            return value ? *value : QByteArray();
        };
        const auto plain = [](const SecureBytes &secret) {
            return QByteArray(reinterpret_cast<const char *>(secret.data()),
                              qsizetype(secret.size())); // NOLINT
        };
        const HubKeys &first = keys->front();
        const QByteArray seed = column("SELECT signing_seed_wrapped FROM hub_key_generations");
        const QByteArray sealing = column("SELECT sealing_secret_wrapped FROM hub_key_generations");
        QCOMPARE(seed.size(), 32 + 40);
        QCOMPARE(sealing.size(), 32 + 40);
        QVERIFY(!seed.contains(plain(first.signingSeed)));
        QVERIFY(!sealing.contains(plain(first.sealingSecret)));
        QCOMPARE(column("SELECT signing_public FROM hub_key_generations"), m_signingKey);
        // Nowhere else in the table either.
        const QByteArray row =
            column("SELECT convert_to(hub_key_generations::text, 'UTF8') FROM hub_key_generations");
        QVERIFY(!row.isEmpty());
        QVERIFY(!row.contains(plain(first.signingSeed).toHex()));
        QVERIFY(!row.contains(plain(first.sealingSecret).toHex()));
        m_hub.reset();

        // Another key file does not open the hub, and says which file it was.
        QTemporaryDir elsewhere;
        QVERIFY(elsewhere.isValid());
        QFile other(elsewhere.filePath(QStringLiteral("other.key")));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.write(QByteArray(64, 'a') + '\n');
        other.close();
        auto wrongKey = Hub::open(folder, other.fileName(), m_clock);
        QVERIFY(!wrongKey);
        QCOMPARE(wrongKey.error().code, ErrorCode::HubKeyFileWrong);
        QVERIFY(describe(wrongKey.error()).contains(other.fileName()));

        // A URI given on the command line stands in for hub.conf.
        auto byUri = Hub::open(elsewhere.path(), keyFile, postgres->uri(), m_clock);
        QVERIFY2(byUri, byUri ? "" : qPrintable(failure(byUri.error())));
        QCOMPARE(*(*byUri)->fingerprint(), PublicKey::idTextOf(m_signingKey));

        // One database holds one hub: a second init on it is refused and leaves nothing behind.
        Hub::InitOptions options;
        options.name = QStringLiteral("Dinsos Klaten");
        options.districtCode = QStringLiteral("3310");
        options.postgresUri = postgres->uri();
        const QString second = elsewhere.filePath(QStringLiteral("second"));
        auto twice = Hub::init(second, options, m_clock);
        QVERIFY(!twice);
        QCOMPARE(twice.error().code, ErrorCode::FileExists);
        QVERIFY(!QFile::exists(QDir(second).filePath(QStringLiteral("hub.key"))));
        QVERIFY(!QFile::exists(QDir(second).filePath(QStringLiteral("hub.conf"))));
        // And the folder of a hub is made once.
        options.postgresUri.clear();
        auto again = Hub::init(folder, options, m_clock);
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::FileExists);
    }

    // A database that cannot be reached is said as such, with no password in what the user or the
    // log reads, and a hub that could not be made leaves no key file.
    void anUnreachableDatabaseIsSaid()
    {
        auto *postgres = dynamic_cast<PostgresKind *>(m_kind.get());
        if (postgres == nullptr) {
            QSKIP("the PostgreSQL storage's own checks");
        }
        QTemporaryDir elsewhere;
        QVERIFY(elsewhere.isValid());
        const QString nowhere =
            QStringLiteral("postgresql://verdes:rahasia-sekali@/hub?host=%1&connect_timeout=2")
                .arg(elsewhere.filePath(QStringLiteral("no-server")));
        auto opened = Hub::open(postgres->folder(), {}, nowhere, m_clock);
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, ErrorCode::HubDatabaseUnreachable);
        QCOMPARE(exitCodeFor(opened.error().code), 4);
        QVERIFY(!describe(opened.error()).contains(u"rahasia"));
        QVERIFY(!opened.error().detail.contains(u"rahasia"));
        QVERIFY2(describe(opened.error()).contains(u"postgresql://verdes@"),
                 qPrintable(describe(opened.error())));

        Hub::InitOptions options;
        options.name = QStringLiteral("Dinsos Klaten");
        options.districtCode = QStringLiteral("3310");
        options.postgresUri = nowhere;
        const QString folder = elsewhere.filePath(QStringLiteral("hub"));
        auto made = Hub::init(folder, options, m_clock);
        QVERIFY(!made);
        QCOMPARE(made.error().code, ErrorCode::HubDatabaseUnreachable);
        QVERIFY(!QFile::exists(QDir(folder).filePath(QStringLiteral("hub.key"))));
        QVERIFY(!QFile::exists(QDir(folder).filePath(QStringLiteral("hub.conf"))));
    }
};

QTEST_GUILESS_MAIN(TestHub)
#include "tst_Hub.moc"
