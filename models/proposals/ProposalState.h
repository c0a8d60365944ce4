// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace verdes {

// The workflow states of DOMAIN.md §6. Stored as their code ("on_agenda").
enum class ProposalState : quint8
{
    Draft,
    Ready,
    OnAgenda,
    CoveredBySptjm,
    Agreed,
    Rejected,
    Deferred,
    Sealed,
    Batched,
    Sent,
    Received,
    InReview,
    Returned,
    GcAssigned,
    GcDone,
    Verified,
    Approved,
    RejectedByDinas,
    Forwarded,
    Reflected,
    NotReflected,
    Withdrawn,
};

class ProposalStateText
{
    Q_DECLARE_TR_FUNCTIONS(ProposalState)

public:
    // "Ready for the meeting", in the interface language.
    static QString label(ProposalState state);
};

QString proposalStateCode(ProposalState state); // "draft", "ready", "on_agenda", …
std::optional<ProposalState> proposalStateFromCode(QStringView code);
// Every state in workflow order.
QList<ProposalState> allProposalStates();

// Whether the proposal's content (data, changes, evidence) may still be edited: only drafts.
bool isEditableState(ProposalState state);
// Whether a proposal in this state is still open in the village (watched for staleness): draft,
// ready, on_agenda, deferred.
bool isOpenInVillage(ProposalState state);

inline size_t qHash(ProposalState state, size_t seed = 0)
{
    return ::qHash(static_cast<int>(state), seed);
}

} // namespace verdes
