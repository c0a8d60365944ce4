// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/vault/KeySlots.h"

#include "models/core/Log.h"
#include "models/core/Sodium.h"
#include "models/platform/CrashPoint.h"
#include "models/platform/Platform.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <sodium.h>

namespace verdes {

namespace {

constexpr char kFormatName[] = "verdes-keyslots";
constexpr char kKdfAlgorithm[] = "argon2id13";
// crypto_kdf context of the file's authentication key: 8 bytes, fixed forever for format 2.
constexpr char kMacContext[crypto_kdf_CONTEXTBYTES + 1] = "vdslots2";
constexpr quint64 kMacSubkeyId = 1;
constexpr qint64 kMaxFileSize = 1 << 20;
constexpr qsizetype kMaxSlots = 1000;

constexpr auto kWrappedSecretSize = static_cast<qsizetype>(crypto_box_SECRETKEYBYTES)
                                    + static_cast<qsizetype>(crypto_aead_xchacha20poly1305_ietf_ABYTES);
constexpr auto kSealedKeySize =
    static_cast<qsizetype>(Kdf::kKeySize) + static_cast<qsizetype>(crypto_box_SEALBYTES);

const unsigned char *bytesOf(const QByteArray &array)
{
    return reinterpret_cast<const unsigned char *>(array.constData()); // NOLINT
}

unsigned char *bytesOf(QByteArray &array)
{
    return reinterpret_cast<unsigned char *>(array.data()); // NOLINT
}

QString kindName(KeySlot::Kind kind)
{
    return kind == KeySlot::Kind::Recovery ? QStringLiteral("recovery") : QStringLiteral("officer");
}

// The associated data of a wrap: everything about the slot except the ciphertexts.
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
                                  slot.kdf.salt.toHex(),
                                  slot.publicKey.toHex()};
    for (const QByteArray &part : parts) {
        ad.append('\x1f').append(part);
    }
    return ad;
}

// Keyed BLAKE2b of the file's canonical body under a subkey of the data key.
QByteArray macOf(const QByteArray &body, const SecureBytes &dataKey)
{
    ensureSodium();
    Q_ASSERT(dataKey.size() == crypto_kdf_KEYBYTES);
    SecureBytes macKey(crypto_generichash_KEYBYTES);
    crypto_kdf_derive_from_key(macKey.data(), macKey.size(), kMacSubkeyId, kMacContext, dataKey.data());
    QByteArray mac(crypto_generichash_BYTES, Qt::Uninitialized);
    crypto_generichash(bytesOf(mac),
                       static_cast<std::size_t>(mac.size()),
                       bytesOf(body),
                       static_cast<unsigned long long>(body.size()),
                       macKey.data(),
                       macKey.size());
    return mac;
}

QByteArray fromBase64(const QJsonObject &o, QLatin1StringView key)
{
    return QByteArray::fromBase64(o.value(key).toString().toLatin1());
}

QString toBase64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

Result<KeySlot> parseSlot(const QJsonObject &o)
{
    const QJsonObject kdf = o.value(QLatin1StringView("kdf")).toObject();
    KeySlot slot;
    slot.id = o.value(QLatin1StringView("id")).toString();
    const QString kind = o.value(QLatin1StringView("kind")).toString();
    slot.kind = kind == u"recovery" ? KeySlot::Kind::Recovery : KeySlot::Kind::Officer;
    slot.officerId = o.value(QLatin1StringView("officerId")).toString();
    slot.officerName = o.value(QLatin1StringView("officer")).toString();
    slot.kdf.opsLimit = static_cast<quint64>(kdf.value(QLatin1StringView("opsLimit")).toInteger(0));
    slot.kdf.memLimit = static_cast<quint64>(kdf.value(QLatin1StringView("memLimit")).toInteger(0));
    slot.kdf.salt = fromBase64(kdf, QLatin1StringView("salt"));
    slot.publicKey = fromBase64(o, QLatin1StringView("publicKey"));
    slot.nonce = fromBase64(o, QLatin1StringView("nonce"));
    slot.wrappedSecret = fromBase64(o, QLatin1StringView("wrappedSecret"));
    slot.sealedKey = fromBase64(o, QLatin1StringView("sealedKey"));
    const bool shaped =
        !slot.id.isEmpty() && (kind == u"recovery" || kind == u"officer")
        && kdf.value(QLatin1StringView("algorithm")).toString() == QLatin1StringView(kKdfAlgorithm)
        && slot.kdf.salt.size() == static_cast<qsizetype>(Kdf::kSaltSize)
        && slot.publicKey.size() == static_cast<qsizetype>(crypto_box_PUBLICKEYBYTES)
        && slot.nonce.size() == static_cast<qsizetype>(KeySlots::kNonceSize)
        && slot.wrappedSecret.size() == kWrappedSecretSize && slot.sealedKey.size() == kSealedKeySize
        && (slot.kind == KeySlot::Kind::Recovery ? slot.officerId.isEmpty()
                                                 : !slot.officerName.isEmpty() && !slot.officerId.isEmpty());
    if (!shaped) {
        return Error(ErrorCode::VaultKeySlotsDamaged, {}, QStringLiteral("invalid slot"));
    }
    // Refused here, before anyone can pick the slot and run Argon2id with a planted cost.
    VERDES_TRY(Kdf::checkStored(slot.kdf));
    return slot;
}

