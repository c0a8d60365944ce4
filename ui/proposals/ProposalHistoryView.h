// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/proposals/Proposal.h"
#include "models/proposals/ProposalRepository.h"

#include <QTextBrowser>

namespace verdes::ui {

// The proposal editor's "History" tab: who wrote the proposal and when, then each move between
// states (when, from, to, by whom, the note). It only shows what the editor gives it.
class ProposalHistoryView final : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProposalHistoryView)

public:
    explicit ProposalHistoryView(QWidget *parent = nullptr);
    ~ProposalHistoryView() override;

    // A proposal that is not in the vault yet has no history.
    void showNotSaved();
    void showHistory(const Proposal &proposal, const QList<ProposalTransitionRecord> &moves);
};

} // namespace verdes::ui
