// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/musdes/MeetingView.h"

#include "models/core/Error.h"
#include "models/domain/Role.h"
#include "ui/common/DateField.h"
#include "ui/common/Look.h"
#include "ui/musdes/AgendaEditor.h"
#include "ui/musdes/AttendanceEditor.h"
#include "ui_MeetingView.h"

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>

namespace verdes::ui {

namespace {

// "9", "09.30", "9:30" or empty (no time); nullopt for anything else.
std::optional<QTime> parseTime(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return QTime();
    }
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,2})(?:[.:](\\d{2}))?$"));
    const QRegularExpressionMatch match = pattern.match(trimmed);
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    const QTime time(match.captured(1).toInt(), match.captured(2).isEmpty() ? 0 : match.captured(2).toInt());
    return time.isValid() ? std::optional<QTime>(time) : std::nullopt;
}

QString timeText(const QTime &time)
{
    return time.isValid() ? time.toString(QStringLiteral("HH.mm")) : QString();
}

// Officers whose role comes first get listed first (the chair's list: chair, kepala desa, then the
// rest; the minute-taker's: secretary first).
QStringList officerNames(const QList<Vault::OfficerInfo> &officers, const QList<Role> &first)
{
    QStringList names;
    for (const Role role : first) {
        for (const Vault::OfficerInfo &officer : officers) {
            if (officer.role == role && !names.contains(officer.name)) {
                names.append(officer.name);
            }
        }
    }
    for (const Vault::OfficerInfo &officer : officers) {
        if (!names.contains(officer.name)) {
            names.append(officer.name);
        }
    }
    return names;
}

} // namespace

MeetingView::MeetingView(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::MeetingView>())
    , m_db(db)
    , m_attendance(new AttendanceEditor(db, this))
    , m_agenda(new AgendaEditor(db, this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("meetingView"));
    m_ui->attendanceLayout->addWidget(m_attendance);
    m_ui->agendaLayout->addWidget(m_agenda);
    for (const MeetingKind kind :
         {MeetingKind::Musdes, MeetingKind::Musdesus, MeetingKind::Muskel, MeetingKind::Sptjm}) {
        m_ui->kindComboBox->addItem(MeetingText::kindLabel(kind), meetingKindCode(kind));
    }
    m_ui->kindComboBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_ui->chairComboBox->setMinimumContentsLength(28);
    m_ui->minuteTakerComboBox->setMinimumContentsLength(28);
    m_ui->placeLineEdit->setMinimumWidth(320);
    m_ui->notesPlainTextEdit->setMinimumWidth(420);
    m_ui->notesPlainTextEdit->setMaximumHeight(120);
    m_ui->timeLineEdit->setToolTip(tr("For example 09.00 or 13.30; may be left empty"));
    m_ui->dateField->setToolTip(tr("The day of the meeting, dd/mm/yyyy"));
    m_ui->dateLabel->setBuddy(m_ui->dateField->lineEdit());
    m_ui->noticeLabel->hide();
    Look::setNoticeStyle(m_ui->noticeLabel);

    auto *saveShortcut = new QShortcut(QKeySequence::Save, this);
    saveShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveShortcut, &QShortcut::activated, this, [this] {
        save();
    });
    auto *backShortcut = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Left), this);
    backShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(backShortcut, &QShortcut::activated, this, &MeetingView::goBack);

    connect(m_ui->backButton, &QPushButton::clicked, this, &MeetingView::goBack);
    connect(m_ui->saveButton, &QPushButton::clicked, this, [this] {
        save();
    });
    connect(m_ui->runButton, &QPushButton::clicked, this, [this] {
        saveThenEmit(&MeetingView::runRequested);
    });
    connect(m_ui->documentsButton, &QPushButton::clicked, this, [this] {
        saveThenEmit(&MeetingView::documentsRequested);
    });
    connect(m_ui->kindComboBox, &QComboBox::currentIndexChanged, this, &MeetingView::markDirty);
    connect(m_ui->dateField, &DateField::dateChanged, this, [this](const QDate &date) {
        m_agenda->setMeetingDate(date);
        markDirty();
    });
    connect(m_ui->timeLineEdit, &QLineEdit::textEdited, this, &MeetingView::markDirty);
    connect(m_ui->placeLineEdit, &QLineEdit::textEdited, this, &MeetingView::markDirty);
    connect(m_ui->chairComboBox, &QComboBox::editTextChanged, this, &MeetingView::markDirty);
    connect(m_ui->minuteTakerComboBox, &QComboBox::editTextChanged, this, &MeetingView::markDirty);
    connect(m_ui->addendumComboBox, &QComboBox::currentIndexChanged, this, &MeetingView::markDirty);
    connect(m_ui->notesPlainTextEdit, &QPlainTextEdit::textChanged, this, &MeetingView::markDirty);
    connect(m_attendance, &AttendanceEditor::attendanceChanged, this, [this] {
        updateSummary();
        Q_EMIT contentChanged();
    });
    connect(m_attendance, &AttendanceEditor::quorumChanged, this, &MeetingView::updateSummary);
    connect(m_attendance, &AttendanceEditor::attendanceSheetRequested, this, [this] {
        if (meetingId() != 0) {
            Q_EMIT attendanceSheetRequested(meetingId());
        }
    });
    connect(m_agenda, &AgendaEditor::agendaChanged, this, [this] {
        updateSummary();
        Q_EMIT contentChanged();
    });

    startNew();
}

