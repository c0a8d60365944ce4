// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/jobs/SealMeetingJob.h"

#include "models/musdes/MeetingRepository.h"
#include "models/vault/Database.h"

namespace verdes {

SealMeetingJob::SealMeetingJob(
    VaultConnector connector, Actor actor, qint64 meetingId, Clock &clock, QObject *parent)
    : Job(parent)
    , m_connector(std::move(connector))
    , m_actor(std::move(actor))
    , m_meetingId(meetingId)
    , m_clock(clock)
{}

SealMeetingJob::~SealMeetingJob()
{
    // The worker thread uses the members: stop it before they go.
    cancel();
    wait();
}

const Result<MeetingSeal> &SealMeetingJob::result() const
{
    Q_ASSERT_X(m_result.has_value(), "SealMeetingJob::result", "the job has not finished");
    return *m_result;
}

void SealMeetingJob::work()
{
    setPhase(tr("Sealing the meeting…"));
    auto db = m_connector.open();
    if (!db) {
        m_result = db.error();
        return;
    }
    MeetingRepository meetings(**db, m_clock);
    m_result = meetings.seal(m_actor, m_meetingId, *this);
}

} // namespace verdes
