// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/proposals/NewRecordCheck.h"

#include <algorithm>

namespace verdes {

namespace {

// Two issues are the same problem when rule, record, field and arguments agree.
bool sameIssue(const Issue &a, const Issue &b)
{
    return a.rule == b.rule && a.personId == b.personId && a.field == b.field && a.args == b.args;
}

} // namespace

bool NewRecordCheck::createsRecords(ProposalType type)
{
    return type == ProposalType::NewHousehold || type == ProposalType::NewMember;
}

QStringList NewRecordCheck::memberKeys(const QList<FieldChange> &changes)
{
    QStringList keys;
    for (const FieldChange &change : changes) {
        if (change.table == kMembersTable && change.recordId.isEmpty()
            && !keys.contains(change.newRecordKey)) {
            keys.append(change.newRecordKey);
        }
    }
    return keys;
}

Household NewRecordCheck::assemble(const Proposal &proposal, const Household *existing)
{
    Household household;
    const bool newFamily = proposal.type == ProposalType::NewHousehold;
    if (!newFamily && existing != nullptr) {
        household = *existing;
    } else {
        household.setValue(Field::HouseholdId,
                           newFamily ? QString::fromUtf16(kNewHouseholdId) : proposal.householdId);
    }
    if (newFamily) {
        for (const FieldChange &change : proposal.changes) {
            if (change.table != kHouseholdsTable || !change.recordId.isEmpty()) {
                continue;
            }
            const std::optional<Field> field = fieldByColumn(change.column);
            if (field && !isMemberField(*field) && *field != Field::HouseholdId) {
                household.setValue(*field, change.newValue.trimmed());
            }
        }
    }
    for (const QString &key : memberKeys(proposal.changes)) {
        Member member;
        member.setValue(Field::PersonId, key);
        for (const FieldChange &change : proposal.changes) {
            if (change.table != kMembersTable || !change.recordId.isEmpty() || change.newRecordKey != key) {
                continue;
            }
            const std::optional<Field> field = fieldByColumn(change.column);
            if (field && isMemberField(*field) && *field != Field::PersonId) {
                member.setValue(*field, change.newValue.trimmed());
            }
        }
        if (member.isEmpty(Field::Presence)) {
            member.setValue(Field::Presence,
                            QString::number(static_cast<int>(newFamily ? Presence::LivesWithFamily
                                                                       : Presence::NewMember)));
        }
        household.members.append(member);
    }
    return household;
}

QList<Issue>
NewRecordCheck::issues(const Proposal &proposal, const Household *existing, const ValidationContext &context)
{
    if (!createsRecords(proposal.type)) {
        return {};
    }
    ValidationContext entry = context;
    entry.isSnapshotImport = false; // typed by an officer: V08 is an error
    QList<Issue> found = validateHousehold(assemble(proposal, existing), entry);
    found.removeIf([](const Issue &issue) {
        return issue.rule == QLatin1String("R02");
    });
    if (proposal.type == ProposalType::NewMember && existing != nullptr) {
        const QList<Issue> before = validateHousehold(*existing, entry);
        found.removeIf([&before](const Issue &issue) {
            return std::any_of(before.cbegin(), before.cend(), [&issue](const Issue &old) {
                return sameIssue(old, issue);
            });
        });
    }
    std::stable_sort(found.begin(), found.end(), [](const Issue &a, const Issue &b) {
        return a.isError() && !b.isError();
    });
    return found;
}

QString NewRecordCheck::recordLabel(const Proposal &proposal, const QString &personId)
{
    if (personId.isEmpty()) {
        return tr("Household");
    }
    const QStringList keys = memberKeys(proposal.changes);
    const qsizetype index = keys.indexOf(personId);
    if (index < 0) {
        return {};
    }
    if (proposal.type == ProposalType::NewMember) {
        return keys.size() == 1 ? tr("New member") : tr("New member %1").arg(index + 1);
    }
    if (personId == kNewHeadKey) {
        return tr("Head of the family");
    }
    // The head is member 1 of the family card; the others follow in the order they were added.
    qsizetype number = 1;
    for (qsizetype i = 0; i <= index; ++i) {
        if (keys.at(i) != kNewHeadKey) {
            ++number;
        }
    }
    return tr("Member %1").arg(number);
}

QString NewRecordCheck::describe(const Proposal &proposal, const Issue &issue)
{
    QStringList where;
    const QString record = recordLabel(proposal, issue.personId);
    if (!record.isEmpty()) {
        where << record;
    }
    if (issue.field) {
        where << FieldText::label(*issue.field);
    }
    // The rule id is for support (the field's tooltip), not for the sentence (issue 11 §3).
    if (where.isEmpty()) {
        return IssueText::reason(issue);
    }
    return tr("%1: %2").arg(where.join(QStringLiteral(" · ")), IssueText::reason(issue));
}

} // namespace verdes
