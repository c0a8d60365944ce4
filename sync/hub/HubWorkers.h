// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"

#include <QMutex>
#include <QWaitCondition>

#include <deque>
#include <functional>
#include <memory>
#include <vector>

QT_BEGIN_NAMESPACE
class QThread;
QT_END_NAMESPACE

namespace verdes::hub {

class Hub;

// The threads that do a hub server's work on its storage and spool (HubServer), so that the thread
// that talks HTTP never waits for the database or the disk. Each thread has a Hub of its own, opened
// on the same storage as separate `verdes-hub serve` processes are, and safe together for the same
// reasons: a batch uploaded to two of them at once is stored once. While one thread waits for
// PostgreSQL, the others work. Jobs run in the order they came, each on whichever thread is free.
class HubWorkers final
{
public:
    using Job = std::function<void(Hub &)>;

    // Starts `count` threads: the first with `first`, each other one with another hub on its storage
    // (Hub::another), opened here so that one that does not open is told at once.
    static Result<std::unique_ptr<HubWorkers>> start(std::unique_ptr<Hub> first, int count);
    // Lets each thread finish the job it is on, drops the jobs not started, and stops the threads.
    ~HubWorkers();
    HubWorkers(const HubWorkers &) = delete;
    HubWorkers &operator=(const HubWorkers &) = delete;
    HubWorkers(HubWorkers &&) = delete;
    HubWorkers &operator=(HubWorkers &&) = delete;

    // Runs `job` on one of the threads, with that thread's hub.
    void post(Job job);

    int count() const { return static_cast<int>(m_hubs.size()); }

    // How many jobs wait for a free thread.
    int waiting();

private:
    HubWorkers() = default;
    void work(Hub &hub);

    QMutex m_mutex;
    QWaitCondition m_wake;
    std::deque<Job> m_jobs;
    bool m_stopping = false;
    std::vector<std::unique_ptr<Hub>> m_hubs;
    std::vector<std::unique_ptr<QThread>> m_threads;
};

} // namespace verdes::hub
