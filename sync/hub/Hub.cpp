// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/hub/Hub.h"

#include "models/core/Log.h"
#include "models/core/PublicKey.h"
#include "models/io/CsvReader.h"
#include "models/platform/CrashPoint.h"
#include "sync/batch/Batch.h"
#include "sync/batch/DecisionList.h"
#include "sync/batch/Envelope.h"
#include "sync/batch/HubKeyChain.h"
#include "sync/batch/ReviewFeed.h"
#include "sync/batch/RevocationList.h"
#include "sync/batch/Snapshot.h"
#include "sync/crypto/Sealer.h"
#include "sync/crypto/Signer.h"
#include "sync/hub/PostgresHubRepository.h"
#include "sync/hub/SqliteHubRepository.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <vector>

namespace verdes::hub {

using sync::Receipt;
using sync::ReceiptItem;
using sync::ReceiptOutcome;
using sync::ReceiptReason;

namespace {

constexpr qsizetype kKeyBytes = 32;
constexpr int kStoreAttempts = 3;

// A village code as a CSV may write it: ten digits, or dotted (DOMAIN.md §13).
QString plainVillageCode(const QString &text)
{
    QString code = text.trimmed();
    code.remove(u'.');
    return code;
}

// Reads a snapshot's CSV with the village's own reader and checks that every row is the village's:
// the file errors (F01–F05) as the reader reports them, SnapshotOtherVillage with the first row that
// is not (its line), CsvEmpty for a header without rows. The rows' other values are the village's
// import's to judge.
Result<void> requireVillageRows(const QByteArray &csv, const QString &fileName, const QString &villageCode)
{
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(csv);
    if (!buffer->open(QIODevice::ReadOnly)) {
        return Error(ErrorCode::Internal, {}, QStringLiteral("a snapshot's buffer does not open"));
    }
    CsvReader reader(std::move(buffer), QFileInfo(fileName).fileName());
    VERDES_TRY(reader.header());
    const CsvColumns &columns = reader.columns();
    QStringList fields;
    qint64 line = 0;
    qint64 rows = 0;
    while (true) {
        VERDES_TRY_ASSIGN(more, reader.next(fields, line));
        if (!more) {
            break;
        }
        ++rows;
        if (plainVillageCode(columns.value(fields, Field::VillageCode)) != villageCode) {
            return Error(ErrorCode::SnapshotOtherVillage,
                         {villageCode, QString::number(line)},
                         QStringLiteral("line %1 is of another village").arg(line));
        }
    }
    if (rows == 0) {
        return Error(ErrorCode::CsvEmpty, {}, QStringLiteral("a snapshot without rows"));
    }
    return {};
}

constexpr qint64 kKeysKeptMs = qint64{60} * 1000;

QString databasePath(const QString &folder)
{
    return QDir(folder).filePath(QStringLiteral("hub.db"));
}

QString defaultKeyFile(const QString &folder)
{
    return QDir(folder).filePath(QStringLiteral("hub.key"));
}

QString confPath(const QString &folder)
{
    return QDir(folder).filePath(QStringLiteral("hub.conf"));
}

constexpr QStringView kPostgresStorage = u"postgresql";
constexpr qint64 kConfMaxBytes = qint64{64} * 1024;

// HUBDIR/hub.conf, for a hub whose data is not in the folder: which storage, and the connection string
// as the operator gave it (a password only if they put one in it).
Result<void> writeConf(const QString &folder, const QString &postgresUri)
{
    const QString path = confPath(folder);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                   QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        return Error(
            file.exists() ? ErrorCode::FileExists : ErrorCode::FileWriteFailed, {path}, file.errorString());
    }
    const QByteArray text = "# verdes-hub: where this hub keeps its data (written by 'verdes-hub init').\n"
                            "storage="
                            + kPostgresStorage.toUtf8() + "\nconnection=" + postgresUri.toUtf8() + '\n';
    if (file.write(text) != text.size() || !file.flush()) {
        file.remove();
        return Error(ErrorCode::FileWriteFailed, {path}, file.errorString());
    }
    return {};
}

// The connection string of HUBDIR/hub.conf; empty when there is none (the embedded database).
Result<QString> readConf(const QString &folder)
{
    const QString path = confPath(folder);
    QFile file(path);
    if (!file.exists()) {
        return QString();
    }
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return Error(ErrorCode::FilePermissionDenied, {path}, file.errorString());
    }
    QString storage;
    QString connection;
    const QStringList lines = QString::fromUtf8(file.read(kConfMaxBytes)).split(u'\n');
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        const qsizetype equals = trimmed.indexOf(u'=');
        if (trimmed.startsWith(u'#') || equals < 0) {
            continue;
        }
        const QString key = trimmed.left(equals).trimmed();
        const QString value = trimmed.mid(equals + 1).trimmed();
        if (key == u"storage") {
            storage = value;
        } else if (key == u"connection") {
            connection = value;
        }
    }
    if (storage != kPostgresStorage || connection.isEmpty()) {
        return Error(
            ErrorCode::VaultDamaged, {folder}, QStringLiteral("hub.conf names no PostgreSQL database"));
    }
    return connection;
}

Result<SecureBytes> readKeyFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(file.exists() ? ErrorCode::FilePermissionDenied : ErrorCode::FileNotFound,
                     {path},
                     file.errorString());
    }
    QByteArray hex = file.read(2 * kKeyBytes + 2).trimmed();
    QByteArray raw = QByteArray::fromHex(hex);
    const bool ok = hex.size() == 2 * kKeyBytes && raw.size() == kKeyBytes;
    SecureBytes key = SecureBytes::copyOf(std::span(reinterpret_cast<const unsigned char *>(raw.constData()),
                                                    static_cast<std::size_t>(raw.size()))); // NOLINT
    hex.fill('\0');
    raw.fill('\0');
    if (!ok) {
        return Error(ErrorCode::HubKeyFileWrong,
                     {path, QFileInfo(path).absolutePath()},
                     QStringLiteral("a hub key file holds 64 hex digits"));
    }
    return key;
}

Result<void> writeKeyFile(const QString &path, const SecureBytes &key)
{
    QFile file(path);
    // Made new, readable and writable by the hub's user only.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                   QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        return Error(
            file.exists() ? ErrorCode::FileExists : ErrorCode::FileWriteFailed, {path}, file.errorString());
    }
    QByteArray hex =
        QByteArray(reinterpret_cast<const char *>(key.data()), static_cast<qsizetype>(key.size())) // NOLINT
            .toHex();
    hex.append('\n');
    const bool written = file.write(hex) == hex.size() && file.flush();
    hex.fill('\0');
    if (!written) {
        file.remove();
        return Error(ErrorCode::FileWriteFailed, {path}, file.errorString());
    }
    return {};
}

// When keys made now for `days` days expire; empty for no expiry (0).
QString expiryAfter(Clock &clock, quint32 days)
{
    return days == 0 ? QString()
                     : clock.now().toUTC().addDays(static_cast<qint64>(days)).toString(Qt::ISODateWithMs);
}

} // namespace

struct Hub::Keys
{
    struct Generation
    {
        quint32 number = 1;
        QByteArray signingPublic;
        QByteArray sealingPublic;
        QString createdAt;
        QString expiresAt;
        QByteArray endorsement;
        sync::Signer signer;
        sync::SealingKey sealing;
    };

    std::vector<Generation> generations; // oldest first
    QElapsedTimer age;

    // The generation that signs and that villages seal to.
    const Generation &current() const { return generations.back(); }

    const Generation *bySigningKeyId(QByteArrayView keyId) const
    {
        const auto found = std::find_if(generations.cbegin(), generations.cend(), [keyId](const auto &g) {
            return PublicKey::idOf(g.signingPublic) == keyId;
        });
        return found == generations.cend() ? nullptr : &*found;
    }

    const Generation *bySealingKeyId(QByteArrayView keyId) const
    {
        const auto found = std::find_if(generations.cbegin(), generations.cend(), [keyId](const auto &g) {
            return PublicKey::idOf(g.sealingPublic) == keyId;
        });
        return found == generations.cend() ? nullptr : &*found;
    }

    Result<QByteArray> sign(sync::FileKind kind, const QByteArray &body) const
    {
        const Generation &signing = current();
        return sync::Envelope::sign(kind, signing.signingPublic, body, [&signing](const QByteArray &bytes) {
            return Result<QByteArray>(signing.signer.sign(bytes));
        });
    }
};

Hub::Hub(std::unique_ptr<HubStorage> storage, Clock &clock)
    : m_storage(std::move(storage))
    , m_clock(clock)
{}

Hub::~Hub() = default;

Result<const Hub::Keys *> Hub::signingKeys(std::optional<quint32> newestGeneration)
{
    // Before anything is signed: the keys are read again when another process made a new generation
    // since (one small query, unless the caller just read it), so that no village gets a file signed
    // by a key it has retired.
    quint32 newest = 0;
    if (newestGeneration) {
        newest = *newestGeneration;
    } else {
        VERDES_TRY_ASSIGN(stored, m_storage->newestKeyGeneration());
        newest = stored;
    }
    VERDES_TRY_ASSIGN(loaded, keys());
    if (loaded->current().number == newest) {
        return loaded;
    }
    return keys(true);
}

