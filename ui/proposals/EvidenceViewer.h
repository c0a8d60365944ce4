// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDialog>
#include <QImage>
#include <QString>

class QBuffer;
class QLabel;
class QPdfDocument;
class QPushButton;

namespace verdes::ui {

// Shows one piece of evidence from memory: an image scaled to the window, or a PDF page by page
// (rendered from the bytes in memory: nothing is written to disk in plain text).
class EvidenceViewer final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvidenceViewer)

public:
    EvidenceViewer(const QString &fileName,
                   const QString &mime,
                   const QByteArray &bytes,
                   QWidget *parent = nullptr);
    ~EvidenceViewer() override;

    // Whether an image is shown (false for a PDF or unreadable content).
    bool showsImage() const { return m_showsImage; }

    // Whether a page of a PDF is shown; its number (from 0) and the document's page count.
    bool showsPdfPage() const { return m_shownPage >= 0; }

    int currentPage() const { return m_shownPage; }

    int pageCount() const;
    // Shows page `page` (from 0) of the PDF; false when there is no such page.
    bool showPage(int page);

    QString infoText() const;

    // The first page of a PDF in memory, `width` pixels wide, for thumbnails; a null image when the
    // document cannot be read at once.
    static QImage firstPage(const QByteArray &pdf, int width);

private:
    void pdfStatusChanged();

    QString m_facts;
    QLabel *m_info = nullptr;
    QLabel *m_picture = nullptr;
    QBuffer *m_pdfBytes = nullptr;
    QPdfDocument *m_pdf = nullptr;
    QLabel *m_pageLabel = nullptr;
    QPushButton *m_previousButton = nullptr;
    QPushButton *m_nextButton = nullptr;
    bool m_showsImage = false;
    int m_shownPage = -1;
};

} // namespace verdes::ui
