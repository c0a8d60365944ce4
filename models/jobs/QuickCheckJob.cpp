// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/jobs/QuickCheckJob.h"

#include "models/core/Log.h"
#include "models/vault/Database.h"

namespace verdes {

QuickCheckJob::QuickCheckJob(VaultConnector connector, QObject *parent)
    : Job(parent)
    , m_connector(std::move(connector))
{}

QuickCheckJob::~QuickCheckJob()
{
    cancel();
    wait();
}

const Result<void> &QuickCheckJob::result() const
{
    Q_ASSERT_X(m_result.has_value(), "QuickCheckJob::result", "the job has not finished");
    return *m_result;
}

void QuickCheckJob::work()
{
    auto db = m_connector.open();
    if (!db) {
        m_result = db.error();
        return;
    }
    m_result = (*db)->quickCheck(*this);
    if (!*m_result && m_result->error().code == ErrorCode::VaultDamaged) {
        qCWarning(lcVault) << "quick_check after unlocking failed:" << m_result->error().detail;
    }
}

} // namespace verdes
