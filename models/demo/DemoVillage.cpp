// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/demo/DemoVillage.h"

#include "models/core/Log.h"
#include "models/domain/RegionTable.h"

#include <QFile>
#include <QTextStream>

#include <algorithm>
#include <array>
#include <vector>

namespace verdes {

namespace {

// DOMAIN.md §12: the demo village is a real kecamatan with this village part, checked absent.
constexpr char kDemoVillagePart[] = "2999";

constexpr double kAnomalyRate = 0.015;
constexpr int kProfileCount = 5;

// ---------------------------------------------------------------------------------------------
// Small text helpers: cached decimal strings (shared, no allocation per field) and fixed-width
// digits. No locale, no floating-point formatting: the output is the same everywhere.

const QString &num(int value)
{
    static const std::vector<QString> cache = [] {
        std::vector<QString> strings;
        strings.reserve(10000);
        for (int i = 0; i < 10000; ++i) {
            strings.push_back(QString::number(i));
        }
        return strings;
    }();
    Q_ASSERT(value >= 0 && value < 10000);
    return cache[static_cast<std::size_t>(value)];
}

void appendDigits(QString &out, qint64 value, int width)
{
    std::array<char16_t, 20> buffer{};
    for (int i = width - 1; i >= 0; --i) {
        buffer[static_cast<std::size_t>(i)] = static_cast<char16_t>(u'0' + value % 10);
        value /= 10;
    }
    out.append(QStringView(buffer.data(), width));
}

QString digits(qint64 value, int width)
{
    QString out;
    out.reserve(width);
    appendDigits(out, value, width);
    return out;
}

QString isoDate(QDate date)
{
    QString out;
    out.reserve(10);
    appendDigits(out, date.year(), 4);
    out.append(u'-');
    appendDigits(out, date.month(), 2);
    out.append(u'-');
    appendDigits(out, date.day(), 2);
    return out;
}

QString period(QDate date)
{
    QString out;
    out.reserve(7);
    appendDigits(out, date.year(), 4);
    out.append(u'-');
    appendDigits(out, date.month(), 2);
    return out;
}

// Degrees from micro-degrees, "-7.123456": integer arithmetic only.
QString microDegrees(qint64 micro)
{
    QString out;
    if (micro < 0) {
        out.append(u'-');
        micro = -micro;
    }
    out.append(QString::number(micro / 1000000));
    out.append(u'.');
    appendDigits(out, micro % 1000000, 6);
    return out;
}

int ageOn(QDate birth, QDate day)
{
    int age = day.year() - birth.year();
    if (day.month() < birth.month() || (day.month() == birth.month() && day.day() < birth.day())) {
        --age;
    }
    return age;
}

// ---------------------------------------------------------------------------------------------
// Random helpers on top of Rng (its integer and [0,1) draws are exact and platform-independent).

int draw(Rng &rng, int low, int high)
{
    return static_cast<int>(rng.between(low, high));
}

// Picks an index by integer weights (per mille or any scale).
template <std::size_t N>
int weighted(Rng &rng, const std::array<int, N> &weights)
{
    int total = 0;
    for (int w : weights) {
        total += w;
    }
    int x = draw(rng, 0, total - 1);
    for (std::size_t i = 0; i < N; ++i) {
        if (x < weights[i]) {
            return static_cast<int>(i);
        }
        x -= weights[i];
    }
    return static_cast<int>(N) - 1;
}

template <std::size_t N>
int pickCode(Rng &rng, const std::array<int, N> &codes, const std::array<int, N> &weights)
{
    return codes[static_cast<std::size_t>(weighted(rng, weights))];
}

const QString &pick(Rng &rng, const QStringList &list)
{
    return list[static_cast<qsizetype>(rng.bounded(static_cast<quint64>(list.size())))];
}

// ---------------------------------------------------------------------------------------------
// Name lists (resources/demo/*.txt), loaded once.

QStringList loadList(const QString &name)
{
    QFile file(QStringLiteral(":/demo/%1.txt").arg(name));
    QStringList out;
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        qCWarning(lcIo) << "demo name list missing:" << name;
        return out;
    }
    QTextStream in(&file);
    while (!in.atEnd()) {
        const QString line = in.readLine().trimmed();
        if (!line.isEmpty() && !line.startsWith(u'#')) {
            out << line;
        }
    }
    return out;
}

struct NameLists
{
    std::array<QStringList, kProfileCount> male;
    std::array<QStringList, kProfileCount> female;
    // Jawa and Sunda lists split into one-word [0] and several-word [1] names.
    std::array<std::array<QStringList, 2>, 2> maleByWords;
    std::array<std::array<QStringList, 2>, 2> femaleByWords;
    QStringList batakMarga;
    QStringList nttSurname;
    bool complete = false;
};

const NameLists &nameLists()
{
    static const NameLists lists = [] {
        NameLists l;
        const std::array<const char *, kProfileCount> ids{"jawa", "sunda", "bali", "batak", "ntt"};
        l.complete = true;
        for (std::size_t i = 0; i < ids.size(); ++i) {
            l.male[i] = loadList(QLatin1String(ids[i]) + QLatin1String("-male"));
            l.female[i] = loadList(QLatin1String(ids[i]) + QLatin1String("-female"));
            l.complete = l.complete && !l.male[i].isEmpty() && !l.female[i].isEmpty();
        }
        for (std::size_t i = 0; i < 2; ++i) {
            for (const QString &name : l.male[i]) {
                l.maleByWords[i][name.contains(u' ') ? 1 : 0].append(name);
            }
            for (const QString &name : l.female[i]) {
                l.femaleByWords[i][name.contains(u' ') ? 1 : 0].append(name);
            }
            for (std::size_t k = 0; k < 2; ++k) {
                l.complete = l.complete && !l.maleByWords[i][k].isEmpty() && !l.femaleByWords[i][k].isEmpty();
            }
        }
        l.batakMarga = loadList(QStringLiteral("batak-marga"));
        l.nttSurname = loadList(QStringLiteral("ntt-surname"));
        l.complete = l.complete && !l.batakMarga.isEmpty() && !l.nttSurname.isEmpty();
        return l;
    }();
    return lists;
}

// "Kabupaten Semarang" → "SEMARANG", "Kota Salatiga" → "SALATIGA".
QString placeName(const QString &regency)
{
    QString name = regency;
    for (const char *prefix : {"Kabupaten ", "Kota "}) {
        if (name.startsWith(QLatin1String(prefix))) {
            name = name.mid(static_cast<qsizetype>(qstrlen(prefix)));
        }
    }
    return name.toUpper();
}

struct ProfileInfo
{
    const char *province;
    qint64 latitudeMicro; // roughly inside the province
    qint64 longitudeMicro;
};

constexpr std::array<ProfileInfo, kProfileCount> kProfiles{{
    {"33", -7300000, 110200000}, // Jawa Tengah
    {"32", -6900000, 107600000}, // Jawa Barat
    {"51", -8400000, 115200000}, // Bali
    {"12", 2300000, 99000000},   // Sumatera Utara
    {"53", -9500000, 122000000}, // Nusa Tenggara Timur
}};

constexpr std::array<const char *, 12> kDusunNames{"KRAJAN",
                                                   "SUMBERSARI",
                                                   "KARANGANYAR",
                                                   "NGEMPLAK",
                                                   "TEGALREJO",
                                                   "SIDOMULYO",
                                                   "WONOSARI",
                                                   "GEDANGAN",
                                                   "SUKAMAJU",
                                                   "BANJARSARI",
                                                   "MEKARSARI",
                                                   "SUMBERREJO"};

constexpr std::array<const char *, 8> kVillagePrefixes{
    "WANA", "SUKA", "KARANG", "SIDA", "TIRTA", "GUNUNG", "LEMAH", "REJA"};
constexpr std::array<const char *, 8> kVillageSuffixes{"MAKMURJATI",
                                                       "LESTARIWANGI",
                                                       "ASRIPURNA",
                                                       "MULYAKENCANA",
                                                       "RAHAYUJATI",
                                                       "SENTOSAWANGI",
                                                       "ARUMSARI",
                                                       "JAYAKERTI"};

// Religion codes 1 Islam, 2 Protestant, 3 Catholic, 4 Hindu, 5 Buddhist, 6 Confucian, 7 belief.
constexpr std::array<int, 7> kReligionCodes{1, 2, 3, 4, 5, 6, 7};
constexpr std::array<std::array<int, 7>, kProfileCount> kReligionWeights{{
    {950, 25, 15, 3, 4, 1, 2},   // Jawa
    {985, 8, 5, 0, 2, 0, 0},     // Sunda
    {90, 5, 5, 895, 5, 0, 0},    // Bali
    {150, 700, 145, 0, 5, 0, 0}, // Batak
    {50, 300, 640, 0, 0, 0, 10}, // NTT
}};

} // namespace

// ---------------------------------------------------------------------------------------------

