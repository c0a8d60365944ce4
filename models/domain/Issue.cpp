// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/Issue.h"

#include "models/domain/Codes.h"

#include <QDate>

namespace verdes {

namespace {

// The argument at `index`, or empty when the issue carries fewer.
QString arg(const Issue &issue, qsizetype index)
{
    return index < issue.args.size() ? issue.args.at(index) : QString();
}

QString codeLabel(CodeList list, const QString &code)
{
    bool ok = false;
    const qint64 value = code.toLongLong(&ok);
    const QString label = ok ? CodeText::label(list, value) : QString();
    return label.isEmpty() ? code : label;
}

} // namespace

QString maskNumber(QStringView digits)
{
    constexpr qsizetype kShown = 4;
    constexpr char16_t kBullet = u'\u2022';
    if (digits.size() <= 2 * kShown) {
        return {digits.size(), QChar(kBullet)};
    }
    QString masked;
    masked.reserve(digits.size());
    masked.append(digits.first(kShown));
    masked.append(QString(digits.size() - 2 * kShown, QChar(kBullet)));
    masked.append(digits.last(kShown));
    return masked;
}

QString spreadsheetColumnName(qsizetype index)
{
    constexpr qsizetype kLetters = 26;
    QString name;
    for (qsizetype n = index + 1; n > 0; n = (n - 1) / kLetters) {
        name.prepend(QChar(u'A' + static_cast<char16_t>((n - 1) % kLetters)));
    }
    return name;
}

QString Issue::text() const
{
    return IssueText::describe(*this);
}

QString Issue::lineText() const
{
    return IssueText::withLine(*this);
}

QString Issue::columnText() const
{
    QString name = !column.isEmpty() ? column : field ? columnName(*field) : QString();
    if (columnIndex < 0) {
        return name;
    }
    const QString letter = spreadsheetColumnName(columnIndex);
    return name.isEmpty() ? letter : QStringLiteral("%1 (%2)").arg(letter, name);
}

QString IssueText::describe(const Issue &issue)
{
    QString why = reason(issue);
    if (issue.rule.isEmpty()) {
        return why;
    }
    return issue.rule % u' ' % why;
}

QString IssueText::withLine(const Issue &issue)
{
    QString text = describe(issue);
    const QString column = issue.columnText();
    if (issue.line > 0 && issue.columnIndex >= 0) {
        return tr("line %1, column %2: %3").arg(QString::number(issue.line), column, text);
    }
    if (issue.line > 0 && !column.isEmpty()) {
        return tr("line %1, %2: %3").arg(QString::number(issue.line), column, text);
    }
    if (issue.line > 0) {
        return tr("line %1: %2").arg(QString::number(issue.line), text);
    }
    if (!column.isEmpty()) {
        return column % u": " % text;
    }
    return text;
}

// The args of each rule are written by Validation.cpp (V rules) and the CSV reader (R rules); see
// the comments there. Tags in args (like "15" or "exponent") choose between sentences.
QString IssueText::reason(const Issue &issue)
{
    const QString &rule = issue.rule;
    const QString a0 = arg(issue, 0);
    const QString a1 = arg(issue, 1);
    const QString a2 = arg(issue, 2);

    if (rule == u"V01" || rule == u"V09") {
        const bool isNik = rule == u"V01";
        if (a1 == u"15") {
            return isNik
                       ? tr("NIK has 15 digits instead of 16 (%1); ask Dukcapil for the correct NIK").arg(a0)
                       : tr("KK number has 15 digits instead of 16 (%1); check the family card").arg(a0);
        }
        if (a1 == u"exponent") {
            return isNik ? tr("Excel has turned this NIK into %1 and its digits are lost: format the column "
                              "as Text and export again")
                               .arg(a0)
                         : tr("Excel has turned this KK number into %1 and its digits are lost: format the "
                              "column as Text and export again")
                               .arg(a0);
        }
        if (a1 == u"chars") {
            return isNik ? tr("NIK may contain only digits (%1)").arg(a0)
                         : tr("KK number may contain only digits (%1)").arg(a0);
        }
        return isNik ? tr("NIK must have 16 digits, not %1 (%2)").arg(a1, a0)
                     : tr("KK number must have 16 digits, not %1 (%2)").arg(a1, a0);
    }
    if (rule == u"V02") {
        return tr("invalid birth date in NIK (%1)").arg(a0);
    }
    if (rule == u"V03") {
        return tr("NIK serial number must not be 0000 (%1)").arg(a0);
    }
    if (rule == u"V04") {
        return tr("no NIK recorded (normal for newborns and people without documents)");
    }
    if (rule == u"V05") {
        return tr("the first six digits of the NIK (%1) are not a known kecamatan").arg(a0);
    }
    if (rule == u"V06") {
        return tr("sex in the NIK (%1) differs from the recorded sex (%2)")
            .arg(codeLabel(CodeList::Sex, a0), codeLabel(CodeList::Sex, a1));
    }
    if (rule == u"V07") {
        // The recorded date as the interface writes dates (dd/mm/yyyy), not as stored.
        const QDate recorded = QDate::fromString(a1, Qt::ISODate);
        return tr("birth date in the NIK (%1) differs from the recorded birth date (%2)")
            .arg(a0, recorded.isValid() ? recorded.toString(QStringLiteral("dd/MM/yyyy")) : a1);
    }
    if (rule == u"V08") {
        return tr("the same NIK (%1) is used by another active member (%2)").arg(a0, a1);
    }
    if (rule == u"V10") {
        return tr("no KK number recorded");
    }
    if (rule == u"V11") {
        return tr("the first six digits of the KK number (%1) are not a known kecamatan").arg(a0);
    }
    if (rule == u"V12") {
        if (a0 == u"0") {
            return tr("the family has no head (relationship 1)");
        }
        return tr("the family has %1 heads; it must have exactly one").arg(a0);
    }
    if (rule == u"V13") {
        return tr("the head has %1 spouses recorded").arg(a0);
    }
    if (rule == u"V14") {
        return tr("the same KK number (%1) is used by another family (%2)").arg(a0, a1);
    }
    if (rule == u"V15") {
        if (a1 == u"regency") {
            return tr("region code %1 has an invalid regency or city number (must be 01-69 or 71-99)")
                .arg(a0);
        }
        if (a1 == u"village") {
            return tr("region code %1: the village part must start with 1, 2 or 3").arg(a0);
        }
        return tr("region code must have 10 digits (%1)").arg(a0);
    }
    if (rule == u"V16") {
        return tr("region code %1 is not in the current Kemendagri list (2025)").arg(a0);
    }
    if (rule == u"V17") {
        return tr("village code %1 is not the village of this vault (%2)").arg(a0, a1);
    }
    if (rule == u"V18") {
        if (a1 == u"period") {
            return tr("invalid month (%1); write it as YYYY-MM").arg(a0);
        }
        if (a1 == u"future") {
            return tr("birth date %1 is in the future").arg(a0);
        }
        return tr("invalid date (%1); write it as YYYY-MM-DD").arg(a0);
    }
    if (rule == u"V19") {
        if (a1 == u"flags") {
            return tr("%1 is not a valid combination of the listed options").arg(a0);
        }
        if (a1 == u"number") {
            return tr("%1 is not a whole number").arg(a0);
        }
        if (a1 == u"decimal") {
            return tr("%1 is not a decimal number with at most 6 decimals").arg(a0);
        }
        if (a1 == u"range") {
            return tr("%1 is outside the allowed range %2 to %3").arg(a0, a2, arg(issue, 3));
        }
        if (a1 == u"id") {
            return tr("an ID must have 1 to 64 letters, digits, '-' or '_'");
        }
        if (a1 == u"instrument") {
            return tr("unknown questionnaire version (%1)").arg(a0);
        }
        return tr("code %1 is not in the list").arg(a0);
    }
    if (rule == u"V20") {
        return tr("negative number not allowed (%1)").arg(a0);
    }
    if (rule == u"V21") {
        return tr("recorded as pregnant but male");
    }
    if (rule == u"V22") {
        return tr("recorded as pregnant at age %1").arg(a0);
    }
    if (rule == u"V23") {
        return tr("age %1: over 100 years, check whether the person has died").arg(a0);
    }
    if (rule == u"V24") {
        if (a0 == u"parent") {
            return tr("parent of the head is only %1 years older than the head").arg(a1);
        }
        return tr("child is only %1 years younger than the head").arg(a1);
    }
    if (rule == u"V25") {
        return tr("recorded as ever married at age %1 (legal minimum age 19)").arg(a0);
    }
    if (rule == u"V26") {
        if (a0 == u"not-worked") {
            return tr("job details filled although the person did not work last week");
        }
        return tr("worked last week but %1 working hours recorded").arg(a1);
    }
    if (rule == u"V27") {
        return tr("school level '%1' is unlikely at age %2").arg(codeLabel(CodeList::SchoolLevel, a0), a1);
    }
    if (rule == u"V28") {
        if (a0 == u"301b") {
            return tr("land proof filled although the building is not owned");
        }
        if (a0 == u"307b") {
            return tr("installed power filled although lighting is not metered PLN electricity");
        }
        if (a0 == u"309b") {
            return tr("toilet type filled although the family has no toilet of its own or shared");
        }
        if (a0 == u"427") {
            return tr("nutrition recorded for someone aged 5 or older");
        }
        return tr("business details filled although the person has no business of their own");
    }
    if (rule == u"V29") {
        if (a1 == u"livestock") {
            return tr("%1 animals is unusually many; check the number").arg(a0);
        }
        return tr("floor area of %1 m² is unusually large; check the number").arg(a0);
    }
    if (rule == u"V30") {
        return tr("required by SIKS-NG but missing");
    }
    if (rule == u"V31") {
        return tr("evidence required for this proposal is missing");
    }
    if (rule == u"R01") {
        return tr("the row has %1 fields but the header has %2").arg(a0, a1);
    }
    if (rule == u"R02") {
        return tr("required value is empty");
    }
    if (rule == u"R03") {
        return tr("household columns differ from the family's first row (line %1)").arg(a0);
    }
    if (rule == u"R04") {
        return tr("person_id is repeated (first on line %1)").arg(a0);
    }
    if (rule == u"R05") {
        if (a1 == u"rounded") {
            return tr("Excel has rounded this number to %1 (it keeps only 15 digits): format the column as "
                      "Text and export again from the original file")
                .arg(a0);
        }
        if (a1 == u"zeros") {
            return tr("Excel has removed the zeros at the start of this code: %1 should have %2 digits; "
                      "format the column as Text and export again")
                .arg(a0, a2);
        }
        if (a1 == u"date") {
            return tr("Excel has changed this date to %1: format the column as Text, write dates as "
                      "YYYY-MM-DD and export again")
                .arg(a0);
        }
        return tr("Excel has turned this number into %1 and its digits are lost: format the column as Text "
                  "and export again")
            .arg(a0);
    }
    return tr("problem with this value");
}

} // namespace verdes
