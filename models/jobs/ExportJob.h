// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"
#include "models/io/SnapshotExporter.h"
#include "models/jobs/Job.h"
#include "models/vault/VaultConnector.h"

#include <optional>

namespace verdes {

// Exports the snapshot layer to a CSV file on a worker thread with its own connection. Cancel leaves
// no file behind (and an existing file untouched). Read result() after finished().
class ExportJob final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportJob)

public:
    // `actor`: who exports (checked and audited by SnapshotExporter); the application gives one.
    // `existing`: Replace only when the user agreed to replace an existing file (the file dialog asks).
    ExportJob(VaultConnector connector,
              QString csvPath,
              std::optional<Actor> actor = std::nullopt,
              OutputPath::Existing existing = OutputPath::Existing::Refuse,
              QObject *parent = nullptr);
    ~ExportJob() override;

    const Result<ExportReport> &result() const;

protected:
    void work() override;

private:
    VaultConnector m_connector;
    QString m_csvPath;
    std::optional<Actor> m_actor;
    OutputPath::Existing m_existing;
    std::optional<Result<ExportReport>> m_result;
};

} // namespace verdes