QString demoAnomalyName(DemoAnomaly anomaly)
{
    static constexpr std::array<const char *, kDemoAnomalyCount> kNames{"dead_head",
                                                                        "dead_member_in_pkh",
                                                                        "moved_within",
                                                                        "moved_abroad",
                                                                        "not_found",
                                                                        "civil_servant_in_pkh",
                                                                        "car_owner_with_pbi",
                                                                        "power_2200",
                                                                        "nik_sex_mismatch",
                                                                        "nik_date_mismatch",
                                                                        "duplicate_nik",
                                                                        "shared_kk",
                                                                        "child_too_young",
                                                                        "married_at_16",
                                                                        "age_104",
                                                                        "poor_without_desil",
                                                                        "nik_empty_adult",
                                                                        "unknown_nik_region",
                                                                        "kk_empty",
                                                                        "two_spouses",
                                                                        "pregnant_over_55",
                                                                        "worked_zero_hours",
                                                                        "school_too_young",
                                                                        "gated_field_filled",
                                                                        "huge_floor_area",
                                                                        "pensioner_in_pkh",
                                                                        "pbi_high_desil",
                                                                        "luxury_house",
                                                                        "elderly_alone_no_aid",
                                                                        "kk_unknown_region",
                                                                        "formal_job_in_pkh",
                                                                        "high_turnover_in_bpnt"};
    return QString::fromLatin1(kNames[static_cast<std::size_t>(anomaly)]);
}

struct DemoVillage::Person
{
    int sex = 1;
    QDate birth;
    int relationship = 1;
    int marital = 1;
    int presence = 1;
    QDate presenceDate;
    QString name;
    bool migrant = false; // NIK registered in another kecamatan
    int birthOrder = 0;   // among the children, for Balinese names
};

struct DemoVillage::Layout
{
    struct Rt
    {
        int dusun;
        int rw;
        int rt;
        int families;
    };

    std::vector<Rt> rts;
    std::vector<QString> dusunNames;
    std::size_t current = 0;
    int inCurrent = 0;
    int building = 0;
    int slsIndex = 0;
};

DemoVillage::DemoVillage(DemoOptions options)
    : m_options(std::move(options))
{}

DemoVillage::~DemoVillage() = default;

bool DemoVillage::isDemoVillageCode(QStringView tenDigits)
{
    if (tenDigits.size() != 10 || tenDigits.sliced(6) != QLatin1String(kDemoVillagePart)) {
        return false;
    }
    const RegionTable &regions = RegionTable::instance();
    const RegionTable::Region *kecamatan = regions.find(tenDigits.first(6));
    return kecamatan != nullptr && kecamatan->level == RegionTable::Level::Kecamatan
           && kecamatan->inLatestEdition && regions.find(tenDigits) == nullptr;
}

Result<std::unique_ptr<DemoVillage>> DemoVillage::create(const DemoOptions &options)
{
    if (options.households < kMinHouseholds || options.households > kMaxHouseholds) {
        return Error(ErrorCode::UsageError,
                     {tr("The number of households must be between %1 and %2.")
                          .arg(kMinHouseholds)
                          .arg(kMaxHouseholds)},
                     QStringLiteral("demo households out of range: %1").arg(options.households));
    }
    if (!options.today.isValid() || options.today.year() < 2010 || options.today.year() > 2200) {
        return Error(ErrorCode::UsageError,
                     {tr("The demo village needs the date ages are counted to.")},
                     QStringLiteral("demo: invalid reference date"));
    }
    const NameLists &lists = nameLists();
    const RegionTable &regions = RegionTable::instance();
    const QList<const RegionTable::Region *> kecamatans = regions.kecamatans();
    if (!lists.complete || kecamatans.isEmpty()) {
        return Error(
            ErrorCode::Internal, {}, QStringLiteral("demo: embedded name lists or region table missing"));
    }

    std::unique_ptr<DemoVillage> village(new DemoVillage(options));
    // The place comes from its own stream, so that it does not shift the households' randomness.
    SeededRng placeRng(options.seed ^ 0x5EED9A11CEULL);
    const ProfileInfo &profile = kProfiles[static_cast<std::size_t>(options.profile)];
    auto pickFrom = [&](const QList<const RegionTable::Region *> &list) {
        return list[static_cast<qsizetype>(placeRng.bounded(static_cast<quint64>(list.size())))];
    };

    const RegionTable::Region *chosen = nullptr;
    if (!options.kecamatanCode.isEmpty()) {
        chosen = regions.find(options.kecamatanCode);
        if (chosen == nullptr || chosen->level != RegionTable::Level::Kecamatan || !chosen->inLatestEdition) {
            return Error(ErrorCode::ValidationRegionCode,
                         {options.kecamatanCode},
                         QStringLiteral("demo: not a kecamatan of the newest edition"));
        }
    } else {
        // Rural kecamatans (regency code 01–69) of the profile's province.
        QList<const RegionTable::Region *> candidates;
        for (const RegionTable::Region *k : kecamatans) {
            if (k->code.startsWith(QLatin1String(profile.province)) && k->code.mid(2, 2).toInt() < 70) {
                candidates.append(k);
            }
        }
        if (candidates.isEmpty()) {
            return Error(ErrorCode::Internal, {}, QStringLiteral("demo: no kecamatan for the profile"));
        }
        chosen = pickFrom(candidates);
    }
    const QString kecamatan = chosen->code;
    village->m_kecamatanName = chosen->name;
    village->m_villageCode = kecamatan + QLatin1String(kDemoVillagePart);
    if (regions.find(village->m_villageCode) != nullptr) {
        return Error(
            ErrorCode::Internal, {}, QStringLiteral("demo: village part 2999 exists in this kecamatan"));
    }
    auto regencyOf = [&](const QString &code) {
        const RegionTable::Region *regency = regions.find(QStringView(code).left(4));
        return regency != nullptr ? placeName(regency->name) : QString();
    };
    village->m_regencyName = regencyOf(kecamatan);

    // A fictional name that no village of any edition has.
    for (int attempt = 0; attempt < 64 && village->m_villageName.isEmpty(); ++attempt) {
        const QString name = QLatin1String(kVillagePrefixes[placeRng.bounded(kVillagePrefixes.size())])
                             + QLatin1String(kVillageSuffixes[placeRng.bounded(kVillageSuffixes.size())]);
        bool taken = false;
        for (const RegionTable::Region *v : regions.searchVillages(name, 1000)) {
            taken = taken || v->name.compare(name, Qt::CaseInsensitive) == 0;
        }
        if (!taken) {
            village->m_villageName = name;
        }
    }
    if (village->m_villageName.isEmpty()) {
        return Error(ErrorCode::Internal, {}, QStringLiteral("demo: no fictional village name left"));
    }

    // In-migrants' NIKs and birth places: a few other kecamatans, half of them in the same province.
    QList<const RegionTable::Region *> sameProvince;
    for (const RegionTable::Region *k : kecamatans) {
        if (k->code.left(2) == kecamatan.left(2) && k->code != kecamatan) {
            sameProvince.append(k);
        }
    }
    for (int i = 0; i < 8; ++i) {
        const RegionTable::Region *k =
            i % 2 == 0 && !sameProvince.isEmpty() ? pickFrom(sameProvince) : pickFrom(kecamatans);
        if (k->code != kecamatan) {
            village->m_otherKecamatans.append(k->code);
            village->m_otherPlaces.append(regencyOf(k->code));
        }
    }
    if (village->m_otherKecamatans.isEmpty()) {
        village->m_otherKecamatans.append(kecamatan);
        village->m_otherPlaces.append(village->m_regencyName);
    }
    village->m_latitudeMicro = profile.latitudeMicro + placeRng.between(-300000, 300000);
    village->m_longitudeMicro = profile.longitudeMicro + placeRng.between(-300000, 300000);

    village->rewind();
    return village;
}

void DemoVillage::rewind()
{
    m_rng = std::make_unique<SeededRng>(m_options.seed);
    m_produced = 0;
    m_planted.clear();
    m_nikSerials.clear();
    m_kkSerials.clear();
    m_pending.fill(0);
    m_lastAdult = Member();
    m_lastAdultKk.clear();
    m_lastHouseholdId.clear();
    m_lastKk.clear();
    buildLayout();
}

// 2–6 dusun × 1–4 RW × 3–8 RT of 30–80 families, as far as the number of households allows
// (very small villages get smaller RTs, very large ones bigger).
void DemoVillage::buildLayout()
{
    Rng &rng = *m_rng;
    m_layout = std::make_unique<Layout>();
    const int n = m_options.households;
    const int rtCount = std::clamp((n + 27) / 55, 6, 6 * 4 * 8);
    const int dusunCount = std::clamp((rtCount + 11) / 12, 2, 6);
    const int rwCount = std::clamp((rtCount * 2 + 10) / 11, dusunCount, dusunCount * 4);
    // RW per dusun: spread rwCount over the dusun (1–4 each).
    std::vector<int> rwPerDusun(static_cast<std::size_t>(dusunCount), 1);
    for (int left = rwCount - dusunCount; left > 0;) {
        auto &slot = rwPerDusun[static_cast<std::size_t>(draw(rng, 0, dusunCount - 1))];
        if (slot < 4) {
            ++slot;
            --left;
        }
    }
    // RT per RW: 3–8 each, summing to rtCount where possible.
    std::vector<int> rtPerRw(static_cast<std::size_t>(rwCount), 3);
    for (int left = std::min(rtCount, rwCount * 8) - rwCount * 3; left > 0;) {
        auto &slot = rtPerRw[static_cast<std::size_t>(draw(rng, 0, rwCount - 1))];
        if (slot < 8) {
            ++slot;
            --left;
        }
    }
    std::vector<int> weights;
    int rw = 0;
    for (int d = 0; d < dusunCount; ++d) {
        m_layout->dusunNames.emplace_back(QString::fromLatin1(kDusunNames[static_cast<std::size_t>(d)]));
        for (int r = 0; r < rwPerDusun[static_cast<std::size_t>(d)]; ++r) {
            ++rw;
            for (int t = 1; t <= rtPerRw[static_cast<std::size_t>(rw - 1)]; ++t) {
                m_layout->rts.push_back({d, rw, t, 0});
                weights.push_back(draw(rng, 30, 80));
            }
        }
    }
    // Families per RT proportional to the weights, the remainder spread from the first RT on.
    qint64 weightSum = 0;
    for (int w : weights) {
        weightSum += w;
    }
    int assigned = 0;
    for (std::size_t i = 0; i < weights.size(); ++i) {
        const int share = static_cast<int>(static_cast<qint64>(n) * weights[i] / weightSum);
        m_layout->rts[i].families = share;
        assigned += share;
    }
    for (std::size_t i = 0; assigned < n; i = (i + 1) % weights.size()) {
        ++m_layout->rts[i].families;
        ++assigned;
    }
}

