// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/batch/DecisionList.h"

#include "sync/batch/Envelope.h"
#include "sync/batch/Wire.h"

#include <QSet>

namespace verdes::sync {

namespace {

QString requestFormat()
{
    return QStringLiteral("verdes-decisions-request/1");
}

QString listFormat()
{
    return QStringLiteral("verdes-decisions/1");
}

constexpr qsizetype kMaxVerdictFileBytes = qsizetype{64} << 10;

} // namespace

QByteArray DecisionRequest::encode() const
{
    WireWriter w;
    w.text(requestFormat());
    w.text(vaultId);
    w.text(villageCode);
    w.keyId(deviceKeyId);
    w.u64(after);
    w.text(createdAt);
    return w.data();
}

Result<DecisionRequest> DecisionRequest::decode(QByteArrayView body)
{
    WireReader r(body);
    DecisionRequest request;
    r.format(requestFormat());
    request.vaultId = r.requiredText("vault_id");
    request.villageCode = r.digits("village_code", 10);
    request.deviceKeyId = r.keyId("device_key_id");
    request.after = r.u64("after");
    request.createdAt = r.utcTime("created_at");
    if (!r.finish()) {
        return Error(ErrorCode::SyncFileMalformed, {fileKindLabel(FileKind::DecisionRequest)}, r.failure());
    }
    return request;
}

QByteArray DecisionList::encode() const
{
    WireWriter w;
    w.text(listFormat());
    w.text(hubId);
    w.text(villageCode);
    w.keyId(deviceKeyId);
    w.u64(after);
    w.u64(latest);
    w.text(issuedAt);
    w.count(reviewers.size());
    for (const DecisionReviewer &reviewer : reviewers) {
        w.bytes(reviewer.publicKey);
        w.text(reviewer.name);
        w.text(reviewerRoleCode(reviewer.role));
    }
    w.count(entries.size());
    for (const DecisionEntry &entry : entries) {
        w.u64(entry.serial);
        w.text(entry.storedAt);
        w.bytes(entry.verdictFile);
    }
    return w.data();
}

Result<DecisionList> DecisionList::decode(QByteArrayView body)
{
    WireLimits limits;
    limits.count = kMaxEntries;
    WireReader r(body, limits);
    DecisionList list;
    r.format(listFormat());
    list.hubId = r.requiredText("hub_id");
    list.villageCode = r.digits("village_code", 10);
    list.deviceKeyId = r.keyId("device_key_id");
    list.after = r.u64("after");
    list.latest = r.u64("latest");
    if (r.ok() && list.latest < list.after) {
        r.fail("latest", QStringLiteral("%1, before after %2").arg(list.latest).arg(list.after));
    }
    list.issuedAt = r.utcTime("issued_at");
    const qsizetype reviewerCount = r.count("reviewers", kMaxReviewers);
    QSet<QByteArray> seen;
    for (qsizetype i = 0; i < reviewerCount && r.ok(); ++i) {
        r.setScope(QStringLiteral("reviewers[%1].").arg(i));
        DecisionReviewer reviewer;
        reviewer.publicKey = r.publicKey("public_key");
        if (r.ok() && seen.contains(reviewer.publicKey)) {
            r.fail("public_key", QStringLiteral("listed twice"));
        }
        seen.insert(reviewer.publicKey);
        reviewer.name = r.requiredText("name");
        const QString role = r.text("role");
        if (r.ok()) {
            const auto known = reviewerRoleFromCode(role);
            known ? void(reviewer.role = *known)
                  : r.fail("role", QStringLiteral("'%1' is not a role").arg(role));
        }
        list.reviewers.append(std::move(reviewer));
    }
    r.setScope({});
    const qsizetype count = r.count("entries", kMaxEntries);
    quint64 previous = list.after;
    for (qsizetype i = 0; i < count && r.ok(); ++i) {
        r.setScope(QStringLiteral("entries[%1].").arg(i));
        DecisionEntry entry;
        entry.serial = r.u64("serial");
        if (r.ok() && (entry.serial <= previous || entry.serial > list.latest)) {
            r.fail(
                "serial",
                QStringLiteral("%1 not between %2 and %3").arg(entry.serial).arg(previous).arg(list.latest));
        }
        previous = entry.serial;
        entry.storedAt = r.utcTime("stored_at");
        entry.verdictFile = r.bytes("verdict_file", kMaxVerdictFileBytes);
        list.entries.append(std::move(entry));
    }
    r.setScope({});
    if (!r.finish()) {
        return Error(ErrorCode::SyncFileMalformed, {fileKindLabel(FileKind::DecisionList)}, r.failure());
    }
    return list;
}

} // namespace verdes::sync
