// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/musdes/ReadyProposalPicker.h"

#include "models/core/Error.h"
#include "models/proposals/ProposalRepository.h"
#include "ui/common/Look.h"
#include "ui/common/ScreenFit.h"
#include "ui_ReadyProposalPicker.h"

#include <QHeaderView>
#include <QPushButton>

#include <utility>

namespace verdes::ui {

namespace {

constexpr int kProposalIdRole = Qt::UserRole + 1;

QString placeText(const std::optional<int> &rt, const std::optional<int> &rw)
{
    if (!rt && !rw) {
        return {};
    }
    const auto part = [](const std::optional<int> &number) {
        return number ? QStringLiteral("%1").arg(*number, 3, 10, QLatin1Char('0')) : QStringLiteral("–");
    };
    return QStringLiteral("%1/%2").arg(part(rt), part(rw));
}

} // namespace

ReadyProposalPicker::ReadyProposalPicker(Database &db, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ReadyProposalPicker>())
    , m_db(db)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("readyProposalPicker"));
    ScreenFit::resize(this, QSize(900, 480));
    QTableWidget *table = m_ui->proposalsTableWidget;
    table->setTabKeyNavigation(false);
    table->setColumnWidth(NumberColumn, 70);
    table->setColumnWidth(TypeColumn, 170);
    table->setColumnWidth(NameColumn, 230);
    table->setColumnWidth(PlaceColumn, 80);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Add to the agenda"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("pickerOkButton"));

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ReadyProposalPicker::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ReadyProposalPicker::reject);
    connect(m_ui->selectAllButton, &QPushButton::clicked, this, [this] {
        tickAll(true);
    });
    connect(m_ui->selectNoneButton, &QPushButton::clicked, this, [this] {
        tickAll(false);
    });
    connect(table, &QTableWidget::itemChanged, this, &ReadyProposalPicker::updateOkButton);
    // A double click on a row ticks it (or clears it); Enter adds the ticked ones.
    connect(table, &QTableWidget::doubleClicked, this, [this](const QModelIndex &index) {
        QTableWidgetItem *item = m_ui->proposalsTableWidget->item(index.row(), NumberColumn);
        if (item != nullptr) {
            item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
        }
    });

    load();
    table->setFocus(Qt::OtherFocusReason);
}

ReadyProposalPicker::~ReadyProposalPicker() = default;

ReadyProposalPicker *ReadyProposalPicker::openFor(
    Database &db, QWidget *parent, std::function<void(const QList<qint64> &proposalIds)> picked)
{
    auto *picker = new ReadyProposalPicker(db, parent);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    picker->setWindowModality(Qt::WindowModal);
    connect(picker, &ReadyProposalPicker::proposalsPicked, parent, std::move(picked));
    picker->open();
    return picker;
}

QTableWidget *ReadyProposalPicker::table() const
{
    return m_ui->proposalsTableWidget;
}

int ReadyProposalPicker::proposalCount() const
{
    return m_ui->proposalsTableWidget->rowCount();
}

void ReadyProposalPicker::load()
{
    QTableWidget *table = m_ui->proposalsTableWidget;
    const QSignalBlocker blocker(table);
    table->setRowCount(0);
    ProposalFilter filter;
    filter.state = ProposalState::Ready;
    ProposalSort sort;
    sort.key = ProposalSort::Key::Id;
    sort.descending = false;
    auto ready = ProposalRepository(m_db).list(filter, 0, -1, sort);
    if (!ready) {
        m_ui->infoLabel->setText(describe(ready.error()));
        Look::setMessageStyle(m_ui->infoLabel, true);
        updateOkButton();
        return;
    }
    for (const ProposalSummary &proposal : std::as_const(*ready)) {
        const int row = table->rowCount();
        table->insertRow(row);
        auto *number = new QTableWidgetItem(QString::number(proposal.id));
        number->setData(kProposalIdRole, proposal.id);
        number->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        number->setCheckState(Qt::Unchecked);
        table->setItem(row, NumberColumn, number);
        table->setItem(row, TypeColumn, new QTableWidgetItem(ProposalTypeText::label(proposal.type)));
        const QString names = proposal.personNames.isEmpty()
                                  ? proposal.headName
                                  : proposal.personNames.join(QStringLiteral(", "));
        table->setItem(row, NameColumn, new QTableWidgetItem(names));
        table->setItem(row, PlaceColumn, new QTableWidgetItem(placeText(proposal.rt, proposal.rw)));
        auto *reason = new QTableWidgetItem(proposal.reason);
        reason->setToolTip(proposal.reason);
        table->setItem(row, ReasonColumn, reason);
    }
    if (table->rowCount() > 0) {
        table->selectRow(0);
        m_ui->infoLabel->setText(tr(
            "Tick the proposals to put on the agenda (Space ticks the selected row). %n proposal(s) ready.",
            nullptr,
            table->rowCount()));
    } else {
        m_ui->infoLabel->setText(tr(
            "No proposal is ready. A proposal is put on the agenda once it is marked ready in its editor."));
    }
    updateOkButton();
}

bool ReadyProposalPicker::setTicked(qint64 proposalId, bool ticked)
{
    QTableWidget *table = m_ui->proposalsTableWidget;
    for (int row = 0; row < table->rowCount(); ++row) {
        QTableWidgetItem *item = table->item(row, NumberColumn);
        if (item->data(kProposalIdRole).toLongLong() == proposalId) {
            item->setCheckState(ticked ? Qt::Checked : Qt::Unchecked);
            return true;
        }
    }
    return false;
}

void ReadyProposalPicker::tickAll(bool ticked)
{
    QTableWidget *table = m_ui->proposalsTableWidget;
    for (int row = 0; row < table->rowCount(); ++row) {
        table->item(row, NumberColumn)->setCheckState(ticked ? Qt::Checked : Qt::Unchecked);
    }
}

QList<qint64> ReadyProposalPicker::tickedProposals() const
{
    QList<qint64> ids;
    const QTableWidget *table = m_ui->proposalsTableWidget;
    for (int row = 0; row < table->rowCount(); ++row) {
        const QTableWidgetItem *item = table->item(row, NumberColumn);
        if (item->checkState() == Qt::Checked) {
            ids.append(item->data(kProposalIdRole).toLongLong());
        }
    }
    return ids;
}

void ReadyProposalPicker::updateOkButton()
{
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!tickedProposals().isEmpty());
}

void ReadyProposalPicker::accept()
{
    const QList<qint64> ids = tickedProposals();
    if (ids.isEmpty()) {
        return;
    }
    Q_EMIT proposalsPicked(ids);
    QDialog::accept();
}

} // namespace verdes::ui
