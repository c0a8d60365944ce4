// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/io/SpreadsheetDamage.h"

#include <QStandardPaths>
#include <QTest>

using namespace verdes;

namespace {

// A household of one member with the given values.
struct Row
{
    Household household;
    Member member;
};

QStringList L(std::initializer_list<const char *> items)
{
    QStringList list;
    for (const char *item : items) {
        list << QString::fromLatin1(item);
    }
    return list;
}

Row row(std::initializer_list<std::pair<Field, const char *>> values)
{
    Row r;
    for (const auto &[field, text] : values) {
        if (isMemberField(field)) {
            r.member.setValue(field, QString::fromLatin1(text));
        } else {
            r.household.setValue(field, QString::fromLatin1(text));
        }
    }
    return r;
}

} // namespace

class TestSpreadsheetDamage : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void valueIssue_data()
    {
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("tag"); // empty: no damage
        QTest::addColumn<QString>("shown");
        QTest::newRow("pln-exponent-comma") << "pln_customer_id"
                                            << "5,3211E+11"
                                            << "exponent"
                                            << "5,32••E+11";
        QTest::newRow("pln-exponent-point") << "pln_customer_id"
                                            << "5.32110E+11"
                                            << "exponent"
                                            << "5.32•••E+11";
        QTest::newRow("pln-digits") << "pln_customer_id"
                                    << "532110123456"
                                    << ""
                                    << "";
        QTest::newRow("sls-exponent") << "sls_code"
                                      << "3,37304E+13"
                                      << "exponent"
                                      << "3,37304E+13";
        QTest::newRow("sub-sls-exponent-spaces") << "sub_sls_code"
                                                 << " 1E+1 "
                                                 << "exponent"
                                                 << "1E+1";
        QTest::newRow("village-exponent") << "village_code"
                                          << "3,37304E+09"
                                          << "exponent"
                                          << "3,37304E+09";
        QTest::newRow("household-id-exponent") << "household_id"
                                               << "1,23457E+15"
                                               << "exponent"
                                               << "1,23457E+15";
        // An id may hold letters and digits: only Excel's "E+" form is damage.
        QTest::newRow("household-id-with-e") << "household_id"
                                             << "12E34"
                                             << ""
                                             << "";
        QTest::newRow("sls-text-with-e") << "sls_code"
                                         << "RT2E+"
                                         << ""
                                         << "";
        QTest::newRow("birth-date-slashes") << "birth_date"
                                            << "12/05/1980"
                                            << "date"
                                            << "12/05/1980";
        QTest::newRow("birth-date-dashes") << "birth_date"
                                           << "12-05-1980"
                                           << "date"
                                           << "12-05-1980";
        QTest::newRow("birth-date-month-name") << "birth_date"
                                               << "12-Mei-80"
                                               << "date"
                                               << "12-Mei-80";
        QTest::newRow("period-month-name") << "prog_bpnt_period"
                                           << "Jan-24"
                                           << "date"
                                           << "Jan-24";
        QTest::newRow("period-slash") << "prog_pkh_period"
                                      << "01/2024"
                                      << "date"
                                      << "01/2024";
        QTest::newRow("birth-date-iso-invalid") << "birth_date"
                                                << "1980-02-30"
                                                << ""
                                                << "";
        QTest::newRow("birth-date-iso") << "birth_date"
                                        << "1980-05-12"
                                        << ""
                                        << "";
    }

    void valueIssue()
    {
        QFETCH(QString, column);
        QFETCH(QString, value);
        QFETCH(QString, tag);
        QFETCH(QString, shown);
        const auto field = fieldByColumn(column);
        QVERIFY(field.has_value());
        QVERIFY(SpreadsheetDamage::watches(*field));
        const auto issue = SpreadsheetDamage::valueIssue(*field, value);
        QCOMPARE(issue.has_value(), !tag.isEmpty());
        if (issue) {
            QCOMPARE(issue->rule, QStringLiteral("R05"));
            QVERIFY(issue->isError());
            QCOMPARE(issue->column, column);
            QCOMPARE(issue->args.value(1), tag);
            QCOMPARE(issue->args.value(0), shown);
            QVERIFY(issue->text().contains(shown));
        }
    }

    void watchesOnlyCodesIdentifiersAndDates()
    {
        for (const Field field : {Field::Name,
                                  Field::Address,
                                  Field::Dusun,
                                  Field::BirthPlace,
                                  Field::Latitude,
                                  Field::Rt,
                                  Field::Nik,
                                  Field::KkNumber}) {
            QVERIFY2(!SpreadsheetDamage::watches(field), qPrintable(columnName(field)));
        }
    }

    // The column judgement for numbers longer than 15 digits: how many end in 0, out of how many.
    void rounding_data()
    {
        QTest::addColumn<QStringList>("kk");  // one household each
        QTest::addColumn<QStringList>("nik"); // one member each (same count as kk, or fewer)
        QTest::addColumn<bool>("kkRounded");
        QTest::addColumn<bool>("nikRounded");
        const QString a = QStringLiteral("3373042001150001");
        const QString z = QStringLiteral("3373042001150000");
        const QString n1 = QStringLiteral("3373041205800001");
        const QString n0 = QStringLiteral("3373041205800010");
        QTest::newRow("clean") << QStringList{a, a, a} << QStringList{n1, n1, n1} << false << false;
        QTest::newRow("one-real-zero-alone") << QStringList{z} << QStringList{n1} << false << false;
        QTest::newRow("one-zero-of-eleven")
            << (QStringList(10, a) + QStringList{z}) << QStringList{n1} << false << false;
        QTest::newRow("two-of-two") << QStringList{z, z} << QStringList{n1, n1} << true << false;
        QTest::newRow("eight-of-ten")
            << (QStringList(8, z) + QStringList(2, a)) << QStringList{n1} << true << false;
        QTest::newRow("seven-of-ten")
            << (QStringList(7, z) + QStringList(3, a)) << QStringList{n1} << false << false;
        // A single long number ending in 0 beside a rounded column: rounded too.
        QTest::newRow("one-zero-beside-rounded") << QStringList{z} << QStringList{n0, n0} << true << true;
        QTest::newRow("one-real-zero-of-two-beside-rounded")
            << QStringList{z, z} << QStringList{n0, n1} << true << false;
    }

    void rounding()
    {
        QFETCH(QStringList, kk);
        QFETCH(QStringList, nik);
        QFETCH(bool, kkRounded);
        QFETCH(bool, nikRounded);
        SpreadsheetDamage damage;
        QList<Row> rows;
        for (qsizetype i = 0; i < qMax(kk.size(), nik.size()); ++i) {
            Row r;
            if (i < kk.size()) {
                r.household.setValue(Field::KkNumber, kk.at(i));
            }
            if (i < nik.size()) {
                r.member.setValue(Field::Nik, nik.at(i));
            }
            damage.observe(r.household, r.member, true);
            rows << r;
        }
        QCOMPARE(damage.judge(), kkRounded || nikRounded);
        QCOMPARE(damage.damagedColumns().contains(Field::KkNumber), kkRounded);
        QCOMPARE(damage.damagedColumns().contains(Field::Nik), nikRounded);
        // Every value ending in 0 of a rounded column is an error on its row; the others are not.
        for (const Row &r : std::as_const(rows)) {
            const QList<Issue> issues = damage.rowIssues(r.household, r.member);
            const bool kkBad = kkRounded && r.household.kkNumber().endsWith(u'0');
            const bool nikBad = nikRounded && r.member.nik().endsWith(u'0');
            QCOMPARE(issues.size(), qsizetype(kkBad) + qsizetype(nikBad));
            for (const Issue &issue : issues) {
                QCOMPARE(issue.rule, QStringLiteral("R05"));
                QCOMPARE(issue.args.value(1), QStringLiteral("rounded"));
                QVERIFY(issue.args.value(0).contains(u'\u2022')); // masked
            }
        }
    }

    void householdColumnsCountOncePerHousehold()
    {
        // One household with a rounded KK and many members is one value, not many.
        SpreadsheetDamage damage;
        const Row r = row({{Field::KkNumber, "3373042001150000"}});
        damage.observe(r.household, r.member, true);
        for (int i = 0; i < 5; ++i) {
            damage.observe(r.household, r.member, false);
        }
        QVERIFY(!damage.judge());
    }

    void leadingZeros_data()
    {
        QTest::addColumn<QStringList>("sls");
        QTest::addColumn<QStringList>("subSls");
        QTest::addColumn<QStringList>("bad"); // "column=value" of the values reported
        QTest::newRow("bps-codes") << L({"33730410010001", "33730410010002"}) << L({"00", "01"})
                                   << QStringList();
        QTest::newRow("four-digit-codes") << L({"0001", "0012"}) << L({"00", "10"}) << QStringList();
        QTest::newRow("sub-sls-all-one-digit") << L({"33730410010001", "33730410010002"}) << L({"0", "1"})
                                               << L({"sub_sls_code=0", "sub_sls_code=1"});
        QTest::newRow("sls-shorter-than-four")
            << L({"1", "12"}) << L({"00", "00"}) << L({"sls_code=1", "sls_code=12"});
        QTest::newRow("sls-lengths-differ") << L({"123", "12345"}) << L({"00", "00"}) << L({"sls_code=123"});
        QTest::newRow("text-codes-not-judged") << L({"RT01", "A"}) << L({"", ""}) << QStringList();
    }

    void leadingZeros()
    {
        QFETCH(QStringList, sls);
        QFETCH(QStringList, subSls);
        QFETCH(QStringList, bad);
        SpreadsheetDamage damage;
        QList<Row> rows;
        for (qsizetype i = 0; i < sls.size(); ++i) {
            Row r;
            r.household.setValue(Field::SlsCode, sls.at(i));
            r.household.setValue(Field::SubSlsCode, subSls.at(i));
            damage.observe(r.household, r.member, true);
            rows << r;
        }
        QCOMPARE(damage.judge(), !bad.isEmpty());
        QStringList reported;
        for (const Row &r : std::as_const(rows)) {
            for (const Issue &issue : damage.rowIssues(r.household, r.member)) {
                QCOMPARE(issue.args.value(1), QStringLiteral("zeros"));
                reported << issue.column + u'=' + issue.args.value(0);
                QVERIFY(issue.text().contains(issue.args.value(2)));
            }
        }
        QCOMPARE(reported, bad);
    }
};

QTEST_GUILESS_MAIN(TestSpreadsheetDamage)
#include "tst_SpreadsheetDamage.moc"
