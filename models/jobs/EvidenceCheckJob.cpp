// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/jobs/EvidenceCheckJob.h"

#include "models/proposals/ProposalRepository.h"
#include "models/vault/Database.h"

#include <QCoreApplication>

namespace verdes {

EvidenceCheckJob::EvidenceCheckJob(VaultConnector connector, QObject *parent)
    : Job(parent)
    , m_connector(std::move(connector))
{}

EvidenceCheckJob::~EvidenceCheckJob()
{
    cancel();
    wait();
}

const Result<QStringList> &EvidenceCheckJob::result() const
{
    Q_ASSERT_X(m_result.has_value(), "EvidenceCheckJob::result", "the job has not finished");
    return *m_result;
}

void EvidenceCheckJob::work()
{
    auto db = m_connector.open();
    if (!db) {
        m_result = db.error();
        return;
    }
    setPhase(QCoreApplication::translate("EvidenceCheckJob", "Checking the evidence files…"));
    m_result = ProposalRepository(**db).damagedEvidence(*this);
}

} // namespace verdes
