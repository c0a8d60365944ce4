// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/proposals/CorrectionsEditor.h"

#include "models/domain/Field.h"
#include "models/proposals/ProposalRepository.h"
#include "ui_CorrectionsEditor.h"

#include <QComboBox>
#include <QHeaderView>

namespace verdes::ui {

namespace {

constexpr int kRecordColumn = 0;
constexpr int kFieldColumn = 1;
constexpr int kOldColumn = 2;
constexpr int kNewColumn = 3;

} // namespace

CorrectionsEditor::CorrectionsEditor(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CorrectionsEditor>())
{
    m_ui->setupUi(this);
    connect(m_ui->addCorrectionButton, &QPushButton::clicked, this, [this] {
        addChange(kHouseholdsTable, m_householdId, {}, {});
    });
    connect(m_ui->removeCorrectionButton, &QPushButton::clicked, this, [this] {
        if (m_ui->changesTable->currentRow() >= 0) {
            m_ui->changesTable->removeRow(m_ui->changesTable->currentRow());
            Q_EMIT changed();
        }
    });
    connect(m_ui->changesTable, &QTableWidget::itemChanged, this, &CorrectionsEditor::changed);
}

CorrectionsEditor::~CorrectionsEditor() = default;

void CorrectionsEditor::setDatabase(Database &db)
{
    m_db = &db;
}

void CorrectionsEditor::setRecords(const QString &householdId, const QList<QPair<QString, QString>> &members)
{
    m_householdId = householdId;
    m_members = members;
}

void CorrectionsEditor::clear()
{
    m_ui->changesTable->setRowCount(0);
}

void CorrectionsEditor::addChange(const QString &table,
                                  const QString &recordId,
                                  const QString &column,
                                  const QString &newValue)
{
    QTableWidget *changes = m_ui->changesTable;
    const int row = changes->rowCount();
    changes->insertRow(row);
    auto *record = new QComboBox(changes);
    record->addItem(tr("Household"), QStringList{kHouseholdsTable, m_householdId});
    for (const auto &[personId, label] : std::as_const(m_members)) {
        record->addItem(label, QStringList{kMembersTable, personId});
    }
    record->setCurrentIndex(qMax(0, record->findData(QStringList{table, recordId})));
    changes->setCellWidget(row, kRecordColumn, record);
    auto *field = new QComboBox(changes);
    changes->setCellWidget(row, kFieldColumn, field);
    auto *old = new QTableWidgetItem;
    old->setFlags(old->flags() & ~Qt::ItemIsEditable);
    changes->setItem(row, kOldColumn, old);
    changes->setItem(row, kNewColumn, new QTableWidgetItem(newValue));
    fillColumns(row);
    field->setCurrentIndex(qMax(0, field->findData(column)));
    updateOldValue(row);
    connect(record, &QComboBox::currentIndexChanged, this, [this, record] {
        for (int r = 0; r < m_ui->changesTable->rowCount(); ++r) {
            if (m_ui->changesTable->cellWidget(r, kRecordColumn) == record) {
                fillColumns(r);
                updateOldValue(r);
            }
        }
    });
    connect(field, &QComboBox::currentIndexChanged, this, [this, field] {
        for (int r = 0; r < m_ui->changesTable->rowCount(); ++r) {
            if (m_ui->changesTable->cellWidget(r, kFieldColumn) == field) {
                updateOldValue(r);
            }
        }
    });
}

void CorrectionsEditor::fillColumns(int row)
{
    auto *record = qobject_cast<QComboBox *>(m_ui->changesTable->cellWidget(row, kRecordColumn));
    auto *field = qobject_cast<QComboBox *>(m_ui->changesTable->cellWidget(row, kFieldColumn));
    if (record == nullptr || field == nullptr) {
        return;
    }
    const QSignalBlocker block(field);
    const QVariant previous = field->currentData();
    field->clear();
    const bool member = record->currentData().toStringList().value(0) == kMembersTable;
    for (const FieldDef &def : member ? memberColumns() : householdColumns()) {
        const QString column = QString::fromLatin1(def.column);
        if (column == u"household_id" || column == u"person_id" || column == u"desil") {
            continue;
        }
        field->addItem(FieldText::label(def.field), column);
    }
    field->setCurrentIndex(qMax(0, field->findData(previous)));
}

void CorrectionsEditor::updateOldValue(int row)
{
    auto *record = qobject_cast<QComboBox *>(m_ui->changesTable->cellWidget(row, kRecordColumn));
    auto *field = qobject_cast<QComboBox *>(m_ui->changesTable->cellWidget(row, kFieldColumn));
    QTableWidgetItem *old = m_ui->changesTable->item(row, kOldColumn);
    if (record == nullptr || field == nullptr || old == nullptr) {
        return;
    }
    const QStringList target = record->currentData().toStringList();
    QString value;
    if (m_db != nullptr && target.size() == 2 && !target.at(1).isEmpty()) {
        if (auto current = ProposalRepository(*m_db).currentValue(
                target.at(0), target.at(1), field->currentData().toString())) {
            value = *current;
        }
    }
    old->setText(value);
    Q_EMIT changed();
}

QList<FieldChange> CorrectionsEditor::changes(const QString &householdId) const
{
    QList<FieldChange> out;
    const QTableWidget *changes = m_ui->changesTable;
    for (int row = 0; row < changes->rowCount(); ++row) {
        auto *record = qobject_cast<QComboBox *>(changes->cellWidget(row, kRecordColumn));
        auto *field = qobject_cast<QComboBox *>(changes->cellWidget(row, kFieldColumn));
        const QTableWidgetItem *newItem = changes->item(row, kNewColumn);
        if (record == nullptr || field == nullptr || newItem == nullptr) {
            continue;
        }
        const QStringList target = record->currentData().toStringList();
        FieldChange change;
        change.table = target.value(0);
        change.recordId = target.value(0) == kHouseholdsTable ? householdId : target.value(1);
        change.column = field->currentData().toString();
        change.oldValue =
            changes->item(row, kOldColumn) != nullptr ? changes->item(row, kOldColumn)->text() : QString();
        change.newValue = newItem->text();
        out << change;
    }
    return out;
}

} // namespace verdes::ui
