// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/demo/DemoRowSource.h"
#include "models/domain/RegionTable.h"
#include "models/domain/Validation.h"
#include "models/io/SnapshotImporter.h"
#include "models/jobs/ImportJob.h"
#include "models/jobs/QualityCheckJob.h"
#include "models/quality/QualityCheckRepository.h"
#include "models/quality/QualityChecker.h"
#include "models/quality/QualityFlagRepository.h"
#include "models/quality/QualityText.h"
#include "models/quality/SnapshotAge.h"
#include "models/vault/AuditLog.h"
#include "models/vault/Database.h"
#include "models/vault/Statement.h"
#include "models/vault/Transaction.h"
#include "tests/support/FakeClock.h"
#include "tests/support/RecordingProgress.h"
#include "tests/support/ScratchVault.h"

#include <QHash>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace verdes;

namespace {

const QDate kToday(2026, 11, 23);

Actor operatorActor()
{
    Actor a;
    a.officerId = QStringLiteral("officer-1");
    a.name = QStringLiteral("Operator Uji");
    a.role = Role::Operator;
    return a;
}

Actor viewerActor()
{
    Actor a;
    a.officerId = QStringLiteral("officer-2");
    a.name = QStringLiteral("Pemantau Uji");
    a.role = Role::Viewer;
    return a;
}

// "col=value;col=value" → an INSERT of those columns (plus the required ones).
Result<void> insertRow(Database &db, const QString &table, QList<QPair<QString, QString>> columns)
{
    QStringList names;
    QStringList params;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        names.append(columns.at(i).first);
        params.append(QStringLiteral("?%1").arg(i + 1));
    }
    names.append(QStringLiteral("content_hash"));
    params.append(QStringLiteral("x''"));
    Statement st(db,
                 QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                     .arg(table, names.join(QLatin1String(", ")), params.join(QLatin1String(", "))));
    VERDES_TRY(st.status());
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const QString &value = columns.at(i).second;
        bool isNumber = false;
        const qint64 number = value.toLongLong(&isNumber);
        const bool textColumn = columns.at(i).first.endsWith(QLatin1String("_id"))
                                || columns.at(i).first == QLatin1String("nik")
                                || columns.at(i).first.contains(QLatin1String("kk_number"))
                                || columns.at(i).first.endsWith(QLatin1String("date"));
        if (value == QLatin1String("NULL")) {
            st.bindNullAt(static_cast<int>(i + 1));
        } else if (isNumber && !textColumn) {
            st.bindAt(static_cast<int>(i + 1), number);
        } else {
            st.bindAt(static_cast<int>(i + 1), QStringView(value));
        }
    }
    return st.run();
}

QList<QPair<QString, QString>> parseColumns(const QString &spec)
{
    QList<QPair<QString, QString>> columns;
    for (const QString &part : spec.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        columns.append({part.left(eq).trimmed(), part.mid(eq + 1).trimmed()});
    }
    return columns;
}

// Households separated by "##"; in each, the household's columns, then its members, separated by "|".
// Household i gets id "h<i>", its member j the person id "h<i>-p<j>". Members default to head first.
Result<void> buildVault(Database &db, const QString &spec)
{
    const QStringList households = spec.split(QStringLiteral("##"));
    for (qsizetype h = 0; h < households.size(); ++h) {
        const QStringList parts = households.at(h).split(QLatin1Char('|'));
        const QString hid = QStringLiteral("h%1").arg(h);
        auto hcols = parseColumns(parts.first());
        hcols.prepend({QStringLiteral("household_id"), hid});
        VERDES_TRY(insertRow(db, QStringLiteral("households"), hcols));
        for (qsizetype m = 1; m < parts.size(); ++m) {
            auto mcols = parseColumns(parts.at(m));
            mcols.prepend({QStringLiteral("ordinal"), QString::number(m)});
            mcols.prepend({QStringLiteral("household_id"), hid});
            mcols.prepend({QStringLiteral("person_id"), QStringLiteral("%1-p%2").arg(hid).arg(m - 1)});
            VERDES_TRY(insertRow(db, QStringLiteral("members"), mcols));
        }
    }
    return {};
}

qint64 count(Database &db, QStringView sql)
{
    auto n = db.queryInt(sql);
    return n ? *n : -1;
}

// The checks to run against the demo village's planted anomalies: the check code, and for
// RECORD_WARNING the rule.
QPair<QString, QString> expectedCheck(DemoAnomaly anomaly)
{
    const auto rw = [](const char *rule) {
        return QPair<QString, QString>(QStringLiteral("RECORD_WARNING"), QString::fromLatin1(rule));
    };
    const auto c = [](const char *code) {
        return QPair<QString, QString>(QString::fromLatin1(code), QString());
    };
    switch (anomaly) {
    case DemoAnomaly::DeadHead:
        return c("DECEASED_HEAD");
    case DemoAnomaly::DeadMemberInPkh:
        return c("DECEASED_MEMBER");
    case DemoAnomaly::MovedWithin:
    case DemoAnomaly::MovedAbroad:
    case DemoAnomaly::NotFound:
        return c("MEMBER_AWAY");
    case DemoAnomaly::CivilServantInPkh:
        return c("CIVIL_SERVANT");
    case DemoAnomaly::CarOwnerWithPbi:
    case DemoAnomaly::Power2200:
        return c("ASSETS");
    case DemoAnomaly::NikSexMismatch:
        return rw("V06");
    case DemoAnomaly::NikDateMismatch:
        return rw("V07");
    case DemoAnomaly::DuplicateNik:
        return c("DUPLICATE_NIK");
    case DemoAnomaly::SharedKk:
        return c("SHARED_KK");
    case DemoAnomaly::ChildTooYoung:
        return c("AGE_GAP");
    case DemoAnomaly::MarriedAt16:
        return rw("V25");
    case DemoAnomaly::Age104:
        return c("VERY_OLD");
    case DemoAnomaly::PoorWithoutDesil:
    case DemoAnomaly::ElderlyAloneNoAid:
        return c("POSSIBLE_EXCLUSION");
    case DemoAnomaly::NikEmptyAdult:
        return rw("V04");
    case DemoAnomaly::UnknownNikRegion:
        return rw("V05");
    case DemoAnomaly::KkEmpty:
        return rw("V10");
    case DemoAnomaly::TwoSpouses:
        return c("SEVERAL_SPOUSES");
    case DemoAnomaly::PregnantOver55:
        return rw("V22");
    case DemoAnomaly::WorkedZeroHours:
        return rw("V26");
    case DemoAnomaly::SchoolTooYoung:
        return rw("V27");
    case DemoAnomaly::GatedFieldFilled:
        return rw("V28");
    case DemoAnomaly::HugeFloorArea:
        return rw("V29");
    case DemoAnomaly::PensionerInPkh:
        return c("PENSION");
    case DemoAnomaly::PbiHighDesil:
        return c("PBI_AT_RISK");
    case DemoAnomaly::LuxuryHouse:
        return c("LARGE_DWELLING");
    case DemoAnomaly::KkUnknownRegion:
        return rw("V11");
    case DemoAnomaly::FormalJobInPkh:
        return c("FORMAL_JOB");
    case DemoAnomaly::HighTurnoverInBpnt:
        return c("HIGH_TURNOVER");
    }
    return {};
}

const QString kHead = QStringLiteral("relationship=1;birth_date=1970-05-01;sex=1");
const QString kSpouse = QStringLiteral("relationship=2;birth_date=1972-05-01;sex=2");

} // namespace

