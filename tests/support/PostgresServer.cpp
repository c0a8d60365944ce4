// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/PostgresServer.h"

#include "sync/hub/PgHandle.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <algorithm>
#include <array>

namespace verdes::test {

namespace {

constexpr char kSuperuser[] = "verdes";
constexpr qint64 kStartMs = qint64{60} * 1000;

using ConnectionHandle = hub::PgConnection;
using ResultHandle = hub::PgResult;

Error failed(const QString &what, const QString &detail)
{
    return {ErrorCode::Internal, {}, QStringLiteral("test PostgreSQL: %1: %2").arg(what, detail.trimmed())};
}

} // namespace

QString PostgresServer::programFolder()
{
    const QString configured = qEnvironmentVariable("VERDES_POSTGRES_BIN");
    return configured.isEmpty() ? QStringLiteral("/usr/lib/postgresql/15/bin") : configured;
}

bool PostgresServer::isInstalled()
{
    const QDir bin(programFolder());
    const std::array<const char *, 3> programs{"initdb", "pg_ctl", "postgres"};
    return std::ranges::all_of(programs, [&bin](const char *program) {
        return QFileInfo(bin.filePath(QString::fromLatin1(program))).isExecutable();
    });
}

PostgresServer::PostgresServer()
    : m_dir(QDir(QDir::tempPath()).filePath(QStringLiteral("verdes-pg-XXXXXX")))
{}

PostgresServer::~PostgresServer()
{
    if (m_server.state() == QProcess::NotRunning) {
        return;
    }
    // pg_ctl waits until the server is gone; the server's children end with it.
    const QString data = m_dir.filePath(QStringLiteral("data"));
    auto stopped = runToEnd(QStringLiteral("pg_ctl"),
                            {QStringLiteral("stop"),
                             QStringLiteral("-D"),
                             data,
                             QStringLiteral("-m"),
                             QStringLiteral("immediate"),
                             QStringLiteral("-w")},
                            30'000);
    if (!stopped || !m_server.waitForFinished(10'000)) {
        m_server.kill();
        m_server.waitForFinished(5'000);
    }
}

QStringList PostgresServer::asOwner(const QString &program, const QStringList &arguments) const
{
    QStringList command{QStringLiteral("setpriv")};
    if (m_asNobody) {
        command << QStringLiteral("--reuid=nobody") << QStringLiteral("--regid=nogroup")
                << QStringLiteral("--clear-groups");
    }
    // The server dies with the test process, even one that crashed.
    command << QStringLiteral("--pdeathsig") << QStringLiteral("QUIT");
    command << QDir(programFolder()).filePath(program);
    command << arguments;
    return command;
}

Result<void> PostgresServer::runToEnd(const QString &program, const QStringList &arguments, int timeoutMs)
{
    const QStringList command = asOwner(program, arguments);
    QProcess process;
    process.setWorkingDirectory(m_dir.path()); // nobody may not enter the test's own folder
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(command.first(), command.mid(1));
    if (!process.waitForFinished(timeoutMs) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        process.kill();
        process.waitForFinished(1000);
        return failed(program, QString::fromLocal8Bit(process.readAll()) + process.errorString());
    }
    return {};
}

Result<std::unique_ptr<PostgresServer>> PostgresServer::start(Durability durability)
{
    if (!isInstalled()) {
        return Error(ErrorCode::FileNotFound,
                     {programFolder()},
                     QStringLiteral("PostgreSQL 15 is not installed (Debian: postgresql-15) in %1")
                         .arg(programFolder()));
    }
    std::unique_ptr<PostgresServer> server(new PostgresServer());
    if (!server->m_dir.isValid()) {
        return failed(QStringLiteral("temporary folder"), server->m_dir.errorString());
    }
    server->m_asNobody = isRoot();
    if (server->m_asNobody) {
        VERDES_TRY(giveToNobody(server->m_dir.path()));
    }
    const QString data = server->m_dir.filePath(QStringLiteral("data"));
    VERDES_TRY(server->runToEnd(QStringLiteral("initdb"),
                                {QStringLiteral("-D"),
                                 data,
                                 QStringLiteral("-U"),
                                 QString::fromLatin1(kSuperuser),
                                 QStringLiteral("--auth=trust"),
                                 QStringLiteral("--encoding=UTF8"),
                                 QStringLiteral("--no-locale"),
                                 QStringLiteral("--no-sync")},
                                120'000));
    // No TCP at all: only the socket in our folder. The tests want speed, not durability.
    QStringList arguments{QStringLiteral("-D"),
                          data,
                          QStringLiteral("-c"),
                          QStringLiteral("listen_addresses="),
                          QStringLiteral("-c"),
                          QStringLiteral("unix_socket_directories=") + server->m_dir.path()};
    if (durability == Durability::Off) {
        arguments << QStringLiteral("-c") << QStringLiteral("fsync=off") << QStringLiteral("-c")
                  << QStringLiteral("synchronous_commit=off") << QStringLiteral("-c")
                  << QStringLiteral("full_page_writes=off");
    }
    const QStringList command = server->asOwner(QStringLiteral("postgres"), arguments);
    server->m_server.setWorkingDirectory(server->m_dir.path());
    server->m_server.setProcessChannelMode(QProcess::MergedChannels);
    server->m_server.setStandardOutputFile(server->m_dir.filePath(QStringLiteral("server.log")));
    server->m_server.start(command.first(), command.mid(1));
    if (!server->m_server.waitForStarted(10'000)) {
        return failed(QStringLiteral("postgres"), server->m_server.errorString());
    }
    VERDES_TRY(server->waitUntilReady());
    return server;
}

Result<void> PostgresServer::waitUntilReady()
{
    const QByteArray conninfo = QStringLiteral("host=%1 user=%2 dbname=postgres connect_timeout=5")
                                    .arg(m_dir.path(), QString::fromLatin1(kSuperuser))
                                    .toUtf8();
    QDeadlineTimer deadline(kStartMs);
    while (!deadline.hasExpired()) {
        if (PQping(conninfo.constData()) == PQPING_OK) {
            return {};
        }
        if (m_server.state() == QProcess::NotRunning) {
            break;
        }
        QThread::msleep(50);
    }
    QFile log(m_dir.filePath(QStringLiteral("server.log")));
    const QString logText = log.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(log.readAll()) : QString();
    return failed(QStringLiteral("the server did not start"), logText);
}

QString PostgresServer::uri(const QString &database) const
{
    return QStringLiteral("postgresql:///%1?host=%2&user=%3")
        .arg(database, m_dir.path(), QString::fromLatin1(kSuperuser));
}

Result<QByteArray> PostgresServer::queryValue(const QString &database, const QString &sql) const
{
    ConnectionHandle connection(PQconnectdb(uri(database).toUtf8().constData()));
    if (PQstatus(connection.get()) != CONNECTION_OK) {
        return failed(QStringLiteral("connect"), QString::fromUtf8(PQerrorMessage(connection.get())));
    }
    const QByteArray text = sql.toUtf8();
    const ResultHandle result(
        PQexecParams(connection.get(), text.constData(), 0, nullptr, nullptr, nullptr, nullptr, 1));
    const ExecStatusType status = PQresultStatus(result.get());
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
        return failed(QStringLiteral("query"), QString::fromUtf8(PQresultErrorMessage(result.get())));
    }
    if (PQntuples(result.get()) == 0 || PQnfields(result.get()) == 0) {
        return QByteArray();
    }
    return QByteArray(PQgetvalue(result.get(), 0, 0), PQgetlength(result.get(), 0, 0));
}

Result<QString> PostgresServer::createDatabase()
{
    const QString name = QStringLiteral("hub_%1").arg(++m_databases);
    VERDES_TRY(queryValue(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE %1").arg(name)));
    return name;
}

} // namespace verdes::test
