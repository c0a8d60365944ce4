// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Clock.h"
#include "models/core/PublicKey.h"
#include "models/core/Result.h"
#include "models/core/SecureBytes.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace verdes {

class Database;

// The vault's device key (DESIGN.md "Storage: the vault"): an Ed25519 key pair made with the vault.
// Its secret half lives only in the encrypted database (table device_key) and in secure memory
// while something is signed. It signs the audit head, and later the sealed musdes minutes and the
// change batches; the district hub pins its public key at enrolment.
class DeviceKey final
{
public:
    static constexpr qsizetype kPublicKeySize = PublicKey::kSize;
    static constexpr qsizetype kSignatureSize = PublicKey::kSignatureSize;

    // Makes the key pair and stores it; call inside the transaction that creates (or upgrades)
    // the vault. Refuses a second key (the table's triggers refuse changes too).
    static Result<void> create(Database &db, Clock &clock);
    // Whether the vault has its device key (vaults from before schema 6 get one when first opened).
    static Result<bool> exists(Database &db);
    // The public half.
    static Result<DeviceKey> load(Database &db);
    // Replaces the key pair with a new one (schema 11), inside the caller's transaction: the old
    // public half is kept as retired, its secret half is gone. A revoked laptop does this before it
    // asks to enrol again, because the hub never enrols a revoked key anew. Returns the new key.
    static Result<DeviceKey> rotate(Database &db, Clock &clock);
    // The public half of this vault's key with this id (PublicKey::idTextOf), the current one or a
    // retired one, for what it signed before; none when the vault never had that key.
    static Result<std::optional<QByteArray>> publicKeyOf(Database &db, const QString &keyId);

    // Signs `message` with the secret half (Ed25519, detached); PublicKey::verify checks it.
    static Result<QByteArray> sign(Database &db, const QByteArray &message);
    // The secret half (64 bytes, in secure memory), for opening what the hub sealed to this device
    // (sync::SealingKey::fromSigningSecret): the district's decisions.
    static Result<SecureBytes> secret(Database &db);

    // PublicKey::idTextOf the public half, as stored beside it.
    const QString &keyId() const { return m_keyId; }

    const QByteArray &publicKey() const { return m_publicKey; }

    const QDateTime &createdAt() const { return m_createdAt; }

private:
    QString m_keyId;
    QByteArray m_publicKey;
    QDateTime m_createdAt;
};

} // namespace verdes
