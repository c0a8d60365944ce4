// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/musdes/AgendaEditor.h"

#include "models/core/Error.h"
#include "models/musdes/MeetingRepository.h"
#include "models/proposals/ProposalType.h"
#include "models/quality/QualityFlagRepository.h"
#include "models/quality/QualityText.h"
#include "ui/common/Look.h"
#include "ui/musdes/AgendaTree.h"
#include "ui/musdes/FlaggedHouseholdPicker.h"
#include "ui/musdes/ReadyProposalPicker.h"
#include "ui/settings/AppSettings.h"
#include "ui_AgendaEditor.h"

#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QSet>

namespace verdes::ui {

namespace {

QString placeText(const AgendaItem &item)
{
    if (!item.rt && !item.rw) {
        return {};
    }
    const auto part = [](const std::optional<int> &number) {
        return number ? QStringLiteral("%1").arg(*number, 3, 10, QLatin1Char('0')) : QStringLiteral("–");
    };
    return QStringLiteral("%1/%2").arg(part(item.rt), part(item.rw));
}

QString monthYear(const QDate &date)
{
    return QLocale().toString(date, QStringLiteral("MMMM yyyy"));
}

} // namespace

AgendaEditor::AgendaEditor(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::AgendaEditor>())
    , m_db(db)
    , m_cutOffDay(AppSettings::meetingCutOffDay())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("agendaEditor"));
    AgendaTree *tree = m_ui->agendaTreeWidget;
    tree->setHeaderLabels({tr("No."), tr("Type"), tr("Name"), tr("RT/RW"), tr("Reason"), tr("Decision")});
    tree->setTextElideMode(Qt::ElideRight);
    tree->setWordWrap(false);
    // Sized for 1366 pixels: who and what stay readable, the reason takes what is left.
    tree->header()->setStretchLastSection(false);
    tree->setColumnWidth(AgendaTree::NumberColumn, 60);
    tree->setColumnWidth(AgendaTree::TypeColumn, 190);
    tree->setColumnWidth(AgendaTree::SubjectColumn, 250);
    tree->setColumnWidth(AgendaTree::PlaceColumn, 75);
    tree->setColumnWidth(AgendaTree::DecisionColumn, 170);
    tree->header()->setSectionResizeMode(AgendaTree::ReasonColumn, QHeaderView::Stretch);
    m_ui->cutOffLabel->setToolTip(
        tr("What a meeting decides must be entered by the cut-off day of the month (Settings) to "
           "count for that month."));

    connect(m_ui->addAllReadyButton, &QPushButton::clicked, this, &AgendaEditor::addAllReady);
    connect(m_ui->addProposalsButton, &QPushButton::clicked, this, &AgendaEditor::pickProposals);
    connect(m_ui->addHouseholdButton, &QPushButton::clicked, this, &AgendaEditor::pickHousehold);
    connect(m_ui->moveUpButton, &QPushButton::clicked, this, [this] {
        moveSelected(-1);
        m_ui->agendaTreeWidget->setFocus();
    });
    connect(m_ui->moveDownButton, &QPushButton::clicked, this, [this] {
        moveSelected(1);
        m_ui->agendaTreeWidget->setFocus();
    });
    connect(m_ui->removeItemButton, &QPushButton::clicked, this, &AgendaEditor::removeSelected);
    connect(tree, &AgendaTree::moveRequested, this, &AgendaEditor::moveItem);
    connect(tree, &AgendaTree::moveByKeyRequested, this, &AgendaEditor::moveSelected);
    connect(tree, &AgendaTree::removeRequested, this, &AgendaEditor::removeSelected);
    connect(tree, &QTreeWidget::currentItemChanged, this, &AgendaEditor::updateButtons);

    updateCutOff();
    fill();
}

AgendaEditor::~AgendaEditor() = default;

AgendaTree *AgendaEditor::tree() const
{
    return m_ui->agendaTreeWidget;
}

QString AgendaEditor::cutOffText() const
{
    return m_ui->cutOffLabel->text();
}

QString AgendaEditor::messageText() const
{
    return m_ui->agendaMessageLabel->text();
}

