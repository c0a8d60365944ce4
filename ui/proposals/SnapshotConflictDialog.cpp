// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/proposals/SnapshotConflictDialog.h"

#include "models/core/Error.h"
#include "models/domain/Field.h"
#include "models/proposals/ProposalRepository.h"
#include "ui/common/Look.h"
#include "ui_SnapshotConflictDialog.h"

#include <QHeaderView>

namespace verdes::ui {

namespace {

enum Column
{
    FieldColumn,
    BaseColumn,
    NowColumn,
    ProposedColumn,
    ChoiceColumn,
};

QString fieldText(const QString &table, const QString &recordId, const QString &column)
{
    const std::optional<Field> field = fieldByColumn(column);
    QString label = field ? FieldText::label(*field) : column;
    if (table == kMembersTable && !recordId.isEmpty()) {
        return QStringLiteral("%1 · %2").arg(label, recordId);
    }
    return label;
}

} // namespace

SnapshotConflictDialog::SnapshotConflictDialog(
    Database &db, Actor actor, qint64 proposalId, QWidget *parent, Clock &clock)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SnapshotConflictDialog>())
    , m_db(db)
    , m_actor(std::move(actor))
    , m_proposalId(proposalId)
    , m_clock(clock)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("snapshotConflictDialog"));
    m_ui->fieldsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    connect(m_ui->keepButton, &QPushButton::clicked, this, [this] {
        choose(ConflictChoice::KeepProposed);
    });
    connect(m_ui->takeButton, &QPushButton::clicked, this, [this] {
        choose(ConflictChoice::TakeSnapshot);
    });
    connect(m_ui->applyButton, &QPushButton::clicked, this, &SnapshotConflictDialog::apply);
    connect(m_ui->withdrawButton, &QPushButton::clicked, this, &SnapshotConflictDialog::withdraw);
    connect(m_ui->proposeAgainButton, &QPushButton::clicked, this, &SnapshotConflictDialog::proposeAgain);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_ui->fieldsTable, &QTableWidget::currentCellChanged, this, [this] {
        updateButtons();
    });
    reload();
}

SnapshotConflictDialog::~SnapshotConflictDialog() = default;

void SnapshotConflictDialog::reload()
{
    ProposalRepository repo(m_db, m_clock);
    ReconcileRepository reconciler(m_db, m_clock);
    m_conflicts.clear();
    m_choices.clear();
    m_ui->fieldsTable->setRowCount(0);
    auto loaded = repo.get(m_proposalId);
    if (!loaded || !*loaded) {
        showMessage(loaded ? describe(Error(ErrorCode::ProposalNotFound, {QString::number(m_proposalId)}))
                           : describe(loaded.error()),
                    true);
        updateButtons();
        return;
    }
    const Proposal &p = **loaded;
    m_revision = p.revision;
    m_outcome = p.snapshotOutcome;
    m_ui->titleLabel->setText(
        tr("<b>Proposal %1: %2</b> — %3")
            .arg(p.id)
            .arg(p.title().toHtmlEscaped(), ProposalStateText::label(p.state).toHtmlEscaped()));
    QString explanation;
    switch (m_outcome) {
    case SnapshotOutcome::Conflict:
        explanation =
            tr("The new DTSEN data changed a field this proposal changes too. For each field, keep "
               "the proposed value (the proposal goes on, based on the DTSEN value) or take the DTSEN "
               "value (that change is dropped; with nothing left, the proposal is withdrawn). Nothing "
               "changes until you apply.");
        break;
    case SnapshotOutcome::TargetGone:
        explanation = tr("The household or member of this proposal is no longer in the DTSEN data. It stays "
                         "blocked until you withdraw it; write the reason.");
        break;
    case SnapshotOutcome::NotReflected:
        explanation = tr("The district approved this proposal, but the newest DTSEN data does not show the "
                         "change. If it is still needed, propose it again: a new draft copies it.");
        break;
    default:
        explanation = tr("The newest DTSEN data leaves nothing to settle for this proposal.");
        break;
    }
    m_ui->explanationLabel->setText(explanation);
    if (m_outcome == SnapshotOutcome::Conflict) {
        auto fields = reconciler.conflicts(m_proposalId);
        if (!fields) {
            showMessage(describe(fields.error()), true);
        } else {
            m_conflicts = *fields;
        }
        m_ui->fieldsTable->setRowCount(static_cast<int>(m_conflicts.size()));
        for (int row = 0; row < m_conflicts.size(); ++row) {
            const FieldConflict &c = m_conflicts.at(row);
            m_ui->fieldsTable->setItem(
                row, FieldColumn, new QTableWidgetItem(fieldText(c.table, c.recordId, c.column)));
            m_ui->fieldsTable->setItem(row, BaseColumn, new QTableWidgetItem(c.baseValue));
            auto *now = new QTableWidgetItem(c.snapshotValue);
            now->setBackground(Look::changedBackground());
            m_ui->fieldsTable->setItem(row, NowColumn, now);
            m_ui->fieldsTable->setItem(row, ProposedColumn, new QTableWidgetItem(c.proposedValue));
            m_ui->fieldsTable->setItem(row, ChoiceColumn, new QTableWidgetItem(tr("Not chosen yet")));
        }
    } else {
        auto rows = repo.compare(m_proposalId);
        if (!rows) {
            showMessage(describe(rows.error()), true);
        } else {
            m_ui->fieldsTable->setRowCount(static_cast<int>(rows->size()));
            for (int row = 0; row < rows->size(); ++row) {
                const ValueComparison &c = rows->at(row);
                m_ui->fieldsTable->setItem(
                    row, FieldColumn, new QTableWidgetItem(fieldText(c.table, c.recordId, c.column)));
                m_ui->fieldsTable->setItem(row, BaseColumn, new QTableWidgetItem(c.baseValue));
                m_ui->fieldsTable->setItem(
                    row, NowColumn, new QTableWidgetItem(c.recordGone ? tr("(gone)") : c.currentValue));
                m_ui->fieldsTable->setItem(row, ProposedColumn, new QTableWidgetItem(c.proposedValue));
            }
        }
    }
    m_ui->fieldsTable->setColumnHidden(ChoiceColumn, m_outcome != SnapshotOutcome::Conflict);
    if (m_ui->fieldsTable->rowCount() > 0) {
        m_ui->fieldsTable->setCurrentCell(0, FieldColumn);
    }
    m_ui->fieldsTable->setFocus();
    updateButtons();
}

