// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/outbox/SendJob.h"

#include "models/vault/Database.h"
#include "sync/outbox/OutboxRepository.h"
#include "sync/transport/HttpTransport.h"

#include <QUrl>

namespace verdes::sync {

SendJob::SendJob(VaultConnector connector, Actor actor, Clock &clock, QObject *parent)
    : Job(parent)
    , m_connector(std::move(connector))
    , m_actor(std::move(actor))
    , m_clock(clock)
{}

SendJob::~SendJob()
{
    // The worker thread uses the members: stop it before they go.
    cancel();
    wait();
}

const Result<Outbox::SendReport> &SendJob::result() const
{
    Q_ASSERT_X(m_result.has_value(), "SendJob::result", "the job has not finished");
    return *m_result;
}

void SendJob::work()
{
    setPhase(tr("Connecting to the district hub…"));
    auto db = m_connector.open();
    if (!db) {
        m_result = db.error();
        return;
    }
    OutboxRepository repo(**db, m_clock);
    auto hub = repo.hub();
    if (!hub) {
        m_result = hub.error();
        return;
    }
    if (!*hub) {
        m_result = Error(ErrorCode::SyncNotEnrolled);
        return;
    }
    HttpTransport transport({QUrl((*hub)->url), (*hub)->tlsPin}, *this);
    Outbox outbox(**db, m_clock);
    m_result = outbox.send(m_actor, transport, *this);
    // A batch the hub could not take does not hold back the verdicts on the batches it took; a hub out
    // of reach, a laptop it refuses or a cancel does.
    if (!*m_result) {
        const ErrorCode code = m_result->error().code;
        if (code == ErrorCode::SyncHubUnreachable || code == ErrorCode::SyncTlsPinMismatch
            || code == ErrorCode::SyncDeviceRevoked || code == ErrorCode::SyncNotEnrolled
            || code == ErrorCode::Cancelled) {
            return;
        }
    }
    setPhase(tr("Fetching the district's verdicts…"));
    m_decisions = DecisionInbox(**db, m_clock).fetch(m_actor, transport);
}

const std::optional<Result<DecisionInbox::Imported>> &SendJob::decisions() const
{
    return m_decisions;
}

} // namespace verdes::sync
