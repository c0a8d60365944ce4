// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Clock.h"
#include "models/core/Result.h"
#include "models/proposals/Proposal.h"
#include "models/vault/Actor.h"

#include <QHash>
#include <QList>

#include <optional>

namespace verdes {

class Database;

// What one snapshot import meant for the proposals (ImportReport::proposals, `verdes import`).
struct ReconcileCounts
{
    qint64 reflected = 0;    // approved proposals the snapshot shows (moved to `reflected`)
    qint64 notReflected = 0; // approved proposals it does not show (moved to, or still, `not_reflected`)
    qint64 rebased = 0;      // pending proposals rebased on the new versions (parallel changes)
    qint64 conflicts = 0;    // pending proposals in conflict after this import
    qint64 targetGone = 0;   // pending proposals whose household or person is gone

    bool operator==(const ReconcileCounts &) const = default;

    bool needsAttention() const { return conflicts + targetGone + notReflected > 0; }
};

// One field of a conflict: what the proposal was written against, what the snapshot holds now and
// what the proposal wants.
struct FieldConflict
{
    int ordinal = 0; // of the change in the proposal
    QString table;
    QString recordId;
    QString column;
    QString baseValue;
    QString snapshotValue;
    QString proposedValue;

    bool operator==(const FieldConflict &) const = default;
};

// How a person settles one conflicting field.
enum class ConflictChoice : quint8
{
    KeepProposed, // the proposal stays as it is, now based on the snapshot's value
    TakeSnapshot, // the snapshot's value wins: the change is dropped from the proposal
};

// Classifies the proposals after a snapshot import (issue 14 §2, DESIGN.md "Sync", DOMAIN.md §6),
// and lets a person settle what it cannot. Nothing a proposal proposes is ever overwritten silently.
//
// Pending proposals are those still open in the village: draft, ready, on_agenda, deferred. Those
// agreed, covered by an SPTJM, sealed, sent or in review are frozen by the meeting's decision and
// the signed minutes; they are not classified here (the district reads their base versions).
class ReconcileRepository final
{
public:
    ReconcileRepository(Database &db, Clock &clock);

    // Inside the import's transaction, after ProposalRepository::refreshStale(). `actor` is who
    // imports; the moves are the system's (DOMAIN.md §6) and are audited under the import's officer
    // with the import's number. A re-import that changes nothing writes nothing.
    Result<ReconcileCounts> reconcile(const Actor &actor, qint64 importId);

    // The conflicting fields of a proposal (empty when it is not in conflict).
    Result<QList<FieldConflict>> conflicts(qint64 proposalId);

    // Settles a conflict: one choice per conflicting field (ordinal → choice; every one is
    // needed, else ProposalConflictUnresolved). Kept values are rebased; taken ones are dropped,
    // which sends a ready proposal back to draft and is refused once it is on a meeting's agenda
    // (ProposalNotEditable). A proposal left with no change is withdrawn with `note`. Audited as
    // "proposal.resolve" with the officer. `expectedRevision` as for ProposalRepository::updateDraft.
    Result<Proposal> resolve(const Actor &actor,
                             qint64 proposalId,
                             qint64 expectedRevision,
                             const QHash<int, ConflictChoice> &choices,
                             const QString &note = {});

    // Withdraws a pending proposal whose target is gone (draft or ready; a meeting's item is
    // decided by the meeting). Audited as a transition with `note`.
    Result<Proposal>
    withdrawGone(const Actor &actor, qint64 proposalId, qint64 expectedRevision, const QString &note);

    // A not reflected proposal proposed again: a new draft that copies it (data, changes, evidence),
    // audited as "proposal.create"; the old one stays as it is. ProposalTargetMissing when its
    // household or a person is gone meanwhile; ProposalNotEditable for any other state.
    Result<qint64> proposeAgain(const Actor &actor, qint64 proposalId);

    // Whether an approved proposal is shown by the registry as it is now: true / false, or nullopt
    // when the snapshot cannot show its type (see the rules in the .cpp).
    Result<std::optional<bool>> isReflected(const Proposal &proposal);

private:
    Result<void> setOutcome(qint64 proposalId, SnapshotOutcome outcome, std::optional<qint64> importId);

    Database &m_db;
    Clock &m_clock;
};

} // namespace verdes
