// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"
#include "models/vault/Actor.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>

namespace verdes {

class Database;

// The demo village's prepared musdes (issue 12): proposals made ready from the village's own
// data-quality flags (members who died or moved away), each with a house photo and a letter, and a
// meeting a few days ahead with its attendance and an agenda of those proposals and one flagged
// household, so that a new user can run a meeting at once.
class DemoMeeting final
{
    Q_DECLARE_TR_FUNCTIONS(DemoMeeting)

public:
    // Returns the meeting's id. `actor` is the demo vault's operator.
    static Result<qint64> prepare(Database &db, const Actor &actor, QDate today, quint64 seed);

    // A drawn house (PNG) and a one-page letter (PDF), made without a GUI: demo evidence only.
    static QByteArray housePhoto(quint64 seed);
    static QByteArray letter(const QString &title, const QString &body);
};

} // namespace verdes
