// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The browser's household model without a window (issue 11 §5): Qt's own model tester watches
// every signal while the test pages, sorts and filters, and each filter's result is compared with
// what the test works out itself from every household read through HouseholdRepository, not with
// the SQL under test.
#include "models/domain/Household.h"
#include "models/itemmodels/HouseholdTableModel.h"
#include "models/repo/HouseholdRepository.h"
#include "models/vault/Database.h"
#include "models/vault/Statement.h"
#include "tests/support/ScratchVault.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace verdes;

namespace {

constexpr int kHouseholds = 450; // more than two pages of HouseholdTableModel::kPageSize

// What the test knows of one household, read the way the household card reads it.
struct Known
{
    QString id;
    QString headName;
    int rt = 0;
    int rw = 0;
    std::optional<qint64> desil;
    bool pkh = false;
    bool bpnt = false;
    bool pbi = false;
    bool deceased = false;
    bool moved = false;
    int activeMembers = 0;
};

// Fetches every page, as a view scrolling to the end would.
void fetchAll(HouseholdTableModel &model)
{
    while (model.canFetchMore({})) {
        model.fetchMore({});
    }
}

// Qt's tester checks every signal of the model. It must not fetch pages itself: it would do so
// from inside the model's own reset (QAbstractItemModelTester::runAllTests runs before it marks
// the reset as done), which no view does.
std::unique_ptr<QAbstractItemModelTester> watch(HouseholdTableModel &model)
{
    auto tester = std::make_unique<QAbstractItemModelTester>(
        &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester->setUseFetchMore(false);
    return tester;
}

QSet<QString> idsIn(const HouseholdTableModel &model)
{
    QSet<QString> ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        ids.insert(model.householdIdAt(row));
    }
    return ids;
}

using Keep = std::function<bool(const Known &)>;

} // namespace

Q_DECLARE_METATYPE(HouseholdFilter)
Q_DECLARE_METATYPE(Keep)

class TestHouseholdTableModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void pagesUntilEveryHouseholdIsThere();
    void filtersMatchWhatTheHouseholdsSay_data();
    void filtersMatchWhatTheHouseholdsSay();
    void searchResultsKeepTheirOrder();
    void sortingByEachColumnKeepsEveryHousehold();
    void kkIsMaskedUntilAskedFor();

private:
    QSet<QString> expected(const Keep &keep) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QList<Known> m_known;
};

void TestHouseholdTableModel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    test::ScratchVault scratch(m_dir.filePath(QStringLiteral("vault.db")));
    auto db = scratch.create();
    QVERIFY2(db, db ? "" : qPrintable(db.error().detail));
    m_db = std::move(db).value();
    auto village = test::importDemoVillage(*m_db, kHouseholds, 11, QDate(2026, 3, 2));
    QVERIFY2(village, village ? "" : qPrintable(village.error().detail));

    QStringList ids;
    Statement all(*m_db, u"SELECT household_id FROM households");
    QVERIFY(all.status());
    for (auto more = all.step(); more && *more; more = all.step()) {
        ids << all.text(0);
    }
    QCOMPARE(ids.size(), kHouseholds);
    HouseholdRepository repository(*m_db);
    for (const QString &id : std::as_const(ids)) {
        auto household = repository.household(id);
        QVERIFY(household && household->has_value());
        const Household &h = **household;
        Known known;
        known.id = id;
        known.rt = static_cast<int>(h.number(Field::Rt).value_or(0));
        known.rw = static_cast<int>(h.number(Field::Rw).value_or(0));
        known.desil = h.number(Field::Desil);
        known.pkh = h.number(Field::ProgPkh) == 1;
        known.bpnt = h.number(Field::ProgBpnt) == 1;
        for (const Member &member : h.members) {
            if (member.isHead()) {
                known.headName = member.name();
            }
            const std::optional<qint64> insurance = member.number(Field::HealthInsurance);
            known.pbi = known.pbi || (insurance && *insurance != 99 && (*insurance & 1) == 1);
            known.deceased = known.deceased || member.presence() == Presence::Deceased;
            known.moved = known.moved || member.presence() == Presence::MovedWithinIndonesia
                          || member.presence() == Presence::MovedAbroad;
            known.activeMembers += member.isActive() ? 1 : 0;
        }
        m_known.append(known);
    }
}

void TestHouseholdTableModel::cleanupTestCase()
{
    m_db.reset();
}

QSet<QString> TestHouseholdTableModel::expected(const Keep &keep) const
{
    QSet<QString> ids;
    for (const Known &known : m_known) {
        if (keep(known)) {
            ids.insert(known.id);
        }
    }
    return ids;
}