MeetingView::~MeetingView() = default;

QTabWidget *MeetingView::tabs() const
{
    return m_ui->tabWidget;
}

QString MeetingView::messageText() const
{
    return m_ui->messageLabel->text();
}

QString MeetingView::headerText() const
{
    return m_ui->headerLabel->text();
}

QString MeetingView::summaryText() const
{
    return m_ui->summaryLabel->text();
}

QString MeetingView::noticeText() const
{
    return m_ui->noticeLabel->isHidden() ? QString() : m_ui->noticeLabel->text();
}

void MeetingView::setActor(const Actor &actor)
{
    m_actor = actor;
    m_attendance->setActor(actor);
    m_agenda->setActor(actor);
    setFormEnabled(!isReadOnly());
    updateHeader();
    updateButtons();
}

void MeetingView::setVillageCode(const QString &villageCode)
{
    m_villageCode = villageCode;
    if (!m_meeting && !m_dirty) {
        startNew();
    }
}

void MeetingView::setOfficers(const QList<Vault::OfficerInfo> &officers)
{
    m_officers = officers;
    if (!m_meeting && !m_dirty) {
        startNew();
    } else {
        const bool loading = m_loading;
        m_loading = true;
        fillChoices();
        m_loading = loading;
    }
}

QString MeetingView::defaultChair(const QList<Vault::OfficerInfo> &officers)
{
    for (const Vault::OfficerInfo &officer : officers) {
        if (officer.role == Role::Chair) {
            return officer.name;
        }
    }
    return {};
}

bool MeetingView::isReadOnly() const
{
    return (m_meeting && m_meeting->isSealed()) || !m_actor.may(Action::PutOnAgenda);
}

void MeetingView::fillChoices()
{
    const QString chair = m_ui->chairComboBox->currentText();
    const QString minuteTaker = m_ui->minuteTakerComboBox->currentText();
    m_ui->chairComboBox->clear();
    m_ui->chairComboBox->addItems(officerNames(m_officers, {Role::Chair, Role::KepalaDesa, Role::Bpd}));
    m_ui->chairComboBox->setEditText(chair);
    m_ui->minuteTakerComboBox->clear();
    m_ui->minuteTakerComboBox->addItems(officerNames(m_officers, {Role::Secretary, Role::Operator}));
    m_ui->minuteTakerComboBox->setEditText(minuteTaker);
}

void MeetingView::fillAddendumChoices()
{
    QComboBox *combo = m_ui->addendumComboBox;
    combo->clear();
    combo->addItem(tr("Not an addendum"), qint64(0));
    auto meetings = MeetingRepository(m_db).list();
    if (!meetings) {
        showMessage(describe(meetings.error()), true);
        return;
    }
    for (const MeetingSummary &summary : std::as_const(*meetings)) {
        if (summary.sealed && summary.id != meetingId()) {
            combo->addItem(tr("%1 of %2").arg(summary.number, Look::shortDate(summary.date)), summary.id);
        }
    }
}

void MeetingView::startNew()
{
    m_loading = true;
    m_meeting.reset();
    const MeetingKind kind = meetingKindForVillage(m_villageCode);
    m_ui->kindComboBox->setCurrentIndex(m_ui->kindComboBox->findData(meetingKindCode(kind)));
    m_ui->dateField->setDate(QDate());
    m_ui->timeLineEdit->clear();
    m_ui->placeLineEdit->clear();
    m_ui->chairComboBox->setEditText(QString());
    m_ui->minuteTakerComboBox->setEditText(QString());
    fillChoices();
    m_ui->chairComboBox->setEditText(defaultChair(m_officers));
    m_ui->minuteTakerComboBox->setEditText(QString());
    fillAddendumChoices();
    m_ui->addendumComboBox->setCurrentIndex(0);
    m_ui->notesPlainTextEdit->clear();
    m_attendance->setMeeting(0, false);
    m_agenda->setMeeting(0, QDate(), false);
    m_ui->tabWidget->setTabEnabled(AttendanceTab, false);
    m_ui->tabWidget->setTabEnabled(AgendaTab, false);
    m_ui->tabWidget->setCurrentIndex(DetailsTab);
    m_ui->kindComboBox->setEnabled(true);
    m_ui->messageLabel->clear();
    m_dirty = false;
    m_loading = false;
    setFormEnabled(!isReadOnly());
    updateHeader();
    updateSummary();
    updateButtons();
}

