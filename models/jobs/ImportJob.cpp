// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/jobs/ImportJob.h"

#include "models/io/CsvReader.h"
#include "models/vault/Database.h"

#include <QBuffer>

namespace verdes {

ImportJob::ImportJob(VaultConnector connector,
                     QString csvPath,
                     ImportOptions options,
                     ValidationContext context,
                     Clock &clock,
                     QObject *parent)
    : Job(parent)
    , m_connector(std::move(connector))
    , m_csvPath(std::move(csvPath))
    , m_options(std::move(options))
    , m_context(std::move(context))
    , m_clock(clock)
{}

ImportJob::~ImportJob()
{
    // The worker thread uses the members: stop it before they go.
    cancel();
    wait();
}

const Result<ImportReport> &ImportJob::result() const
{
    Q_ASSERT_X(m_result.has_value(), "ImportJob::result", "the job has not finished");
    return *m_result;
}

void ImportJob::work()
{
    auto db = m_connector.open();
    if (!db) {
        m_result = db.error();
        return;
    }
    std::unique_ptr<CsvReader> reader;
    if (m_csvBytes) {
        auto buffer = std::make_unique<QBuffer>();
        buffer->setData(*m_csvBytes);
        buffer->open(QIODevice::ReadOnly);
        reader = std::make_unique<CsvReader>(std::move(buffer), m_csvPath);
    } else {
        reader = std::make_unique<CsvReader>(m_csvPath);
    }
    SnapshotImporter importer(**db, m_context, m_clock);
    m_result = importer.run(*reader, m_options, *this);
    if (m_checksActor && *m_result && (*m_result)->imported && !isCancelled()
        && m_checksActor->may(Action::RunChecks)) {
        m_checksResult = QualityChecker(**db, m_clock).run(*m_checksActor, *this);
    }
}

} // namespace verdes
