// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Progress.h"

#include <QObject>
#include <QThread>

#include <memory>

namespace verdes {

// Long work as an object with progress and cancel (CONVENTIONS.md §8): ImportJob, ExportJob,
// AuditVerifyJob, QualityCheckJob, ChangeKeyJob, QuickCheckJob and the demo village's creation.
// start() runs work() on a worker thread; each subclass's work() opens its own SQLCipher connection
// there (this class opens none). A Job is the Progress (models/core/Progress.h) of its work: work()
// passes `*this` to the model function, whose reports come out as the progress() and
// phaseChanged() signals. Those and finished() arrive queued on the thread that owns the job.
// cancel() asks the work to stop; the model function rolls back what it wrote.
//
// The desktop application drives jobs with ui/jobs/JobRunner; the command line drives the same jobs
// with runHere() and prints their progress to stderr. Not everything long is a Job yet: the unlock
// dialog derives the key on a plain QThread.
//
// Subclasses keep their Result as a member, set in work(), and read it after finished().
class Job : public QObject, public Progress
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Job)

public:
    explicit Job(QObject *parent = nullptr);
    ~Job() override;

    // Runs work() on a new thread. Call once.
    void start();
    // Runs work() on the calling thread (the command line, tests and the benchmark); the signals
    // are delivered directly.
    void runHere();
    bool isRunning() const;
    // cancel() and isCancelled() are Progress's: thread-safe; the work notices at its next check.

    // Blocks until the worker thread ends (used by destructors).
    void wait();

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    // A short, translated description of the current phase ("Checking rows…").
    void phaseChanged(const QString &phase);
    void finished();

protected:
    // The work itself, on the worker thread: passes `*this` down as the work's Progress (or reports
    // with report() and setPhase() and checks isCancelled() itself).
    virtual void work() = 0;

    // Progress, turned into (throttled) signals.
    void onProgress(qint64 done, qint64 total) override;
    void onPhase(const QString &phase) override;

private:
    std::unique_ptr<QThread> m_thread;
    qint64 m_lastDone = -1;
};

} // namespace verdes
