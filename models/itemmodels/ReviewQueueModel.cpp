// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/itemmodels/ReviewQueueModel.h"

#include "models/core/Log.h"
#include "models/domain/RegionTable.h"
#include "models/proposals/ProposalType.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace verdes {

namespace {

QDateTime utcOf(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

} // namespace

ReviewQueueModel::ReviewQueueModel(Database &db, Clock &clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_clock(clock)
{
    if (auto loaded = reload(); !loaded) {
        m_lastError = loaded.error();
    }
}

ReviewQueueModel::~ReviewQueueModel() = default;

int ReviewQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ReviewQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ReviewQueueModel::typeLabel(const QString &code)
{
    if (const auto type = proposalTypeFromCode(code)) {
        return ProposalTypeText::label(*type);
    }
    if (code == u"FLAGGED_REMOVAL") {
        return tr("Flagged for removal");
    }
    return code;
}

QVariant ReviewQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const ReviewQueueItem &row = m_rows.at(index.row());
    switch (role) {
    case ItemIdRole:
        return row.itemId;
    case StateCodeRole:
        return proposalStateCode(row.state);
    case TypeCodeRole:
        return row.type;
    case IncompleteRole:
        return row.incomplete;
    case HolderKeyRole:
        return row.holderKeyId;
    case Qt::TextAlignmentRole:
        if (index.column() == AgeColumn) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == VillageColumn) {
            return RegionTable::dotted(row.villageCode);
        }
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case VillageColumn: {
        const RegionTable::Region *region = RegionTable::instance().find(row.villageCode);
        return region != nullptr ? region->name : RegionTable::dotted(row.villageCode);
    }
    case TypeColumn:
        return typeLabel(row.type);
    case HouseholdColumn:
        return row.householdId;
    case StateColumn:
        return ProposalStateText::label(row.state);
    case IncompleteColumn:
        return row.incomplete;
    case ReceivedColumn: {
        const QDateTime at = utcOf(row.receivedAt);
        return at.isValid() ? QLocale().toString(at.toLocalTime().date(), QStringLiteral("dd/MM/yyyy"))
                            : row.receivedAt;
    }
    case AgeColumn: {
        const QDateTime at = utcOf(row.receivedAt);
        if (!at.isValid()) {
            return {};
        }
        return tr("%n day(s)", nullptr, static_cast<int>(std::max<qint64>(0, at.daysTo(m_clock.now()))));
    }
    case HolderColumn: {
        if (row.holderName.isEmpty()) {
            return {};
        }
        const QDateTime until = utcOf(row.heldUntil);
        //: who took an item of the review queue through the hub, and until when ("08-12 14:00")
        return tr("Held: %1 until %2")
            .arg(row.holderName,
                 until.isValid() ? until.toLocalTime().toString(QStringLiteral("dd-MM HH:mm"))
                                 : row.heldUntil);
    }
    default:
        return {};
    }
}

QVariant ReviewQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case VillageColumn:
        return tr("Village");
    case TypeColumn:
        return tr("Type");
    case HouseholdColumn:
        return tr("Household");
    case StateColumn:
        return tr("State");
    case IncompleteColumn:
        return tr("Missing");
    case ReceivedColumn:
        return tr("Received");
    case AgeColumn:
        return tr("Waiting");
    case HolderColumn:
        return tr("Taken by");
    default:
        return {};
    }
}

bool ReviewQueueModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_rows.size() < m_total;
}

void ReviewQueueModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent)) {
        return;
    }
    auto page = ReviewQueueRepository(m_db).page(m_filter, m_rows.size(), kPageSize);
    if (!page) {
        m_lastError = page.error();
        m_total = m_rows.size();
        qCWarning(lcRepo) << "review queue page failed:" << errorCodeName(page.error().code)
                          << page.error().detail;
        return;
    }
    if (page->isEmpty()) {
        m_total = m_rows.size();
        return;
    }
    const auto first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(page->size()) - 1);
    m_rows.append(std::move(page).value());
    endInsertRows();
}

Result<void> ReviewQueueModel::setFilter(const ReviewQueueFilter &filter)
{
    m_filter = filter;
    return reload();
}

Result<void> ReviewQueueModel::refresh()
{
    return reload();
}

qint64 ReviewQueueModel::itemIdAt(int row) const
{
    if (row < 0 || row >= m_rows.size()) {
        return 0;
    }
    return m_rows.at(row).itemId;
}

int ReviewQueueModel::rowOf(qint64 itemId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).itemId == itemId) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

QList<qint64> ReviewQueueModel::itemIds() const
{
    QList<qint64> ids;
    ids.reserve(m_rows.size());
    for (const ReviewQueueItem &row : m_rows) {
        ids.append(row.itemId);
    }
    return ids;
}

Result<void> ReviewQueueModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    m_lastError.reset();
    ReviewQueueRepository queue(m_db);
    auto total = queue.count(m_filter);
    if (!total) {
        endResetModel();
        return total.error();
    }
    auto page = queue.page(m_filter, 0, kPageSize);
    if (!page) {
        endResetModel();
        return page.error();
    }
    m_total = *total;
    m_rows = std::move(page).value();
    endResetModel();
    return {};
}

} // namespace verdes
