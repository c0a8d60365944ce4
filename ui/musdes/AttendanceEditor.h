// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/musdes/Meeting.h"
#include "models/vault/Actor.h"

#include <QList>
#include <QWidget>

#include <memory>

class QTableWidget;
class QTableWidgetItem;

namespace Ui {
class AttendanceEditor;
} // namespace Ui

namespace verdes {
class Database;
} // namespace verdes

namespace verdes::ui {

// Who attended one meeting: name, role (DOMAIN.md §7), RT/RW and whether they signed on paper. The
// line under the table adds an attendee (Enter in any of its fields) or, after "Change…" (or Enter on
// a row), saves the change; Delete removes the selected one. The box "signed on paper" can also be
// ticked in the table (Space). Above, the quorum indicator: how many came of how many were expected,
// in green when the quorum is reached, amber when not; it never blocks the meeting. Every change goes
// to the vault at once (MeetingRepository). Read-only for a sealed meeting or a role that may not
// prepare one.
class AttendanceEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttendanceEditor)

public:
    enum Column
    {
        NumberColumn,
        NameColumn,
        RoleColumn,
        PlaceColumn,
        SignedColumn,
        ColumnCount,
    };

    explicit AttendanceEditor(Database &db, QWidget *parent = nullptr);
    ~AttendanceEditor() override;

    void setActor(const Actor &actor);
    // The meeting shown (0: an unsaved meeting) and whether it is sealed. Reloads.
    void setMeeting(qint64 meetingId, bool sealed);
    void reload();

    const QList<Attendee> &attendees() const { return m_attendees; }

    QTableWidget *table() const;
    Quorum quorum() const;
    QString quorumText() const;
    QString messageText() const;

    // The entry line, for tests: fills it as the officer would.
    void
    setEntry(const QString &name, AttendeeRole role, const QString &rtRw = {}, bool signedOnPaper = false);
    // Adds the attendee of the entry line (or saves the change being made); false with a message
    // when refused.
    bool submitEntry();
    // Loads the selected attendee into the entry line to change it.
    void editSelected();
    void cancelEdit();
    void removeSelected();
    bool selectAttendee(qint64 attendeeId);
    // Sets the expected number (0 = not set), kept as the default for later meetings.
    void setExpected(int expected);

    // "Present 14 of 20 — quorum reached"; plain text.
    static QString quorumSentence(const Quorum &quorum);

Q_SIGNALS:
    void attendanceChanged();
    // The quorum line changed (attendance or the expected number).
    void quorumChanged();
    // "Print an empty attendance sheet…": the documents are made elsewhere.
    void attendanceSheetRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool isEditable() const;
    void fill();
    void updateQuorum();
    void updateButtons();
    void showMessage(const QString &text, bool error);
    void onItemChanged(QTableWidgetItem *item);

    std::unique_ptr<Ui::AttendanceEditor> m_ui;
    Database &m_db;
    Actor m_actor;
    qint64 m_meetingId = 0;
    bool m_sealed = false;
    qint64 m_editing = 0; // the attendee being changed in the entry line, 0 when adding
    QList<Attendee> m_attendees;
};

} // namespace verdes::ui