class TestQualityChecks : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    // A new migrated vault in the test folder.
    std::unique_ptr<Database> freshVault(test::ScratchVault **keep = nullptr)
    {
        Q_UNUSED(keep)
        m_vaults.push_back(
            std::make_unique<test::ScratchVault>(m_dir.filePath(QStringLiteral("v%1.db").arg(++m_counter))));
        auto db = m_vaults.back()->create();
        if (!db) {
            qWarning("%s", qPrintable(db.error().detail));
            return nullptr;
        }
        return std::move(*db);
    }

    std::vector<std::unique_ptr<test::ScratchVault>> m_vaults;

private Q_SLOTS:

    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void snapshotAgeAfterAQuarter_data()
    {
        QTest::addColumn<int>("daysLater");
        QTest::addColumn<bool>("stale");
        QTest::newRow("same day") << 0 << false;
        QTest::newRow("89 days") << 89 << false;
        QTest::newRow("90 days") << 90 << false;
        QTest::newRow("91 days") << 91 << true;
        QTest::newRow("a year") << 365 << true;
    }

    void snapshotAgeAfterAQuarter()
    {
        QFETCH(int, daysLater);
        QFETCH(bool, stale);
        auto db = freshVault();
        QVERIFY(db);
        const QDate imported(2026, 3, 2);
        QCOMPARE(SnapshotAge::of(*db, imported).value(), std::nullopt); // nothing imported yet
        auto village = test::importDemoVillage(*db, 5, 4, imported);
        QVERIFY2(village, village ? "" : qPrintable(village.error().detail));
        auto age = SnapshotAge::of(*db, imported.addDays(daysLater));
        QVERIFY(age && age->has_value());
        QCOMPARE((*age)->importedOn, imported);
        QCOMPARE((*age)->days, qint64(daysLater));
        QCOMPARE((*age)->stale, stale);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const QString warning = SnapshotAge::warning(**age);
        QCOMPARE(warning.isEmpty(), !stale);
        if (stale) {
            QVERIFY(warning.contains(QStringLiteral("March 2, 2026")));
            QVERIFY(warning.contains(QString::number(daysLater)));
        }
    }

    void codesRoundTrip()
    {
        QSet<QString> codes;
        for (QualityCheck check : allQualityChecks()) {
            const QString code = qualityCheckCode(check);
            QVERIFY(!code.isEmpty());
            QVERIFY(!codes.contains(code));
            codes.insert(code);
            QCOMPARE(qualityCheckFromCode(code), std::optional<QualityCheck>(check));
            QVERIFY(!QualityText::label(check).isEmpty());
        }
        QCOMPARE(qualityCheckFromCode(u"NO_SUCH_CHECK"), std::nullopt);
    }

    void checkFires_data()
    {
        QTest::addColumn<QString>("vault");
        QTest::addColumn<QString>("check");
        QTest::addColumn<QString>("household"); // expected household id, empty = must not fire
        QTest::addColumn<QString>("person");    // expected person id ('' for household-level)

        const QString pkh = QStringLiteral("desil=2;prog_pkh=1");
        QTest::newRow("deceased member fires")
            << pkh + QStringLiteral("|") + kHead
                   + QStringLiteral("|relationship=3;presence=2;presence_date=2026-02-01")
            << "DECEASED_MEMBER"
            << "h0"
            << "h0-p1";
        QTest::newRow("living member does not")
            << pkh + QStringLiteral("|") + kHead + QStringLiteral("|relationship=3;presence=1")
            << "DECEASED_MEMBER"
            << ""
            << "";
        QTest::newRow("deceased head fires")
            << QStringLiteral("desil=3|relationship=1;presence=2|") + kSpouse << "DECEASED_HEAD"
            << "h0"
            << "h0-p0";
        QTest::newRow("deceased head is not a member finding")
            << QStringLiteral("desil=3|relationship=1;presence=2|") + kSpouse << "DECEASED_MEMBER"
            << ""
            << "";
        QTest::newRow("age 101 fires")
            << QStringLiteral("desil=3|") + kHead + QStringLiteral("|relationship=6;birth_date=1925-11-23")
            << "VERY_OLD"
            << "h0"
            << "h0-p1";
        QTest::newRow("age 100 does not")
            << QStringLiteral("desil=3|") + kHead + QStringLiteral("|relationship=6;birth_date=1925-11-24")
            << "VERY_OLD"
            << ""
            << "";
        QTest::newRow("age 101 but deceased: not very old")
            << QStringLiteral("desil=3|") + kHead
                   + QStringLiteral("|relationship=6;birth_date=1920-01-01;presence=2")
            << "VERY_OLD"
            << ""
            << "";
        QTest::newRow("moved within Indonesia")
            << QStringLiteral("desil=3|") + kHead + QStringLiteral("|relationship=3;presence=3")
            << "MEMBER_AWAY"
            << "h0"
            << "h0-p1";
        QTest::newRow("abroad") << QStringLiteral("desil=3|") + kHead
                                       + QStringLiteral("|relationship=3;presence=4")
                                << "MEMBER_AWAY"
                                << "h0"
                                << "h0-p1";
        QTest::newRow("not found") << QStringLiteral("desil=3|") + kHead
                                          + QStringLiteral("|relationship=3;presence=6")
                                   << "MEMBER_AWAY"
                                   << "h0"
                                   << "h0-p1";
        QTest::newRow("new member is not away")
            << QStringLiteral("desil=3|") + kHead + QStringLiteral("|relationship=3;presence=5")
            << "MEMBER_AWAY"
            << ""
            << "";
        QTest::newRow("whole family moved")
            << QStringLiteral("desil=3|relationship=1;presence=3|relationship=2;presence=6")
            << "HOUSEHOLD_MOVED"
            << "h0"
            << "";
        QTest::newRow("whole family moved: no member finding")
            << QStringLiteral("desil=3|relationship=1;presence=3|relationship=2;presence=6") << "MEMBER_AWAY"
            << ""
            << "";
        QTest::newRow("one stays: family not moved")
            << QStringLiteral("desil=3|relationship=1;presence=1|relationship=2;presence=3")
            << "HOUSEHOLD_MOVED"
            << ""
            << "";
        QTest::newRow("civil servant in PKH")
            << pkh + QStringLiteral("|") + kHead + QStringLiteral("|relationship=2;employment_status=5")
            << "CIVIL_SERVANT"
            << "h0"
            << "h0-p1";
        QTest::newRow("civil servant with PBI")
            << QStringLiteral("desil=4|relationship=1;employment_status=5;health_insurance=1")
            << "CIVIL_SERVANT"
            << "h0"
            << "h0-p0";
        QTest::newRow("civil servant without aid") << QStringLiteral(
            "desil=8;prog_pkh=2;prog_bpnt=2|relationship=1;employment_status=5;health_insurance=4")
                                                   << "CIVIL_SERVANT"
                                                   << ""
                                                   << "";
        QTest::newRow("pension in BPNT")
            << QStringLiteral("desil=3;prog_bpnt=1|relationship=1;employment_insurance=19") << "PENSION"
            << "h0"
            << "h0-p0";
        QTest::newRow("old-age insurance is no pension")
            << QStringLiteral("desil=3;prog_bpnt=1|relationship=1;employment_insurance=7") << "PENSION"
            << ""
            << "";
        QTest::newRow("pension 99 is unknown")
            << QStringLiteral("desil=3;prog_bpnt=1|relationship=1;employment_insurance=99") << "PENSION"
            << ""
            << "";
        QTest::newRow("employer JKN in PKH")
            << pkh + QStringLiteral("|relationship=1;health_insurance=4") << "FORMAL_JOB"
            << "h0"
            << "h0-p0";
        QTest::newRow("self-paid JKN in PKH")
            << pkh + QStringLiteral("|relationship=1;health_insurance=2") << "FORMAL_JOB"
            << ""
            << "";
        QTest::newRow("car, desil 1") << QStringLiteral("desil=1;asset_car=1|") + kHead << "ASSETS"
                                      << "h0"
                                      << "";
        QTest::newRow("car, desil 6, no aid") << QStringLiteral("desil=6;asset_car=1|") + kHead << "ASSETS"
                                              << ""
                                              << "";
        QTest::newRow("gold, desil 5") << QStringLiteral("desil=5;asset_gold_10g=1|") + kHead << "ASSETS"
                                       << "h0"
                                       << "";
        QTest::newRow("AC, desil 8 with PBI")
            << QStringLiteral("desil=8;asset_ac=1|relationship=1;health_insurance=1") << "ASSETS"
            << "h0"
            << "";
        QTest::newRow("2,200 W at any desil")
            << QStringLiteral("desil=9;lighting=1;power_1=4|") + kHead << "ASSETS"
            << "h0"
            << "";
        QTest::newRow("1,300 W, desil 9")
            << QStringLiteral("desil=9;lighting=1;power_1=3|") + kHead << "ASSETS"
            << ""
            << "";
        QTest::newRow("two meters, desil 4")
            << QStringLiteral("desil=4;lighting=1;power_1=2;power_2=1|") + kHead << "ASSETS"
            << "h0"
            << "";
        QTest::newRow("no assets, desil 1")
            << QStringLiteral("desil=1;asset_motorcycle=1|") + kHead << "ASSETS"
            << ""
            << "";
        QTest::newRow("120 m² ceramic, desil 3")
            << QStringLiteral("desil=3;floor=2;floor_area_m2=120|") + kHead << "LARGE_DWELLING"
            << "h0"
            << "";
        QTest::newRow("119 m² ceramic, desil 3")
            << QStringLiteral("desil=3;floor=2;floor_area_m2=119|") + kHead << "LARGE_DWELLING"
            << ""
            << "";
        QTest::newRow("200 m² cement, desil 3")
            << QStringLiteral("desil=3;floor=6;floor_area_m2=200|") + kHead << "LARGE_DWELLING"
            << ""
            << "";
        QTest::newRow("200 m² marble, desil 9")
            << QStringLiteral("desil=9;floor=1;floor_area_m2=200|") + kHead << "LARGE_DWELLING"
            << ""
            << "";
        QTest::newRow("turnover 4, desil 5")
            << QStringLiteral("desil=5|relationship=1;business_turnover=4") << "HIGH_TURNOVER"
            << "h0"
            << "h0-p0";
        QTest::newRow("turnover 3, desil 5")
            << QStringLiteral("desil=5|relationship=1;business_turnover=3") << "HIGH_TURNOVER"
            << ""
            << "";
        QTest::newRow("PBI, desil 6")
            << QStringLiteral("desil=6|relationship=1;health_insurance=1") << "PBI_AT_RISK"
            << "h0"
            << "";
        QTest::newRow("PBI, desil 5")
            << QStringLiteral("desil=5|relationship=1;health_insurance=1") << "PBI_AT_RISK"
            << ""
            << "";
        QTest::newRow("unknown insurance, desil 7")
            << QStringLiteral("desil=7|relationship=1;health_insurance=99") << "PBI_AT_RISK"
            << ""
            << "";
        const QString poor = QStringLiteral("floor=8;wall=4;cooking_fuel=10");
        QTest::newRow("3 signs, no desil, no aid")
            << poor + QStringLiteral("|") + kHead << "POSSIBLE_EXCLUSION"
            << "h0"
            << "";
        QTest::newRow("3 signs, desil 7, no aid")
            << QStringLiteral("desil=7;") + poor + QStringLiteral("|") + kHead << "POSSIBLE_EXCLUSION"
            << "h0"
            << "";
        QTest::newRow("2 signs, no desil")
            << QStringLiteral("floor=8;wall=4|") + kHead << "POSSIBLE_EXCLUSION"
            << ""
            << "";
        QTest::newRow("elderly alone counts")
            << QStringLiteral("floor=8;wall=4|relationship=1;birth_date=1950-01-01") << "POSSIBLE_EXCLUSION"
            << "h0"
            << "";
        QTest::newRow("3 signs, desil 5")
            << QStringLiteral("desil=5;") + poor + QStringLiteral("|") + kHead << "POSSIBLE_EXCLUSION"
            << ""
            << "";
        QTest::newRow("3 signs, no desil, PKH")
            << QStringLiteral("prog_pkh=1;") + poor + QStringLiteral("|") + kHead << "POSSIBLE_EXCLUSION"
            << ""
            << "";
        QTest::newRow("duplicate NIK across families") << QStringLiteral(
            "desil=3|relationship=1;nik=3310041505700001##desil=4|relationship=1;nik=3310041505700002|"
            "relationship=2;nik=3310041505700001") << "DUPLICATE_NIK"
                                                       << "h1"
                                                       << "h1-p1";
        QTest::newRow("NIK of a deceased member is no duplicate") << QStringLiteral(
            "desil=3|relationship=1;nik=3310041505700001;presence=2##desil=4|relationship=1;"
            "nik=3310041505700001") << "DUPLICATE_NIK"
                                                                  << ""
                                                                  << "";
        QTest::newRow("shared KK") << QStringLiteral("kk_number=3310040101200001|") + kHead
                                          + QStringLiteral("##kk_number=3310040101200001|") + kHead
                                   << "SHARED_KK"
                                   << "h1"
                                   << "";
        QTest::newRow("different KK") << QStringLiteral("kk_number=3310040101200001|") + kHead
                                             + QStringLiteral("##kk_number=3310040101200002|") + kHead
                                      << "SHARED_KK"
                                      << ""
                                      << "";
        QTest::newRow("two heads") << QStringLiteral("desil=3|") + kHead + QStringLiteral("|") + kHead
                                   << "HEAD_COUNT"
                                   << "h0"
                                   << "";
        QTest::newRow("no head") << QStringLiteral("desil=3|") + kSpouse << "HEAD_COUNT"
                                 << "h0"
                                 << "";
        QTest::newRow("one head") << QStringLiteral("desil=3|") + kHead + QStringLiteral("|") + kSpouse
                                  << "HEAD_COUNT"
                                  << ""
                                  << "";
        QTest::newRow("two spouses") << QStringLiteral("desil=3|") + kHead + QStringLiteral("|") + kSpouse
                                            + QStringLiteral("|") + kSpouse
                                     << "SEVERAL_SPOUSES"
                                     << "h0"
                                     << "";
        QTest::newRow("one spouse, one former")
            << QStringLiteral("desil=3|") + kHead + QStringLiteral("|") + kSpouse
                   + QStringLiteral("|relationship=2;presence=2")
            << "SEVERAL_SPOUSES"
            << ""
            << "";
        QTest::newRow("child 10 years younger")
            << QStringLiteral("desil=3|") + kHead + QStringLiteral("|relationship=3;birth_date=1980-05-01")
            << "AGE_GAP"
            << "h0"
            << "h0-p1";
        QTest::newRow("child 12 years younger")
            << QStringLiteral("desil=3|") + kHead + QStringLiteral("|relationship=3;birth_date=1982-05-01")
            << "AGE_GAP"
            << ""
            << "";
        QTest::newRow("parent 5 years older")
            << QStringLiteral("desil=3|") + kHead + QStringLiteral("|relationship=6;birth_date=1965-05-01")
            << "AGE_GAP"
            << "h0"
            << "h0-p1";
        QTest::newRow("parent 25 years older")
            << QStringLiteral("desil=3|") + kHead + QStringLiteral("|relationship=6;birth_date=1945-05-01")
            << "AGE_GAP"
            << ""
            << "";
        QTest::newRow("missing household is not checked")
            << QStringLiteral("desil=3;status=missing|relationship=1;presence=2") << "DECEASED_HEAD"
            << ""
            << "";
    }

    void checkFires()
    {
        QFETCH(QString, vault);
        QFETCH(QString, check);
        QFETCH(QString, household);
        QFETCH(QString, person);
        auto db = freshVault();
        QVERIFY(db);
        auto built = buildVault(*db, vault);
        QVERIFY2(built, qPrintable(built ? QString() : built.error().detail));
        test::FakeClock clock(QDateTime(kToday, QTime(10, 0), Qt::UTC));
        QualityChecker checker(*db, clock);
        auto run = checker.run(operatorActor());
        QVERIFY2(run, qPrintable(run ? QString() : run.error().detail));
        QualityFlagRepository repo(*db, clock);
        auto flags = repo.open(check);
        QVERIFY(flags);
        if (household.isEmpty()) {
            QVERIFY2(flags->isEmpty(),
                     qPrintable(flags->isEmpty() ? QString() : flags->first().evidenceText()));
            return;
        }
        // Duplicates flag every holder; the others fire once.
        QVERIFY(!flags->isEmpty());
        QVERIFY(flags->size() <= 2);
        QualityFlag flag = flags->first();
        for (const QualityFlag &candidate : *flags) {
            if (candidate.householdId == household && candidate.personId == person) {
                flag = candidate;
            }
        }
        QCOMPARE(flag.householdId, household);
        QCOMPARE(flag.personId, person);
        QVERIFY(!flag.evidence.isEmpty());
        QVERIFY(!flag.reasonText().isEmpty());
        QVERIFY(!flag.evidenceText().isEmpty());
        QVERIFY(!flag.suggestion().isEmpty());
        QCOMPARE(flag.suggestion().householdId, household);
        QCOMPARE(flag.suggestion().personId, person);
        QCOMPARE(flag.status, FlagStatus::Open);
    }

    void recordWarnings_data()
    {
        QTest::addColumn<QString>("member");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<bool>("fires");
        QTest::newRow("V06 fires") << "relationship=1;birth_date=1970-01-01"
                                   << "V06" << true;
        QTest::newRow("V04 adult with KTP") << "relationship=1;birth_date=1970-01-01;id_documents=5"
                                            << "V04" << true;
        QTest::newRow("V04 baby") << "relationship=1;birth_date=2026-01-01;id_documents=1"
                                  << "V04" << false;
        QTest::newRow("V04 adult without KTP") << "relationship=1;birth_date=1970-01-01;id_documents=0"
                                               << "V04" << false;
        QTest::newRow("V16 is not a flag") << "relationship=1;birth_date=1970-01-01"
                                           << "V16" << false;
    }

    void recordWarnings()
    {
        QFETCH(QString, member);
        QFETCH(QString, rule);
        QFETCH(bool, fires);
        auto db = freshVault();
        QVERIFY(db);
        QVERIFY(buildVault(*db, QStringLiteral("desil=3|") + member));
        Statement st(*db,
                     u"INSERT INTO record_issues (household_id, person_id, rule, severity, field, args) "
                     u"VALUES ('h0', 'h0-p0', ?1, 3, 'nik', '')");
        st.bindAt(1, QStringView(rule));
        QVERIFY(st.run());
        test::FakeClock clock(QDateTime(kToday, QTime(10, 0), Qt::UTC));
        QVERIFY(QualityChecker(*db, clock).run(operatorActor()));
        auto flags = QualityFlagRepository(*db, clock).open(QStringLiteral("RECORD_WARNING"));
        QVERIFY(flags);
        QCOMPARE(flags->size(), fires ? 1 : 0);
        if (fires) {
            QCOMPARE(flags->first().variant, rule + QStringLiteral(":nik"));
            // The rule id stays in the variant (a tooltip shows it), not in the sentence (issue 11 §3).
            QVERIFY(!flags->first().reasonText().isEmpty());
            QVERIFY(!flags->first().reasonText().contains(rule));
        }
    }

    void thresholdsAreConfigurable()
    {
        auto db = freshVault();
        QVERIFY(db);
        QVERIFY(buildVault(*db,
                           QStringLiteral("desil=3|") + kHead
                               + QStringLiteral("|relationship=6;birth_date=1930-01-01")));
        test::FakeClock clock(QDateTime(kToday, QTime(10, 0), Qt::UTC));
        QualityThresholds t;
        t.maxAge = 90;
        QVERIFY(QualityChecker(*db, clock, t).run(operatorActor()));
        QCOMPARE(
            count(*db,
                  u"SELECT count(*) FROM quality_flags WHERE check_code = 'VERY_OLD' AND status = 'open'"),
            1);
        QVERIFY(QualityChecker(*db, clock).run(operatorActor()));
        QCOMPARE(
            count(*db,
                  u"SELECT count(*) FROM quality_flags WHERE check_code = 'VERY_OLD' AND status = 'open'"),
            0);
        QCOMPARE(
            count(*db,
                  u"SELECT count(*) FROM quality_flags WHERE check_code = 'VERY_OLD' AND status = 'closed'"),
            1);
    }

    void suggestionIsPrefilled()
    {
        auto db = freshVault();
        QVERIFY(db);
        QVERIFY(buildVault(
            *db, QStringLiteral("desil=2;prog_pkh=1|relationship=1;employment_status=5|") + kSpouse));
        test::FakeClock clock(QDateTime(kToday, QTime(10, 0), Qt::UTC));
        QVERIFY(QualityChecker(*db, clock).run(operatorActor()));
        auto flags = QualityFlagRepository(*db, clock).open(QStringLiteral("CIVIL_SERVANT"));
        QVERIFY(flags);
        QCOMPARE(flags->size(), 1);
        const FlagSuggestion s = flags->first().suggestion();
        QCOMPARE(s.proposalType, QStringLiteral("INELIGIBLE"));
        QCOMPARE(s.reasonCode, QStringLiteral("TL04"));
        QCOMPARE(s.householdId, QStringLiteral("h0"));
        QCOMPARE(s.personId, QStringLiteral("h0-p0"));
        QVERIFY(flags->first().evidence.contains(QStringLiteral("employment_status=5")));
        QVERIFY(flags->first().evidence.contains(QStringLiteral("prog_pkh=1")));
        QVERIFY2(flags->first().evidenceText().contains(QStringLiteral("Employment status: ")),
                 qPrintable(flags->first().evidenceText()));
        QVERIFY(!flags->first().evidenceText().contains(QStringLiteral("employment_status")));
    }

    void evidenceIsPlainWords()
    {
        // Field labels and code labels from the field table, never column ids or rule ids (issue 11 §3).
        QCOMPARE(QualityText::evidenceItem(QStringLiteral("presence=2")),
                 QStringLiteral("Presence: Deceased"));
        QCOMPARE(QualityText::evidence({QStringLiteral("asset_car=1"), QStringLiteral("desil=1")}),
                 QStringLiteral("Car: Yes; Decile (desil): Decile 1 (poorest)"));
        QCOMPARE(QualityText::evidence({QStringLiteral("rule=V23"), QStringLiteral("desil=")}),
                 QStringLiteral("Decile (desil): none yet"));
        QCOMPARE(QualityText::evidenceItem(QStringLiteral("nik=3310041505700001")),
                 QStringLiteral("NIK: 3310••••••••0001"));
        QVERIFY(!QualityText::evidenceItem(QStringLiteral("field=floor_area_m2")).contains(u'_'));
        QVERIFY(!QualityText::evidenceItem(QStringLiteral("pbi_members=2")).contains(u'_'));
        // A date in the sentence is said in full, not as stored ("2025-08-11").
        QualityFlag deceased;
        deceased.checkCode = QStringLiteral("DECEASED_MEMBER");
        deceased.args = {QStringLiteral("2025-08-11")};
        QCOMPARE(QualityText::reason(deceased),
                 QStringLiteral("Recorded as deceased on 11 August 2025 but still listed in the family."));
    }

    void nikIsMaskedInEvidence()
    {
        auto db = freshVault();
        QVERIFY(db);
        QVERIFY(
            buildVault(*db,
                       QStringLiteral("desil=3|relationship=1;nik=3310041505700001##desil=4|relationship=1;"
                                      "nik=3310041505700001")));
        test::FakeClock clock(QDateTime(kToday, QTime(10, 0), Qt::UTC));
        QVERIFY(QualityChecker(*db, clock).run(operatorActor()));
        QCOMPARE(count(*db, u"SELECT count(*) FROM quality_flags WHERE check_code = 'DUPLICATE_NIK'"), 2);
        QCOMPARE(count(*db, u"SELECT count(*) FROM quality_flags WHERE evidence LIKE '%3310041505700001%'"),
                 0);
        QCOMPARE(count(*db, u"SELECT count(*) FROM quality_flags WHERE evidence LIKE '%3310••••••••0001%'"),
                 2);
    }

    void dismissalKeptOnRerun()
    {
        auto db = freshVault();
        QVERIFY(db);
        QVERIFY(buildVault(*db,
                           QStringLiteral("desil=2;prog_pkh=1|") + kHead
                               + QStringLiteral("|relationship=3;presence=2;presence_date=2026-02-01")));
        test::FakeClock clock(QDateTime(kToday, QTime(10, 0), Qt::UTC));
        QVERIFY(QualityChecker(*db, clock).run(operatorActor()));
        QualityFlagRepository repo(*db, clock);
        auto flags = repo.forHousehold(QStringLiteral("h0"));
        QVERIFY(flags);
        QCOMPARE(flags->size(), 1);
        const qint64 id = flags->first().id;
        const qint64 auditBefore = count(*db, u"SELECT count(*) FROM audit_log");
        auto dismissed = repo.dismiss(operatorActor(), id, QStringLiteral("  Already proposed last month  "));
        QVERIFY2(dismissed, qPrintable(dismissed ? QString() : describe(dismissed.error())));
        QCOMPARE(count(*db, u"SELECT count(*) FROM audit_log"), auditBefore + 1);
        AuditLog audit(*db, clock);
        auto entries = audit.forHousehold(QStringLiteral("h0"));
        QVERIFY(entries);
        QCOMPARE(entries->size(), 1);
        QCOMPARE(entries->first().action, QStringLiteral("flag.dismiss"));
        QCOMPARE(entries->first().objectType, QStringLiteral("flag"));
        QCOMPARE(entries->first().objectId, QString::number(id));
        QCOMPARE(
            entries->first().args,
            QStringList({QStringLiteral("DECEASED_MEMBER"), QStringLiteral("Already proposed last month")}));
        QVERIFY(audit.verify()->intact());

        clock.advanceSeconds(3600);
        auto rerun = QualityChecker(*db, clock).run(operatorActor());
        QVERIFY(rerun);
        QCOMPARE(rerun->open, 0);
        QCOMPARE(rerun->dismissed, 1);
        QCOMPARE(rerun->added, 0);
        QCOMPARE(rerun->reopened, 0);
        auto after = repo.flag(id);
        QVERIFY(after);
        QCOMPARE(after->status, FlagStatus::Dismissed);
        QCOMPARE(after->dismissReason, QStringLiteral("Already proposed last month"));
        QCOMPARE(after->dismissedByName, QStringLiteral("Operator Uji"));
        QVERIFY(repo.forHousehold(QStringLiteral("h0"))->isEmpty());
        QCOMPARE(repo.forHousehold(QStringLiteral("h0"), true)->size(), 1);
    }

    void dismissalReopenedWhenEvidenceChanges()
    {
        auto db = freshVault();
        QVERIFY(db);
        QVERIFY(buildVault(*db,
                           QStringLiteral("desil=2;prog_pkh=1|") + kHead
                               + QStringLiteral("|relationship=3;presence=2;presence_date=2026-02-01")));
        test::FakeClock clock(QDateTime(kToday, QTime(10, 0), Qt::UTC));
        QVERIFY(QualityChecker(*db, clock).run(operatorActor()));
        QualityFlagRepository repo(*db, clock);
        const qint64 id = repo.forHousehold(QStringLiteral("h0"))->first().id;
        QVERIFY(repo.dismiss(operatorActor(), id, QStringLiteral("wrong date, asked Dukcapil")));
        QVERIFY(db->execute(u"UPDATE members SET presence_date = '2026-03-01' WHERE person_id = 'h0-p1'"));
        auto rerun = QualityChecker(*db, clock).run(operatorActor());
        QVERIFY(rerun);
        QCOMPARE(rerun->reopened, 1);
        QCOMPARE(rerun->open, 1);
        auto after = repo.flag(id);
        QVERIFY(after);
        QCOMPARE(after->status, FlagStatus::Open);
        QVERIFY(after->dismissReason.isEmpty());
        QVERIFY(after->evidence.contains(QStringLiteral("presence_date=2026-03-01")));
    }

    void flagClosedWhenSignalGoesAndReopensWhenBack()
    {
        auto db = freshVault();
        QVERIFY(db);
        QVERIFY(buildVault(
            *db, QStringLiteral("desil=3|") + kHead + QStringLiteral("|relationship=3;presence=3")));
        test::FakeClock clock(QDateTime(kToday, QTime(10, 0), Qt::UTC));
        auto first = QualityChecker(*db, clock).run(operatorActor());
        QVERIFY(first);
        QCOMPARE(first->added, 1);
        QCOMPARE(first->open, 1);
        QVERIFY(db->execute(u"UPDATE members SET presence = 1 WHERE person_id = 'h0-p1'"));
        auto second = QualityChecker(*db, clock).run(operatorActor());
        QVERIFY(second);
        QCOMPARE(second->closed, 1);
        QCOMPARE(second->open, 0);
        QCOMPARE(count(*db, u"SELECT count(*) FROM quality_flags WHERE status = 'closed'"), 1);
        QVERIFY(db->execute(u"UPDATE members SET presence = 3 WHERE person_id = 'h0-p1'"));
        auto third = QualityChecker(*db, clock).run(operatorActor());
        QVERIFY(third);
        QCOMPARE(third->reopened, 1);
        QCOMPARE(third->added, 0);
        QCOMPARE(third->open, 1);
        QCOMPARE(count(*db, u"SELECT count(*) FROM quality_flags"), 1);
        QCOMPARE(count(*db, u"SELECT count(*) FROM quality_runs"), 3);
    }

    void dismissNeedsReason_data()
    {
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << "";
        QTest::newRow("spaces") << "   \t ";
    }

    void dismissNeedsReason()
    {
        QFETCH(QString, reason);
        auto db = freshVault();
        QVERIFY(db);
        QVERIFY(buildVault(*db, QStringLiteral("desil=3|relationship=1;presence=2")));
        test::FakeClock clock(QDateTime(kToday, QTime(10, 0), Qt::UTC));
        QVERIFY(QualityChecker(*db, clock).run(operatorActor()));
        QualityFlagRepository repo(*db, clock);
        const qint64 id = repo.open()->first().id;
        const qint64 auditBefore = count(*db, u"SELECT count(*) FROM audit_log");
        auto result = repo.dismiss(operatorActor(), id, reason);
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::FlagReasonRequired);
        QVERIFY(!describe(result.error()).isEmpty());
        QCOMPARE(repo.flag(id)->status, FlagStatus::Open);
        QCOMPARE(count(*db, u"SELECT count(*) FROM audit_log"), auditBefore);
    }

    void viewerMayNotDismissOrRun()
    {
        auto db = freshVault();
        QVERIFY(db);
        QVERIFY(buildVault(*db, QStringLiteral("desil=3|relationship=1;presence=2")));
        test::FakeClock clock(QDateTime(kToday, QTime(10, 0), Qt::UTC));
        auto refused = QualityChecker(*db, clock).run(viewerActor());
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);
        QCOMPARE(count(*db, u"SELECT count(*) FROM quality_flags"), 0);
        QCOMPARE(count(*db, u"SELECT count(*) FROM audit_log"), 0);

        QVERIFY(QualityChecker(*db, clock).run(operatorActor()));
        QualityFlagRepository repo(*db, clock);
        const qint64 id = repo.open()->first().id;
        const qint64 auditBefore = count(*db, u"SELECT count(*) FROM audit_log");
        auto result = repo.dismiss(viewerActor(), id, QStringLiteral("not my job"));
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::PermissionDenied);
        QCOMPARE(repo.flag(id)->status, FlagStatus::Open);
        QCOMPARE(count(*db, u"SELECT count(*) FROM audit_log"), auditBefore);

        // The chair may run the checks but not dismiss.
        Actor chair = operatorActor();
        chair.role = Role::Chair;
        QVERIFY(QualityChecker(*db, clock).run(chair));
        QCOMPARE(repo.dismiss(chair, id, QStringLiteral("reason")).error().code, ErrorCode::PermissionDenied);
        // The recovery key neither.
        QCOMPARE(QualityChecker(*db, clock).run(Actor::recovery()).error().code,
                 ErrorCode::NotAllowedAsRecovery);
    }

    void dismissUnknownOrClosedFlag()
    {
        auto db = freshVault();
        QVERIFY(db);
        QVERIFY(buildVault(*db, QStringLiteral("desil=3|relationship=1;presence=2")));
        test::FakeClock clock(QDateTime(kToday, QTime(10, 0), Qt::UTC));
        QVERIFY(QualityChecker(*db, clock).run(operatorActor()));
        QualityFlagRepository repo(*db, clock);
        QCOMPARE(repo.dismiss(operatorActor(), 9999, QStringLiteral("x")).error().code,
                 ErrorCode::FlagNotFound);
        const qint64 id = repo.open()->first().id;
        QVERIFY(repo.dismiss(operatorActor(), id, QStringLiteral("first")));
        QCOMPARE(repo.dismiss(operatorActor(), id, QStringLiteral("again")).error().code,
                 ErrorCode::FlagNotFound);
        QCOMPARE(repo.flag(id)->dismissReason, QStringLiteral("first"));
    }

    void runIsAudited()
    {
        auto db = freshVault();
        QVERIFY(db);
        QVERIFY(buildVault(
            *db,
            QStringLiteral("desil=3|relationship=1;presence=2##desil=6|relationship=1;health_insurance=1")));
        test::FakeClock clock(QDateTime(kToday, QTime(10, 0), Qt::UTC));
        auto run = QualityChecker(*db, clock).run(operatorActor());
        QVERIFY(run);
        QCOMPARE(run->households, 2);
        AuditLog audit(*db, clock);
        auto entries = audit.recent(5);
        QVERIFY(entries);
        QCOMPARE(entries->size(), 1);
        const AuditEntry &e = entries->first();
        QCOMPARE(e.action, QStringLiteral("checks.run"));
        QCOMPARE(e.officerName, QStringLiteral("Operator Uji"));
        QCOMPARE(e.args.value(0), QStringLiteral("2"));
        QCOMPARE(e.args.value(1), QString::number(run->open));
        QCOMPARE(e.args.value(2), QString::number(run->added));
        QVERIFY(audit.verify()->intact());
    }

    // The checks' SQL on its own (QualityCheckRepository), step by step as the checker runs it: the
    // passes find, the merge opens flags and the run's row keeps the figures; a run whose passes find
    // nothing closes every open flag.
    void checkRepositoryOnItsOwn()
    {
        auto db = freshVault();
        QVERIFY(db);
        QVERIFY(buildVault(
            *db,
            QStringLiteral("desil=3|relationship=1;presence=2##desil=6|relationship=1;health_insurance=1")));
        const qsizetype passes = QualityCheckRepository::passCount(QualityThresholds{});
        QCOMPARE(QualityChecker::stepCount(), passes + 3);
        QualityThresholds noRules;
        noRules.recordWarningRules.clear();
        QCOMPARE(QualityCheckRepository::passCount(noRules), passes - 1); // no RECORD_WARNING pass
        const QString now = QStringLiteral("2026-11-23T10:00:00.000Z");
        {
            Transaction tx(*db);
            QVERIFY(tx.begin());
            QualityCheckRepository checks(*db, QualityThresholds{}, kToday.toString(Qt::ISODate));
            QCOMPARE(checks.passCount(), passes);
            QVERIFY(checks.prepare());
            QCOMPARE(checks.householdCount().value(), 2);
            QStringList names;
            for (qsizetype pass = 0; pass < checks.passCount(); ++pass) {
                auto ran = checks.runPass(pass);
                QVERIFY2(ran, ran ? "" : qPrintable(ran.error().detail));
                names << checks.passName(pass).toString();
            }
            QCOMPARE(names.first(), QStringLiteral("deceased"));
            QCOMPARE(names.last(), QStringLiteral("record_warning"));
            QCOMPARE(names.size(), QSet<QString>(names.begin(), names.end()).size());
            const qint64 added = checks.newFlagCount().value();
            QVERIFY(added >= 2); // DECEASED_HEAD in h0, PBI_AT_RISK in h1
            QCOMPARE(checks.reopenedFlagCount().value(), 0);
            auto runId = checks.beginRun();
            QVERIFY(runId);
            QVERIFY(checks.merge(*runId, now));
            QCOMPARE(checks.closeUnseen(*runId, now).value(), 0);
            QCOMPARE(checks.flagCount(u"open").value(), added);
            QCOMPARE(checks.flagCount(u"dismissed").value(), 0);
            QVERIFY(checks.finishRun({*runId, now, QStringLiteral("officer-1"), 2, added, added, 0, 0}));
            QVERIFY(checks.dropScratch());
            QVERIFY(tx.commit());
            QCOMPARE(count(*db,
                           u"SELECT count(*) FROM quality_runs WHERE at = '2026-11-23T10:00:00.000Z' AND "
                           u"officer_id = 'officer-1' AND households = 2 AND closed = 0"),
                     1);
            QCOMPARE(count(*db, u"SELECT open_flags FROM quality_runs"), added);
        }
        auto flags = QualityFlagRepository(*db).forHousehold(QStringLiteral("h0"));
        QVERIFY(flags);
        QCOMPARE(flags->size(), 1);
        QCOMPARE(flags->first().checkCode, QStringLiteral("DECEASED_HEAD"));
        QCOMPARE(flags->first().firstSeen, QDateTime(kToday, QTime(10, 0), Qt::UTC));

        // No pass run: nothing is seen again, so every open flag closes.
        const qint64 openBefore = QualityFlagRepository(*db).openCount().value();
        QVERIFY(openBefore >= 2);
        Transaction tx(*db);
        QVERIFY(tx.begin());
        QualityCheckRepository checks(*db, QualityThresholds{}, kToday.toString(Qt::ISODate));
        QVERIFY(checks.prepare());
        auto runId = checks.beginRun();
        QVERIFY(runId);
        QVERIFY(checks.merge(*runId, now));
        QCOMPARE(checks.closeUnseen(*runId, now).value(), openBefore);
        QCOMPARE(checks.flagCount(u"open").value(), 0);
        QVERIFY(checks.dropScratch());
    }

    // The people of the households with an open flag, named for the `checks` listing.
    void flaggedHouseholdsNameTheirMembers()
    {
        auto db = freshVault();
        QVERIFY(db);
        QVERIFY(buildVault(*db,
                           QStringLiteral("desil=3|relationship=1;presence=2;name=BUDI SANTOSO;"
                                          "nik=3373041111880009|relationship=2;name=SITI AMINAH##desil=6|")
                               + kHead));
        test::FakeClock clock(QDateTime(kToday, QTime(10, 0), Qt::UTC));
        QualityFlagRepository repo(*db, clock);
        QVERIFY(repo.membersOfFlaggedHouseholds().value().isEmpty()); // no flag yet
        QVERIFY(QualityChecker(*db, clock).run(operatorActor()));
        QSet<QString> flagged;
        const QList<QualityFlag> open = repo.open().value();
        for (const QualityFlag &flag : open) {
            flagged.insert(flag.householdId);
        }
        QVERIFY(flagged.contains(QStringLiteral("h0")));
        auto members = repo.membersOfFlaggedHouseholds();
        QVERIFY(members);
        QSet<QString> households;
        QHash<QString, FlaggedHouseholdMember> byPerson;
        for (const FlaggedHouseholdMember &member : *members) {
            households.insert(member.householdId);
            byPerson.insert(member.personId, member);
        }
        QCOMPARE(households, flagged);
        // The deceased head is named too: a flag about a household names its head.
        QCOMPARE(byPerson.value(QStringLiteral("h0-p0")),
                 (FlaggedHouseholdMember{QStringLiteral("h0-p0"),
                                         QStringLiteral("h0"),
                                         QStringLiteral("BUDI SANTOSO"),
                                         QStringLiteral("3373041111880009"),
                                         true}));
        QCOMPARE(
            byPerson.value(QStringLiteral("h0-p1")),
            (FlaggedHouseholdMember{
                QStringLiteral("h0-p1"), QStringLiteral("h0"), QStringLiteral("SITI AMINAH"), {}, false}));

        // Dismissing the flags takes the household out.
        const QList<QualityFlag> ofH0 = repo.forHousehold(QStringLiteral("h0")).value();
        for (const QualityFlag &flag : ofH0) {
            QVERIFY(repo.dismiss(operatorActor(), flag.id, QStringLiteral("checked")));
        }
        const QList<FlaggedHouseholdMember> after = repo.membersOfFlaggedHouseholds().value();
        for (const FlaggedHouseholdMember &member : after) {
            QCOMPARE_NE(member.householdId, QStringLiteral("h0"));
        }
    }

    // The progress-and-cancel protocol (models/core/Progress.h): one report per SQL pass, growing
    // to stepCount(); a cancel at any of them, the last included (it comes before the commit),
    // rolls the whole run back.
    void progressCountsEveryPassAndACancelAtAnyPassRollsBack()
    {
        auto db = freshVault();
        QVERIFY(db);
        QVERIFY(buildVault(*db, QStringLiteral("desil=3|relationship=1;presence=2")));
        test::FakeClock clock(QDateTime(kToday, QTime(10, 0), Qt::UTC));
        const qint64 steps = QualityChecker::stepCount();
        QVERIFY(steps > 3);
        for (int at = 1; at <= steps; ++at) {
            test::RecordingProgress stop;
            stop.cancelAtReport = at;
            auto run = QualityChecker(*db, clock).run(operatorActor(), stop);
            QVERIFY2(!run, qPrintable(QString::number(at)));
            QCOMPARE(run.error().code, ErrorCode::Cancelled);
            QCOMPARE(stop.reports.size(), qsizetype(at)); // it stopped at that pass
            QCOMPARE(count(*db, u"SELECT count(*) FROM quality_flags"), 0);
            QCOMPARE(count(*db, u"SELECT count(*) FROM quality_runs"), 0);
            QCOMPARE(count(*db, u"SELECT count(*) FROM audit_log"), 0);
        }
        test::RecordingProgress progress;
        QVERIFY(QualityChecker(*db, clock).run(operatorActor(), progress));
        QVERIFY(progress.monotoneToTotal());
        QCOMPARE(progress.reports.size(), qsizetype(steps));
        QCOMPARE(progress.reports.constLast().second, steps);
        QCOMPARE(progress.phases, QStringList{QualityChecker::tr("Checking the records…")});
        QCOMPARE(count(*db, u"SELECT count(*) FROM quality_flags"), 1);
    }

    void cancelRollsBack()
    {
        auto db = freshVault();
        QVERIFY(db);
        QVERIFY(buildVault(*db, QStringLiteral("desil=3|relationship=1;presence=2")));
        test::FakeClock clock(QDateTime(kToday, QTime(10, 0), Qt::UTC));
        test::RecordingProgress control;
        control.cancelAtReport = 3;
        auto run = QualityChecker(*db, clock).run(operatorActor(), control);
        QVERIFY(!run);
        QCOMPARE(run.error().code, ErrorCode::Cancelled);
        QCOMPARE(count(*db, u"SELECT count(*) FROM quality_flags"), 0);
        QCOMPARE(count(*db, u"SELECT count(*) FROM quality_runs"), 0);
        QCOMPARE(count(*db, u"SELECT count(*) FROM audit_log"), 0);
        // The temporary tables went with the rollback: a new run works.
        QVERIFY(QualityChecker(*db, clock).run(operatorActor()));
        QCOMPARE(count(*db, u"SELECT count(*) FROM quality_flags"), 1);
    }

    void jobRunsAndReportsProgress()
    {
        m_vaults.push_back(std::make_unique<test::ScratchVault>(
            m_dir.filePath(QStringLiteral("job%1.db").arg(++m_counter))));
        {
            auto db = m_vaults.back()->create();
            QVERIFY(db);
            QVERIFY(buildVault(**db, QStringLiteral("desil=3|relationship=1;presence=2")));
        }
        test::FakeClock clock(QDateTime(kToday, QTime(10, 0), Qt::UTC));
        QualityCheckJob job(m_vaults.back()->connector(), operatorActor(), clock);
        qint64 lastDone = 0;
        qint64 lastTotal = 0;
        connect(&job, &Job::progress, this, [&](qint64 done, qint64 total) {
            lastDone = done;
            lastTotal = total;
        });
        job.runHere();
        QVERIFY2(job.result(), qPrintable(job.result() ? QString() : job.result().error().detail));
        QCOMPARE(job.result()->open, 1);
        QCOMPARE(lastTotal, QualityChecker::stepCount());
        QCOMPARE(lastDone, lastTotal);
    }

    void cancelledJobLeavesNothing()
    {
        m_vaults.push_back(std::make_unique<test::ScratchVault>(
            m_dir.filePath(QStringLiteral("job%1.db").arg(++m_counter))));
        {
            auto db = m_vaults.back()->create();
            QVERIFY(db);
            QVERIFY(buildVault(**db, QStringLiteral("desil=3|relationship=1;presence=2")));
        }
        test::FakeClock clock(QDateTime(kToday, QTime(10, 0), Qt::UTC));
        QualityCheckJob job(m_vaults.back()->connector(), operatorActor(), clock);
        job.cancel();
        job.runHere();
        QVERIFY(!job.result());
        QCOMPARE(job.result().error().code, ErrorCode::Cancelled);
        auto db = m_vaults.back()->open();
        QVERIFY(db);
        QCOMPARE(count(**db, u"SELECT count(*) FROM quality_flags"), 0);
    }

    void importJobRunsChecksAfterwards_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<bool>("checked");
        QTest::newRow("operator") << int(Role::Operator) << true;
        QTest::newRow("viewer: import only") << int(Role::Viewer) << false;
    }

    void importJobRunsChecksAfterwards()
    {
        QFETCH(int, role);
        QFETCH(bool, checked);
        DemoOptions options;
        options.households = 80;
        options.seed = 11;
        options.today = kToday;
        const QString csv = m_dir.filePath(QStringLiteral("import%1.csv").arg(++m_counter));
        QVERIFY(DemoRowSource::writeCsv(csv, options));
        auto village = DemoVillage::create(options);
        QVERIFY(village);
        m_vaults.push_back(std::make_unique<test::ScratchVault>(
            m_dir.filePath(QStringLiteral("imp%1.db").arg(++m_counter))));
        QVERIFY(m_vaults.back()->create());
        test::FakeClock clock(QDateTime(kToday, QTime(10, 0), Qt::UTC));
        const ValidationContext context{kToday, &RegionTable::instance(), (*village)->villageCode()};
        ImportJob job(m_vaults.back()->connector(), csv, ImportOptions{}, context, clock);
        Actor actor = operatorActor();
        actor.role = static_cast<Role>(role);
        job.setRunChecksAs(actor);
        job.runHere();
        QVERIFY(job.result());
        QVERIFY(job.result()->imported);
        QCOMPARE(job.checksResult().has_value(), checked);
        auto db = m_vaults.back()->open();
        QVERIFY(db);
        if (checked) {
            QVERIFY(*job.checksResult());
            QVERIFY((*job.checksResult())->open > 0);
            QCOMPARE(count(**db, u"SELECT count(*) FROM quality_flags WHERE status = 'open'"),
                     (*job.checksResult())->open);
            QCOMPARE(count(**db, u"SELECT count(*) FROM audit_log WHERE action = 'checks.run'"), 1);
        } else {
            QCOMPARE(count(**db, u"SELECT count(*) FROM quality_flags"), 0);
        }
    }

    void demoPlantedAnomaliesAreFlagged()
    {
        DemoOptions options;
        options.households = 1130;
        options.seed = 20260101;
        options.today = kToday;
        auto source = DemoRowSource::create(options);
        QVERIFY(source);
        auto db = freshVault();
        QVERIFY(db);
        test::FakeClock clock(QDateTime(kToday, QTime(10, 0), Qt::UTC));
        const ValidationContext context{kToday, &RegionTable::instance(), (*source)->village().villageCode()};
        SnapshotImporter importer(*db, context, clock);
        ImportOptions importOptions;
        importOptions.kind = ImportOptions::Kind::Demo;
        importOptions.officerId = QStringLiteral("Operator Demo");
        auto report = importer.run(**source, importOptions);
        QVERIFY(report);
        QVERIFY(report->imported);
        const QList<DemoPlanted> planted = (*source)->village().plantedAnomalies();
        QVERIFY(planted.size() > 100);

        auto run = QualityChecker(*db, clock).run(operatorActor());
        QVERIFY2(run, qPrintable(run ? QString() : run.error().detail));
        auto flags = QualityFlagRepository(*db, clock).open();
        QVERIFY(flags);

        // The records a planted anomaly involves: its household, and the other record (DuplicateNik:
        // the person whose NIK was copied; SharedKk: the household whose KK number was copied).
        QSet<QString> plantedHouseholds;
        QSet<QString> plantedOthers;
        QSet<int> kindsSeen;
        for (const DemoPlanted &p : planted) {
            plantedHouseholds.insert(p.householdId);
            if (!p.other.isEmpty()) {
                plantedOthers.insert(p.other);
            }
            kindsSeen.insert(static_cast<int>(p.anomaly));
            const auto expected = expectedCheck(p.anomaly);
            bool found = false;
            for (const QualityFlag &f : *flags) {
                if (f.householdId != p.householdId || f.checkCode != expected.first) {
                    continue;
                }
                if (!expected.second.isEmpty() && !f.variant.startsWith(expected.second + QLatin1Char(':'))) {
                    continue;
                }
                if (expected.second.isEmpty() && !f.personId.isEmpty() && !p.personId.isEmpty()
                    && f.personId != p.personId) {
                    continue;
                }
                found = true;
                break;
            }
            QVERIFY2(found,
                     qPrintable(QStringLiteral("%1 in %2 (%3) not flagged by %4 %5")
                                    .arg(demoAnomalyName(p.anomaly),
                                         p.householdId,
                                         p.personId,
                                         expected.first,
                                         expected.second)));
        }
        // Every kind of anomaly was planted at least once, so every mapping above was exercised.
        QCOMPARE(kindsSeen.size(), kDemoAnomalyCount);

        QHash<QString, int> clean;
        int cleanTotal = 0;
        for (const QualityFlag &f : *flags) {
            if (!plantedHouseholds.contains(f.householdId) && !plantedOthers.contains(f.householdId)
                && !plantedOthers.contains(f.personId)) {
                ++clean[f.checkCode];
                ++cleanTotal;
            }
        }
        QStringList breakdown;
        for (auto it = clean.cbegin(); it != clean.cend(); ++it) {
            breakdown.append(QStringLiteral("%1 %2").arg(it.key()).arg(it.value()));
        }
        breakdown.sort();
        qInfo("demo village (1,130 households, seed 20260101): %lld open flags, %d planted anomalies; "
              "%d flags on households without a planted anomaly: %s",
              static_cast<long long>(run->open),
              static_cast<int>(planted.size()),
              cleanTotal,
              qPrintable(breakdown.join(QLatin1String(", "))));
    }
};

QTEST_GUILESS_MAIN(TestQualityChecks)
#include "tst_QualityChecks.moc"
