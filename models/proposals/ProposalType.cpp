// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/proposals/ProposalType.h"

#include <algorithm>
#include <array>

namespace verdes {

namespace {

using F = ProposalField;
using E = EvidenceKind;

EvidenceRule req(std::initializer_list<EvidenceKind> kinds)
{
    return EvidenceRule{QList<EvidenceKind>(kinds), true};
}

EvidenceRule rec(std::initializer_list<EvidenceKind> kinds)
{
    return EvidenceRule{QList<EvidenceKind>(kinds), false};
}

// DOMAIN.md §5, one row per type: the data it requires and its evidence. Plain kinds are required
// (V31 blocks "ready"); DOMAIN.md's italic kinds are recommended only. "X else Y" is one rule with
// both kinds. Conditional evidence (birth, death of the head, INELIGIBLE reasons, housing changes)
// is added by Proposal::evidenceRules().
const std::array<ProposalTypeInfo, 16> &typeTable()
{
    static const std::array<ProposalTypeInfo, 16> table{{
        {ProposalType::NewHousehold,
         "NEW_HOUSEHOLD",
         QT_TRANSLATE_NOOP("ProposalType", "New household"),
         ProposalTarget::NewHousehold,
         {F::Reason, F::NewHouseholdData},
         {req({E::Ktp}),
          req({E::Kk}),
          req({E::HousePhotos}),
          req({E::Coords}),
          rec({E::Sktm, E::RtRwLetter}),
          rec({E::ElectricBill})},
         ""},
        {ProposalType::NewMember,
         "NEW_MEMBER",
         QT_TRANSLATE_NOOP("ProposalType", "New member"),
         ProposalTarget::NewMember,
         {F::Reason, F::Household, F::NewMemberData, F::EventDate},
         {req({E::Kk})},
         "5"},
        {ProposalType::MemberDeceased,
         "MEMBER_DECEASED",
         QT_TRANSLATE_NOOP("ProposalType", "Member deceased"),
         ProposalTarget::Member,
         {F::Reason, F::Household, F::Persons, F::DateOfDeath},
         {req({E::DeathCert, E::Statement})},
         "2"},
        {ProposalType::MemberMoved,
         "MEMBER_MOVED",
         QT_TRANSLATE_NOOP("ProposalType", "Member moved out"),
         ProposalTarget::Member,
         {F::Reason, F::Household, F::Persons, F::EventDate},
         {rec({E::MoveLetter})},
         "3"},
        {ProposalType::MemberAbroad,
         "MEMBER_ABROAD",
         QT_TRANSLATE_NOOP("ProposalType", "Member working abroad"),
         ProposalTarget::Member,
         {F::Reason, F::Household, F::Persons, F::EventDate},
         {rec({E::Statement})},
         "4"},
        {ProposalType::MemberNotFound,
         "MEMBER_NOT_FOUND",
         QT_TRANSLATE_NOOP("ProposalType", "Member not found"),
         ProposalTarget::Member,
         {F::Reason, F::Household, F::Persons, F::LastKnownAddress},
         {req({E::RtRwLetter})},
         "6"},
        {ProposalType::HouseholdMoved,
         "HOUSEHOLD_MOVED",
         QT_TRANSLATE_NOOP("ProposalType", "Household moved"),
         ProposalTarget::Household,
         {F::Reason, F::Household, F::Destination},
         {req({E::RtRwLetter}), rec({E::MoveLetter})},
         ""},
        {ProposalType::DataUpdate,
         "DATA_UPDATE",
         QT_TRANSLATE_NOOP("ProposalType", "Data update"),
         ProposalTarget::Household,
         {F::Reason, F::Household, F::FieldChanges},
         {},
         ""},
        {ProposalType::IdentityCorrection,
         "IDENTITY_CORRECTION",
         QT_TRANSLATE_NOOP("ProposalType", "Identity correction"),
         ProposalTarget::Member,
         {F::Reason, F::Household, F::Persons, F::FieldChanges},
         {req({E::Ktp}), req({E::Kk})},
         ""},
        {ProposalType::KkChange,
         "KK_CHANGE",
         QT_TRANSLATE_NOOP("ProposalType", "Family card change"),
         ProposalTarget::Household,
         {F::Reason, F::Household, F::NewKkNumber},
         {req({E::Kk})},
         ""},
        {ProposalType::HeadReplacement,
         "HEAD_REPLACEMENT",
         QT_TRANSLATE_NOOP("ProposalType", "New head of household"),
         ProposalTarget::Household,
         {F::Reason, F::Household, F::NewHead},
         {req({E::Kk})},
         ""},
        {ProposalType::Ineligible,
         "INELIGIBLE",
         QT_TRANSLATE_NOOP("ProposalType", "Not eligible"),
         ProposalTarget::Member,
         {F::Reason, F::Household, F::Persons, F::IneligibleReason},
         {},
         ""},
        {ProposalType::Programme,
         "PROGRAMME",
         QT_TRANSLATE_NOOP("ProposalType", "Social assistance proposal"),
         ProposalTarget::Household,
         {F::Reason, F::Household, F::Programmes},
         {req({E::Ktp}), req({E::Kk}), rec({E::Sktm})},
         ""},
        {ProposalType::Objection,
         "OBJECTION",
         QT_TRANSLATE_NOOP("ProposalType", "Objection"),
         ProposalTarget::Household,
         {F::Reason, F::Household, F::Objector},
         {req({E::HousePhotos}), req({E::Coords})},
         ""},
        {ProposalType::Withdrawal,
         "WITHDRAWAL",
         QT_TRANSLATE_NOOP("ProposalType", "Withdrawal from assistance"),
         ProposalTarget::Household,
         {F::Reason, F::Household, F::Programmes},
         {req({E::Statement})},
         ""},
        {ProposalType::Duplicate,
         "DUPLICATE",
         QT_TRANSLATE_NOOP("ProposalType", "Duplicate record"),
         ProposalTarget::Household,
         {F::Reason, F::Household, F::DuplicateRecord},
         {},
         ""},
    }};
    return table;
}

struct EvidenceRow
{
    EvidenceKind kind;
    const char *code;
    const char *label;
};

const std::array<EvidenceRow, 12> &evidenceTable()
{
    static const std::array<EvidenceRow, 12> table{{
        {E::Ktp, "KTP", QT_TRANSLATE_NOOP("ProposalType", "identity card (KTP)")},
        {E::Kk, "KK", QT_TRANSLATE_NOOP("ProposalType", "family card (KK)")},
        {E::BirthCert, "BIRTH_CERT", QT_TRANSLATE_NOOP("ProposalType", "birth certificate")},
        {E::DeathCert,
         "DEATH_CERT",
         QT_TRANSLATE_NOOP("ProposalType", "death certificate or village death letter")},
        {E::MoveLetter, "MOVE_LETTER", QT_TRANSLATE_NOOP("ProposalType", "moving letter")},
        {E::HousePhotos,
         "HOUSE_PHOTOS",
         QT_TRANSLATE_NOOP("ProposalType", "photos of the house (front, inside, side)")},
        {E::Coords, "COORDS", QT_TRANSLATE_NOOP("ProposalType", "location coordinates")},
        {E::Sktm, "SKTM", QT_TRANSLATE_NOOP("ProposalType", "letter of low income (SKTM)")},
        {E::RtRwLetter, "RT_RW_LETTER", QT_TRANSLATE_NOOP("ProposalType", "letter from the RT/RW")},
        {E::ElectricBill, "ELECTRIC_BILL", QT_TRANSLATE_NOOP("ProposalType", "electricity bill")},
        {E::JobProof, "JOB_PROOF", QT_TRANSLATE_NOOP("ProposalType", "proof of employment")},
        {E::Statement, "STATEMENT", QT_TRANSLATE_NOOP("ProposalType", "signed statement")},
    }};
    return table;
}

struct FieldRow
{
    ProposalField field;
    const char *code;
    const char *label;
};

const std::array<FieldRow, 16> &fieldTable()
{
    static const std::array<FieldRow, 16> table{{
        {F::Reason, "reason", QT_TRANSLATE_NOOP("ProposalType", "the reason for the proposal")},
        {F::Household, "household", QT_TRANSLATE_NOOP("ProposalType", "the household concerned")},
        {F::Persons, "persons", QT_TRANSLATE_NOOP("ProposalType", "the family member(s) concerned")},
        {F::EventDate, "event_date", QT_TRANSLATE_NOOP("ProposalType", "the date")},
        {F::DateOfDeath, "date_of_death", QT_TRANSLATE_NOOP("ProposalType", "the date of death")},
        {F::Destination,
         "destination",
         QT_TRANSLATE_NOOP("ProposalType", "the new address or destination (or that it is unknown)")},
        {F::LastKnownAddress,
         "last_known_address",
         QT_TRANSLATE_NOOP("ProposalType", "the last known address")},
        {F::FieldChanges, "field_changes", QT_TRANSLATE_NOOP("ProposalType", "at least one corrected value")},
        {F::NewHouseholdData,
         "new_household_data",
         QT_TRANSLATE_NOOP("ProposalType", "the data of the new household and its head")},
        {F::NewMemberData,
         "new_member_data",
         QT_TRANSLATE_NOOP("ProposalType", "the new member's name, sex, birth date and relationship")},
        {F::NewKkNumber,
         "new_kk_number",
         QT_TRANSLATE_NOOP("ProposalType", "the new family card number (16 digits)")},
        {F::NewHead, "new_head", QT_TRANSLATE_NOOP("ProposalType", "the new head of household")},
        {F::IneligibleReason,
         "ineligible_reason",
         QT_TRANSLATE_NOOP("ProposalType", "the reason code (TL01–TL99; for TL99 the reason in words)")},
        {F::Programmes, "programmes", QT_TRANSLATE_NOOP("ProposalType", "the programme(s)")},
        {F::Objector,
         "objector",
         QT_TRANSLATE_NOOP("ProposalType", "the objector's name and address in this village")},
        {F::DuplicateRecord, "duplicate_record", QT_TRANSLATE_NOOP("ProposalType", "the duplicate record")},
    }};
    return table;
}

struct ChannelRow
{
    Channel channel;
    const char *code;
    const char *label;
};

const std::array<ChannelRow, 5> &channelTable()
{
    static const std::array<ChannelRow, 5> table{{
        {Channel::Operator, "operator", QT_TRANSLATE_NOOP("ProposalType", "Village operator")},
        {Channel::RtRw, "rt_rw", QT_TRANSLATE_NOOP("ProposalType", "RT/RW")},
        {Channel::WalkIn, "walk_in", QT_TRANSLATE_NOOP("ProposalType", "Walk-in at the office")},
        {Channel::CekBansos, "cek_bansos", QT_TRANSLATE_NOOP("ProposalType", "Cek Bansos application")},
        {Channel::Objection, "objection", QT_TRANSLATE_NOOP("ProposalType", "Objection by a resident")},
    }};
    return table;
}

struct ReasonRow
{
    const char *code;
    const char *label;
};

// Kepmensos 73/HUK/2024 (TL01–TL11) and field practice (TL12–TL14), DOMAIN.md §5.
const std::array<ReasonRow, 15> &reasonTable()
{
    static const std::array<ReasonRow, 15> table{{
        {"TL01", QT_TRANSLATE_NOOP("ProposalType", "address not found")},
        {"TL02", QT_TRANSLATE_NOOP("ProposalType", "person not found")},
        {"TL03", QT_TRANSLATE_NOOP("ProposalType", "deceased")},
        {"TL04", QT_TRANSLATE_NOOP("ProposalType", "civil servant, TNI or Polri")},
        {"TL05", QT_TRANSLATE_NOOP("ProposalType", "family of a civil servant, TNI or Polri")},
        {"TL06", QT_TRANSLATE_NOOP("ProposalType", "well-off, does not meet the criteria")},
        {"TL07", QT_TRANSLATE_NOOP("ProposalType", "pensioner of a civil servant, TNI or Polri")},
        {"TL08", QT_TRANSLATE_NOOP("ProposalType", "certified teacher")},
        {"TL09", QT_TRANSLATE_NOOP("ProposalType", "regular income from the state or regional budget")},
        {"TL10", QT_TRANSLATE_NOOP("ProposalType", "refuses aid and PBI-JK")},
        {"TL11", QT_TRANSLATE_NOOP("ProposalType", "income above the provincial minimum wage")},
        {"TL12", QT_TRANSLATE_NOOP("ProposalType", "PPPK, BUMN or BUMD staff")},
        {"TL13", QT_TRANSLATE_NOOP("ProposalType", "assets (vehicle, electricity use, house, jewellery)")},
        {"TL14", QT_TRANSLATE_NOOP("ProposalType", "duplicate")},
        {"TL99", QT_TRANSLATE_NOOP("ProposalType", "other reason")},
    }};
    return table;
}

struct ProgrammeRow
{
    const char *code;
    const char *label;
};

const std::array<ProgrammeRow, 3> &programmeTable()
{
    static const std::array<ProgrammeRow, 3> table{{
        {"PKH", QT_TRANSLATE_NOOP("ProposalType", "PKH")},
        {"SEMBAKO", QT_TRANSLATE_NOOP("ProposalType", "Sembako (BPNT)")},
        {"PBI_JK", QT_TRANSLATE_NOOP("ProposalType", "PBI-JK health insurance")},
    }};
    return table;
}

} // namespace

QString ProposalTypeText::label(ProposalType type)
{
    return tr(proposalTypeInfo(type).label);
}

QString ProposalTypeText::fieldLabel(ProposalField field)
{
    for (const FieldRow &row : fieldTable()) {
        if (row.field == field) {
            return tr(row.label);
        }
    }
    return {};
}

QString ProposalTypeText::evidenceLabel(EvidenceKind kind)
{
    for (const EvidenceRow &row : evidenceTable()) {
        if (row.kind == kind) {
            return tr(row.label);
        }
    }
    return {};
}

QString ProposalTypeText::channelLabel(Channel channel)
{
    for (const ChannelRow &row : channelTable()) {
        if (row.channel == channel) {
            return tr(row.label);
        }
    }
    return {};
}

QString ProposalTypeText::targetLabel(ProposalTarget target)
{
    switch (target) {
    case ProposalTarget::NewHousehold:
        return tr("new household");
    case ProposalTarget::NewMember:
        return tr("new member");
    case ProposalTarget::Household:
        return tr("household");
    case ProposalTarget::Member:
        return tr("member");
    }
    return {};
}

QString ProposalTypeText::ineligibleLabel(const QString &tlCode)
{
    for (const ReasonRow &row : reasonTable()) {
        if (tlCode == QLatin1String(row.code)) {
            return tr("%1 %2").arg(tlCode, tr(row.label));
        }
    }
    return tlCode;
}

QString ProposalTypeText::programmeLabel(const QString &code)
{
    for (const ProgrammeRow &row : programmeTable()) {
        if (code == QLatin1String(row.code)) {
            return tr(row.label);
        }
    }
    return code;
}

const ProposalTypeInfo &proposalTypeInfo(ProposalType type)
{
    return typeTable().at(static_cast<size_t>(type));
}

QList<ProposalType> allProposalTypes()
{
    QList<ProposalType> types;
    for (const ProposalTypeInfo &info : typeTable()) {
        types.append(info.type);
    }
    return types;
}

QString proposalTypeCode(ProposalType type)
{
    return QString::fromLatin1(proposalTypeInfo(type).code);
}

std::optional<ProposalType> proposalTypeFromCode(QStringView code)
{
    for (const ProposalTypeInfo &info : typeTable()) {
        if (code == QLatin1String(info.code)) {
            return info.type;
        }
    }
    return std::nullopt;
}

QString evidenceKindCode(EvidenceKind kind)
{
    for (const EvidenceRow &row : evidenceTable()) {
        if (row.kind == kind) {
            return QString::fromLatin1(row.code);
        }
    }
    return {};
}

std::optional<EvidenceKind> evidenceKindFromCode(QStringView code)
{
    for (const EvidenceRow &row : evidenceTable()) {
        if (code == QLatin1String(row.code)) {
            return row.kind;
        }
    }
    return std::nullopt;
}

QList<EvidenceKind> allEvidenceKinds()
{
    QList<EvidenceKind> kinds;
    for (const EvidenceRow &row : evidenceTable()) {
        kinds.append(row.kind);
    }
    return kinds;
}

QString channelCode(Channel channel)
{
    for (const ChannelRow &row : channelTable()) {
        if (row.channel == channel) {
            return QString::fromLatin1(row.code);
        }
    }
    return {};
}

std::optional<Channel> channelFromCode(QStringView code)
{
    for (const ChannelRow &row : channelTable()) {
        if (code == QLatin1String(row.code)) {
            return row.channel;
        }
    }
    return std::nullopt;
}

QList<Channel> allChannels()
{
    QList<Channel> channels;
    for (const ChannelRow &row : channelTable()) {
        channels.append(row.channel);
    }
    return channels;
}

QString proposalFieldCode(ProposalField field)
{
    for (const FieldRow &row : fieldTable()) {
        if (row.field == field) {
            return QString::fromLatin1(row.code);
        }
    }
    return {};
}

QStringList ineligibleReasonCodes()
{
    QStringList codes;
    for (const ReasonRow &row : reasonTable()) {
        codes.append(QString::fromLatin1(row.code));
    }
    return codes;
}

bool isIneligibleReasonCode(QStringView code)
{
    return std::any_of(reasonTable().cbegin(), reasonTable().cend(), [code](const ReasonRow &row) {
        return code == QLatin1String(row.code);
    });
}

QStringList programmeCodes()
{
    QStringList codes;
    for (const ProgrammeRow &row : programmeTable()) {
        codes.append(QString::fromLatin1(row.code));
    }
    return codes;
}

} // namespace verdes
