// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/vault/Actor.h"
#include "models/vault/Vault.h"

#include <QDate>
#include <QList>
#include <QWidget>

#include <memory>
#include <optional>

class QPushButton;
class QTableWidget;

namespace Ui {
class MeetingPage;
} // namespace Ui

namespace verdes {
class Database;
} // namespace verdes

namespace verdes::ui {

class MeetingView;

// The "Musdes" page of the main window: the village's meetings (number, kind, date, place, chair,
// items, decided, attendees, seal) newest first, with a line that says when the last sealed meeting
// was, as a warning after 90 days or when there is none (Kepmensos 73/2024: a meeting every three
// months, else an SPTJM). "New meeting…" (Ctrl+Shift+M in the window) and Enter or a double click on
// a meeting open the meeting view in the page; it goes back to the list with Alt+Left.
//
// The page only asks for what is made elsewhere: running the meeting (runRequested), its documents
// (documentsRequested) and the empty attendance sheet (attendanceSheetRequested).
class MeetingPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MeetingPage)

public:
    enum Column
    {
        NumberColumn,
        KindColumn,
        DateColumn,
        PlaceColumn,
        ChairColumn,
        ItemsColumn,
        DecidedColumn,
        AttendeesColumn,
        SealColumn,
        ColumnCount,
    };

    explicit MeetingPage(Database &db, QWidget *parent = nullptr);
    ~MeetingPage() override;

    void setActor(const Actor &actor);
    void setVillageCode(const QString &villageCode);
    // The officers of the vault: the chair of a new meeting is the one with the chair's role.
    void setOfficers(const QList<Vault::OfficerInfo> &officers);
    // The day the banner counts from (today unless set; for tests).
    void setToday(const QDate &today);

    // Reads the list again (and the meeting shown, if any).
    void reload();

    // Opens the meeting view on a new meeting or a stored one.
    void newMeeting();
    bool openMeeting(qint64 meetingId);
    // Back to the list (the view saves what changed first).
    void showList();

    // The meeting shown in the view, 0 while the list is shown.
    qint64 shownMeeting() const;
    bool isListShown() const;
    // Saves the meeting view's data if it changed (before the vault locks).
    bool keepWork();

    MeetingView *meetingView() const { return m_view; }

    QTableWidget *table() const;
    QPushButton *newMeetingButton() const;
    QString bannerText() const;

    // Whether the banner is a warning (no sealed meeting, or the last one older than 90 days).
    bool isBannerWarning() const { return m_bannerWarning; }

    // The banner for the last sealed meeting on `last` (none: nullopt) seen on `today`.
    static QString
    bannerSentence(const std::optional<QDate> &last, const QDate &today, bool *warning = nullptr);

Q_SIGNALS:
    void runRequested(qint64 meetingId);
    void documentsRequested(qint64 meetingId);
    void attendanceSheetRequested(qint64 meetingId);
    // Proposals moved between ready and on the agenda: lists of proposals should reload.
    void proposalsChanged();
    void errorOccurred(const QString &message);

private:
    void fillList();
    void updateBanner();
    void selectMeeting(qint64 meetingId);

    std::unique_ptr<Ui::MeetingPage> m_ui;
    Database &m_db;
    MeetingView *m_view = nullptr;
    QDate m_today;
    bool m_bannerWarning = false;
};

} // namespace verdes::ui
