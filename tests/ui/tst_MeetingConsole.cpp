// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The operator's console for running a meeting (issue 12 §2) on the offscreen platform: decisions
// recorded from the keyboard (1/2/3, Alt+S/T/D, Ctrl+Enter), a vote with its counts stored, a
// correction, next and previous by PgDown/PgUp and Alt+Right/Left, the progress line, a household
// item's choices, identifiers masked in the operator's details, and the lock: both windows close,
// nothing stays on the projector, and a new console continues at the first undecided item; the
// window's lock (Ctrl+L, the idle timer) does it and reopens the console after the unlock.
#include "models/demo/DemoVault.h"
#include "models/domain/Issue.h"
#include "models/vault/Vault.h"
#include "tests/support/FakeClock.h"
#include "tests/support/ScratchVault.h"
#include "tests/support/TopLevel.h"
#include "tests/ui/tst_MeetingConsoleFixture.h"
#include "ui/musdes/run/MeetingConsole.h"
#include "ui/musdes/run/ProjectorWindow.h"
#include "ui/shell/MainWindow.h"
#include "ui/vault/UnlockDialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRadioButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace verdes;
using namespace verdes::ui;

class TestMeetingConsole final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<test::ScratchVault> m_vault;
    std::unique_ptr<Database> m_db;
    test::FakeClock m_clock;
    test::MeetingFixture m_fixture;

    AgendaItem stored(qint64 itemId)
    {
        auto item = MeetingRepository(*m_db).item(m_fixture.meetingId, itemId);
        return item && item->has_value() ? **item : AgendaItem{};
    }

    static void activate(QWidget *window)
    {
        window->show();
        QApplication::setActiveWindow(window);
        QVERIFY(QTest::qWaitForWindowActive(window));
    }

    static Actor secretary()
    {
        return test::meetingActor(Role::Secretary, QStringLiteral("Sekretaris Desa"));
    }

