// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/Household.h"
#include "models/domain/Issue.h"

#include <QList>

#include <array>
#include <optional>

namespace verdes {

// What a spreadsheet does to a registry CSV whose identifier columns were not formatted as Text
// (issue 11), found as rule R05 (error), so that nothing it changed is imported silently:
//
// - "exponent": a long number written as Excel shows it, 3.31819E+15 or 3,31819E+15 (its digits are
//   lost), in a column that holds a code or an identifier: household_id, person_id, village_code,
//   sls_code, sub_sls_code, pln_customer_id. (nik, kk_number and member_kk_number report it as
//   V01/V09, which DOMAIN.md §13 already names.) Per value: only Excel writes "E+".
// - "date": a date or period rewritten in the spreadsheet's locale form (12/03/1985), per value.
// - "rounded": Excel keeps 15 significant digits, so a 16-digit number comes back with a 0 at the
//   end. One value cannot tell a real final 0 from rounding, so the column decides: a column of
//   numbers longer than 15 digits (nik, kk_number, member_kk_number, and household_id or person_id
//   when they are such numbers) looks rounded when at least 2 of them and 80 % or more end in 0
//   (a real NIK or KK ends in 0 about once in ten, usually far less: serials are small), or when it
//   has a single such value ending in 0 and another column of the file looks rounded. Every value
//   ending in 0 in such a column is then an error on its row.
// - "zeros": BPS codes have fixed widths (sub-SLS 2 digits, SLS 4, or 14 with the village code) and
//   a spreadsheet drops their leading zeros. A column of digit codes holding values shorter than its
//   longest, or shorter than the BPS width, lost them: each shorter value is an error on its row.
//   (Region codes, NIK and KK numbers never start with 0; PLN ids have 11 or 12 digits by nature.)
//
// The per-value checks run in the importer's first pass; the column judgements count during it and
// decide at its end, and the importer then reads the file once more to name the rows, which only
// happens to a damaged file.
class SpreadsheetDamage final
{
public:
    // Whether valueIssue() applies to a field: the identifier and code columns above, and the dates.
    static bool watches(Field field);
    // R05 for one raw value ("exponent" or "date"), or nullopt. The issue carries the field, the
    // column and args (NIK, KK and PLN values masked); the caller adds the record and the line.
    static std::optional<Issue> valueIssue(Field field, QStringView raw);

    // Counts one row's canonical values for the column judgements. Household columns are counted on
    // a household's first row only.
    void observe(const Household &household, const Member &member, bool firstRowOfHousehold);
    // Judges the columns after the last row; true when one of them looks rounded or stripped of zeros.
    bool judge();
    // The columns judge() found damaged.
    QList<Field> damagedColumns() const;
    // After judge(): R05 for each value of the row in a damaged column (no record ids, no line).
    QList<Issue> rowIssues(const Household &household, const Member &member) const;

private:
    struct Rounding
    {
        qint64 values = 0; // digit-only values longer than 15 digits
        qint64 endingInZero = 0;
        bool damaged = false;
    };

    struct Zeros
    {
        qint64 values = 0; // digit-only values
        qsizetype shortest = 0;
        qsizetype longest = 0;
        qsizetype width = 0; // after judge(): the width the column's codes have
        bool damaged = false;
    };

    static constexpr std::array<Field, 5> kRoundingFields{
        Field::HouseholdId, Field::KkNumber, Field::PersonId, Field::Nik, Field::MemberKkNumber};
    static constexpr std::array<Field, 2> kZerosFields{Field::SlsCode, Field::SubSlsCode};

    std::array<Rounding, kRoundingFields.size()> m_rounding{};
    std::array<Zeros, kZerosFields.size()> m_zeros{};
};

} // namespace verdes
