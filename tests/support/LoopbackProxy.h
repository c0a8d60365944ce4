// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTcpServer>

#include <functional>

QT_BEGIN_NAMESPACE
class QTcpSocket;
QT_END_NAMESPACE

namespace verdes::test {

// A TCP proxy on loopback between a village and its hub, for the fault tests of issue 13 §6. It passes
// the bytes through untouched (TLS included) until a fault is due, then behaves as a bad mobile
// connection does:
// - Cut: every connection is dropped, and every one after it, until pass() (the line stays down);
// - Stall: nothing more moves either way, the sockets stay open, and new connections are taken but go
//   nowhere, so the village's own transfer timeout has to notice;
// - Pass: nothing goes wrong; the threshold only calls the hook (a test kills the hub there).
// The fault is due once `afterBytes` bytes went through since it was set: towards the hub, towards
// the village (an answer lost after the hub acted on the request), or both ways. The hook is called once,
// on the proxy's thread, when the fault is due.
class LoopbackProxy final : public QObject
{
public:
    enum class Mode
    {
        Pass,
        Cut,
        Stall,
    };

    enum class Count
    {
        Up,   // bytes towards the hub
        Down, // bytes towards the village: the hub has acted on the request before its answer is lost
        Both, // bytes either way
    };

    // Listens on 127.0.0.1 at a port of the system's choice; `upstream` is the hub's port there.
    explicit LoopbackProxy(quint16 upstream, QObject *parent = nullptr);
    ~LoopbackProxy() override;
    LoopbackProxy(const LoopbackProxy &) = delete;
    LoopbackProxy &operator=(const LoopbackProxy &) = delete;
    LoopbackProxy(LoopbackProxy &&) = delete;
    LoopbackProxy &operator=(LoopbackProxy &&) = delete;

    quint16 port() const;
    void setUpstream(quint16 upstream);

    // A fault after `afterBytes` more bytes (0: at once). Counting starts anew.
    void setFault(Mode mode, qint64 afterBytes, Count count = Count::Up);
    // Back to a good line: every connection open now is dropped (a stalled one would never move), new
    // ones pass.
    void pass();
    void setOnFault(std::function<void()> hook);

    qint64 bytesUp() const { return m_up; }

    qint64 bytesDown() const { return m_down; }

    // Whether the fault set last is due (it happened).
    bool hasFaulted() const { return m_faulted; }

private:
    struct Pair;

    void accept();
    // Forwards `bytes` from one side of `pair` to the other, as the fault allows.
    void forward(Pair *pair, bool up);
    void trigger();
    void dropAll();

    QTcpServer m_server;
    quint16 m_upstream;
    Mode m_mode = Mode::Pass;
    Count m_count = Count::Up;
    qint64 m_faultAt = -1; // bytes counted since the fault was set; -1: none set
    qint64 m_counted = 0;
    qint64 m_up = 0;
    qint64 m_down = 0;
    bool m_faulted = false;
    std::function<void()> m_hook;
    QList<Pair *> m_pairs; // owned: each lives until its sockets are gone
};

} // namespace verdes::test
