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

QString ImportText::proposalsSummary(const ReconcileCounts &counts)
{
    QStringList parts;
    const auto n = [](qint64 value) {
        return static_cast<int>(value);
    };
    if (counts.reflected > 0) {
        parts << tr("%n reflected in the DTSEN data", nullptr, n(counts.reflected));
    }
    if (counts.notReflected > 0) {
        parts << tr(
            "%n not reflected (flagged: propose again if still needed)", nullptr, n(counts.notReflected));
    }
    if (counts.rebased > 0) {
        parts << tr("%n adjusted to the new data (other fields changed)", nullptr, n(counts.rebased));
    }
    if (counts.conflicts > 0) {
        parts << tr("%n in conflict with the new data (to resolve)", nullptr, n(counts.conflicts));
    }
    if (counts.targetGone > 0) {
        parts << tr("%n whose family or member is gone (to withdraw)", nullptr, n(counts.targetGone));
    }
    if (parts.isEmpty()) {
        return {};
    }
    return tr("Proposals: %1.").arg(parts.join(QStringLiteral("; ")));
}

QString ImportText::formatHelpTitle()
{
    return tr("How to save a file for Verdes from Excel or LibreOffice");
}

QString ImportText::formatHelp()
{
    const QStringList paragraphs{
        tr("Verdes reads a CSV file: a header line with the column names, then one line per member. "
           "It reads files saved by Excel or LibreOffice as they are: columns separated by commas, "
           "semicolons or tabs, column names in any letter case, empty columns and rows at the end. "
           "What it cannot repair are long numbers that a spreadsheet changed: NIK, KK numbers, PLN "
           "customer ids, SLS codes and region codes shown as 3,31819E+15, rounded to end in 0, or "
           "stripped of their leading zeros (0001 becomes 1). Such rows are refused. Keep these "
           "columns, and the dates, as Text."),
        tr("In Excel:\n"
           "1. Do not open the file by double-clicking it. In an empty workbook choose Data › From "
           "Text/CSV and pick the file; set File Origin to \"65001: Unicode (UTF-8)\" and Data Type "
           "Detection to \"Do not detect data types\", then Load. (Older Excel: Data › From Text, "
           "and in step 3 select every column and choose Text.)\n"
           "2. Make your changes. Type dates as 2024-01-31.\n"
           "3. File › Save As, type \"CSV UTF-8 (Comma delimited)\". Not \"CSV (Comma delimited)\": "
           "that one spoils letters such as é and the ’ apostrophe."),
        tr("In LibreOffice Calc:\n"
           "1. File › Open and pick the file. In the Text Import window set Character set to "
           "\"Unicode (UTF-8)\" and tick the separator the file uses, click the top-left corner of "
           "the preview to select every column, set Column type to Text, then OK.\n"
           "2. Make your changes. Type dates as 2024-01-31.\n"
           "3. File › Save As, type \"Text CSV (.csv)\", tick \"Edit filter settings\", keep the "
           "format, then set Character set to \"Unicode (UTF-8)\" and Field delimiter to , or ;."),
        tr("Then import the file again. Each problem is listed with its line and its column as the "
           "spreadsheet names them (for example line 7, column BT (name)), so that you can find it."),
    };
    return paragraphs.join(QStringLiteral("\n\n"));
}

} // namespace verdes
