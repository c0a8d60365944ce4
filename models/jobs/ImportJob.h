// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"
#include "models/io/SnapshotImporter.h"
#include "models/jobs/Job.h"
#include "models/quality/QualityChecker.h"
#include "models/vault/Actor.h"
#include "models/vault/VaultConnector.h"

#include <optional>

namespace verdes {

class Clock;

// Imports a CSV snapshot on a worker thread with its own connection (CONVENTIONS.md §8). Progress
// covers both passes; cancel() rolls everything back. Read result() after finished().
class ImportJob final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportJob)

public:
    ImportJob(VaultConnector connector,
              QString csvPath,
              ImportOptions options,
              ValidationContext context,
              Clock &clock,
              QObject *parent = nullptr);
    ~ImportJob() override;

    // Reads the CSV from memory instead of the file (a signed snapshot from the hub, opened in memory:
    // no plain copy of it is ever written); `name` is what the report calls it. Call before start().
    void setCsvBytes(QByteArray bytes, QString name)
    {
        m_csvBytes = std::move(bytes);
        m_csvPath = std::move(name);
    }

    // Set once finished() has been emitted.
    const Result<ImportReport> &result() const;

    // Runs the data-quality checks as `actor` after a successful import (DOMAIN.md §9), in their
    // own transaction: a failure there leaves the import in place. Call before start().
    void setRunChecksAs(const Actor &actor) { m_checksActor = actor; }

    // The checks' result, when they ran.
    const std::optional<Result<QualityRunSummary>> &checksResult() const { return m_checksResult; }

protected:
    void work() override;

private:
    VaultConnector m_connector;
    QString m_csvPath;
    std::optional<QByteArray> m_csvBytes;
    ImportOptions m_options;
    ValidationContext m_context;
    Clock &m_clock;
    std::optional<Result<ImportReport>> m_result;
    std::optional<Actor> m_checksActor;
    std::optional<Result<QualityRunSummary>> m_checksResult;
};

} // namespace verdes
