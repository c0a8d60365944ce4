// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Clock.h"
#include "models/core/Result.h"
#include "models/io/SnapshotImporter.h"
#include "sync/batch/Snapshot.h"

#include <QByteArray>
#include <QString>

namespace verdes {
class Database;
} // namespace verdes

namespace verdes::sync {

// The village's inbox of the district hub's quarterly snapshots (issue 14 §2, docs/batch-format.md §16):
// a file from `verdes-hub snapshot`, signed by the hub and sealed to this vault's device key. open()
// trusts it only whole, before anything of it is read further: sealed to this device, signed by the
// pinned hub, for this village and this device, and numbered above the last signed snapshot the vault
// imported. The snapshot stays in memory; the import then runs as any CSV import does (ImportJob,
// SnapshotImporter) from its bytes, with record() in ImportOptions::signedSnapshot, so that its serial,
// label, hub and SHA-256 are recorded in the import's own transaction: a failed import records nothing,
// and the same file again is refused.
class SnapshotInbox final
{
public:
    explicit SnapshotInbox(Database &db, Clock &clock = SystemClock::instance());

    // The serial of the last signed snapshot the vault imported (0 for none).
    Result<quint64> lastSerial();
    // Opens a snapshot the pinned hub sealed to this device (see the class). Refusals, with nothing
    // changed: SyncNotEnrolled without a pinned hub; SyncDeviceRevoked; SyncNotForThisHub sealed to
    // another key; SyncHubUnknown / SyncHubKeyRetired / SyncSignatureInvalid not signed by the pinned
    // hub key; SyncNotOurs for another village or device; SnapshotReplayed for a serial not above
    // lastSerial(); SyncFileMalformed for a file that is not a signed snapshot.
    Result<SignedSnapshot> open(const QByteArray &sealedFile);

    // Whether the file at `path` is a sealed file (Envelope::looksSealed on its first bytes), the way a
    // signed snapshot is recognised whatever its name. Only an ordinary file is looked into: opening a
    // FIFO would wait for a writer; anything else is false, left to the import, which refuses it in
    // words. FilePermissionDenied or FileNotFound when an ordinary file cannot be opened.
    static Result<bool> isSealedFile(const QString &path);

    // What the import records of an opened snapshot (ImportOptions::signedSnapshot).
    static SignedSnapshotRecord record(const SignedSnapshot &snapshot);

private:
    Database &m_db;
    Clock &m_clock;
};

} // namespace verdes::sync
