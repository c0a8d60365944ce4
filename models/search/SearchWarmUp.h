// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"

#include <memory>

namespace verdes {

class Database;
class Statement;

// Reads what the searches touch into the connection's page cache, once, right after unlocking:
// the full-text index, the members and households tables, and the indexes the searches walk (NIK,
// KK, household, RT/RW). SQLCipher decrypts a page the first time it is read and keeps it decrypted
// in the page cache, so afterwards the searches of the session find their pages there instead of
// decrypting them one by one while the officer types. The page cache grows to hold the vault, up to
// kMaxCacheMiB. It takes a few milliseconds for an average village and about a fifth of a second for
// 50,000 households.
//
// The window shows the first page at once (issue 11) and warms up afterwards, in small steps
// between events on the GUI thread (the connection is the window's): step() reads a bounded number
// of rows and says whether it is done. run() does it all at once, for the command line and the
// benchmark. The warm-up holds a statement on the connection: destroy it before the connection.
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

    explicit SearchWarmUp(Database &db);
    ~SearchWarmUp();
    Q_DISABLE_COPY_MOVE(SearchWarmUp)

    // Reads up to `rows` more rows; true once everything has been read.
    Result<bool> step(qint64 rows);

    const Stats &stats() const { return m_stats; }

    static Result<Stats> run(Database &db);

private:
    Result<void> prepareNext();

    Database &m_db;
    int m_query = -1;
    std::unique_ptr<Statement> m_statement;
    Stats m_stats;
};

} // namespace verdes
