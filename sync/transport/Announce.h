// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace verdes::sync {

// The first request of an upload over HTTPS (issue 13 §3, docs/hub.md "The HTTPS protocol"): the
// device tells the hub which batch it has, how big the sealed file is and its hash, signed with the
// device key, and the hub answers before any byte of the batch goes.
struct Announce
{
    static constexpr qsizetype kMaxBytes = 1024;

    QByteArray deviceKeyId; // 8 bytes
    QByteArray batchId;     // 32 bytes
    quint64 sequence = 0;
    qint64 size = 0;   // of the sealed file
    QByteArray sha256; // of the sealed file
    QString at;        // when the device sent it, UTC ISO with milliseconds

    // Compact JSON, keys in a fixed order; the signature is over exactly these bytes.
    QByteArray encode() const;
    static Result<Announce> decode(const QByteArray &bytes);
};

// The hub's answer to an announce.
struct AnnounceAnswer
{
    // The largest part a hub may ask for; a bigger one is a malformed answer, not an allocation.
    static constexpr qint64 kMaxPartSize = qint64(64) << 20;

    enum class Kind : quint8
    {
        Send,    // send the bytes, from `received` on
        Have,    // the hub has this batch: `receipt` is the receipt it gave then
        Refused, // `reason` says why (a receipt reason code, or "too_large")
    };

    Kind kind = Kind::Refused;
    qint64 received = 0;
    qint64 partSize = 0;
    QByteArray receipt;
    QString reason;

    QByteArray encode() const;
    static Result<AnnounceAnswer> decode(const QByteArray &bytes);
};

// A whole number in [0, max] from a field of the hub's JSON, or -1 when it is missing, not a whole
// number or out of range (a JSON number is a double: cast unchecked, a huge one would be undefined).
qint64 countField(const QJsonObject &object, QLatin1StringView key, qint64 max);

} // namespace verdes::sync
