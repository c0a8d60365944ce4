// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"
#include "models/domain/Issue.h"

#include <QList>

#include <memory>

namespace verdes {

class Database;
class Statement;

// The validation findings stored with the records (table record_issues): the warnings an import
// found, shown in the household detail and used by the "with warnings" filter.
//
// The import writes them inside its transaction, household by household: the statements of the two
// writes are prepared on first use and kept, so destroy the repository before the transaction ends.
class RecordIssueRepository final
{
public:
    explicit RecordIssueRepository(Database &db);
    ~RecordIssueRepository();
    Q_DISABLE_COPY_MOVE(RecordIssueRepository)

    // The findings of one household, persons in family order, then by rule.
    Result<QList<Issue>> forHousehold(const QString &householdId);

    // Removes every finding of one household (before its new ones are added).
    Result<void> removeForHousehold(const QString &householdId);
    // Stores one finding of `issue.householdId` (with its person, rule, severity, field or column
    // name and arguments; the line and the text are not kept).
    Result<void> add(const Issue &issue);

private:
    Database &m_db;
    std::unique_ptr<Statement> m_remove;
    std::unique_ptr<Statement> m_insert;
};

} // namespace verdes
