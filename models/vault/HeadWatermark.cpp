// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/vault/HeadWatermark.h"

#include "models/core/Log.h"
#include "models/platform/Platform.h"
#include "models/vault/AuditLog.h"
#include "models/vault/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QStandardPaths>

namespace verdes {

namespace {

struct Mark
{
    qint64 seq = 0;
    QByteArray hash;
    QDateTime at;
};

Result<QString> vaultIdOf(Database &db)
{
    VERDES_TRY_ASSIGN(id, db.queryText(u"SELECT value FROM vault_meta WHERE key = 'vault_id'"));
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{32}$"));
    if (!hex.match(id).hasMatch()) {
        return Error(ErrorCode::VaultDamaged, {db.path()}, QStringLiteral("vault id malformed"));
    }
    return id;
}

QString markPath(const QString &vaultId)
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    return QDir(base).filePath(QStringLiteral("audit-heads/%1.json").arg(vaultId));
}

Mark readMark(const QString &vaultId)
{
    QFile file(markPath(vaultId));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    const QJsonObject o = QJsonDocument::fromJson(file.read(4096)).object();
    return Mark{o.value(QStringLiteral("seq")).toInteger(),
                QByteArray::fromHex(o.value(QStringLiteral("hash")).toString().toLatin1()),
                QDateTime::fromString(o.value(QStringLiteral("at")).toString(), Qt::ISODate)};
}

} // namespace

Result<void> HeadWatermark::check(Database &db)
{
    auto vaultId = vaultIdOf(db);
    if (!vaultId) {
        return {}; // not a vault (a bare database in a test): nothing was seen of it
    }
    const Mark seen = readMark(*vaultId);
    if (seen.seq <= 0) {
        return {};
    }
    AuditLog log(db);
    VERDES_TRY_ASSIGN(entry, log.entry(seen.seq));
    if (entry && entry->hash == seen.hash) {
        return {};
    }
    VERDES_TRY_ASSIGN(newest, log.recent(1));
    const qint64 now = newest.isEmpty() ? 0 : newest.constFirst().seq;
    qCWarning(lcVault) << "vault history ends at" << now << "but this computer saw entry" << seen.seq;
    return Error(ErrorCode::AuditHistoryBehind,
                 {QLocale().toString(seen.seq),
                  QLocale().toString(seen.at.toLocalTime().date(), QLocale::LongFormat),
                  QLocale().toString(now)},
                 QStringLiteral("history behind the local watermark"));
}

void HeadWatermark::record(Database &db, Clock &clock)
{
    auto vaultId = vaultIdOf(db);
    auto newest = AuditLog(db).recent(1);
    if (!vaultId || !newest || newest->isEmpty()) {
        return;
    }
    const Mark seen = readMark(*vaultId);
    const AuditEntry &head = newest->constFirst();
    if (head.seq < seen.seq || (head.seq == seen.seq && head.hash == seen.hash)) {
        return;
    }
    if (seen.seq > 0) {
        // Only move forward along the same history.
        auto entry = AuditLog(db).entry(seen.seq);
        if (!entry || !*entry || (*entry)->hash != seen.hash) {
            return;
        }
    }
    const QString path = markPath(*vaultId);
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        return;
    }
    const QJsonObject o{{QStringLiteral("seq"), head.seq},
                        {QStringLiteral("hash"), QString::fromLatin1(head.hash.toHex())},
                        {QStringLiteral("at"), clock.now().toUTC().toString(Qt::ISODate)}};
    if (auto written = writeFileDurably(path, QJsonDocument(o).toJson(QJsonDocument::Compact)); !written) {
        qCWarning(lcVault) << "could not record the audit head:" << errorCodeName(written.error().code);
    }
}

} // namespace verdes
