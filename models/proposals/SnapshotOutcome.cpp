// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/proposals/SnapshotOutcome.h"

#include <array>

namespace verdes {

namespace {

struct OutcomeRow
{
    SnapshotOutcome outcome;
    const char *code;
    const char *label;
};

constexpr std::array<OutcomeRow, 6> kOutcomes{{
    {SnapshotOutcome::None, "", ""},
    {SnapshotOutcome::Rebased, "rebased", QT_TRANSLATE_NOOP("SnapshotOutcome", "Adjusted to the DTSEN data")},
    {SnapshotOutcome::Conflict, "conflict", QT_TRANSLATE_NOOP("SnapshotOutcome", "Conflict")},
    {SnapshotOutcome::TargetGone,
     "target_gone",
     QT_TRANSLATE_NOOP("SnapshotOutcome", "Household or member gone from the DTSEN data")},
    {SnapshotOutcome::Reflected,
     "reflected",
     QT_TRANSLATE_NOOP("SnapshotOutcome", "Reflected in the DTSEN data")},
    {SnapshotOutcome::NotReflected,
     "not_reflected",
     QT_TRANSLATE_NOOP("SnapshotOutcome", "Not reflected in the DTSEN data")},
}};

} // namespace

QString SnapshotOutcomeText::label(SnapshotOutcome outcome)
{
    for (const OutcomeRow &row : kOutcomes) {
        if (row.outcome == outcome) {
            return row.outcome == SnapshotOutcome::None ? QString() : tr(row.label);
        }
    }
    return {};
}

QString snapshotOutcomeCode(SnapshotOutcome outcome)
{
    for (const OutcomeRow &row : kOutcomes) {
        if (row.outcome == outcome) {
            return QString::fromLatin1(row.code);
        }
    }
    return {};
}

std::optional<SnapshotOutcome> snapshotOutcomeFromCode(QStringView code)
{
    for (const OutcomeRow &row : kOutcomes) {
        if (code == QLatin1String(row.code)) {
            return row.outcome;
        }
    }
    return std::nullopt;
}

} // namespace verdes
