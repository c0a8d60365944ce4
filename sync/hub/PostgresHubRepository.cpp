// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/hub/PostgresHubRepository.h"

#include "models/core/Log.h"
#include "models/core/PublicKey.h"
#include "models/core/SecretWrap.h"
#include "models/platform/CrashPoint.h"
#include "sync/hub/PgHandle.h"

#include <QtEndian>

#include <algorithm>
#include <array>
#include <optional>
#include <vector>

namespace verdes::hub {

namespace {

// Version 1 had one key pair of each kind; version 2 keeps every generation of them (rotate-keys);
// version 3 enrols the district office's reviewers; version 4 numbers the stored batches for the
// review feed; version 5 keeps the reviewers' verdicts for the villages; version 6 the villages'
// signed snapshots; version 7 the reviewers' claims on items.
constexpr qint64 kSchemaVersion = 7;

// The type oids of the parameters we send (pg_type.dat); fixed since PostgreSQL 7.
constexpr Oid kByteaOid = 17;
constexpr Oid kInt8Oid = 20;
constexpr Oid kTextOid = 25;

constexpr int kTextFormat = 0;
constexpr int kBinaryFormat = 1;

// SQLSTATE unique_violation: a racing process stored the same row first.
constexpr char kUniqueViolation[] = "23505";
// SQLSTATE deadlock_detected: two transactions waited for each other; one was ended.
constexpr char kDeadlockDetected[] = "40P01";

// The tables of SqliteHubRepository, with PostgreSQL's types: bigint for INTEGER, bytea for BLOB.
// The hub's secret keys are kept wrapped (SecretWrap), never in clear. Run in one transaction, under
// an advisory lock, so that two `verdes-hub init` on one database cannot interleave their DDL.
const char *const kSchema = R"sql(
SET LOCAL client_min_messages = warning;
CREATE TABLE IF NOT EXISTS hub_schema (
    id      bigint PRIMARY KEY CHECK (id = 1),
    version bigint NOT NULL
);
CREATE TABLE IF NOT EXISTS hub_settings (
    id                bigint PRIMARY KEY CHECK (id = 1),
    hub_id            text NOT NULL,
    name              text NOT NULL,
    district_code     text NOT NULL,
    created_at        text NOT NULL,
    max_offline_days  bigint NOT NULL DEFAULT 0,
    url               text NOT NULL DEFAULT '',
    tls_pin           bytea,
    revocation_serial bigint NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS hub_keys (
    id                     bigint PRIMARY KEY CHECK (id = 1),
    signing_public         bytea NOT NULL,
    signing_seed_wrapped   bytea NOT NULL,
    sealing_public         bytea NOT NULL,
    sealing_secret_wrapped bytea NOT NULL
);
CREATE TABLE IF NOT EXISTS devices (
    key_id        bytea PRIMARY KEY,
    public_key    bytea NOT NULL,
    vault_id      text NOT NULL,
    village_code  text NOT NULL,
    village_name  text NOT NULL,
    officer       text NOT NULL,
    enrolled_at   text NOT NULL,
    revoked_at    text,
    last_sequence bigint NOT NULL DEFAULT 0,
    last_batch_id bytea,
    last_contact  text
);
CREATE TABLE IF NOT EXISTS batches (
    batch_id      bytea PRIMARY KEY,
    device_key_id bytea NOT NULL REFERENCES devices (key_id),
    sequence      bigint NOT NULL,
    village_code  text NOT NULL,
    received_at   text NOT NULL,
    outcome       text NOT NULL,
    signed_file   bytea NOT NULL,
    receipt       bytea NOT NULL,
    UNIQUE (device_key_id, sequence)
);
CREATE TABLE IF NOT EXISTS batch_items (
    batch_id      bytea NOT NULL REFERENCES batches (batch_id),
    position      bigint NOT NULL,
    device_key_id bytea NOT NULL,
    proposal_id   bigint NOT NULL,
    type          text NOT NULL,
    household_id  text NOT NULL,
    outcome       text NOT NULL,
    reason        text NOT NULL DEFAULT '',
    PRIMARY KEY (batch_id, position)
);
CREATE INDEX IF NOT EXISTS batch_items_proposal ON batch_items (device_key_id, proposal_id);
CREATE TABLE IF NOT EXISTS refusals (
    refusal_id    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    file_sha256   bytea NOT NULL,
    device_key_id bytea,
    reason        text NOT NULL,
    at            text NOT NULL
);
)sql";

// From version 1 to 2, as SqliteHubRepository's: generation 1 is the key pair of version 1. The
// wrapped secrets move as they are (their wrap is bound to the column's name and the public key).
const char *const kToVersion2 = R"sql(
SET LOCAL client_min_messages = warning;
CREATE TABLE hub_key_generations (
    generation             bigint PRIMARY KEY CHECK (generation >= 1),
    signing_public         bytea NOT NULL UNIQUE,
    signing_seed_wrapped   bytea NOT NULL,
    sealing_public         bytea NOT NULL UNIQUE,
    sealing_secret_wrapped bytea NOT NULL,
    created_at             text NOT NULL,
    expires_at             text NOT NULL DEFAULT '',
    endorsement            bytea NOT NULL DEFAULT ''::bytea
);
INSERT INTO hub_key_generations
    (generation, signing_public, signing_seed_wrapped, sealing_public, sealing_secret_wrapped, created_at)
    SELECT 1, signing_public, signing_seed_wrapped, sealing_public, sealing_secret_wrapped,
           (SELECT created_at FROM hub_settings WHERE id = 1)
    FROM hub_keys;
DROP TABLE hub_keys;
UPDATE hub_schema SET version = 2 WHERE id = 1;
)sql";

// From version 2 to 3, as SqliteHubRepository's: the reviewers of the district office.
const char *const kToVersion3 = R"sql(
SET LOCAL client_min_messages = warning;
CREATE TABLE reviewers (
    key_id        bytea PRIMARY KEY,
    public_key    bytea NOT NULL,
    vault_id      text NOT NULL,
    district_code text NOT NULL,
    name          text NOT NULL,
    role          text NOT NULL CHECK (role IN ('verifier', 'office_head')),
    enrolled_at   text NOT NULL,
    revoked_at    text
);
UPDATE hub_schema SET version = 3 WHERE id = 1;
)sql";

// From version 3 to 4: each stored batch gets its feed serial (docs/batch-format.md §12), those stored
// before in the order received. The next serial comes from the one-row hub_feed, taken by the storing
// statement: its row lock, held until that commits, makes the serials rise in commit order, so that a
// reader never sees serial 11 before 10 is committed.
const char *const kToVersion4 = R"sql(
SET LOCAL client_min_messages = warning;
ALTER TABLE batches ADD COLUMN feed_serial bigint;
UPDATE batches SET feed_serial = numbered.serial FROM
    (SELECT batch_id, row_number() OVER (ORDER BY received_at, batch_id) AS serial FROM batches) AS numbered
    WHERE batches.batch_id = numbered.batch_id;
ALTER TABLE batches ALTER COLUMN feed_serial SET NOT NULL;
CREATE UNIQUE INDEX batches_feed_serial ON batches (feed_serial);
CREATE TABLE hub_feed (
    id   bigint PRIMARY KEY CHECK (id = 1),
    last bigint NOT NULL
);
INSERT INTO hub_feed (id, last) SELECT 1, coalesce(max(feed_serial), 0) FROM batches;
UPDATE hub_schema SET version = 4 WHERE id = 1;
)sql";

// From version 4 to 5, as SqliteHubRepository's: the reviewers' verdicts, one chain per item. Each
// village's next serial comes from its row of hub_village_serials, taken by the storing statement: its
// row lock, held until that commits, makes a village's serials rise in commit order, as the feed's.
const char *const kToVersion5 = R"sql(
SET LOCAL client_min_messages = warning;
CREATE TABLE verdicts (
    verdict_id      bytea PRIMARY KEY,
    village_code    text NOT NULL,
    batch_id        bytea NOT NULL REFERENCES batches (batch_id),
    position        bigint NOT NULL,
    proposal_id     bigint NOT NULL,
    reviewer_key_id bytea NOT NULL,
    state           text NOT NULL,
    previous        bytea UNIQUE,
    signed_file     bytea NOT NULL,
    stored_at       text NOT NULL,
    village_serial  bigint NOT NULL,
    UNIQUE (village_code, village_serial)
);
CREATE UNIQUE INDEX verdicts_first ON verdicts (batch_id, position) WHERE previous IS NULL;
CREATE INDEX verdicts_item ON verdicts (batch_id, position, village_serial);
CREATE TABLE hub_village_serials (
    village_code text PRIMARY KEY,
    last         bigint NOT NULL
);
UPDATE hub_schema SET version = 5 WHERE id = 1;
)sql";