Result<const Hub::Keys *> Hub::keys(bool fresh)
{
    // Kept, but not for ever: another process (`verdes-hub rotate-keys`) may have made a new
    // generation, which every `serve` on the storage picks up within a minute.
    if (!m_keys || fresh || m_keys->age.hasExpired(kKeysKeptMs)) {
        VERDES_TRY_ASSIGN(stored, m_storage->keys());
        auto loaded = std::make_unique<Keys>();
        for (const HubKeys &generation : std::as_const(stored)) {
            VERDES_TRY_ASSIGN(signer, sync::Signer::fromSeed(generation.signingSeed));
            VERDES_TRY_ASSIGN(sealing, sync::SealingKey::fromSecret(generation.sealingSecret));
            loaded->generations.push_back(Keys::Generation{generation.generation,
                                                           generation.signingPublic,
                                                           generation.sealingPublic,
                                                           generation.createdAt,
                                                           generation.expiresAt,
                                                           generation.endorsement,
                                                           std::move(signer),
                                                           std::move(sealing)});
        }
        loaded->age.start();
        m_keys = std::move(loaded);
    }
    return m_keys.get();
}

Result<const HubSettings *> Hub::settings()
{
    if (!m_settings) {
        VERDES_TRY_ASSIGN(stored, m_storage->settings());
        m_settings = std::move(stored);
    }
    return &*m_settings;
}

QString Hub::now() const
{
    return m_clock.now().toUTC().toString(Qt::ISODateWithMs);
}

Result<void> Hub::init(const QString &folder, const InitOptions &options, Clock &clock)
{
    static const QRegularExpression kDistrict(QStringLiteral("^[0-9]{4}$"));
    if (!kDistrict.match(options.districtCode).hasMatch()) {
        return Error(ErrorCode::UsageError,
                     {QStringLiteral("--district-code is the 4-digit code of the regency or city")});
    }
    if (options.name.trimmed().isEmpty()) {
        return Error(ErrorCode::UsageError, {QStringLiteral("--name is the office's name")});
    }
    if (!QDir().mkpath(folder)) {
        return Error(ErrorCode::FileWriteFailed, {folder}, QStringLiteral("cannot make the hub folder"));
    }
    // The hub's folder is its user's alone: the database is encrypted, but its key file is beside it.
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    // A folder is one hub, whichever its storage.
    for (const QString &taken : {databasePath(folder), confPath(folder)}) {
        if (QFileInfo::exists(taken)) {
            return Error(ErrorCode::FileExists, {taken}, QStringLiteral("the folder holds a hub"));
        }
    }
    const QString keyFile = options.keyFile.isEmpty() ? defaultKeyFile(folder) : options.keyFile;
    if (options.keyFile.isEmpty()) {
        VERDES_TRY(writeKeyFile(keyFile, SecureBytes::random(static_cast<std::size_t>(kKeyBytes))));
    }
    const bool onPostgres = !options.postgresUri.isEmpty();
    // A hub on PostgreSQL that could not be made leaves no key file behind, so that init can run again
    // once the database is reachable.
    const auto forgetKey = [&options, &keyFile, onPostgres](const Error &error) {
        if (onPostgres && options.keyFile.isEmpty()) {
            QFile::remove(keyFile);
        }
        return error;
    };
    auto keyRead = readKeyFile(keyFile);
    if (!keyRead) {
        return forgetKey(keyRead.error());
    }
    const SecureBytes key = std::move(keyRead).value();
    std::unique_ptr<HubStorage> storage;
    if (onPostgres) {
        auto created = PostgresHubRepository::create(options.postgresUri, key);
        if (!created) {
            return forgetKey(created.error());
        }
        storage = std::move(created).value();
    } else {
        VERDES_TRY_ASSIGN(created, SqliteHubRepository::create(databasePath(folder), key));
        storage = std::move(created);
    }
    HubSettings settings;
    settings.hubId = QStringLiteral("hub-%1-%2")
                         .arg(options.districtCode,
                              QString::fromLatin1(
                                  QByteArray(reinterpret_cast<const char *>(SecureBytes::random(4).data()), 4)
                                      .toHex())); // NOLINT
    settings.name = options.name.trimmed();
    settings.districtCode = options.districtCode;
    settings.createdAt = clock.now().toUTC().toString(Qt::ISODateWithMs);
    settings.maxOfflineDays = options.maxOfflineDays;
    settings.url = options.url;
    settings.tlsPin = options.tlsPin;
    const sync::Signer signer = sync::Signer::generate();
    const sync::SealingKey sealing = sync::SealingKey::generate();
    HubKeys keys;
    keys.signingPublic = signer.publicKey();
    keys.signingSeed = SecureBytes::copyOf(signer.seed().bytes());
    keys.sealingPublic = sealing.publicKey();
    keys.sealingSecret = SecureBytes::copyOf(sealing.secretKey().bytes());
    keys.createdAt = settings.createdAt;
    keys.expiresAt = expiryAfter(clock, options.keyValidDays);
    if (auto initialised = storage->initialise(settings, keys); !initialised) {
        return forgetKey(initialised.error());
    }
    if (onPostgres) {
        VERDES_TRY(writeConf(folder, options.postgresUri));
    }
    qCInfo(lcSync) << "hub" << settings.hubId << "initialised on"
                   << (onPostgres ? PostgresHubRepository::displayName(options.postgresUri)
                                  : QStringLiteral("hub.db"))
                   << "signing key" << PublicKey::idTextOf(keys.signingPublic);
    return {};
}

Result<std::unique_ptr<Hub>> Hub::open(const QString &folder, const QString &keyFile, Clock &clock)
{
    return open(folder, keyFile, QString(), clock);
}

Result<std::unique_ptr<Hub>>
Hub::open(const QString &folder, const QString &keyFile, const QString &postgresUri, Clock &clock)
{
    QString connection = postgresUri;
    if (connection.isEmpty()) {
        VERDES_TRY_ASSIGN(configured, readConf(folder));
        connection = configured;
    }
    if (connection.isEmpty() && !QFile::exists(databasePath(folder))) {
        return Error(ErrorCode::VaultNotFound, {folder}, QStringLiteral("no hub.db or hub.conf"));
    }
    const QString keyPath = keyFile.isEmpty() ? defaultKeyFile(folder) : keyFile;
    VERDES_TRY_ASSIGN(key, readKeyFile(keyPath));
    Result<std::unique_ptr<HubStorage>> storage = Error(ErrorCode::Internal);
    if (connection.isEmpty()) {
        auto opened = SqliteHubRepository::open(databasePath(folder), key);
        storage = opened ? Result<std::unique_ptr<HubStorage>>(std::move(opened).value())
                         : Result<std::unique_ptr<HubStorage>>(opened.error());
    } else {
        auto opened = PostgresHubRepository::open(connection, key);
        storage = opened ? Result<std::unique_ptr<HubStorage>>(std::move(opened).value())
                         : Result<std::unique_ptr<HubStorage>>(opened.error());
    }
    if (!storage && storage.error().code == ErrorCode::VaultNotAVault) {
        // SQLCipher cannot tell a wrong key from a file that is no database: the key is the likelier.
        // On PostgreSQL, the hub's keys did not unwrap with it.
        return Error(ErrorCode::HubKeyFileWrong, {keyPath, folder}, storage.error().detail);
    }
    if (!storage) {
        return storage.error();
    }
    return std::make_unique<Hub>(std::move(storage).value(), clock);
}

Result<std::unique_ptr<Hub>> Hub::another()
{
    VERDES_TRY_ASSIGN(storage, m_storage->another());
    return std::make_unique<Hub>(std::move(storage), m_clock);
}

Result<QString> Hub::fingerprint()
{
    VERDES_TRY_ASSIGN(loaded, signingKeys());
    return PublicKey::idTextOf(loaded->current().signingPublic);
}

Result<QByteArray> Hub::signReceipt(const Receipt &receipt, std::optional<quint32> newestGeneration)
{
    VERDES_TRY_ASSIGN(loaded, signingKeys(newestGeneration));
    return loaded->sign(sync::FileKind::Receipt, receipt.encode());
}

Result<sync::EnrolmentRequest> Hub::readRequest(const QByteArray &requestFile)
{
    return sync::EnrolmentRequest::open(requestFile);
}

