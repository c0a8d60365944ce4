// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/jobs/Job.h"

#include "models/core/Log.h"

namespace verdes {

Job::Job(QObject *parent)
    : QObject(parent)
{}

Job::~Job()
{
    if (m_thread) {
        cancel();
        m_thread->wait();
    }
}

void Job::start()
{
    Q_ASSERT(!m_thread);
    // The signals are emitted from the worker thread; Qt queues them to this object's thread.
    m_thread.reset(QThread::create([this] {
        work();
        Q_EMIT finished();
    }));
    m_thread->setObjectName(QStringLiteral("verdes-job"));
    m_thread->start();
}

void Job::runHere()
{
    work();
    Q_EMIT finished();
}

bool Job::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void Job::wait()
{
    if (m_thread) {
        m_thread->wait();
    }
}

void Job::onProgress(qint64 done, qint64 total)
{
    // At most a few hundred updates per run: a queued signal per row would flood the GUI thread.
    const qint64 step = total > 0 ? qMax<qint64>(1, total / 500) : 1;
    if (done == total || m_lastDone < 0 || done - m_lastDone >= step || done < m_lastDone) {
        m_lastDone = done;
        Q_EMIT progress(done, total);
    }
}

void Job::onPhase(const QString &phase)
{
    qCDebug(lcJobs) << "phase" << phase;
    Q_EMIT phaseChanged(phase);
}

} // namespace verdes
