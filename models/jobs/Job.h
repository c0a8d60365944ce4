// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace verdes {

// Long work (import, export, checks, key derivation) as an object with progress and cancel
// (CONVENTIONS.md §8). start() runs work() on a worker thread, which opens its own SQLCipher
// connection; progress() and finished() arrive queued on the thread that owns the job. The CLI drives
// the same jobs, so GUI and CLI share one implementation. cancel() asks the work to stop and roll back.
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