bool DemoVillage::next(Household &household)
{
    if (m_produced >= m_options.households) {
        return false;
    }
    generate(household);
    ++m_produced;
    return true;
}

// ---------------------------------------------------------------------------------------------
// One household.

namespace {

struct Context
{
    Rng &rng;
    QDate today;
    int profile = 0;
};

QDate birthForAge(Context &c, int age)
{
    return c.today.addYears(-age).addDays(-draw(c.rng, 0, 364));
}

int drawSize(Rng &rng)
{
    // 1: 14 %, 2: 22 %, 3: 26 %, 4: 22 %, 5: 10 %, 6+: 6 % after the planted anomalies moved a few
    // families (a second spouse, a duplicate person): drawn as 14, 23.5, 25, 21.5, 10, 4, 1.5, 0.5 %.
    static constexpr std::array<int, 8> kWeights{140, 235, 250, 215, 100, 40, 15, 5};
    return weighted(rng, kWeights) + 1;
}

// Ages of the mother at each birth: first at 17–30, then gaps of 2–6 years, never after 45.
std::vector<int> birthAges(Rng &rng, int count)
{
    std::vector<int> ages;
    int age = draw(rng, 0, 9) == 0 ? draw(rng, 17, 18) : draw(rng, 19, 30);
    for (int i = 0; i < count; ++i) {
        ages.push_back(std::min(age, 45));
        age += draw(rng, 2, 6);
    }
    return ages;
}

// Education (412–415) for a member aged 5 or more: pupils by age, others by generation and welfare.
struct Education
{
    int participation = 3;
    int level = 0; // 0 = none (never in school)
    int grade = 0;
    int diploma = 0;
};

Education educationFor(Rng &rng, int age, double wealth)
{
    Education e;
    int &participation = e.participation;
    int &level = e.level;
    int &grade = e.grade;
    int &diploma = e.diploma;
    if (age <= 6) {
        participation = age == 6 && rng.chance(0.4) ? 2 : 1;
        if (participation == 2) {
            level = 3;
            grade = 1;
            diploma = 23;
        }
    } else if (age <= 12) {
        participation = 2;
        level = rng.chance(0.85) ? 3 : 4;
        grade = std::clamp(age - 6, 1, 6);
        diploma = 23;
    } else if (age <= 15 && rng.chance(0.95)) {
        participation = 2;
        level = rng.chance(0.8) ? 8 : 9;
        grade = std::clamp(age - 12, 1, 3);
        diploma = 3;
    } else if (age >= 16 && age <= 18 && rng.chance(0.8)) {
        participation = 2;
        level = pickCode(rng, std::array<int, 3>{13, 14, 15}, std::array<int, 3>{45, 20, 35});
        grade = std::clamp(age - 15, 1, 3);
        diploma = 8;
    } else if (age >= 19 && age <= 23 && rng.chance(0.1 + wealth * 0.3)) {
        participation = 2;
        level = rng.chance(0.75) ? 19 : 18;
        grade = std::clamp(age - 18, 1, 4);
        diploma = 13;
    } else {
        // Left school (or never went): the highest level by generation and welfare.
        const double lift = wealth * 200.0;
        std::array<int, 6> weights{};
        if (age >= 60) {
            weights = {200, 550, 120, 100, 10, 20};
        } else if (age >= 40) {
            weights = {40, 350, 250, 280, 20, 60};
        } else {
            weights = {10, 150, 300, 400, 50, 90};
        }
        weights[3] += static_cast<int>(lift);
        weights[5] += static_cast<int>(lift / 2.0);
        static constexpr std::array<int, 6> kLevels{0, 3, 8, 13, 18, 19};
        level = kLevels[static_cast<std::size_t>(weighted(rng, weights))];
        // Those who left young cannot have gone further than their age allows.
        if (age <= 15) {
            level = 3;
        } else if (age <= 20 && level > 8) {
            level = 8;
        } else if (age <= 22 && level > 13) {
            level = 13;
        }
        if (level == 0) {
            participation = 1;
        } else {
            if (level == 13 && rng.chance(0.35)) {
                level = 15;
            }
            const bool completed = rng.chance(0.85);
            const int maxGrade = level == 3 ? 6 : (level >= 18 ? 4 : 3);
            grade = completed ? 8 : draw(rng, 1, maxGrade);
            diploma = completed ? level : (level == 3 ? 23 : (level == 8 ? 3 : (level >= 18 ? 13 : 8)));
            if (level == 15 && !completed) {
                diploma = 8;
            }
        }
    }
    return e;
}

// Functional difficulties (428a–i) from age 2: mostly none, some for the elderly, ≈2 % one severe
// item. Returns whether the member counts as disabled (an item coded 1 or 2).
bool fillDifficulties(Rng &rng, Member &member, int age)
{
    if (age < 2) {
        return false;
    }
    static constexpr std::array<Field, 9> kDifficulties{Field::DiffSeeing,
                                                        Field::DiffHearing,
                                                        Field::DiffWalking,
                                                        Field::DiffHands,
                                                        Field::DiffLearning,
                                                        Field::DiffBehaviour,
                                                        Field::DiffCommunicating,
                                                        Field::DiffSelfcare,
                                                        Field::DiffRemembering};
    bool disabled = false;
    const int severeItem = rng.chance(0.02) ? draw(rng, 0, 8) : -1;
    for (std::size_t d = 0; d < kDifficulties.size(); ++d) {
        int grade = 4;
        if (age >= 70 && d <= 2 && rng.chance(0.3)) {
            grade = 3;
        }
        if (static_cast<int>(d) == severeItem) {
            grade = rng.chance(0.4) ? 1 : 2;
            disabled = true;
        }
        member.setValue(kDifficulties[d], num(grade));
    }
    return disabled;
}

} // namespace