// From version 5 to 6, as SqliteHubRepository's: the villages' snapshots, each under its village's
// serial. A storing transaction holds the village's snapshot lock (storeSnapshot), so that two hub
// processes publishing for one village take its serials one after the other.
const char *const kToVersion6 = R"sql(
SET LOCAL client_min_messages = warning;
CREATE TABLE snapshots (
    village_code text NOT NULL,
    serial       bigint NOT NULL CHECK (serial >= 1),
    label        text NOT NULL,
    file_name    text NOT NULL,
    csv_sha256   bytea NOT NULL,
    issued_at    text NOT NULL,
    csv          bytea NOT NULL,
    PRIMARY KEY (village_code, serial),
    UNIQUE (village_code, csv_sha256)
);
UPDATE hub_schema SET version = 6 WHERE id = 1;
)sql";

const char *const kSnapshotColumns =
    "SELECT serial, label, file_name, csv_sha256, issued_at, csv FROM snapshots ";

// To version 7, as SqliteHubRepository's: the reviewers' claims on items, and each reviewer key's
// newest claim request.
const char *const kToVersion7 = R"sql(
SET LOCAL client_min_messages = warning;
CREATE TABLE review_claims (
    batch_id        bytea NOT NULL REFERENCES batches (batch_id),
    position        bigint NOT NULL,
    reviewer_key_id bytea NOT NULL,
    held_until      text NOT NULL,
    claimed_at      text NOT NULL,
    PRIMARY KEY (batch_id, position)
);
CREATE TABLE review_claim_sequences (
    reviewer_key_id bytea PRIMARY KEY,
    last_sequence   bigint NOT NULL
);
UPDATE hub_schema SET version = 7 WHERE id = 1;
)sql";

const char *const kVerdictColumns =
    "SELECT verdict_id, village_code, batch_id, position, proposal_id, reviewer_key_id, state, previous, "
    "signed_file, stored_at, village_serial FROM verdicts ";

const char *const kReviewerColumns =
    "SELECT key_id, public_key, vault_id, district_code, name, role, enrolled_at, coalesce(revoked_at, '') "
    "FROM reviewers ";

// The proposals of $2 (an array) that device $1 sent before in a batch the hub accepted them in.
const char *const kSentProposals = "SELECT DISTINCT proposal_id FROM batch_items WHERE device_key_id = $1 "
                                   "AND proposal_id = ANY($2::bigint[]) AND outcome = 'accepted'";

const char *const kDeviceColumns =
    "SELECT key_id, public_key, vault_id, village_code, village_name, officer, enrolled_at, "
    "coalesce(revoked_at, ''), last_sequence, coalesce(last_batch_id, ''::bytea), coalesce(last_contact, '') "
    "FROM devices ";

// What a wrapped secret is bound to: its column and the public half it belongs with, so that no wrap
// can stand in for another.
QByteArray wrapContext(const char *column, const QByteArray &publicKey)
{
    return QByteArray("verdes-hub-key/1:") + column + ':' + publicKey;
}

using ConnectionHandle = PgConnection;
using ResultHandle = PgResult;

// The parameters of one statement ($1, $2, …): text and numbers in text form, bytes in binary form,
// so no value is ever part of the SQL text.
class Params final
{
public:
    Params &text(const QString &value) { return add(value.toUtf8(), kTextOid, kTextFormat); }

    Params &bytes(const QByteArray &value) { return add(value, kByteaOid, kBinaryFormat); }

    Params &int64(qint64 value) { return add(QByteArray::number(value), kInt8Oid, kTextFormat); }

    Params &nullBytes() { return add({}, kByteaOid, kBinaryFormat, true); }

    int count() const { return static_cast<int>(m_values.size()); }

    const Oid *types() const { return m_types.data(); }

    const int *lengths() const { return m_lengths.data(); }

    const int *formats() const { return m_formats.data(); }

    // Pointers into the values held here: valid while this object lives unchanged.
    std::vector<const char *> pointers() const
    {
        std::vector<const char *> result;
        result.reserve(m_values.size());
        for (std::size_t i = 0; i < m_values.size(); ++i) {
            result.push_back(m_isNull.at(i) ? nullptr : m_values.at(i).constData());
        }
        return result;
    }

private:
    Params &add(const QByteArray &value, Oid type, int format, bool isNull = false)
    {
        m_values.push_back(value);
        m_types.push_back(type);
        m_lengths.push_back(static_cast<int>(value.size()));
        m_formats.push_back(format);
        m_isNull.push_back(isNull);
        return *this;
    }

    std::vector<QByteArray> m_values;
    std::vector<Oid> m_types;
    std::vector<int> m_lengths;
    std::vector<int> m_formats;
    std::vector<bool> m_isNull;
};

// The rows of a result, asked for in binary form: text is UTF-8, bigint 8 bytes big-endian, bytea raw.
class Rows final
{
public:
    explicit Rows(ResultHandle result)
        : m_result(std::move(result))
    {}

    int count() const { return PQntuples(m_result.get()); }

    bool isNull(int row, int column) const { return PQgetisnull(m_result.get(), row, column) != 0; }

    QByteArray bytes(int row, int column) const
    {
        return {PQgetvalue(m_result.get(), row, column), PQgetlength(m_result.get(), row, column)};
    }

    QString text(int row, int column) const
    {
        return QString::fromUtf8(PQgetvalue(m_result.get(), row, column),
                                 PQgetlength(m_result.get(), row, column));
    }

    qint64 int64(int row, int column) const
    {
        const char *value = PQgetvalue(m_result.get(), row, column);
        switch (PQgetlength(m_result.get(), row, column)) {
        case 8:
            return qFromBigEndian<qint64>(value);
        case 4:
            return qFromBigEndian<qint32>(value);
        default:
            return 0;
        }
    }

    // How many rows an INSERT, UPDATE or DELETE touched.
    qint64 affected() const { return QByteArray(PQcmdTuples(m_result.get())).toLongLong(); }

private:
    ResultHandle m_result;
};

QString firstLine(const char *message)
{
    return QString::fromUtf8(message).section(u'\n', 0, 0).trimmed();
}

} // namespace

class PostgresHubRepository::Connection final
{
public:
    Connection(ConnectionHandle handle, QString name)
        : m_handle(std::move(handle))
        , m_name(std::move(name))
    {}

    static Result<std::unique_ptr<Connection>> connect(const QString &connection)
    {
        const QString name = PostgresHubRepository::displayName(connection);
        const QByteArray conninfo = connection.toUtf8();
        // The words before dbname are defaults: the connection string, expanded in its place, overrides
        // them (a connect_timeout of its own, say).
        const std::array<const char *, 5> keywords{
            "connect_timeout", "application_name", "client_encoding", "dbname", nullptr};
        const std::array<const char *, 5> values{"10", "verdes-hub", "UTF8", conninfo.constData(), nullptr};
        ConnectionHandle handle(PQconnectdbParams(keywords.data(), values.data(), 1));
        if (!handle) {
            return Error(ErrorCode::HubDatabaseUnreachable, {name}, QStringLiteral("libpq: out of memory"));
        }
        if (PQstatus(handle.get()) != CONNECTION_OK) {
            return Error(ErrorCode::HubDatabaseUnreachable,
                         {name},
                         QStringLiteral("postgres: %1").arg(firstLine(PQerrorMessage(handle.get()))));
        }
        return std::make_unique<Connection>(std::move(handle), name);
    }

    const QString &name() const { return m_name; }

    // Runs one statement; the result whatever its status.
    ResultHandle run(const char *sql, const Params &params = {})
    {
        const std::vector<const char *> values = params.pointers();
        return ResultHandle(PQexecParams(m_handle.get(),
                                         sql,
                                         params.count(),
                                         params.types(),
                                         values.data(),
                                         params.lengths(),
                                         params.formats(),
                                         kBinaryFormat));
    }

    static bool succeeded(const ResultHandle &result)
    {
        const ExecStatusType status = PQresultStatus(result.get());
        return result && (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK);
    }

