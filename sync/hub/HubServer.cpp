// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/hub/HubServer.h"

#include "models/core/Error.h"
#include "models/core/Log.h"
#include "models/core/PublicKey.h"
#include "sync/hub/GuardedTcpServer.h"
#include "sync/hub/Hub.h"
#include "sync/hub/HubWorkers.h"
#include "sync/transport/Announce.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>

namespace verdes::hub {

using sync::Announce;
using sync::AnnounceAnswer;
using Status = QHttpServerResponse::StatusCode;

namespace {

constexpr qint64 kHeaderAllowance = qint64(64) * 1024;
constexpr int kSweepIntervalMs = 60 * 60 * 1000;
constexpr int kStaleUploadHours = 48;
// A review feed request is a few hundred bytes (docs/batch-format.md §12), a decisions request too (§14).
constexpr qint64 kMaxFeedRequestBytes = qint64(64) * 1024;
// A claim request of ClaimRequest::kMaxItems items (36 bytes each) and its envelope.
constexpr qint64 kMaxClaimRequestBytes = qint64(256) * 1024;
constexpr qint64 kMaxDecisionRequestBytes = qint64(64) * 1024;
// An upload of verdicts (§13): a few hundred bytes each, thousands of them at most.
constexpr qint64 kMaxVerdictUploadBytes = qint64(32) << 20;

QHttpServerResponse json(const QByteArray &body, Status status = Status::Ok)
{
    return {QByteArrayLiteral("application/json"), body, status};
}

QHttpServerResponse problem(const char *code, Status status)
{
    return json(QByteArrayLiteral("{\"error\":\"") + code + QByteArrayLiteral("\"}"), status);
}

QHttpServerResponse answer(const AnnounceAnswer &a, Status status = Status::Ok)
{
    return json(a.encode(), status);
}

AnnounceAnswer refused(const QString &reason)
{
    AnnounceAnswer a;
    a.kind = AnnounceAnswer::Kind::Refused;
    a.reason = reason;
    return a;
}

QHttpServerResponse hubFailed(const Error &error)
{
    // A write that failed (a full disk, above all) is told apart from the rest: the village says so in
    // words, and the operator finds it in the log. Either way the client keeps the batch and tries again.
    switch (error.code) {
    case ErrorCode::DiskFull:
    case ErrorCode::VaultDiskFull:
    case ErrorCode::FileWriteFailed:
        qCWarning(lcSync) << "http: the hub cannot store what came (is its disk full?):"
                          << errorCodeName(error.code) << error.detail;
        return problem("hub_cannot_store", Status::InsufficientStorage);
    default:
        qCWarning(lcSync) << "http: the hub failed:" << errorCodeName(error.code) << error.detail;
        return problem("hub_unavailable", Status::ServiceUnavailable);
    }
}

QByteArray uploadIdOf(const QString &text)
{
    const QByteArray raw = QByteArray::fromHex(text.toLatin1());
    return raw.size() == 32 && raw.toHex() == text.toLatin1() ? raw : QByteArray();
}

QByteArray stateBody(const UploadSpool::State &state)
{
    return QByteArrayLiteral("{\"received\":") + QByteArray::number(state.received)
           + QByteArrayLiteral(",\"size\":") + QByteArray::number(state.size) + '}';
}

} // namespace

// A request waiting for its answer from a worker thread, then the answer. The client may have gone
// meanwhile (the connection closed, the guard aborted it): then the socket is gone and nothing is
// written.
class HubServer::Waiting final
{
public:
    explicit Waiting(QHttpServerResponder &&responder)
        : m_responder(std::move(responder))
        , m_socket(m_responder.socket())
    {}

    void setResponse(QHttpServerResponse &&response) { m_response.emplace(std::move(response)); }

