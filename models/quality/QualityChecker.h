// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Clock.h"
#include "models/core/Progress.h"
#include "models/core/Result.h"
#include "models/quality/QualityThresholds.h"
#include "models/vault/Actor.h"

#include <QCoreApplication>

namespace verdes {

class Database;

// The counts of one run of the checks.
struct QualityRunSummary
{
    qint64 runId = 0;
    qint64 households = 0; // present households checked
    qint64 open = 0;       // open flags after the run
    qint64 dismissed = 0;  // dismissed flags kept (evidence unchanged)
    qint64 added = 0;      // flags seen for the first time
    qint64 reopened = 0;   // closed, or dismissed with changed evidence, now open again
    qint64 closed = 0;     // flags whose signal disappeared
};

// Runs every check of DOMAIN.md §9 over the vault in set-based SQL passes (one INSERT … SELECT per
// check into a temporary table, then one merge into quality_flags), all inside one transaction with
// the "checks.run" audit entry. Re-running keeps a dismissal while the evidence is unchanged, reopens
// the flag when it changed and closes flags whose signal disappeared. Ages are computed on the
// clock's date. The SQL is QualityCheckRepository's; the checker holds the order, the transaction,
// the progress and the audit entry.
class QualityChecker final
{
    Q_DECLARE_TR_FUNCTIONS(QualityChecker)

public:
    explicit QualityChecker(Database &db,
                            Clock &clock = SystemClock::instance(),
                            QualityThresholds thresholds = {});

    // Requires Action::RunChecks. `progress` counts SQL passes (stepCount()); its cancel rolls the
    // run back (ErrorCode::Cancelled).
    Result<QualityRunSummary> run(const Actor &actor, Progress &progress = Progress::none());

    // The number of SQL passes run() reports progress over.
    static qint64 stepCount();

private:
    Database &m_db;
    Clock &m_clock;
    QualityThresholds m_thresholds;
};

} // namespace verdes
