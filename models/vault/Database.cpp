// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/vault/Database.h"

#include "models/core/Log.h"
#include "models/vault/StateDigest.h"
#include "models/vault/Statement.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <iterator>

namespace verdes {

namespace {

constexpr std::size_t kRawKeySize = 32;
constexpr int kBusyTimeoutMs = 5000;
// Enough for the statements of any one piece of work (a batch of proposals uses about 20).
constexpr std::size_t kPreparedStatements = 64;
constexpr char kPlainHeader[] = "SQLite format 3"; // followed by a NUL: 16 bytes in all

// "x'<64 hex digits>'": how SQLCipher is told that key material is a raw key, not a passphrase.
SecureBytes rawKeyLiteral(const SecureBytes &key)
{
    static constexpr char kHex[] = "0123456789ABCDEF";
    SecureBytes literal(3 + key.size() * 2);
    unsigned char *out = literal.data();
    *out++ = 'x';
    *out++ = '\'';
    for (const unsigned char byte : key.bytes()) {
        *out++ = static_cast<unsigned char>(kHex[byte >> 4]);
        *out++ = static_cast<unsigned char>(kHex[byte & 0x0F]);
    }
    *out = '\'';
    return literal;
}

bool startsWithPlainHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return false;
    }
    const QByteArray head = file.read(16);
    return head.size() == 16 && std::memcmp(head.constData(), kPlainHeader, 16) == 0;
}

QString sqliteMessage(sqlite3 *db)
{
    return db != nullptr ? QString::fromUtf8(sqlite3_errmsg(db)) : QString();
}

} // namespace

Error sqliteError(int resultCode, const QString &path, QStringView context, QStringView message)
{
    const QString detail = QStringLiteral("sqlite %1 (%2) in %3: %4")
                               .arg(resultCode)
                               .arg(QString::fromUtf8(sqlite3_errstr(resultCode)), context, message);
    switch (resultCode & 0xFF) {
    case SQLITE_FULL:
        return {ErrorCode::VaultDiskFull, {path}, detail};
    case SQLITE_READONLY:
        return {ErrorCode::VaultReadOnly, {path}, detail};
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return {ErrorCode::VaultLockedByOther, {path}, detail};
    case SQLITE_NOTADB:
        return {ErrorCode::VaultNotAVault, {path}, detail};
    case SQLITE_CORRUPT:
        return {ErrorCode::VaultDamaged, {path}, detail};
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
        return {ErrorCode::FilePermissionDenied, {path}, detail};
    case SQLITE_IOERR:
        if (resultCode == SQLITE_IOERR_SHORT_READ) {
            return {ErrorCode::VaultDamaged, {path}, detail};
        }
        return {ErrorCode::FileWriteFailed, {path}, detail};
    default:
        return {ErrorCode::Internal, {}, detail};
    }
}

Database::Database(sqlite3 *db, QString path, bool encrypted)
    : m_db(db)
    , m_path(std::move(path))
    , m_encrypted(encrypted)
{}

Database::~Database()
{
    for (const Prepared &prepared : m_prepared) {
        sqlite3_finalize(prepared.stmt);
    }
    m_prepared.clear();
    if (m_db != nullptr) {
        const int rc = sqlite3_close_v2(m_db);
        if (rc != SQLITE_OK) {
            qCWarning(lcVault) << "closing the database failed:" << rc;
        }
    }
}

sqlite3_stmt *Database::takePrepared(QStringView sql, QString &sqlOut)
{
    for (auto it = m_prepared.rbegin(); it != m_prepared.rend(); ++it) {
        if (it->sql == sql) {
            sqlite3_stmt *stmt = it->stmt;
            sqlOut = std::move(it->sql);
            m_prepared.erase(std::next(it).base());
            return stmt;
        }
    }
    return nullptr;
}

void Database::keepPrepared(QString sql, sqlite3_stmt *stmt)
{
    const bool kept = std::any_of(m_prepared.begin(), m_prepared.end(), [&sql](const Prepared &prepared) {
        return prepared.sql == sql;
    });
    if (kept) {
        sqlite3_finalize(stmt); // a second one of the same text, used at the same time
        return;
    }
    if (m_prepared.size() >= kPreparedStatements) {
        sqlite3_finalize(m_prepared.front().stmt);
        m_prepared.erase(m_prepared.begin());
    }
    m_prepared.push_back({std::move(sql), stmt});
}

Result<std::unique_ptr<Database>>
Database::openEncrypted(const QString &path, const SecureBytes &rawKey, Mode mode, Check check)
{
    Q_ASSERT(rawKey.size() == kRawKeySize);
    return open(path, &rawKey, mode, check);
}

