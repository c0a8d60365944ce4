// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"
#include "sync/hub/UploadSpool.h"

#include <QHostAddress>
#include <QObject>
#include <QSslConfiguration>

#include <memory>

QT_BEGIN_NAMESPACE
class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponse;
class QTimer;
QT_END_NAMESPACE

namespace verdes::hub {

class GuardedTcpServer;
class Hub;

// The hub's HTTPS service (`verdes-hub serve`, issue 13 §3 and §4; the protocol is in docs/hub.md):
// announce-then-send uploads in resumable parts, each finished upload ingested as a USB file is and
// answered with the same signed receipt, and the revocation list for devices to fetch. It runs on the
// thread that made it, Qt HttpServer on a TCP server of its own that refuses oversized, slow and idle
// requests before Qt HttpServer buffers them.
class HubServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HubServer)

public:
    struct Options
    {
        QString spoolFolder;
        std::optional<QSslConfiguration> tls; // none: plain HTTP, behind nginx on the same machine
        qint64 partSize = qint64(1) << 20;
        qint64 maxUploadSize = qint64(256) << 20;
        int idleTimeoutMs = 20000;     // no byte from the client for this long: closed
        int requestTimeoutMs = 120000; // one request may take this long at most
    };

    HubServer(Hub &hub, Options options, QObject *parent = nullptr);
    ~HubServer() override;

    // Listens; returns the port (the one asked, or the one the system chose for port 0).
    Result<quint16> listen(const QHostAddress &address, quint16 port);

    // Reads a PEM certificate and its private key (RSA or EC) into a server TLS configuration.
    static Result<QSslConfiguration> tlsFromFiles(const QString &certificateFile, const QString &keyFile);
    // SHA-256 of the configuration's certificate (DER): the pin villages check.
    static QByteArray pinOf(const QSslConfiguration &tls);

private:
    void addRoutes();
    QHttpServerResponse announce(const QHttpServerRequest &request);
    QHttpServerResponse uploadState(const QString &id);
    QHttpServerResponse putPart(const QString &id, const QHttpServerRequest &request);
    QHttpServerResponse finish(const QString &id);
    QHttpServerResponse revocations();
    QHttpServerResponse keyChain();

    Hub &m_hub;
    Options m_options;
    UploadSpool m_spool;
    std::unique_ptr<QHttpServer> m_http;
    GuardedTcpServer *m_tcp = nullptr; // owned by m_http
    QTimer *m_sweep = nullptr;         // owned by this
};

} // namespace verdes::hub
