// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/quality/QualityCheck.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace verdes {

enum class FlagStatus : quint8
{
    Open,
    Dismissed,
    Closed, // the signal disappeared in a later run
};

QString flagStatusCode(FlagStatus status); // "open", "dismissed", "closed"
std::optional<FlagStatus> flagStatusFromCode(QStringView code);

// The proposal that would resolve a flag, pre-filled: the proposal type code of DOMAIN.md §5
// ("MEMBER_DECEASED", "HEAD_REPLACEMENT", "HOUSEHOLD_MOVED", "INELIGIBLE", "PROGRAMME", "DATA_UPDATE",
// "DUPLICATE", "KK_CHANGE", "IDENTITY_CORRECTION", "MEMBER_MOVED", "MEMBER_ABROAD", "MEMBER_NOT_FOUND"),
// its reason code when it has one ("TL04"), and the records it is about. Kept as strings so the
// proposal model maps them onto its own types.
struct FlagSuggestion
{
    QString proposalType;
    QString reasonCode;  // INELIGIBLE: "TL01"…"TL14"; else usually empty
    QString householdId; // always set
    QString personId;    // empty when the proposal is about the whole household

    bool isEmpty() const { return proposalType.isEmpty(); }
};

// One finding of a data-quality check (table quality_flags).
struct QualityFlag
{
    qint64 id = 0;
    QString checkCode; // stable code, see QualityCheck
    QString householdId;
    QString personId; // empty for a household-level flag
    QString variant;  // RECORD_WARNING: "V06:nik"; empty otherwise
    QStringList args; // arguments of the check's sentence (QualityText::reason)
    // The field values that triggered it, "field=value" each ("presence=2", "desil=1").
    QStringList evidence;
    QString suggestedType;
    QString suggestedReason;
    FlagStatus status = FlagStatus::Open;
    QString dismissedBy;     // officer id
    QString dismissedByName; // officer name
    QDateTime dismissedAt;   // UTC
    QString dismissReason;
    QDateTime firstSeen; // UTC
    QDateTime lastSeen;  // UTC

    std::optional<QualityCheck> check() const { return qualityCheckFromCode(checkCode); }

    // The proposal to open from this flag, pre-filled (empty type when the check suggests none).
    FlagSuggestion suggestion() const;
    // The check's plain-words reason and the evidence, in the interface language.
    QString reasonText() const;
    QString evidenceText() const;
};

} // namespace verdes

Q_DECLARE_METATYPE(verdes::FlagSuggestion)
