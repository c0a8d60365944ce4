// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"
#include "models/jobs/Job.h"
#include "models/quality/QualityChecker.h"
#include "models/vault/Actor.h"
#include "models/vault/VaultConnector.h"

#include <optional>

namespace verdes {

class Clock;

// QualityChecker::run on a worker thread with its own connection; cancel() rolls the run back.
// Read result() after finished().
class QualityCheckJob final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QualityCheckJob)

public:
    QualityCheckJob(VaultConnector connector,
                    Actor actor,
                    Clock &clock,
                    QualityThresholds thresholds = {},
                    QObject *parent = nullptr);
    ~QualityCheckJob() override;

    const Result<QualityRunSummary> &result() const;

protected:
    void work() override;

private:
    VaultConnector m_connector;
    Actor m_actor;
    Clock &m_clock;
    QualityThresholds m_thresholds;
    std::optional<Result<QualityRunSummary>> m_result;
};

} // namespace verdes
