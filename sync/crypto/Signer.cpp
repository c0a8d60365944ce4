// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/crypto/Signer.h"

#include "models/core/Sodium.h"

#include <sodium.h>

namespace verdes::sync {

Signer::Signer(SecureBytes seed, SecureBytes secretKey, QByteArray publicKey)
    : m_seed(std::move(seed))
    , m_secretKey(std::move(secretKey))
    , m_publicKey(std::move(publicKey))
{}

Signer Signer::generate()
{
    ensureSodium();
    auto made = fromSeed(SecureBytes::random(crypto_sign_SEEDBYTES));
    Q_ASSERT(made.has_value());
    return std::move(made).value();
}

Result<Signer> Signer::fromSeed(const SecureBytes &seed)
{
    ensureSodium();
    if (seed.size() != crypto_sign_SEEDBYTES) {
        return Error(ErrorCode::Internal, {}, QStringLiteral("Ed25519 seed has the wrong size"));
    }
    SecureBytes secretKey(crypto_sign_SECRETKEYBYTES);
    QByteArray publicKey(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    crypto_sign_seed_keypair(
        reinterpret_cast<unsigned char *>(publicKey.data()), secretKey.data(), seed.data());
    return Signer(SecureBytes::copyOf(seed.bytes()), std::move(secretKey), std::move(publicKey));
}

QByteArray Signer::sign(const QByteArray &message) const
{
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()),
                         nullptr,
                         reinterpret_cast<const unsigned char *>(message.data()),
                         static_cast<unsigned long long>(message.size()),
                         m_secretKey.data());
    return signature;
}

} // namespace verdes::sync
