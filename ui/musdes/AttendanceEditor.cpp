// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/musdes/AttendanceEditor.h"

#include "models/core/Error.h"
#include "models/musdes/MeetingRepository.h"
#include "ui/common/Look.h"
#include "ui/settings/AppSettings.h"
#include "ui_AttendanceEditor.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLocale>
#include <QPushButton>

namespace verdes::ui {

namespace {

constexpr int kAttendeeIdRole = Qt::UserRole + 1;

} // namespace

AttendanceEditor::AttendanceEditor(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::AttendanceEditor>())
    , m_db(db)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("attendanceEditor"));
    for (const AttendeeRole role : allAttendeeRoles()) {
        m_ui->roleComboBox->addItem(MeetingText::roleLabel(role), attendeeRoleCode(role));
    }
    m_ui->roleComboBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_ui->expectedSpinBox->setSpecialValueText(tr("not set"));
    m_ui->expectedSpinBox->setSuffix(tr(" persons"));
    m_ui->expectedSpinBox->setValue(AppSettings::meetingExpectedAttendance());
    QTableWidget *table = m_ui->attendeesTableWidget;
    table->setTabKeyNavigation(false);
    table->horizontalHeader()->setStretchLastSection(false);
    table->setColumnWidth(NumberColumn, 50);
    table->setColumnWidth(RoleColumn, 230);
    table->setColumnWidth(PlaceColumn, 90);
    table->setColumnWidth(SignedColumn, 170);
    table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_ui->cancelEditButton->hide();
    for (QWidget *entry :
         {static_cast<QWidget *>(m_ui->roleComboBox), static_cast<QWidget *>(m_ui->signedCheckBox)}) {
        entry->installEventFilter(this);
    }
    table->installEventFilter(this);

    connect(m_ui->addButton, &QPushButton::clicked, this, &AttendanceEditor::submitEntry);
    connect(m_ui->nameLineEdit, &QLineEdit::returnPressed, this, &AttendanceEditor::submitEntry);
    connect(m_ui->rtRwLineEdit, &QLineEdit::returnPressed, this, &AttendanceEditor::submitEntry);
    connect(m_ui->cancelEditButton, &QPushButton::clicked, this, &AttendanceEditor::cancelEdit);
    connect(m_ui->editButton, &QPushButton::clicked, this, &AttendanceEditor::editSelected);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &AttendanceEditor::removeSelected);
    connect(m_ui->printSheetButton, &QPushButton::clicked, this, &AttendanceEditor::attendanceSheetRequested);
    connect(table, &QTableWidget::doubleClicked, this, &AttendanceEditor::editSelected);
    connect(table, &QTableWidget::itemSelectionChanged, this, &AttendanceEditor::updateButtons);
    connect(table, &QTableWidget::itemChanged, this, &AttendanceEditor::onItemChanged);
    connect(m_ui->expectedSpinBox, &QSpinBox::valueChanged, this, [this](int value) {
        AppSettings::setMeetingExpectedAttendance(value);
        updateQuorum();
    });

    fill();
}

AttendanceEditor::~AttendanceEditor() = default;

QTableWidget *AttendanceEditor::table() const
{
    return m_ui->attendeesTableWidget;
}

QString AttendanceEditor::messageText() const
{
    return m_ui->entryMessageLabel->text();
}

void AttendanceEditor::setActor(const Actor &actor)
{
    m_actor = actor;
    fill();
}

void AttendanceEditor::setMeeting(qint64 meetingId, bool sealed)
{
    m_meetingId = meetingId;
    m_sealed = sealed;
    // Another meeting: the entry line starts empty, adding.
    m_editing = 0;
    m_ui->addButton->setText(tr("Add to the l&ist"));
    m_ui->cancelEditButton->hide();
    m_ui->nameLineEdit->clear();
    m_ui->rtRwLineEdit->clear();
    m_ui->signedCheckBox->setChecked(false);
    {
        // The number expected may have changed in the settings meanwhile.
        const QSignalBlocker blocker(m_ui->expectedSpinBox);
        m_ui->expectedSpinBox->setValue(AppSettings::meetingExpectedAttendance());
    }
    m_ui->entryMessageLabel->clear();
    reload();
}

