// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>

class QLabel;
class QWidget;

namespace verdes::ui {

// The one place that decides what "error", "warning", "done" and "demo" look like (CONVENTIONS §9):
// every widget, delegate and HTML fragment of ui/ takes its colours from here, so a change of the
// error red is one line. The colours pass WCAG AA contrast on white and on the default window colour.
class Look final
{
    Q_DECLARE_TR_FUNCTIONS(Look)

public:
    Look() = delete;

    // Text and borders of an error: a value refused, a step that failed.
    static QColor error();
    // Text of a warning (a value to check that does not block) and the border of such a field.
    static QColor warning();
    static QColor warningBorder();
    // Text of a completed step ("Draft saved.").
    static QColor success();
    // Background and text of a notice that is not an error (a stale snapshot, a role that may not…).
    static QColor noticeBackground();
    static QColor noticeText();
    // Background of a value that changed since it was read (the stale comparison).
    static QColor changedBackground();

    // `color` as "#rrggbb", for HTML and style sheets.
    static QString css(const QColor &color);
    // `text` (already HTML-escaped) in the error or the warning colour, bold when `strong`.
    static QString errorHtml(const QString &escapedText, bool strong = false);
    static QString warningHtml(const QString &escapedText, bool strong = false);

    // A message line: error (red, bold) or success (green); empty text hides nothing by itself.
    static void setMessageStyle(QLabel *label, bool error);
    // An error line under a form (red, plain weight).
    static void setErrorStyle(QLabel *label);
    // A full-width banner that must not be missed: white on the error colour (demo data, target gone).
    static void setBannerStyle(QLabel *label, bool compact = false);
    // A notice: dark text on a pale yellow box.
    static void setNoticeStyle(QLabel *label);
    // Dates in full, in the interface language, where there is room ("23 November 2026",
    // "23 November 2026, 10.15"); lists and tables keep the short dd/mm/yyyy.
    static QString longDate(const QDate &date);
    static QString longDateTime(const QDateTime &dateTime);
    // The short form, with the year in full (QLocale's short Indonesian form has two digits):
    // "23/11/2026", "23/11/2026 10.15".
    static QString shortDate(const QDate &date);
    static QString shortDateTime(const QDateTime &dateTime);

    // A field whose value breaks a rule: a red border for an error, amber for a warning, none when ok.
    static void setFieldState(QWidget *field, bool hasError, bool hasWarning = false);
};

} // namespace verdes::ui
