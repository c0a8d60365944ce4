// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/transport/HttpTransport.h"

#include "models/core/Log.h"

#include <QCryptographicHash>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTimer>

namespace verdes::sync {

namespace {

constexpr qint64 kMaxAnswerBytes = qint64(64) << 20;
constexpr int kCancelPollMs = 100;

QByteArray pinOf(const QSslCertificate &certificate)
{
    return QCryptographicHash::hash(certificate.toDer(), QCryptographicHash::Sha256);
}

} // namespace

HttpTransport::HttpTransport(Options options, Progress &progress)
    : m_options(std::move(options))
    , m_progress(progress)
    , m_network(std::make_unique<QNetworkAccessManager>())
{
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

HttpTransport::~HttpTransport() = default;

QString HttpTransport::where() const
{
    return m_options.base.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemovePath);
}

Result<HttpTransport::Reply> HttpTransport::request(const QByteArray &verb,
                                                    const QString &path,
                                                    const QByteArray &body,
                                                    const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    if (m_options.base.scheme() != u"https" || !m_options.tlsPin) {
        return Error(ErrorCode::SyncTlsPinMismatch, {where()}, QStringLiteral("not https, or no pin"));
    }
    QUrl url = m_options.base;
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) + path);
    QNetworkRequest request(url);
    // The certificate authorities are not asked: the pin decides (below, on every answer).
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    request.setSslConfiguration(tls);
    request.setTransferTimeout(m_options.timeoutMs);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/octet-stream"));
    for (const auto &[name, value] : headers) {
        request.setRawHeader(name, value);
    }
    QNetworkReply *reply = m_network->sendCustomRequest(request, verb, body);
    const std::unique_ptr<QNetworkReply> owner(reply);
    bool pinWrong = false;
    const auto checkPin = [&] {
        if (pinOf(reply->sslConfiguration().peerCertificate()) != *m_options.tlsPin) {
            pinWrong = true;
            reply->abort();
        }
    };
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::encrypted, &loop, checkPin);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(reply, &QNetworkReply::downloadProgress, &loop, [reply](qint64 received, qint64) {
        if (received > kMaxAnswerBytes) {
            reply->abort();
        }
    });
    QTimer cancelPoll;
    QObject::connect(&cancelPoll, &QTimer::timeout, &loop, [this, reply] {
        if (m_progress.isCancelled()) {
            reply->abort();
        }
    });
    cancelPoll.start(kCancelPollMs);
    if (!reply->isFinished()) {
        loop.exec();
    }
    if (m_progress.isCancelled()) {
        return Error(ErrorCode::Cancelled);
    }
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!pinWrong && status.isValid()) {
        checkPin(); // an answer on a connection made for an earlier request: not encrypted again
    }
    if (pinWrong) {
        qCWarning(lcSync) << "https: the hub's certificate is not the pinned one";
        return Error(ErrorCode::SyncTlsPinMismatch, {where()});
    }
    if (!status.isValid()) {
        qCInfo(lcSync) << "https:" << verb << path << "failed:" << reply->error();
        return Error(ErrorCode::SyncHubUnreachable, {where()}, reply->errorString());
    }
    Reply answer{status.toInt(), reply->readAll()};
    qCInfo(lcSync) << "https:" << verb << path << answer.status;
    if (answer.status == 507) {
        // Insufficient Storage: the hub was reached, but could not write what it was given.
        return Error(ErrorCode::SyncHubCannotStore, {where()}, QStringLiteral("HTTP 507"));
    }
    if (answer.status >= 500) {
        return Error(ErrorCode::SyncHubUnreachable, {where()}, QStringLiteral("HTTP %1").arg(answer.status));
    }
    return answer;
}

Result<AnnounceAnswer> HttpTransport::announce(const QByteArray &announce, const QByteArray &signature)
{
    VERDES_TRY_ASSIGN(reply,
                      request(QByteArrayLiteral("POST"),
                              QStringLiteral("/v1/announce"),
                              announce,
                              {{QByteArrayLiteral("Verdes-Signature"), signature.toBase64()}}));
    return AnnounceAnswer::decode(reply.body);
}

Result<HttpTransport::UploadState>
HttpTransport::putPart(const QByteArray &sha256, qint64 offset, const QByteArray &part)
{
    VERDES_TRY_ASSIGN(reply,
                      request(QByteArrayLiteral("PUT"),
                              QStringLiteral("/v1/uploads/") + QString::fromLatin1(sha256.toHex()),
                              part,
                              {{QByteArrayLiteral("Verdes-Offset"), QByteArray::number(offset)}}));
    if (reply.status == 404) {
        return Error(
            ErrorCode::SyncFileMalformed, {QStringLiteral("upload")}, QStringLiteral("not announced"));
    }
    const QJsonObject object = QJsonDocument::fromJson(reply.body).object();
    const qint64 received = countField(object, QLatin1StringView("received"), qint64(1) << 53);
    if ((reply.status != 200 && reply.status != 409) || received < 0) {
        return Error(
            ErrorCode::SyncHubUnreachable, {where()}, QStringLiteral("part: HTTP %1").arg(reply.status));
    }
    return UploadState{received, reply.status == 200};
}