    void answer()
    {
        if (m_response && m_socket && m_socket->state() == QAbstractSocket::ConnectedState) {
            m_response->write(std::move(m_responder));
        }
    }

private:
    QHttpServerResponder m_responder;
    QPointer<QTcpSocket> m_socket;
    std::optional<QHttpServerResponse> m_response;
};

HubServer::HubServer(Hub &hub, Options options, QObject *parent)
    : QObject(parent)
    , m_hub(&hub)
    , m_options(std::move(options))
    , m_spool(m_options.spoolFolder)
    , m_http(std::make_unique<QHttpServer>())
    , m_sweep(new QTimer(this))
{
    addRoutes();
}

HubServer::HubServer(std::unique_ptr<HubWorkers> workers, Options options, QObject *parent)
    : QObject(parent)
    , m_workers(std::move(workers))
    , m_options(std::move(options))
    , m_spool(m_options.spoolFolder)
    , m_http(std::make_unique<QHttpServer>())
    , m_sweep(new QTimer(this))
{
    addRoutes();
}

HubServer::~HubServer()
{
    // First the workers: none of them posts an answer to this object once it is going. Then the
    // answers not delivered, while their connections are still there.
    m_workers.reset();
    m_answered.clear();
}

Result<quint16> HubServer::listen(const QHostAddress &address, quint16 port)
{
    GuardedTcpServer::Limits limits;
    limits.maxRequestBytes = m_options.partSize + kHeaderAllowance;
    limits.largerRequests = {{QByteArrayLiteral("POST /v1/review/verdicts "),
                              std::max(limits.maxRequestBytes, kMaxVerdictUploadBytes + kHeaderAllowance)}};
    limits.idleTimeoutMs = m_options.idleTimeoutMs;
    limits.requestTimeoutMs = m_options.requestTimeoutMs;
    auto *tcp = new GuardedTcpServer(m_options.tls, limits, m_http.get());
    if (!tcp->listen(address, port)) {
        const QString why = tcp->errorString();
        delete tcp; // NOLINT(cppcoreguidelines-owning-memory): never handed to the HTTP server
        return Error(ErrorCode::HubCannotListen, {address.toString() + u':' + QString::number(port)}, why);
    }
    m_http->bind(tcp);
    m_tcp = tcp;
    qCInfo(lcSync) << "http: listening on" << address.toString() << tcp->serverPort()
                   << (m_options.tls ? "with TLS" : "without TLS");
    return tcp->serverPort();
}

Result<QSslConfiguration> HubServer::tlsFromFiles(const QString &certificateFile, const QString &keyFile)
{
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(certificateFile, QSsl::Pem);
    if (chain.isEmpty()) {
        return Error(ErrorCode::HubTlsUnreadable, {certificateFile}, QStringLiteral("no PEM certificate"));
    }
    QFile file(keyFile);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(file.exists() ? ErrorCode::FilePermissionDenied : ErrorCode::FileNotFound,
                     {keyFile},
                     file.errorString());
    }
    const QByteArray pem = file.readAll();
    QSslKey key;
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Ec, QSsl::Rsa}) {
        key = QSslKey(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull()) {
            break;
        }
    }
    if (key.isNull()) {
        return Error(ErrorCode::HubTlsUnreadable, {keyFile}, QStringLiteral("no RSA or EC private key"));
    }
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(chain);
    tls.setPrivateKey(key);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    return tls;
}

QByteArray HubServer::pinOf(const QSslConfiguration &tls)
{
    return QCryptographicHash::hash(tls.localCertificate().toDer(), QCryptographicHash::Sha256);
}

