// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The import dialog with files that have been through Excel and LibreOffice (issue 11 §1): the
// preview and the summary say which separator was used and which optional columns the file lacks.

#include "models/vault/Kdf.h"
#include "models/vault/Vault.h"
#include "tests/support/ScratchVault.h"
#include "ui/io/ImportDialog.h"

#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace verdes;
using namespace verdes::ui;

class TestImportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Kdf::setFastForTests(true);
        QVERIFY(m_dir.isValid());
        // The village of the spreadsheet fixtures (tests/data/csv/spreadsheet_fixtures.txt).
        auto created = Vault::create(m_dir.filePath(QStringLiteral("Kecandran.verdes")),
                                     QStringLiteral("3373041001"),
                                     QStringLiteral("Kecandran"),
                                     QStringLiteral("Operator Uji"),
                                     SecureBytes::fromUtf8(QStringLiteral("kata sandi uji 123")));
        QVERIFY2(created.has_value(), created ? "" : qPrintable(describe(created.error())));
        m_vault = std::move(created->vault);
    }

    void cleanupTestCase()
    {
        if (m_vault) {
            QVERIFY(m_vault->lock());
        }
    }

    void summaryNamesSeparatorAndAbsentColumns_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("imported");
        QTest::addColumn<QStringList>("shown");    // in the preview's label and in the summary
        QTest::addColumn<QStringList>("notShown"); // in neither
        const QString absent = QStringLiteral(
            "Optional columns not in the file, whose values the vault keeps: latitude, longitude, "
            "pln_customer_id.");
        QTest::newRow("comma") << "spreadsheet_source.csv" << true
                               << QStringList{QStringLiteral("Columns separated by comma (,).")}
                               << QStringList{QStringLiteral("Optional columns")};
        QTest::newRow("excel-semicolon-without-optional")
            << "excel_without_optional.csv" << true
            << QStringList{QStringLiteral("Columns separated by semicolon (;)."), absent} << QStringList{};
        QTest::newRow("libreoffice-tab")
            << "libreoffice_tab.csv" << true << QStringList{QStringLiteral("Columns separated by tab.")}
            << QStringList{QStringLiteral("Optional columns")};
        QTest::newRow("excel-general-row-errors")
            << "excel_general.csv" << false
            << QStringList{QStringLiteral("Columns separated by semicolon (;).")}
            << QStringList{QStringLiteral("Imported.")};
    }

    void summaryNamesSeparatorAndAbsentColumns()
    {
        QFETCH(QString, file);
        QFETCH(bool, imported);
        QFETCH(QStringList, shown);
        QFETCH(QStringList, notShown);
        ImportDialog dialog(*m_vault, test::testDataPath(QStringLiteral("csv/") + file));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *columns = dialog.findChild<QLabel *>(QStringLiteral("columnsLabel"));
        auto *summary = dialog.findChild<QLabel *>(QStringLiteral("problemsLabel"));
        for (const QString &text : shown) {
            QVERIFY2(columns->text().contains(text), qPrintable(columns->text()));
        }
        dialog.startImport();
        QVERIFY(QTest::qWaitFor(
            [&] {
                return !dialog.isRunning();
            },
            60000));
        QCOMPARE(dialog.imported(), imported);
        for (const QString &text : shown) {
            QVERIFY2(summary->text().contains(text), qPrintable(summary->text()));
        }
        for (const QString &text : notShown) {
            QVERIFY2(!summary->text().contains(text), qPrintable(summary->text()));
            QVERIFY2(!columns->text().contains(text), qPrintable(columns->text()));
        }
    }

    // "File format" opens the help on saving from Excel and LibreOffice; Close closes it.
    void formatButtonExplainsSpreadsheets()
    {
        ImportDialog dialog(*m_vault, QString());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.findChild<QMessageBox *>(QStringLiteral("formatHelpMessageBox")) == nullptr);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("formatHelpButton")),
                          Qt::LeftButton);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = dialog.findChild<QMessageBox *>(QStringLiteral("formatHelpMessageBox"))) != nullptr
                    && box->isVisible());
        QVERIFY(box->isModal());
        for (const char *text : {"In Excel:",
                                 "\"CSV UTF-8 (Comma delimited)\"",
                                 "In LibreOffice Calc:",
                                 "\"Text CSV (.csv)\"",
                                 "Unicode (UTF-8)",
                                 "as Text"}) {
            QVERIFY2(box->text().contains(QString::fromUtf8(text)), text);
        }
        QVERIFY(box->windowTitle().contains(QStringLiteral("Excel or LibreOffice")));
        QTest::mouseClick(box->button(QMessageBox::Close), Qt::LeftButton);
        QTRY_VERIFY(dialog.findChild<QMessageBox *>(QStringLiteral("formatHelpMessageBox")) == nullptr);
    }

    // A file the importer cannot read, or rows it refuses, point to that help.
    void problemsPointToTheFormatHelp_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("label");
        QTest::newRow("no-header") << "no_header.csv"
                                   << "columnsLabel";
        QTest::newRow("windows-1252") << "excel_ansi.csv"
                                      << "problemsLabel";
        QTest::newRow("row-errors") << "excel_general.csv"
                                    << "problemsLabel";
    }

    void problemsPointToTheFormatHelp()
    {
        QFETCH(QString, file);
        QFETCH(QString, label);
        ImportDialog dialog(*m_vault, test::testDataPath(QStringLiteral("csv/") + file));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.startImport();
        QVERIFY(QTest::qWaitFor(
            [&] {
                return !dialog.isRunning();
            },
            60000));
        QVERIFY(!dialog.imported());
        const QString text = dialog.findChild<QLabel *>(label)->text();
        QVERIFY2(text.contains(QStringLiteral("The File format button says how to save a correct file")),
                 qPrintable(text));
    }

    // A good file does not.
    void goodFileHasNoFormatHint()
    {
        ImportDialog dialog(*m_vault, test::testDataPath(QStringLiteral("csv/spreadsheet_source.csv")));
        dialog.show();
        dialog.startImport();
        QVERIFY(QTest::qWaitFor(
            [&] {
                return !dialog.isRunning();
            },
            60000));
        QVERIFY(dialog.imported());
        for (const char *name : {"columnsLabel", "problemsLabel"}) {
            QVERIFY(!dialog.findChild<QLabel *>(QString::fromLatin1(name))->text().contains(u"File format"));
        }
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Vault> m_vault;
};

QTEST_MAIN(TestImportDialog)
#include "tst_ImportDialog.moc"
