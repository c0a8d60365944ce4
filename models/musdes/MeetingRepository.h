// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Clock.h"
#include "models/core/Progress.h"
#include "models/core/Result.h"
#include "models/musdes/Meeting.h"
#include "models/vault/Actor.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace verdes {

class Database;
struct Proposal;

// What preparing a meeting sets. The kind defaults to the village's (meetingKindForVillage); the
// number is given by the repository.
struct MeetingDraft
{
    std::optional<MeetingKind> kind;
    QDate date;
    QTime time;
    QString place;
    QString chair;
    QString minuteTaker;
    QString notes;
    std::optional<qint64> addendumOf; // a sealed meeting this one corrects
};

// One decision as the operator records it.
struct DecisionInput
{
    Decision decision = Decision::Agreed;
    DecisionMode mode = DecisionMode::Consensus;
    int votesFor = 0;
    int votesAgainst = 0;
    int votesAbstain = 0;
    QString note;
};

// What the chair may reveal of one item to the room (DOMAIN.md §10), one field at a time.
enum class RevealField : quint8
{
    Nik,
    Kk,
    BirthDate,
};

// One line of the BNBA (by name, by address) of DOMAIN.md §7: the agreed items with the persons'
// identifiers, for the sealed documents and the district. One line per person concerned (a
// household item or NEW_HOUSEHOLD: its head).
struct BnbaLine
{
    int number = 0; // 1-based
    qint64 itemId = 0;
    std::optional<qint64> proposalId;
    QString name;
    QString nik;
    QString kk;
    QString address;
    QString rtRw;
    QString typeLabel; // "Meninggal"
    QString reason;
    Decision decision = Decision::None;
    QString decisionText; // MeetingText::decisionWithVotes
};

// The result of checking one seal.
struct SealCheck
{
    qint64 meetingId = 0;
    QString number;
    bool signatureValid = false;   // the device key's signature over the stored bytes
    bool contentMatches = false;   // the rows still give the stored bytes
    bool auditHeadMatches = false; // the audit entry named in the seal still has that hash

    bool intact() const { return signatureValid && contentMatches && auditHeadMatches; }
};

// The village meetings in the vault (schema 8): preparing, attendance, agenda, decisions, reveals
// and the seal. Every change checks the actor and appends its audit entry in the same transaction
// ("meeting.create", "meeting.edit", "meeting.attend", "meeting.agenda", "meeting.decide",
// "meeting.reveal", "meeting.seal"); the proposals it moves get their own "proposal.transition"
// entries. Nothing of a sealed meeting changes (MeetingSealed; the triggers refuse it too).
//
// Who may do what (Role.cpp): preparing (meeting, attendance, agenda) needs PutOnAgenda; recording
// a decision needs RecordDecision; sealing needs SignMinutes (the chair or the kepala desa) and an
// SPTJM needs SignSptjm (the kepala desa).
class MeetingRepository final
{
public:
    explicit MeetingRepository(Database &db, Clock &clock = SystemClock::instance());

    // --- Meetings
    // Creates a meeting and gives it its number ("001/MUSDES/XII/2026": running number in the year,
    // kind, month in Roman numerals, year). An addendum must refer to a sealed meeting.
    Result<Meeting> create(const Actor &actor, const MeetingDraft &draft);
    // Changes an unsealed meeting's data (the kind and number stay).
    Result<Meeting> update(const Actor &actor, qint64 meetingId, const MeetingDraft &draft);
    Result<std::optional<Meeting>> get(qint64 meetingId);
    // Every meeting, newest first.
    Result<QList<MeetingSummary>> list();
    // The date of the newest sealed meeting (or SPTJM), nullopt when there is none.
    Result<std::optional<QDate>> lastSealedDate();

    // --- Attendance
    Result<Attendee> addAttendee(const Actor &actor, qint64 meetingId, const Attendee &attendee);
    Result<void> updateAttendee(const Actor &actor, qint64 meetingId, const Attendee &attendee);
    Result<void> removeAttendee(const Actor &actor, qint64 meetingId, qint64 attendeeId);
    Result<QList<Attendee>> attendees(qint64 meetingId);

