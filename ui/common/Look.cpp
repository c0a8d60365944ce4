// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/Look.h"

#include <QCoreApplication>
#include <QLabel>
#include <QLocale>
#include <QWidget>

namespace verdes::ui {

QColor Look::error()
{
    return {0xb3, 0x26, 0x1e};
}

QColor Look::warning()
{
    return {0x8a, 0x53, 0x00};
}

QColor Look::warningBorder()
{
    return {0xc7, 0x77, 0x00};
}

QColor Look::success()
{
    return {0x1e, 0x6b, 0x2e};
}

QColor Look::noticeBackground()
{
    return {0xff, 0xf4, 0xce};
}

QColor Look::noticeText()
{
    return {0x5c, 0x44, 0x00};
}

QColor Look::changedBackground()
{
    return {0xff, 0xe0, 0xb2};
}

QString Look::css(const QColor &color)
{
    return color.name(QColor::HexRgb);
}

QString Look::errorHtml(const QString &escapedText, bool strong)
{
    return strong ? QStringLiteral("<b style='color:%1'>%2</b>").arg(css(error()), escapedText)
                  : QStringLiteral("<span style='color:%1'>%2</span>").arg(css(error()), escapedText);
}

QString Look::warningHtml(const QString &escapedText, bool strong)
{
    return strong ? QStringLiteral("<b style='color:%1'>%2</b>").arg(css(warning()), escapedText)
                  : QStringLiteral("<span style='color:%1'>%2</span>").arg(css(warning()), escapedText);
}

void Look::setMessageStyle(QLabel *label, bool isError)
{
    label->setStyleSheet(isError
                             ? QStringLiteral("QLabel { color: %1; font-weight: bold; }").arg(css(error()))
                             : QStringLiteral("QLabel { color: %1; }").arg(css(success())));
}

void Look::setErrorStyle(QLabel *label)
{
    label->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(css(error())));
}

void Look::setBannerStyle(QLabel *label, bool compact)
{
    label->setStyleSheet(
        QStringLiteral("QLabel { background: %1; color: white; font-weight: bold; padding: %2; }")
            .arg(css(error()), compact ? QStringLiteral("1px 6px") : QStringLiteral("4px")));
}

void Look::setNoticeStyle(QLabel *label)
{
    label->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; border: 1px solid #e0c060; "
                                        "padding: 4px; }")
                             .arg(css(noticeBackground()), css(noticeText())));
}

QString Look::longDate(const QDate &date)
{
    return QLocale().toString(date, QStringLiteral("d MMMM yyyy"));
}

QString Look::longDateTime(const QDateTime &dateTime)
{
    const QDateTime local = dateTime.toLocalTime();
    return tr("%1, %2", "long date, time")
        .arg(longDate(local.date()), QLocale().toString(local.time(), QLocale::ShortFormat));
}

QString Look::shortDate(const QDate &date)
{
    return QLocale().toString(date, QStringLiteral("dd/MM/yyyy"));
}

QString Look::shortDateTime(const QDateTime &dateTime)
{
    const QDateTime local = dateTime.toLocalTime();
    return tr("%1 %2", "short date, time")
        .arg(shortDate(local.date()), QLocale().toString(local.time(), QLocale::ShortFormat));
}

void Look::setFieldState(QWidget *field, bool hasError, bool hasWarning)
{
    if (hasError) {
        field->setStyleSheet(QStringLiteral("border: 2px solid %1;").arg(css(error())));
    } else if (hasWarning) {
        field->setStyleSheet(QStringLiteral("border: 2px solid %1;").arg(css(warningBorder())));
    } else {
        field->setStyleSheet(QString());
    }
}

} // namespace verdes::ui
