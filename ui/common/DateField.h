// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QWidget>

#include <optional>

class QCalendarWidget;
class QLineEdit;
class QToolButton;

namespace verdes::ui {

// A date typed as the officer writes it, or picked from a calendar (issue 11 §2). It starts empty
// (no date is a real answer: "not recorded"), accepts `dd/mm/yyyy` (also with `-` or `.`, and one-digit
// day or month) and the bare digits `ddmmyyyy`, shows a valid date as dd/mm/yyyy, and keeps text that is
// not a date as it was typed, marked as an error, instead of changing it to something else. The
// calendar opens on the typed date, or on today's month when there is none.
class DateField final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DateField)

public:
    explicit DateField(QWidget *parent = nullptr);
    ~DateField() override;

    // The date, or an invalid QDate when the field is empty or its text is not a date.
    QDate date() const;
    // An invalid date empties the field.
    void setDate(const QDate &date);
    bool isEmpty() const;
    // Empty, or a real date.
    bool isAcceptable() const;
    QString text() const;

    QLineEdit *lineEdit() const { return m_edit; }

    QToolButton *calendarButton() const { return m_button; }

    // The calendar popup, created on first use (null before).
    QCalendarWidget *calendar() const { return m_calendar; }

    void openCalendar();

    // dd/mm/yyyy, d/m/yyyy (also with - or .) and ddmmyyyy; nullopt for anything else.
    static std::optional<QDate> parse(QStringView text);

Q_SIGNALS:
    // The field's date changed (an invalid QDate when emptied or no longer a date).
    void dateChanged(const QDate &date);

private:
    void onTextChanged();
    void normalise();
    void updateState();

    QLineEdit *m_edit = nullptr;
    QToolButton *m_button = nullptr;
    QCalendarWidget *m_calendar = nullptr;
    QDate m_lastDate;
};

} // namespace verdes::ui
