// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"
#include "models/core/SecureBytes.h"

#include <QByteArray>
#include <QString>

#include <optional>

struct sqlite3_stmt;

namespace verdes {

class Database;

// A prepared statement, short-lived: prepares in its constructor (or takes the one its connection kept
// for the same SQL), gives it back to the connection reset in its destructor (finalizes it when it
// bound or read a secret) and refuses a string holding more than one statement. Parameters are named
// (":household_id") or numbered from 1. SQL text is always a literal of ours, never assembled from user text.
//
//     Statement st(db, uR"(SELECT name FROM members WHERE household_id = :id)");
//     VERDES_TRY(st.status());
//     st.bind(u":id", id);
//     while (true) {
//         auto row = st.step();
//         if (!row) return row.error();
//         if (!*row) break;
//         names << st.text(0);
//     }
class Statement final
{
public:
    Statement(Database &db, QStringView sql);
    ~Statement();
    Q_DISABLE_COPY_MOVE(Statement)

    // Whether preparing succeeded, with the error if not.
    Result<void> status() const;

    // Binding; a name that does not exist in the statement is a programmer error (asserted).
    void bind(QStringView name, QStringView text);

    void bind(QStringView name, const QString &text) { bind(name, QStringView(text)); }

    void bind(QStringView name, qint64 value);

    void bind(QStringView name, int value) { bind(name, qint64(value)); }

    void bind(QStringView name, double value);
    void bind(QStringView name, const QByteArray &blob);
    // A secret as a blob, read straight from secure memory (no QByteArray copy). `secret` must
    // outlive the statement's execution.
    void bindSecret(QStringView name, const SecureBytes &secret);
    // The same as UTF-8 text (for SQLCipher's key literals).
    void bindSecretText(QStringView name, const SecureBytes &secret);
    void bind(QStringView name, std::optional<qint64> value);
    void bindNull(QStringView name);
    // Empty text binds NULL: in the registry "empty" means "not recorded".
    void bindTextOrNull(QStringView name, QStringView text);

    void bindAt(int index, QStringView text);
    void bindAt(int index, qint64 value);
    void bindAt(int index, double value);
    void bindAt(int index, const QByteArray &blob);
    void bindNullAt(int index);
    void bindTextOrNullAt(int index, QStringView text);
    int parameterIndex(QStringView name) const;
    int parameterCount() const;

    // Runs one step: true when a row is ready, false when done.
    Result<bool> step();
    // Runs a statement that returns no rows to completion.
    Result<void> run();
    // Resets for another execution with new bindings (bindings are cleared).
    void reset();

    int columnCount() const;
    bool isNull(int column) const;
    QString text(int column) const;
    qint64 int64(int column) const;
    double real(int column) const;
    QByteArray blob(int column) const;
    // A blob column copied straight into secure memory (a secret key).
    SecureBytes secureBlob(int column) const;
    std::optional<qint64> optionalInt(int column) const;
    QString columnName(int column) const;

private:
    Database &m_db;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_sql; // empty when the statement is not to be kept
    // It bound or read a secret: finalized, never kept for another use.
    mutable bool m_touchedSecret = false;
    int m_prepareCode = 0;
    QString m_prepareMessage;
};

} // namespace verdes
