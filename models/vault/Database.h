// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Progress.h"
#include "models/core/Result.h"
#include "models/core/SecureBytes.h"

#include <QString>

#include <functional>
#include <memory>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace verdes {

class Statement;

// One SQLCipher connection: owns the sqlite3 handle, applies the connection settings of DESIGN.md
// ("Vault parameters") in their order, and turns SQLite result codes into Errors. Only the vault
// classes and the repositories use it; a job on a worker thread opens its own.
class Database final
{
public:
    enum class Mode
    {
        Open,   // the file must exist
        Create, // the file must not exist
    };

    enum class Check
    {
        Quick, // PRAGMA quick_check at open (DESIGN.md)
        None,  // for a file just created
    };

    // Opens an encrypted database with a 32-byte raw key (SQLCipher's own PBKDF2 is skipped).
    static Result<std::unique_ptr<Database>>
    openEncrypted(const QString &path, const SecureBytes &rawKey, Mode mode, Check check = Check::Quick);
    // Opens without a key: plain SQLite inside the same library. Only for the benchmark's baseline
    // and for tests that prove what an unencrypted file looks like; a vault never calls it.
    static Result<std::unique_ptr<Database>> openPlain(const QString &path, Mode mode);

    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    // One statement without result rows ("PRAGMA ...", "DELETE ..."). Refuses several statements.
    Result<void> execute(QStringView sql);
    // Several statements separated by semicolons: only for migration scripts shipped in resources/.
    Result<void> executeScript(const QString &sql);
    // The first column of the first row of a single statement, as text (empty when no row).
    Result<QString> queryText(QStringView sql);
    Result<qint64> queryInt(QStringView sql);

    qint64 lastInsertRowId() const;
    qint64 changes() const;

    const QString &path() const { return m_path; }

    bool isEncrypted() const { return m_encrypted; }

    // The SQLCipher version the process links ("4.6.1 community"); empty for plain SQLite builds.
    Result<QString> cipherVersion();

    // The error for a failed SQLite call on this connection, with the path and the context in detail.
    Error errorFor(int resultCode, QStringView context) const;

    // Whether a transaction is open on this connection.
    bool inTransaction() const;

    // Work that must run inside the open transaction right before it commits: the audit trail's
    // entries, which record the state the whole transaction leaves behind (StateDigest).
    // Transaction::commit() runs it in order; a rollback drops it.
    void addBeforeCommit(std::function<Result<void>()> work);
    Result<void> runBeforeCommit();
    void dropBeforeCommit();

    qsizetype pendingBeforeCommit() const { return static_cast<qsizetype>(m_beforeCommit.size()); }

    // Bytes worked out from the schema alone, kept while PRAGMA schema_version stays the same: the
    // state digest's hash over the schema, which every audit entry needs and which costs far more
    // than the entry itself. A rollback forgets it: it may undo a schema change, and a later change
    // can then reach the same version number with another schema.
    struct SchemaMemo
    {
        qint64 version = -1;
        QByteArray bytes;
    };

    SchemaMemo &schemaMemo() { return m_schemaMemo; }

    void forgetSchemaMemo() { m_schemaMemo = {}; }

    // Copies the whole database (schema, data, user_version) into a new file encrypted with another
    // raw key (sqlcipher_export). `progress` counts an estimate in steps; its cancel gives
    // ErrorCode::Cancelled and the caller removes the partial file.
    Result<void>
    exportEncrypted(const QString &path, const SecureBytes &rawKey, Progress &progress = Progress::none());

    // Checkpoints the WAL into the main file and truncates it.
    Result<void> checkpointTruncate();

    // PRAGMA quick_check (DESIGN.md: at every open): VaultDamaged when it finds a problem.
    // `progress`'s cancel, polled while it runs, may stop it (ErrorCode::Cancelled).
    Result<void> quickCheck(Progress &progress = Progress::none());

    // Full integrity check: PRAGMA integrity_check, foreign_key_check and, when encrypted,
    // cipher_integrity_check after a TRUNCATE checkpoint, reading every row each returns.
    // Returns the problems found (empty = healthy). Problem texts are technical, for the log.
    Result<QStringList> fullCheck();

    sqlite3 *handle() const { return m_db; }

private:
    friend class Statement;

    // A statement kept prepared for the next Statement of the same SQL.
    struct Prepared
    {
        QString sql;
        sqlite3_stmt *stmt = nullptr;
    };

    Database(sqlite3 *db, QString path, bool encrypted);
    // Statement takes a kept statement for `sql` (nullptr when none; `sqlOut` gets its text) and gives
    // it back reset when done.
    sqlite3_stmt *takePrepared(QStringView sql, QString &sqlOut);
    void keepPrepared(QString sql, sqlite3_stmt *stmt);
    static Result<std::unique_ptr<Database>>
    open(const QString &path, const SecureBytes *rawKey, Mode mode, Check check);
    Result<void> configure(Check check);
    Result<QStringList> collectRows(QStringView sql);

    sqlite3 *m_db = nullptr;
    QString m_path;
    bool m_encrypted = false;
    std::vector<std::function<Result<void>()>> m_beforeCommit;
    SchemaMemo m_schemaMemo;
    // The statements kept prepared, the most recently used last. Preparing costs more than running most
    // of the repositories' statements, which run again and again (verdes-bench: building the batch of
    // 1,000 proposals prepared some 9,000 statements of a dozen different texts).
    std::vector<Prepared> m_prepared;
};

// The SQLite result code of a failure, kept on the Error for code that must tell busy from full.
Error sqliteError(int resultCode, const QString &path, QStringView context, QStringView message);

} // namespace verdes
