// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringView>

#include <array>
#include <memory>

namespace verdes {

// The Kemendagri region codes of six editions (2016–2025), from resources/data/wilayah-editions.csv
// (converted from cahyadsn/wilayah, MIT licence, © Cahya DSN). Loaded lazily, once per process, and
// read-only afterwards, so it may be shared between threads.
class RegionTable final
{
    Q_DECLARE_TR_FUNCTIONS(RegionTable)

public:
    enum class Level : quint8
    {
        Province,
        Regency,
        Kecamatan,
        Village,
    };

    // The editions in the data file, oldest first; the last is the current one.
    static constexpr std::array<int, 6> kEditions{2016, 2018, 2020, 2022, 2023, 2025};

    struct Region
    {
        QString code; // without dots: 2, 4, 6 or 10 digits
        Level level = Level::Province;
        QString name;                 // the name in the newest edition that has it
        bool inLatestEdition = false; // present in the 2025 edition (Kepmendagri 300.2.2-2138/2025)
        quint8 editions = 0;          // bit i set: present in kEditions[i]

        bool isInEdition(int year) const;
        QList<int> editionYears() const;
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
    // The same as one line, smallest first, as a village officer writes it: "Desa Sukamaju, Kec.
    // Cibeber, Kabupaten Cianjur, Prov. Jawa Barat" (kelurahan for a 7th digit 1). Empty if unknown.
    QString pathText(QStringView code) const;
    // Villages whose name contains the text (case-insensitive), newest edition first, at most `limit`.
    QList<const Region *> searchVillages(QStringView text, int limit = 20) const;
    // The village of the newest edition that an older village code became, when the data tells; null
    // otherwise (and for a code of the newest edition). The file has no table of renumberings, so it
    // is read from the names: of the villages of the newest edition with the same name that first
    // appear after the old code's last edition, the only one in a kecamatan of the same name, else
    // the only one in the same regency, else in the same province (Papua's provinces of 2022 taken
    // as one). This names the successor of 93 % of the 6,914 village codes the 2025 edition dropped.
    const Region *successor(QStringView tenDigits) const;
    // A village code typed for a new vault (`verdes init`, the create wizard), plain (3318192001) or
    // dotted (33.18.19.2001), spaces around allowed: its ten digits when it is a desa or kelurahan
    // of the newest edition. Otherwise VaultInvalidVillageCode (not a region code: V15's structure),
    // VaultVillageCodeRetired (only in older editions; args: dotted code, name, last edition year,
    // and the dotted code and place of its successor when known) or VaultVillageNotListed (args:
    // dotted code, and the kecamatan's place when the kecamatan exists).
    Result<QString> checkNewVaultVillage(QStringView typed) const;
    // A district code typed for a new district review vault, plain (3374) or dotted (33.74): its four
    // digits when it is a regency or city of the newest edition, VaultInvalidDistrictCode otherwise.
    Result<QString> checkNewVaultDistrict(QStringView typed) const;
    // PP.KK.CC.DDDD for ten digits (other text unchanged).
    static QString dotted(QStringView code);
    // Kecamatan codes of the newest edition (for the demo village's place).
    QList<const Region *> kecamatans() const;
    // The villages (10 digits) of the 2025 edition whose code starts with `prefix` (a district's 4
    // digits, a kecamatan's 6), in code order.
    QList<const Region *> villagesIn(QStringView prefix) const;
    int size() const;

private:
    RegionTable();
    struct Data;
    std::unique_ptr<Data> m_data;
};

} // namespace verdes