private Q_SLOTS:

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_clock.set(QDateTime(test::kMeetingToday, QTime(10, 0), Qt::UTC));
        m_vault = std::make_unique<test::ScratchVault>(m_dir.filePath(QStringLiteral("console.db")));
        auto db = m_vault->create();
        QVERIFY(db);
        m_db = std::move(*db);
        m_fixture = test::buildMeeting(*m_db, m_clock, test::meetingActor(Role::Operator));
        QVERIFY(!QTest::currentTestFailed());
    }

    void opensAtTheFirstItemWithProgress()
    {
        MeetingConsole console(*m_db, secretary(), m_fixture.meetingId);
        const int total = static_cast<int>(console.items().size());
        QCOMPARE(total, 5);
        QCOMPARE(console.currentIndex(), 0);
        QCOMPARE(console.progressText(), QStringLiteral("Item 1 of 5 · 5 not decided"));
        QCOMPARE(console.findChild<QLabel *>(QStringLiteral("consoleProgressLabel"))->text(),
                 console.progressText());
        // The agenda shows the section headings and every item, the current one selected.
        auto *agenda = console.findChild<QListWidget *>(QStringLiteral("consoleAgendaList"));
        QVERIFY(agenda->count() > total);
        QVERIFY(agenda->currentItem() != nullptr);
        QCOMPARE(agenda->currentItem()->data(Qt::UserRole).toInt(), 0);
    }

    void nextAndPreviousByKeyboard()
    {
        MeetingConsole console(*m_db, secretary(), m_fixture.meetingId);
        activate(&console);
        QCOMPARE(console.currentIndex(), 0);
        QTest::keyClick(&console, Qt::Key_PageDown);
        QCOMPARE(console.currentIndex(), 1);
        QTest::keyClick(&console, Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(console.currentIndex(), 2);
        QVERIFY(console.progressText().startsWith(QStringLiteral("Item 3 of 5")));
        QTest::keyClick(&console, Qt::Key_PageUp);
        QCOMPARE(console.currentIndex(), 1);
        QTest::keyClick(&console, Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(console.currentIndex(), 0);
        // Not before the first.
        QTest::keyClick(&console, Qt::Key_PageUp);
        QCOMPARE(console.currentIndex(), 0);
        // The toolbar's buttons do the same.
        auto *next = console.findChild<QAction *>(QStringLiteral("consoleNextAction"));
        QVERIFY(next);
        next->trigger();
        QCOMPARE(console.currentIndex(), 1);
        // The projector follows.
        QCOMPARE(console.projector()->itemId(), console.currentItemId());
    }

    void decisionsByKeyboardVoteAndCorrection()
    {
        MeetingConsole console(*m_db, secretary(), m_fixture.meetingId);
        activate(&console);
        QCOMPARE(console.currentIndex(), 0);
        // 1 and Ctrl+Enter: agreed by consensus.
        const qint64 first = console.currentItemId();
        QTest::keyClick(&console, Qt::Key_1);
        QVERIFY(console.hasUnsavedDecision());
        QTest::keyClick(&console, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY2(!console.hasUnsavedDecision(), qPrintable(console.messageText()));
        const AgendaItem agreed = stored(first);
        QVERIFY(agreed.decision == Decision::Agreed || agreed.decision == Decision::Keep);
        QCOMPARE(agreed.mode, DecisionMode::Consensus);
        QCOMPARE(agreed.decidedByName, QStringLiteral("Sekretaris Desa"));
        QVERIFY(console.progressText().endsWith(QStringLiteral("4 not decided")));

        // The next item: Alt+T (rejected) by vote 3/12/1, with a note, saved with Ctrl+Enter.
        QTest::keyClick(&console, Qt::Key_PageDown);
        const qint64 second = console.currentItemId();
        QTest::keyClick(&console, Qt::Key_T, Qt::AltModifier);
        console.findChild<QRadioButton *>(QStringLiteral("decisionVoteRadio"))->click();
        auto *votesFor = console.findChild<QSpinBox *>(QStringLiteral("votesForSpin"));
        auto *votesAgainst = console.findChild<QSpinBox *>(QStringLiteral("votesAgainstSpin"));
        auto *votesAbstain = console.findChild<QSpinBox *>(QStringLiteral("votesAbstainSpin"));
        QVERIFY(votesFor->isEnabled());
        votesFor->setValue(3);
        votesAgainst->setValue(12);
        votesAbstain->setValue(1);
        auto *note = console.findChild<QLineEdit *>(QStringLiteral("decisionNoteEdit"));
        note->setFocus();
        QTest::keyClicks(note, QStringLiteral("Bukti 2 kurang"));
        // Typing a digit into the note does not choose a decision.
        QCOMPARE(note->text(), QStringLiteral("Bukti 2 kurang"));
        QTest::keyClick(note, Qt::Key_Return, Qt::ControlModifier);
        const AgendaItem voted = stored(second);
        QVERIFY2(voted.decision == Decision::Rejected || voted.decision == Decision::ProposeRemoval,
                 qPrintable(console.messageText()));
        QCOMPARE(voted.mode, DecisionMode::Vote);
        QCOMPARE(voted.votesFor, 3);
        QCOMPARE(voted.votesAgainst, 12);
        QCOMPARE(voted.votesAbstain, 1);
        QCOMPARE(voted.note, QStringLiteral("Bukti 2 kurang"));
        QVERIFY(console.projector()
                    ->findChild<QLabel *>(QStringLiteral("projectorDecisionLabel"))
                    ->text()
                    .contains(QStringLiteral("12")));

        // Back to the first and correct it with 3 (deferred): stored, and the correction shown.
        QTest::keyClick(&console, Qt::Key_PageUp);
        QCOMPARE(console.currentItemId(), first);
        QVERIFY(console.findChild<QRadioButton *>(QStringLiteral("decisionFirstRadio"))->isChecked());
        QTest::keyClick(&console, Qt::Key_3);
        QTest::keyClick(&console, Qt::Key_Enter, Qt::ControlModifier);
        QCOMPARE(stored(first).decision, Decision::Deferred);
        const QString history = console.findChild<QLabel *>(QStringLiteral("decisionHistoryLabel"))->text();
        QVERIFY2(history.contains(QStringLiteral("Corrected")), qPrintable(history));
        QVERIFY2(console.messageText().contains(QStringLiteral("corrected")),
                 qPrintable(console.messageText()));

        // Alt+S and Alt+D choose too.
        QTest::keyClick(&console, Qt::Key_S, Qt::AltModifier);
        QVERIFY(console.findChild<QRadioButton *>(QStringLiteral("decisionFirstRadio"))->isChecked());
        QTest::keyClick(&console, Qt::Key_D, Qt::AltModifier);
        QVERIFY(console.findChild<QRadioButton *>(QStringLiteral("decisionDeferredRadio"))->isChecked());
        // A vote without counts is the repository's to refuse; a save without a choice is refused here.
        console.findChild<QRadioButton *>(QStringLiteral("decisionConsensusRadio"))->click();
        QVERIFY(console.saveDecision());
    }

    void householdItemChoices()
    {
        MeetingConsole console(*m_db, secretary(), m_fixture.meetingId);
        int index = -1;
        for (int i = 0; i < console.items().size(); ++i) {
            if (console.items().at(i).isHouseholdItem()) {
                index = i;
            }
        }
        QVERIFY(index >= 0);
        QVERIFY(console.goToIndex(index));
        auto *first = console.findChild<QRadioButton *>(QStringLiteral("decisionFirstRadio"));
        auto *second = console.findChild<QRadioButton *>(QStringLiteral("decisionSecondRadio"));
        QVERIFY(first->text().startsWith(QStringLiteral("Keep")));
        QVERIFY(second->text().startsWith(QStringLiteral("Propose removal")));
        second->click();
        QVERIFY(console.saveDecision());
        QCOMPARE(stored(console.currentItemId()).decision, Decision::ProposeRemoval);
    }

    void detailsMaskIdentifiers()
    {
        MeetingConsole console(*m_db, secretary(), m_fixture.meetingId);
        for (int i = 0; i < console.items().size(); ++i) {
            QVERIFY(console.goToIndex(i));
            const QString details =
                console.findChild<QTextBrowser *>(QStringLiteral("consoleDetailsView"))->toPlainText();
            for (const QString &nik : {test::kMeetingBabyNik, test::kMeetingHeadNik, test::kMeetingNewKk}) {
                QVERIFY2(!details.contains(nik), qPrintable(details));
            }
            for (const QString &person : std::as_const(m_fixture.personIds)) {
                const QString nik = ProposalRepository(*m_db)
                                        .currentValue(kMembersTable, person, QStringLiteral("nik"))
                                        .value();
                QVERIFY2(nik.isEmpty() || !details.contains(nik), qPrintable(details));
            }
        }
        // The operator sees the masked form.
        QVERIFY(console.goToIndex(0));
        bool masked = false;
        for (int i = 0; i < console.items().size(); ++i) {
            QVERIFY(console.goToIndex(i));
            masked = masked
                     || console.findChild<QTextBrowser *>(QStringLiteral("consoleDetailsView"))
                            ->toPlainText()
                            .contains(QStringLiteral("••••••••"));
        }
        QVERIFY(masked);
    }

    void viewerMayNotDecide()
    {
        MeetingConsole console(*m_db, test::meetingActor(Role::Viewer), m_fixture.meetingId);
        QVERIFY(!console.findChild<QGroupBox *>(QStringLiteral("consoleDecisionBox"))->isEnabled());
        QVERIFY(!console.saveDecision());
    }

    // Locking: both windows go, nothing stays on the projector; a new console continues at the
    // first undecided item with every saved decision as it was.
    void lockKeepsTheMeeting()
    {
        QList<AgendaItem> before;
        int firstUndecided = -1;
        {
            auto *console = new MeetingConsole(*m_db, secretary(), m_fixture.meetingId);
            console->setAttribute(Qt::WA_DeleteOnClose);
            QPointer<MeetingConsole> guard(console);
            activate(console);
            console->toggleProjector();
            QPointer<ProjectorWindow> projector = console->projector();
            QVERIFY(projector->isVisible());
            // An unsaved choice is not stored, and the lock does not ask.
            before = console->items();
            for (int i = 0; i < before.size(); ++i) {
                if (!before.at(i).isDecided()) {
                    firstUndecided = i;
                    break;
                }
            }
            QVERIFY(firstUndecided >= 0);
            QVERIFY(console->goToIndex(firstUndecided));
            QTest::keyClick(console, Qt::Key_1);
            QVERIFY(console->hasUnsavedDecision());
            console->closeForLock();
            QVERIFY(!projector || (!projector->isVisible() && projector->isBlank()));
            QTRY_VERIFY(guard.isNull());
        }
        MeetingConsole reopened(*m_db, secretary(), m_fixture.meetingId);
        QCOMPARE(reopened.currentIndex(), firstUndecided);
        QCOMPARE(reopened.items().size(), before.size());
        for (int i = 0; i < before.size(); ++i) {
            QCOMPARE(reopened.items().at(i).decision, before.at(i).decision);
            QCOMPARE(reopened.items().at(i).votesAgainst, before.at(i).votesAgainst);
        }
    }

    // The application window's lock: the console and the projector close before the vault does,
    // and come back, on the same meeting, once it is unlocked.
    void windowLockClosesAndReopensTheConsole()
    {
        qputenv("VERDES_KDF_FAST", "1");
        const QString folder = m_dir.filePath(QStringLiteral("Desa Rapat.verdes"));
        const QString passphrase = QStringLiteral("rapat desa uji 2026");
        DemoOptions options;
        options.households = 40;
        options.seed = 5;
        options.today = test::kMeetingToday;
        auto created = DemoVault::create(
            folder, QStringLiteral("Operator Uji"), SecureBytes::fromUtf8(passphrase), options);
        QVERIFY2(created.has_value(), created ? "" : qPrintable(describe(created.error())));
        QVERIFY(created->vault->lock());

        auto unlock = [&](MainWindow &window) {
            UnlockDialog *dialog = nullptr;
            if (!QTest::qWaitFor([&] {
                    return (dialog = test::visibleTopLevel<UnlockDialog>()) != nullptr;
                })) {
                return false;
            }
            dialog->findChild<QLineEdit *>(QStringLiteral("passphraseLineEdit"))->setText(passphrase);
            dialog->accept();
            return QTest::qWaitFor(
                [&] {
                    return window.hasOpenVault();
                },
                20000);
        };
        MainWindow window;
        window.show();
        window.openVault(folder);
        QVERIFY(unlock(window));
        Vault *vault = window.openVaultForTests();
        MeetingDraft draft;
        draft.date = test::kMeetingToday;
        draft.place = QStringLiteral("Balai Desa");
        draft.chair = QStringLiteral("Ketua BPD");
        auto meeting = MeetingRepository(vault->database()).create(vault->actor(), draft);
        QVERIFY2(meeting, meeting ? "" : qPrintable(describe(meeting.error())));
        QVERIFY(MeetingRepository(vault->database()).addAllReady(vault->actor(), meeting->id));

        QPointer<MeetingConsole> console = window.openMeetingConsole(meeting->id);
        QVERIFY(console);
        QCOMPARE(window.openMeetingConsole(meeting->id), console.data());
        console->toggleProjector();
        QPointer<ProjectorWindow> projector = console->projector();
        QVERIFY(projector->isVisible());

        window.lockVault();
        QVERIFY(!window.hasOpenVault());
        QVERIFY(console.isNull());
        QVERIFY(projector.isNull());
        QVERIFY(window.findChildren<MeetingConsole *>().isEmpty());
        QVERIFY(unlock(window));
        MeetingConsole *reopened = nullptr;
        QVERIFY(QTest::qWaitFor([&] {
            reopened = window.findChild<MeetingConsole *>();
            return reopened != nullptr && reopened->isVisible();
        }));
        QCOMPARE(reopened->meetingId(), meeting->id);
        reopened->close();
    }
};

QTEST_MAIN(TestMeetingConsole)
#include "tst_MeetingConsole.moc"
