// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"
#include "models/domain/Field.h"

#include <QList>
#include <QStringList>

#include <array>

namespace verdes {

// The header of a snapshot (DOMAIN.md §13) mapped onto the field table: columns are found by name,
// in any letter case and with spaces around it (issue 11: "NIK " is nik, though DOMAIN.md §13 says
// case-sensitive; spreadsheets and people re-case headers), an absent optional column is "no
// information" (the importer keeps the vault's values), unknown columns are listed and ignored, and
// columns without a name are ignored silently.
// Shared by the CSV reader (which reports F03/F04 from header()) and the importer (which maps every
// row of any RowSource through it).
class CsvColumns final
{
public:
    // F03 (a required column, or `nik`/`kk_number`, is absent) and F04 (a name appears twice).
    static Result<CsvColumns> fromHeader(const QStringList &header);

    // The columns that must be present (required ones, plus `nik` and `kk_number`, which may be empty).
    static bool mustBePresent(Field field);

    const QStringList &header() const { return m_header; }

    const QStringList &unknownColumns() const { return m_unknown; }

    // The optional columns the header lacks, in field order (their values are not in the file).
    QStringList absentColumns() const;

    // Where the field's column is in a row of the file, or -1 when absent.
    qsizetype indexOf(Field field) const { return m_index[static_cast<std::size_t>(fieldIndex(field))]; }

    // The raw text of a field in a row of the file (empty when the column is absent).
    const QString &value(const QStringList &row, Field field) const;

private:
    QStringList m_header;
    QStringList m_unknown;
    std::array<qsizetype, kFieldCount> m_index{};
};

} // namespace verdes
