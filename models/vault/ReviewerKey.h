// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Clock.h"
#include "models/core/PublicKey.h"
#include "models/core/Result.h"
#include "models/core/SecureBytes.h"
#include "models/vault/Actor.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace verdes {

class Database;

// A reviewer's own key in a district review vault (issue 14 §1): an Ed25519 key pair per officer,
// made the first time the officer asks to be enrolled at the hub, and kept in the encrypted database
// (table reviewer_keys) beside the vault's device key. It signs that officer's verdicts; the hub
// enrols it with the officer's role, so a verdict names the person who made it, not just the laptop.
// Only the officer it belongs to signs with it: another officer of the same vault cannot.
class ReviewerKey final
{
public:
    // The officer's key, made (inside the caller's transaction) when they have none yet. Refuses
    // the recovery key and a role that reviews nothing (PermissionDenied).
    static Result<ReviewerKey> ensure(Database &db, const Actor &actor, Clock &clock);
    // The officer's key, none when they have not asked for one.
    static Result<std::optional<ReviewerKey>> of(Database &db, const QString &officerId);
    // Signs `message` (Ed25519, detached) with the actor's own key; VaultUnknownOfficer when the
    // actor has none.
    static Result<QByteArray> sign(Database &db, const Actor &actor, const QByteArray &message);
    // The actor's own secret key (64 bytes, in secure memory), for opening what the hub sealed to them
    // (sync::SealingKey::fromSigningSecret); the same refusals as sign().
    static Result<SecureBytes> secret(Database &db, const Actor &actor);

    const QString &officerId() const { return m_officerId; }

    // PublicKey::idTextOf the public half, as stored beside it.
    const QString &keyId() const { return m_keyId; }

    const QByteArray &publicKey() const { return m_publicKey; }

    const QDateTime &createdAt() const { return m_createdAt; }

private:
    QString m_officerId;
    QString m_keyId;
    QByteArray m_publicKey;
    QDateTime m_createdAt;
};

} // namespace verdes
