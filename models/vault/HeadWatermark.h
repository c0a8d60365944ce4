// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Clock.h"
#include "models/core/Result.h"

#include <QString>

namespace verdes {

class Database;

// The newest audit entry this computer has seen of each vault, kept outside the vault (in the
// user's application data, by vault id: no personal data). A whole vault folder put back from an
// older copy verifies as intact on its own; against this record it does not: `verdes check`,
// `audit verify` and the history check report AuditHistoryBehind. It is a local anchor only: the
// hub's copy of the signed head is the one that counts across computers (docs/security.md).
class HeadWatermark final
{
public:
    // Compares the vault's history with what this computer saw: AuditHistoryBehind when the
    // history ends before the entry seen, or that entry's hash differs.
    static Result<void> check(Database &db);
    // Records the vault's newest entry, unless the history is behind what was seen (then the
    // higher mark stays, so the copy keeps being reported).
    static void record(Database &db, Clock &clock = SystemClock::instance());
};

} // namespace verdes
