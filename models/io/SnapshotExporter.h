// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Clock.h"
#include "models/core/Progress.h"
#include "models/core/Result.h"
#include "models/io/OutputPath.h"
#include "models/vault/Actor.h"

#include <QString>

#include <optional>

namespace verdes {

class Database;

struct ExportReport
{
    qint64 households = 0;
    qint64 members = 0;
};

// Writes the vault's current snapshot layer (records marked missing are left out) in the CSV
// interchange format (DOMAIN.md §13): households in the order they first came into the vault, each
// household's rows together, head first, then by birth date. The target is checked by OutputPath
// first (never inside a vault folder, never onto a folder, device or pipe; an existing file only
// with Existing::Replace). The file is personal data: it is written through QSaveFile (all or
// nothing, an existing file is replaced only on success) with owner-only permissions (0600) set
// before the first byte. Importing the export into an empty vault of the same village and exporting
// again gives the same bytes.
class SnapshotExporter final
{
public:
    // With an actor, the export needs Action::ExportData and appends "export.snapshot" to the
    // audit trail (committed together with the file: no file without its entry). The application
    // always gives one.
    explicit SnapshotExporter(Database &db,
                              std::optional<Actor> actor = std::nullopt,
                              Clock &clock = SystemClock::instance());

    // Cancelled through `progress`, it leaves no file behind (and an existing file untouched).
    Result<ExportReport> run(const QString &path,
                             Progress &progress = Progress::none(),
                             OutputPath::Existing existing = OutputPath::Existing::Refuse);

private:
    Database &m_db;
    std::optional<Actor> m_actor;
    Clock &m_clock;
};

} // namespace verdes
