// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/musdes/Meeting.h"
#include "models/vault/Actor.h"

#include <QDate>
#include <QList>
#include <QWidget>

#include <memory>

namespace Ui {
class AgendaEditor;
} // namespace Ui

namespace verdes {
class Database;
} // namespace verdes

namespace verdes::ui {

class AgendaTree;

// The agenda of one meeting, grouped in the usual order: the opening, the flagged families (keep or
// propose removal), the new proposals, the other changes, and the closing. Proposals come from the
// ready ones (all at once or picked), families from the open data-quality warnings. An item moves
// within its section by drag and drop or Alt+Up / Alt+Down; an undecided item can be taken off
// (its proposal is ready again). Every change goes to the vault at once (MeetingRepository), and
// the tree is filled again from it. A line above says whether the meeting makes this month's
// cut-off. Read-only for a sealed meeting or a role that may not prepare one.
class AgendaEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgendaEditor)

public:
    explicit AgendaEditor(Database &db, QWidget *parent = nullptr);
    ~AgendaEditor() override;

    void setActor(const Actor &actor);
    // The meeting shown (0: none, an unsaved meeting), its date for the cut-off line, and whether it
    // may change (not sealed). Reloads.
    void setMeeting(qint64 meetingId, const QDate &date, bool sealed);
    void setMeetingDate(const QDate &date);
    // The day of the month of the cut-off (AppSettings::meetingCutOffDay, read again by setMeeting).
    void setCutOffDay(int day);
    void reload();

    const QList<AgendaItem> &items() const { return m_items; }

    AgendaTree *tree() const;
    QString cutOffText() const;
    QString messageText() const;

    // The item selected in the tree (0 when a heading or nothing is).
    qint64 selectedItem() const;
    bool selectItem(qint64 itemId);

    // What the buttons do, callable from tests.
    void addAllReady();
    void addProposals(const QList<qint64> &proposalIds);
    void addHousehold(const QString &householdId);
    void removeSelected();
    // Moves the selected item up (-1) or down (+1) within its section.
    void moveSelected(int delta);
    void moveItem(qint64 itemId, int position);
    // Opens the pickers (window-modal).
    void pickProposals();
    void pickHousehold();

    // The cut-off sentence for a meeting on `date`: "Within the cut-off of 17 December 2026" or
    // "After this month's cut-off: counts for January 2027".
    static QString cutOffSentence(const QDate &date, int cutOffDay);

Q_SIGNALS:
    // Items were added, removed or moved: proposals changed state, counts changed.
    void agendaChanged();

private:
    bool isEditable() const;
    // The open warnings of a family, in words, for the reason column of its item.
    QString warningsOf(const QString &householdId) const;
    void fill();
    void updateButtons();
    void updateCutOff();
    void showMessage(const QString &text, bool error);
    // After a change: reload, keep `selectItemId` selected, say `message`, tell the others.
    void changed(qint64 selectItemId, const QString &message = {});

    std::unique_ptr<Ui::AgendaEditor> m_ui;
    Database &m_db;
    Actor m_actor;
    qint64 m_meetingId = 0;
    QDate m_date;
    bool m_sealed = false;
    int m_cutOffDay = 17;
    QList<AgendaItem> m_items;
};

} // namespace verdes::ui
