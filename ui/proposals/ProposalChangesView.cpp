// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/proposals/ProposalChangesView.h"

#include "models/domain/Field.h"
#include "models/proposals/NewRecordCheck.h"
#include "ui/common/Look.h"
#include "ui/proposals/NewRecordForm.h"
#include "ui_ProposalChangesView.h"

#include <QHeaderView>

namespace verdes::ui {

namespace {

QString fieldLabelOf(const QString &column)
{
    if (const auto field = fieldByColumn(column)) {
        return FieldText::label(*field);
    }
    return column;
}

} // namespace

ProposalChangesView::ProposalChangesView(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ProposalChangesView>())
{
    m_ui->setupUi(this);
    m_ui->staleTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    connect(m_ui->reconfirmButton, &QPushButton::clicked, this, &ProposalChangesView::reconfirmRequested);
}

ProposalChangesView::~ProposalChangesView() = default;

void ProposalChangesView::setHousehold(const QString &headName, const QList<QPair<QString, QString>> &members)
{
    m_headName = headName;
    m_members = members;
}

QString ProposalChangesView::recordLabel(const QString &table, const QString &recordId) const
{
    if (table == kHouseholdsTable) {
        return m_headName.isEmpty() ? tr("Household") : tr("Household of %1").arg(m_headName);
    }
    for (const auto &[personId, label] : m_members) {
        if (personId == recordId) {
            return label;
        }
    }
    return recordId.isEmpty() ? tr("New record") : tr("Member %1").arg(recordId);
}

void ProposalChangesView::showChanges(const Proposal &proposal, const QList<ValueComparison> &comparisons)
{
    m_ui->staleTable->setRowCount(0);
    m_ui->diffBrowser->setHtml(diffHtml(proposal));
    fillStaleTable(comparisons);
}

QString ProposalChangesView::diffHtml(const Proposal &proposal) const
{
    QString html = QStringLiteral("<h3>%1</h3>").arg(tr("Changes this proposal makes").toHtmlEscaped());
    const QList<FieldChange> &changes = proposal.changes;
    if (NewRecordCheck::createsRecords(proposal.type)) {
        html += NewRecordForm::summaryHtml(proposal);
    } else if (changes.isEmpty()) {
        html +=
            QStringLiteral("<p>%1</p>")
                .arg(
                    tr("No field changes yet. Member types add their changes (presence and date) when saved.")
                        .toHtmlEscaped());
    } else {
        html += QStringLiteral(
                    "<table cellpadding='4' cellspacing='0' border='1' style='border-collapse: collapse'>"
                    "<tr><th align='left'>%1</th><th align='left'>%2</th><th align='left'>%3</th>"
                    "<th></th><th align='left'>%4</th></tr>")
                    .arg(tr("Record").toHtmlEscaped(),
                         tr("Field").toHtmlEscaped(),
                         tr("Old").toHtmlEscaped(),
                         tr("New").toHtmlEscaped());
        for (const FieldChange &change : changes) {
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td><span style='color:%5'>%3</span></td>"
                                   "<td>→</td><td><b style='color:%6'>%4</b></td></tr>")
                        .arg(recordLabel(change.table, change.recordId).toHtmlEscaped(),
                             fieldLabelOf(change.column).toHtmlEscaped(),
                             (change.oldValue.isEmpty()
                                  ? tr("(empty)")
                                  : NewRecordForm::displayValue(change.column, change.oldValue))
                                 .toHtmlEscaped(),
                             (change.newValue.isEmpty()
                                  ? tr("(empty)")
                                  : NewRecordForm::displayValue(change.column, change.newValue))
                                 .toHtmlEscaped(),
                             Look::css(Look::error()),
                             Look::css(Look::success()));
        }
        html += QStringLiteral("</table>");
    }
    if (!proposal.bases.isEmpty()) {
        QStringList bases;
        for (const BaseVersion &base : proposal.bases) {
            bases << tr("%1: version %2").arg(recordLabel(base.table, base.recordId)).arg(base.version);
        }
        html +=
            QStringLiteral("<p><b>%1</b> %2</p>")
                .arg(tr("Base versions:").toHtmlEscaped(), bases.join(QStringLiteral("; ")).toHtmlEscaped());
    }
    if (proposal.targetGone) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(Look::errorHtml(
                        tr("Target gone: the household is missing in the newest snapshot.").toHtmlEscaped(),
                        true));
    } else if (proposal.stale) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(Look::errorHtml(tr("Stale: compare below and re-confirm.").toHtmlEscaped(), true));
    }
    return html;
}

void ProposalChangesView::fillStaleTable(const QList<ValueComparison> &comparisons)
{
    QTableWidget *table = m_ui->staleTable;
    for (const ValueComparison &comparison : comparisons) {
        if (comparison.recordId.isEmpty()) {
            continue; // a new record has no base to compare with
        }
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(
            row,
            0,
            new QTableWidgetItem(tr("%1 · %2").arg(recordLabel(comparison.table, comparison.recordId),
                                                   fieldLabelOf(comparison.column))));
        table->setItem(
            row,
            1,
            new QTableWidgetItem(NewRecordForm::displayValue(comparison.column, comparison.baseValue)));
        auto *current = new QTableWidgetItem(
            comparison.recordGone ? tr("(record gone)")
                                  : NewRecordForm::displayValue(comparison.column, comparison.currentValue));
        if (comparison.changedSinceBase()) {
            current->setBackground(Look::changedBackground());
            QFont bold = current->font();
            bold.setBold(true);
            current->setFont(bold);
        }
        table->setItem(row, 2, current);
        table->setItem(
            row,
            3,
            new QTableWidgetItem(NewRecordForm::displayValue(comparison.column, comparison.proposedValue)));
    }
    int tableHeight = table->horizontalHeader()->height() + 2 * table->frameWidth() + 4;
    for (int row = 0; row < table->rowCount(); ++row) {
        tableHeight += table->rowHeight(row);
    }
    table->setMaximumHeight(qMax(tableHeight, 80));
}

void ProposalChangesView::setStaleState(bool stale, bool targetGone, bool mayReconfirm)
{
    m_ui->reconfirmButton->setVisible(stale && !targetGone);
    m_ui->reconfirmButton->setEnabled(mayReconfirm);
    m_ui->staleTable->setVisible(stale || targetGone);
}

QString ProposalChangesView::text() const
{
    const QTableWidget *table = m_ui->staleTable;
    QString text = m_ui->diffBrowser->toPlainText();
    for (int row = 0; row < table->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < table->columnCount(); ++column) {
            cells << (table->item(row, column) != nullptr ? table->item(row, column)->text() : QString());
        }
        text += QLatin1Char('\n') + cells.join(QStringLiteral(" | "));
    }
    return text;
}

} // namespace verdes::ui
