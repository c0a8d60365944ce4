// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/Codes.h"

#include <array>

namespace verdes {

namespace {

#define L(text) QT_TRANSLATE_NOOP("Codes", text)

// DOMAIN.md §3. English source labels; Indonesian in verdes_id.ts (context "Codes").
constexpr CodeDef kFamilyStatus[] = {
    {0, L("Matches the KK")}, {1, L("Parent family")}, {2, L("Split-off family")}};
constexpr CodeDef kDesil[] = {{1, L("Decile 1 (poorest)")},
                              {2, L("Decile 2")},
                              {3, L("Decile 3")},
                              {4, L("Decile 4")},
                              {5, L("Decile 5")},
                              {6, L("Decile 6")},
                              {7, L("Decile 7")},
                              {8, L("Decile 8")},
                              {9, L("Decile 9")},
                              {10, L("Decile 10 (richest)")}};
constexpr CodeDef kYesNo[] = {{1, L("Yes")}, {2, L("No")}};
constexpr CodeDef kTenure[] = {{1, L("Own")},
                               {2, L("Contract or rent")},
                               {3, L("Rent-free")},
                               {4, L("Official housing")},
                               {5, L("Other")},
                               {6, L("Lodging or shared"), true}};
constexpr CodeDef kLandProof[] = {{1, L("SHM in a member's name")},
                                  {2, L("SHM in another name, with written agreement")},
                                  {3, L("SHM in another name, without agreement")},
                                  {4, L("SHGB or SHSRS")},
                                  {5, L("Girik or letter C")},
                                  {6, L("None")}};
constexpr CodeDef kFloor[] = {{1, L("Marble or granite")},
                              {2, L("Ceramic")},
                              {3, L("Parquet, vinyl or carpet")},
                              {4, L("Tile or terrazzo")},
                              {5, L("Wood or planks")},
                              {6, L("Cement or red brick")},
                              {7, L("Bamboo")},
                              {8, L("Earth")},
                              {9, L("Other")}};
constexpr CodeDef kWall[] = {{1, L("Masonry")},
                             {2, L("Plastered bamboo or wire")},
                             {3, L("Wood, gypsum or GRC board")},
                             {4, L("Woven bamboo")},
                             {5, L("Logs")},
                             {6, L("Bamboo")},
                             {7, L("Other")}};
constexpr CodeDef kRoof[] = {{1, L("Concrete")},
                             {2, L("Clay tiles")},
                             {3, L("Zinc sheets")},
                             {4, L("Asbestos")},
                             {5, L("Wood or shingles")},
                             {6, L("Bamboo")},
                             {7, L("Straw, palm fibre or leaves")},
                             {8, L("Other")}};
constexpr CodeDef kWaterSource[] = {{1, L("Bottled water")},
                                    {2, L("Refill water")},
                                    {3, L("Piped water")},
                                    {4, L("Bore or pump well")},
                                    {5, L("Protected well")},
                                    {6, L("Unprotected well")},
                                    {7, L("Protected spring")},
                                    {8, L("Unprotected spring")},
                                    {9, L("Surface water (river, lake)")},
                                    {10, L("Rainwater")},
                                    {11, L("Other")},
                                    {12, L("PDAM piped water"), true},
                                    {13, L("PAMDES village water"), true}};
constexpr CodeDef kSepticDistance[] = {
    {1, L("Less than 10 m")}, {2, L("10 m or more")}, {3, L("Don't know")}};
constexpr CodeDef kLighting[] = {{1, L("PLN electricity, metered")},
                                 {2, L("PLN electricity, unmetered")},
                                 {3, L("Non-PLN electricity")},
                                 {4, L("Not electric")}};
constexpr CodeDef kPower[] = {
    {1, L("450 W")}, {2, L("900 W")}, {3, L("1,300 W")}, {4, L("2,200 W")}, {5, L("More than 2,200 W")}};
constexpr CodeDef kCookingFuel[] = {{1, L("Electricity")},
                                    {2, L("LPG 5.5 kg")},
                                    {3, L("LPG 12 kg")},
                                    {4, L("LPG 3 kg")},
                                    {5, L("Piped gas")},
                                    {6, L("Biogas")},
                                    {7, L("Kerosene")},
                                    {8, L("Briquettes")},
                                    {9, L("Charcoal")},
                                    {10, L("Firewood")},
                                    {11, L("Other")},
                                    {12, L("No cooking at home")}};
constexpr CodeDef kToiletFacility[] = {{1, L("Own")},
                                       {2, L("Shared with given households")},
                                       {3, L("Communal MCK")},
                                       {4, L("Public MCK")},
                                       {5, L("Exists, not used")},
                                       {6, L("None")}};
constexpr CodeDef kToiletType[] = {
    {1, L("Goose-neck")}, {2, L("Covered squat")}, {3, L("Uncovered squat")}, {4, L("Pit")}};
constexpr CodeDef kFaecesDisposal[] = {{1, L("Septic tank")},
                                       {2, L("Waste water treatment (IPAL)")},
                                       {3, L("Pond, field, river or sea")},
                                       {4, L("Hole in the ground")},
                                       {5, L("Beach or open ground")},
                                       {6, L("Other")}};
constexpr CodeDef kInternetAccess[] = {
    {0, L("None")}, {1, L("Subscription")}, {2, L("Wi-Fi")}, {3, L("Mobile data")}};
constexpr CodeDef kBankAccount[] = {
    {1, L("For business")}, {2, L("Personal")}, {3, L("Business and personal")}, {4, L("None")}};
constexpr CodeDef kPresence[] = {{1, L("Lives with the family")},
                                 {2, L("Deceased")},
                                 {3, L("Moved within Indonesia")},
                                 {4, L("Moved abroad")},
                                 {5, L("New member")},
                                 {6, L("Not found")}};
constexpr CodeDef kSex[] = {{1, L("Male")}, {2, L("Female")}};
constexpr CodeDef kMaritalStatus[] = {
    {1, L("Single")}, {2, L("Married")}, {3, L("Divorced")}, {4, L("Widowed")}};
constexpr CodeDef kRelationship[] = {{1, L("Head of family")},
                                     {2, L("Spouse")},
                                     {3, L("Child")},
                                     {4, L("Child-in-law")},
                                     {5, L("Grandchild")},
                                     {6, L("Parent or parent-in-law")},
                                     {7, L("Domestic worker or driver")},
                                     {8, L("Other")}};
constexpr CodeDef kReligion[] = {{1, L("Islam")},
                                 {2, L("Protestant")},
                                 {3, L("Catholic")},
                                 {4, L("Hindu")},
                                 {5, L("Buddhist")},
                                 {6, L("Confucian")},
                                 {7, L("Belief or other")}};
constexpr CodeDef kSchoolParticipation[] = {
    {1, L("Never attended school")}, {2, L("Still in school")}, {3, L("No longer in school")}};
constexpr CodeDef kSchoolLevel[] = {{1, L("Paket A")},
                                    {2, L("SDLB")},
                                    {3, L("SD")},
                                    {4, L("MI")},
                                    {5, L("SPM/PDF Ula")},
                                    {6, L("Paket B")},
                                    {7, L("SMPLB")},
                                    {8, L("SMP")},
                                    {9, L("MTs")},
                                    {10, L("SPM/PDF Wustha")},
                                    {11, L("Paket C")},
                                    {12, L("SMLB")},
                                    {13, L("SMA")},
                                    {14, L("MA")},
                                    {15, L("SMK")},
                                    {16, L("MAK")},
                                    {17, L("SPM/PDF Ulya")},
                                    {18, L("D1–D3")},
                                    {19, L("D4/S1")},
                                    {20, L("Professional programme")},
                                    {21, L("S2")},
                                    {22, L("S3")}};
constexpr CodeDef kSchoolGrade[] = {{1, L("Grade 1")},
                                    {2, L("Grade 2")},
                                    {3, L("Grade 3")},
                                    {4, L("Grade 4")},
                                    {5, L("Grade 5")},
                                    {6, L("Grade 6")},
                                    {7, L("Grade 7")},
                                    {8, L("Completed")}};
constexpr CodeDef kDiploma[] = {{1, L("Paket A")},
                                {2, L("SDLB")},
                                {3, L("SD")},
                                {4, L("MI")},
                                {5, L("SPM/PDF Ula")},
                                {6, L("Paket B")},
                                {7, L("SMPLB")},
                                {8, L("SMP")},
                                {9, L("MTs")},
                                {10, L("SPM/PDF Wustha")},
                                {11, L("Paket C")},
                                {12, L("SMLB")},
                                {13, L("SMA")},
                                {14, L("MA")},
                                {15, L("SMK")},
                                {16, L("MAK")},
                                {17, L("SPM/PDF Ulya")},
                                {18, L("D1–D3")},
                                {19, L("D4/S1")},
                                {20, L("Professional programme")},
                                {21, L("S2")},
                                {22, L("S3")},
                                {23, L("No primary school diploma")}};
constexpr CodeDef kWorkSector[] = {{1, L("Rice and secondary crops")},
                                   {2, L("Horticulture")},
                                   {3, L("Estate crops")},
                                   {4, L("Fishery")},
                                   {5, L("Livestock")},
                                   {6, L("Forestry and other farming")},
                                   {7, L("Mining and quarrying")},
                                   {8, L("Manufacturing")},
                                   {9, L("Electricity and gas")},
                                   {10, L("Water supply and waste")},
                                   {11, L("Construction")},
                                   {12, L("Trade and vehicle repair")},
                                   {13, L("Transport and storage")},
                                   {14, L("Accommodation and food")},
                                   {15, L("Information and communication")},
                                   {16, L("Finance and insurance")},
                                   {17, L("Real estate")},
                                   {18, L("Professional services")},
                                   {19, L("Support services")},
                                   {20, L("Public administration and defence")},
                                   {21, L("Education")},
                                   {22, L("Health and social work")},
                                   {23, L("Arts and recreation")},
                                   {24, L("Other services")},
                                   {25, L("Households as employers")},
                                   {26, L("International bodies")}};
constexpr CodeDef kEmploymentStatus[] = {{1, L("Own-account worker")},
                                         {2, L("Employer with temporary or unpaid help")},
                                         {3, L("Employer with paid staff")},
                                         {4, L("Employee")},
                                         {5, L("PNS/TNI/Polri/BUMN/BUMD or official")},
                                         {6, L("Casual farm worker")},
                                         {7, L("Casual non-farm worker")},
                                         {8, L("Unpaid family worker")}};
constexpr CodeDef kNpwp[] = {{1, L("Has one, shown")}, {2, L("Has one, not shown")}, {3, L("None")}};
constexpr CodeDef kBusinessLicence[] = {{1, L("SITU")},
                                        {2, L("SIUP")},
                                        {3, L("NRP")},
                                        {4, L("NIB")},
                                        {5, L("SKDP")},
                                        {6, L("Amdal")},
                                        {7, L("SIMB")},
                                        {8, L("SKBH")},
                                        {9, L("PT deed")},
                                        {10, L("Other")},
                                        {11, L("None yet")},
                                        {12, L("Nuisance permit")}};
constexpr CodeDef kBusinessTurnover[] = {{1, L("Under Rp 5 million")},
                                         {2, L("Rp 5 to under 15 million")},
                                         {3, L("Rp 15 to under 25 million")},
                                         {4, L("Rp 25 to under 167 million")},
                                         {5, L("Rp 167 million to under 1.25 billion")},
                                         {6, L("Rp 1.25 to under 4.167 billion")},
                                         {7, L("Rp 4.167 billion or more")}};
constexpr CodeDef kBusinessInternet[] = {{1, L("Communication")},
                                         {2, L("Information")},
                                         {4, L("Marketing")},
                                         {8, L("Selling")},
                                         {16, L("Purchasing")},
                                         {32, L("Other")}};
constexpr CodeDef kNutrition[] = {
    {1, L("Wasting")}, {2, L("Stunting")}, {3, L("No record")}, {8, L("Don't know")}};
constexpr CodeDef kDifficulty[] = {
    {1, L("Cannot at all")}, {2, L("A lot, needs help")}, {3, L("Some difficulty")}, {4, L("No difficulty")}};
constexpr CodeDef kDepressed[] = {{1, L("Very often")}, {2, L("Often")}, {3, L("Rarely")}, {4, L("Never")}};
constexpr CodeDef kCarer[] = {
    {1, L("A family member")}, {2, L("Someone outside the family")}, {3, L("Lives alone")}};
constexpr CodeDef kChronicIllness[] = {{1, L("None")},
                                       {2, L("Hypertension")},
                                       {3, L("Rheumatism")},
                                       {4, L("Asthma")},
                                       {5, L("Heart disease")},
                                       {6, L("Diabetes")},
                                       {7, L("Tuberculosis")},
                                       {8, L("Stroke")},
                                       {9, L("Cancer")},
                                       {10, L("Kidney failure")},
                                       {11, L("Haemophilia")},
                                       {12, L("HIV/AIDS")},
                                       {13, L("High cholesterol")},
                                       {14, L("Cirrhosis")},
                                       {15, L("Thalassaemia")},
                                       {16, L("Leukaemia")},
                                       {17, L("Alzheimer's")},
                                       {18, L("Other")}};
constexpr CodeDef kHealthInsurance[] = {
    {1, L("PBI-JKN")}, {2, L("JKN, self-paid")}, {4, L("JKN, paid by employer")}, {8, L("Other")}};
constexpr CodeDef kYesNoDontKnow[] = {{1, L("Yes")}, {2, L("No")}, {8, L("Don't know")}};
constexpr CodeDef kEmploymentInsurance[] = {{1, L("Work accident")},
                                            {2, L("Death")},
                                            {4, L("Old age")},
                                            {8, L("Pension")},
                                            {16, L("Taspen or other pension")}};
constexpr CodeDef kIdDocuments[] = {
    {1, L("Birth certificate")}, {2, L("Child ID card (KIA)")}, {4, L("KTP")}};

#undef L

using C = CodeList;

// Listed in CodeList order (checked below).
const std::array kLists{
    CodeListDef{C::None, "none", false, 0, false, {}},
    CodeListDef{C::FamilyStatus, "family_status", false, 0, false, kFamilyStatus},
    CodeListDef{C::Desil, "desil", false, 0, false, kDesil},
    CodeListDef{C::YesNo, "yes_no", false, 0, false, kYesNo},
    CodeListDef{C::Tenure, "tenure", false, 0, false, kTenure},
    CodeListDef{C::LandProof, "land_proof", false, 0, false, kLandProof},
    CodeListDef{C::Floor, "floor", false, 0, false, kFloor},
    CodeListDef{C::Wall, "wall", false, 0, false, kWall},
    CodeListDef{C::Roof, "roof", false, 0, false, kRoof},
    CodeListDef{C::WaterSource, "water_source", false, 0, false, kWaterSource},
    CodeListDef{C::SepticDistance, "water_septic_distance", false, 0, false, kSepticDistance},
    CodeListDef{C::Lighting, "lighting", false, 0, false, kLighting},
    CodeListDef{C::Power, "power", false, 0, false, kPower},
    CodeListDef{C::CookingFuel, "cooking_fuel", false, 0, false, kCookingFuel},
    CodeListDef{C::ToiletFacility, "toilet_facility", false, 0, false, kToiletFacility},
    CodeListDef{C::ToiletType, "toilet_type", false, 0, false, kToiletType},
    CodeListDef{C::FaecesDisposal, "faeces_disposal", false, 0, false, kFaecesDisposal},
    CodeListDef{C::InternetAccess, "internet_access", false, 0, false, kInternetAccess},
    CodeListDef{C::BankAccount, "bank_account", false, 0, false, kBankAccount},
    CodeListDef{C::Presence, "presence", false, 0, false, kPresence},
    CodeListDef{C::Sex, "sex", false, 0, false, kSex},
    CodeListDef{C::MaritalStatus, "marital_status", false, 0, false, kMaritalStatus},
    CodeListDef{C::Relationship, "relationship", false, 0, false, kRelationship},
    CodeListDef{C::Religion, "religion", false, 0, false, kReligion},
    CodeListDef{C::SchoolParticipation, "school_participation", false, 0, false, kSchoolParticipation},
    CodeListDef{C::SchoolLevel, "school_level", false, 0, false, kSchoolLevel},
    CodeListDef{C::SchoolGrade, "school_grade", false, 0, false, kSchoolGrade},
    CodeListDef{C::Diploma, "diploma", false, 0, false, kDiploma},
    CodeListDef{C::WorkSector, "work_sector", false, 0, false, kWorkSector},
    CodeListDef{C::EmploymentStatus, "employment_status", false, 0, false, kEmploymentStatus},
    CodeListDef{C::Npwp, "npwp", false, 0, false, kNpwp},
    CodeListDef{C::BusinessLicence, "business_licence", false, 0, false, kBusinessLicence},
    CodeListDef{C::BusinessTurnover, "business_turnover", false, 0, false, kBusinessTurnover},
    CodeListDef{C::BusinessInternet, "business_internet", true, 0, true, kBusinessInternet},
    CodeListDef{C::Nutrition, "nutrition", false, 0, false, kNutrition},
    CodeListDef{C::Difficulty, "difficulty", false, 0, false, kDifficulty},
    CodeListDef{C::Depressed, "depressed", false, 0, false, kDepressed},
    CodeListDef{C::Carer, "carer", false, 0, false, kCarer},
    CodeListDef{C::ChronicIllness, "chronic_illness", false, 0, false, kChronicIllness},
    CodeListDef{C::HealthInsurance, "health_insurance", true, 99, true, kHealthInsurance},
    CodeListDef{C::YesNoDontKnow, "yes_no_dont_know", false, 0, false, kYesNoDontKnow},
    CodeListDef{C::EmploymentInsurance, "employment_insurance", true, 99, true, kEmploymentInsurance},
    CodeListDef{C::IdDocuments, "id_documents", true, 0, true, kIdDocuments},
};

const CodeDef *findCode(const CodeListDef &def, qint64 value)
{
    for (const CodeDef &code : def.codes) {
        if (code.value == value) {
            return &code;
        }
    }
    return nullptr;
}

qint64 allFlags(const CodeListDef &def)
{
    qint64 mask = 0;
    for (const CodeDef &code : def.codes) {
        mask |= code.value;
    }
    return mask;
}

} // namespace

const CodeListDef &codeListDef(CodeList list)
{
    const auto index = static_cast<std::size_t>(list);
    Q_ASSERT(index < kLists.size() && kLists[index].list == list);
    return kLists[index];
}

std::span<const CodeListDef> allCodeLists()
{
    return kLists;
}

bool isValidCode(CodeList list, qint64 value, Instrument instrument)
{
    Q_UNUSED(instrument) // both known instruments share the lists; later-only codes are refused
    const CodeListDef &def = codeListDef(list);
    if (def.isFlags) {
        if (def.unknownFlag != 0 && value == def.unknownFlag) {
            return true; // 99 alone
        }
        if (value == 0) {
            return def.hasNoneValue;
        }
        return value > 0 && (value & ~allFlags(def)) == 0;
    }
    const CodeDef *code = findCode(def, value);
    return code != nullptr && !code->laterListsOnly;
}

QString CodeText::label(CodeList list, qint64 value)
{
    const CodeListDef &def = codeListDef(list);
    if (def.isFlags) {
        if (def.unknownFlag != 0 && value == def.unknownFlag) {
            return tr("Unknown");
        }
        if (value == 0 && def.hasNoneValue) {
            return tr("None");
        }
        return flagLabels(list, value).join(QStringLiteral(", "));
    }
    const CodeDef *code = findCode(def, value);
    return code != nullptr ? tr(code->label) : QString();
}

QStringList CodeText::flagLabels(CodeList list, qint64 value)
{
    QStringList labels;
    for (const CodeDef &code : codeListDef(list).codes) {
        if ((value & code.value) != 0) {
            labels << tr(code.label);
        }
    }
    return labels;
}

std::optional<Instrument> parseInstrument(QStringView text)
{
    if (text.isEmpty() || text == u"REGSOSEK2022.K") {
        return Instrument::Regsosek2022K;
    }
    if (text == u"REGSOS-EK2021.RT") {
        return Instrument::RegsosEk2021Rt;
    }
    return std::nullopt;
}

QString instrumentName(Instrument instrument)
{
    switch (instrument) {
    case Instrument::Regsosek2022K:
        return QStringLiteral("REGSOSEK2022.K");
    case Instrument::RegsosEk2021Rt:
        return QStringLiteral("REGSOS-EK2021.RT");
    }
    Q_UNREACHABLE();
    return QString();
}

} // namespace verdes
