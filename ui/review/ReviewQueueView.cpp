// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/review/ReviewQueueView.h"

#include "models/core/Error.h"
#include "models/domain/RegionTable.h"
#include "models/itemmodels/ReviewQueueModel.h"
#include "models/review/ReviewQueueRepository.h"
#include "models/vault/Vault.h"
#include "sync/batch/Verdict.h"
#include "ui/common/Look.h"
#include "ui/review/VerdictDialog.h"
#include "ui_ReviewQueueView.h"

#include <QDateTime>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLocale>

#include <algorithm>

namespace verdes::ui {

ReviewQueueView::ReviewQueueView(Vault &vault, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<::Ui::ReviewQueueView>())
    , m_vault(vault)
    , m_model(new ReviewQueueModel(vault.database(), SystemClock::instance(), this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("reviewQueueView"));
    m_ui->queueMessageLabel->hide();
    m_ui->ageSpinBox->setSpecialValueText(tr("any time"));
    m_ui->ageSpinBox->setSuffix(tr(" days"));
    m_ui->queueTableView->setModel(m_model);
    m_ui->queueTableView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    const Actor &actor = vault.actor();
    const bool verifies = !actor.isRecovery() && actor.may(Action::ReviewItems);
    const bool endorses = !actor.isRecovery() && actor.may(Action::EndorseItems);
    m_ui->bulkVerifyButton->setVisible(verifies);
    m_ui->bulkReturnButton->setVisible(verifies);
    m_ui->bulkApproveButton->setVisible(endorses);
    m_ui->bulkRejectButton->setVisible(endorses);
    m_ui->bulkLabel->setVisible(verifies || endorses);

    const auto bulk = [this](ProposalState state) {
        return [this, state] {
            if (VerdictDialog *dialog = askBulk(state)) {
                dialog->open();
            }
        };
    };
    connect(m_ui->bulkVerifyButton, &QPushButton::clicked, this, bulk(ProposalState::Verified));
    connect(m_ui->bulkReturnButton, &QPushButton::clicked, this, bulk(ProposalState::Returned));
    connect(m_ui->bulkApproveButton, &QPushButton::clicked, this, bulk(ProposalState::Approved));
    connect(m_ui->bulkRejectButton, &QPushButton::clicked, this, bulk(ProposalState::RejectedByDinas));
    connect(m_ui->openButton, &QPushButton::clicked, this, &ReviewQueueView::openCurrent);
    connect(m_ui->queueTableView, &QTableView::activated, this, &ReviewQueueView::openCurrent);
    connect(m_ui->queueTableView->selectionModel(),
            &QItemSelectionModel::selectionChanged,
            this,
            &ReviewQueueView::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ReviewQueueView::updateActions);
    connect(m_ui->villageComboBox, &QComboBox::currentIndexChanged, this, &ReviewQueueView::applyFilter);
    connect(m_ui->typeComboBox, &QComboBox::currentIndexChanged, this, &ReviewQueueView::applyFilter);
    connect(m_ui->stateComboBox, &QComboBox::currentIndexChanged, this, &ReviewQueueView::applyFilter);
    connect(m_ui->incompleteCheckBox, &QCheckBox::toggled, this, &ReviewQueueView::applyFilter);
    connect(m_ui->ageSpinBox, &QSpinBox::valueChanged, this, &ReviewQueueView::applyFilter);
    connect(m_ui->mineCheckBox, &QCheckBox::toggled, this, &ReviewQueueView::applyFilter);
    connect(m_ui->claimVillageButton, &QPushButton::clicked, this, [this] {
        claimVillage(m_ui->fieldDaysSpinBox->value());
    });
    m_ui->fieldDaysSpinBox->setSuffix(tr(" days"));
    if (auto keyId = sync::ReviewClaims(vault.database()).keyIdOf(actor); keyId) {
        m_ownKeyId = *keyId;
    }
    m_ui->mineCheckBox->setVisible(!m_ownKeyId.isEmpty());
    m_ui->claimVillageButton->setVisible(false);
    m_ui->fieldDaysLabel->setVisible(false);
    m_ui->fieldDaysSpinBox->setVisible(false);

    m_ui->stateComboBox->addItem(tr("Every state"));
    for (const ProposalState state : allProposalStates()) {
        if (state == ProposalState::InReview || sync::Verdict::verdictStates().contains(state)) {
            m_ui->stateComboBox->addItem(ProposalStateText::label(state), proposalStateCode(state));
        }
    }
    reload();
}

ReviewQueueView::~ReviewQueueView() = default;

void ReviewQueueView::reload()
{
    reloadChoices();
    reloadCounts();
    if (auto refreshed = m_model->refresh(); !refreshed) {
        showMessage(describe(refreshed.error()), true);
    }
    updateActions();
}

void ReviewQueueView::reloadChoices()
{
    ReviewQueueRepository queue(m_vault.database());
    const auto villages = queue.byVillage();
    const auto types = queue.types();
    if (!villages || !types) {
        Q_EMIT errorOccurred(describe(villages ? types.error() : villages.error()));
        return;
    }
    m_loading = true;
    const QString village = m_ui->villageComboBox->currentData().toString();
    m_ui->villageComboBox->clear();
    m_ui->villageComboBox->addItem(tr("Every village"));
    for (const ReviewVillageCount &count : *villages) {
        const RegionTable::Region *region = RegionTable::instance().find(count.villageCode);
        m_ui->villageComboBox->addItem(
            region != nullptr ? tr("%1 (%2)").arg(region->name, RegionTable::dotted(count.villageCode))
                              : RegionTable::dotted(count.villageCode),
            count.villageCode);
    }
    m_ui->villageComboBox->setCurrentIndex(std::max(0, m_ui->villageComboBox->findData(village)));
    const QString type = m_ui->typeComboBox->currentData().toString();
    m_ui->typeComboBox->clear();
    m_ui->typeComboBox->addItem(tr("Every type"));
    for (const QString &code : *types) {
        m_ui->typeComboBox->addItem(ReviewQueueModel::typeLabel(code), code);
    }
    m_ui->typeComboBox->setCurrentIndex(std::max(0, m_ui->typeComboBox->findData(type)));
    m_loading = false;
    applyFilter();
}

void ReviewQueueView::reloadCounts()
{
    const auto states = ReviewQueueRepository(m_vault.database()).countsByState();
    if (!states) {
        Q_EMIT errorOccurred(describe(states.error()));
        return;
    }
    const QLocale locale;
    QStringList counts;
    for (const auto &[state, count] : *states) {
        counts << tr("%1: %2").arg(ProposalStateText::label(state), locale.toString(count));
    }
    m_ui->countsLabel->setText(counts.isEmpty()
                                   ? tr("The queue is empty: import the batches the hub received "
                                        "on the overview tab.")
                                   : counts.join(QStringLiteral(" · ")));
}

void ReviewQueueView::applyFilter()
{
    if (m_loading) {
        return;
    }
    ReviewQueueFilter filter;
    filter.villageCode = m_ui->villageComboBox->currentData().toString();
    filter.type = m_ui->typeComboBox->currentData().toString();
    filter.state = proposalStateFromCode(m_ui->stateComboBox->currentData().toString());
    filter.incompleteOnly = m_ui->incompleteCheckBox->isChecked();
    if (m_ui->mineCheckBox->isChecked()) {
        filter.heldBy = m_ownKeyId;
    }
    if (const int days = m_ui->ageSpinBox->value(); days > 0) {
        filter.receivedBefore =
            SystemClock::instance().now().toUTC().addDays(-days).toString(Qt::ISODateWithMs);
    }
    if (auto set = m_model->setFilter(filter); !set) {
        showMessage(describe(set.error()), true);
        return;
    }
    updateActions();
}

void ReviewQueueView::selectItem(qint64 itemId)
{
    const int row = m_model->rowOf(itemId);
    if (row >= 0) {
        m_ui->queueTableView->setCurrentIndex(m_model->index(row, 0));
        m_ui->queueTableView->selectRow(row);
    }
    m_ui->queueTableView->setFocus();
}

QList<qint64> ReviewQueueView::selectedItemIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_ui->queueTableView->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        ids.append(m_model->itemIdAt(index.row()));
    }
    std::ranges::sort(ids);
    return ids;
}

