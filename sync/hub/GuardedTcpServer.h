// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QSslConfiguration>
#include <QTcpServer>

#include <optional>
#include <utility>

namespace verdes::hub {

// The TCP server under the hub's Qt HttpServer. Qt HttpServer 6.4 reads a whole request into memory
// and has no timeouts, so each connection gets a guard first: a request larger than `maxRequestBytes`
// is answered 413 and closed before it is buffered, a connection silent for `idleTimeoutMs` or older
// than `requestTimeoutMs` since its last answer is closed. With a TLS configuration each connection is
// encrypted here (the certificate may be self-signed: villages pin it at enrolment).
class GuardedTcpServer final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuardedTcpServer)

public:
    struct Limits
    {
        qint64 maxRequestBytes = 0;
        // Requests whose first line starts so (`POST /v1/review/verdicts `) may be as large as given.
        QList<std::pair<QByteArray, qint64>> largerRequests;
        int idleTimeoutMs = 0;
        int requestTimeoutMs = 0;
    };

    GuardedTcpServer(std::optional<QSslConfiguration> tls, Limits limits, QObject *parent = nullptr);
    ~GuardedTcpServer() override;

protected:
    void incomingConnection(qintptr handle) override;

private:
    std::optional<QSslConfiguration> m_tls;
    Limits m_limits;
};

} // namespace verdes::hub
