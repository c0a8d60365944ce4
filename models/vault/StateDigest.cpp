// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/vault/StateDigest.h"

#include "models/core/Log.h"
#include "models/core/Sodium.h"
#include "models/vault/Database.h"
#include "models/vault/Statement.h"

#include <QtEndian>

#include <sodium.h>
#include <sqlite3.h>

#include <array>
#include <cstring>
#include <map>

namespace verdes {

namespace {

using Lanes = std::array<quint16, StateDigest::kLanes>;
constexpr int kDigestBytes = StateDigest::kLanes * 2;

// Tables never covered: the audit trail (its entries carry the state hash: covering it would make
// each entry change the state it records), the digests themselves, and the `transient_` tables of
// bookkeeping that changes without an audit entry (the outbox's retry timing).
bool isExcludedTable(const QString &name)
{
    return name == u"audit_log" || name == u"state_digest" || name.startsWith(u"sqlite_")
           || name.startsWith(u"transient_");
}

// Identifiers and literals made from the schema's own table and column names (never user text).
QString quoted(const QString &identifier)
{
    QString copy = identifier;
    return u'"' + copy.replace(u'"', QStringLiteral("\"\"")) + u'"';
}

QString literal(const QString &text)
{
    QString copy = text;
    return u'\'' + copy.replace(u'\'', QStringLiteral("''")) + u'\'';
}

void feed(crypto_generichash_state &state, const void *data, std::size_t size)
{
    crypto_generichash_update(&state, static_cast<const unsigned char *>(data), size);
}

void feedLength(crypto_generichash_state &state, std::size_t size)
{
    const auto length = qToBigEndian(static_cast<quint32>(size));
    feed(state, &length, sizeof length);
}

// The row's vector: BLAKE2b over the table name and the typed values, stretched with ChaCha20.
void rowLanes(Lanes &out, int argc, sqlite3_value **argv)
{
    ensureSodium();
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, crypto_stream_chacha20_ietf_KEYBYTES);
    static constexpr char kDomain[] = "verdes-row-v1";
    feed(state, kDomain, sizeof kDomain);
    feedLength(state, static_cast<std::size_t>(argc));
    for (int i = 0; i < argc; ++i) {
        sqlite3_value *value = argv[i]; // NOLINT(cppcoreguidelines-pro-bounds-pointer-arithmetic)
        switch (sqlite3_value_type(value)) {
        case SQLITE_INTEGER: {
            const auto v = qToBigEndian(static_cast<quint64>(sqlite3_value_int64(value)));
            feed(state, "I", 1);
            feed(state, &v, sizeof v);
            break;
        }
        case SQLITE_FLOAT: {
            const double d = sqlite3_value_double(value);
            quint64 bits = 0;
            std::memcpy(&bits, &d, sizeof bits);
            bits = qToBigEndian(bits);
            feed(state, "F", 1);
            feed(state, &bits, sizeof bits);
            break;
        }
        case SQLITE_TEXT: {
            const unsigned char *text = sqlite3_value_text(value);
            const auto size = static_cast<std::size_t>(sqlite3_value_bytes(value));
            feed(state, "T", 1);
            feedLength(state, size);
            feed(state, text, size);
            break;
        }
        case SQLITE_BLOB: {
            const void *blob = sqlite3_value_blob(value);
            const auto size = static_cast<std::size_t>(sqlite3_value_bytes(value));
            feed(state, "B", 1);
            feedLength(state, size);
            if (size > 0) {
                feed(state, blob, size);
            }
            break;
        }
        default:
            feed(state, "N", 1);
            break;
        }
    }
    std::array<unsigned char, crypto_stream_chacha20_ietf_KEYBYTES> seed{};
    crypto_generichash_final(&state, seed.data(), seed.size());
    static constexpr std::array<unsigned char, crypto_stream_chacha20_ietf_NONCEBYTES> kNonce{};
    std::array<unsigned char, kDigestBytes> stream{};
    crypto_stream_chacha20_ietf(stream.data(), stream.size(), kNonce.data(), seed.data());
    for (int lane = 0; lane < StateDigest::kLanes; ++lane) {
        out[static_cast<std::size_t>(lane)] =
            qFromLittleEndian<quint16>(stream.data() + std::ptrdiff_t{2} * lane);
    }
    sodium_memzero(seed.data(), seed.size());
}

void readLanes(Lanes &out, sqlite3_value *value)
{
    out.fill(0);
    if (sqlite3_value_type(value) != SQLITE_BLOB || sqlite3_value_bytes(value) != kDigestBytes) {
        return; // NULL (a new table) is the empty sum
    }
    const auto *bytes = static_cast<const unsigned char *>(sqlite3_value_blob(value));
    for (int lane = 0; lane < StateDigest::kLanes; ++lane) {
        out[static_cast<std::size_t>(lane)] = qFromLittleEndian<quint16>(bytes + std::ptrdiff_t{2} * lane);
    }
}

void resultLanes(sqlite3_context *context, const Lanes &lanes)
{
    std::array<unsigned char, kDigestBytes> bytes{};
    for (int lane = 0; lane < StateDigest::kLanes; ++lane) {
        qToLittleEndian<quint16>(lanes[static_cast<std::size_t>(lane)],
                                 bytes.data() + std::ptrdiff_t{2} * lane);
    }
    sqlite3_result_blob(context, bytes.data(), kDigestBytes, SQLITE_TRANSIENT); // NOLINT
}

// verdes_digest_add(digest, table, values…) and _sub: the digest with one row added or taken away.
template <bool Add>
void digestChange(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    if (argc < 2) {
        sqlite3_result_error(context, "verdes_digest needs a digest and a table name", -1);
        return;
    }
    Lanes digest{};
    readLanes(digest, argv[0]);
    Lanes row{};
    rowLanes(row, argc - 1, argv + 1); // NOLINT(cppcoreguidelines-pro-bounds-pointer-arithmetic)
    for (std::size_t lane = 0; lane < digest.size(); ++lane) {
        digest[lane] = static_cast<quint16>(Add ? digest[lane] + row[lane] : digest[lane] - row[lane]);
    }
    resultLanes(context, digest);
}

void digestSumStep(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    auto *sum = static_cast<Lanes *>(sqlite3_aggregate_context(context, sizeof(Lanes)));
    if (sum == nullptr) {
        sqlite3_result_error_nomem(context);
        return;
    }
    Lanes row{};
    rowLanes(row, argc, argv);
    for (std::size_t lane = 0; lane < sum->size(); ++lane) {
        (*sum)[lane] = static_cast<quint16>((*sum)[lane] + row[lane]);
    }
}

void digestSumFinal(sqlite3_context *context)
{
    auto *sum = static_cast<Lanes *>(sqlite3_aggregate_context(context, 0));
    if (sum == nullptr) {
        resultLanes(context, Lanes{}); // no rows
        return;
    }
    resultLanes(context, *sum);
}

struct TableDigest
{
    QByteArray digest;
    qint64 rows = 0;
};

Result<QStringList> columnsOf(Database &db, const QString &table)
{
    Statement st(db, u"SELECT name FROM pragma_table_info(:table) ORDER BY cid");
    VERDES_TRY(st.status());
    st.bind(u":table", table);
    QStringList columns;
    for (;;) {
        VERDES_TRY_ASSIGN(row, st.step());
        if (!row) {
            break;
        }
        columns << st.text(0);
    }
    return columns;
}

QString valueList(const QString &prefix, const QStringList &columns)
{
    QStringList values;
    for (const QString &column : columns) {
        values << prefix + quoted(column);
    }
    return values.join(QStringLiteral(", "));
}

// The hash's state after its domain and the schema's rows: the same for as long as the schema is,
// so it is kept on the connection (Database::schemaMemo) and only copied for each state hash.
Result<crypto_generichash_state> schemaState(Database &db)
{
    VERDES_TRY_ASSIGN(version, db.queryInt(u"PRAGMA schema_version"));
    crypto_generichash_state state;
    Database::SchemaMemo &memo = db.schemaMemo();
    if (memo.version == version && memo.bytes.size() == qsizetype{sizeof state}) {
        std::memcpy(&state, memo.bytes.constData(), sizeof state);
        return state;
    }
    ensureSodium();
    crypto_generichash_init(&state, nullptr, 0, crypto_generichash_BYTES);
    static constexpr char kDomain[] = "verdes-state-v1";
    feed(state, kDomain, sizeof kDomain);
    Statement schema(db,
                     u"SELECT type, name, coalesce(sql, '') FROM sqlite_schema "
                     u"WHERE name NOT LIKE 'sqlite!_%' ESCAPE '!' ORDER BY type, name");
    VERDES_TRY(schema.status());
    for (;;) {
        VERDES_TRY_ASSIGN(row, schema.step());
        if (!row) {
            break;
        }
        for (int column = 0; column < 3; ++column) {
            const QByteArray text = schema.text(column).toUtf8();
            feedLength(state, static_cast<std::size_t>(text.size()));
            feed(state, text.constData(), static_cast<std::size_t>(text.size()));
        }
    }
    memo.version = version;
    memo.bytes = QByteArray(reinterpret_cast<const char *>(&state), sizeof state); // NOLINT
    return state;
}

// BLAKE2b-256 over the schema and each table's digest and row count, in name order.
Result<QByteArray> stateHashOf(Database &db, const std::map<QString, TableDigest> &tables)
{
    VERDES_TRY_ASSIGN(state, schemaState(db));
    feed(state, "\0", 1);
    for (const auto &[name, table] : tables) {
        const QByteArray utf8 = name.toUtf8();
        feedLength(state, static_cast<std::size_t>(utf8.size()));
        feed(state, utf8.constData(), static_cast<std::size_t>(utf8.size()));
        const auto rows = qToBigEndian(static_cast<quint64>(table.rows));
        feed(state, &rows, sizeof rows);
        feedLength(state, static_cast<std::size_t>(table.digest.size()));
        feed(state, table.digest.constData(), static_cast<std::size_t>(table.digest.size()));
    }
    QByteArray hash(crypto_generichash_BYTES, Qt::Uninitialized);
    crypto_generichash_final(&state,
                             reinterpret_cast<unsigned char *>(hash.data()),
                             static_cast<std::size_t>(hash.size())); // NOLINT
    return hash;
}

Result<std::map<QString, TableDigest>> runningDigests(Database &db)
{
    Statement st(db, u"SELECT table_name, digest, row_count FROM state_digest");
    VERDES_TRY(st.status());
    std::map<QString, TableDigest> tables;
    for (;;) {
        VERDES_TRY_ASSIGN(row, st.step());
        if (!row) {
            break;
        }
        tables[st.text(0)] = TableDigest{st.blob(1), st.int64(2)};
    }
    return tables;
}

Result<TableDigest> digestFromRows(Database &db, const QString &table)
{
    VERDES_TRY_ASSIGN(columns, columnsOf(db, table));
    Statement st(db,
                 QStringLiteral("SELECT verdes_digest_sum(%1, %2), count(*) FROM %3")
                     .arg(literal(table), valueList(QString(), columns), quoted(table)));
    VERDES_TRY(st.status());
    VERDES_TRY_ASSIGN(row, st.step());
    Q_ASSERT(row);
    return TableDigest{st.blob(0), st.int64(1)};
}

} // namespace

