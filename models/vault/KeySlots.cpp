// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/vault/KeySlots.h"

#include "models/core/CrashPoint.h"
#include "models/core/Log.h"
#include "models/core/Sodium.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <sodium.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace verdes {

namespace {

constexpr char kFormatName[] = "verdes-keyslots";
constexpr char kKdfAlgorithm[] = "argon2id13";
constexpr qint64 kMaxFileSize = 1 << 20;

std::atomic<int> s_failNextSave{0};
constexpr auto kWrappedKeySize =
    static_cast<qsizetype>(Kdf::kKeySize) + static_cast<qsizetype>(crypto_aead_xchacha20poly1305_ietf_ABYTES);

QString kindName(KeySlot::Kind kind)
{
    return kind == KeySlot::Kind::Recovery ? QStringLiteral("recovery") : QStringLiteral("officer");
}

// The associated data of a wrap: everything about the slot except the ciphertext itself.
QByteArray associatedData(const QString &vaultId, const KeySlot &slot)
{
    QByteArray ad("verdes-keyslot");
    const QList<QByteArray> parts{QByteArray::number(KeySlots::kFormatVersion),
                                  vaultId.toUtf8(),
                                  slot.id.toUtf8(),
                                  kindName(slot.kind).toUtf8(),
                                  slot.officerId.toUtf8(),
                                  QByteArray(kKdfAlgorithm),
                                  QByteArray::number(slot.kdf.opsLimit),
                                  QByteArray::number(slot.kdf.memLimit),
                                  slot.kdf.salt.toHex()};
    for (const QByteArray &part : parts) {
        ad.append('\x1f').append(part);
    }
    return ad;
}

QByteArray checksumOf(const QByteArray &body)
{
    ensureSodium();
    QByteArray hash(crypto_generichash_BYTES, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(hash.data()), // NOLINT
                       static_cast<std::size_t>(hash.size()),
                       reinterpret_cast<const unsigned char *>(body.constData()), // NOLINT
                       static_cast<unsigned long long>(body.size()),
                       nullptr,
                       0);
    return hash.toHex();
}

Error writeError(int errnoValue, const QString &path, const QString &what)
{
    const QString detail = what + QStringLiteral(": ") + QString::fromLocal8Bit(std::strerror(errnoValue));
    switch (errnoValue) {
    case ENOSPC:
    case EDQUOT:
        return Error(ErrorCode::VaultDiskFull, {QFileInfo(path).absolutePath()}, detail);
    case EROFS:
    case EACCES:
    case EPERM:
        return Error(ErrorCode::VaultReadOnly, {QFileInfo(path).absolutePath()}, detail);
    default:
        return Error(ErrorCode::FileWriteFailed, {path}, detail);
    }
}

Result<void> fsyncFolder(const QString &folder)
{
    const QByteArray native = QFile::encodeName(folder);
    const int fd = ::open(native.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) {
        return writeError(errno, folder, QStringLiteral("open folder for fsync"));
    }
    const int rc = ::fsync(fd);
    const int savedErrno = errno;
    ::close(fd);
    if (rc != 0) {
        return writeError(savedErrno, folder, QStringLiteral("fsync folder"));
    }
    return {};
}

} // namespace

Result<void> writeFileDurably(const QString &path, const QByteArray &bytes)
{
    const QFileInfo info(path);
    const QString folder = info.absolutePath();
    const QString tempPath = path + QStringLiteral(".tmp");
    const QByteArray nativeTemp = QFile::encodeName(tempPath);
    const int fd = ::open(nativeTemp.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0) {
        return writeError(errno, path, QStringLiteral("create temp file"));
    }
    auto fail = [&](int errnoValue, const QString &what) {
        ::close(fd);
        ::unlink(nativeTemp.constData());
        return writeError(errnoValue, path, what);
    };
    const int injected = s_failNextSave.exchange(0);
    qsizetype written = 0;
    while (written < bytes.size()) {
        if (injected != 0 && written > 0) {
            return fail(injected, QStringLiteral("write (injected by a test)"));
        }
        const qsizetype chunk = injected != 0 ? 1 : bytes.size() - written;
        const ssize_t n = ::write(fd, bytes.constData() + written, static_cast<std::size_t>(chunk));
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            return fail(errno, QStringLiteral("write"));
        }
        written += static_cast<qsizetype>(n);
    }
    if (injected != 0) {
        return fail(injected, QStringLiteral("write (injected by a test)"));
    }
    if (::fsync(fd) != 0) {
        return fail(errno, QStringLiteral("fsync"));
    }
    if (::close(fd) != 0) {
        const int savedErrno = errno;
        ::unlink(nativeTemp.constData());
        return writeError(savedErrno, path, QStringLiteral("close"));
    }
    VERDES_CRASH_POINT("keyslots.before-rename");
    const QByteArray nativePath = QFile::encodeName(path);
    if (::rename(nativeTemp.constData(), nativePath.constData()) != 0) {
        const int savedErrno = errno;
        ::unlink(nativeTemp.constData());
        return writeError(savedErrno, path, QStringLiteral("rename"));
    }
    return fsyncFolder(folder);
}

