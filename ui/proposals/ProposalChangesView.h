// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/proposals/Proposal.h"

#include <QList>
#include <QPair>
#include <QWidget>

#include <memory>

namespace Ui {
class ProposalChangesView;
} // namespace Ui

namespace verdes::ui {

// The proposal editor's "Changes" tab: what the proposal changes as a diff (old → new, or the new
// records' data), its base versions, and, when it is stale or its target is gone, the table of base /
// current / proposed values with "Re-confirm". It only shows what the editor gives it.
class ProposalChangesView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProposalChangesView)

public:
    explicit ProposalChangesView(QWidget *parent = nullptr);
    ~ProposalChangesView() override;

    // The household's head and members (person id, "name (head)"), to name the records changed.
    void setHousehold(const QString &headName, const QList<QPair<QString, QString>> &members);
    // Shows the changes of `proposal` and the comparisons of its values with the vault's.
    void showChanges(const Proposal &proposal, const QList<ValueComparison> &comparisons);
    // The comparison table shows when the proposal is stale or its target gone; "Re-confirm" only when
    // it is stale, enabled when the officer may edit.
    void setStaleState(bool stale, bool targetGone, bool mayReconfirm);

    // The diff and the comparison table as plain text (one line per row, cells split by " | ").
    QString text() const;
    // How a record is named: "Household of …", the member's name, "New record".
    QString recordLabel(const QString &table, const QString &recordId) const;

Q_SIGNALS:
    void reconfirmRequested();

private:
    QString diffHtml(const Proposal &proposal) const;
    void fillStaleTable(const QList<ValueComparison> &comparisons);

    std::unique_ptr<Ui::ProposalChangesView> m_ui;
    QString m_headName;
    QList<QPair<QString, QString>> m_members;
};

} // namespace verdes::ui
