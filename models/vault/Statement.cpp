// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/vault/Statement.h"

#include "models/vault/Database.h"

#include <sqlite3.h>

namespace verdes {

namespace {

// Whether the rest of a prepared string holds anything but spaces and comments.
bool hasMoreSql(const char16_t *tail, const char16_t *end)
{
    const char16_t *p = tail;
    while (p < end) {
        if (*p == u' ' || *p == u'\t' || *p == u'\n' || *p == u'\r' || *p == u';') {
            ++p;
        } else if (*p == u'-' && p + 1 < end && p[1] == u'-') {
            while (p < end && *p != u'\n') {
                ++p;
            }
        } else if (*p == u'/' && p + 1 < end && p[1] == u'*') {
            p += 2;
            while (p + 1 < end && !(p[0] == u'*' && p[1] == u'/')) {
                ++p;
            }
            p += 2;
        } else {
            return true;
        }
    }
    return false;
}

} // namespace

Statement::Statement(Database &db, QStringView sql)
    : m_db(db)
{
    m_stmt = db.takePrepared(sql, m_sql);
    if (m_stmt != nullptr) {
        return;
    }
    const auto *begin = reinterpret_cast<const char16_t *>(sql.utf16());
    const void *tail = nullptr;
    m_prepareCode = sqlite3_prepare16_v3(
        db.handle(), begin, static_cast<int>(sql.size() * 2), SQLITE_PREPARE_PERSISTENT, &m_stmt, &tail);
    if (m_prepareCode != SQLITE_OK) {
        m_prepareMessage = QString::fromUtf8(sqlite3_errmsg(db.handle()));
        return;
    }
    if (tail != nullptr && hasMoreSql(static_cast<const char16_t *>(tail), begin + sql.size())) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
        m_prepareCode = SQLITE_MISUSE;
        m_prepareMessage = QStringLiteral("several statements in one Statement");
        return;
    }
    m_sql = sql.toString();
}

Statement::~Statement()
{
    if (m_stmt == nullptr) {
        return;
    }
    if (m_sql.isEmpty() || m_touchedSecret) {
        sqlite3_finalize(m_stmt);
        return;
    }
    // Reset, it holds no lock and no value: the connection keeps it for the next use of its SQL.
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_db.keepPrepared(std::move(m_sql), m_stmt);
}

Result<void> Statement::status() const
{
    if (m_prepareCode != SQLITE_OK) {
        return sqliteError(m_prepareCode, m_db.path(), u"prepare", m_prepareMessage);
    }
    return {};
}

int Statement::parameterIndex(QStringView name) const
{
    const QByteArray utf8 = name.toUtf8();
    const int index = sqlite3_bind_parameter_index(m_stmt, utf8.constData());
    Q_ASSERT_X(index > 0, "Statement::bind", "no such parameter in the statement");
    return index;
}

int Statement::parameterCount() const
{
    return sqlite3_bind_parameter_count(m_stmt);
}

void Statement::bind(QStringView name, QStringView text)
{
    bindAt(parameterIndex(name), text);
}

void Statement::bind(QStringView name, qint64 value)
{
    bindAt(parameterIndex(name), value);
}

void Statement::bind(QStringView name, double value)
{
    bindAt(parameterIndex(name), value);
}

void Statement::bind(QStringView name, const QByteArray &blob)
{
    bindAt(parameterIndex(name), blob);
}

void Statement::bind(QStringView name, std::optional<qint64> value)
{
    if (value) {
        bindAt(parameterIndex(name), *value);
    } else {
        bindNullAt(parameterIndex(name));
    }
}

void Statement::bindNull(QStringView name)
{
    bindNullAt(parameterIndex(name));
}

void Statement::bindTextOrNull(QStringView name, QStringView text)
{
    bindTextOrNullAt(parameterIndex(name), text);
}

void Statement::bindAt(int index, QStringView text)
{
    // A null QStringView has no data pointer; SQLite reads a null pointer as NULL, so pass "".
    const void *data = text.isNull() ? u"" : static_cast<const void *>(text.utf16());
    sqlite3_bind_text16(m_stmt, index, data, static_cast<int>(text.size() * 2), SQLITE_TRANSIENT);
}

void Statement::bindAt(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

void Statement::bindAt(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
}

void Statement::bindAt(int index, const QByteArray &blob)
{
    sqlite3_bind_blob64(
        m_stmt, index, blob.constData(), static_cast<sqlite3_uint64>(blob.size()), SQLITE_TRANSIENT);
}

void Statement::bindSecret(QStringView name, const SecureBytes &secret)
{
    m_touchedSecret = true;
    sqlite3_bind_blob64(m_stmt,
                        parameterIndex(name),
                        secret.data(),
                        static_cast<sqlite3_uint64>(secret.size()),
                        SQLITE_STATIC); // NOLINT(cppcoreguidelines-pro-type-cstyle-cast)
}

void Statement::bindSecretText(QStringView name, const SecureBytes &secret)
{
    m_touchedSecret = true;
    sqlite3_bind_text64(m_stmt,
                        parameterIndex(name),
                        reinterpret_cast<const char *>(secret.data()), // NOLINT
                        static_cast<sqlite3_uint64>(secret.size()),
                        SQLITE_STATIC, // NOLINT(cppcoreguidelines-pro-type-cstyle-cast)
                        SQLITE_UTF8);
}

void Statement::bindNullAt(int index)
{
    sqlite3_bind_null(m_stmt, index);
}

void Statement::bindTextOrNullAt(int index, QStringView text)
{
    if (text.isEmpty()) {
        bindNullAt(index);
    } else {
        bindAt(index, text);
    }
}

Result<bool> Statement::step()
{
    Q_ASSERT(m_stmt != nullptr);
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        return true;
    }
    if (rc == SQLITE_DONE) {
        return false;
    }
    return m_db.errorFor(rc, u"step");
}

Result<void> Statement::run()
{
    while (true) {
        auto row = step();
        if (!row) {
            return row.error();
        }
        if (!*row) {
            return {};
        }
    }
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

QString Statement::text(int column) const
{
    const void *data = sqlite3_column_text16(m_stmt, column);
    if (data == nullptr) {
        return {};
    }
    const int bytes = sqlite3_column_bytes16(m_stmt, column);
    return QString(static_cast<const QChar *>(data), bytes / 2);
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QByteArray Statement::blob(int column) const
{
    const void *data = sqlite3_column_blob(m_stmt, column);
    const int bytes = sqlite3_column_bytes(m_stmt, column);
    return data != nullptr ? QByteArray(static_cast<const char *>(data), bytes) : QByteArray();
}

SecureBytes Statement::secureBlob(int column) const
{
    m_touchedSecret = true;
    const void *data = sqlite3_column_blob(m_stmt, column);
    const int bytes = sqlite3_column_bytes(m_stmt, column);
    if (data == nullptr || bytes <= 0) {
        return {};
    }
    return SecureBytes::copyOf({static_cast<const unsigned char *>(data), static_cast<std::size_t>(bytes)});
}

std::optional<qint64> Statement::optionalInt(int column) const
{
    if (isNull(column)) {
        return std::nullopt;
    }
    return int64(column);
}

QString Statement::columnName(int column) const
{
    return QString::fromUtf8(sqlite3_column_name(m_stmt, column));
}

} // namespace verdes