Result<void> StateDigest::registerFunctions(Database &db)
{
    constexpr int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
    sqlite3 *handle = db.handle();
    int rc = sqlite3_create_function_v2(
        handle, "verdes_digest_add", -1, flags, nullptr, &digestChange<true>, nullptr, nullptr, nullptr);
    if (rc == SQLITE_OK) {
        rc = sqlite3_create_function_v2(
            handle, "verdes_digest_sub", -1, flags, nullptr, &digestChange<false>, nullptr, nullptr, nullptr);
    }
    if (rc == SQLITE_OK) {
        rc = sqlite3_create_function_v2(handle,
                                        "verdes_digest_sum",
                                        -1,
                                        flags,
                                        nullptr,
                                        nullptr,
                                        &digestSumStep,
                                        &digestSumFinal,
                                        nullptr);
    }
    if (rc != SQLITE_OK) {
        return db.errorFor(rc, u"register digest functions");
    }
    return {};
}

Result<QStringList> StateDigest::coveredTables(Database &db)
{
    // Virtual tables and their shadow tables (`<name>_data`, `_idx`, …) are the full-text index.
    Statement virtuals(db,
                       u"SELECT name FROM sqlite_schema WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL%'");
    VERDES_TRY(virtuals.status());
    QStringList virtualNames;
    for (;;) {
        VERDES_TRY_ASSIGN(row, virtuals.step());
        if (!row) {
            break;
        }
        virtualNames << virtuals.text(0);
    }
    Statement st(db, u"SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name");
    VERDES_TRY(st.status());
    QStringList tables;
    for (;;) {
        VERDES_TRY_ASSIGN(row, st.step());
        if (!row) {
            break;
        }
        const QString name = st.text(0);
        const bool shadow = std::any_of(virtualNames.cbegin(), virtualNames.cend(), [&](const QString &v) {
            return name == v || name.startsWith(v + u'_');
        });
        if (!shadow && !isExcludedTable(name)) {
            tables << name;
        }
    }
    return tables;
}

