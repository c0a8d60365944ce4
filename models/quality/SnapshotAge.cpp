// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/quality/SnapshotAge.h"

#include "models/repo/ImportRepository.h"

#include <QDateTime>
#include <QLocale>

namespace verdes {

Result<std::optional<SnapshotAge::Age>> SnapshotAge::of(Database &db, const QDate &today)
{
    VERDES_TRY_ASSIGN(finished, ImportRepository(db).lastFinishedAt());
    if (finished.isEmpty()) {
        return std::optional<Age>();
    }
    const QDateTime at = QDateTime::fromString(finished, Qt::ISODateWithMs);
    if (!at.isValid()) {
        return Error(ErrorCode::VaultDamaged, {}, QStringLiteral("unreadable import time: ") + finished);
    }
    Age age;
    age.importedOn = at.toUTC().date();
    age.days = std::max<qint64>(0, age.importedOn.daysTo(today));
    age.stale = age.days > kStaleAfterDays;
    return std::optional<Age>(age);
}

QString SnapshotAge::warning(const Age &age)
{
    if (!age.stale) {
        return {};
    }
    return tr("The registry data here was imported on %1, %2 days ago: BPS re-ranks every three months, "
              "so deaths, moves and new desil values since then are missing. Ask the dinas sosial for "
              "the newest snapshot and import it.")
        .arg(QLocale().toString(age.importedOn, QLocale::LongFormat))
        .arg(age.days);
}

} // namespace verdes
