// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/itemmodels/ProposalListModel.h"

#include "models/core/Log.h"
#include "models/review/DecisionRepository.h"
#include "models/vault/Database.h"

#include <QLocale>

namespace verdes {

namespace {

ProposalSort::Key sortKey(int column)
{
    switch (column) {
    case ProposalListModel::NumberColumn:
        return ProposalSort::Key::Id;
    case ProposalListModel::TypeColumn:
        return ProposalSort::Key::Type;
    case ProposalListModel::StateColumn:
        return ProposalSort::Key::State;
    case ProposalListModel::PlaceColumn:
        return ProposalSort::Key::Place;
    case ProposalListModel::PersonColumn:
        return ProposalSort::Key::PersonNames;
    case ProposalListModel::HouseholdColumn:
        return ProposalSort::Key::HeadName;
    case ProposalListModel::ReasonColumn:
        return ProposalSort::Key::Reason;
    case ProposalListModel::OfficerColumn:
        return ProposalSort::Key::Officer;
    case ProposalListModel::EvidenceColumn:
        return ProposalSort::Key::EvidenceCount;
    default:
        return ProposalSort::Key::Updated;
    }
}

} // namespace

ProposalListModel::ProposalListModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
    if (auto loaded = reload(); !loaded) {
        m_lastError = loaded.error();
    }
}

ProposalListModel::~ProposalListModel() = default;

int ProposalListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ProposalListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProposalListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const ProposalSummary &row = m_rows.at(index.row());
    switch (role) {
    case ProposalIdRole:
        return row.id;
    case TypeCodeRole:
        return proposalTypeCode(row.type);
    case StateCodeRole:
        return proposalStateCode(row.state);
    case HouseholdIdRole:
        return row.householdId;
    case StaleRole:
        return row.stale;
    case TargetGoneRole:
        return row.targetGone;
    case RevisionRole:
        return row.revision;
    case PersonNamesRole:
        return row.personNames;
    case VerdictReasonRole:
        return decisionOf(row) != nullptr ? decisionOf(row)->reason : QString();
    case VerdictNoteRole:
        return decisionOf(row) != nullptr ? decisionOf(row)->note : QString();
    case SnapshotOutcomeRole:
        return snapshotOutcomeCode(row.snapshotOutcome);
    case Qt::TextAlignmentRole:
        if (index.column() == NumberColumn || index.column() == EvidenceColumn) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == PersonColumn || index.column() == ReasonColumn) {
            // The column may be too narrow: the whole text on hover.
            return data(index, Qt::DisplayRole);
        }
        if (index.column() != StateColumn) {
            return {};
        }
        if (row.snapshotOutcome == SnapshotOutcome::Conflict) {
            return tr("The DTSEN data changed a field this proposal changes: open \"Resolve\" to choose, per "
                      "field, its value or the DTSEN data's.");
        }
        if (row.snapshotOutcome == SnapshotOutcome::NotReflected) {
            return tr("Approved, but the newest DTSEN data does not show the change. Propose it again if it "
                      "is still needed.");
        }
        if (row.targetGone) {
            return tr("The household is missing from the newest snapshot.");
        }
        if (row.stale) {
            return tr("The records changed since the proposal was written: compare the values and confirm it "
                      "again.");
        }
        if (const DistrictVerdict *decision = decisionOf(row)) {
            return tr("%1\nDecided by %2")
                .arg(DistrictVerdictText::summary(*decision), DistrictVerdictText::decidedBy(*decision));
        }
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case NumberColumn:
        return row.id;
    case TypeColumn:
        return ProposalTypeText::label(row.type);
    case StateColumn:
        if (const DistrictVerdict *decision = decisionOf(row);
            decision != nullptr && !decision->reason.isEmpty()) {
            return tr("%1 (%2)").arg(DistrictVerdictText::stateLabel(row.state), decision->reason);
        }
        return DistrictVerdictText::stateLabel(row.state);
    case PlaceColumn:
        if (row.rt && row.rw) {
            return tr("RT %1 / RW %2")
                .arg(*row.rt, 3, 10, QLatin1Char('0'))
                .arg(*row.rw, 3, 10, QLatin1Char('0'));
        }
        return QString();
    case PersonColumn:
        return row.personNames.join(QStringLiteral(", "));
    case HouseholdColumn:
        return row.headName;
    case ReasonColumn:
        return row.reason;
    case OfficerColumn:
        return row.createdByName;
    case UpdatedColumn: {
        // The year in full: QLocale's short Indonesian date has two digits ("23/11/26").
        const QLocale locale;
        return locale.toString(row.updatedAt.toLocalTime(),
                               QStringLiteral("dd/MM/yyyy ") + locale.timeFormat(QLocale::ShortFormat));
    }
    case EvidenceColumn:
        return row.evidenceCount;
    default:
        return {};
    }
}

