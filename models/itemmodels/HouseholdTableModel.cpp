// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/itemmodels/HouseholdTableModel.h"

#include "models/core/Log.h"
#include "models/domain/Issue.h"
#include "models/vault/Database.h"
#include "models/vault/Statement.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace verdes {

namespace {

// The columns every query selects, in the order Row is read.
constexpr QStringView kSelect = uR"(
SELECT h.household_id, head.name, h.kk_number, h.rt, h.rw, h.dusun,
       (SELECT count(*) FROM members m WHERE m.household_id = h.household_id AND m.status = 'present'
            AND (m.presence IS NULL OR m.presence IN (1, 5))),
       h.desil, h.prog_pkh, h.prog_bpnt,
       (SELECT count(*) FROM members m WHERE m.household_id = h.household_id
            AND m.health_insurance IS NOT NULL AND m.health_insurance <> 99 AND (m.health_insurance & 1) = 1),
       (SELECT count(*) FROM record_issues i WHERE i.household_id = h.household_id),
       h.status,
       (SELECT count(*) FROM quality_flags f WHERE f.household_id = h.household_id AND f.status = 'open')
FROM households h
LEFT JOIN members head ON head.household_id = h.household_id AND head.relationship = 1)";

constexpr QStringView kPbiExists = u"EXISTS (SELECT 1 FROM members p WHERE p.household_id = h.household_id "
                                   u"AND p.health_insurance IS NOT NULL AND p.health_insurance <> 99 "
                                   u"AND (p.health_insurance & 1) = 1)";

} // namespace

HouseholdTableModel::HouseholdTableModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
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
    const Row &row = m_rows.at(index.row());
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
    Statement statement(
        m_db,
        u"SELECT DISTINCT rw, rt FROM households WHERE rw IS NOT NULL AND rt IS NOT NULL ORDER BY rw, rt");
    VERDES_TRY(statement.status());
    QList<std::pair<int, int>> pairs;
    for (;;) {
        VERDES_TRY_ASSIGN(hasRow, statement.step());
        if (!hasRow) {
            break;
        }
        pairs.append({static_cast<int>(statement.int64(0)), static_cast<int>(statement.int64(1))});
    }
    return pairs;
}

