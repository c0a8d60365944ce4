// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"
#include "models/jobs/Job.h"
#include "models/vault/Actor.h"
#include "models/vault/VaultConnector.h"
#include "sync/outbox/OutboxRepository.h"

#include <QString>

#include <optional>

namespace verdes {
class Clock;
} // namespace verdes

namespace verdes::sync {

// Outbox::exportTo on a worker thread with its own connection: sealing a batch with its evidence
// and writing it to a slow USB stick can take seconds. Read result() after finished().
class BatchExportJob final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchExportJob)

public:
    BatchExportJob(VaultConnector connector,
                   Actor actor,
                   quint64 sequence,
                   QString path,
                   bool replace,
                   Clock &clock,
                   QObject *parent = nullptr);
    ~BatchExportJob() override;

    const Result<OutboxEntry> &result() const;

protected:
    void work() override;

private:
    VaultConnector m_connector;
    Actor m_actor;
    quint64 m_sequence;
    QString m_path;
    bool m_replace;
    Clock &m_clock;
    std::optional<Result<OutboxEntry>> m_result;
};

} // namespace verdes::sync
