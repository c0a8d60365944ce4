// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Progress.h"
#include "models/core/Result.h"

#include <QByteArray>
#include <QStringList>

namespace verdes {

class Database;

// A running digest of everything the vault holds, so that each audit entry can commit to the
// content it leaves behind (issue 10 §5) and `verdes check` can tell content changed outside Verdes.
//
// Each covered table has a digest in `state_digest`: the sum of one vector per row, where a row's
// vector is its column values (typed, length-prefixed) hashed with BLAKE2b and stretched with
// ChaCha20 to 1024 lanes of 16 bits, added lane by lane modulo 2^16. This is LtHash16 (Bellare and
// Micciancio's lattice hash, as Facebook uses it for its databases): adding and subtracting rows is
// cheap and order-free, and finding two different sets of rows with the same sum is a hard lattice
// problem (a plain sum of 256-bit hashes would fall to Wagner's generalised birthday attack).
//
// Triggers written by install() keep the digests current inside every write's own transaction,
// through the SQL functions registerFunctions() adds to each connection. A tool that writes
// without those functions fails; a tool that drops the triggers leaves digests that recount() shows
// to disagree with the rows. The state hash binds the schema too, so dropping a trigger is itself
// a change of state.
//
// Covered: every table but the audit trail itself (its entries carry the state hash), state_digest,
// SQLite's own tables, the full-text index (it is derived from the members and households) and the
// tables named `transient_…` (retry timing, which changes without an audit entry; the schema, which
// the state hash binds, still fixes what they may hold).
class StateDigest final
{
public:
    static constexpr int kLanes = 1024;

    struct Recount
    {
        QByteArray stateHash;        // from the rows as they are
        QStringList driftedTables;   // whose running digest differs from their rows
        QStringList uncoveredTables; // in the schema but without a running digest, or the reverse
    };

    // Adds verdes_digest_add(digest, table, values…), verdes_digest_sub(…) and the aggregate
    // verdes_digest_sum(table, values…) to a connection (Database::configure calls it).
    static Result<void> registerFunctions(Database &db);

    // The tables the digest covers, by name.
    static Result<QStringList> coveredTables(Database &db);

    // (Re)writes the triggers of every covered table and recomputes their digests from the rows.
    // Migrations call it inside their transaction after the schema changed.
    static Result<void> install(Database &db);

    // For a bulk load into empty tables (the first import of a village): drops the triggers of
    // `tables`, so that each row is not added to the running digest one by one;
    // resumeAfterBulkLoad() writes them again and computes those digests from the rows in one pass.
    // Both run inside the caller's transaction, so no commit ever sees a digest out of step.
    static Result<void> suspendForBulkLoad(Database &db, const QStringList &tables);
    static Result<void> resumeAfterBulkLoad(Database &db, const QStringList &tables);

    // The state hash of the running digests and the schema: what an audit entry records. Cheap
    // (a few KiB read).
    static Result<QByteArray> currentStateHash(Database &db);

    // Recomputes every covered table's digest from its rows (reads the whole vault). `progress`
    // counts tables; its cancel stops it (ErrorCode::Cancelled).
    static Result<Recount> recount(Database &db, Progress &progress = Progress::none());
};

} // namespace verdes
