// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/review/DistrictVerdict.h"

#include "models/review/ReviewCodes.h"

#include <QLocale>

namespace verdes {

QString DistrictVerdictText::stateLabel(ProposalState state)
{
    if (state == ProposalState::Approved) {
        return tr("Approved, waiting for the next snapshot");
    }
    return ProposalStateText::label(state);
}

QString DistrictVerdictText::roleLabel(const QString &roleCode)
{
    if (roleCode == u"office_head") {
        return tr("Office head");
    }
    return tr("Verifier");
}

QString DistrictVerdictText::reasonLabel(const QString &reasonCode)
{
    const std::optional<ReviewReason> reason = ReviewReason::fromCode(reasonCode);
    return reason ? ReviewCodeText::codeAndLabel(*reason) : QString();
}

QString DistrictVerdictText::summary(const DistrictVerdict &decision)
{
    QString text = stateLabel(decision.state);
    const QString reason = reasonLabel(decision.reason);
    if (!reason.isEmpty()) {
        text = tr("%1: %2").arg(text, reason);
    }
    if (decision.groundCheck > 0) {
        if (const std::optional<GroundCheckResult> result =
                groundCheckResultFromNumber(decision.groundCheck)) {
            text = tr("%1 (ground check: %2)").arg(text, ReviewCodeText::label(*result));
        }
    }
    if (!decision.facilitator.isEmpty()) {
        text = tr("%1 (facilitator: %2)").arg(text, decision.facilitator);
    }
    if (!decision.note.isEmpty()) {
        text = tr("%1. “%2”").arg(text, decision.note);
    }
    return text;
}

QString DistrictVerdictText::decidedBy(const DistrictVerdict &decision)
{
    return tr("%1 (%2), %3")
        .arg(decision.reviewerName,
             roleLabel(decision.reviewerRole),
             QLocale().toString(decision.decidedAt.toLocalTime(), QLocale::ShortFormat));
}

} // namespace verdes
