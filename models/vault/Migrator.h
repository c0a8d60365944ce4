// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"

#include <QList>
#include <QString>

namespace verdes {

class Database;

// The schema as ordered migrations shipped in resources/sql (`:/sql/NNNN_name.sql`). The schema
// version is SQLite's user_version. Opening an older vault applies the missing migrations inside
// one transaction, so a crash half-way leaves the old schema intact; a vault newer than the app
// is refused with VaultNewerSchema and not touched.
class Migrator final
{
public:
    struct Migration
    {
        int version = 0;
        QString name;
        QString resourcePath;
    };

    // The migrations this build ships, in order. Versions are 1, 2, 3... without gaps.
    static QList<Migration> available();
    static int latestVersion();

    // The schema version of an open database (0 for an empty one).
    static Result<int> currentVersion(Database &db);

    // Brings the database to latestVersion(). Returns the version it was at before.
    static Result<int> migrate(Database &db);
};

} // namespace verdes
