// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace verdes::sync {

// One generation of a hub's keys (docs/batch-format.md §10): the hub starts with generation 1 and
// `verdes-hub rotate-keys` makes the next one, endorsed by the signing key of the one before.
struct HubKeyGeneration
{
    static constexpr qsizetype kEndorsementSize = 64;

    quint32 number = 1;
    QByteArray signingKey; // Ed25519, 32 bytes
    QByteArray sealingKey; // X25519, 32 bytes
    QString createdAt;     // UTC, "2026-12-10T09:41:07.123Z"
    QString expiresAt;     // UTC, or empty: the keys do not expire
    // Ed25519 signature by generation number−1's signing key over endorsedBytes(); empty for the
    // first generation.
    QByteArray endorsement;

    bool operator==(const HubKeyGeneration &) const = default;

    // The bytes the previous generation signs: the link of this generation to the hub.
    QByteArray endorsedBytes(const QString &hubId) const;
};

// The hub's key list, verdes-hub-keys/1 (docs/batch-format.md §10): every generation of its keys,
// oldest first, each after the first endorsed by the one before, and the whole list signed by the
// newest signing key. A village that pinned any generation walks the endorsements from its own to
// the newest and pins that one: a key it never saw is trusted only through the key it trusts.
struct HubKeyChain
{
    static constexpr qsizetype kMaxGenerations = 1000;

    QString hubId;
    QString issuedAt; // UTC
    QList<HubKeyGeneration> generations;

    bool operator==(const HubKeyChain &) const = default;

    const HubKeyGeneration &current() const { return generations.constLast(); }

    // The body's bytes: the same chain always gives the same bytes.
    QByteArray encode() const;
    // Reads a body; refuses (SyncFileMalformed, the field and what is wrong at the start of the
    // detail) anything out of bounds, out of order or left over. Nothing is verified: use open().
    static Result<HubKeyChain> decode(QByteArrayView body);
    // Reads a signed key list and trusts it only through `pinnedSigningKey`: that key must be one of
    // the generations (SyncHubUnknown otherwise), every generation after it endorsed by the one
    // before (SyncSignatureInvalid otherwise), and the file signed by the newest. Like the enrolment
    // files, the body is decoded (bounded) before it is verified, to find the keys in it; nothing of
    // it is returned unless every check passed.
    static Result<HubKeyChain> open(QByteArrayView signedFile, const QByteArray &pinnedSigningKey);

    // The generation whose signing key has this id, or null.
    const HubKeyGeneration *bySigningKeyId(QByteArrayView keyId) const;
};

} // namespace verdes::sync
