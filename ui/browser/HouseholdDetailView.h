// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/Field.h"
#include "models/domain/Household.h"
#include "models/domain/Issue.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace verdes::ui {

// The read-only detail of one household as rich text: members, housing, assets, programmes and
// every validation warning in plain words. NIK and KK are masked unless `masked` is false.
// `withMembers` false leaves the members out, for a page that lists them in its own table.
class HouseholdDetailView final
{
    Q_DECLARE_TR_FUNCTIONS(HouseholdDetailView)

public:
    static QString html(const Household &household,
                        const QList<Issue> &issues,
                        bool masked,
                        QDate today,
                        bool withMembers = true);
    static QString emptyHtml();
    // A stored value in words: code labels, yes/no, flags; empty values as a dash.
    static QString valueText(Field field, const QString &value);
};

} // namespace verdes::ui
