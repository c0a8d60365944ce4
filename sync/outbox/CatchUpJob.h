// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"
#include "models/jobs/Job.h"
#include "models/vault/Actor.h"
#include "models/vault/VaultConnector.h"

#include <optional>

namespace verdes {
class Clock;
} // namespace verdes

namespace verdes::sync {

// Outbox::catchUp on a worker thread with its own connection: a batch holds the meeting's evidence,
// so making one can take seconds (issue 13 §3: never block the UI). Run after a seal, when the vault
// opens and when the "Send to district" page shows. Read result() (batches made) after finished().
class CatchUpJob final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatchUpJob)

public:
    CatchUpJob(VaultConnector connector, Actor actor, Clock &clock, QObject *parent = nullptr);
    ~CatchUpJob() override;

    const Result<int> &result() const;

protected:
    void work() override;

private:
    VaultConnector m_connector;
    Actor m_actor;
    Clock &m_clock;
    std::optional<Result<int>> m_result;
};

} // namespace verdes::sync
