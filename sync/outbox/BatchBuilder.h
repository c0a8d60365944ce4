// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Clock.h"
#include "models/core/Result.h"
#include "sync/batch/Batch.h"
#include "sync/outbox/OutboxRepository.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace verdes {
class Database;
} // namespace verdes

namespace verdes::sync {

// The batch of one sealed meeting (docs/batch-format.md §4), read from the vault: the seal's
// canonical bytes and signature as stored, and every item the meeting agreed (an SPTJM: every item
// it covered) in agenda order, with its proposal's content, changes, base versions, evidence and BNBA
// lines. A flagged household the meeting proposed for removal has no proposal in the village; it
// goes as an item of type FLAGGED_REMOVAL with proposal id 0.
class BatchBuilder final
{
public:
    static constexpr QLatin1StringView kFlaggedRemovalType{"FLAGGED_REMOVAL"};

    explicit BatchBuilder(Database &db, Clock &clock = SystemClock::instance());

    struct Built
    {
        Batch batch;
        QList<OutboxItem> items; // one per batch item, in the same order
    };

    // `previous`: the batch this device made before (none for the first).
    Result<Built> build(qint64 meetingId, quint64 sequence, const std::optional<QByteArray> &previous);

private:
    Database &m_db;
    Clock &m_clock;
};

} // namespace verdes::sync
