// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/proposals/ProposalState.h"
#include "models/review/ReviewCodes.h"
#include "sync/review/ReviewVerdicts.h"

#include <QDialog>
#include <QStringList>

#include <memory>

namespace Ui {
class VerdictDialog;
} // namespace Ui

namespace verdes::ui {

// What a reviewer adds to a verdict before it is signed (issue 14 §1): the return reason (RTnn) or the
// rejection reason (RJnn) and a note for the village, the facilitator of a ground check, the ground
// check's result, and for every verdict the NIK match. It does not finish while something the verdict
// needs is missing, and says what. For a bulk action it first lists the items that will change and
// those left out, so nothing is decided that the reviewer did not see.
class VerdictDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VerdictDialog)

public:
    explicit VerdictDialog(ProposalState state, QWidget *parent = nullptr);
    ~VerdictDialog() override;

    // A return pre-filled from the completeness check ("RT01 RT03"): its first code chosen, and what
    // the check found written into the note.
    void setCompleteness(const QString &codes);
    void setNikMatch(NikMatch match);
    // For a bulk action: the items that will change and those the verdict does not apply to.
    void setBulk(const QStringList &changes, const QStringList &skipped);

    ProposalState state() const { return m_state; }

    sync::VerdictInput input() const;
    // What is still missing, in words; empty when the verdict may be given.
    QString missing() const;

    void accept() override;

private:
    std::unique_ptr<::Ui::VerdictDialog> m_ui;
    ProposalState m_state;
};

} // namespace verdes::ui
