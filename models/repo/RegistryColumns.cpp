// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/repo/RegistryColumns.h"

#include "models/domain/Household.h"
#include "models/vault/Statement.h"

namespace verdes {

namespace {

QString joinColumns(int first, int count, const QString &pattern)
{
    QStringList parts;
    parts.reserve(count);
    for (int i = 0; i < count; ++i) {
        const Field field = first < 0 ? RegistryColumns::householdField(i) : RegistryColumns::memberField(i);
        if (pattern.contains(QLatin1String("%2"))) {
            parts << pattern.arg(columnName(field)).arg(i + qAbs(first));
        } else {
            parts << pattern.arg(columnName(field));
        }
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

Field RegistryColumns::householdField(int position)
{
    return position < kFirstMemberField ? static_cast<Field>(position) : Field::InstrumentVersion;
}

Field RegistryColumns::memberField(int position)
{
    return static_cast<Field>(kFirstMemberField + position);
}

const QString &RegistryColumns::householdList()
{
    static const QString list = joinColumns(-1, kHouseholdValueCount, QStringLiteral("%1"));
    return list;
}

const QString &RegistryColumns::memberList()
{
    static const QString list = joinColumns(1, kMemberValueCount, QStringLiteral("%1"));
    return list;
}

QString RegistryColumns::placeholders(int first, int count)
{
    QStringList parts;
    parts.reserve(count);
    for (int i = 0; i < count; ++i) {
        parts << QStringLiteral("?%1").arg(first + i);
    }
    return parts.join(QStringLiteral(", "));
}

QString RegistryColumns::householdAssignments(int first)
{
    return joinColumns(-first, kHouseholdValueCount, QStringLiteral("%1 = ?%2"));
}

QString RegistryColumns::memberAssignments(int first)
{
    return joinColumns(first, kMemberValueCount, QStringLiteral("%1 = ?%2"));
}

bool RegistryColumns::isIntegerColumn(Field field)
{
    switch (fieldDef(field).kind) {
    case FieldKind::Integer:
    case FieldKind::Code:
    case FieldKind::YesNo:
    case FieldKind::Flags:
        return true;
    default:
        return false;
    }
}

void RegistryColumns::bind(Statement &statement, int index, Field field, const QString &value)
{
    if (value.isEmpty()) {
        statement.bindNullAt(index);
        return;
    }
    if (isIntegerColumn(field)) {
        if (const auto number = parseInteger(value)) {
            statement.bindAt(index, *number);
            return;
        }
    }
    statement.bindAt(index, QStringView(value));
}

QString RegistryColumns::read(const Statement &statement, int column, Field field)
{
    if (statement.isNull(column)) {
        return {};
    }
    if (isIntegerColumn(field)) {
        return QString::number(statement.int64(column));
    }
    return statement.text(column);
}

} // namespace verdes
