// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <atomic>

namespace verdes {

// The one progress-and-cancel protocol of long work (CONVENTIONS.md §8). A long model function
// takes a `Progress &` and, as it goes, reports how far it is (report(done, total)), says in a
// short translated text what it is doing (setPhase()), and asks isCancelled() often enough to stop
// within a fraction of a second. Cancelled work rolls back what it wrote and returns
// ErrorCode::Cancelled.
//
// Whoever wants the reports subclasses it and overrides onProgress() / onPhase(): a Job forwards
// them as signals, the command line through the Job, tests record them. cancel() may be called from
// any thread. Callers that do not care pass Progress::none().
class Progress
{
public:
    Progress() = default;
    virtual ~Progress() = default;
    Progress(const Progress &) = delete;
    Progress &operator=(const Progress &) = delete;
    Progress(Progress &&) = delete;
    Progress &operator=(Progress &&) = delete;

    // For the work. `done` grows from 0 to `total` (the unit is the work's own: rows, steps, pages).
    void report(qint64 done, qint64 total) { onProgress(done, total); }

    void setPhase(const QString &phase) { onPhase(phase); }

    bool isCancelled() const { return m_cancelled.load(std::memory_order_relaxed) || cancelRequested(); }

    // report(), then whether to go on: for loops that do both at every step.
    bool advance(qint64 done, qint64 total)
    {
        report(done, total);
        return !isCancelled();
    }

    // For whoever started the work; thread-safe. The work notices at its next check.
    void cancel() { m_cancelled.store(true, std::memory_order_relaxed); }

    // Reports nowhere and is never cancelled: the default for callers that do not care. Never
    // call cancel() on it.
    static Progress &none();

protected:
    virtual void onProgress(qint64 done, qint64 total)
    {
        Q_UNUSED(done)
        Q_UNUSED(total)
    }

    virtual void onPhase(const QString &phase) { Q_UNUSED(phase) }

    // A second source of cancel besides cancel() (ProgressPart asks the whole).
    virtual bool cancelRequested() const { return false; }

private:
    std::atomic<bool> m_cancelled{false};
};

// One part of a larger piece of work: reports (offset + done) out of the whole's `total`, passes
// phases on, and is cancelled when the whole is. AuditLog::verify uses one for the content recount
// that follows its walk of the chain.
class ProgressPart final : public Progress
{
public:
    ProgressPart(Progress &whole, qint64 offset, qint64 total)
        : m_whole(whole)
        , m_offset(offset)
        , m_total(total)
    {}

protected:
    void onProgress(qint64 done, qint64 total) override
    {
        Q_UNUSED(total)
        m_whole.report(m_offset + done, m_total);
    }

    void onPhase(const QString &phase) override { m_whole.setPhase(phase); }

    bool cancelRequested() const override { return m_whole.isCancelled(); }

private:
    Progress &m_whole;
    qint64 m_offset;
    qint64 m_total;
};

} // namespace verdes
