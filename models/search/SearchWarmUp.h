// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"

namespace verdes {

class Database;

// Reads what the searches touch into the connection's page cache, once, right after unlocking:
// the full-text index, the members and households tables, and the indexes the searches walk (NIK,
// KK, household, RT/RW). SQLCipher decrypts a page the first time it is read and keeps it decrypted
// in the page cache, so afterwards the searches of the session find their pages there instead of
// decrypting them one by one while the officer types. The page cache grows to hold the vault, up to
// kMaxCacheMiB. It takes a few milliseconds for an average village and about a fifth of a second for
// 50,000 households; the unlock dialog runs it on its worker thread before the vault is shown.
class SearchWarmUp final
{
public:
    static constexpr int kMinCacheMiB = 64;
    static constexpr int kMaxCacheMiB = 128;

    // What the warm-up read, for the benchmark and the log.
    struct Stats
    {
        qint64 members = 0;
        qint64 households = 0;
        qint64 indexBlocks = 0; // blocks of the full-text index
        int cacheMiB = 0;
    };

    static Result<Stats> run(Database &db);
};

} // namespace verdes
