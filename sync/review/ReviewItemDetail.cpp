// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/review/ReviewItemDetail.h"

#include "models/core/Error.h"
#include "sync/batch/Envelope.h"

namespace verdes::sync {

Result<ReviewItemDetail> ReviewItemDetail::read(Database &db, qint64 itemId)
{
    ReviewQueueRepository queue(db);
    VERDES_TRY_ASSIGN(item, queue.item(itemId));
    VERDES_TRY_ASSIGN(stored, queue.storedBatchOf(itemId));
    if (!item || !stored) {
        return Error(ErrorCode::ReviewItemNotFound,
                     {QString::number(itemId)},
                     QStringLiteral("no review item %1").arg(itemId));
    }
    // Verified again: the vault keeps the file exactly as the village signed it, so this only fails
    // when the vault was altered.
    VERDES_TRY_ASSIGN(body, Envelope::openSigned(stored->signedFile, FileKind::Batch, stored->deviceKey));
    VERDES_TRY_ASSIGN(batch, Batch::decode(body));
    if (stored->position >= static_cast<quint32>(batch.items.size())) {
        return Error(
            ErrorCode::SyncFileMalformed,
            {fileKindLabel(FileKind::Batch)},
            QStringLiteral("review item %1: no position %2 in its batch").arg(itemId).arg(stored->position));
    }
    ReviewItemDetail detail;
    detail.item = std::move(*item);
    detail.batchItem = batch.items.at(stored->position);
    detail.villageCode = stored->villageCode;
    detail.sequence = stored->sequence;
    detail.hubSerial = stored->hubSerial;
    detail.createdAt = stored->createdAt;
    detail.receivedAt = stored->receivedAt;
    detail.hasMeeting = !batch.meeting.isEmpty();
    VERDES_TRY_ASSIGN(others,
                      queue.openItemsOfHousehold(detail.villageCode, detail.item.householdId, itemId));
    detail.householdItems = std::move(others);
    return detail;
}

} // namespace verdes::sync
