// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/repo/RecordIssueRepository.h"

#include "models/vault/Database.h"
#include "models/vault/Statement.h"

namespace verdes {

namespace {

constexpr QChar kArgsSeparator(0x1f);

} // namespace

RecordIssueRepository::RecordIssueRepository(Database &db)
    : m_db(db)
{}

RecordIssueRepository::~RecordIssueRepository() = default;

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
            issue.args = args.split(kArgsSeparator);
        }
        issues.append(std::move(issue));
    }
    return issues;
}

Result<void> RecordIssueRepository::removeForHousehold(const QString &householdId)
{
    if (!m_remove) {
        m_remove = std::make_unique<Statement>(m_db, u"DELETE FROM record_issues WHERE household_id = ?1");
    }
    VERDES_TRY(m_remove->status());
    m_remove->reset();
    m_remove->bindAt(1, QStringView(householdId));
    return m_remove->run();
}

Result<void> RecordIssueRepository::add(const Issue &issue)
{
    if (!m_insert) {
        m_insert = std::make_unique<Statement>(
            m_db,
            u"INSERT INTO record_issues (household_id, person_id, rule, severity, field, args) "
            u"VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    }
    Statement &insert = *m_insert;
    VERDES_TRY(insert.status());
    insert.reset();
    insert.bindAt(1, QStringView(issue.householdId));
    insert.bindTextOrNullAt(2, issue.personId);
    insert.bindAt(3, QStringView(issue.rule));
    insert.bindAt(4, qint64(static_cast<int>(issue.severity)));
    insert.bindAt(5, issue.field ? columnName(*issue.field) : issue.column);
    insert.bindAt(6, issue.args.join(kArgsSeparator));
    return insert.run();
}

} // namespace verdes
