// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/hub/GuardedTcpServer.h"

#include "models/core/Log.h"

#include <QSslSocket>
#include <QTimer>

#include <algorithm>
#include <utility>

namespace verdes::hub {

namespace {

// Watches one connection. Its readyRead slot is connected before Qt HttpServer's, so it sees each
// arrival before the server reads it; the server answering (bytesWritten) starts a new request.
class ConnectionGuard final : public QObject
{
public:
    ConnectionGuard(QTcpSocket *socket, const GuardedTcpServer::Limits &limits)
        : QObject(socket)
        , m_socket(socket)
        , m_limits(limits)
    {
        m_idle.setSingleShot(true);
        m_idle.setInterval(limits.idleTimeoutMs);
        m_request.setSingleShot(true);
        m_request.setInterval(limits.requestTimeoutMs);
        connect(&m_idle, &QTimer::timeout, this, [this] {
            close("idle");
        });
        connect(&m_request, &QTimer::timeout, this, [this] {
            close("too slow");
        });
        connect(socket, &QIODevice::readyRead, this, &ConnectionGuard::arrived);
        connect(socket, &QIODevice::bytesWritten, this, [this] {
            m_requestBytes = 0;
            m_head.clear();
            m_request.start();
        });
        m_idle.start();
        m_request.start();
    }

private:
    void arrived()
    {
        m_idle.start();
        const qint64 available = m_socket->bytesAvailable();
        // The request's first bytes (Qt HttpServer reads each arrival after this slot): its line says
        // which limit applies.
        if (m_head.size() < kHeadBytes) {
            m_head.append(m_socket->peek(std::min<qint64>(available, kHeadBytes - m_head.size())));
        }
        m_requestBytes += available;
        if (m_requestBytes > m_limits.maxRequestBytes && m_requestBytes > limitOfThisRequest()) {
            qCInfo(lcSync) << "http: a request over" << limitOfThisRequest() << "bytes refused";
            m_socket->write(
                "HTTP/1.1 413 Payload Too Large\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            m_socket->flush();
            m_socket->readAll();
            m_socket->abort();
        }
    }

    qint64 limitOfThisRequest() const
    {
        for (const auto &[start, limit] : m_limits.largerRequests) {
            if (m_head.startsWith(start)) {
                return limit;
            }
        }
        return m_limits.maxRequestBytes;
    }

    void close(const char *why)
    {
        qCInfo(lcSync) << "http: connection closed," << why;
        m_socket->abort();
    }

    static constexpr qsizetype kHeadBytes = 64;

    QTcpSocket *m_socket;
    GuardedTcpServer::Limits m_limits;
    qint64 m_requestBytes = 0;
    QByteArray m_head; // the current request's first bytes
    QTimer m_idle;
    QTimer m_request;
};

} // namespace

GuardedTcpServer::GuardedTcpServer(std::optional<QSslConfiguration> tls, Limits limits, QObject *parent)
    : QTcpServer(parent)
    , m_tls(std::move(tls))
    , m_limits(std::move(limits))
{}

GuardedTcpServer::~GuardedTcpServer() = default;

void GuardedTcpServer::incomingConnection(qintptr handle)
{
    QTcpSocket *socket = nullptr;
    if (m_tls) {
        auto *ssl = new QSslSocket(this);
        ssl->setSslConfiguration(*m_tls);
        connect(ssl, &QSslSocket::sslErrors, ssl, [ssl](const QList<QSslError> &) {
            qCInfo(lcSync) << "http: TLS handshake failed";
            ssl->abort();
        });
        socket = ssl;
    } else {
        socket = new QTcpSocket(this);
    }
    if (!socket->setSocketDescriptor(handle)) {
        socket->deleteLater();
        return;
    }
    new ConnectionGuard(socket, m_limits); // a child of the socket
    if (auto *ssl = qobject_cast<QSslSocket *>(socket)) {
        ssl->startServerEncryption();
    }
    addPendingConnection(socket);
}

} // namespace verdes::hub
