// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/Codes.h"
#include "models/domain/Field.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace verdes {

// One member of a family (Block IV of the Regsosek form plus KK-card fields). Values are kept as
// canonical text, exactly as the CSV interchange format writes them (DOMAIN.md §13): empty means
// "not recorded"; codes are decimal integers without leading zeros; dates are YYYY-MM-DD.
struct Member
{
    std::array<QString, kMemberValueCount> values;
    qint64 version = 0; // increases on every change in the vault; 0 = not stored yet

    const QString &value(Field field) const;
    void setValue(Field field, QString text);
    // The value as an integer (codes, counts, yes/no); nullopt when empty or not a number.
    std::optional<qint64> number(Field field) const;
    // The value as a date; invalid when empty or malformed.
    QDate date(Field field) const;

    bool isEmpty(Field field) const { return value(field).isEmpty(); }

    const QString &personId() const { return value(Field::PersonId); }

    const QString &nik() const { return value(Field::Nik); }

    const QString &name() const { return value(Field::Name); }

    QDate birthDate() const { return date(Field::BirthDate); }

    std::optional<Sex> sex() const;
    std::optional<Relationship> relationship() const;
    std::optional<Presence> presence() const;
    std::optional<MaritalStatus> maritalStatus() const;

    bool isHead() const { return relationship() == Relationship::Head; }

    // Lives with the family or is a new member (presence 1 or 5).
    bool isActive() const;
    // Age in whole years on a given day (q.407 is derived, never stored); nullopt without birth date.
    std::optional<int> ageOn(QDate day) const;

    bool operator==(const Member &other) const { return values == other.values; }
};

// A family on one Kartu Keluarga: the Verdes record unit (DOMAIN.md §3), with its members.
struct Household
{
    std::array<QString, kHouseholdValueCount> values; // the 69 household columns, then instrument_version
    QList<Member> members;
    qint64 version = 0; // increases on every change in the vault; 0 = not stored yet

    const QString &value(Field field) const;
    void setValue(Field field, QString text);
    std::optional<qint64> number(Field field) const;
    QDate date(Field field) const;

    bool isEmpty(Field field) const { return value(field).isEmpty(); }

    const QString &householdId() const { return value(Field::HouseholdId); }

    const QString &villageCode() const { return value(Field::VillageCode); }

    const QString &kkNumber() const { return value(Field::KkNumber); }

    Instrument instrument() const;

    // The member with relationship 1, if exactly one has it.
    const Member *head() const;
    const Member *memberById(QStringView personId) const;

    bool operator==(const Household &other) const
    {
        return values == other.values && members == other.members;
    }
};

// One CSV row of the interchange format (DOMAIN.md §13): the household's 69 columns, the member's
// 50, then instrument_version; 120 fields in csvHeader() order.
QStringList csvRow(const Household &household, const Member &member);

// Parses canonical integer text (optional sign, digits); nullopt otherwise.
std::optional<qint64> parseInteger(QStringView text);
// Parses YYYY-MM-DD strictly; an invalid QDate otherwise.
QDate parseIsoDate(QStringView text);

} // namespace verdes
