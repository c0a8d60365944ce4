// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/crypto/Sealer.h"

#include "models/core/Sodium.h"

#include <sodium.h>

namespace verdes::sync {

namespace {

const unsigned char *bytesOf(QByteArrayView data)
{
    return reinterpret_cast<const unsigned char *>(data.data()); // NOLINT
}

unsigned char *bytesOf(QByteArray &data)
{
    return reinterpret_cast<unsigned char *>(data.data()); // NOLINT
}

static_assert(Sealer::kOverhead == crypto_box_SEALBYTES);

} // namespace

SealingKey::SealingKey(SecureBytes secretKey, QByteArray publicKey)
    : m_secretKey(std::move(secretKey))
    , m_publicKey(std::move(publicKey))
{}

SealingKey SealingKey::generate()
{
    ensureSodium();
    auto made = fromSecret(SecureBytes::random(crypto_box_SECRETKEYBYTES));
    Q_ASSERT(made.has_value());
    return std::move(made).value();
}

Result<SealingKey> SealingKey::fromSecret(const SecureBytes &secret)
{
    ensureSodium();
    if (secret.size() != crypto_box_SECRETKEYBYTES) {
        return Error(ErrorCode::Internal, {}, QStringLiteral("X25519 secret key has the wrong size"));
    }
    QByteArray publicKey(crypto_box_PUBLICKEYBYTES, Qt::Uninitialized);
    crypto_scalarmult_base(bytesOf(publicKey), secret.data());
    return SealingKey(SecureBytes::copyOf(secret.bytes()), std::move(publicKey));
}

Result<SealingKey> SealingKey::fromSigningSecret(const SecureBytes &ed25519Secret)
{
    ensureSodium();
    if (ed25519Secret.size() != crypto_sign_SECRETKEYBYTES) {
        return Error(ErrorCode::Internal, {}, QStringLiteral("Ed25519 secret key has the wrong size"));
    }
    SecureBytes secret(crypto_box_SECRETKEYBYTES);
    if (crypto_sign_ed25519_sk_to_curve25519(secret.data(), ed25519Secret.data()) != 0) {
        return Error(ErrorCode::Internal, {}, QStringLiteral("Ed25519 secret key not convertible"));
    }
    return fromSecret(secret);
}

Result<QByteArray> SealingKey::publicKeyOfSigningKey(QByteArrayView ed25519Public)
{
    ensureSodium();
    QByteArray publicKey(crypto_box_PUBLICKEYBYTES, Qt::Uninitialized);
    if (ed25519Public.size() != crypto_sign_PUBLICKEYBYTES
        || crypto_sign_ed25519_pk_to_curve25519(bytesOf(publicKey), bytesOf(ed25519Public)) != 0) {
        return Error(ErrorCode::Internal, {}, QStringLiteral("Ed25519 public key not convertible"));
    }
    return publicKey;
}

QByteArray Sealer::seal(QByteArrayView message, const QByteArray &recipientPublicKey)
{
    ensureSodium();
    if (recipientPublicKey.size() != crypto_box_PUBLICKEYBYTES) {
        return {};
    }
    QByteArray sealed(message.size() + crypto_box_SEALBYTES, Qt::Uninitialized);
    if (crypto_box_seal(bytesOf(sealed),
                        bytesOf(message),
                        static_cast<unsigned long long>(message.size()),
                        bytesOf(recipientPublicKey))
        != 0) {
        return {};
    }
    return sealed;
}

std::optional<QByteArray> Sealer::open(QByteArrayView sealed, const SealingKey &key)
{
    ensureSodium();
    if (sealed.size() < crypto_box_SEALBYTES) {
        return std::nullopt;
    }
    QByteArray message(sealed.size() - crypto_box_SEALBYTES, Qt::Uninitialized);
    if (crypto_box_seal_open(bytesOf(message),
                             bytesOf(sealed),
                             static_cast<unsigned long long>(sealed.size()),
                             bytesOf(key.publicKey()),
                             key.secretKey().data())
        != 0) {
        return std::nullopt;
    }
    return message;
}

} // namespace verdes::sync
