// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The UU PDP subject-access dialog (issue 14 §3) on a generated demo village: the NIK typed, the report
// written as an A4 PDF and read back with QPdfDocument, a NIK the vault does not hold, and a viewer
// refused. With VERDES_SCREENSHOTS_OUT set (tests/screenshots/take.sh), it saves the dialog and the
// report's first page there, in Indonesian.

#include "models/core/Error.h"
#include "models/demo/DemoVault.h"
#include "models/vault/AuditLog.h"
#include "models/vault/Statement.h"
#include "models/vault/Vault.h"
#include "sync/privacy/SubjectAccess.h"
#include "ui/privacy/SubjectAccessDialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPdfDocument>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace verdes;
using namespace verdes::ui;

namespace {

const QString kPassphrase = QStringLiteral("kata sandi uji 123");
const QString kOperator = QStringLiteral("Operator Uji");
const QString kViewer = QStringLiteral("Pemantau Uji");

QString allText(QPdfDocument &pdf)
{
    QString text;
    for (int page = 0; page < pdf.pageCount(); ++page) {
        text += pdf.getAllText(page).text() + u'\n';
    }
    return text;
}

} // namespace

class TestSubjectAccessDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void typedNikGivesAPdfThatHoldsThePerson();
    void nikNotHeldGivesTheReportSayingSo();
    void viewerIsRefusedInWords();
    void theDialogAndTheReportReadInIndonesian();

private:
    std::unique_ptr<Vault> unlock(const QString &officer);

    QTemporaryDir m_dir;
    QString m_folder;
    QString m_nik;
    QString m_name;
};

void TestSubjectAccessDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("VERDES_KDF_FAST", "1");
    QVERIFY(m_dir.isValid());
    m_folder = m_dir.filePath(QStringLiteral("Desa Uji.verdes"));
    DemoOptions options;
    options.households = 40;
    options.seed = 14;
    options.today = QDate(2026, 12, 6);
    auto created = DemoVault::create(m_folder, kOperator, SecureBytes::fromUtf8(kPassphrase), options);
    QVERIFY2(created, created ? "" : qPrintable(describe(created.error())));
    QVERIFY(created->vault->addOfficer(kViewer, SecureBytes::fromUtf8(kPassphrase), Role::Viewer));
    {
        // Finished before the vault is locked: an open statement keeps the database from closing.
        Statement st(
            created->vault->database(),
            u"SELECT nik, name FROM members WHERE nik IS NOT NULL AND relationship = 1 ORDER BY person_id");
        QVERIFY(st.status());
        auto row = st.step();
        QVERIFY(row && *row);
        m_nik = st.text(0);
        m_name = st.text(1);
    }
    QCOMPARE(m_nik.size(), 16);
    QVERIFY(created->vault->lock());
}

std::unique_ptr<Vault> TestSubjectAccessDialog::unlock(const QString &officer)
{
    auto vault = Vault::unlock(m_folder, officer, SecureBytes::fromUtf8(kPassphrase));
    return vault ? std::move(*vault) : nullptr;
}

void TestSubjectAccessDialog::typedNikGivesAPdfThatHoldsThePerson()
{
    auto vault = unlock(kOperator);
    QVERIFY(vault);
    SubjectAccessDialog dialog(*vault);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *nik = dialog.findChild<QLineEdit *>(QStringLiteral("nikLineEdit"));
    auto *save = dialog.findChild<QPushButton *>(QStringLiteral("saveReportButton"));
    QVERIFY(nik && save);
    QVERIFY(!save->isEnabled());
    QTest::keyClicks(nik, m_nik.left(4) + QStringLiteral(" x") + m_nik.mid(4, 11)); // the letter is refused
    QCOMPARE(nik->text().remove(u' ').size(), 15);
    QVERIFY(!save->isEnabled());
    QTest::keyClicks(nik, m_nik.right(1));
    QVERIFY(save->isEnabled());

    const QString path = m_dir.filePath(QStringLiteral("report.pdf"));
    auto entries = AuditLog(vault->database()).count();
    QVERIFY(entries);
    QVERIFY2(dialog.saveTo(path), qPrintable(dialog.statusText()));
    QVERIFY(dialog.statusText().contains(QStringLiteral("report.pdf")));
    QVERIFY(nik->text().isEmpty()); // the NIK does not stay on the screen
    QCOMPARE(*AuditLog(vault->database()).count(), *entries + 1);

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    QPdfDocument pdf;
    QCOMPARE(pdf.load(path), QPdfDocument::Error::None);
    QVERIFY(pdf.pageCount() >= 2);
    QCOMPARE(pdf.pagePointSize(0).toSize(), QSize(595, 842)); // A4 in points
    const QString text = allText(pdf);
    QVERIFY2(text.contains(m_nik), qPrintable(text.left(400)));
    QVERIFY(text.contains(m_name));
    QVERIFY(text.contains(sync::SubjectAccess::title()));
    QVERIFY(text.contains(QStringLiteral("UU 27/2022")));
}

