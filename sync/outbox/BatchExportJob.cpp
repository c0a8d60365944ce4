// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/outbox/BatchExportJob.h"

#include "models/vault/Database.h"
#include "sync/outbox/Outbox.h"

namespace verdes::sync {

BatchExportJob::BatchExportJob(VaultConnector connector,
                               Actor actor,
                               quint64 sequence,
                               QString path,
                               bool replace,
                               Clock &clock,
                               QObject *parent)
    : Job(parent)
    , m_connector(std::move(connector))
    , m_actor(std::move(actor))
    , m_sequence(sequence)
    , m_path(std::move(path))
    , m_replace(replace)
    , m_clock(clock)
{}

BatchExportJob::~BatchExportJob()
{
    cancel();
    wait();
}

const Result<OutboxEntry> &BatchExportJob::result() const
{
    Q_ASSERT_X(m_result.has_value(), "BatchExportJob::result", "the job has not finished");
    return *m_result;
}

void BatchExportJob::work()
{
    setPhase(tr("Writing the batch for the USB stick…"));
    auto db = m_connector.open();
    if (!db) {
        m_result = db.error();
        return;
    }
    Outbox outbox(**db, m_clock);
    m_result = outbox.exportTo(m_actor, m_sequence, m_path, m_replace);
}

} // namespace verdes::sync
