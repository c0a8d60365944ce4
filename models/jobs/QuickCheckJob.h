// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"
#include "models/jobs/Job.h"
#include "models/vault/VaultConnector.h"

#include <optional>

namespace verdes {

// PRAGMA quick_check on a worker thread with its own connection, for a vault the window opened
// with Vault::QuickCheck::Deferred (DESIGN.md: "in the background once the window shows"). Cancel
// stops it within milliseconds. Read result() after finished(): VaultDamaged means the window must
// lock the vault and say so.
class QuickCheckJob final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuickCheckJob)

public:
    explicit QuickCheckJob(VaultConnector connector, QObject *parent = nullptr);
    ~QuickCheckJob() override;

    const Result<void> &result() const;

protected:
    void work() override;

private:
    VaultConnector m_connector;
    std::optional<Result<void>> m_result;
};

} // namespace verdes
