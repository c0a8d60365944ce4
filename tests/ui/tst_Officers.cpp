// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The officers dialog, the history check off the GUI thread, the household's History tab and the
// audited reveal of NIK and KK.

#include "models/core/Error.h"
#include "models/demo/DemoVault.h"
#include "models/itemmodels/HouseholdTableModel.h"
#include "models/vault/AuditLog.h"
#include "models/vault/Database.h"
#include "models/vault/Kdf.h"
#include "models/vault/Transaction.h"
#include "models/vault/Vault.h"
#include "tests/support/TempVault.h"
#include "ui/browser/BrowserPage.h"
#include "ui/browser/HouseholdHistoryView.h"
#include "ui/jobs/JobRunner.h"
#include "ui/vault/OfficersDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace verdes;
using namespace verdes::ui;
using verdes::test::TempVault;

namespace {

const QString kOfficer = QString::fromUtf16(TempVault::kOfficer);

SecureBytes secret(const char *text)
{
    return SecureBytes::fromUtf8(QString::fromUtf8(text));
}

qint64 entryCount(Database &db)
{
    auto count = AuditLog(db).count();
    return count ? *count : -1;
}

} // namespace

class TestOfficers : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("VERDES_KDF_FAST", "1");
        Kdf::setFastForTests(true);
    }

    void cleanup()
    {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *dialog = qobject_cast<QDialog *>(widget); dialog != nullptr && dialog->isVisible()) {
                dialog->done(QDialog::Rejected);
            }
        }
    }

    void dialogListsAddsChangesAndRemoves()
    {
        TempVault tv;
        QVERIFY2(tv.isValid(), qPrintable(tv.errorText()));
        OfficersDialog dialog(tv.vault());
        QSignalSpy changed(&dialog, &OfficersDialog::officersChanged);
        QTableWidget *table = dialog.table();
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), kOfficer);
        QCOMPARE(table->item(0, 1)->text(), RoleText::label(Role::Operator));
        QVERIFY(!table->item(0, 2)->text().isEmpty()); // manages officers
        auto *add = dialog.findChild<QPushButton *>(QStringLiteral("addOfficerButton"));
        auto *role = dialog.findChild<QPushButton *>(QStringLiteral("changeRoleButton"));
        auto *remove = dialog.findChild<QPushButton *>(QStringLiteral("removeOfficerButton"));
        QVERIFY(add->isEnabled());
        QVERIFY(!role->isEnabled()); // nothing selected
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("permissionLabel"))->isHidden());

        const qint64 before = entryCount(tv.database());
        // Passphrases that differ, or are too short, change nothing.
        auto mismatch = dialog.addOfficer(QStringLiteral("Budi"),
                                          Role::Secretary,
                                          QStringLiteral("rahasia budi 123"),
                                          QStringLiteral("rahasia budi 124"));
        QVERIFY(!mismatch.has_value());
        QVERIFY(!mismatch.has_value());
        QCOMPARE(mismatch.error().code, ErrorCode::VaultPassphraseMismatch);
        QCOMPARE(dialog.message(), describe(Error(ErrorCode::VaultPassphraseMismatch)));
        auto tooShort = dialog.addOfficer(
            QStringLiteral("Budi"), Role::Secretary, QStringLiteral("pendek"), QStringLiteral("pendek"));
        QVERIFY(!tooShort.has_value());
        QCOMPARE(tooShort.error().code, ErrorCode::VaultPassphraseTooShort);
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(entryCount(tv.database()), before);
        QCOMPARE(changed.count(), 0);

        QVERIFY(dialog
                    .addOfficer(QStringLiteral("Budi"),
                                Role::Secretary,
                                QStringLiteral("rahasia budi 123"),
                                QStringLiteral("rahasia budi 123"))
                    .has_value());
        // The key derivation runs off the GUI thread: the row appears through the event loop.
        QTRY_COMPARE(table->rowCount(), 2);
        QCOMPARE(dialog.selectedOfficer(), QStringLiteral("Budi"));
        QVERIFY(role->isEnabled());
        QVERIFY(remove->isEnabled());
        QCOMPARE(table->item(0, 1)->text(), RoleText::label(Role::Secretary)); // Budi sorts first
        QVERIFY(dialog.changeRole(QStringLiteral("Budi"), Role::Bpd).has_value());
        QCOMPARE(table->item(0, 1)->text(), RoleText::label(Role::Bpd));
        QVERIFY(dialog.removeOfficer(QStringLiteral("Budi")).has_value());
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(changed.count(), 3);
        QCOMPARE(entryCount(tv.database()), before + 3);
        // The last officer: the model refuses, the dialog says so.
        QVERIFY(dialog.selectOfficer(kOfficer));
        QVERIFY(!remove->isEnabled());
        auto last = dialog.removeOfficer(kOfficer);
        QVERIFY(!last.has_value());
        QCOMPARE(dialog.message(), describe(last.error()));
    }

    void dialogIsReadOnlyForAViewer()
    {
        TempVault tv;
        QVERIFY(tv.isValid());
        QVERIFY(tv.vault()
                    .addOfficer(QStringLiteral("Vina"), secret("rahasia vina 123"), Role::Viewer)
                    .has_value());
        tv.lock();
        auto viewer = Vault::unlock(tv.folder(), QStringLiteral("Vina"), secret("rahasia vina 123"));
        QVERIFY(viewer.has_value());
        OfficersDialog dialog(**viewer);
        QCOMPARE(dialog.table()->rowCount(), 2);
        auto *permission = dialog.findChild<QLabel *>(QStringLiteral("permissionLabel"));
        QVERIFY(!permission->isHidden());
        QVERIFY2(permission->text().contains(RoleText::label(Role::Viewer)), qPrintable(permission->text()));
        QVERIFY(dialog.selectOfficer(kOfficer));
        for (const char *name : {"addOfficerButton", "changeRoleButton", "removeOfficerButton"}) {
            auto *button = dialog.findChild<QPushButton *>(QLatin1String(name));
            QVERIFY2(!button->isEnabled(), name);
            QVERIFY(!button->toolTip().isEmpty());
        }
        // The model refuses even when the dialog is bypassed.
        auto refused = dialog.changeRole(QStringLiteral("Vina"), Role::KepalaDesa);
        QVERIFY(!refused.has_value());
        QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);
    }

    void checkHistoryRunsOffTheGuiThread()
    {
        TempVault tv;
        QVERIFY(tv.isValid());
        QVERIFY(tv.vault()
                    .addOfficer(QStringLiteral("Budi"), secret("rahasia budi 123"), Role::Chair)
                    .has_value());
        QWidget parent;
        {
            auto *runner = new JobRunner(&parent);
            QSignalSpy checked(runner, &JobRunner::historyChecked);
            runner->verifyHistory(tv.vault());
            QVERIFY(checked.wait(20000));
            QCOMPARE(checked.first().at(0).toLongLong(), qint64(2));
            QCOMPARE(checked.first().at(1).toLongLong(), qint64(0));
            auto *box = parent.findChild<QWidget *>(QStringLiteral("historyCheckResult"));
            QVERIFY(box != nullptr);
        }
        // Altered behind the application's back: the check names the entry.
        QVERIFY(tv.database().execute(u"DROP TRIGGER audit_log_no_update").has_value());
        QVERIFY(tv.database().execute(u"UPDATE audit_log SET officer_name = 'X' WHERE seq = 2").has_value());
        {
            auto *runner = new JobRunner(&parent);
            QSignalSpy checked(runner, &JobRunner::historyChecked);
            runner->verifyHistory(tv.vault());
            QVERIFY(checked.wait(20000));
            QCOMPARE(checked.first().at(1).toLongLong(), qint64(2));
        }
    }

    void revealIsAuditedAndShownInTheHistory()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        DemoOptions options;
        options.households = 20;
        options.seed = 5;
        options.today = QDate(2026, 11, 23);
        auto created = DemoVault::create(dir.filePath(QStringLiteral("demo.verdes")),
                                         QStringLiteral("Operator Demo"),
                                         secret("desa contoh 2026"),
                                         options);
        QVERIFY2(created.has_value(), created ? "" : qPrintable(describe(created.error())));
        Vault &vault = *created->vault;
        // Demo generation is itself in the history, as the demo officer, followed by the
        // data-quality checks every new demo village gets, then the prepared meeting.
        auto all = AuditLog(vault.database()).recent(1000);
        QVERIFY(all.has_value());
        QStringList actions;
        for (auto it = all->crbegin(); it != all->crend(); ++it) {
            actions.append(it->action);
        }
        const qsizetype imported = actions.indexOf(QStringLiteral("import.demo"));
        QVERIFY(imported >= 0);
        QCOMPARE(actions.value(imported + 1), QStringLiteral("checks.run"));
        QCOMPARE(all->at(all->size() - 1 - imported).officerName, QStringLiteral("Operator Demo"));
        QVERIFY(actions.contains(QStringLiteral("meeting.create")));

        BrowserPage page(vault.database(), true);
        QSignalSpy errors(&page, &BrowserPage::errorOccurred);
        page.findChild<QTableView *>(QStringLiteral("householdsTableView"))->selectRow(0);
        const QString household = page.shownHousehold();
        QVERIFY(!household.isEmpty());
        HouseholdHistoryView *history = page.historyView();
        QCOMPARE(history->householdId(), household);
        QVERIFY(history->sentences().isEmpty());

        // Until the actor is set, the page is a viewer: no numbers, no entry.
        const qint64 before = entryCount(vault.database());
        page.revealShownHousehold();
        QCOMPARE(errors.count(), 1);
        QCOMPARE(entryCount(vault.database()), before);

        page.setActor(vault.actor());
        page.revealShownHousehold();
        QCOMPARE(errors.count(), 1);
        QCOMPARE(entryCount(vault.database()), before + 1);
        auto entries = AuditLog(vault.database()).forHousehold(household);
        QVERIFY(entries.has_value());
        QCOMPARE(entries->size(), qsizetype(1));
        QCOMPARE(entries->first().action, QStringLiteral("household.reveal"));
        QCOMPARE(entries->first().objectId, household);
        QCOMPARE(history->sentences().size(), 1);
        QVERIFY2(history->sentences().first().contains(QStringLiteral("Operator Demo")),
                 qPrintable(history->sentences().first()));
        QVERIFY(history->sentences().first().contains(QStringLiteral("revealed")));
        // The date in the short Indonesian form with the year in full (issue 11 §3), not QLocale's
        // two-digit "23/11/26".
        {
            const QLocale before = QLocale();
            QLocale::setDefault(QLocale(QLocale::Indonesian, QLocale::Indonesia));
            history->reload();
            const QString shown = history->findChild<QTextBrowser *>()->toPlainText();
            const QDateTime at = entries->first().at.toLocalTime();
            QVERIFY2(shown.contains(at.toString(QStringLiteral("dd/MM/yyyy HH.mm"))), qPrintable(shown));
            QLocale::setDefault(before);
        }
        // Another household has its own (empty) history.
        page.findChild<QTableView *>(QStringLiteral("householdsTableView"))->selectRow(1);
        QVERIFY(page.shownHousehold() != household);
        QVERIFY(history->sentences().isEmpty());
        QVERIFY(AuditLog(vault.database()).verify()->intact());
    }

    // Adding an officer and changing a passphrase derive the key on a worker thread: the dialog is
    // busy (buttons and Close disabled) until the event loop brings the result back.
    void addAndPassphraseChangeRunOffTheGuiThread()
    {
        TempVault tv;
        QVERIFY(tv.isValid());
        {
            OfficersDialog dialog(tv.vault());
            dialog.show();
            QSignalSpy finished(&dialog, &OfficersDialog::operationFinished);
            QSignalSpy changed(&dialog, &OfficersDialog::officersChanged);
            auto *add = dialog.findChild<QPushButton *>(QStringLiteral("addOfficerButton"));
            auto *passphrase = dialog.findChild<QPushButton *>(QStringLiteral("changePassphraseButton"));
            auto *close = dialog.findChild<QDialogButtonBox *>(QStringLiteral("closeButtonBox"));
            auto *busy = dialog.findChild<QProgressBar *>(QStringLiteral("busyProgressBar"));
            QVERIFY(add && passphrase && close && busy);
            QVERIFY(!busy->isVisible());
            const qint64 before = entryCount(tv.database());

            QVERIFY(dialog
                        .addOfficer(QStringLiteral("Budi"),
                                    Role::Secretary,
                                    QStringLiteral("rahasia budi 123"),
                                    QStringLiteral("rahasia budi 123"))
                        .has_value());
            // Started, not done: nothing written yet, everything waits for the derivation.
            QVERIFY(dialog.isBusy());
            QVERIFY(busy->isVisible());
            QVERIFY(!add->isEnabled());
            QVERIFY(!passphrase->isEnabled());
            QVERIFY(!close->isEnabled());
            QVERIFY(!dialog.table()->isEnabled());
            QCOMPARE(dialog.table()->rowCount(), 1);
            QCOMPARE(changed.count(), 0);
            dialog.reject(); // Esc while busy: the dialog stays
            QVERIFY(dialog.isVisible());
            // A second request while one runs is refused.
            QVERIFY(!dialog
                         .addOfficer(QStringLiteral("Cici"),
                                     Role::Operator,
                                     QStringLiteral("rahasia cici 123"),
                                     QStringLiteral("rahasia cici 123"))
                         .has_value());

            QTRY_COMPARE(finished.count(), 1);
            QCOMPARE(finished.first().first().toBool(), true);
            QVERIFY(!dialog.isBusy());
            QVERIFY(!busy->isVisible());
            QVERIFY(add->isEnabled());
            QVERIFY(close->isEnabled());
            QCOMPARE(changed.count(), 1);
            QCOMPARE(dialog.table()->rowCount(), 2);
            QCOMPARE(dialog.selectedOfficer(), QStringLiteral("Budi"));
            QVERIFY(dialog.message().contains(QStringLiteral("Budi")));
            QCOMPARE(entryCount(tv.database()), before + 1);
            QVERIFY(!tv.vault().officerNames().contains(QStringLiteral("Cici")));

            // Budi's passphrase, the same way.
            QVERIFY(passphrase->isEnabled());
            QSignalSpy passphraseChanged(&dialog, &OfficersDialog::passphraseChanged);
            QVERIFY(dialog
                        .changePassphrase(QStringLiteral("Budi"),
                                          QStringLiteral("rahasia baru 456"),
                                          QStringLiteral("rahasia baru 456"))
                        .has_value());
            QVERIFY(dialog.isBusy());
            QVERIFY(!passphrase->isEnabled());
            QVERIFY(!close->isEnabled());
            QTRY_COMPARE(finished.count(), 2);
            QCOMPARE(finished.last().first().toBool(), true);
            QCOMPARE(passphraseChanged.count(), 1);
            QCOMPARE(passphraseChanged.first().first().toString(), QStringLiteral("Budi"));
            QCOMPARE(changed.count(), 1);
            QCOMPARE(entryCount(tv.database()), before + 2);
        }
        tv.lock();
        auto old = Vault::unlock(tv.folder(), QStringLiteral("Budi"), secret("rahasia budi 123"));
        QVERIFY(!old.has_value());
        QCOMPARE(old.error().code, ErrorCode::VaultWrongPassphrase);
        auto fresh = Vault::unlock(tv.folder(), QStringLiteral("Budi"), secret("rahasia baru 456"));
        QVERIFY(fresh.has_value());
        QCOMPARE((*fresh)->actor().role, Role::Secretary);
    }

    // Errors found before the derivation come back at once; one found after it (another officer of
    // that name added meanwhile) ends the operation with its message. Both are the model's words.
    // A name the vault would refuse: the add dialog says why as it is typed and keeps OK disabled,
    // and addOfficer() refuses it with the same words before any derivation.
    void namesWithControlCharactersAreRefused()
    {
        TempVault tv;
        QVERIFY(tv.isValid());
        OfficersDialog dialog(tv.vault());
        const QString forged = QStringLiteral("Budi\u202Eotnas");
        auto refused = dialog.addOfficer(
            forged, Role::Secretary, QStringLiteral("rahasia budi 123"), QStringLiteral("rahasia budi 123"));
        QVERIFY(!refused.has_value());
        QCOMPARE(refused.error().code, ErrorCode::OfficerNameInvalidChar);
        QCOMPARE(dialog.message(), describe(refused.error()));
        QVERIFY(!dialog.isBusy());
        auto padded = dialog.addOfficer(QStringLiteral("Budi\n"),
                                        Role::Secretary,
                                        QStringLiteral("rahasia budi 123"),
                                        QStringLiteral("rahasia budi 123"));
        QVERIFY(!padded.has_value()); // not trimmed away: refused
        QCOMPARE(dialog.table()->rowCount(), 1);

        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("addOfficerButton")),
                          Qt::LeftButton);
        QDialog *add = nullptr;
        QTRY_VERIFY((add = dialog.findChild<QDialog *>(QStringLiteral("addOfficerDialog"))) != nullptr);
        auto *name = add->findChild<QLineEdit *>(QStringLiteral("nameLineEdit"));
        auto *problem = add->findChild<QLabel *>(QStringLiteral("nameProblemLabel"));
        auto *ok = add->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(name != nullptr && problem != nullptr && ok != nullptr);
        add->findChild<QLineEdit *>(QStringLiteral("passphraseLineEdit"))
            ->setText(QStringLiteral("rahasia budi 123"));
        add->findChild<QLineEdit *>(QStringLiteral("againLineEdit"))
            ->setText(QStringLiteral("rahasia budi 123"));
        name->setText(forged);
        QVERIFY(!problem->isHidden());
        QCOMPARE(problem->text(),
                 describe(Error(ErrorCode::OfficerNameInvalidChar, {QStringLiteral("U+202E")})));
        QVERIFY(!ok->isEnabled());
        name->setText(QString(65, u'x'));
        QCOMPARE(problem->text(), describe(Error(ErrorCode::OfficerNameTooLong, {QStringLiteral("64")})));
        QVERIFY(!ok->isEnabled());
        name->setText(QStringLiteral("Budi Santoso"));
        QVERIFY(problem->isHidden());
        QVERIFY(ok->isEnabled());
    }

    void asyncOfficerErrorsShowTheirMessage()
    {
        TempVault tv;
        QVERIFY(tv.isValid());
        OfficersDialog dialog(tv.vault());
        QSignalSpy finished(&dialog, &OfficersDialog::operationFinished);
        auto tooShort = dialog.addOfficer(
            QStringLiteral("Budi"), Role::Secretary, QStringLiteral("pendek"), QStringLiteral("pendek"));
        QVERIFY(!tooShort.has_value());
        QCOMPARE(tooShort.error().code, ErrorCode::VaultPassphraseTooShort);
        QCOMPARE(dialog.message(), describe(tooShort.error()));
        QVERIFY(!dialog.isBusy());
        // Spaces do not count.
        auto spaces =
            dialog.addOfficer(QStringLiteral("Budi"), Role::Secretary, QString(16, u' '), QString(16, u' '));
        QVERIFY(!spaces.has_value());
        QCOMPARE(spaces.error().code, ErrorCode::VaultPassphraseTooShort);
        QVERIFY(!dialog.isBusy());
        auto existing = dialog.addOfficer(kOfficer,
                                          Role::Secretary,
                                          QStringLiteral("rahasia budi 123"),
                                          QStringLiteral("rahasia budi 123"));
        QVERIFY(!existing.has_value());
        QCOMPARE(existing.error().code, ErrorCode::VaultOfficerExists);
        QCOMPARE(dialog.message(), describe(existing.error()));
        auto mismatch = dialog.changePassphrase(
            kOfficer, QStringLiteral("rahasia baru 123"), QStringLiteral("rahasia baru 124"));
        QVERIFY(!mismatch.has_value());
        QCOMPARE(mismatch.error().code, ErrorCode::VaultPassphraseMismatch);
        auto shortPassphrase =
            dialog.changePassphrase(kOfficer, QStringLiteral("pendek"), QStringLiteral("pendek"));
        QVERIFY(!shortPassphrase.has_value());
        QCOMPARE(shortPassphrase.error().code, ErrorCode::VaultPassphraseTooShort);
        QCOMPARE(dialog.message(), describe(shortPassphrase.error()));
        QCOMPARE(finished.count(), 0);

        const qint64 before = entryCount(tv.database());
        QVERIFY(dialog
                    .addOfficer(QStringLiteral("Budi"),
                                Role::Secretary,
                                QStringLiteral("rahasia budi 123"),
                                QStringLiteral("rahasia budi 123"))
                    .has_value());
        // Meanwhile (the dialog is busy), another way adds a Budi.
        QVERIFY(
            tv.vault().addOfficer(QStringLiteral("Budi"), secret("rahasia lain 123"), Role::Bpd).has_value());
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(!dialog.isBusy());
        QCOMPARE(dialog.message(), describe(Error(ErrorCode::VaultOfficerExists, {QStringLiteral("Budi")})));
        QCOMPARE(entryCount(tv.database()), before + 1); // only the other way's entry
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("addOfficerButton"))->isEnabled());
    }

    // A dialog destroyed while the key is derived waits for the worker and writes nothing.
    void destroyedWhileBusyWritesNothing()
    {
        TempVault tv;
        QVERIFY(tv.isValid());
        const qint64 before = entryCount(tv.database());
        {
            OfficersDialog dialog(tv.vault());
            QVERIFY(dialog
                        .addOfficer(QStringLiteral("Budi"),
                                    Role::Secretary,
                                    QStringLiteral("rahasia budi 123"),
                                    QStringLiteral("rahasia budi 123"))
                        .has_value());
            QVERIFY(dialog.isBusy());
        }
        QCoreApplication::processEvents(); // nothing queued is left to write the slot
        QVERIFY(!tv.vault().officerNames().contains(QStringLiteral("Budi")));
        QCOMPARE(entryCount(tv.database()), before);
        tv.lock();
        QVERIFY(tv.reopen());
    }
};

QTEST_MAIN(TestOfficers)
#include "tst_Officers.moc"
