// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/proposals/ProposalHistoryView.h"

#include "models/proposals/ProposalState.h"
#include "ui/common/Look.h"

namespace verdes::ui {

ProposalHistoryView::ProposalHistoryView(QWidget *parent)
    : QTextBrowser(parent)
{}

ProposalHistoryView::~ProposalHistoryView() = default;

void ProposalHistoryView::showNotSaved()
{
    setHtml(QStringLiteral("<p>%1</p>").arg(tr("Not saved yet.").toHtmlEscaped()));
}

void ProposalHistoryView::showHistory(const Proposal &proposal, const QList<ProposalTransitionRecord> &moves)
{
    QString html = QStringLiteral("<p>%1</p><ul>")
                       .arg(tr("Written by %1 on %2.")
                                .arg(proposal.createdByName, Look::longDateTime(proposal.createdAt))
                                .toHtmlEscaped());
    for (const ProposalTransitionRecord &move : moves) {
        QString line = tr("%1 — %2 → %3 by %4")
                           .arg(Look::longDateTime(move.at),
                                ProposalStateText::label(move.from),
                                ProposalStateText::label(move.to),
                                move.officerName);
        if (!move.note.isEmpty()) {
            line += tr(": “%1”").arg(move.note);
        }
        html += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
    }
    html += QStringLiteral("</ul>");
    setHtml(html);
}

} // namespace verdes::ui
