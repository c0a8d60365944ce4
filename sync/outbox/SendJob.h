// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"
#include "models/jobs/Job.h"
#include "models/vault/Actor.h"
#include "models/vault/VaultConnector.h"
#include "sync/decisions/DecisionInbox.h"
#include "sync/outbox/Outbox.h"

#include <optional>

namespace verdes {
class Clock;
} // namespace verdes

namespace verdes::sync {

// Outbox::send on a worker thread, with a connection of its own and its own network access (issue 13
// §3: sending never blocks the window), then the district's new verdicts fetched on the same
// connection (DecisionInbox::fetch, issue 14 §2: they come down at the village's next sync). It
// reports the bytes of the batch going up and stops when cancelled; the batch then resumes at the
// next send.
class SendJob final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SendJob)

public:
    SendJob(VaultConnector connector, Actor actor, Clock &clock, QObject *parent = nullptr);
    ~SendJob() override;

    const Result<Outbox::SendReport> &result() const;
    // The verdicts fetched after the batches; nothing when they were not asked for (the hub could not
    // be reached, or refused this laptop, or the job was cancelled).
    const std::optional<Result<DecisionInbox::Imported>> &decisions() const;

protected:
    void work() override;

private:
    VaultConnector m_connector;
    Actor m_actor;
    Clock &m_clock;
    std::optional<Result<Outbox::SendReport>> m_result;
    std::optional<Result<DecisionInbox::Imported>> m_decisions;
};

} // namespace verdes::sync
