// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <memory>

namespace verdes {

// The Kemendagri region codes of six editions (2016–2025), from resources/data/wilayah-editions.csv
// (converted from cahyadsn/wilayah, MIT licence, © Cahya DSN). Loaded lazily, once per process, and
// read-only afterwards, so it may be shared between threads.
class RegionTable final
{
public:
    enum class Level : quint8
    {
        Province,
        Regency,
        Kecamatan,
        Village,
    };

    struct Region
    {
        QString code; // without dots: 2, 4, 6 or 10 digits
        Level level = Level::Province;
        QString name;                 // the name in the newest edition that has it
        bool inLatestEdition = false; // present in the 2025 edition (Kepmendagri 300.2.2-2138/2025)
    };

    // The shared table from the embedded resource (parsed on first use, about 99,000 codes).
    static const RegionTable &instance();

    ~RegionTable();
    Q_DISABLE_COPY_MOVE(RegionTable)

    const Region *find(QStringView code) const;
    // V05, V11: the first six digits of a NIK or KK are a kecamatan of any edition.
    bool isKnownKecamatan(QStringView sixDigits) const;
    // V16: the village code is in the newest edition.
    bool isInLatestEdition(QStringView tenDigits) const;
    // Province › regency › kecamatan › village, as far as the code's prefix reaches ("Jawa Tengah ›
    // Kota Salatiga › Sidorejo"), for the create wizard as the user types.
    QList<const Region *> path(QStringView code) const;
    // Villages whose name contains the text (case-insensitive), newest edition first, at most `limit`.
    QList<const Region *> searchVillages(QStringView text, int limit = 20) const;
    // Kecamatan codes of the newest edition (for the demo village's place).
    QList<const Region *> kecamatans() const;
    int size() const;

private:
    RegionTable();
    struct Data;
    std::unique_ptr<Data> m_data;
};

} // namespace verdes
