// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The window of a laptop the district revoked, and the one that has gone too long without its hub
// (issue 13 §1), on the offscreen platform: the real main window, unlock dialog and enrolment dialog
// over a real demo vault enrolled with a real district hub in a temporary folder, and a fake clock.
// A revocation learnt while working closes everything at once; the vault then unlocks (every time)
// into the re-enrolment page only, and the pinned hub's answer to the new request brings the normal
// window back. The offline banner shows from 80 % of the hub's limit, firmly once it passed, never
// locks anything, and goes when the hub is heard from.
#include "app/verdes/Bootstrap.h"
#include "models/core/Error.h"
#include "models/demo/DemoVault.h"
#include "models/vault/DeviceKey.h"
#include "models/vault/Vault.h"
#include "sync/hub/Hub.h"
#include "sync/outbox/Enrolment.h"
#include "tests/support/FakeClock.h"
#include "tests/support/TestFiles.h"
#include "tests/support/TopLevel.h"
#include "ui/browser/BrowserPage.h"
#include "ui/shell/MainWindow.h"
#include "ui/sync/EnrolmentDialog.h"
#include "ui/sync/OutboxPage.h"
#include "ui/sync/ReenrolmentPage.h"
#include "ui/vault/UnlockDialog.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using verdes::test::writeFile;
using namespace verdes;
using namespace verdes::ui;
using verdes::test::visibleTopLevel;

namespace {

const QString kOfficer = QStringLiteral("Operator Uji");
const QString kPassphrase = QStringLiteral("kata sandi uji 123");
const QString kHubName = QStringLiteral("Dinas Sosial Uji");
constexpr qint64 kDay = qint64{24} * 3600;

QString failure(const Error &error)
{
    return errorCodeName(error.code) + u": " + error.detail;
}

// A demo village enrolled with a hub that asks for a sync every 10 days, on a fake clock.
struct Village
{
    QTemporaryDir dir;
    QString folder = dir.filePath(QStringLiteral("Desa Uji.verdes"));
    test::FakeClock clock;
    std::unique_ptr<hub::Hub> hub;
    QString hubFingerprint;
    QString deviceKey;

    bool setUp()
    {
        DemoOptions options;
        options.households = 60;
        options.seed = 7;
        options.today = clock.today();
        auto created = DemoVault::create(folder, kOfficer, SecureBytes::fromUtf8(kPassphrase), options);
        if (!created) {
            qWarning() << failure(created.error());
            return false;
        }
        hub::Hub::InitOptions hubOptions;
        hubOptions.name = kHubName;
        hubOptions.districtCode = created->vault->villageCode().left(4);
        hubOptions.maxOfflineDays = 10;
        const QString hubFolder = dir.filePath(QStringLiteral("hub"));
        if (!hub::Hub::init(hubFolder, hubOptions, clock)) {
            return false;
        }
        auto opened = hub::Hub::open(hubFolder, {}, clock);
        if (!opened) {
            return false;
        }
        hub = std::move(opened).value();
        hubFingerprint = *hub->fingerprint();
        Vault &vault = *created->vault;
        sync::Enrolment enrolment(vault.database(), clock);
        auto request = enrolment.makeRequest(vault.actor(), vault.villageName());
        auto enrolled =
            request ? hub->enrol(request->signedFile) : Result<hub::Hub::Enrolled>(request.error());
        if (!enrolled || !enrolment.accept(vault.actor(), enrolled->answerFile, hubFingerprint)) {
            return false;
        }
        deviceKey = DeviceKey::load(vault.database())->keyId();
        return created->vault->lock().has_value();
    }

    // The hub's revocation list as the district hands it over, on a "USB stick".
    QString listFile(const QString &name) const
    {
        const QString path = dir.filePath(name);
        auto list = hub->revocationList();
        return list && writeFile(path, *list) ? path : QString();
    }
};

bool unlock(MainWindow &window, const QString &folder)
{
    UnlockDialog *dialog = nullptr;
    if (!QTest::qWaitFor([&] {
            return (dialog = visibleTopLevel<UnlockDialog>()) != nullptr;
        })) {
        window.openVault(folder);
        if (!QTest::qWaitFor([&] {
                return (dialog = visibleTopLevel<UnlockDialog>()) != nullptr;
            })) {
            return false;
        }
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

// With VERDES_REVOCATION_SHOTS set (tests/screenshots/take.sh), saves the window there as NAME.png.
void shoot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("VERDES_REVOCATION_SHOTS");
    if (dir.isEmpty()) {
        return;
    }
    QTest::qWait(200);
    QVERIFY(widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
}

} // namespace

class TestRevocation : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("VERDES_KDF_FAST", "1");
        // English, with its plural forms; the screenshots are of the interface as village officers
        // see it: in Indonesian.
        const bool shots = !qEnvironmentVariableIsEmpty("VERDES_REVOCATION_SHOTS");
        QVERIFY(app::Bootstrap::installTranslators(*QCoreApplication::instance(),
                                                   shots ? QStringLiteral("id") : QStringLiteral("en")));
    }

