// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Clock.h"
#include "models/core/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace verdes {

class Database;

// The newest entry of the audit trail, signed with the vault's device key (issue 10 §5): the
// anchor that a truncated or rolled-back vault can no longer match. The musdes minutes and every
// batch carry it, so the district hub holds one; until a hub exists, the short form written down
// on paper (`1234:3F2A-91BC-0D77-E4A1-5B20-9C3D`) is the anchor (docs/security.md).
//
// The signed bytes are a few lines of text, fixed by version:
//   verdes-audit-head-v1 / vault / village / entry / hash / state / entry-time / signed-at / key
// and the file form adds the public key and the Ed25519 signature, base64.
struct AuditHead
{
    QString vaultId;
    QString villageCode;
    qint64 seq = 0;
    QByteArray hash;      // the entry's hash, 32 bytes
    QByteArray stateHash; // the state it recorded (empty for entries before schema 6)
    QDateTime entryTime;  // UTC
    QDateTime signedAt;   // UTC
    QString keyId;
    QByteArray publicKey;
    QByteArray signature;

    // The newest entry, signed now with the vault's device key.
    static Result<AuditHead> sign(Database &db,
                                  const QString &vaultId,
                                  const QString &villageCode,
                                  Clock &clock = SystemClock::instance());

    QByteArray signedBytes() const;
    // Whether the signature is the device key's over signedBytes() (and the key id belongs to it).
    bool verifySignature() const;
    // The first 12 bytes of the entry's hash as 6 groups of 4 hex digits: short enough to write
    // down, long enough that no one can make another history end in it.
    QString fingerprint() const;
    // "1234:3F2A-91BC-0D77-E4A1-5B20-9C3D", the anchor as written down.
    QString anchor() const;

    // The file form (signed bytes, public key, signature) and back.
    QByteArray toText() const;
    static Result<AuditHead> fromText(const QByteArray &text);

    // Checks an anchor written down earlier against this vault's history: the entry must exist and
    // its hash begin with the fingerprint. UsageError for a malformed anchor, AuditAnchorMismatch
    // when it does not match (the history was cut, altered or replaced by an older copy).
    static Result<void> checkAnchor(Database &db, const QString &anchor);
};

} // namespace verdes