void AgendaEditor::setActor(const Actor &actor)
{
    m_actor = actor;
    updateButtons();
}

void AgendaEditor::setMeeting(qint64 meetingId, const QDate &date, bool sealed)
{
    m_meetingId = meetingId;
    m_date = date;
    m_sealed = sealed;
    m_cutOffDay = AppSettings::meetingCutOffDay(); // may have changed in the settings meanwhile
    m_ui->agendaMessageLabel->clear();
    updateCutOff();
    reload();
}

void AgendaEditor::setMeetingDate(const QDate &date)
{
    m_date = date;
    updateCutOff();
}

void AgendaEditor::setCutOffDay(int day)
{
    m_cutOffDay = day;
    updateCutOff();
}

bool AgendaEditor::isEditable() const
{
    return m_meetingId != 0 && !m_sealed && m_actor.may(Action::PutOnAgenda);
}

void AgendaEditor::reload()
{
    m_items.clear();
    if (m_meetingId != 0) {
        auto agenda = MeetingRepository(m_db).agenda(m_meetingId);
        if (!agenda) {
            showMessage(describe(agenda.error()), true);
        } else {
            m_items = std::move(agenda).value();
        }
    }
    fill();
}

QString AgendaEditor::warningsOf(const QString &householdId) const
{
    // A family on the agenda is there for its open warnings: their names stand as its reason.
    auto flags = QualityFlagRepository(m_db).forHousehold(householdId);
    if (!flags) {
        return {};
    }
    QStringList labels;
    for (const QualityFlag &flag : std::as_const(*flags)) {
        const auto check = flag.check();
        const QString label = check ? QualityText::label(*check) : flag.checkCode;
        if (!labels.contains(label)) {
            labels.append(label);
        }
    }
    return labels.join(QStringLiteral(", "));
}

void AgendaEditor::fill()
{
    AgendaTree *tree = m_ui->agendaTreeWidget;
    const qint64 keep = selectedItem();
    const QSignalBlocker blocker(tree);
    tree->clear();
    tree->setReorderable(isEditable());
    QFont bold = tree->font();
    bold.setBold(true);
    const auto heading = [tree, &bold](const QString &text) {
        auto *row = new QTreeWidgetItem(tree);
        row->setText(AgendaTree::NumberColumn, text);
        row->setFont(AgendaTree::NumberColumn, bold);
        row->setFlags(Qt::ItemIsEnabled);
        row->setFirstColumnSpanned(true);
        return row;
    };
    heading(MeetingText::openingLabel());
    QTreeWidgetItem *current = nullptr;
    for (const AgendaSection section : allAgendaSections()) {
        int count = 0;
        for (const AgendaItem &item : std::as_const(m_items)) {
            count += item.section == section ? 1 : 0;
        }
        QTreeWidgetItem *sectionRow =
            heading(tr("%1 (%n item(s))", nullptr, count).arg(MeetingText::sectionLabel(section)));
        sectionRow->setFlags(isEditable() ? Qt::ItemIsEnabled | Qt::ItemIsDropEnabled : Qt::ItemIsEnabled);
        for (const AgendaItem &item : std::as_const(m_items)) {
            if (item.section != section) {
                continue;
            }
            auto *row = new QTreeWidgetItem(sectionRow);
            row->setData(AgendaTree::NumberColumn, AgendaTree::ItemIdRole, item.id);
            row->setData(AgendaTree::NumberColumn, AgendaTree::DecidedRole, item.isDecided());
            row->setText(AgendaTree::NumberColumn, QString::number(item.position));
            row->setText(AgendaTree::TypeColumn,
                         item.isHouseholdItem() || !item.type ? tr("Family with a warning")
                                                              : ProposalTypeText::label(*item.type));
            row->setText(AgendaTree::SubjectColumn, item.subject);
            row->setToolTip(AgendaTree::SubjectColumn, item.subject);
            row->setText(AgendaTree::PlaceColumn, placeText(item));
            const QString reason =
                item.reason.isEmpty() && item.isHouseholdItem() ? warningsOf(item.householdId) : item.reason;
            row->setText(AgendaTree::ReasonColumn, reason);
            row->setToolTip(AgendaTree::ReasonColumn, reason);
            row->setText(AgendaTree::DecisionColumn,
                         item.isDecided() ? MeetingText::decisionWithVotes(item) : QStringLiteral("—"));
            if (!item.note.isEmpty()) {
                row->setToolTip(AgendaTree::DecisionColumn, item.note);
            }
            Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
            if (isEditable()) {
                flags |= Qt::ItemIsDragEnabled;
            }
            row->setFlags(flags);
            if (item.id == keep) {
                current = row;
            }
        }
        if (count == 0) {
            auto *empty = new QTreeWidgetItem(sectionRow);
            empty->setText(AgendaTree::NumberColumn, tr("No items"));
            empty->setFlags(Qt::NoItemFlags);
            empty->setFirstColumnSpanned(true);
        }
    }
    heading(MeetingText::closingLabel());
    tree->expandAll();
    if (current != nullptr) {
        tree->setCurrentItem(current);
        tree->scrollToItem(current);
    }
    updateButtons();
}

