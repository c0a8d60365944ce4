// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/proposals/ProposalState.h"
#include "models/proposals/ProposalType.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>

#include <optional>

namespace verdes {

// The kind of village meeting (DOMAIN.md §7): a desa holds a musdes (musdesus when special), a
// kelurahan a muskel. An SPTJM (the kepala desa's statement of responsibility) stands in for a
// meeting in a quarter without one; it is kept as a "meeting" of its own kind, without attendance
// and votes, so that it is sealed and documented the same way.
enum class MeetingKind : quint8
{
    Musdes,
    Musdesus,
    Muskel,
    Sptjm,
};

// Who attended, by the roles of DOMAIN.md §7.
enum class AttendeeRole : quint8
{
    KepalaDesa, // kepala desa / lurah
    Perangkat,
    Bpd,
    RtRw,
    PendampingPkh,
    Tksk,
    Psm,
    PendampingDesa,
    Lpm,
    Babinsa,
    Bhabinkamtibmas,
    Tokoh, // religious, customary or community figure
    Perempuan,
    RumahTanggaMiskin,
    Dinsos,
    Camat,
    Bps,
    Other,
};

// Where an item stands in the usual order of the agenda. Opening and closing have no items; they
// are headings of the agenda and of the minutes.
enum class AgendaSection : quint8
{
    Flagged,      // flagged registrants: keep or propose removal (INELIGIBLE, flagged households)
    NewProposals, // NEW_HOUSEHOLD, NEW_MEMBER, PROGRAMME
    OtherChanges, // every other proposal
};

// What the meeting decided on an item. A proposal is agreed, rejected or deferred; a flagged
// household put to the meeting is kept, or the meeting proposes its removal.
enum class Decision : quint8
{
    None, // not decided yet
    Agreed,
    Rejected,
    Deferred,
    Keep,
    ProposeRemoval,
};

enum class DecisionMode : quint8
{
    Consensus, // musyawarah mufakat
    Vote,
};

struct Attendee
{
    qint64 id = 0;
    QString name;
    AttendeeRole role = AttendeeRole::Other;
    QString rtRw; // "003/002", empty when not from one RT
    bool signedOnPaper = false;
};

// One agenda item with what the agenda and the projector need to show it.
struct AgendaItem
{
    qint64 id = 0;
    AgendaSection section = AgendaSection::OtherChanges;
    int position = 0; // 1-based, across the whole agenda (sections in their order)
    std::optional<qint64> proposalId;
    QString householdId; // the household concerned (also for proposal items, when there is one)
    // What the proposal is (proposal items):
    std::optional<ProposalType> type;
    ProposalState proposalState = ProposalState::OnAgenda;
    // Names of the persons concerned, or the head's name for a household item / NEW_HOUSEHOLD.
    QString subject;
    std::optional<int> rw;
    std::optional<int> rt;
    QString reason; // the proposal's reason, or the flags' summary for a household item
    // The decision:
    Decision decision = Decision::None;
    DecisionMode mode = DecisionMode::Consensus;
    int votesFor = 0;
    int votesAgainst = 0;
    int votesAbstain = 0;
    QString note;
    QDateTime decidedAt;
    QString decidedByName;

    bool isHouseholdItem() const { return !proposalId.has_value(); }

    bool isDecided() const { return decision != Decision::None; }
};

// What the projector may show of one item (DOMAIN.md §10): name, RT/RW, age, type, reason and
// house photos. Nothing else of the item reaches the projector's window; a field the chair reveals
// is passed beside it (MeetingRepository::reveal).
struct ProjectorSlide
{
    struct Person
    {
        QString name;
        std::optional<int> age; // years, from the birth date; the date itself is never shown
    };

    qint64 itemId = 0;
    int position = 0; // 1-based
    int total = 0;
    AgendaSection section = AgendaSection::OtherChanges;
    QString typeLabel; // "Meninggal", or "Keluarga dengan peringatan" for a household item
    QList<Person> persons;
    QString rtRw; // "RT 003 / RW 002"
    QString reason;
    QList<qint64> housePhotoIds; // evidence ids of HOUSE_PHOTOS images (ProposalRepository::evidenceBytes)
    Decision decision = Decision::None;
    QString decisionText; // MeetingText::decisionWithVotes, empty when undecided
};

struct MeetingSeal
{
    QDateTime sealedAt;
    QString sealedById;
    QString sealedByName;
    QString keyId;
    qint64 auditSeq = 0;
    QByteArray auditHash;
    QByteArray content; // the canonical bytes that were signed
    QByteArray sha256;
    QByteArray signature;