    static QByteArray sqlState(const ResultHandle &result)
    {
        const char *state = result ? PQresultErrorField(result.get(), PG_DIAG_SQLSTATE) : nullptr;
        return state == nullptr ? QByteArray() : QByteArray(state);
    }

    // Why a statement failed, for the user and the log: a lost connection, or its SQLSTATE (never the
    // server's message, which may quote the values that were refused).
    Error failure(const char *what, const ResultHandle &result) const
    {
        if (PQstatus(m_handle.get()) != CONNECTION_OK) {
            return {ErrorCode::HubDatabaseUnreachable,
                    {m_name},
                    QStringLiteral("postgres: connection lost (%1)").arg(QLatin1StringView(what))};
        }
        return {ErrorCode::VaultDamaged,
                {m_name},
                QStringLiteral("postgres: %1 failed, SQLSTATE %2")
                    .arg(QLatin1StringView(what), QString::fromLatin1(sqlState(result)))};
    }

    // Runs several statements without parameters (the schema): PQexecParams takes one at a time.
    Result<void> script(const char *what, const char *sql)
    {
        const ResultHandle result(PQexec(m_handle.get(), sql));
        if (!succeeded(result)) {
            return failure(what, result);
        }
        return {};
    }

    Result<Rows> exec(const char *what, const char *sql, const Params &params = {})
    {
        ResultHandle result = run(sql, params);
        if (!succeeded(result)) {
            return failure(what, result);
        }
        return Rows(std::move(result));
    }

private:
    ConnectionHandle m_handle;
    QString m_name;
};

namespace {

using Connection = PostgresHubRepository::Connection;

// A transaction that rolls back unless committed.
class Transaction final
{
public:
    explicit Transaction(Connection &db)
        : m_db(db)
    {}

    ~Transaction()
    {
        if (m_open) {
            m_db.run("ROLLBACK");
        }
    }

    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    Transaction(Transaction &&) = delete;
    Transaction &operator=(Transaction &&) = delete;

    Result<void> begin()
    {
        VERDES_TRY(m_db.exec("begin", "BEGIN"));
        m_open = true;
        return {};
    }

    Result<void> commit()
    {
        m_open = false;
        VERDES_TRY(m_db.exec("commit", "COMMIT"));
        return {};
    }

private:
    Connection &m_db;
    bool m_open = false;
};

Error notAHub(const QString &name, const QString &detail)
{
    return {ErrorCode::VaultDamaged, {name}, QStringLiteral("hub database: %1").arg(detail)};
}

// Holds, until the transaction ends, a lock on one key id: enrolling the same key as a device and as a
// reviewer at once, from two hub processes, is done one after the other.
Result<void> lockKeyId(Connection &db, const QByteArray &keyId)
{
    VERDES_TRY(db.exec("key lock",
                       "SELECT pg_advisory_xact_lock(hashtextextended(encode($1, 'hex'), 7))",
                       Params().bytes(keyId)));
    return {};
}

Result<qint64> schemaVersion(Connection &db)
{
    ResultHandle result = db.run("SELECT version FROM hub_schema WHERE id = 1");
    if (Connection::sqlState(result) == "42P01") { // undefined_table
        return notAHub(db.name(), QStringLiteral("no hub schema"));
    }
    if (!Connection::succeeded(result)) {
        return db.failure("schema version", result);
    }
    const Rows rows(std::move(result));
    if (rows.count() != 1) {
        return notAHub(db.name(), QStringLiteral("no schema version"));
    }
    return rows.int64(0, 0);
}

// Brings the schema to this version, in the caller's transaction, under the schema lock.
Result<void> migrate(Connection &db)
{
    VERDES_TRY_ASSIGN(version, schemaVersion(db));
    if (version < 2) {
        VERDES_TRY(db.script("schema version 2", kToVersion2));
        qCInfo(lcSync) << "hub database brought from schema version" << version << "to 2";
    }
    if (version < 3) {
        VERDES_TRY(db.script("schema version 3", kToVersion3));
        qCInfo(lcSync) << "hub database brought from schema version" << std::max<qint64>(version, 2)
                       << "to 3";
    }
    if (version < 4) {
        VERDES_TRY(db.script("schema version 4", kToVersion4));
        qCInfo(lcSync) << "hub database brought from schema version" << std::max<qint64>(version, 3)
                       << "to 4";
    }
    if (version < 5) {
        VERDES_TRY(db.script("schema version 5", kToVersion5));
        qCInfo(lcSync) << "hub database brought from schema version" << std::max<qint64>(version, 4)
                       << "to 5";
    }
    if (version < 6) {
        VERDES_TRY(db.script("schema version 6", kToVersion6));
        qCInfo(lcSync) << "hub database brought from schema version" << std::max<qint64>(version, 5)
                       << "to 6";
    }
    if (version < 7) {
        VERDES_TRY(db.script("schema version 7", kToVersion7));
        qCInfo(lcSync) << "hub database brought from schema version" << std::max<qint64>(version, 6)
                       << "to 7";
    }
    return {};
}

} // namespace

PostgresHubRepository::PostgresHubRepository(std::unique_ptr<Connection> db,
                                             QString connection,
                                             SecureBytes secretKey)
    : m_db(std::move(db))
    , m_connection(std::move(connection))
    , m_secretKey(std::move(secretKey))
{}

PostgresHubRepository::~PostgresHubRepository() = default;

QString PostgresHubRepository::displayName(const QString &connection)
{
    char *problem = nullptr;
    PQconninfoOption *options = PQconninfoParse(connection.toUtf8().constData(), &problem);
    if (problem != nullptr) {
        PQfreemem(problem);
    }
    if (options == nullptr) {
        return QStringLiteral("(a connection string libpq cannot read)");
    }
    QString user;
    QString host;
    QString port;
    QString dbname;
    QString service;
    for (const PQconninfoOption *option = options; option->keyword != nullptr; ++option) { // NOLINT
        if (option->val == nullptr) {
            continue;
        }
        const QByteArrayView keyword(option->keyword);
        const QString value = QString::fromUtf8(option->val);
        if (keyword == "user") {
            user = value;
        } else if (keyword == "host") {
            host = value;
        } else if (keyword == "port") {
            port = value;
        } else if (keyword == "dbname") {
            dbname = value;
        } else if (keyword == "service") {
            service = value;
        }
    }
    PQconninfoFree(options);
    if (!service.isEmpty() && host.isEmpty() && dbname.isEmpty()) {
        return QStringLiteral("service=%1").arg(service);
    }
    // The password is left out, wherever it was given; a socket folder is a host parameter, as in a URI.
    const bool isSocket = host.startsWith(u'/');
    return QStringLiteral("postgresql://%1%2%3/%4%5")
        .arg(user.isEmpty() ? QString() : user + u'@',
             isSocket ? QString() : host,
             port.isEmpty() ? QString() : u':' + port,
             dbname,
             isSocket ? QStringLiteral("?host=") + host : QString());
}

Result<std::unique_ptr<PostgresHubRepository>> PostgresHubRepository::create(const QString &connection,
                                                                             const SecureBytes &secretKey)
{
    if (secretKey.size() != SecretWrap::kKeySize) {
        return Error(ErrorCode::Internal, {}, QStringLiteral("a hub key is 32 bytes"));
    }
    VERDES_TRY_ASSIGN(db, Connection::connect(connection));
    {
        Transaction tx(*db);
        VERDES_TRY(tx.begin());
        VERDES_TRY(db->exec("schema lock", "SELECT pg_advisory_xact_lock(7265646573)"));
        VERDES_TRY(db->script("schema", kSchema));
        VERDES_TRY(
            db->exec("schema version",
                     "INSERT INTO hub_schema (id, version) VALUES (1, 1) ON CONFLICT (id) DO NOTHING"));
        VERDES_TRY(migrate(*db));
        VERDES_TRY_ASSIGN(version, schemaVersion(*db));
        if (version != kSchemaVersion) {
            return notAHub(db->name(), QStringLiteral("schema version %1").arg(version));
        }
        VERDES_TRY_ASSIGN(existing, db->exec("existing hub", "SELECT 1 FROM hub_settings"));
        if (existing.count() != 0) {
            return Error(ErrorCode::FileExists, {db->name()}, QStringLiteral("the database holds a hub"));
        }
        VERDES_TRY(tx.commit());
    }
    return std::unique_ptr<PostgresHubRepository>(
        new PostgresHubRepository(std::move(db), connection, SecureBytes::copyOf(secretKey.bytes())));
}

