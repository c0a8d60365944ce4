// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/DateField.h"

#include "ui/common/Look.h"

#include <QCalendarWidget>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QRegularExpression>
#include <QToolButton>

namespace verdes::ui {

namespace {

constexpr int kEarliestYear = 1900;
const QString kFormat = QStringLiteral("dd/MM/yyyy");

} // namespace

DateField::DateField(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_button(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_edit->setObjectName(QStringLiteral("dateLineEdit"));
    m_edit->setPlaceholderText(tr("dd/mm/yyyy"));
    m_edit->setMaxLength(10);
    m_edit->setClearButtonEnabled(true);
    m_edit->setMinimumWidth(m_edit->fontMetrics().horizontalAdvance(QStringLiteral("00/00/00000")) + 40);
    m_button->setObjectName(QStringLiteral("calendarButton"));
    m_button->setText(QStringLiteral("…"));
    m_button->setToolTip(tr("Choose the date on a calendar"));
    m_button->setAccessibleName(tr("Calendar"));
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_button);
    setFocusProxy(m_edit);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);

    connect(m_edit, &QLineEdit::textChanged, this, &DateField::onTextChanged);
    connect(m_edit, &QLineEdit::editingFinished, this, &DateField::normalise);
    connect(m_button, &QToolButton::clicked, this, &DateField::openCalendar);
    updateState();
}

DateField::~DateField() = default;

std::optional<QDate> DateField::parse(QStringView text)
{
    const QString trimmed = text.trimmed().toString();
    static const QRegularExpression digits(QStringLiteral("^(\\d{2})(\\d{2})(\\d{4})$"));
    static const QRegularExpression separated(QStringLiteral("^(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})$"));
    QRegularExpressionMatch match = digits.match(trimmed);
    if (!match.hasMatch()) {
        match = separated.match(trimmed);
    }
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    const QDate date(match.captured(3).toInt(), match.captured(2).toInt(), match.captured(1).toInt());
    if (!date.isValid() || date.year() < kEarliestYear) {
        return std::nullopt;
    }
    return date;
}

QDate DateField::date() const
{
    return parse(m_edit->text()).value_or(QDate());
}

void DateField::setDate(const QDate &date)
{
    m_edit->setText(date.isValid() ? date.toString(kFormat) : QString());
}

bool DateField::isEmpty() const
{
    return m_edit->text().trimmed().isEmpty();
}

bool DateField::isAcceptable() const
{
    return isEmpty() || parse(m_edit->text()).has_value();
}

QString DateField::text() const
{
    return m_edit->text();
}

void DateField::onTextChanged()
{
    updateState();
    const QDate now = date();
    if (now != m_lastDate) {
        m_lastDate = now;
        Q_EMIT dateChanged(now);
    }
}

void DateField::normalise()
{
    // Only a real date is rewritten, to the same date in the shown form (14031975 -> 14/03/1975);
    // anything else stays exactly as typed, marked, for the officer to correct.
    if (const auto parsed = parse(m_edit->text()); parsed && m_edit->text() != parsed->toString(kFormat)) {
        m_edit->setText(parsed->toString(kFormat));
    }
}

void DateField::updateState()
{
    const bool bad = !isAcceptable();
    Look::setFieldState(m_edit, bad);
    m_edit->setToolTip(bad ? tr("“%1” is not a date: type it as dd/mm/yyyy, for example 14/03/1975.")
                                 .arg(m_edit->text().trimmed())
                           : QString());
}

void DateField::openCalendar()
{
    if (m_calendar == nullptr) {
        m_calendar = new QCalendarWidget(this);
        m_calendar->setObjectName(QStringLiteral("calendarPopup"));
        m_calendar->setWindowFlags(Qt::Popup);
        m_calendar->setMinimumDate(QDate(kEarliestYear, 1, 1));
        m_calendar->setGridVisible(true);
        connect(m_calendar, &QCalendarWidget::activated, this, [this](const QDate &chosen) {
            setDate(chosen);
            m_calendar->hide();
            m_edit->setFocus();
        });
        connect(m_calendar, &QCalendarWidget::clicked, this, [this](const QDate &chosen) {
            setDate(chosen);
            m_calendar->hide();
            m_edit->setFocus();
        });
    }
    const QDate shown = date();
    const QDate today = QDate::currentDate();
    const QSignalBlocker block(m_calendar);
    m_calendar->setSelectedDate(shown.isValid() ? shown : today);
    m_calendar->setCurrentPage(shown.isValid() ? shown.year() : today.year(),
                               shown.isValid() ? shown.month() : today.month());
    m_calendar->adjustSize();
    m_calendar->move(mapToGlobal(QPoint(0, height())));
    m_calendar->show();
    m_calendar->setFocus();
}

} // namespace verdes::ui
