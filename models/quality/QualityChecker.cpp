// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/quality/QualityChecker.h"

#include "models/core/Log.h"
#include "models/quality/QualityCheckRepository.h"
#include "models/vault/AuditLog.h"
#include "models/vault/Transaction.h"

#include <QElapsedTimer>

namespace verdes {

namespace {

QString timestampText(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

QualityChecker::QualityChecker(Database &db, Clock &clock, QualityThresholds thresholds)
    : m_db(db)
    , m_clock(clock)
    , m_thresholds(std::move(thresholds))
{}

qint64 QualityChecker::stepCount()
{
    return static_cast<qint64>(QualityCheckRepository::passCount(QualityThresholds{})) + 3;
}

Result<QualityRunSummary> QualityChecker::run(const Actor &actor, Progress &control)
{
    VERDES_TRY(actor.require(Action::RunChecks));
    const qint64 total = static_cast<qint64>(QualityCheckRepository::passCount(m_thresholds)) + 3;
    qint64 done = 0;
    auto step = [&]() -> Result<void> {
        ++done;
        if (!control.advance(done, total)) {
            return Error(ErrorCode::Cancelled);
        }
        return {};
    };
    control.setPhase(tr("Checking the records…"));
    const QDateTime now = m_clock.now();
    const QString nowText = timestampText(now);
    const QString today = now.date().toString(Qt::ISODate);

    Transaction tx(m_db);
    VERDES_TRY(tx.begin());
    QualityCheckRepository checks(m_db, m_thresholds, today);
    QElapsedTimer prepareTimer;
    prepareTimer.start();
    VERDES_TRY(checks.prepare());
    qCDebug(lcQuality) << "households prepared in" << prepareTimer.elapsed() << "ms";
    VERDES_TRY(step());

    QElapsedTimer timer;
    for (qsizetype pass = 0; pass < checks.passCount(); ++pass) {
        timer.start();
        auto ran = checks.runPass(pass);
        qCDebug(lcQuality) << "pass" << checks.passName(pass) << timer.elapsed() << "ms";
        if (!ran) {
            qCWarning(lcQuality) << "quality check pass failed:" << checks.passName(pass);
            return ran.error();
        }
        VERDES_TRY(step());
    }

    timer.start();
    QualityRunSummary summary;
    VERDES_TRY_ASSIGN(runId, checks.beginRun());
    summary.runId = runId;
    VERDES_TRY_ASSIGN(households, checks.householdCount());
    summary.households = households;

    // Counts before the merge: new keys, and keys that come back open.
    VERDES_TRY_ASSIGN(added, checks.newFlagCount());
    summary.added = added;
    VERDES_TRY_ASSIGN(reopened, checks.reopenedFlagCount());
    summary.reopened = reopened;

    VERDES_TRY(checks.merge(summary.runId, nowText));
    VERDES_TRY(step());
    VERDES_TRY_ASSIGN(closed, checks.closeUnseen(summary.runId, nowText));
    summary.closed = closed;
    qCDebug(lcQuality) << "merged in" << timer.elapsed() << "ms";
    VERDES_TRY_ASSIGN(open, checks.flagCount(u"open"));
    VERDES_TRY_ASSIGN(dismissed, checks.flagCount(u"dismissed"));
    summary.open = open;
    summary.dismissed = dismissed;
    VERDES_TRY(checks.finishRun({summary.runId,
                                 nowText,
                                 actor.isRecovery() ? QStringLiteral("recovery") : actor.officerId,
                                 summary.households,
                                 summary.open,
                                 summary.added,
                                 summary.reopened,
                                 summary.closed}));
    AuditLog audit(m_db, m_clock);
    VERDES_TRY(audit.append(actor,
                            {QStringLiteral("checks.run"),
                             QStringLiteral("vault"),
                             QString::number(summary.runId),
                             QString(),
                             {QString::number(summary.households),
                              QString::number(summary.open),
                              QString::number(summary.added),
                              QString::number(summary.reopened),
                              QString::number(summary.closed)}}));
    VERDES_TRY(checks.dropScratch());
    VERDES_TRY(step());
    VERDES_TRY(tx.commit());
    qCInfo(lcQuality) << "quality checks:" << summary.households << "households," << summary.open
                      << "open flags," << summary.added << "new," << summary.closed << "closed";
    return summary;
}

} // namespace verdes