    void cleanup()
    {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *dialog = qobject_cast<QDialog *>(widget); dialog != nullptr && dialog->isVisible()) {
                dialog->done(QDialog::Rejected);
            }
        }
    }

    void theOfflineBannerAsksForASyncAndNeverLocks()
    {
        Village v;
        QVERIFY(v.setUp());
        MainWindow window;
        window.setClock(v.clock);
        window.resize(1200, 760);
        window.show();
        v.clock.advanceSeconds(7 * kDay); // day 7 of 10: nothing yet
        window.openVault(v.folder);
        QVERIFY(unlock(window, v.folder));
        QVERIFY(window.isWorking());
        auto *banner = window.findChild<QFrame *>(QStringLiteral("offlineBannerFrame"));
        QVERIFY(banner != nullptr);
        QVERIFY(banner->isHidden());
        QCOMPARE(window.offlineBannerText(), QString());

        // Day 8, 80 % of the limit: asked beforehand.
        v.clock.advanceSeconds(kDay);
        window.updateOfflineBanner();
        QVERIFY(banner->isVisible());
        const QString soon = window.offlineBannerText();
        QVERIFY2(soon.contains(QStringLiteral("8")) && soon.contains(QStringLiteral("10")), qPrintable(soon));
        if (qEnvironmentVariableIsEmpty("VERDES_REVOCATION_SHOTS")) {
            QVERIFY2(soon.contains(QStringLiteral("for 8 days"))
                         && soon.contains(QStringLiteral("within 2 days")),
                     qPrintable(soon));
        }

        // Day 12: over the limit. Still no lockout: the households are there, every page opens.
        v.clock.advanceSeconds(4 * kDay);
        window.updateOfflineBanner();
        const QString over = window.offlineBannerText();
        QVERIFY2(over.contains(QStringLiteral("12")), qPrintable(over));
        if (qEnvironmentVariableIsEmpty("VERDES_REVOCATION_SHOTS")) {
            QVERIFY2(over.contains(QStringLiteral("longer than the 10 days")), qPrintable(over));
        }
        QVERIFY(window.isWorking());
        QVERIFY(window.browser() != nullptr);
        QVERIFY(actionEnabled(window, "findAction"));
        shoot(&window, QStringLiteral("offline-banner"));
        // Its button goes to the page that sends.
        window.findChild<QPushButton *>(QStringLiteral("offlineButton"))->click();
        QVERIFY(window.outboxPage() != nullptr && window.outboxPage()->isVisible());

        // The district's word (its revocation list, brought on a stick): the days start again.
        const QString list = v.listFile(QStringLiteral("revocations.vrev"));
        QVERIFY(!list.isEmpty());
        window.outboxPage()->importReceipt(list);
        QVERIFY2(!window.outboxPage()->isMessageError(), qPrintable(window.outboxPage()->messageText()));
        QVERIFY(banner->isHidden());
        QVERIFY(window.isWorking());
    }

    void aRevokedLaptopOpensToEnrolAgainOnly()
    {
        Village v;
        QVERIFY(v.setUp());
        MainWindow window;
        window.setClock(v.clock);
        window.resize(1200, 760);
        window.show();
        window.openVault(v.folder);
        QVERIFY(unlock(window, v.folder));
        QVERIFY(window.browser() != nullptr);

        // The district revokes the laptop; the officer brings the list back and imports it.
        v.clock.advanceSeconds(3600);
        QVERIFY(v.hub->revoke(v.deviceKey));
        const QString list = v.listFile(QStringLiteral("revoked.vrev"));
        window.showOutbox();
        window.outboxPage()->importReceipt(list);
        // Everything closes at once, and the window says why.
        QTRY_VERIFY(!window.hasOpenVault());
        QVERIFY(window.browser() == nullptr);
        QVERIFY(window.outboxPage() == nullptr);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = visibleTopLevel<QMessageBox>()) != nullptr);
        QCOMPARE(box->objectName(), QStringLiteral("revokedBox"));
        QVERIFY2(box->text().contains(kHubName), qPrintable(box->text()));
        box->button(QMessageBox::Ok)->click();

        // Unlocked again: the re-enrolment page, and nothing of the registry.
        QVERIFY(unlock(window, v.folder));
        ReenrolmentPage *page = window.reenrolmentPage();
        QVERIFY(page != nullptr);
        QVERIFY(page->isVisible());
        QVERIFY(!window.isWorking());
        QVERIFY(window.browser() == nullptr);
        QVERIFY(window.proposalsPage() == nullptr);
        QVERIFY(window.meetingsPage() == nullptr);
        QVERIFY(window.outboxPage() == nullptr);
        for (const char *name : {"findAction",
                                 "importAction",
                                 "exportAction",
                                 "runChecksAction",
                                 "showHouseholdsAction",
                                 "showProposalsAction",
                                 "showMeetingsAction",
                                 "showOutboxAction",
                                 "newProposalAction",
                                 "newMeetingAction",
                                 "officersAction",
                                 "checkHistoryAction",
                                 "changeKeyAction"}) {
            QVERIFY2(!actionEnabled(window, name), name);
        }
        QVERIFY(actionEnabled(window, "lockAction"));
        QVERIFY(window.openProposal(1) == nullptr);
        QVERIFY(window.openMeetingConsole(1) == nullptr);
        QVERIFY(window.offlineBannerText().isEmpty());
        if (qEnvironmentVariableIsEmpty("VERDES_REVOCATION_SHOTS")) {
            QVERIFY2(page->explanationText().contains(kHubName)
                         && page->explanationText().contains(QStringLiteral("encrypted and safe")),
                     qPrintable(page->explanationText()));
        }
        shoot(&window, QStringLiteral("revoked-reenrol"));

        // Checked at every unlock, not only when the list came.
        window.lockVault();
        QVERIFY(unlock(window, v.folder));
        page = window.reenrolmentPage();
        QVERIFY(page != nullptr);
        QVERIFY(!window.isWorking());

        // A new request, with a new key.
        EnrolmentDialog *dialog = page->openEnrolment();
        QVERIFY(dialog != nullptr);
        QVERIFY(!dialog->requestFile().isEmpty());
        QVERIFY(dialog->requestFingerprint() != v.deviceKey);
        QVERIFY(!dialog->qrImage().isNull());
        // The whole QR code, not cut by a window Qt sized to 2/3 of the screen.
        QTRY_VERIFY(dialog->findChild<QLabel *>(QStringLiteral("qrLabel"))->height()
                    >= dialog->qrImage().height());

        // Another hub's answer is refused; the vault stays closed to work.
        QTemporaryDir otherDir;
        hub::Hub::InitOptions options;
        options.name = QStringLiteral("Dinsos Palsu");
        options.districtCode = v.hub->storage().settings()->districtCode;
        QVERIFY(hub::Hub::init(otherDir.filePath(QStringLiteral("hub")), options, v.clock));
        auto other = hub::Hub::open(otherDir.filePath(QStringLiteral("hub")), {}, v.clock);
        QVERIFY(other);
        auto forged = (*other)->enrol(dialog->requestFile());
        QVERIFY(forged);
        const QString forgedPath = otherDir.filePath(QStringLiteral("forged.vena"));
        QVERIFY(writeFile(forgedPath, forged->answerFile));
        QVERIFY(!dialog->openAnswer(forgedPath));
        QVERIFY(!dialog->messageText().isEmpty());
        QVERIFY(window.reenrolmentPage() != nullptr);

        // The pinned hub's answer reopens the vault as before.
        auto enrolled = v.hub->enrol(dialog->requestFile());
        QVERIFY2(enrolled, enrolled ? "" : qPrintable(failure(enrolled.error())));
        const QString answerPath = v.dir.filePath(QStringLiteral("again.vena"));
        QVERIFY(writeFile(answerPath, enrolled->answerFile));
        QVERIFY2(dialog->openAnswer(answerPath), qPrintable(dialog->messageText()));
        QVERIFY2(dialog->acceptAnswer(v.hubFingerprint), qPrintable(dialog->messageText()));
        QTRY_VERIFY(window.isWorking());
        QVERIFY(window.reenrolmentPage() == nullptr);
        QVERIFY(window.browser() != nullptr);
        QVERIFY(actionEnabled(window, "findAction"));
        QVERIFY(actionEnabled(window, "showOutboxAction"));

        // And so at the next unlock too.
        window.lockVault();
        QVERIFY(unlock(window, v.folder));
        QVERIFY(window.isWorking());
        QVERIFY(window.browser() != nullptr);
    }
};

QTEST_MAIN(TestRevocation)
#include "tst_Revocation.moc"