Result<Hub::Enrolled> Hub::enrol(const QByteArray &requestFile)
{
    VERDES_TRY_ASSIGN(request, sync::EnrolmentRequest::open(requestFile));
    VERDES_TRY_ASSIGN(settings, this->settings());
    if (!request.villageCode.startsWith(settings->districtCode)) {
        return Error(ErrorCode::SyncOtherDistrict, {request.villageCode, settings->districtCode});
    }
    VERDES_TRY_ASSIGN(loaded, signingKeys());
    HubDevice device;
    device.keyId = PublicKey::idOf(request.devicePublicKey);
    device.publicKey = request.devicePublicKey;
    device.vaultId = request.vaultId;
    device.villageCode = request.villageCode;
    device.villageName = request.villageName;
    device.officer = request.officer;
    device.enrolledAt = now();
    // A revoked key stays revoked: whoever holds a copy of that vault holds the key too. The laptop
    // asks again with a new key (docs/hub.md "Revoking a laptop").
    VERDES_TRY_ASSIGN(known, m_storage->device(device.keyId));
    if (known && known->isRevoked()) {
        return Error(ErrorCode::HubKeyRevoked, {PublicKey::idText(device.keyId)});
    }
    // A new key for a vault enrolled before continues that vault's chain of batches, where its revoked
    // key left it: the batches the vault made meanwhile follow on, signed by the new key. One key at a
    // time, so that two keys never continue the same chain.
    VERDES_TRY_ASSIGN(devices, m_storage->devices());
    for (const HubDevice &other : std::as_const(devices)) {
        if (other.vaultId != device.vaultId || other.keyId == device.keyId) {
            continue;
        }
        if (!other.isRevoked()) {
            return Error(ErrorCode::HubVaultHasKey, {PublicKey::idText(other.keyId), other.villageCode});
        }
        if (other.lastSequence > device.lastSequence) {
            device.lastSequence = other.lastSequence;
            device.lastBatchId = other.lastBatchId;
        }
    }
    VERDES_TRY(m_storage->putDevice(device));
    Enrolled enrolled;
    enrolled.request = request;
    sync::EnrolmentAnswer &answer = enrolled.answer;
    answer.hubId = settings->hubId;
    answer.hubName = settings->name;
    answer.districtCode = settings->districtCode;
    answer.deviceKeyId = device.keyId;
    answer.vaultId = request.vaultId;
    answer.villageCode = request.villageCode;
    answer.hubSigningKey = loaded->current().signingPublic;
    answer.hubSealingKey = loaded->current().sealingPublic;
    answer.tlsCertificateSha256 = settings->tlsPin;
    answer.hubUrl = settings->url;
    answer.maxOfflineDays = settings->maxOfflineDays;
    answer.enrolledAt = device.enrolledAt;
    answer.answersRequest = sync::EnrolmentRequest::idOf(requestFile);
    VERDES_TRY_ASSIGN(file, loaded->sign(sync::FileKind::EnrolmentAnswer, answer.encode()));
    enrolled.answerFile = file;
    qCInfo(lcSync) << "enrolled device" << request.fingerprint() << "of village" << request.villageCode;
    return enrolled;
}

QByteArray Hub::keyIdFromText(const QString &text)
{
    QString hex = text;
    hex.remove(u'-');
    hex.remove(u' ');
    static const QRegularExpression kHex(QStringLiteral("^[0-9A-Fa-f]{16}$"));
    if (!kHex.match(hex).hasMatch()) {
        return {};
    }
    return QByteArray::fromHex(hex.toLatin1());
}

Result<sync::ReviewerRequest> Hub::readReviewerRequest(const QByteArray &requestFile)
{
    return sync::ReviewerRequest::open(requestFile);
}

Result<Hub::EnrolledReviewer> Hub::enrolReviewer(const QByteArray &requestFile)
{
    VERDES_TRY_ASSIGN(request, sync::ReviewerRequest::open(requestFile));
    VERDES_TRY_ASSIGN(settings, this->settings());
    if (request.districtCode != settings->districtCode) {
        return Error(ErrorCode::SyncOtherDistrict, {request.districtCode, settings->districtCode});
    }
    HubReviewer reviewer;
    reviewer.keyId = PublicKey::idOf(request.reviewerPublicKey);
    reviewer.publicKey = request.reviewerPublicKey;
    reviewer.vaultId = request.vaultId;
    reviewer.districtCode = request.districtCode;
    reviewer.name = request.reviewerName;
    reviewer.role = request.role;
    reviewer.enrolledAt = now();
    // As a device's: a revoked key stays revoked (a copy of the district vault holds it too).
    VERDES_TRY_ASSIGN(known, m_storage->reviewer(reviewer.keyId));
    if (known && known->isRevoked()) {
        return Error(ErrorCode::HubKeyRevoked,
                     {PublicKey::idText(reviewer.keyId), QStringLiteral("reviewer")});
    }
    VERDES_TRY_ASSIGN(device, m_storage->device(reviewer.keyId));
    if (device) {
        return Error(ErrorCode::HubKeyInUse, {PublicKey::idText(reviewer.keyId), QStringLiteral("device")});
    }
    // Enrolled before as it asks now: the same enrolment, so the same answer (a request carried twice
    // is answered twice alike). Anything changed is a new enrolment, from now.
    if (known && known->vaultId == reviewer.vaultId && known->name == reviewer.name
        && known->role == reviewer.role) {
        reviewer.enrolledAt = known->enrolledAt;
    } else {
        VERDES_TRY(m_storage->enrolReviewer(reviewer));
    }
    VERDES_TRY_ASSIGN(loaded, signingKeys());
    EnrolledReviewer enrolled;
    enrolled.request = request;
    sync::ReviewerAnswer &answer = enrolled.answer;
    answer.hubId = settings->hubId;
    answer.hubName = settings->name;
    answer.districtCode = settings->districtCode;
    answer.reviewerKeyId = reviewer.keyId;
    answer.vaultId = reviewer.vaultId;
    answer.reviewerName = reviewer.name;
    answer.role = reviewer.role;
    answer.hubSigningKey = loaded->current().signingPublic;
    answer.hubSealingKey = loaded->current().sealingPublic;
    answer.tlsCertificateSha256 = settings->tlsPin;
    answer.hubUrl = settings->url;
    answer.enrolledAt = reviewer.enrolledAt;
    answer.answersRequest = sync::ReviewerRequest::idOf(requestFile);
    VERDES_TRY_ASSIGN(file, loaded->sign(sync::FileKind::ReviewerAnswer, answer.encode()));
    enrolled.answerFile = file;
    qCInfo(lcSync) << "enrolled reviewer" << request.fingerprint() << "as"
                   << sync::reviewerRoleCode(request.role) << "of district" << request.districtCode;
    return enrolled;
}

std::optional<ReviewerInfo> Hub::enrolledReviewer(const QByteArray &keyId)
{
    auto found = m_storage->reviewer(keyId);
    if (!found) {
        qCWarning(lcSync) << "reviewer" << PublicKey::idText(keyId)
                          << "not looked up:" << errorCodeName(found.error().code) << found.error().detail;
        return std::nullopt;
    }
    if (!*found || (*found)->isRevoked()) {
        return std::nullopt;
    }
    return **found;
}

Result<Hub::ReviewPage> Hub::reviewFeed(const QByteArray &signedRequest)
{
    return reviewFeed(
        signedRequest, static_cast<int>(sync::ReviewFeed::kMaxEntries), sync::ReviewFeed::kMaxPageBytes);
}

Result<Hub::ReviewPage> Hub::reviewFeed(const QByteArray &signedRequest, int maxEntries, qint64 maxBytes)
{
    // Who signed, before anything of the request is read: only an enrolled, unrevoked reviewer's key.
    VERDES_TRY_ASSIGN(header, sync::Envelope::signedHeader(signedRequest));
    if (header.kind != sync::FileKind::ReviewFeedRequest) {
        return Error(ErrorCode::SyncFileMalformed,
                     {sync::fileKindLabel(sync::FileKind::ReviewFeedRequest)},
                     QStringLiteral("review feed: not a request"));
    }
    const auto refused = [&header](const char *why) {
        qCInfo(lcSync) << "review feed refused to key" << PublicKey::idText(header.signerKeyId) << why;
        return Error(ErrorCode::SyncReviewerNotEnrolled,
                     {},
                     QStringLiteral("review feed: %1").arg(QLatin1StringView(why)));
    };
    const std::optional<ReviewerInfo> reviewer = enrolledReviewer(header.signerKeyId);
    if (!reviewer) {
        return refused("not an enrolled reviewer");
    }
    VERDES_TRY_ASSIGN(
        body,
        sync::Envelope::openSigned(signedRequest, sync::FileKind::ReviewFeedRequest, reviewer->publicKey));
    VERDES_TRY_ASSIGN(request, sync::ReviewFeedRequest::decode(body));
    if (request.reviewerKeyId != reviewer->keyId) {
        return refused("the request names another key");
    }
    if (request.vaultId != reviewer->vaultId) {
        return refused("the request names another vault");
    }
    VERDES_TRY_ASSIGN(settings, this->settings());
    VERDES_TRY_ASSIGN(entries, m_storage->feedAfter(request.after, maxEntries, maxBytes));
    // Read after the entries, so that it is never below them; a batch stored meanwhile only makes it
    // higher, and the vault asks again.
    VERDES_TRY_ASSIGN(latest, m_storage->latestFeedSerial());
    sync::ReviewFeed feed;
    feed.hubId = settings->hubId;
    feed.districtCode = settings->districtCode;
    feed.reviewerKeyId = reviewer->keyId;
    feed.after = request.after;
    feed.latest = std::max(latest, request.after);
    if (!entries.isEmpty()) {
        feed.latest = std::max(feed.latest, entries.constLast().serial);
    }
    feed.issuedAt = now();
    for (HubFeedEntry &entry : entries) {
        feed.entries.append({entry.serial,
                             std::move(entry.receivedAt),
                             std::move(entry.villageCode),
                             std::move(entry.devicePublicKey),
                             std::move(entry.batchFile),
                             std::move(entry.receiptFile)});
    }
    VERDES_TRY_ASSIGN(sealingKey, sync::SealingKey::publicKeyOfSigningKey(reviewer->publicKey));
    VERDES_TRY_ASSIGN(loaded, signingKeys());
    VERDES_TRY_ASSIGN(signedFeed, loaded->sign(sync::FileKind::ReviewFeed, feed.encode()));
    VERDES_TRY_ASSIGN(sealed, sync::Envelope::seal(signedFeed, sealingKey));
    qCInfo(lcSync) << "review feed for reviewer" << PublicKey::idText(reviewer->keyId) << ":"
                   << feed.entries.size() << "batches after" << feed.after << "of" << feed.latest;
    ReviewPage page;
    page.sealedFile = std::move(sealed);
    page.reviewerKeyId = feed.reviewerKeyId;
    page.batches = feed.entries.size();
    page.after = feed.after;
    page.last = feed.entries.isEmpty() ? feed.after : feed.entries.constLast().serial;
    page.latest = feed.latest;
    return page;
}

