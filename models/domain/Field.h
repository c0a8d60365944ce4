// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <optional>
#include <span>

namespace verdes {

// Every registry column of DOMAIN.md §3 in CSV order (household table, then member table), then
// instrument_version: 120 in all. One concept, one name: the enum, the SQL column, the CSV column and
// the UI label all come from the table in Field.cpp.
enum class Field : quint8
{
    // Household (Blocks I, III, V)
    HouseholdId,
    VillageCode,
    Dusun,
    Rw,
    Rt,
    SlsCode,
    SubSlsCode,
    Address,
    BuildingNo,
    FamilyNo,
    KkNumber,
    FamilyStatus,
    Latitude,
    Longitude,
    Desil,
    PlnCustomerId,
    ProgBpnt,
    ProgBpntPeriod,
    ProgPkh,
    ProgPkhPeriod,
    ProgBltDd,
    ProgBltDdPeriod,
    ProgElectricitySubsidy,
    ProgElectricitySubsidyPeriod,
    ProgRegionalAid,
    ProgRegionalAidPeriod,
    ProgFertiliserSubsidy,
    ProgFertiliserSubsidyPeriod,
    ProgLpgSubsidy,
    ProgLpgSubsidyPeriod,
    Tenure,
    LandProof,
    FloorAreaM2,
    Floor,
    Wall,
    Roof,
    WaterSource,
    WaterSepticDistance,
    Lighting,
    Power1,
    Power2,
    Power3,
    CookingFuel,
    ToiletFacility,
    ToiletType,
    FaecesDisposal,
    AssetLpg5kg,
    AssetFridge,
    AssetAc,
    AssetWaterHeater,
    AssetLandline,
    AssetTv,
    AssetGold10g,
    AssetComputer,
    AssetMotorcycle,
    AssetBicycle,
    AssetCar,
    AssetBoat,
    AssetMotorboat,
    AssetSmartphone,
    LivestockCattle,
    LivestockBuffalo,
    LivestockHorse,
    LivestockPig,
    LivestockGoatSheep,
    LandElsewhere,
    HouseElsewhere,
    InternetAccess,
    BankAccount,
    // Member (Block IV plus KK-card fields)
    PersonId,
    Nik,
    Name,
    MemberKkNumber,
    Presence,
    PresenceDate,
    Sex,
    BirthPlace,
    BirthDate,
    MaritalStatus,
    Relationship,
    Religion,
    Pregnant,
    IdDocuments,
    SchoolParticipation,
    SchoolLevel,
    SchoolGrade,
    Diploma,
    WorkedLastWeek,
    WorkHours,
    WorkSector,
    EmploymentStatus,
    Npwp,
    HasBusiness,
    BusinessCount,
    BusinessSector,
    BusinessPaidWorkers,
    BusinessUnpaidWorkers,
    BusinessLicence,
    BusinessTurnover,
    BusinessInternet,
    Nutrition,
    DiffSeeing,
    DiffHearing,
    DiffWalking,
    DiffHands,
    DiffLearning,
    DiffBehaviour,
    DiffCommunicating,
    DiffSelfcare,
    DiffRemembering,
    Depressed,
    Carer,
    ChronicIllness,
    HealthInsurance,
    Prakerja,
    Kur,
    Umi,
    Pip,
    EmploymentInsurance,
    // Per row in the CSV, kept on the household (identical within a household like its columns).
    InstrumentVersion,
};

inline constexpr int kFieldCount = 120;
inline constexpr int kFirstMemberField = static_cast<int>(Field::PersonId);
// Household-level values: the 69 household columns plus instrument_version.
inline constexpr int kHouseholdValueCount = kFirstMemberField + 1;
inline constexpr int kMemberValueCount = static_cast<int>(Field::InstrumentVersion) - kFirstMemberField;

enum class Entity : quint8
{
    Household,
    Member,
};

// How a column's text is read, checked and stored.
enum class FieldKind : quint8
{
    Id,         // household_id, person_id: 1–64 of A–Z a–z 0–9 - _
    Text,       // kept verbatim (names, address, SLS codes, PLN id)
    RegionCode, // 10 digits; PP.KK.CC.DDDD accepted on input
    Number16,   // NIK, KK numbers: 16 digits as text, never parsed as numbers
    Integer,    // counts and numbers with a range (min..max)
    Code,       // one code of a code list
    YesNo,      // 1 yes, 2 no
    Flags,      // a sum of flags of a code list (99 = unknown, only alone, where the list allows)
    Date,       // YYYY-MM-DD
    Period,     // YYYY-MM
    Decimal,    // WGS84 degrees, at most 6 decimals, within min..max
    Instrument, // REGSOSEK2022.K or REGSOS-EK2021.RT
};

// The code lists of the Regsosek family form (DOMAIN.md §3); labels live in Codes.cpp.
enum class CodeList : quint8
{
    None,
    FamilyStatus,
    Desil,
    YesNo,
    Tenure,
    LandProof,
    Floor,
    Wall,
    Roof,
    WaterSource,
    SepticDistance,
    Lighting,
    Power,
    CookingFuel,
    ToiletFacility,
    ToiletType,
    FaecesDisposal,
    InternetAccess,
    BankAccount,
    Presence,
    Sex,
    MaritalStatus,
    Relationship,
    Religion,
    SchoolParticipation,
    SchoolLevel,
    SchoolGrade,
    Diploma,
    WorkSector,
    EmploymentStatus,
    Npwp,
    BusinessLicence,
    BusinessTurnover,
    BusinessInternet,
    Nutrition,
    Difficulty,
    Depressed,
    Carer,
    ChronicIllness,
    HealthInsurance,
    YesNoDontKnow,
    EmploymentInsurance,
    IdDocuments,
};

// Which kind of data a column holds, for privacy decisions (projector view, masking, exports).
enum class Sensitivity : quint8
{
    Ordinary,   // name, RT/RW, housing
    Identifier, // NIK, KK numbers: masked in lists (DOMAIN.md §10)
    Specific,   // specific personal data (UU 27/2022 art. 4): health, disability, pregnancy, finances
};

struct FieldDef
{
    Field field;
    const char *column; // SQL and CSV column name
    Entity entity;
    FieldKind kind;
    CodeList codes; // for Code and Flags
    bool required;  // present and non-empty in every CSV row (DOMAIN.md §13)
    qint64 min;     // for Integer (and Decimal, in whole degrees)
    qint64 max;
    Sensitivity sensitivity;
    const char *label;    // English source text, translated in context "Field"
    const char *question; // the Regsosek question number ("302"), or "" when none
};

class FieldText
{
    Q_DECLARE_TR_FUNCTIONS(Field)

public:
    // The label of a column in the interface language ("Floor area (m²)").
    static QString label(Field field);
};

const FieldDef &fieldDef(Field field);
std::span<const FieldDef> allFields();
std::span<const FieldDef>
householdColumns(); // the 69 household columns (instrument_version is last in allFields)
std::span<const FieldDef> memberColumns(); // the 50 member columns
std::optional<Field> fieldByColumn(QStringView column);
QString columnName(Field field);
// The CSV header: the 120 names in order, comma-separated.
QString csvHeader();

constexpr int fieldIndex(Field field)
{
    return static_cast<int>(field);
}

constexpr bool isMemberField(Field field)
{
    return fieldIndex(field) >= kFirstMemberField && field != Field::InstrumentVersion;
}

// Position of a field inside a household's or a member's value array.
constexpr int householdSlot(Field field)
{
    return field == Field::InstrumentVersion ? kFirstMemberField : fieldIndex(field);
}

constexpr int memberSlot(Field field)
{
    return fieldIndex(field) - kFirstMemberField;
}

} // namespace verdes
