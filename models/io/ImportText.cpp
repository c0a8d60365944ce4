// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/io/ImportText.h"

#include "models/io/SnapshotImporter.h"

namespace verdes {

QString ImportText::separatorName(QChar separator)
{
    switch (separator.unicode()) {
    case u',':
        return tr("comma (,)");
    case u';':
        return tr("semicolon (;)");
    case u'\t':
        return tr("tab");
    default:
        return separator.isNull() ? QString() : QString(separator);
    }
}

QStringList ImportText::fileFacts(const ImportReport &report)
{
    QStringList facts;
    if (!report.separator.isNull()) {
        facts << tr("Columns separated by %1.").arg(separatorName(report.separator));
    }
    if (!report.absentColumns.isEmpty()) {
        facts << tr("Optional columns not in the file, whose values the vault keeps: %1.")
                     .arg(report.absentColumns.join(QStringLiteral(", ")));
    }
    return facts;
}

} // namespace verdes
