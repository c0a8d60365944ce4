// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"
#include "models/jobs/Job.h"

#include <memory>
#include <optional>

namespace verdes {

class Vault;

// Changes the vault key (Vault::changeKey) on a worker thread, with progress and cancel. Unlike the
// other jobs it works on the unlocked Vault itself, which it owns while it runs: the caller hands
// it over (nothing else may use the vault meanwhile) and takes it back with takeVault() after
// finished(), changed or not.
class ChangeKeyJob final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeKeyJob)

public:
    explicit ChangeKeyJob(std::unique_ptr<Vault> vault, QObject *parent = nullptr);
    ~ChangeKeyJob() override;

    const Result<void> &result() const;
    std::unique_ptr<Vault> takeVault();

protected:
    void work() override;

private:
    std::unique_ptr<Vault> m_vault;
    std::optional<Result<void>> m_result;
};

} // namespace verdes
