// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"
#include "models/core/Rng.h"
#include "models/domain/Household.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <memory>
#include <unordered_map>

namespace verdes {

// The name and religion profile of a family (DOMAIN.md §12). The village has a main profile; a few
// families of other profiles live there too (in-migrants), giving roughly the national religion mix.
enum class DemoProfile : quint8
{
    Jawa,
    Sunda,
    Bali,
    Batak,
    Ntt,
};

// The deliberately planted problems of the demo village (DOMAIN.md §12), each at about 1.5 % of
// the households, so that later data-quality checks (DOMAIN.md §4 W rules, §9) can be tested
// against a known list. docs/demo-village.md gives the rule each one should trigger.
enum class DemoAnomaly : quint8
{
    DeadHead,           // the head has presence 2 (deceased) → HEAD_REPLACEMENT
    DeadMemberInPkh,    // a member deceased (404=2) in a PKH family → MEMBER_DECEASED, TL03
    MovedWithin,        // a member moved within Indonesia (404=3)
    MovedAbroad,        // a member works abroad (404=4, PMI)
    NotFound,           // a member not found (404=6)
    CivilServantInPkh,  // a member is PNS (418=5) in a PKH family → TL04/TL05
    CarOwnerWithPbi,    // asset_car=1 and members with PBI-JK → TL13
    Power2200,          // a 2,200 W meter (power_1=4) → TL13
    NikSexMismatch,     // NIK day without/with +40 against `sex` → V06
    NikDateMismatch,    // NIK DDMMYY differs from `birth_date` → V07
    DuplicateNik,       // a NIK also held by a member of an earlier household → V08
    SharedKk,           // the same KK number as an earlier household → V14
    ChildTooYoung,      // a child only 10 years younger than the head → V24
    MarriedAt16,        // a married member aged 16 → V25
    Age104,             // a member aged 104 → V23
    PoorWithoutDesil,   // poor housing, no desil and no aid → possible exclusion (§9)
    NikEmptyAdult,      // an adult with a KTP but no NIK recorded → V04
    UnknownNikRegion,   // NIK digits 1–6 are no kecamatan → V05
    KkEmpty,            // no KK number → V10
    TwoSpouses,         // two spouses of the head → V13
    PregnantOver55,     // pregnant at 56 → V22
    WorkedZeroHours,    // worked last week with 0 hours → V26
    SchoolTooYoung,     // attends SMA aged 12 → V27
    GatedFieldFilled,   // land_proof filled although the family rents → V28
    HugeFloorArea,      // floor area 1,200 m² → V29
    PensionerInPkh,     // Taspen pension (431f has 16) in a PKH family → TL07
    PbiHighDesil,       // PBI-JK with desil ≥ 6 → inform (§9)
    LuxuryHouse,        // marble floor, ≥ 120 m², AC and gold in a BPNT family → TL06/TL13
    ElderlyAloneNoAid,  // an elderly person living alone with poor housing and no aid → exclusion
    KkUnknownRegion,    // KK prefix 390101, no kecamatan → V11
    FormalJobInPkh,     // the head is an employee with employer JKN (431a = 4) in a PKH family → TL09/TL12
    HighTurnoverInBpnt, // the head's business turns over Rp 167 M+ a month in a BPNT family → TL06/TL11
};

inline constexpr int kDemoAnomalyCount = static_cast<int>(DemoAnomaly::HighTurnoverInBpnt) + 1;

// "dead_head", "nik_sex_mismatch", … stable names for logs, tests and docs.
QString demoAnomalyName(DemoAnomaly anomaly);

struct DemoOptions
{
    int households = 1130;
    quint64 seed = 20260101;
    // The day ages are computed against; required (the generator never reads a clock).
    QDate today;
    DemoProfile profile = DemoProfile::Jawa;
    // A 6-digit kecamatan code of the newest edition; empty = chosen from the seed among the
    // kecamatan of the profile's province.
    QString kecamatanCode;
};

struct DemoPlanted
{
    DemoAnomaly anomaly;
    QString householdId;
    QString personId; // empty when the anomaly concerns the whole household
    // The other record involved: DuplicateNik, the person whose NIK (and identity) was listed again;
    // SharedKk, the household whose KK number was copied. Empty otherwise.
    QString other;
};

// A deterministic, streaming generator of a synthetic village (DOMAIN.md §12): the same options give
// the same households, byte for byte, on every run and machine. Only one household is held at a
// time (plus the NIK/KK serial counters), so 50,000 households stream in constant memory.
// Everything it makes is DATA CONTOH (demo data): no real person.
class DemoVillage final
{
    Q_DECLARE_TR_FUNCTIONS(DemoVillage)

public:
    static constexpr int kMinHouseholds = 1;
    static constexpr int kMaxHouseholds = 100000;

    // The mark every screen and export of demo data carries (DOMAIN.md §12). Not translated: it is
    // the Indonesian label officers know.
    static QString mark() { return QStringLiteral("DATA CONTOH"); }

    // Checks the options and finds the place (kecamatan, fictional village name).
    static Result<std::unique_ptr<DemoVillage>> create(const DemoOptions &options);

    // Whether ten digits are a demo village's code: a kecamatan of the newest edition and village
    // part 2999, absent from every edition (DOMAIN.md §12). `verdes init --demo-village` accepts
    // such a code, which is in no official list, so that a vault can receive a demo CSV.
    static bool isDemoVillageCode(QStringView tenDigits);

    ~DemoVillage();
    Q_DISABLE_COPY_MOVE(DemoVillage)

    const DemoOptions &options() const { return m_options; }

    // 10 digits: the kecamatan code and village part 2999 (absent from every edition).
    const QString &villageCode() const { return m_villageCode; }

    // A fictional name that no village of any edition has ("SUKARAHAYUJATI").
    const QString &villageName() const { return m_villageName; }

    const QString &kecamatanName() const { return m_kecamatanName; }

    // The next household, with its members head first, then by birth date; false after the last.
    bool next(Household &household);
    // Back to the first household: regenerates everything from the seed.
    void rewind();

    // Households produced since the start or the last rewind.
    int produced() const { return m_produced; }

    // The anomalies planted in the households produced so far (in production order).
    const QList<DemoPlanted> &plantedAnomalies() const { return m_planted; }

private:
    explicit DemoVillage(DemoOptions options);
    struct Person;
    struct Layout;

    void buildLayout();
    void generate(Household &household);

    DemoOptions m_options;
    QString m_villageCode;
    QString m_villageName;
    QString m_kecamatanName;
    QString m_regencyName;
    QStringList m_otherKecamatans; // NIK prefixes of in-migrants
    QStringList m_otherPlaces;     // their regencies, as birth places
    qint64 m_latitudeMicro = 0;
    qint64 m_longitudeMicro = 0;

    std::unique_ptr<SeededRng> m_rng;
    std::unique_ptr<Layout> m_layout;
    int m_produced = 0;
    QList<DemoPlanted> m_planted;
    std::unordered_map<quint64, int> m_nikSerials; // prefix+date key → last serial
    std::unordered_map<quint64, int> m_kkSerials;
    std::array<int, kDemoAnomalyCount> m_pending{};
    Member m_lastAdult;        // for the duplicate-NIK anomaly (an adult of an earlier household)
    QString m_lastAdultKk;     // and the KK number of that household
    QString m_lastHouseholdId; // for the shared-KK anomaly
    QString m_lastKk;
};

} // namespace verdes