namespace {

QString triggerName(const QString &table, const char *event)
{
    return quoted(QStringLiteral("digest_") + table + QLatin1StringView(event));
}

Result<void> dropTriggers(Database &db, const QString &table)
{
    for (const char *event : {"_insert", "_update", "_delete"}) {
        VERDES_TRY(
            db.execute(QString(QStringLiteral("DROP TRIGGER IF EXISTS ") + triggerName(table, event))));
    }
    return {};
}

// The three triggers that keep a table's running digest current.
Result<void> writeTriggers(Database &db, const QString &table)
{
    VERDES_TRY(dropTriggers(db, table));
    VERDES_TRY_ASSIGN(columns, columnsOf(db, table));
    const QString name = quoted(table);
    const QString tableLiteral = literal(table);
    const QString where = QStringLiteral(" WHERE table_name = %1; END").arg(tableLiteral);
    const QString newValues = valueList(QStringLiteral("NEW."), columns);
    const QString oldValues = valueList(QStringLiteral("OLD."), columns);
    VERDES_TRY(db.execute(
        QString(QStringLiteral("CREATE TRIGGER %1 AFTER INSERT ON %2 BEGIN UPDATE state_digest SET "
                               "digest = verdes_digest_add(digest, %3, %4), row_count = row_count "
                               "+ 1")
                    .arg(triggerName(table, "_insert"), name, tableLiteral, newValues)
                + where)));
    VERDES_TRY(db.execute(
        QString(QStringLiteral("CREATE TRIGGER %1 AFTER DELETE ON %2 BEGIN UPDATE state_digest SET "
                               "digest = verdes_digest_sub(digest, %3, %4), row_count = row_count "
                               "- 1")
                    .arg(triggerName(table, "_delete"), name, tableLiteral, oldValues)
                + where)));
    return db.execute(
        QString(QStringLiteral("CREATE TRIGGER %1 AFTER UPDATE ON %2 BEGIN UPDATE state_digest SET "
                               "digest = verdes_digest_add(verdes_digest_sub(digest, %3, %4), %3, "
                               "%5)")
                    .arg(triggerName(table, "_update"), name, tableLiteral, oldValues, newValues)
                + where));
}

} // namespace

