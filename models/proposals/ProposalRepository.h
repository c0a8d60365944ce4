// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Clock.h"
#include "models/core/Progress.h"
#include "models/core/Result.h"
#include "models/domain/Issue.h"
#include "models/domain/Validation.h"
#include "models/proposals/Evidence.h"
#include "models/proposals/Proposal.h"
#include "models/proposals/SnapshotOutcome.h"
#include "models/vault/Actor.h"

#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace verdes {

class Database;

// What the proposal list is narrowed to. Combined with AND; unset members do not filter.
struct ProposalFilter
{
    std::optional<ProposalState> state;
    std::optional<ProposalType> type;
    std::optional<int> rw;
    std::optional<int> rt;
    QString officerId;   // created by
    QString householdId; // one household's proposals
    bool staleOnly = false;
    // What the newest snapshot meant for it (ReconcileRepository): conflicts, not reflected, …
    std::optional<SnapshotOutcome> snapshotOutcome;

    bool operator==(const ProposalFilter &) const = default;
};

// The order of a list: by one column, then newest first.
struct ProposalSort
{
    enum class Key : quint8
    {
        Id,
        Type,
        State,
        Place, // RW, RT
        HeadName,
        PersonNames,
        Reason,
        Officer,
        Updated,
        EvidenceCount,
    };
    Key key = Key::Updated;
    bool descending = true;

    bool operator==(const ProposalSort &) const = default;
};

// One line of the proposal list: what a list shows without loading changes and evidence.
struct ProposalSummary
{
    qint64 id = 0;
    ProposalType type = ProposalType::DataUpdate;
    ProposalState state = ProposalState::Draft;
    Channel channel = Channel::Operator;
    QString householdId;
    QStringList personIds;
    std::optional<int> rw;
    std::optional<int> rt;
    QString headName;        // of the household, empty for NEW_HOUSEHOLD or unknown
    QStringList personNames; // of the members the proposal is about, in personIds order where known
    QString reason;
    QString createdBy;
    QString createdByName;
    QDateTime createdAt;
    QDateTime updatedAt;
    qint64 revision = 0;
    qint64 evidenceCount = 0;
    bool stale = false;
    bool targetGone = false;
    SnapshotOutcome snapshotOutcome = SnapshotOutcome::None;
};

// One move of a proposal, from its history (table proposal_transitions).
struct ProposalTransitionRecord
{
    ProposalState from = ProposalState::Draft;
    ProposalState to = ProposalState::Draft;
    QDateTime at; // UTC
    QString officerId;
    QString officerName;
    QString note;
};

// What refreshStale() found.
struct StaleRefresh
{
    qint64 checked = 0;    // open proposals looked at
    qint64 stale = 0;      // now stale (including those already stale)
    qint64 newlyStale = 0; // became stale in this call
    qint64 targetGone = 0; // against a household missing in the newest snapshot
};

// Proposals and their evidence in the vault (tables proposals, proposal_changes, proposal_bases,
// evidence, evidence_content; schema 4). Every change checks the actor (Actor::require) and appends
// its audit entry inside the same transaction: "proposal.create", "proposal.edit",
// "proposal.transition", "proposal.reconfirm", "evidence.add", "evidence.replace",
// "evidence.remove". Holds only the connection (owned by the caller).
class ProposalRepository final
{
public:
    explicit ProposalRepository(Database &db, Clock &clock = SystemClock::instance());

    // Creates a draft with its evidence in one transaction (all or nothing). Fills the old values
    // and base versions of the records touched from the vault. Refuses a household or person that
    // does not exist (ProposalTargetUnknown) or that the newest snapshot marked missing
    // (ProposalTargetMissing). Returns the stored proposal (id, revision 1).
    Result<Proposal>
    create(const Actor &actor, const Proposal &draft, const QList<NewEvidence> &evidence = {});

    // Saves a draft's data and changes. `proposal.revision` must be the stored one, else
    // ProposalChangedMeanwhile names the officer who saved in between. Only drafts
    // (ProposalNotEditable). Base versions of newly touched records are taken now; those already
    // recorded are kept. Returns the stored proposal (revision + 1).
    Result<Proposal> updateDraft(const Actor &actor, const Proposal &proposal);

    // Moves a proposal to `to` (ProposalStateMachine::check). Marking ready is refused while
    // something is missing (ProposalIncomplete with the list), while the records it creates break an
    // E rule (ProposalInvalidValues, see newRecordIssues) or while the proposal is stale or its
    // target gone (ProposalStale / ProposalTargetMissing). `note` is the reason where one is needed.
    Result<Proposal> transition(const Actor &actor,
                                qint64 proposalId,
                                ProposalState to,
                                qint64 expectedRevision,
                                const QString &note = {});

