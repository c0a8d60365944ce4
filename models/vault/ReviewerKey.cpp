// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/vault/ReviewerKey.h"

#include "models/core/SecureBytes.h"
#include "models/core/Sodium.h"
#include "models/vault/Database.h"
#include "models/vault/Statement.h"

#include <sodium.h>

namespace verdes {

Result<std::optional<ReviewerKey>> ReviewerKey::of(Database &db, const QString &officerId)
{
    Statement st(db, u"SELECT key_id, public_key, created_at FROM reviewer_keys WHERE officer_id = :id");
    VERDES_TRY(st.status());
    st.bind(u":id", officerId);
    VERDES_TRY_ASSIGN(row, st.step());
    if (!row) {
        return std::optional<ReviewerKey>();
    }
    ReviewerKey key;
    key.m_officerId = officerId;
    key.m_keyId = st.text(0);
    key.m_publicKey = st.blob(1);
    key.m_createdAt = QDateTime::fromString(st.text(2), Qt::ISODate);
    if (key.m_publicKey.size() != PublicKey::kSize || key.m_keyId != PublicKey::idTextOf(key.m_publicKey)) {
        return Error(ErrorCode::VaultDamaged, {db.path()}, QStringLiteral("reviewer key malformed"));
    }
    return std::optional<ReviewerKey>(std::move(key));
}

Result<ReviewerKey> ReviewerKey::ensure(Database &db, const Actor &actor, Clock &clock)
{
    VERDES_TRY(actor.requireReviewer());
    VERDES_TRY_ASSIGN(existing, of(db, actor.officerId));
    if (existing) {
        return *existing;
    }
    ensureSodium();
    QByteArray publicKey(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    SecureBytes secretKey(crypto_sign_SECRETKEYBYTES);
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(publicKey.data()), secretKey.data()); // NOLINT
    Statement st(db,
                 u"INSERT INTO reviewer_keys (officer_id, key_id, public_key, secret_key, created_at) "
                 u"VALUES (:officer_id, :key_id, :public_key, :secret_key, :created_at)");
    VERDES_TRY(st.status());
    st.bind(u":officer_id", actor.officerId);
    st.bind(u":key_id", PublicKey::idTextOf(publicKey));
    st.bind(u":public_key", publicKey);
    st.bindSecret(u":secret_key", secretKey);
    st.bind(u":created_at", clock.now().toUTC().toString(Qt::ISODate));
    VERDES_TRY(st.run());
    VERDES_TRY_ASSIGN(made, of(db, actor.officerId));
    return *made;
}

Result<SecureBytes> ReviewerKey::secret(Database &db, const Actor &actor)
{
    VERDES_TRY(actor.requireReviewer());
    ensureSodium();
    Statement st(db, u"SELECT secret_key, public_key FROM reviewer_keys WHERE officer_id = :id");
    VERDES_TRY(st.status());
    st.bind(u":id", actor.officerId);
    VERDES_TRY_ASSIGN(row, st.step());
    if (!row) {
        return Error(ErrorCode::VaultUnknownOfficer, {actor.name}, QStringLiteral("no reviewer key"));
    }
    SecureBytes secretKey = st.secureBlob(0);
    const QByteArray publicKey = st.blob(1);
    // An Ed25519 secret key holds its public half in its last 32 bytes: they must agree.
    if (secretKey.size() != crypto_sign_SECRETKEYBYTES
        || sodium_memcmp(
               secretKey.data() + crypto_sign_SEEDBYTES, publicKey.constData(), crypto_sign_PUBLICKEYBYTES)
               != 0) {
        return Error(ErrorCode::VaultDamaged, {db.path()}, QStringLiteral("reviewer key pair inconsistent"));
    }
    return secretKey;
}

Result<QByteArray> ReviewerKey::sign(Database &db, const Actor &actor, const QByteArray &message)
{
    VERDES_TRY_ASSIGN(secretKey, secret(db, actor));
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), // NOLINT
                         nullptr,
                         reinterpret_cast<const unsigned char *>(message.constData()), // NOLINT
                         static_cast<unsigned long long>(message.size()),
                         secretKey.data());
    return signature;
}

} // namespace verdes