QVariant ProposalListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case NumberColumn:
        return tr("No.");
    case TypeColumn:
        return tr("Type");
    case StateColumn:
        return tr("State");
    case PlaceColumn:
        return tr("RT/RW");
    case PersonColumn:
        return tr("Member(s)");
    case HouseholdColumn:
        return tr("Household");
    case ReasonColumn:
        return tr("Reason");
    case OfficerColumn:
        return tr("Officer");
    case UpdatedColumn:
        return tr("Last change");
    case EvidenceColumn:
        return tr("Evidence");
    default:
        return {};
    }
}

bool ProposalListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_rows.size() < m_total;
}

void ProposalListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent)) {
        return;
    }
    auto page = loadPage(m_rows.size());
    if (!page) {
        m_lastError = page.error();
        m_total = m_rows.size();
        qCWarning(lcRepo) << "proposal page failed:" << errorCodeName(page.error().code)
                          << page.error().detail;
        return;
    }
    if (page->isEmpty()) {
        m_total = m_rows.size();
        return;
    }
    if (auto loaded = loadDecisions(*page); !loaded) {
        m_lastError = loaded.error();
    }
    const auto first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(page->size()) - 1);
    m_rows.append(std::move(page).value());
    endInsertRows();
}

void ProposalListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount) {
        return;
    }
    m_sortColumn = column;
    m_sortOrder = order;
    if (auto loaded = reload(); !loaded) {
        m_lastError = loaded.error();
    }
}

Result<void> ProposalListModel::setFilter(const ProposalFilter &filter)
{
    m_filter = filter;
    return reload();
}

Result<void> ProposalListModel::refresh()
{
    return reload();
}

qint64 ProposalListModel::proposalIdAt(int row) const
{
    if (row < 0 || row >= m_rows.size()) {
        return 0;
    }
    return m_rows.at(row).id;
}

int ProposalListModel::rowOf(qint64 proposalId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == proposalId) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

Result<void> ProposalListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_decisions.clear();
    m_total = 0;
    m_lastError.reset();
    ProposalRepository repo(m_db);
    std::optional<Error> failure;
    if (auto counts = repo.countsByState(m_filter)) {
        m_stateCounts = *counts;
    } else {
        failure = counts.error();
    }
    auto total = repo.count(m_filter);
    if (!total) {
        failure = total.error();
    } else if (auto page = loadPage(0)) {
        m_total = *total;
        m_rows = std::move(page).value();
        if (auto loaded = loadDecisions(m_rows); !loaded) {
            failure = loaded.error();
        }
    } else {
        failure = page.error();
    }
    endResetModel();
    Q_EMIT totalCountChanged(m_total);
    if (failure) {
        return *failure;
    }
    return {};
}

Result<QList<ProposalSummary>> ProposalListModel::loadPage(qint64 offset) const
{
    ProposalRepository repo(m_db);
    ProposalSort sort;
    sort.key = sortKey(m_sortColumn);
    sort.descending = m_sortOrder == Qt::DescendingOrder;
    return repo.list(m_filter, offset, kPageSize, sort);
}

Result<void> ProposalListModel::loadDecisions(const QList<ProposalSummary> &page)
{
    QList<qint64> ids;
    for (const ProposalSummary &row : page) {
        // Only proposals that went to the district can have a verdict.
        if (row.state >= ProposalState::Sent && row.state != ProposalState::Withdrawn) {
            ids.append(row.id);
        }
    }
    VERDES_TRY_ASSIGN(newest, DecisionRepository(m_db).newestForProposals(ids));
    m_decisions.insert(newest);
    return {};
}

const DistrictVerdict *ProposalListModel::decisionOf(const ProposalSummary &row) const
{
    const auto found = m_decisions.constFind(row.id);
    return found == m_decisions.constEnd() ? nullptr : &found.value();
}

} // namespace verdes
