// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Clock.h"
#include "models/core/Progress.h"
#include "models/core/Result.h"
#include "models/vault/Actor.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace verdes {

class Database;

// One entry of the audit trail (table audit_log, schema 3).
struct AuditEntry
{
    qint64 seq = 0;
    QDateTime at; // UTC
    QString officerId;
    QString officerName;
    QString role;       // role code at the time
    QString action;     // stable code: "import.snapshot", "proposal.create", "officer.add", …
    QString objectType; // "household", "proposal", "officer", "evidence", "flag", "vault", …
    QString objectId;
    QString householdId; // the household concerned, when there is one (for its history view)
    QStringList args;    // arguments of the action's plain-words sentence (AuditText)
    QByteArray prevHash;
    QByteArray hash;
    QByteArray stateHash; // the state its transaction left (StateDigest); empty before schema 6
};

// What a change appends; the log adds time, officer, sequence and hashes.
struct AuditRecord
{
    QString action;
    QString objectType;
    QString objectId;
    QString householdId;
    QStringList args; // no NIK, KK or passphrase here: names and ids only
};

// The tamper-evident audit trail: an append-only hash chain inside the encrypted vault. Every
// change to the vault calls append() inside the same transaction as the change, so the change and
// its entry commit together or not at all. The schema's triggers refuse UPDATE and DELETE.
//
// Each entry also commits to the content: it records the state hash (StateDigest) that its
// transaction leaves, written just before the transaction commits, so verify() can tell whether
// anything changed since the newest entry without an entry of its own.
class AuditLog final
{
public:
    struct Verification
    {
        qint64 entries = 0;     // entries checked
        qint64 firstBroken = 0; // seq of the first entry that does not match; 0 when intact
        // The content against the newest entry's state hash (entries before schema 6 have none):
        qint64 stateEntry = 0;      // the entry whose state was compared; 0 when none could be
        bool contentMatches = true; // false: something changed since that entry without an entry
        QStringList changedTables;  // tables whose rows no longer add up to their running digest

        bool chainIntact() const { return firstBroken == 0; }

        bool intact() const { return firstBroken == 0 && contentMatches; }
    };

    explicit AuditLog(Database &db, Clock &clock = SystemClock::instance());

    // Appends one entry. Call it inside the transaction of the change it records: the entry is
    // written when that transaction commits (Database::addBeforeCommit), with the state it leaves.
    // Outside a transaction it is appendAlone(). Returns the entry's sequence number.
    Result<qint64> append(const Actor &actor, const AuditRecord &record);
    // Appends one entry in a transaction of its own, for what changes nothing else in the vault
    // (a reveal of identity numbers, a setting of this computer).
    Result<qint64> appendAlone(const Actor &actor, const AuditRecord &record);

    // Walks the whole chain in order, then recomputes the content's state (StateDigest::recount)
    // and compares it with the newest entry's. `progress` counts entries, then tables; its cancel
    // stops it (ErrorCode::Cancelled). A broken chain or changed content is a result, not an error.
    Result<Verification> verify(Progress &progress = Progress::none());

    Result<QList<AuditEntry>> forHousehold(const QString &householdId);
    Result<QList<AuditEntry>> forObject(const QString &objectType, const QString &objectId);
    // Every entry of one action code, oldest first ("export.snapshot": what processed every record).
    Result<QList<AuditEntry>> withAction(const QString &action);
    // The newest entries first.
    Result<QList<AuditEntry>> recent(qint64 limit);
    Result<qint64> count();
    // One entry by its sequence number (std::nullopt when there is none).
    Result<std::optional<AuditEntry>> entry(qint64 seq);

    // SHA-256 over the entry's fields (length-prefixed) and its prevHash.
    static QByteArray hashEntry(const AuditEntry &entry);

    static QByteArray genesisHash() { return {32, '\0'}; }

private:
    static Result<void> writeEntry(Database &db, AuditEntry entry);
    Result<QList<AuditEntry>> query(QStringView whereAndOrder, const QList<QPair<QString, QString>> &binds);

    Database &m_db;
    Clock &m_clock;
};

} // namespace verdes
