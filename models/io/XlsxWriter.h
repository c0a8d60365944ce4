// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace verdes {

// One worksheet written as an Excel workbook (.xlsx) with Debian's libxlsxwriter: title lines on
// top, then a bold header row (frozen, with a filter) and the rows. Every cell is text, so a NIK or a
// KK keeps its 16 digits and leading zeros; a column whose header is "No." holds numbers.
struct XlsxSheet
{
    QString name;               // the worksheet's name (at most 31 characters; longer is cut)
    QStringList titleLines;     // bold lines above the table
    QList<QStringList> rows;    // the header first
    QList<double> columnWidths; // in characters; missing ones are Excel's default
};

class XlsxWriter final
{
public:
    // Writes `sheet` to `path` (checked by the caller with OutputPath). The file appears complete or
    // not at all: libxlsxwriter writes a temporary file beside it, renamed at the end.
    static Result<void> write(const QString &path, const XlsxSheet &sheet);
};

} // namespace verdes