void TestHouseholdTableModel::pagesUntilEveryHouseholdIsThere()
{
    HouseholdTableModel model(*m_db);
    QVERIFY(!model.lastError());
    QCOMPARE(model.totalCount(), kHouseholds);
    QCOMPARE(model.rowCount(), HouseholdTableModel::kPageSize);
    QVERIFY(model.canFetchMore({}));
    // Watched from here. The tester's first check, in its constructor, fetches every page; a reload
    // starts again from the first.
    const auto tester = watch(model);
    QVERIFY(model.setFilter(HouseholdFilter()));
    QCOMPARE(model.rowCount(), HouseholdTableModel::kPageSize);

    model.fetchMore({});
    QCOMPARE(model.rowCount(), 2 * HouseholdTableModel::kPageSize);
    fetchAll(model);
    QCOMPARE(model.rowCount(), kHouseholds);
    QVERIFY(!model.canFetchMore({}));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.fetchMore({}); // nothing more: no change
    QCOMPARE(model.rowCount(), kHouseholds);
    QCOMPARE(inserted.size(), 0);
    // No household twice across the page boundaries, none left out.
    QCOMPARE(idsIn(model), expected([](const Known &) {
                 return true;
             }));

    // Sorted by the head's name, across pages.
    for (int row = 1; row < model.rowCount(); ++row) {
        const QString before = model.index(row - 1, HouseholdTableModel::HeadNameColumn).data().toString();
        const QString here = model.index(row, HouseholdTableModel::HeadNameColumn).data().toString();
        QVERIFY2(QString::compare(before, here) <= 0, qPrintable(before + u" > " + here));
    }
    // A row's figures are the household's.
    const QString firstId = model.householdIdAt(0);
    const auto first = std::find_if(m_known.cbegin(), m_known.cend(), [&](const Known &known) {
        return known.id == firstId;
    });
    QVERIFY(first != m_known.cend());
    QCOMPARE(model.index(0, HouseholdTableModel::MembersColumn).data().toInt(), first->activeMembers);
    QCOMPARE(model.index(0, HouseholdTableModel::PlaceColumn).data().toString(),
             QStringLiteral("RT %1 / RW %2")
                 .arg(first->rt, 3, 10, QLatin1Char('0'))
                 .arg(first->rw, 3, 10, QLatin1Char('0')));
}

void TestHouseholdTableModel::filtersMatchWhatTheHouseholdsSay_data()
{
    QTest::addColumn<HouseholdFilter>("filter");
    QTest::addColumn<Keep>("keep");

    HouseholdFilter filter;
    filter.rw = 1;
    QTest::newRow("rw 1") << filter << Keep([](const Known &k) {
        return k.rw == 1;
    });
    filter.rt = 2;
    QTest::newRow("rw 1 rt 2") << filter << Keep([](const Known &k) {
        return k.rw == 1 && k.rt == 2;
    });

    filter = {};
    filter.desil = 1;
    QTest::newRow("desil 1") << filter << Keep([](const Known &k) {
        return k.desil == 1;
    });
    filter.desil = 0;
    QTest::newRow("no desil") << filter << Keep([](const Known &k) {
        return !k.desil;
    });

    filter = {};
    filter.programme = HouseholdFilter::Programme::Pkh;
    QTest::newRow("pkh") << filter << Keep([](const Known &k) {
        return k.pkh;
    });
    filter.programme = HouseholdFilter::Programme::Bpnt;
    QTest::newRow("bpnt") << filter << Keep([](const Known &k) {
        return k.bpnt;
    });
    filter.programme = HouseholdFilter::Programme::Pbi;
    QTest::newRow("pbi") << filter << Keep([](const Known &k) {
        return k.pbi;
    });
    filter.programme = HouseholdFilter::Programme::None;
    QTest::newRow("no programme") << filter << Keep([](const Known &k) {
        return !k.pkh && !k.bpnt && !k.pbi;
    });

    filter = {};
    filter.presence = HouseholdFilter::Presence::Deceased;
    QTest::newRow("a member died") << filter << Keep([](const Known &k) {
        return k.deceased;
    });
    filter.presence = HouseholdFilter::Presence::Moved;
    QTest::newRow("a member moved") << filter << Keep([](const Known &k) {
        return k.moved;
    });
    filter.rw = 2;
    QTest::newRow("moved in rw 2") << filter << Keep([](const Known &k) {
        return k.moved && k.rw == 2;
    });
}

void TestHouseholdTableModel::filtersMatchWhatTheHouseholdsSay()
{
    QFETCH(HouseholdFilter, filter);
    QFETCH(Keep, keep);
    const QSet<QString> want = expected(keep);
    // A filter that keeps nothing, or everything, would not show that it filters.
    QVERIFY2(!want.isEmpty() && want.size() < kHouseholds, "the demo village should give a partial result");

    HouseholdTableModel model(*m_db);
    const auto tester = watch(model);
    QSignalSpy totals(&model, &HouseholdTableModel::totalCountChanged);
    QVERIFY(model.setFilter(filter));
    QCOMPARE(totals.size(), 1);
    QCOMPARE(totals.front().front().toLongLong(), want.size());
    QCOMPARE(model.totalCount(), want.size());
    fetchAll(model);
    QCOMPARE(idsIn(model), want);

    // Back to no filter: everything again.
    QVERIFY(model.setFilter({}));
    QCOMPARE(model.totalCount(), kHouseholds);
}