Result<std::unique_ptr<Database>> Database::openPlain(const QString &path, Mode mode)
{
    return open(path, nullptr, mode, Check::None);
}

Result<std::unique_ptr<Database>>
Database::open(const QString &path, const SecureBytes *rawKey, Mode mode, Check check)
{
    const QFileInfo info(path);
    if (mode == Mode::Create && info.exists()) {
        return Error(ErrorCode::VaultExists, {path}, QStringLiteral("database file exists"));
    }
    if (mode == Mode::Open) {
        if (!info.exists()) {
            return Error(ErrorCode::VaultNotFound, {path}, QStringLiteral("database file missing"));
        }
        if (info.size() == 0) {
            // SQLite would treat an empty file as a new database and write into it.
            return Error(ErrorCode::VaultDamaged, {path}, QStringLiteral("database file is empty"));
        }
        if (!QFileInfo(info.absolutePath()).isWritable() || !info.isWritable()) {
            return Error(ErrorCode::VaultReadOnly, {path}, QStringLiteral("folder or file not writable"));
        }
    }

    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_PRIVATECACHE
                      | (mode == Mode::Create ? SQLITE_OPEN_CREATE : 0);
    sqlite3 *handle = nullptr;
    const QByteArray nativePath = QFile::encodeName(path);
    const int rc = sqlite3_open_v2(nativePath.constData(), &handle, flags, nullptr);
    // The handle exists even on failure and must be closed; the Database owns it from here.
    std::unique_ptr<Database> db(new Database(handle, path, rawKey != nullptr));
    if (rc != SQLITE_OK) {
        return sqliteError(rc, path, u"open", sqliteMessage(handle));
    }
    sqlite3_extended_result_codes(handle, 1);
    if (sqlite3_db_readonly(handle, "main") == 1) {
        return Error(ErrorCode::VaultReadOnly, {path}, QStringLiteral("opened read-only"));
    }

    if (rawKey != nullptr) {
        const SecureBytes literal = rawKeyLiteral(*rawKey);
        const int keyRc = sqlite3_key_v2(handle, "main", literal.data(), static_cast<int>(literal.size()));
        if (keyRc != SQLITE_OK) {
            return sqliteError(keyRc, path, u"key", sqliteMessage(handle));
        }
    }
    auto configured = db->configure(check);
    if (!configured) {
        // A plain SQLite file does not open with a key. Its header is read only now, with the file
        // closed: reading it before, through a descriptor of our own, would undo this process's locks on
        // the file when that descriptor closes (POSIX record locks belong to the process). A hub's
        // threads each open the same database; a second open would have left the first unlocked, and
        // another process then free to check the log into the database and delete it under them.
        const bool plain =
            rawKey != nullptr && mode == Mode::Open && configured.error().code == ErrorCode::VaultNotAVault;
        db.reset();
        if (plain && startsWithPlainHeader(path)) {
            return Error(ErrorCode::VaultNotEncrypted, {path}, QStringLiteral("plaintext SQLite header"));
        }
        return configured.error();
    }
    return db;
}

Result<void> Database::configure(Check check)
{
    if (m_encrypted) {
        // SQLCipher 4 logs failures (a wrong key's HMAC mismatch) to stderr by default: not for users.
        (void)execute(u"PRAGMA cipher_log_level = NONE");
        // Plain SQLite ignores PRAGMA key silently and would write clear text: make sure it is SQLCipher.
        auto version = cipherVersion();
        if (!version) {
            return version.error();
        }
        if (version->isEmpty() || !(version->front().isDigit() && version->front().digitValue() >= 4)) {
            return Error(ErrorCode::VaultCipherUnavailable,
                         {version->isEmpty() ? QStringLiteral("SQLite") : *version},
                         QStringLiteral("cipher_version unusable"));
        }
        VERDES_TRY(execute(u"PRAGMA cipher_compatibility = 4"));
    }
    // The first read decrypts page 1: a wrong key or a foreign file fails here.
    auto probe = queryInt(u"SELECT count(*) FROM sqlite_schema");
    if (!probe) {
        const ErrorCode code = probe.error().code;
        if (code == ErrorCode::VaultNotAVault || code == ErrorCode::Internal) {
            return Error(ErrorCode::VaultNotAVault, {m_path}, probe.error().detail);
        }
        return probe.error();
    }
    auto journal = queryText(u"PRAGMA journal_mode = WAL");
    if (!journal) {
        return journal.error();
    }
    if (journal->compare(u"wal", Qt::CaseInsensitive) != 0) {
        return Error(ErrorCode::VaultReadOnly, {m_path}, QStringLiteral("WAL refused: ") + *journal);
    }
    VERDES_TRY(execute(u"PRAGMA synchronous = FULL"));
    VERDES_TRY(execute(u"PRAGMA temp_store = MEMORY"));
    VERDES_TRY(execute(u"PRAGMA secure_delete = ON"));
    VERDES_TRY(execute(u"PRAGMA foreign_keys = ON"));
    VERDES_TRY(execute(QStringLiteral("PRAGMA busy_timeout = %1").arg(kBusyTimeoutMs)));
    VERDES_TRY(execute(u"PRAGMA cell_size_check = ON"));
    VERDES_TRY(execute(u"PRAGMA trusted_schema = OFF"));
    // INSERT OR REPLACE must fire the delete triggers of the row it replaces, or the state digest
    // would keep that row's share (SQLite fires them only with recursive triggers on).
    VERDES_TRY(execute(u"PRAGMA recursive_triggers = ON"));
    VERDES_TRY(StateDigest::registerFunctions(*this));
    // 64 MiB page cache: imports of 200,000 persons stay in memory, well under the RSS target.
    VERDES_TRY(execute(u"PRAGMA cache_size = -65536"));
    if (check == Check::Quick) {
        VERDES_TRY(quickCheck());
    }
    return {};
}

