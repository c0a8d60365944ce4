// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <optional>

namespace verdes {

// What the newest snapshot meant for a proposal (ReconcileRepository; proposals.snapshot_outcome).
// Stored as its code ("conflict"); None is the empty code.
enum class SnapshotOutcome : quint8
{
    None,
    Rebased,      // pending; only fields it does not touch changed: new base versions
    Conflict,     // pending; a field it changes changed too: a person decides
    TargetGone,   // pending; its household or person is no longer in the snapshot
    Reflected,    // approved; the snapshot shows the change
    NotReflected, // approved; the snapshot does not show it (flagged, DOMAIN.md §9 "stale")
};

class SnapshotOutcomeText
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotOutcome)

public:
    // "Conflict", "Not reflected in the DTSEN data", in the interface language; empty for None.
    static QString label(SnapshotOutcome outcome);
};

QString snapshotOutcomeCode(SnapshotOutcome outcome);
std::optional<SnapshotOutcome> snapshotOutcomeFromCode(QStringView code);

// Whether a person has to act: a conflict, a gone target, or a change the snapshot does not show.
inline bool needsAttention(SnapshotOutcome outcome)
{
    return outcome == SnapshotOutcome::Conflict || outcome == SnapshotOutcome::TargetGone
           || outcome == SnapshotOutcome::NotReflected;
}

} // namespace verdes