Result<QByteArray> HttpTransport::finish(const QByteArray &sha256)
{
    VERDES_TRY_ASSIGN(reply,
                      request(QByteArrayLiteral("POST"),
                              QStringLiteral("/v1/uploads/") + QString::fromLatin1(sha256.toHex())
                                  + QStringLiteral("/finish"),
                              {},
                              {}));
    if (reply.status == 404 || reply.status == 409) {
        return Error(ErrorCode::SyncFileMalformed, {QStringLiteral("upload")}, QStringLiteral("incomplete"));
    }
    if (reply.status != 200) {
        return Error(
            ErrorCode::SyncHubUnreachable, {where()}, QStringLiteral("finish: HTTP %1").arg(reply.status));
    }
    return reply.body;
}

Result<QByteArray> HttpTransport::revocationList()
{
    VERDES_TRY_ASSIGN(reply, request(QByteArrayLiteral("GET"), QStringLiteral("/v1/revocations"), {}, {}));
    if (reply.status != 200) {
        return Error(ErrorCode::SyncHubUnreachable,
                     {where()},
                     QStringLiteral("revocations: HTTP %1").arg(reply.status));
    }
    return reply.body;
}

Result<QByteArray> HttpTransport::hubKeys()
{
    VERDES_TRY_ASSIGN(reply, request(QByteArrayLiteral("GET"), QStringLiteral("/v1/keys"), {}, {}));
    if (reply.status != 200) {
        return Error(
            ErrorCode::SyncHubUnreachable, {where()}, QStringLiteral("keys: HTTP %1").arg(reply.status));
    }
    return reply.body;
}

Result<QByteArray> HttpTransport::reviewFeed(const QByteArray &signedRequest)
{
    VERDES_TRY_ASSIGN(
        reply,
        request(QByteArrayLiteral("POST"),
                QStringLiteral("/v1/review/feed"),
                signedRequest,
                {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/octet-stream")}}));
    if (reply.status == 403) {
        return Error(ErrorCode::SyncReviewerNotEnrolled, {}, QStringLiteral("review feed: HTTP 403"));
    }
    if (reply.status != 200) {
        return Error(ErrorCode::SyncHubUnreachable,
                     {where()},
                     QStringLiteral("review feed: HTTP %1").arg(reply.status));
    }
    return reply.body;
}

Result<QByteArray> HttpTransport::uploadVerdicts(const QByteArray &sealedUpload)
{
    VERDES_TRY_ASSIGN(
        reply,
        request(QByteArrayLiteral("POST"),
                QStringLiteral("/v1/review/verdicts"),
                sealedUpload,
                {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/octet-stream")}}));
    if (reply.status == 403) {
        return Error(ErrorCode::SyncReviewerNotEnrolled, {}, QStringLiteral("verdicts: HTTP 403"));
    }
    if (reply.status != 200) {
        return Error(
            ErrorCode::SyncHubUnreachable, {where()}, QStringLiteral("verdicts: HTTP %1").arg(reply.status));
    }
    return reply.body;
}

Result<QByteArray> HttpTransport::decisions(const QByteArray &signedRequest)
{
    VERDES_TRY_ASSIGN(
        reply,
        request(QByteArrayLiteral("POST"),
                QStringLiteral("/v1/decisions"),
                signedRequest,
                {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/octet-stream")}}));
    if (reply.status == 403) {
        const QString why = QJsonDocument::fromJson(reply.body).object().value(u"error").toString();
        if (why == u"revoked_device") {
            return Error(ErrorCode::SyncDeviceRevoked, {where()}, QStringLiteral("decisions: HTTP 403"));
        }
        return Error(ErrorCode::SyncNotEnrolled, {}, QStringLiteral("decisions: HTTP 403 %1").arg(why));
    }
    if (reply.status != 200) {
        return Error(
            ErrorCode::SyncHubUnreachable, {where()}, QStringLiteral("decisions: HTTP %1").arg(reply.status));
    }
    return reply.body;
}

Result<QByteArray> HttpTransport::claim(const QByteArray &signedRequest)
{
    VERDES_TRY_ASSIGN(
        reply,
        request(QByteArrayLiteral("POST"),
                QStringLiteral("/v1/review/claims"),
                signedRequest,
                {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/octet-stream")}}));
    if (reply.status == 403) {
        return Error(ErrorCode::SyncReviewerNotEnrolled, {}, QStringLiteral("claims: HTTP 403"));
    }
    if (reply.status == 409) {
        return Error(ErrorCode::ReviewClaimReplayed, {}, QStringLiteral("claims: HTTP 409"));
    }
    if (reply.status != 200) {
        return Error(
            ErrorCode::SyncHubUnreachable, {where()}, QStringLiteral("claims: HTTP %1").arg(reply.status));
    }
    return reply.body;
}

} // namespace verdes::sync
