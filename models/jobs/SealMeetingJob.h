// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"
#include "models/jobs/Job.h"
#include "models/musdes/Meeting.h"
#include "models/vault/Actor.h"
#include "models/vault/VaultConnector.h"

#include <optional>

namespace verdes {

class Clock;

// MeetingRepository::seal on a worker thread with its own connection (issue 12 §3: sealing a big
// meeting hashes every decision with its proposal's content and evidence hashes). `actor` is the
// chair who confirmed with their passphrase, not necessarily the officer at the keyboard. Read
// result() after finished().
class SealMeetingJob final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SealMeetingJob)

public:
    SealMeetingJob(
        VaultConnector connector, Actor actor, qint64 meetingId, Clock &clock, QObject *parent = nullptr);
    ~SealMeetingJob() override;

    const Result<MeetingSeal> &result() const;

protected:
    void work() override;

private:
    VaultConnector m_connector;
    Actor m_actor;
    qint64 m_meetingId;
    Clock &m_clock;
    std::optional<Result<MeetingSeal>> m_result;
};

} // namespace verdes
