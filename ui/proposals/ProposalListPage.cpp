// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/proposals/ProposalListPage.h"

#include "models/itemmodels/ProposalListModel.h"
#include "models/proposals/ProposalRepository.h"
#include "ui/common/Look.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMap>
#include <QPoint>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace verdes::ui {

namespace {

// Marks conflicts, changes the DTSEN data does not show, stale and target-gone proposals in the
// State column, in words and colour.
class StateDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const auto outcome =
            snapshotOutcomeFromCode(index.data(ProposalListModel::SnapshotOutcomeRole).toString())
                .value_or(SnapshotOutcome::None);
        if (outcome == SnapshotOutcome::NotReflected) {
            option->text = SnapshotOutcomeText::label(outcome);
        } else if (outcome == SnapshotOutcome::Conflict) {
            option->text += QStringLiteral(" · ") + SnapshotOutcomeText::label(outcome);
        } else if (index.data(ProposalListModel::TargetGoneRole).toBool()) {
            option->text += QCoreApplication::translate("ProposalListPage", " · target gone");
        } else if (index.data(ProposalListModel::StaleRole).toBool()) {
            option->text += QCoreApplication::translate("ProposalListPage", " · stale");
        } else {
            return;
        }
        option->palette.setColor(QPalette::Text, Look::error());
        option->font.setBold(true);
    }
};

} // namespace

ProposalListPage::ProposalListPage(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_model(std::make_unique<ProposalListModel>(db))
    , m_stateCombo(new QComboBox(this))
    , m_typeCombo(new QComboBox(this))
    , m_placeCombo(new QComboBox(this))
    , m_officerCombo(new QComboBox(this))
    , m_countsLabel(new QLabel(this))
    , m_table(new QTableView(this))
    , m_resolveButton(new QPushButton(tr("&Resolve…"), this))
{
    setObjectName(QStringLiteral("proposalListPage"));
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("<b>Change proposals</b>"), this);
    layout->addWidget(title);
    auto *filters = new QHBoxLayout;
    m_stateCombo->setObjectName(QStringLiteral("stateFilterComboBox"));
    m_typeCombo->setObjectName(QStringLiteral("typeFilterComboBox"));
    m_placeCombo->setObjectName(QStringLiteral("placeFilterComboBox"));
    m_officerCombo->setObjectName(QStringLiteral("officerFilterComboBox"));
    for (QComboBox *combo : {m_stateCombo, m_typeCombo, m_placeCombo, m_officerCombo}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    }
    filters->addWidget(new QLabel(tr("State:"), this));
    filters->addWidget(m_stateCombo);
    filters->addWidget(new QLabel(tr("Type:"), this));
    filters->addWidget(m_typeCombo);
    filters->addWidget(new QLabel(tr("RT/RW:"), this));
    filters->addWidget(m_placeCombo);
    filters->addWidget(new QLabel(tr("Officer:"), this));
    filters->addWidget(m_officerCombo);
    filters->addStretch();
    m_resolveButton->setObjectName(QStringLiteral("resolveButton"));
    m_resolveButton->setToolTip(tr("Settle what the newest DTSEN data means for the selected proposal"));
    m_resolveButton->setEnabled(false);
    filters->addWidget(m_resolveButton);
    auto *newButton = new QPushButton(tr("New proposal…"), this);
    newButton->setObjectName(QStringLiteral("newProposalButton"));
    filters->addWidget(newButton);
    layout->addLayout(filters);
    m_countsLabel->setObjectName(QStringLiteral("countsLabel"));
    m_countsLabel->setWordWrap(true);
    layout->addWidget(m_countsLabel);
    m_table->setObjectName(QStringLiteral("proposalsTableView"));
    m_table->setModel(m_model.get());
    m_table->setItemDelegateForColumn(ProposalListModel::StateColumn, new StateDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ProposalListModel::UpdatedColumn, Qt::DescendingOrder);
    m_table->verticalHeader()->hide();
    // Sized for 1366 pixels: who it is about (member, household, RT/RW) and its state stay readable;
    // the reason takes what is left and elides, with the whole text in its tooltip.
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setWordWrap(false);
    m_table->setColumnWidth(ProposalListModel::NumberColumn, 44);
    m_table->setColumnWidth(ProposalListModel::TypeColumn, 130);
    m_table->setColumnWidth(ProposalListModel::StateColumn, 190);
    m_table->setColumnWidth(ProposalListModel::PlaceColumn, 110);
    m_table->setColumnWidth(ProposalListModel::PersonColumn, 170);
    m_table->setColumnWidth(ProposalListModel::HouseholdColumn, 150);
    m_table->setColumnWidth(ProposalListModel::OfficerColumn, 110);
    m_table->setColumnWidth(ProposalListModel::UpdatedColumn, 130);
    m_table->setColumnWidth(ProposalListModel::EvidenceColumn, 56);
    m_table->horizontalHeader()->setSectionResizeMode(ProposalListModel::ReasonColumn, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);

    fillChoices();
    for (QComboBox *combo : {m_stateCombo, m_typeCombo, m_placeCombo, m_officerCombo}) {
        connect(combo, &QComboBox::currentIndexChanged, this, &ProposalListPage::applyFilters);
    }
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        Q_EMIT openRequested(m_model->proposalIdAt(index.row()));
    });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT openRequested(m_model->proposalIdAt(index.row()));
    });
    connect(newButton, &QPushButton::clicked, this, &ProposalListPage::newRequested);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateResolveButton();
    });
    connect(m_model.get(), &QAbstractItemModel::modelReset, this, [this] {
        updateResolveButton();
    });
    connect(m_resolveButton, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid()) {
            Q_EMIT resolveRequested(m_model->proposalIdAt(current.row()));
        }
    });
    connect(m_model.get(), &ProposalListModel::totalCountChanged, this, &ProposalListPage::updateCounts);
    updateCounts();
}