Result<Hub::VerdictsIngested> Hub::ingestVerdicts(const QByteArray &sealedUpload)
{
    using sync::Verdict;
    using sync::VerdictOutcome;
    using sync::VerdictRefusal;
    const QString label = sync::fileKindLabel(sync::FileKind::VerdictUpload);
    VERDES_TRY_ASSIGN(settings, this->settings());
    VERDES_TRY_ASSIGN(loaded, keys());
    auto sealedHeader = sync::Envelope::sealedHeader(sealedUpload);
    if (!sealedHeader || sealedHeader->kind != sync::FileKind::VerdictUpload) {
        return Error(ErrorCode::SyncFileMalformed, {label}, QStringLiteral("verdicts: not a sealed upload"));
    }
    // Any generation of the hub's sealing keys, as for a batch.
    const Keys::Generation *sealedTo = loaded->bySealingKeyId(sealedHeader->recipientKeyId);
    if (sealedTo == nullptr) {
        VERDES_TRY_ASSIGN(reloaded, keys(true));
        loaded = reloaded;
        sealedTo = loaded->bySealingKeyId(sealedHeader->recipientKeyId);
    }
    if (sealedTo == nullptr) {
        return Error(ErrorCode::SyncNotForThisHub,
                     {label, PublicKey::idText(sealedHeader->recipientKeyId)},
                     QStringLiteral("verdicts: sealed to another hub's key"));
    }
    VERDES_TRY_ASSIGN(signedUpload, sync::Envelope::unseal(sealedUpload, sealedTo->sealing));
    // Who signed, before anything of the upload is read: only an enrolled, unrevoked reviewer's key.
    VERDES_TRY_ASSIGN(header, sync::Envelope::signedHeader(signedUpload));
    if (header.kind != sync::FileKind::VerdictUpload) {
        return Error(ErrorCode::SyncFileMalformed, {label}, QStringLiteral("verdicts: not an upload"));
    }
    const auto refused = [&header](const char *why) {
        qCInfo(lcSync) << "verdicts refused from key" << PublicKey::idText(header.signerKeyId) << why;
        return Error(ErrorCode::SyncReviewerNotEnrolled,
                     {},
                     QStringLiteral("verdicts: %1").arg(QLatin1StringView(why)));
    };
    const std::optional<ReviewerInfo> sender = enrolledReviewer(header.signerKeyId);
    if (!sender) {
        return refused("not an enrolled reviewer");
    }
    VERDES_TRY_ASSIGN(
        body, sync::Envelope::openSigned(signedUpload, sync::FileKind::VerdictUpload, sender->publicKey));
    VERDES_TRY_ASSIGN(upload, sync::VerdictUpload::decode(body));
    if (upload.reviewerKeyId != sender->keyId) {
        return refused("the upload names another key");
    }
    if (upload.vaultId != sender->vaultId) {
        return refused("the upload names another vault");
    }

    // What each verdict is, read once: the checks that do not depend on where the items' chains stand.
    // The reviewers and batches they name are looked up once each.
    QHash<QByteArray, std::optional<HubReviewer>> reviewers;
    QHash<QByteArray, std::optional<HubBatch>> batches;

    struct Read
    {
        QByteArray id;
        VerdictRefusal refusal = VerdictRefusal::None;
        Verdict verdict;
    };

    std::vector<Read> reads;
    reads.reserve(static_cast<std::size_t>(upload.verdicts.size()));
    for (const QByteArray &file : std::as_const(upload.verdicts)) {
        Read read;
        read.id = Verdict::idOf(file);
        read.refusal = VerdictRefusal::Malformed;
        reads.push_back(read);
        Read &r = reads.back();
        auto verdictHeader = sync::Envelope::signedHeader(file);
        if (!verdictHeader || verdictHeader->kind != sync::FileKind::Verdict) {
            continue;
        }
        const QByteArray &signer = verdictHeader->signerKeyId;
        if (!reviewers.contains(signer)) {
            VERDES_TRY_ASSIGN(found, m_storage->reviewer(signer));
            reviewers.insert(signer, found);
        }
        const std::optional<HubReviewer> &reviewer = reviewers[signer];
        if (!reviewer) {
            r.refusal = VerdictRefusal::UnknownReviewer;
            continue;
        }
        auto verdictBody = sync::Envelope::openSigned(file, sync::FileKind::Verdict, reviewer->publicKey);
        if (!verdictBody) {
            continue;
        }
        auto verdict = Verdict::decode(*verdictBody);
        if (!verdict || verdict->reviewerKeyId != reviewer->keyId) {
            continue;
        }
        r.verdict = std::move(verdict).value();
        const Verdict &v = r.verdict;
        if (reviewer->isRevoked()) {
            r.refusal = VerdictRefusal::RevokedReviewer;
        } else if (reviewer->role != v.role) {
            r.refusal = VerdictRefusal::RoleNotAllowed;
        } else if (v.districtCode != settings->districtCode
                   || reviewer->districtCode != settings->districtCode
                   || !v.villageCode.startsWith(settings->districtCode)) {
            r.refusal = VerdictRefusal::OtherDistrict;
        } else {
            if (!batches.contains(v.batchId)) {
                VERDES_TRY_ASSIGN(found, m_storage->storedBatch(v.batchId));
                batches.insert(v.batchId, found);
            }
            const std::optional<HubBatch> &batch = batches[v.batchId];
            // The item as the hub's receipt answered it: only one it accepted has verdicts.
            const HubBatchItem *item = batch && batch->villageCode == v.villageCode
                                               && v.position < static_cast<quint32>(batch->items.size())
                                           ? &batch->items.at(static_cast<qsizetype>(v.position))
                                           : nullptr;
            const bool known = item != nullptr && item->position == static_cast<int>(v.position)
                               && item->proposalId == v.proposalId
                               && item->outcome == Receipt::outcomeCode(ReceiptOutcome::Accepted);
            r.refusal = known ? VerdictRefusal::None : VerdictRefusal::UnknownItem;
            if (known) {
                VERDES_TRY_ASSIGN(claimed, claimedByOther(v));
                if (claimed) {
                    r.refusal = VerdictRefusal::ClaimedByOther;
                }
            }
        }
    }

    sync::VerdictReceipt receipt;
    receipt.hubId = settings->hubId;
    receipt.vaultId = upload.vaultId;
    receipt.uploadId = QCryptographicHash::hash(sealedUpload, QCryptographicHash::Sha256);
    receipt.receivedAt = now();
    const auto itemKey = [](const Verdict &v) {
        QByteArray key = v.batchId;
        key.append(reinterpret_cast<const char *>(&v.position), sizeof v.position); // NOLINT
        return key;
    };
    for (int attempt = 0;; ++attempt) {
        if (attempt == kStoreAttempts) {
            return Error(ErrorCode::Internal,
                         {},
                         QStringLiteral("the items' chains kept moving while storing verdicts"));
        }
        // Where each item's chain stands, at the hub and then after the verdicts of this upload
        // accepted before it.
        QHash<QByteArray, std::optional<HubItemHead>> heads;
        QSet<QByteArray> taken;
        QList<HubVerdict> accepted;
        receipt.entries.clear();
        for (const Read &r : reads) {
            sync::VerdictReceiptEntry entry{r.id, VerdictOutcome::Refused, r.refusal};
            if (r.refusal == VerdictRefusal::None) {
                const Verdict &v = r.verdict;
                VERDES_TRY_ASSIGN(stored,
                                  taken.contains(r.id) ? Result<bool>(true) : m_storage->hasVerdict(r.id));
                const QByteArray key = itemKey(v);
                if (!stored && !heads.contains(key)) {
                    VERDES_TRY_ASSIGN(head, m_storage->itemHead(v.batchId, v.position));
                    heads.insert(key, head);
                }
                const std::optional<HubItemHead> head = stored ? std::nullopt : heads.value(key);
                if (stored) {
                    entry.outcome = VerdictOutcome::Duplicate;
                } else if (v.previous != (head ? std::optional(head->verdictId) : std::nullopt)) {
                    entry.refusal = VerdictRefusal::OutOfOrder;
                } else if (!Verdict::mayFollow(head ? head->state : ProposalState::InReview, v.state)) {
                    entry.refusal = VerdictRefusal::NotAllowedAfter;
                } else {
                    entry.outcome = VerdictOutcome::Accepted;
                    heads.insert(key, HubItemHead{r.id, v.state});
                    taken.insert(r.id);
                    accepted.append(HubVerdict{r.id,
                                               v.villageCode,
                                               v.batchId,
                                               v.position,
                                               v.proposalId,
                                               v.reviewerKeyId,
                                               v.state,
                                               v.previous,
                                               upload.verdicts.at(static_cast<qsizetype>(&r - reads.data())),
                                               receipt.receivedAt,
                                               0});
                }
            }
            receipt.entries.append(entry);
        }
        if (accepted.isEmpty()) {
            break;
        }
        VERDES_TRY_ASSIGN(done, m_storage->storeVerdicts(accepted));
        if (done) {
            VERDES_TRY(endClaims(accepted));
            break;
        }
        // Another hub process stored a verdict on one of these items meanwhile: read the chains again.
        qCInfo(lcSync) << "verdicts met another hub process storing for the same items; reading again";
    }
    qsizetype counts[3] = {0, 0, 0};
    for (const sync::VerdictReceiptEntry &entry : std::as_const(receipt.entries)) {
        ++counts[static_cast<int>(entry.outcome)];
    }
    VERDES_TRY_ASSIGN(signingKeys, this->signingKeys());
    VERDES_TRY_ASSIGN(file, signingKeys->sign(sync::FileKind::VerdictReceipt, receipt.encode()));
    qCInfo(lcSync) << "verdicts from reviewer" << PublicKey::idText(sender->keyId) << ":" << counts[0]
                   << "accepted," << counts[1] << "duplicate," << counts[2] << "refused";
    return VerdictsIngested{std::move(receipt), std::move(file)};
}

