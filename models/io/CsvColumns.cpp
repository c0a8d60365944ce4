// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/io/CsvColumns.h"

#include <QSet>

namespace verdes {

bool CsvColumns::mustBePresent(Field field)
{
    // DOMAIN.md §13: required columns, plus nik and kk_number ("present, may be empty").
    return fieldDef(field).required || field == Field::Nik || field == Field::KkNumber;
}

Result<CsvColumns> CsvColumns::fromHeader(const QStringList &header)
{
    CsvColumns columns;
    columns.m_header = header;
    columns.m_index.fill(-1);
    QSet<QString> seen;
    for (qsizetype i = 0; i < header.size(); ++i) {
        const QString name = header.at(i).trimmed();
        if (name.isEmpty()) {
            continue; // an unnamed column (a spreadsheet's used range): nothing to read
        }
        // Every column name of the field table is lower-case ASCII.
        const QString key = name.toLower();
        if (seen.contains(key)) {
            return Error(
                ErrorCode::CsvDuplicateColumn, {name}, QStringLiteral("F04 at column %1").arg(i + 1));
        }
        seen.insert(key);
        const auto field = fieldByColumn(key);
        if (!field) {
            columns.m_unknown << name;
            continue;
        }
        columns.m_index[static_cast<std::size_t>(fieldIndex(*field))] = i;
    }
    QStringList missing;
    for (const FieldDef &def : allFields()) {
        if (mustBePresent(def.field) && columns.indexOf(def.field) < 0) {
            missing << QString::fromLatin1(def.column);
        }
    }
    if (!missing.isEmpty()) {
        return Error(ErrorCode::CsvMissingColumn,
                     {missing.join(QStringLiteral(", "))},
                     QStringLiteral("F03: %1 missing").arg(missing.size()));
    }
    return columns;
}

QStringList CsvColumns::absentColumns() const
{
    QStringList absent;
    for (const FieldDef &def : allFields()) {
        if (indexOf(def.field) < 0) {
            absent << QString::fromLatin1(def.column);
        }
    }
    return absent;
}

const QString &CsvColumns::value(const QStringList &row, Field field) const
{
    static const QString empty;
    const qsizetype i = indexOf(field);
    if (i < 0 || i >= row.size()) {
        return empty;
    }
    return row.at(i);
}

} // namespace verdes
