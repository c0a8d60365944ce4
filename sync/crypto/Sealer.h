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