bool MeetingView::openMeeting(qint64 meetingId)
{
    auto loaded = MeetingRepository(m_db).get(meetingId);
    if (!loaded) {
        showMessage(describe(loaded.error()), true);
        return false;
    }
    if (!loaded->has_value()) {
        showMessage(tr("This meeting is not in the vault."), true);
        return false;
    }
    m_ui->messageLabel->clear();
    showMeeting(**loaded);
    return true;
}

void MeetingView::showMeeting(const Meeting &meeting)
{
    m_loading = true;
    const bool sameMeeting = m_meeting && m_meeting->id == meeting.id;
    m_meeting = meeting;
    m_ui->kindComboBox->setCurrentIndex(m_ui->kindComboBox->findData(meetingKindCode(meeting.kind)));
    m_ui->dateField->setDate(meeting.date);
    m_ui->timeLineEdit->setText(timeText(meeting.time));
    m_ui->placeLineEdit->setText(meeting.place);
    fillChoices();
    m_ui->chairComboBox->setEditText(meeting.chair);
    m_ui->minuteTakerComboBox->setEditText(meeting.minuteTaker);
    fillAddendumChoices();
    const int addendum = m_ui->addendumComboBox->findData(meeting.addendumOf.value_or(0));
    if (addendum < 0 && meeting.addendumOf) {
        // Not in the list (cannot happen for a sealed meeting, but the reference stays visible).
        m_ui->addendumComboBox->addItem(tr("Meeting %1").arg(*meeting.addendumOf), *meeting.addendumOf);
    }
    m_ui->addendumComboBox->setCurrentIndex(
        qMax(0, m_ui->addendumComboBox->findData(meeting.addendumOf.value_or(0))));
    if (m_ui->notesPlainTextEdit->toPlainText() != meeting.notes) {
        m_ui->notesPlainTextEdit->setPlainText(meeting.notes);
    }
    if (!sameMeeting) {
        m_attendance->setMeeting(meeting.id, meeting.isSealed());
        m_agenda->setMeeting(meeting.id, meeting.date, meeting.isSealed());
    } else {
        // Shown again (after saving, or coming back to the page): decisions may have been recorded
        // meanwhile, in the operator's window.
        m_attendance->reload();
        m_agenda->setMeetingDate(meeting.date);
        m_agenda->reload();
    }
    m_ui->tabWidget->setTabEnabled(AttendanceTab, true);
    m_ui->tabWidget->setTabEnabled(AgendaTab, true);
    // The kind and the number stay once the meeting exists.
    m_ui->kindComboBox->setEnabled(false);
    m_dirty = false;
    m_loading = false;
    setFormEnabled(!isReadOnly());
    updateHeader();
    updateSummary();
    updateButtons();
}

void MeetingView::setFormEnabled(bool enabled)
{
    m_ui->kindComboBox->setEnabled(enabled && !m_meeting);
    for (QWidget *field : {static_cast<QWidget *>(m_ui->dateField),
                           static_cast<QWidget *>(m_ui->timeLineEdit),
                           static_cast<QWidget *>(m_ui->placeLineEdit),
                           static_cast<QWidget *>(m_ui->chairComboBox),
                           static_cast<QWidget *>(m_ui->minuteTakerComboBox),
                           static_cast<QWidget *>(m_ui->addendumComboBox)}) {
        field->setEnabled(enabled);
    }
    m_ui->notesPlainTextEdit->setReadOnly(!enabled);
}

void MeetingView::updateHeader()
{
    if (!m_meeting) {
        m_ui->headerLabel->setText(tr("<b>New meeting</b> — fill in its data and save; then add the "
                                      "attendees and the agenda."));
    } else {
        m_ui->headerLabel->setText(tr("<b>%1</b> · %2 · %3")
                                       .arg(m_meeting->number.toHtmlEscaped(),
                                            MeetingText::kindLabel(m_meeting->kind).toHtmlEscaped(),
                                            Look::longDate(m_meeting->date).toHtmlEscaped()));
    }
    QString notice;
    if (m_meeting && m_meeting->isSealed()) {
        const MeetingSeal &seal = *m_meeting->seal;
        notice =
            tr("Sealed by %1 on %2 · seal %3. Nothing of this meeting can change; a correction is a new "
               "meeting marked as its addendum.")
                .arg(seal.sealedByName, Look::longDateTime(seal.sealedAt.toLocalTime()), seal.shortHash());
    } else if (auto allowed = m_actor.require(Action::PutOnAgenda); !allowed) {
        notice = describe(allowed.error());
    }
    m_ui->noticeLabel->setText(notice);
    m_ui->noticeLabel->setVisible(!notice.isEmpty());
}

