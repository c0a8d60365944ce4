// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/vault/UnlockThrottle.h"

#include "models/core/Clock.h"
#include "models/core/Log.h"
#include "models/platform/Platform.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>

#include <algorithm>

namespace verdes {

UnlockThrottle::UnlockThrottle(QString vaultId, Clock &clock)
    : m_vaultId(std::move(vaultId))
    , m_clock(clock)
{
    load();
}

qint64 UnlockThrottle::delayAfter(int failures)
{
    if (failures < kFreeAttempts) {
        return 0;
    }
    const int doublings = std::min(failures - kFreeAttempts, 16);
    return std::min(kFirstDelaySeconds << doublings, kMaxDelaySeconds);
}

qint64 UnlockThrottle::secondsToWait() const
{
    const qint64 delay = delayAfter(m_failures);
    if (delay == 0 || !m_lastFailure.isValid()) {
        return 0;
    }
    const qint64 elapsed = m_lastFailure.secsTo(m_clock.now());
    // A clock set backwards must not lock anyone out for longer than the delay itself.
    if (elapsed < 0) {
        return delay;
    }
    return std::max<qint64>(delay - elapsed, 0);
}

Result<void> UnlockThrottle::check() const
{
    const qint64 wait = secondsToWait();
    if (wait > 0) {
        return Error(ErrorCode::VaultThrottled,
                     {QString::number(wait)},
                     QStringLiteral("%1 failures in a row").arg(m_failures));
    }
    return {};
}

void UnlockThrottle::recordFailure()
{
    ++m_failures;
    m_lastFailure = m_clock.now();
    store();
}

void UnlockThrottle::recordSuccess()
{
    if (m_failures == 0) {
        return;
    }
    m_failures = 0;
    m_lastFailure = {};
    if (!QFile::remove(filePath())) {
        qCWarning(lcVault) << "could not reset the unlock throttle";
    }
}

QString UnlockThrottle::filePath() const
{
    // The vault id comes from a file: keep only hex digits so it cannot name another path.
    static const QRegularExpression notHex(QStringLiteral("[^0-9a-f]"));
    QString safeId = m_vaultId.toLower();
    safeId.remove(notHex);
    if (safeId.isEmpty()) {
        safeId = QStringLiteral("unknown");
    }
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    return QDir(base).filePath(QStringLiteral("unlock-throttle/%1.json").arg(safeId));
}

void UnlockThrottle::load()
{
    QFile file(filePath());
    if (!file.open(QIODevice::ReadOnly)) {
        return;
    }
    const QJsonObject o = QJsonDocument::fromJson(file.read(4096)).object();
    m_failures = std::clamp(o.value(QStringLiteral("failures")).toInt(), 0, 1000);
    m_lastFailure = QDateTime::fromString(o.value(QStringLiteral("lastFailure")).toString(), Qt::ISODate);
}

void UnlockThrottle::store() const
{
    const QString path = filePath();
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        qCWarning(lcVault) << "could not create the unlock throttle folder";
        return;
    }
    const QJsonObject o{{QStringLiteral("failures"), m_failures},
                        {QStringLiteral("lastFailure"), m_lastFailure.toUTC().toString(Qt::ISODate)}};
    auto written = writeFileDurably(path, QJsonDocument(o).toJson(QJsonDocument::Compact));
    if (!written) {
        qCWarning(lcVault) << "could not store the unlock throttle:" << written.error().detail;
    }
}

} // namespace verdes
