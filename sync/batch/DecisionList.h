// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"
#include "sync/batch/ReviewerEnrolment.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace verdes::sync {

// A village asks its hub for the verdicts on its items stored after `after`,
// verdes-decisions-request/1 (docs/batch-format.md §14), signed by its enrolled device key.
struct DecisionRequest
{
    QString vaultId;        // the village vault
    QString villageCode;    // 10 digits
    QByteArray deviceKeyId; // 8 bytes: the key that signs the request
    quint64 after = 0;      // the village's serial of the last verdict it holds; 0 for none
    QString createdAt;      // UTC

    bool operator==(const DecisionRequest &) const = default;

    QByteArray encode() const;
    static Result<DecisionRequest> decode(QByteArrayView body);
};

// A reviewer as the hub enrolled them, named in a decision list so that the village can verify the
// verdicts they signed and show who decided.
struct DecisionReviewer
{
    QByteArray publicKey; // Ed25519, 32 bytes
    QString name;         // not empty
    ReviewerRole role = ReviewerRole::Verifier;

    bool operator==(const DecisionReviewer &) const = default;
};

// One verdict the hub stored for the village, under the village's own running number.
struct DecisionEntry
{
    quint64 serial = 0;     // from 1 for each village, rising in the order the hub stored them
    QString storedAt;       // UTC
    QByteArray verdictFile; // the reviewer's signed verdict (VDEC), as uploaded

    bool operator==(const DecisionEntry &) const = default;
};

// The hub's answer, verdes-decisions/1 (§14): the village's verdicts after the request's `after`,
// oldest first, with the reviewers who signed them, signed by the hub and sealed to the village's
// device key (its X25519 form). On a USB stick from `verdes-hub decisions`, for the device the hub
// enrolled for that village. `latest` says how far the village's serials reach.
struct DecisionList
{
    static constexpr qsizetype kMaxEntries = 5000;
    static constexpr qsizetype kMaxReviewers = 1000;

    QString hubId;
    QString villageCode;    // 10 digits
    QByteArray deviceKeyId; // 8 bytes: the device it is sealed to
    quint64 after = 0;
    quint64 latest = 0;                // not below `after`, nor below any entry's serial
    QString issuedAt;                  // UTC
    QList<DecisionReviewer> reviewers; // every reviewer who signed an entry, each once
    QList<DecisionEntry> entries;      // serials rising, each above `after`

    bool operator==(const DecisionList &) const = default;

    bool hasMore() const { return (entries.isEmpty() ? after : entries.constLast().serial) < latest; }

    QByteArray encode() const;
    // Refuses (SyncFileMalformed) serials out of order, a reviewer listed twice, bytes left over.
    static Result<DecisionList> decode(QByteArrayView body);
};

} // namespace verdes::sync
