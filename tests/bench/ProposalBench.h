// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"

#include <functional>

namespace verdes {

class BenchReport;
class Database;

// The proposal figures of issue 5: creating proposals with 100 KB of evidence and their audit
// entries, verifying the resulting audit chain, and the proposal list's first page over 5,000
// proposals. Each runs on the encrypted vault and on the plain baseline of the same run, both
// already holding the imported village.
class ProposalBench final
{
public:
    static constexpr int kProposalsWithEvidence = 1'000;
    static constexpr qsizetype kEvidenceBytes = 100 * 1024;
    static constexpr int kListProposals = 5'000;
    static constexpr double kFirstPageTargetMs = 200.0;

    static Result<void> run(BenchReport &report,
                            Database &encrypted,
                            Database &plain,
                            quint64 seed,
                            const std::function<void(const QString &)> &progress);
};

} // namespace verdes
