// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/proposals/SnapshotOutcome.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace verdes {
class Database;
class ProposalListModel;
} // namespace verdes

namespace verdes::ui {

// The proposals of the vault: filters by state, type, RT/RW and officer, the counts per state, and
// the table (ProposalListModel). Double-click or Enter asks to open a proposal.
class ProposalListPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProposalListPage)

public:
    explicit ProposalListPage(Database &db, QWidget *parent = nullptr);
    ~ProposalListPage() override;

    // Reloads (a proposal changed, an import), keeping the filters.
    void reload();

    ProposalListModel *model() const { return m_model.get(); }

    QTableView *table() const { return m_table; }

    QComboBox *stateFilter() const { return m_stateCombo; }

    QComboBox *typeFilter() const { return m_typeCombo; }

    QComboBox *placeFilter() const { return m_placeCombo; }

    QComboBox *officerFilter() const { return m_officerCombo; }

    QString countsText() const;

    QPushButton *resolveButton() const { return m_resolveButton; }

    // Filters the list to one snapshot outcome ("Conflict", …), as the import report asks.
    void showOutcome(SnapshotOutcome outcome);

Q_SIGNALS:
    void openRequested(qint64 proposalId);
    void newRequested();
    // The selected proposal is in conflict, without its target or not reflected: settle it.
    void resolveRequested(qint64 proposalId);
    void errorOccurred(const QString &message);

private:
    void fillChoices();
    void applyFilters();
    void updateCounts();
    void updateResolveButton();

    Database &m_db;
    std::unique_ptr<ProposalListModel> m_model;
    QComboBox *m_stateCombo = nullptr;
    QComboBox *m_typeCombo = nullptr;
    QComboBox *m_placeCombo = nullptr;
    QComboBox *m_officerCombo = nullptr;
    QLabel *m_countsLabel = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_resolveButton = nullptr;
};

} // namespace verdes::ui