    // For the meeting (MeetingRepository), inside the caller's transaction: moves proposals along a
    // legal transition of the state machine without the checks of the proposal's own buttons (the
    // meeting checks its roles itself). Writes each transition and its audit entry; stops at the
    // first proposal that cannot move (the caller's transaction then rolls back).
    Result<void> moveForMeeting(const Actor &actor,
                                const QList<qint64> &proposalIds,
                                ProposalState to,
                                const QString &note = {});

    // For the district's verdicts (sync::DecisionInbox), inside the caller's transaction: a new draft
    // that copies a returned proposal (type, household, persons, data, changes, evidence), so that the
    // village corrects it and proposes it again; the returned one stays as it is. Audited as
    // "proposal.create" and "evidence.add". Returns nothing, and makes nothing, when the proposal's
    // household or a person it names is gone from the registry meanwhile.
    Result<std::optional<qint64>> createReturnDraft(const Actor &actor, qint64 returnedId);

    // Adds evidence to a draft (EvidenceLocked once it is ready).
    Result<EvidenceInfo> attachEvidence(const Actor &actor, qint64 proposalId, const NewEvidence &evidence);
    // Replaces evidence by a new version; the old one is kept. Allowed while the proposal is open in
    // the village (draft, ready, on_agenda, deferred), refused once decided or sealed.
    Result<EvidenceInfo> replaceEvidence(const Actor &actor, qint64 evidenceId, const NewEvidence &evidence);
    // Removes evidence from a draft (a mistaken attachment); refused once ready.
    Result<void> removeEvidence(const Actor &actor, qint64 evidenceId);

    // A proposal with its changes, bases and current evidence, or nullopt.
    Result<std::optional<Proposal>> get(qint64 proposalId);
    // Evidence of a proposal; with `includeReplaced` also the older versions, oldest first.
    Result<QList<EvidenceInfo>> evidence(qint64 proposalId, bool includeReplaced = false);
    // The moves of a proposal, oldest first.
    Result<QList<ProposalTransitionRecord>> history(qint64 proposalId);
    // The stored bytes of one piece of evidence (for the viewer and thumbnails), checked against
    // the SHA-256 recorded when it was attached: EvidenceDamaged when they no longer match.
    Result<QByteArray> evidenceBytes(qint64 evidenceId);
    // Every piece of evidence checked that way (for `verdes check`): the file names of those whose
    // bytes no longer match, with their proposal numbers ("surat.pdf (usulan 12)"). `progress`
    // counts pieces of evidence; its cancel stops it (ErrorCode::Cancelled).
    Result<QStringList> damagedEvidence(Progress &progress = Progress::none());

    // Proposals matching the filter, newest first; `limit` < 0 for all.
    Result<QList<ProposalSummary>>
    list(const ProposalFilter &filter = {}, qint64 offset = 0, int limit = -1, const ProposalSort &sort = {});
    Result<qint64> count(const ProposalFilter &filter = {});
    // Counts per state (states without proposals are absent) under the filter (its state ignored).
    Result<QHash<ProposalState, qint64>> countsByState(const ProposalFilter &filter = {});
    // One household's proposals, newest first (for the household view).
    Result<QList<ProposalSummary>> forHousehold(const QString &householdId);

    // Base / current / proposed for each change of the proposal (for the stale view and the diff).
    Result<QList<ValueComparison>> compare(qint64 proposalId);
    // Takes the current versions (and current values as old values) as the new base and clears
    // `stale`. Refused when the target is gone. `expectedRevision` as for updateDraft.
    Result<Proposal> reconfirm(const Actor &actor, qint64 proposalId, qint64 expectedRevision);

    // After a snapshot import commits: marks open proposals whose records changed (version differs
    // from the base) as stale and those whose household is missing as target gone.
    Result<StaleRefresh> refreshStale();

    // What the V-rules need for records typed in this vault: today (the repository's clock), the
    // region tables and the vault's own village (vault_meta; empty when not recorded).
    Result<ValidationContext> validationContext();
    // NEW_HOUSEHOLD / NEW_MEMBER: the issues of the records the proposal creates (NewRecordCheck,
    // against its household for NEW_MEMBER), plus V08 (E: a new member's NIK on an active member of
    // another household) and V14 (W: the new family's KK number on another household). Empty for
    // other types. transition() refuses "ready" while any of these is an error
    // (ProposalInvalidValues, the errors in plain words).
    Result<QList<Issue>> newRecordIssues(const Proposal &proposal);

    // The current value of a registry column of an existing record (for pre-filling old values).
    Result<QString> currentValue(const QString &table, const QString &recordId, const QString &column);

private:
    // Writes a draft with its evidence and their audit entries, inside the caller's transaction.
    Result<qint64> insertDraft(const Actor &actor, const Proposal &draft, const QList<NewEvidence> &evidence);

    Database &m_db;
    Clock &m_clock;
};

} // namespace verdes
