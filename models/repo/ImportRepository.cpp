// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/repo/ImportRepository.h"

#include "models/vault/Database.h"
#include "models/vault/Statement.h"

namespace verdes {

namespace {

// The figures begin() and finish() both write, bound from parameter `first` on, in this order.
void bindFigures(Statement &st, int first, const ImportRecord &record)
{
    int index = first;
    st.bindAt(index++, QStringView(record.sourceSha256));
    st.bindAt(index++, QStringView(record.finishedAt));
    for (const qint64 figure : {record.rowsRead,
                                record.rowsSkipped,
                                record.warnings,
                                record.householdsAdded,
                                record.householdsChanged,
                                record.householdsUnchanged,
                                record.householdsMissing,
                                record.membersAdded,
                                record.membersChanged,
                                record.membersUnchanged,
                                record.membersMissing}) {
        st.bindAt(index++, figure);
    }
}

} // namespace

ImportRepository::ImportRepository(Database &db)
    : m_db(db)
{}

ImportRepository::~ImportRepository() = default;

Result<qint64> ImportRepository::begin(const ImportRecord &record)
{
    Statement st(
        m_db,
        u"INSERT INTO imports (kind, source_name, officer_id, started_at, source_sha256, finished_at, "
        u"rows_read, rows_skipped, warnings, households_added, households_changed, "
        u"households_unchanged, households_missing, members_added, members_changed, "
        u"members_unchanged, members_missing) "
        u"VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)");
    VERDES_TRY(st.status());
    st.bindAt(1, record.demo ? QStringView(u"demo") : QStringView(u"snapshot"));
    st.bindAt(2, QStringView(record.sourceName));
    st.bindTextOrNullAt(3, record.officerId);
    st.bindAt(4, QStringView(record.startedAt));
    bindFigures(st, 5, record);
    VERDES_TRY(st.run());
    return m_db.lastInsertRowId();
}

Result<void> ImportRepository::finish(const ImportRecord &record)
{
    Statement st(
        m_db,
        u"UPDATE imports SET source_sha256 = ?2, finished_at = ?3, rows_read = ?4, rows_skipped = ?5, "
        u"warnings = ?6, households_added = ?7, households_changed = ?8, households_unchanged = ?9, "
        u"households_missing = ?10, members_added = ?11, members_changed = ?12, "
        u"members_unchanged = ?13, members_missing = ?14 WHERE import_id = ?1");
    VERDES_TRY(st.status());
    st.bindAt(1, record.importId);
    bindFigures(st, 2, record);
    return st.run();
}

Result<void> ImportRepository::addRejectedRow(qint64 importId, const RejectedRow &row)
{
    if (!m_insertRejected) {
        m_insertRejected = std::make_unique<Statement>(
            m_db, u"INSERT INTO rejected_rows (import_id, line, reason, raw) VALUES (?1, ?2, ?3, ?4)");
    }
    Statement &st = *m_insertRejected;
    VERDES_TRY(st.status());
    st.reset();
    st.bindAt(1, importId);
    st.bindAt(2, row.line);
    st.bindAt(3, QStringView(row.reason));
    st.bindAt(4, QStringView(row.raw));
    return st.run();
}

Result<std::optional<ImportRecord>> ImportRepository::import(qint64 importId)
{
    Statement st(
        m_db,
        u"SELECT kind, source_name, coalesce(officer_id, ''), started_at, source_sha256, finished_at, "
        u"rows_read, rows_skipped, warnings, households_added, households_changed, "
        u"households_unchanged, households_missing, members_added, members_changed, "
        u"members_unchanged, members_missing FROM imports WHERE import_id = ?1");
    VERDES_TRY(st.status());
    st.bindAt(1, importId);
    VERDES_TRY_ASSIGN(found, st.step());
    if (!found) {
        return std::optional<ImportRecord>();
    }
    ImportRecord record;
    record.importId = importId;
    record.demo = st.text(0) == QLatin1String("demo");
    record.sourceName = st.text(1);
    record.officerId = st.text(2);
    record.startedAt = st.text(3);
    record.sourceSha256 = st.text(4);
    record.finishedAt = st.text(5);
    int column = 6;
    for (qint64 *figure : {&record.rowsRead,
                           &record.rowsSkipped,
                           &record.warnings,
                           &record.householdsAdded,
                           &record.householdsChanged,
                           &record.householdsUnchanged,
                           &record.householdsMissing,
                           &record.membersAdded,
                           &record.membersChanged,
                           &record.membersUnchanged,
                           &record.membersMissing}) {
        *figure = st.int64(column++);
    }
    return std::optional<ImportRecord>(std::move(record));
}

Result<QList<RejectedRow>> ImportRepository::rejectedRows(qint64 importId)
{
    Statement st(m_db, u"SELECT line, reason, raw FROM rejected_rows WHERE import_id = ?1 ORDER BY line");
    VERDES_TRY(st.status());
    st.bindAt(1, importId);
    QList<RejectedRow> rows;
    while (true) {
        VERDES_TRY_ASSIGN(more, st.step());
        if (!more) {
            break;
        }
        rows << RejectedRow{st.int64(0), st.text(1), st.text(2)};
    }
    return rows;
}

Result<QString> ImportRepository::lastFinishedAt()
{
    return m_db.queryText(u"SELECT coalesce(max(finished_at), '') FROM imports");
}

Result<quint64> ImportRepository::lastSignedSnapshotSerial()
{
    VERDES_TRY_ASSIGN(
        text,
        m_db.queryText(
            u"SELECT coalesce((SELECT value FROM vault_meta WHERE key = 'snapshot_serial'), '0')"));
    bool ok = false;
    const quint64 serial = text.toULongLong(&ok);
    if (!ok) {
        return Error(ErrorCode::VaultDamaged, {}, QStringLiteral("snapshot_serial is not a number"));
    }
    return serial;
}

Result<void> ImportRepository::recordSignedSnapshot(qint64 importId, const SignedSnapshotRecord &record)
{
    const QList<std::pair<QString, QString>> values = {
        {QStringLiteral("snapshot_serial"), QString::number(record.serial)},
        {QStringLiteral("snapshot_label"), record.label},
        {QStringLiteral("snapshot_hub_id"), record.hubId},
        {QStringLiteral("snapshot_sha256"), record.csvSha256.toLower()},
        {QStringLiteral("snapshot_import_id"), QString::number(importId)},
    };
    Statement st(m_db, u"INSERT OR REPLACE INTO vault_meta (key, value) VALUES (:key, :value)");
    VERDES_TRY(st.status());
    for (const auto &[key, value] : values) {
        st.reset();
        st.bind(u":key", key);
        st.bind(u":value", value);
        VERDES_TRY(st.run());
    }
    return {};
}

} // namespace verdes