    // --- Agenda
    // The items in order (section by section, then position).
    Result<QList<AgendaItem>> agenda(qint64 meetingId);
    Result<std::optional<AgendaItem>> item(qint64 meetingId, qint64 itemId);
    // Puts ready proposals on the agenda (ready → on_agenda, each audited), at the end of their
    // section. All or nothing: a proposal that is not ready refuses the whole call.
    Result<QList<AgendaItem>>
    addProposals(const Actor &actor, qint64 meetingId, const QList<qint64> &proposalIds);
    // Every ready proposal (none is not an error). Returns how many were added.
    Result<int> addAllReady(const Actor &actor, qint64 meetingId);
    // A flagged household as a "keep / propose removal" item in the flagged section.
    Result<AgendaItem> addHousehold(const Actor &actor, qint64 meetingId, const QString &householdId);
    // Takes an undecided item off the agenda (its proposal goes back to ready).
    Result<void> removeItem(const Actor &actor, qint64 meetingId, qint64 itemId);
    // Moves an item to `position` (1-based) within its section.
    Result<void> moveItem(const Actor &actor, qint64 meetingId, qint64 itemId, int position);

    // --- Decisions
    // Records (or corrects, until the seal) the decision on one item. A proposal moves on_agenda →
    // agreed / rejected / deferred (or between those when corrected); a household item takes keep or
    // propose removal (or deferred). A vote needs counts (MeetingVoteMissing). Each call is audited;
    // a correction says what it was before.
    Result<AgendaItem>
    decide(const Actor &actor, qint64 meetingId, qint64 itemId, const DecisionInput &input);

    // --- The projector
    // The value of one hidden field of one item for the room, recorded with the chair's name, the
    // officer at the keyboard and why (meeting_reveals and the audit log). `why` must not be empty.
    Result<QString>
    reveal(const Actor &actor, qint64 meetingId, qint64 itemId, RevealField field, const QString &why);

    // What the projector shows of one item; nothing masked is in it.
    Result<ProjectorSlide> slide(qint64 meetingId, qint64 itemId);

    // --- The seal
    // Seals the meeting with the device key: every item must be decided (MeetingUndecided), a
    // musdes needs at least one attendee. The canonical bytes (canonicalBytes) name `actor` as the
    // one who sealed. Agreed proposals become sealed, deferred ones go back to ready; rejected ones
    // stay rejected. An SPTJM needs SignSptjm and its items become covered_by_sptjm, then sealed.
    // `progress` counts items.
    Result<MeetingSeal> seal(const Actor &actor, qint64 meetingId, Progress &progress = Progress::none());
    // The canonical bytes of the meeting as its rows are now (deterministic: a change of any
    // meeting, attendance, decision, proposal content, base version or evidence hash changes them).
    // `sealer` and the audit head are those of the seal when the meeting is sealed.
    Result<QByteArray> canonicalBytes(qint64 meetingId);
    // Checks one sealed meeting.
    Result<SealCheck> verifySeal(qint64 meetingId);
    // Checks every sealed meeting (for `verdes check`); `progress` counts meetings.
    Result<QList<SealCheck>> verifyAllSeals(Progress &progress = Progress::none());

    // --- For the documents
    // The BNBA lines of the items with `decision` (Agreed and ProposeRemoval for the BNBA,
    // Rejected, Deferred for the other lists).
    Result<QList<BnbaLine>> bnba(qint64 meetingId, QList<Decision> decisions);
    // The BNBA lines of one item whose proposal the caller has read (nullptr for a flagged household),
    // numbered from 1: the batch builder reads each proposal once for its item and its lines.
    Result<QList<BnbaLine>> bnbaOf(const AgendaItem &item, const Proposal *proposal);

    // Records that the meeting's documents left Verdes (written to files or printed): they hold NIK
    // and KK (the BNBA), so this needs ExportData and is audited ("meeting.documents"; `what` says
    // which, "files" or a document's code when printed).
    Result<void> recordDocuments(const Actor &actor, qint64 meetingId, const QString &what, int count);

    // --- Templates of the documents (an administrator's edits; defaults are resources)
    Result<std::optional<QString>> storedTemplate(const QString &name);
    // Stores an edited template (ChangeSettings), or removes the edit when `body` is empty.
    Result<void> storeTemplate(const Actor &actor, const QString &name, const QString &body);

private:
    // The meeting, refused when it does not exist (MeetingNotFound) or is sealed (MeetingSealed).
    Result<Meeting> unsealed(qint64 meetingId);

    Database &m_db;
    Clock &m_clock;
};

} // namespace verdes