Result<std::unique_ptr<PostgresHubRepository>> PostgresHubRepository::open(const QString &connection,
                                                                           const SecureBytes &secretKey)
{
    if (secretKey.size() != SecretWrap::kKeySize) {
        return Error(ErrorCode::Internal, {}, QStringLiteral("a hub key is 32 bytes"));
    }
    VERDES_TRY_ASSIGN(db, Connection::connect(connection));
    VERDES_TRY_ASSIGN(version, schemaVersion(*db));
    if (version < 1 || version > kSchemaVersion) {
        return notAHub(db->name(), QStringLiteral("schema version %1").arg(version));
    }
    if (version < kSchemaVersion) {
        Transaction tx(*db);
        VERDES_TRY(tx.begin());
        VERDES_TRY(db->exec("schema lock", "SELECT pg_advisory_xact_lock(7265646573)"));
        VERDES_TRY(migrate(*db));
        VERDES_TRY(tx.commit());
    }
    std::unique_ptr<PostgresHubRepository> repository(
        new PostgresHubRepository(std::move(db), connection, SecureBytes::copyOf(secretKey.bytes())));
    // The key must open the hub's keys: a wrong key file is said at once, as SQLCipher says it.
    VERDES_TRY_ASSIGN(stored, repository->m_db->exec("keys", "SELECT 1 FROM hub_key_generations"));
    if (stored.count() != 0) {
        auto keys = repository->keys();
        if (!keys) {
            return keys.error();
        }
    }
    return repository;
}

Result<std::unique_ptr<HubStorage>> PostgresHubRepository::another()
{
    // The schema and the key were checked when this one was opened.
    VERDES_TRY_ASSIGN(db, Connection::connect(m_connection));
    return std::unique_ptr<HubStorage>(
        new PostgresHubRepository(std::move(db), m_connection, SecureBytes::copyOf(m_secretKey.bytes())));
}

Result<void> PostgresHubRepository::initialise(const HubSettings &settings, const HubKeys &keys)
{
    Transaction tx(*m_db);
    VERDES_TRY(tx.begin());
    Params s;
    s.text(settings.hubId)
        .text(settings.name)
        .text(settings.districtCode)
        .text(settings.createdAt)
        .int64(settings.maxOfflineDays)
        .text(settings.url);
    if (settings.tlsPin) {
        s.bytes(*settings.tlsPin);
    } else {
        s.nullBytes();
    }
    ResultHandle inserted = m_db->run("INSERT INTO hub_settings (id, hub_id, name, district_code, "
                                      "created_at, max_offline_days, url, tls_pin) "
                                      "VALUES (1, $1, $2, $3, $4, $5, $6, $7)",
                                      s);
    if (Connection::sqlState(inserted) == kUniqueViolation) {
        return Error(ErrorCode::FileExists, {m_db->name()}, QStringLiteral("the database holds a hub"));
    }
    if (!Connection::succeeded(inserted)) {
        return m_db->failure("initialise", inserted);
    }
    VERDES_TRY_ASSIGN(added, addKeys(keys));
    if (!added) {
        return Error(ErrorCode::FileExists, {m_db->name()}, QStringLiteral("the database holds a hub"));
    }
    return tx.commit();
}

Result<bool> PostgresHubRepository::addKeys(const HubKeys &keys)
{
    Params k;
    k.int64(keys.generation)
        .bytes(keys.signingPublic)
        .bytes(SecretWrap::wrap(
            m_secretKey, keys.signingSeed.bytes(), wrapContext("signing_seed", keys.signingPublic)))
        .bytes(keys.sealingPublic)
        .bytes(SecretWrap::wrap(
            m_secretKey, keys.sealingSecret.bytes(), wrapContext("sealing_secret", keys.sealingPublic)))
        .text(keys.createdAt)
        .text(keys.expiresAt)
        .bytes(keys.endorsement);
    // Only the next generation: two processes rotating at once meet on the primary key.
    ResultHandle inserted =
        m_db->run("INSERT INTO hub_key_generations (generation, signing_public, signing_seed_wrapped, "
                  "sealing_public, sealing_secret_wrapped, created_at, expires_at, endorsement) "
                  "SELECT $1, $2, $3, $4, $5, $6, $7, $8 WHERE $1 = 1 + (SELECT coalesce(max(generation), 0) "
                  "FROM hub_key_generations) RETURNING generation",
                  k);
    if (Connection::sqlState(inserted) == kUniqueViolation) {
        return false;
    }
    if (!Connection::succeeded(inserted)) {
        return m_db->failure("add keys", inserted);
    }
    return Rows(std::move(inserted)).count() == 1;
}

Result<HubSettings> PostgresHubRepository::settings()
{
    VERDES_TRY_ASSIGN(
        rows,
        m_db->exec("settings",
                   "SELECT hub_id, name, district_code, created_at, max_offline_days, url, tls_pin "
                   "FROM hub_settings WHERE id = 1"));
    if (rows.count() != 1) {
        return notAHub(m_db->name(), QStringLiteral("no settings"));
    }
    HubSettings s;
    s.hubId = rows.text(0, 0);
    s.name = rows.text(0, 1);
    s.districtCode = rows.text(0, 2);
    s.createdAt = rows.text(0, 3);
    s.maxOfflineDays = static_cast<quint32>(rows.int64(0, 4));
    s.url = rows.text(0, 5);
    if (!rows.isNull(0, 6)) {
        s.tlsPin = rows.bytes(0, 6);
    }
    return s;
}

Result<std::vector<HubKeys>> PostgresHubRepository::keys()
{
    VERDES_TRY_ASSIGN(rows,
                      m_db->exec("keys",
                                 "SELECT generation, signing_public, signing_seed_wrapped, sealing_public, "
                                 "sealing_secret_wrapped, created_at, expires_at, endorsement "
                                 "FROM hub_key_generations ORDER BY generation"));
    if (rows.count() == 0) {
        return notAHub(m_db->name(), QStringLiteral("no keys"));
    }
    std::vector<HubKeys> generations;
    for (int row = 0; row < rows.count(); ++row) {
        HubKeys keys;
        keys.generation = static_cast<quint32>(rows.int64(row, 0));
        keys.signingPublic = rows.bytes(row, 1);
        keys.sealingPublic = rows.bytes(row, 3);
        auto seed = SecretWrap::unwrap(
            m_secretKey, rows.bytes(row, 2), wrapContext("signing_seed", keys.signingPublic));
        auto secret = SecretWrap::unwrap(
            m_secretKey, rows.bytes(row, 4), wrapContext("sealing_secret", keys.sealingPublic));
        if (!seed || !secret) {
            // The key file's key is not the one the hub's keys were wrapped with (or a wrap was changed).
            return Error(
                ErrorCode::VaultNotAVault, {m_db->name()}, QStringLiteral("the hub's keys do not unwrap"));
        }
        keys.signingSeed = std::move(*seed);
        keys.sealingSecret = std::move(*secret);
        keys.createdAt = rows.text(row, 5);
        keys.expiresAt = rows.text(row, 6);
        keys.endorsement = rows.bytes(row, 7);
        generations.push_back(std::move(keys));
    }
    return generations;
}

Result<void> PostgresHubRepository::putDevice(const HubDevice &device)
{
    Transaction tx(*m_db);
    VERDES_TRY(tx.begin());
    // The lock on the key's id orders this with enrolReviewer for the same key (on any hub process).
    VERDES_TRY(lockKeyId(*m_db, device.keyId));
    VERDES_TRY_ASSIGN(
        isReviewer,
        m_db->exec("reviewer", "SELECT 1 FROM reviewers WHERE key_id = $1", Params().bytes(device.keyId)));
    if (isReviewer.count() > 0) {
        return Error(ErrorCode::HubKeyInUse, {PublicKey::idText(device.keyId), QStringLiteral("reviewer")});
    }
    // Lifting a revocation changes the revocation list, so it gets a new serial: the list that still
    // names the device must not pass for the current one (docs/batch-format.md §9).
    VERDES_TRY(
        m_db->exec("lift revocation",
                   "UPDATE hub_settings SET revocation_serial = revocation_serial + 1 WHERE id = 1 AND "
                   "EXISTS (SELECT 1 FROM devices WHERE key_id = $1 AND revoked_at IS NOT NULL)",
                   Params().bytes(device.keyId)));
    Params params;
    params.bytes(device.keyId)
        .bytes(device.publicKey)
        .text(device.vaultId)
        .text(device.villageCode)
        .text(device.villageName)
        .text(device.officer)
        .text(device.enrolledAt)
        .int64(static_cast<qint64>(device.lastSequence));
    if (device.lastBatchId.isEmpty()) {
        params.nullBytes();
    } else {
        params.bytes(device.lastBatchId);
    }
    VERDES_TRY(m_db->exec("put device",
                          "INSERT INTO devices (key_id, public_key, vault_id, village_code, village_name, "
                          "officer, enrolled_at, last_sequence, last_batch_id) "
                          "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (key_id) DO UPDATE SET "
                          "vault_id = excluded.vault_id, village_code = excluded.village_code, "
                          "village_name = excluded.village_name, officer = excluded.officer, "
                          "enrolled_at = excluded.enrolled_at, revoked_at = NULL",
                          params));
    return tx.commit();
}