Result<Hub::DecisionPage> Hub::decisions(const QByteArray &signedRequest)
{
    return decisions(signedRequest, static_cast<int>(sync::DecisionList::kMaxEntries), kMaxDecisionPageBytes);
}

Result<Hub::DecisionPage> Hub::decisions(const QByteArray &signedRequest, int maxEntries, qint64 maxBytes)
{
    // Who signed, before anything of the request is read: a device enrolled here, as for a batch.
    VERDES_TRY_ASSIGN(header, sync::Envelope::signedHeader(signedRequest));
    if (header.kind != sync::FileKind::DecisionRequest) {
        return Error(ErrorCode::SyncFileMalformed,
                     {sync::fileKindLabel(sync::FileKind::DecisionRequest)},
                     QStringLiteral("decisions: not a request"));
    }
    const auto refused = [&header](const char *why) {
        qCInfo(lcSync) << "decisions refused to key" << PublicKey::idText(header.signerKeyId) << why;
        return Error(
            ErrorCode::SyncNotEnrolled, {}, QStringLiteral("decisions: %1").arg(QLatin1StringView(why)));
    };
    VERDES_TRY_ASSIGN(device, m_storage->device(header.signerKeyId));
    if (!device) {
        return refused("device not enrolled here");
    }
    VERDES_TRY_ASSIGN(
        body, sync::Envelope::openSigned(signedRequest, sync::FileKind::DecisionRequest, device->publicKey));
    if (device->isRevoked()) {
        VERDES_TRY_ASSIGN(settings, this->settings());
        qCInfo(lcSync) << "decisions refused to revoked device" << PublicKey::idText(device->keyId);
        return Error(
            ErrorCode::SyncDeviceRevoked, {settings->name}, QStringLiteral("decisions: device revoked"));
    }
    VERDES_TRY_ASSIGN(request, sync::DecisionRequest::decode(body));
    if (request.deviceKeyId != device->keyId) {
        return refused("the request names another key");
    }
    if (request.vaultId != device->vaultId || request.villageCode != device->villageCode) {
        return refused("the request names another vault or village");
    }
    return decisionPage(*device, request.after, maxEntries, maxBytes);
}

Result<HubDevice> Hub::newestDevice(const QString &villageCode)
{
    VERDES_TRY_ASSIGN(devices, m_storage->devices());
    const HubDevice *newest = nullptr;
    for (const HubDevice &device : std::as_const(devices)) {
        if (device.villageCode == villageCode && !device.isRevoked()
            && (newest == nullptr || device.enrolledAt >= newest->enrolledAt)) {
            newest = &device;
        }
    }
    if (newest == nullptr) {
        return Error(ErrorCode::HubVillageNotEnrolled, {villageCode});
    }
    return *newest;
}

Result<Hub::DecisionPage> Hub::decisionsFor(const QString &villageCode, quint64 after)
{
    VERDES_TRY_ASSIGN(newest, newestDevice(villageCode));
    return decisionPage(
        newest, after, static_cast<int>(sync::DecisionList::kMaxEntries), kMaxDecisionPageBytes);
}

Result<Hub::PublishedSnapshot> Hub::publishSnapshot(const QString &villageCode,
                                                    const QByteArray &csv,
                                                    const QString &fileName,
                                                    const QString &label)
{
    VERDES_TRY_ASSIGN(settings, this->settings());
    static const QRegularExpression kVillage(QStringLiteral("^[0-9]{10}$"));
    if (!kVillage.match(villageCode).hasMatch() || !villageCode.startsWith(settings->districtCode)) {
        return Error(ErrorCode::SyncOtherDistrict, {villageCode, settings->districtCode});
    }
    if (csv.isEmpty()) {
        return Error(ErrorCode::CsvEmpty, {}, QStringLiteral("an empty snapshot"));
    }
    if (csv.size() > sync::SignedSnapshot::kMaxCsvBytes) {
        return Error(ErrorCode::SyncFileTooLarge,
                     {sync::fileKindLabel(sync::FileKind::Snapshot),
                      QString::number(sync::SignedSnapshot::kMaxCsvBytes >> 20)},
                     QStringLiteral("a snapshot of %1 bytes").arg(csv.size()));
    }
    VERDES_TRY(requireVillageRows(csv, fileName, villageCode));
    HubSnapshot snapshot;
    snapshot.villageCode = villageCode;
    snapshot.label = label.trimmed();
    snapshot.fileName = QFileInfo(fileName).fileName();
    if (snapshot.label.isEmpty()) {
        snapshot.label = QFileInfo(fileName).completeBaseName();
    }
    if (snapshot.label.isEmpty() || snapshot.fileName.isEmpty()) {
        return Error(ErrorCode::UsageError, {QStringLiteral("a snapshot needs a label and a file name")});
    }
    snapshot.csvSha256 = QCryptographicHash::hash(csv, QCryptographicHash::Sha256);
    snapshot.issuedAt = now();
    snapshot.csv = csv;
    VERDES_TRY_ASSIGN(result, m_storage->storeSnapshot(snapshot));
    const auto &[stored, isNew] = result;
    PublishedSnapshot published;
    published.villageCode = villageCode;
    published.serial = stored.serial;
    published.label = stored.label;
    published.fileName = stored.fileName;
    published.stored = isNew;
    qCInfo(lcSync) << "snapshot" << published.serial << "of village" << villageCode
                   << (published.stored ? "published" : "published before") << "," << csv.size() << "bytes";
    return published;
}

Result<Hub::SnapshotFile> Hub::snapshotFor(const QString &villageCode, quint64 serial)
{
    VERDES_TRY_ASSIGN(device, newestDevice(villageCode));
    VERDES_TRY_ASSIGN(stored, m_storage->snapshot(villageCode, serial));
    if (!stored) {
        return Error(ErrorCode::SnapshotNotFound, {villageCode, QString::number(serial)});
    }
    VERDES_TRY_ASSIGN(settings, this->settings());
    sync::SignedSnapshot snapshot;
    snapshot.hubId = settings->hubId;
    snapshot.villageCode = villageCode;
    snapshot.deviceKeyId = device.keyId;
    snapshot.serial = stored->serial;
    snapshot.issuedAt = stored->issuedAt;
    snapshot.label = stored->label;
    snapshot.fileName = stored->fileName;
    snapshot.csvSha256 = stored->csvSha256;
    snapshot.csv = std::move(stored->csv);
    VERDES_TRY_ASSIGN(sealingKey, sync::SealingKey::publicKeyOfSigningKey(device.publicKey));
    VERDES_TRY_ASSIGN(loaded, signingKeys());
    VERDES_TRY_ASSIGN(signedFile, loaded->sign(sync::FileKind::Snapshot, snapshot.encode()));
    VERDES_TRY_ASSIGN(sealed, sync::Envelope::seal(signedFile, sealingKey));
    qCInfo(lcSync) << "snapshot" << snapshot.serial << "of village" << villageCode << "sealed to device"
                   << PublicKey::idText(device.keyId);
    SnapshotFile file;
    file.sealedFile = std::move(sealed);
    file.villageCode = villageCode;
    file.deviceKeyId = device.keyId;
    file.serial = snapshot.serial;
    file.label = snapshot.label;
    return file;
}

