// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/Issue.h"
#include "models/domain/Validation.h"

#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace verdes;

namespace {

Issue issueOf(const char *rule, std::optional<Field> field, QStringList args)
{
    Issue issue;
    issue.rule = QString::fromLatin1(rule);
    issue.severity = defaultSeverity(issue.rule);
    issue.field = field;
    issue.args = std::move(args);
    return issue;
}

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace

class TestIssue : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void maskNumber_data()
    {
        QTest::addColumn<QString>("digits");
        QTest::addColumn<QString>("masked");
        QTest::newRow("nik") << s("3273010101900012") << s("3273••••••••0012");
        QTest::newRow("15-digits") << s("327301010190001") << s("3273•••••••0001");
        QTest::newRow("9-digits") << s("123456789") << s("1234•6789");
        QTest::newRow("8-digits-all-hidden") << s("12345678") << s("••••••••");
        QTest::newRow("short") << s("123") << s("•••");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("exponent") << s("3.27301E+15") << s("3.27•••E+15");
    }

    void maskNumber()
    {
        QFETCH(QString, digits);
        QFETCH(QString, masked);
        QCOMPARE(verdes::maskNumber(digits), masked);
    }

    // DOMAIN.md §13's example, in the English source text.
    void lineTextHasLineColumnRuleAndReason()
    {
        const auto n = normalizeValue(Field::Nik, u"3273013102900012");
        QVERIFY(n.issue.has_value());
        Issue issue = *n.issue;
        issue.line = 214;
        QCOMPARE(issue.lineText(), s("line 214, nik: V02 invalid birth date in NIK (31-02)"));
        QCOMPARE(issue.text(), s("V02 invalid birth date in NIK (31-02)"));
        QCOMPARE(IssueText::reason(issue), s("invalid birth date in NIK (31-02)"));
    }

    void lineTextParts_data()
    {
        QTest::addColumn<qint64>("line");
        QTest::addColumn<QString>("column");
        QTest::addColumn<bool>("withField");
        QTest::addColumn<QString>("expected");
        QTest::newRow("line-and-field")
            << qint64(3) << QString() << true << s("line 3, name: R02 required value is empty");
        QTest::newRow("column-overrides-field")
            << qint64(3) << s("nama") << true << s("line 3, nama: R02 required value is empty");
        QTest::newRow("no-line") << qint64(0) << QString() << true << s("name: R02 required value is empty");
        QTest::newRow("no-column") << qint64(7) << QString() << false
                                   << s("line 7: R02 required value is empty");
        QTest::newRow("nothing") << qint64(0) << QString() << false << s("R02 required value is empty");
    }

    void spreadsheetColumnNames_data()
    {
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("name");
        QTest::newRow("first") << 0 << s("A");
        QTest::newRow("k") << 10 << s("K");
        QTest::newRow("z") << 25 << s("Z");
        QTest::newRow("aa") << 26 << s("AA");
        QTest::newRow("az") << 51 << s("AZ");
        QTest::newRow("ba") << 52 << s("BA");
        QTest::newRow("last-registry-column") << 119 << s("DP");
        QTest::newRow("zz") << 701 << s("ZZ");
        QTest::newRow("aaa") << 702 << s("AAA");
    }

    void spreadsheetColumnNames()
    {
        QFETCH(int, index);
        QFETCH(QString, name);
        QCOMPARE(spreadsheetColumnName(index), name);
    }

    // An issue from a file names the column as a spreadsheet shows it: letter and header name.
    void lineTextNamesTheSpreadsheetColumn()
    {
        Issue issue = issueOf("R02", Field::Name, {});
        issue.line = 7;
        issue.columnIndex = 71;
        QCOMPARE(issue.columnText(), s("BT (name)"));
        QCOMPARE(issue.lineText(), s("line 7, column BT (name): R02 required value is empty"));
        issue.field.reset();
        issue.column.clear();
        QCOMPARE(issue.columnText(), s("BT"));
    }

    void lineTextParts()
    {
        QFETCH(qint64, line);
        QFETCH(QString, column);
        QFETCH(bool, withField);
        QFETCH(QString, expected);
        Issue issue = issueOf("R02", withField ? std::optional<Field>(Field::Name) : std::nullopt, {});
        issue.line = line;
        issue.column = column;
        QCOMPARE(issue.lineText(), expected);
        QCOMPARE(IssueText::withLine(issue), expected);
    }

