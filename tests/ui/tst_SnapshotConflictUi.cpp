// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// What a new snapshot means for the village's proposals, in the interface (issue 14 §2): the list
// marks a conflict and a change the DTSEN data does not show and filters them; the resolution dialog
// shows base / DTSEN now / proposed per field and is settled with the keyboard; a proposal whose
// household is gone is withdrawn only with a reason. A real vault and a real CSV import. With
// VERDES_REVIEW_SHOTS (tests/screenshots/take.sh) the Indonesian screens are saved for the README.
#include "app/verdes/Bootstrap.h"
#include "models/core/Error.h"
#include "models/io/CsvReader.h"
#include "models/io/SnapshotImporter.h"
#include "models/itemmodels/ProposalListModel.h"
#include "models/vault/Statement.h"
#include "tests/support/MeetingFixture.h"
#include "ui/proposals/ProposalListPage.h"
#include "ui/proposals/SnapshotConflictDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace verdes;

namespace {

using test::kOperator;

struct ConflictFixture : test::MeetingFixture
{
    qint64 conflict = 0; // renames P0002, whose name the snapshot changed too
    qint64 gone = 0;     // about H0003, gone from the snapshot
    qint64 notShown = 0; // approved: P0001 deceased, which the snapshot does not show
    ReconcileCounts counts;

    qint64 draft(const QString &household, const QString &person, const QString &column, const QString &value)
    {
        Proposal p;
        p.type = ProposalType::IdentityCorrection;
        p.householdId = household;
        p.personIds = {person};
        p.reason = QStringLiteral("Sesuai KTP");
        p.changes = {{kMembersTable, person, column, {}, value, {}}};
        auto made = proposals().create(kOperator, p);
        return made ? made->id : 0;
    }

    bool setUpSnapshot()
    {
        if (!setUp()) {
            return false;
        }
        conflict = draft(QStringLiteral("H0001"),
                         QStringLiteral("P0002"),
                         QStringLiteral("name"),
                         QStringLiteral("SITI AMINAH H."));
        gone = draft(QStringLiteral("H0003"),
                     QStringLiteral("P0006"),
                     QStringLiteral("name"),
                     QStringLiteral("ASEP SAEPUDIN"));
        notShown = ready(QStringLiteral("H0001"), QStringLiteral("P0001"));
        if (conflict == 0 || gone == 0 || notShown == 0
            || !exec(QStringLiteral("UPDATE proposals SET state = 'approved' WHERE proposal_id = %1")
                         .arg(notShown))) {
            return false;
        }
        ValidationContext c;
        c.today = QDate(2026, 11, 23);
        c.villageCode = QStringLiteral("3373041001");
        CsvReader reader(test::testDataPath(QStringLiteral("csv/snapshot_reflects.csv")));
        ImportOptions options;
        options.actor = kOperator;
        auto report = SnapshotImporter(*db, c, clock).run(reader, options);
        if (!report) {
            qWarning("%s", qPrintable(describe(report.error())));
            return false;
        }
        counts = report->proposals;
        return true;
    }
};

QString stateText(const ProposalListModel &model, qint64 id, int role = Qt::DisplayRole)
{
    const int row = model.rowOf(id);
    return row < 0 ? QString() : model.index(row, ProposalListModel::StateColumn).data(role).toString();
}

void selectRowOf(ui::ProposalListPage &page, qint64 id)
{
    const int row = page.model()->rowOf(id);
    page.table()->setCurrentIndex(page.model()->index(row, 0));
}

} // namespace

class TestSnapshotConflictUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void theListMarksAndFiltersWhatTheSnapshotMeant()
    {
        ConflictFixture f;
        QVERIFY(f.setUpSnapshot());
        QCOMPARE(f.counts.conflicts, 1);
        QCOMPARE(f.counts.targetGone, 1);
        QCOMPARE(f.counts.notReflected, 1);
        ui::ProposalListPage page(*f.db);
        page.resize(1200, 420);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY2(stateText(*page.model(), f.conflict, Qt::ToolTipRole).contains(QStringLiteral("Resolve")),
                 qPrintable(stateText(*page.model(), f.conflict, Qt::ToolTipRole)));
        QCOMPARE(page.model()
                     ->index(page.model()->rowOf(f.notShown), 0)
                     .data(ProposalListModel::SnapshotOutcomeRole)
                     .toString(),
                 QStringLiteral("not_reflected"));

        // The filter: conflicts only, then not reflected only.
        QComboBox *filter = page.stateFilter();
        filter->setCurrentIndex(filter->findText(QStringLiteral("Conflict")));
        QCOMPARE(page.model()->totalCount(), 1);
        QCOMPARE(page.model()->proposalIdAt(0), f.conflict);
        filter->setCurrentIndex(filter->findText(QStringLiteral("Not reflected in the DTSEN data")));
        QCOMPARE(page.model()->totalCount(), 1);
        QCOMPARE(page.model()->proposalIdAt(0), f.notShown);
        page.showOutcome(SnapshotOutcome::Conflict);
        QCOMPARE(page.model()->proposalIdAt(0), f.conflict);

        // "Resolve" only for a proposal with something to settle.
        filter->setCurrentIndex(0);
        QSignalSpy resolve(&page, &ui::ProposalListPage::resolveRequested);
        selectRowOf(page, f.conflict);
        QVERIFY(page.resolveButton()->isEnabled());
        QTest::mouseClick(page.resolveButton(), Qt::LeftButton);
        QCOMPARE(resolve.count(), 1);
        QCOMPARE(resolve.constFirst().constFirst().toLongLong(), f.conflict);
        const qint64 plain = f.ready(QStringLiteral("H0002"), QStringLiteral("P0005"));
        page.reload();
        selectRowOf(page, plain);
        QVERIFY(!page.resolveButton()->isEnabled());
    }

    void aConflictIsSettledWithTheKeyboard()
    {
        ConflictFixture f;
        QVERIFY(f.setUpSnapshot());
        ui::SnapshotConflictDialog dialog(*f.db, kOperator, f.conflict, nullptr, f.clock);
        dialog.show();
        QApplication::setActiveWindow(&dialog); // the mnemonics work in the active window
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("fieldsTable"));
        auto *apply = dialog.findChild<QPushButton *>(QStringLiteral("applyButton"));
        QVERIFY(table != nullptr && apply != nullptr);
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("SITI AMINAH"));
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("SITI AMINAH HARAHAP"));
        QCOMPARE(table->item(0, 3)->text(), QStringLiteral("SITI AMINAH H."));
        QVERIFY(!apply->isEnabled()); // nothing chosen yet: nothing changes
        QVERIFY(table->hasFocus());

        QSignalSpy changed(&dialog, &ui::SnapshotConflictDialog::proposalChanged);
        QTest::keyClick(&dialog, Qt::Key_K, Qt::AltModifier);
        QTRY_COMPARE(dialog.choiceText(0), QStringLiteral("Keep the proposed value"));
        QTest::keyClick(&dialog, Qt::Key_T, Qt::AltModifier);
        QTRY_COMPARE(dialog.choiceText(0), QStringLiteral("Take the DTSEN value"));
        QTest::keyClick(&dialog, Qt::Key_K, Qt::AltModifier);
        QTRY_VERIFY(apply->isEnabled());
        QCOMPARE(f.proposals().get(f.conflict)->value().snapshotOutcome, SnapshotOutcome::Conflict);
        QTest::keyClick(&dialog, Qt::Key_A, Qt::AltModifier);
        QTRY_COMPARE(changed.count(), 1); // the button's click follows its animation
        const Proposal settled = f.proposals().get(f.conflict)->value();
        QCOMPARE(settled.snapshotOutcome, SnapshotOutcome::None);
        QCOMPARE(settled.changes.constFirst().oldValue, QStringLiteral("SITI AMINAH HARAHAP"));
        QCOMPARE(settled.changes.constFirst().newValue, QStringLiteral("SITI AMINAH H."));
        auto *message = dialog.findChild<QLabel *>(QStringLiteral("messageLabel"));
        QVERIFY(message->text().contains(QStringLiteral("Resolved")));
    }

    void aGoneTargetIsWithdrawnOnlyWithAReason()
    {
        ConflictFixture f;
        QVERIFY(f.setUpSnapshot());
        ui::SnapshotConflictDialog dialog(*f.db, kOperator, f.gone, nullptr, f.clock);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *withdraw = dialog.findChild<QPushButton *>(QStringLiteral("withdrawButton"));
        auto *note = dialog.findChild<QLineEdit *>(QStringLiteral("noteLineEdit"));
        auto *message = dialog.findChild<QLabel *>(QStringLiteral("messageLabel"));
        QVERIFY(withdraw->isVisible() && note->isVisible());
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("applyButton"))->isVisible());
        QTest::mouseClick(withdraw, Qt::LeftButton);
        QVERIFY(!message->text().isEmpty());
        QCOMPARE(f.state(f.gone), ProposalState::Draft);
        note->setText(QStringLiteral("Keluarga pindah ke luar desa"));
        QTest::mouseClick(withdraw, Qt::LeftButton);
        QCOMPARE(f.state(f.gone), ProposalState::Withdrawn);
    }

    void aChangeNotShownIsProposedAgain()
    {
        ConflictFixture f;
        QVERIFY(f.setUpSnapshot());
        ui::SnapshotConflictDialog dialog(*f.db, kOperator, f.notShown, nullptr, f.clock);
        QSignalSpy open(&dialog, &ui::SnapshotConflictDialog::openProposalRequested);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *again = dialog.findChild<QPushButton *>(QStringLiteral("proposeAgainButton"));
        QVERIFY(again->isVisible());
        QTest::mouseClick(again, Qt::LeftButton);
        QCOMPARE(open.count(), 1);
        QCOMPARE(f.state(open.constFirst().constFirst().toLongLong()), ProposalState::Draft);
        QCOMPARE(f.state(f.notShown), ProposalState::NotReflected);
    }

    // In Indonesian, the interface's first language; the screenshots for the README. Last, as it
    // changes the interface language.
    void theScreensReadInIndonesian()
    {
        const QString dir = qEnvironmentVariable("VERDES_REVIEW_SHOTS");
        QVERIFY(app::Bootstrap::installTranslators(*QCoreApplication::instance(), QStringLiteral("id")));
        ConflictFixture f;
        QVERIFY(f.setUpSnapshot());
        ui::ProposalListPage page(*f.db);
        page.resize(1200, 420);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.stateFilter()->findText(QStringLiteral("Bentrok")) >= 0);
        QVERIFY(page.stateFilter()->findText(QStringLiteral("Tidak tercermin di data DTSEN")) >= 0);
        selectRowOf(page, f.notShown);
        if (!dir.isEmpty()) {
            QTest::qWait(200);
            QVERIFY(page.grab().save(QDir(dir).filePath(QStringLiteral("village-not-reflected.png"))));
        }
        ui::SnapshotConflictDialog dialog(*f.db, kOperator, f.conflict, nullptr, f.clock);
        dialog.resize(900, 480);
        dialog.show();
        QApplication::setActiveWindow(&dialog);
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClick(&dialog, Qt::Key_P, Qt::AltModifier); // "&Pertahankan nilai usulan"
        QTRY_COMPARE(dialog.choiceText(0), QStringLiteral("Pertahankan nilai usulan"));
        if (!dir.isEmpty()) {
            QTest::qWait(200);
            QVERIFY(dialog.grab().save(QDir(dir).filePath(QStringLiteral("village-conflict.png"))));
        }
    }
};

QTEST_MAIN(TestSnapshotConflictUi)
#include "tst_SnapshotConflictUi.moc"