ProposalListPage::~ProposalListPage() = default;

void ProposalListPage::fillChoices()
{
    const QSignalBlocker blockState(m_stateCombo);
    const QSignalBlocker blockType(m_typeCombo);
    const QSignalBlocker blockPlace(m_placeCombo);
    const QSignalBlocker blockOfficer(m_officerCombo);
    if (m_stateCombo->count() == 0) {
        m_stateCombo->addItem(tr("All states"));
        m_stateCombo->addItem(tr("Stale only"), QStringLiteral("*stale"));
        for (const SnapshotOutcome outcome :
             {SnapshotOutcome::Conflict, SnapshotOutcome::NotReflected, SnapshotOutcome::TargetGone}) {
            m_stateCombo->addItem(SnapshotOutcomeText::label(outcome),
                                  QString(QStringLiteral("*outcome:") + snapshotOutcomeCode(outcome)));
        }
        for (ProposalState state : allProposalStates()) {
            m_stateCombo->addItem(ProposalStateText::label(state), proposalStateCode(state));
        }
        m_typeCombo->addItem(tr("All types"));
        for (ProposalType type : allProposalTypes()) {
            m_typeCombo->addItem(ProposalTypeText::label(type), proposalTypeCode(type));
        }
    }
    // RT/RW and officers as they occur among the proposals.
    const QVariant place = m_placeCombo->currentData();
    const QVariant officer = m_officerCombo->currentData();
    m_placeCombo->clear();
    m_officerCombo->clear();
    m_placeCombo->addItem(tr("All RT/RW"));
    m_officerCombo->addItem(tr("All officers"));
    auto all = ProposalRepository(m_db).list();
    if (!all) {
        Q_EMIT errorOccurred(describe(all.error()));
        return;
    }
    QMap<QPair<int, int>, bool> places;
    QMap<QString, QString> officers;
    for (const ProposalSummary &summary : std::as_const(*all)) {
        if (summary.rw) {
            places.insert({*summary.rw, 0}, true);
            if (summary.rt) {
                places.insert({*summary.rw, *summary.rt}, true);
            }
        }
        if (!summary.createdBy.isEmpty()) {
            officers.insert(summary.createdBy, summary.createdByName);
        }
    }
    for (auto it = places.cbegin(); it != places.cend(); ++it) {
        const auto [rw, rt] = it.key();
        if (rt == 0) {
            m_placeCombo->addItem(tr("RW %1 (all RT)").arg(rw, 3, 10, QLatin1Char('0')), QPoint(rw, 0));
        } else {
            m_placeCombo->addItem(
                QStringLiteral("    ")
                    + tr("RT %1 / RW %2").arg(rt, 3, 10, QLatin1Char('0')).arg(rw, 3, 10, QLatin1Char('0')),
                QPoint(rw, rt));
        }
    }
    for (auto it = officers.cbegin(); it != officers.cend(); ++it) {
        m_officerCombo->addItem(it.value().isEmpty() ? it.key() : it.value(), it.key());
    }
    m_placeCombo->setCurrentIndex(qMax(0, m_placeCombo->findData(place)));
    m_officerCombo->setCurrentIndex(qMax(0, m_officerCombo->findData(officer)));
}

