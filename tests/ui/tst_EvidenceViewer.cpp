// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The evidence viewer shows photos and PDF documents from memory: a PDF page by page, a damaged one
// with a plain message, and nothing written to the temp folder on the way.
#include "ui/proposals/EvidenceViewer.h"

#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QLabel>
#include <QPainter>
#include <QPdfWriter>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace verdes;

namespace {

// A real PDF of `pages` pages, written in memory.
QByteArray pdfOf(int pages)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        QPainter painter(&writer);
        for (int page = 0; page < pages; ++page) {
            if (page > 0) {
                writer.newPage();
            }
            painter.drawText(QPointF(500, 500),
                             QStringLiteral("Surat keterangan kematian, halaman %1").arg(page + 1));
        }
    }
    return buffer.data();
}

QImage shownImage(const ui::EvidenceViewer &viewer)
{
    return viewer.findChild<QLabel *>(QStringLiteral("evidenceImageLabel"))->pixmap().toImage();
}

} // namespace

class TestEvidenceViewer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void initTestCase()
    {
        QVERIFY(m_temp.isValid());
        // Anything the viewer wrote to "the temp folder" would land here.
        qputenv("TMPDIR", m_temp.path().toLocal8Bit());
        QCOMPARE(QDir::tempPath(), QDir(m_temp.path()).canonicalPath());
    }

    void pdfIsShownPageByPage()
    {
        const QByteArray pdf = pdfOf(3);
        QVERIFY(pdf.startsWith("%PDF"));
        ui::EvidenceViewer viewer(
            QStringLiteral("akta-kematian.pdf"), QStringLiteral("application/pdf"), pdf);
        viewer.show();
        QTRY_VERIFY(viewer.showsPdfPage());
        QVERIFY(!viewer.showsImage());
        QCOMPARE(viewer.pageCount(), 3);
        QCOMPARE(viewer.currentPage(), 0);
        auto *label = viewer.findChild<QLabel *>(QStringLiteral("pageLabel"));
        auto *previous = viewer.findChild<QPushButton *>(QStringLiteral("previousPageButton"));
        auto *next = viewer.findChild<QPushButton *>(QStringLiteral("nextPageButton"));
        QCOMPARE(label->text(), QStringLiteral("Page 1 of 3"));
        QVERIFY(!previous->isEnabled());
        QVERIFY(next->isEnabled());
        // A4 is taller than wide: the rendered page is too, and not blank.
        const QImage page = shownImage(viewer);
        QVERIFY(page.height() > page.width());
        QVERIFY(page.width() > 500);
        QCOMPARE(qGray(page.pixel(2, 2)), 255); // white paper, not transparent or black
        bool inked = false;
        for (int y = 0; y < page.height() && !inked; y += 2) {
            for (int x = 0; x < page.width() && !inked; x += 2) {
                inked = qGray(page.pixel(x, y)) < 128;
            }
        }
        QVERIFY2(inked, "the page's text was not drawn");

        next->click();
        QCOMPARE(viewer.currentPage(), 1);
        QApplication::setActiveWindow(&viewer);
        QVERIFY(QTest::qWaitForWindowActive(&viewer));
        QTest::keyClick(&viewer, Qt::Key_PageDown);
        QCOMPARE(viewer.currentPage(), 2);
        QCOMPARE(label->text(), QStringLiteral("Page 3 of 3"));
        QVERIFY(!next->isEnabled());
        QVERIFY(!viewer.showPage(3));
        QCOMPARE(viewer.currentPage(), 2);
        previous->click();
        QCOMPARE(viewer.currentPage(), 1);
        QVERIFY(viewer.infoText().contains(QStringLiteral("application/pdf")));
        QVERIFY(QDir(m_temp.path()).isEmpty());
    }

    void firstPageForThumbnails()
    {
        const QImage page = ui::EvidenceViewer::firstPage(pdfOf(2), 96);
        QVERIFY(!page.isNull());
        QCOMPARE(page.width(), 96);
        QVERIFY(page.height() > 96); // A4 portrait
        QVERIFY(ui::EvidenceViewer::firstPage(pdfOf(2).left(300), 96).isNull());
        QVERIFY(ui::EvidenceViewer::firstPage(QByteArray("not a pdf"), 96).isNull());
    }

    void damagedPdfSaysSo_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("no pages") << QByteArray(
            "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
        QTest::newRow("truncated") << pdfOf(2).left(200);
        QTest::newRow("garbage after the header") << QByteArray("%PDF-1.7\n\x01\x02\x03 not a document");
    }

    void damagedPdfSaysSo()
    {
        QFETCH(QByteArray, bytes);
        ui::EvidenceViewer viewer(QStringLiteral("surat.pdf"), QStringLiteral("application/pdf"), bytes);
        viewer.show();
        QTRY_VERIFY(viewer.infoText().contains(QStringLiteral("could not be read"))
                    || viewer.infoText().contains(QStringLiteral("no page")));
        QVERIFY(!viewer.showsPdfPage());
        QCOMPARE(viewer.pageCount() > 0, false);
        QVERIFY(QDir(m_temp.path()).isEmpty());
    }

    void photoIsShown()
    {
        QImage image(1600, 1200, QImage::Format_RGB32);
        image.fill(Qt::darkGreen);
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(image.save(&buffer, "PNG"));
        ui::EvidenceViewer viewer(QStringLiteral("rumah.png"), QStringLiteral("image/png"), png);
        QVERIFY(viewer.showsImage());
        QVERIFY(!viewer.showsPdfPage());
        QVERIFY(viewer.infoText().contains(QStringLiteral("1600 × 1200")));
        // Scaled to fit the window, keeping its shape.
        QCOMPARE(shownImage(viewer).size(), QSize(933, 700));
    }

private:
    QTemporaryDir m_temp;
};

QTEST_MAIN(TestEvidenceViewer)
#include "tst_EvidenceViewer.moc"
