// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"
#include "models/domain/Role.h"
#include "models/proposals/ProposalState.h"
#include "models/vault/Actor.h"

#include <QList>

#include <optional>

namespace verdes {

// The full transition table of DOMAIN.md §6: which moves exist and who may make them. A move not
// in the table is illegal. Moves made by an officer name the Action they need; the others are made
// by the system (batching, sending, receipt, reflection) or by the district (review), whose roles
// come in later issues.
class ProposalStateMachine final
{
public:
    enum class Mover : quint8
    {
        Officer,  // a village officer with `action`
        System,   // Verdes itself (sync, snapshot reflection)
        District, // a dinas reviewer (later issue)
    };

    struct Transition
    {
        ProposalState from;
        ProposalState to;
        Mover mover = Mover::Officer;
        std::optional<Action> action; // set when mover is Officer
        bool available = false; // offered by this version of Verdes (issue 5: draft ↔ ready, withdraw)
        bool needsNote = false; // a reason must be given (returned, rejected_by_dinas, …)
    };

    // Every legal transition.
    static const QList<Transition> &transitions();
    // The transition from → to, or nullopt when it is illegal.
    static std::optional<Transition> find(ProposalState from, ProposalState to);

    static bool isLegal(ProposalState from, ProposalState to) { return find(from, to).has_value(); }

    // The states reachable from `from`.
    static QList<ProposalState> targets(ProposalState from);
    // The states an officer with `actor` may move to from `from` in this version (for buttons).
    static QList<ProposalState> availableTargets(const Actor &actor, ProposalState from);

    // Checks that from → to is legal (ProposalIllegalTransition), offered in this version
    // (ProposalTransitionNotAvailable) and allowed to the actor (actor.require(action)).
    static Result<Transition> check(const Actor &actor, ProposalState from, ProposalState to);
};

} // namespace verdes
