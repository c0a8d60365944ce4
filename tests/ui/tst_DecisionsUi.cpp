// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The village sees what the district decided (issue 14 §2): in the proposal list, each proposal's
// state with the reviewer's reason code, and on hover the reason in words, the note and who decided;
// in the proposal's history the verdicts, and a returned proposal and its new draft linked both ways.
// The verdicts are written here straight into a real vault (tst_Decisions checks how they come in).
#include "app/verdes/Bootstrap.h"
#include "models/itemmodels/ProposalListModel.h"
#include "models/proposals/ProposalRepository.h"
#include "models/review/DecisionRepository.h"
#include "models/vault/Transaction.h"
#include "tests/support/MeetingFixture.h"
#include "ui/proposals/ProposalEditor.h"
#include "ui/proposals/ProposalHistoryView.h"
#include "ui/proposals/ProposalListPage.h"

#include <QDir>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace verdes;

namespace {

using test::kOperator;

struct VerdictsFixture : test::MeetingFixture
{
    QList<qint64> ids;
    qint64 draft = 0;
    quint64 serial = 0;

    // Moves a ready proposal along the village's way to the district, then along `verdicts`.
    bool move(qint64 id, const QList<ProposalState> &verdicts)
    {
        QList<ProposalState> path{ProposalState::OnAgenda,
                                  ProposalState::Agreed,
                                  ProposalState::Sealed,
                                  ProposalState::Batched,
                                  ProposalState::Sent,
                                  ProposalState::Received,
                                  ProposalState::InReview};
        path.append(verdicts);
        for (const ProposalState to : path) {
            if (!proposals().moveForMeeting(kOperator, {id}, to)) {
                return false;
            }
        }
        int step = 0;
        for (const ProposalState state : verdicts) {
            DistrictVerdict d;
            d.verdictId = QByteArray(31, '\x01') + static_cast<char>(++serial);
            d.serial = serial;
            d.proposalId = id;
            d.batchId = QByteArray(32, '\x02');
            d.position = static_cast<int>(id);
            d.step = ++step;
            d.state = state;
            const bool office = state == ProposalState::Approved || state == ProposalState::RejectedByDinas;
            d.reviewerName = office ? QStringLiteral("Budi Santoso") : QStringLiteral("Rina Wulandari");
            d.reviewerRole = office ? QStringLiteral("office_head") : QStringLiteral("verifier");
            d.reviewerKey = QByteArray(32, office ? '\x03' : '\x04');
            if (state == ProposalState::Returned) {
                d.reason = QStringLiteral("RT01");
                d.note = QStringLiteral("Foto akta kematian tidak terbaca");
            } else if (state == ProposalState::RejectedByDinas) {
                d.reason = QStringLiteral("RJ03");
                d.note = QStringLiteral("NIK tidak padan dengan Dukcapil");
                d.nikMatch = QStringLiteral("tidak_padan");
            }
            d.decidedAt = QDateTime(QDate(2026, 12, 3), QTime(10, step), Qt::UTC);
            d.storedAt = d.decidedAt;
            d.importedAt = d.decidedAt;
            d.signedFile = QByteArray("signed");
            if (!DecisionRepository(*db).insert(d)) {
                return false;
            }
            if (state == ProposalState::Returned) {
                auto made = proposals().createReturnDraft(kOperator, id);
                if (!made || !*made) {
                    return false;
                }
                draft = **made;
                if (!DecisionRepository(*db).insertReturn(
                        ReturnLink{draft, id, d.verdictId, d.reason, d.note})) {
                    return false;
                }
            }
        }
        return true;
    }

    bool setUpVerdicts()
    {
        if (!setUp()) {
            return false;
        }
        ids = {ready(QStringLiteral("H0001"), QStringLiteral("P0003")),
               ready(QStringLiteral("H0001"), QStringLiteral("P0004")),
               ready(QStringLiteral("H0003"), QStringLiteral("P0007"))};
        Transaction tx(*db);
        return !ids.contains(0) && tx.begin()
               && move(ids.at(0), {ProposalState::Verified, ProposalState::Approved})
               && move(ids.at(1), {ProposalState::Verified, ProposalState::RejectedByDinas})
               && move(ids.at(2), {ProposalState::Returned}) && tx.commit();
    }
};

QString stateText(const ProposalListModel &model, qint64 id, int role = Qt::DisplayRole)
{
    const int row = model.rowOf(id);
    return row < 0 ? QString() : model.index(row, ProposalListModel::StateColumn).data(role).toString();
}

} // namespace

class TestDecisionsUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void theListShowsEachVerdictWithItsReason()
    {
        VerdictsFixture f;
        QVERIFY(f.setUpVerdicts());
        ui::ProposalListPage page(*f.db);
        page.resize(1100, 420);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const ProposalListModel &model = *page.model();
        QCOMPARE(model.totalCount(), qint64{4}); // three sent, and the new draft

        QCOMPARE(stateText(model, f.ids.at(0)), QStringLiteral("Approved, waiting for the next snapshot"));
        QVERIFY(stateText(model, f.ids.at(0), Qt::ToolTipRole).contains(QStringLiteral("Budi Santoso")));
        QCOMPARE(stateText(model, f.ids.at(1)),
                 ProposalStateText::label(ProposalState::RejectedByDinas) + QStringLiteral(" (RJ03)"));
        const QString rejectedTip = stateText(model, f.ids.at(1), Qt::ToolTipRole);
        QVERIFY2(rejectedTip.contains(QStringLiteral("RJ03 – NIK does not match the population register")),
                 qPrintable(rejectedTip));
        QVERIFY(rejectedTip.contains(QStringLiteral("NIK tidak padan dengan Dukcapil")));
        QVERIFY(rejectedTip.contains(QStringLiteral("Office head")));
        const int row = model.rowOf(f.ids.at(1));
        QCOMPARE(model.index(row, 0).data(ProposalListModel::VerdictReasonRole).toString(),
                 QStringLiteral("RJ03"));
        QCOMPARE(stateText(model, f.ids.at(2)),
                 ProposalStateText::label(ProposalState::Returned) + QStringLiteral(" (RT01)"));
        QCOMPARE(stateText(model, f.draft), ProposalStateText::label(ProposalState::Draft));
        QVERIFY(stateText(model, f.draft, Qt::ToolTipRole).isEmpty());
        QVERIFY(!page.grab().isNull());
    }

    void theHistoryShowsTheVerdictsAndLinksTheReturnedProposalAndItsDraft()
    {
        VerdictsFixture f;
        QVERIFY(f.setUpVerdicts());
        const qint64 returned = f.ids.at(2);
        ui::ProposalEditor editor(*f.db, kOperator);
        QVERIFY(editor.openProposal(returned));
        auto *history = editor.findChild<ui::ProposalHistoryView *>(QStringLiteral("historyBrowser"));
        QVERIFY(history);
        const QString text = history->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("RT01 – Evidence missing")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Foto akta kematian tidak terbaca")));
        QVERIFY(text.contains(QStringLiteral("Rina Wulandari (Verifier)")));
        QVERIFY(text.contains(QStringLiteral("proposal %1").arg(f.draft)));
        QVERIFY(history->toHtml().contains(QStringLiteral("proposal:%1").arg(f.draft)));

        // Following the link opens the new draft, which links back.
        Q_EMIT history->anchorClicked(QUrl(QStringLiteral("proposal:%1").arg(f.draft)));
        QCOMPARE(editor.proposal().id, f.draft);
        QCOMPARE(editor.proposal().state, ProposalState::Draft);
        const QString back = history->toPlainText();
        QVERIFY2(back.contains(QStringLiteral("proposal %1").arg(returned)), qPrintable(back));
        QVERIFY(back.contains(QStringLiteral("Foto akta kematian tidak terbaca")));

        // The approved one waits for the next snapshot, with both reviewers named.
        QVERIFY(editor.openProposal(f.ids.at(0)));
        const QString approved = history->toPlainText();
        QVERIFY(approved.contains(QStringLiteral("Approved, waiting for the next snapshot")));
        QVERIFY(approved.contains(QStringLiteral("Budi Santoso (Office head)")));
        QVERIFY(approved.contains(QStringLiteral("Rina Wulandari (Verifier)")));
    }

    // The village's verdicts in Indonesian, the interface's first language: the list says what the
    // district decided in its words. With VERDES_REVIEW_SHOTS (tests/screenshots/take.sh) the list and a
    // returned proposal's history are saved for the README. Last, as it changes the interface language.
    void theVerdictsReadInIndonesian()
    {
        const QString dir = qEnvironmentVariable("VERDES_REVIEW_SHOTS");
        QVERIFY(app::Bootstrap::installTranslators(*QCoreApplication::instance(), QStringLiteral("id")));
        VerdictsFixture f;
        QVERIFY(f.setUpVerdicts());
        ui::ProposalListPage page(*f.db);
        page.resize(1200, 420);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(stateText(*page.model(), f.ids.at(0)),
                 QStringLiteral("Disetujui, menunggu snapshot berikutnya"));
        QCOMPARE(stateText(*page.model(), f.ids.at(2)), QStringLiteral("Dikembalikan ke desa (RT01)"));
        if (!dir.isEmpty()) {
            QTest::qWait(200);
            QVERIFY(page.grab().save(QDir(dir).filePath(QStringLiteral("village-verdicts.png"))));
        }
        ui::ProposalEditor editor(*f.db, kOperator);
        editor.resize(1200, 700);
        QVERIFY(editor.openProposal(f.ids.at(2)));
        auto *tabs = editor.findChild<QTabWidget *>();
        auto *history = editor.findChild<ui::ProposalHistoryView *>(QStringLiteral("historyBrowser"));
        if (tabs != nullptr && history != nullptr) {
            for (int i = 0; i < tabs->count(); ++i) {
                if (tabs->widget(i)->isAncestorOf(history)) {
                    tabs->setCurrentIndex(i);
                }
            }
        }
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QVERIFY(history != nullptr);
        QVERIFY2(history->toPlainText().contains(QStringLiteral("Putusan dinas sosial")),
                 qPrintable(history->toPlainText()));
        if (!dir.isEmpty()) {
            QTest::qWait(200);
            QVERIFY(editor.grab().save(QDir(dir).filePath(QStringLiteral("village-returned.png"))));
        }
    }
};

QTEST_MAIN(TestDecisionsUi)
#include "tst_DecisionsUi.moc"