qint64 AgendaEditor::selectedItem() const
{
    return AgendaTree::itemIdOf(m_ui->agendaTreeWidget->currentItem());
}

bool AgendaEditor::selectItem(qint64 itemId)
{
    AgendaTree *tree = m_ui->agendaTreeWidget;
    for (int top = 0; top < tree->topLevelItemCount(); ++top) {
        QTreeWidgetItem *section = tree->topLevelItem(top);
        for (int child = 0; child < section->childCount(); ++child) {
            if (AgendaTree::itemIdOf(section->child(child)) == itemId) {
                tree->setCurrentItem(section->child(child));
                tree->scrollToItem(section->child(child));
                return true;
            }
        }
    }
    return false;
}

void AgendaEditor::updateButtons()
{
    const bool editable = isEditable();
    m_ui->addAllReadyButton->setEnabled(editable);
    m_ui->addProposalsButton->setEnabled(editable);
    m_ui->addHouseholdButton->setEnabled(editable);
    QTreeWidgetItem *current = m_ui->agendaTreeWidget->currentItem();
    const bool isItem = editable && AgendaTree::itemIdOf(current) != 0 && current->parent() != nullptr;
    const int index = isItem ? current->parent()->indexOfChild(current) : -1;
    m_ui->moveUpButton->setEnabled(isItem && index > 0);
    m_ui->moveDownButton->setEnabled(isItem && index + 1 < current->parent()->childCount());
    m_ui->removeItemButton->setEnabled(
        isItem && !current->data(AgendaTree::NumberColumn, AgendaTree::DecidedRole).toBool());
}

QString AgendaEditor::cutOffSentence(const QDate &date, int cutOffDay)
{
    if (!date.isValid()) {
        return tr("Set the date of the meeting to see whether it makes this month's cut-off.");
    }
    const QDate cutOff = cutOffFor(date, cutOffDay);
    if (makesMonthCutOff(date, cutOffDay)) {
        return tr("Makes the cut-off of %1").arg(Look::longDate(cutOff));
    }
    return tr("After this month's cut-off: counts for %1").arg(monthYear(cutOff));
}

void AgendaEditor::updateCutOff()
{
    m_ui->cutOffLabel->setText(cutOffSentence(m_date, m_cutOffDay));
}

void AgendaEditor::showMessage(const QString &text, bool error)
{
    m_ui->agendaMessageLabel->setText(text);
    Look::setMessageStyle(m_ui->agendaMessageLabel, error);
}

void AgendaEditor::changed(qint64 selectItemId, const QString &message)
{
    reload();
    if (selectItemId != 0) {
        selectItem(selectItemId);
    }
    if (!message.isEmpty()) {
        showMessage(message, false);
    } else {
        m_ui->agendaMessageLabel->clear();
    }
    Q_EMIT agendaChanged();
}

void AgendaEditor::addAllReady()
{
    if (!isEditable()) {
        return;
    }
    auto added = MeetingRepository(m_db).addAllReady(m_actor, m_meetingId);
    if (!added) {
        showMessage(describe(added.error()), true);
        return;
    }
    if (*added == 0) {
        showMessage(tr("No proposal is ready: nothing was added."), false);
        return;
    }
    changed(0, tr("%n proposal(s) added to the agenda.", nullptr, *added));
}