namespace {

// A device from the first columns of a row, those of kDeviceColumns.
HubDevice deviceAt(const Rows &rows, int r)
{
    HubDevice d;
    d.keyId = rows.bytes(r, 0);
    d.publicKey = rows.bytes(r, 1);
    d.vaultId = rows.text(r, 2);
    d.villageCode = rows.text(r, 3);
    d.villageName = rows.text(r, 4);
    d.officer = rows.text(r, 5);
    d.enrolledAt = rows.text(r, 6);
    d.revokedAt = rows.text(r, 7);
    d.lastSequence = static_cast<quint64>(rows.int64(r, 8));
    d.lastBatchId = rows.bytes(r, 9);
    d.lastContact = rows.text(r, 10);
    return d;
}

// A PostgreSQL array literal of numbers: {101,102}.
QString numberArray(const QList<quint64> &numbers)
{
    QStringList items;
    items.reserve(numbers.size());
    for (const quint64 n : numbers) {
        items.append(QString::number(n));
    }
    return u'{' + items.join(u',') + u'}';
}

// A PostgreSQL array literal of texts, each quoted: {"a","b \"c\""}.
QString textArray(const QStringList &texts)
{
    QStringList items;
    items.reserve(texts.size());
    for (QString text : texts) {
        text.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
        items.append(u'"' + text + u'"');
    }
    return u'{' + items.join(u',') + u'}';
}

} // namespace

Result<QList<HubDevice>> PostgresHubRepository::queryDevices(const std::optional<QByteArray> &keyId)
{
    const QByteArray sql =
        QByteArray(kDeviceColumns) + (keyId ? "WHERE key_id = $1" : "ORDER BY village_code, enrolled_at");
    Params params;
    if (keyId) {
        params.bytes(*keyId);
    }
    VERDES_TRY_ASSIGN(rows, m_db->exec("devices", sql.constData(), params));
    QList<HubDevice> devices;
    devices.reserve(rows.count());
    for (int r = 0; r < rows.count(); ++r) {
        devices.append(deviceAt(rows, r));
    }
    return devices;
}

Result<std::optional<HubDevice>> PostgresHubRepository::device(const QByteArray &keyId)
{
    VERDES_TRY_ASSIGN(found, queryDevices(keyId));
    if (found.isEmpty()) {
        return std::optional<HubDevice>();
    }
    return std::optional<HubDevice>(found.constFirst());
}

Result<QList<HubDevice>> PostgresHubRepository::devices()
{
    return queryDevices(std::nullopt);
}

Result<void> PostgresHubRepository::enrolReviewer(const HubReviewer &reviewer)
{
    Transaction tx(*m_db);
    VERDES_TRY(tx.begin());
    VERDES_TRY(lockKeyId(*m_db, reviewer.keyId));
    VERDES_TRY_ASSIGN(
        isDevice,
        m_db->exec("device", "SELECT 1 FROM devices WHERE key_id = $1", Params().bytes(reviewer.keyId)));
    if (isDevice.count() > 0) {
        return Error(ErrorCode::HubKeyInUse, {PublicKey::idText(reviewer.keyId), QStringLiteral("device")});
    }
    VERDES_TRY(
        m_db->exec("enrol reviewer",
                   "INSERT INTO reviewers (key_id, public_key, vault_id, district_code, name, role, "
                   "enrolled_at) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (key_id) DO UPDATE SET "
                   "vault_id = excluded.vault_id, district_code = excluded.district_code, "
                   "name = excluded.name, role = excluded.role, enrolled_at = excluded.enrolled_at",
                   Params()
                       .bytes(reviewer.keyId)
                       .bytes(reviewer.publicKey)
                       .text(reviewer.vaultId)
                       .text(reviewer.districtCode)
                       .text(reviewer.name)
                       .text(sync::reviewerRoleCode(reviewer.role))
                       .text(reviewer.enrolledAt)));
    return tx.commit();
}

Result<QList<HubReviewer>> PostgresHubRepository::queryReviewers(const std::optional<QByteArray> &keyId)
{
    const QByteArray sql = QByteArray(kReviewerColumns)
                           + (keyId ? "WHERE key_id = $1" : "ORDER BY district_code, enrolled_at, key_id");
    Params params;
    if (keyId) {
        params.bytes(*keyId);
    }
    VERDES_TRY_ASSIGN(rows, m_db->exec("reviewers", sql.constData(), params));
    QList<HubReviewer> reviewers;
    reviewers.reserve(rows.count());
    for (int r = 0; r < rows.count(); ++r) {
        const auto role = sync::reviewerRoleFromCode(rows.text(r, 5));
        if (!role) {
            return notAHub(m_db->name(), QStringLiteral("reviewer role %1").arg(rows.text(r, 5)));
        }
        reviewers.append({rows.bytes(r, 0),
                          rows.bytes(r, 1),
                          rows.text(r, 2),
                          rows.text(r, 3),
                          rows.text(r, 4),
                          *role,
                          rows.text(r, 6),
                          rows.text(r, 7)});
    }
    return reviewers;
}

Result<std::optional<HubReviewer>> PostgresHubRepository::reviewer(const QByteArray &keyId)
{
    VERDES_TRY_ASSIGN(found, queryReviewers(keyId));
    if (found.isEmpty()) {
        return std::optional<HubReviewer>();
    }
    return std::optional<HubReviewer>(found.constFirst());
}

Result<QList<HubReviewer>> PostgresHubRepository::reviewers()
{
    return queryReviewers(std::nullopt);
}

Result<quint64> PostgresHubRepository::revoke(const QByteArray &keyId, const QString &at)
{
    Transaction tx(*m_db);
    VERDES_TRY(tx.begin());
    // A key is a device's or a reviewer's, never both: one of the two matches.
    VERDES_TRY(m_db->exec("revoke",
                          "UPDATE devices SET revoked_at = coalesce(revoked_at, $1) WHERE key_id = $2",
                          Params().text(at).bytes(keyId)));
    VERDES_TRY(m_db->exec("revoke reviewer",
                          "UPDATE reviewers SET revoked_at = coalesce(revoked_at, $1) WHERE key_id = $2",
                          Params().text(at).bytes(keyId)));
    VERDES_TRY_ASSIGN(
        serial,
        m_db->exec("revocation serial",
                   "UPDATE hub_settings SET revocation_serial = revocation_serial + 1 WHERE id = 1 "
                   "RETURNING revocation_serial"));
    if (serial.count() != 1) {
        return notAHub(m_db->name(), QStringLiteral("no settings"));
    }
    const qint64 value = serial.int64(0, 0);
    VERDES_TRY(tx.commit());
    return static_cast<quint64>(value);
}

Result<quint32> PostgresHubRepository::newestKeyGeneration()
{
    VERDES_TRY_ASSIGN(
        rows,
        m_db->exec("newest key generation", "SELECT coalesce(max(generation), 0) FROM hub_key_generations"));
    if (rows.count() != 1) {
        return notAHub(m_db->name(), QStringLiteral("no keys"));
    }
    return static_cast<quint32>(rows.int64(0, 0));
}

Result<quint64> PostgresHubRepository::revocationSerial()
{
    VERDES_TRY_ASSIGN(
        rows, m_db->exec("revocation serial", "SELECT revocation_serial FROM hub_settings WHERE id = 1"));
    if (rows.count() != 1) {
        return notAHub(m_db->name(), QStringLiteral("no settings"));
    }
    return static_cast<quint64>(rows.int64(0, 0));
}