Result<Hub::DecisionPage>
Hub::decisionPage(const HubDevice &device, quint64 after, int maxEntries, qint64 maxBytes)
{
    VERDES_TRY_ASSIGN(settings, this->settings());
    VERDES_TRY_ASSIGN(verdicts, m_storage->verdictsAfter(device.villageCode, after, maxEntries, maxBytes));
    // Read after the entries, so that it is never below them; a verdict stored meanwhile only makes it
    // higher, and the village asks again.
    VERDES_TRY_ASSIGN(latest, m_storage->latestVerdictSerial(device.villageCode));
    sync::DecisionList list;
    list.hubId = settings->hubId;
    list.villageCode = device.villageCode;
    list.deviceKeyId = device.keyId;
    list.after = after;
    list.issuedAt = now();
    // Every reviewer who signed an entry, once, as the hub enrolled them: the village verifies each
    // verdict with the listed key and role. A page stops before a reviewer past the list's bound.
    QSet<QByteArray> listed;
    for (HubVerdict &verdict : verdicts) {
        if (!listed.contains(verdict.reviewerKeyId)) {
            if (list.reviewers.size() == sync::DecisionList::kMaxReviewers) {
                break;
            }
            VERDES_TRY_ASSIGN(reviewer, m_storage->reviewer(verdict.reviewerKeyId));
            if (!reviewer) {
                return Error(ErrorCode::VaultDamaged,
                             {},
                             QStringLiteral("a stored verdict's reviewer %1 is not enrolled")
                                 .arg(PublicKey::idText(verdict.reviewerKeyId)));
            }
            list.reviewers.append({reviewer->publicKey, reviewer->name, reviewer->role});
            listed.insert(verdict.reviewerKeyId);
        }
        list.entries.append(
            {verdict.villageSerial, std::move(verdict.storedAt), std::move(verdict.signedFile)});
    }
    list.latest = std::max(latest, after);
    if (!list.entries.isEmpty()) {
        list.latest = std::max(list.latest, list.entries.constLast().serial);
    }
    VERDES_TRY_ASSIGN(sealingKey, sync::SealingKey::publicKeyOfSigningKey(device.publicKey));
    VERDES_TRY_ASSIGN(loaded, signingKeys());
    VERDES_TRY_ASSIGN(signedList, loaded->sign(sync::FileKind::DecisionList, list.encode()));
    VERDES_TRY_ASSIGN(sealed, sync::Envelope::seal(signedList, sealingKey));
    qCInfo(lcSync) << "decisions for village" << device.villageCode << "device"
                   << PublicKey::idText(device.keyId) << ":" << list.entries.size() << "verdicts after"
                   << after << "of" << list.latest;
    DecisionPage page;
    page.sealedFile = std::move(sealed);
    page.villageCode = device.villageCode;
    page.deviceKeyId = device.keyId;
    page.verdicts = list.entries.size();
    page.after = after;
    page.last = list.entries.isEmpty() ? after : list.entries.constLast().serial;
    page.latest = list.latest;
    return page;
}

Result<QByteArray> Hub::revoke(const QString &keyIdText)
{
    const QByteArray keyId = keyIdFromText(keyIdText);
    if (keyId.isEmpty()) {
        return Error(
            ErrorCode::UsageError,
            {QStringLiteral("a device or a reviewer is named by its key id, like 3BB3-1586-6BD1-D77D")});
    }
    VERDES_TRY_ASSIGN(device, m_storage->device(keyId));
    std::optional<HubReviewer> reviewer;
    if (!device) {
        VERDES_TRY_ASSIGN(found, m_storage->reviewer(keyId));
        reviewer = std::move(found);
    }
    if (!device && !reviewer) {
        return Error(ErrorCode::SyncKeyUnknown,
                     {sync::fileKindLabel(sync::FileKind::RevocationList), PublicKey::idText(keyId)});
    }
    VERDES_TRY(m_storage->revoke(keyId, now()));
    qCInfo(lcSync) << (device ? "revoked device" : "revoked reviewer") << PublicKey::idText(keyId);
    return revocationList();
}

Result<QByteArray> Hub::revocationList()
{
    VERDES_TRY_ASSIGN(settings, this->settings());
    VERDES_TRY_ASSIGN(serial, m_storage->revocationSerial());
    sync::RevocationList list;
    list.hubId = settings->hubId;
    // The list before any revocation is serial 1 as well: each revocation's list is one more, so no
    // two different lists share a serial (docs/batch-format.md §9), and the empty one cannot be
    // replayed over the first revocation.
    list.serial = serial + 1;
    list.issuedAt = now();
    // Every village's contact asks for the list: its entries are read again only when a revocation
    // (or a re-enrolment) moved the serial, not from every device at every contact.
    if (!m_revoked || m_revoked->first != serial) {
        VERDES_TRY_ASSIGN(devices, m_storage->devices());
        VERDES_TRY_ASSIGN(reviewers, m_storage->reviewers());
        QList<sync::RevocationEntry> entries;
        for (const HubDevice &device : std::as_const(devices)) {
            if (device.isRevoked()) {
                entries.append({device.keyId, device.vaultId, device.revokedAt, QString()});
            }
        }
        // A reviewer's key is listed with the devices' (docs/batch-format.md §9, §11): never the same id.
        for (const HubReviewer &reviewer : std::as_const(reviewers)) {
            if (reviewer.isRevoked()) {
                entries.append({reviewer.keyId, reviewer.vaultId, reviewer.revokedAt, QString()});
            }
        }
        std::sort(entries.begin(), entries.end(), [](const auto &a, const auto &b) {
            return a.deviceKeyId < b.deviceKeyId;
        });
        m_revoked = std::pair(serial, entries);
    }
    list.entries = m_revoked->second;
    VERDES_TRY_ASSIGN(loaded, signingKeys());
    return loaded->sign(sync::FileKind::RevocationList, list.encode());
}

Result<QByteArray> Hub::keyChain()
{
    VERDES_TRY_ASSIGN(settings, this->settings());
    VERDES_TRY_ASSIGN(loaded, signingKeys());
    sync::HubKeyChain chain;
    chain.hubId = settings->hubId;
    chain.issuedAt = now();
    for (const Keys::Generation &generation : loaded->generations) {
        chain.generations.append(sync::HubKeyGeneration{generation.number,
                                                        generation.signingPublic,
                                                        generation.sealingPublic,
                                                        generation.createdAt,
                                                        generation.expiresAt,
                                                        generation.endorsement});
    }
    return loaded->sign(sync::FileKind::HubKeys, chain.encode());
}

Result<Hub::Rotated> Hub::rotateKeys(quint32 validDays)
{
    VERDES_TRY_ASSIGN(settings, this->settings());
    VERDES_TRY_ASSIGN(loaded, keys(true));
    const Keys::Generation &before = loaded->current();
    const sync::Signer signer = sync::Signer::generate();
    const sync::SealingKey sealing = sync::SealingKey::generate();
    HubKeys next;
    next.generation = before.number + 1;
    next.signingPublic = signer.publicKey();
    next.signingSeed = SecureBytes::copyOf(signer.seed().bytes());
    next.sealingPublic = sealing.publicKey();
    next.sealingSecret = SecureBytes::copyOf(sealing.secretKey().bytes());
    next.createdAt = now();
    next.expiresAt = expiryAfter(m_clock, validDays);
    // The old signing key vouches for the new keys: a village that pinned it follows the link.
    const sync::HubKeyGeneration link{
        next.generation, next.signingPublic, next.sealingPublic, next.createdAt, next.expiresAt, {}};
    next.endorsement = before.signer.sign(link.endorsedBytes(settings->hubId));
    VERDES_TRY_ASSIGN(added, m_storage->addKeys(next));
    if (!added) {
        return Error(ErrorCode::HubKeysRotatedMeanwhile);
    }
    const QString previousFingerprint = PublicKey::idTextOf(before.signingPublic);
    m_keys.reset(); // read again at the next use; `before` went with them

    qCInfo(lcSync) << "hub keys rotated to generation" << next.generation << "signing key"
                   << PublicKey::idTextOf(next.signingPublic) << "replaces" << previousFingerprint;
    Rotated rotated;
    rotated.generation = next.generation;
    rotated.previousFingerprint = previousFingerprint;
    rotated.fingerprint = PublicKey::idTextOf(next.signingPublic);
    rotated.expiresAt = next.expiresAt;
    VERDES_TRY_ASSIGN(file, keyChain());
    rotated.chainFile = file;
    return rotated;
}

Result<Hub::KeyState> Hub::keyState()
{
    VERDES_TRY_ASSIGN(loaded, keys(true));
    KeyState state;
    state.generation = loaded->current().number;
    state.fingerprint = PublicKey::idTextOf(loaded->current().signingPublic);
    state.expiresAt = loaded->current().expiresAt;
    state.expired = !state.expiresAt.isEmpty()
                    && QDateTime::fromString(state.expiresAt, Qt::ISODateWithMs) <= m_clock.now();
    return state;
}

