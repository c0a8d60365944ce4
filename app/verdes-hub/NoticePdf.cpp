// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/verdes-hub/NoticePdf.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDir>
#include <QFont>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace verdes::app {

namespace {

const QMarginsF kMargins(25.0, 15.0, 15.0, 12.0); // millimetres, as the village's documents
constexpr int kResolution = 300;
constexpr double kBodyPoints = 10.0;
constexpr double kFooterPoints = 7.5;

QFont noticeFont(double points)
{
    QFont font(QStringLiteral("DejaVu Serif"));
    font.setStyleHint(QFont::Serif);
    font.setPointSizeF(points);
    font.setStyleStrategy(QFont::PreferNoShaping); // key ids and names are copied from the PDF
    return font;
}

} // namespace

Result<int> NoticePdf::write(const QString &html,
                             const QString &title,
                             const QString &path,
                             OutputPath::Existing existing)
{
    VERDES_TRY_ASSIGN(target, OutputPath::check(path, existing));
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error(ErrorCode::FileWriteFailed, {QDir::toNativeSeparators(path)}, file.errorString());
    }
    int pages = 0;
    {
        QPdfWriter writer(&file);
        writer.setResolution(kResolution);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("verdes-hub"));
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(kMargins, QPageLayout::Millimeter);

        QPainter painter(&writer);
        const QRect page = writer.pageLayout().paintRectPixels(writer.resolution());
        const QFont footerFont = noticeFont(kFooterPoints);
        const int footerHeight = QFontMetrics(footerFont, &writer).height() * 2;
        QTextDocument document;
        document.documentLayout()->setPaintDevice(&writer);
        document.setDefaultFont(noticeFont(kBodyPoints));
        document.setHtml(html);
        const QSizeF body(page.width(), page.height() - footerHeight);
        document.setPageSize(body);
        pages = document.pageCount();
        for (int i = 0; i < pages; ++i) {
            if (i > 0) {
                writer.newPage();
            }
            painter.save();
            painter.translate(0, -body.height() * i);
            document.drawContents(&painter, QRectF(QPointF(0, body.height() * i), body));
            painter.restore();
            painter.setFont(footerFont);
            painter.drawText(QRect(0, page.height() - footerHeight / 2, page.width(), footerHeight / 2),
                             Qt::AlignRight | Qt::AlignVCenter,
                             QCoreApplication::translate("NoticePdf", "%1 · page %2 of %3")
                                 .arg(title)
                                 .arg(i + 1)
                                 .arg(pages));
        }
    }
    if (!file.commit()) {
        return Error(ErrorCode::FileWriteFailed, {QDir::toNativeSeparators(path)}, file.errorString());
    }
    return pages;
}

} // namespace verdes::app