Result<std::optional<QByteArray>> PostgresHubRepository::receiptOf(const QByteArray &batchId)
{
    VERDES_TRY_ASSIGN(
        rows,
        m_db->exec("receipt", "SELECT receipt FROM batches WHERE batch_id = $1", Params().bytes(batchId)));
    if (rows.count() == 0) {
        return std::optional<QByteArray>();
    }
    return std::optional<QByteArray>(rows.bytes(0, 0));
}

Result<QSet<quint64>> PostgresHubRepository::sentProposals(const QByteArray &deviceKeyId,
                                                           const QList<quint64> &proposalIds)
{
    QSet<quint64> sent;
    if (proposalIds.isEmpty()) {
        return sent;
    }
    // One round trip for the whole batch: the numbers go as one array.
    VERDES_TRY_ASSIGN(rows,
                      m_db->exec("sent proposals",
                                 kSentProposals,
                                 Params().bytes(deviceKeyId).text(numberArray(proposalIds))));
    for (int row = 0; row < rows.count(); ++row) {
        sent.insert(static_cast<quint64>(rows.int64(row, 0)));
    }
    return sent;
}

Result<HubChainView> PostgresHubRepository::chainView(const QByteArray &deviceKeyId,
                                                      const QByteArray &batchId,
                                                      const QList<quint64> &proposalIds)
{
    // One statement, so one snapshot: the chain and the receipt cannot disagree, and one round trip
    // instead of four (the hub waits for each while it stores a batch).
    const QByteArray sql = "SELECT d.*, (SELECT receipt FROM batches WHERE batch_id = $3), "
                           "(SELECT coalesce(max(generation), 0) FROM hub_key_generations), "
                           "array_to_string(ARRAY("
                           + QByteArray(kSentProposals) + "), ',') FROM (SELECT 1) AS one LEFT JOIN ("
                           + QByteArray(kDeviceColumns) + "WHERE key_id = $1) AS d ON true";
    VERDES_TRY_ASSIGN(rows,
                      m_db->exec("chain view",
                                 sql.constData(),
                                 Params().bytes(deviceKeyId).text(numberArray(proposalIds)).bytes(batchId)));
    if (rows.count() != 1) {
        return notAHub(m_db->name(), QStringLiteral("the chain view has %1 rows").arg(rows.count()));
    }
    constexpr int kReceipt = 11;
    HubChainView view;
    if (!rows.isNull(0, 0)) {
        view.device = deviceAt(rows, 0);
    }
    if (!rows.isNull(0, kReceipt)) {
        view.receipt = rows.bytes(0, kReceipt);
    }
    view.newestKeyGeneration = static_cast<quint32>(rows.int64(0, kReceipt + 1));
    const QString sent = rows.text(0, kReceipt + 2);
    for (const QStringView number : QStringView(sent).split(u',', Qt::SkipEmptyParts)) {
        view.sentProposals.insert(number.toULongLong());
    }
    return view;
}

Result<bool> PostgresHubRepository::storeAccepted(const HubBatch &batch, quint64 expectedLastSequence)
{
    QList<quint64> positions;
    QList<quint64> proposals;
    QStringList types;
    QStringList households;
    QStringList outcomes;
    QStringList reasons;
    for (const HubBatchItem &i : batch.items) {
        positions.append(static_cast<quint64>(i.position));
        proposals.append(i.proposalId);
        types.append(i.type);
        households.append(i.householdId);
        outcomes.append(i.outcome);
        reasons.append(i.reason);
    }
    // One statement, so one round trip and its own transaction. The compare-and-set first: a process
    // that moved the device's chain first holds its row until it commits, and then this UPDATE finds
    // last_sequence changed and moves nothing, and with it nothing is inserted. The same batch stored
    // by another process meanwhile fails the statement as a whole on the batch's primary key. The feed
    // serial is taken only once the chain moved (no gap when it did not), its row locked until commit.
    VERDES_CRASH_POINT("hub.store.before-commit"); // the crash tests (issue 13 §6)
    ResultHandle stored = m_db->run(
        "WITH moved AS (UPDATE devices SET last_sequence = $1, last_batch_id = $2, last_contact = $3 "
        "WHERE key_id = $4 AND last_sequence = $5 RETURNING key_id), "
        "serial AS (UPDATE hub_feed SET last = last + 1 WHERE id = 1 AND EXISTS (SELECT 1 FROM moved) "
        "RETURNING last), "
        "batch AS (INSERT INTO batches (batch_id, device_key_id, sequence, village_code, received_at, "
        "outcome, signed_file, receipt, feed_serial) SELECT $2, $4, $1, $6, $3, $7, $8, $9, serial.last "
        "FROM moved, serial RETURNING batch_id), "
        "items AS (INSERT INTO batch_items (batch_id, position, device_key_id, proposal_id, type, "
        "household_id, outcome, reason) SELECT batch.batch_id, i.position, $4, i.proposal_id, i.type, "
        "i.household_id, i.outcome, i.reason FROM batch, unnest($10::bigint[], $11::bigint[], $12::text[], "
        "$13::text[], $14::text[], $15::text[]) AS i(position, proposal_id, type, household_id, outcome, "
        "reason)) "
        "SELECT count(*) FROM moved",
        Params()
            .int64(static_cast<qint64>(batch.sequence))
            .bytes(batch.batchId)
            .text(batch.receivedAt)
            .bytes(batch.deviceKeyId)
            .int64(static_cast<qint64>(expectedLastSequence))
            .text(batch.villageCode)
            .text(batch.outcome)
            .bytes(batch.signedFile)
            .bytes(batch.receipt)
            .text(numberArray(positions))
            .text(numberArray(proposals))
            .text(textArray(types))
            .text(textArray(households))
            .text(textArray(outcomes))
            .text(textArray(reasons)));
    if (Connection::sqlState(stored) == kUniqueViolation) {
        return false; // another process stored this batch: nothing of this one was
    }
    if (!Connection::succeeded(stored)) {
        return m_db->failure("store batch", stored);
    }
    return Rows(std::move(stored)).int64(0, 0) == 1;
}

Result<QList<HubFeedEntry>> PostgresHubRepository::feedAfter(quint64 after, int maxEntries, qint64 maxBytes)
{
    // The sizes first, then only the batches that fit: a page never reads more than it sends.
    VERDES_TRY_ASSIGN(
        sizes,
        m_db->exec(
            "feed sizes",
            "SELECT feed_serial, octet_length(signed_file) + octet_length(receipt) "
            "FROM batches WHERE feed_serial > $1 ORDER BY feed_serial LIMIT $2",
            Params().int64(static_cast<qint64>(after)).int64(static_cast<qint64>(std::max(maxEntries, 1)))));
    std::optional<qint64> last;
    qint64 bytes = 0;
    for (int r = 0; r < sizes.count(); ++r) {
        bytes += sizes.int64(r, 1);
        if (last && bytes > maxBytes) {
            break;
        }
        last = sizes.int64(r, 0);
    }
    QList<HubFeedEntry> entries;
    if (!last) {
        return entries;
    }
    VERDES_TRY_ASSIGN(rows,
                      m_db->exec("feed",
                                 "SELECT b.feed_serial, b.received_at, b.village_code, d.public_key, "
                                 "b.signed_file, b.receipt FROM batches AS b JOIN devices AS d ON d.key_id = "
                                 "b.device_key_id WHERE b.feed_serial > $1 AND b.feed_serial <= $2 "
                                 "ORDER BY b.feed_serial",
                                 Params().int64(static_cast<qint64>(after)).int64(*last)));
    for (int r = 0; r < rows.count(); ++r) {
        entries.append({static_cast<quint64>(rows.int64(r, 0)),
                        rows.text(r, 1),
                        rows.text(r, 2),
                        rows.bytes(r, 3),
                        rows.bytes(r, 4),
                        rows.bytes(r, 5)});
    }
    return entries;
}

Result<quint64> PostgresHubRepository::latestFeedSerial()
{
    VERDES_TRY_ASSIGN(rows,
                      m_db->exec("latest feed serial", "SELECT coalesce(max(feed_serial), 0) FROM batches"));
    return static_cast<quint64>(rows.int64(0, 0));
}