bool AttendanceEditor::isEditable() const
{
    return m_meetingId != 0 && !m_sealed && m_actor.may(Action::PutOnAgenda);
}

void AttendanceEditor::reload()
{
    m_attendees.clear();
    if (m_meetingId != 0) {
        auto loaded = MeetingRepository(m_db).attendees(m_meetingId);
        if (!loaded) {
            showMessage(describe(loaded.error()), true);
        } else {
            m_attendees = std::move(loaded).value();
        }
    }
    fill();
}

void AttendanceEditor::fill()
{
    QTableWidget *table = m_ui->attendeesTableWidget;
    const qint64 keep = table->currentRow() >= 0 && table->item(table->currentRow(), NameColumn) != nullptr
                            ? table->item(table->currentRow(), NameColumn)->data(kAttendeeIdRole).toLongLong()
                            : 0;
    {
        const QSignalBlocker blocker(table);
        table->setRowCount(0);
        const bool editable = isEditable();
        for (const Attendee &attendee : std::as_const(m_attendees)) {
            const int row = table->rowCount();
            table->insertRow(row);
            table->setItem(row, NumberColumn, new QTableWidgetItem(QString::number(row + 1)));
            auto *name = new QTableWidgetItem(attendee.name);
            name->setData(kAttendeeIdRole, attendee.id);
            table->setItem(row, NameColumn, name);
            table->setItem(row, RoleColumn, new QTableWidgetItem(MeetingText::roleLabel(attendee.role)));
            table->setItem(row, PlaceColumn, new QTableWidgetItem(attendee.rtRw));
            auto *signedItem = new QTableWidgetItem;
            signedItem->setCheckState(attendee.signedOnPaper ? Qt::Checked : Qt::Unchecked);
            signedItem->setFlags(editable ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable
                                          : Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            table->setItem(row, SignedColumn, signedItem);
            if (attendee.id == keep) {
                table->selectRow(row);
            }
        }
    }
    const bool editable = isEditable();
    for (QWidget *entry : {static_cast<QWidget *>(m_ui->nameLineEdit),
                           static_cast<QWidget *>(m_ui->roleComboBox),
                           static_cast<QWidget *>(m_ui->rtRwLineEdit),
                           static_cast<QWidget *>(m_ui->signedCheckBox),
                           static_cast<QWidget *>(m_ui->addButton)}) {
        entry->setEnabled(editable);
    }
    m_ui->printSheetButton->setEnabled(m_meetingId != 0);
    updateQuorum();
    updateButtons();
}

void AttendanceEditor::updateButtons()
{
    const bool selected = isEditable() && !m_ui->attendeesTableWidget->selectedItems().isEmpty();
    m_ui->editButton->setEnabled(selected);
    m_ui->removeButton->setEnabled(selected);
}

Quorum AttendanceEditor::quorum() const
{
    Quorum quorum;
    quorum.expected = m_ui->expectedSpinBox->value();
    quorum.present = int(m_attendees.size());
    return quorum;
}

QString AttendanceEditor::quorumText() const
{
    return m_ui->quorumLabel->text();
}

QString AttendanceEditor::quorumSentence(const Quorum &quorum)
{
    const QLocale locale;
    if (!quorum.configured()) {
        return tr("Present: %1 (set how many are expected to see the quorum)")
            .arg(locale.toString(quorum.present));
    }
    if (quorum.reached()) {
        return tr("Present %1 of %2 — quorum reached")
            .arg(locale.toString(quorum.present), locale.toString(quorum.expected));
    }
    return tr("Present %1 of %2 — no quorum yet (%3 needed); the meeting can still go on")
        .arg(locale.toString(quorum.present),
             locale.toString(quorum.expected),
             locale.toString(quorum.needed()));
}

void AttendanceEditor::updateQuorum()
{
    const Quorum q = quorum();
    m_ui->quorumLabel->setText(quorumSentence(q).toHtmlEscaped());
    if (!q.configured()) {
        m_ui->quorumLabel->setStyleSheet(QString());
    } else {
        m_ui->quorumLabel->setStyleSheet(
            QStringLiteral("QLabel { color: %1; font-weight: bold; }")
                .arg(Look::css(q.reached() ? Look::success() : Look::warning())));
    }
    Q_EMIT quorumChanged();
}

void AttendanceEditor::setExpected(int expected)
{
    m_ui->expectedSpinBox->setValue(expected);
}

void AttendanceEditor::showMessage(const QString &text, bool error)
{
    m_ui->entryMessageLabel->setText(text);
    Look::setMessageStyle(m_ui->entryMessageLabel, error);
}

void AttendanceEditor::setEntry(const QString &name,
                                AttendeeRole role,
                                const QString &rtRw,
                                bool signedOnPaper)
{
    m_ui->nameLineEdit->setText(name);
    m_ui->roleComboBox->setCurrentIndex(m_ui->roleComboBox->findData(attendeeRoleCode(role)));
    m_ui->rtRwLineEdit->setText(rtRw);
    m_ui->signedCheckBox->setChecked(signedOnPaper);
}

bool AttendanceEditor::submitEntry()
{
    if (!isEditable()) {
        return false;
    }
    Attendee attendee;
    attendee.id = m_editing;
    attendee.name = m_ui->nameLineEdit->text().simplified();
    attendee.role =
        attendeeRoleFromCode(m_ui->roleComboBox->currentData().toString()).value_or(AttendeeRole::Other);
    attendee.signedOnPaper = m_ui->signedCheckBox->isChecked();
    const QString rtRw = m_ui->rtRwLineEdit->text().trimmed();
    Look::setFieldState(m_ui->nameLineEdit, false);
    Look::setFieldState(m_ui->rtRwLineEdit, false);
    if (attendee.name.isEmpty()) {
        Look::setFieldState(m_ui->nameLineEdit, true);
        showMessage(tr("Write the attendee's name."), true);
        m_ui->nameLineEdit->setFocus();
        return false;
    }
    if (!rtRw.isEmpty()) {
        const std::optional<QString> normalised = normaliseRtRw(rtRw);
        if (!normalised) {
            Look::setFieldState(m_ui->rtRwLineEdit, true);
            showMessage(tr("Write RT/RW as two numbers, like 003/002, or leave it empty."), true);
            m_ui->rtRwLineEdit->setFocus();
            return false;
        }
        attendee.rtRw = *normalised;
    }
    MeetingRepository repository(m_db);
    qint64 selectId = m_editing;
    if (m_editing != 0) {
        if (auto updated = repository.updateAttendee(m_actor, m_meetingId, attendee); !updated) {
            showMessage(describe(updated.error()), true);
            return false;
        }
        showMessage(tr("The change was saved."), false);
    } else {
        auto added = repository.addAttendee(m_actor, m_meetingId, attendee);
        if (!added) {
            showMessage(describe(added.error()), true);
            return false;
        }
        selectId = added->id;
        showMessage(tr("%1 was added.").arg(added->name), false);
    }
    m_editing = 0;
    m_ui->addButton->setText(tr("Add to the l&ist"));
    m_ui->cancelEditButton->hide();
    m_ui->nameLineEdit->clear();
    m_ui->rtRwLineEdit->clear();
    m_ui->signedCheckBox->setChecked(false);
    reload();
    selectAttendee(selectId);
    m_ui->nameLineEdit->setFocus();
    Q_EMIT attendanceChanged();
    return true;
}

void AttendanceEditor::editSelected()
{
    QTableWidget *table = m_ui->attendeesTableWidget;
    if (!isEditable() || table->currentRow() < 0) {
        return;
    }
    const qint64 id = table->item(table->currentRow(), NameColumn)->data(kAttendeeIdRole).toLongLong();
    for (const Attendee &attendee : std::as_const(m_attendees)) {
        if (attendee.id == id) {
            m_editing = id;
            setEntry(attendee.name, attendee.role, attendee.rtRw, attendee.signedOnPaper);
            m_ui->addButton->setText(tr("Save the &change"));
            m_ui->cancelEditButton->show();
            m_ui->entryMessageLabel->clear();
            m_ui->nameLineEdit->setFocus();
            m_ui->nameLineEdit->selectAll();
            return;
        }
    }
}

void AttendanceEditor::cancelEdit()
{
    m_editing = 0;
    m_ui->addButton->setText(tr("Add to the l&ist"));
    m_ui->cancelEditButton->hide();
    m_ui->nameLineEdit->clear();
    m_ui->rtRwLineEdit->clear();
    m_ui->signedCheckBox->setChecked(false);
    Look::setFieldState(m_ui->nameLineEdit, false);
    Look::setFieldState(m_ui->rtRwLineEdit, false);
    m_ui->entryMessageLabel->clear();
    m_ui->attendeesTableWidget->setFocus();
}

void AttendanceEditor::removeSelected()
{
    QTableWidget *table = m_ui->attendeesTableWidget;
    const int row = table->currentRow();
    if (!isEditable() || row < 0) {
        return;
    }
    const qint64 id = table->item(row, NameColumn)->data(kAttendeeIdRole).toLongLong();
    const QString name = table->item(row, NameColumn)->text();
    if (auto removed = MeetingRepository(m_db).removeAttendee(m_actor, m_meetingId, id); !removed) {
        showMessage(describe(removed.error()), true);
        return;
    }
    if (m_editing == id) {
        cancelEdit();
    }
    reload();
    if (table->rowCount() > 0) {
        table->selectRow(qMin(row, table->rowCount() - 1));
    }
    table->setFocus();
    showMessage(tr("%1 was removed from the list.").arg(name), false);
    Q_EMIT attendanceChanged();
}

bool AttendanceEditor::selectAttendee(qint64 attendeeId)
{
    QTableWidget *table = m_ui->attendeesTableWidget;
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, NameColumn)->data(kAttendeeIdRole).toLongLong() == attendeeId) {
            table->selectRow(row);
            return true;
        }
    }
    return false;
}

