// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/itemmodels/HouseholdTableModel.h"

#include "models/core/Log.h"
#include "models/domain/Issue.h"

namespace verdes {

HouseholdTableModel::HouseholdTableModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_list(db)
{
    if (auto loaded = reload(); !loaded) {
        m_lastError = loaded.error();
    }
}

HouseholdTableModel::~HouseholdTableModel() = default;

int HouseholdTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int HouseholdTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HouseholdTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const HouseholdListRow &row = m_rows.at(index.row());
    switch (role) {
    case HouseholdIdRole:
        return row.householdId;
    case FullKkRole:
        return row.kk;
    case WarningCountRole:
        return row.warnings;
    case FlagCountRole:
        return row.flags;
    case IsMissingRole:
        return row.missing;
    case MatchedNamesRole:
        return m_matchedNames.value(row.householdId);
    case Qt::TextAlignmentRole:
        if (index.column() == MembersColumn || index.column() == DesilColumn
            || index.column() == WarningsColumn || index.column() == FlagsColumn) {
            return QVariant::fromValue(Qt::AlignCenter);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == HeadNameColumn) {
            const QStringList matched = m_matchedNames.value(row.householdId);
            if (!matched.isEmpty()) {
                return tr("Also found in this household: %1").arg(matched.join(QStringLiteral(", ")));
            }
        }
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case HeadNameColumn: {
        const QString head = row.headName.isEmpty() ? tr("(no head of family)") : row.headName;
        // A search that found other members shows them under their household's head.
        const QStringList matched = m_matchedNames.value(row.householdId);
        return matched.isEmpty() ? head : tr("%1 · found: %2").arg(head, matched.join(QStringLiteral(", ")));
    }
    case KkColumn:
        return m_masked ? maskNumber(row.kk) : row.kk;
    case PlaceColumn:
        return tr("RT %1 / RW %2").arg(row.rt, 3, 10, QLatin1Char('0')).arg(row.rw, 3, 10, QLatin1Char('0'));
    case DusunColumn:
        return row.dusun;
    case MembersColumn:
        return row.members;
    case DesilColumn:
        return row.desil ? QVariant(*row.desil) : QVariant(QStringLiteral("–"));
    case ProgrammesColumn: {
        QStringList programmes;
        if (row.pkh) {
            programmes << QStringLiteral("PKH");
        }
        if (row.bpnt) {
            programmes << QStringLiteral("BPNT");
        }
        if (row.pbiMembers > 0) {
            programmes << tr("PBI (%1)").arg(row.pbiMembers);
        }
        return programmes.join(QStringLiteral(", "));
    }
    case WarningsColumn:
        return row.warnings > 0 ? QVariant(row.warnings) : QVariant(QString());
    case FlagsColumn:
        return row.flags > 0 ? QVariant(row.flags) : QVariant(QString());
    default:
        return {};
    }
}

QVariant HouseholdTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case HeadNameColumn:
        return tr("Head of family");
    case KkColumn:
        return tr("KK number");
    case PlaceColumn:
        return tr("RT/RW");
    case DusunColumn:
        return tr("Dusun");
    case MembersColumn:
        return tr("Members");
    case DesilColumn:
        return tr("Desil");
    case ProgrammesColumn:
        return tr("Programmes");
    case WarningsColumn:
        return tr("Warnings");
    case FlagsColumn:
        return tr("Flags");
    default:
        return {};
    }
}

bool HouseholdTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_rows.size() < m_total;
}

void HouseholdTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent)) {
        return;
    }
    auto page = loadPage(m_rows.size());
    if (!page) {
        m_lastError = page.error();
        m_total = m_rows.size(); // stop asking for more until the next reload
        qCWarning(lcRepo) << "household page failed:" << errorCodeName(page.error().code)
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

void HouseholdTableModel::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_sortOrder) {
        return;
    }
    m_sortColumn = column;
    m_sortOrder = order;
    if (auto loaded = reload(); !loaded) {
        m_lastError = loaded.error();
    }
}

Result<void> HouseholdTableModel::setFilter(const HouseholdFilter &filter,
                                            const QHash<QString, QStringList> &matchedNames)
{
    m_filter = filter;
    m_matchedNames = matchedNames;
    // Search results keep their own order (exact matches and heads first) until a header is clicked.
    if (m_filter.householdIds) {
        m_sortColumn = -1;
    } else if (m_sortColumn < 0) {
        m_sortColumn = HeadNameColumn;
        m_sortOrder = Qt::AscendingOrder;
    }
    return reload();
}

QString HouseholdTableModel::householdIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).householdId : QString();
}

void HouseholdTableModel::setMasking(bool masked)
{
    if (masked == m_masked) {
        return;
    }
    m_masked = masked;
    if (!m_rows.isEmpty()) {
        Q_EMIT dataChanged(index(0, KkColumn), index(static_cast<int>(m_rows.size()) - 1, KkColumn));
    }
}

Result<QList<std::pair<int, int>>> HouseholdTableModel::places() const
{
    return m_list.places();
}

Result<void> HouseholdTableModel::reload()
{
    m_lastError.reset();
    VERDES_TRY_ASSIGN(total, m_list.count(m_filter));
    auto page = loadPage(0);
    const bool loaded = page.has_value();
    std::optional<Error> failure;
    if (!loaded) {
        failure = page.error();
    }

    beginResetModel();
    m_rows.clear();
    m_total = 0;
    if (loaded) {
        m_rows = std::move(page).value();
        m_total = total;
    }
    endResetModel();
    Q_EMIT totalCountChanged(m_total);
    if (failure) {
        return *failure;
    }
    return {};
}

HouseholdOrder HouseholdTableModel::order() const
{
    switch (m_sortColumn) {
    case -1:
        return HouseholdOrder::SearchRank;
    case KkColumn:
        return HouseholdOrder::Kk;
    case PlaceColumn:
        return HouseholdOrder::Place;
    case DusunColumn:
        return HouseholdOrder::Dusun;
    case MembersColumn:
        return HouseholdOrder::Members;
    case DesilColumn:
        return HouseholdOrder::Desil;
    case ProgrammesColumn:
        return HouseholdOrder::Programmes;
    case WarningsColumn:
        return HouseholdOrder::Warnings;
    case FlagsColumn:
        return HouseholdOrder::Flags;
    default:
        return HouseholdOrder::HeadName;
    }
}

Result<QList<HouseholdListRow>> HouseholdTableModel::loadPage(qint64 offset) const
{
    return m_list.page(m_filter, order(), m_sortOrder == Qt::AscendingOrder, offset, kPageSize);
}

} // namespace verdes
