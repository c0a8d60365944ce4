// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/RegionTable.h"
#include "models/domain/Validation.h"

#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace verdes;

namespace {

const QDate kToday(2026, 11, 23);

ValidationContext fullContext()
{
    ValidationContext context;
    context.today = kToday;
    context.regions = &RegionTable::instance();
    context.villageCode = QStringLiteral("3373041001");
    return context;
}

Member makeMember(const char *id,
                  const char *nik,
                  const char *name,
                  int sex,
                  const char *birth,
                  int marital,
                  int relationship)
{
    Member m;
    m.setValue(Field::PersonId, QString::fromLatin1(id));
    m.setValue(Field::Nik, QString::fromLatin1(nik));
    m.setValue(Field::Name, QString::fromLatin1(name));
    m.setValue(Field::Presence, QStringLiteral("1"));
    m.setValue(Field::Sex, QString::number(sex));
    m.setValue(Field::BirthDate, QString::fromLatin1(birth));
    m.setValue(Field::MaritalStatus, QString::number(marital));
    m.setValue(Field::Relationship, QString::number(relationship));
    return m;
}

// A family that breaks no rule on kToday: head (born 1980-03-15), spouse (1982-07-15, NIK day +40),
// child (2010-12-01), in Kecandran, Sidomukti, Kota Salatiga.
Household baseline()
{
    Household h;
    h.setValue(Field::HouseholdId, QStringLiteral("H-0001"));
    h.setValue(Field::VillageCode, QStringLiteral("3373041001"));
    h.setValue(Field::Rw, QStringLiteral("2"));
    h.setValue(Field::Rt, QStringLiteral("1"));
    h.setValue(Field::KkNumber, QStringLiteral("3373040101090001"));
    h.setValue(Field::Tenure, QStringLiteral("1"));
    h.setValue(Field::LandProof, QStringLiteral("1"));
    h.setValue(Field::Lighting, QStringLiteral("1"));
    h.setValue(Field::Power1, QStringLiteral("2"));
    h.setValue(Field::ToiletFacility, QStringLiteral("1"));
    h.setValue(Field::ToiletType, QStringLiteral("1"));
    h.setValue(Field::FloorAreaM2, QStringLiteral("54"));
    h.setValue(Field::LivestockGoatSheep, QStringLiteral("3"));
    h.members << makeMember("P-1", "3373041503800001", "Budi Santoso", 1, "1980-03-15", 2, 1);
    h.members << makeMember("P-2", "3373045507820002", "Siti Aminah", 2, "1982-07-15", 2, 2);
    h.members << makeMember("P-3", "3373040112100003", "Agus", 1, "2010-12-01", 1, 3);
    h.members[0].setValue(Field::WorkedLastWeek, QStringLiteral("1"));
    h.members[0].setValue(Field::WorkHours, QStringLiteral("40"));
    h.members[0].setValue(Field::HasBusiness, QStringLiteral("1"));
    h.members[0].setValue(Field::BusinessTurnover, QStringLiteral("1"));
    h.members[0].setValue(Field::SchoolLevel, QStringLiteral("13"));
    return h;
}

// Changes like "h.tenure=2" (household) or "m1.sex=1" (member 1; a new index adds a member).
void applyChanges(Household &h, const QStringList &changes)
{
    for (const QString &change : changes) {
        const qsizetype dot = change.indexOf(u'.');
        const qsizetype eq = change.indexOf(u'=');
        QVERIFY2(dot > 0 && eq > dot, qPrintable(change));
        const QString target = change.left(dot);
        const QString column = change.mid(dot + 1, eq - dot - 1);
        const QString value = change.mid(eq + 1);
        const auto field = fieldByColumn(column);
        QVERIFY2(field.has_value(), qPrintable(column));
        if (target == u"h") {
            h.setValue(*field, value);
        } else {
            const int index = target.mid(1).toInt();
            while (h.members.size() <= index) {
                Member m = makeMember("", "", "Tambahan", 1, "1990-01-01", 1, 8);
                m.setValue(Field::PersonId, QStringLiteral("P-extra-%1").arg(h.members.size()));
                h.members << m;
            }
            h.members[index].setValue(*field, value);
        }
    }
}

const Issue *findRule(const QList<Issue> &issues, const QString &rule)
{
    for (const Issue &issue : issues) {
        if (issue.rule == rule) {
            return &issue;
        }
    }
    return nullptr;
}

QString describeAll(const QList<Issue> &issues)
{
    QStringList lines;
    for (const Issue &issue : issues) {
        lines << issue.lineText();
    }
    return lines.join(u" | ");
}

} // namespace

