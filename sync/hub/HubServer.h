// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"
#include "sync/hub/UploadSpool.h"

#include <QHostAddress>
#include <QMutex>
#include <QObject>
#include <QSslConfiguration>

#include <functional>
#include <memory>
#include <vector>

QT_BEGIN_NAMESPACE
class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;
class QHttpServerResponse;
class QTimer;
QT_END_NAMESPACE

namespace verdes::hub {

class GuardedTcpServer;
class Hub;
class HubWorkers;

// The hub's HTTPS service (`verdes-hub serve`, issue 13 §3 and §4; the protocol is in docs/hub.md):
// announce-then-send uploads in resumable parts, each finished upload ingested as a USB file is and
// answered with the same signed receipt, and the revocation list for devices to fetch. It talks HTTP
// on the thread that made it, Qt HttpServer on a TCP server of its own that refuses oversized, slow
// and idle requests before Qt HttpServer buffers them. What a request does to the storage and the
// spool runs on HubWorkers' threads when it has them (`verdes-hub serve`), so that one upload waiting
// for the database does not hold up the others; with one Hub of the caller's, it runs on this thread.
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

    // Every request on this thread, with `hub` (tests, the app's own demo hub).
    HubServer(Hub &hub, Options options, QObject *parent = nullptr);
    // The storage and spool work on the threads of `workers`.
    HubServer(std::unique_ptr<HubWorkers> workers, Options options, QObject *parent = nullptr);
    ~HubServer() override;

    // Listens; returns the port (the one asked, or the one the system chose for port 0).
    Result<quint16> listen(const QHostAddress &address, quint16 port);

    // Reads a PEM certificate and its private key (RSA or EC) into a server TLS configuration.
    static Result<QSslConfiguration> tlsFromFiles(const QString &certificateFile, const QString &keyFile);
    // SHA-256 of the configuration's certificate (DER): the pin villages check.
    static QByteArray pinOf(const QSslConfiguration &tls);

private:
    using Handler = std::function<QHttpServerResponse(Hub &)>;
    class Waiting;

    void addRoutes();
    // Runs `handler` with a hub (on a worker thread, or here) and answers with what it returns, if
    // the client is still there.
    void dispatch(QHttpServerResponder &&responder, Handler handler);
    // On a worker: hands a finished request to this thread.
    void answered(const std::shared_ptr<Waiting> &waiting);
    // On this thread: writes the answers the workers finished.
    Q_INVOKABLE void deliverAnswers();
    // The handlers: what they read of the request is copied first, as they may run on another thread.
    QHttpServerResponse announce(Hub &hub, const QByteArray &body, const QByteArray &signature);
    QHttpServerResponse uploadState(const QString &id);
    QHttpServerResponse putPart(const QString &id, const QByteArray &offsetText, const QByteArray &part);
    QHttpServerResponse finish(Hub &hub, const QString &id);
    static QHttpServerResponse revocations(Hub &hub);
    static QHttpServerResponse keyChain(Hub &hub);
    static QHttpServerResponse reviewFeed(Hub &hub, const QByteArray &body);
    static QHttpServerResponse verdicts(Hub &hub, const QByteArray &body);
    static QHttpServerResponse decisions(Hub &hub, const QByteArray &body);
    static QHttpServerResponse claims(Hub &hub, const QByteArray &body);

    Hub *m_hub = nullptr; // without workers
    std::unique_ptr<HubWorkers> m_workers;
    QMutex m_answeredMutex;
    std::vector<std::shared_ptr<Waiting>> m_answered; // by the workers, for deliverAnswers
    Options m_options;
    UploadSpool m_spool;
    std::unique_ptr<QHttpServer> m_http;
    GuardedTcpServer *m_tcp = nullptr; // owned by m_http
    QTimer *m_sweep = nullptr;         // owned by this
};

} // namespace verdes::hub
