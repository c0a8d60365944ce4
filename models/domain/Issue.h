// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/Field.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace verdes {

// DOMAIN.md §4: E cannot be saved (import: hard error); G saves as draft but blocks "ready";
// W saves and is flagged.
enum class Severity : quint8
{
    Error = 1,
    Gate = 2,
    Warning = 3,
};

// One problem found in a record or a CSV row: the rule id of DOMAIN.md ("V07", "R02", "F03"), its
// severity, the field and the record, so the UI can mark the field and jump to the record.
// `args` fill the rule's sentence; NIK and KK values in them are already masked. They are
// language-neutral (numbers, codes, dates, short tags), so they can be stored and shown later in
// either language. The args of the reader's own rules:
//   R01 {fields found, fields expected}   R02 {}   R03 {line of the household's first row}
//   R04 {line where the person_id first appears}
//   R05 {value (NIK, KK and PLN numbers masked), tag: "exponent" | "rounded" | "zeros" | "date"[,
//        digits the code should have (zeros)]}: a spreadsheet changed the value (issue 11; found by
//        models/io/SpreadsheetDamage)
// The V rules' args are produced by models/domain/Validation.cpp, which IssueText reads.
struct Issue
{
    QString rule;
    Severity severity = Severity::Error;
    std::optional<Field> field;
    QString householdId;
    QString personId;
    QStringList args;
    qint64 line = 0;      // the physical line where the CSV record starts (header = 1); 0 = not from a file
    QString column;       // for CSV problems with unknown columns; else the field's column name
    int columnIndex = -1; // where the column is in the file (0 = A), -1 when not from a file

    // The plain reason in the interface language, e.g. "V02 tanggal lahir tidak valid (31-02)".
    QString text() const;
    // "baris 214, nik: V02 …": the line, the column and the reason, as DOMAIN.md §13 asks. The line
    // is left out when 0, the column when unknown.
    QString lineText() const;
    // The column shown for the issue, as a spreadsheet names it when its place in the file is known
    // ("K (nik)"): `column`, else the field's column name, else empty.
    QString columnText() const;

    bool isError() const { return severity == Severity::Error; }
};

class IssueText
{
    Q_DECLARE_TR_FUNCTIONS(Issue)

public:
    // The rule id and its plain reason ("V02 invalid birth date in NIK (31-02)").
    static QString describe(const Issue &issue);
    // The reason alone, without the rule id ("invalid birth date in NIK (31-02)").
    static QString reason(const Issue &issue);
    static QString withLine(const Issue &issue);
};

// A column's name in a spreadsheet: 0 → "A", 25 → "Z", 26 → "AA", 119 → "DP".
QString spreadsheetColumnName(qsizetype index);

// A NIK or KK number as lists show it: first 4 and last 4 digits (`3273••••••••0012`). Text of 8
// characters or fewer is masked completely, so no part of a short number is shown either.
QString maskNumber(QStringView digits);

} // namespace verdes
