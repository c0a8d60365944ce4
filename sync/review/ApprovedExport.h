// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Clock.h"
#include "models/core/Result.h"
#include "models/vault/Actor.h"

#include <QString>
#include <QStringList>

namespace verdes {
class Database;
} // namespace verdes

namespace verdes::sync {

// The approved items, exported for forwarding to the ministry (issue 14 §3, DOMAIN.md §8.5: the
// SIKS-NG format is unknown, so the BNBA as the villages' meetings wrote it): one row per BNBA line,
// with the village and the item, as an Excel workbook and as CSV, and `manifest.json` naming each file
// with its SHA-256 and what was exported, signed by the exporting reviewer's own key
// (`manifest.json.sig`, the Ed25519 signature in hex, verifiable with the key in the manifest).
// Exporting personal data is an act of its own: it is audited (`review.export`), and the files are
// written for the owner only.
class ApprovedExport final
{
public:
    explicit ApprovedExport(Database &db, Clock &clock = SystemClock::instance());

    struct Written
    {
        QStringList files; // the paths written, the manifest and its signature last
        int items = 0;
        int lines = 0;
        int villages = 0;
    };

    // Writes into `folder` (which must exist); an existing file of the same name is replaced only
    // with `replace`. `villageCode` empty: every village.
    Result<Written>
    write(const Actor &actor, const QString &folder, const QString &villageCode, bool replace);

private:
    Database &m_db;
    Clock &m_clock;
};

} // namespace verdes::sync