void ProposalListPage::applyFilters()
{
    ProposalFilter filter;
    const QString state = m_stateCombo->currentData().toString();
    if (state == u"*stale") {
        filter.staleOnly = true;
    } else if (state.startsWith(QLatin1String("*outcome:"))) {
        filter.snapshotOutcome = snapshotOutcomeFromCode(QStringView(state).mid(9));
    } else if (!state.isEmpty()) {
        filter.state = proposalStateFromCode(state);
    }
    if (const QVariant type = m_typeCombo->currentData(); type.isValid()) {
        filter.type = proposalTypeFromCode(type.toString());
    }
    if (const QVariant place = m_placeCombo->currentData(); place.isValid()) {
        filter.rw = place.toPoint().x();
        if (place.toPoint().y() > 0) {
            filter.rt = place.toPoint().y();
        }
    }
    filter.officerId = m_officerCombo->currentData().toString();
    if (auto applied = m_model->setFilter(filter); !applied) {
        Q_EMIT errorOccurred(describe(applied.error()));
    }
    updateCounts();
}

void ProposalListPage::reload()
{
    fillChoices();
    if (auto refreshed = m_model->refresh(); !refreshed) {
        Q_EMIT errorOccurred(describe(refreshed.error()));
    }
    applyFilters();
}

void ProposalListPage::showOutcome(SnapshotOutcome outcome)
{
    const int index =
        m_stateCombo->findData(QString(QStringLiteral("*outcome:") + snapshotOutcomeCode(outcome)));
    if (index >= 0) {
        m_stateCombo->setCurrentIndex(index);
    }
}

void ProposalListPage::updateResolveButton()
{
    const QModelIndex current = m_table->currentIndex();
    const auto outcome =
        current.isValid()
            ? snapshotOutcomeFromCode(
                  m_model->index(current.row(), 0).data(ProposalListModel::SnapshotOutcomeRole).toString())
                  .value_or(SnapshotOutcome::None)
            : SnapshotOutcome::None;
    m_resolveButton->setEnabled(needsAttention(outcome));
}

QString ProposalListPage::countsText() const
{
    return m_countsLabel->text();
}

void ProposalListPage::updateCounts()
{
    const QLocale locale;
    QStringList parts;
    for (ProposalState state : allProposalStates()) {
        const qint64 n = m_model->stateCounts().value(state, 0);
        if (n > 0) {
            parts << tr("%1 %2").arg(ProposalStateText::label(state), locale.toString(n));
        }
    }
    const QString shown = tr("%1 shown").arg(locale.toString(m_model->totalCount()));
    m_countsLabel->setText(parts.isEmpty()
                               ? tr("No proposals yet. %1").arg(shown)
                               : parts.join(QStringLiteral(" · ")) + QStringLiteral("  —  ") + shown);
}

} // namespace verdes::ui
