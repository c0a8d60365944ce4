// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/HubProcess.h"

#include "tests/support/ChildProcess.h"
#include "tests/support/ScratchVault.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSslCertificate>

namespace verdes::test {

namespace {

constexpr int kStartMs = 60'000;

Error failed(const QString &what, const QString &detail)
{
    return {ErrorCode::Internal, {}, QStringLiteral("hub process: %1: %2").arg(what, detail)};
}

} // namespace

HubProcess::HubProcess(QString folder, QStringList arguments, quint16 port)
    : m_folder(std::move(folder))
    , m_arguments(std::move(arguments))
    , m_port(port)
{}

HubProcess::~HubProcess()
{
    kill();
}

QString HubProcess::certificateFile()
{
    return testDataPath(QStringLiteral("tls/hub-cert.pem"));
}

QString HubProcess::keyFile()
{
    return testDataPath(QStringLiteral("tls/hub-key.pem"));
}

QByteArray HubProcess::certificatePin()
{
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(certificateFile());
    return chain.isEmpty() ? QByteArray()
                           : QCryptographicHash::hash(chain.constFirst().toDer(), QCryptographicHash::Sha256);
}

QString HubProcess::logPath() const
{
    return m_folder + QStringLiteral(".log");
}

QString HubProcess::log() const
{
    QFile file(logPath());
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

Result<quint16> HubProcess::start(const Start &how)
{
    if (isRunning()) {
        return failed(QStringLiteral("start"), QStringLiteral("it runs already"));
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("VERDES_CRASH_AT"));
    for (const QString &pair : how.environment) {
        const auto eq = pair.indexOf(u'=');
        env.insert(pair.left(eq), pair.mid(eq + 1));
    }
    m_process.setProcessEnvironment(env);
    m_process.setStandardErrorFile(logPath(), QIODevice::Append);
    const qint64 limit = how.fileSizeLimit;
    m_process.setChildProcessModifier([limit] {
        prepareHubChild(limit);
    });
    QStringList arguments{QStringLiteral("serve"),
                          m_folder,
                          QStringLiteral("--listen"),
                          QStringLiteral("127.0.0.1:%1").arg(m_port),
                          QStringLiteral("--tls-cert"),
                          certificateFile(),
                          QStringLiteral("--tls-key"),
                          keyFile()};
    arguments << m_arguments;
    m_process.start(builtProgram(QStringLiteral("app/verdes-hub/verdes-hub")), arguments);
    if (!m_process.waitForStarted(kStartMs)) {
        return failed(QStringLiteral("start"), m_process.errorString());
    }
    // serve prints its address once it listens.
    static const QRegularExpression kAddress(QStringLiteral("^https://127\\.0\\.0\\.1:(\\d+)$"));
    QDeadlineTimer deadline(kStartMs);
    QByteArray out;
    while (!deadline.hasExpired()) {
        if (!m_process.canReadLine()
            && !m_process.waitForReadyRead(static_cast<int>(deadline.remainingTime()))) {
            break;
        }
        while (m_process.canReadLine()) {
            const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
            const auto match = kAddress.match(line);
            if (match.hasMatch()) {
                m_port = static_cast<quint16>(match.captured(1).toUInt());
                return m_port;
            }
        }
    }
    kill();
    return failed(QStringLiteral("it did not start"), log().right(2000));
}

void HubProcess::kill()
{
    if (m_process.state() == QProcess::NotRunning) {
        return;
    }
    m_process.kill();
    m_process.waitForFinished(30'000);
}

bool HubProcess::isRunning() const
{
    return m_process.state() != QProcess::NotRunning;
}

bool HubProcess::waitForEnd(int timeoutMs)
{
    return m_process.state() == QProcess::NotRunning || m_process.waitForFinished(timeoutMs);
}

bool HubProcess::setFileSizeLimit(qint64 bytes)
{
    return isRunning() && setProcessFileSizeLimit(m_process.processId(), bytes);
}

} // namespace verdes::test
