// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The proposal editor's History tab on the offscreen platform: a new proposal says it is not saved;
// a stored one names its writer, then each move with its officer and note, in order.
#include "ui/proposals/ProposalHistoryView.h"

#include <QStandardPaths>
#include <QTest>

using namespace verdes;
using namespace verdes::ui;

class TestProposalHistoryView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void notSaved()
    {
        ProposalHistoryView view;
        view.showNotSaved();
        QCOMPARE(view.toPlainText(), QStringLiteral("Not saved yet."));
    }

    void movesInOrder()
    {
        Proposal proposal;
        proposal.id = 7;
        proposal.createdByName = QStringLiteral("Operator Uji");
        proposal.createdAt = QDateTime(QDate(2026, 11, 20), QTime(8, 0), Qt::UTC);
        ProposalTransitionRecord ready;
        ready.from = ProposalState::Draft;
        ready.to = ProposalState::Ready;
        ready.at = QDateTime(QDate(2026, 11, 21), QTime(9, 0), Qt::UTC);
        ready.officerName = QStringLiteral("Kasi Pemerintahan");
        ProposalTransitionRecord withdrawn = ready;
        withdrawn.from = ProposalState::Ready;
        withdrawn.to = ProposalState::Withdrawn;
        withdrawn.note = QStringLiteral("sudah diusulkan lewat desa lain");

        ProposalHistoryView view;
        view.showHistory(proposal, {ready, withdrawn});
        const QStringList lines = view.toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines.at(0).startsWith(QStringLiteral("Written by Operator Uji on ")),
                 qPrintable(lines.at(0)));
        QVERIFY2(lines.at(1).contains(QStringLiteral("by Kasi Pemerintahan")), qPrintable(lines.at(1)));
        QVERIFY(!lines.at(1).contains(QStringLiteral("“")));
        QVERIFY2(lines.at(2).endsWith(QStringLiteral(": “sudah diusulkan lewat desa lain”")),
                 qPrintable(lines.at(2)));
        QVERIFY(lines.at(1).contains(ProposalStateText::label(ProposalState::Ready)));
        QVERIFY(lines.at(2).contains(ProposalStateText::label(ProposalState::Withdrawn)));
    }
};

QTEST_MAIN(TestProposalHistoryView)
#include "tst_ProposalHistoryView.moc"