QString SnapshotConflictDialog::choiceText(int row) const
{
    const QTableWidgetItem *item = m_ui->fieldsTable->item(row, ChoiceColumn);
    return item != nullptr ? item->text() : QString();
}

void SnapshotConflictDialog::choose(ConflictChoice choice)
{
    const int row = m_ui->fieldsTable->currentRow();
    if (row < 0 || row >= m_conflicts.size()) {
        return;
    }
    m_choices.insert(m_conflicts.at(row).ordinal, choice);
    m_ui->fieldsTable->item(row, ChoiceColumn)
        ->setText(choice == ConflictChoice::KeepProposed ? tr("Keep the proposed value")
                                                         : tr("Take the DTSEN value"));
    // On to the next field without a choice.
    if (row + 1 < m_conflicts.size()) {
        m_ui->fieldsTable->setCurrentCell(row + 1, FieldColumn);
    }
    updateButtons();
}

void SnapshotConflictDialog::apply()
{
    auto resolved =
        ReconcileRepository(m_db, m_clock)
            .resolve(m_actor, m_proposalId, m_revision, m_choices, m_ui->noteLineEdit->text().trimmed());
    if (!resolved) {
        showMessage(describe(resolved.error()), true);
        return;
    }
    Q_EMIT proposalChanged(m_proposalId);
    showMessage(resolved->state == ProposalState::Withdrawn
                    ? tr("Nothing was left to propose: the proposal was withdrawn.")
                    : tr("Resolved. The proposal is now based on the new DTSEN data."),
                false);
    reload();
}

void SnapshotConflictDialog::withdraw()
{
    auto withdrawn = ReconcileRepository(m_db, m_clock)
                         .withdrawGone(m_actor, m_proposalId, m_revision, m_ui->noteLineEdit->text());
    if (!withdrawn) {
        showMessage(describe(withdrawn.error()), true);
        return;
    }
    Q_EMIT proposalChanged(m_proposalId);
    showMessage(tr("The proposal was withdrawn."), false);
    reload();
}

void SnapshotConflictDialog::proposeAgain()
{
    auto draft = ReconcileRepository(m_db, m_clock).proposeAgain(m_actor, m_proposalId);
    if (!draft) {
        showMessage(describe(draft.error()), true);
        return;
    }
    Q_EMIT proposalChanged(*draft);
    showMessage(tr("Proposed again as draft %1.").arg(*draft), false);
    Q_EMIT openProposalRequested(*draft);
}

void SnapshotConflictDialog::showMessage(const QString &text, bool error)
{
    m_ui->messageLabel->setText(text);
    Look::setMessageStyle(m_ui->messageLabel, error);
}

void SnapshotConflictDialog::updateButtons()
{
    const bool conflict = m_outcome == SnapshotOutcome::Conflict;
    const bool gone = m_outcome == SnapshotOutcome::TargetGone;
    m_ui->keepButton->setVisible(conflict);
    m_ui->takeButton->setVisible(conflict);
    m_ui->applyButton->setVisible(conflict);
    const int row = m_ui->fieldsTable->currentRow();
    m_ui->keepButton->setEnabled(row >= 0 && row < m_conflicts.size());
    m_ui->takeButton->setEnabled(row >= 0 && row < m_conflicts.size());
    m_ui->applyButton->setEnabled(conflict && m_choices.size() == m_conflicts.size()
                                  && !m_conflicts.isEmpty());
    m_ui->withdrawButton->setVisible(gone);
    m_ui->noteLabel->setVisible(conflict || gone);
    m_ui->noteLineEdit->setVisible(conflict || gone);
    m_ui->proposeAgainButton->setVisible(m_outcome == SnapshotOutcome::NotReflected);
}

} // namespace verdes::ui
