// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace verdes::sync {

// A reviewer asks the hub for the batches it received after `after` (docs/batch-format.md §12,
// verdes-review-feed-request/1), signed by the reviewer's own key: the hub answers only enrolled,
// unrevoked reviewers of its district. The answer is sealed to that same key, so a replayed request
// gives nobody else anything to read.
struct ReviewFeedRequest
{
    QString vaultId;          // the district review vault
    QByteArray reviewerKeyId; // 8 bytes: the key that signs this request
    quint64 after = 0;        // the hub's serial of the last batch the vault holds; 0 for none
    QString createdAt;        // UTC, "2026-12-10T09:41:07.123Z"

    bool operator==(const ReviewFeedRequest &) const = default;

    QByteArray encode() const;
    static Result<ReviewFeedRequest> decode(QByteArrayView body);
};

// One batch the hub received, as the hub vouches for it: the village's signed batch exactly as it
// came, the device key the hub had enrolled for it (which verifies the batch's signature), and the
// hub's signed receipt.
struct ReviewFeedEntry
{
    quint64 serial = 0;         // the hub's running number of the batches it received, from 1
    QString receivedAt;         // UTC, when the hub stored it
    QString villageCode;        // 10 digits, in the feed's district
    QByteArray devicePublicKey; // Ed25519, 32 bytes: the enrolled device key that signed the batch
    QByteArray batchFile;       // the signed batch (VBAT), as the village sent it
    QByteArray receiptFile;     // the hub's signed receipt (VRCP) for it

    bool operator==(const ReviewFeedEntry &) const = default;
};

// The hub's answer, verdes-review-feed/1 (docs/batch-format.md §12): the batches it received after
// the request's `after`, oldest first, signed by the hub and sealed to the reviewer's key (its
// X25519 form). A page holds at most kMaxEntries batches or kMaxPageBytes of them; `latest` says how
// far the hub's serials reach, so the vault asks again until it has them all.
struct ReviewFeed
{
    static constexpr qsizetype kMaxEntries = 200;
    static constexpr qsizetype kMaxPageBytes = qsizetype{256} << 20;

    QString hubId;
    QString districtCode;           // 4 digits; every entry's village is in it
    QByteArray reviewerKeyId;       // 8 bytes: who asked, the key it is sealed to
    quint64 after = 0;              // as asked
    quint64 latest = 0;             // the hub's newest serial when it answered (>= every entry's)
    QString issuedAt;               // UTC
    QList<ReviewFeedEntry> entries; // serials rising, each > after

    bool operator==(const ReviewFeed &) const = default;

    // Whether the hub has more after this page.
    bool hasMore() const { return (entries.isEmpty() ? after : entries.constLast().serial) < latest; }

    QByteArray encode() const;
    // Refuses (SyncFileMalformed) anything out of bounds or order: serials not rising or not after
    // `after`, above `latest`, a village outside the district, bytes left over.
    static Result<ReviewFeed> decode(QByteArrayView body);
};

} // namespace verdes::sync
