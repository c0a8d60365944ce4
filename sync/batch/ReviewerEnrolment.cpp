// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/batch/ReviewerEnrolment.h"

#include "models/core/PublicKey.h"
#include "sync/batch/EnrolmentAnswer.h"
#include "sync/batch/Envelope.h"
#include "sync/batch/Wire.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace verdes::sync {

namespace {

constexpr qsizetype kDistrictCodeDigits = 4;

QString requestFormat()
{
    return QStringLiteral("verdes-reviewer-request/1");
}

QString answerFormat()
{
    return QStringLiteral("verdes-reviewer-answer/1");
}

ReviewerRole readRole(WireReader &r)
{
    const QString code = r.text("role");
    const std::optional<ReviewerRole> role = reviewerRoleFromCode(code);
    if (r.ok() && !role) {
        r.fail("role", QStringLiteral("not a known role code"));
    }
    return role.value_or(ReviewerRole::Verifier);
}

} // namespace

QString reviewerRoleCode(ReviewerRole role)
{
    switch (role) {
    case ReviewerRole::Verifier:
        return QStringLiteral("verifier");
    case ReviewerRole::OfficeHead:
        return QStringLiteral("office_head");
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<ReviewerRole> reviewerRoleFromCode(QStringView code)
{
    for (const ReviewerRole role : {ReviewerRole::Verifier, ReviewerRole::OfficeHead}) {
        if (code == reviewerRoleCode(role)) {
            return role;
        }
    }
    return std::nullopt;
}

QString reviewerRoleLabel(ReviewerRole role)
{
    switch (role) {
    case ReviewerRole::Verifier:
        return QCoreApplication::translate("ReviewerRole", "Verifier");
    case ReviewerRole::OfficeHead:
        return QCoreApplication::translate("ReviewerRole", "Office head");
    }
    Q_UNREACHABLE();
    return {};
}

QByteArray ReviewerRequest::encode() const
{
    WireWriter w;
    w.text(requestFormat());
    w.text(vaultId);
    w.text(districtCode);
    w.text(officeName);
    w.text(reviewerName);
    w.text(reviewerRoleCode(role));
    w.bytes(reviewerPublicKey);
    w.text(createdAt);
    w.text(appVersion);
    return w.data();
}

Result<ReviewerRequest> ReviewerRequest::decode(QByteArrayView body)
{
    WireReader r(body);
    ReviewerRequest request;
    r.format(requestFormat());
    request.vaultId = r.requiredText("vault_id");
    request.districtCode = r.digits("district_code", kDistrictCodeDigits);
    request.officeName = r.requiredText("office_name");
    request.reviewerName = r.requiredText("reviewer_name");
    request.role = readRole(r);
    request.reviewerPublicKey = r.publicKey("reviewer_public_key");
    request.createdAt = r.utcTime("created_at");
    request.appVersion = r.requiredText("app_version");
    if (!r.finish()) {
        return Error(ErrorCode::SyncFileMalformed, {fileKindLabel(FileKind::ReviewerRequest)}, r.failure());
    }
    return request;
}

Result<ReviewerRequest> ReviewerRequest::open(QByteArrayView signedFile)
{
    // Self-signed, as an enrolment request (docs/batch-format.md §8): nothing of the body is used but
    // the key until the signature verified.
    return Envelope::openSelfSigned<ReviewerRequest>(
        signedFile, FileKind::ReviewerRequest, [](const ReviewerRequest &request) {
            return request.reviewerPublicKey;
        });
}

QString ReviewerRequest::fingerprint() const
{
    return PublicKey::idTextOf(reviewerPublicKey);
}

QByteArray ReviewerRequest::idOf(QByteArrayView signedFile)
{
    return QCryptographicHash::hash(signedFile, QCryptographicHash::Sha256);
}

QByteArray ReviewerAnswer::encode() const
{
    WireWriter w;
    w.text(answerFormat());
    w.text(hubId);
    w.text(hubName);
    w.text(districtCode);
    w.keyId(reviewerKeyId);
    w.text(vaultId);
    w.text(reviewerName);
    w.text(reviewerRoleCode(role));
    w.bytes(hubSigningKey);
    w.bytes(hubSealingKey);
    w.optionalDigest(tlsCertificateSha256);
    w.text(hubUrl);
    w.text(enrolledAt);
    w.digest(answersRequest);
    return w.data();
}

Result<ReviewerAnswer> ReviewerAnswer::decode(QByteArrayView body)
{
    WireReader r(body);
    ReviewerAnswer answer;
    r.format(answerFormat());
    answer.hubId = r.requiredText("hub_id");
    answer.hubName = r.requiredText("hub_name");
    answer.districtCode = r.digits("district_code", kDistrictCodeDigits);
    answer.reviewerKeyId = r.keyId("reviewer_key_id");
    answer.vaultId = r.requiredText("vault_id");
    answer.reviewerName = r.requiredText("reviewer_name");
    answer.role = readRole(r);
    answer.hubSigningKey = r.publicKey("hub_signing_key");
    answer.hubSealingKey = r.publicKey("hub_sealing_key");
    answer.tlsCertificateSha256 = r.optionalDigest("tls_certificate_sha256");
    answer.hubUrl = r.text("hub_url");
    checkHubAddress(r, answer.hubUrl, answer.tlsCertificateSha256);
    answer.enrolledAt = r.utcTime("enrolled_at");
    answer.answersRequest = r.digest("answers_request");
    if (!r.finish()) {
        return Error(ErrorCode::SyncFileMalformed, {fileKindLabel(FileKind::ReviewerAnswer)}, r.failure());
    }
    return answer;
}

Result<ReviewerAnswer> ReviewerAnswer::open(QByteArrayView signedFile)
{
    return Envelope::openSelfSigned<ReviewerAnswer>(
        signedFile, FileKind::ReviewerAnswer, [](const ReviewerAnswer &answer) {
            return answer.hubSigningKey;
        });
}

QString ReviewerAnswer::hubFingerprint() const
{
    return PublicKey::idTextOf(hubSigningKey);
}

} // namespace verdes::sync
