// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Work is never lost (issue 11 §2), on the offscreen platform: the proposal editor keeps what was
// written as a draft on Escape, Close and closing its window, asks before it drops a draft the vault
// refuses; Enter presses no button; withdrawing asks first; the date fields start empty, take typed
// dates and never change one silently; and the main window keeps drafts over a lock (by hand or idle)
// and over quitting, and comes back where the officer was.

#include "models/demo/DemoVault.h"
#include "models/proposals/ProposalRepository.h"
#include "models/vault/Database.h"
#include "models/vault/Statement.h"
#include "models/vault/Vault.h"
#include "tests/support/QueuedPrompter.h"
#include "tests/support/ScratchVault.h"
#include "tests/support/TopLevel.h"
#include "ui/browser/BrowserPage.h"
#include "ui/browser/HouseholdMembersView.h"
#include "ui/common/DateField.h"
#include "ui/proposals/HouseholdPicker.h"
#include "ui/proposals/ProposalEditor.h"
#include "ui/settings/AppSettings.h"
#include "ui/shell/MainWindow.h"
#include "ui/vault/UnlockDialog.h"

#include <QApplication>
#include <QCalendarWidget>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace verdes;
using namespace verdes::ui;
using verdes::test::visibleTopLevel;

namespace {

const QDate kToday(2026, 11, 23);
const QString kPassphrase = QStringLiteral("kata sandi uji 123");

Actor operatorActor()
{
    Actor a;
    a.officerId = QStringLiteral("officer-1");
    a.name = QStringLiteral("Operator Uji");
    a.role = Role::Operator;
    return a;
}

qint64 count(Database &db, const QString &sql)
{
    auto n = db.queryInt(sql);
    return n ? *n : -1;
}

} // namespace

class TestWorkKept final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::ScratchVault> m_scratch;
    std::unique_ptr<Database> m_db;
    QString m_folder; // a demo vault for the main window

    // A household with at least two members, and its second member.
    std::pair<QString, QString> householdAndMember()
    {
        Statement st(*m_db,
                     u"SELECT household_id, person_id FROM members WHERE ordinal = 2 AND presence = 1 "
                     u"ORDER BY household_id LIMIT 1");
        auto row = st.step();
        return row && *row ? std::pair{st.text(0), st.text(1)} : std::pair<QString, QString>{};
    }

    // An editor on a new MEMBER_DECEASED proposal, shown.
    std::unique_ptr<ProposalEditor> deceasedEditor(test::QueuedPrompter &prompter)
    {
        const auto [household, person] = householdAndMember();
        auto editor = std::make_unique<ProposalEditor>(*m_db, operatorActor());
        editor->setPrompter(prompter);
        editor->startNew(household, person, ProposalType::MemberDeceased);
        editor->show();
        return editor;
    }

    qint64 proposals() { return count(*m_db, QStringLiteral("SELECT count(*) FROM proposals")); }

    UnlockDialog *waitForUnlock()
    {
        UnlockDialog *dialog = nullptr;
        if (!QTest::qWaitFor([&] {
                return (dialog = visibleTopLevel<UnlockDialog>()) != nullptr;
            })) {
            return nullptr;
        }
        return dialog;
    }

    bool unlock(MainWindow &window)
    {
        UnlockDialog *dialog = waitForUnlock();
        if (dialog == nullptr) {
            return false;
        }
        dialog->findChild<QLineEdit *>(QStringLiteral("passphraseLineEdit"))->setText(kPassphrase);
        dialog->accept();
        return QTest::qWaitFor(
            [&] {
                return window.hasOpenVault();
            },
            20000);
    }

