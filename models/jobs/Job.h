// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace verdes {

// Long work as an object with progress and cancel (CONVENTIONS.md §8): ImportJob, ExportJob,
// AuditVerifyJob, QualityCheckJob and the demo village's creation. start() runs work() on a worker
// thread; each subclass's work() opens its own SQLCipher connection there (this class opens none).
// progress() and finished() arrive queued on the thread that owns the job. cancel() asks the work to
// stop; the subclass rolls back what it wrote.
//
// Not (yet) everything long is a Job: the command line calls the same models directly rather than
// driving these jobs, and the unlock dialog derives the key on a plain QThread (issue 11 §5 gives long
// work one protocol).
//
// Subclasses keep their Result as a member, set in work(), and read it after finished().
class Job : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Job)

public:
    explicit Job(QObject *parent = nullptr);
    ~Job() override;

    // Runs work() on a new thread. Call once.
    void start();
    // Runs work() on the calling thread (for tests and the benchmark); progress is delivered directly.
    void runHere();
    bool isRunning() const;
    // Thread-safe; the work notices at its next check.
    void cancel();

    bool isCancelled() const { return m_cancelled.load(std::memory_order_relaxed); }

    // Blocks until the worker thread ends (used by destructors and the CLI).
    void wait();

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    // A short, translated description of the current phase ("Checking rows…").
    void phaseChanged(const QString &phase);
    void finished();

protected:
    // The work itself, on the worker thread. Report with reportProgress(); check isCancelled().
    virtual void work() = 0;
    void reportProgress(qint64 done, qint64 total);
    void reportPhase(const QString &phase);

private:
    std::unique_ptr<QThread> m_thread;
    std::atomic<bool> m_cancelled{false};
    qint64 m_lastDone = -1;
};

} // namespace verdes