void TestSubjectAccessDialog::nikNotHeldGivesTheReportSayingSo()
{
    auto vault = unlock(kOperator);
    QVERIFY(vault);
    SubjectAccessDialog dialog(*vault);
    auto *nik = dialog.findChild<QLineEdit *>(QStringLiteral("nikLineEdit"));
    QVERIFY(nik);
    nik->setText(QStringLiteral("3373049912990001"));
    const QString path = m_dir.filePath(QStringLiteral("nothing.pdf"));
    QVERIFY2(dialog.saveTo(path), qPrintable(dialog.statusText()));
    QVERIFY(dialog.statusText().contains(QStringLiteral("holds nothing")));
    QPdfDocument pdf;
    QCOMPARE(pdf.load(path), QPdfDocument::Error::None);
    QCOMPARE(pdf.pageCount(), 1);
    QVERIFY(allText(pdf).contains(QStringLiteral("Nothing is held")));
}

void TestSubjectAccessDialog::viewerIsRefusedInWords()
{
    auto vault = unlock(kViewer);
    QVERIFY(vault);
    auto entries = AuditLog(vault->database()).count();
    SubjectAccessDialog dialog(*vault);
    dialog.findChild<QLineEdit *>(QStringLiteral("nikLineEdit"))->setText(m_nik);
    const QString path = m_dir.filePath(QStringLiteral("refused.pdf"));
    QVERIFY(!dialog.saveTo(path));
    QVERIFY(!QFile::exists(path));
    QCOMPARE(dialog.statusText(), describe(vault->actor().require(Action::ExportData).error()));
    QCOMPARE(*AuditLog(vault->database()).count(), *entries);
}

// Always checked in Indonesian; the pictures are saved only when VERDES_SCREENSHOTS_OUT names a folder.
void TestSubjectAccessDialog::theDialogAndTheReportReadInIndonesian()
{
    const QString out = qEnvironmentVariable("VERDES_SCREENSHOTS_OUT");
    const auto save = [&out](const QImage &image, const QString &name) {
        return out.isEmpty() || image.save(out + u'/' + name);
    };
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/verdes_id.qm")));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    QLocale::setDefault(QLocale(QLocale::Indonesian, QLocale::Indonesia));
    auto vault = unlock(kOperator);
    QVERIFY(vault);
    SubjectAccessDialog dialog(*vault);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *nik = dialog.findChild<QLineEdit *>(QStringLiteral("nikLineEdit"));
    QTest::keyClicks(nik, m_nik);
    QVERIFY(save(dialog.grab().toImage(), QStringLiteral("privacy-subject-access.png")));
    const QString path = m_dir.filePath(QStringLiteral("laporan.pdf"));
    QVERIFY2(dialog.saveTo(path), qPrintable(dialog.statusText()));
    QVERIFY(save(dialog.grab().toImage(), QStringLiteral("privacy-subject-access-saved.png")));
    QPdfDocument pdf;
    QCOMPARE(pdf.load(path), QPdfDocument::Error::None);
    const QString text = allText(pdf);
    QVERIFY2(text.contains(QStringLiteral("Laporan akses data pribadi")), qPrintable(text.left(400)));
    const QImage page = pdf.render(0, (pdf.pagePointSize(0) * 1.2).toSize());
    QVERIFY(save(page, QStringLiteral("privacy-report.png")));
    QCoreApplication::removeTranslator(&translator);
    QLocale::setDefault(QLocale::c());
}

QTEST_MAIN(TestSubjectAccessDialog)
#include "tst_SubjectAccessDialog.moc"
