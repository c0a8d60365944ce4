// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/browser/HouseholdMembersView.h"

#include "models/domain/Household.h"
#include "models/domain/Issue.h"
#include "ui/browser/HouseholdDetailView.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QTableWidget>
#include <QVBoxLayout>

namespace verdes::ui {

namespace {

constexpr int kPersonIdRole = Qt::UserRole;

} // namespace

HouseholdMembersView::HouseholdMembersView(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("householdMembersView"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setObjectName(QStringLiteral("membersTitleLabel"));
    m_table->setObjectName(QStringLiteral("membersTable"));
    m_table->setColumnCount(ColumnCount);
    QStringList headers(ColumnCount);
    headers[NameColumn] = HouseholdDetailView::tr("Name");
    headers[ProposalColumn] = tr("Pending proposal");
    headers[NikColumn] = HouseholdDetailView::tr("NIK");
    headers[RelationshipColumn] = HouseholdDetailView::tr("Relationship");
    headers[AgeColumn] = HouseholdDetailView::tr("Age");
    headers[StatusColumn] = HouseholdDetailView::tr("Status");
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(NameColumn, 170);
    m_table->setColumnWidth(ProposalColumn, 190);
    m_table->setColumnWidth(NikColumn, 140);
    m_table->setColumnWidth(RelationshipColumn, 110);
    m_table->setColumnWidth(AgeColumn, 60);
    m_table->setColumnWidth(StatusColumn, 130);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setToolTip(tr("Select a member to propose a change for them; right-click for the proposals "
                           "about one member."));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_table, 1);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        Q_EMIT selectedPersonChanged(selectedPerson());
    });
    connect(m_table, &QTableWidget::customContextMenuRequested, this, &HouseholdMembersView::showContextMenu);
    showHousehold(nullptr, true, {});
}

HouseholdMembersView::~HouseholdMembersView() = default;

QList<ProposalType> HouseholdMembersView::memberProposalTypes()
{
    return {ProposalType::MemberDeceased,
            ProposalType::MemberMoved,
            ProposalType::MemberAbroad,
            ProposalType::MemberNotFound,
            ProposalType::IdentityCorrection};
}

void HouseholdMembersView::showHousehold(const Household *household,
                                         bool masked,
                                         QDate today,
                                         const QHash<QString, QStringList> &openProposals)
{
    const QString householdId = household != nullptr ? household->householdId() : QString();
    const QString keep = householdId == m_householdId ? selectedPerson() : QString();
    m_householdId = householdId;
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(0);
    if (household == nullptr) {
        m_title->clear();
        m_title->hide();
        m_table->hide();
        Q_EMIT selectedPersonChanged({});
        return;
    }
    m_title->setText(HouseholdDetailView::tr("Members (%1)").arg(household->members.size()));
    m_title->show();
    m_table->show();
    m_table->setRowCount(static_cast<int>(household->members.size()));
    bool anyProposal = false;
    int row = 0;
    for (const Member &member : household->members) {
        auto *name = new QTableWidgetItem(member.name());
        name->setData(kPersonIdRole, member.personId());
        m_table->setItem(row, NameColumn, name);
        const QString nik =
            member.nik().isEmpty() ? QStringLiteral("–") : (masked ? maskNumber(member.nik()) : member.nik());
        m_table->setItem(row, NikColumn, new QTableWidgetItem(nik));
        m_table->setItem(row,
                         RelationshipColumn,
                         new QTableWidgetItem(HouseholdDetailView::valueText(
                             Field::Relationship, member.value(Field::Relationship))));
        const auto age = member.ageOn(today);
        m_table->setItem(
            row,
            AgeColumn,
            new QTableWidgetItem(age ? HouseholdDetailView::tr("%1 yrs").arg(*age) : QStringLiteral("–")));
        m_table->setItem(row,
                         StatusColumn,
                         new QTableWidgetItem(
                             HouseholdDetailView::valueText(Field::Presence, member.value(Field::Presence))));
        const QString proposals = openProposals.value(member.personId()).join(QStringLiteral("; "));
        auto *proposalItem = new QTableWidgetItem(proposals);
        proposalItem->setToolTip(proposals);
        if (!proposals.isEmpty()) {
            anyProposal = true;
            QFont bold = proposalItem->font();
            bold.setBold(true);
            proposalItem->setFont(bold);
        }
        m_table->setItem(row, ProposalColumn, proposalItem);
        ++row;
    }
    m_table->setColumnHidden(ProposalColumn, !anyProposal);
    if (!keep.isEmpty()) {
        selectPerson(keep);
    }
    Q_EMIT selectedPersonChanged(selectedPerson());
}

QString HouseholdMembersView::selectedPerson() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        return {};
    }
    return m_table->item(rows.first().row(), NameColumn)->data(kPersonIdRole).toString();
}

bool HouseholdMembersView::selectPerson(const QString &personId)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, NameColumn)->data(kPersonIdRole).toString() == personId) {
            m_table->selectRow(row);
            return true;
        }
    }
    m_table->clearSelection();
    return false;
}

void HouseholdMembersView::showContextMenu(const QPoint &position)
{
    QModelIndex index = m_table->indexAt(position);
    if (!index.isValid()) {
        index = m_table->currentIndex(); // the menu key: the current row
    }
    if (!index.isValid()) {
        return;
    }
    m_table->selectRow(index.row());
    const QString personId = m_table->item(index.row(), NameColumn)->data(kPersonIdRole).toString();
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("memberProposalMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    for (const ProposalType type : memberProposalTypes()) {
        QAction *action = menu->addAction(tr("Propose: %1…").arg(ProposalTypeText::label(type)));
        action->setData(proposalTypeCode(type));
        connect(action, &QAction::triggered, this, [this, personId, type] {
            Q_EMIT proposalRequested(personId, type);
        });
    }
    menu->popup(m_table->viewport()->mapToGlobal(position));
}

} // namespace verdes::ui
