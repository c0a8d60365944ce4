// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/outbox/OutboxRepository.h"

#include <QAbstractTableModel>
#include <QList>

namespace verdes::ui {

// The items of one batch: the position in the batch, what it is (a proposal by its number, or a
// household the meeting proposed to remove) and what the district's receipt said of it ("received by
// the district, receipt 3f9a2c1d"). The page names each item (`subject`), since that needs the vault.
class OutboxItemTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutboxItemTableModel)

public:
    enum Column
    {
        PositionColumn,
        SubjectColumn,
        OutcomeColumn,
        ColumnCount
    };

    enum Role
    {
        ProposalIdRole = Qt::UserRole + 1, // qint64, 0 for a household item
        OutcomeCodeRole,                   // "", "accepted", "refused"
    };

    struct Row
    {
        sync::OutboxItem item;
        QString subject;
    };

    explicit OutboxItemTableModel(QObject *parent = nullptr);
    ~OutboxItemTableModel() override;

    void setItems(const sync::OutboxEntry &entry, QList<Row> rows);
    void clear();

    // What the receipt said of an item of `entry`, in words.
    static QString outcomeText(const sync::OutboxEntry &entry, const sync::OutboxItem &item);
    // The batch id as the officer sees it: its first 8 hex digits.
    static QString shortBatchId(const QByteArray &batchId);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    sync::OutboxEntry m_entry;
    QList<Row> m_rows;
};

} // namespace verdes::ui
