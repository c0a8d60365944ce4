// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/Household.h"
#include "models/domain/Issue.h"
#include "models/domain/Validation.h"
#include "models/proposals/Proposal.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace verdes {

// The V-rules (DOMAIN.md §4) on the records a NEW_HOUSEHOLD or NEW_MEMBER proposal creates. The
// records are assembled from the proposal's FieldChanges (empty record id; one newRecordKey per
// member); a new member's person id in the assembled household, and so in its issues, is its
// newRecordKey. Required-ness is V30 (Proposal::missing), so R02 is not reported here. Pure: the
// repository adds what needs the vault (ProposalRepository::newRecordIssues).
class NewRecordCheck
{
    Q_DECLARE_TR_FUNCTIONS(NewRecordCheck)

public:
    // The household id of an assembled NEW_HOUSEHOLD.
    static constexpr char16_t kNewHouseholdId[] = u"new";

    // Whether the proposal type creates records (NEW_HOUSEHOLD, NEW_MEMBER).
    static bool createsRecords(ProposalType type);
    // The newRecordKeys of the new members, in the order of their first change.
    static QStringList memberKeys(const QList<FieldChange> &changes);
    // NEW_HOUSEHOLD: the new household with its new members. NEW_MEMBER: `existing` (the proposal's
    // household, when known) plus the new member(s). A member without presence gets 1 (new family)
    // or 5 (new member).
    static Household assemble(const Proposal &proposal, const Household *existing = nullptr);
    // Every issue the new records bring, errors first. For NEW_MEMBER only those the existing
    // household did not have already (a second head, the new member's own values).
    static QList<Issue>
    issues(const Proposal &proposal, const Household *existing, const ValidationContext &context);
    // The record an issue is about, in plain words: "Household", "Head of the family",
    // "Member 3", "New member"; empty for an existing member.
    static QString recordLabel(const Proposal &proposal, const QString &personId);
    // "Member 3 · NIK: V01 NIK must have 16 digits (15)": the record, the field and the reason.
    static QString describe(const Proposal &proposal, const Issue &issue);
};

} // namespace verdes
