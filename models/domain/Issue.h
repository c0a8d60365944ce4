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
// `args` fill the rule's sentence; NIK and KK values in them are already masked.
struct Issue
{
    QString rule;
    Severity severity = Severity::Error;
    std::optional<Field> field;
    QString householdId;
    QString personId;
    QStringList args;
    qint64 line = 0; // the physical line where the CSV record starts (header = 1); 0 = not from a file
    QString column;  // for CSV problems with unknown columns; else the field's column name

    // The plain reason in the interface language, e.g. "V02 tanggal lahir tidak valid (31-02)".
    QString text() const;
    // "baris 214, nik: V02 …": the line, the column and the reason, as DOMAIN.md §13 asks.
    QString lineText() const;

    bool isError() const { return severity == Severity::Error; }
};

class IssueText
{
    Q_DECLARE_TR_FUNCTIONS(Issue)

public:
    static QString describe(const Issue &issue);
    static QString withLine(const Issue &issue);
};

// A NIK or KK number as lists show it: first 4 and last 4 digits (`3273••••••••0012`).
QString maskNumber(QStringView digits);

} // namespace verdes
