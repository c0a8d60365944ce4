// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"
#include "models/quality/QualityThresholds.h"

#include <QList>
#include <QString>

namespace verdes {

class Database;

// The SQL of the data-quality checks (DOMAIN.md §9), set-based: narrow scratch copies of the present
// households and members (temporary tables), one INSERT … SELECT per check into a scratch table of
// findings, then one merge of the findings into quality_flags and the run's row in quality_runs.
// QualityChecker decides the order, holds the transaction, reports progress and writes the audit
// entry; this class only talks to the database, on the caller's connection and inside its
// transaction. Ages are computed on `today` (YYYY-MM-DD).
class QualityCheckRepository final
{
public:
    QualityCheckRepository(Database &db, const QualityThresholds &thresholds, QString today);

    // The number of check passes for these thresholds (the rules of the stored warnings add one).
    static qsizetype passCount(const QualityThresholds &thresholds);

    qsizetype passCount() const { return m_passes.size(); }

    // The pass's name, for logs ("deceased", "duplicate_nik", ...).
    QStringView passName(qsizetype pass) const;

    // Creates the scratch tables and fills them from the present households and members.
    Result<void> prepare();
    // Runs one check: its findings go to the scratch table.
    Result<void> runPass(qsizetype pass);
    // Drops the scratch tables.
    Result<void> dropScratch();

    // The present households the checks read (after prepare()).
    Result<qint64> householdCount();
    // Before merge(): findings whose flag is new, and findings whose flag comes back open (it was
    // closed, or dismissed and its evidence changed).
    Result<qint64> newFlagCount();
    Result<qint64> reopenedFlagCount();

    // Starts the run's row in quality_runs (filled by finishRun()) and returns its id.
    Result<qint64> beginRun();
    // Merges the findings into quality_flags as seen by run `runId` at `now`: a dismissal stays
    // while the evidence is unchanged, anything else is open.
    Result<void> merge(qint64 runId, const QString &now);
    // Closes the flags the run did not see again; returns how many.
    Result<qint64> closeUnseen(qint64 runId, const QString &now);
    // Flags by status after the merge.
    Result<qint64> flagCount(QStringView status);

    struct RunFigures
    {
        qint64 runId = 0;
        QString at;
        QString officerId; // "recovery" for the recovery key
        qint64 households = 0;
        qint64 open = 0;
        qint64 added = 0;
        qint64 reopened = 0;
        qint64 closed = 0;
    };

    Result<void> finishRun(const RunFigures &figures);

private:
    struct Pass
    {
        const char16_t *code; // for logs
        QString sql;
    };

    static QList<Pass> passes(const QualityThresholds &t);
    Result<void> run(const QString &sql);

    Database &m_db;
    QList<Pass> m_passes;
    QString m_today;
};

} // namespace verdes
