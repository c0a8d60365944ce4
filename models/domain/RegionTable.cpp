// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/RegionTable.h"

#include "models/core/Log.h"
#include "models/domain/Validation.h"

#include <QByteArrayView>
#include <QFile>
#include <QHash>

#include <algorithm>
#include <vector>

namespace verdes {

namespace {

// Codes are 2, 4, 6 or 10 digits; the key keeps the length so "11" and "0011" never meet, and a
// lookup needs no QString allocation (Qt 6.4's QHash has no heterogeneous lookup).
std::optional<qint64> keyOf(QStringView code)
{
    const qsizetype n = code.size();
    if (n != 2 && n != 4 && n != 6 && n != 10) {
        return std::nullopt;
    }
    qint64 value = 0;
    for (const QChar c : code) {
        const char16_t u = c.unicode();
        if (u < u'0' || u > u'9') {
            return std::nullopt;
        }
        value = value * 10 + (u - u'0');
    }
    return value * 100 + n;
}

std::optional<RegionTable::Level> levelOf(QByteArrayView text)
{
    if (text == "provinsi") {
        return RegionTable::Level::Province;
    }
    if (text == "kabupaten_kota") {
        return RegionTable::Level::Regency;
    }
    if (text == "kecamatan") {
        return RegionTable::Level::Kecamatan;
    }
    if (text == "desa_kelurahan") {
        return RegionTable::Level::Village;
    }
    return std::nullopt;
}

quint8 editionsOf(QByteArrayView text)
{
    quint8 bits = 0;
    for (std::size_t i = 0; i < RegionTable::kEditions.size(); ++i) {
        const QByteArray year = QByteArray::number(RegionTable::kEditions[i]);
        if (text.indexOf(QByteArrayView(year)) >= 0) {
            bits = static_cast<quint8>(bits | (1U << i));
        }
    }
    return bits;
}

constexpr quint8 kLatestBit = 1U << (RegionTable::kEditions.size() - 1);

} // namespace

struct RegionTable::Data
{
    std::vector<Region> regions; // in file order (code order)
    QHash<qint64, qsizetype> byKey;
};

bool RegionTable::Region::isInEdition(int year) const
{
    for (std::size_t i = 0; i < kEditions.size(); ++i) {
        if (kEditions[i] == year) {
            return (editions & (1U << i)) != 0;
        }
    }
    return false;
}

QList<int> RegionTable::Region::editionYears() const
{
    QList<int> years;
    for (std::size_t i = 0; i < kEditions.size(); ++i) {
        if ((editions & (1U << i)) != 0) {
            years << kEditions[i];
        }
    }
    return years;
}

const RegionTable &RegionTable::instance()
{
    // A function-local static is initialised exactly once, and thread-safely (C++11 [stmt.dcl]).
    static const RegionTable table;
    return table;
}

RegionTable::RegionTable()
    : m_data(std::make_unique<Data>())
{
    QFile file(QStringLiteral(":/data/wilayah-editions.csv"));
    if (!file.open(QIODevice::ReadOnly)) {
        // The file is compiled in; missing means a broken build. Rules that need it then find
        // nothing, and say so as warnings rather than crash.
        qCCritical(lcDomain) << "region table resource missing";
        return;
    }
    const QByteArray bytes = file.readAll();
    m_data->regions.reserve(100000);
    m_data->byKey.reserve(100000);
    qsizetype pos = bytes.indexOf('\n'); // skip the header
    while (pos >= 0 && pos < bytes.size()) {
        const qsizetype start = pos + 1;
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0) {
            end = bytes.size();
        }
        QByteArrayView line(bytes.constData() + start, end - start);
        if (line.endsWith('\r')) {
            line.chop(1);
        }
        pos = end;
        if (line.isEmpty()) {
            continue;
        }
        // code,level,latest_name,editions; names hold no comma or quote in this file, but a quoted
        // name is read correctly anyway.
        const qsizetype c1 = line.indexOf(',');
        const qsizetype c2 = c1 < 0 ? -1 : line.indexOf(',', c1 + 1);
        const qsizetype c3 = line.lastIndexOf(',');
        if (c1 < 0 || c2 < 0 || c3 <= c2) {
            continue;
        }
        QByteArrayView nameBytes = line.sliced(c2 + 1, c3 - c2 - 1);
        QString name = QString::fromUtf8(nameBytes);
        if (name.size() >= 2 && name.startsWith(u'"') && name.endsWith(u'"')) {
            name = name.mid(1, name.size() - 2).replace(QStringLiteral("\"\""), QStringLiteral("\""));
        }
        const auto level = levelOf(line.sliced(c1 + 1, c2 - c1 - 1));
        Region region;
        region.code = QString::fromLatin1(line.first(c1));
        const auto key = keyOf(region.code);
        if (!level || !key) {
            continue;
        }
        region.level = *level;
        region.name = std::move(name);
        region.editions = editionsOf(line.sliced(c3 + 1));
        region.inLatestEdition = (region.editions & kLatestBit) != 0;
        m_data->byKey.insert(*key, static_cast<qsizetype>(m_data->regions.size()));
        m_data->regions.push_back(std::move(region));
    }
    qCInfo(lcDomain) << "region table loaded:" << m_data->regions.size() << "codes";
}

