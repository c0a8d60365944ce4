// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/outbox/OutboxRepository.h"

#include <QAbstractTableModel>
#include <QList>

namespace verdes::ui {

// The batches of the outbox for the "Send to district" page, newest first: number, meeting, items,
// size, where it stands in plain words, and the date of its last step. QtCore only, data and meaning
// (the state code) and no looks; it sits here and not in models/itemmodels because it shows sync's
// types, which the models layer may not include.
class OutboxTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutboxTableModel)

public:
    enum Column
    {
        NumberColumn,
        MeetingColumn,
        ItemsColumn,
        SizeColumn,
        StateColumn,
        DateColumn, // of the last step: the receipt, the sending, or the making
        ColumnCount
    };

    enum Role
    {
        SequenceRole = Qt::UserRole + 1, // quint64
        StateCodeRole,                   // "queued", "sent", "receipted", "refused"
        AnsweredRole,                    // bool: the hub's receipt settled it
    };

    explicit OutboxTableModel(QObject *parent = nullptr);
    ~OutboxTableModel() override;

    // Replaces the rows (the outbox is small: one batch per sealed meeting).
    void setEntries(QList<sync::OutboxEntry> entries);

    const QList<sync::OutboxEntry> &entries() const { return m_entries; }

    // The row of a batch, -1 when it is not listed.
    int rowOf(quint64 sequence) const;

    // Where a batch stands, in the words a village officer uses ("waiting to be sent", "refused: …").
    static QString stateText(const sync::OutboxEntry &entry);
    // Whether the hub's receipt settled the batch (accepted, partly accepted or refused for good).
    static bool isAnswered(const sync::OutboxEntry &entry);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<sync::OutboxEntry> m_entries;
};

} // namespace verdes::ui
