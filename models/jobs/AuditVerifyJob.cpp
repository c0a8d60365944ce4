// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/jobs/AuditVerifyJob.h"

#include "models/vault/Database.h"
#include "models/vault/HeadWatermark.h"

namespace verdes {

AuditVerifyJob::AuditVerifyJob(VaultConnector connector, QObject *parent)
    : Job(parent)
    , m_connector(std::move(connector))
{}

AuditVerifyJob::~AuditVerifyJob()
{
    cancel();
    wait();
}

const Result<AuditVerifyJob::Outcome> &AuditVerifyJob::result() const
{
    Q_ASSERT_X(m_result.has_value(), "AuditVerifyJob::result", "the job has not finished");
    return *m_result;
}

void AuditVerifyJob::work()
{
    auto db = m_connector.open();
    if (!db) {
        m_result = db.error();
        return;
    }
    setPhase(QCoreApplication::translate("AuditVerifyJob", "Checking the history of changes…"));
    AuditLog log(**db);
    auto verified = log.verify(*this);
    if (!verified) {
        m_result = verified.error();
        return;
    }
    if (verified->intact()) {
        // An intact history can still be an older copy of the whole vault.
        if (auto seen = HeadWatermark::check(**db); !seen) {
            m_result = seen.error();
            return;
        }
    }
    Outcome outcome;
    outcome.verification = *verified;
    if (!verified->intact()) {
        auto entry = log.entry(verified->firstBroken);
        if (entry) {
            outcome.broken = *entry;
        }
    }
    m_result = outcome;
}

} // namespace verdes
