// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"
#include "models/jobs/Job.h"
#include "models/vault/AuditLog.h"
#include "models/vault/VaultConnector.h"

#include <optional>

namespace verdes {

// Checks the whole audit chain (AuditLog::verify) on a worker thread with its own connection, with
// progress and cancel. Read result() after finished().
class AuditVerifyJob final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditVerifyJob)

public:
    struct Outcome
    {
        AuditLog::Verification verification;
        // The first broken entry as stored (when the chain is broken and the row is there).
        std::optional<AuditEntry> broken;
    };

    explicit AuditVerifyJob(VaultConnector connector, QObject *parent = nullptr);
    ~AuditVerifyJob() override;

    const Result<Outcome> &result() const;

protected:
    void work() override;

private:
    VaultConnector m_connector;
    std::optional<Result<Outcome>> m_result;
};

} // namespace verdes