Result<void> Database::quickCheck(Progress &progress)
{
    if (progress.isCancelled()) {
        return Error(ErrorCode::Cancelled, {}, QStringLiteral("quick_check cancelled before it started"));
    }
    sqlite3_progress_handler(
        m_db,
        10000,
        [](void *context) -> int {
            return static_cast<const Progress *>(context)->isCancelled() ? 1 : 0;
        },
        &progress);
    auto rows = collectRows(u"PRAGMA quick_check");
    sqlite3_progress_handler(m_db, 0, nullptr, nullptr);
    if (!rows) {
        if (progress.isCancelled()) {
            return Error(ErrorCode::Cancelled, {}, QStringLiteral("quick_check interrupted"));
        }
        return rows.error().code == ErrorCode::Internal
                   ? Error(ErrorCode::VaultDamaged, {m_path}, rows.error().detail)
                   : rows.error();
    }
    if (rows->size() != 1 || rows->front() != u"ok") {
        return Error(ErrorCode::VaultDamaged,
                     {m_path},
                     QStringLiteral("quick_check: %1 problem(s)").arg(rows->size()));
    }
    return {};
}

Result<void> Database::execute(QStringView sql)
{
    Statement st(*this, sql);
    VERDES_TRY(st.status());
    while (true) {
        auto row = st.step();
        if (!row) {
            return row.error();
        }
        if (!*row) {
            return {};
        }
    }
}

Result<void> Database::executeScript(const QString &sql)
{
    char *message = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    const int rc = sqlite3_exec(m_db, utf8.constData(), nullptr, nullptr, &message);
    const QString text = message != nullptr ? QString::fromUtf8(message) : QString();
    sqlite3_free(message);
    if (rc != SQLITE_OK) {
        return sqliteError(rc, m_path, u"script", text);
    }
    return {};
}

Result<QString> Database::queryText(QStringView sql)
{
    Statement st(*this, sql);
    VERDES_TRY(st.status());
    auto row = st.step();
    if (!row) {
        return row.error();
    }
    return *row ? st.text(0) : QString();
}

Result<qint64> Database::queryInt(QStringView sql)
{
    Statement st(*this, sql);
    VERDES_TRY(st.status());
    auto row = st.step();
    if (!row) {
        return row.error();
    }
    return *row ? st.int64(0) : 0;
}

