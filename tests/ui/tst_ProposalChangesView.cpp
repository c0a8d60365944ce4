// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The proposal editor's Changes tab on the offscreen platform: the diff names the records (the
// household by its head, members by name, others by id), shows "(empty)" and the base versions; the
// comparison table skips new records, marks what changed since the base and shows only when the
// proposal is stale or its target gone; "Re-confirm" only when stale.
#include "ui/proposals/ProposalChangesView.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

using namespace verdes;
using namespace verdes::ui;

namespace {

FieldChange change(const QString &table,
                   const QString &recordId,
                   const QString &column,
                   const QString &oldValue,
                   const QString &newValue)
{
    FieldChange c;
    c.table = table;
    c.recordId = recordId;
    c.column = column;
    c.oldValue = oldValue;
    c.newValue = newValue;
    return c;
}

} // namespace

class TestProposalChangesView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void recordLabels()
    {
        ProposalChangesView view;
        QCOMPARE(view.recordLabel(kHouseholdsTable, QStringLiteral("H1")), QStringLiteral("Household"));
        view.setHousehold(QStringLiteral("BUDI"), {{QStringLiteral("P1"), QStringLiteral("BUDI (head)")}});
        QCOMPARE(view.recordLabel(kHouseholdsTable, QStringLiteral("H1")),
                 QStringLiteral("Household of BUDI"));
        QCOMPARE(view.recordLabel(kMembersTable, QStringLiteral("P1")), QStringLiteral("BUDI (head)"));
        QCOMPARE(view.recordLabel(kMembersTable, QStringLiteral("P9")), QStringLiteral("Member P9"));
        QCOMPARE(view.recordLabel(kMembersTable, QString()), QStringLiteral("New record"));
    }

    void diffAndBases()
    {
        ProposalChangesView view;
        view.setHousehold(QStringLiteral("BUDI"), {{QStringLiteral("P1"), QStringLiteral("BUDI (head)")}});
        Proposal p;
        p.type = ProposalType::DataUpdate;
        view.showChanges(p, {});
        QVERIFY(view.text().contains(QStringLiteral("No field changes yet.")));

        p.changes << change(kHouseholdsTable,
                            QStringLiteral("H1"),
                            QStringLiteral("floor_area_m2"),
                            {},
                            QStringLiteral("36"));
        BaseVersion base;
        base.table = kHouseholdsTable;
        base.recordId = QStringLiteral("H1");
        base.version = 3;
        p.bases << base;
        view.showChanges(p, {});
        const QString text = view.text();
        QVERIFY2(text.contains(QStringLiteral("Household of BUDI")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("(empty)")));
        QVERIFY(text.contains(QStringLiteral("36")));
        QVERIFY(text.contains(QStringLiteral("Household of BUDI: version 3")));
        QVERIFY(!text.contains(QStringLiteral("No field changes yet.")));
        QVERIFY(!text.contains(QStringLiteral("Stale:")));

        p.stale = true;
        view.showChanges(p, {});
        QVERIFY(view.text().contains(QStringLiteral("Stale: compare below and re-confirm.")));
        p.targetGone = true;
        view.showChanges(p, {});
        QVERIFY(view.text().contains(QStringLiteral("Target gone:")));
        QVERIFY(!view.text().contains(QStringLiteral("Stale:")));
    }

    void comparisonTable()
    {
        ProposalChangesView view;
        view.setHousehold(QStringLiteral("BUDI"), {{QStringLiteral("P1"), QStringLiteral("BUDI (head)")}});
        ValueComparison changed;
        changed.table = kMembersTable;
        changed.recordId = QStringLiteral("P1");
        changed.column = QStringLiteral("name");
        changed.baseValue = QStringLiteral("BUDI");
        changed.currentValue = QStringLiteral("BUDI S");
        changed.proposedValue = QStringLiteral("BUDI SANTOSO");
        ValueComparison newRecord = changed;
        newRecord.recordId.clear();
        Proposal p;
        p.type = ProposalType::DataUpdate;
        view.showChanges(p, {changed, newRecord});
        auto *table = view.findChild<QTableWidget *>(QStringLiteral("staleTable"));
        QVERIFY(table != nullptr);
        QCOMPARE(table->rowCount(), 1); // the new record has no base
        QVERIFY(table->item(0, 0)->text().startsWith(QStringLiteral("BUDI (head) · ")));
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("BUDI S"));
        QCOMPARE(table->item(0, 2)->font().bold(), changed.changedSinceBase());
        QVERIFY(view.text().contains(QStringLiteral("BUDI | BUDI S | BUDI SANTOSO")));
        ValueComparison same = changed;
        same.currentValue = same.baseValue;
        view.showChanges(p, {same});
        QCOMPARE(table->rowCount(), 1);
        QVERIFY(!table->item(0, 2)->font().bold());
    }

    void staleState_data()
    {
        QTest::addColumn<bool>("stale");
        QTest::addColumn<bool>("targetGone");
        QTest::addColumn<bool>("tableShown");
        QTest::addColumn<bool>("reconfirmShown");
        QTest::newRow("fresh") << false << false << false << false;
        QTest::newRow("stale") << true << false << true << true;
        QTest::newRow("target-gone") << false << true << true << false;
        QTest::newRow("stale-and-gone") << true << true << true << false;
    }

    void staleState()
    {
        QFETCH(bool, stale);
        QFETCH(bool, targetGone);
        QFETCH(bool, tableShown);
        QFETCH(bool, reconfirmShown);
        ProposalChangesView view;
        view.setStaleState(stale, targetGone, false);
        QCOMPARE(!view.findChild<QTableWidget *>(QStringLiteral("staleTable"))->isHidden(), tableShown);
        auto *reconfirm = view.findChild<QPushButton *>(QStringLiteral("reconfirmButton"));
        QCOMPARE(!reconfirm->isHidden(), reconfirmShown);
        QVERIFY(!reconfirm->isEnabled());
        view.setStaleState(stale, targetGone, true);
        QVERIFY(reconfirm->isEnabled());
        QSignalSpy asked(&view, &ProposalChangesView::reconfirmRequested);
        reconfirm->click();
        QCOMPARE(asked.size(), 1);
    }
};

QTEST_MAIN(TestProposalChangesView)
#include "tst_ProposalChangesView.moc"
