// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/proposals/ProposalHistoryView.h"

#include "models/proposals/ProposalState.h"
#include "ui/common/Look.h"

#include <QUrl>

namespace verdes::ui {

namespace {

constexpr QStringView kProposalScheme = u"proposal";

QString proposalLink(qint64 id, const QString &text)
{
    return QStringLiteral("<a href=\"%1:%2\">%3</a>").arg(kProposalScheme).arg(id).arg(text.toHtmlEscaped());
}

} // namespace

ProposalHistoryView::ProposalHistoryView(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        bool ok = false;
        const qint64 id = url.path().toLongLong(&ok);
        if (url.scheme() == kProposalScheme && ok) {
            Q_EMIT proposalLinkActivated(id);
        }
    });
}

ProposalHistoryView::~ProposalHistoryView() = default;

void ProposalHistoryView::showNotSaved()
{
    setHtml(QStringLiteral("<p>%1</p>").arg(tr("Not saved yet.").toHtmlEscaped()));
}

void ProposalHistoryView::showHistory(const Proposal &proposal,
                                      const QList<ProposalTransitionRecord> &moves,
                                      const ProposalVerdicts &verdicts)
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
    if (!verdicts.decisions.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("The district's verdicts").toHtmlEscaped());
        for (const DistrictVerdict &decision : verdicts.decisions) {
            html +=
                QStringLiteral("<li>%1<br>%2</li>")
                    .arg(DistrictVerdictText::summary(decision).toHtmlEscaped(),
                         tr("Decided by %1").arg(DistrictVerdictText::decidedBy(decision)).toHtmlEscaped());
        }
        html += QStringLiteral("</ul>");
    }
    if (verdicts.returnedInto) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("Returned to the village: it comes back as a new draft, %1, to correct and "
                            "propose again.")
                             .toHtmlEscaped()
                             .arg(proposalLink(verdicts.returnedInto->draftId,
                                               tr("proposal %1").arg(verdicts.returnedInto->draftId))));
    }
    if (verdicts.returnedFrom) {
        const ReturnLink &from = *verdicts.returnedFrom;
        QString why = DistrictVerdictText::reasonLabel(from.reason);
        if (!from.note.isEmpty()) {
            why = tr("%1. “%2”").arg(why, from.note);
        }
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("This draft replaces %1, which the dinas sosial returned: %2")
                             .toHtmlEscaped()
                             .arg(proposalLink(from.returnedId, tr("proposal %1").arg(from.returnedId)),
                                  why.toHtmlEscaped()));
    }
    setHtml(html);
}

} // namespace verdes::ui
