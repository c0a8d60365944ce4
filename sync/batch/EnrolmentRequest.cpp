// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/batch/EnrolmentRequest.h"

#include "models/core/PublicKey.h"
#include "sync/batch/Envelope.h"
#include "sync/batch/Wire.h"

#include <QCryptographicHash>

namespace verdes::sync {

namespace {

constexpr qsizetype kVillageCodeDigits = 10;

QString formatName()
{
    return QStringLiteral("verdes-enrolment-request/1");
}

} // namespace

QByteArray EnrolmentRequest::encode() const
{
    WireWriter w;
    w.text(formatName());
    w.text(vaultId);
    w.text(villageCode);
    w.text(villageName);
    w.bytes(devicePublicKey);
    w.text(officer);
    w.text(createdAt);
    w.text(appVersion);
    return w.data();
}

Result<EnrolmentRequest> EnrolmentRequest::decode(QByteArrayView body)
{
    WireReader r(body);
    EnrolmentRequest request;
    r.format(formatName());
    request.vaultId = r.requiredText("vault_id");
    request.villageCode = r.digits("village_code", kVillageCodeDigits);
    request.villageName = r.requiredText("village_name");
    request.devicePublicKey = r.publicKey("device_public_key");
    request.officer = r.requiredText("officer");
    request.createdAt = r.utcTime("created_at");
    request.appVersion = r.requiredText("app_version");
    if (!r.finish()) {
        return Error(ErrorCode::SyncFileMalformed, {fileKindLabel(FileKind::EnrolmentRequest)}, r.failure());
    }
    return request;
}

Result<EnrolmentRequest> EnrolmentRequest::open(QByteArrayView signedFile)
{
    // Self-signed (docs/batch-format.md §8): the key that verifies the request is in its body, so the
    // body is decoded before the signature is checked, by the same bounded decoder as every body, and
    // nothing of it is returned or used but the key until the signature verified.
    return Envelope::openSelfSigned<EnrolmentRequest>(
        signedFile, FileKind::EnrolmentRequest, [](const EnrolmentRequest &request) {
            return request.devicePublicKey;
        });
}

QString EnrolmentRequest::fingerprint() const
{
    return PublicKey::idTextOf(devicePublicKey);
}

QByteArray EnrolmentRequest::idOf(QByteArrayView signedFile)
{
    return QCryptographicHash::hash(signedFile, QCryptographicHash::Sha256);
}

} // namespace verdes::sync