void HubServer::addRoutes()
{
    using Method = QHttpServerRequest::Method;
    using Responder = QHttpServerResponder;
    m_http->route(QStringLiteral("/v1/health"), Method::Get, [] {
        return json(QByteArrayLiteral("{\"status\":\"ok\"}"));
    });
    m_http->route(QStringLiteral("/v1/announce"),
                  Method::Post,
                  [this](const QHttpServerRequest &request, Responder &&responder) {
                      dispatch(std::move(responder),
                               [this,
                                body = request.body(),
                                signature = request.value(QByteArrayLiteral("Verdes-Signature"))](Hub &hub) {
                                   return announce(hub, body, signature);
                               });
                  });
    m_http->route(QStringLiteral("/v1/uploads/<arg>"),
                  Method::Get,
                  [this](const QString &id, const QHttpServerRequest &, Responder &&responder) {
                      dispatch(std::move(responder), [this, id](Hub &) {
                          return uploadState(id);
                      });
                  });
    m_http->route(QStringLiteral("/v1/uploads/<arg>"),
                  Method::Put,
                  [this](const QString &id, const QHttpServerRequest &request, Responder &&responder) {
                      dispatch(std::move(responder),
                               [this,
                                id,
                                offset = request.value(QByteArrayLiteral("Verdes-Offset")),
                                part = request.body()](Hub &) {
                                   return putPart(id, offset, part);
                               });
                  });
    m_http->route(QStringLiteral("/v1/uploads/<arg>/finish"),
                  Method::Post,
                  [this](const QString &id, const QHttpServerRequest &, Responder &&responder) {
                      dispatch(std::move(responder), [this, id](Hub &hub) {
                          return finish(hub, id);
                      });
                  });
    m_http->route(QStringLiteral("/v1/revocations"),
                  Method::Get,
                  [this](const QHttpServerRequest &, Responder &&responder) {
                      dispatch(std::move(responder), &HubServer::revocations);
                  });
    m_http->route(
        QStringLiteral("/v1/keys"), Method::Get, [this](const QHttpServerRequest &, Responder &&responder) {
            dispatch(std::move(responder), &HubServer::keyChain);
        });
    m_http->route(QStringLiteral("/v1/review/feed"),
                  Method::Post,
                  [this](const QHttpServerRequest &request, Responder &&responder) {
                      dispatch(std::move(responder), [body = request.body()](Hub &hub) {
                          return reviewFeed(hub, body);
                      });
                  });
    m_http->route(QStringLiteral("/v1/review/verdicts"),
                  Method::Post,
                  [this](const QHttpServerRequest &request, Responder &&responder) {
                      dispatch(std::move(responder), [body = request.body()](Hub &hub) {
                          return verdicts(hub, body);
                      });
                  });
    m_http->route(QStringLiteral("/v1/review/claims"),
                  Method::Post,
                  [this](const QHttpServerRequest &request, Responder &&responder) {
                      dispatch(std::move(responder), [body = request.body()](Hub &hub) {
                          return claims(hub, body);
                      });
                  });
    m_http->route(QStringLiteral("/v1/decisions"),
                  Method::Post,
                  [this](const QHttpServerRequest &request, Responder &&responder) {
                      dispatch(std::move(responder), [body = request.body()](Hub &hub) {
                          return decisions(hub, body);
                      });
                  });
    connect(m_sweep, &QTimer::timeout, this, [this] {
        const auto sweep = [this](Hub &) {
            const int dropped =
                m_spool.dropStale(QDateTime::currentDateTimeUtc().addSecs(-qint64(kStaleUploadHours) * 3600));
            if (dropped > 0) {
                qCInfo(lcSync) << "http: dropped" << dropped << "unfinished uploads";
            }
        };
        if (m_workers) {
            m_workers->post(sweep);
        } else {
            sweep(*m_hub);
        }
    });
    m_sweep->start(kSweepIntervalMs);
}

void HubServer::dispatch(QHttpServerResponder &&responder, Handler handler)
{
    if (!m_workers) {
        handler(*m_hub).write(std::move(responder));
        return;
    }
    // The job holds the request while it runs; a job dropped when the server stops takes it along.
    auto waiting = std::make_shared<Waiting>(std::move(responder));
    m_workers->post([this, waiting = std::move(waiting), handler = std::move(handler)](Hub &hub) {
        waiting->setResponse(handler(hub));
        answered(waiting);
    });
}

void HubServer::answered(const std::shared_ptr<Waiting> &waiting)
{
    const QMutexLocker lock(&m_answeredMutex);
    m_answered.push_back(waiting);
    if (m_answered.size() == 1) {
        // The workers stop before this object goes, so it is still here.
        QMetaObject::invokeMethod(this, "deliverAnswers", Qt::QueuedConnection);
    }
}

void HubServer::deliverAnswers()
{
    std::vector<std::shared_ptr<Waiting>> answered;
    {
        const QMutexLocker lock(&m_answeredMutex);
        answered.swap(m_answered);
    }
    for (const auto &waiting : answered) {
        waiting->answer();
    }
}

