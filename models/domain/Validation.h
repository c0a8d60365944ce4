// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/Household.h"
#include "models/domain/Issue.h"

#include <QDate>
#include <QList>

#include <span>

namespace verdes {

class RegionTable;

// What the rules need besides the record: the day ages are computed on, the region lists, and the
// vault's own village (V17).
struct ValidationContext
{
    QDate today;
    const RegionTable *regions = nullptr; // V05, V11, V16; skipped when null
    QString villageCode;                  // V17; skipped when empty
};

// The result of reading one raw value: its canonical text (DOMAIN.md §13) or the issue that stops it.
struct NormalizedValue
{
    QString value;
    std::optional<Issue> issue; // an Error-severity issue: V01–V03, V09, V15, V18 (format), V19, V20
};

// Trims and canonicalises one raw value of a field: codes without leading zeros, region codes without
// dots, dates checked. Empty stays empty (required-ness is R02, checked by the reader).
NormalizedValue
normalizeValue(Field field, QStringView raw, Instrument instrument = Instrument::Regsosek2022K);

// The facts of one member that the household-level rules need (V12, V13, V24): small enough that an
// import of 200,000 persons keeps them all in memory.
struct MemberFacts
{
    QString personId;
    std::optional<Relationship> relationship;
    std::optional<Sex> sex;
    QDate birthDate;
    bool active = true; // presence 1 or 5
    qint64 line = 0;
};

MemberFacts factsOf(const Member &member, qint64 line = 0);

// Rules on the household's own columns (one CSV row's household part): V11, V15–V17, V28 (301b,
// 307b, 309b), V29.
QList<Issue> validateHouseholdValues(const Household &household, const ValidationContext &context);
// Rules on one member with its household's columns: V02–V07, V18, V21–V23, V25–V28.
QList<Issue>
validateMemberValues(const Member &member, const Household &household, const ValidationContext &context);
// Rules across one household's members: V12 (exactly one head: E), V13 (several spouses: W),
// V24 (child < 12 years younger than head, parent < 12 years older: W).
QList<Issue> validateHouseholdStructure(const QString &householdId,
                                        std::span<const MemberFacts> members,
                                        const ValidationContext &context);
// Everything above for one complete household, plus V08 inside it (the same NIK on two of its
// active members). Cross-household V08 and V14 are found by the importer and the repository.
QList<Issue> validateHousehold(const Household &household, const ValidationContext &context);

// The issue a cross-record check reports: V08 (a NIK on two active members) and V14 (a KK number on
// two households). `entryIsError` makes V08 an error for manual entry; a snapshot import reports W.
Issue duplicateNikIssue(const QString &householdId,
                        const QString &personId,
                        QStringView nik,
                        const QString &otherPersonId,
                        bool entryIsError);
Issue sharedKkIssue(const QString &householdId, QStringView kk, const QString &otherHouseholdId);

} // namespace verdes
