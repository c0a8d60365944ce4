// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"
#include "models/core/SecureBytes.h"

#include <QByteArray>

namespace verdes::sync {

// An Ed25519 signing key (a village device's or a hub's). The secret half lives in SecureBytes;
// the public half and its key id travel in every signed file so the receiver knows which key to use.
class Signer final
{
public:
    static constexpr int kPublicKeySize = 32;
    static constexpr int kSignatureSize = 64;

    // A fresh key pair from the operating system's randomness.
    static Signer generate();
    // Restores a key from its 32-byte seed (as kept in the vault).
    static Result<Signer> fromSeed(const SecureBytes &seed);

    const QByteArray &publicKey() const { return m_publicKey; }

    // A short, stable name for the public key: 16 hex digits of its BLAKE2b hash.
    QString keyId() const;
    // The detached signature of the exact bytes.
    QByteArray sign(const QByteArray &message) const;

    const SecureBytes &seed() const { return m_seed; }

    // Whether `signature` is a valid Ed25519 signature of `message` by `publicKey`.
    static bool verify(QByteArrayView publicKey, QByteArrayView message, QByteArrayView signature);
    static QString keyIdOf(const QByteArray &publicKey);

private:
    Signer(SecureBytes seed, SecureBytes secretKey, QByteArray publicKey);

    SecureBytes m_seed;
    SecureBytes m_secretKey;
    QByteArray m_publicKey;
};

} // namespace verdes::sync
