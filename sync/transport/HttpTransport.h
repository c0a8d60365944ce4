// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Progress.h"
#include "models/core/Result.h"
#include "sync/transport/Announce.h"

#include <QByteArray>
#include <QUrl>

#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
QT_END_NAMESPACE

namespace verdes::sync {

// The village's HTTPS client of the hub's protocol (docs/hub.md "The HTTPS protocol"). Each call
// waits for its answer in a local event loop, so it belongs on a worker thread (SendJob) or in the
// command line; `progress` is asked for cancel while it waits.
//
// The hub's certificate is pinned: whatever a certificate authority says, an answer counts only
// when the server showed the certificate whose SHA-256 the enrolment answer carried
// (SyncTlsPinMismatch otherwise), so a self-signed hub works and a look-alike does not.
class HttpTransport final
{
public:
    struct Options
    {
        QUrl base;                        // https://hub.example:443 (paths /v1/… go under it)
        std::optional<QByteArray> tlsPin; // SHA-256 of the certificate (DER)
        int timeoutMs = 30000;            // no byte moving for this long: the request fails
    };

    explicit HttpTransport(Options options, Progress &progress = Progress::none());
    ~HttpTransport();
    HttpTransport(const HttpTransport &) = delete;
    HttpTransport &operator=(const HttpTransport &) = delete;
    HttpTransport(HttpTransport &&) = delete;
    HttpTransport &operator=(HttpTransport &&) = delete;

    Result<AnnounceAnswer> announce(const QByteArray &announce, const QByteArray &signature);

    struct UploadState
    {
        qint64 received = 0;
        bool taken = true; // false: the part was not at the offset the hub stands at
    };

    Result<UploadState> putPart(const QByteArray &sha256, qint64 offset, const QByteArray &part);
    // The signed receipt file. SyncFileMalformed when the hub did not get every byte intact (the
    // upload starts again).
    Result<QByteArray> finish(const QByteArray &sha256);
    Result<QByteArray> revocationList();
    // The hub's signed key list (sync::HubKeyChain), to follow a rotation of its keys.
    Result<QByteArray> hubKeys();
    // A page of the batches the hub received, for a district review vault (docs/batch-format.md §12):
    // the signed request goes up, the page sealed to the reviewer comes back. SyncReviewerNotEnrolled when
    // the hub does not know the reviewer (not enrolled, revoked, another district).
    Result<QByteArray> reviewFeed(const QByteArray &signedRequest);
    // A district review vault's sealed upload of verdicts goes up (§13); the hub's signed receipt comes
    // back. SyncReviewerNotEnrolled when the hub does not know the sending reviewer.
    Result<QByteArray> uploadVerdicts(const QByteArray &sealedUpload);
    // The decisions for a village (§14): the signed request goes up, the list sealed to the device
    // comes back. SyncDeviceRevoked when the hub revoked the device, SyncNotEnrolled when it does not
    // know it (or the request names another vault or village).
    Result<QByteArray> decisions(const QByteArray &signedRequest);
    // A reviewer's signed claim request goes up (§17); the hub's signed answer comes back.
    // SyncReviewerNotEnrolled when the hub does not know the reviewer, ReviewClaimReplayed when it
    // answered a newer request of the same key.
    Result<QByteArray> claim(const QByteArray &signedRequest);

private:
    struct Reply
    {
        int status = 0;
        QByteArray body;
    };

    Result<Reply> request(const QByteArray &verb,
                          const QString &path,
                          const QByteArray &body,
                          const QList<std::pair<QByteArray, QByteArray>> &headers);
    QString where() const;

    Options m_options;
    Progress &m_progress;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

} // namespace verdes::sync
