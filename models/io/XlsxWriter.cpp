// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/io/XlsxWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <xlsxwriter.h>

namespace verdes {

namespace {

Error failed(const QString &path, const QString &detail)
{
    return Error(ErrorCode::DocumentSpreadsheetFailed, {QDir::toNativeSeparators(path)}, detail);
}

QString errorText(lxw_error error)
{
    return QString::fromUtf8(lxw_strerror(error));
}

} // namespace

Result<void> XlsxWriter::write(const QString &path, const XlsxSheet &sheet)
{
    // A name beside the target that nothing else uses; libxlsxwriter creates the file itself.
    QString temporary;
    {
        QTemporaryFile reserve(QFileInfo(path).absolutePath() + QStringLiteral("/.verdes-XXXXXX.xlsx"));
        if (!reserve.open()) {
            return Error(ErrorCode::FileWriteFailed, {QDir::toNativeSeparators(path)}, reserve.errorString());
        }
        temporary = reserve.fileName();
    }
    const QByteArray temporaryName = QFile::encodeName(temporary);
    lxw_workbook_options options{};
    options.constant_memory = LXW_FALSE;
    options.tmpdir = nullptr;
    lxw_workbook *workbook = workbook_new_opt(temporaryName.constData(), &options);
    if (workbook == nullptr) {
        QFile::remove(temporary);
        return failed(path, QStringLiteral("workbook_new failed"));
    }
    const QByteArray sheetName = sheet.name.left(31).toUtf8();
    lxw_worksheet *worksheet =
        workbook_add_worksheet(workbook, sheetName.isEmpty() ? nullptr : sheetName.constData());
    lxw_format *bold = workbook_add_format(workbook);
    format_set_bold(bold);
    lxw_format *header = workbook_add_format(workbook);
    format_set_bold(header);
    format_set_border(header, LXW_BORDER_THIN);
    format_set_bg_color(header, 0xE8E8E8);
    format_set_text_wrap(header);
    lxw_format *cell = workbook_add_format(workbook);
    format_set_border(cell, LXW_BORDER_THIN);
    format_set_text_wrap(cell);
    format_set_align(cell, LXW_ALIGN_VERTICAL_TOP);
    format_set_num_format(cell, "@"); // text: Excel must not read a NIK as a number

    for (qsizetype c = 0; c < sheet.columnWidths.size(); ++c) {
        worksheet_set_column(worksheet,
                             static_cast<lxw_col_t>(c),
                             static_cast<lxw_col_t>(c),
                             sheet.columnWidths.at(c),
                             nullptr);
    }
    lxw_row_t row = 0;
    for (const QString &line : sheet.titleLines) {
        worksheet_write_string(worksheet, row++, 0, line.toUtf8().constData(), bold);
    }
    if (!sheet.titleLines.isEmpty()) {
        ++row;
    }
    const lxw_row_t headerRow = row;
    QList<qsizetype> numberColumns;
    if (!sheet.rows.isEmpty()) {
        const QStringList &names = sheet.rows.first();
        for (qsizetype c = 0; c < names.size(); ++c) {
            worksheet_write_string(
                worksheet, row, static_cast<lxw_col_t>(c), names.at(c).toUtf8().constData(), header);
            if (names.at(c) == u"No.") {
                numberColumns.append(c);
            }
        }
        ++row;
    }
    for (qsizetype r = 1; r < sheet.rows.size(); ++r, ++row) {
        const QStringList &cells = sheet.rows.at(r);
        for (qsizetype c = 0; c < cells.size(); ++c) {
            bool isNumber = false;
            const double number = numberColumns.contains(c) ? cells.at(c).toDouble(&isNumber) : 0.0;
            const auto column = static_cast<lxw_col_t>(c);
            const lxw_error error =
                isNumber
                    ? worksheet_write_number(worksheet, row, column, number, cell)
                    : worksheet_write_string(worksheet, row, column, cells.at(c).toUtf8().constData(), cell);
            if (error != LXW_NO_ERROR) {
                workbook_close(workbook);
                QFile::remove(temporary);
                return failed(path, errorText(error));
            }
        }
    }
    if (!sheet.rows.isEmpty()) {
        const auto lastColumn = static_cast<lxw_col_t>(std::max<qsizetype>(sheet.rows.first().size() - 1, 0));
        worksheet_freeze_panes(worksheet, headerRow + 1, 0);
        worksheet_autofilter(worksheet, headerRow, 0, std::max(headerRow, row - 1), lastColumn);
    }
    worksheet_set_landscape(worksheet);
    worksheet_fit_to_pages(worksheet, 1, 0);
    if (const lxw_error error = workbook_close(workbook); error != LXW_NO_ERROR) {
        QFile::remove(temporary);
        return failed(path, errorText(error));
    }
    if (QFile::exists(path) && !QFile::remove(path)) {
        QFile::remove(temporary);
        return Error(
            ErrorCode::FileWriteFailed, {QDir::toNativeSeparators(path)}, QStringLiteral("cannot replace"));
    }
    if (!QFile::rename(temporary, path)) {
        QFile::remove(temporary);
        return Error(
            ErrorCode::FileWriteFailed, {QDir::toNativeSeparators(path)}, QStringLiteral("rename failed"));
    }
    return {};
}

} // namespace verdes
