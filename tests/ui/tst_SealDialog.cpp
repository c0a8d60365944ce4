// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Sealing a meeting is the chair's act (issue 12 §3), on a real vault (TempVault: officers and key
// slots) under the offscreen platform: only the chair and the kepala desa are offered; a meeting
// with an undecided item cannot be sealed and says so; a wrong passphrase is refused with its
// message and nothing is sealed; the right one seals (the passphrase check and the seal off the GUI
// thread), shows the short hash, and the meeting is read-only afterwards, in the repository and in
// the console.
#include "models/core/Clock.h"
#include "models/musdes/MeetingRepository.h"
#include "tests/support/TempVault.h"
#include "tests/ui/tst_MeetingConsoleFixture.h"
#include "ui/musdes/run/MeetingConsole.h"
#include "ui/musdes/run/SealDialog.h"

#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace verdes;
using namespace verdes::ui;
using verdes::test::TempVault;

namespace {

const QString kChair = QStringLiteral("Ketua BPD Uji");
const QString kChairPassphrase = QStringLiteral("ketua bpd rahasia 77");

} // namespace

class TestSealDialog final : public QObject
{
    Q_OBJECT

    std::unique_ptr<TempVault> m_tv;
    test::MeetingFixture m_fixture;

    MeetingRepository meetings() { return MeetingRepository(m_tv->database()); }

private Q_SLOTS:

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_tv = std::make_unique<TempVault>();
        QVERIFY2(m_tv->isValid(), qPrintable(m_tv->errorText()));
        Vault &vault = m_tv->vault();
        QVERIFY(vault.addOfficer(kChair, SecureBytes::fromUtf8(kChairPassphrase), Role::Chair));
        QVERIFY(vault.addOfficer(
            QStringLiteral("Sekretaris Uji"), SecureBytes::fromUtf8(kChairPassphrase), Role::Secretary));
        m_fixture = test::buildMeeting(m_tv->database(), SystemClock::instance(), vault.actor());
        QVERIFY(!QTest::currentTestFailed());
    }

    void undecidedItemsRefuseTheSeal()
    {
        SealDialog dialog(m_tv->vault(), m_fixture.meetingId);
        QVERIFY(!dialog.canSeal());
        QCOMPARE(dialog.counts().undecided, m_fixture.proposalIds.size() + 1);
        QCOMPARE(dialog.counts().attendees, 1);
        const QString warning = dialog.findChild<QLabel *>(QStringLiteral("sealWarningLabel"))->text();
        QVERIFY2(warning.contains(QStringLiteral("not decided")), qPrintable(warning));
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("sealButton"))->isEnabled());
        // Only those who may sign the minutes are offered.
        auto *officers = dialog.findChild<QComboBox *>(QStringLiteral("sealOfficerCombo"));
        QCOMPARE(officers->count(), 1);
        QCOMPARE(officers->itemData(0).toString(), kChair);
    }

    void wrongPassphraseIsRefused()
    {
        // Every item decided: agreed, rejected by vote, deferred, the household kept.
        MeetingRepository repo = meetings();
        auto agenda = repo.agenda(m_fixture.meetingId);
        QVERIFY(agenda);
        int n = 0;
        for (const AgendaItem &item : std::as_const(*agenda)) {
            DecisionInput input;
            if (item.isHouseholdItem()) {
                input.decision = Decision::Keep;
            } else {
                input.decision = n % 3 == 0   ? Decision::Agreed
                                 : n % 3 == 1 ? Decision::Rejected
                                              : Decision::Deferred;
            }
            if (n == 1) {
                input.mode = DecisionMode::Vote;
                input.votesFor = 2;
                input.votesAgainst = 10;
            }
            ++n;
            auto decided = repo.decide(m_tv->vault().actor(), m_fixture.meetingId, item.id, input);
            QVERIFY2(decided, decided ? "" : qPrintable(describe(decided.error())));
        }
        SealDialog dialog(m_tv->vault(), m_fixture.meetingId);
        QVERIFY(dialog.canSeal());
        QCOMPARE(dialog.counts().undecided, 0);
        QCOMPARE(dialog.counts().agreed + dialog.counts().rejected + dialog.counts().deferred,
                 agenda->size());
        QVERIFY(dialog.counts().deferred >= 1);
        const QString warning = dialog.findChild<QLabel *>(QStringLiteral("sealWarningLabel"))->text();
        QVERIFY2(warning.contains(QStringLiteral("nothing of this meeting can change")), qPrintable(warning));
        QVERIFY(dialog.setOfficer(kChair));
        dialog.setPassphrase(QStringLiteral("bukan kata sandinya"));
        QSignalSpy failed(&dialog, &SealDialog::failed);
        QSignalSpy sealed(&dialog, &SealDialog::sealed);
        dialog.seal();
        QVERIFY(dialog.isBusy());
        QVERIFY(failed.wait(30000));
        QCOMPARE(sealed.size(), 0);
        QVERIFY(!dialog.isBusy());
        const QString message = failed.constFirst().constFirst().toString();
        QCOMPARE(message, describe(Error(ErrorCode::VaultWrongPassphrase)));
        QCOMPARE(dialog.messageText(), message);
        auto meeting = repo.get(m_fixture.meetingId);
        QVERIFY(meeting && meeting->has_value());
        QVERIFY(!(*meeting)->isSealed());
        // The passphrase field is emptied; an empty one is asked for.
        dialog.seal();
        QVERIFY(!dialog.isBusy());
        QVERIFY(dialog.messageText().contains(kChair));
    }

    void rightPassphraseSealsAndTheMeetingIsReadOnly()
    {
        SealDialog dialog(m_tv->vault(), m_fixture.meetingId);
        QVERIFY(dialog.canSeal());
        QVERIFY(dialog.setOfficer(kChair));
        dialog.setPassphrase(kChairPassphrase);
        QSignalSpy failed(&dialog, &SealDialog::failed);
        QSignalSpy sealed(&dialog, &SealDialog::sealed);
        dialog.seal();
        QVERIFY(sealed.wait(60000));
        QCOMPARE(failed.size(), 0);
        const auto seal = sealed.constFirst().constFirst().value<MeetingSeal>();
        QCOMPARE(seal.sealedByName, kChair);
        QVERIFY(!dialog.shortHash().isEmpty());
        QCOMPARE(dialog.shortHash(), seal.shortHash());
        QVERIFY2(dialog.messageText().contains(seal.shortHash()), qPrintable(dialog.messageText()));
        QVERIFY(!dialog.canSeal());

        MeetingRepository repo = meetings();
        auto meeting = repo.get(m_fixture.meetingId);
        QVERIFY(meeting && meeting->has_value());
        QVERIFY((*meeting)->isSealed());
        QCOMPARE((*meeting)->seal->shortHash(), seal.shortHash());
        // Nothing changes any more.
        auto agenda = repo.agenda(m_fixture.meetingId);
        QVERIFY(agenda);
        DecisionInput input;
        input.decision = Decision::Rejected;
        QVERIFY(!repo.decide(m_tv->vault().actor(), m_fixture.meetingId, agenda->constFirst().id, input));

        // The console shows it sealed and offers no decision.
        MeetingConsole console(m_tv->database(), m_tv->vault().actor(), m_fixture.meetingId);
        console.setVault(&m_tv->vault());
        QVERIFY(console.isSealed());
        QVERIFY(!console.findChild<QGroupBox *>(QStringLiteral("consoleDecisionBox"))->isEnabled());
        QVERIFY(!console.saveDecision());
        const QString banner = console.findChild<QLabel *>(QStringLiteral("consoleSealedLabel"))->text();
        QVERIFY2(banner.contains(seal.shortHash()), qPrintable(banner));
        QVERIFY(!console.findChild<QAction *>(QStringLiteral("consoleSealAction"))->isEnabled());
        // A second seal dialog says it is sealed.
        SealDialog again(m_tv->vault(), m_fixture.meetingId);
        QVERIFY(!again.canSeal());
        QCOMPARE(again.shortHash(), seal.shortHash());
    }
};

QTEST_MAIN(TestSealDialog)
#include "tst_SealDialog.moc"
