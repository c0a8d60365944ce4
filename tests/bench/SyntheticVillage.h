// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"

#include <QList>
#include <QString>

namespace verdes {

// The benchmark's own village, until the demo generator (models/demo) lands: deterministic for a
// seed, with the shape that matters to search — upper-case Javanese-style names with a few very
// common tokens (SITI, NUR, SRI, AGUS, MUHAMMAD match thousands at 50,000 households), NIKs with the
// kecamatan prefix for most people and the +40 day for women, KK numbers, 8 RT per RW, about 3.8
// members per household. It writes a CSV snapshot (DOMAIN.md §13, all 120 columns, those search
// does not use left empty) that passes the importer's E rules.
class SyntheticVillage final
{
public:
    struct Person
    {
        QString personId;
        QString nik; // empty for some infants
        QString name;
        int sex = 1;
        QString birthDate; // YYYY-MM-DD
        int relationship = 3;
        int maritalStatus = 1;
        int ordinal = 0;
    };

    struct Household
    {
        QString householdId;
        QString kkNumber;
        QString dusun;
        QString address;
        int rt = 1;
        int rw = 1;
        QList<Person> members;
    };

    static constexpr quint64 kDefaultSeed = 20261123;
    static constexpr int kHouseholdsPerRw = 400;
    static constexpr int kHouseholdsPerRt = 50;

    static QString villageCode() { return QStringLiteral("3273012999"); }

    SyntheticVillage(int households, quint64 seed);

    // Household `index` (0-based); the same index and seed give the same household.
    Household household(int index) const;

    int households() const { return m_households; }

    // Writes the village as a CSV snapshot; returns the number of member rows.
    Result<qint64> writeCsv(const QString &path) const;

private:
    int m_households = 0;
    quint64 m_seed = 0;
};

} // namespace verdes
