// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/review/ReviewerEnrolment.h"

#include "models/core/Log.h"
#include "models/core/PublicKey.h"
#include "models/vault/AuditLog.h"
#include "models/vault/Database.h"
#include "models/vault/ReviewerKey.h"
#include "models/vault/Transaction.h"
#include "sync/batch/Envelope.h"
#include "sync/outbox/OutboxRepository.h"
#include "sync/review/ReviewRepository.h"

namespace verdes::sync {

namespace {

QString answerLabel()
{
    return fileKindLabel(FileKind::ReviewerAnswer);
}

// A request or an answer belongs to a district review vault; a village's has no reviewers.
Result<void> requireDistrict(Database &db)
{
    VERDES_TRY_ASSIGN(kind, ReviewRepository(db).meta(QStringLiteral("kind")));
    if (kind != vaultKindCode(VaultKind::District)) {
        return Error(ErrorCode::VaultWrongKind,
                     {VaultKindText::label(VaultKind::Village)},
                     QStringLiteral("reviewer enrolment in a village vault"));
    }
    return {};
}

// The reviewer role of the acting officer, PermissionDenied for any other.
Result<ReviewerRole> requireReviewerRole(const Actor &actor)
{
    VERDES_TRY(actor.require(Action::EnrolWithHub));
    const auto role = ReviewerEnrolment::reviewerRoleOf(actor.role);
    if (!role) {
        // Only a verifier may review: the refusal names the officer's role and what it may not do.
        auto refused = actor.require(Action::ReviewItems);
        Q_ASSERT(!refused);
        return refused ? Error(ErrorCode::Internal, {}, QStringLiteral("no reviewer role")) : refused.error();
    }
    return *role;
}

} // namespace

ReviewerEnrolment::ReviewerEnrolment(Database &db, Clock &clock)
    : m_db(db)
    , m_clock(clock)
{}

std::optional<ReviewerRole> ReviewerEnrolment::reviewerRoleOf(Role role)
{
    switch (role) {
    case Role::Verifier:
        return ReviewerRole::Verifier;
    case Role::OfficeHead:
        return ReviewerRole::OfficeHead;
    default:
        return std::nullopt;
    }
}

Result<ReviewerEnrolment::Request> ReviewerEnrolment::makeRequest(const Actor &actor)
{
    VERDES_TRY(requireDistrict(m_db));
    VERDES_TRY_ASSIGN(role, requireReviewerRole(actor));
    VERDES_TRY_ASSIGN(existing, ReviewerKey::of(m_db, actor.officerId));
    if (!existing) {
        Transaction tx(m_db);
        VERDES_TRY(tx.begin());
        VERDES_TRY_ASSIGN(made, ReviewerKey::ensure(m_db, actor, m_clock));
        VERDES_TRY(AuditLog(m_db, m_clock)
                       .append(actor,
                               {QStringLiteral("reviewer.key"),
                                QStringLiteral("reviewer_key"),
                                made.keyId(),
                                {},
                                {actor.name, made.keyId()}}));
        VERDES_TRY(tx.commit());
        qCInfo(lcSync) << "reviewer key" << made.keyId() << "made";
    }
    VERDES_TRY_ASSIGN(key, ReviewerKey::of(m_db, actor.officerId));
    Request made;
    VERDES_TRY_ASSIGN(vaultId, ReviewRepository(m_db).meta(QStringLiteral("vault_id")));
    VERDES_TRY_ASSIGN(district, ReviewRepository(m_db).meta(QStringLiteral("district_code")));
    VERDES_TRY_ASSIGN(office, ReviewRepository(m_db).meta(QStringLiteral("office_name")));
    made.request.vaultId = vaultId;
    made.request.districtCode = district;
    made.request.officeName = office;
    made.request.reviewerName = actor.name;
    made.request.role = role;
    made.request.reviewerPublicKey = key->publicKey();
    made.request.createdAt = m_clock.now().toUTC().toString(Qt::ISODateWithMs);
    made.request.appVersion = QStringLiteral(VERDES_VERSION);
    VERDES_TRY_ASSIGN(file,
                      Envelope::sign(FileKind::ReviewerRequest,
                                     key->publicKey(),
                                     made.request.encode(),
                                     [this, &actor](const QByteArray &bytes) {
                                         return ReviewerKey::sign(m_db, actor, bytes);
                                     }));
    made.signedFile = file;
    return made;
}

Result<ReviewerAnswer> ReviewerEnrolment::read(const Actor &actor, const QByteArray &answerFile)
{
    VERDES_TRY(requireDistrict(m_db));
    VERDES_TRY_ASSIGN(role, requireReviewerRole(actor));
    VERDES_TRY_ASSIGN(answer, ReviewerAnswer::open(answerFile));
    VERDES_TRY_ASSIGN(key, ReviewerKey::of(m_db, actor.officerId));
    VERDES_TRY_ASSIGN(vaultId, ReviewRepository(m_db).meta(QStringLiteral("vault_id")));
    VERDES_TRY_ASSIGN(district, ReviewRepository(m_db).meta(QStringLiteral("district_code")));
    if (!key || answer.reviewerKeyId != PublicKey::idOf(key->publicKey()) || answer.vaultId != vaultId
        || answer.districtCode != district) {
        return Error(ErrorCode::SyncNotOurs,
                     {answerLabel()},
                     QStringLiteral("answer for another reviewer, vault or district"));
    }
    // The hub enrolled the key for the role the officer had when they asked; an officer whose role
    // changed since asks again, so that no verdict is signed under a role they no longer have.
    if (answer.role != role) {
        return Error(ErrorCode::SyncNotOurs,
                     {answerLabel()},
                     QStringLiteral("answer for the role %1").arg(reviewerRoleCode(answer.role)));
    }
    OutboxRepository repo(m_db, m_clock);
    VERDES_TRY_ASSIGN(pinned, repo.hub());
    if (pinned && pinned->signingKey != answer.hubSigningKey) {
        return Error(ErrorCode::SyncHubUnknown,
                     {answerLabel(), answer.hubFingerprint()},
                     QStringLiteral("pinned hub key %1").arg(PublicKey::idTextOf(pinned->signingKey)));
    }
    return answer;
}

Result<ReviewerAnswer>
ReviewerEnrolment::accept(const Actor &actor, const QByteArray &answerFile, const QString &fingerprint)
{
    VERDES_TRY_ASSIGN(answer, read(actor, answerFile));
    if (!PublicKey::sameIdText(fingerprint, answer.hubFingerprint())) {
        return Error(ErrorCode::SyncFingerprintMismatch, {fingerprint, answer.hubFingerprint()});
    }
    Transaction tx(m_db);
    VERDES_TRY(tx.begin());
    OutboxRepository repo(m_db, m_clock);
    VERDES_TRY_ASSIGN(pinned, repo.hub());
    if (!pinned) {
        HubLink link;
        link.hubId = answer.hubId;
        link.hubName = answer.hubName;
        link.districtCode = answer.districtCode;
        link.signingKey = answer.hubSigningKey;
        link.sealingKey = answer.hubSealingKey;
        link.tlsPin = answer.tlsCertificateSha256;
        link.url = answer.hubUrl;
        link.enrolledAt = QDateTime::fromString(answer.enrolledAt, Qt::ISODateWithMs);
        link.answer = answerFile;
        VERDES_TRY(repo.storeHub(actor, link));
    }
    VERDES_TRY(ReviewRepository(m_db).storeEnrolment(ReviewerEnrolmentRow{
        actor.officerId, reviewerRoleCode(answer.role), answer.hubId, {}, answer.enrolledAt, answerFile}));
    VERDES_TRY(
        AuditLog(m_db, m_clock)
            .append(
                actor,
                {QStringLiteral("reviewer.enrol"),
                 QStringLiteral("reviewer_key"),
                 PublicKey::idText(answer.reviewerKeyId),
                 {},
                 {answer.hubName, reviewerRoleCode(answer.role), PublicKey::idText(answer.reviewerKeyId)}}));
    VERDES_TRY(tx.commit());
    qCInfo(lcSync) << "reviewer key" << PublicKey::idText(answer.reviewerKeyId) << "enrolled";
    return answer;
}

Result<ReviewerEnrolment::Status> ReviewerEnrolment::status(const QString &officerId)
{
    Status status;
    VERDES_TRY_ASSIGN(key, ReviewerKey::of(m_db, officerId));
    if (!key) {
        return status;
    }
    status.keyId = key->keyId();
    VERDES_TRY_ASSIGN(enrolled, ReviewRepository(m_db).enrolment(officerId));
    if (enrolled) {
        status.role = reviewerRoleFromCode(enrolled->roleCode);
        status.enrolledAt = enrolled->enrolledAt;
        status.hubName = enrolled->hubName;
    }
    return status;
}

} // namespace verdes::sync