RegionTable::~RegionTable() = default;

const RegionTable::Region *RegionTable::find(QStringView code) const
{
    const auto key = keyOf(code);
    if (!key) {
        return nullptr;
    }
    const auto it = m_data->byKey.constFind(*key);
    if (it == m_data->byKey.cend()) {
        return nullptr;
    }
    return &m_data->regions[static_cast<std::size_t>(*it)];
}

bool RegionTable::isKnownKecamatan(QStringView sixDigits) const
{
    if (sixDigits.size() != 6) {
        return false;
    }
    const Region *region = find(sixDigits);
    return region != nullptr && region->level == Level::Kecamatan;
}

bool RegionTable::isInLatestEdition(QStringView tenDigits) const
{
    if (tenDigits.size() != 10) {
        return false;
    }
    const Region *region = find(tenDigits);
    return region != nullptr && region->inLatestEdition;
}

QList<const RegionTable::Region *> RegionTable::path(QStringView code) const
{
    QList<const Region *> found;
    for (const qsizetype length : {2, 4, 6, 10}) {
        if (code.size() < length) {
            break;
        }
        const Region *region = find(code.first(length));
        if (region == nullptr) {
            break;
        }
        found << region;
    }
    return found;
}

QString RegionTable::pathText(QStringView code) const
{
    // path() runs from the province down; prepending puts the smallest region first.
    QStringList parts;
    for (const Region *region : path(code)) {
        switch (region->level) {
        case Level::Village:
            parts.prepend(region->code.at(6) == u'1' ? tr("Kelurahan %1").arg(region->name)
                                                     : tr("Desa %1").arg(region->name));
            break;
        case Level::Kecamatan:
            parts.prepend(tr("Kec. %1").arg(region->name));
            break;
        case Level::Regency:
            parts.prepend(region->name); // the file writes "Kabupaten X" or "Kota Y" itself
            break;
        case Level::Province:
            parts.prepend(tr("Prov. %1").arg(region->name));
            break;
        }
    }
    return parts.join(QStringLiteral(", "));
}

QList<const RegionTable::Region *> RegionTable::searchVillages(QStringView text, int limit) const
{
    QList<const Region *> latest;
    QList<const Region *> older;
    const QStringView needle = text.trimmed();
    if (needle.isEmpty() || limit <= 0) {
        return latest;
    }
    for (const Region &region : m_data->regions) {
        if (region.level != Level::Village || !region.name.contains(needle, Qt::CaseInsensitive)) {
            continue;
        }
        if (region.inLatestEdition) {
            latest << &region;
            if (latest.size() >= limit) {
                break;
            }
        } else if (older.size() < limit) {
            older << &region;
        }
    }
    for (const Region *region : older) {
        if (latest.size() >= limit) {
            break;
        }
        latest << region;
    }
    return latest;
}

QString RegionTable::dotted(QStringView code)
{
    if (code.size() != 10) {
        return code.toString();
    }
    return code.first(2) % u'.' % code.sliced(2, 2) % u'.' % code.sliced(4, 2) % u'.' % code.sliced(6);
}

