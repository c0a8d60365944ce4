// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sync/OutboxItemTableModel.h"

#include "sync/batch/Receipt.h"
#include "ui/sync/OutboxTableModel.h"

namespace verdes::ui {

OutboxItemTableModel::OutboxItemTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

OutboxItemTableModel::~OutboxItemTableModel() = default;

void OutboxItemTableModel::setItems(const sync::OutboxEntry &entry, QList<Row> rows)
{
    beginResetModel();
    m_entry = entry;
    m_rows = std::move(rows);
    endResetModel();
}

void OutboxItemTableModel::clear()
{
    setItems({}, {});
}

QString OutboxItemTableModel::shortBatchId(const QByteArray &batchId)
{
    return QString::fromLatin1(batchId.left(4).toHex());
}

QString OutboxItemTableModel::outcomeText(const sync::OutboxEntry &entry, const sync::OutboxItem &item)
{
    if (item.outcome == u"accepted") {
        return tr("received by the district, receipt %1").arg(shortBatchId(entry.batchId));
    }
    if (item.outcome == u"refused") {
        const auto reason = sync::Receipt::reasonFromCode(item.reason);
        return tr("refused: %1")
            .arg(sync::Receipt::reasonLabel(reason.value_or(sync::ReceiptReason::Malformed)));
    }
    // No word on the item itself: it stands as its batch does.
    return OutboxTableModel::stateText(entry);
}

int OutboxItemTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int OutboxItemTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OutboxItemTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case ProposalIdRole:
        return row.item.proposalId.value_or(0);
    case OutcomeCodeRole:
        return row.item.outcome;
    case Qt::TextAlignmentRole:
        return index.column() == PositionColumn ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter)
                                                : QVariant();
    case Qt::DisplayRole:
        switch (index.column()) {
        case PositionColumn:
            return QString::number(row.item.position + 1);
        case SubjectColumn:
            return row.subject;
        case OutcomeColumn:
            return outcomeText(m_entry, row.item);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant OutboxItemTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case PositionColumn:
        return tr("No.");
    case SubjectColumn:
        return tr("Item");
    case OutcomeColumn:
        return tr("At the district");
    default:
        return {};
    }
}

} // namespace verdes::ui
