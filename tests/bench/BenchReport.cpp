// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/bench/BenchReport.h"

#include <QJsonArray>

#include <algorithm>

namespace verdes {

namespace {

QString number(std::optional<double> value, int decimals = 2)
{
    return value ? QString::number(*value, 'f', decimals) : QStringLiteral("-");
}

QString padded(const QString &text, qsizetype width)
{
    return text + QString(std::max<qsizetype>(0, width - text.size()), u' ');
}

} // namespace

std::optional<double> BenchReport::Figure::ratio() const
{
    if (!value || !baseline || *baseline <= 0.0) {
        return std::nullopt;
    }
    return *value / *baseline;
}

std::optional<bool> BenchReport::Figure::pass() const
{
    if (!value || (!target.maxValue && !target.maxRatio && !target.minValue)) {
        return std::nullopt;
    }
    bool ok = true;
    if (target.maxValue) {
        ok = ok && *value < *target.maxValue;
    }
    if (target.minValue) {
        ok = ok && *value >= *target.minValue;
    }
    if (target.maxRatio) {
        const auto r = ratio();
        ok = ok && r && *r <= *target.maxRatio;
    }
    return ok;
}

QString BenchReport::Figure::targetText() const
{
    QStringList parts;
    if (target.maxValue) {
        parts << QStringLiteral("< %1 %2").arg(QString::number(*target.maxValue), unit);
    }
    if (target.minValue) {
        parts << QStringLiteral(">= %1 %2").arg(QString::number(*target.minValue), unit);
    }
    if (target.maxRatio) {
        parts << QStringLiteral("ratio <= %1").arg(QString::number(*target.maxRatio));
    }
    return parts.isEmpty() ? QStringLiteral("-") : parts.join(QStringLiteral(", "));
}

void BenchReport::add(Figure figure)
{
    m_figures << std::move(figure);
}

void BenchReport::setContext(const QString &key, const QString &value)
{
    m_context.insert(key, value);
}

bool BenchReport::allPassed() const
{
    return std::all_of(m_figures.begin(), m_figures.end(), [](const Figure &f) {
        return f.pass().value_or(true);
    });
}

QString BenchReport::table() const
{
    const QStringList headers = {QStringLiteral("figure"),
                                 QStringLiteral("value"),
                                 QStringLiteral("baseline"),
                                 QStringLiteral("ratio"),
                                 QStringLiteral("target"),
                                 QStringLiteral("result")};
    QList<QStringList> rows;
    for (const Figure &f : m_figures) {
        const auto pass = f.pass();
        QString result =
            pass ? (*pass ? QStringLiteral("pass") : QStringLiteral("FAIL")) : QStringLiteral("-");
        if (!f.value) {
            result = QStringLiteral("not measured");
        }
        rows << QStringList{f.name,
                            f.value ? number(f.value) + u' ' + f.unit : QStringLiteral("-"),
                            f.baseline ? number(f.baseline) + u' ' + f.unit : QStringLiteral("-"),
                            number(f.ratio()),
                            f.targetText(),
                            result};
    }
    QList<qsizetype> widths;
    for (const QString &header : headers) {
        widths << header.size();
    }
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            widths[i] = std::max(widths[i], row.at(i).size());
        }
    }
    const auto line = [&](const QStringList &cells) -> QString {
        QString text = QStringLiteral("| ");
        for (qsizetype i = 0; i < cells.size(); ++i) {
            text += padded(cells.at(i), widths.at(i)) + QStringLiteral(" | ");
        }
        return text.trimmed() + u'\n';
    };
    QString out = line(headers);
    QStringList rule;
    for (const qsizetype width : widths) {
        rule << QString(width, u'-');
    }
    out += line(rule);
    for (const QStringList &row : rows) {
        out += line(row);
    }
    QStringList notes;
    for (const Figure &f : m_figures) {
        if (!f.note.isEmpty()) {
            notes << QStringLiteral("- %1: %2").arg(f.name, f.note);
        }
    }
    if (!notes.isEmpty()) {
        out.append(u'\n');
        out.append(notes.join(u'\n'));
        out.append(u'\n');
    }
    return out;
}

QJsonObject BenchReport::json() const
{
    QJsonArray figures;
    const auto optional = [](std::optional<double> value) {
        return value ? QJsonValue(*value) : QJsonValue();
    };
    for (const Figure &f : m_figures) {
        QJsonObject target;
        if (f.target.maxValue) {
            target.insert(QStringLiteral("max_value"), *f.target.maxValue);
        }
        if (f.target.maxRatio) {
            target.insert(QStringLiteral("max_ratio"), *f.target.maxRatio);
        }
        if (f.target.minValue) {
            target.insert(QStringLiteral("min_value"), *f.target.minValue);
        }
        const auto pass = f.pass();
        figures.append(QJsonObject{{QStringLiteral("name"), f.name},
                                   {QStringLiteral("value"), optional(f.value)},
                                   {QStringLiteral("unit"), f.unit},
                                   {QStringLiteral("baseline"), optional(f.baseline)},
                                   {QStringLiteral("ratio"), optional(f.ratio())},
                                   {QStringLiteral("target"), target},
                                   {QStringLiteral("pass"), pass ? QJsonValue(*pass) : QJsonValue()},
                                   {QStringLiteral("note"), f.note}});
    }
    return QJsonObject{{QStringLiteral("context"), m_context}, {QStringLiteral("figures"), figures}};
}

} // namespace verdes
