// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/batch/EnrolmentAnswer.h"

#include "models/core/PublicKey.h"
#include "sync/batch/Envelope.h"
#include "sync/batch/Wire.h"

#include <QUrl>

namespace verdes::sync {

namespace {

constexpr qsizetype kDistrictCodeDigits = 4;
constexpr qsizetype kVillageCodeDigits = 10;

QString formatName()
{
    return QStringLiteral("verdes-enrolment-answer/1");
}

bool isHttpsUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && url.scheme() == QStringLiteral("https") && !url.host().isEmpty()
           && text.startsWith(QStringLiteral("https://"));
}

} // namespace

void checkHubAddress(WireReader &r,
                     const QString &hubUrl,
                     const std::optional<QByteArray> &tlsCertificateSha256)
{
    // A hub reached over the network is reached over TLS with the pinned certificate; a USB-only hub
    // has neither. The URL itself is not written to the detail: it is the hub's, not ours to log.
    if (r.ok() && hubUrl.isEmpty() == tlsCertificateSha256.has_value()) {
        r.fail("hub_url", QStringLiteral("given exactly when a TLS certificate is pinned"));
    }
    if (r.ok() && !hubUrl.isEmpty() && !isHttpsUrl(hubUrl)) {
        r.fail("hub_url", QStringLiteral("not an https URL with a host"));
    }
}

QByteArray EnrolmentAnswer::encode() const
{
    WireWriter w;
    w.text(formatName());
    w.text(hubId);
    w.text(hubName);
    w.text(districtCode);
    w.keyId(deviceKeyId);
    w.text(vaultId);
    w.text(villageCode);
    w.bytes(hubSigningKey);
    w.bytes(hubSealingKey);
    w.optionalDigest(tlsCertificateSha256);
    w.text(hubUrl);
    w.u32(maxOfflineDays);
    w.text(enrolledAt);
    w.digest(answersRequest);
    return w.data();
}

Result<EnrolmentAnswer> EnrolmentAnswer::decode(QByteArrayView body)
{
    WireReader r(body);
    EnrolmentAnswer answer;
    r.format(formatName());
    answer.hubId = r.requiredText("hub_id");
    answer.hubName = r.requiredText("hub_name");
    answer.districtCode = r.digits("district_code", kDistrictCodeDigits);
    answer.deviceKeyId = r.keyId("device_key_id");
    answer.vaultId = r.requiredText("vault_id");
    answer.villageCode = r.digits("village_code", kVillageCodeDigits);
    if (r.ok() && !answer.villageCode.startsWith(answer.districtCode)) {
        r.fail("village_code", QStringLiteral("not in district %1").arg(answer.districtCode));
    }
    answer.hubSigningKey = r.publicKey("hub_signing_key");
    answer.hubSealingKey = r.publicKey("hub_sealing_key");
    answer.tlsCertificateSha256 = r.optionalDigest("tls_certificate_sha256");
    answer.hubUrl = r.text("hub_url");
    checkHubAddress(r, answer.hubUrl, answer.tlsCertificateSha256);
    answer.maxOfflineDays = r.u32("max_offline_days");
    answer.enrolledAt = r.utcTime("enrolled_at");
    answer.answersRequest = r.digest("answers_request");
    if (!r.finish()) {
        return Error(ErrorCode::SyncFileMalformed, {fileKindLabel(FileKind::EnrolmentAnswer)}, r.failure());
    }
    return answer;
}

Result<EnrolmentAnswer> EnrolmentAnswer::open(QByteArrayView signedFile)
{
    // Self-signed on first contact (docs/batch-format.md §8): decoded, bounded, to find the hub
    // signing key in it; nothing of it is returned or used but the key until the signature verified.
    return Envelope::openSelfSigned<EnrolmentAnswer>(
        signedFile, FileKind::EnrolmentAnswer, [](const EnrolmentAnswer &answer) {
            return answer.hubSigningKey;
        });
}

QString EnrolmentAnswer::hubFingerprint() const
{
    return PublicKey::idTextOf(hubSigningKey);
}

} // namespace verdes::sync
