// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"
#include "models/domain/Issue.h"

#include <QList>

namespace verdes {

class Database;

// The validation findings stored with the records (table record_issues): the warnings an import
// found, shown in the household detail and used by the "with warnings" filter.
class RecordIssueRepository final
{
public:
    explicit RecordIssueRepository(Database &db);

    // The findings of one household, persons in family order, then by rule.
    Result<QList<Issue>> forHousehold(const QString &householdId);

private:
    Database &m_db;
};

} // namespace verdes
