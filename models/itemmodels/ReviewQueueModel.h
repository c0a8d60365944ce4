// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Clock.h"
#include "models/core/Result.h"
#include "models/review/ReviewQueueRepository.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace verdes {

class Database;

// The review queue of a district review vault as a table (issue 14 §1), oldest first, fetched in pages
// (canFetchMore/fetchMore) from ReviewQueueRepository with its filter applied in SQL. Returns data and
// meaning (state codes, the completeness codes); the view decides how they look. Nothing personal is
// shown: the village, the type, the household's id, the state and the dates.
class ReviewQueueModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewQueueModel)

public:
    enum Column
    {
        VillageColumn,    // dotted code and name
        TypeColumn,       // translated type label
        HouseholdColumn,  // the household's id at the village
        StateColumn,      // translated state label
        IncompleteColumn, // "RT01 RT03": what the completeness check found missing
        ReceivedColumn,   // when the hub received the batch (local date)
        AgeColumn,        // days since then
        HolderColumn,     // who took the item through the hub, until when (schema 17)
        ColumnCount
    };

    enum Role
    {
        ItemIdRole = Qt::UserRole + 1,
        StateCodeRole,  // "in_review"
        TypeCodeRole,   // "MEMBER_DECEASED", "FLAGGED_REMOVAL"
        IncompleteRole, // "RT01 RT03", empty when complete
        HolderKeyRole,  // the key id (8 bytes) of who holds the item now; empty when nobody does
    };

    static constexpr int kPageSize = 200;

    explicit ReviewQueueModel(Database &db,
                              Clock &clock = SystemClock::instance(),
                              QObject *parent = nullptr);
    ~ReviewQueueModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Replaces the filter and reloads from the first page.
    Result<void> setFilter(const ReviewQueueFilter &filter);

    const ReviewQueueFilter &filter() const { return m_filter; }

    // Reloads (after a verdict), keeping the filter.
    Result<void> refresh();

    // Every item the filter matches (not only the fetched ones).
    qint64 totalCount() const { return m_total; }

    qint64 itemIdAt(int row) const;
    // The row of an item among the fetched rows, -1 when not fetched.
    int rowOf(qint64 itemId) const;
    // The fetched items' ids in queue order.
    QList<qint64> itemIds() const;

    // The text of a type code: the proposal type's label, or "flagged for removal".
    static QString typeLabel(const QString &code);

    // The last error of a fetch, for the view to show (fetchMore cannot return it).
    const std::optional<Error> &lastError() const { return m_lastError; }

private:
    Result<void> reload();

    Database &m_db;
    Clock &m_clock;
    ReviewQueueFilter m_filter;
    QList<ReviewQueueItem> m_rows;
    qint64 m_total = 0;
    std::optional<Error> m_lastError;
};

} // namespace verdes
