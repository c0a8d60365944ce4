// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/bench/SyntheticVillage.h"

#include "models/core/Rng.h"
#include "models/domain/Field.h"
#include "models/io/CsvWriter.h"

#include <QDate>
#include <QFile>

#include <array>
#include <cmath>

namespace verdes {

namespace {

// Most frequent first: pick() favours the start of each list, so a few tokens are very common.
constexpr std::array kMaleNames = {
    u"MUHAMMAD", u"AGUS",      u"BUDI",    u"SUTRISNO", u"AHMAD",   u"SUPARMAN", u"JOKO",    u"SLAMET",
    u"EKO",      u"HERU",      u"ASEP",    u"DEDE",     u"UJANG",   u"WAHYU",    u"RUDI",    u"HADI",
    u"BAMBANG",  u"DWI",       u"ARIF",    u"RIZKI",    u"YUSUF",   u"IMAM",     u"SUGENG",  u"TEGUH",
    u"PURNOMO",  u"SARIPUDIN", u"KARYONO", u"SUNARTO",  u"MARYONO", u"WIDODO",   u"HARTONO", u"SUYANTO",
    u"FAJAR",    u"ILHAM",     u"DIMAS",   u"ANDI",     u"HENDRA",  u"IRFAN",    u"NUGROHO", u"SETIAWAN",
};
constexpr std::array kFemaleNames = {
    u"SITI",    u"NUR",    u"SRI",     u"DEWI",      u"RINA",     u"SUPARMI",   u"ENDANG",  u"WATI",
    u"SUMIATI", u"TRI",    u"YULI",    u"RATNA",     u"LESTARI",  u"WAHYUNI",   u"AMINAH",  u"FATIMAH",
    u"NENG",    u"ANI",    u"ENTIN",   u"KURNIASIH", u"MARYATI",  u"PARTINI",   u"SUMARNI", u"TUMINAH",
    u"INDAH",   u"PUTRI",  u"AYU",     u"NOVITA",    u"RAHAYU",   u"HANDAYANI", u"SURYANI", u"MULYANI",
    u"KHOIRUL", u"ROHMAH", u"SAFITRI", u"ANGGRAENI", u"PURWANTI", u"SETYOWATI", u"UMI",     u"NURHALIZA",
};
constexpr std::array kSecondNames = {
    u"RAHAYU",    u"WATI",      u"LESTARI",   u"SANTOSO",  u"HIDAYAT", u"SAPUTRA",    u"WIBOWO",
    u"PRATAMA",   u"AMINAH",    u"KURNIAWAN", u"SETIAWAN", u"NINGSIH", u"HANDAYANI",  u"SUSANTO",
    u"HARYANTO",  u"RIZKI",     u"PURNAMA",   u"SARI",     u"UTAMI",   u"FIRMANSYAH", u"NURHAYATI",
    u"RAMADHAN",  u"YULIANTI",  u"ASTUTI",    u"SUGIARTO", u"MAULANA", u"FAUZI",      u"KUSUMA",
    u"WULANDARI", u"ANGGRAINI", u"SIREGAR",   u"NASUTION",
};
constexpr std::array kDusuns = {u"KRAJAN", u"MELATI", u"MAWAR", u"SUKAMAJU", u"SIDOREJO", u"KARANGANYAR"};
constexpr std::array kStreets = {u"JL. KENANGA",
                                 u"JL. MERDEKA",
                                 u"JL. RAYA",
                                 u"GANG DAMAI",
                                 u"JL. PESANTREN",
                                 u"JL. PASAR",
                                 u"JL. SAWAH",
                                 u"GANG MASJID",
                                 u"JL. SEKOLAH",
                                 u"JL. BALAI DESA"};
constexpr std::array kOtherPrefixes = {u"327302", u"320401", u"330101", u"350701", u"317401", u"120101"};
constexpr std::array kFamilySizeWeights = {8, 15, 22, 24, 16, 10, 5}; // sizes 1..7, mean about 3.8

template <typename List>
QString pick(Rng &rng, const List &list)
{
    // u^2 favours low indexes: the first names of each list are the common ones.
    const double u = rng.unit();
    const auto index = static_cast<std::size_t>(u * u * static_cast<double>(list.size()));
    return QString::fromUtf16(list[std::min(index, list.size() - 1)]);
}

int familySize(Rng &rng)
{
    int total = 0;
    for (const int weight : kFamilySizeWeights) {
        total += weight;
    }
    auto roll = static_cast<int>(rng.bounded(static_cast<quint64>(total)));
    for (std::size_t i = 0; i < kFamilySizeWeights.size(); ++i) {
        roll -= kFamilySizeWeights[i];
        if (roll < 0) {
            return static_cast<int>(i) + 1;
        }
    }
    return 1;
}

QString personName(Rng &rng, int sex)
{
    QString name = sex == 1 ? pick(rng, kMaleNames) : pick(rng, kFemaleNames);
    const double extra = rng.unit();
    if (extra < 0.65) {
        name += u' ' + pick(rng, kSecondNames);
    }
    if (extra < 0.15) {
        name += u' ' + pick(rng, kSecondNames);
    }
    return name;
}

QString nikFor(Rng &rng, const QDate &birth, int sex, int serial)
{
    const QString prefix = rng.chance(0.85) ? QStringLiteral("327301") : pick(rng, kOtherPrefixes);
    const int day = birth.day() + (sex == 2 ? 40 : 0);
    return prefix
           + QStringLiteral("%1%2%3%4")
                 .arg(day, 2, 10, QChar(u'0'))
                 .arg(birth.month(), 2, 10, QChar(u'0'))
                 .arg(birth.year() % 100, 2, 10, QChar(u'0'))
                 .arg(serial % 9999 + 1, 4, 10, QChar(u'0'));
}

QDate birthDate(Rng &rng, int minAge, int maxAge)
{
    const QDate today(2026, 11, 23);
    const qint64 days =
        rng.between(static_cast<qint64>(minAge) * 365, static_cast<qint64>(maxAge) * 365 + 364);
    return today.addDays(-days);
}

} // namespace

SyntheticVillage::SyntheticVillage(int households, quint64 seed)
    : m_households(households)
    , m_seed(seed)
{}

SyntheticVillage::Household SyntheticVillage::household(int index) const
{
    // One generator per household, so any household can be made alone (and in any order).
    SeededRng rng(m_seed ^ (static_cast<quint64>(index) * 0x9E3779B97F4A7C15ULL));
    Household h;
    h.householdId = QStringLiteral("H%1").arg(index + 1, 6, 10, QChar(u'0'));
    h.rw = 1 + index / kHouseholdsPerRw;
    h.rt = 1 + (index % kHouseholdsPerRw) / kHouseholdsPerRt;
    h.dusun = QString::fromUtf16(kDusuns[static_cast<std::size_t>(h.rw - 1) % kDusuns.size()]);
    h.address = QStringLiteral("%1 NO. %2").arg(pick(rng, kStreets)).arg(rng.between(1, 150));
    const QDate issued = birthDate(rng, 0, 20);
    h.kkNumber = QStringLiteral("327301%1%2%3%4")
                     .arg(issued.day(), 2, 10, QChar(u'0'))
                     .arg(issued.month(), 2, 10, QChar(u'0'))
                     .arg(issued.year() % 100, 2, 10, QChar(u'0'))
                     .arg(index % 9999 + 1, 4, 10, QChar(u'0'));

    const int size = familySize(rng);
    const int headSex = rng.chance(0.85) ? 1 : 2;
    const QDate headBirth = birthDate(rng, 22, 75);
    for (int ordinal = 0; ordinal < size; ++ordinal) {
        Person p;
        p.personId = QStringLiteral("P%1-%2").arg(index + 1, 6, 10, QChar(u'0')).arg(ordinal + 1);
        p.ordinal = ordinal;
        QDate birth;
        if (ordinal == 0) {
            p.relationship = 1;
            p.sex = headSex;
            p.maritalStatus = size > 1 && headSex == 1 ? 2 : (rng.chance(0.5) ? 2 : 4);
            birth = headBirth;
        } else if (ordinal == 1 && headSex == 1 && rng.chance(0.85)) {
            p.relationship = 2;
            p.sex = 2;
            p.maritalStatus = 2;
            birth = birthDate(rng, std::max(18, 2026 - headBirth.year() - 8), 2026 - headBirth.year() + 2);
        } else if (ordinal == size - 1 && size >= 5 && rng.chance(0.3)) {
            p.relationship = 6; // a parent living with the family
            p.sex = rng.chance(0.6) ? 2 : 1;
            p.maritalStatus = 4;
            birth = birthDate(rng, 2026 - headBirth.year() + 18, std::min(104, 2026 - headBirth.year() + 40));
        } else {
            p.relationship = 3;
            p.sex = rng.chance(0.5) ? 1 : 2;
            birth = birthDate(rng, 0, std::max(0, 2026 - headBirth.year() - 18));
        }
        p.birthDate = birth.toString(Qt::ISODate);
        p.name = personName(rng, p.sex);
        // Some infants have no NIK yet (DOMAIN.md §12).
        if (!(2026 - birth.year() < 1 && rng.chance(0.5))) {
            p.nik = nikFor(rng, birth, p.sex, index * 8 + ordinal);
        }
        h.members << p;
    }
    return h;
}

Result<qint64> SyntheticVillage::writeCsv(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return Error(ErrorCode::FileWriteFailed, {path}, file.errorString());
    }
    CsvWriter writer(file, path);
    QStringList header;
    for (const FieldDef &def : allFields()) {
        header << QString::fromLatin1(def.column);
    }
    VERDES_TRY(writer.writeRow(header));
    const auto at = [](Field field) {
        return static_cast<qsizetype>(fieldIndex(field));
    };
    const QString village = villageCode();
    qint64 rows = 0;
    QStringList row(header.size());
    for (int i = 0; i < m_households; ++i) {
        const Household h = household(i);
        for (const Person &p : h.members) {
            row.fill(QString(), header.size());
            row[at(Field::HouseholdId)] = h.householdId;
            row[at(Field::VillageCode)] = village;
            row[at(Field::Dusun)] = h.dusun;
            row[at(Field::Rw)] = QString::number(h.rw);
            row[at(Field::Rt)] = QString::number(h.rt);
            row[at(Field::Address)] = h.address;
            row[at(Field::KkNumber)] = h.kkNumber;
            row[at(Field::PersonId)] = p.personId;
            row[at(Field::Nik)] = p.nik;
            row[at(Field::Name)] = p.name;
            row[at(Field::Presence)] = QStringLiteral("1");
            row[at(Field::Sex)] = QString::number(p.sex);
            row[at(Field::BirthDate)] = p.birthDate;
            row[at(Field::MaritalStatus)] = QString::number(p.maritalStatus);
            row[at(Field::Relationship)] = QString::number(p.relationship);
            VERDES_TRY(writer.writeRow(row));
            ++rows;
        }
    }
    VERDES_TRY(writer.flush());
    return rows;
}

} // namespace verdes
