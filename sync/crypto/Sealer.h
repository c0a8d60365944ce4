// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"
#include "models/core/SecureBytes.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace verdes::sync {

// An X25519 key pair a hub's files are sealed to. The secret half stays in secure memory.
class SealingKey final
{
public:
    static SealingKey generate();
    // Restores a key pair from its 32-byte secret key (as the hub keeps it).
    static Result<SealingKey> fromSecret(const SecureBytes &secret);
    // The X25519 form of an Ed25519 key pair (its 64-byte secret key), so that what is sealed to a
    // reviewer's signing key opens with it: libsodium's crypto_sign_ed25519_sk_to_curve25519.
    static Result<SealingKey> fromSigningSecret(const SecureBytes &ed25519Secret);
    // The X25519 public key of an Ed25519 public key, to seal to (crypto_sign_ed25519_pk_to_curve25519);
    // Internal for a key that is not a point of the curve.
    static Result<QByteArray> publicKeyOfSigningKey(QByteArrayView ed25519Public);

    const QByteArray &publicKey() const { return m_publicKey; }

    const SecureBytes &secretKey() const { return m_secretKey; }

private:
    SealingKey(SecureBytes secretKey, QByteArray publicKey);

    SecureBytes m_secretKey;
    QByteArray m_publicKey;
};

// libsodium's sealed box (X25519, XSalsa20-Poly1305, an ephemeral sender key): anyone with the
// recipient's public key can seal, only the recipient can open, and each seal gives other bytes.
class Sealer
{
public:
    static constexpr qsizetype kOverhead = 48; // crypto_box_SEALBYTES

    // The sealed bytes; empty when the public key has the wrong size.
    static QByteArray seal(QByteArrayView message, const QByteArray &recipientPublicKey);
    // The message, or nothing when the bytes were not sealed to `key` or were changed.
    static std::optional<QByteArray> open(QByteArrayView sealed, const SealingKey &key);
};

} // namespace verdes::sync