    // Each rule has its own sentence (not the fallback), with its arguments in it.
    void everyRuleHasItsSentence_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        auto row = [](const char *name, const char *rule, QStringList args, const char *expected) {
            QTest::newRow(name) << QString::fromLatin1(rule) << args << QString::fromUtf8(expected);
        };
        const QString m = verdes::maskNumber(u"3273010101900012");
        row("V01-15",
            "V01",
            {m, s("15")},
            "V01 NIK has 15 digits instead of 16 (3273••••••••0012); ask Dukcapil for the correct NIK");
        row("V01-exponent",
            "V01",
            {m, s("exponent")},
            "V01 Excel has turned this NIK into 3273••••••••0012 and its digits are lost: format the "
            "column as Text and export again");
        row("V01-chars", "V01", {m, s("chars")}, "V01 NIK may contain only digits (3273••••••••0012)");
        row("V01-length", "V01", {m, s("17")}, "V01 NIK must have 16 digits, not 17 (3273••••••••0012)");
        row("V02", "V02", {s("31-02")}, "V02 invalid birth date in NIK (31-02)");
        row("V03", "V03", {m}, "V03 NIK serial number must not be 0000 (3273••••••••0012)");
        row("V04", "V04", {}, "V04 no NIK recorded (normal for newborns and people without documents)");
        row("V05",
            "V05",
            {s("999999")},
            "V05 the first six digits of the NIK (999999) are not a known kecamatan");
        row("V06",
            "V06",
            {s("2"), s("1")},
            "V06 sex in the NIK (Female) differs from the recorded sex (Male)");
        row("V07",
            "V07",
            {s("15-03-80"), s("1980-03-16")},
            "V07 birth date in the NIK (15-03-80) differs from the recorded birth date (16/03/1980)");
        row("V08",
            "V08",
            {m, s("P-7")},
            "V08 the same NIK (3273••••••••0012) is used by another active member (P-7)");
        row("V09-15",
            "V09",
            {m, s("15")},
            "V09 KK number has 15 digits instead of 16 (3273••••••••0012); check the family card");
        row("V09-exponent",
            "V09",
            {m, s("exponent")},
            "V09 Excel has turned this KK number into 3273••••••••0012 and its digits are lost: format the "
            "column as Text and export again");
        row("V09-chars", "V09", {m, s("chars")}, "V09 KK number may contain only digits (3273••••••••0012)");
        row("V09-length", "V09", {m, s("4")}, "V09 KK number must have 16 digits, not 4 (3273••••••••0012)");
        row("V10", "V10", {}, "V10 no KK number recorded");
        row("V11",
            "V11",
            {s("999999")},
            "V11 the first six digits of the KK number (999999) are not a known kecamatan");
        row("V12-none", "V12", {s("0")}, "V12 the family has no head (relationship 1)");
        row("V12-two", "V12", {s("2")}, "V12 the family has 2 heads; it must have exactly one");
        row("V13", "V13", {s("2")}, "V13 the head has 2 spouses recorded");
        row("V14",
            "V14",
            {m, s("H-1")},
            "V14 the same KK number (3273••••••••0012) is used by another family (H-1)");
        row("V15-length",
            "V15",
            {s("337304100"), s("length")},
            "V15 region code must have 10 digits (337304100)");
        row("V15-regency",
            "V15",
            {s("3300041001"), s("regency")},
            "V15 region code 3300041001 has an invalid regency or city number (must be 01-69 or 71-99)");
        row("V15-village",
            "V15",
            {s("3373044001"), s("village")},
            "V15 region code 3373044001: the village part must start with 1, 2 or 3");
        row("V16",
            "V16",
            {s("1101152007")},
            "V16 region code 1101152007 is not in the current Kemendagri list (2025)");
        row("V17",
            "V17",
            {s("3373041002"), s("3373041001")},
            "V17 village code 3373041002 is not the village of this vault (3373041001)");
        row("V18-date",
            "V18",
            {s("1980-02-30"), s("date")},
            "V18 invalid date (1980-02-30); write it as YYYY-MM-DD");
        row("V18-period",
            "V18",
            {s("2025-13"), s("period")},
            "V18 invalid month (2025-13); write it as YYYY-MM");
        row("V18-future",
            "V18",
            {s("2030-01-01"), s("future")},
            "V18 birth date 2030-01-01 is in the future");
        row("V19-code", "V19", {s("10"), s("code")}, "V19 code 10 is not in the list");
        row("V19-flags",
            "V19",
            {s("100"), s("flags")},
            "V19 100 is not a valid combination of the listed options");
        row("V19-number", "V19", {s("RT01"), s("number")}, "V19 RT01 is not a whole number");
        row("V19-decimal",
            "V19",
            {s("-7,3"), s("decimal")},
            "V19 -7,3 is not a decimal number with at most 6 decimals");
        row("V19-range",
            "V19",
            {s("0"), s("range"), s("1"), s("999")},
            "V19 0 is outside the allowed range 1 to 999");
        row("V19-id", "V19", {QString(), s("id")}, "V19 an ID must have 1 to 64 letters, digits, '-' or '_'");
        row("V19-instrument", "V19", {s("X"), s("instrument")}, "V19 unknown questionnaire version (X)");
        row("V20", "V20", {s("-5")}, "V20 negative number not allowed (-5)");
        row("V21", "V21", {}, "V21 recorded as pregnant but male");
        row("V22", "V22", {s("9")}, "V22 recorded as pregnant at age 9");
        row("V23", "V23", {s("101")}, "V23 age 101: over 100 years, check whether the person has died");
        row("V24-child", "V24", {s("child"), s("10")}, "V24 child is only 10 years younger than the head");
        row("V24-parent",
            "V24",
            {s("parent"), s("8")},
            "V24 parent of the head is only 8 years older than the head");
        row("V25", "V25", {s("15")}, "V25 recorded as ever married at age 15 (legal minimum age 19)");
        row("V26-hours", "V26", {s("hours"), s("0")}, "V26 worked last week but 0 working hours recorded");
        row("V26-not-worked",
            "V26",
            {s("not-worked")},
            "V26 job details filled although the person did not work last week");
        row("V27", "V27", {s("13"), s("12")}, "V27 school level 'SMA' is unlikely at age 12");
        row("V28-301b", "V28", {s("301b")}, "V28 land proof filled although the building is not owned");
        row("V28-307b",
            "V28",
            {s("307b")},
            "V28 installed power filled although lighting is not metered PLN electricity");
        row("V28-309b",
            "V28",
            {s("309b")},
            "V28 toilet type filled although the family has no toilet of its own or shared");
        row("V28-421",
            "V28",
            {s("421")},
            "V28 business details filled although the person has no business of their own");
        row("V28-427", "V28", {s("427")}, "V28 nutrition recorded for someone aged 5 or older");
        row("V29-floor",
            "V29",
            {s("1500"), s("floor")},
            "V29 floor area of 1500 m² is unusually large; check the number");
        row("V29-livestock",
            "V29",
            {s("600"), s("livestock")},
            "V29 600 animals is unusually many; check the number");
        row("V30", "V30", {}, "V30 required by SIKS-NG but missing");
        row("V31", "V31", {}, "V31 evidence required for this proposal is missing");
        row("R01", "R01", {s("119"), s("120")}, "R01 the row has 119 fields but the header has 120");
        row("R02", "R02", {}, "R02 required value is empty");
        row("R03", "R03", {s("12")}, "R03 household columns differ from the family's first row (line 12)");
        row("R04", "R04", {s("40")}, "R04 person_id is repeated (first on line 40)");
        row("R05-exponent",
            "R05",
            {s("5,3211E+11"), s("exponent")},
            "R05 Excel has turned this number into 5,3211E+11 and its digits are lost: format the column as "
            "Text and export again");
        row("R05-rounded",
            "R05",
            {m, s("rounded")},
            "R05 Excel has rounded this number to 3273••••••••0012 (it keeps only 15 digits): format the "
            "column as Text and export again from the original file");
        row("R05-zeros",
            "R05",
            {s("1"), s("zeros"), s("2")},
            "R05 Excel has removed the zeros at the start of this code: 1 should have 2 digits; format the "
            "column as Text and export again");
        row("R05-date",
            "R05",
            {s("12/05/1980"), s("date")},
            "R05 Excel has changed this date to 12/05/1980: format the column as Text, write dates as "
            "YYYY-MM-DD and export again");
        row("unknown-rule", "X99", {}, "X99 problem with this value");
    }

    void everyRuleHasItsSentence()
    {
        QFETCH(QString, rule);
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        Issue issue;
        issue.rule = rule;
        issue.args = args;
        QCOMPARE(issue.text(), expected);
    }

    void missingArgsDoNotCrash()
    {
        for (int i = 1; i <= 31; ++i) {
            Issue issue;
            issue.rule = QStringLiteral("V%1").arg(i, 2, 10, QLatin1Char('0'));
            QVERIFY(issue.text().startsWith(issue.rule));
        }
        Issue empty;
        QVERIFY(!empty.text().isEmpty());
        QVERIFY(!empty.lineText().isEmpty());
    }

    // Issues the validators build from real bad values: the full number never appears.
    void validatorIssuesNeverShowTheFullNumber_data()
    {
        QTest::addColumn<int>("field");
        QTest::addColumn<QString>("value");
        const int nik = static_cast<int>(Field::Nik);
        const int kk = static_cast<int>(Field::KkNumber);
        QTest::newRow("nik-bad-date") << nik << s("3273013102900012");
        QTest::newRow("nik-serial-0") << nik << s("3273010101900000");
        QTest::newRow("nik-15") << nik << s("327301010190001");
        QTest::newRow("nik-17") << nik << s("32730101019000123");
        QTest::newRow("nik-letter") << nik << s("3273010101900O12");
        QTest::newRow("nik-spaced") << nik << s("3273 0101 0190 0012");
        QTest::newRow("kk-15") << kk << s("327301010190001");
        QTest::newRow("kk-17") << kk << s("32730101019000123");
    }

    void validatorIssuesNeverShowTheFullNumber()
    {
        QFETCH(int, field);
        QFETCH(QString, value);
        const auto n = normalizeValue(static_cast<Field>(field), value);
        QVERIFY(n.issue.has_value());
        Issue issue = *n.issue;
        issue.line = 2;
        static const QRegularExpression nineDigits(QStringLiteral("\\d{9,}"));
        for (const QString &text : {issue.text(), issue.lineText()}) {
            QVERIFY2(!text.contains(value), qPrintable(text));
            QVERIFY2(!text.contains(nineDigits), qPrintable(text));
            QString digitsOnly = value;
            digitsOnly.remove(u' ');
            QVERIFY2(!text.contains(digitsOnly), qPrintable(text));
        }
    }
};

QTEST_GUILESS_MAIN(TestIssue)
#include "tst_Issue.moc"
