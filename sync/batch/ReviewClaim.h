// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace verdes::sync {

// One item of a received batch, named as a verdict names it (§13): the batch id and the position.
struct ClaimItem
{
    QByteArray batchId;   // 32 bytes
    quint32 position = 0; // from 0

    bool operator==(const ClaimItem &) const = default;
};

// What a claim request asks for.
enum class ClaimAction : quint8
{
    Take,    // hold the items for `days` days: nobody else's verdict on them is accepted meanwhile
    Release, // give them up
};

QString claimActionCode(ClaimAction action); // "take", "release"
std::optional<ClaimAction> claimActionFromCode(QStringView code);

// A reviewer asks the hub to take or release items, verdes-claim-request/1 (docs/batch-format.md §17),
// signed by the reviewer's own key (§11), so that two reviewers of one district never work on the same
// item at once (issue 14 §1). `sequence` rises with every request of the key: the hub refuses one
// not above the last it answered, so a request carried again (a release replayed after a take)
// changes nothing.
struct ClaimRequest
{
    static constexpr qsizetype kMaxItems = 5000;
    static constexpr quint32 kMaxDays = 30; // the longest field visit a claim covers

    QString vaultId;          // the district review vault
    QByteArray reviewerKeyId; // 8 bytes: the key that signs the request
    quint64 sequence = 0;     // above every earlier request of this key; from 1
    ClaimAction action = ClaimAction::Take;
    quint32 days = 0;       // 1 to kMaxDays for a take, 0 for a release
    QString createdAt;      // UTC
    QList<ClaimItem> items; // 1 to kMaxItems, each once

    bool operator==(const ClaimRequest &) const = default;

    QByteArray encode() const;
    // Refuses (SyncFileMalformed) a request out of the bounds above.
    static Result<ClaimRequest> decode(QByteArrayView body);
};

// What the hub answered for one item.
enum class ClaimOutcome : quint8
{
    Granted,     // held by the requester until `until`
    Released,    // nobody holds it now
    HeldByOther, // another reviewer (`holder_name`, `holder_key_id`) holds it until `until`
    UnknownItem, // no item the hub accepted at that batch and position
};

QString claimOutcomeCode(ClaimOutcome outcome); // "granted", "released", "held_by_other", "unknown_item"
std::optional<ClaimOutcome> claimOutcomeFromCode(QStringView code);

struct ClaimAnswerEntry
{
    ClaimItem item;
    ClaimOutcome outcome = ClaimOutcome::Granted;
    QByteArray holderKeyId; // 8 bytes with granted and held_by_other; empty otherwise
    QString holderName;     // the holder as the hub enrolled them; empty exactly when holderKeyId is
    QString until;          // UTC, with granted and held_by_other; empty otherwise

    bool operator==(const ClaimAnswerEntry &) const = default;
};

// The hub's answer, verdes-claim-answer/1 (§17), signed by the hub's current key, not sealed (it holds
// no personal data): one entry per item of the request, in its order.
struct ClaimAnswer
{
    QString hubId;
    QString vaultId;          // as in the request
    QByteArray reviewerKeyId; // as in the request
    QByteArray requestId;     // 32 bytes: the SHA-256 of the signed request
    quint64 sequence = 0;     // as in the request
    QString issuedAt;         // UTC: the hub's time, which `until` is counted from
    QList<ClaimAnswerEntry> entries;

    bool operator==(const ClaimAnswer &) const = default;

    QByteArray encode() const;
    static Result<ClaimAnswer> decode(QByteArrayView body);
};

} // namespace verdes::sync