Result<void> StateDigest::install(Database &db)
{
    VERDES_TRY_ASSIGN(tables, coveredTables(db));
    VERDES_TRY(db.execute(u"DELETE FROM state_digest"));
    for (const QString &table : tables) {
        VERDES_TRY(writeTriggers(db, table));
        VERDES_TRY_ASSIGN(fresh, digestFromRows(db, table));
        Statement insert(db, u"INSERT INTO state_digest (table_name, digest, row_count) VALUES (:t, :d, :n)");
        VERDES_TRY(insert.status());
        insert.bind(u":t", table);
        insert.bind(u":d", fresh.digest);
        insert.bind(u":n", fresh.rows);
        VERDES_TRY(insert.run());
    }
    qCInfo(lcVault) << "state digest installed over" << tables.size() << "tables";
    return {};
}

Result<void> StateDigest::suspendForBulkLoad(Database &db, const QStringList &tables)
{
    for (const QString &table : tables) {
        VERDES_TRY(dropTriggers(db, table));
    }
    return {};
}

Result<void> StateDigest::resumeAfterBulkLoad(Database &db, const QStringList &tables)
{
    for (const QString &table : tables) {
        VERDES_TRY(writeTriggers(db, table));
        VERDES_TRY_ASSIGN(fresh, digestFromRows(db, table));
        Statement update(db, u"UPDATE state_digest SET digest = :d, row_count = :n WHERE table_name = :t");
        VERDES_TRY(update.status());
        update.bind(u":t", table);
        update.bind(u":d", fresh.digest);
        update.bind(u":n", fresh.rows);
        VERDES_TRY(update.run());
        if (db.changes() != 1) {
            return Error(ErrorCode::Internal, {}, QStringLiteral("no running digest for %1").arg(table));
        }
    }
    return {};
}

Result<QByteArray> StateDigest::currentStateHash(Database &db)
{
    VERDES_TRY_ASSIGN(tables, runningDigests(db));
    return stateHashOf(db, tables);
}

Result<StateDigest::Recount> StateDigest::recount(Database &db, Progress &progress)
{
    VERDES_TRY_ASSIGN(running, runningDigests(db));
    VERDES_TRY_ASSIGN(tables, coveredTables(db));
    Recount result;
    std::map<QString, TableDigest> fresh;
    qint64 done = 0;
    for (const QString &table : tables) {
        VERDES_TRY_ASSIGN(digest, digestFromRows(db, table));
        const auto found = running.find(table);
        if (found == running.end()) {
            result.uncoveredTables << table;
        } else if (found->second.digest != digest.digest || found->second.rows != digest.rows) {
            result.driftedTables << table;
        }
        fresh[table] = std::move(digest);
        if (!progress.advance(++done, tables.size())) {
            return Error(ErrorCode::Cancelled, {}, QStringLiteral("state recount cancelled"));
        }
    }
    for (const auto &[name, digest] : running) {
        if (!fresh.contains(name)) {
            result.uncoveredTables << name;
        }
    }
    VERDES_TRY_ASSIGN(hash, stateHashOf(db, fresh));
    result.stateHash = std::move(hash);
    return result;
}

} // namespace verdes