Result<std::optional<HubBatch>> PostgresHubRepository::storedBatch(const QByteArray &batchId)
{
    VERDES_TRY_ASSIGN(
        rows,
        m_db->exec("stored batch",
                   "SELECT batch_id, device_key_id, sequence, village_code, received_at, outcome, "
                   "receipt FROM batches WHERE batch_id = $1",
                   Params().bytes(batchId)));
    if (rows.count() == 0) {
        return std::optional<HubBatch>();
    }
    HubBatch batch;
    batch.batchId = rows.bytes(0, 0);
    batch.deviceKeyId = rows.bytes(0, 1);
    batch.sequence = static_cast<quint64>(rows.int64(0, 2));
    batch.villageCode = rows.text(0, 3);
    batch.receivedAt = rows.text(0, 4);
    batch.outcome = rows.text(0, 5);
    batch.receipt = rows.bytes(0, 6);
    VERDES_TRY_ASSIGN(items,
                      m_db->exec("stored batch items",
                                 "SELECT position, proposal_id, type, household_id, outcome, reason "
                                 "FROM batch_items WHERE batch_id = $1 ORDER BY position",
                                 Params().bytes(batchId)));
    batch.items.reserve(items.count());
    for (int r = 0; r < items.count(); ++r) {
        batch.items.append(HubBatchItem{static_cast<int>(items.int64(r, 0)),
                                        static_cast<quint64>(items.int64(r, 1)),
                                        items.text(r, 2),
                                        items.text(r, 3),
                                        items.text(r, 4),
                                        items.text(r, 5)});
    }
    return std::optional<HubBatch>(std::move(batch));
}

Result<bool> PostgresHubRepository::storeVerdicts(const QList<HubVerdict> &verdicts)
{
    // By village, each village's in the order given: every transaction takes the villages' serial rows
    // in the same order, so two of them never wait for each other.
    QList<const HubVerdict *> ordered;
    ordered.reserve(verdicts.size());
    for (const HubVerdict &v : verdicts) {
        ordered.append(&v);
    }
    std::stable_sort(ordered.begin(), ordered.end(), [](const HubVerdict *a, const HubVerdict *b) {
        return a->villageCode < b->villageCode;
    });
    Transaction tx(*m_db);
    VERDES_TRY(tx.begin());
    for (const HubVerdict *v : std::as_const(ordered)) {
        Params params;
        params.text(v->villageCode)
            .bytes(v->verdictId)
            .bytes(v->batchId)
            .int64(static_cast<qint64>(v->position))
            .int64(static_cast<qint64>(v->proposalId))
            .bytes(v->reviewerKeyId)
            .text(proposalStateCode(v->state));
        if (v->previous) {
            params.bytes(*v->previous);
        } else {
            params.nullBytes();
        }
        params.bytes(v->signedFile).text(v->storedAt);
        // The village's row is locked first, until the commit; then a verdict stored meanwhile by
        // another process (the same one, or one on the same `previous`, or a second first verdict of
        // the item) fails the insert on the table's unique keys.
        ResultHandle stored = m_db->run(
            "WITH serial AS (INSERT INTO hub_village_serials (village_code, last) VALUES ($1, 1) "
            "ON CONFLICT (village_code) DO UPDATE SET last = hub_village_serials.last + 1 RETURNING last) "
            "INSERT INTO verdicts (verdict_id, village_code, batch_id, position, proposal_id, "
            "reviewer_key_id, state, previous, signed_file, stored_at, village_serial) "
            "SELECT $2, $1, $3, $4, $5, $6, $7, $8, $9, $10, serial.last FROM serial",
            params);
        const QByteArray state = Connection::sqlState(stored);
        if (state == kUniqueViolation || state == kDeadlockDetected) {
            return false; // rolled back when `tx` goes
        }
        if (!Connection::succeeded(stored)) {
            return m_db->failure("store verdict", stored);
        }
    }
    VERDES_TRY(tx.commit());
    return true;
}

Result<std::optional<HubItemHead>> PostgresHubRepository::itemHead(const QByteArray &batchId,
                                                                   quint32 position)
{
    VERDES_TRY_ASSIGN(
        rows,
        m_db->exec("item head",
                   "SELECT verdict_id, state FROM verdicts WHERE batch_id = $1 AND position = $2 "
                   "ORDER BY village_serial DESC LIMIT 1",
                   Params().bytes(batchId).int64(static_cast<qint64>(position))));
    if (rows.count() == 0) {
        return std::optional<HubItemHead>();
    }
    const auto state = proposalStateFromCode(rows.text(0, 1));
    if (!state) {
        return notAHub(m_db->name(), QStringLiteral("verdict state %1").arg(rows.text(0, 1)));
    }
    return std::optional<HubItemHead>(HubItemHead{rows.bytes(0, 0), *state});
}

Result<bool> PostgresHubRepository::hasVerdict(const QByteArray &verdictId)
{
    VERDES_TRY_ASSIGN(
        rows,
        m_db->exec("verdict", "SELECT 1 FROM verdicts WHERE verdict_id = $1", Params().bytes(verdictId)));
    return rows.count() > 0;
}

Result<QList<HubVerdict>> PostgresHubRepository::verdictsAfter(const QString &villageCode,
                                                               quint64 after,
                                                               int maxEntries,
                                                               qint64 maxBytes)
{
    // The sizes first, then only the verdicts that fit, as feedAfter.
    VERDES_TRY_ASSIGN(sizes,
                      m_db->exec("verdict sizes",
                                 "SELECT village_serial, octet_length(signed_file) FROM verdicts "
                                 "WHERE village_code = $1 AND village_serial > $2 ORDER BY village_serial "
                                 "LIMIT $3",
                                 Params()
                                     .text(villageCode)
                                     .int64(static_cast<qint64>(after))
                                     .int64(static_cast<qint64>(std::max(maxEntries, 1)))));
    std::optional<qint64> last;
    qint64 bytes = 0;
    for (int r = 0; r < sizes.count(); ++r) {
        bytes += sizes.int64(r, 1);
        if (last && bytes > maxBytes) {
            break;
        }
        last = sizes.int64(r, 0);
    }
    QList<HubVerdict> verdicts;
    if (!last) {
        return verdicts;
    }
    const QByteArray sql = QByteArray(kVerdictColumns)
                           + "WHERE village_code = $1 AND village_serial > $2 AND village_serial <= $3 "
                             "ORDER BY village_serial";
    VERDES_TRY_ASSIGN(rows,
                      m_db->exec("verdicts",
                                 sql.constData(),
                                 Params().text(villageCode).int64(static_cast<qint64>(after)).int64(*last)));
    verdicts.reserve(rows.count());
    for (int r = 0; r < rows.count(); ++r) {
        const auto state = proposalStateFromCode(rows.text(r, 6));
        if (!state) {
            return notAHub(m_db->name(), QStringLiteral("verdict state %1").arg(rows.text(r, 6)));
        }
        HubVerdict v;
        v.verdictId = rows.bytes(r, 0);
        v.villageCode = rows.text(r, 1);
        v.batchId = rows.bytes(r, 2);
        v.position = static_cast<quint32>(rows.int64(r, 3));
        v.proposalId = static_cast<quint64>(rows.int64(r, 4));
        v.reviewerKeyId = rows.bytes(r, 5);
        v.state = *state;
        if (!rows.isNull(r, 7)) {
            v.previous = rows.bytes(r, 7);
        }
        v.signedFile = rows.bytes(r, 8);
        v.storedAt = rows.text(r, 9);
        v.villageSerial = static_cast<quint64>(rows.int64(r, 10));
        verdicts.append(std::move(v));
    }
    return verdicts;
}

Result<quint64> PostgresHubRepository::latestVerdictSerial(const QString &villageCode)
{
    // The counter row, not max(): it never runs ahead of what is committed (its update commits with the
    // verdict it numbered).
    VERDES_TRY_ASSIGN(
        rows,
        m_db->exec("latest verdict serial",
                   "SELECT coalesce((SELECT last FROM hub_village_serials WHERE village_code = $1), 0)",
                   Params().text(villageCode)));
    return static_cast<quint64>(rows.int64(0, 0));
}

