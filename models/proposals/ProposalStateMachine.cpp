// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/proposals/ProposalStateMachine.h"

namespace verdes {

namespace {

using S = ProposalState;
using M = ProposalStateMachine::Mover;
using T = ProposalStateMachine::Transition;

T officer(S from, S to, Action action, bool available = false, bool note = false)
{
    return T{from, to, M::Officer, action, available, note};
}

T system(S from, S to)
{
    return T{from, to, M::System, std::nullopt, false, false};
}

T district(S from, S to, bool note = false)
{
    return T{from, to, M::District, std::nullopt, false, note};
}

} // namespace

// DOMAIN.md §6. The proposal's own buttons offer draft → ready, ready → draft and the withdrawals
// of a draft or a ready proposal (`available`). The meeting's moves are made by MeetingRepository
// (ProposalRepository::moveForMeeting), which checks the meeting's roles; sync and the district
// come in later issues. Every move is here, so nothing can move a proposal along a path the
// workflow does not have.
const QList<ProposalStateMachine::Transition> &ProposalStateMachine::transitions()
{
    static const QList<Transition> table{
        // The village prepares.
        officer(S::Draft, S::Ready, Action::MarkProposalReady, true),
        officer(S::Draft, S::Withdrawn, Action::WithdrawProposal, true, true),
        officer(S::Ready, S::Draft, Action::EditProposal, true),
        officer(S::Ready, S::Withdrawn, Action::WithdrawProposal, true, true),
        officer(S::Ready, S::OnAgenda, Action::PutOnAgenda),
        officer(S::OnAgenda, S::Ready, Action::PutOnAgenda),
        officer(S::Ready, S::CoveredBySptjm, Action::PutOnAgenda),
        officer(S::CoveredBySptjm, S::Ready, Action::PutOnAgenda),
        // The musdes decides: the secretary (or the operator at the laptop) records, and may correct
        // a decision until the chair confirms them all by sealing the minutes.
        officer(S::OnAgenda, S::Agreed, Action::RecordDecision),
        officer(S::OnAgenda, S::Rejected, Action::RecordDecision),
        officer(S::OnAgenda, S::Deferred, Action::RecordDecision),
        officer(S::Agreed, S::Rejected, Action::RecordDecision),
        officer(S::Agreed, S::Deferred, Action::RecordDecision),
        officer(S::Rejected, S::Agreed, Action::RecordDecision),
        officer(S::Rejected, S::Deferred, Action::RecordDecision),
        officer(S::Deferred, S::Agreed, Action::RecordDecision),
        officer(S::Deferred, S::Rejected, Action::RecordDecision),
        // Sealing the minutes sends a deferred item back for the next meeting.
        officer(S::Deferred, S::Ready, Action::SignMinutes),
        officer(S::Deferred, S::Withdrawn, Action::WithdrawProposal, false, true),
        // Signed minutes or a sealed SPTJM make it immutable.
        officer(S::Agreed, S::Sealed, Action::SignMinutes),
        officer(S::CoveredBySptjm, S::Sealed, Action::SignSptjm),
        // Sync to the district.
        system(S::Sealed, S::Batched),
        system(S::Batched, S::Sent),
        system(S::Sent, S::Received),
        system(S::Received, S::InReview),
        // District review (DOMAIN.md §8), per item.
        district(S::InReview, S::Returned, true),
        district(S::InReview, S::GcAssigned),
        district(S::InReview, S::Verified),
        district(S::GcAssigned, S::GcDone),
        district(S::GcDone, S::Verified),
        district(S::GcDone, S::Returned, true),
        district(S::GcDone, S::GcAssigned), // a repeat visit
        district(S::Verified, S::Approved),
        district(S::Verified, S::RejectedByDinas, true),
        district(S::Verified, S::Returned, true), // the office head sends it back through the verifier
        district(S::Approved, S::Forwarded),
        // The next snapshot shows whether it happened (ReconcileRepository). The village rarely hears
        // of the forwarding, so an approved item is classified too; one a snapshot did not show may
        // show in a later one.
        system(S::Forwarded, S::Reflected),
        system(S::Forwarded, S::NotReflected),
        system(S::Approved, S::Reflected),
        system(S::Approved, S::NotReflected),
        system(S::NotReflected, S::Reflected),
    };
    return table;
}

std::optional<ProposalStateMachine::Transition> ProposalStateMachine::find(ProposalState from,
                                                                           ProposalState to)
{
    for (const Transition &transition : transitions()) {
        if (transition.from == from && transition.to == to) {
            return transition;
        }
    }
    return std::nullopt;
}

QList<ProposalState> ProposalStateMachine::targets(ProposalState from)
{
    QList<ProposalState> states;
    for (const Transition &transition : transitions()) {
        if (transition.from == from) {
            states.append(transition.to);
        }
    }
    return states;
}

QList<ProposalState> ProposalStateMachine::availableTargets(const Actor &actor, ProposalState from)
{
    QList<ProposalState> states;
    for (const Transition &transition : transitions()) {
        if (transition.from == from && transition.available && transition.action
            && actor.may(*transition.action)) {
            states.append(transition.to);
        }
    }
    return states;
}

Result<ProposalStateMachine::Transition>
ProposalStateMachine::check(const Actor &actor, ProposalState from, ProposalState to)
{
    const std::optional<Transition> transition = find(from, to);
    if (!transition) {
        return Error(ErrorCode::ProposalIllegalTransition,
                     {ProposalStateText::label(from), ProposalStateText::label(to)},
                     QStringLiteral("%1 -> %2").arg(proposalStateCode(from), proposalStateCode(to)));
    }
    if (!transition->available || transition->mover != Mover::Officer || !transition->action) {
        return Error(ErrorCode::ProposalTransitionNotAvailable,
                     {ProposalStateText::label(from), ProposalStateText::label(to)},
                     QStringLiteral("%1 -> %2").arg(proposalStateCode(from), proposalStateCode(to)));
    }
    VERDES_TRY(actor.require(*transition->action));
    return *transition;
}

} // namespace verdes
