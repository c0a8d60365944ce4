// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/LoopbackProxy.h"

#include <QPointer>
#include <QTcpSocket>

namespace verdes::test {

// One connection: the village's socket (owned by the server) and the one to the hub (its child).
struct LoopbackProxy::Pair
{
    QPointer<QTcpSocket> client;
    QPointer<QTcpSocket> upstream;
};

LoopbackProxy::LoopbackProxy(quint16 upstream, QObject *parent)
    : QObject(parent)
    , m_upstream(upstream)
{
    QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
        accept();
    });
    m_server.listen(QHostAddress::LocalHost, 0);
}

LoopbackProxy::~LoopbackProxy()
{
    m_server.close();
    for (Pair *pair : std::as_const(m_pairs)) {
        if (pair->client) {
            QObject::disconnect(pair->client, nullptr, this, nullptr);
            delete pair->client.data(); // its socket to the hub goes with it
        }
    }
    qDeleteAll(m_pairs);
}

quint16 LoopbackProxy::port() const
{
    return m_server.serverPort();
}

void LoopbackProxy::setUpstream(quint16 upstream)
{
    m_upstream = upstream;
}

void LoopbackProxy::setFault(Mode mode, qint64 afterBytes, Count count)
{
    m_mode = mode;
    m_count = count;
    m_faultAt = afterBytes;
    m_counted = 0;
    m_faulted = false;
    if (afterBytes == 0) {
        trigger();
    }
}

void LoopbackProxy::pass()
{
    dropAll();
    m_mode = Mode::Pass;
    m_faultAt = -1;
    m_faulted = false;
}

void LoopbackProxy::setOnFault(std::function<void()> hook)
{
    m_hook = std::move(hook);
}

void LoopbackProxy::accept()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        if (m_faulted && m_mode == Mode::Cut) {
            client->abort();
            client->deleteLater();
            continue;
        }
        auto *pair = new Pair{client, nullptr};
        m_pairs.append(pair);
        QObject::connect(client, &QObject::destroyed, this, [this, pair] {
            m_pairs.removeOne(pair);
            delete pair;
        });
        QObject::connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        if (m_faulted && m_mode == Mode::Stall) {
            // Taken, and then nothing: the village waits for a handshake that never comes.
            QObject::connect(client, &QTcpSocket::readyRead, client, [client] {
                client->readAll();
            });
            continue;
        }
        auto *upstream = new QTcpSocket(client);
        pair->upstream = upstream;
        QObject::connect(client, &QTcpSocket::readyRead, this, [this, pair] {
            forward(pair, true);
        });
        QObject::connect(upstream, &QTcpSocket::readyRead, this, [this, pair] {
            forward(pair, false);
        });
        // The hub closing (or dying) closes the village's connection, unless the line is stalled: then
        // the village hears nothing at all. (The village's socket is the context: while it is being
        // destroyed, its child socket to the hub says it disconnected, and nobody must hear that.)
        const auto hubGone = [this, client] {
            if (!(m_faulted && m_mode == Mode::Stall)) {
                client->disconnectFromHost();
            }
        };
        QObject::connect(upstream, &QTcpSocket::disconnected, client, hubGone);
        QObject::connect(upstream, &QTcpSocket::errorOccurred, client, hubGone);
        upstream->connectToHost(QHostAddress::LocalHost, m_upstream);
    }
}

void LoopbackProxy::forward(Pair *pair, bool up)
{
    QTcpSocket *from = up ? pair->client.data() : pair->upstream.data();
    QTcpSocket *to = up ? pair->upstream.data() : pair->client.data();
    if (from == nullptr) {
        return;
    }
    QByteArray bytes = from->readAll();
    if (to == nullptr || (m_faulted && m_mode != Mode::Pass)) {
        return; // cut or stalled: these bytes go nowhere
    }
    const bool counts = m_count == Count::Both || (up == (m_count == Count::Up));
    qint64 head = bytes.size();
    bool due = false;
    if (counts && m_faultAt >= 0 && !m_faulted && m_counted + bytes.size() >= m_faultAt) {
        due = true;
        if (m_mode != Mode::Pass) {
            head = m_faultAt - m_counted; // the bytes before the fault still go
        }
    }
    if (counts) {
        m_counted += head;
    }
    (up ? m_up : m_down) += head;
    to->write(bytes.left(head));
    if (due) {
        trigger();
    }
}

void LoopbackProxy::trigger()
{
    m_faulted = true;
    if (m_hook) {
        m_hook();
    }
    if (m_mode == Mode::Cut) {
        dropAll();
    }
}

void LoopbackProxy::dropAll()
{
    const QList<Pair *> pairs = m_pairs;
    for (Pair *pair : pairs) {
        if (pair->upstream) {
            pair->upstream->abort();
        }
        if (pair->client) {
            pair->client->abort();
            pair->client->deleteLater();
        }
    }
}

} // namespace verdes::test
