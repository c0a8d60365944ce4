// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/PublicKey.h"
#include "models/core/Result.h"
#include "models/core/SecureBytes.h"

#include <QByteArray>

namespace verdes::sync {

// An Ed25519 signing key (a village device's or a hub's). The secret half lives in SecureBytes;
// the public half's key id (PublicKey::idOf) travels in every signed file so the receiver knows which
// key to use.
class Signer final
{
public:
    static constexpr qsizetype kPublicKeySize = PublicKey::kSize;
    static constexpr qsizetype kSignatureSize = PublicKey::kSignatureSize;

    // A fresh key pair from the operating system's randomness.
    static Signer generate();
    // Restores a key from its 32-byte seed (as kept in the vault).
    static Result<Signer> fromSeed(const SecureBytes &seed);

    const QByteArray &publicKey() const { return m_publicKey; }

    // The detached signature of the exact bytes.
    QByteArray sign(const QByteArray &message) const;

    const SecureBytes &seed() const { return m_seed; }

    // PublicKey::verify checks what it signs.

private:
    Signer(SecureBytes seed, SecureBytes secretKey, QByteArray publicKey);

    SecureBytes m_seed;
    SecureBytes m_secretKey;
    QByteArray m_publicKey;
};

} // namespace verdes::sync
