// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace verdes::test {

// A throw-away PostgreSQL 15 for the hub's tests, from Debian's packages (postgresql-15): a new
// cluster in a temporary folder, reached only through a Unix socket in that folder (no TCP), with
// fsync off (verdes-bench asks for the durable settings a production server keeps), and stopped
// (pg_ctl stop -m immediate) when this object goes. The server is a child of
// the test process and gets SIGQUIT if the test dies first, so nothing is left running.
//
// initdb and postgres refuse to run as root, and CI runs as root: then they run as `nobody`, the
// folder is given to that user, and the tests connect over the socket as the cluster's superuser
// `verdes`, which the cluster trusts (it is reachable by nobody else: the folder is 0700).
class PostgresServer final
{
public:
    // Where the server's programs are; VERDES_POSTGRES_BIN overrides it.
    static QString programFolder();
    // Whether the programs are there (postgresql-15 installed).
    static bool isInstalled();
    enum class Durability : quint8
    {
        Off, // fsync, synchronous_commit and full_page_writes off: fast, for the tests
        On,  // PostgreSQL's defaults: every commit waits for the disk, as a production hub's
    };

    // Makes the cluster and starts the server: FileNotFound when PostgreSQL is not installed.
    static Result<std::unique_ptr<PostgresServer>> start(Durability durability = Durability::Off);
    ~PostgresServer();
    PostgresServer(const PostgresServer &) = delete;
    PostgresServer &operator=(const PostgresServer &) = delete;
    PostgresServer(PostgresServer &&) = delete;
    PostgresServer &operator=(PostgresServer &&) = delete;

    // A new, empty database, by name.
    Result<QString> createDatabase();
    // The libpq URI of a database of this server.
    QString uri(const QString &database) const;
    // The first column of the first row of one statement, in binary form (bytea raw): for checks of
    // what the database holds.
    Result<QByteArray> queryValue(const QString &database, const QString &sql) const;

private:
    PostgresServer();
    // The command line that runs `program` as the cluster's owner (nobody, when we are root).
    QStringList asOwner(const QString &program, const QStringList &arguments) const;
    Result<void> runToEnd(const QString &program, const QStringList &arguments, int timeoutMs);
    Result<void> waitUntilReady();

    // POSIX (PostgresServer_posix.cpp).
    static bool isRoot();
    static Result<void> giveToNobody(const QString &path);

    QTemporaryDir m_dir;
    QProcess m_server;
    bool m_asNobody = false;
    int m_databases = 0;
};

} // namespace verdes::test
