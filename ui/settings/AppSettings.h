// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace verdes::ui {

// The user's preferences, kept with QSettings (no personal data: folder paths and choices only).
class AppSettings final
{
public:
    static constexpr int kDefaultAutoLockMinutes = 10;
    static constexpr int kMaxRecentVaults = 8;
    static constexpr int kDefaultCutOffDay = 17;

    static QString language(); // "id" (default) or "en"
    static void setLanguage(const QString &language);

    static int autoLockMinutes(); // 0 = never
    static void setAutoLockMinutes(int minutes);

    static bool maskNik(); // mask NIK and KK in lists (default true)
    static void setMaskNik(bool mask);

    // The day of the month by which a meeting's decisions must be entered to count for that month
    // (DOMAIN.md §7: the 17th by default), 1–28.
    static int meetingCutOffDay();
    static void setMeetingCutOffDay(int day);

    // How many are expected at a meeting, for the quorum indicator (0 = not set; never enforced).
    static int meetingExpectedAttendance();
    static void setMeetingExpectedAttendance(int count);

    static QStringList recentVaults();
    static void addRecentVault(const QString &folder);
    static void removeRecentVault(const QString &folder);

    static QByteArray windowGeometry();
    static void setWindowGeometry(const QByteArray &geometry);
};

} // namespace verdes::ui
