// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/proposals/Proposal.h"
#include "models/proposals/ProposalRepository.h"
#include "models/review/DistrictVerdict.h"

#include <QTextBrowser>

namespace verdes::ui {

// What the district decided on a proposal (issue 14 §2), for the history.
struct ProposalVerdicts
{
    QList<DistrictVerdict> decisions;       // oldest first
    std::optional<ReturnLink> returnedInto; // the proposal was returned: its new draft
    std::optional<ReturnLink> returnedFrom; // the proposal is the new draft of a returned one
};

// The proposal editor's "History" tab: who wrote the proposal and when, then each move between
// states (when, from, to, by whom, the note), then the district's verdicts with their reasons, notes
// and reviewers, and the link between a returned proposal and its new draft. It only shows what the
// editor gives it.
class ProposalHistoryView final : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProposalHistoryView)

public:
    explicit ProposalHistoryView(QWidget *parent = nullptr);
    ~ProposalHistoryView() override;

    // A proposal that is not in the vault yet has no history.
    void showNotSaved();
    void showHistory(const Proposal &proposal,
                     const QList<ProposalTransitionRecord> &moves,
                     const ProposalVerdicts &verdicts = {});

Q_SIGNALS:
    // A link to another proposal (a returned one and its new draft) was followed.
    void proposalLinkActivated(qint64 proposalId);
};

} // namespace verdes::ui