Result<std::pair<HubSnapshot, bool>> PostgresHubRepository::storeSnapshot(const HubSnapshot &snapshot)
{
    Transaction tx(*m_db);
    VERDES_TRY(tx.begin());
    // The village's snapshot lock until the commit: what is looked up stays true until the insert.
    VERDES_TRY(m_db->exec("snapshot lock",
                          "SELECT pg_advisory_xact_lock(hashtextextended('snapshot:' || $1, 11))",
                          Params().text(snapshot.villageCode)));
    VERDES_TRY_ASSIGN(known,
                      m_db->exec("known snapshot",
                                 "SELECT serial FROM snapshots WHERE village_code = $1 AND csv_sha256 = $2",
                                 Params().text(snapshot.villageCode).bytes(snapshot.csvSha256)));
    if (known.count() > 0) {
        VERDES_TRY_ASSIGN(stored,
                          this->snapshot(snapshot.villageCode, static_cast<quint64>(known.int64(0, 0))));
        if (!stored) {
            return notAHub(m_db->name(), QStringLiteral("a stored snapshot vanished"));
        }
        return std::pair(std::move(*stored), false);
    }
    VERDES_TRY_ASSIGN(
        inserted,
        m_db->exec("store snapshot",
                   "INSERT INTO snapshots (village_code, serial, label, file_name, csv_sha256, "
                   "issued_at, csv) SELECT $1, coalesce(max(serial), 0) + 1, $2, $3, $4, $5, $6 "
                   "FROM snapshots WHERE village_code = $1 RETURNING serial",
                   Params()
                       .text(snapshot.villageCode)
                       .text(snapshot.label)
                       .text(snapshot.fileName)
                       .bytes(snapshot.csvSha256)
                       .text(snapshot.issuedAt)
                       .bytes(snapshot.csv)));
    if (inserted.count() != 1) {
        return notAHub(m_db->name(), QStringLiteral("no serial for a new snapshot"));
    }
    HubSnapshot stored = snapshot;
    stored.serial = static_cast<quint64>(inserted.int64(0, 0));
    VERDES_TRY(tx.commit());
    return std::pair(std::move(stored), true);
}

Result<std::optional<HubSnapshot>> PostgresHubRepository::snapshot(const QString &villageCode, quint64 serial)
{
    const QByteArray sql = QByteArray(kSnapshotColumns)
                           + (serial == 0 ? "WHERE village_code = $1 ORDER BY serial DESC LIMIT 1"
                                          : "WHERE village_code = $1 AND serial = $2");
    Params params;
    params.text(villageCode);
    if (serial != 0) {
        params.int64(static_cast<qint64>(serial));
    }
    VERDES_TRY_ASSIGN(rows, m_db->exec("snapshot", sql.constData(), params));
    if (rows.count() == 0) {
        return std::optional<HubSnapshot>();
    }
    HubSnapshot snapshot;
    snapshot.villageCode = villageCode;
    snapshot.serial = static_cast<quint64>(rows.int64(0, 0));
    snapshot.label = rows.text(0, 1);
    snapshot.fileName = rows.text(0, 2);
    snapshot.csvSha256 = rows.bytes(0, 3);
    snapshot.issuedAt = rows.text(0, 4);
    snapshot.csv = rows.bytes(0, 5);
    return std::optional<HubSnapshot>(std::move(snapshot));
}

Result<void> PostgresHubRepository::noteRefusal(const QByteArray &fileSha256,
                                                const QByteArray &deviceKeyId,
                                                const QString &reason,
                                                const QString &at)
{
    Params params;
    params.bytes(fileSha256);
    if (deviceKeyId.isEmpty()) {
        params.nullBytes();
    } else {
        params.bytes(deviceKeyId);
    }
    params.text(reason).text(at);
    VERDES_TRY(
        m_db->exec("note refusal",
                   "INSERT INTO refusals (file_sha256, device_key_id, reason, at) VALUES ($1, $2, $3, $4)",
                   params));
    if (!deviceKeyId.isEmpty()) {
        VERDES_TRY(m_db->exec("last contact",
                              "UPDATE devices SET last_contact = $1 WHERE key_id = $2",
                              Params().text(at).bytes(deviceKeyId)));
    }
    return {};
}

Result<HubCounts> PostgresHubRepository::counts()
{
    VERDES_TRY_ASSIGN(rows,
                      m_db->exec("counts",
                                 "SELECT (SELECT count(*) FROM devices), "
                                 "(SELECT count(*) FROM devices WHERE revoked_at IS NOT NULL), "
                                 "(SELECT count(*) FROM batches), (SELECT count(*) FROM batch_items), "
                                 "(SELECT count(*) FROM refusals), (SELECT count(*) FROM reviewers), "
                                 "(SELECT count(*) FROM reviewers WHERE revoked_at IS NOT NULL)"));
    HubCounts c;
    c.devices = rows.int64(0, 0);
    c.revoked = rows.int64(0, 1);
    c.batches = rows.int64(0, 2);
    c.items = rows.int64(0, 3);
    c.refusals = rows.int64(0, 4);
    c.reviewers = rows.int64(0, 5);
    c.revokedReviewers = rows.int64(0, 6);
    return c;
}

Result<std::optional<QList<std::optional<HubClaim>>>>
PostgresHubRepository::applyClaims(const QByteArray &reviewerKeyId,
                                   quint64 sequence,
                                   const QList<sync::ClaimItem> &items,
                                   const QString &until,
                                   const QString &now)
{
    using Claims = QList<std::optional<HubClaim>>;
    Transaction tx(*m_db);
    VERDES_TRY(tx.begin());
    // The key's row, locked until the commit, and moved on only when the sequence is above it: a second
    // process with the same request waits, then finds nothing to move on.
    VERDES_TRY_ASSIGN(recorded,
                      m_db->exec("claim sequence",
                                 "INSERT INTO review_claim_sequences (reviewer_key_id, last_sequence) "
                                 "VALUES ($1, $2) ON CONFLICT (reviewer_key_id) DO UPDATE "
                                 "SET last_sequence = excluded.last_sequence "
                                 "WHERE review_claim_sequences.last_sequence < excluded.last_sequence "
                                 "RETURNING last_sequence",
                                 Params().bytes(reviewerKeyId).int64(static_cast<qint64>(sequence))));
    if (recorded.count() == 0) {
        return std::optional<Claims>();
    }
    for (const sync::ClaimItem &item : items) {
        if (until.isEmpty()) {
            VERDES_TRY(m_db->exec(
                "release claim",
                "DELETE FROM review_claims WHERE batch_id = $1 AND position = $2 "
                "AND reviewer_key_id = $3",
                Params().bytes(item.batchId).int64(static_cast<qint64>(item.position)).bytes(reviewerKeyId)));
        } else {
            VERDES_TRY(m_db->exec(
                "take claim",
                "INSERT INTO review_claims (batch_id, position, reviewer_key_id, held_until, claimed_at) "
                "VALUES ($1, $2, $3, $4, $5) ON CONFLICT (batch_id, position) DO UPDATE "
                "SET reviewer_key_id = excluded.reviewer_key_id, held_until = excluded.held_until, "
                "claimed_at = excluded.claimed_at WHERE review_claims.reviewer_key_id = "
                "excluded.reviewer_key_id "
                "OR review_claims.held_until <= excluded.claimed_at",
                Params()
                    .bytes(item.batchId)
                    .int64(static_cast<qint64>(item.position))
                    .bytes(reviewerKeyId)
                    .text(until)
                    .text(now)));
        }
    }
    Claims claims;
    claims.reserve(items.size());
    for (const sync::ClaimItem &item : items) {
        VERDES_TRY_ASSIGN(claim, claimOn(item.batchId, item.position));
        claims.append(claim);
    }
    VERDES_TRY(tx.commit());
    return std::optional<Claims>(std::move(claims));
}

Result<std::optional<HubClaim>> PostgresHubRepository::claimOn(const QByteArray &batchId, quint32 position)
{
    VERDES_TRY_ASSIGN(rows,
                      m_db->exec("claim",
                                 "SELECT reviewer_key_id, held_until, claimed_at FROM review_claims "
                                 "WHERE batch_id = $1 AND position = $2",
                                 Params().bytes(batchId).int64(static_cast<qint64>(position))));
    if (rows.count() == 0) {
        return std::optional<HubClaim>();
    }
    return std::optional<HubClaim>(
        HubClaim{{batchId, position}, rows.bytes(0, 0), rows.text(0, 1), rows.text(0, 2)});
}

Result<void>
PostgresHubRepository::endClaim(const QByteArray &batchId, quint32 position, const QByteArray &reviewerKeyId)
{
    VERDES_TRY(
        m_db->exec("end claim",
                   "DELETE FROM review_claims WHERE batch_id = $1 AND position = $2 AND reviewer_key_id = $3",
                   Params().bytes(batchId).int64(static_cast<qint64>(position)).bytes(reviewerKeyId)));
    return {};
}

} // namespace verdes::hub
