// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/AppSettings.h"

#include <QDir>
#include <QSettings>

namespace verdes::ui {

namespace {

const QString kLanguageKey = QStringLiteral("ui/language");
const QString kAutoLockKey = QStringLiteral("security/autoLockMinutes");
const QString kMaskNikKey = QStringLiteral("privacy/maskNik");
const QString kRecentKey = QStringLiteral("vaults/recent");
const QString kGeometryKey = QStringLiteral("ui/geometry");
const QString kCutOffDayKey = QStringLiteral("musdes/cutOffDay");
const QString kExpectedAttendanceKey = QStringLiteral("musdes/expectedAttendance");

} // namespace

QString AppSettings::language()
{
    const QString value = QSettings().value(kLanguageKey, QStringLiteral("id")).toString();
    return value == u"en" ? value : QStringLiteral("id");
}

void AppSettings::setLanguage(const QString &language)
{
    QSettings().setValue(kLanguageKey, language);
}

int AppSettings::autoLockMinutes()
{
    return qBound(0, QSettings().value(kAutoLockKey, kDefaultAutoLockMinutes).toInt(), 240);
}

void AppSettings::setAutoLockMinutes(int minutes)
{
    QSettings().setValue(kAutoLockKey, minutes);
}

bool AppSettings::maskNik()
{
    return QSettings().value(kMaskNikKey, true).toBool();
}

void AppSettings::setMaskNik(bool mask)
{
    QSettings().setValue(kMaskNikKey, mask);
}

int AppSettings::meetingCutOffDay()
{
    return qBound(1, QSettings().value(kCutOffDayKey, kDefaultCutOffDay).toInt(), 28);
}

void AppSettings::setMeetingCutOffDay(int day)
{
    QSettings().setValue(kCutOffDayKey, qBound(1, day, 28));
}

int AppSettings::meetingExpectedAttendance()
{
    return qBound(0, QSettings().value(kExpectedAttendanceKey, 0).toInt(), 9999);
}

void AppSettings::setMeetingExpectedAttendance(int count)
{
    QSettings().setValue(kExpectedAttendanceKey, qBound(0, count, 9999));
}

QStringList AppSettings::recentVaults()
{
    QStringList folders = QSettings().value(kRecentKey).toStringList();
    folders.removeIf([](const QString &folder) {
        return !QDir(folder).exists();
    });
    return folders;
}

void AppSettings::addRecentVault(const QString &folder)
{
    QStringList folders = QSettings().value(kRecentKey).toStringList();
    folders.removeAll(folder);
    folders.prepend(folder);
    while (folders.size() > kMaxRecentVaults) {
        folders.removeLast();
    }
    QSettings().setValue(kRecentKey, folders);
}

void AppSettings::removeRecentVault(const QString &folder)
{
    QStringList folders = QSettings().value(kRecentKey).toStringList();
    folders.removeAll(folder);
    QSettings().setValue(kRecentKey, folders);
}

QByteArray AppSettings::windowGeometry()
{
    return QSettings().value(kGeometryKey).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    QSettings().setValue(kGeometryKey, geometry);
}

} // namespace verdes::ui