QString ReviewQueueView::describeItem(qint64 itemId) const
{
    const int row = m_model->rowOf(itemId);
    if (row < 0) {
        return tr("item %1").arg(itemId);
    }
    const auto text = [this, row](int column) {
        return m_model->data(m_model->index(row, column)).toString();
    };
    return tr("%1 · %2 · household %3 · %4")
        .arg(text(ReviewQueueModel::VillageColumn),
             text(ReviewQueueModel::TypeColumn),
             text(ReviewQueueModel::HouseholdColumn),
             text(ReviewQueueModel::StateColumn));
}

VerdictDialog *ReviewQueueView::askBulk(ProposalState state)
{
    const QList<qint64> ids = selectedItemIds();
    if (ids.isEmpty()) {
        showMessage(tr("Select the items first (Shift or Ctrl with the arrows or a click)."), true);
        return nullptr;
    }
    auto preview = sync::ReviewVerdicts(m_vault.database()).preview(ids, state);
    if (!preview) {
        const QString text = describe(preview.error());
        showMessage(text, true);
        Q_EMIT errorOccurred(text);
        return nullptr;
    }
    QStringList changes;
    for (const qint64 id : std::as_const(preview->changes)) {
        changes << describeItem(id);
    }
    QStringList skipped;
    for (const sync::BulkSkip &skip : std::as_const(preview->skipped)) {
        skipped << describeItem(skip.itemId);
    }
    if (m_dialog) {
        m_dialog->close();
    }
    auto *dialog = new VerdictDialog(state, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setBulk(changes, skipped);
    const QList<qint64> willChange = preview->changes;
    connect(dialog, &QDialog::accepted, this, [this, dialog, willChange] {
        decideMany(willChange, dialog->input());
    });
    m_dialog = dialog;
    return dialog;
}

bool ReviewQueueView::decideMany(const QList<qint64> &itemIds, const sync::VerdictInput &input)
{
    auto given = sync::ReviewVerdicts(m_vault.database()).decideMany(m_vault.actor(), itemIds, input);
    if (!given) {
        const QString text = describe(given.error());
        showMessage(text, true);
        Q_EMIT errorOccurred(text);
        return false;
    }
    showMessage(tr("%1: %n item(s) decided. The verdicts go to the hub with the next upload.",
                   nullptr,
                   static_cast<int>(given->size()))
                    .arg(ProposalStateText::label(input.state)),
                false);
    reloadCounts();
    if (auto refreshed = m_model->refresh(); !refreshed) {
        showMessage(describe(refreshed.error()), true);
    }
    Q_EMIT decided();
    return true;
}

void ReviewQueueView::openCurrent()
{
    const QModelIndex current = m_ui->queueTableView->currentIndex();
    if (!current.isValid()) {
        return;
    }
    Q_EMIT openRequested(m_model->itemIdAt(current.row()), m_model->itemIds());
}

void ReviewQueueView::updateActions()
{
    const bool any = m_ui->queueTableView->selectionModel()->hasSelection();
    for (QPushButton *button :
         {m_ui->bulkVerifyButton, m_ui->bulkReturnButton, m_ui->bulkApproveButton, m_ui->bulkRejectButton}) {
        button->setEnabled(any);
    }
    m_ui->openButton->setEnabled(m_ui->queueTableView->currentIndex().isValid());
    m_ui->claimVillageButton->setEnabled(!m_ui->villageComboBox->currentData().toString().isEmpty());
    const QLocale locale;
    m_ui->shownLabel->setText(tr("%1 of %n item(s) shown", nullptr, static_cast<int>(m_model->totalCount()))
                                  .arg(locale.toString(m_model->rowCount())));
}

void ReviewQueueView::showMessage(const QString &text, bool error)
{
    m_ui->queueMessageLabel->setText(text);
    Look::setMessageStyle(m_ui->queueMessageLabel, error);
    m_ui->queueMessageLabel->show();
}

void ReviewQueueView::setClaimSender(sync::ReviewClaims::Sender sender)
{
    m_claimSender = std::move(sender);
    const bool offered = m_claimSender && !m_ownKeyId.isEmpty() && !m_vault.actor().isRecovery();
    m_ui->claimVillageButton->setVisible(offered);
    m_ui->fieldDaysLabel->setVisible(offered);
    m_ui->fieldDaysSpinBox->setVisible(offered);
    updateActions();
}

bool ReviewQueueView::claimVillage(int days)
{
    const QString village = m_ui->villageComboBox->currentData().toString();
    if (!m_claimSender || village.isEmpty()) {
        showMessage(tr("Choose a village first: every open item of it is taken."), true);
        return false;
    }
    sync::ReviewClaims claims(m_vault.database());
    auto open = claims.openItemsOf(village);
    if (!open || open->isEmpty()) {
        showMessage(open ? tr("This village has no open item to take.") : describe(open.error()), true);
        return false;
    }
    auto summary = claims.exchange(
        m_vault.actor(), m_claimSender, sync::ClaimAction::Take, *open, static_cast<quint32>(days));
    if (!summary) {
        showMessage(describe(summary.error()), true);
        return false;
    }
    QString text = tr("%n item(s) taken for the field visit", nullptr, summary->granted)
                   + tr(", for %n day(s).", nullptr, days);
    if (!summary->heldByOthers.isEmpty()) {
        const sync::ItemClaim &first = summary->heldByOthers.constFirst();
        text += u' '
                + tr("%n item(s) are held by another reviewer, such as %1 until %2.",
                     nullptr,
                     static_cast<int>(summary->heldByOthers.size()))
                      .arg(first.holderName, first.untilText());
    }
    showMessage(text, !summary->heldByOthers.isEmpty());
    applyFilter();
    return summary->granted > 0;
}

} // namespace verdes::ui
