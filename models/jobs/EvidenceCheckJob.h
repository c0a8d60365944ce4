// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"
#include "models/jobs/Job.h"
#include "models/vault/VaultConnector.h"

#include <QStringList>

#include <optional>

namespace verdes {

// Checks every piece of evidence against its recorded SHA-256 (ProposalRepository::damagedEvidence)
// with its own connection, with progress and cancel: part of `verdes check`. Read result() after
// finished(): the damaged ones, empty when all match.
class EvidenceCheckJob final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvidenceCheckJob)

public:
    explicit EvidenceCheckJob(VaultConnector connector, QObject *parent = nullptr);
    ~EvidenceCheckJob() override;

    const Result<QStringList> &result() const;

protected:
    void work() override;

private:
    VaultConnector m_connector;
    std::optional<Result<QStringList>> m_result;
};

} // namespace verdes
