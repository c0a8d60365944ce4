// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/quality/QualityCheck.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace verdes {

struct QualityFlag;

// The plain words of the data-quality checks, in the interface language.
class QualityText
{
    Q_DECLARE_TR_FUNCTIONS(QualityText)

public:
    // The check's short name ("Deceased member").
    static QString label(QualityCheck check);
    // Why the flag was raised, one sentence without personal data.
    static QString reason(const QualityFlag &flag);
    // The evidence items in words, joined by "; ": the field's label and the value's meaning from
    // the field table ("Keberadaan: meninggal"), never a column id; the rule id item is left out.
    static QString evidence(const QStringList &items);
    // One item ("presence=2" -> "Presence: deceased").
    static QString evidenceItem(const QString &item);
    // "Open", "Dismissed", "Closed".
    static QString statusLabel(const QString &statusCode);
};

} // namespace verdes
