// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/batch/Snapshot.h"

#include "sync/batch/Envelope.h"
#include "sync/batch/Wire.h"

#include <QCryptographicHash>

namespace verdes::sync {

namespace {

QString snapshotFormat()
{
    return QStringLiteral("verdes-snapshot/1");
}

} // namespace

QByteArray SignedSnapshot::encode() const
{
    WireWriter w;
    w.text(snapshotFormat());
    w.text(hubId);
    w.text(villageCode);
    w.keyId(deviceKeyId);
    w.u64(serial);
    w.text(issuedAt);
    w.text(label);
    w.text(fileName);
    w.digest(csvSha256);
    w.bytes(csv);
    return w.data();
}

Result<SignedSnapshot> SignedSnapshot::decode(QByteArrayView body)
{
    WireLimits limits;
    limits.bytes = kMaxCsvBytes;
    WireReader r(body, limits);
    SignedSnapshot snapshot;
    r.format(snapshotFormat());
    snapshot.hubId = r.requiredText("hub_id");
    snapshot.villageCode = r.digits("village_code", 10);
    snapshot.deviceKeyId = r.keyId("device_key_id");
    snapshot.serial = r.u64("serial");
    if (r.ok() && snapshot.serial == 0) {
        r.fail("serial", QStringLiteral("0"));
    }
    snapshot.issuedAt = r.utcTime("issued_at");
    snapshot.label = r.requiredText("label");
    snapshot.fileName = r.requiredText("file_name");
    snapshot.csvSha256 = r.digest("csv_sha256");
    snapshot.csv = r.bytes("csv", kMaxCsvBytes);
    if (r.ok() && QCryptographicHash::hash(snapshot.csv, QCryptographicHash::Sha256) != snapshot.csvSha256) {
        r.fail("csv_sha256", QStringLiteral("does not match the CSV"));
    }
    if (!r.finish()) {
        return Error(ErrorCode::SyncFileMalformed, {fileKindLabel(FileKind::Snapshot)}, r.failure());
    }
    return snapshot;
}

} // namespace verdes::sync