void AttendanceEditor::onItemChanged(QTableWidgetItem *item)
{
    if (item == nullptr || item->column() != SignedColumn || !isEditable()) {
        return;
    }
    const qint64 id =
        m_ui->attendeesTableWidget->item(item->row(), NameColumn)->data(kAttendeeIdRole).toLongLong();
    for (Attendee &attendee : m_attendees) {
        if (attendee.id != id) {
            continue;
        }
        Attendee changed = attendee;
        changed.signedOnPaper = item->checkState() == Qt::Checked;
        if (auto updated = MeetingRepository(m_db).updateAttendee(m_actor, m_meetingId, changed); !updated) {
            // The table shows what the vault holds: the tick goes back.
            const QSignalBlocker blocker(m_ui->attendeesTableWidget);
            item->setCheckState(attendee.signedOnPaper ? Qt::Checked : Qt::Unchecked);
            showMessage(describe(updated.error()), true);
            return;
        }
        attendee = changed;
        m_ui->entryMessageLabel->clear();
        Q_EMIT attendanceChanged();
        return;
    }
}

bool AttendanceEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (watched == m_ui->attendeesTableWidget) {
            if (enter) {
                editSelected();
                return true;
            }
            if (key->key() == Qt::Key_Delete) {
                removeSelected();
                return true;
            }
            if (key->key() == Qt::Key_Space && key->modifiers() == Qt::NoModifier) {
                // Space ticks "signed on paper" of the selected row, whichever cell has the focus.
                QTableWidget *table = m_ui->attendeesTableWidget;
                if (QTableWidgetItem *item = table->item(table->currentRow(), SignedColumn);
                    item != nullptr && isEditable()) {
                    item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
                }
                return true;
            }
        } else if (enter) {
            // Enter in the role box or on the tick box adds, as in the text fields.
            submitEntry();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace verdes::ui
