// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"

#include <functional>

namespace verdes {

class BenchReport;
class Database;

// The musdes figure of issue 12: sealing a meeting of 500 decided items (canonical bytes of every
// item with its proposal, changes, bases and evidence hashes; SHA-256; the device key's signature;
// the proposals moved to sealed; all in one transaction), on the encrypted vault and on the plain
// baseline of the same run. Returns the sealed meeting's id in the encrypted vault, for the
// document figures.
class MeetingBench final
{
public:
    static constexpr int kItems = 500;
    static constexpr double kSealTargetMs = 200.0;

    static Result<qint64> run(BenchReport &report,
                              Database &encrypted,
                              Database &plain,
                              const std::function<void(const QString &)> &progress);
};

} // namespace verdes
