// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/jobs/QualityCheckJob.h"

#include "models/vault/Database.h"

namespace verdes {

QualityCheckJob::QualityCheckJob(
    VaultConnector connector, Actor actor, Clock &clock, QualityThresholds thresholds, QObject *parent)
    : Job(parent)
    , m_connector(std::move(connector))
    , m_actor(std::move(actor))
    , m_clock(clock)
    , m_thresholds(std::move(thresholds))
{}

QualityCheckJob::~QualityCheckJob()
{
    // The worker thread uses the members: stop it before they go.
    cancel();
    wait();
}

const Result<QualityRunSummary> &QualityCheckJob::result() const
{
    Q_ASSERT_X(m_result.has_value(), "QualityCheckJob::result", "the job has not finished");
    return *m_result;
}

void QualityCheckJob::work()
{
    auto db = m_connector.open();
    if (!db) {
        m_result = db.error();
        return;
    }
    QualityChecker checker(**db, m_clock, m_thresholds);
    m_result = checker.run(m_actor, *this);
}

} // namespace verdes