QHttpServerResponse HubServer::announce(Hub &hub, const QByteArray &body, const QByteArray &signatureText)
{
    auto announced = Announce::decode(body);
    if (!announced) {
        return answer(refused(QStringLiteral("malformed")), Status::BadRequest);
    }
    auto known = hub.announced(announced->deviceKeyId, announced->batchId);
    if (!known) {
        return hubFailed(known.error());
    }
    const std::optional<HubDevice> &device = known->device;
    if (!device) {
        qCInfo(lcSync) << "http: announce from a device not enrolled here";
        return answer(refused(QStringLiteral("unknown_device")), Status::Forbidden);
    }
    const QByteArray signature = QByteArray::fromBase64(signatureText);
    if (!PublicKey::verify(device->publicKey, body, signature)) {
        qCInfo(lcSync) << "http: announce with a bad signature";
        return answer(refused(QStringLiteral("bad_signature")), Status::Forbidden);
    }
    if (device->isRevoked()) {
        qCInfo(lcSync) << "http: announce from revoked device" << PublicKey::idText(announced->deviceKeyId);
        return answer(refused(QStringLiteral("revoked_device")), Status::Forbidden);
    }
    if (known->receiptFile) {
        // An upload of this file left unfinished (the hub stopped after it stored the batch, before it
        // answered) will not be finished now: it goes, rather than wait two days for the sweep.
        m_spool.drop(announced->sha256);
        AnnounceAnswer a;
        a.kind = AnnounceAnswer::Kind::Have;
        a.receipt = *known->receiptFile;
        qCInfo(lcSync) << "http: batch" << announced->sequence << "of device"
                       << PublicKey::idText(announced->deviceKeyId) << "was received before";
        return answer(a);
    }
    if (announced->size > m_options.maxUploadSize) {
        return answer(refused(QStringLiteral("too_large")), Status::PayloadTooLarge);
    }
    auto state = m_spool.begin(announced->sha256, announced->size);
    if (!state) {
        return hubFailed(state.error());
    }
    AnnounceAnswer a;
    a.kind = AnnounceAnswer::Kind::Send;
    a.received = state->received;
    a.partSize = m_options.partSize;
    qCInfo(lcSync) << "http: batch" << announced->sequence << "of device"
                   << PublicKey::idText(announced->deviceKeyId) << "announced," << announced->size
                   << "bytes, from" << state->received;
    return answer(a);
}

QHttpServerResponse HubServer::uploadState(const QString &id)
{
    const QByteArray sha = uploadIdOf(id);
    if (sha.isEmpty()) {
        return problem("not_found", Status::NotFound);
    }
    auto state = m_spool.state(sha);
    if (!state) {
        return hubFailed(state.error());
    }
    if (!*state) {
        return problem("not_announced", Status::NotFound);
    }
    return json(stateBody(**state));
}

QHttpServerResponse
HubServer::putPart(const QString &id, const QByteArray &offsetText, const QByteArray &part)
{
    const QByteArray sha = uploadIdOf(id);
    bool ok = false;
    const qint64 offset = offsetText.toLongLong(&ok);
    if (sha.isEmpty() || !ok || offset < 0) {
        return problem("bad_request", Status::BadRequest);
    }
    if (part.size() > m_options.partSize) {
        return problem("part_too_large", Status::PayloadTooLarge);
    }
    auto before = m_spool.state(sha);
    if (!before) {
        return hubFailed(before.error());
    }
    if (!*before) {
        return problem("not_announced", Status::NotFound);
    }
    auto after = m_spool.append(sha, offset, part);
    if (!after) {
        if (after.error().code == ErrorCode::SyncFileTooLarge) {
            return problem("past_the_end", Status::PayloadTooLarge);
        }
        return hubFailed(after.error());
    }
    // A part at another offset than where the upload stands is not written: the answer says where it
    // stands, and the client goes on from there.
    const bool taken = offset == (*before)->received;
    return json(stateBody(*after), taken ? Status::Ok : Status::Conflict);
}

QHttpServerResponse HubServer::finish(Hub &hub, const QString &id)
{
    const QByteArray sha = uploadIdOf(id);
    if (sha.isEmpty()) {
        return problem("not_found", Status::NotFound);
    }
    auto bytes = m_spool.take(sha);
    if (!bytes) {
        switch (bytes.error().code) {
        case ErrorCode::SyncBatchNotFound:
            return problem("not_announced", Status::NotFound);
        case ErrorCode::SyncFileMalformed:
            // Not all bytes came, or they do not have the announced hash (then the upload was dropped).
            return problem("incomplete", Status::Conflict);
        default:
            return hubFailed(bytes.error());
        }
    }
    auto ingested = hub.ingest(*bytes);
    if (!ingested) {
        return hubFailed(ingested.error());
    }
    m_spool.drop(sha);
    return {QByteArrayLiteral("application/octet-stream"), ingested->receiptFile};
}

QHttpServerResponse HubServer::revocations(Hub &hub)
{
    auto list = hub.revocationList();
    if (!list) {
        return hubFailed(list.error());
    }
    return {QByteArrayLiteral("application/octet-stream"), *list};
}

