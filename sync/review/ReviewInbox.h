// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Clock.h"
#include "models/core/Result.h"
#include "models/vault/Actor.h"
#include "sync/batch/ReviewFeed.h"

#include <QByteArray>
#include <QString>

namespace verdes {
class Database;
} // namespace verdes

namespace verdes::sync {

// The district review vault's inbox (issue 14 §1–2): the batches its hub received from the district's
// villages, fetched page by page (docs/batch-format.md §12) over HTTPS or from a USB stick. A page is
// trusted only whole: the hub's signature with the pinned key, each batch's signature with the device
// key the hub vouches for, each receipt with the hub's keys, the batch id the receipt names; then every
// new batch is stored as it came, its accepted items join the review queue with what the completeness
// check (DOMAIN.md §8.1) found missing, and the import is audited, in one transaction. A batch the
// vault holds already is skipped, so a page fetched twice changes nothing.
class ReviewInbox final
{
public:
    explicit ReviewInbox(Database &db, Clock &clock = SystemClock::instance());

    struct Imported
    {
        int batches = 0;    // new batches stored
        int items = 0;      // new items in the queue
        int incomplete = 0; // of them, items the completeness check found something missing in
        quint64 latest = 0; // the hub's newest serial
        bool hasMore = false;
    };

    // The serial of the newest batch the vault holds (0 for none): where the next page starts.
    Result<quint64> lastSerial();
    // The request for the next page, signed by the actor's reviewer key (VRFQ).
    Result<QByteArray> makeRequest(const Actor &actor);
    // Opens a page the hub sealed to the actor's reviewer key and stores it (see the class). The
    // actor must be an enrolled reviewer of this district vault with a pinned hub (SyncNotEnrolled
    // otherwise); a page for another reviewer is SyncNotForThisHub, one signed by another hub
    // SyncKeyUnknown, anything inconsistent SyncFileMalformed or SyncSignatureInvalid.
    Result<Imported> importPage(const Actor &actor, const QByteArray &sealedPage);

private:
    Database &m_db;
    Clock &m_clock;
};

} // namespace verdes::sync