Result<QStringList> Database::collectRows(QStringView sql)
{
    Statement st(*this, sql);
    VERDES_TRY(st.status());
    QStringList rows;
    while (true) {
        auto row = st.step();
        if (!row) {
            return row.error();
        }
        if (!*row) {
            return rows;
        }
        QStringList cells;
        for (int i = 0; i < st.columnCount(); ++i) {
            cells << st.text(i);
        }
        rows << cells.join(u' ');
    }
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

qint64 Database::changes() const
{
    return sqlite3_changes64(m_db);
}

Result<QString> Database::cipherVersion()
{
    return queryText(u"PRAGMA cipher_version");
}

Error Database::errorFor(int resultCode, QStringView context) const
{
    return sqliteError(resultCode, m_path, context, sqliteMessage(m_db));
}

bool Database::inTransaction() const
{
    return sqlite3_get_autocommit(m_db) == 0;
}

void Database::addBeforeCommit(std::function<Result<void>()> work)
{
    m_beforeCommit.push_back(std::move(work));
}

Result<void> Database::runBeforeCommit()
{
    // Work may add more work (an entry appended while entries are written): run until none is left.
    while (!m_beforeCommit.empty()) {
        auto pending = std::exchange(m_beforeCommit, {});
        for (const auto &work : pending) {
            if (auto done = work(); !done) {
                m_beforeCommit.clear();
                return done.error();
            }
        }
    }
    return {};
}

void Database::dropBeforeCommit()
{
    m_beforeCommit.clear();
}

Result<void> Database::exportEncrypted(const QString &path, const SecureBytes &rawKey, Progress &progress)
{
    Q_ASSERT(rawKey.size() == kRawKeySize);
    if (QFileInfo::exists(path)) {
        return Error(ErrorCode::FileExists, {path}, QStringLiteral("export target exists"));
    }
    // ATTACH opens with the main connection's flags, which do not create files: start from an empty
    // file (SQLite takes it for a new database), readable by its owner only.
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)
            || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            return Error(ErrorCode::FileWriteFailed, {path}, file.errorString());
        }
    }
    // The key goes to SQLCipher as a bound parameter straight from secure memory.
    const SecureBytes literal = rawKeyLiteral(rawKey);
    {
        Statement attach(*this, u"ATTACH DATABASE :path AS rekey KEY :key");
        VERDES_TRY(attach.status());
        attach.bind(u":path", path);
        attach.bindSecretText(u":key", literal);
        VERDES_TRY(attach.run());
    }
    // SQLite calls the handler every kStepsPerCall virtual-machine steps. The copy takes roughly
    // kStepsPerPage steps per page of the source (measured on the 50,000-household demo vault):
    // enough for a progress bar that moves evenly and a cancel that answers within milliseconds.
    constexpr int kStepsPerCall = 20000;
    constexpr qint64 kStepsPerPage = 2600;

    struct Steps
    {
        Progress *report = nullptr;
        qint64 done = 0;
        qint64 total = 1;
    } state{&progress};

    VERDES_TRY_ASSIGN(pages, queryInt(u"PRAGMA main.page_count"));
    state.total = std::max<qint64>(1, pages * kStepsPerPage / kStepsPerCall);
    const Error cancelled(ErrorCode::Cancelled, {}, QStringLiteral("export cancelled"));
    if (!progress.advance(0, state.total)) {
        (void)execute(u"DETACH DATABASE rekey");
        return cancelled;
    }
    sqlite3_progress_handler(
        m_db,
        kStepsPerCall,
        [](void *context) -> int {
            auto *p = static_cast<Steps *>(context);
            p->done = std::min(p->done + 1, p->total - 1);
            return p->report->advance(p->done, p->total) ? 0 : 1;
        },
        &state);
    auto exported = execute(u"SELECT sqlcipher_export('rekey')");
    sqlite3_progress_handler(m_db, 0, nullptr, nullptr);
    const Result<void> detached = execute(u"DETACH DATABASE rekey");
    if (!exported) {
        const bool interrupted = exported.error().detail.contains(QStringLiteral("interrupt"));
        return interrupted ? cancelled : exported.error();
    }
    if (!detached) {
        return detached.error();
    }
    // The last chance to cancel: the caller removes the copy.
    if (!progress.advance(state.total, state.total)) {
        return cancelled;
    }
    return {};
}

Result<void> Database::checkpointTruncate()
{
    auto rows = collectRows(u"PRAGMA wal_checkpoint(TRUNCATE)");
    if (!rows) {
        return rows.error();
    }
    // The first column is 1 when a reader or writer kept the checkpoint from finishing.
    if (!rows->isEmpty() && rows->front().startsWith(u'1')) {
        return Error(ErrorCode::VaultLockedByOther, {m_path}, QStringLiteral("checkpoint blocked"));
    }
    return {};
}

Result<QStringList> Database::fullCheck()
{
    QStringList problems;
    auto integrity = collectRows(u"PRAGMA integrity_check");
    if (!integrity) {
        return integrity.error();
    }
    if (integrity->size() != 1 || integrity->front() != u"ok") {
        for (const QString &row : *integrity) {
            problems << QStringLiteral("integrity_check: ") + row;
        }
    }
    auto foreignKeys = collectRows(u"PRAGMA foreign_key_check");
    if (!foreignKeys) {
        return foreignKeys.error();
    }
    for (const QString &row : *foreignKeys) {
        problems << QStringLiteral("foreign_key_check: ") + row;
    }
    if (m_encrypted) {
        VERDES_TRY(checkpointTruncate());
        auto cipher = collectRows(u"PRAGMA cipher_integrity_check");
        if (!cipher) {
            return cipher.error();
        }
        for (const QString &row : *cipher) {
            problems << QStringLiteral("cipher_integrity_check: ") + row;
        }
    }
    return problems;
}

} // namespace verdes