KeySlots::KeySlots(QString vaultId)
    : m_vaultId(std::move(vaultId))
{}

QString KeySlots::fileName(int parity)
{
    return parity == 0 ? QStringLiteral("keyslots.0.json") : QStringLiteral("keyslots.1.json");
}

bool KeySlots::existsIn(const QString &folder)
{
    const QDir dir(folder);
    return QFileInfo(dir.filePath(fileName(0))).isFile() || QFileInfo(dir.filePath(fileName(1))).isFile();
}

void KeySlots::failNextSaveForTests([[maybe_unused]] int errnoValue)
{
#if defined(VERDES_TESTING)
    s_failNextSave.store(errnoValue); // never set outside test builds, so save() never fails on purpose
#endif
}

QByteArray KeySlots::serialize(quint64 generation) const
{
    QJsonArray slots;
    for (const KeySlot &slot : m_slots) {
        const QJsonObject kdf{{QStringLiteral("algorithm"), QString::fromLatin1(kKdfAlgorithm)},
                              {QStringLiteral("opsLimit"), static_cast<qint64>(slot.kdf.opsLimit)},
                              {QStringLiteral("memLimit"), static_cast<qint64>(slot.kdf.memLimit)},
                              {QStringLiteral("salt"), QString::fromLatin1(slot.kdf.salt.toBase64())}};
        slots.append(
            QJsonObject{{QStringLiteral("id"), slot.id},
                        {QStringLiteral("kind"), kindName(slot.kind)},
                        {QStringLiteral("officerId"), slot.officerId},
                        {QStringLiteral("officer"), slot.officerName},
                        {QStringLiteral("kdf"), kdf},
                        {QStringLiteral("nonce"), QString::fromLatin1(slot.nonce.toBase64())},
                        {QStringLiteral("wrappedKey"), QString::fromLatin1(slot.wrappedKey.toBase64())}});
    }
    QJsonObject body{{QStringLiteral("format"), QString::fromLatin1(kFormatName)},
                     {QStringLiteral("version"), kFormatVersion},
                     {QStringLiteral("generation"), static_cast<qint64>(generation)},
                     {QStringLiteral("vaultId"), m_vaultId},
                     {QStringLiteral("slots"), slots}};
    const QByteArray checksum = checksumOf(QJsonDocument(body).toJson(QJsonDocument::Compact));
    body.insert(QStringLiteral("checksum"), QString::fromLatin1(checksum));
    return QJsonDocument(body).toJson(QJsonDocument::Indented);
}

