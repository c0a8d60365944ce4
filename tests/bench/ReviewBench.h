// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"

#include <QString>

#include <functional>

namespace verdes {

class BenchReport;
class Database;

// Issue 14 §5: the review queue of a district, 300 villages with 30,000 items received, its first
// page as the district review page and `verdes review queue` show it (the counts per state, per
// village, and the oldest 50 items), against the same on the plain database.
class ReviewBench final
{
public:
    static constexpr int kVillages = 300;
    static constexpr int kItemsPerVillage = 100;
    static constexpr double kFirstPageTargetMs = 200.0;

    static Result<void> run(BenchReport &report,
                            Database &encrypted,
                            Database &plain,
                            bool quick,
                            const std::function<void(const QString &)> &progress);
};

} // namespace verdes
