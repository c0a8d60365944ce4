// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"

#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace verdes {

class Database;
class Statement;

// One import in the vault's imports table: where the snapshot came from and what it changed.
struct ImportRecord
{
    qint64 importId = 0;
    bool demo = false; // the generated demo village, not a snapshot file
    QString sourceName;
    QString sourceSha256; // empty until the import is finished
    QString officerId;    // empty: nobody (a bare database)
    QString startedAt;    // ISO 8601, UTC
    QString finishedAt;
    qint64 rowsRead = 0;
    qint64 rowsSkipped = 0;
    qint64 warnings = 0;
    qint64 householdsAdded = 0;
    qint64 householdsChanged = 0;
    qint64 householdsUnchanged = 0;
    qint64 householdsMissing = 0;
    qint64 membersAdded = 0;
    qint64 membersChanged = 0;
    qint64 membersUnchanged = 0;
    qint64 membersMissing = 0;

    bool operator==(const ImportRecord &) const = default;
};

// A row an import refused (with "skip bad rows"), kept in the vault with its reason and its text.
struct RejectedRow
{
    qint64 line = 0;
    QString reason;
    QString raw; // the row as CSV text

    bool operator==(const RejectedRow &) const = default;
};

// A snapshot the district hub signed (docs/batch-format.md §16), as the village verified it before the
// import (sync::SnapshotInbox): what the import records of it, in its own transaction.
struct SignedSnapshotRecord
{
    quint64 serial = 0; // the hub's number for the village's snapshots, from 1
    QString label;      // "DTSEN Desember 2026"
    QString hubId;
    QString csvSha256; // hex: the CSV's SHA-256 the hub signed; the import checks the bytes it read
};

// The imports and their rejected rows (tables imports and rejected_rows). SnapshotImporter writes
// them inside its own transaction, so a cancelled or failed import leaves none of them behind.
// The statement for rejected rows is prepared on first use and kept, as the importer adds them one
// by one; destroy the repository before the transaction ends. Works on the caller's connection.
class ImportRepository final
{
public:
    explicit ImportRepository(Database &db);
    ~ImportRepository();
    Q_DISABLE_COPY_MOVE(ImportRepository)

    // Records an import that begins (every figure as given; `importId` is ignored) and returns its id.
    Result<qint64> begin(const ImportRecord &record);
    // Writes the figures known once the import is done (all but the kind, source name, officer
    // and start time) to the import `record.importId`.
    Result<void> finish(const ImportRecord &record);
    Result<void> addRejectedRow(qint64 importId, const RejectedRow &row);

    // One import, or nullopt when the id is unknown.
    Result<std::optional<ImportRecord>> import(qint64 importId);
    // The rows an import refused, in line order.
    Result<QList<RejectedRow>> rejectedRows(qint64 importId);
    // When the newest import finished (ISO 8601 text); empty when the vault holds none.
    Result<QString> lastFinishedAt();
    // The serial of the last snapshot signed by the district hub that the vault imported (0 for none).
    Result<quint64> lastSignedSnapshotSerial();
    // Records the signed snapshot import `importId` came from (vault_meta "snapshot_*"), in the
    // caller's transaction.
    Result<void> recordSignedSnapshot(qint64 importId, const SignedSnapshotRecord &record);

private:
    Database &m_db;
    std::unique_ptr<Statement> m_insertRejected;
};

} // namespace verdes
