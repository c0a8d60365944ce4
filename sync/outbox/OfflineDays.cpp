// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/outbox/OfflineDays.h"

#include "sync/outbox/OutboxRepository.h"

#include <algorithm>

namespace verdes::sync {

namespace {

constexpr qint64 kSecondsPerDay = qint64{24} * 60 * 60;

} // namespace

OfflineDays OfflineDays::of(const HubLink &hub, const QDateTime &now)
{
    OfflineDays result;
    result.limit = hub.maxOfflineDays;
    result.lastContact = hub.lastContactAt.isValid() && hub.lastContactAt > hub.enrolledAt ? hub.lastContactAt
                                                                                           : hub.enrolledAt;
    if (!result.lastContact.isValid()) {
        return result;
    }
    result.days = static_cast<int>(std::max<qint64>(0, result.lastContact.secsTo(now)) / kSecondsPerDay);
    if (result.limit <= 0 || hub.isRevoked()) {
        return result;
    }
    if (result.days >= result.limit) {
        result.level = Level::Over;
    } else if (result.days * 5 >= result.limit * 4) { // 80 %, in whole numbers
        result.level = Level::Soon;
    }
    return result;
}

Result<OfflineDays> OfflineDays::of(Database &db, Clock &clock)
{
    OutboxRepository repo(db, clock);
    VERDES_TRY_ASSIGN(hub, repo.hub());
    if (!hub) {
        return OfflineDays();
    }
    return of(*hub, clock.now());
}

} // namespace verdes::sync
