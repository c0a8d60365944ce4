// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"

#include <QString>

#include <functional>

namespace verdes {

class BenchReport;
class Database;

// Issue 14 §5: applying the district's verdicts at a village. A sealed meeting of kItems agreed
// proposals goes up as one batch to a district hub (in process, in `workFolder`) and its receipt comes
// back; then the district decides every item twice, verified and then approved (one in ten rejected),
// which is 2 × kItems verdicts, each signed by its reviewer, in two decision lists signed by the hub and
// sealed to the village's device key, as `verdes decisions import` and the HTTPS sync receive them. What
// is timed is DecisionInbox::importList of both lists: the hub's signature, every reviewer's signature,
// each item against the batches the vault sent and against its chain, then the proposals moved and the
// verdicts kept, in one transaction per list. Baseline: the same on the plain database.
class DecisionBench final
{
public:
    static constexpr int kItems = 5'000;      // 10,000 verdicts
    static constexpr int kQuickItems = 500;   // CI's smoke run
    static constexpr int kSkipMembers = 2500; // MeetingBench's and SyncBench's members come first

    struct Options
    {
        bool quick = false;
        QString workFolder;
        QString villageCode; // the bench village's, 10 digits
        std::function<void(const QString &)> progress;
    };

    static Result<void>
    run(BenchReport &report, Database &encrypted, Database &plain, const Options &options);
};

} // namespace verdes
