// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The office's progress (issue 14 §3): per village the batches, the items by state and whether a
// meeting was held in 90 days, the four charts, and the printable report, read from a district review
// vault whose items a real village sent and whose reviewers decided on some of them.

#include "app/verdes/Bootstrap.h"
#include "models/domain/RegionTable.h"
#include "models/review/ReviewProgressRepository.h"
#include "sync/review/ReviewVerdicts.h"
#include "tests/support/FakeClock.h"
#include "tests/support/ReviewDistrict.h"
#include "ui/review/ReviewProgressView.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QDir>
#include <QPdfDocument>
#include <QPointer>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

using namespace verdes;
using namespace verdes::ui;
using test::ReviewDistrict;

namespace {

sync::VerdictInput verdict(ProposalState state)
{
    sync::VerdictInput input;
    input.state = state;
    return input;
}

// The total of every bar of a chart's first series.
qreal barTotal(QChart *chart)
{
    qreal total = 0;
    const auto series = chart->series();
    if (series.isEmpty()) {
        return -1;
    }
    const auto *bars = qobject_cast<QAbstractBarSeries *>(series.constFirst());
    for (const QBarSet *set : bars->barSets()) {
        total += set->sum();
    }
    return total;
}

} // namespace

class TestReviewProgress : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // The screenshots for the README are in Indonesian, the interface's first language.
        const bool shots = !qEnvironmentVariableIsEmpty("VERDES_REVIEW_SHOTS");
        QVERIFY(app::Bootstrap::installTranslators(*QCoreApplication::instance(),
                                                   shots ? QStringLiteral("id") : QStringLiteral("en")));
    }

    void theOfficeSeesEachVillagesProgress()
    {
        ReviewDistrict district;
        QVERIFY(district.setUp(3));
        const QList<qint64> items = district.items();
        // The verifier returns one item and verifies another, which the office head approves.
        sync::VerdictInput back = verdict(ProposalState::Returned);
        back.reason = ReviewReason::fromCode(u"RT01");
        QVERIFY(sync::ReviewVerdicts(district.vault().database())
                    .decide(district.vault().actor(), items.at(0), back)
                    .has_value());
        QVERIFY(sync::ReviewVerdicts(district.vault().database())
                    .decide(district.vault().actor(), items.at(1), verdict(ProposalState::Verified))
                    .has_value());
        QVERIFY(district.unlockAs(ReviewDistrict::kHead));
        QVERIFY(sync::ReviewVerdicts(district.vault().database())
                    .decide(district.vault().actor(), items.at(1), verdict(ProposalState::Approved))
                    .has_value());

        // A week after the village's meeting (the fixture's clock: 2026-11-23).
        test::FakeClock clock(QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC));
        ReviewProgressView view(district.vault(), nullptr, clock);
        view.resize(1200, 900);
        view.show();
        const ReviewProgress &progress = view.progress();
        QCOMPARE(progress.batches, qint64(3));
        QCOMPARE(progress.items, qint64(3));
        // Every village of Salatiga is listed, the one that sent with its figures.
        const auto salatiga = RegionTable::instance().villagesIn(ReviewDistrict::kDistrict);
        QVERIFY(salatiga.size() > 1);
        QCOMPARE(progress.villages.size(), salatiga.size());
        const VillageProgress *sent = nullptr;
        for (const VillageProgress &village : progress.villages) {
            if (village.batches > 0) {
                sent = &village;
            }
        }
        QVERIFY(sent != nullptr);
        QCOMPARE(sent->villageCode, QStringLiteral("3373041001"));
        QCOMPARE(sent->items, qint64(3));
        QCOMPARE(sent->open, qint64(1));
        QCOMPARE(sent->approved, qint64(1));
        QCOMPARE(sent->returned, qint64(1));
        QCOMPARE(sent->rejected, qint64(0));
        QVERIFY(!sent->oldestOpenReceivedAt.isEmpty());
        // It just sent a batch from a meeting; every other village has not in 90 days.
        QVERIFY(!sent->meetingOverdue);
        QCOMPARE(progress.overdueVillages, qint64(salatiga.size() - 1));

        // The charts add up to the items; the table lists every village.
        const QList<QChart *> charts = view.charts();
        QCOMPARE(charts.size(), 4);
        QCOMPARE(barTotal(charts.at(0)), 3.0); // by state
        QCOMPARE(barTotal(charts.at(1)), 3.0); // by type
        QCOMPARE(barTotal(charts.at(2)), 3.0); // by village, open + approved + rejected + returned
        auto *table = view.findChild<QTableWidget *>(QStringLiteral("progressVillagesTableWidget"));
        QCOMPARE(table->rowCount(), static_cast<int>(salatiga.size()));

        // Refreshing draws new charts and deletes the old ones (QChartView::setChart hands the old one
        // back instead of deleting it: each refresh leaked four charts before).
        QList<QPointer<QChart>> before;
        for (QChart *chart : charts) {
            before.append(chart);
        }
        view.reload();
        for (const QPointer<QChart> &chart : std::as_const(before)) {
            QVERIFY(chart.isNull());
        }
        QCOMPARE(barTotal(view.charts().at(0)), 3.0);

        const QString shots = qEnvironmentVariable("VERDES_REVIEW_SHOTS");
        if (!shots.isEmpty()) {
            QTest::qWait(200);
            QVERIFY(view.grab().save(QDir(shots).filePath(QStringLiteral("district-progress.png"))));
        }

        // The report prints on two pages.
        const QString pdf = district.path(QStringLiteral("progress.pdf"));
        QVERIFY(view.savePdf(pdf));
        QPdfDocument document;
        QCOMPARE(document.load(pdf), QPdfDocument::Error::None);
        QCOMPARE(document.pageCount(), 2);

        // The office head exports the approved item from the same view.
        const QString folder = district.path(QStringLiteral("export"));
        QVERIFY(QDir().mkpath(folder));
        QString message;
        QVERIFY2(view.exportApproved(folder, &message), qPrintable(message));
        QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 4);
        // Again in the same minute: the files are there already, and nothing is replaced.
        QVERIFY(!view.exportApproved(folder, &message));
        QVERIFY(!message.isEmpty());
    }
};

QTEST_MAIN(TestReviewProgress)
#include "tst_ReviewProgress.moc"