void AgendaEditor::addProposals(const QList<qint64> &proposalIds)
{
    if (!isEditable() || proposalIds.isEmpty()) {
        return;
    }
    auto added = MeetingRepository(m_db).addProposals(m_actor, m_meetingId, proposalIds);
    if (!added) {
        showMessage(describe(added.error()), true);
        return;
    }
    changed(added->isEmpty() ? 0 : added->constLast().id,
            tr("%n proposal(s) added to the agenda.", nullptr, int(added->size())));
}

void AgendaEditor::addHousehold(const QString &householdId)
{
    if (!isEditable() || householdId.isEmpty()) {
        return;
    }
    auto added = MeetingRepository(m_db).addHousehold(m_actor, m_meetingId, householdId);
    if (!added) {
        showMessage(describe(added.error()), true);
        return;
    }
    changed(added->id,
            tr("The family was added to the agenda, for the meeting to keep it or propose its removal."));
}

void AgendaEditor::removeSelected()
{
    QTreeWidgetItem *current = m_ui->agendaTreeWidget->currentItem();
    const qint64 itemId = AgendaTree::itemIdOf(current);
    if (!isEditable() || itemId == 0) {
        return;
    }
    if (current->data(AgendaTree::NumberColumn, AgendaTree::DecidedRole).toBool()) {
        showMessage(tr("A decided item stays on the agenda; its decision can be corrected until the meeting "
                       "is sealed."),
                    true);
        return;
    }
    // The neighbour keeps the selection: the next item of the section, else the one before.
    QTreeWidgetItem *section = current->parent();
    const int index = section->indexOfChild(current);
    qint64 neighbour = 0;
    if (index + 1 < section->childCount()) {
        neighbour = AgendaTree::itemIdOf(section->child(index + 1));
    } else if (index > 0) {
        neighbour = AgendaTree::itemIdOf(section->child(index - 1));
    }
    bool householdItem = true;
    for (const AgendaItem &item : std::as_const(m_items)) {
        if (item.id == itemId) {
            householdItem = item.isHouseholdItem();
        }
    }
    auto removed = MeetingRepository(m_db).removeItem(m_actor, m_meetingId, itemId);
    if (!removed) {
        showMessage(describe(removed.error()), true);
        return;
    }
    changed(neighbour,
            householdItem ? tr("The family was taken off the agenda.")
                          : tr("The proposal was taken off the agenda; it is ready again."));
}

void AgendaEditor::moveSelected(int delta)
{
    QTreeWidgetItem *current = m_ui->agendaTreeWidget->currentItem();
    const qint64 itemId = AgendaTree::itemIdOf(current);
    if (!isEditable() || itemId == 0 || current->parent() == nullptr) {
        return;
    }
    const int to = current->parent()->indexOfChild(current) + delta;
    if (to < 0 || to >= current->parent()->childCount()) {
        return; // the order of the sections is fixed: an item stays in its own
    }
    moveItem(itemId, to + 1);
}

void AgendaEditor::moveItem(qint64 itemId, int position)
{
    if (!isEditable()) {
        return;
    }
    auto moved = MeetingRepository(m_db).moveItem(m_actor, m_meetingId, itemId, position);
    if (!moved) {
        showMessage(describe(moved.error()), true);
        return;
    }
    changed(itemId);
}

void AgendaEditor::pickProposals()
{
    if (!isEditable()) {
        return;
    }
    ReadyProposalPicker::openFor(m_db, this, [this](const QList<qint64> &ids) {
        addProposals(ids);
    });
}

void AgendaEditor::pickHousehold()
{
    if (!isEditable()) {
        return;
    }
    QSet<QString> onAgenda;
    for (const AgendaItem &item : std::as_const(m_items)) {
        if (item.isHouseholdItem()) {
            onAgenda.insert(item.householdId);
        }
    }
    FlaggedHouseholdPicker::openFor(m_db, onAgenda, this, [this](const QString &householdId) {
        addHousehold(householdId);
    });
}

} // namespace verdes::ui