void DemoVillage::generate(Household &household)
{
    Rng &rng = *m_rng;
    Context c{rng, m_options.today, static_cast<int>(m_options.profile)};
    const NameLists &lists = nameLists();
    const int index = m_produced + 1;

    household = Household();
    Household &h = household;
    const QString householdId = QLatin1String("demo-") + digits(index, 6);

    // ---- place in the layout
    Layout &layout = *m_layout;
    while (layout.rts[layout.current].families <= layout.inCurrent) {
        ++layout.current;
        layout.inCurrent = 0;
        layout.building = 0;
    }
    const Layout::Rt &rt = layout.rts[layout.current];
    const bool sharesBuilding = layout.inCurrent > 0 && rng.chance(0.075);
    int familyNo = 1;
    if (sharesBuilding) {
        familyNo = 2;
    } else {
        ++layout.building;
    }
    ++layout.inCurrent;

    // ---- profile and religion
    int profile = c.profile;
    if (rng.chance(0.12)) {
        static constexpr std::array<int, kProfileCount> kMix{0, 35, 15, 25, 25};
        std::array<int, kProfileCount> mix = kMix;
        mix[static_cast<std::size_t>(c.profile)] = 0;
        if (c.profile != 0) {
            mix[0] = 40;
        }
        profile = weighted(rng, mix);
    }
    const int religion = pickCode(rng, kReligionCodes, kReligionWeights[static_cast<std::size_t>(profile)]);

    // ---- people
    std::vector<Person> people;
    const int size = drawSize(rng);
    auto addPerson = [&](int sex, int age, int relationship, int marital) -> Person & {
        Person p;
        p.sex = sex;
        p.birth = birthForAge(c, std::max(age, 0));
        p.relationship = relationship;
        p.marital = marital;
        people.push_back(p);
        return people.back();
    };
    auto addChildren = [&](int motherAge, const std::vector<int> &ages) {
        int order = 0;
        for (int birthAge : ages) {
            const int age = motherAge - birthAge;
            Person &child = addPerson(draw(rng, 0, 1) == 0 ? 1 : 2, age, 3, 1);
            child.birthOrder = order++;
            // A birth in the last year may be this year's: keep it in the past.
            if (child.birth > c.today) {
                child.birth = c.today.addDays(-draw(rng, 1, 200));
            }
        }
    };
    // A couple (male head) with `children` children; returns the mother's age.
    auto couple = [&](int children, int youngestAge) {
        const std::vector<int> ages = birthAges(rng, children);
        // Nobody married under 19 (V25 is planted on purpose only).
        const int motherAge = std::max(children > 0 ? ages.back() + youngestAge : youngestAge, 19);
        const int fatherAge = std::max(motherAge + draw(rng, -1, 8), 19);
        addPerson(1, fatherAge, 1, 2);
        addPerson(2, motherAge, 2, 2);
        addChildren(motherAge, ages);
        return motherAge;
    };
    auto youngest = [&]() {
        // The youngest child's age: young families are common (the pyramid's ≈25 % under 15).
        return rng.chance(0.8) ? draw(rng, 0, 14) : draw(rng, 15, 26);
    };

    if (size == 1) {
        if (rng.chance(0.55)) {
            const int sex = rng.chance(0.7) ? 2 : 1;
            addPerson(sex, draw(rng, 65, 92), 1, rng.chance(0.85) ? 4 : 3);
        } else {
            const int age = draw(rng, 20, 64);
            const int marital = age < 35 ? 1 : (rng.chance(0.5) ? 3 : (rng.chance(0.5) ? 4 : 1));
            addPerson(rng.chance(0.6) ? 1 : 2, age, 1, marital);
        }
    } else {
        const double kind = rng.unit();
        if (size == 2 && kind < 0.6) {
            const double sub = rng.unit();
            const int husband =
                sub < 0.5 ? draw(rng, 55, 85) : (sub < 0.8 ? draw(rng, 21, 32) : draw(rng, 45, 64));
            addPerson(1, husband, 1, 2);
            addPerson(2, std::max(husband - draw(rng, 0, 6), 19), 2, 2);
        } else if (size == 2 && kind < 0.85) {
            // Single parent, mostly a mother (widowed or divorced).
            const std::vector<int> ages = birthAges(rng, 1);
            const int parentAge = std::max(ages.back() + youngest(), 19);
            const int sex = rng.chance(0.8) ? 2 : 1;
            addPerson(sex, parentAge, 1, parentAge >= 40 && rng.chance(0.6) ? 4 : 3);
            addChildren(sex == 2 ? parentAge : parentAge - draw(rng, 0, 4), ages);
        } else if (size == 2) {
            // An adult child heading the family with a widowed parent.
            const int age = draw(rng, 28, 55);
            addPerson(rng.chance(0.5) ? 1 : 2, age, 1, rng.chance(0.7) ? 1 : 3);
            addPerson(rng.chance(0.75) ? 2 : 1, std::min(age + draw(rng, 20, 35), 94), 6, 4);
        } else if (kind < 0.80 || (size == 3 && kind >= 0.95)) {
            couple(size - 2, youngest());
        } else if (kind < 0.88) {
            const std::vector<int> ages = birthAges(rng, size - 1);
            const int motherAge = std::max(ages.back() + youngest(), 19);
            addPerson(2, motherAge, 1, motherAge >= 40 && rng.chance(0.6) ? 4 : 3);
            addChildren(motherAge, ages);
        } else if (kind < 0.95) {
            // Three generations: a couple, its children and the head's widowed parent.
            const int motherAge = couple(size - 3, youngest());
            const int headAge = ageOn(people.front().birth, c.today);
            addPerson(rng.chance(0.75) ? 2 : 1,
                      std::min(std::max(headAge, motherAge) + draw(rng, 20, 32), 94),
                      6,
                      4);
        } else {
            // Three generations: the head couple, a married child with spouse, grandchildren.
            const int grandchildren = size - 4;
            const std::vector<int> ages = birthAges(rng, grandchildren);
            const int childAge =
                std::max((grandchildren > 0 ? ages.back() : draw(rng, 20, 26)) + draw(rng, 0, 8), 19);
            const int motherAge = childAge + draw(rng, 20, 30);
            const int fatherAge = motherAge + draw(rng, 0, 6);
            addPerson(1, fatherAge, 1, 2);
            addPerson(2, motherAge, 2, 2);
            const int childSex = rng.chance(0.6) ? 2 : 1;
            addPerson(childSex, childAge, 3, 2);
            addPerson(childSex == 2 ? 1 : 2, std::max(childAge + draw(rng, -2, 4), 19), 4, 2);
            int order = 0;
            for (int birthAge : ages) {
                const int parentAge = childSex == 2 ? childAge : childAge + 1;
                Person &g = addPerson(draw(rng, 0, 1) == 0 ? 1 : 2, std::max(parentAge - birthAge, 0), 5, 1);
                g.birthOrder = order++;
                if (g.birth > c.today) {
                    g.birth = c.today.addDays(-draw(rng, 1, 200));
                }
            }
        }
    }
    // A few larger families shelter a nephew or niece (relationship 8).
    if (people.size() >= 4 && people.back().relationship == 3 && rng.chance(0.03)) {
        people.back().relationship = 8;
    }
    // Grown children may have married and come back divorced; most are single.
    for (Person &p : people) {
        const int age = ageOn(p.birth, c.today);
        if (p.relationship == 3 && p.marital == 1 && age >= 24 && rng.chance(0.08)) {
            p.marital = 3;
        }
    }

    // ---- welfare score (0 poorest … 1), housing follows it with noise; desil from it
    const double u = (rng.unit() + rng.unit()) / 2.0;
    const double wealth = u * u * 0.3 + u * 0.7; // slightly skewed towards poorer families, as in villages
    auto noisy = [&](double spread) {
        return std::clamp(wealth + (rng.unit() - 0.5) * spread, 0.0, 0.999);
    };
    int desil = std::clamp(1 + static_cast<int>(noisy(0.15) * 10.0), 1, 10);
    bool hasDesil = !rng.chance(0.02);

    // ---- decide this household's planted anomaly (at most one per household)
    for (int k = 0; k < kDemoAnomalyCount; ++k) {
        if (rng.chance(kAnomalyRate)) {
            ++m_pending[static_cast<std::size_t>(k)];
        }
    }
    auto ageOf = [&](const Person &p) {
        return ageOn(p.birth, c.today);
    };
    auto findPerson = [&](auto predicate) -> int {
        for (std::size_t i = 0; i < people.size(); ++i) {
            if (predicate(people[i])) {
                return static_cast<int>(i);
            }
        }
        return -1;
    };
    auto isNonHeadAdult = [&](const Person &p) {
        return p.relationship != 1 && ageOf(p) >= 18;
    };
    auto applicable = [&](DemoAnomaly a) -> bool {
        switch (a) {
        case DemoAnomaly::DeadHead:
        case DemoAnomaly::DeadMemberInPkh:
            return people.size() >= 3;
        case DemoAnomaly::MovedWithin:
        case DemoAnomaly::MovedAbroad:
        case DemoAnomaly::NotFound:
            return findPerson([&](const Person &p) {
                       return p.relationship == 3 && ageOf(p) >= 18;
                   })
                   >= 0;
        case DemoAnomaly::CivilServantInPkh:
        case DemoAnomaly::ChildTooYoung:
            return people.size() >= 3 && people[0].relationship == 1 && people[1].relationship == 2
                   && people[2].relationship == 3 && ageOf(people[0]) >= 30 && ageOf(people[0]) <= 55;
        case DemoAnomaly::MarriedAt16:
        case DemoAnomaly::SchoolTooYoung:
            return findPerson([&](const Person &p) {
                       return p.relationship == 3 && ageOf(p) <= 13;
                   }) >= 0
                   && ageOf(people[0]) >= 35;
        case DemoAnomaly::Age104:
            return findPerson([&](const Person &p) {
                       return p.relationship == 6;
                   }) >= 0
                   || (people.size() == 1 && ageOf(people[0]) >= 80);
        case DemoAnomaly::DuplicateNik:
            return !m_lastAdult.nik().isEmpty() && people.size() >= 3;
        case DemoAnomaly::SharedKk:
            return !m_lastKk.isEmpty();
        case DemoAnomaly::NikEmptyAdult:
        case DemoAnomaly::NikSexMismatch:
        case DemoAnomaly::NikDateMismatch:
        case DemoAnomaly::UnknownNikRegion:
            return findPerson(isNonHeadAdult) >= 0;
        case DemoAnomaly::TwoSpouses:
            return people.size() == 2 && people[1].relationship == 2;
        case DemoAnomaly::PregnantOver55:
            return findPerson([&](const Person &p) {
                       return p.relationship == 2 && p.sex == 2 && ageOf(p) >= 56 && ageOf(p) <= 59;
                   })
                   >= 0;
        case DemoAnomaly::WorkedZeroHours:
            return ageOf(people[0]) >= 20 && ageOf(people[0]) <= 60;
        case DemoAnomaly::PensionerInPkh:
            return people.size() >= 3 && ageOf(people[0]) >= 58;
        case DemoAnomaly::ElderlyAloneNoAid:
            return people.size() == 1 && ageOf(people[0]) >= 65;
        case DemoAnomaly::PbiHighDesil:
        case DemoAnomaly::CarOwnerWithPbi:
        case DemoAnomaly::Power2200:
        case DemoAnomaly::PoorWithoutDesil:
        case DemoAnomaly::KkEmpty:
        case DemoAnomaly::GatedFieldFilled:
        case DemoAnomaly::HugeFloorArea:
        case DemoAnomaly::LuxuryHouse:
        case DemoAnomaly::KkUnknownRegion:
            return true;
        case DemoAnomaly::FormalJobInPkh:
            return people.size() >= 3 && ageOf(people[0]) >= 20 && ageOf(people[0]) <= 58;
        case DemoAnomaly::HighTurnoverInBpnt:
            return ageOf(people[0]) >= 25 && ageOf(people[0]) <= 64;
        }
        return false;
    };
    std::optional<DemoAnomaly> anomaly;
    const int start = draw(rng, 0, kDemoAnomalyCount - 1);
    for (int step = 0; step < kDemoAnomalyCount && !anomaly; ++step) {
        const int k = (start + step) % kDemoAnomalyCount;
        if (m_pending[static_cast<std::size_t>(k)] > 0 && applicable(static_cast<DemoAnomaly>(k))) {
            anomaly = static_cast<DemoAnomaly>(k);
            --m_pending[static_cast<std::size_t>(k)];
        }
    }
    auto is = [&](DemoAnomaly a) {
        return anomaly == a;
    };
    int anomalyPerson = -1; // index into people (before sorting)
    QString anomalyOther;

    // Structural anomalies change ages and relationships before identifiers are made.
    if (is(DemoAnomaly::ChildTooYoung)) {
        people[2].birth = people[0].birth.addYears(10);
        anomalyPerson = 2;
    } else if (is(DemoAnomaly::MarriedAt16)) {
        anomalyPerson = findPerson([&](const Person &p) {
            return p.relationship == 3 && ageOf(p) <= 13;
        });
        people[static_cast<std::size_t>(anomalyPerson)].birth = birthForAge(c, 16);
        people[static_cast<std::size_t>(anomalyPerson)].marital = 2;
    } else if (is(DemoAnomaly::Age104)) {
        anomalyPerson = findPerson([&](const Person &p) {
            return p.relationship == 6;
        });
        if (anomalyPerson < 0) {
            anomalyPerson = 0;
        }
        people[static_cast<std::size_t>(anomalyPerson)].birth = birthForAge(c, 104);
    } else if (is(DemoAnomaly::SchoolTooYoung)) {
        anomalyPerson = findPerson([&](const Person &p) {
            return p.relationship == 3 && ageOf(p) <= 13;
        });
        people[static_cast<std::size_t>(anomalyPerson)].birth = birthForAge(c, 12);
    } else if (is(DemoAnomaly::TwoSpouses)) {
        const int age = ageOf(people[1]);
        addPerson(2, std::max(age - draw(rng, 3, 12), 19), 2, 2);
        anomalyPerson = 2;
    } else if (is(DemoAnomaly::DeadHead)) {
        people[0].presence = 2;
        people[0].presenceDate = c.today.addDays(-draw(rng, 30, 700));
        if (people[1].relationship == 2) {
            people[1].marital = 4;
        }
        anomalyPerson = 0;
    } else if (is(DemoAnomaly::DeadMemberInPkh)) {
        anomalyPerson = static_cast<int>(people.size()) - 1;
        people.back().presence = 2;
        people.back().presenceDate = c.today.addDays(-draw(rng, 30, 700));
    } else if (is(DemoAnomaly::MovedWithin) || is(DemoAnomaly::MovedAbroad) || is(DemoAnomaly::NotFound)) {
        anomalyPerson = findPerson([&](const Person &p) {
            return p.relationship == 3 && ageOf(p) >= 18;
        });
        Person &p = people[static_cast<std::size_t>(anomalyPerson)];
        p.presence = is(DemoAnomaly::MovedWithin) ? 3 : (is(DemoAnomaly::MovedAbroad) ? 4 : 6);
        p.presenceDate = c.today.addDays(-draw(rng, 30, 900));
    } else if (is(DemoAnomaly::PregnantOver55)) {
        anomalyPerson = findPerson([&](const Person &p) {
            return p.relationship == 2 && p.sex == 2 && ageOf(p) >= 56 && ageOf(p) <= 59;
        });
    }
    // Members who joined after the Regsosek enumeration (births of the last two years): new member.
    for (Person &p : people) {
        if (p.presence == 1 && p.relationship != 1 && p.birth > c.today.addYears(-2)) {
            p.presence = 5;
            p.presenceDate = p.birth;
        }
    }
    // In-migrant adults keep the NIK of their first registration.
    for (Person &p : people) {
        if ((p.relationship == 1 || p.relationship == 2 || p.relationship == 4 || p.relationship == 6)
            && rng.chance(0.22)) {
            p.migrant = true;
        }
    }

    // ---- names
    const auto &males = lists.male[static_cast<std::size_t>(profile)];
    const auto &females = lists.female[static_cast<std::size_t>(profile)];
    const QString familyName = profile == 3   ? pick(rng, lists.batakMarga)
                               : profile == 4 ? pick(rng, lists.nttSurname)
                                              : QString();
    static constexpr std::array<std::array<const char *, 2>, 4> kBaliOrder{
        {{"WAYAN", "PUTU"}, {"MADE", "KADEK"}, {"NYOMAN", "KOMANG"}, {"KETUT", "KETUT"}}};
    for (Person &p : people) {
        QString given;
        if (profile <= 1) {
            // Javanese and Sundanese: older people mostly carry one name, younger ones two or more.
            const int year = p.birth.year();
            const double modern = year < 1970 ? 0.1 : (year < 1990 ? 0.4 : (year < 2005 ? 0.7 : 0.85));
            const auto &pools = p.sex == 1 ? lists.maleByWords[static_cast<std::size_t>(profile)]
                                           : lists.femaleByWords[static_cast<std::size_t>(profile)];
            given = pick(rng, pools[rng.chance(modern) ? 1 : 0]);
        } else {
            given = pick(rng, p.sex == 1 ? males : females);
        }
        if (profile == 2) {
            const int order = p.relationship == 3 || p.relationship == 5 ? p.birthOrder : draw(rng, 0, 3);
            const auto &names = kBaliOrder[static_cast<std::size_t>(order % 4)];
            given = QLatin1String(p.sex == 1 ? "I " : "NI ") + QLatin1String(names[rng.bounded(2)])
                    + QLatin1Char(' ') + given;
        }
        if (profile == 3 || profile == 4) {
            // Children and the (male) head carry the family name; others their own.
            const bool ownFamily =
                p.relationship == 3 || p.relationship == 5 || (p.relationship == 1 && p.sex == 1);
            given +=
                QLatin1Char(' ')
                + (ownFamily ? familyName : pick(rng, profile == 3 ? lists.batakMarga : lists.nttSurname));
        }
        p.name = given;
    }

    // ---- housing, from the score
    const double hw = noisy(0.3);
    const int tenure =
        pickCode(rng, std::array<int, 5>{1, 2, 3, 4, 5}, std::array<int, 5>{800, 60, 100, 10, 30});
    int landProof = 0;
    if (tenure == 1) {
        landProof =
            hw > 0.5
                ? pickCode(rng, std::array<int, 4>{1, 2, 4, 5}, std::array<int, 4>{70, 5, 5, 20})
                : pickCode(rng, std::array<int, 5>{1, 2, 3, 5, 6}, std::array<int, 5>{30, 5, 10, 35, 20});
    }
    int floorArea = 24 + static_cast<int>(hw * 100.0) + draw(rng, 0, 30);
    int floorType = hw < 0.12 && rng.chance(0.6) ? 8
                    : hw < 0.35                  ? (rng.chance(0.7) ? 6 : 2)
                    : hw > 0.9 && rng.chance(0.15)
                        ? 1
                        : pickCode(rng, std::array<int, 4>{2, 6, 4, 5}, std::array<int, 4>{780, 150, 50, 20});
    int wall = hw < 0.15   ? pickCode(rng, std::array<int, 4>{4, 6, 3, 1}, std::array<int, 4>{35, 15, 25, 25})
               : hw < 0.35 ? pickCode(rng, std::array<int, 4>{1, 3, 2, 4}, std::array<int, 4>{60, 25, 10, 5})
                           : (rng.chance(0.95) ? 1 : 3);
    int roof = pickCode(rng,
                        std::array<int, 5>{2, 3, 4, 1, 7},
                        std::array<int, 5>{620, 250, 90, hw > 0.7 ? 40 : 5, hw < 0.1 ? 40 : 2});
    const int water =
        pickCode(rng,
                 std::array<int, 8>{2, 4, 5, 3, 6, 7, 1, 8},
                 std::array<int, 8>{
                     hw > 0.5 ? 350 : 150, 250, 200, 120, hw < 0.3 ? 90 : 10, 60, hw > 0.7 ? 60 : 5, 20});
    int lighting = hw < 0.1
                       ? pickCode(rng, std::array<int, 4>{1, 2, 3, 4}, std::array<int, 4>{55, 25, 10, 10})
                       : (rng.chance(0.96) ? 1 : 2);
    int power1 = 0;
    int power2 = 0;
    if (lighting == 1) {
        power1 = hw < 0.35 ? 1 : (hw < 0.8 ? (rng.chance(0.75) ? 2 : 1) : (rng.chance(0.6) ? 2 : 3));
        if (hw > 0.85 && rng.chance(0.05)) {
            power2 = 1; // a second meter (a kiosk or a rented room)
        }
    }
    int cooking = hw < 0.15 && rng.chance(0.6)
                      ? 10
                      : pickCode(rng,
                                 std::array<int, 6>{4, 10, 3, 2, 1, 9},
                                 std::array<int, 6>{850, 80, hw > 0.7 ? 40 : 5, 15, 5, 5});
    int toilet =
        hw < 0.12 && rng.chance(0.5)
            ? 6
            : pickCode(rng, std::array<int, 5>{1, 2, 3, 4, 5}, std::array<int, 5>{880, 60, 40, 10, 10});
    int faeces = toilet == 6 ? (rng.chance(0.6) ? 3 : 5)
                             : pickCode(rng,
                                        std::array<int, 4>{1, 4, 3, 2},
                                        std::array<int, 4>{hw < 0.2 ? 400 : 800, 120, 70, 10});

    // ---- assets
    auto yes = [&](double probability) {
        return rng.chance(std::clamp(probability, 0.0, 1.0));
    };
    bool assetLpg = yes(0.05 + hw * 0.4);
    bool fridge = yes(0.1 + hw * 0.8);
    bool ac = yes(hw > 0.75 ? 0.25 : 0.0);
    bool heater = yes(hw > 0.8 ? 0.15 : 0.0);
    bool landline = yes(0.01 + hw * 0.03);
    bool tv = yes(0.55 + hw * 0.4);
    bool gold = yes(hw > 0.6 ? 0.25 : 0.02);
    bool computer = yes(hw > 0.5 ? hw * 0.3 : 0.02);
    bool motorcycle = yes(0.45 + hw * 0.5);
    bool bicycle = yes(0.3);
    bool car = yes(hw > 0.8 ? 0.35 : (hw > 0.6 ? 0.05 : 0.0));
    bool boat = yes(0.01);
    bool motorboat = yes(0.003);
    bool smartphone = yes(0.6 + hw * 0.35);
    const bool farming = rng.chance(0.45);
    int cattle = farming && rng.chance(0.25) ? draw(rng, 1, 4) : 0;
    int buffalo = farming && rng.chance(0.04) ? draw(rng, 1, 2) : 0;
    int horse = rng.chance(0.003) ? 1 : 0;
    int pig = profile >= 2 && rng.chance(0.4) ? draw(rng, 1, 6) : 0;
    int goats = farming && rng.chance(0.3) ? draw(rng, 2, 12) : 0;
    bool landElsewhere = yes(farming ? 0.2 + hw * 0.3 : 0.05);
    bool houseElsewhere = yes(hw > 0.7 ? 0.1 : 0.01);
    int internet = smartphone ? (hw > 0.6 && rng.chance(0.3) ? 2 : 3) : (rng.chance(0.1) ? 3 : 0);
    int bank = hw < 0.3 ? (rng.chance(0.6) ? 4 : 2)
                        : pickCode(rng, std::array<int, 3>{2, 4, 3}, std::array<int, 3>{70, 20, 10});

    // ---- housing anomalies
    if (is(DemoAnomaly::PoorWithoutDesil) || is(DemoAnomaly::ElderlyAloneNoAid)) {
        floorType = 8;
        wall = 4;
        roof = 3;
        lighting = 1;
        power1 = 1;
        power2 = 0;
        cooking = 10;
        toilet = 6;
        faeces = 3;
        floorArea = draw(rng, 18, 36);
        fridge = ac = heater = gold = computer = car = motorboat = false;
        hasDesil = !is(DemoAnomaly::PoorWithoutDesil);
        desil = 6; // ElderlyAloneNoAid: a stale, too high desil
    }
    if (is(DemoAnomaly::LuxuryHouse)) {
        floorType = 1;
        wall = 1;
        roof = 1;
        floorArea = draw(rng, 150, 260);
        ac = true;
        gold = true;
        lighting = 1;
        power1 = 3;
        desil = 4;
        hasDesil = true;
    }
    if (is(DemoAnomaly::Power2200)) {
        lighting = 1;
        power1 = 4;
    }
    if (is(DemoAnomaly::HugeFloorArea)) {
        floorArea = 1200;
    }
    if (is(DemoAnomaly::CarOwnerWithPbi)) {
        car = true;
        desil = std::min(desil, 5);
        hasDesil = true;
    }
    if (is(DemoAnomaly::PbiHighDesil)) {
        desil = std::max(desil, 7);
        hasDesil = true;
    }
    const bool forcePkh = is(DemoAnomaly::DeadMemberInPkh) || is(DemoAnomaly::CivilServantInPkh)
                          || is(DemoAnomaly::PensionerInPkh) || is(DemoAnomaly::FormalJobInPkh);
    if (is(DemoAnomaly::HighTurnoverInBpnt)) {
        desil = std::min(desil, 5);
        hasDesil = true;
    }
    if (forcePkh) {
        desil = std::min(desil, 3);
        hasDesil = true;
    }
    int tenureOut = tenure;
    if (is(DemoAnomaly::GatedFieldFilled)) {
        tenureOut = 2;
        landProof = 1;
    }

    // ---- programmes (DOMAIN.md §2 thresholds: PKH 1–4, BPNT 1–5, PBI 1–5)
    bool hasComponent = false;
    for (const Person &p : people) {
        const int age = ageOf(p);
        if (p.presence == 1 || p.presence == 5) {
            hasComponent = hasComponent || age < 18 || age >= 60;
        }
    }
    const bool noAid = !hasDesil || is(DemoAnomaly::ElderlyAloneNoAid) || is(DemoAnomaly::PbiHighDesil);
    bool pkh = !noAid && desil <= 4 && hasComponent && rng.chance(0.4);
    bool bpnt = !noAid && desil <= 5 && rng.chance(pkh ? 0.95 : 0.35);
    bool pbi = !noAid && desil <= 5 && rng.chance(pkh || bpnt ? 0.9 : 0.5);
    bool bltDd = !noAid && desil <= 3 && !pkh && rng.chance(0.25);
    bool electricity = lighting == 1 && power1 == 1 && power2 == 0;
    bool regional = !noAid && desil <= 5 && rng.chance(0.06);
    bool fertiliser = farming && landElsewhere && rng.chance(0.6);
    bool lpgSubsidy = cooking == 4;
    if (forcePkh) {
        pkh = true;
        bpnt = true;
    }
    if (is(DemoAnomaly::CarOwnerWithPbi) || is(DemoAnomaly::PbiHighDesil)) {
        pbi = true;
    }
    if (is(DemoAnomaly::LuxuryHouse) || is(DemoAnomaly::HighTurnoverInBpnt)) {
        bpnt = true;
    }
    if (is(DemoAnomaly::PoorWithoutDesil) || is(DemoAnomaly::ElderlyAloneNoAid)) {
        pkh = bpnt = pbi = bltDd = regional = fertiliser = false;
        lpgSubsidy = false;
        electricity = false;
    }
    const bool aidFamily = pkh || bpnt || pbi;

    // ---- household values
    auto setH = [&](Field f, const QString &v) {
        h.setValue(f, v);
    };
    auto yn = [](bool b) -> const QString & {
        return num(b ? 1 : 2);
    };
    setH(Field::HouseholdId, householdId);
    setH(Field::VillageCode, m_villageCode);
    setH(Field::Dusun, layout.dusunNames[static_cast<std::size_t>(rt.dusun)]);
    setH(Field::Rw, num(rt.rw));
    setH(Field::Rt, num(rt.rt));
    setH(Field::SlsCode, m_villageCode + digits(static_cast<qint64>(layout.current) + 1, 4));
    setH(Field::SubSlsCode, QStringLiteral("00"));
    {
        QString address = QLatin1String("DUSUN ") + layout.dusunNames[static_cast<std::size_t>(rt.dusun)];
        address += QLatin1String(" RT ");
        appendDigits(address, rt.rt, 3);
        address += QLatin1String(" RW ");
        appendDigits(address, rt.rw, 3);
        setH(Field::Address, address);
    }
    setH(Field::BuildingNo, QString::number(layout.building));
    setH(Field::FamilyNo, num(familyNo));
    setH(Field::FamilyStatus, num(sharesBuilding ? 2 : 0));
    setH(Field::Latitude, microDegrees(m_latitudeMicro + rng.between(-9000, 9000)));
    setH(Field::Longitude, microDegrees(m_longitudeMicro + rng.between(-9000, 9000)));
    setH(Field::Desil, hasDesil ? num(desil) : QString());
    if (lighting == 1 || lighting == 2) {
        setH(Field::PlnCustomerId,
             QLatin1Char('5') + digits(static_cast<qint64>(rng.bounded(100000000000ULL)), 11));
    }
    auto programme = [&](Field flag, Field when, bool received) {
        setH(flag, yn(received));
        if (received) {
            setH(when, period(c.today.addMonths(-draw(rng, 0, 2))));
        }
    };
    programme(Field::ProgBpnt, Field::ProgBpntPeriod, bpnt);
    programme(Field::ProgPkh, Field::ProgPkhPeriod, pkh);
    programme(Field::ProgBltDd, Field::ProgBltDdPeriod, bltDd);
    programme(Field::ProgElectricitySubsidy, Field::ProgElectricitySubsidyPeriod, electricity);
    programme(Field::ProgRegionalAid, Field::ProgRegionalAidPeriod, regional);
    programme(Field::ProgFertiliserSubsidy, Field::ProgFertiliserSubsidyPeriod, fertiliser);
    programme(Field::ProgLpgSubsidy, Field::ProgLpgSubsidyPeriod, lpgSubsidy);
    setH(Field::Tenure, num(tenureOut));
    if (landProof > 0) {
        setH(Field::LandProof, num(landProof));
    }
    setH(Field::FloorAreaM2, num(floorArea));
    setH(Field::Floor, num(floorType));
    setH(Field::Wall, num(wall));
    setH(Field::Roof, num(roof));
    setH(Field::WaterSource, num(water));
    if (water >= 4 && water <= 6) {
        setH(Field::WaterSepticDistance,
             num(pickCode(rng, std::array<int, 3>{1, 2, 3}, std::array<int, 3>{45, 45, 10})));
    }
    setH(Field::Lighting, num(lighting));
    if (lighting == 1) {
        setH(Field::Power1, num(power1));
        if (power2 > 0) {
            setH(Field::Power2, num(power2));
        }
    }
    setH(Field::CookingFuel, num(cooking));
    setH(Field::ToiletFacility, num(toilet));
    if (toilet <= 4) {
        setH(Field::ToiletType,
             num(hw < 0.15 ? pickCode(rng, std::array<int, 3>{1, 3, 4}, std::array<int, 3>{50, 30, 20})
                           : (rng.chance(0.93) ? 1 : 2)));
    }
    setH(Field::FaecesDisposal, num(faeces));
    setH(Field::AssetLpg5kg, yn(assetLpg));
    setH(Field::AssetFridge, yn(fridge));
    setH(Field::AssetAc, yn(ac));
    setH(Field::AssetWaterHeater, yn(heater));
    setH(Field::AssetLandline, yn(landline));
    setH(Field::AssetTv, yn(tv));
    setH(Field::AssetGold10g, yn(gold));
    setH(Field::AssetComputer, yn(computer));
    setH(Field::AssetMotorcycle, yn(motorcycle));
    setH(Field::AssetBicycle, yn(bicycle));
    setH(Field::AssetCar, yn(car));
    setH(Field::AssetBoat, yn(boat));
    setH(Field::AssetMotorboat, yn(motorboat));
    setH(Field::AssetSmartphone, yn(smartphone));
    setH(Field::LivestockCattle, num(cattle));
    setH(Field::LivestockBuffalo, num(buffalo));
    setH(Field::LivestockHorse, num(horse));
    setH(Field::LivestockPig, num(pig));
    setH(Field::LivestockGoatSheep, num(goats));
    setH(Field::LandElsewhere, yn(landElsewhere));
    setH(Field::HouseElsewhere, yn(houseElsewhere));
    setH(Field::InternetAccess, num(internet));
    setH(Field::BankAccount, num(bank));
    setH(Field::InstrumentVersion, QStringLiteral("REGSOSEK2022.K"));

    // ---- KK number: kecamatan + DDMMYY of issue + serial
    {
        const QDate issued =
            QDate(2008, 1, 1).addDays(draw(rng, 0, static_cast<int>(QDate(2008, 1, 1).daysTo(c.today)) - 30));
        const qint64 ddmmyy = issued.day() * 10000 + issued.month() * 100 + issued.year() % 100;
        const auto key = static_cast<quint64>(ddmmyy);
        const int serial = ++m_kkSerials[key];
        QString kk = is(DemoAnomaly::KkUnknownRegion) ? QStringLiteral("390101") : m_villageCode.left(6);
        appendDigits(kk, ddmmyy, 6);
        appendDigits(kk, serial, 4);
        if (is(DemoAnomaly::SharedKk)) {
            anomalyOther = m_lastHouseholdId;
            kk = m_lastKk;
        }
        if (!is(DemoAnomaly::KkEmpty)) {
            setH(Field::KkNumber, kk);
        }
        if (!is(DemoAnomaly::SharedKk) && !is(DemoAnomaly::KkEmpty) && !is(DemoAnomaly::KkUnknownRegion)
            && rng.chance(0.2)) {
            m_lastKk = kk;
            m_lastHouseholdId = householdId;
        }
    }

    // ---- members
    const QString kecamatan = m_villageCode.left(6);
    auto makeNik = [&](const QString &prefix, QDate birth, int sex) {
        const int day = birth.day() + (sex == 2 ? 40 : 0);
        const qint64 ddmmyy = day * 10000 + birth.month() * 100 + birth.year() % 100;
        const quint64 key = prefix.toULongLong() * 1000000ULL + static_cast<quint64>(ddmmyy);
        const int serial = ++m_nikSerials[key];
        QString nik = prefix;
        appendDigits(nik, ddmmyy, 6);
        appendDigits(nik, serial, 4);
        return nik;
    };
    bool employerInsured = false;
    std::vector<Member> members(people.size());
    for (std::size_t i = 0; i < people.size(); ++i) {
        const Person &p = people[i];
        Member &m = members[i];
        const int age = ageOf(p);
        auto set = [&](Field f, const QString &v) {
            m.setValue(f, v);
        };
        set(Field::PersonId, householdId + QLatin1Char('-') + digits(static_cast<qint64>(i) + 1, 2));
        set(Field::Name, p.name);
        set(Field::Presence, num(p.presence));
        if (p.presenceDate.isValid()) {
            set(Field::PresenceDate, isoDate(p.presenceDate));
        }
        set(Field::Sex, num(p.sex));
        const bool bornHere = !p.migrant && (p.relationship == 3 || p.relationship == 5 || rng.chance(0.6));
        set(Field::BirthPlace, bornHere ? m_regencyName : pick(rng, m_otherPlaces));
        set(Field::BirthDate, isoDate(p.birth));
        set(Field::MaritalStatus, num(p.marital));
        set(Field::Relationship, num(p.relationship));
        set(Field::Religion, num(religion));

        // Identity documents and NIK; some infants have none yet.
        const bool infantWithoutNik = age < 1 && rng.chance(0.35);
        int documents = 0;
        if (!infantWithoutNik) {
            if (age < 17) {
                documents = (rng.chance(0.9) ? 1 : 0) + (rng.chance(0.45) ? 2 : 0);
            } else {
                documents =
                    (rng.chance(0.96) ? 4 : 0) + (rng.chance(p.birth.year() >= 1990 ? 0.8 : 0.3) ? 1 : 0);
            }
        }
        set(Field::IdDocuments, num(documents));
        if (!infantWithoutNik) {
            set(Field::Nik, makeNik(p.migrant ? pick(rng, m_otherKecamatans) : kecamatan, p.birth, p.sex));
        }
        if (p.sex == 2 && age >= 10 && age <= 54) {
            const bool canBePregnant = p.marital == 2 && age >= 17 && age <= 45;
            set(Field::Pregnant, yn(canBePregnant && rng.chance(0.04)));
        }

        // Education (412–415).
        if (age >= 5) {
            auto [participation, level, grade, diploma] = educationFor(rng, age, wealth);
            if (is(DemoAnomaly::SchoolTooYoung) && static_cast<int>(i) == anomalyPerson) {
                participation = 2;
                level = 13;
                grade = 1;
                diploma = 8;
            }
            set(Field::SchoolParticipation, num(participation));
            if (level > 0) {
                set(Field::SchoolLevel, num(level));
                set(Field::SchoolGrade, num(grade));
                set(Field::Diploma, num(diploma));
            }
        }

        // Work (416–419).
        const bool inSchool = m.value(Field::SchoolParticipation) == num(2);
        const bool active = p.presence == 1 || p.presence == 5;
        if (age >= 10) {
            double workShare = 0.0;
            if (age >= 15 && age < 65) {
                workShare = p.sex == 1 ? 0.88 : 0.52;
            } else if (age >= 65) {
                workShare = 0.3;
            } else {
                workShare = 0.03;
            }
            if (inSchool) {
                workShare = 0.05;
            }
            bool worked = active && rng.chance(workShare);
            const bool civil = is(DemoAnomaly::CivilServantInPkh) && i == 1;
            const bool zeroHours = is(DemoAnomaly::WorkedZeroHours) && i == 0;
            const bool formalJob = is(DemoAnomaly::FormalJobInPkh) && i == 0;
            const bool bigBusiness = is(DemoAnomaly::HighTurnoverInBpnt) && i == 0;
            if (civil || zeroHours || formalJob || bigBusiness) {
                worked = true;
            }
            set(Field::WorkedLastWeek, yn(worked));
            int status = 0;
            if (worked) {
                set(Field::WorkHours, num(zeroHours ? 0 : draw(rng, 7, 60)));
                int sector = farming ? pickCode(rng,
                                                std::array<int, 5>{1, 2, 3, 5, 4},
                                                std::array<int, 5>{60, 12, 12, 10, 6})
                                     : pickCode(rng,
                                                std::array<int, 10>{12, 11, 8, 13, 14, 21, 20, 22, 24, 19},
                                                std::array<int, 10>{26, 16, 16, 8, 8, 6, 3, 2, 10, 5});
                if (sector <= 6) {
                    status = pickCode(
                        rng, std::array<int, 3>{1, 6, 8}, std::array<int, 3>{50, 30, p.sex == 2 ? 40 : 10});
                } else if (sector == 20 || sector == 21 || sector == 22) {
                    status = !aidFamily && rng.chance(0.5) ? 5 : 4;
                } else {
                    status = pickCode(
                        rng, std::array<int, 5>{4, 1, 7, 2, 3}, std::array<int, 5>{45, 30, 20, 4, 1});
                }
                if (civil) {
                    sector = 21;
                    status = 5;
                    anomalyPerson = static_cast<int>(i);
                }
                if (formalJob) {
                    sector = 8;
                    status = 4;
                }
                if (bigBusiness) {
                    sector = 12;
                    status = 3;
                }
                if (zeroHours || formalJob || bigBusiness) {
                    anomalyPerson = 0;
                }
                set(Field::WorkSector, num(sector));
                set(Field::EmploymentStatus, num(status));
                employerInsured = employerInsured || status == 4 || status == 5;
            }
            if (age >= 15) {
                const bool formal = status == 4 || status == 5;
                set(Field::Npwp, num(formal ? (rng.chance(0.6) ? 1 : 2) : (rng.chance(0.9) ? 3 : 2)));
                const bool business =
                    bigBusiness
                    || (worked && (status == 1 || status == 2 || status == 3) && rng.chance(0.45));
                set(Field::HasBusiness, yn(business));
                if (business) {
                    set(Field::BusinessCount, num(rng.chance(0.9) ? 1 : 2));
                    set(Field::BusinessSector, m.value(Field::WorkSector));
                    set(Field::BusinessPaidWorkers, num(status == 3 ? draw(rng, 1, 4) : 0));
                    set(Field::BusinessUnpaidWorkers, num(status == 2 ? draw(rng, 1, 2) : draw(rng, 0, 1)));
                    set(Field::BusinessLicence,
                        num(pickCode(
                            rng, std::array<int, 5>{11, 4, 5, 2, 10}, std::array<int, 5>{55, 25, 10, 5, 5})));
                    const int turnover =
                        pickCode(rng,
                                 std::array<int, 4>{1, 2, 3, 4},
                                 std::array<int, 4>{70, 22, 6, wealth > 0.6 && !aidFamily ? 4 : 0});
                    set(Field::BusinessTurnover, num(bigBusiness ? 5 : turnover));
                    set(Field::BusinessInternet,
                        num(pickCode(
                            rng, std::array<int, 4>{0, 1, 5, 13}, std::array<int, 4>{60, 20, 15, 5})));
                }
            }
        }

        // Health (427–431).
        if (age < 5) {
            set(Field::Nutrition,
                num(pickCode(rng,
                             std::array<int, 4>{3, 2, 1, 8},
                             std::array<int, 4>{820, wealth < 0.3 ? 120 : 60, 20, 40})));
        }
        const bool disabled = fillDifficulties(rng, m, age);
        if (age >= 10) {
            set(Field::Depressed,
                num(pickCode(rng, std::array<int, 4>{4, 3, 2, 1}, std::array<int, 4>{70, 25, 4, 1})));
        }
        if (disabled) {
            set(Field::Carer, num(people.size() == 1 ? 3 : (rng.chance(0.85) ? 1 : 2)));
        }
        {
            int chronic = 1;
            if (age >= 60) {
                chronic = pickCode(rng,
                                   std::array<int, 7>{1, 2, 3, 6, 5, 8, 13},
                                   std::array<int, 7>{45, 25, 10, 8, 5, 4, 3});
            } else if (age >= 40) {
                chronic =
                    pickCode(rng, std::array<int, 5>{1, 2, 6, 3, 13}, std::array<int, 5>{75, 12, 5, 4, 4});
            } else if (rng.chance(0.03)) {
                chronic = 4;
            }
            set(Field::ChronicIllness, num(chronic));
        }
        // 431b–e.
        if (age >= 18 && age <= 64) {
            set(Field::Prakerja,
                num(pickCode(rng, std::array<int, 3>{2, 1, 8}, std::array<int, 3>{90, 4, 6})));
        }
        if (age >= 18) {
            const bool business = m.value(Field::HasBusiness) == num(1);
            set(Field::Kur, num(business && rng.chance(0.2) ? 1 : (rng.chance(0.95) ? 2 : 8)));
            set(Field::Umi, num(business && rng.chance(0.15) ? 1 : (rng.chance(0.95) ? 2 : 8)));
        }
        if (age >= 6 && age <= 21 && inSchool) {
            set(Field::Pip, yn(hasDesil && desil <= 4 && rng.chance(0.5)));
        }
        // 431f.
        if (age >= 15) {
            const auto status = m.number(Field::EmploymentStatus);
            int insurance = 0;
            if (status == 5) {
                insurance = 1 + 2 + 16;
            } else if (status == 4 && rng.chance(0.5)) {
                insurance = 1 + 2 + 4;
            }
            if (is(DemoAnomaly::PensionerInPkh) && i == 0) {
                insurance = 16;
                anomalyPerson = 0;
            }
            set(Field::EmploymentInsurance, num(insurance));
        }
    }
    // Health insurance (431a): PBI for the whole family, else through an employer or self-paid.
    const int familyInsurance =
        pbi ? 1
            : (employerInsured && !aidFamily
                   ? 4
                   : pickCode(rng, std::array<int, 3>{2, 0, 8}, std::array<int, 3>{45, 50, 5}));
    for (Member &member : members) {
        const bool newborn = member.isEmpty(Field::Nik);
        member.setValue(Field::HealthInsurance, num(newborn && familyInsurance == 1 ? 0 : familyInsurance));
    }
    if (is(DemoAnomaly::FormalJobInPkh)) {
        members[0].setValue(Field::HealthInsurance, num(4)); // through the employer
    }

    // ---- identifier anomalies
    auto adultIndex = [&]() {
        return findPerson(isNonHeadAdult);
    };
    if (is(DemoAnomaly::NikSexMismatch) || is(DemoAnomaly::NikDateMismatch)
        || is(DemoAnomaly::UnknownNikRegion) || is(DemoAnomaly::NikEmptyAdult)) {
        anomalyPerson = adultIndex();
        Member &m = members[static_cast<std::size_t>(anomalyPerson)];
        const Person &p = people[static_cast<std::size_t>(anomalyPerson)];
        if (is(DemoAnomaly::NikSexMismatch)) {
            m.setValue(Field::Nik, makeNik(kecamatan, p.birth, p.sex == 1 ? 2 : 1));
        } else if (is(DemoAnomaly::NikDateMismatch)) {
            // The KTP-el NIK keeps a birth date that was later corrected on the KK.
            m.setValue(Field::Nik, makeNik(kecamatan, p.birth.addDays(draw(rng, 35, 400)), p.sex));
        } else if (is(DemoAnomaly::UnknownNikRegion)) {
            m.setValue(Field::Nik, makeNik(QStringLiteral("390101"), p.birth, p.sex));
        } else {
            m.setValue(Field::Nik, QString());
            m.setValue(Field::IdDocuments, num(4));
        }
    }
    if (is(DemoAnomaly::DuplicateNik)) {
        // The same person also listed in this family (e.g. still on the parents' KK).
        Member copy = m_lastAdult;
        anomalyOther = copy.personId();
        copy.setValue(Field::PersonId,
                      householdId + QLatin1Char('-') + digits(static_cast<qint64>(members.size()) + 1, 2));
        copy.setValue(Field::Relationship, num(8));
        copy.setValue(Field::HealthInsurance, num(familyInsurance));
        // Still on the card of the first family.
        if (m_lastAdultKk != h.kkNumber()) {
            copy.setValue(Field::MemberKkNumber, m_lastAdultKk);
        }
        members.push_back(copy);
        Person shadow;
        shadow.birth = copy.birthDate();
        shadow.relationship = 8;
        people.push_back(shadow);
        anomalyPerson = static_cast<int>(members.size()) - 1;
    }
    if (is(DemoAnomaly::PregnantOver55)) {
        members[static_cast<std::size_t>(anomalyPerson)].setValue(Field::Pregnant, num(1));
    }
    if (is(DemoAnomaly::CarOwnerWithPbi) || is(DemoAnomaly::PbiHighDesil)) {
        anomalyPerson = -1;
    }

    // ---- record the anomaly
    const QString anomalyPersonId =
        anomalyPerson >= 0 ? members[static_cast<std::size_t>(anomalyPerson)].personId() : QString();
    if (anomaly) {
        m_planted.append({*anomaly, householdId, anomalyPersonId, anomalyOther});
    }
    // Remember an ordinary adult for a later duplicate NIK.
    for (std::size_t i = 0; i < members.size(); ++i) {
        if (static_cast<int>(i) != anomalyPerson && !is(DemoAnomaly::KkUnknownRegion)
            && people[i].relationship != 8 && people[i].presence == 1 && ageOf(people[i]) >= 20
            && !members[i].nik().isEmpty() && rng.chance(0.3)) {
            m_lastAdult = members[i];
            m_lastAdultKk = h.kkNumber();
            break;
        }
    }

    // ---- head first, then by birth date (oldest first); person ids keep their generation order
    std::stable_sort(members.begin(), members.end(), [](const Member &a, const Member &b) {
        const bool headA = a.value(Field::Relationship) == num(1);
        const bool headB = b.value(Field::Relationship) == num(1);
        if (headA != headB) {
            return headA;
        }
        return a.value(Field::BirthDate) < b.value(Field::BirthDate);
    });
    h.members = QList<Member>(members.begin(), members.end());
}

} // namespace verdes
