// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Progress.h"

#include <QList>
#include <QPair>
#include <QStringList>

namespace verdes::test {

// A Progress for tests: records every report and phase, and cancels itself at a chosen report or
// phase (1 = the first; 0 = never), so a test can stop work at a known step.
class RecordingProgress final : public Progress
{
public:
    int cancelAtReport = 0;
    int cancelAtPhase = 0;

    QList<QPair<qint64, qint64>> reports; // (done, total)
    QStringList phases;

    // Whether `done` never went down and the last report was (total, total).
    bool monotoneToTotal() const
    {
        if (reports.isEmpty()) {
            return false;
        }
        for (qsizetype i = 1; i < reports.size(); ++i) {
            if (reports.at(i).first < reports.at(i - 1).first) {
                return false;
            }
        }
        return reports.constLast().first == reports.constLast().second && reports.constLast().second > 0;
    }

    // The `done` of the first report (for a send: the offset its upload started from), or -1 when
    // nothing was reported (no byte went up).
    qint64 firstDone() const { return reports.isEmpty() ? -1 : reports.constFirst().first; }

protected:
    void onProgress(qint64 done, qint64 total) override
    {
        reports.append({done, total});
        if (cancelAtReport > 0 && reports.size() == cancelAtReport) {
            cancel();
        }
    }

    void onPhase(const QString &phase) override
    {
        phases.append(phase);
        if (cancelAtPhase > 0 && phases.size() == cancelAtPhase) {
            cancel();
        }
    }
};

} // namespace verdes::test