const RegionTable::Region *RegionTable::successor(QStringView tenDigits) const
{
    const Region *old = find(tenDigits);
    if (old == nullptr || old->level != Level::Village || old->inLatestEdition || old->editions == 0) {
        return nullptr;
    }
    int lastBit = 0;
    for (int bit = 0; bit < static_cast<int>(kEditions.size()); ++bit) {
        if ((old->editions & (1U << bit)) != 0) {
            lastBit = bit;
        }
    }
    const auto nameOf = [this](QStringView code) {
        const Region *region = find(code);
        return region != nullptr ? region->name : QString();
    };
    const QString oldKecamatan = nameOf(QStringView(old->code).first(6));
    // The provinces of Papua split in 2022 (91 → 91, 92, 93, 94, 95, 96, 97).
    const auto provinceGroup = [](QStringView code) {
        return code.startsWith(u'9') ? QStringView(u"9") : code.first(2);
    };
    QList<const Region *> sameKecamatan;
    QList<const Region *> sameRegency;
    QList<const Region *> sameProvince;
    for (const Region &region : m_data->regions) {
        if (region.level != Level::Village || !region.inLatestEdition
            || region.name.compare(old->name, Qt::CaseInsensitive) != 0) {
            continue;
        }
        // It first appears after the old code's last edition: the renumbering, not a namesake.
        if ((region.editions & ((2U << lastBit) - 1U)) != 0) {
            continue;
        }
        const QStringView code(region.code);
        if (nameOf(code.first(6)).compare(oldKecamatan, Qt::CaseInsensitive) == 0) {
            sameKecamatan << &region;
        }
        if (code.first(4) == QStringView(old->code).first(4)) {
            sameRegency << &region;
        }
        if (provinceGroup(code) == provinceGroup(old->code)) {
            sameProvince << &region;
        }
    }
    for (const QList<const Region *> *found : {&sameKecamatan, &sameRegency, &sameProvince}) {
        if (found->size() == 1) {
            return found->front();
        }
        if (found->size() > 1) {
            return nullptr; // several namesakes: the data does not tell
        }
    }
    return nullptr;
}

Result<QString> RegionTable::checkNewVaultVillage(QStringView typed) const
{
    const QStringView text = typed.trimmed();
    const NormalizedValue code = normalizeValue(Field::VillageCode, text);
    if (text.isEmpty() || code.issue) {
        return Error(ErrorCode::VaultInvalidVillageCode, {text.toString()}, QStringLiteral("V15"));
    }
    const Region *village = find(code.value);
    if (village != nullptr && village->level == Level::Village && village->inLatestEdition) {
        return code.value;
    }
    if (village != nullptr && village->level == Level::Village) {
        const QList<int> years = village->editionYears();
        QStringList args{
            dotted(code.value), village->name, QString::number(years.isEmpty() ? 0 : years.last())};
        if (const Region *now = successor(code.value)) {
            args << dotted(now->code) << pathText(now->code);
        }
        return Error(
            ErrorCode::VaultVillageCodeRetired, args, QStringLiteral("village code of an older edition"));
    }
    QStringList args{dotted(code.value)};
    const QString kecamatan = pathText(QStringView(code.value).first(6));
    if (const Region *k = find(QStringView(code.value).first(6)); k != nullptr && k->inLatestEdition) {
        args << kecamatan;
    }
    return Error(ErrorCode::VaultVillageNotListed, args, QStringLiteral("village code not in the list"));
}

Result<QString> RegionTable::checkNewVaultDistrict(QStringView typed) const
{
    const QString text = typed.trimmed().toString();
    QString digits = text;
    if (digits.size() == 5 && digits.at(2) == u'.') {
        digits.remove(2, 1);
    }
    const bool fourDigits = digits.size() == 4 && std::ranges::all_of(digits, [](QChar c) {
                                return c >= u'0' && c <= u'9';
                            });
    if (fourDigits) {
        if (const Region *regency = find(digits);
            regency != nullptr && regency->level == Level::Regency && regency->inLatestEdition) {
            return digits;
        }
    }
    return Error(ErrorCode::VaultInvalidDistrictCode, {text}, QStringLiteral("not a regency of the list"));
}

QList<const RegionTable::Region *> RegionTable::kecamatans() const
{
    QList<const Region *> found;
    for (const Region &region : m_data->regions) {
        if (region.level == Level::Kecamatan && region.inLatestEdition) {
            found << &region;
        }
    }
    return found;
}

QList<const RegionTable::Region *> RegionTable::villagesIn(QStringView prefix) const
{
    QList<const Region *> found;
    for (const Region &region : m_data->regions) {
        if (region.level == Level::Village && region.inLatestEdition && region.code.startsWith(prefix)) {
            found << &region;
        }
    }
    std::sort(found.begin(), found.end(), [](const Region *a, const Region *b) {
        return a->code < b->code;
    });
    return found;
}

int RegionTable::size() const
{
    return static_cast<int>(m_data->regions.size());
}

} // namespace verdes
