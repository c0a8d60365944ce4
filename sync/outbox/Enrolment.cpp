// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/outbox/Enrolment.h"

#include "models/core/Log.h"
#include "models/core/PublicKey.h"
#include "models/vault/AuditLog.h"
#include "models/vault/DeviceKey.h"
#include "models/vault/Transaction.h"
#include "sync/batch/Envelope.h"
#include "sync/outbox/OutboxRepository.h"

#include <QCoreApplication>

namespace verdes::sync {

namespace {

QString answerLabel()
{
    return fileKindLabel(FileKind::EnrolmentAnswer);
}

} // namespace

Enrolment::Enrolment(Database &db, Clock &clock)
    : m_db(db)
    , m_clock(clock)
{}

Result<Enrolment::Request> Enrolment::makeRequest(const Actor &actor, const QString &villageName)
{
    VERDES_TRY(actor.require(Action::EnrolWithHub));
    OutboxRepository repo(m_db, m_clock);
    VERDES_TRY_ASSIGN(pinned, repo.hub());
    VERDES_TRY_ASSIGN(current, DeviceKey::load(m_db));
    if (pinned && pinned->isRevoked() && pinned->revokedKeyId == current.keyId()) {
        // The hub never enrols a revoked key again: the vault asks with a new one. Once, so that a
        // request made twice (a lost file) names the same key.
        Transaction tx(m_db);
        VERDES_TRY(tx.begin());
        VERDES_TRY_ASSIGN(rotated, DeviceKey::rotate(m_db, m_clock));
        VERDES_TRY(AuditLog(m_db, m_clock)
                       .append(actor,
                               {QStringLiteral("device.rotate"),
                                QStringLiteral("device_key"),
                                rotated.keyId(),
                                {},
                                {current.keyId(), rotated.keyId()}}));
        VERDES_TRY(tx.commit());
        qCInfo(lcSync) << "device key" << current.keyId() << "revoked: replaced by" << rotated.keyId();
    }
    VERDES_TRY_ASSIGN(key, DeviceKey::load(m_db));
    Request made;
    VERDES_TRY_ASSIGN(vaultId, repo.vaultId());
    VERDES_TRY_ASSIGN(village, repo.villageCode());
    made.request.vaultId = vaultId;
    made.request.villageCode = village;
    made.request.villageName = villageName;
    made.request.devicePublicKey = key.publicKey();
    made.request.officer = actor.name;
    made.request.createdAt = m_clock.now().toUTC().toString(Qt::ISODateWithMs);
    made.request.appVersion = QStringLiteral(VERDES_VERSION);
    VERDES_TRY_ASSIGN(file,
                      Envelope::sign(FileKind::EnrolmentRequest,
                                     key.publicKey(),
                                     made.request.encode(),
                                     [this](const QByteArray &bytes) {
                                         return DeviceKey::sign(m_db, bytes);
                                     }));
    made.signedFile = file;
    qCInfo(lcSync) << "enrolment request made for device key" << key.keyId();
    return made;
}

Result<EnrolmentAnswer> Enrolment::read(const QByteArray &answerFile)
{
    VERDES_TRY_ASSIGN(answer, EnrolmentAnswer::open(answerFile));
    OutboxRepository repo(m_db, m_clock);
    VERDES_TRY_ASSIGN(key, DeviceKey::load(m_db));
    VERDES_TRY_ASSIGN(vaultId, repo.vaultId());
    VERDES_TRY_ASSIGN(village, repo.villageCode());
    if (answer.deviceKeyId != PublicKey::idOf(key.publicKey()) || answer.vaultId != vaultId
        || answer.villageCode != village) {
        return Error(
            ErrorCode::SyncNotOurs, {answerLabel()}, QStringLiteral("answer for another device or vault"));
    }
    VERDES_TRY_ASSIGN(pinned, repo.hub());
    if (pinned && pinned->signingKey != answer.hubSigningKey) {
        return Error(ErrorCode::SyncHubUnknown,
                     {answerLabel(), answer.hubFingerprint()},
                     QStringLiteral("pinned hub key %1").arg(PublicKey::idTextOf(pinned->signingKey)));
    }
    // An answer for the revoked key (the first enrolment's, kept somewhere) does not reopen the vault:
    // only the hub's answer to a request with the new key does.
    if (pinned && pinned->isRevoked() && PublicKey::idText(answer.deviceKeyId) == pinned->revokedKeyId) {
        return Error(ErrorCode::SyncDeviceRevoked,
                     {pinned->hubName},
                     QStringLiteral("an answer for the revoked key %1").arg(pinned->revokedKeyId));
    }
    return answer;
}

Result<EnrolmentAnswer>
Enrolment::accept(const Actor &actor, const QByteArray &answerFile, const QString &fingerprint)
{
    VERDES_TRY(actor.require(Action::EnrolWithHub));
    VERDES_TRY_ASSIGN(answer, read(answerFile));
    if (!PublicKey::sameIdText(fingerprint, answer.hubFingerprint())) {
        return Error(ErrorCode::SyncFingerprintMismatch, {fingerprint, answer.hubFingerprint()});
    }
    HubLink link;
    link.hubId = answer.hubId;
    link.hubName = answer.hubName;
    link.districtCode = answer.districtCode;
    link.signingKey = answer.hubSigningKey;
    link.sealingKey = answer.hubSealingKey;
    link.tlsPin = answer.tlsCertificateSha256;
    link.url = answer.hubUrl;
    link.maxOfflineDays = static_cast<int>(answer.maxOfflineDays);
    link.enrolledAt = QDateTime::fromString(answer.enrolledAt, Qt::ISODateWithMs);
    link.answer = answerFile;
    Transaction tx(m_db);
    VERDES_TRY(tx.begin());
    OutboxRepository repo(m_db, m_clock);
    VERDES_TRY_ASSIGN(before, repo.hub());
    VERDES_TRY(repo.storeHub(actor, link));
    if (before && before->isRevoked()) {
        // The batches the district has not answered go again, signed by the new key (Outbox).
        VERDES_TRY(repo.restartUnanswered());
    }
    VERDES_TRY(tx.commit());
    qCInfo(lcSync) << "enrolled with hub key" << answer.hubFingerprint();
    return answer;
}

} // namespace verdes::sync
