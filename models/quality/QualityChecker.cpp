// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/quality/QualityChecker.h"

#include "models/core/Log.h"
#include "models/vault/AuditLog.h"
#include "models/vault/Database.h"
#include "models/vault/Statement.h"
#include "models/vault/Transaction.h"

#include <QElapsedTimer>
#include <QRegularExpression>

namespace verdes {

namespace {

// Age in whole years on :today of an ISO date column (YYYY-MM-DD).
QString ageOf(const QString &column)
{
    return QStringLiteral("(CAST(substr(:today, 1, 4) AS INTEGER) - CAST(substr(%1, 1, 4) AS INTEGER) - "
                          "(substr(:today, 6, 5) < substr(%1, 6, 5)))")
        .arg(column);
}

const QString kActive = QStringLiteral("coalesce(m.presence, 1) IN (1, 5)");
// The evidence separator, U+001F, as SQL.
const QString kSep = QStringLiteral("char(31)");

// The aid the household receives, as evidence items (each followed by the separator).
QString aidEvidence()
{
    return QStringLiteral("(CASE WHEN x.pkh THEN 'prog_pkh=1' || char(31) ELSE '' END || "
                          "CASE WHEN x.bpnt THEN 'prog_bpnt=1' || char(31) ELSE '' END || "
                          "CASE WHEN x.pbi > 0 THEN 'pbi_members=' || x.pbi || char(31) ELSE '' END)");
}

const QString kAid = QStringLiteral("(x.pkh OR x.bpnt OR x.pbi > 0)");

QString itemIf(const QString &condition, const QString &item)
{
    return QStringLiteral("CASE WHEN %1 THEN %2 || char(31) ELSE '' END").arg(condition, item);
}

struct Pass
{
    const char16_t *code; // for logs
    QString sql;
};

QList<Pass> passes(const QualityThresholds &t)
{
    QList<Pass> list;
    const QString insert = QStringLiteral(
        "INSERT INTO temp.qc_new (check_code, household_id, person_id, variant, args, evidence, "
        "suggestion, suggestion_reason) ");
    const QString lowDesilOrAid =
        QStringLiteral("(%1 OR (x.desil IS NOT NULL AND x.desil <= %2))").arg(kAid).arg(t.lowDesilMax);
    const QString desilItem = QStringLiteral("'desil=' || coalesce(x.desil, '') || char(31)");

    // Deceased member or head (presence 2).
    list.append(
        {u"deceased",
         insert
             + QStringLiteral(
                   "SELECT CASE WHEN m.relationship = 1 THEN 'DECEASED_HEAD' ELSE 'DECEASED_MEMBER' END, "
                   "m.household_id, m.person_id, '', coalesce(m.presence_date, ''), "
                   "'presence=2' || char(31) || %1, "
                   "CASE WHEN m.relationship = 1 THEN 'HEAD_REPLACEMENT' ELSE 'MEMBER_DECEASED' END, "
                   "CASE WHEN m.relationship = 1 THEN '' WHEN %2 THEN 'TL03' ELSE '' END "
                   "FROM temp.qc_m m JOIN temp.qc_hh x ON x.hid = m.household_id "
                   "WHERE m.status = 'present' AND m.presence = 2")
                   .arg(itemIf(QStringLiteral("m.presence_date IS NOT NULL"),
                               QStringLiteral("'presence_date=' || m.presence_date")),
                        kAid)});
    // Older than maxAge and still living there (V23).
    list.append(
        {u"very_old",
         insert
             + QStringLiteral("SELECT 'VERY_OLD', m.household_id, m.person_id, '', %1, "
                              "'birth_date=' || m.birth_date || char(31), 'MEMBER_DECEASED', '' "
                              "FROM temp.qc_m m WHERE m.status = 'present' AND %2 AND m.birth_date IS "
                              "NOT NULL AND length(m.birth_date) = 10 AND %1 > %3")
                   .arg(ageOf(QStringLiteral("m.birth_date")), kActive)
                   .arg(t.maxAge)});
    // A member moved, abroad or not found while others still live there.
    list.append(
        {u"member_away",
         insert
             + QStringLiteral("SELECT 'MEMBER_AWAY', m.household_id, m.person_id, '', m.presence, "
                              "'presence=' || m.presence || char(31) || %1, "
                              "CASE m.presence WHEN 3 THEN 'MEMBER_MOVED' WHEN 4 THEN 'MEMBER_ABROAD' ELSE "
                              "'MEMBER_NOT_FOUND' END, "
                              "CASE WHEN m.presence = 6 AND %2 THEN 'TL02' ELSE '' END "
                              "FROM temp.qc_m m JOIN temp.qc_hh x ON x.hid = m.household_id "
                              "WHERE m.status = 'present' AND m.presence IN (3, 4, 6) AND x.active > 0")
                   .arg(itemIf(QStringLiteral("m.presence_date IS NOT NULL"),
                               QStringLiteral("'presence_date=' || m.presence_date")),
                        kAid)});
    // The whole family moved: members away and nobody living there.
    list.append({u"household_moved",
                 insert
                     + QStringLiteral("SELECT 'HOUSEHOLD_MOVED', x.hid, '', '', x.away, "
                                      "'members_away=' || x.away || char(31) || 'members_living_here=0' || "
                                      "char(31), 'HOUSEHOLD_MOVED', CASE WHEN %1 THEN 'TL01' ELSE '' END "
                                      "FROM temp.qc_hh x WHERE x.away > 0 AND x.active = 0")
                           .arg(kAid)});
    // Civil servant, TNI, Polri (418 = 5) in an aid family.
    list.append({u"civil_servant",
                 insert
                     + QStringLiteral("SELECT 'CIVIL_SERVANT', m.household_id, m.person_id, '', '', "
                                      "'employment_status=5' || char(31) || %1, 'INELIGIBLE', "
                                      "CASE WHEN m.relationship = 1 THEN 'TL04' ELSE 'TL05' END "
                                      "FROM temp.qc_m m JOIN temp.qc_hh x ON x.hid = m.household_id "
                                      "WHERE m.status = 'present' AND %2 AND m.employment_status = 5 AND %3")
                           .arg(aidEvidence(), kActive, kAid)});
    // Civil-service pension (431f has 16) in an aid family.
    list.append({u"pension",
                 insert
                     + QStringLiteral("SELECT 'PENSION', m.household_id, m.person_id, '', '', "
                                      "'employment_insurance=' || m.employment_insurance || char(31) || %1, "
                                      "'INELIGIBLE', 'TL07' "
                                      "FROM temp.qc_m m JOIN temp.qc_hh x ON x.hid = m.household_id "
                                      "WHERE m.status = 'present' AND %2 AND m.employment_insurance <> 99 "
                                      "AND (m.employment_insurance & 16) <> 0 AND %3")
                           .arg(aidEvidence(), kActive, kAid)});
    // Employer-paid health insurance (431a has 4) in an aid family.
    list.append(
        {u"formal_job",
         insert
             + QStringLiteral("SELECT 'FORMAL_JOB', m.household_id, m.person_id, '', '', "
                              "'health_insurance=' || m.health_insurance || char(31) || "
                              "CASE WHEN m.employment_status IS NOT NULL THEN 'employment_status=' || "
                              "m.employment_status || char(31) ELSE '' END || %1, 'INELIGIBLE', "
                              "CASE WHEN m.employment_status = 4 THEN 'TL12' ELSE 'TL09' END "
                              "FROM temp.qc_m m JOIN temp.qc_hh x ON x.hid = m.household_id "
                              "WHERE m.status = 'present' AND %2 AND m.health_insurance <> 99 "
                              "AND (m.health_insurance & 4) <> 0 AND %3")
                   .arg(aidEvidence(), kActive, kAid)});
    // Assets inconsistent with a low desil or aid; a meter of 2,200 W or more on its own.
    {
        const QString power = QStringLiteral("(coalesce(h.power_1, 0) >= %1 OR coalesce(h.power_2, 0) >= %1 "
                                             "OR coalesce(h.power_3, 0) >= %1)")
                                  .arg(t.powerCodeMin);
        const QString meters = QStringLiteral(
            "((coalesce(h.power_1, 0) > 0) + (coalesce(h.power_2, 0) > 0) + (coalesce(h.power_3, 0) > 0))");
        const QString soft =
            QStringLiteral("(h.asset_car = 1 OR h.asset_motorboat = 1 OR h.asset_gold_10g = 1 "
                           "OR h.asset_ac = 1 OR %1 >= 2)")
                .arg(meters);
        QString evidence;
        evidence += itemIf(QStringLiteral("h.asset_car = 1"), QStringLiteral("'asset_car=1'"))
                    + QStringLiteral(" || ");
        evidence += itemIf(QStringLiteral("h.asset_motorboat = 1"), QStringLiteral("'asset_motorboat=1'"))
                    + QStringLiteral(" || ");
        evidence += itemIf(QStringLiteral("h.asset_gold_10g = 1"), QStringLiteral("'asset_gold_10g=1'"))
                    + QStringLiteral(" || ");
        evidence +=
            itemIf(QStringLiteral("h.asset_ac = 1"), QStringLiteral("'asset_ac=1'")) + QStringLiteral(" || ");
        for (int n = 1; n <= 3; ++n) {
            evidence += itemIf(QStringLiteral("coalesce(h.power_%1, 0) >= %2").arg(n).arg(t.powerCodeMin),
                               QStringLiteral("'power_%1=' || h.power_%1").arg(n))
                        + QStringLiteral(" || ");
        }
        evidence +=
            itemIf(QStringLiteral("%1 >= 2").arg(meters), QStringLiteral("'meters=' || %1").arg(meters))
            + QStringLiteral(" || ") + desilItem + QStringLiteral(" || ") + aidEvidence();
        list.append({u"assets",
                     insert
                         + QStringLiteral("SELECT 'ASSETS', h.household_id, '', '', '', %1, "
                                          "CASE WHEN %2 THEN 'INELIGIBLE' ELSE 'DATA_UPDATE' END, "
                                          "CASE WHEN %2 THEN 'TL13' ELSE '' END "
                                          "FROM temp.qc_hh h JOIN temp.qc_hh x ON x.hid = h.household_id "
                                          "WHERE %3 OR (%4 AND %5)")
                               .arg(evidence, kAid, power, soft, lowDesilOrAid)});
    }
    // A large house with a marble or ceramic floor.
    list.append(
        {u"large_dwelling",
         insert
             + QStringLiteral("SELECT 'LARGE_DWELLING', h.household_id, '', '', h.floor_area_m2, "
                              "'floor=' || h.floor || char(31) || 'floor_area_m2=' || h.floor_area_m2 || "
                              "char(31) || %1 || %2, "
                              "CASE WHEN %3 THEN 'INELIGIBLE' ELSE 'DATA_UPDATE' END, "
                              "CASE WHEN %3 THEN 'TL06' ELSE '' END "
                              "FROM temp.qc_hh h JOIN temp.qc_hh x ON x.hid = h.household_id "
                              "WHERE h.floor IN (1, 2) AND h.floor_area_m2 >= %4 AND %5")
                   .arg(desilItem, aidEvidence(), kAid)
                   .arg(t.largeFloorAreaM2)
                   .arg(lowDesilOrAid)});
    // A business with a large turnover.
    list.append(
        {u"high_turnover",
         insert
             + QStringLiteral("SELECT 'HIGH_TURNOVER', m.household_id, m.person_id, '', m.business_turnover, "
                              "'business_turnover=' || m.business_turnover || char(31) || %1 || %2, "
                              "CASE WHEN %3 THEN 'INELIGIBLE' ELSE 'DATA_UPDATE' END, "
                              "CASE WHEN %3 THEN 'TL11' ELSE '' END "
                              "FROM temp.qc_m m JOIN temp.qc_hh x ON x.hid = m.household_id "
                              "WHERE m.status = 'present' AND %4 AND m.business_turnover >= %5 AND %6")
                   .arg(desilItem, aidEvidence(), kAid, kActive)
                   .arg(t.turnoverCodeMin)
                   .arg(lowDesilOrAid)});
    // PBI-JK with a high desil.
    list.append(
        {u"pbi_at_risk",
         insert
             + QStringLiteral("SELECT 'PBI_AT_RISK', x.hid, '', '', x.pbi || char(31) || x.desil, "
                              "'pbi_members=' || x.pbi || char(31) || 'desil=' || x.desil || char(31), "
                              "'DATA_UPDATE', '' FROM temp.qc_hh x WHERE x.pbi > 0 AND x.desil >= %1")
                   .arg(t.highDesilMin)});
    // Possibly left out: no desil or a high one, no aid, several signs of poverty.
    {
        const QList<QPair<QString, QString>> signs{
            {QStringLiteral("h.floor = 8"), QStringLiteral("'floor=8'")},
            {QStringLiteral("h.wall IN (4, 6)"), QStringLiteral("'wall=' || h.wall")},
            {QStringLiteral("h.roof = 7"), QStringLiteral("'roof=7'")},
            {QStringLiteral("h.toilet_facility = 6"), QStringLiteral("'toilet_facility=6'")},
            {QStringLiteral("h.water_source IN (6, 8, 9)"),
             QStringLiteral("'water_source=' || h.water_source")},
            {QStringLiteral("h.lighting = 4"), QStringLiteral("'lighting=4'")},
            {QStringLiteral("(h.lighting = 1 AND h.power_1 = 1 AND coalesce(h.power_2, 0) = 0 AND "
                            "coalesce(h.power_3, 0) = 0)"),
             QStringLiteral("'power_1=1'")},
            {QStringLiteral("h.cooking_fuel = 10"), QStringLiteral("'cooking_fuel=10'")},
            {QStringLiteral("x.disabled > 0"), QStringLiteral("'members_with_difficulty=' || x.disabled")},
            {QStringLiteral("(x.active = 1 AND x.oldest >= %1)").arg(t.elderlyAge),
             QStringLiteral("'elderly_alone=1'")},
        };
        QStringList counts;
        QStringList items;
        for (const auto &sign : signs) {
            counts.append(QStringLiteral("coalesce(%1, 0)").arg(sign.first));
            items.append(itemIf(sign.first, sign.second));
        }
        const QString count = QLatin1Char('(') + counts.join(QLatin1String(" + ")) + QLatin1Char(')');
        list.append(
            {u"possible_exclusion",
             insert
                 + QStringLiteral("SELECT 'POSSIBLE_EXCLUSION', h.household_id, '', '', %1, %2 || %3, "
                                  "CASE WHEN x.desil IS NULL THEN 'PROGRAMME' ELSE 'DATA_UPDATE' END, '' "
                                  "FROM temp.qc_hh h JOIN temp.qc_hh x ON x.hid = h.household_id "
                                  "WHERE x.active > 0 AND (x.desil IS NULL OR x.desil >= %4) AND NOT %5 "
                                  "AND %1 >= %6")
                       .arg(count, items.join(QLatin1String(" || ")), desilItem)
                       .arg(t.highDesilMin)
                       .arg(kAid)
                       .arg(t.exclusionSignalsMin)});
    }
    // V08: a NIK on two active members.
    list.append({u"duplicate_nik",
                 insert
                     + QStringLiteral(
                           "SELECT 'DUPLICATE_NIK', m.household_id, m.person_id, '', d.n, "
                           "'nik=' || substr(m.nik, 1, 4) || '••••••••' || substr(m.nik, -4) || char(31) || "
                           "'holders=' || d.n || char(31), 'DUPLICATE', 'TL14' "
                           "FROM (SELECT m.nik AS nik, count(*) AS n FROM temp.qc_m m "
                           "      WHERE m.status = 'present' AND m.nik IS NOT NULL AND %1 "
                           "      GROUP BY m.nik HAVING count(*) > 1) d "
                           "JOIN temp.qc_m m ON m.nik = d.nik "
                           "WHERE m.status = 'present' AND %1")
                           .arg(kActive)});
    // V12: no head or several heads among the active members (a deceased or departed head is its own
    // finding).
    list.append({u"head_count",
                 insert
                     + QStringLiteral("SELECT 'HEAD_COUNT', x.hid, '', '', x.heads, 'heads=' || x.heads || "
                                      "char(31), CASE WHEN x.heads = 0 THEN 'HEAD_REPLACEMENT' ELSE "
                                      "'KK_CHANGE' END, '' FROM temp.qc_hh x WHERE x.active > 0 AND "
                                      "(x.heads > 1 OR (x.heads = 0 AND x.gone_heads = 0))")});
    // V13: several spouses.
    list.append({u"several_spouses",
                 insert
                     + QStringLiteral("SELECT 'SEVERAL_SPOUSES', x.hid, '', '', x.spouses, 'spouses=' || "
                                      "x.spouses || char(31), 'KK_CHANGE', '' FROM temp.qc_hh x "
                                      "WHERE x.spouses > 1")});
    // V14: a KK number on several households.
    list.append({u"shared_kk",
                 insert
                     + QStringLiteral(
                         "SELECT 'SHARED_KK', h.household_id, '', '', d.n, "
                         "'kk_number=' || substr(h.kk_number, 1, 4) || '••••••••' || substr(h.kk_number, -4) "
                         "|| char(31) || 'families=' || d.n || char(31), 'KK_CHANGE', '' "
                         "FROM (SELECT kk_number, count(*) AS n FROM temp.qc_hh WHERE kk_number IS NOT NULL "
                         "      GROUP BY kk_number HAVING count(*) > 1) d "
                         "JOIN temp.qc_hh h ON h.kk_number = d.kk_number")});
    // V24: a child less than 12 years younger, a parent less than 12 years older than the head.
    list.append(
        {u"age_gap",
         insert
             + QStringLiteral(
                   "SELECT 'AGE_GAP', m.household_id, m.person_id, '', "
                   "abs(CAST(substr(m.birth_date, 1, 4) AS INTEGER) - CAST(substr(x.head_birth, 1, 4) "
                   "AS INTEGER)), 'relationship=' || m.relationship || char(31) || 'birth_date=' || "
                   "m.birth_date || char(31) || 'head_birth_date=' || x.head_birth || char(31), "
                   "'DATA_UPDATE', '' "
                   "FROM temp.qc_m m JOIN temp.qc_hh x ON x.hid = m.household_id "
                   "WHERE m.relationship IN (3, 6) AND %1 AND x.heads = 1 AND x.head_plus12 IS NOT NULL "
                   "AND m.birth_date IS NOT NULL AND length(m.birth_date) = 10 "
                   "AND ((m.relationship = 3 AND m.birth_date < x.head_plus12) "
                   "  OR (m.relationship = 6 AND m.birth_date > x.head_minus12))")
                   .arg(kActive)});
    // Stored validation warnings of the configured rules. V04 (NIK empty) only for an adult with a KTP:
    // babies without a NIK are normal.
    {
        static const QRegularExpression rulePattern(QStringLiteral("^[A-Z][0-9]{2}$"));
        QStringList rules;
        for (const QString &rule : t.recordWarningRules) {
            if (rulePattern.match(rule).hasMatch()) {
                rules.append(QLatin1Char('\'') + rule + QLatin1Char('\''));
            }
        }
        if (!rules.isEmpty()) {
            list.append(
                {u"record_warning",
                 insert
                     + QStringLiteral(
                           "SELECT DISTINCT 'RECORD_WARNING', i.household_id, coalesce(i.person_id, ''), "
                           "i.rule || ':' || i.field, i.args, 'rule=' || i.rule || char(31) || 'field=' || "
                           "i.field || char(31), "
                           "CASE WHEN i.rule IN ('V04', 'V05', 'V06', 'V07') THEN 'IDENTITY_CORRECTION' "
                           "WHEN i.rule IN ('V10', 'V11') THEN 'KK_CHANGE' ELSE 'DATA_UPDATE' END, '' "
                           "FROM record_issues i JOIN temp.qc_hh x ON x.hid = i.household_id "
                           "LEFT JOIN temp.qc_m m ON m.person_id = i.person_id "
                           "WHERE i.severity = 3 AND i.rule IN (%1) AND (i.person_id IS NULL OR "
                           "(m.status = 'present' AND %2)) AND (i.rule <> 'V04' OR "
                           "(m.id_documents IS NOT NULL AND (m.id_documents & 4) <> 0 AND m.birth_date IS "
                           "NOT "
                           "NULL AND %3 >= %4))")
                           .arg(rules.join(QLatin1String(", ")),
                                kActive,
                                ageOf(QStringLiteral("m.birth_date")))
                           .arg(t.adultAge)});
        }
    }
    return list;
}

// One narrow copy of the present members with the columns the checks read: the members table is
// wide (50 columns), so every check scanning it would read and decrypt all of it again.
QString prepareMembersSql()
{
    return QStringLiteral(
        "INSERT INTO temp.qc_m (person_id, household_id, status, nik, presence, presence_date, relationship, "
        "birth_date, employment_status, employment_insurance, health_insurance, business_turnover, "
        "id_documents, "
        "disabled) "
        "SELECT person_id, household_id, 'present', nik, presence, presence_date, relationship, birth_date, "
        "employment_status, employment_insurance, health_insurance, business_turnover, id_documents, "
        "coalesce(diff_seeing IN (1, 2) OR diff_hearing IN (1, 2) OR diff_walking IN (1, 2) OR diff_hands IN "
        "(1, 2) OR diff_learning IN (1, 2) OR diff_behaviour IN (1, 2) OR diff_communicating IN (1, 2) OR "
        "diff_selfcare IN (1, 2) OR diff_remembering IN (1, 2), 0) "
        "FROM members WHERE status = 'present'");
}

// The present households with the columns the checks read and their members' counts.
QString prepareHouseholdsSql()
{
    return QStringLiteral(
               "INSERT INTO temp.qc_hh (hid, household_id, kk_number, desil, pkh, bpnt, floor, "
               "floor_area_m2, wall, "
               "roof, toilet_facility, water_source, lighting, power_1, power_2, power_3, cooking_fuel, "
               "asset_car, "
               "asset_motorboat, asset_gold_10g, asset_ac, pbi, active, away, heads, gone_heads, spouses, "
               "head_birth, head_plus12, head_minus12, disabled, oldest) "
               "SELECT h.household_id, h.household_id, h.kk_number, h.desil, coalesce(h.prog_pkh = 1, 0), "
               "coalesce(h.prog_bpnt = 1, 0), h.floor, h.floor_area_m2, h.wall, h.roof, h.toilet_facility, "
               "h.water_source, h.lighting, h.power_1, h.power_2, h.power_3, h.cooking_fuel, h.asset_car, "
               "h.asset_motorboat, h.asset_gold_10g, h.asset_ac, coalesce(a.pbi, 0), coalesce(a.active, 0), "
               "coalesce(a.away, 0), coalesce(a.heads, 0), coalesce(a.gone_heads, 0), coalesce(a.spouses, "
               "0), "
               "a.head_birth, CASE WHEN length(a.head_birth) = 10 THEN date(a.head_birth, '+12 years') END, "
               "CASE WHEN length(a.head_birth) = 10 THEN date(a.head_birth, '-12 years') END, "
               "coalesce(a.disabled, 0), a.oldest "
               "FROM households h LEFT JOIN ("
               "  SELECT m.household_id AS household_id, "
               "  sum(%1 AND m.health_insurance <> 99 AND (m.health_insurance & 1) <> 0) AS pbi, "
               "  sum(%1) AS active, sum(m.presence IN (3, 4, 6)) AS away, "
               "  sum(%1 AND m.relationship = 1) AS heads, "
               "  sum(m.presence IN (2, 3, 4, 6) AND m.relationship = 1) AS gone_heads, "
               "  sum(%1 AND m.relationship = 2) AS spouses, "
               "  max(CASE WHEN %1 AND m.relationship = 1 THEN m.birth_date END) AS head_birth, "
               "  sum(%1 AND m.disabled) AS disabled, "
               "  max(CASE WHEN %1 AND length(m.birth_date) = 10 THEN %2 END) AS oldest "
               "  FROM temp.qc_m m GROUP BY m.household_id) a ON a.household_id = h.household_id "
               "WHERE h.status = 'present'")
        .arg(kActive, ageOf(QStringLiteral("m.birth_date")));
}

Result<void> runSql(Database &db, const QString &sql, const QString &today)
{
    Statement st(db, sql);
    VERDES_TRY(st.status());
    if (sql.contains(QLatin1String(":today"))) {
        st.bind(u":today", today);
    }
    return st.run();
}

QString timestampText(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

QualityChecker::QualityChecker(Database &db, Clock &clock, QualityThresholds thresholds)
    : m_db(db)
    , m_clock(clock)
    , m_thresholds(std::move(thresholds))
{}

qint64 QualityChecker::stepCount()
{
    return static_cast<qint64>(passes(QualityThresholds{}).size()) + 3;
}

Result<QualityRunSummary> QualityChecker::run(const Actor &actor, Progress &control)
{
    VERDES_TRY(actor.require(Action::RunChecks));
    const QList<Pass> checkPasses = passes(m_thresholds);
    const qint64 total = static_cast<qint64>(checkPasses.size()) + 3;
    qint64 done = 0;
    auto step = [&]() -> Result<void> {
        ++done;
        if (!control.advance(done, total)) {
            return Error(ErrorCode::Cancelled);
        }
        return {};
    };
    control.setPhase(tr("Checking the records…"));
    const QDateTime now = m_clock.now();
    const QString nowText = timestampText(now);
    const QString today = now.date().toString(Qt::ISODate);

    Transaction tx(m_db);
    VERDES_TRY(tx.begin());
    VERDES_TRY(m_db.execute(u"DROP TABLE IF EXISTS temp.qc_new"));
    VERDES_TRY(m_db.execute(u"DROP TABLE IF EXISTS temp.qc_hh"));
    VERDES_TRY(m_db.execute(u"DROP TABLE IF EXISTS temp.qc_m"));
    VERDES_TRY(m_db.execute(
        u"CREATE TEMP TABLE qc_new (check_code TEXT NOT NULL, household_id TEXT NOT NULL, person_id TEXT NOT "
        u"NULL, variant TEXT NOT NULL, args TEXT NOT NULL, evidence TEXT NOT NULL, suggestion TEXT NOT NULL, "
        u"suggestion_reason TEXT NOT NULL)"));
    VERDES_TRY(m_db.execute(
        u"CREATE TEMP TABLE qc_hh (hid TEXT PRIMARY KEY, household_id TEXT, kk_number TEXT, desil INTEGER, "
        u"pkh "
        u"INTEGER, bpnt INTEGER, floor INTEGER, floor_area_m2 INTEGER, wall INTEGER, roof INTEGER, "
        u"toilet_facility "
        u"INTEGER, water_source INTEGER, lighting INTEGER, power_1 INTEGER, power_2 INTEGER, power_3 "
        u"INTEGER, "
        u"cooking_fuel INTEGER, asset_car INTEGER, asset_motorboat INTEGER, asset_gold_10g INTEGER, asset_ac "
        u"INTEGER, pbi INTEGER, active INTEGER, away INTEGER, heads INTEGER, gone_heads INTEGER, spouses "
        u"INTEGER, "
        u"head_birth TEXT, head_plus12 TEXT, head_minus12 TEXT, disabled INTEGER, oldest INTEGER) WITHOUT "
        u"ROWID"));
    VERDES_TRY(m_db.execute(
        u"CREATE TEMP TABLE qc_m (person_id TEXT NOT NULL, household_id TEXT NOT NULL, status TEXT NOT NULL, "
        u"nik TEXT, presence INTEGER, presence_date TEXT, relationship INTEGER, birth_date TEXT, "
        u"employment_status INTEGER, employment_insurance INTEGER, health_insurance INTEGER, "
        u"business_turnover "
        u"INTEGER, id_documents INTEGER, disabled INTEGER NOT NULL)"));
    QElapsedTimer prepareTimer;
    prepareTimer.start();
    VERDES_TRY(runSql(m_db, prepareMembersSql(), today));
    qCDebug(lcQuality) << "members copied in" << prepareTimer.elapsed() << "ms";
    VERDES_TRY(m_db.execute(u"CREATE INDEX temp.qc_m_household ON qc_m (household_id)"));
    // Covering for the duplicate-NIK count (nik, presence), and the person lookup of RECORD_WARNING.
    VERDES_TRY(m_db.execute(u"CREATE INDEX temp.qc_m_nik ON qc_m (nik, presence) WHERE nik IS NOT NULL"));
    VERDES_TRY(m_db.execute(u"CREATE INDEX temp.qc_m_person ON qc_m (person_id)"));
    VERDES_TRY(runSql(m_db, prepareHouseholdsSql(), today));
    VERDES_TRY(m_db.execute(u"CREATE INDEX temp.qc_hh_kk ON qc_hh (kk_number) WHERE kk_number IS NOT NULL"));
    qCDebug(lcQuality) << "households prepared in" << prepareTimer.elapsed() << "ms";
    VERDES_TRY(step());

    QElapsedTimer timer;
    for (const Pass &pass : checkPasses) {
        timer.start();
        auto ran = runSql(m_db, pass.sql, today);
        qCDebug(lcQuality) << "pass" << QStringView(pass.code) << timer.elapsed() << "ms";
        if (!ran) {
            qCWarning(lcQuality) << "quality check pass failed:" << QStringView(pass.code);
            return ran.error();
        }
        VERDES_TRY(step());
    }

    timer.start();
    VERDES_TRY(m_db.execute(u"INSERT INTO quality_runs (at, officer_id, households, open_flags, added, "
                            u"reopened, closed) VALUES ('', '', 0, 0, 0, 0, 0)"));
    QualityRunSummary summary;
    summary.runId = m_db.lastInsertRowId();
    VERDES_TRY_ASSIGN(households, m_db.queryInt(u"SELECT count(*) FROM temp.qc_hh"));
    summary.households = households;

    // Counts before the merge: new keys, and keys that come back open.
    VERDES_TRY_ASSIGN(
        added,
        m_db.queryInt(u"SELECT count(*) FROM (SELECT DISTINCT check_code, household_id, person_id, "
                      u"variant FROM temp.qc_new) n WHERE NOT EXISTS (SELECT 1 FROM quality_flags f "
                      u"WHERE f.check_code = n.check_code AND f.household_id = n.household_id AND "
                      u"f.person_id = n.person_id AND f.variant = n.variant)"));
    summary.added = added;
    VERDES_TRY_ASSIGN(
        reopened,
        m_db.queryInt(
            u"SELECT count(*) FROM quality_flags f JOIN (SELECT check_code, household_id, person_id, "
            u"variant, max(evidence) AS evidence FROM temp.qc_new GROUP BY 1, 2, 3, 4) n ON "
            u"f.check_code = n.check_code AND f.household_id = n.household_id AND f.person_id = "
            u"n.person_id AND f.variant = n.variant WHERE f.status = 'closed' OR (f.status = "
            u"'dismissed' AND f.evidence <> n.evidence)"));
    summary.reopened = reopened;

    {
        Statement merge(
            m_db,
            u"INSERT INTO quality_flags (check_code, household_id, person_id, variant, args, evidence, "
            u"suggestion, "
            u"suggestion_reason, status, first_seen, last_seen, last_run) "
            u"SELECT check_code, household_id, person_id, variant, max(args), max(evidence), "
            u"max(suggestion), "
            u"max(suggestion_reason), 'open', :now, :now, :run FROM temp.qc_new WHERE true "
            u"GROUP BY check_code, household_id, person_id, variant "
            u"ON CONFLICT (check_code, household_id, person_id, variant) DO UPDATE SET "
            u"status = CASE WHEN quality_flags.status = 'dismissed' AND quality_flags.evidence = "
            u"excluded.evidence "
            u"  THEN 'dismissed' ELSE 'open' END, "
            u"dismissed_by = CASE WHEN quality_flags.status = 'dismissed' AND quality_flags.evidence = "
            u"  excluded.evidence THEN quality_flags.dismissed_by END, "
            u"dismissed_by_name = CASE WHEN quality_flags.status = 'dismissed' AND quality_flags.evidence = "
            u"  excluded.evidence THEN quality_flags.dismissed_by_name END, "
            u"dismissed_at = CASE WHEN quality_flags.status = 'dismissed' AND quality_flags.evidence = "
            u"  excluded.evidence THEN quality_flags.dismissed_at END, "
            u"dismiss_reason = CASE WHEN quality_flags.status = 'dismissed' AND quality_flags.evidence = "
            u"  excluded.evidence THEN quality_flags.dismiss_reason END, "
            u"first_seen = CASE WHEN quality_flags.status = 'closed' THEN excluded.first_seen ELSE "
            u"  quality_flags.first_seen END, "
            u"args = excluded.args, evidence = excluded.evidence, suggestion = excluded.suggestion, "
            u"suggestion_reason = excluded.suggestion_reason, last_seen = excluded.last_seen, "
            u"last_run = excluded.last_run");
        VERDES_TRY(merge.status());
        merge.bind(u":now", nowText);
        merge.bind(u":run", summary.runId);
        VERDES_TRY(merge.run());
    }
    VERDES_TRY(step());
    {
        Statement close(
            m_db,
            u"UPDATE quality_flags SET status = 'closed', last_seen = :now WHERE status <> 'closed' "
            u"AND last_run <> :run");
        VERDES_TRY(close.status());
        close.bind(u":now", nowText);
        close.bind(u":run", summary.runId);
        VERDES_TRY(close.run());
        summary.closed = m_db.changes();
    }
    qCDebug(lcQuality) << "merged in" << timer.elapsed() << "ms";
    VERDES_TRY_ASSIGN(open, m_db.queryInt(u"SELECT count(*) FROM quality_flags WHERE status = 'open'"));
    VERDES_TRY_ASSIGN(dismissed,
                      m_db.queryInt(u"SELECT count(*) FROM quality_flags WHERE status = 'dismissed'"));
    summary.open = open;
    summary.dismissed = dismissed;
    {
        Statement record(
            m_db,
            u"UPDATE quality_runs SET at = :at, officer_id = :officer, households = :households, "
            u"open_flags = :open, added = :added, reopened = :reopened, closed = :closed "
            u"WHERE run_id = :run");
        VERDES_TRY(record.status());
        record.bind(u":at", nowText);
        record.bind(u":officer", actor.isRecovery() ? QStringLiteral("recovery") : actor.officerId);
        record.bind(u":households", summary.households);
        record.bind(u":open", summary.open);
        record.bind(u":added", summary.added);
        record.bind(u":reopened", summary.reopened);
        record.bind(u":closed", summary.closed);
        record.bind(u":run", summary.runId);
        VERDES_TRY(record.run());
    }
    AuditLog audit(m_db, m_clock);
    VERDES_TRY(audit.append(actor,
                            {QStringLiteral("checks.run"),
                             QStringLiteral("vault"),
                             QString::number(summary.runId),
                             QString(),
                             {QString::number(summary.households),
                              QString::number(summary.open),
                              QString::number(summary.added),
                              QString::number(summary.reopened),
                              QString::number(summary.closed)}}));
    VERDES_TRY(m_db.execute(u"DROP TABLE temp.qc_new"));
    VERDES_TRY(m_db.execute(u"DROP TABLE temp.qc_hh"));
    VERDES_TRY(m_db.execute(u"DROP TABLE temp.qc_m"));
    VERDES_TRY(step());
    VERDES_TRY(tx.commit());
    qCInfo(lcQuality) << "quality checks:" << summary.households << "households," << summary.open
                      << "open flags," << summary.added << "new," << summary.closed << "closed";
    return summary;
}

} // namespace verdes
