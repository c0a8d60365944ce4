// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/Household.h"

namespace verdes {

std::optional<qint64> parseInteger(QStringView text)
{
    if (text.isEmpty() || text.size() > 18) {
        return std::nullopt;
    }
    qsizetype i = 0;
    bool negative = false;
    if (text.front() == u'-' || text.front() == u'+') {
        negative = text.front() == u'-';
        i = 1;
        if (text.size() == 1) {
            return std::nullopt;
        }
    }
    qint64 value = 0;
    for (; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9') {
            return std::nullopt;
        }
        value = value * 10 + (c - u'0');
    }
    return negative ? -value : value;
}

QDate parseIsoDate(QStringView text)
{
    if (text.size() != 10 || text[4] != u'-' || text[7] != u'-') {
        return {};
    }
    const auto year = parseInteger(text.mid(0, 4));
    const auto month = parseInteger(text.mid(5, 2));
    const auto day = parseInteger(text.mid(8, 2));
    if (!year || !month || !day || text[0] == u'-' || text[5] == u'-' || text[8] == u'-' || text[0] == u'+'
        || text[5] == u'+' || text[8] == u'+') {
        return {};
    }
    return {static_cast<int>(*year), static_cast<int>(*month), static_cast<int>(*day)};
}

QStringList csvRow(const Household &household, const Member &member)
{
    QStringList row;
    row.reserve(kFieldCount);
    for (int i = 0; i < kFirstMemberField; ++i) {
        row << household.values[static_cast<std::size_t>(i)];
    }
    for (const QString &value : member.values) {
        row << value;
    }
    row << household.value(Field::InstrumentVersion);
    return row;
}

const QString &Member::value(Field field) const
{
    Q_ASSERT(isMemberField(field));
    return values[static_cast<std::size_t>(memberSlot(field))];
}

void Member::setValue(Field field, QString text)
{
    Q_ASSERT(isMemberField(field));
    values[static_cast<std::size_t>(memberSlot(field))] = std::move(text);
}

std::optional<qint64> Member::number(Field field) const
{
    return parseInteger(value(field));
}

QDate Member::date(Field field) const
{
    return parseIsoDate(value(field));
}

namespace {

template <typename Enum>
std::optional<Enum> codeAs(std::optional<qint64> value, qint64 low, qint64 high)
{
    if (!value || *value < low || *value > high) {
        return std::nullopt;
    }
    return static_cast<Enum>(*value);
}

} // namespace

std::optional<Sex> Member::sex() const
{
    return codeAs<Sex>(number(Field::Sex), 1, 2);
}

std::optional<Relationship> Member::relationship() const
{
    return codeAs<Relationship>(number(Field::Relationship), 1, 8);
}

std::optional<Presence> Member::presence() const
{
    return codeAs<Presence>(number(Field::Presence), 1, 6);
}

std::optional<MaritalStatus> Member::maritalStatus() const
{
    return codeAs<MaritalStatus>(number(Field::MaritalStatus), 1, 4);
}

bool Member::isActive() const
{
    const auto p = presence();
    return p == Presence::LivesWithFamily || p == Presence::NewMember;
}

std::optional<int> Member::ageOn(QDate day) const
{
    const QDate born = birthDate();
    if (!born.isValid() || !day.isValid() || day < born) {
        return std::nullopt;
    }
    int age = day.year() - born.year();
    if (day.month() < born.month() || (day.month() == born.month() && day.day() < born.day())) {
        --age;
    }
    return age;
}

const QString &Household::value(Field field) const
{
    Q_ASSERT(!isMemberField(field));
    return values[static_cast<std::size_t>(householdSlot(field))];
}

void Household::setValue(Field field, QString text)
{
    Q_ASSERT(!isMemberField(field));
    values[static_cast<std::size_t>(householdSlot(field))] = std::move(text);
}

std::optional<qint64> Household::number(Field field) const
{
    return parseInteger(value(field));
}

QDate Household::date(Field field) const
{
    return parseIsoDate(value(field));
}

Instrument Household::instrument() const
{
    return parseInstrument(value(Field::InstrumentVersion)).value_or(Instrument::Regsosek2022K);
}

const Member *Household::head() const
{
    const Member *found = nullptr;
    for (const Member &m : members) {
        if (m.isHead()) {
            if (found != nullptr) {
                return nullptr;
            }
            found = &m;
        }
    }
    return found;
}

const Member *Household::memberById(QStringView personId) const
{
    for (const Member &m : members) {
        if (m.personId() == personId) {
            return &m;
        }
    }
    return nullptr;
}

} // namespace verdes
