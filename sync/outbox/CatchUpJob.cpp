// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/outbox/CatchUpJob.h"

#include "models/vault/Database.h"
#include "sync/outbox/Outbox.h"

namespace verdes::sync {

CatchUpJob::CatchUpJob(VaultConnector connector, Actor actor, Clock &clock, QObject *parent)
    : Job(parent)
    , m_connector(std::move(connector))
    , m_actor(std::move(actor))
    , m_clock(clock)
{}

CatchUpJob::~CatchUpJob()
{
    // The worker thread uses the members: stop it before they go.
    cancel();
    wait();
}

const Result<int> &CatchUpJob::result() const
{
    Q_ASSERT_X(m_result.has_value(), "CatchUpJob::result", "the job has not finished");
    return *m_result;
}

void CatchUpJob::work()
{
    setPhase(tr("Preparing the batches for the district…"));
    auto db = m_connector.open();
    if (!db) {
        m_result = db.error();
        return;
    }
    Outbox outbox(**db, m_clock);
    m_result = outbox.catchUp(m_actor, *this);
}

} // namespace verdes::sync
