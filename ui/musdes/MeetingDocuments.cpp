// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/musdes/MeetingDocuments.h"

#include "models/domain/RegionTable.h"
#include "models/io/XlsxWriter.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>
#include <QSaveFile>
#include <QTextDocument>

namespace verdes::ui {

namespace {

// Page margins in millimetres: a wider left margin for binding, as Indonesian letters have.
const QMarginsF kMargins(25.0, 15.0, 15.0, 12.0);
constexpr int kResolution = 300; // dots per inch of the PDF's coordinates
constexpr double kFooterPoints = 7.5;

QFont documentFont(double points)
{
    QFont font(QStringLiteral("DejaVu Serif"));
    font.setStyleHint(QFont::Serif);
    font.setPointSizeF(points);
    // No ligatures: names, the seal's code and the audit hash are read and copied from the PDF,
    // and an "ff" or "fi" ligature would turn two of their letters into one glyph.
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

// The lists of items have nine columns: they are printed across the page.
bool isLandscape(DocumentKind kind)
{
    return kind == DocumentKind::Bnba || kind == DocumentKind::Ditolak || kind == DocumentKind::Ditunda;
}

void setUpDevice(QPagedPaintDevice &device, Paper paper, DocumentKind kind)
{
    device.setPageSize(pageSizeOf(paper));
    device.setPageOrientation(isLandscape(kind) ? QPageLayout::Landscape : QPageLayout::Portrait);
    device.setPageMargins(kMargins, QPageLayout::Millimeter);
}

} // namespace

std::optional<Paper> paperFromCode(QStringView code)
{
    if (code.compare(u"a4", Qt::CaseInsensitive) == 0) {
        return Paper::A4;
    }
    if (code.compare(u"f4", Qt::CaseInsensitive) == 0) {
        return Paper::F4;
    }
    return std::nullopt;
}

QPageSize pageSizeOf(Paper paper)
{
    switch (paper) {
    case Paper::A4:
        return {QPageSize::A4};
    case Paper::F4:
        return QPageSize(
            QSizeF(215.0, 330.0), QPageSize::Millimeter, QStringLiteral("F4"), QPageSize::ExactMatch);
    }
    return {QPageSize::A4};
}

Result<std::unique_ptr<QTextDocument>> MeetingDocuments::document(const MeetingDocumentData &data,
                                                                  DocumentKind kind,
                                                                  const QHash<QString, QString> &values)
{
    VERDES_TRY_ASSIGN(html, MeetingDocumentValues::html(data, kind, values));
    auto document = std::make_unique<QTextDocument>();
    document->setUndoRedoEnabled(false); // a document laid out once and printed: no history
    document->setDefaultFont(documentFont(11.0));
    document->setDocumentMargin(0);
    document->setHtml(html);
    document->setMetaInformation(QTextDocument::DocumentTitle, DocumentTemplate::title(kind));
    return document;
}

Result<int> MeetingDocuments::paint(QTextDocument &document,
                                    QPagedPaintDevice &device,
                                    const QString &footer,
                                    Progress &progress)
{
    QPainter painter;
    if (!painter.begin(&device)) {
        return Error(ErrorCode::Internal, {}, QStringLiteral("QPainter::begin failed on the page device"));
    }
    // The painter's origin is the top left of the printable area (inside the margins).
    const QRectF area(QPointF(0, 0), device.pageLayout().paintRectPixels(device.logicalDpiX()).size());
    const QFont footerFont = documentFont(kFooterPoints);
    const QFontMetricsF metrics(footerFont, &device);
    const double footerHeight = metrics.height() * 2.2;

    document.documentLayout()->setPaintDevice(&device);
    document.setPageSize(QSizeF(area.width(), area.height() - footerHeight));
    const double pageHeight = document.pageSize().height();
    const int pages = document.pageCount();

    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, Qt::black);
    for (int page = 0; page < pages; ++page) {
        if (progress.isCancelled()) {
            painter.end();
            return Error(ErrorCode::Cancelled);
        }
        if (page > 0 && !device.newPage()) {
            painter.end();
            return Error(ErrorCode::Internal, {}, QStringLiteral("newPage failed"));
        }
        painter.save();
        const QRectF clip(0, page * pageHeight, area.width(), pageHeight);
        painter.translate(0, -clip.top());
        painter.setClipRect(clip);
        context.clip = clip;
        document.documentLayout()->draw(&painter, context);
        painter.restore();

        // The footer: a thin rule, the seal on the left, the page on the right.
        const double top = area.height() - footerHeight;
        painter.setPen(QPen(Qt::black, device.logicalDpiX() / 300.0));
        painter.drawLine(QPointF(0, top + metrics.height() * 0.6),
                         QPointF(area.width(), top + metrics.height() * 0.6));
        painter.setFont(footerFont);
        const QRectF textRect(0, top + metrics.height() * 0.9, area.width(), metrics.height() * 1.2);
        const QString pageText = MeetingDocumentData::pageText(page + 1, pages);
        // The seal's text stops short of the page number (shortened with "…" when it is too long).
        QRectF sealRect = textRect;
        sealRect.setWidth(textRect.width() - metrics.horizontalAdvance(pageText)
                          - metrics.averageCharWidth() * 3);
        painter.drawText(sealRect,
                         Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(footer, Qt::ElideRight, sealRect.width()));
        painter.drawText(textRect, Qt::AlignRight | Qt::AlignVCenter, pageText);
    }
    if (!painter.end()) {
        return Error(ErrorCode::Internal, {}, QStringLiteral("QPainter::end failed"));
    }
    return pages;
}

Result<int> MeetingDocuments::writePdf(const MeetingDocumentData &data,
                                       DocumentKind kind,
                                       Paper paper,
                                       const QString &path,
                                       const QHash<QString, QString> &values,
                                       Progress &progress)
{
    VERDES_TRY_ASSIGN(document, MeetingDocuments::document(data, kind, values));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error(ErrorCode::FileWriteFailed, {QDir::toNativeSeparators(path)}, file.errorString());
    }
    int pages = 0;
    {
        QPdfWriter writer(&file);
        writer.setResolution(kResolution);
        writer.setTitle(DocumentTemplate::title(kind) + QStringLiteral(" ") + data.meeting.number);
        writer.setCreator(QStringLiteral("Verdes"));
        setUpDevice(writer, paper, kind);
        VERDES_TRY_ASSIGN(painted, paint(*document, writer, data.footerText(), progress));
        pages = painted;
    }
    if (!file.commit()) {
        return Error(ErrorCode::FileWriteFailed, {QDir::toNativeSeparators(path)}, file.errorString());
    }
    return pages;
}