class TestValidation : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void baselineIsClean()
    {
        const QList<Issue> issues = validateHousehold(baseline(), fullContext());
        QVERIFY2(issues.isEmpty(), qPrintable(describeAll(issues)));
    }

    void normalize_data()
    {
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("expected"); // the canonical value when no rule fires
        QTest::addColumn<QString>("rule");     // empty: accepted
        QTest::addColumn<QString>("tag");      // args[1] when the rule writes a tag, else empty

        auto row = [](const char *name,
                      const char *column,
                      const QString &raw,
                      const char *expected,
                      const char *rule = "",
                      const char *tag = "") {
            QTest::newRow(name) << QString::fromLatin1(column) << raw << QString::fromUtf8(expected)
                                << QString::fromLatin1(rule) << QString::fromLatin1(tag);
        };
        // Empty and spaces
        row("empty-stays-empty", "nik", QString(), "");
        row("spaces-only-are-empty", "floor", QStringLiteral("   "), "");
        row("text-trimmed", "name", QStringLiteral("  Siti Aminah "), "Siti Aminah");
        row("text-kept-verbatim-inside",
            "address",
            QStringLiteral("Jl. Merdeka  No. 5, RT 01"),
            "Jl. Merdeka  No. 5, RT 01");
        // V01 NIK shape
        row("nik-valid", "nik", QStringLiteral("3373041503800001"), "3373041503800001");
        row("nik-trimmed", "nik", QStringLiteral(" 3373041503800001 "), "3373041503800001");
        row("nik-15-digits-hint", "nik", QStringLiteral("337304150380001"), "", "V01", "15");
        row("nik-17-digits", "nik", QStringLiteral("33730415038000011"), "", "V01", "17");
        row("nik-5-digits", "nik", QStringLiteral("33730"), "", "V01", "5");
        row("nik-exponent", "nik", QStringLiteral("3.37304E+15"), "", "V01", "exponent");
        row("nik-exponent-lowercase", "nik", QStringLiteral("3,37304e+15"), "", "V01", "exponent");
        row("nik-with-spaces", "nik", QStringLiteral("3373 0415 0380 0001"), "", "V01", "chars");
        row("nik-with-dots", "nik", QStringLiteral("3373.0415.0380.0001"), "", "V01", "chars");
        row("nik-apostrophe", "nik", QStringLiteral("'3373041503800001"), "", "V01", "chars");
        row("nik-letter", "nik", QStringLiteral("337304150380000X"), "", "V01", "chars");
        row("nik-arabic-digits", "nik", QStringLiteral("٣٣٧٣٠٤١٥٠٣٨٠٠٠٠١"), "", "V01", "chars");
        // V02 NIK date
        row("nik-day-31-feb", "nik", QStringLiteral("3373043102800001"), "", "V02");
        row("nik-day-30-feb", "nik", QStringLiteral("3373043002800001"), "", "V02");
        row("nik-female-30-feb", "nik", QStringLiteral("3373047002800001"), "", "V02");
        row("nik-29-feb-leap", "nik", QStringLiteral("3373042902800001"), "3373042902800001");
        row("nik-29-feb-yy00", "nik", QStringLiteral("3373042902000001"), "3373042902000001");
        row("nik-29-feb-not-leap", "nik", QStringLiteral("3373042902810001"), "", "V02");
        row("nik-female-29-feb-leap", "nik", QStringLiteral("3373046902840001"), "3373046902840001");
        row("nik-day-00", "nik", QStringLiteral("3373040003800001"), "", "V02");
        row("nik-day-01", "nik", QStringLiteral("3373040103800001"), "3373040103800001");
        row("nik-day-31", "nik", QStringLiteral("3373043103800001"), "3373043103800001");
        row("nik-day-32", "nik", QStringLiteral("3373043203800001"), "", "V02");
        row("nik-day-40", "nik", QStringLiteral("3373044003800001"), "", "V02");
        row("nik-female-day-plus-40", "nik", QStringLiteral("3373044103800001"), "3373044103800001");
        row("nik-female-day-71", "nik", QStringLiteral("3373047103800001"), "3373047103800001");
        row("nik-day-72", "nik", QStringLiteral("3373047203800001"), "", "V02");
        row("nik-female-31-april", "nik", QStringLiteral("3373047104800001"), "", "V02");
        row("nik-31-april", "nik", QStringLiteral("3373043104800001"), "", "V02");
        row("nik-month-00", "nik", QStringLiteral("3373041500800001"), "", "V02");
        row("nik-month-12", "nik", QStringLiteral("3373041512800001"), "3373041512800001");
        row("nik-month-13", "nik", QStringLiteral("3373041513800001"), "", "V02");
        // V03 serial
        row("nik-serial-0000", "nik", QStringLiteral("3373041503800000"), "", "V03");
        row("nik-serial-0001", "nik", QStringLiteral("3373041503800001"), "3373041503800001");
        row("nik-serial-9999", "nik", QStringLiteral("3373041503809999"), "3373041503809999");
        // V09 KK numbers
        row("kk-valid", "kk_number", QStringLiteral("3373040101090001"), "3373040101090001");
        row("kk-15-digits", "kk_number", QStringLiteral("337304010109001"), "", "V09", "15");
        row("kk-exponent", "kk_number", QStringLiteral("3.37304E+15"), "", "V09", "exponent");
        row("kk-letters", "kk_number", QStringLiteral("KK3373040101090"), "", "V09", "chars");
        row("kk-no-date-check", "kk_number", QStringLiteral("3373049999990000"), "3373049999990000");
        row("member-kk-short", "member_kk_number", QStringLiteral("3373"), "", "V09", "4");
        row("member-kk-valid", "member_kk_number", QStringLiteral("3373040101090002"), "3373040101090002");
        // V15 region code
        row("village-10-digits", "village_code", QStringLiteral("3373041001"), "3373041001");
        row("village-dotted", "village_code", QStringLiteral("33.73.04.1001"), "3373041001");
        row("village-dotted-spaces", "village_code", QStringLiteral(" 33.73.04.1001 "), "3373041001");
        row("village-desa-adat", "village_code", QStringLiteral("5101013001"), "5101013001");
        row("village-9-digits", "village_code", QStringLiteral("337304100"), "", "V15", "length");
        row("village-11-digits", "village_code", QStringLiteral("33730410011"), "", "V15", "length");
        row("village-bad-dots", "village_code", QStringLiteral("33.73.041.001"), "", "V15", "length");
        row("village-letters", "village_code", QStringLiteral("33730410AB"), "", "V15", "length");
        row("village-regency-00", "village_code", QStringLiteral("3300041001"), "", "V15", "regency");
        row("village-regency-70", "village_code", QStringLiteral("3370041001"), "", "V15", "regency");
        row("village-regency-69", "village_code", QStringLiteral("3369041001"), "3369041001");
        row("village-city-71", "village_code", QStringLiteral("3371041001"), "3371041001");
        row("village-city-99", "village_code", QStringLiteral("3399041001"), "3399041001");
        row("village-kind-0", "village_code", QStringLiteral("3373040001"), "", "V15", "village");
        row("village-kind-4", "village_code", QStringLiteral("3373044001"), "", "V15", "village");
        // V18 dates and periods
        row("date-valid", "birth_date", QStringLiteral("1980-03-15"), "1980-03-15");
        row("date-30-february", "birth_date", QStringLiteral("1980-02-30"), "", "V18", "date");
        row("date-29-february-leap", "birth_date", QStringLiteral("2000-02-29"), "2000-02-29");
        row("date-29-february-1900", "birth_date", QStringLiteral("1900-02-29"), "", "V18", "date");
        row("date-month-13", "birth_date", QStringLiteral("1980-13-01"), "", "V18", "date");
        row("date-slashes", "birth_date", QStringLiteral("15/03/1980"), "", "V18", "date");
        row("date-no-padding", "birth_date", QStringLiteral("1980-3-15"), "", "V18", "date");
        row("date-with-time", "presence_date", QStringLiteral("2025-01-01T10:00"), "", "V18", "date");
        row("period-valid", "prog_pkh_period", QStringLiteral("2025-07"), "2025-07");
        row("period-month-13", "prog_pkh_period", QStringLiteral("2025-13"), "", "V18", "period");
        row("period-month-00", "prog_pkh_period", QStringLiteral("2025-00"), "", "V18", "period");
        row("period-no-padding", "prog_pkh_period", QStringLiteral("2025-7"), "", "V18", "period");
        row("period-full-date", "prog_bpnt_period", QStringLiteral("2025-07-01"), "", "V18", "period");
        // V19 codes, flags, numbers
        row("code-valid", "floor", QStringLiteral("8"), "8");
        row("code-leading-zero", "floor", QStringLiteral("08"), "8");
        row("code-leading-zeros", "relationship", QStringLiteral("001"), "1");
        row("code-plus-sign", "floor", QStringLiteral("+8"), "8");
        row("code-unknown", "floor", QStringLiteral("10"), "", "V19", "code");
        row("code-zero", "floor", QStringLiteral("0"), "", "V19", "code");
        row("code-negative", "floor", QStringLiteral("-1"), "", "V19", "code");
        row("code-text", "sex", QStringLiteral("L"), "", "V19", "code");
        row("code-decimal", "sex", QStringLiteral("1.0"), "", "V19", "code");
        row("code-later-list-only", "water_source", QStringLiteral("12"), "", "V19", "code");
        row("code-family-status-0", "family_status", QStringLiteral("0"), "0");
        row("code-internet-0", "internet_access", QStringLiteral("0"), "0");
        row("yes-no-3", "prog_pkh", QStringLiteral("3"), "", "V19", "code");
        row("yes-no-2", "prog_pkh", QStringLiteral("2"), "2");
        row("dont-know-8", "pip", QStringLiteral("8"), "8");
        row("flags-sum", "health_insurance", QStringLiteral("5"), "5");
        row("flags-all", "health_insurance", QStringLiteral("15"), "15");
        row("flags-none", "health_insurance", QStringLiteral("0"), "0");
        row("flags-99-alone", "health_insurance", QStringLiteral("99"), "99");
        row("flags-99-combined", "health_insurance", QStringLiteral("100"), "", "V19", "flags");
        row("flags-undefined-bit", "health_insurance", QStringLiteral("16"), "", "V19", "flags");
        row("flags-employment-31", "employment_insurance", QStringLiteral("31"), "31");
        row("flags-employment-32", "employment_insurance", QStringLiteral("32"), "", "V19", "flags");
        row("flags-id-documents-no-99", "id_documents", QStringLiteral("99"), "", "V19", "flags");
        row("flags-id-documents-7", "id_documents", QStringLiteral("7"), "7");
        row("rt-1", "rt", QStringLiteral("1"), "1");
        row("rt-leading-zeros", "rt", QStringLiteral("007"), "7");
        row("rt-999", "rt", QStringLiteral("999"), "999");
        row("rt-0", "rt", QStringLiteral("0"), "", "V19", "range");
        row("rt-1000", "rt", QStringLiteral("1000"), "", "V19", "range");
        row("rt-text", "rt", QStringLiteral("RT01"), "", "V19", "number");
        row("count-thousands-separator", "floor_area_m2", QStringLiteral("1.200"), "", "V19", "number");
        row("latitude-valid", "latitude", QStringLiteral("-7.331234"), "-7.331234");
        row("latitude-integer", "latitude", QStringLiteral("-7"), "-7");
        row("latitude-plus", "latitude", QStringLiteral("+7.5"), "7.5");
        row("latitude-7-decimals", "latitude", QStringLiteral("-7.3312345"), "", "V19", "decimal");
        row("latitude-comma", "latitude", QStringLiteral("-7,33"), "", "V19", "decimal");
        row("latitude-trailing-dot", "latitude", QStringLiteral("-7."), "", "V19", "decimal");
        row("latitude-91", "latitude", QStringLiteral("91"), "", "V19", "range");
        row("longitude-180", "longitude", QStringLiteral("180"), "180");
        row("longitude-181", "longitude", QStringLiteral("181.5"), "", "V19", "range");
        row("id-valid", "household_id", QStringLiteral("H_01-ab"), "H_01-ab");
        row("id-space", "household_id", QStringLiteral("H 01"), "", "V19", "id");
        row("id-65-chars", "person_id", QString(65, u'a'), "", "V19", "id");
        row("id-64-chars",
            "person_id",
            QString(64, u'a'),
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
        row("instrument-2022", "instrument_version", QStringLiteral("REGSOSEK2022.K"), "REGSOSEK2022.K");
        row("instrument-2021", "instrument_version", QStringLiteral("REGSOS-EK2021.RT"), "REGSOS-EK2021.RT");
        row("instrument-unknown", "instrument_version", QStringLiteral("SUSENAS"), "", "V19", "instrument");
        // V20 negative counts
        row("area-negative", "floor_area_m2", QStringLiteral("-5"), "", "V20");
        row("livestock-negative", "livestock_goat_sheep", QStringLiteral("-1"), "", "V20");
        row("livestock-zero", "livestock_goat_sheep", QStringLiteral("0"), "0");
        row("hours-negative", "work_hours", QStringLiteral("-3"), "", "V20");
    }

    void normalize()
    {
        QFETCH(QString, column);
        QFETCH(QString, raw);
        QFETCH(QString, expected);
        QFETCH(QString, rule);
        QFETCH(QString, tag);
        const auto field = fieldByColumn(column);
        QVERIFY(field.has_value());
        for (const NormalizedValue &n :
             {normalizeValue(*field, QStringView(raw)), normalizeValue(*field, raw)}) {
            if (rule.isEmpty()) {
                QVERIFY2(!n.issue, n.issue ? qPrintable(n.issue->text()) : "");
                QCOMPARE(n.value, expected);
            } else {
                QVERIFY2(n.issue.has_value(), qPrintable(n.value));
                QCOMPARE(n.issue->rule, rule);
                QCOMPARE(n.issue->severity, Severity::Error);
                QCOMPARE(n.issue->field.value(), *field);
                QCOMPARE(n.issue->column, column);
                QCOMPARE(n.value, QStringView(raw).trimmed().toString());
                if (!tag.isEmpty()) {
                    QVERIFY(n.issue->args.size() >= 2);
                    QCOMPARE(n.issue->args.at(1), tag);
                }
            }
        }
    }

    void parseValue_data()
    {
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("code"); // -1: success
        QTest::addColumn<QStringList>("args");
        auto row = [](const char *name,
                      const char *column,
                      const char *raw,
                      const char *value,
                      int code,
                      QStringList args = {}) {
            QTest::newRow(name) << QString::fromLatin1(column) << QString::fromLatin1(raw)
                                << QString::fromLatin1(value) << code << args;
        };
        row("village-dotted", "village_code", " 33.73.04.1001", "3373041001", -1);
        row("village-bad",
            "village_code",
            "33.73",
            "",
            static_cast<int>(ErrorCode::ValidationRegionCode),
            {QStringLiteral("33.73")});
        row("nik-ok", "nik", "3373041503800001", "3373041503800001", -1);
        row("nik-15",
            "nik",
            "337304150380001",
            "",
            static_cast<int>(ErrorCode::ValidationNikLength),
            {QStringLiteral("15")});
        row("nik-date", "nik", "3373043102800001", "", static_cast<int>(ErrorCode::ValidationNikDate));
        row("nik-serial", "nik", "3373041503800000", "", static_cast<int>(ErrorCode::ValidationNikSerial));
        row("kk-short",
            "kk_number",
            "33730401",
            "",
            static_cast<int>(ErrorCode::ValidationKkLength),
            {QStringLiteral("8")});
        row("date-bad",
            "birth_date",
            "1980-02-30",
            "",
            static_cast<int>(ErrorCode::ValidationDate),
            {QStringLiteral("1980-02-30")});
        row("rt-bad",
            "rt",
            "RT1",
            "",
            static_cast<int>(ErrorCode::ValidationNumber),
            {QStringLiteral("RT1")});
        row("rt-leading-zero", "rt", "01", "1", -1);
        row("empty-is-empty", "nik", "", "", -1);
    }

    void parseValue()
    {
        QFETCH(QString, column);
        QFETCH(QString, raw);
        QFETCH(QString, value);
        QFETCH(int, code);
        QFETCH(QStringList, args);
        const auto result = verdes::parseValue(*fieldByColumn(column), raw);
        QCOMPARE(result.has_value(), code < 0);
        if (code < 0) {
            QCOMPARE(result.value(), value);
            return;
        }
        QCOMPARE(static_cast<int>(result.error().code), code);
        QCOMPARE(result.error().args, args);
        QVERIFY(result.error().detail.contains(column));
        QVERIFY(!describe(result.error()).isEmpty());
        if (column == u"nik" || column == u"kk_number") {
            QVERIFY(!result.error().detail.contains(raw));
            QVERIFY(!describe(result.error()).contains(raw));
        }
    }

    // Hostile text in every column: never a crash, never a silent pass for a non-text column, and an
    // issue always names its field and is an error.
    void garbageInEveryColumn()
    {
        const QStringList garbage{QStringLiteral("-"),
                                  QStringLiteral("+"),
                                  QStringLiteral("."),
                                  QStringLiteral("-."),
                                  QStringLiteral("99999999999999999999999999"),
                                  QStringLiteral("NA"),
                                  QString(QChar(0)),
                                  QStringLiteral("\u200b1"),
                                  QString::fromUtf8("１"), // full-width digit one
                                  QString::fromUtf8("😀"),
                                  QStringLiteral("1e3"),
                                  QStringLiteral("0x10"),
                                  QString(100000, u'7')};
        for (const FieldDef &def : allFields()) {
            for (const QString &raw : garbage) {
                const NormalizedValue n = normalizeValue(def.field, raw);
                if (def.kind == FieldKind::Text) {
                    QVERIFY(!n.issue);
                    continue;
                }
                if (def.kind == FieldKind::Id) {
                    continue; // "-", "NA" or all digits are real ids; the id rows above test them
                }
                QVERIFY2(n.issue.has_value(),
                         qPrintable(QString::fromLatin1(def.column) % u' ' % raw.left(20)));
                QCOMPARE(n.issue->severity, Severity::Error);
                QCOMPARE(n.issue->field.value(), def.field);
                QVERIFY(!n.issue->text().isEmpty());
                QVERIFY(!verdes::parseValue(def.field, raw).has_value());
            }
        }
    }

    void garbageHouseholdIsReportedNotCrashed()
    {
        Household h;
        for (const FieldDef &def : householdColumns()) {
            h.setValue(def.field, QStringLiteral("?x"));
        }
        Member m;
        for (const FieldDef &def : memberColumns()) {
            m.setValue(def.field, QStringLiteral("?x"));
        }
        h.members << m << m;
        const QList<Issue> issues = validateHousehold(h, fullContext());
        QVERIFY(issues.size() > 100);
        for (const Issue &issue : issues) {
            QVERIFY(!issue.text().isEmpty());
        }
        QVERIFY(findRule(issues, QStringLiteral("V12")) != nullptr); // "?x" is no relationship: no head
    }

    void familyWithoutMembersHasNoHead()
    {
        Household h = baseline();
        h.members.clear();
        const QList<Issue> issues = validateHousehold(h, fullContext());
        const Issue *found = findRule(issues, QStringLiteral("V12"));
        QVERIFY(found != nullptr);
        QCOMPARE(found->args, QStringList{QStringLiteral("0")});
        QVERIFY(found->personId.isEmpty());
    }

    void factsOfMember()
    {
        Household h = baseline();
        MemberFacts facts = factsOf(h.members[1], 7);
        QCOMPARE(facts.personId, QStringLiteral("P-2"));
        QVERIFY(facts.relationship == Relationship::Spouse);
        QVERIFY(facts.sex == Sex::Female);
        QCOMPARE(facts.birthDate, QDate(1982, 7, 15));
        QVERIFY(facts.active);
        QCOMPARE(facts.line, qint64(7));
        h.members[1].setValue(Field::Presence, QStringLiteral("2"));
        QVERIFY(!factsOf(h.members[1]).active);
        h.members[1].setValue(Field::Presence, QStringLiteral("5"));
        QVERIFY(factsOf(h.members[1]).active);
        h.members[1].setValue(Field::Presence, QString());
        QVERIFY(factsOf(h.members[1]).active); // R02 reports the gap; the structure rules still count them
        h.members[1].setValue(Field::Relationship, QStringLiteral("9"));
        QVERIFY(!factsOf(h.members[1]).relationship.has_value());
    }

    void canonicalValueIsNotCopied()
    {
        const QString nik = QString::fromLatin1("3373041503800001") /* heap data, not a literal */;
        const NormalizedValue n = normalizeValue(Field::Nik, nik);
        QVERIFY(!n.issue);
        QVERIFY(n.value.isSharedWith(nik));
        const QString name = QString::fromLatin1("Siti Aminah");
        QVERIFY(normalizeValue(Field::Name, name).value.isSharedWith(name));
        const QString padded = QString::fromLatin1(" Siti ");
        QVERIFY(!normalizeValue(Field::Name, padded).value.isSharedWith(padded));
    }

    void rules_data()
    {
        QTest::addColumn<QStringList>("changes");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<bool>("fires");
        QTest::addColumn<int>("severity"); // when it fires

        const int e = static_cast<int>(Severity::Error);
        const int w = static_cast<int>(Severity::Warning);
        using L = std::initializer_list<const char *>;
        auto toList = [](L changes) {
            QStringList list;
            for (const char *change : changes) {
                list << QString::fromLatin1(change);
            }
            return list;
        };
        auto fires = [&](const char *name, L changes, const char *rule, int severity) {
            QTest::newRow(name) << toList(changes) << QString::fromLatin1(rule) << true << severity;
        };
        auto silent = [&](const char *name, L changes, const char *rule) {
            QTest::newRow(name) << toList(changes) << QString::fromLatin1(rule) << false << 0;
        };

        silent("v01-baseline", {}, "V01");
        fires("v01-15-digits", L{"m0.nik=337304150380001"}, "V01", e);
        fires("v01-exponent", L{"m0.nik=3.37304E+15"}, "V01", e);
        silent("v02-female-day-plus-40", L{"m1.nik=3373045507820002"}, "V02");
        fires("v02-30-february", L{"m0.nik=3373043002800001"}, "V02", e);
        fires("v02-day-72", L{"m1.nik=3373047207820002"}, "V02", e);
        fires("v03-serial-0000", L{"m0.nik=3373041503800000"}, "V03", e);
        silent("v03-serial-0001", {}, "V03");
        fires("v04-nik-empty", L{"m2.nik="}, "V04", w);
        silent("v04-nik-present", {}, "V04");
        silent("v04-not-for-bad-nik", L{"m0.nik=123"}, "V04");
        silent("v04-not-beside-v01-exponent", L{"m0.nik=3.37304E+15"}, "V04");
        silent("v10-not-beside-v09", L{"h.kk_number=12345"}, "V10");
        silent("v11-not-for-bad-kk", L{"h.kk_number=99999901010900"}, "V11");
        silent("v16-not-for-bad-village-code", L{"h.village_code=3373044001"}, "V16");
        silent("v17-not-for-bad-village-code", L{"h.village_code=3373044001"}, "V17");
        silent("v07-not-for-bad-birth-date", L{"m0.birth_date=1980-02-30"}, "V07");
        fires("v05-unknown-prefix", L{"m0.nik=9999991503800001"}, "V05", w);
        silent("v05-old-edition-kecamatan", L{"m0.nik=9101011503800001"}, "V05");
        silent("v05-other-province", L{"m0.nik=1101011503800001"}, "V05");
        fires("v06-male-nik-female-sex", L{"m0.sex=2"}, "V06", w);
        fires("v06-female-nik-male-sex", L{"m1.sex=1"}, "V06", w);
        silent("v06-female-nik-female-sex", {}, "V06");
        fires("v07-day-differs", L{"m0.birth_date=1980-03-16"}, "V07", w);
        fires("v07-month-differs", L{"m0.birth_date=1980-04-15"}, "V07", w);
        fires("v07-year-differs", L{"m0.birth_date=1981-03-15"}, "V07", w);
        silent("v07-other-century-same-yy", L{"m0.birth_date=1880-03-15"}, "V07");
        silent("v07-female-day-minus-40", L{"m1.birth_date=1982-07-15"}, "V07");
        fires("v07-female-day-not-minus-40", L{"m1.birth_date=1982-07-55"}, "V18", e);
        fires("v08-same-nik-in-family", L{"m1.nik=3373041503800001", "m1.sex=1"}, "V08", e);
        silent("v08-deceased-twin-record", L{"m1.nik=3373041503800001", "m1.presence=2"}, "V08");
        silent("v08-moved-record", L{"m2.nik=3373041503800001", "m2.presence=3"}, "V08");
        fires("v09-kk-short", L{"h.kk_number=12345"}, "V09", e);
        fires("v09-member-kk-letters", L{"m0.member_kk_number=3373O40101090001"}, "V09", e);
        fires("v10-kk-empty", L{"h.kk_number="}, "V10", w);
        silent("v10-kk-present", {}, "V10");
        fires("v11-kk-unknown-prefix", L{"h.kk_number=9999990101090001"}, "V11", w);
        silent("v11-kk-old-edition", L{"h.kk_number=9101010101090001"}, "V11");
        fires("v11-member-kk-unknown-prefix", L{"m0.member_kk_number=0000000101090001"}, "V11", w);
        silent("v11-member-kk-known", L{"m0.member_kk_number=3373040101090002"}, "V11");
        fires("v12-no-head", L{"m0.relationship=8"}, "V12", e);
        fires("v12-two-heads", L{"m1.relationship=1"}, "V12", e);
        fires("v12-three-heads", L{"m1.relationship=1", "m2.relationship=1"}, "V12", e);
        silent("v12-old-head-deceased", L{"m1.relationship=1", "m0.presence=2"}, "V12");
        silent("v12-only-head-deceased", L{"m0.presence=2"}, "V12");
        silent("v12-new-member-head", L{"m0.presence=5"}, "V12");
        fires("v13-two-spouses", L{"m3.relationship=2", "m3.sex=2"}, "V13", w);
        silent("v13-second-spouse-deceased", L{"m3.relationship=2", "m3.presence=2"}, "V13");
        silent("v13-one-spouse", {}, "V13");
        fires("v15-regency-00", L{"h.village_code=3300041001"}, "V15", e);
        silent("v15-dotted", L{"h.village_code=33.73.04.1001"}, "V15");
        fires("v16-not-in-2025", L{"h.village_code=1101152007"}, "V16", w);
        silent("v16-in-2025", {}, "V16");
        silent("v16-dotted-in-2025", L{"h.village_code=33.73.04.1001"}, "V16");
        fires("v17-other-village", L{"h.village_code=3373041002"}, "V17", e);
        silent("v17-same-village-dotted", L{"h.village_code=33.73.04.1001"}, "V17");
        fires("v18-impossible-date", L{"m0.birth_date=1980-02-30"}, "V18", e);
        fires("v18-born-tomorrow", L{"m2.birth_date=2026-11-24"}, "V18", e);
        silent("v18-born-today", L{"m2.birth_date=2026-11-23"}, "V18");
        fires("v18-bad-period", L{"h.prog_pkh=1", "h.prog_pkh_period=2025-13"}, "V18", e);
        fires("v18-presence-date", L{"m0.presence_date=2025-02-29"}, "V18", e);
        fires("v19-code", L{"h.floor=10"}, "V19", e);
        fires("v19-flags", L{"m0.health_insurance=100"}, "V19", e);
        silent("v19-leading-zero", L{"h.floor=08"}, "V19");
        fires("v20-negative-area", L{"h.floor_area_m2=-5"}, "V20", e);
        silent("v20-zero-livestock", L{"h.livestock_pig=0"}, "V20");
        fires("v21-pregnant-male", L{"m0.pregnant=1"}, "V21", e);
        silent("v21-pregnant-female", L{"m1.pregnant=1"}, "V21");
        silent("v21-not-pregnant-male", L{"m0.pregnant=2"}, "V21");
        silent("v22-pregnant-44", L{"m1.pregnant=1"}, "V22");
        fires("v22-pregnant-9", L{"m2.sex=2", "m2.birth_date=2017-01-01", "m2.pregnant=1"}, "V22", w);
        silent("v22-pregnant-10", L{"m2.sex=2", "m2.birth_date=2016-11-23", "m2.pregnant=1"}, "V22");
        silent("v22-pregnant-55", L{"m1.birth_date=1971-07-15", "m1.pregnant=1"}, "V22");
        fires("v22-pregnant-56", L{"m1.birth_date=1970-07-15", "m1.pregnant=1"}, "V22", w);
        fires("v23-age-101", L{"m3.relationship=6", "m3.birth_date=1925-01-01"}, "V23", w);
        silent("v23-age-100", L{"m3.relationship=6", "m3.birth_date=1926-11-23"}, "V23");
        silent("v23-deceased", L{"m3.relationship=6", "m3.birth_date=1925-01-01", "m3.presence=2"}, "V23");
        fires("v24-child-10-years-younger", L{"m2.birth_date=1990-03-15"}, "V24", w);
        fires("v24-child-one-day-short-of-12", L{"m2.birth_date=1992-03-14"}, "V24", w);
        silent("v24-child-exactly-12", L{"m2.birth_date=1992-03-15"}, "V24");
        fires("v24-child-older-than-head", L{"m2.birth_date=1975-01-01"}, "V24", w);
        fires("v24-parent-10-years-older", L{"m3.relationship=6", "m3.birth_date=1970-03-15"}, "V24", w);
        silent("v24-parent-exactly-12", L{"m3.relationship=6", "m3.birth_date=1968-03-15"}, "V24");
        silent("v24-grandchild-not-checked", L{"m3.relationship=5", "m3.birth_date=1990-01-01"}, "V24");
        silent("v24-deceased-child", L{"m2.birth_date=1990-03-15", "m2.presence=2"}, "V24");
        fires("v25-married-at-15", L{"m2.marital_status=2"}, "V25", w);
        fires("v25-divorced-at-18", L{"m2.birth_date=2007-11-24", "m2.marital_status=3"}, "V25", w);
        silent("v25-married-at-19", L{"m2.birth_date=2007-11-23", "m2.marital_status=2"}, "V25");
        silent("v25-single-at-15", {}, "V25");
        fires("v26-zero-hours", L{"m0.work_hours=0"}, "V26", w);
        fires("v26-99-hours", L{"m0.work_hours=99"}, "V26", w);
        silent("v26-98-hours", L{"m0.work_hours=98"}, "V26");
        silent("v26-1-hour", L{"m0.work_hours=1"}, "V26");
        fires("v26-not-worked-with-sector",
              L{"m0.worked_last_week=2", "m0.work_hours=", "m0.work_sector=3"},
              "V26",
              w);
        fires("v26-not-worked-with-hours", L{"m0.worked_last_week=2"}, "V26", w);
        silent("v26-not-worked-nothing-else", L{"m0.worked_last_week=2", "m0.work_hours="}, "V26");
        silent("v27-sma-at-15", L{"m2.school_level=13"}, "V27");
        fires("v27-sma-at-13", L{"m2.birth_date=2013-01-01", "m2.school_level=13"}, "V27", w);
        silent("v27-sma-at-14", L{"m2.birth_date=2012-11-23", "m2.school_level=13"}, "V27");
        fires("v27-s1-at-15", L{"m2.school_level=19"}, "V27", w);
        fires("v27-s3-at-18", L{"m2.birth_date=2008-01-01", "m2.school_level=22"}, "V27", w);
        silent("v27-s1-at-46", L{"m0.school_level=19"}, "V27");
        fires("v27-diploma-sma-at-12", L{"m2.birth_date=2014-01-01", "m2.diploma=13"}, "V27", w);
        silent("v27-smp-at-12", L{"m2.birth_date=2014-01-01", "m2.school_level=8"}, "V27");
        fires("v28-land-proof-rented", L{"h.tenure=2"}, "V28", w);
        silent("v28-land-proof-owned", {}, "V28");
        silent("v28-not-for-unreadable-tenure", L{"h.tenure=9"}, "V28");
        silent("v28-not-for-unreadable-lighting", L{"h.lighting=x"}, "V28");
        silent("v28-rented-without-proof", L{"h.tenure=2", "h.land_proof="}, "V28");
        fires("v28-power-not-metered", L{"h.lighting=3"}, "V28", w);
        fires("v28-power-3-unmetered", L{"h.lighting=2", "h.power_1=", "h.power_3=1"}, "V28", w);
        fires("v28-toilet-type-no-toilet", L{"h.toilet_facility=6"}, "V28", w);
        silent("v28-toilet-type-public-mck", L{"h.toilet_facility=4"}, "V28");
        fires("v28-business-without-business", L{"m0.has_business=2"}, "V28", w);
        fires("v28-nutrition-at-15", L{"m2.nutrition=2"}, "V28", w);
        silent("v28-nutrition-at-4", L{"m2.birth_date=2022-01-01", "m2.nutrition=2"}, "V28");
        fires("v28-nutrition-at-5", L{"m2.birth_date=2021-11-23", "m2.nutrition=2"}, "V28", w);
        fires("v29-floor-1001", L{"h.floor_area_m2=1001"}, "V29", w);
        silent("v29-floor-1000", L{"h.floor_area_m2=1000"}, "V29");
        fires("v29-cattle-501", L{"h.livestock_cattle=501"}, "V29", w);
        silent("v29-cattle-500", L{"h.livestock_cattle=500"}, "V29");
        fires("r02-name-empty", L{"m1.name="}, "R02", e);
        fires("r02-rt-empty", L{"h.rt="}, "R02", e);
        silent("r02-nik-may-be-empty", L{"m1.nik="}, "R02");
    }

    void rules()
    {
        QFETCH(QStringList, changes);
        QFETCH(QString, rule);
        QFETCH(bool, fires);
        QFETCH(int, severity);
        Household h = baseline();
        applyChanges(h, changes);
        const QList<Issue> issues = validateHousehold(h, fullContext());
        const Issue *found = findRule(issues, rule);
        QVERIFY2((found != nullptr) == fires, qPrintable(describeAll(issues)));
        if (found != nullptr) {
            QCOMPARE(static_cast<int>(found->severity), severity);
            QCOMPARE(found->householdId, QStringLiteral("H-0001"));
            QVERIFY(found->field.has_value());
            QCOMPARE(found->column, columnName(*found->field));
            QVERIFY(!found->text().isEmpty());
            if (rule != u"R02") {
                QCOMPARE(found->severity, defaultSeverity(rule));
            }
        }
        for (const Issue &issue : issues) {
            QVERIFY2(issue.text().startsWith(issue.rule), qPrintable(issue.text()));
        }
    }

    void memberIssuesNameThePerson()
    {
        Household h = baseline();
        applyChanges(h, {QStringLiteral("m1.pregnant=1"), QStringLiteral("m1.birth_date=1960-07-15")});
        const QList<Issue> issues = validateMemberValues(h.members[1], h, fullContext());
        const Issue *found = findRule(issues, QStringLiteral("V22"));
        QVERIFY(found != nullptr);
        QCOMPARE(found->personId, QStringLiteral("P-2"));
        QCOMPARE(found->householdId, QStringLiteral("H-0001"));
        QCOMPARE(found->args, QStringList{QStringLiteral("66")});
    }

    void contextWithoutRegionsSkipsRegionRules()
    {
        Household h = baseline();
        applyChanges(h,
                     {QStringLiteral("m0.nik=9999991503800001"),
                      QStringLiteral("h.kk_number=9999990101090001"),
                      QStringLiteral("h.village_code=1101152007")});
        ValidationContext context = fullContext();
        context.regions = nullptr;
        context.villageCode.clear();
        const QList<Issue> issues = validateHousehold(h, context);
        for (const char *rule : {"V05", "V11", "V16", "V17"}) {
            QVERIFY2(findRule(issues, QString::fromLatin1(rule)) == nullptr, rule);
        }
        // ...and the full context finds all four.
        const QList<Issue> all = validateHousehold(h, fullContext());
        for (const char *rule : {"V05", "V11", "V16", "V17"}) {
            QVERIFY2(findRule(all, QString::fromLatin1(rule)) != nullptr, rule);
        }
    }

    void contextWithoutTodaySkipsAgeRules()
    {
        Household h = baseline();
        applyChanges(h,
                     {QStringLiteral("m2.marital_status=2"),
                      QStringLiteral("m2.nutrition=1"),
                      QStringLiteral("m3.relationship=6"),
                      QStringLiteral("m3.birth_date=1900-01-01")});
        ValidationContext context = fullContext();
        context.today = QDate();
        const QList<Issue> issues = validateHousehold(h, context);
        for (const char *rule : {"V18", "V22", "V23", "V25", "V27", "V28"}) {
            QVERIFY2(findRule(issues, QString::fromLatin1(rule)) == nullptr, rule);
        }
        const QList<Issue> all = validateHousehold(h, fullContext());
        for (const char *rule : {"V23", "V25", "V28"}) {
            QVERIFY2(findRule(all, QString::fromLatin1(rule)) != nullptr, rule);
        }
    }

    void snapshotImportMakesDuplicateNikAWarning()
    {
        Household h = baseline();
        applyChanges(h, {QStringLiteral("m2.nik=3373041503800001")});
        ValidationContext context = fullContext();
        context.isSnapshotImport = true;
        const Issue *found = nullptr;
        const QList<Issue> issues = validateHousehold(h, context);
        found = findRule(issues, QStringLiteral("V08"));
        QVERIFY(found != nullptr);
        QCOMPARE(found->severity, Severity::Warning);
        QCOMPARE(found->personId, QStringLiteral("P-3"));
        QCOMPARE(found->args.value(1), QStringLiteral("P-1"));
    }

    void duplicateNikIssueIsMasked_data()
    {
        QTest::addColumn<bool>("entry");
        QTest::addColumn<int>("severity");
        QTest::newRow("entry-is-error") << true << static_cast<int>(Severity::Error);
        QTest::newRow("snapshot-is-warning") << false << static_cast<int>(Severity::Warning);
    }

    void duplicateNikIssueIsMasked()
    {
        QFETCH(bool, entry);
        QFETCH(int, severity);
        const Issue issue = duplicateNikIssue(
            QStringLiteral("H-9"), QStringLiteral("P-9"), u"3373041503800001", QStringLiteral("P-1"), entry);
        QCOMPARE(issue.rule, QStringLiteral("V08"));
        QCOMPARE(static_cast<int>(issue.severity), severity);
        QVERIFY(issue.field == Field::Nik);
        QCOMPARE(issue.householdId, QStringLiteral("H-9"));
        QCOMPARE(issue.personId, QStringLiteral("P-9"));
        QCOMPARE(issue.args.value(0), maskNumber(u"3373041503800001"));
        QVERIFY(!issue.text().contains(QStringLiteral("3373041503800001")));
        QVERIFY(issue.text().contains(QStringLiteral("P-1")));
    }

    void sharedKkIssueIsAMaskedWarning()
    {
        const Issue issue = sharedKkIssue(QStringLiteral("H-2"), u"3373040101090001", QStringLiteral("H-1"));
        QCOMPARE(issue.rule, QStringLiteral("V14"));
        QCOMPARE(issue.severity, Severity::Warning);
        QVERIFY(issue.field == Field::KkNumber);
        QCOMPARE(issue.householdId, QStringLiteral("H-2"));
        QVERIFY(!issue.text().contains(QStringLiteral("3373040101090001")));
        QVERIFY(issue.text().contains(QStringLiteral("3373")));
        QVERIFY(issue.text().contains(QStringLiteral("H-1")));
    }

    void structureReportsTheOffendingMember()
    {
        std::vector<MemberFacts> facts;
        Household h = baseline();
        applyChanges(h, {QStringLiteral("m2.relationship=1")});
        qint64 line = 10;
        for (const Member &m : h.members) {
            facts.push_back(factsOf(m, line++));
        }
        const QList<Issue> issues = validateHouseholdStructure(h.householdId(), facts, fullContext());
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.front().rule, QStringLiteral("V12"));
        QCOMPARE(issues.front().personId, QStringLiteral("P-3"));
        QCOMPARE(issues.front().line, qint64(12));
        QCOMPARE(issues.front().args, QStringList{QStringLiteral("2")});
    }

    void structureOfEmptyFamilyHasNoHead()
    {
        const QList<Issue> issues = validateHouseholdStructure(QStringLiteral("H-1"), {}, fullContext());
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.front().rule, QStringLiteral("V12"));
        QCOMPARE(issues.front().args, QStringList{QStringLiteral("0")});
    }

    void parseNik_data()
    {
        QTest::addColumn<QString>("nik");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("day");
        QTest::addColumn<int>("month");
        QTest::addColumn<int>("yy");
        QTest::addColumn<int>("sex");
        QTest::addColumn<int>("serial");
        QTest::newRow("male") << QStringLiteral("3373041503800001") << true << 15 << 3 << 80 << 1 << 1;
        QTest::newRow("female-plus-40")
            << QStringLiteral("3373045507820002") << true << 15 << 7 << 82 << 2 << 2;
        QTest::newRow("female-41-is-day-1")
            << QStringLiteral("3373044101001234") << true << 1 << 1 << 0 << 2 << 1234;
        QTest::newRow("15-digits") << QStringLiteral("337304150380001") << false << 0 << 0 << 0 << 0 << 0;
        QTest::newRow("bad-date") << QStringLiteral("3373043102800001") << false << 0 << 0 << 0 << 0 << 0;
        QTest::newRow("serial-0000") << QStringLiteral("3373041503800000") << false << 0 << 0 << 0 << 0 << 0;
        QTest::newRow("empty") << QString() << false << 0 << 0 << 0 << 0 << 0;
    }

    void parseNik()
    {
        QFETCH(QString, nik);
        QFETCH(bool, valid);
        const auto parts = verdes::parseNik(nik);
        QCOMPARE(parts.has_value(), valid);
        if (!valid) {
            return;
        }
        QFETCH(int, day);
        QFETCH(int, month);
        QFETCH(int, yy);
        QFETCH(int, sex);
        QFETCH(int, serial);
        QCOMPARE(parts->region, QStringView(nik).first(6));
        QCOMPARE(parts->day, day);
        QCOMPARE(parts->month, month);
        QCOMPARE(parts->yearTwoDigits, yy);
        QCOMPARE(static_cast<int>(parts->sex), sex);
        QCOMPARE(parts->serial, serial);
    }

    void nikBirthDateCentury_data()
    {
        QTest::addColumn<QString>("nik");
        QTest::addColumn<QDate>("recorded");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("recorded-1980")
            << QStringLiteral("3373041503800001") << QDate(1980, 3, 15) << QDate(1980, 3, 15);
        QTest::newRow("recorded-1981-nik-80")
            << QStringLiteral("3373041503800001") << QDate(1981, 1, 1) << QDate(1980, 3, 15);
        QTest::newRow("recorded-2001-nik-99")
            << QStringLiteral("3373041503990001") << QDate(2001, 1, 1) << QDate(1999, 3, 15);
        QTest::newRow("recorded-1999-nik-00")
            << QStringLiteral("3373041503000001") << QDate(1999, 6, 1) << QDate(2000, 3, 15);
        QTest::newRow("recorded-1925-nik-25")
            << QStringLiteral("3373041503250001") << QDate(1925, 3, 15) << QDate(1925, 3, 15);
        QTest::newRow("no-record-yy-10")
            << QStringLiteral("3373040112100003") << QDate() << QDate(2010, 12, 1);
        QTest::newRow("no-record-yy-26-past")
            << QStringLiteral("3373040101260001") << QDate() << QDate(2026, 1, 1);
        QTest::newRow("no-record-today")
            << QStringLiteral("3373042311260001") << QDate() << QDate(2026, 11, 23);
        QTest::newRow("no-record-tomorrow-is-1926")
            << QStringLiteral("3373042411260001") << QDate() << QDate(1926, 11, 24);
        QTest::newRow("no-record-yy-80")
            << QStringLiteral("3373041503800001") << QDate() << QDate(1980, 3, 15);
        QTest::newRow("no-record-yy-00-leap")
            << QStringLiteral("3373042902000001") << QDate() << QDate(2000, 2, 29);
        QTest::newRow("female-no-record")
            << QStringLiteral("3373045507820002") << QDate() << QDate(1982, 7, 15);
    }

    void nikBirthDateCentury()
    {
        QFETCH(QString, nik);
        QFETCH(QDate, recorded);
        QFETCH(QDate, expected);
        const auto parts = verdes::parseNik(nik);
        QVERIFY(parts.has_value());
        QCOMPARE(nikBirthDate(*parts, recorded, kToday), expected);
    }

    void defaultSeverities_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<int>("severity");
        const QString errors =
            QStringLiteral("V01 V02 V03 V08 V09 V12 V15 V17 V18 V19 V20 V21 R01 R02 R03 R04");
        const QString warnings =
            QStringLiteral("V04 V05 V06 V07 V10 V11 V13 V14 V16 V22 V23 V24 V25 V26 V27 V28 V29");
        for (const QString &rule : errors.split(u' ')) {
            QTest::newRow(qPrintable(rule)) << rule << static_cast<int>(Severity::Error);
        }
        for (const QString &rule : warnings.split(u' ')) {
            QTest::newRow(qPrintable(rule)) << rule << static_cast<int>(Severity::Warning);
        }
        QTest::newRow("V30") << QStringLiteral("V30") << static_cast<int>(Severity::Gate);
        QTest::newRow("V31") << QStringLiteral("V31") << static_cast<int>(Severity::Gate);
    }

    void defaultSeverities()
    {
        QFETCH(QString, rule);
        QFETCH(int, severity);
        QCOMPARE(static_cast<int>(defaultSeverity(rule)), severity);
    }

    void noFullNumberInAnyIssueText()
    {
        // Every bad NIK and KK shape, through the whole household check: no text shows 9+ digits
        // in a row (a NIK or KK number, or enough of one to find the person).
        const QStringList niks{QStringLiteral("337304150380001"),
                               QStringLiteral("33730415038000011"),
                               QStringLiteral("3373043102800001"),
                               QStringLiteral("3373041503800000"),
                               QStringLiteral("9999991503800001"),
                               QStringLiteral("3373 0415 0380 0001"),
                               QStringLiteral("3.37304150380000E+15")};
        static const QRegularExpression longDigits(QStringLiteral("\\d{9,}"));
        for (const QString &nik : niks) {
            Household h = baseline();
            h.members[0].setValue(Field::Nik, nik);
            h.members[1].setValue(Field::Nik, QStringLiteral("3373041503800001"));
            h.members[1].setValue(Field::Sex, QStringLiteral("1"));
            h.setValue(Field::KkNumber, nik);
            h.members[2].setValue(Field::MemberKkNumber, nik);
            const QList<Issue> issues = validateHousehold(h, fullContext());
            QVERIFY(!issues.isEmpty());
            for (const Issue &issue : issues) {
                const QString text = issue.lineText();
                QVERIFY2(!text.contains(longDigits), qPrintable(text));
                for (const QString &a : issue.args) {
                    QVERIFY2(!a.contains(longDigits) || issue.rule == u"V17" || issue.rule == u"V16"
                                 || issue.rule == u"V15",
                             qPrintable(a));
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_Validation.moc"
