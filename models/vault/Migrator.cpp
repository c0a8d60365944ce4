// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/vault/Migrator.h"

#include "models/core/Log.h"
#include "models/platform/CrashPoint.h"
#include "models/vault/Database.h"
#include "models/vault/StateDigest.h"
#include "models/vault/Transaction.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace verdes {

QList<Migrator::Migration> Migrator::available()
{
    static const QList<Migration> migrations = [] {
        QList<Migration> list;
        static const QRegularExpression pattern(QStringLiteral(R"(^(\d{4})_([a-z0-9_]+)\.sql$)"));
        const QStringList names =
            QDir(QStringLiteral(":/sql")).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
        for (const QString &name : names) {
            const auto match = pattern.match(name);
            if (!match.hasMatch()) {
                continue;
            }
            list.append({match.captured(1).toInt(), match.captured(2), QStringLiteral(":/sql/") + name});
        }
        for (qsizetype i = 0; i < list.size(); ++i) {
            Q_ASSERT_X(list.at(i).version == i + 1, "Migrator", "migrations must be numbered 1, 2, 3...");
        }
        return list;
    }();
    return migrations;
}

int Migrator::latestVersion()
{
    return static_cast<int>(available().size());
}

Result<int> Migrator::currentVersion(Database &db)
{
    VERDES_TRY_ASSIGN(version, db.queryInt(u"PRAGMA user_version"));
    return static_cast<int>(version);
}

Result<int> Migrator::migrate(Database &db)
{
    VERDES_TRY_ASSIGN(before, currentVersion(db));
    const int latest = latestVersion();
    if (before > latest) {
        return Error(ErrorCode::VaultNewerSchema, {QString::number(before), QString::number(latest)});
    }
    if (before == latest) {
        return before;
    }

    Transaction tx(db);
    VERDES_TRY(tx.begin());
    for (const Migration &migration : available()) {
        if (migration.version <= before) {
            continue;
        }
        QFile file(migration.resourcePath);
        if (!file.open(QIODevice::ReadOnly)) {
            return Error(
                ErrorCode::Internal, {}, QStringLiteral("missing migration ") + migration.resourcePath);
        }
        VERDES_TRY(db.executeScript(QString::fromUtf8(file.readAll())));
        qCInfo(lcVault) << "applied migration" << migration.version << migration.name;
        VERDES_CRASH_POINT("migrate.step");
    }
    // The schema changed: the state digest's triggers follow the tables as they are now.
    VERDES_TRY(StateDigest::install(db));
    VERDES_TRY(db.execute(QStringLiteral("PRAGMA user_version = %1").arg(latest)));
    VERDES_TRY(tx.commit());
    return before;
}

} // namespace verdes