QHttpServerResponse HubServer::keyChain(Hub &hub)
{
    auto chain = hub.keyChain();
    if (!chain) {
        return hubFailed(chain.error());
    }
    return {QByteArrayLiteral("application/octet-stream"), *chain};
}

QHttpServerResponse HubServer::reviewFeed(Hub &hub, const QByteArray &body)
{
    if (body.size() > kMaxFeedRequestBytes) {
        return problem("too_large", Status::PayloadTooLarge);
    }
    auto page = hub.reviewFeed(body);
    if (!page) {
        switch (page.error().code) {
        case ErrorCode::SyncReviewerNotEnrolled:
            return problem("not_a_reviewer", Status::Forbidden);
        case ErrorCode::SyncFileMalformed:
        case ErrorCode::SyncSignatureInvalid:
        case ErrorCode::SyncFileTooLarge:
            qCInfo(lcSync) << "http: a review feed request that does not read:"
                           << errorCodeName(page.error().code);
            return problem("malformed", Status::BadRequest);
        default:
            return hubFailed(page.error());
        }
    }
    return {QByteArrayLiteral("application/octet-stream"), page->sealedFile};
}

QHttpServerResponse HubServer::verdicts(Hub &hub, const QByteArray &body)
{
    if (body.size() > kMaxVerdictUploadBytes) {
        return problem("too_large", Status::PayloadTooLarge);
    }
    auto ingested = hub.ingestVerdicts(body);
    if (!ingested) {
        switch (ingested.error().code) {
        case ErrorCode::SyncReviewerNotEnrolled:
            return problem("not_a_reviewer", Status::Forbidden);
        case ErrorCode::SyncFileMalformed:
        case ErrorCode::SyncSignatureInvalid:
        case ErrorCode::SyncFileTooLarge:
        case ErrorCode::SyncNotForThisHub:
            qCInfo(lcSync) << "http: an upload of verdicts that does not read:"
                           << errorCodeName(ingested.error().code);
            return problem("malformed", Status::BadRequest);
        default:
            return hubFailed(ingested.error());
        }
    }
    return {QByteArrayLiteral("application/octet-stream"), ingested->receiptFile};
}

QHttpServerResponse HubServer::decisions(Hub &hub, const QByteArray &body)
{
    if (body.size() > kMaxDecisionRequestBytes) {
        return problem("too_large", Status::PayloadTooLarge);
    }
    auto page = hub.decisions(body);
    if (!page) {
        // As an announce is refused: the device unknown here, or revoked.
        switch (page.error().code) {
        case ErrorCode::SyncNotEnrolled:
            return problem("unknown_device", Status::Forbidden);
        case ErrorCode::SyncDeviceRevoked:
            return problem("revoked_device", Status::Forbidden);
        case ErrorCode::SyncFileMalformed:
        case ErrorCode::SyncSignatureInvalid:
        case ErrorCode::SyncFileTooLarge:
            qCInfo(lcSync) << "http: a decisions request that does not read:"
                           << errorCodeName(page.error().code);
            return problem("malformed", Status::BadRequest);
        default:
            return hubFailed(page.error());
        }
    }
    return {QByteArrayLiteral("application/octet-stream"), page->sealedFile};
}

QHttpServerResponse HubServer::claims(Hub &hub, const QByteArray &body)
{
    if (body.size() > kMaxClaimRequestBytes) {
        return problem("too_large", Status::PayloadTooLarge);
    }
    auto claimed = hub.claim(body);
    if (!claimed) {
        switch (claimed.error().code) {
        case ErrorCode::SyncReviewerNotEnrolled:
            return problem("not_a_reviewer", Status::Forbidden);
        case ErrorCode::ReviewClaimReplayed:
            return problem("replayed", Status::Conflict);
        case ErrorCode::SyncFileMalformed:
        case ErrorCode::SyncSignatureInvalid:
        case ErrorCode::SyncFileTooLarge:
            qCInfo(lcSync) << "http: a claim request that does not read:"
                           << errorCodeName(claimed.error().code);
            return problem("malformed", Status::BadRequest);
        default:
            return hubFailed(claimed.error());
        }
    }
    return {QByteArrayLiteral("application/octet-stream"), claimed->answerFile};
}

} // namespace verdes::hub
