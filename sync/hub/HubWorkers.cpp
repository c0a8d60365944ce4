// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/hub/HubWorkers.h"

#include "sync/hub/Hub.h"

#include <QThread>

namespace verdes::hub {

Result<std::unique_ptr<HubWorkers>> HubWorkers::start(std::unique_ptr<Hub> first, int count)
{
    std::unique_ptr<HubWorkers> workers(new HubWorkers);
    for (int i = 1; i < count; ++i) {
        VERDES_TRY_ASSIGN(hub, first->another());
        workers->m_hubs.push_back(std::move(hub));
    }
    workers->m_hubs.push_back(std::move(first));
    for (const auto &hub : workers->m_hubs) {
        Hub *own = hub.get();
        HubWorkers *self = workers.get();
        workers->m_threads.emplace_back(QThread::create([self, own] {
            self->work(*own);
        }));
        workers->m_threads.back()->setObjectName(QStringLiteral("hub worker"));
        workers->m_threads.back()->start();
    }
    return workers;
}

HubWorkers::~HubWorkers()
{
    {
        const QMutexLocker lock(&m_mutex);
        m_stopping = true;
        m_wake.wakeAll();
    }
    for (const auto &thread : m_threads) {
        thread->wait();
    }
}

void HubWorkers::post(Job job)
{
    const QMutexLocker lock(&m_mutex);
    m_jobs.push_back(std::move(job));
    m_wake.wakeOne();
}

int HubWorkers::waiting()
{
    const QMutexLocker lock(&m_mutex);
    return static_cast<int>(m_jobs.size());
}

void HubWorkers::work(Hub &hub)
{
    while (true) {
        Job job;
        {
            QMutexLocker lock(&m_mutex);
            while (m_jobs.empty() && !m_stopping) {
                m_wake.wait(&m_mutex);
            }
            if (m_stopping) {
                return;
            }
            job = std::move(m_jobs.front());
            m_jobs.pop_front();
        }
        job(hub);
    }
}

} // namespace verdes::hub