void MeetingView::updateSummary()
{
    if (!m_meeting) {
        m_ui->summaryLabel->clear();
        return;
    }
    const Quorum quorum = m_attendance->quorum();
    QString present = AttendanceEditor::quorumSentence(quorum).toHtmlEscaped();
    if (quorum.configured()) {
        present = quorum.reached() ? QStringLiteral("<span style=\"color:%1\"><b>%2</b></span>")
                                         .arg(Look::css(Look::success()), present)
                                   : Look::warningHtml(present, true);
    }
    const QList<AgendaItem> &items = m_agenda->items();
    int decided = 0;
    for (const AgendaItem &item : items) {
        decided += item.isDecided() ? 1 : 0;
    }
    QString agenda = tr("%n item(s) on the agenda", nullptr, int(items.size()));
    if (decided > 0) {
        agenda = tr("%1, %n decided", nullptr, decided).arg(agenda);
    }
    m_ui->summaryLabel->setText(tr("%1 · %2").arg(present, agenda.toHtmlEscaped()));
}

void MeetingView::updateButtons()
{
    const bool readOnly = isReadOnly();
    m_ui->saveButton->setEnabled(!readOnly);
    m_ui->runButton->setEnabled(m_meeting.has_value() && !m_meeting->isSealed());
    m_ui->documentsButton->setEnabled(m_meeting.has_value());
}

void MeetingView::showMessage(const QString &text, bool error)
{
    m_ui->messageLabel->setText(text);
    Look::setMessageStyle(m_ui->messageLabel, error);
}

void MeetingView::markDirty()
{
    if (!m_loading) {
        m_dirty = true;
        m_ui->messageLabel->clear();
    }
}

MeetingDraft MeetingView::formDraft() const
{
    MeetingDraft draft;
    draft.kind = meetingKindFromCode(m_ui->kindComboBox->currentData().toString());
    draft.date = m_ui->dateField->date();
    draft.time = parseTime(m_ui->timeLineEdit->text()).value_or(QTime());
    draft.place = m_ui->placeLineEdit->text().simplified();
    draft.chair = m_ui->chairComboBox->currentText().simplified();
    draft.minuteTaker = m_ui->minuteTakerComboBox->currentText().simplified();
    draft.notes = m_ui->notesPlainTextEdit->toPlainText().trimmed();
    if (const qint64 addendum = m_ui->addendumComboBox->currentData().toLongLong(); addendum != 0) {
        draft.addendumOf = addendum;
    }
    return draft;
}

bool MeetingView::save()
{
    if (isReadOnly()) {
        return !m_dirty;
    }
    if (m_meeting && !m_dirty) {
        return true;
    }
    Look::setFieldState(m_ui->dateField, false);
    Look::setFieldState(m_ui->timeLineEdit, false);
    if (!m_ui->dateField->date().isValid()) {
        Look::setFieldState(m_ui->dateField, true);
        m_ui->tabWidget->setCurrentIndex(DetailsTab);
        m_ui->dateField->setFocus();
        showMessage(tr("Write the date of the meeting as dd/mm/yyyy."), true);
        return false;
    }
    if (!parseTime(m_ui->timeLineEdit->text())) {
        Look::setFieldState(m_ui->timeLineEdit, true);
        m_ui->tabWidget->setCurrentIndex(DetailsTab);
        m_ui->timeLineEdit->setFocus();
        showMessage(tr("Write the time as 09.00 or 13.30, or leave it empty."), true);
        return false;
    }
    const MeetingDraft draft = formDraft();
    MeetingRepository repository(m_db);
    const bool created = !m_meeting;
    auto stored =
        created ? repository.create(m_actor, draft) : repository.update(m_actor, m_meeting->id, draft);
    if (!stored) {
        showMessage(describe(stored.error()), true);
        return false;
    }
    showMeeting(*stored);
    showMessage(created ? tr("Meeting %1 was created. Add the attendees and the agenda.").arg(stored->number)
                        : tr("Saved."),
                false);
    Q_EMIT meetingSaved(stored->id);
    return true;
}

bool MeetingView::keepWork()
{
    if (!m_dirty || isReadOnly()) {
        return true;
    }
    return save();
}

void MeetingView::goBack()
{
    // A new meeting that cannot be saved (no date yet) is dropped; a stored one stays open until its
    // data can be saved.
    if (!keepWork() && m_meeting) {
        return;
    }
    Q_EMIT backRequested();
}

void MeetingView::saveThenEmit(void (MeetingView::*signal)(qint64))
{
    if (!isReadOnly() && (m_dirty || !m_meeting) && !save()) {
        return;
    }
    if (m_meeting) {
        Q_EMIT(this->*signal)(m_meeting->id);
    }
}

} // namespace verdes::ui