Result<void> MeetingDocuments::writeBnbaXlsx(const MeetingDocumentData &data, const QString &path)
{
    XlsxSheet sheet;
    sheet.name = QStringLiteral("BNBA");
    sheet.titleLines = {
        QStringLiteral("Daftar by name by address (BNBA) usulan yang disetujui"),
        QStringLiteral("%1 %2 · Nomor %3 · %4")
            .arg(data.villageName,
                 RegionTable::dotted(data.villageCode),
                 data.meeting.number,
                 MeetingDocumentValues::dateText(data.meeting.date)),
        data.footerText(),
    };
    sheet.rows = MeetingDocumentValues::bnbaRows(data.agreed);
    sheet.columnWidths = {5, 28, 19, 19, 30, 9, 22, 40, 22};
    return XlsxWriter::write(path, sheet);
}

Result<QStringList> MeetingDocuments::writeAll(const MeetingDocumentData &data,
                                               Paper paper,
                                               const QString &folder,
                                               OutputPath::Existing existing,
                                               Progress &progress)
{
    const QList<DocumentKind> kinds = data.documents();
    const qint64 total = kinds.size() + 1;
    // Every target is checked before anything is written.
    QStringList targets;
    for (const DocumentKind kind : kinds) {
        VERDES_TRY_ASSIGN(
            target,
            OutputPath::check(QDir(folder).filePath(data.fileName(kind, QStringLiteral("pdf"))), existing));
        targets.append(target);
    }
    VERDES_TRY_ASSIGN(
        xlsx,
        OutputPath::check(QDir(folder).filePath(data.fileName(DocumentKind::Bnba, QStringLiteral("xlsx"))),
                          existing));
    QStringList written;
    const auto undo = [&written](Error error) -> Result<QStringList> {
        for (const QString &path : std::as_const(written)) {
            QFile::remove(path);
        }
        return error;
    };
    const QHash<QString, QString> values = MeetingDocumentValues::build(data);
    for (qsizetype i = 0; i < kinds.size(); ++i) {
        if (!progress.advance(i, total)) {
            return undo(Error(ErrorCode::Cancelled));
        }
        progress.setPhase(tr("Writing %1…").arg(DocumentTemplate::title(kinds.at(i))));
        if (auto done = writePdf(data, kinds.at(i), paper, targets.at(i), values, progress); !done) {
            return undo(done.error());
        }
        written.append(targets.at(i));
    }
    if (!progress.advance(kinds.size(), total)) {
        return undo(Error(ErrorCode::Cancelled));
    }
    progress.setPhase(tr("Writing the spreadsheet…"));
    if (auto done = writeBnbaXlsx(data, xlsx); !done) {
        return undo(done.error());
    }
    written.append(xlsx);
    progress.report(total, total);
    return written;
}

Result<void> MeetingDocuments::print(const MeetingDocumentData &data, DocumentKind kind, QPrinter &printer)
{
    VERDES_TRY_ASSIGN(document, MeetingDocuments::document(data, kind, MeetingDocumentValues::build(data)));
    printer.setDocName(DocumentTemplate::title(kind));
    VERDES_TRY(paint(*document, printer, data.footerText()));
    return {};
}

Result<bool> MeetingDocuments::printWithDialog(QWidget *parent,
                                               const MeetingDocumentData &data,
                                               DocumentKind kind,
                                               Paper paper)
{
    QPrinter printer(QPrinter::HighResolution);
    setUpDevice(printer, paper, kind);
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print %1").arg(DocumentTemplate::title(kind)));
    if (dialog.exec() != QDialog::Accepted) {
        return false;
    }
    VERDES_TRY(print(data, kind, printer));
    return true;
}

MeetingDocumentsJob::MeetingDocumentsJob(
    MeetingDocumentData data, Paper paper, QString folder, OutputPath::Existing existing, QObject *parent)
    : Job(parent)
    , m_data(std::move(data))
    , m_paper(paper)
    , m_folder(std::move(folder))
    , m_existing(existing)
{}

MeetingDocumentsJob::~MeetingDocumentsJob()
{
    wait();
}

void MeetingDocumentsJob::work()
{
    m_result = MeetingDocuments::writeAll(m_data, m_paper, m_folder, m_existing, *this);
}

} // namespace verdes::ui
