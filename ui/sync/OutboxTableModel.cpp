// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sync/OutboxTableModel.h"

#include "sync/batch/Receipt.h"
#include "ui/common/Look.h"

#include <QLocale>

#include <algorithm>

namespace verdes::ui {

OutboxTableModel::OutboxTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

OutboxTableModel::~OutboxTableModel() = default;

void OutboxTableModel::setEntries(QList<sync::OutboxEntry> entries)
{
    std::sort(entries.begin(), entries.end(), [](const sync::OutboxEntry &a, const sync::OutboxEntry &b) {
        return a.sequence > b.sequence;
    });
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int OutboxTableModel::rowOf(quint64 sequence) const
{
    for (qsizetype row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).sequence == sequence) {
            return static_cast<int>(row);
        }
    }
    return -1;
}

bool OutboxTableModel::isAnswered(const sync::OutboxEntry &entry)
{
    return entry.state == sync::OutboxState::Receipted || entry.state == sync::OutboxState::Refused;
}

QString OutboxTableModel::stateText(const sync::OutboxEntry &entry)
{
    const auto reason = sync::Receipt::reasonFromCode(entry.reason);
    switch (entry.state) {
    case sync::OutboxState::Queued:
    case sync::OutboxState::Sent:
        // A batch refused because an earlier one is missing waits to go again after it.
        if (reason == sync::ReceiptReason::SequenceGap) {
            return tr("waiting: the district is missing an earlier batch");
        }
        if (entry.attempts > 0 && entry.nextAttemptAt.isValid()) {
            return tr("not sent yet (tried %n time(s)); next try at %1", nullptr, entry.attempts)
                .arg(Look::shortDateTime(entry.nextAttemptAt));
        }
        if (entry.state == sync::OutboxState::Queued) {
            return tr("waiting to be sent");
        }
        return entry.sentBy == u"usb" ? tr("written to the USB stick, waiting for the receipt")
                                      : tr("sent, waiting for the receipt");
    case sync::OutboxState::Receipted:
        return entry.outcome == u"partly_accepted" ? tr("partly received by the district")
                                                   : tr("received by the district");
    case sync::OutboxState::Refused:
        return tr("refused: %1")
            .arg(reason ? sync::Receipt::reasonLabel(*reason)
                        : sync::Receipt::reasonLabel(sync::ReceiptReason::Malformed));
    }
    Q_UNREACHABLE();
}

int OutboxTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int OutboxTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OutboxTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const sync::OutboxEntry &entry = m_entries.at(index.row());
    switch (role) {
    case SequenceRole:
        return QVariant::fromValue(entry.sequence);
    case StateCodeRole:
        return sync::outboxStateCode(entry.state);
    case AnsweredRole:
        return isAnswered(entry);
    case Qt::TextAlignmentRole:
        if (index.column() == NumberColumn || index.column() == ItemsColumn || index.column() == SizeColumn) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case Qt::ToolTipRole:
        // Why the last try failed, in full.
        return index.column() == StateColumn && !entry.lastError.isEmpty() ? QVariant(entry.lastError)
                                                                           : QVariant();
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    const QLocale locale;
    switch (index.column()) {
    case NumberColumn:
        return QString::number(entry.sequence);
    case MeetingColumn:
        return entry.meetingNumber;
    case ItemsColumn:
        return locale.toString(entry.itemCount);
    case SizeColumn:
        return locale.formattedDataSize(entry.size);
    case StateColumn:
        return stateText(entry);
    case DateColumn: {
        const QDateTime when = entry.receiptedAt.isValid() ? entry.receiptedAt
                               : entry.sentAt.isValid()    ? entry.sentAt
                                                           : entry.createdAt;
        return Look::shortDateTime(when);
    }
    default:
        return {};
    }
}

QVariant OutboxTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case NumberColumn:
        return tr("Batch");
    case MeetingColumn:
        return tr("Meeting");
    case ItemsColumn:
        return tr("Items");
    case SizeColumn:
        return tr("Size");
    case StateColumn:
        return tr("State");
    case DateColumn:
        return tr("Date");
    default:
        return {};
    }
}

} // namespace verdes::ui
