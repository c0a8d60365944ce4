// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"

#include <QString>

#include <functional>

namespace verdes {

class BenchReport;
class Database;

// The figures of issue 13 §6: a change batch made from a sealed meeting (built from the vault,
// encoded, signed with the device key, sealed to the hub), without and with evidence; then the hub's
// ingest over HTTPS on loopback, in batches per second, with the real `verdes-hub serve` on its
// SQLite storage, on PostgreSQL, and as two processes on one PostgreSQL database (how a hub grows),
// against the same requests answered by an empty server (verdes-bench-empty-hub, on the same TLS,
// guard and Qt HttpServer stack); the hub's CPU per batch and peak RSS under that load, and the
// disk's sync latency that bounds one process's durable commits. The vault is the bench's, with its
// village imported; the hub folders and the servers' logs are in `workFolder`, PostgreSQL's cluster
// in a temporary folder of its own (tests/support/PostgresServer), and all of it ends with the run.
//
// The RSS target: the hub holds at most one part per connection (1 MiB and 64 KiB of headers,
// GuardedTcpServer) besides Qt, OpenSSL and SQLCipher (about 25 MB idle). 100 MB leaves room for some
// 70 parts in flight at once, and still catches a leak of 75 KB per batch over the full run's 1,000.
class SyncBench final
{
public:
    static constexpr int kProposals = 1'000;
    static constexpr qsizetype kEvidenceBytes = 100 * 1024;
    static constexpr double kBatchTargetMs = 50.0;
    static constexpr double kIngestTargetPerSecond = 200.0;
    static constexpr double kHubRssTargetMb = 100.0;

    struct Options
    {
        bool quick = false;
        quint64 seed = 0;
        QString workFolder;
        std::function<void(const QString &)> progress;
    };

    static Result<void> run(BenchReport &report, Database &vault, const Options &options);
};

} // namespace verdes
