// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/io/SpreadsheetDamage.h"

#include <QRegularExpression>

#include <algorithm>

namespace verdes {

namespace {

// Excel keeps 15 significant digits of a number.
constexpr qsizetype kExcelDigits = 15;
// A column looks rounded when this share of its long numbers ends in 0 (in fifths: 4/5 = 80 %).
constexpr qint64 kRoundedFifths = 4;

bool allDigits(QStringView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](QChar c) {
        return c.unicode() >= u'0' && c.unicode() <= u'9';
    });
}

bool isLongNumber(const QString &value)
{
    return value.size() > kExcelDigits && allDigits(value);
}

// BPS widths: sub-SLS codes have 2 digits, SLS codes 4 (or 14 with the village code before them).
qsizetype bpsWidth(Field field)
{
    return field == Field::SubSlsCode ? 2 : 4;
}

const QString &valueOf(const Household &household, const Member &member, Field field)
{
    return isMemberField(field) ? member.value(field) : household.value(field);
}

QString shown(Field field, QStringView text)
{
    return fieldDef(field).sensitivity == Sensitivity::Identifier ? maskNumber(text) : text.toString();
}

Issue damageIssue(Field field, QStringList args)
{
    Issue issue;
    issue.rule = QStringLiteral("R05");
    issue.severity = Severity::Error;
    issue.field = field;
    issue.column = columnName(field);
    issue.args = std::move(args);
    return issue;
}

} // namespace

bool SpreadsheetDamage::watches(Field field)
{
    switch (field) {
    case Field::HouseholdId:
    case Field::PersonId:
    case Field::VillageCode:
    case Field::SlsCode:
    case Field::SubSlsCode:
    case Field::PlnCustomerId:
        return true;
    default:
        break;
    }
    const FieldKind kind = fieldDef(field).kind;
    return kind == FieldKind::Date || kind == FieldKind::Period;
}

std::optional<Issue> SpreadsheetDamage::valueIssue(Field field, QStringView raw)
{
    const QStringView text = raw.trimmed();
    const FieldKind kind = fieldDef(field).kind;
    if (kind == FieldKind::Date || kind == FieldKind::Period) {
        // 12/03/1985, 12-03-1985, 12.03.1985, 01/2024, 12-Mar-85, Mar-85, Sep 2026: what a spreadsheet writes
        // for a date cell in its locale. Never YYYY-MM-DD, which is not damage but another error (V18).
        static const QRegularExpression localeDate(QStringLiteral(
            R"(^(\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}/\d{2,4}|(\d{1,2}[ /-])?\p{L}{3,9}[ /-]\d{2,4})$)"));
        if (localeDate.match(text).hasMatch()) {
            return damageIssue(field, {text.toString(), QStringLiteral("date")});
        }
        return std::nullopt;
    }
    // Only Excel's form of a large number: digits, maybe a decimal part, then E+ and the exponent.
    if (!text.contains(u"E+", Qt::CaseInsensitive)) {
        return std::nullopt;
    }
    static const QRegularExpression exponent(QStringLiteral(R"(^[+-]?\d+([.,]\d+)?[Ee]\+\d{1,3}$)"));
    if (!exponent.match(text).hasMatch()) {
        return std::nullopt;
    }
    return damageIssue(field, {shown(field, text), QStringLiteral("exponent")});
}

void SpreadsheetDamage::observe(const Household &household, const Member &member, bool firstRowOfHousehold)
{
    for (std::size_t i = 0; i < kRoundingFields.size(); ++i) {
        const Field field = kRoundingFields[i];
        if (!firstRowOfHousehold && !isMemberField(field)) {
            continue;
        }
        const QString &value = valueOf(household, member, field);
        if (isLongNumber(value)) {
            ++m_rounding[i].values;
            if (value.back() == u'0') {
                ++m_rounding[i].endingInZero;
            }
        }
    }
    if (!firstRowOfHousehold) {
        return;
    }
    for (std::size_t i = 0; i < kZerosFields.size(); ++i) {
        const QString &value = household.value(kZerosFields[i]);
        if (!allDigits(value)) {
            continue;
        }
        Zeros &zeros = m_zeros[i];
        zeros.shortest = zeros.values == 0 ? value.size() : qMin(zeros.shortest, value.size());
        zeros.longest = qMax(zeros.longest, value.size());
        ++zeros.values;
    }
}

bool SpreadsheetDamage::judge()
{
    const auto mostlyZeros = [](const Rounding &r) {
        return r.endingInZero > 0 && r.endingInZero * 5 >= r.values * kRoundedFifths;
    };
    bool anyRounded = false;
    for (Rounding &r : m_rounding) {
        r.damaged = r.endingInZero >= 2 && mostlyZeros(r);
        anyRounded = anyRounded || r.damaged;
    }
    // A single long number ending in 0 cannot tell on its own; beside a rounded column it can.
    bool any = anyRounded;
    for (Rounding &r : m_rounding) {
        r.damaged = r.damaged || (anyRounded && mostlyZeros(r));
    }
    for (std::size_t i = 0; i < kZerosFields.size(); ++i) {
        Zeros &zeros = m_zeros[i];
        zeros.width = qMax(zeros.longest, bpsWidth(kZerosFields[i]));
        zeros.damaged = zeros.values > 0 && zeros.shortest < zeros.width;
        any = any || zeros.damaged;
    }
    return any;
}

QList<Field> SpreadsheetDamage::damagedColumns() const
{
    QList<Field> fields;
    for (std::size_t i = 0; i < kRoundingFields.size(); ++i) {
        if (m_rounding[i].damaged) {
            fields << kRoundingFields[i];
        }
    }
    for (std::size_t i = 0; i < kZerosFields.size(); ++i) {
        if (m_zeros[i].damaged) {
            fields << kZerosFields[i];
        }
    }
    return fields;
}

QList<Issue> SpreadsheetDamage::rowIssues(const Household &household, const Member &member) const
{
    QList<Issue> issues;
    for (std::size_t i = 0; i < kRoundingFields.size(); ++i) {
        const Field field = kRoundingFields[i];
        const QString &value = valueOf(household, member, field);
        if (m_rounding[i].damaged && isLongNumber(value) && value.back() == u'0') {
            issues << damageIssue(field, {shown(field, value), QStringLiteral("rounded")});
        }
    }
    for (std::size_t i = 0; i < kZerosFields.size(); ++i) {
        const Field field = kZerosFields[i];
        const QString &value = household.value(field);
        if (m_zeros[i].damaged && allDigits(value) && value.size() < m_zeros[i].width) {
            issues << damageIssue(field, {value, QStringLiteral("zeros"), QString::number(m_zeros[i].width)});
        }
    }
    return issues;
}

} // namespace verdes
