// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/proposals/ProposalState.h"

#include <array>

namespace verdes {

namespace {

struct StateRow
{
    ProposalState state;
    const char *code;
    const char *label;
};

const std::array<StateRow, 22> &stateTable()
{
    static const std::array<StateRow, 22> table{{
        {ProposalState::Draft, "draft", QT_TRANSLATE_NOOP("ProposalState", "Draft")},
        {ProposalState::Ready, "ready", QT_TRANSLATE_NOOP("ProposalState", "Ready for the meeting")},
        {ProposalState::OnAgenda, "on_agenda", QT_TRANSLATE_NOOP("ProposalState", "On the meeting agenda")},
        {ProposalState::CoveredBySptjm,
         "covered_by_sptjm",
         QT_TRANSLATE_NOOP("ProposalState", "Covered by an SPTJM")},
        {ProposalState::Agreed, "agreed", QT_TRANSLATE_NOOP("ProposalState", "Agreed in the meeting")},
        {ProposalState::Rejected, "rejected", QT_TRANSLATE_NOOP("ProposalState", "Rejected in the meeting")},
        {ProposalState::Deferred, "deferred", QT_TRANSLATE_NOOP("ProposalState", "Deferred")},
        {ProposalState::Sealed, "sealed", QT_TRANSLATE_NOOP("ProposalState", "Sealed in signed minutes")},
        {ProposalState::Batched,
         "batched",
         QT_TRANSLATE_NOOP("ProposalState", "In a batch for the district")},
        {ProposalState::Sent, "sent", QT_TRANSLATE_NOOP("ProposalState", "Sent")},
        {ProposalState::Received, "received", QT_TRANSLATE_NOOP("ProposalState", "Received by the district")},
        {ProposalState::InReview, "in_review", QT_TRANSLATE_NOOP("ProposalState", "In review")},
        {ProposalState::Returned, "returned", QT_TRANSLATE_NOOP("ProposalState", "Returned to the village")},
        {ProposalState::GcAssigned,
         "gc_assigned",
         QT_TRANSLATE_NOOP("ProposalState", "Ground check assigned")},
        {ProposalState::GcDone, "gc_done", QT_TRANSLATE_NOOP("ProposalState", "Ground check done")},
        {ProposalState::Verified, "verified", QT_TRANSLATE_NOOP("ProposalState", "Verified")},
        {ProposalState::Approved, "approved", QT_TRANSLATE_NOOP("ProposalState", "Approved")},
        {ProposalState::RejectedByDinas,
         "rejected_by_dinas",
         QT_TRANSLATE_NOOP("ProposalState", "Rejected by the district")},
        {ProposalState::Forwarded,
         "forwarded",
         QT_TRANSLATE_NOOP("ProposalState", "Forwarded to Kemensos/BPS")},
        {ProposalState::Reflected,
         "reflected",
         QT_TRANSLATE_NOOP("ProposalState", "Reflected in the registry")},
        {ProposalState::NotReflected,
         "not_reflected",
         QT_TRANSLATE_NOOP("ProposalState", "Not reflected in the registry")},
        {ProposalState::Withdrawn, "withdrawn", QT_TRANSLATE_NOOP("ProposalState", "Withdrawn")},
    }};
    return table;
}

} // namespace

QString ProposalStateText::label(ProposalState state)
{
    return tr(stateTable().at(static_cast<size_t>(state)).label);
}

QString proposalStateCode(ProposalState state)
{
    return QString::fromLatin1(stateTable().at(static_cast<size_t>(state)).code);
}

std::optional<ProposalState> proposalStateFromCode(QStringView code)
{
    for (const StateRow &row : stateTable()) {
        if (code == QLatin1String(row.code)) {
            return row.state;
        }
    }
    return std::nullopt;
}

QList<ProposalState> allProposalStates()
{
    QList<ProposalState> states;
    for (const StateRow &row : stateTable()) {
        states.append(row.state);
    }
    return states;
}

bool isEditableState(ProposalState state)
{
    return state == ProposalState::Draft;
}

bool isOpenInVillage(ProposalState state)
{
    return state == ProposalState::Draft || state == ProposalState::Ready || state == ProposalState::OnAgenda
           || state == ProposalState::Deferred;
}

} // namespace verdes
