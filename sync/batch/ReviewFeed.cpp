// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/batch/ReviewFeed.h"

#include "sync/batch/Envelope.h"
#include "sync/batch/Wire.h"

namespace verdes::sync {

namespace {

QString requestFormat()
{
    return QStringLiteral("verdes-review-feed-request/1");
}

QString feedFormat()
{
    return QStringLiteral("verdes-review-feed/1");
}

// A page holds whole batches: each up to the largest batch file the hub takes.
constexpr qsizetype kMaxFileBytes = Envelope::kMaxFileSize;

} // namespace

QByteArray ReviewFeedRequest::encode() const
{
    WireWriter w;
    w.text(requestFormat());
    w.text(vaultId);
    w.keyId(reviewerKeyId);
    w.u64(after);
    w.text(createdAt);
    return w.data();
}

Result<ReviewFeedRequest> ReviewFeedRequest::decode(QByteArrayView body)
{
    WireReader r(body);
    ReviewFeedRequest request;
    r.format(requestFormat());
    request.vaultId = r.requiredText("vault_id");
    request.reviewerKeyId = r.keyId("reviewer_key_id");
    request.after = r.u64("after");
    request.createdAt = r.utcTime("created_at");
    if (!r.finish()) {
        return Error(ErrorCode::SyncFileMalformed, {fileKindLabel(FileKind::ReviewFeedRequest)}, r.failure());
    }
    return request;
}

QByteArray ReviewFeed::encode() const
{
    WireWriter w;
    w.text(feedFormat());
    w.text(hubId);
    w.text(districtCode);
    w.keyId(reviewerKeyId);
    w.u64(after);
    w.u64(latest);
    w.text(issuedAt);
    w.count(entries.size());
    for (const ReviewFeedEntry &entry : entries) {
        w.u64(entry.serial);
        w.text(entry.receivedAt);
        w.text(entry.villageCode);
        w.bytes(entry.devicePublicKey);
        w.bytes(entry.batchFile);
        w.bytes(entry.receiptFile);
    }
    return w.data();
}

Result<ReviewFeed> ReviewFeed::decode(QByteArrayView body)
{
    WireLimits limits;
    limits.bytes = kMaxFileBytes;
    WireReader r(body, limits);
    ReviewFeed feed;
    r.format(feedFormat());
    feed.hubId = r.requiredText("hub_id");
    feed.districtCode = r.digits("district_code", 4);
    feed.reviewerKeyId = r.keyId("reviewer_key_id");
    feed.after = r.u64("after");
    feed.latest = r.u64("latest");
    if (r.ok() && feed.latest < feed.after) {
        r.fail("latest", QStringLiteral("%1, before after %2").arg(feed.latest).arg(feed.after));
    }
    feed.issuedAt = r.utcTime("issued_at");
    const qsizetype count = r.count("entries", kMaxEntries);
    quint64 previous = feed.after;
    for (qsizetype i = 0; i < count && r.ok(); ++i) {
        r.setScope(QStringLiteral("entries[%1].").arg(i));
        ReviewFeedEntry entry;
        entry.serial = r.u64("serial");
        if (r.ok() && (entry.serial <= previous || entry.serial > feed.latest)) {
            r.fail(
                "serial",
                QStringLiteral("%1 not between %2 and %3").arg(entry.serial).arg(previous).arg(feed.latest));
        }
        previous = entry.serial;
        entry.receivedAt = r.utcTime("received_at");
        entry.villageCode = r.digits("village_code", 10);
        if (r.ok() && !entry.villageCode.startsWith(feed.districtCode)) {
            r.fail("village_code",
                   QStringLiteral("%1 outside district %2").arg(entry.villageCode, feed.districtCode));
        }
        entry.devicePublicKey = r.publicKey("device_public_key");
        entry.batchFile = r.bytes("batch_file");
        entry.receiptFile = r.bytes("receipt_file");
        feed.entries.append(std::move(entry));
    }
    r.setScope({});
    if (!r.finish()) {
        return Error(ErrorCode::SyncFileMalformed, {fileKindLabel(FileKind::ReviewFeed)}, r.failure());
    }
    return feed;
}

} // namespace verdes::sync