void TestHouseholdTableModel::searchResultsKeepTheirOrder()
{
    QStringList ids;
    for (int i = 0; i < 5; ++i) {
        ids << m_known.at(m_known.size() - 1 - i * 7).id; // not in name or id order
    }
    HouseholdTableModel model(*m_db);
    const auto tester = watch(model);
    HouseholdFilter filter;
    filter.householdIds = ids;
    const QHash<QString, QStringList> matched{{ids.at(1), {QStringLiteral("Siti")}}};
    QVERIFY(model.setFilter(filter, matched));
    QCOMPARE(model.rowCount(), ids.size());
    for (int row = 0; row < ids.size(); ++row) {
        QCOMPARE(model.householdIdAt(row), ids.at(row));
    }
    QCOMPARE(model.index(1, 0).data(HouseholdTableModel::MatchedNamesRole).toStringList(),
             QStringList{QStringLiteral("Siti")});
    QVERIFY(model.index(1, 0).data().toString().contains(QStringLiteral("Siti")));

    // A search that found nothing lists nothing: an empty list of ids is not "no filter".
    HouseholdFilter nothing;
    nothing.householdIds = QStringList();
    QVERIFY(model.setFilter(nothing));
    QCOMPARE(model.totalCount(), 0);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.setFilter(filter, matched));

    // A click on a header sorts the same hits by that column.
    model.sort(HouseholdTableModel::KkColumn, Qt::DescendingOrder);
    QCOMPARE(model.rowCount(), ids.size());
    for (int row = 1; row < model.rowCount(); ++row) {
        QVERIFY(model.index(row - 1, 0).data(HouseholdTableModel::FullKkRole).toString()
                >= model.index(row, 0).data(HouseholdTableModel::FullKkRole).toString());
    }
}

void TestHouseholdTableModel::sortingByEachColumnKeepsEveryHousehold()
{
    HouseholdTableModel model(*m_db);
    const auto tester = watch(model);
    const QSet<QString> all = expected([](const Known &) {
        return true;
    });
    for (int column = 0; column < HouseholdTableModel::ColumnCount; ++column) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            model.sort(column, order);
            QVERIFY(!model.lastError());
            fetchAll(model);
            QCOMPARE(idsIn(model), all);
            // Each row's name and counts are its own household's, whichever query found the page.
            for (int row = 0; row < model.rowCount(); ++row) {
                const QString id = model.householdIdAt(row);
                const auto known = std::find_if(m_known.cbegin(), m_known.cend(), [&](const Known &k) {
                    return k.id == id;
                });
                QVERIFY(known != m_known.cend());
                QCOMPARE(model.index(row, HouseholdTableModel::HeadNameColumn).data().toString(),
                         known->headName);
                QCOMPARE(model.index(row, HouseholdTableModel::MembersColumn).data().toInt(),
                         known->activeMembers);
            }
        }
    }
    // Members, descending: the counts never grow down the list, across pages.
    model.sort(HouseholdTableModel::MembersColumn, Qt::DescendingOrder);
    fetchAll(model);
    for (int row = 1; row < model.rowCount(); ++row) {
        QVERIFY(model.index(row - 1, HouseholdTableModel::MembersColumn).data().toInt()
                >= model.index(row, HouseholdTableModel::MembersColumn).data().toInt());
    }
    // RT/RW ascending: by RW, then RT.
    model.sort(HouseholdTableModel::PlaceColumn, Qt::AscendingOrder);
    fetchAll(model);
    std::pair<int, int> previous{0, 0};
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString id = model.householdIdAt(row);
        const auto known = std::find_if(m_known.cbegin(), m_known.cend(), [&](const Known &k) {
            return k.id == id;
        });
        QVERIFY(known != m_known.cend());
        const std::pair<int, int> place{known->rw, known->rt};
        QVERIFY(previous <= place);
        previous = place;
    }
}

void TestHouseholdTableModel::kkIsMaskedUntilAskedFor()
{
    HouseholdTableModel model(*m_db);
    const auto tester = watch(model);
    const QString full = model.index(0, 0).data(HouseholdTableModel::FullKkRole).toString();
    QCOMPARE(full.size(), 16);
    const QString shown = model.index(0, HouseholdTableModel::KkColumn).data().toString();
    QVERIFY(shown != full);
    QVERIFY(!shown.contains(full.mid(6, 6)));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setMasking(false);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.index(0, HouseholdTableModel::KkColumn).data().toString(), full);
}

QTEST_GUILESS_MAIN(TestHouseholdTableModel)
#include "tst_HouseholdTableModel.moc"
