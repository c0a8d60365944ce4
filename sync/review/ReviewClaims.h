// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Clock.h"
#include "models/core/Result.h"
#include "models/vault/Actor.h"
#include "sync/batch/ReviewClaim.h"
#include "sync/review/ReviewRepository.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace verdes {
class Database;
} // namespace verdes

namespace verdes::sync {

// The claims of a district review vault (issue 14 §1, docs/batch-format.md §17): a reviewer takes the
// items they are about to decide (in the office, for a day; before a field visit, every item of a
// village for several days) and releases them, through the hub, which gives each item one holder at a
// time. The vault keeps what the hub last answered, so the queue shows who holds what and a verdict on
// an item another reviewer holds is refused before it is signed (ReviewVerdicts). A vault that never
// reached the hub knows no claim: it works, and the hub decides when the verdicts arrive.
class ReviewClaims final
{
public:
    static constexpr quint32 kOfficeDays = 1;

    explicit ReviewClaims(Database &db, Clock &clock = SystemClock::instance());

    // The signed request to take (for `days` days) or release the items, by the actor's reviewer key
    // (SyncReviewerNotEnrolled without one). Its sequence is recorded: the next request's is higher.
    Result<QByteArray>
    makeRequest(const Actor &actor, ClaimAction action, const QList<qint64> &itemIds, quint32 days = 0);

    struct AnswerSummary
    {
        int granted = 0;
        int released = 0;
        int unknown = 0;
        QList<ItemClaim> heldByOthers; // who holds the items the actor did not get
    };

    // Reads the hub's answer (verified with the pinned hub keys; SyncNotOurs when it is for another vault
    // or key) and keeps what it says of each item, in one transaction with its entry in the history
    // (`review.claims`).
    Result<AnswerSummary> importAnswer(const Actor &actor, const QByteArray &signedAnswer);

    // Carries a signed request to the hub and brings its signed answer back: HttpTransport::claim, or the
    // hub in process in the tests.
    using Sender = std::function<Result<QByteArray>(const QByteArray &)>;

    // makeRequest, the hub's answer through `send`, importAnswer: one take or release, done.
    Result<AnswerSummary> exchange(const Actor &actor,
                                   const Sender &send,
                                   ClaimAction action,
                                   const QList<qint64> &itemIds,
                                   quint32 days = 0);

    // The item's claim while it lasts; nothing when nobody holds it or the claim expired.
    Result<std::optional<ItemClaim>> claimOf(qint64 itemId);
    // Every claim that lasts, by item.
    Result<QHash<qint64, ItemClaim>> current();
    // The items the actor holds now, to renew at the next sync, with the days each was taken for.
    Result<QList<ItemClaim>> held(const Actor &actor);
    // The items of a village still open for a verdict (before a field visit: take them all).
    Result<QList<qint64>> openItemsOf(const QString &villageCode);
    // The actor's reviewer key id; empty when the officer has no key.
    Result<QByteArray> keyIdOf(const Actor &actor);

private:
    QString now() const;

    Database &m_db;
    Clock &m_clock;
};

} // namespace verdes::sync
