// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"
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
    QDate today; // ages, V18 (future), V23–V25, V27, V28 (427); skipped when invalid
    const RegionTable *regions = nullptr; // V05, V11, V16; skipped when null
    QString villageCode;                  // V17; skipped when empty
    bool isSnapshotImport = false;        // V08 is a warning in a snapshot import, an error on entry
};

// The rule's severity in DOMAIN.md §4 (V08 as on entry: Error); R rules are errors; unknown: Error.
Severity defaultSeverity(QStringView rule);

// The parts of a structurally valid NIK `PP KK CC DDMMYY SSSS` (V01–V03 passed).
struct NikParts
{
    QStringView region; // digits 1–6: the kecamatan of first registration
    int day = 0;        // 1–31, women's +40 removed
    int month = 0;
    int yearTwoDigits = 0;
    Sex sex = Sex::Male;
    int serial = 0;
};

// The parts of a NIK, or nullopt when it breaks V01–V03. The view points into `nik`.
std::optional<NikParts> parseNik(QStringView nik);
// The birth date a NIK implies (DOMAIN.md §4, century of YY): the century nearest the recorded
// birth date when there is one, else 20YY unless that is after `today`, then 19YY. Invalid when the
// NIK's date is not a real date in that year (29-02 of a non-leap year).
QDate nikBirthDate(const NikParts &parts, QDate recordedBirthDate, QDate today);

// The result of reading one raw value: its canonical text (DOMAIN.md §13) or the issue that stops it.
struct NormalizedValue
{
    QString value; // with an issue: the trimmed raw text, which the record rules skip as unreadable
    std::optional<Issue> issue; // an Error-severity issue: V01–V03, V09, V15, V18 (format), V19, V20
};

// Trims and canonicalises one raw value of a field: codes without leading zeros, region codes without
// dots, dates checked. Empty stays empty (required-ness is R02, checked by the reader). These are all
// the single-value rules (V01–V03, V09, V15, V18 format, V19, V20); the functions below assume their
// input went through here and skip values that do not parse, so nothing is reported twice. The issue
// carries the rule, severity, field, column and args; the caller adds the record ids and the line.
NormalizedValue
normalizeValue(Field field, QStringView raw, Instrument instrument = Instrument::Regsosek2022K);
// The same for a QString: a value that is already canonical is returned shared, without a copy
// (the importer calls this for 24 million values).
NormalizedValue
normalizeValue(Field field, const QString &raw, Instrument instrument = Instrument::Regsosek2022K);

// One value typed by a user or given on the command line (`verdes init --village-code`), as a Result:
// the canonical text, or an Error (ValidationNikLength, ValidationNikDate, ValidationNikSerial,
// ValidationKkLength, ValidationRegionCode, ValidationDate, ValidationNumber) whose describe() text
// says what is wrong. The Error's detail names the rule and the column, never the value.
Result<QString> parseValue(Field field, QStringView raw, Instrument instrument = Instrument::Regsosek2022K);

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

// Rules on the household's own columns (one CSV row's household part): V10, V11, V16, V17, V28
// (301b, 307b, 309b), V29. Issues carry the household id.
QList<Issue> validateHouseholdValues(const Household &household, const ValidationContext &context);
// Rules on one member with its household's columns: V04–V07, V11 (member_kk_number), V18 (birth date
// in the future), V21–V23, V25–V28. Issues carry the household and person ids.
QList<Issue>
validateMemberValues(const Member &member, const Household &household, const ValidationContext &context);
// Rules across one household's members: V12 (E: two or more heads among the active members, or no
// head at all; a deceased or moved head beside a new one is history, not a second head), V13 (several
// active spouses: W), V24 (child < 12 years younger than the head, parent < 12 years older: W).
// Issues carry the household id, and the person id and line of the member they point at.
QList<Issue> validateHouseholdStructure(const QString &householdId,
                                        std::span<const MemberFacts> members,
                                        const ValidationContext &context);
// Everything above for one complete household (manual entry, the repository): normalizeValue on every
// value, R02 for empty required values, the value and structure rules, plus V08 inside it (the same
// NIK on two of its active members). Cross-household V08 and V14 are found by the importer and the
// repository.
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