Result<std::pair<sync::Receipt, QByteArray>> Hub::storedReceipt(const QByteArray &file,
                                                                std::optional<quint32> newestGeneration)
{
    VERDES_TRY_ASSIGN(loaded, signingKeys(newestGeneration));
    VERDES_TRY_ASSIGN(header, sync::Envelope::signedHeader(file));
    const Keys::Generation *signer = loaded->bySigningKeyId(header.signerKeyId);
    if (signer == nullptr) {
        return Error(ErrorCode::VaultDamaged,
                     {},
                     QStringLiteral("a stored receipt is signed by key %1, not the hub's")
                         .arg(PublicKey::idText(header.signerKeyId)));
    }
    VERDES_TRY_ASSIGN(body, sync::Envelope::openSigned(file, sync::FileKind::Receipt, signer->signingPublic));
    VERDES_TRY_ASSIGN(receipt, Receipt::decode(body));
    if (signer == &loaded->current()) {
        return std::pair(receipt, file);
    }
    // Signed before the keys were rotated: the same receipt, signed by the key the villages now pin.
    VERDES_TRY_ASSIGN(again, loaded->sign(sync::FileKind::Receipt, body));
    return std::pair(receipt, again);
}

Result<Hub::Ingested> Hub::refuse(Receipt receipt, ReceiptReason reason, const QString &detail)
{
    receipt.outcome = ReceiptOutcome::Refused;
    receipt.reason = reason;
    receipt.detail = detail;
    for (ReceiptItem &item : receipt.items) {
        item.outcome = ReceiptOutcome::Refused;
        item.reason = item.reason.value_or(reason);
    }
    VERDES_TRY(m_storage->noteRefusal(
        receipt.fileSha256, receipt.deviceKeyId, Receipt::reasonCode(reason), receipt.receivedAt));
    VERDES_TRY_ASSIGN(file, signReceipt(receipt));
    qCInfo(lcSync) << "refused an upload:" << Receipt::reasonCode(reason) << detail;
    return Ingested{receipt, file, false};
}

Result<Hub::Ingested> Hub::ingest(const QByteArray &sealedFile)
{
    VERDES_TRY_ASSIGN(settings, this->settings());
    VERDES_TRY_ASSIGN(loaded, keys());
    Receipt receipt;
    receipt.hubId = settings->hubId;
    receipt.fileSha256 = QCryptographicHash::hash(sealedFile, QCryptographicHash::Sha256);
    receipt.deviceKeyId = QByteArray(PublicKey::kIdSize, '\0');
    receipt.receivedAt = now();

    auto header = sync::Envelope::sealedHeader(sealedFile);
    if (!header) {
        return refuse(receipt, ReceiptReason::Malformed, QStringLiteral("not a sealed file"));
    }
    receipt.deviceKeyId = header->signerKeyId;
    // Any generation of the hub's sealing keys: a batch sealed before a rotation still opens.
    const Keys::Generation *sealedTo = loaded->bySealingKeyId(header->recipientKeyId);
    if (sealedTo == nullptr) {
        // Perhaps a generation made since the keys were read, by another process.
        VERDES_TRY_ASSIGN(reloaded, keys(true));
        loaded = reloaded;
        sealedTo = loaded->bySealingKeyId(header->recipientKeyId);
    }
    if (sealedTo == nullptr) {
        return refuse(receipt, ReceiptReason::WrongHub, QStringLiteral("sealed to another hub's key"));
    }
    if (header->kind != sync::FileKind::Batch) {
        return refuse(receipt, ReceiptReason::Malformed, QStringLiteral("not a batch"));
    }
    auto signedFile = sync::Envelope::unseal(sealedFile, sealedTo->sealing);
    if (!signedFile) {
        return refuse(receipt, ReceiptReason::Malformed, QStringLiteral("the seal does not open"));
    }
    // The device's public key: read once, then kept, for a key id is its key's hash. Its revocation
    // and its chain do change, and are read with the chain below, in the same look as the receipt.
    const QByteArray &keyId = header->signerKeyId;
    // The refusal of a device not enrolled here, or revoked: `answer` says nothing of the batch.
    const auto refuseDevice = [this](Receipt answer, const std::optional<HubDevice> &device) {
        if (!device) {
            return refuse(answer, ReceiptReason::UnknownDevice, QStringLiteral("device not enrolled here"));
        }
        answer.vaultId = device->vaultId;
        return refuse(answer, ReceiptReason::RevokedDevice, QStringLiteral("device revoked"));
    };
    QByteArray signerKey = m_publicKeys.value(keyId);
    if (signerKey.isEmpty()) {
        VERDES_TRY_ASSIGN(device, m_storage->device(keyId));
        if (!device || device->isRevoked()) {
            return refuseDevice(receipt, device);
        }
        signerKey = device->publicKey;
        m_publicKeys.insert(keyId, device->publicKey);
    }
    // A file that fails after the key (rare): the device is read for what the receipt says of it,
    // and a revoked device is refused as such, whatever its file holds.
    const auto refuseFile = [this, &keyId, &receipt, &refuseDevice](
                                ReceiptReason reason, const QString &detail) -> Result<Ingested> {
        VERDES_TRY_ASSIGN(device, m_storage->device(keyId));
        if (!device || device->isRevoked()) {
            return refuseDevice(receipt, device);
        }
        receipt.vaultId = device->vaultId;
        receipt.expectedSequence = device->lastSequence + 1;
        return refuse(receipt, reason, detail);
    };
    auto body = sync::Envelope::openSigned(*signedFile, sync::FileKind::Batch, signerKey);
    if (!body) {
        return refuseFile(ReceiptReason::BadSignature,
                          QStringLiteral("the device's signature does not verify"));
    }
    // What a refusal of the device itself says: not what the batch holds.
    Receipt ofDevice = receipt;
    auto batch = sync::Batch::decode(*body);
    if (!batch) {
        return refuseFile(ReceiptReason::Malformed, batch.error().detail.left(200));
    }
    const QByteArray batchId = sync::Batch::idOf(*body);
    receipt.batchId = batchId;
    receipt.villageCode = batch->villageCode;
    receipt.sequence = batch->sequence;
    for (const sync::BatchItem &item : std::as_const(batch->items)) {
        receipt.items.append(ReceiptItem{item.proposalId, ReceiptOutcome::Accepted, std::nullopt});
    }

    QList<quint64> proposalIds;
    for (const sync::BatchItem &item : std::as_const(batch->items)) {
        if (item.proposalId != 0) {
            proposalIds.append(item.proposalId);
        }
    }
    for (int attempt = 0; attempt < kStoreAttempts; ++attempt) {
        // The chain, the receipt if this batch came before, the proposals sent before, in one look.
        VERDES_TRY_ASSIGN(view, m_storage->chainView(keyId, batchId, proposalIds));
        if (!view.device) {
            return Error(ErrorCode::Internal, {}, QStringLiteral("an enrolled device went away"));
        }
        const HubDevice &current = *view.device;
        if (current.isRevoked()) {
            return refuseDevice(ofDevice, view.device);
        }
        receipt.vaultId = current.vaultId;
        if (batch->villageCode != current.villageCode || batch->vaultId != current.vaultId) {
            receipt.expectedSequence = current.lastSequence + 1;
            return refuse(receipt,
                          ReceiptReason::WrongVillage,
                          QStringLiteral("the batch names another village or vault"));
        }
        // The same batch again: the same receipt, nothing changed.
        if (view.receipt) {
            VERDES_TRY_ASSIGN(original, storedReceipt(*view.receipt, view.newestKeyGeneration));
            return Ingested{original.first, original.second, false};
        }
        const quint64 last = current.lastSequence;
        receipt.expectedSequence = last + 1;
        if (batch->sequence > last + 1) {
            return refuse(
                receipt,
                ReceiptReason::SequenceGap,
                QStringLiteral("batch %1 came, %2 was expected").arg(batch->sequence).arg(last + 1));
        }
        if (batch->sequence <= last) {
            return refuse(receipt,
                          ReceiptReason::Replay,
                          QStringLiteral("batch %1 came before with another content").arg(batch->sequence));
        }
        const QByteArray expectedPrevious = current.lastBatchId;
        if (batch->previous.value_or(QByteArray()) != expectedPrevious) {
            return refuse(receipt,
                          ReceiptReason::Replay,
                          QStringLiteral("the batch does not follow the one received before"));
        }
        HubBatch record;
        record.batchId = batchId;
        record.deviceKeyId = keyId;
        record.sequence = batch->sequence;
        record.villageCode = batch->villageCode;
        record.receivedAt = receipt.receivedAt;
        record.signedFile = *signedFile;
        int accepted = 0;
        for (qsizetype i = 0; i < batch->items.size(); ++i) {
            const sync::BatchItem &item = batch->items.at(i);
            ReceiptItem &answer = receipt.items[i];
            answer = ReceiptItem{item.proposalId, ReceiptOutcome::Accepted, std::nullopt};
            if (item.proposalId != 0 && view.sentProposals.contains(item.proposalId)) {
                answer.outcome = ReceiptOutcome::Refused;
                answer.reason = ReceiptReason::DuplicateItem;
            }
            accepted += answer.outcome == ReceiptOutcome::Accepted ? 1 : 0;
            record.items.append(
                HubBatchItem{static_cast<int>(i),
                             item.proposalId,
                             item.type,
                             item.household,
                             Receipt::outcomeCode(answer.outcome),
                             answer.reason ? Receipt::reasonCode(*answer.reason) : QString()});
        }
        receipt.outcome =
            accepted == batch->items.size() ? ReceiptOutcome::Accepted : ReceiptOutcome::PartlyAccepted;
        receipt.reason.reset();
        receipt.detail.clear();
        if (accepted == 0 && !batch->items.isEmpty()) {
            // Refused as a whole, but a sound batch in its place in the chain: it is stored, so that
            // the village's next batch, which follows it, is not taken for a gap.
            receipt.outcome = ReceiptOutcome::Refused;
            receipt.reason = ReceiptReason::DuplicateItem;
            receipt.detail = QStringLiteral("every item came in an earlier batch");
        } else if (receipt.outcome == ReceiptOutcome::PartlyAccepted) {
            // A receipt says why a batch was not wholly accepted (docs/batch-format.md §7), or the
            // village's reader refuses it; a duplicate is the one reason an item is refused alone.
            receipt.reason = ReceiptReason::DuplicateItem;
            receipt.detail = QStringLiteral("%1 of %2 items came in an earlier batch")
                                 .arg(batch->items.size() - accepted)
                                 .arg(batch->items.size());
        }
        record.outcome = Receipt::outcomeCode(receipt.outcome);
        VERDES_TRY_ASSIGN(file, signReceipt(receipt, view.newestKeyGeneration));
        record.receipt = file;
        VERDES_TRY_ASSIGN(done, m_storage->storeAccepted(record, last));
        if (done) {
            qCInfo(lcSync) << "stored batch" << batch->sequence << "of device" << PublicKey::idText(keyId)
                           << "with" << accepted << "of" << batch->items.size() << "items accepted";
            // Stored, and the answer not given yet: the crash tests stop the hub here (issue 13 §6).
            VERDES_CRASH_POINT("hub.ingest.after-store");
            return Ingested{receipt, file, true};
        }
        // Another hub process moved this device's chain meanwhile (it may have stored this very batch):
        // read it again.
        qCInfo(lcSync) << "batch" << batch->sequence << "of device" << PublicKey::idText(keyId)
                       << "met another hub process storing for the device; reading its chain again";
    }
    return Error(
        ErrorCode::Internal, {}, QStringLiteral("the device's chain kept moving while storing a batch"));
}

