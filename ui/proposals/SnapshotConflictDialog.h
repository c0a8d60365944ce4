// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Clock.h"
#include "models/proposals/ReconcileRepository.h"
#include "models/vault/Actor.h"

#include <QDialog>
#include <QHash>

#include <memory>

namespace Ui {
class SnapshotConflictDialog;
} // namespace Ui

namespace verdes {
class Database;
} // namespace verdes

namespace verdes::ui {

// What the newest DTSEN data means for one proposal, for a person to settle (issue 14 §2): a
// conflict field by field (base / DTSEN now / proposed, "keep my value" or "take the DTSEN value",
// then Apply), a household or member gone (withdraw with a reason), or an approved change the data
// does not show (propose again). Keyboard: arrows choose the field, Alt+K / Alt+T choose, Alt+A
// applies. Nothing is changed until Apply, Withdraw or Propose again.
class SnapshotConflictDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SnapshotConflictDialog)

public:
    SnapshotConflictDialog(Database &db,
                           Actor actor,
                           qint64 proposalId,
                           QWidget *parent = nullptr,
                           Clock &clock = SystemClock::instance());
    ~SnapshotConflictDialog() override;

    // Loads the proposal again (after a change elsewhere).
    void reload();

    // The choice shown for row `row` ("Keep …", "Take …", or empty).
    QString choiceText(int row) const;

Q_SIGNALS:
    // The proposal changed (resolved, withdrawn): lists should reload.
    void proposalChanged(qint64 proposalId);
    // A new draft was made (proposed again): open it.
    void openProposalRequested(qint64 proposalId);

private:
    void choose(ConflictChoice choice);
    void apply();
    void withdraw();
    void proposeAgain();
    void showMessage(const QString &text, bool error);
    void updateButtons();

    std::unique_ptr<Ui::SnapshotConflictDialog> m_ui;
    Database &m_db;
    Actor m_actor;
    qint64 m_proposalId = 0;
    Clock &m_clock;
    qint64 m_revision = 0;
    SnapshotOutcome m_outcome = SnapshotOutcome::None;
    QList<FieldConflict> m_conflicts;
    QHash<int, ConflictChoice> m_choices; // by the change's ordinal
};

} // namespace verdes::ui
