// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Clock.h"
#include "models/core/Result.h"
#include "models/quality/QualityFlag.h"
#include "models/vault/Actor.h"

#include <QHash>
#include <QList>

namespace verdes {

class Database;

// A member of a household with an open flag, for lists that name whom a flag is about.
struct FlaggedHouseholdMember
{
    QString personId;
    QString householdId;
    QString name; // empty when not recorded
    QString nik;  // unmasked (empty when not recorded): the list masks it (DOMAIN.md §10)
    bool head = false;

    bool operator==(const FlaggedHouseholdMember &) const = default;
};

// Reads the flags of the data-quality checks (table quality_flags) and dismisses them.
class QualityFlagRepository final
{
public:
    explicit QualityFlagRepository(Database &db, Clock &clock = SystemClock::instance());

    // The flags of one household, open ones only unless `includeAll` (then dismissed and closed too).
    Result<QList<QualityFlag>> forHousehold(const QString &householdId, bool includeAll = false);
    // Every open flag (optionally of one check), by household and check.
    Result<QList<QualityFlag>> open(const QString &checkCode = {});
    Result<QualityFlag> flag(qint64 flagId);
    // Open flags per check code.
    Result<QHash<QString, qint64>> openCountsByCheck();
    Result<qint64> openCount();
    // Every member (present or not) of the households with an open flag, in no particular order.
    Result<QList<FlaggedHouseholdMember>> membersOfFlaggedHouseholds();

    // Dismisses an open flag: requires Action::DismissFlag and a non-empty reason (FlagReasonRequired);
    // FlagNotFound when it is not open. Appends "flag.dismiss" in the same transaction.
    Result<void> dismiss(const Actor &actor, qint64 flagId, const QString &reason);

private:
    Result<QList<QualityFlag>> query(QStringView where, const QList<QPair<QString, QString>> &binds);

    Database &m_db;
    Clock &m_clock;
};

} // namespace verdes
