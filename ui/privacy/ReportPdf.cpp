// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/privacy/ReportPdf.h"

#include "ui/musdes/MeetingDocuments.h"

#include <QDir>
#include <QFont>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace verdes::ui {

namespace {

const QMarginsF kMargins(25.0, 15.0, 15.0, 12.0); // millimetres, as the meeting's documents
constexpr int kResolution = 300;
constexpr double kBodyPoints = 9.0;

} // namespace

Result<int> ReportPdf::write(const QString &html,
                             const QString &title,
                             const QString &footer,
                             const QString &path,
                             OutputPath::Existing existing)
{
    VERDES_TRY_ASSIGN(target, OutputPath::check(path, existing));
    QTextDocument document;
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(kBodyPoints);
    // No ligatures: the NIK and the names are read and copied from the PDF.
    font.setStyleStrategy(QFont::PreferNoShaping);
    document.setDefaultFont(font);
    document.setHtml(html);
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error(ErrorCode::FileWriteFailed, {QDir::toNativeSeparators(path)}, file.errorString());
    }
    int pages = 0;
    {
        QPdfWriter writer(&file);
        writer.setResolution(kResolution);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Verdes"));
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageOrientation(QPageLayout::Portrait);
        writer.setPageMargins(kMargins, QPageLayout::Millimeter);
        VERDES_TRY_ASSIGN(painted, MeetingDocuments::paint(document, writer, footer));
        pages = painted;
    }
    if (!file.commit()) {
        return Error(ErrorCode::FileWriteFailed, {QDir::toNativeSeparators(path)}, file.errorString());
    }
    return pages;
}

} // namespace verdes::ui
