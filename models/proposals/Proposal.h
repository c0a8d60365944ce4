// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/proposals/Evidence.h"
#include "models/proposals/ProposalState.h"
#include "models/proposals/ProposalType.h"
#include "models/proposals/SnapshotOutcome.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace verdes {

// The registry table a change touches: "households" or "members" (kHouseholdsTable, kMembersTable).
inline const QString kHouseholdsTable = QStringLiteral("households");
inline const QString kMembersTable = QStringLiteral("members");

// The newRecordKey of a NEW_HOUSEHOLD's head; its further members have their own keys ("member2", …).
inline const QString kNewHeadKey = QStringLiteral("head");

// V30 for the records a proposal creates: the columns SIKS-NG needs of a new household, of its head
// (newRecordKey kNewHeadKey) and of every other new member (configurable later).
const QStringList &newHouseholdColumns();
const QStringList &newHeadColumns();
const QStringList &newMemberColumns();

// One field-level change: old → new. `recordId` is the household or person id; empty for a record
// the proposal creates (NEW_HOUSEHOLD, NEW_MEMBER; then `newRecordKey` groups the values of one
// new record, e.g. "head", "member1"). `oldValue` is filled by the repository from the vault when the
// proposal is saved (the base); it is empty for new records.
struct FieldChange
{
    QString table; // kHouseholdsTable or kMembersTable
    QString recordId;
    QString column; // the registry column ("name", "floor_area_m2")
    QString oldValue;
    QString newValue;
    QString newRecordKey;

    bool operator==(const FieldChange &) const = default;
};

// The version of one existing record when the proposal was written or last re-confirmed
// (households.version / members.version).
struct BaseVersion
{
    QString table;
    QString recordId;
    qint64 version = 0;

    bool operator==(const BaseVersion &) const = default;
};

// Base / current / proposed side by side, for a stale proposal's comparison.
struct ValueComparison
{
    QString table;
    QString recordId;
    QString column;
    QString baseValue;       // old value when the proposal was written
    QString currentValue;    // in the vault now
    QString proposedValue;   // what the proposal wants
    bool recordGone = false; // the record is missing in the newest snapshot

    bool changedSinceBase() const { return recordGone || baseValue != currentValue; }
};

// Type-specific data (DOMAIN.md §5). Only the members the type uses are meaningful.
struct ProposalDetails
{
    enum class KkChangeKind : quint8
    {
        NewNumber,
        Split, // some members to a new family (personIds)
        Merge, // into another family (duplicateOrOtherHousehold)
    };

    QDate eventDate;          // MEMBER_DECEASED: date of death; moves, departure, birth/joining
    QString destination;      // MEMBER_MOVED (if known), HOUSEHOLD_MOVED (new SLS/address)
    QString country;          // MEMBER_ABROAD (if known)
    QString lastKnownAddress; // MEMBER_NOT_FOUND
    QString newKkNumber;      // KK_CHANGE
    QString newHeadPersonId;  // HEAD_REPLACEMENT
    QString ineligibleReason; // INELIGIBLE: "TL01" … "TL99"
    QString otherReason;      // INELIGIBLE TL99: the reason in words
    QStringList programmes;   // PROGRAMME (asked), WITHDRAWAL (refused): programmeCodes()
    QString objectorName;     // OBJECTION
    QString objectorAddress;  // OBJECTION: address / RT-RW in the same village
    QString otherRecordId;    // DUPLICATE: the duplicate record; KK_CHANGE Merge: the other family
    QString latitude;         // COORDS as data (satisfies the COORDS evidence rule)
    QString longitude;
    bool destinationUnknown = false; // HOUSEHOLD_MOVED: not found
    bool isBirth = false;            // NEW_MEMBER: a birth (then BIRTH_CERT is required)
    KkChangeKind kkChange = KkChangeKind::NewNumber;
    bool headDied = false;     // HEAD_REPLACEMENT: the old head died (then DEATH_CERT)
    bool reactivation = false; // PROGRAMME: reactivation of a stopped PBI-JK etc.

    QJsonObject toJson() const;
    static ProposalDetails fromJson(const QJsonObject &json);
    bool operator==(const ProposalDetails &) const = default;
};

// What is missing before a proposal may be marked ready.
struct MissingRequirement
{
    enum class Kind : quint8
    {
        Field,    // V30
        Evidence, // V31
    };
    Kind kind = Kind::Field;
    QString rule; // "V30" / "V31"
    std::optional<ProposalField> field;
    QList<EvidenceKind> evidence; // any one of these
    QString text;                 // plain words, in the interface language

    bool operator==(const MissingRequirement &) const = default;
};

// A change proposal: a typed record with the data and evidence its type requires, the field-level
// changes it proposes and the base versions of the records it touches.
struct Proposal
{
    Q_DECLARE_TR_FUNCTIONS(Proposal)

public:
    qint64 id = 0; // 0 until created
    ProposalType type = ProposalType::DataUpdate;
    ProposalState state = ProposalState::Draft;
    Channel channel = Channel::Operator;
    QString householdId; // empty only for NEW_HOUSEHOLD
    QStringList personIds;
    QString reason;
    ProposalDetails details;
    QList<FieldChange> changes;
    QList<BaseVersion> bases;     // filled by the repository
    QList<EvidenceInfo> evidence; // current versions, filled by the repository

    qint64 revision = 0; // optimistic concurrency: updateDraft/transition refuse a stale revision
    QString createdBy;   // officer ids and names
    QString createdByName;
    QString updatedBy;
    QString updatedByName;
    QDateTime createdAt; // UTC
    QDateTime updatedAt;
    QString stateNote;       // the note of the last transition (reason of a return, …)
    bool stale = false;      // a record it touches changed since its base versions
    bool targetGone = false; // its household is missing in the newest snapshot
    SnapshotOutcome snapshotOutcome = SnapshotOutcome::None; // what the newest snapshot meant for it

    // Every missing required field (V30) and evidence (V31), in plain words.
    QList<MissingRequirement> missing() const;
    QStringList missingRequirements() const;

    bool isComplete() const { return missing().isEmpty(); }

    // Recommended evidence not attached (DOMAIN.md's italics), in plain words: advice only.
    QStringList recommendations() const;
    // The evidence rules of this proposal: the type's rules plus the conditional ones (BIRTH_CERT
    // for a birth, DEATH_CERT when the head died, the INELIGIBLE reason's evidence, HOUSE_PHOTOS
    // when DATA_UPDATE touches housing or assets).
    QList<EvidenceRule> evidenceRules() const;
    // OBJECTION: the end of the 14-day period (DTKS-era rule), invalid for other types.
    QDateTime objectionDeadline() const;
    // A one-line summary for lists and the audit trail ("Member deceased"), without personal data.
    QString title() const;
};

} // namespace verdes
