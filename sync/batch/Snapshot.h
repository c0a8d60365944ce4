// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"

#include <QByteArray>
#include <QString>

namespace verdes::sync {

// A quarterly snapshot of a village's registry as the district hub publishes it, verdes-snapshot/1
// (docs/batch-format.md §16): the CSV of DOMAIN.md §13, exactly as it came from the national
// registry, inside a file signed by the hub and sealed to the village's device key. Each village's
// snapshots are numbered from 1 by the hub; a village imports only a number above the last it
// imported, so an old snapshot replayed from a USB stick changes nothing.
struct SignedSnapshot
{
    static constexpr qsizetype kMaxCsvBytes = qsizetype{512} << 20;

    QString hubId;
    QString villageCode;    // 10 digits
    QByteArray deviceKeyId; // 8 bytes: the device it is sealed to
    quint64 serial = 0;     // from 1, rising per village
    QString issuedAt;       // UTC
    QString label;          // what the hub's operator called it: "DTSEN Desember 2026"; not empty
    QString fileName;       // the CSV's name as the hub received it; not empty
    QByteArray csvSha256;   // 32 bytes: SHA-256 of `csv`
    QByteArray csv;         // the CSV file's bytes

    bool operator==(const SignedSnapshot &) const = default;

    QByteArray encode() const;
    // Refuses a serial of 0, a hash that does not match the CSV, bytes left over.
    static Result<SignedSnapshot> decode(QByteArrayView body);
};

} // namespace verdes::sync
