// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// HouseholdTableModel without a display (issue 11 §5): paging with canFetchMore/fetchMore, every
// filter against a count the test makes itself in SQL, the search's household order, and sorting,
// with QAbstractItemModelTester watching every change.

#include "models/itemmodels/HouseholdTableModel.h"
#include "models/vault/Database.h"
#include "tests/support/ScratchVault.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace verdes;

namespace {

const QDate kToday(2026, 11, 23);
constexpr int kHouseholds = 450; // more than two pages of HouseholdTableModel::kPageSize

} // namespace

class TestHouseholdTableModel final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::ScratchVault> m_vault;
    std::unique_ptr<Database> m_db;

    qint64 count(const QString &sql)
    {
        auto n = m_db->queryInt(sql);
        return n ? *n : -1;
    }

    // Fetches every page, as a view scrolling to the end would.
    static void fetchAll(HouseholdTableModel &model)
    {
        while (model.canFetchMore({})) {
            model.fetchMore({});
        }
    }

private Q_SLOTS:

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_vault = std::make_unique<test::ScratchVault>(m_dir.filePath(QStringLiteral("model.db")));
        auto db = m_vault->create();
        QVERIFY(db);
        m_db = std::move(*db);
        auto village = test::importDemoVillage(*m_db, kHouseholds, 5, kToday);
        QVERIFY2(village, village ? "" : qPrintable(village.error().detail));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM households")), kHouseholds);
    }

    void pagesUntilEverythingIsFetched()
    {
        // The tester fetches every page itself when attached: the paging is checked first, then under
        // the tester as it fetches the rest.
        HouseholdTableModel model(*m_db);
        QCOMPARE(model.totalCount(), kHouseholds);
        QCOMPARE(model.rowCount(), HouseholdTableModel::kPageSize);
        QVERIFY(model.canFetchMore({}));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 2 * HouseholdTableModel::kPageSize);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), HouseholdTableModel::kPageSize);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), kHouseholds);
        QVERIFY(!model.canFetchMore({}));
        model.fetchMore({}); // nothing more: no change
        QCOMPARE(model.rowCount(), kHouseholds);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Every household once.
        QSet<QString> ids;
        for (int row = 0; row < model.rowCount(); ++row) {
            ids.insert(model.householdIdAt(row));
        }
        QCOMPARE(ids.size(), kHouseholds);
    }

    void filters_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("expectedSql");
        QTest::newRow("rw")
            << 0
            << QStringLiteral("SELECT count(*) FROM households WHERE rw = (SELECT min(rw) FROM households)");
        QTest::newRow("rw-and-rt") << 1
                                   << QStringLiteral(
                                          "SELECT count(*) FROM households WHERE rw = (SELECT min(rw) "
                                          "FROM households) AND rt = (SELECT min(rt) FROM households "
                                          "WHERE rw = (SELECT min(rw) FROM households))");
        QTest::newRow("desil-1") << 2 << QStringLiteral("SELECT count(*) FROM households WHERE desil = 1");
        QTest::newRow("no-desil-yet")
            << 3 << QStringLiteral("SELECT count(*) FROM households WHERE desil IS NULL");
        QTest::newRow("pkh") << 4 << QStringLiteral("SELECT count(*) FROM households WHERE prog_pkh = 1");
        QTest::newRow("member-deceased")
            << 5 << QStringLiteral("SELECT count(DISTINCT household_id) FROM members WHERE presence = 2");
    }

    void filters()
    {
        QFETCH(int, which);
        QFETCH(QString, expectedSql);
        const qint64 expected = count(expectedSql);
        QVERIFY(expected > 0);
        QVERIFY2(expected < kHouseholds, "a filter that keeps everything could not fail");
        // Qt 6.4's tester fetches more rows inside its handler of modelReset, which it then reports as
        // an insert during a reset: it watches the fetching of the filtered pages, not the reset.
        HouseholdTableModel model(*m_db);
        QSignalSpy total(&model, &HouseholdTableModel::totalCountChanged);
        auto places = model.places();
        QVERIFY(places && !places->isEmpty());
        HouseholdFilter filter;
        switch (which) {
        case 0:
            filter.rw = places->first().first;
            break;
        case 1:
            filter.rw = places->first().first;
            filter.rt = places->first().second;
            break;
        case 2:
            filter.desil = 1;
            break;
        case 3:
            filter.desil = 0;
            break;
        case 4:
            filter.programme = HouseholdFilter::Programme::Pkh;
            break;
        default:
            filter.presence = HouseholdFilter::Presence::Deceased;
            break;
        }
        QVERIFY(model.setFilter(filter));
        QCOMPARE(model.totalCount(), expected);
        QCOMPARE(total.size(), 1);
        {
            QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
            fetchAll(model);
            QCOMPARE(model.rowCount(), int(expected));
        }
        // Back to no filter: everything again.
        QVERIFY(model.setFilter({}));
        QCOMPARE(model.totalCount(), kHouseholds);
    }

    void searchOrderIsKept()
    {
        HouseholdTableModel model(*m_db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QStringList some;
        for (int row = 7; row < 17; ++row) {
            some.prepend(model.householdIdAt(row));
        }
        HouseholdFilter filter;
        filter.householdIds = some;
        QVERIFY(model.setFilter(filter, {{some.first(), {QStringLiteral("SITI")}}}));
        QCOMPARE(model.totalCount(), some.size());
        for (int row = 0; row < some.size(); ++row) {
            QCOMPARE(model.householdIdAt(row), some.at(row));
        }
        QCOMPARE(model.data(model.index(0, 0), HouseholdTableModel::MatchedNamesRole).toStringList(),
                 QStringList{QStringLiteral("SITI")});
        // An empty list of ids is "nothing matched", not "no filter".
        filter.householdIds = QStringList();
        QVERIFY(model.setFilter(filter));
        QCOMPARE(model.totalCount(), 0);
        QCOMPARE(model.rowCount(), 0);
    }

    void sortsByName()
    {
        HouseholdTableModel model(*m_db);
        model.sort(HouseholdTableModel::HeadNameColumn, Qt::DescendingOrder);
        QCOMPARE(model.rowCount(), HouseholdTableModel::kPageSize);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto name = [&model](int row) {
            return model.data(model.index(row, HouseholdTableModel::HeadNameColumn)).toString();
        };
        for (int row = 1; row < model.rowCount(); ++row) {
            QVERIFY2(QString::compare(name(row - 1), name(row), Qt::CaseInsensitive) >= 0,
                     qPrintable(name(row - 1) + QStringLiteral(" / ") + name(row)));
        }
        HouseholdTableModel ascending(*m_db);
        ascending.sort(HouseholdTableModel::HeadNameColumn, Qt::AscendingOrder);
        QVERIFY(QString::compare(ascending.data(ascending.index(0, 0)).toString(),
                                 ascending.data(ascending.index(1, 0)).toString(),
                                 Qt::CaseInsensitive)
                <= 0);
    }

    void masksKkUnlessAsked()
    {
        HouseholdTableModel model(*m_db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString full = model.data(model.index(0, 0), HouseholdTableModel::FullKkRole).toString();
        QCOMPARE(full.size(), 16);
        QVERIFY(model.data(model.index(0, HouseholdTableModel::KkColumn)).toString() != full);
        model.setMasking(false);
        QCOMPARE(model.data(model.index(0, HouseholdTableModel::KkColumn)).toString(), full);
    }
};

QTEST_GUILESS_MAIN(TestHouseholdTableModel)
#include "tst_HouseholdTableModel.moc"
