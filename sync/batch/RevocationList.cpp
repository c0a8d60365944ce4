// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/batch/RevocationList.h"

#include "sync/batch/Envelope.h"
#include "sync/batch/Wire.h"

#include <algorithm>

namespace verdes::sync {

namespace {

QString formatName()
{
    return QStringLiteral("verdes-revocations/1");
}

} // namespace

QByteArray RevocationList::encode() const
{
    WireWriter w;
    w.text(formatName());
    w.text(hubId);
    w.u64(serial);
    w.text(issuedAt);
    w.count(entries.size());
    for (const RevocationEntry &entry : entries) {
        w.keyId(entry.deviceKeyId);
        w.text(entry.vaultId);
        w.text(entry.revokedAt);
        w.text(entry.reason);
    }
    return w.data();
}

Result<RevocationList> RevocationList::decode(QByteArrayView body)
{
    WireReader r(body);
    RevocationList list;
    r.format(formatName());
    list.hubId = r.requiredText("hub_id");
    list.serial = r.u64("serial");
    if (r.ok() && list.serial == 0) {
        r.fail("serial", QStringLiteral("0"));
    }
    list.issuedAt = r.utcTime("issued_at");
    const qsizetype entries = r.count("entries", kMaxEntries);
    for (qsizetype i = 0; i < entries && r.ok(); ++i) {
        r.setScope(QStringLiteral("entries[%1].").arg(i));
        RevocationEntry entry;
        entry.deviceKeyId = r.keyId("device_key_id");
        // Sorted and unique, so that the same revocations always give the same bytes and a lookup
        // can search; both are checked as the entries come, against the one before.
        if (r.ok() && !list.entries.isEmpty() && entry.deviceKeyId <= list.entries.constLast().deviceKeyId) {
            r.fail("device_key_id",
                   entry.deviceKeyId == list.entries.constLast().deviceKeyId
                       ? QStringLiteral("the same key as the entry before")
                       : QStringLiteral("sorts before the entry before"));
        }
        entry.vaultId = r.requiredText("vault_id");
        entry.revokedAt = r.utcTime("revoked_at");
        entry.reason = r.text("reason");
        list.entries.append(std::move(entry));
    }
    r.setScope({});
    if (!r.finish()) {
        return Error(ErrorCode::SyncFileMalformed, {fileKindLabel(FileKind::RevocationList)}, r.failure());
    }
    return list;
}

bool RevocationList::revokes(QByteArrayView keyId) const
{
    const auto at = std::lower_bound(
        entries.cbegin(), entries.cend(), keyId, [](const RevocationEntry &entry, QByteArrayView id) {
            return QByteArrayView(entry.deviceKeyId) < id;
        });
    return at != entries.cend() && QByteArrayView(at->deviceKeyId) == keyId;
}

} // namespace verdes::sync
