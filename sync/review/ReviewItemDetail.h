// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"
#include "models/review/ReviewQueueRepository.h"
#include "sync/batch/Batch.h"

#include <QList>
#include <QString>

namespace verdes {
class Database;
} // namespace verdes

namespace verdes::sync {

// Everything the item view shows of one item of the review queue (issue 14 §1): the item as the
// village sent it, read again from the signed batch the inbox stored (verified once more with the
// device key stored beside it, so what is shown is what the village signed), the facts of its batch,
// and the other open items of the same household. Read only; nothing is written.
struct ReviewItemDetail
{
    ReviewQueueItem item;
    BatchItem batchItem;
    QString villageCode;
    quint64 sequence = 0; // the village's batch number
    quint64 hubSerial = 0;
    QString createdAt;                     // when the village made the batch (UTC)
    QString receivedAt;                    // when the hub stored it (UTC)
    bool hasMeeting = false;               // the sealed berita acara or SPTJM is in the batch
    QList<ReviewQueueItem> householdItems; // the household's other open items, oldest first

    // ReviewItemNotFound for an unknown item; SyncSignatureInvalid or SyncFileMalformed when the stored
    // batch no longer reads (the vault was changed behind its back).
    static Result<ReviewItemDetail> read(Database &db, qint64 itemId);
};

} // namespace verdes::sync
