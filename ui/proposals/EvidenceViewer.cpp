// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/proposals/EvidenceViewer.h"

#include "models/proposals/Evidence.h"
#include "ui/common/ScreenFit.h"

#include <QBuffer>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QPdfDocument>
#include <QPixmap>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QVBoxLayout>

namespace verdes::ui {

namespace {

constexpr int kShownWidth = 1000;
constexpr int kShownHeight = 700;
constexpr int kPdfPageWidth = 820;

} // namespace

EvidenceViewer::EvidenceViewer(const QString &fileName,
                               const QString &mime,
                               const QByteArray &bytes,
                               QWidget *parent)
    : QDialog(parent)
    , m_facts(tr("%1 · %2 · %3").arg(fileName, EvidenceCheck::formatSize(bytes.size()), mime))
    , m_info(new QLabel(this))
{
    setObjectName(QStringLiteral("evidenceViewer"));
    setWindowTitle(tr("Evidence: %1").arg(fileName));
    auto *layout = new QVBoxLayout(this);
    m_info->setObjectName(QStringLiteral("evidenceInfoLabel"));
    m_info->setWordWrap(true);
    m_info->setTextFormat(Qt::PlainText);

    auto *scroll = new QScrollArea(this);
    m_picture = new QLabel(scroll);
    m_picture->setObjectName(QStringLiteral("evidenceImageLabel"));
    scroll->setWidget(m_picture);
    scroll->setWidgetResizable(false);
    scroll->setAlignment(Qt::AlignCenter);
    layout->addWidget(scroll, 1);

    if (EvidenceCheck::isImage(mime)) {
        const QImage image = QImage::fromData(bytes);
        if (!image.isNull()) {
            m_showsImage = true;
            QImage shown = image;
            if (shown.width() > kShownWidth || shown.height() > kShownHeight) {
                shown =
                    shown.scaled(kShownWidth, kShownHeight, Qt::KeepAspectRatio, Qt::SmoothTransformation);
            }
            m_picture->setPixmap(QPixmap::fromImage(shown));
            m_picture->adjustSize();
            m_info->setText(tr("%1 · %2 × %3 pixels").arg(m_facts).arg(image.width()).arg(image.height()));
        } else {
            scroll->hide();
            m_info->setText(tr("%1\nThe image could not be read.").arg(m_facts));
        }
    } else {
        // The PDF is read from a buffer in memory, never from a file.
        auto *pages = new QHBoxLayout;
        m_previousButton = new QPushButton(tr("&Previous page"), this);
        m_previousButton->setObjectName(QStringLiteral("previousPageButton"));
        m_previousButton->setToolTip(tr("Previous page (Page Up)"));
        m_nextButton = new QPushButton(tr("&Next page"), this);
        m_nextButton->setObjectName(QStringLiteral("nextPageButton"));
        m_nextButton->setToolTip(tr("Next page (Page Down)"));
        m_pageLabel = new QLabel(this);
        m_pageLabel->setObjectName(QStringLiteral("pageLabel"));
        pages->addWidget(m_previousButton);
        pages->addStretch();
        pages->addWidget(m_pageLabel);
        pages->addStretch();
        pages->addWidget(m_nextButton);
        layout->addLayout(pages);
        connect(m_previousButton, &QPushButton::clicked, this, [this] {
            showPage(m_shownPage - 1);
        });
        connect(m_nextButton, &QPushButton::clicked, this, [this] {
            showPage(m_shownPage + 1);
        });
        // Page Up / Page Down turn the pages, wherever the focus is in the dialog.
        auto *previousKey = new QShortcut(QKeySequence(Qt::Key_PageUp), this);
        auto *nextKey = new QShortcut(QKeySequence(Qt::Key_PageDown), this);
        connect(previousKey, &QShortcut::activated, this, [this] {
            showPage(m_shownPage - 1);
        });
        connect(nextKey, &QShortcut::activated, this, [this] {
            showPage(m_shownPage + 1);
        });
        m_previousButton->setEnabled(false);
        m_nextButton->setEnabled(false);
        m_info->setText(tr("%1\nOpening the document…").arg(m_facts));

        m_pdfBytes = new QBuffer(this);
        m_pdfBytes->setData(bytes);
        m_pdfBytes->open(QIODevice::ReadOnly);
        m_pdf = new QPdfDocument(this);
        connect(m_pdf, &QPdfDocument::statusChanged, this, &EvidenceViewer::pdfStatusChanged);
        m_pdf->load(m_pdfBytes);
        pdfStatusChanged();
    }
    layout->addWidget(m_info);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    ScreenFit::resize(this, m_showsImage || m_pdf != nullptr ? QSize(900, 760) : QSize(480, 160));
}

EvidenceViewer::~EvidenceViewer()
{
    // Closing the document on destruction signals a status change: not to this half-destroyed dialog.
    if (m_pdf != nullptr) {
        m_pdf->disconnect(this);
    }
}

int EvidenceViewer::pageCount() const
{
    return m_pdf != nullptr && m_pdf->status() == QPdfDocument::Status::Ready ? m_pdf->pageCount() : 0;
}

void EvidenceViewer::pdfStatusChanged()
{
    switch (m_pdf->status()) {
    case QPdfDocument::Status::Ready:
        if (m_shownPage < 0 && !showPage(0)) {
            m_info->setText(tr("%1\nThe document has no page to show.").arg(m_facts));
        }
        break;
    case QPdfDocument::Status::Error:
        m_picture->parentWidget()->parentWidget()->hide(); // the scroll area
        m_pageLabel->clear();
        m_info->setText(m_pdf->error() == QPdfDocument::Error::IncorrectPassword
                            ? tr("%1\nThe document is protected with a password and cannot be shown. "
                                 "Ask for a copy without a password.")
                                  .arg(m_facts)
                            : tr("%1\nThe document could not be read: it may be damaged.").arg(m_facts));
        break;
    case QPdfDocument::Status::Null:
    case QPdfDocument::Status::Loading:
    case QPdfDocument::Status::Unloading:
        break;
    }
}

namespace {

QImage renderPage(QPdfDocument &pdf, int page, int width)
{
    const QSizeF points = pdf.pagePointSize(page);
    if (points.isEmpty()) {
        return {};
    }
    const QImage rendered = pdf.render(page, QSize(width, qRound(width * points.height() / points.width())));
    if (rendered.isNull()) {
        return {};
    }
    // Most PDFs leave the paper unpainted: show it white, as printed.
    QImage paper(rendered.size(), QImage::Format_RGB32);
    paper.fill(Qt::white);
    QPainter painter(&paper);
    painter.drawImage(0, 0, rendered);
    return paper;
}

} // namespace

QImage EvidenceViewer::firstPage(const QByteArray &pdf, int width)
{
    QBuffer buffer;
    buffer.setData(pdf);
    buffer.open(QIODevice::ReadOnly);
    QPdfDocument document;
    document.load(&buffer);
    if (document.status() != QPdfDocument::Status::Ready || document.pageCount() == 0) {
        return {};
    }
    return renderPage(document, 0, width);
}

bool EvidenceViewer::showPage(int page)
{
    if (page < 0 || page >= pageCount()) {
        return false;
    }
    const QImage image = renderPage(*m_pdf, page, kPdfPageWidth);
    if (image.isNull()) {
        return false;
    }
    m_picture->setPixmap(QPixmap::fromImage(image));
    m_picture->adjustSize();
    m_shownPage = page;
    m_pageLabel->setText(tr("Page %1 of %2").arg(page + 1).arg(pageCount()));
    m_previousButton->setEnabled(page > 0);
    m_nextButton->setEnabled(page + 1 < pageCount());
    m_info->setText(m_facts);
    return true;
}

QString EvidenceViewer::infoText() const
{
    return m_info->text();
}

} // namespace verdes::ui