Result<KeySlots> KeySlots::parse(const QByteArray &bytes)
{
    const Error damaged(ErrorCode::VaultKeySlotsDamaged);
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        return Error(ErrorCode::VaultKeySlotsDamaged, {}, QStringLiteral("not JSON"));
    }
    QJsonObject body = doc.object();
    if (body.value(QStringLiteral("format")).toString() != QLatin1String(kFormatName)) {
        return Error(ErrorCode::VaultKeySlotsDamaged, {}, QStringLiteral("not a key-slot file"));
    }
    const QString checksum = body.take(QStringLiteral("checksum")).toString();
    if (checksum.toLatin1() != checksumOf(QJsonDocument(body).toJson(QJsonDocument::Compact))) {
        return Error(ErrorCode::VaultKeySlotsDamaged, {}, QStringLiteral("checksum mismatch"));
    }
    const int version = body.value(QStringLiteral("version")).toInt();
    if (version > kFormatVersion) {
        return Error(ErrorCode::VaultNewerSchema,
                     {QString::number(version), QString::number(kFormatVersion)},
                     QStringLiteral("key-slot format newer than this build"));
    }
    if (version != kFormatVersion) {
        return Error(ErrorCode::VaultKeySlotsDamaged, {}, QStringLiteral("unknown key-slot version"));
    }
    KeySlots result(body.value(QStringLiteral("vaultId")).toString());
    const qint64 generation = body.value(QStringLiteral("generation")).toInteger(-1);
    if (result.m_vaultId.isEmpty() || generation < 1) {
        return Error(ErrorCode::VaultKeySlotsDamaged, {}, QStringLiteral("missing vault id or generation"));
    }
    result.m_generation = static_cast<quint64>(generation);
    const QJsonArray slots = body.value(QStringLiteral("slots")).toArray();
    for (const auto &value : slots) {
        const QJsonObject o = value.toObject();
        const QJsonObject kdf = o.value(QStringLiteral("kdf")).toObject();
        KeySlot slot;
        slot.id = o.value(QStringLiteral("id")).toString();
        const QString kind = o.value(QStringLiteral("kind")).toString();
        slot.kind = kind == u"recovery" ? KeySlot::Kind::Recovery : KeySlot::Kind::Officer;
        slot.officerId = o.value(QStringLiteral("officerId")).toString();
        slot.officerName = o.value(QStringLiteral("officer")).toString();
        slot.kdf.opsLimit = static_cast<quint64>(kdf.value(QStringLiteral("opsLimit")).toInteger(0));
        slot.kdf.memLimit = static_cast<quint64>(kdf.value(QStringLiteral("memLimit")).toInteger(0));
        slot.kdf.salt = QByteArray::fromBase64(kdf.value(QStringLiteral("salt")).toString().toLatin1());
        slot.nonce = QByteArray::fromBase64(o.value(QStringLiteral("nonce")).toString().toLatin1());
        slot.wrappedKey = QByteArray::fromBase64(o.value(QStringLiteral("wrappedKey")).toString().toLatin1());
        const bool valid =
            !slot.id.isEmpty() && (kind == u"recovery" || kind == u"officer")
            && kdf.value(QStringLiteral("algorithm")).toString() == QLatin1String(kKdfAlgorithm)
            && Kdf::isAcceptable(slot.kdf) && slot.nonce.size() == static_cast<qsizetype>(kNonceSize)
            && slot.wrappedKey.size() == kWrappedKeySize
            && (slot.kind == KeySlot::Kind::Recovery || !slot.officerName.isEmpty());
        if (!valid) {
            return Error(ErrorCode::VaultKeySlotsDamaged, {}, QStringLiteral("invalid slot"));
        }
        result.m_slots.append(slot);
    }
    if (result.m_slots.isEmpty()) {
        return Error(ErrorCode::VaultKeySlotsDamaged, {}, QStringLiteral("no slots"));
    }
    return result;
}

Result<KeySlots> KeySlots::load(const QString &folder)
{
    const QDir dir(folder);
    std::optional<KeySlots> best;
    std::optional<Error> firstError;
    bool anyFile = false;
    for (int parity = 0; parity < 2; ++parity) {
        QFile file(dir.filePath(fileName(parity)));
        if (!file.exists()) {
            continue;
        }
        anyFile = true;
        if (!file.open(QIODevice::ReadOnly)) {
            firstError = Error(ErrorCode::FileReadFailed, {file.fileName()}, file.errorString());
            continue;
        }
        if (file.size() > kMaxFileSize) {
            firstError =
                Error(ErrorCode::VaultKeySlotsDamaged, {folder}, QStringLiteral("key-slot file too large"));
            continue;
        }
        auto parsed = parse(file.readAll());
        if (!parsed) {
            qCWarning(lcVault) << "key-slot generation file" << parity
                               << "unusable:" << parsed.error().detail;
            if (!firstError || parsed.error().code == ErrorCode::VaultNewerSchema) {
                firstError = parsed.error();
            }
            continue;
        }
        if (!best || parsed->m_generation > best->m_generation) {
            best = std::move(parsed).value();
        }
    }
    if (best) {
        return std::move(*best);
    }
    if (!anyFile) {
        return Error(ErrorCode::VaultNotAVault, {folder}, QStringLiteral("no key-slot file"));
    }
    Error error = firstError.value_or(Error(ErrorCode::VaultKeySlotsDamaged));
    if (error.code == ErrorCode::VaultKeySlotsDamaged) {
        error.args = QStringList{folder};
    }
    return error;
}

Result<void> KeySlots::save(const QString &folder)
{
    const quint64 next = m_generation + 1;
    const int parity = static_cast<int>(next % 2);
    const QString path = QDir(folder).filePath(fileName(parity));
    std::optional<QByteArray> replaced;
    QFile existing(path);
    if (existing.exists()) {
        if (!existing.open(QIODevice::ReadOnly)) {
            return Error(ErrorCode::FileReadFailed, {path}, existing.errorString());
        }
        replaced = existing.readAll();
    }
    VERDES_TRY(writeFileDurably(path, serialize(next)));
    m_replacedBytes = std::move(replaced);
    m_replacedParity = parity;
    m_previousGeneration = m_generation;
    m_generation = next;
    return {};
}

Result<void> KeySlots::undoLastSave(const QString &folder)
{
    if (m_replacedParity < 0) {
        return {};
    }
    const QString path = QDir(folder).filePath(fileName(m_replacedParity));
    if (m_replacedBytes) {
        VERDES_TRY(writeFileDurably(path, *m_replacedBytes));
    } else if (!QFile::remove(path)) {
        return Error(ErrorCode::FileWriteFailed, {path}, QStringLiteral("could not remove new generation"));
    }
    m_generation = m_previousGeneration;
    m_replacedBytes.reset();
    m_replacedParity = -1;
    return {};
}