QByteArray sealTo(const QByteArray &publicKey, const SecureBytes &dataKey)
{
    ensureSodium();
    QByteArray sealed(kSealedKeySize, Qt::Uninitialized);
    crypto_box_seal(bytesOf(sealed), dataKey.data(), dataKey.size(), bytesOf(publicKey));
    return sealed;
}

} // namespace

bool KeySlot::sameWayInAs(const KeySlot &other) const
{
    return id == other.id && kind == other.kind && officerId == other.officerId && kdf == other.kdf
           && publicKey == other.publicKey && nonce == other.nonce && wrappedSecret == other.wrappedSecret;
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

QByteArray KeySlots::body(quint64 generation) const
{
    QJsonArray slots;
    for (const KeySlot &slot : m_slots) {
        const QJsonObject kdf{{QStringLiteral("algorithm"), QString::fromLatin1(kKdfAlgorithm)},
                              {QStringLiteral("opsLimit"), static_cast<qint64>(slot.kdf.opsLimit)},
                              {QStringLiteral("memLimit"), static_cast<qint64>(slot.kdf.memLimit)},
                              {QStringLiteral("salt"), toBase64(slot.kdf.salt)}};
        slots.append(QJsonObject{{QStringLiteral("id"), slot.id},
                                 {QStringLiteral("kind"), kindName(slot.kind)},
                                 {QStringLiteral("officerId"), slot.officerId},
                                 {QStringLiteral("officer"), slot.officerName},
                                 {QStringLiteral("kdf"), kdf},
                                 {QStringLiteral("publicKey"), toBase64(slot.publicKey)},
                                 {QStringLiteral("nonce"), toBase64(slot.nonce)},
                                 {QStringLiteral("wrappedSecret"), toBase64(slot.wrappedSecret)},
                                 {QStringLiteral("sealedKey"), toBase64(slot.sealedKey)}});
    }
    // QJsonObject keeps its keys sorted, so the compact form is canonical: parse() recomputes it.
    const QJsonObject object{{QStringLiteral("format"), QString::fromLatin1(kFormatName)},
                             {QStringLiteral("version"), kFormatVersion},
                             {QStringLiteral("generation"), static_cast<qint64>(generation)},
                             {QStringLiteral("vaultId"), m_vaultId},
                             {QStringLiteral("slots"), slots}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

void KeySlots::seal(quint64 generation, const SecureBytes &dataKey)
{
    m_generation = generation;
    const QByteArray canonical = body(generation);
    QJsonObject object = QJsonDocument::fromJson(canonical).object();
    m_tag = macOf(canonical, dataKey);
    object.insert(QStringLiteral("mac"), QString::fromLatin1(m_tag.toHex()));
    m_bytes = QJsonDocument(object).toJson(QJsonDocument::Indented);
}

Result<void> KeySlots::authenticate(const SecureBytes &dataKey, const QString &folder) const
{
    QJsonObject bodyObject = QJsonDocument::fromJson(m_bytes).object();
    bodyObject.remove(QStringLiteral("mac"));
    const QByteArray expected = macOf(QJsonDocument(bodyObject).toJson(QJsonDocument::Compact), dataKey);
    if (m_tag.size() != expected.size()
        || sodium_memcmp(m_tag.constData(), expected.constData(), static_cast<std::size_t>(expected.size()))
               != 0) {
        return Error(ErrorCode::VaultKeySlotsTampered,
                     {QDir::toNativeSeparators(folder)},
                     QStringLiteral("key-slot file authentication failed (generation %1)").arg(m_generation));
    }
    return {};
}

Result<KeySlots> KeySlots::parse(const QByteArray &bytes)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        return Error(ErrorCode::VaultKeySlotsDamaged, {}, QStringLiteral("not JSON"));
    }
    const QJsonObject object = doc.object();
    if (object.value(QLatin1StringView("format")).toString() != QLatin1StringView(kFormatName)) {
        return Error(ErrorCode::VaultKeySlotsDamaged, {}, QStringLiteral("not a key-slot file"));
    }
    const int version = object.value(QLatin1StringView("version")).toInt();
    if (version > kFormatVersion) {
        return Error(ErrorCode::VaultNewerSchema,
                     {QString::number(version), QString::number(kFormatVersion)},
                     QStringLiteral("key-slot format newer than this build"));
    }
    if (version == 1) {
        return Error(ErrorCode::VaultKeySlotsOldFormat, {}, QStringLiteral("key-slot format 1"));
    }
    if (version != kFormatVersion) {
        return Error(ErrorCode::VaultKeySlotsDamaged, {}, QStringLiteral("unknown key-slot version"));
    }
    KeySlots result(object.value(QLatin1StringView("vaultId")).toString());
    const qint64 generation = object.value(QLatin1StringView("generation")).toInteger(-1);
    const QByteArray mac = QByteArray::fromHex(object.value(QLatin1StringView("mac")).toString().toLatin1());
    if (result.m_vaultId.isEmpty() || generation < 1 || mac.size() != crypto_generichash_BYTES) {
        return Error(
            ErrorCode::VaultKeySlotsDamaged, {}, QStringLiteral("missing vault id, generation or tag"));
    }
    result.m_generation = static_cast<quint64>(generation);
    const QJsonArray slots = object.value(QLatin1StringView("slots")).toArray();
    if (slots.isEmpty() || slots.size() > kMaxSlots) {
        return Error(ErrorCode::VaultKeySlotsDamaged, {}, QStringLiteral("slot count"));
    }
    for (const auto &value : slots) {
        VERDES_TRY_ASSIGN(slot, parseSlot(value.toObject()));
        result.m_slots.append(std::move(slot));
    }
    result.m_bytes = bytes;
    result.m_tag = mac;
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
                Error(ErrorCode::VaultKeySlotsDamaged, {}, QStringLiteral("key-slot file too large"));
            continue;
        }
        auto parsed = parse(file.readAll());
        if (!parsed) {
            qCWarning(lcVault) << "key-slot generation file" << parity
                               << "unusable:" << errorCodeName(parsed.error().code) << parsed.error().detail;
            // The most telling reason wins: a planted cost or a newer format over plain damage.
            if (!firstError || firstError->code == ErrorCode::VaultKeySlotsDamaged) {
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
    if (error.code == ErrorCode::VaultKeySlotsDamaged || error.code == ErrorCode::VaultKeySlotsOldFormat) {
        error.args = QStringList{QDir::toNativeSeparators(folder)};
    }
    return error;
}

Result<void> KeySlots::writeTo(const QString &folder) const
{
    Q_ASSERT_X(!m_bytes.isEmpty() && m_generation > 0, "KeySlots::writeTo", "seal() first");
    const QDir dir(folder);
    const int parity = static_cast<int>(m_generation % 2);
    VERDES_TRY(writeFileDurably(dir.filePath(fileName(parity)), m_bytes));
    VERDES_CRASH_POINT("keyslots.after-write");
    // The other file becomes a second copy of this generation: a disk error in one file still
    // leaves a way in, and no older generation (a removed officer's slot, an old passphrase's)
    // stays on disk once this one is.
    return writeFileDurably(dir.filePath(fileName(1 - parity)), m_bytes);
}

bool KeySlots::isWrittenIn(const QString &folder) const
{
    const QDir dir(folder);
    for (int parity = 0; parity < 2; ++parity) {
        QFile file(dir.filePath(fileName(parity)));
        if (!file.open(QIODevice::ReadOnly) || file.read(kMaxFileSize + 1) != m_bytes) {
            return false;
        }
    }
    return true;
}

Result<KeySlot> KeySlots::create(const QString &vaultId,
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
    SecureBytes slotSecret(crypto_box_SECRETKEYBYTES);
    slot.publicKey.resize(crypto_box_PUBLICKEYBYTES);
    crypto_box_keypair(bytesOf(slot.publicKey), slotSecret.data());
    slot.nonce.resize(static_cast<qsizetype>(kNonceSize));
    randombytes_buf(slot.nonce.data(), kNonceSize);
    VERDES_TRY_ASSIGN(wrappingKey, Kdf::derive(secret, kdf));
    const QByteArray ad = associatedData(vaultId, slot);
    slot.wrappedSecret.resize(kWrappedSecretSize);
    unsigned long long length = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(bytesOf(slot.wrappedSecret),
                                               &length,
                                               slotSecret.data(),
                                               slotSecret.size(),
                                               bytesOf(ad),
                                               static_cast<unsigned long long>(ad.size()),
                                               nullptr,
                                               bytesOf(slot.nonce),
                                               wrappingKey.data());
    Q_ASSERT(length == static_cast<unsigned long long>(slot.wrappedSecret.size()));
    slot.sealedKey = sealTo(slot.publicKey, dataKey);
    return slot;
}

Result<SecureBytes>
KeySlots::unwrapSecret(const QString &vaultId, const KeySlot &slot, std::span<const unsigned char> secret)
{
    ensureSodium();
    if (slot.wrappedSecret.size() != kWrappedSecretSize
        || slot.nonce.size() != static_cast<qsizetype>(kNonceSize)
        || slot.publicKey.size() != static_cast<qsizetype>(crypto_box_PUBLICKEYBYTES)) {
        return Error(ErrorCode::VaultKeySlotsDamaged, {}, QStringLiteral("slot sizes"));
    }
    VERDES_TRY_ASSIGN(wrappingKey, Kdf::derive(secret, slot.kdf));
    const QByteArray ad = associatedData(vaultId, slot);
    SecureBytes slotSecret(crypto_box_SECRETKEYBYTES);
    unsigned long long length = 0;
    const int rc =
        crypto_aead_xchacha20poly1305_ietf_decrypt(slotSecret.data(),
                                                   &length,
                                                   nullptr,
                                                   bytesOf(slot.wrappedSecret),
                                                   static_cast<unsigned long long>(slot.wrappedSecret.size()),
                                                   bytesOf(ad),
                                                   static_cast<unsigned long long>(ad.size()),
                                                   bytesOf(slot.nonce),
                                                   wrappingKey.data());
    if (rc != 0 || length != crypto_box_SECRETKEYBYTES) {
        return Error(ErrorCode::VaultWrongPassphrase, {}, QStringLiteral("key slot did not open"));
    }
    return slotSecret;
}

Result<SecureBytes> KeySlots::openDataKey(const KeySlot &slot, const SecureBytes &slotSecret)
{
    ensureSodium();
    if (slot.sealedKey.size() != kSealedKeySize || slotSecret.size() != crypto_box_SECRETKEYBYTES) {
        return Error(ErrorCode::VaultKeySlotsDamaged, {}, QStringLiteral("sealed key size"));
    }
    SecureBytes dataKey(Kdf::kKeySize);
    if (crypto_box_seal_open(dataKey.data(),
                             bytesOf(slot.sealedKey),
                             static_cast<unsigned long long>(slot.sealedKey.size()),
                             bytesOf(slot.publicKey),
                             slotSecret.data())
        != 0) {
        // The wrap opened, so the passphrase was right: the sealed key was replaced.
        return Error(ErrorCode::VaultKeySlotsTampered, {}, QStringLiteral("sealed data key did not open"));
    }
    return dataKey;
}

void KeySlots::resealAll(const SecureBytes &dataKey)
{
    for (KeySlot &slot : m_slots) {
        slot.sealedKey = sealTo(slot.publicKey, dataKey);
    }
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

std::optional<KeySlot> KeySlots::slotById(const QString &slotId) const
{
    for (const KeySlot &slot : m_slots) {
        if (slot.id == slotId) {
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

bool KeySlots::remove(const QString &slotId)
{
    return m_slots.removeIf([&](const KeySlot &slot) {
        return slot.id == slotId;
    }) > 0;
}

} // namespace verdes
