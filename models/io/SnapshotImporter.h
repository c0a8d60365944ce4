// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Progress.h"
#include "models/core/Result.h"
#include "models/domain/Issue.h"
#include "models/domain/Validation.h"
#include "models/io/OutputPath.h"
#include "models/proposals/ReconcileRepository.h"
#include "models/repo/ImportRepository.h"
#include "models/vault/Actor.h"

#include <QList>
#include <QString>

#include <optional>

namespace verdes {

class Clock;
class Database;
class RowSource;

struct ImportOptions
{
    enum class Kind : quint8
    {
        Snapshot,
        Demo,
    };

    Kind kind = Kind::Snapshot;
    // Import the good households and report the bad ones instead of importing nothing.
    bool skipBadRows = false;
    // With skipBadRows: where to write the rejected-rows CSV (owner-only file); empty = vault only.
    // Checked by OutputPath before anything is read; an existing file is replaced only with
    // rejectsExisting = Replace.
    QString rejectsPath;
    OutputPath::Existing rejectsExisting = OutputPath::Existing::Refuse;
    QString officerId;
    // Who imports. When set, the import needs Action::ImportSnapshot and appends its audit entry
    // ("import.snapshot", or "import.demo" for Kind::Demo) in the import's transaction. The
    // application always sets it; only tests and tools working on a bare database leave it out.
    std::optional<Actor> actor;
    // At most this many issues are kept in the report (all are counted).
    int maxReportedIssues = 5000;
    // A snapshot signed by the hub: with the import, in its transaction, the vault records its serial,
    // label, hub and SHA-256 (vault_meta "snapshot_*") and the audit entry "snapshot.import_signed"
    // (needs `actor`). Refused with SnapshotReplayed, nothing imported, when the vault imported that
    // serial or a later one meanwhile; a failed import records nothing.
    std::optional<SignedSnapshotRecord> signedSnapshot;
};

struct ImportCounts
{
    qint64 added = 0;
    qint64 changed = 0;
    qint64 unchanged = 0;
    qint64 missing = 0; // in the vault but not in this snapshot: marked, never deleted

    bool operator==(const ImportCounts &) const = default;
};

struct ImportReport
{
    bool imported = false; // false when row errors stopped it (and skipBadRows was off)
    qint64 importId = 0;
    qint64 rowsRead = 0;
    qint64 rowsSkipped = 0;
    qint64 rowsWithErrors = 0; // rows with at least one error (CsvRowErrors' first argument)
    qint64 errorCount = 0;
    qint64 warningCount = 0;
    ImportCounts households;
    ImportCounts members;
    QList<Issue> issues;        // errors first, then warnings, each in line order; capped
    QStringList unknownColumns; // warned about and ignored (DOMAIN.md §13)
    // Optional columns the file lacks: "no information", so the vault keeps what it holds there.
    QStringList absentColumns;
    QChar separator; // of a CSV file: ',', ';' or '\t'; null for other sources
    // What this snapshot meant for the proposals: reflected, not reflected, rebased, in conflict.
    ReconcileCounts proposals;
};

// Imports a CSV snapshot (DOMAIN.md §13) or the demo village into the vault. Validates the whole
// source first and writes nothing if any row has an error (unless skipBadRows), then writes in one
// transaction: a cancel, a crash or a full disk leaves the vault as it was. Re-importing the same
// snapshot changes nothing; households and members missing from a newer snapshot are marked and
// reported, never deleted. An optional column the file lacks leaves the vault's values of that
// column as they are (issue 11). Values a spreadsheet changed are errors (R05, SpreadsheetDamage).
class SnapshotImporter final
{
public:
    SnapshotImporter(Database &db, ValidationContext context, Clock &clock);

    // File errors (F01–F05), I/O errors and Cancelled come back as the Error, and so does a vault
    // whose own village code is not a region code (CsvVaultVillageInvalid: every row would be
    // refused); row errors come back in the report with imported == false. `progress` covers both
    // passes (the second only when rows have errors); its cancel rolls everything back.
    Result<ImportReport>
    run(RowSource &source, const ImportOptions &options, Progress &progress = Progress::none());

private:
    struct Run;

    Database &m_db;
    ValidationContext m_context;
    Clock &m_clock;
};

} // namespace verdes
