// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/quality/QualityFlag.h"

#include "models/quality/QualityText.h"

namespace verdes {

QString flagStatusCode(FlagStatus status)
{
    switch (status) {
    case FlagStatus::Open:
        return QStringLiteral("open");
    case FlagStatus::Dismissed:
        return QStringLiteral("dismissed");
    case FlagStatus::Closed:
        return QStringLiteral("closed");
    }
    return {};
}

std::optional<FlagStatus> flagStatusFromCode(QStringView code)
{
    for (FlagStatus status : {FlagStatus::Open, FlagStatus::Dismissed, FlagStatus::Closed}) {
        if (code == flagStatusCode(status)) {
            return status;
        }
    }
    return std::nullopt;
}

FlagSuggestion QualityFlag::suggestion() const
{
    FlagSuggestion s;
    s.proposalType = suggestedType;
    s.reasonCode = suggestedReason;
    s.householdId = householdId;
    s.personId = personId;
    return s;
}

QString QualityFlag::reasonText() const
{
    return QualityText::reason(*this);
}

QString QualityFlag::evidenceText() const
{
    return QualityText::evidence(evidence);
}

} // namespace verdes