Result<void> HouseholdTableModel::reload()
{
    m_lastError.reset();
    Statement count(m_db, QStringLiteral("SELECT count(*) FROM households h %1").arg(whereClause()));
    VERDES_TRY(count.status());
    bindFilter(count);
    VERDES_TRY_ASSIGN(hasRow, count.step());
    const qint64 total = hasRow ? count.int64(0) : 0;
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

QString HouseholdTableModel::whereClause() const
{
    QStringList conditions;
    if (m_filter.householdIds) {
        conditions << QStringLiteral("h.household_id IN (SELECT value FROM json_each(:ids))");
    }
    if (m_filter.rw) {
        conditions << QStringLiteral("h.rw = :rw");
    }
    if (m_filter.rt) {
        conditions << QStringLiteral("h.rt = :rt");
    }
    if (m_filter.desil) {
        conditions << (*m_filter.desil == 0 ? QStringLiteral("h.desil IS NULL")
                                            : QStringLiteral("h.desil = :desil"));
    }
    switch (m_filter.programme) {
    case HouseholdFilter::Programme::Any:
        break;
    case HouseholdFilter::Programme::Pkh:
        conditions << QStringLiteral("h.prog_pkh = 1");
        break;
    case HouseholdFilter::Programme::Bpnt:
        conditions << QStringLiteral("h.prog_bpnt = 1");
        break;
    case HouseholdFilter::Programme::Pbi:
        conditions << kPbiExists.toString();
        break;
    case HouseholdFilter::Programme::None:
        conditions << QStringLiteral(
                          "coalesce(h.prog_pkh, 2) <> 1 AND coalesce(h.prog_bpnt, 2) <> 1 AND NOT ")
                          + kPbiExists.toString();
        break;
    }
    const auto memberWith = [](QStringView condition) {
        return QStringLiteral("EXISTS (SELECT 1 FROM members q WHERE q.household_id = h.household_id AND %1)")
            .arg(condition);
    };
    switch (m_filter.presence) {
    case HouseholdFilter::Presence::Any:
        break;
    case HouseholdFilter::Presence::Deceased:
        conditions << memberWith(u"q.presence = 2");
        break;
    case HouseholdFilter::Presence::Moved:
        conditions << memberWith(u"q.presence IN (3, 4)");
        break;
    case HouseholdFilter::Presence::NotFound:
        conditions << memberWith(u"q.presence = 6");
        break;
    case HouseholdFilter::Presence::Missing:
        conditions << QStringLiteral("h.status = 'missing'");
        break;
    }
    if (m_filter.withWarningsOnly) {
        conditions << QStringLiteral(
            "EXISTS (SELECT 1 FROM record_issues w WHERE w.household_id = h.household_id)");
    }
    if (m_filter.flagCheck) {
        conditions << (m_filter.flagCheck->isEmpty()
                           ? QStringLiteral("EXISTS (SELECT 1 FROM quality_flags f WHERE f.household_id = "
                                            "h.household_id AND f.status = 'open')")
                           : QStringLiteral(
                               "EXISTS (SELECT 1 FROM quality_flags f WHERE f.household_id = "
                               "h.household_id AND f.status = 'open' AND f.check_code = :flag_check)"));
    }
    return conditions.isEmpty() ? QString()
                                : QStringLiteral("WHERE ") + conditions.join(QStringLiteral(" AND "));
}

QString HouseholdTableModel::orderClause() const
{
    const QString direction =
        m_sortOrder == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    // Fixed fragments only; the tie-breaker keeps paging stable.
    switch (m_sortColumn) {
    case -1:
        return QStringLiteral("ORDER BY (SELECT key FROM json_each(:ids) WHERE value = h.household_id)");
    case KkColumn:
        return QStringLiteral("ORDER BY h.kk_number %1, h.household_id").arg(direction);
    case PlaceColumn:
        return QStringLiteral("ORDER BY h.rw %1, h.rt %1, head.name, h.household_id").arg(direction);
    case DusunColumn:
        return QStringLiteral("ORDER BY h.dusun %1, head.name, h.household_id").arg(direction);
    case MembersColumn:
        return QStringLiteral("ORDER BY 7 %1, head.name, h.household_id").arg(direction);
    case DesilColumn:
        return QStringLiteral("ORDER BY h.desil IS NULL, h.desil %1, head.name, h.household_id")
            .arg(direction);
    case ProgrammesColumn:
        return QStringLiteral("ORDER BY h.prog_pkh = 1 %1, h.prog_bpnt = 1 %1, head.name, h.household_id")
            .arg(m_sortOrder == Qt::AscendingOrder ? QStringLiteral("DESC") : QStringLiteral("ASC"));
    case WarningsColumn:
        return QStringLiteral("ORDER BY 12 %1, head.name, h.household_id").arg(direction);
    case FlagsColumn:
        return QStringLiteral("ORDER BY 14 %1, head.name, h.household_id").arg(direction);
    case HeadNameColumn:
    default:
        return QStringLiteral("ORDER BY head.name %1, h.household_id").arg(direction);
    }
}

void HouseholdTableModel::bindFilter(Statement &statement) const
{
    if (m_filter.householdIds) {
        statement.bind(u":ids",
                       QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(*m_filter.householdIds))
                                             .toJson(QJsonDocument::Compact)));
    }
    if (m_filter.rw) {
        statement.bind(u":rw", *m_filter.rw);
    }
    if (m_filter.rt) {
        statement.bind(u":rt", *m_filter.rt);
    }
    if (m_filter.desil && *m_filter.desil != 0) {
        statement.bind(u":desil", *m_filter.desil);
    }
    if (m_filter.flagCheck && !m_filter.flagCheck->isEmpty()) {
        statement.bind(u":flag_check", *m_filter.flagCheck);
    }
}

Result<QList<HouseholdTableModel::Row>> HouseholdTableModel::loadPage(qint64 offset) const
{
    Statement statement(
        m_db,
        QStringLiteral("%1 %2 %3 LIMIT :limit OFFSET :offset").arg(kSelect, whereClause(), orderClause()));
    VERDES_TRY(statement.status());
    bindFilter(statement);
    statement.bind(u":limit", kPageSize);
    statement.bind(u":offset", offset);
    QList<Row> rows;
    rows.reserve(kPageSize);
    for (;;) {
        VERDES_TRY_ASSIGN(hasRow, statement.step());
        if (!hasRow) {
            break;
        }
        Row row;
        row.householdId = statement.text(0);
        row.headName = statement.text(1);
        row.kk = statement.text(2);
        row.rt = static_cast<int>(statement.int64(3));
        row.rw = static_cast<int>(statement.int64(4));
        row.dusun = statement.text(5);
        row.members = static_cast<int>(statement.int64(6));
        if (const auto desil = statement.optionalInt(7)) {
            row.desil = static_cast<int>(*desil);
        }
        row.pkh = statement.int64(8) == 1;
        row.bpnt = statement.int64(9) == 1;
        row.pbiMembers = static_cast<int>(statement.int64(10));
        row.warnings = static_cast<int>(statement.int64(11));
        row.missing = statement.text(12) == u"missing";
        row.flags = static_cast<int>(statement.int64(13));
        rows.append(std::move(row));
    }
    return rows;
}

} // namespace verdes