Result<Hub::Announced> Hub::announced(const QByteArray &deviceKeyId, const QByteArray &batchId)
{
    VERDES_TRY_ASSIGN(view, m_storage->chainView(deviceKeyId, batchId, {}));
    Announced answer;
    answer.device = std::move(view.device);
    if (!answer.device || !view.receipt) {
        return answer;
    }
    VERDES_TRY_ASSIGN(original, storedReceipt(*view.receipt, view.newestKeyGeneration));
    // Another device announcing this batch's id learns nothing of it: it is not that device's.
    if (original.first.deviceKeyId == deviceKeyId) {
        answer.receiptFile = original.second;
    }
    return answer;
}

Result<bool> Hub::claimedByOther(const sync::Verdict &verdict)
{
    VERDES_TRY_ASSIGN(claim, m_storage->claimOn(verdict.batchId, verdict.position));
    return claim && claim->reviewerKeyId != verdict.reviewerKeyId && claim->until > now();
}

Result<void> Hub::endClaims(const QList<HubVerdict> &accepted)
{
    // After gc_assigned and gc_done the same reviewer gives the next verdict: their claim stays.
    for (const HubVerdict &v : accepted) {
        if (v.state != ProposalState::GcAssigned && v.state != ProposalState::GcDone) {
            VERDES_TRY(m_storage->endClaim(v.batchId, v.position, v.reviewerKeyId));
        }
    }
    return {};
}

Result<Hub::Claimed> Hub::claim(const QByteArray &signedRequest)
{
    // Who signed, before anything of the request is read: only an enrolled, unrevoked reviewer's key.
    const QString label = sync::fileKindLabel(sync::FileKind::ClaimRequest);
    VERDES_TRY_ASSIGN(header, sync::Envelope::signedHeader(signedRequest));
    if (header.kind != sync::FileKind::ClaimRequest) {
        return Error(ErrorCode::SyncFileMalformed, {label}, QStringLiteral("claims: not a request"));
    }
    const auto refused = [&header](const char *why) {
        qCInfo(lcSync) << "claims refused to key" << PublicKey::idText(header.signerKeyId) << why;
        return Error(
            ErrorCode::SyncReviewerNotEnrolled, {}, QStringLiteral("claims: %1").arg(QLatin1StringView(why)));
    };
    const std::optional<ReviewerInfo> reviewer = enrolledReviewer(header.signerKeyId);
    if (!reviewer) {
        return refused("not an enrolled reviewer");
    }
    VERDES_TRY_ASSIGN(
        body, sync::Envelope::openSigned(signedRequest, sync::FileKind::ClaimRequest, reviewer->publicKey));
    VERDES_TRY_ASSIGN(request, sync::ClaimRequest::decode(body));
    if (request.reviewerKeyId != reviewer->keyId) {
        return refused("the request names another key");
    }
    if (request.vaultId != reviewer->vaultId) {
        return refused("the request names another vault");
    }
    VERDES_TRY_ASSIGN(settings, this->settings());
    // Only items the hub accepted can be held; the others are answered unknown and left alone.
    QHash<QByteArray, std::optional<HubBatch>> batches;
    QList<sync::ClaimItem> known;
    QSet<qsizetype> unknown;
    for (qsizetype i = 0; i < request.items.size(); ++i) {
        const sync::ClaimItem &item = request.items.at(i);
        if (!batches.contains(item.batchId)) {
            VERDES_TRY_ASSIGN(found, m_storage->storedBatch(item.batchId));
            batches.insert(item.batchId, found);
        }
        const std::optional<HubBatch> &batch = batches[item.batchId];
        const bool accepted = batch && item.position < static_cast<quint32>(batch->items.size())
                              && batch->items.at(static_cast<qsizetype>(item.position)).outcome
                                     == Receipt::outcomeCode(ReceiptOutcome::Accepted);
        if (accepted) {
            known.append(item);
        } else {
            unknown.insert(i);
        }
    }
    const QDateTime at = m_clock.now().toUTC();
    const QString issuedAt = at.toString(Qt::ISODateWithMs);
    const QString until = request.action == sync::ClaimAction::Take
                              ? at.addDays(static_cast<qint64>(request.days)).toString(Qt::ISODateWithMs)
                              : QString();
    VERDES_TRY_ASSIGN(applied,
                      m_storage->applyClaims(reviewer->keyId, request.sequence, known, until, issuedAt));
    if (!applied) {
        qCInfo(lcSync) << "claims refused to key" << PublicKey::idText(reviewer->keyId) << ": sequence"
                       << request.sequence << "answered before";
        return Error(ErrorCode::ReviewClaimReplayed,
                     {},
                     QStringLiteral("claims: sequence %1 not above the last").arg(request.sequence));
    }
    sync::ClaimAnswer answer;
    answer.hubId = settings->hubId;
    answer.vaultId = request.vaultId;
    answer.reviewerKeyId = reviewer->keyId;
    answer.requestId = QCryptographicHash::hash(signedRequest, QCryptographicHash::Sha256);
    answer.sequence = request.sequence;
    answer.issuedAt = issuedAt;
    QHash<QByteArray, QString> names{{reviewer->keyId, reviewer->name}};
    qsizetype next = 0;
    int granted = 0;
    int held = 0;
    for (qsizetype i = 0; i < request.items.size(); ++i) {
        sync::ClaimAnswerEntry entry;
        entry.item = request.items.at(i);
        if (unknown.contains(i)) {
            entry.outcome = sync::ClaimOutcome::UnknownItem;
            answer.entries.append(entry);
            continue;
        }
        const std::optional<HubClaim> &claim = applied->at(next++);
        // An expired claim of another reviewer holds nothing: the item is free.
        const bool mine = claim && claim->reviewerKeyId == reviewer->keyId;
        const bool other = claim && !mine && claim->until > issuedAt;
        if (mine && request.action == sync::ClaimAction::Take) {
            entry.outcome = sync::ClaimOutcome::Granted;
            ++granted;
        } else if (other) {
            entry.outcome = sync::ClaimOutcome::HeldByOther;
            ++held;
            if (!names.contains(claim->reviewerKeyId)) {
                VERDES_TRY_ASSIGN(holder, m_storage->reviewer(claim->reviewerKeyId));
                names.insert(claim->reviewerKeyId,
                             holder ? holder->name : PublicKey::idText(claim->reviewerKeyId));
            }
        } else {
            entry.outcome = sync::ClaimOutcome::Released;
        }
        if (entry.outcome != sync::ClaimOutcome::Released) {
            entry.holderKeyId = claim->reviewerKeyId;
            entry.holderName = names.value(claim->reviewerKeyId);
            entry.until = claim->until;
        }
        answer.entries.append(std::move(entry));
    }
    VERDES_TRY_ASSIGN(loaded, signingKeys());
    VERDES_TRY_ASSIGN(file, loaded->sign(sync::FileKind::ClaimAnswer, answer.encode()));
    qCInfo(lcSync) << "claims of reviewer" << PublicKey::idText(reviewer->keyId) << ":"
                   << sync::claimActionCode(request.action) << request.items.size() << "items," << granted
                   << "granted," << held << "held by others," << unknown.size() << "unknown";
    return Claimed{std::move(answer), std::move(file)};
}

} // namespace verdes::hub
