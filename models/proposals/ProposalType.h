// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace verdes {

// The proposal types of DOMAIN.md §5. The stored code (proposalTypeCode) is the DOMAIN.md name
// ("MEMBER_DECEASED"); quality checks and later issues refer to types by that code.
enum class ProposalType : quint8
{
    NewHousehold,
    NewMember,
    MemberDeceased,
    MemberMoved,
    MemberAbroad,
    MemberNotFound,
    HouseholdMoved,
    DataUpdate,
    IdentityCorrection,
    KkChange,
    HeadReplacement,
    Ineligible,
    Programme,
    Objection,
    Withdrawal,
    Duplicate,
};

// What a proposal is about.
enum class ProposalTarget : quint8
{
    NewHousehold, // a family not yet in the registry
    NewMember,    // a person joining an existing household
    Household,    // an existing household
    Member,       // one or more existing members of a household
};

// Where the proposal came from (DOMAIN.md §5: every proposal has a channel).
enum class Channel : quint8
{
    Operator,  // found by the operator
    RtRw,      // brought by the RT/RW
    WalkIn,    // a resident came to the office
    CekBansos, // reported through the Cek Bansos application
    Objection, // a sanggah by another resident
};

// The kinds of evidence of DOMAIN.md §5. Stored codes: "KTP", "KK", "BIRTH_CERT", …
enum class EvidenceKind : quint8
{
    Ktp,
    Kk,
    BirthCert,
    DeathCert, // or the village's death letter
    MoveLetter,
    HousePhotos, // front, inside, side
    Coords,
    Sktm,
    RtRwLetter,
    ElectricBill,
    JobProof,
    Statement,
};

// The data a proposal type requires before it may be marked ready (V30 of DOMAIN.md §4).
enum class ProposalField : quint8
{
    Reason,           // every proposal: why
    Household,        // the household concerned
    Persons,          // the member(s) concerned
    EventDate,        // date of the move, departure, birth or joining
    DateOfDeath,      // MEMBER_DECEASED
    Destination,      // HOUSEHOLD_MOVED: new SLS/address, destination, or "not found"
    LastKnownAddress, // MEMBER_NOT_FOUND
    FieldChanges,     // DATA_UPDATE, IDENTITY_CORRECTION: at least one old → new change
    NewHouseholdData, // NEW_HOUSEHOLD: every required household field and the head's fields
    NewMemberData,    // NEW_MEMBER: the member's required fields
    NewKkNumber,      // KK_CHANGE
    NewHead,          // HEAD_REPLACEMENT
    IneligibleReason, // INELIGIBLE: TL code (TL99 also its text)
    Programmes,       // PROGRAMME (asked for), WITHDRAWAL (refused)
    Objector,         // OBJECTION: name and address of the objector in the same village
    DuplicateRecord,  // DUPLICATE: the duplicate record (the kept one is the target)
};

// One evidence requirement: any one of `anyOf` satisfies it. Required ones block "ready" (V31);
// recommended ones (DOMAIN.md's italics) are advice only.
struct EvidenceRule
{
    QList<EvidenceKind> anyOf;
    bool required = true;

    bool operator==(const EvidenceRule &) const = default;
};

// One row of the proposal type table.
struct ProposalTypeInfo
{
    ProposalType type = ProposalType::DataUpdate;
    const char *code = nullptr;  // "MEMBER_DECEASED"
    const char *label = nullptr; // English source, context "ProposalType" ("Member deceased")
    ProposalTarget target = ProposalTarget::Household;
    QList<ProposalField> fields;  // always required for this type
    QList<EvidenceRule> evidence; // unconditional rules; the conditional ones: Proposal::evidenceRules()
    const char *populationCode = nullptr; // the presence code the type records (404=2) or ""
};

class ProposalTypeText
{
    Q_DECLARE_TR_FUNCTIONS(ProposalType)

public:
    static QString label(ProposalType type);               // "Meninggal" in Indonesian
    static QString fieldLabel(ProposalField field);        // "date of death"
    static QString evidenceLabel(EvidenceKind kind);       // "death certificate"
    static QString channelLabel(Channel channel);          // "RT/RW"
    static QString targetLabel(ProposalTarget target);     // "member"
    static QString ineligibleLabel(const QString &tlCode); // "TL03 deceased"
    static QString programmeLabel(const QString &code);    // "PKH"
};

const ProposalTypeInfo &proposalTypeInfo(ProposalType type);
QList<ProposalType> allProposalTypes();
QString proposalTypeCode(ProposalType type);
std::optional<ProposalType> proposalTypeFromCode(QStringView code);

QString evidenceKindCode(EvidenceKind kind);
std::optional<EvidenceKind> evidenceKindFromCode(QStringView code);
QList<EvidenceKind> allEvidenceKinds();

QString channelCode(Channel channel); // "operator", "rt_rw", "walk_in", "cek_bansos", "objection"
std::optional<Channel> channelFromCode(QStringView code);
QList<Channel> allChannels();

QString proposalFieldCode(ProposalField field); // "date_of_death"

// INELIGIBLE reason codes of DOMAIN.md §5: TL01 … TL14, TL99, in order.
QStringList ineligibleReasonCodes();
bool isIneligibleReasonCode(QStringView code);
// Programme codes of PROGRAMME and WITHDRAWAL: "PKH", "SEMBAKO", "PBI_JK".
QStringList programmeCodes();

} // namespace verdes
