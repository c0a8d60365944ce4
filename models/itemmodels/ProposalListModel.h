// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"
#include "models/proposals/ProposalRepository.h"
#include "models/review/DistrictVerdict.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <optional>

namespace verdes {

class Database;
class Statement;

// The proposals of the vault as a table, for the proposal list. Rows are fetched in pages
// (canFetchMore/fetchMore); sorting and filtering happen in SQL. Returns data and meaning (state
// codes, stale and target-gone marks); the view decides how they look. No NIK or KK is shown.
class ProposalListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProposalListModel)

public:
    enum Column
    {
        NumberColumn,    // proposal id
        TypeColumn,      // translated type label
        StateColumn,     // translated state label
        PlaceColumn,     // RT/RW
        PersonColumn,    // the names of the members it is about; empty for a household proposal
        HouseholdColumn, // head's name
        ReasonColumn,
        OfficerColumn,
        UpdatedColumn,  // local date and time of the last change
        EvidenceColumn, // number of current evidence files
        ColumnCount
    };

    enum Role
    {
        ProposalIdRole = Qt::UserRole + 1,
        TypeCodeRole,  // "MEMBER_DECEASED"
        StateCodeRole, // "ready"
        HouseholdIdRole,
        StaleRole,      // bool
        TargetGoneRole, // bool
        RevisionRole,
        PersonNamesRole,     // QStringList
        VerdictReasonRole,   // the district's newest verdict's reason code ("RJ03"), empty without one
        VerdictNoteRole,     // the reviewer's note of that verdict
        SnapshotOutcomeRole, // "conflict", "not_reflected", … (snapshotOutcomeCode), empty for none
    };

    static constexpr int kPageSize = 200;

    explicit ProposalListModel(Database &db, QObject *parent = nullptr);
    ~ProposalListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Replaces the filter and reloads from the first page.
    Result<void> setFilter(const ProposalFilter &filter);

    const ProposalFilter &filter() const { return m_filter; }

    // Reloads (after a change elsewhere), keeping filter and sort.
    Result<void> refresh();

    // All proposals matching the filter (not only the fetched ones).
    qint64 totalCount() const { return m_total; }

    // Counts per state under the filter without its state (for the state filter's badges).
    const QHash<ProposalState, qint64> &stateCounts() const { return m_stateCounts; }

    qint64 proposalIdAt(int row) const;
    // The row of a proposal among the fetched rows, -1 when not fetched.
    int rowOf(qint64 proposalId) const;

    // The last error of a fetch, for the view to show (fetchMore cannot return it).
    const std::optional<Error> &lastError() const { return m_lastError; }

Q_SIGNALS:
    void totalCountChanged(qint64 total);

private:
    Result<void> reload();
    Result<QList<ProposalSummary>> loadPage(qint64 offset) const;
    // The district's newest verdict on each proposal of `page` (issue 14 §2).
    Result<void> loadDecisions(const QList<ProposalSummary> &page);
    const DistrictVerdict *decisionOf(const ProposalSummary &row) const;

    Database &m_db;
    ProposalFilter m_filter;
    QList<ProposalSummary> m_rows;
    QHash<qint64, DistrictVerdict> m_decisions;
    QHash<ProposalState, qint64> m_stateCounts;
    qint64 m_total = 0;
    int m_sortColumn = UpdatedColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    std::optional<Error> m_lastError;
};

} // namespace verdes