Result<KeySlot> KeySlots::wrap(const QString &vaultId,
                               KeySlot::Kind kind,
                               const QString &officerId,
                               const QString &officerName,
                               std::span<const unsigned char> secret,
                               const KdfParams &kdf,
                               const SecureBytes &dataKey)
{
    ensureSodium();
    Q_ASSERT(dataKey.size() == Kdf::kKeySize);
    KeySlot slot;
    QByteArray id(16, Qt::Uninitialized);
    randombytes_buf(id.data(), static_cast<std::size_t>(id.size()));
    slot.id = QString::fromLatin1(id.toHex());
    slot.kind = kind;
    slot.officerId = officerId;
    slot.officerName = officerName;
    slot.kdf = kdf;
    slot.nonce.resize(static_cast<qsizetype>(kNonceSize));
    randombytes_buf(slot.nonce.data(), kNonceSize);
    VERDES_TRY_ASSIGN(wrappingKey, Kdf::derive(secret, kdf));
    const QByteArray ad = associatedData(vaultId, slot);
    slot.wrappedKey.resize(kWrappedKeySize);
    unsigned long long length = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char *>(slot.wrappedKey.data()), // NOLINT
        &length,
        dataKey.data(),
        dataKey.size(),
        reinterpret_cast<const unsigned char *>(ad.constData()), // NOLINT
        static_cast<unsigned long long>(ad.size()),
        nullptr,
        reinterpret_cast<const unsigned char *>(slot.nonce.constData()), // NOLINT
        wrappingKey.data());
    Q_ASSERT(length == static_cast<unsigned long long>(slot.wrappedKey.size()));
    return slot;
}

Result<SecureBytes>
KeySlots::unwrap(const QString &vaultId, const KeySlot &slot, std::span<const unsigned char> secret)
{
    ensureSodium();
    if (slot.wrappedKey.size() != kWrappedKeySize
        || slot.nonce.size() != static_cast<qsizetype>(kNonceSize)) {
        return Error(ErrorCode::VaultKeySlotsDamaged, {}, QStringLiteral("slot sizes"));
    }
    VERDES_TRY_ASSIGN(wrappingKey, Kdf::derive(secret, slot.kdf));
    const QByteArray ad = associatedData(vaultId, slot);
    SecureBytes dataKey(Kdf::kKeySize);
    unsigned long long length = 0;
    const int rc = crypto_aead_xchacha20poly1305_ietf_decrypt(
        dataKey.data(),
        &length,
        nullptr,
        reinterpret_cast<const unsigned char *>(slot.wrappedKey.constData()), // NOLINT
        static_cast<unsigned long long>(slot.wrappedKey.size()),
        reinterpret_cast<const unsigned char *>(ad.constData()), // NOLINT
        static_cast<unsigned long long>(ad.size()),
        reinterpret_cast<const unsigned char *>(slot.nonce.constData()), // NOLINT
        wrappingKey.data());
    if (rc != 0 || length != Kdf::kKeySize) {
        return Error(ErrorCode::VaultWrongPassphrase, {}, QStringLiteral("key slot did not open"));
    }
    return dataKey;
}

std::optional<KeySlot> KeySlots::officerSlot(QStringView name) const
{
    for (const KeySlot &slot : m_slots) {
        if (slot.kind == KeySlot::Kind::Officer && slot.officerName.compare(name, Qt::CaseInsensitive) == 0) {
            return slot;
        }
    }
    return std::nullopt;
}

std::optional<KeySlot> KeySlots::recoverySlot() const
{
    for (const KeySlot &slot : m_slots) {
        if (slot.kind == KeySlot::Kind::Recovery) {
            return slot;
        }
    }
    return std::nullopt;
}

QStringList KeySlots::officerNames() const
{
    QStringList names;
    for (const KeySlot &slot : m_slots) {
        if (slot.kind == KeySlot::Kind::Officer) {
            names << slot.officerName;
        }
    }
    return names;
}

qsizetype KeySlots::officerCount() const
{
    return officerNames().size();
}

void KeySlots::add(KeySlot slot)
{
    m_slots.append(std::move(slot));
}

void KeySlots::replace(const KeySlot &slot)
{
    for (KeySlot &existing : m_slots) {
        if (existing.id == slot.id) {
            existing = slot;
            return;
        }
    }
    Q_ASSERT_X(false, "KeySlots::replace", "no slot with that id");
}

bool KeySlots::remove(const QString &slotId)
{
    return m_slots.removeIf([&](const KeySlot &slot) {
        return slot.id == slotId;
    }) > 0;
}

} // namespace verdes
