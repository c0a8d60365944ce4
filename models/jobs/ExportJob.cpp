// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/jobs/ExportJob.h"

#include "models/vault/Database.h"

namespace verdes {

ExportJob::ExportJob(VaultConnector connector,
                     QString csvPath,
                     std::optional<Actor> actor,
                     OutputPath::Existing existing,
                     QObject *parent)
    : Job(parent)
    , m_connector(std::move(connector))
    , m_csvPath(std::move(csvPath))
    , m_actor(std::move(actor))
    , m_existing(existing)
{}

ExportJob::~ExportJob()
{
    cancel();
    wait();
}

const Result<ExportReport> &ExportJob::result() const
{
    Q_ASSERT_X(m_result.has_value(), "ExportJob::result", "the job has not finished");
    return *m_result;
}

void ExportJob::work()
{
    auto db = m_connector.open();
    if (!db) {
        m_result = db.error();
        return;
    }
    SnapshotExporter exporter(**db, m_actor);
    m_result = exporter.run(m_csvPath, *this, m_existing);
}

} // namespace verdes