private Q_SLOTS:

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("VERDES_KDF_FAST", "1");
        QVERIFY(m_dir.isValid());
        m_scratch = std::make_unique<test::ScratchVault>(m_dir.filePath(QStringLiteral("editor.db")));
        auto db = m_scratch->create();
        QVERIFY(db);
        m_db = std::move(*db);
        auto village = test::importDemoVillage(*m_db, 60, 3, kToday);
        QVERIFY2(village, village ? "" : qPrintable(village.error().detail));

        m_folder = m_dir.filePath(QStringLiteral("Desa Uji.verdes"));
        DemoOptions options;
        options.households = 80;
        options.seed = 12;
        options.today = kToday;
        auto created = DemoVault::create(
            m_folder, QStringLiteral("Operator Uji"), SecureBytes::fromUtf8(kPassphrase), options);
        QVERIFY2(created.has_value(), created ? "" : qPrintable(describe(created.error())));
        QVERIFY(created->vault->lock());
        AppSettings::setAutoLockMinutes(10);
    }

    void cleanup()
    {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *dialog = qobject_cast<QDialog *>(widget); dialog != nullptr && dialog->isVisible()) {
                dialog->done(QDialog::Rejected);
            }
        }
    }

    // Escape, the Close button and closing the window each keep the written proposal as a draft.
    void escapeCloseAndWindowCloseKeepTheDraft_data()
    {
        QTest::addColumn<int>("how");
        QTest::newRow("escape") << 0;
        QTest::newRow("close-button") << 1;
        QTest::newRow("window-close") << 2;
    }

    void escapeCloseAndWindowCloseKeepTheDraft()
    {
        QFETCH(int, how);
        test::QueuedPrompter prompter;
        auto editor = deceasedEditor(prompter);
        QVERIFY(QTest::qWaitForWindowExposed(editor.get()));
        QVERIFY(!editor->hasUnsavedChanges());
        const QString reason = QStringLiteral("Meninggal, dilaporkan RT (%1)").arg(how);
        QTest::keyClicks(editor->findChild<QPlainTextEdit *>(QStringLiteral("reasonEdit")), reason);
        QVERIFY(editor->hasUnsavedChanges());
        const qint64 before = proposals();
        if (how == 0) {
            QTest::keyClick(editor.get(), Qt::Key_Escape);
        } else if (how == 1) {
            const auto buttons = editor->findChildren<QPushButton *>();
            const auto close = std::find_if(buttons.begin(), buttons.end(), [](QPushButton *b) {
                return b->text() == QStringLiteral("Close") || b->text() == QStringLiteral("&Close");
            });
            QVERIFY(close != buttons.end());
            (*close)->click();
        } else {
            QVERIFY(editor->close());
        }
        QVERIFY(!editor->isVisible());
        QCOMPARE(proposals(), before + 1);
        QCOMPARE(
            count(*m_db,
                  QStringLiteral("SELECT count(*) FROM proposals WHERE state = 'draft' AND reason = '%1'")
                      .arg(reason)),
            1);
        QVERIFY(prompter.asked().isEmpty());
    }

    void anUntouchedEditorKeepsNothing()
    {
        test::QueuedPrompter prompter;
        auto editor = deceasedEditor(prompter);
        const qint64 before = proposals();
        QTest::keyClick(editor.get(), Qt::Key_Escape);
        QVERIFY(!editor->isVisible());
        QCOMPARE(proposals(), before);
    }

    // The vault refuses the draft (a household that does not exist): the officer is asked, and
    // "Keep editing" keeps the editor open with what was written.
    void aRefusedDraftIsNeverDroppedSilently()
    {
        test::QueuedPrompter prompter;
        auto editor = deceasedEditor(prompter);
        auto *household = editor->findChild<QLineEdit *>(QStringLiteral("householdLineEdit"));
        household->setText(QStringLiteral("no-such-household"));
        Q_EMIT household->editingFinished();
        editor->setReason(QStringLiteral("ditulis dan tidak boleh hilang"));
        const qint64 before = proposals();
        prompter.enqueue(false); // keep editing
        QTest::keyClick(editor.get(), Qt::Key_Escape);
        QCOMPARE(prompter.asked().size(), 1);
        QVERIFY(editor->isVisible());
        QVERIFY(editor->hasUnsavedChanges());
        prompter.enqueue(true); // discard
        QTest::keyClick(editor.get(), Qt::Key_Escape);
        QCOMPARE(prompter.asked().size(), 2);
        QVERIFY(!editor->isVisible());
        QCOMPARE(proposals(), before);
    }

    // Enter in the household field loads it and opens no picker; Enter on "Withdraw…" does nothing;
    // no button is the default.
    void enterPressesNoButton()
    {
        test::QueuedPrompter prompter;
        auto editor = deceasedEditor(prompter);
        editor->setReason(QStringLiteral("untuk uji Enter"));
        QVERIFY(editor->saveDraft());
        QVERIFY(QTest::qWaitForWindowExposed(editor.get()));
        for (QPushButton *button : editor->findChildren<QPushButton *>()) {
            QVERIFY2(!button->isDefault(), qPrintable(button->objectName()));
        }
        auto *household = editor->findChild<QLineEdit *>(QStringLiteral("householdLineEdit"));
        household->setFocus();
        QTest::keyClick(household, Qt::Key_Return);
        QTest::keyClick(editor.get(), Qt::Key_Enter);
        QVERIFY(editor->findChild<HouseholdPicker *>(QStringLiteral("householdPicker")) == nullptr);
        auto *withdraw = editor->findChild<QPushButton *>(QStringLiteral("withdrawButton"));
        QVERIFY(withdraw->isVisible() && withdraw->isEnabled());
        withdraw->setFocus();
        QTest::keyClick(withdraw, Qt::Key_Return);
        QTest::keyClick(withdraw, Qt::Key_Enter);
        QVERIFY(prompter.asked().isEmpty());
        QCOMPARE(editor->proposal().state, ProposalState::Draft);
        QVERIFY(editor->isVisible());
    }

    // Withdrawing asks, with a reason; "Keep the proposal" keeps it.
    void withdrawingAsksFirst()
    {
        test::QueuedPrompter prompter;
        auto editor = deceasedEditor(prompter);
        editor->setReason(QStringLiteral("untuk uji tarik"));
        QVERIFY(editor->saveDraft());
        auto *withdraw = editor->findChild<QPushButton *>(QStringLiteral("withdrawButton"));
        prompter.enqueue(false);
        QTest::mouseClick(withdraw, Qt::LeftButton);
        QCOMPARE(prompter.asked().size(), 1);
        QVERIFY(prompter.asked().first().asksText);
        QVERIFY(prompter.asked().first().text.contains(QString::number(editor->proposalId())));
        QCOMPARE(editor->proposal().state, ProposalState::Draft);
        prompter.enqueue(true, QStringLiteral("Usulan ganda"));
        QTest::mouseClick(withdraw, Qt::LeftButton);
        QCOMPARE(editor->proposal().state, ProposalState::Withdrawn);
    }

    void dateParsing_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("slashes") << QStringLiteral("14/03/1975") << QDate(1975, 3, 14);
        QTest::newRow("digits") << QStringLiteral("14031975") << QDate(1975, 3, 14);
        QTest::newRow("one-digit-day-month") << QStringLiteral("4/3/1975") << QDate(1975, 3, 4);
        QTest::newRow("dashes") << QStringLiteral("04-03-1975") << QDate(1975, 3, 4);
        QTest::newRow("leap-day") << QStringLiteral("29022024") << QDate(2024, 2, 29);
        QTest::newRow("not-a-leap-year") << QStringLiteral("29/02/2023") << QDate();
        QTest::newRow("thirty-first-february") << QStringLiteral("31/02/2020") << QDate();
        QTest::newRow("month-13") << QStringLiteral("01132020") << QDate();
        QTest::newRow("two-digit-year") << QStringLiteral("14/03/75") << QDate();
        QTest::newRow("iso-is-not-typed") << QStringLiteral("1975-03-14") << QDate();
        QTest::newRow("before-1900") << QStringLiteral("01/01/1899") << QDate();
        QTest::newRow("letters") << QStringLiteral("kemarin") << QDate();
    }

    void dateParsing()
    {
        QFETCH(QString, typed);
        QFETCH(QDate, expected);
        QCOMPARE(DateField::parse(typed).value_or(QDate()), expected);
    }

    // The editor's date field: empty at first, typed digits become the date, a wrong date stays as
    // typed and is named, the calendar opens on today's month.
    void dateFieldInTheEditor()
    {
        test::QueuedPrompter prompter;
        auto editor = deceasedEditor(prompter);
        DateField *field = editor->eventDateField();
        QVERIFY(field->isVisible());
        QVERIFY(field->isEmpty());
        QVERIFY(!editor->formProposal().details.eventDate.isValid());
        QTest::keyClicks(field->lineEdit(), QStringLiteral("02102026"));
        QTest::keyClick(field->lineEdit(), Qt::Key_Return);
        QCOMPARE(field->text(), QStringLiteral("02/10/2026"));
        QCOMPARE(editor->formProposal().details.eventDate, QDate(2026, 10, 2));
        field->lineEdit()->clear();
        QTest::keyClicks(field->lineEdit(), QStringLiteral("31/02/2026"));
        QTest::keyClick(field->lineEdit(), Qt::Key_Return);
        QCOMPARE(field->text(), QStringLiteral("31/02/2026"));
        QVERIFY(!field->isAcceptable());
        QVERIFY(editor->findChild<QLabel *>(QStringLiteral("missingLabel"))
                    ->text()
                    .contains(QStringLiteral("31/02/2026")));
        field->lineEdit()->clear();
        field->openCalendar();
        QVERIFY(field->calendar() != nullptr && field->calendar()->isVisible());
        QCOMPARE(field->calendar()->yearShown(), QDate::currentDate().year());
        QCOMPARE(field->calendar()->monthShown(), QDate::currentDate().month());
        field->calendar()->hide();
        // The calendar shows a typed date's month.
        field->setDate(QDate(1975, 3, 14));
        field->openCalendar();
        QCOMPARE(field->calendar()->yearShown(), 1975);
        QCOMPARE(field->calendar()->monthShown(), 3);
        field->calendar()->hide();
    }

    // A lock (here by the idle timer) keeps the open editor's work as a draft; after unlocking the
    // window shows the same page, household, search and filters, and the editor on the draft.
    void lockKeepsTheDraftAndComesBack()
    {
        test::QueuedPrompter prompter;
        AppSettings::setAutoLockMinutes(1);
        MainWindow window;
        window.setPrompter(prompter);
        window.show();
        window.openVault(m_folder);
        QVERIFY(unlock(window));
        BrowserPage *browser = window.browser();
        auto *place = browser->findChild<QComboBox *>(QStringLiteral("placeComboBox"));
        place->setCurrentIndex(1);
        auto *search = browser->findChild<QLineEdit *>(QStringLiteral("searchLineEdit"));
        auto *table = browser->findChild<QTableView *>(QStringLiteral("householdsTableView"));
        QVERIFY(table->model()->rowCount() > 1);
        table->selectRow(1);
        const QString household = browser->shownHousehold();
        QVERIFY(!household.isEmpty());
        QTest::keyClicks(search, QStringLiteral("a"));
        QTest::qWait(300);
        table->selectRow(0);
        const BrowserPage::ViewState before = browser->viewState();
        QVERIFY(!before.householdId.isEmpty());

        ProposalEditor *editor = window.newProposal(before.householdId, {}, ProposalType::DataUpdate);
        editor->setReason(QStringLiteral("Luas lantai diukur ulang"));
        QVERIFY(editor->hasUnsavedChanges());

        auto *timer = window.findChild<QTimer *>(QStringLiteral("idleTimer"));
        timer->start(50);
        QVERIFY(QTest::qWaitFor([&] {
            return !window.hasOpenVault();
        }));
        QVERIFY(unlock(window));
        browser = window.browser();
        const BrowserPage::ViewState after = browser->viewState();
        QCOMPARE(after.searchText, before.searchText);
        QCOMPARE(after.place, before.place);
        QCOMPARE(after.householdId, before.householdId);
        ProposalEditor *reopened = nullptr;
        QVERIFY(QTest::qWaitFor([&] {
            reopened = window.findChild<ProposalEditor *>();
            return reopened != nullptr && reopened->isVisible();
        }));
        QVERIFY(reopened->proposalId() != 0);
        QCOMPARE(reopened->proposal().state, ProposalState::Draft);
        QCOMPARE(reopened->proposal().reason, QStringLiteral("Luas lantai diukur ulang"));
        QVERIFY(!reopened->hasUnsavedChanges());
        QVERIFY(prompter.asked().isEmpty());
        AppSettings::setAutoLockMinutes(10);
    }

    // Locking by hand with a draft the vault refuses: kept in memory, the editor comes back unsaved.
    void lockKeepsARefusedDraftInMemory()
    {
        test::QueuedPrompter prompter;
        MainWindow window;
        window.setPrompter(prompter);
        window.show();
        window.openVault(m_folder);
        QVERIFY(unlock(window));
        ProposalEditor *editor = window.newProposal(QStringLiteral("no-such-household"));
        editor->setReason(QStringLiteral("tidak tersimpan tetapi tidak hilang"));
        window.lockVault();
        QVERIFY(!window.hasOpenVault());
        QVERIFY(unlock(window));
        ProposalEditor *reopened = nullptr;
        QVERIFY(QTest::qWaitFor([&] {
            reopened = window.findChild<ProposalEditor *>();
            return reopened != nullptr && reopened->isVisible();
        }));
        QCOMPARE(reopened->proposalId(), 0);
        QCOMPARE(reopened->formProposal().reason, QStringLiteral("tidak tersimpan tetapi tidak hilang"));
        QVERIFY(reopened->hasUnsavedChanges());
    }

    // Quitting with an editor open keeps the draft in the vault.
    void quittingKeepsTheDraft()
    {
        test::QueuedPrompter prompter;
        qint64 before = 0;
        {
            MainWindow window;
            window.setPrompter(prompter);
            window.show();
            window.openVault(m_folder);
            QVERIFY(unlock(window));
            before = count(window.openVaultForTests()->database(),
                           QStringLiteral("SELECT count(*) FROM proposals"));
            ProposalEditor *editor =
                window.newProposal(window.browser()->shownHousehold(), {}, ProposalType::DataUpdate);
            editor->setReason(QStringLiteral("ditulis sebelum keluar"));
            QVERIFY(window.close());
            QVERIFY(!window.hasOpenVault());
        }
        MainWindow window;
        window.show();
        window.openVault(m_folder);
        QVERIFY(unlock(window));
        QCOMPARE(
            count(window.openVaultForTests()->database(), QStringLiteral("SELECT count(*) FROM proposals")),
            before + 1);
        QCOMPARE(
            count(window.openVaultForTests()->database(),
                  QStringLiteral("SELECT count(*) FROM proposals WHERE reason = 'ditulis sebelum keluar'")),
            1);
        QVERIFY(prompter.asked().isEmpty());
    }

    // Quitting with a draft the vault refuses asks; "Keep working" keeps the window open.
    void quittingWithARefusedDraftAsks()
    {
        test::QueuedPrompter prompter;
        MainWindow window;
        window.setPrompter(prompter);
        window.show();
        window.openVault(m_folder);
        QVERIFY(unlock(window));
        ProposalEditor *editor = window.newProposal(QStringLiteral("no-such-household"));
        editor->setReason(QStringLiteral("jangan hilang"));
        prompter.enqueue(false);
        QVERIFY(!window.close());
        QCOMPARE(prompter.asked().size(), 1);
        QVERIFY(window.hasOpenVault());
        QVERIFY(editor->isVisible());
        prompter.enqueue(true);
        window.close();
        QVERIFY(!window.hasOpenVault());
    }
};

QTEST_MAIN(TestWorkKept)
#include "tst_WorkKept.moc"
