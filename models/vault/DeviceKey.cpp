// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/vault/DeviceKey.h"

#include "models/core/SecureBytes.h"
#include "models/core/Sodium.h"
#include "models/vault/Database.h"
#include "models/vault/Statement.h"

#include <sodium.h>

namespace verdes {

namespace {

const unsigned char *bytesOf(const QByteArray &array)
{
    return reinterpret_cast<const unsigned char *>(array.constData()); // NOLINT
}

} // namespace

Result<bool> DeviceKey::exists(Database &db)
{
    VERDES_TRY_ASSIGN(count, db.queryInt(u"SELECT count(*) FROM device_key"));
    return count > 0;
}

Result<void> DeviceKey::create(Database &db, Clock &clock)
{
    ensureSodium();
    QByteArray publicKey(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    SecureBytes secretKey(crypto_sign_SECRETKEYBYTES);
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(publicKey.data()), secretKey.data()); // NOLINT
    Statement st(db,
                 u"INSERT INTO device_key (id, key_id, public_key, secret_key, created_at) "
                 u"VALUES (1, :key_id, :public_key, :secret_key, :created_at)");
    VERDES_TRY(st.status());
    st.bind(u":key_id", PublicKey::idTextOf(publicKey));
    st.bind(u":public_key", publicKey);
    st.bindSecret(u":secret_key", secretKey);
    st.bind(u":created_at", clock.now().toUTC().toString(Qt::ISODate));
    return st.run();
}

Result<DeviceKey> DeviceKey::rotate(Database &db, Clock &clock)
{
    VERDES_TRY_ASSIGN(old, load(db));
    Statement retire(db,
                     u"INSERT INTO retired_device_keys (key_id, public_key, created_at, retired_at) "
                     u"VALUES (:key_id, :public_key, :created_at, :retired_at)");
    VERDES_TRY(retire.status());
    retire.bind(u":key_id", old.keyId());
    retire.bind(u":public_key", old.publicKey());
    retire.bind(u":created_at", old.createdAt().toUTC().toString(Qt::ISODate));
    retire.bind(u":retired_at", clock.now().toUTC().toString(Qt::ISODate));
    VERDES_TRY(retire.run());
    ensureSodium();
    QByteArray publicKey(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    SecureBytes secretKey(crypto_sign_SECRETKEYBYTES);
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(publicKey.data()), secretKey.data()); // NOLINT
    // secure_delete is on: the old secret's bytes are overwritten in the database file as well.
    Statement st(
        db,
        u"UPDATE device_key SET key_id = :key_id, public_key = :public_key, secret_key = :secret_key, "
        u"created_at = :created_at WHERE id = 1");
    VERDES_TRY(st.status());
    st.bind(u":key_id", PublicKey::idTextOf(publicKey));
    st.bind(u":public_key", publicKey);
    st.bindSecret(u":secret_key", secretKey);
    st.bind(u":created_at", clock.now().toUTC().toString(Qt::ISODate));
    VERDES_TRY(st.run());
    return load(db);
}

Result<std::optional<QByteArray>> DeviceKey::publicKeyOf(Database &db, const QString &keyId)
{
    Statement st(db,
                 u"SELECT public_key FROM device_key WHERE key_id = :key_id UNION ALL "
                 u"SELECT public_key FROM retired_device_keys WHERE key_id = :key_id");
    VERDES_TRY(st.status());
    st.bind(u":key_id", keyId);
    VERDES_TRY_ASSIGN(row, st.step());
    if (!row) {
        return std::optional<QByteArray>();
    }
    const QByteArray publicKey = st.blob(0);
    if (publicKey.size() != kPublicKeySize || PublicKey::idTextOf(publicKey) != keyId) {
        return Error(ErrorCode::VaultDamaged, {db.path()}, QStringLiteral("device key malformed"));
    }
    return std::optional<QByteArray>(publicKey);
}

Result<DeviceKey> DeviceKey::load(Database &db)
{
    Statement st(db, u"SELECT key_id, public_key, created_at FROM device_key WHERE id = 1");
    VERDES_TRY(st.status());
    VERDES_TRY_ASSIGN(row, st.step());
    if (!row) {
        return Error(ErrorCode::VaultDamaged, {db.path()}, QStringLiteral("no device key"));
    }
    DeviceKey key;
    key.m_keyId = st.text(0);
    key.m_publicKey = st.blob(1);
    key.m_createdAt = QDateTime::fromString(st.text(2), Qt::ISODate);
    if (key.m_publicKey.size() != kPublicKeySize || key.m_keyId != PublicKey::idTextOf(key.m_publicKey)) {
        return Error(ErrorCode::VaultDamaged, {db.path()}, QStringLiteral("device key malformed"));
    }
    return key;
}

Result<SecureBytes> DeviceKey::secret(Database &db)
{
    ensureSodium();
    Statement st(db, u"SELECT secret_key, public_key FROM device_key WHERE id = 1");
    VERDES_TRY(st.status());
    VERDES_TRY_ASSIGN(row, st.step());
    if (!row) {
        return Error(ErrorCode::VaultDamaged, {db.path()}, QStringLiteral("no device key"));
    }
    SecureBytes secretKey = st.secureBlob(0);
    const QByteArray publicKey = st.blob(1);
    // An Ed25519 secret key holds its public half in its last 32 bytes: they must agree.
    if (secretKey.size() != crypto_sign_SECRETKEYBYTES
        || sodium_memcmp(
               secretKey.data() + crypto_sign_SEEDBYTES, publicKey.constData(), crypto_sign_PUBLICKEYBYTES)
               != 0) {
        return Error(ErrorCode::VaultDamaged, {db.path()}, QStringLiteral("device key pair inconsistent"));
    }
    return secretKey;
}

Result<QByteArray> DeviceKey::sign(Database &db, const QByteArray &message)
{
    VERDES_TRY_ASSIGN(secretKey, secret(db));
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), // NOLINT
                         nullptr,
                         bytesOf(message),
                         static_cast<unsigned long long>(message.size()),
                         secretKey.data());
    return signature;
}

} // namespace verdes
