// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The district review vault in the window (issue 14 §1), on the offscreen platform: the create wizard
// making one, the main window opening it on the reviewers' page with nothing of a village's registry
// reachable, and a verifier enrolling with a real district hub in a temporary folder through the
// page: the request file, the hub's answer, a wrong fingerprint refused, the right one accepted; then a
// village's sealed meeting reaches the hub, and the page fetches it by USB stick (a request file, the
// hub's page of batches) into its queue.
#include "app/verdes/Bootstrap.h"
#include "models/core/Error.h"
#include "models/vault/Kdf.h"
#include "models/vault/Vault.h"
#include "sync/hub/Hub.h"
#include "sync/outbox/Enrolment.h"
#include "sync/review/ReviewerEnrolment.h"
#include "tests/support/HubVillage.h"
#include "tests/support/TestFiles.h"
#include "tests/support/TopLevel.h"
#include "ui/review/ReviewerPage.h"
#include "ui/shell/MainWindow.h"
#include "ui/vault/CreateVaultWizard.h"
#include "ui/vault/UnlockDialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using verdes::test::readFile;
using verdes::test::writeFile;
using namespace verdes;
using namespace verdes::ui;
using verdes::test::visibleTopLevel;

namespace {

const QString kHead = QStringLiteral("Budi Santoso");
const QString kVerifier = QStringLiteral("Sri Wahyuni");
const QString kPassphrase = QStringLiteral("kata sandi dinas 123");

bool unlock(MainWindow &window, const QString &folder, const QString &officer)
{
    window.openVault(folder);
    UnlockDialog *dialog = nullptr;
    if (!QTest::qWaitFor([&] {
            return (dialog = visibleTopLevel<UnlockDialog>()) != nullptr;
        })) {
        return false;
    }
    if (auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("officerComboBox"))) {
        combo->setCurrentText(officer);
    }
    dialog->findChild<QLineEdit *>(QStringLiteral("passphraseLineEdit"))->setText(kPassphrase);
    dialog->accept();
    return QTest::qWaitFor(
        [&] {
            return window.hasOpenVault();
        },
        20000);
}

bool actionEnabled(MainWindow &window, const char *name)
{
    auto *action = window.findChild<QAction *>(QString::fromLatin1(name));
    return action != nullptr && action->isEnabled();
}

// With VERDES_REVIEW_SHOTS set (tests/screenshots/take.sh), saves the widget there as NAME.png.
void shoot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("VERDES_REVIEW_SHOTS");
    if (dir.isEmpty()) {
        return;
    }
    QTest::qWait(200);
    QVERIFY(widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
}

} // namespace

class TestReviewerPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Kdf::setFastForTests(true);
        qputenv("VERDES_KDF_FAST", "1");
        const bool shots = !qEnvironmentVariableIsEmpty("VERDES_REVIEW_SHOTS");
        QVERIFY(app::Bootstrap::installTranslators(*QCoreApplication::instance(),
                                                   shots ? QStringLiteral("id") : QStringLiteral("en")));
    }

    void theWizardMakesADistrictReviewVault()
    {
        QTemporaryDir dir;
        CreateVaultWizard wizard;
        wizard.show();
        auto *code = wizard.findChild<QLineEdit *>(QStringLiteral("villageCodeLineEdit"));
        auto *name = wizard.findChild<QLineEdit *>(QStringLiteral("villageNameLineEdit"));
        auto *roles = wizard.findChild<QComboBox *>(QStringLiteral("roleComboBox"));
        QCOMPARE(roles->count(), 6); // a village's roles first
        wizard.findChild<QRadioButton *>(QStringLiteral("districtKindRadio"))->setChecked(true);
        QCOMPARE(roles->count(), 3);
        QCOMPARE(roles->currentText(), RoleText::label(Role::OfficeHead));
        // A village's code is not a district's.
        code->setText(QStringLiteral("33.74.01.1001"));
        wizard.findChild<QLineEdit *>(QStringLiteral("locationLineEdit"))->setText(dir.path());
        QVERIFY(!wizard.validateCurrentPage());
        code->setText(QStringLiteral("33.74"));
        // The office is named from the region table as the code is typed.
        QVERIFY2(name->text().contains(QStringLiteral("Semarang")), qPrintable(name->text()));
        shoot(&wizard, QStringLiteral("create-district"));
        QVERIFY(wizard.validateCurrentPage());
        wizard.next();
        wizard.findChild<QLineEdit *>(QStringLiteral("officerNameLineEdit"))->setText(kHead);
        wizard.findChild<QLineEdit *>(QStringLiteral("newPassphraseLineEdit"))->setText(kPassphrase);
        wizard.findChild<QLineEdit *>(QStringLiteral("repeatPassphraseLineEdit"))->setText(kPassphrase);
        QVERIFY(wizard.validateCurrentPage());
        wizard.next();
        QVERIFY(QTest::qWaitFor(
            [&] {
                return !wizard.isCreating();
            },
            30000));
        const QStringList groups = wizard.shownRecoveryKey().split(u'-');
        QVERIFY(groups.size() > wizard.confirmGroup());
        wizard.findChild<QLineEdit *>(QStringLiteral("confirmGroupLineEdit"))
            ->setText(groups.at(wizard.confirmGroup() - 1));
        wizard.accept();
        QVERIFY(!wizard.createdFolder().isEmpty());
        auto vault = Vault::unlock(wizard.createdFolder(), kHead, SecureBytes::fromUtf8(kPassphrase));
        QVERIFY(vault.has_value());
        QCOMPARE((*vault)->kind(), VaultKind::District);
        QCOMPARE((*vault)->districtCode(), QStringLiteral("3374"));
        QCOMPARE((*vault)->actor().role, Role::OfficeHead);
    }

    void aVerifierEnrolsWithTheHubFromThePage()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("Dinsos Semarang.verdes"));
        {
            auto created = Vault::createDistrict(folder,
                                                 QStringLiteral("3373"),
                                                 QStringLiteral("Dinas Sosial Kota Salatiga"),
                                                 kHead,
                                                 SecureBytes::fromUtf8(kPassphrase));
            QVERIFY(created.has_value());
            QVERIFY(created->vault->addOfficer(kVerifier, SecureBytes::fromUtf8(kPassphrase), Role::Verifier)
                        .has_value());
            QVERIFY(created->vault->lock().has_value());
        }
        hub::Hub::InitOptions options;
        options.name = QStringLiteral("Hub Dinsos Salatiga");
        options.districtCode = QStringLiteral("3373");
        const QString hubFolder = dir.filePath(QStringLiteral("hub"));
        QVERIFY(hub::Hub::init(hubFolder, options).has_value());
        auto hub = hub::Hub::open(hubFolder, {});
        QVERIFY(hub.has_value());
        const QString hubFingerprint = *(*hub)->fingerprint();

        MainWindow window;
        window.show();
        QVERIFY(unlock(window, folder, kVerifier));
        ReviewerPage *page = window.reviewerPage();
        QVERIFY(page != nullptr);
        QVERIFY(page->isVisible());
        QCOMPARE(window.browser(), nullptr);
        // Nothing of a village's registry, its proposals or meetings is reachable; the officers and the
        // history are.
        QVERIFY(!actionEnabled(window, "importAction"));
        QVERIFY(!actionEnabled(window, "exportAction"));
        QVERIFY(!window.showHouseholdsAction()->isEnabled());
        QVERIFY(!window.showMeetingsAction()->isEnabled());
        QVERIFY(actionEnabled(window, "lockAction"));
        auto *table = page->findChild<QTableWidget *>(QStringLiteral("reviewersTableWidget"));
        QCOMPARE(table->rowCount(), 2);

        // Step 1: the request, for the hub's operator.
        const QString requestPath = dir.filePath(QStringLiteral("sri.vrvq"));
        QVERIFY(page->saveRequest(requestPath));
        const QByteArray request = readFile(requestPath);
        auto read = hub::Hub::readReviewerRequest(request);
        QVERIFY(read.has_value());
        QCOMPARE(read->reviewerName, kVerifier);
        QCOMPARE(read->role, sync::ReviewerRole::Verifier);
        auto *fingerprint = page->findChild<QLabel *>(QStringLiteral("fingerprintLabel"));
        QCOMPARE(fingerprint->text(), read->fingerprint());
        shoot(&window, QStringLiteral("district-reviewer-request"));

        // The hub's operator enrols it; the answer comes back on the stick.
        auto enrolled = (*hub)->enrolReviewer(request);
        QVERIFY2(enrolled.has_value(), qPrintable(enrolled ? QString() : enrolled.error().detail));
        const QString answerPath = dir.filePath(QStringLiteral("sri.vrva"));
        QVERIFY(writeFile(answerPath, enrolled->answerFile));
        QVERIFY(page->openAnswer(answerPath));
        auto *accept = page->findChild<QPushButton *>(QStringLiteral("acceptButton"));
        QVERIFY(!accept->isEnabled()); // nothing typed yet
        // A fingerprint that is not the hub's changes nothing.
        QVERIFY(!page->acceptAnswer(QStringLiteral("0000-0000-0000-0000")));
        auto *message = page->findChild<QLabel *>(QStringLiteral("messageLabel"));
        QVERIFY(!message->text().isEmpty());
        auto status = sync::ReviewerEnrolment(window.openVaultForTests()->database())
                          .status(window.openVaultForTests()->actor().officerId);
        QVERIFY(status.has_value() && !status->isEnrolled());
        QVERIFY(page->acceptAnswer(hubFingerprint));
        status = sync::ReviewerEnrolment(window.openVaultForTests()->database())
                     .status(window.openVaultForTests()->actor().officerId);
        QVERIFY(status.has_value() && status->isEnrolled());
        auto *hubLabel = page->findChild<QLabel *>(QStringLiteral("hubLabel"));
        QVERIFY2(hubLabel->text().contains(hubFingerprint), qPrintable(hubLabel->text()));
        bool shown = false;
        for (int row = 0; row < table->rowCount(); ++row) {
            shown = shown
                    || (table->item(row, 0)->text() == kVerifier
                        && table->item(row, 2)->text().contains(status->keyId));
        }
        QVERIFY(shown);

        // A village of the district enrols its laptop, seals a meeting, and its batch reaches the hub.
        test::HubVillage village;
        QVERIFY(village.setUpVillage());
        sync::Enrolment villageEnrolment(*village.db, village.clock);
        auto villageRequest = villageEnrolment.makeRequest(test::kOperator, QStringLiteral("Kelurahan Uji"));
        QVERIFY(villageRequest.has_value());
        auto villageEnrolled = (*hub)->enrol(villageRequest->signedFile);
        QVERIFY(villageEnrolled.has_value());
        QVERIFY(villageEnrolment.accept(test::kOperator, villageEnrolled->answerFile, hubFingerprint)
                    .has_value());
        const quint64 sequence = village.sealMeeting(true);
        QVERIFY(sequence != 0);
        auto sealedBatch = village.outbox().sealedFile(sequence);
        QVERIFY(sealedBatch.has_value());
        QVERIFY((*hub)->ingest(*sealedBatch).has_value());

        // The verifier fetches it by USB stick: a request file for the operator, the page back.
        auto *villages = page->findChild<QTableWidget *>(QStringLiteral("villagesTableWidget"));
        QCOMPARE(villages->rowCount(), 0);
        const QString feedRequestPath = dir.filePath(QStringLiteral("review.vrfq"));
        QVERIFY(page->saveFeedRequest(feedRequestPath));
        auto feed = (*hub)->reviewFeed(readFile(feedRequestPath));
        QVERIFY2(feed.has_value(), qPrintable(feed ? QString() : feed.error().detail));
        QCOMPARE(feed->batches, qsizetype(1));
        const QString feedPath = dir.filePath(QStringLiteral("feed-1.vrfd"));
        QVERIFY(writeFile(feedPath, feed->sealedFile));
        // A damaged file is refused and stores nothing.
        QByteArray damaged = feed->sealedFile;
        damaged[damaged.size() / 2] = static_cast<char>(damaged.at(damaged.size() / 2) ^ 1);
        const QString damagedPath = dir.filePath(QStringLiteral("damaged.vrfd"));
        QVERIFY(writeFile(damagedPath, damaged));
        QVERIFY(!page->importFeed(damagedPath));
        QCOMPARE(villages->rowCount(), 0);
        QVERIFY(page->importFeed(feedPath));
        QCOMPARE(villages->rowCount(), 1);
        QCOMPARE(villages->item(0, 0)->text(), QStringLiteral("33.73.04.1001"));
        QCOMPARE(villages->item(0, 2)->text(), QStringLiteral("1")); // batches
        QCOMPARE(villages->item(0, 3)->text(), QStringLiteral("1")); // items
        auto *summary = page->findChild<QLabel *>(QStringLiteral("inboxSummaryLabel"));
        QVERIFY2(summary->text().contains(ProposalStateText::label(ProposalState::InReview)),
                 qPrintable(summary->text()));
        // Fetched again, nothing changes.
        QVERIFY(page->importFeed(feedPath));
        QCOMPARE(villages->item(0, 2)->text(), QStringLiteral("1"));
        shoot(&window, QStringLiteral("district-received"));
    }
};

QTEST_MAIN(TestReviewerPage)
#include "tst_ReviewerPage.moc"
