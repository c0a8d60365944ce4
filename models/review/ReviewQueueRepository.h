// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"
#include "models/proposals/ProposalState.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace verdes {

class Database;

// What the queue shows (issue 14 §1): by village, type, state, age and whether the completeness check
// found something missing. Empty fields filter nothing.
struct ReviewQueueFilter
{
    QString villageCode;                // 10 digits
    QString type;                       // a ProposalType code, or FLAGGED_REMOVAL
    std::optional<ProposalState> state; // none: every state
    bool incompleteOnly = false;
    QString receivedBefore; // UTC time: only items the hub received before it (older than N days)
    QByteArray heldBy;      // a reviewer key id (8 bytes): only the items it holds now (schema 17)
};

// One item of the queue.
struct ReviewQueueItem
{
    qint64 itemId = 0;
    quint64 hubSerial = 0; // the batch's serial at the hub
    QString villageCode;
    quint64 proposalId = 0; // the village's proposal number; 0 for a flagged registrant
    QString type;
    QString householdId;
    ProposalState state = ProposalState::InReview;
    QString incomplete; // "RT01 RT03", empty when complete
    QString receivedAt; // when the hub received the batch
    // Who holds the item now, as the hub last answered (schema 17); empty when nobody does.
    QString holderName;
    QString heldUntil; // UTC
    QByteArray holderKeyId;
};

// How many items a village has in each state, and how old its oldest open one is.
struct ReviewVillageCount
{
    QString villageCode;
    qint64 batches = 0;
    qint64 items = 0;
    qint64 open = 0; // not yet approved, rejected or returned
    qint64 incomplete = 0;
    QString oldestOpenReceivedAt; // empty when none is open
};

// The stored batch an item came in, as the inbox kept it: the village's signed file and the device key
// that signed it, to open it again (ReviewItemDetail), and the batch's facts.
struct ReviewStoredBatch
{
    quint64 hubSerial = 0;
    quint32 position = 0; // the item's index in the batch
    QString villageCode;
    quint64 sequence = 0; // the village's batch number
    QString createdAt;    // when the village made it (UTC)
    QString receivedAt;   // when the hub stored it (UTC)
    QByteArray signedFile;
    QByteArray deviceKey; // 32 bytes
};

// The review queue of a district review vault, read from what its inbox stored (review_items,
// review_batches). Pages are ordered oldest first (the hub's serial, then the position in the batch),
// so the items that waited longest come first.
class ReviewQueueRepository final
{
public:
    explicit ReviewQueueRepository(Database &db);

    Result<QList<ReviewQueueItem>> page(const ReviewQueueFilter &filter, qint64 offset, qint64 limit);
    Result<qint64> count(const ReviewQueueFilter &filter);
    // The items in each state, every state that has any.
    Result<QList<QPair<ProposalState, qint64>>> countsByState();
    Result<QList<ReviewVillageCount>> byVillage();
    Result<std::optional<ReviewQueueItem>> item(qint64 itemId);
    // The stored batch of an item and the item's position in it; nullopt for an unknown item.
    Result<std::optional<ReviewStoredBatch>> storedBatchOf(qint64 itemId);
    // The open items (not approved, rejected or returned) of a village's household, but `exceptItemId`,
    // oldest first; none for an item without a household.
    Result<QList<ReviewQueueItem>>
    openItemsOfHousehold(const QString &villageCode, const QString &householdId, qint64 exceptItemId);
    // The item types the queue holds, for the type filter.
    Result<QStringList> types();

private:
    Database &m_db;
};

} // namespace verdes
