// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Clock.h"
#include "models/core/Result.h"

#include <QDateTime>

namespace verdes {
class Database;
} // namespace verdes

namespace verdes::sync {

struct HubLink;

// How long this laptop has gone without hearing from its hub, against the limit the hub set at
// enrolment (issue 13 §1: max_offline_days). Verdes asks for a sync, from 80 % of the limit on and
// more firmly once it is passed; it never locks the vault for it.
//
// The last contact is the hub's own time in the newest receipt or revocation list the vault read
// (over HTTPS or from a USB stick), or the enrolment when none came since.
struct OfflineDays
{
    enum class Level
    {
        None, // no limit, not enrolled, revoked (the vault is locked for another reason), or in time
        Soon, // 80 % of the limit or more: a sync is due soon
        Over, // the limit is reached or passed
    };

    Level level = Level::None;
    int days = 0;  // whole days since the last contact
    int limit = 0; // max_offline_days; 0: none
    QDateTime lastContact;

    // Days left before the limit (0 once reached).
    int daysLeft() const { return days >= limit ? 0 : limit - days; }

    static OfflineDays of(const HubLink &hub, const QDateTime &now);
    // The vault's hub against `clock` (Level::None without a hub).
    static Result<OfflineDays> of(Database &db, Clock &clock);
};

} // namespace verdes::sync
