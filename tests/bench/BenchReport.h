// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace verdes {

// The figures of one benchmark run (CONVENTIONS.md §14): each value next to its baseline measured in
// the same run, the ratio, the target and whether it was met. Printed as a table or as JSON
// (`figures`: name, value, unit, baseline, ratio, target, pass, note).
class BenchReport final
{
public:
    struct Target
    {
        std::optional<double> maxValue; // value < maxValue
        std::optional<double> maxRatio; // value / baseline <= maxRatio
        // value >= minValue (a rate: batches per second); last and defaulted, so that a target written
        // {maxValue, maxRatio} stays as it is.
        std::optional<double> minValue = std::nullopt;
    };

    struct Figure
    {
        QString name;
        std::optional<double> value; // empty: not measured (see note)
        QString unit;
        std::optional<double> baseline;
        Target target;
        QString note;

        std::optional<double> ratio() const;
        // Empty when there is nothing to judge (no value, or no target).
        std::optional<bool> pass() const;
        QString targetText() const;
    };

    void add(Figure figure);
    void setContext(const QString &key, const QString &value);

    const QList<Figure> &figures() const { return m_figures; }

    bool allPassed() const;
    QString table() const;
    QJsonObject json() const;

private:
    QList<Figure> m_figures;
    QJsonObject m_context;
};

} // namespace verdes
