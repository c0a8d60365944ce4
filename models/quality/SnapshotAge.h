// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace verdes {

class Database;

// DOMAIN.md §9 "stale": the registry data in the vault is older than BPS's quarterly re-ranking, so
// deaths, moves and new desil values since then are missing. Measured from the newest snapshot
// import (or demo generation) recorded in the vault. (The other half of §9's "stale", proposals
// forwarded but not reflected in the next snapshot, needs the batches of a later issue.)
class SnapshotAge final
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotAge)

public:
    static constexpr int kStaleAfterDays = 90; // a quarter (DOMAIN.md §2, §7: re-ranking, 90 days)

    struct Age
    {
        QDate importedOn;
        qint64 days = 0;
        bool stale = false;
    };

    // The age of the newest import; std::nullopt when the vault holds no snapshot yet.
    static Result<std::optional<Age>> of(Database &db, const QDate &today);

    // The plain-words warning for a stale snapshot (empty when it is not stale).
    static QString warning(const Age &age);
};

} // namespace verdes
