// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/musdes/Meeting.h"
#include "models/musdes/MeetingRepository.h"
#include "models/vault/Actor.h"
#include "models/vault/Vault.h"

#include <QList>
#include <QWidget>

#include <memory>
#include <optional>

class QTabWidget;

namespace Ui {
class MeetingView;
} // namespace Ui

namespace verdes {
class Database;
} // namespace verdes

namespace verdes::ui {

class AgendaEditor;
class AttendanceEditor;

// One meeting being prepared: its data (kind, date, time, place, chair, minute-taker, notes, and for
// an addendum the sealed meeting it corrects), its attendance and its agenda, in three tabs. A new
// meeting takes its kind from the village code and the chair from the officer with the chair's role;
// attendance and agenda open once it is saved. The data is saved with Ctrl+S or "Save", and when
// going back to the list (Alt+Left); attendance and agenda are saved as they change. "Run the
// meeting" and "Documents…" ask the window to open the operator's console or the documents of the
// meeting (after saving). A sealed meeting is shown read-only with its seal, as is every meeting to
// an officer whose role may not prepare one.
class MeetingView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MeetingView)

public:
    enum Tab
    {
        DetailsTab,
        AttendanceTab,
        AgendaTab,
    };

    explicit MeetingView(Database &db, QWidget *parent = nullptr);
    ~MeetingView() override;

    void setActor(const Actor &actor);
    void setVillageCode(const QString &villageCode);
    void setOfficers(const QList<Vault::OfficerInfo> &officers);

    // An empty form for a new meeting, with the village's defaults.
    void startNew();
    // Shows a stored meeting; false (with the message shown) when it cannot be read.
    bool openMeeting(qint64 meetingId);

    // The meeting shown; 0 while a new one is not saved yet.
    qint64 meetingId() const { return m_meeting ? m_meeting->id : 0; }

    const std::optional<Meeting> &meeting() const { return m_meeting; }

    bool isReadOnly() const;

    bool isDirty() const { return m_dirty; }

    // Creates or updates the meeting from the form. True when it is saved (or there was nothing to
    // save); false with the message shown.
    bool save();
    // Saves the form if it changed (before the vault locks or the view goes back to the list).
    bool keepWork();

    // The form as a draft (what save() stores).
    MeetingDraft formDraft() const;

    QTabWidget *tabs() const;

    AttendanceEditor *attendanceEditor() const { return m_attendance; }

    AgendaEditor *agendaEditor() const { return m_agenda; }

    QString messageText() const;
    QString headerText() const;
    QString summaryText() const;
    QString noticeText() const;

    // The name of the officer with the chair's role, the default chair of a new meeting (empty when
    // no officer has it).
    static QString defaultChair(const QList<Vault::OfficerInfo> &officers);

Q_SIGNALS:
    void backRequested();
    // The meeting was created or its data saved.
    void meetingSaved(qint64 meetingId);
    // Attendance or agenda changed (proposals moved between ready and on the agenda).
    void contentChanged();
    void runRequested(qint64 meetingId);
    void documentsRequested(qint64 meetingId);
    void attendanceSheetRequested(qint64 meetingId);

private:
    void showMeeting(const Meeting &meeting);
    void fillChoices();
    void fillAddendumChoices();
    void setFormEnabled(bool enabled);
    void updateHeader();
    void updateSummary();
    void updateButtons();
    void showMessage(const QString &text, bool error);
    void markDirty();
    void goBack();
    void saveThenEmit(void (MeetingView::*signal)(qint64));

    std::unique_ptr<Ui::MeetingView> m_ui;
    Database &m_db;
    AttendanceEditor *m_attendance = nullptr;
    AgendaEditor *m_agenda = nullptr;
    Actor m_actor;
    QString m_villageCode;
    QList<Vault::OfficerInfo> m_officers;
    std::optional<Meeting> m_meeting;
    bool m_dirty = false;
    bool m_loading = false;
};

} // namespace verdes::ui
