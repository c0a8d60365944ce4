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
// The RSS target, for this load of small batches: the hub process is about 25 MB idle (Qt, OpenSSL,
// SQLCipher); on SQLite it adds the page cache every connection gets (64 MiB, Database), filled once
// hub.db outgrows it; and each connection holds at most one request (a part of 1 MiB and 64 KiB of
// headers, GuardedTcpServer), eight at a time here. That is about 100 MB at most; 150 MB leaves half
// as much again for the allocator. A large batch (photos) is held whole while it is ingested: not
// measured here.
class SyncBench final
{
public:
    static constexpr int kProposals = 1'000;
    static constexpr qsizetype kEvidenceBytes = 100 * 1024;
    static constexpr double kBatchTargetMs = 50.0;
    static constexpr double kIngestTargetPerSecond = 200.0;
    static constexpr double kHubRssTargetMb = 150.0;

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
