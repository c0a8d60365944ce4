// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace verdes::sync {

// The body of a revocation list, verdes-revocations/1 (docs/batch-format.md §9): the device keys a
// hub no longer accepts, signed by the hub's signing key. Each list replaces the one before; a
// village keeps the highest serial it has seen and refuses an older list, so an old list cannot be
// replayed to undo a revocation.

struct RevocationEntry
{
    QByteArray deviceKeyId; // 8 bytes
    QString vaultId;
    QString revokedAt; // UTC, "2026-12-10T09:41:07.123Z"
    QString reason;    // free words from the hub operator, no personal data

    bool operator==(const RevocationEntry &) const = default;
};

struct RevocationList
{
    static constexpr qsizetype kMaxEntries = 100000;

    QString hubId;
    quint64 serial = 1;             // from 1, one more for each list the hub issues
    QString issuedAt;               // UTC
    QList<RevocationEntry> entries; // sorted by key id (bytewise), each key once

    bool operator==(const RevocationList &) const = default;

    // The body's bytes: the same list always gives the same bytes. The entries are written as they
    // are: the caller sorts them (decode refuses a list out of order).
    QByteArray encode() const;
    // Reads a body whose signature has been verified; refuses (SyncFileMalformed, the field and what
    // is wrong at the start of the detail) anything out of bounds, out of order, repeated or left over.
    static Result<RevocationList> decode(QByteArrayView body);

    // Whether the device with this key id is revoked; the entries must be sorted (as decode gives them).
    bool revokes(QByteArrayView keyId) const;
};

} // namespace verdes::sync
