// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"
#include "models/domain/Household.h"

#include <QList>
#include <QString>

#include <optional>

namespace verdes {

class Database;

// One line of the household list: what a list shows without loading every member.
struct HouseholdSummary
{
    QString householdId;
    QString rw;
    QString rt;
    QString headName; // empty when the family has no present head
    QString kkNumber; // unmasked: the view masks it (DOMAIN.md §10)
    qint64 memberCount = 0;
    qint64 version = 0;
};

// Reads households and their members from the vault's snapshot layer. It holds no state beyond the
// connection it is given (owned by the caller), so it is cheap to make where it is needed.
class HouseholdRepository final
{
public:
    explicit HouseholdRepository(Database &db);

    // One household with its members (head first, then by birth date), or nullopt when the id is
    // unknown. Members marked missing by a newer snapshot are left out unless asked for.
    Result<std::optional<Household>> household(const QString &householdId, bool includeMissing = false);
    // Households present in the current snapshot.
    Result<qint64> count();
    // Persons living in the present households (presence 1 or 5), for the status bar.
    Result<qint64> personCount();
    // A page of present households ordered by RW, RT and the head's name (then the id), for lists.
    Result<QList<HouseholdSummary>> page(qint64 offset, int limit);

private:
    Database &m_db;
};

} // namespace verdes