    // The first 16 hex digits of the SHA-256, in groups of 4, for document footers.
    QString shortHash() const;
};

struct Meeting
{
    qint64 id = 0;
    MeetingKind kind = MeetingKind::Musdes;
    QString number; // "001/MUSDES/XII/2026"
    QDate date;
    QTime time; // invalid when not set
    QString place;
    QString chair;
    QString minuteTaker;
    QString notes;
    std::optional<qint64> addendumOf;
    QDateTime createdAt;
    QString createdByName;
    std::optional<MeetingSeal> seal;

    bool isSealed() const { return seal.has_value(); }
};

// What a list of meetings shows.
struct MeetingSummary
{
    qint64 id = 0;
    MeetingKind kind = MeetingKind::Musdes;
    QString number;
    QDate date;
    QString place;
    QString chair;
    qint64 items = 0;
    qint64 decided = 0;
    qint64 attendees = 0;
    bool sealed = false;
    QString shortHash; // of the seal, empty when not sealed
};

// Labels in the interface language, and the stable codes stored in the vault.
class MeetingText
{
    Q_DECLARE_TR_FUNCTIONS(Meeting)

public:
    static QString kindLabel(MeetingKind kind);         // "Musyawarah desa"
    static QString kindShort(MeetingKind kind);         // "MUSDES"
    static QString roleLabel(AttendeeRole role);        // "Ketua RT/RW"
    static QString sectionLabel(AgendaSection section); // "Usulan baru"
    static QString decisionLabel(Decision decision);    // "Disetujui"
    static QString modeLabel(DecisionMode mode);        // "Musyawarah mufakat"
    // The decision as the minutes write it, with the votes ("Disetujui (voting 12/3/1)").
    static QString decisionWithVotes(const AgendaItem &item);
    // "RT 003 / RW 002" (either part may be missing); empty when both are.
    static QString rtRwLabel(std::optional<int> rt, std::optional<int> rw);
    // Opening and closing, the fixed headings around the sections.
    static QString openingLabel();
    static QString closingLabel();
};

QString meetingKindCode(MeetingKind kind); // "musdes", "musdesus", "muskel", "sptjm"
std::optional<MeetingKind> meetingKindFromCode(QStringView code);
QString attendeeRoleCode(AttendeeRole role); // "kepala_desa", "bpd", "rt_rw", …
std::optional<AttendeeRole> attendeeRoleFromCode(QStringView code);
QList<AttendeeRole> allAttendeeRoles();
QString agendaSectionCode(AgendaSection section); // "flagged", "new", "other"
std::optional<AgendaSection> agendaSectionFromCode(QStringView code);
QList<AgendaSection> allAgendaSections();
QString decisionCode(Decision decision); // "", "agreed", "rejected", "deferred", "keep", "remove"
std::optional<Decision> decisionFromCode(QStringView code);
QString decisionModeCode(DecisionMode mode); // "consensus", "vote"
std::optional<DecisionMode> decisionModeFromCode(QStringView code);

// The section a proposal of this type goes to.
AgendaSection sectionForType(ProposalType type);
// The kind a village's meeting has by its region code: a 7th digit 1 is a kelurahan (muskel),
// otherwise a desa (musdes). Empty code → musdes.
MeetingKind meetingKindForVillage(const QString &villageCode);

// The monthly cut-off of DOMAIN.md §7 (configurable, 17th by default): the date by which what a
// meeting on `meetingDate` decided must be entered to count for that month; a meeting after the
// cut-off counts for the next month.
QDate cutOffFor(QDate meetingDate, int cutOffDay = 17);
// Whether the meeting makes its own month's cut-off.
bool makesMonthCutOff(QDate meetingDate, int cutOffDay = 17);
// Days after which a village without a sealed meeting is warned (Kepmensos 73/2024: every three
// months, else SPTJM).
constexpr int kMeetingWarnDays = 90;

// The quorum indicator (never enforced): the share of the expected attendance that came.
struct Quorum
{
    int expected = 0; // configured; 0 = not configured
    int present = 0;
    double fraction = 2.0 / 3.0; // share of expected that makes quorum

    bool configured() const { return expected > 0; }

    bool reached() const { return configured() && present >= needed(); }

    int needed() const;
};

// Validates "003/002" (RT/RW, 1–3 digits each). Returns the normalised form or nullopt.
std::optional<QString> normaliseRtRw(const QString &text);

} // namespace verdes
