// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/repo/RecordIssueRepository.h"

#include "models/vault/Database.h"
#include "models/vault/Statement.h"

namespace verdes {

RecordIssueRepository::RecordIssueRepository(Database &db)
    : m_db(db)
{}

Result<QList<Issue>> RecordIssueRepository::forHousehold(const QString &householdId)
{
    Statement statement(m_db, uR"(
SELECT i.person_id, i.rule, i.severity, i.field, i.args
FROM record_issues i
LEFT JOIN members m ON m.person_id = i.person_id
WHERE i.household_id = :household_id
ORDER BY coalesce(m.ordinal, -1), i.rule)");
    VERDES_TRY(statement.status());
    statement.bind(u":household_id", householdId);
    QList<Issue> issues;
    for (;;) {
        VERDES_TRY_ASSIGN(hasRow, statement.step());
        if (!hasRow) {
            break;
        }
        Issue issue;
        issue.householdId = householdId;
        issue.personId = statement.text(0);
        issue.rule = statement.text(1);
        const auto severity = statement.int64(2);
        issue.severity = severity == 1 ? Severity::Error : severity == 2 ? Severity::Gate : Severity::Warning;
        issue.column = statement.text(3);
        issue.field = fieldByColumn(issue.column);
        const QString args = statement.text(4);
        if (!args.isEmpty()) {
            issue.args = args.split(QChar(0x1f));
        }
        issues.append(std::move(issue));
    }
    return issues;
}

} // namespace verdes
