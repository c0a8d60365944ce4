// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// verdes-bench-empty-hub: the baseline of verdes-bench's hub ingest figure (issue 13 §6). The hub's
// routes on the hub's stack (GuardedTcpServer with the same limits, TLS with the given certificate, Qt
// HttpServer), each answering fixed bytes of about the real answer's size without doing any work: no
// storage, no spool, no crypto beyond TLS. Like `verdes-hub serve`, it prints the URL it listens at on
// stdout and serves until it is stopped.
//
//     verdes-bench-empty-hub --tls-cert FILE --tls-key FILE
#include "sync/hub/GuardedTcpServer.h"
#include "sync/hub/HubServer.h"
#include "sync/transport/Announce.h"

#include <QCoreApplication>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QTextStream>

using namespace verdes;

int main(int argc, char *argv[])
{
    const QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    const qsizetype cert = arguments.indexOf(QStringLiteral("--tls-cert"));
    const qsizetype key = arguments.indexOf(QStringLiteral("--tls-key"));
    if (cert < 0 || key < 0 || cert + 1 >= arguments.size() || key + 1 >= arguments.size()) {
        QTextStream(stderr) << "usage: verdes-bench-empty-hub --tls-cert FILE --tls-key FILE" << Qt::endl;
        return 1;
    }
    auto tls = hub::HubServer::tlsFromFiles(arguments.at(cert + 1), arguments.at(key + 1));
    if (!tls) {
        QTextStream(stderr) << "verdes-bench-empty-hub: " << tls.error().detail << Qt::endl;
        return 1;
    }

    // HubServer's defaults: a part of 1 MiB with 64 KiB for the headers, 20 s idle, 120 s a request.
    const hub::HubServer::Options defaults;
    hub::GuardedTcpServer::Limits limits;
    limits.maxRequestBytes = defaults.partSize + qint64{64} * 1024;
    limits.idleTimeoutMs = defaults.idleTimeoutMs;
    limits.requestTimeoutMs = defaults.requestTimeoutMs;

    sync::AnnounceAnswer send;
    send.kind = sync::AnnounceAnswer::Kind::Send;
    send.partSize = defaults.partSize;
    const QByteArray announced = send.encode();
    const QByteArray state = QByteArrayLiteral("{\"received\":0,\"size\":0}");
    const QByteArray receipt(400, 'r');     // a receipt of a 10-item batch is about that long
    const QByteArray revocations(160, 'v'); // a signed revocation list naming no device
    const QByteArray json = QByteArrayLiteral("application/json");
    const QByteArray binary = QByteArrayLiteral("application/octet-stream");

    QHttpServer http;
    using Method = QHttpServerRequest::Method;
    http.route(QStringLiteral("/v1/announce"), Method::Post, [&](const QHttpServerRequest &) {
        return QHttpServerResponse(json, announced);
    });
    http.route(
        QStringLiteral("/v1/uploads/<arg>"), Method::Put, [&](const QString &, const QHttpServerRequest &) {
            return QHttpServerResponse(json, state);
        });
    http.route(QStringLiteral("/v1/uploads/<arg>/finish"), Method::Post, [&](const QString &) {
        return QHttpServerResponse(binary, receipt);
    });
    http.route(QStringLiteral("/v1/revocations"), Method::Get, [&] {
        return QHttpServerResponse(binary, revocations);
    });
    auto *tcp = new hub::GuardedTcpServer(*tls, limits, &http);
    if (!tcp->listen(QHostAddress::LocalHost, 0)) {
        QTextStream(stderr) << "verdes-bench-empty-hub: " << tcp->errorString() << Qt::endl;
        return 1;
    }
    http.bind(tcp);
    QTextStream(stdout) << "https://127.0.0.1:" << tcp->serverPort() << Qt::endl;
    return QCoreApplication::exec();
}
