// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The district review vault (issue 14 §1): made as a vault of kind "district", its officers limited
// to the district's roles, each reviewer's own key, and the request and answer of a reviewer's
// enrolment at the hub. The hub's answers are made here with a hub key of the test's own (the real
// hub enrols reviewers in tst_Hub and tst_HubProcess).

#include "models/core/Error.h"
#include "models/core/PublicKey.h"
#include "models/vault/AuditLog.h"
#include "models/vault/Database.h"
#include "models/vault/Kdf.h"
#include "models/vault/ReviewerKey.h"
#include "models/vault/Vault.h"
#include "sync/batch/Envelope.h"
#include "sync/crypto/Signer.h"
#include "sync/outbox/OutboxRepository.h"
#include "sync/review/ReviewerEnrolment.h"
#include "tests/support/TempVault.h"

#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace verdes;
using namespace verdes::sync;

namespace {

const QString kDistrict = QStringLiteral("3374");
const QString kOffice = QStringLiteral("Dinas Sosial Kota Semarang");
const QString kHead = QStringLiteral("Budi Santoso");
const QString kVerifier = QStringLiteral("Sri Wahyuni");

SecureBytes passphrase()
{
    return SecureBytes::fromUtf8(u"kata sandi dinas 123");
}

// A hub of the test's own: what verdes-hub puts into an answer, signed with its key.
struct TestHub
{
    Signer signer = Signer::generate();
    QByteArray sealingKey = QByteArray(32, '\x5a');

    QByteArray answer(const ReviewerEnrolment::Request &made, ReviewerRole role) const
    {
        ReviewerAnswer answer;
        answer.hubId = QStringLiteral("hub-3374");
        answer.hubName = QStringLiteral("Hub Dinsos Semarang");
        answer.districtCode = made.request.districtCode;
        answer.reviewerKeyId = PublicKey::idOf(made.request.reviewerPublicKey);
        answer.vaultId = made.request.vaultId;
        answer.reviewerName = made.request.reviewerName;
        answer.role = role;
        answer.hubSigningKey = signer.publicKey();
        answer.hubSealingKey = sealingKey;
        answer.enrolledAt = QStringLiteral("2026-12-10T09:41:07.123Z");
        answer.answersRequest = ReviewerRequest::idOf(made.signedFile);
        return sign(answer);
    }

    QByteArray sign(const ReviewerAnswer &answer) const
    {
        auto file = Envelope::sign(
            FileKind::ReviewerAnswer, signer.publicKey(), answer.encode(), [this](const QByteArray &bytes) {
                return Result<QByteArray>(signer.sign(bytes));
            });
        Q_ASSERT(file.has_value());
        return *file;
    }

    QString fingerprint() const { return PublicKey::idTextOf(signer.publicKey()); }
};

} // namespace

class TestReviewerEnrolment : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Vault> m_vault;

    QString folder() const { return m_dir.filePath(QStringLiteral("dinsos.verdes")); }

    // The vault unlocked by `officer` (the head made it; the verifier is added in init()).
    std::unique_ptr<Vault> unlockAs(const QString &officer)
    {
        m_vault.reset();
        auto vault = Vault::unlock(folder(), officer, passphrase());
        if (!vault) {
            qWarning() << errorCodeName(vault.error().code) << vault.error().detail;
            return nullptr;
        }
        return std::move(*vault);
    }

private Q_SLOTS:

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Kdf::setFastForTests(true);
    }

    void init()
    {
        m_vault.reset();
        QDir(folder()).removeRecursively();
        auto created = Vault::createDistrict(folder(), kDistrict, kOffice, kHead, passphrase());
        QVERIFY2(created.has_value(), qPrintable(created ? QString() : created.error().detail));
        m_vault = std::move(created->vault);
        QVERIFY(m_vault->addOfficer(kVerifier, passphrase(), Role::Verifier).has_value());
    }

    void aDistrictVaultKeepsItsKindAndOffice()
    {
        QCOMPARE(m_vault->kind(), VaultKind::District);
        QCOMPARE(m_vault->actor().role, Role::OfficeHead);
        m_vault = unlockAs(kHead);
        QVERIFY(m_vault);
        QVERIFY(m_vault->isDistrict());
        QCOMPARE(m_vault->districtCode(), kDistrict);
        QCOMPARE(m_vault->officeName(), kOffice);
        QCOMPARE(m_vault->displayName(), kOffice);
        QVERIFY(m_vault->villageCode().isEmpty());
        QVERIFY(m_vault->requireKind(VaultKind::District).has_value());
        const auto refused = m_vault->requireKind(VaultKind::Village);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::VaultWrongKind);
        QVERIFY(describe(refused.error()).contains(VaultKindText::label(VaultKind::District).toLower()));
    }

    void aVillageVaultIsStillAVillageVault()
    {
        test::TempVault village;
        QVERIFY2(village.isValid(), qPrintable(village.errorText()));
        QCOMPARE(village.vault().kind(), VaultKind::Village);
        QCOMPARE(village.vault().districtCode(), QStringLiteral("3310"));
        village.lock();
        QVERIFY(village.reopen());
        QCOMPARE(village.vault().kind(), VaultKind::Village);
        QCOMPARE(village.vault().requireKind(VaultKind::District).error().code, ErrorCode::VaultWrongKind);
        // A village's officer cannot be given a district's role, nor the other way round.
        QCOMPARE(
            village.vault().addOfficer(QStringLiteral("Dinas"), passphrase(), Role::Verifier).error().code,
            ErrorCode::VaultRoleNotForKind);
        QCOMPARE(m_vault->addOfficer(QStringLiteral("Operator"), passphrase(), Role::Operator).error().code,
                 ErrorCode::VaultRoleNotForKind);
        QCOMPARE(m_vault->setOfficerRole(kVerifier, Role::KepalaDesa).error().code,
                 ErrorCode::VaultRoleNotForKind);
        QVERIFY(m_vault->setOfficerRole(kVerifier, Role::Viewer).has_value());
    }

    void creatingRefusesWhatIsNotADistrict()
    {
        const QString other = m_dir.filePath(QStringLiteral("other.verdes"));
        QCOMPARE(
            Vault::createDistrict(other, QStringLiteral("33740"), kOffice, kHead, passphrase()).error().code,
            ErrorCode::VaultInvalidDistrictCode);
        QCOMPARE(
            Vault::createDistrict(other, kDistrict, QStringLiteral("  "), kHead, passphrase()).error().code,
            ErrorCode::UsageError);
        QCOMPARE(Vault::createDistrict(
                     other, kDistrict, kOffice, kHead, passphrase(), SystemClock::instance(), Role::Chair)
                     .error()
                     .code,
                 ErrorCode::VaultRoleNotForKind);
        QVERIFY(!QFileInfo::exists(other));
    }

    void theRequestIsSignedByTheReviewersOwnKey()
    {
        m_vault = unlockAs(kVerifier);
        QVERIFY(m_vault);
        ReviewerEnrolment enrolment(m_vault->database());
        auto made = enrolment.makeRequest(m_vault->actor());
        QVERIFY2(made.has_value(), qPrintable(made ? QString() : made.error().detail));
        // The file verifies with the key it carries, and says who asks, for what and from where.
        auto opened = ReviewerRequest::open(made->signedFile);
        QVERIFY(opened.has_value());
        QCOMPARE(*opened, made->request);
        QCOMPARE(opened->reviewerName, kVerifier);
        QCOMPARE(opened->role, ReviewerRole::Verifier);
        QCOMPARE(opened->districtCode, kDistrict);
        QCOMPARE(opened->officeName, kOffice);
        QCOMPARE(opened->vaultId, m_vault->vaultId());
        // Not the vault's device key: the officer's own.
        auto key = ReviewerKey::of(m_vault->database(), m_vault->actor().officerId);
        QVERIFY(key.has_value() && key->has_value());
        QCOMPARE((*key)->publicKey(), opened->reviewerPublicKey);
        // Asking again names the same key; the key was made once, audited.
        auto again = enrolment.makeRequest(m_vault->actor());
        QVERIFY(again.has_value());
        QCOMPARE(again->request.reviewerPublicKey, made->request.reviewerPublicKey);
        QCOMPARE(m_vault->database()
                     .queryInt(u"SELECT count(*) FROM audit_log WHERE action = 'reviewer.key'")
                     .value(),
                 qint64(1));
        auto status = enrolment.status(m_vault->actor().officerId);
        QVERIFY(status.has_value());
        QCOMPARE(status->keyId, (*key)->keyId());
        QVERIFY(!status->isEnrolled());
    }

    void eachReviewerHasAKeyOfTheirOwn()
    {
        m_vault = unlockAs(kVerifier);
        QVERIFY(m_vault);
        auto verifierRequest = ReviewerEnrolment(m_vault->database()).makeRequest(m_vault->actor());
        QVERIFY(verifierRequest.has_value());
        m_vault = unlockAs(kHead);
        QVERIFY(m_vault);
        // The head cannot sign with the verifier's key: they have none of their own yet.
        const auto borrowed = ReviewerKey::sign(m_vault->database(), m_vault->actor(), QByteArray("verdict"));
        QVERIFY(!borrowed);
        QCOMPARE(borrowed.error().code, ErrorCode::VaultUnknownOfficer);
        auto headRequest = ReviewerEnrolment(m_vault->database()).makeRequest(m_vault->actor());
        QVERIFY(headRequest.has_value());
        QCOMPARE(headRequest->request.role, ReviewerRole::OfficeHead);
        QVERIFY(headRequest->request.reviewerPublicKey != verifierRequest->request.reviewerPublicKey);
        auto signature = ReviewerKey::sign(m_vault->database(), m_vault->actor(), QByteArray("verdict"));
        QVERIFY(signature.has_value());
        QVERIFY(PublicKey::verify(headRequest->request.reviewerPublicKey, QByteArray("verdict"), *signature));
        QVERIFY(!PublicKey::verify(
            verifierRequest->request.reviewerPublicKey, QByteArray("verdict"), *signature));
    }

    void whoReviewsNothingCannotAsk()
    {
        QVERIFY(m_vault->addOfficer(QStringLiteral("Pengamat"), passphrase(), Role::Viewer).has_value());
        m_vault = unlockAs(QStringLiteral("Pengamat"));
        QVERIFY(m_vault);
        const auto refused = ReviewerEnrolment(m_vault->database()).makeRequest(m_vault->actor());
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);
        QCOMPARE(m_vault->database().queryInt(u"SELECT count(*) FROM reviewer_keys").value(), qint64(0));
        // Nor does a village vault have reviewers.
        test::TempVault village;
        QVERIFY(village.isValid());
        Actor dressedUp = village.vault().actor();
        dressedUp.role = Role::Verifier;
        QCOMPARE(ReviewerEnrolment(village.database()).makeRequest(dressedUp).error().code,
                 ErrorCode::VaultWrongKind);
    }

    void theFirstAcceptedAnswerPinsTheHub()
    {
        m_vault = unlockAs(kVerifier);
        QVERIFY(m_vault);
        ReviewerEnrolment enrolment(m_vault->database());
        auto made = enrolment.makeRequest(m_vault->actor());
        QVERIFY(made.has_value());
        const TestHub hub;
        const QByteArray answer = hub.answer(*made, ReviewerRole::Verifier);
        // A fingerprint that is not the hub's pins nothing.
        const auto mismatch =
            enrolment.accept(m_vault->actor(), answer, QStringLiteral("0000-0000-0000-0000"));
        QCOMPARE(mismatch.error().code, ErrorCode::SyncFingerprintMismatch);
        QVERIFY(!OutboxRepository(m_vault->database()).hub().value());
        auto accepted = enrolment.accept(m_vault->actor(), answer, hub.fingerprint().toLower());
        QVERIFY2(accepted.has_value(), qPrintable(accepted ? QString() : accepted.error().detail));
        auto pinned = OutboxRepository(m_vault->database()).hub();
        QVERIFY(pinned.has_value() && pinned->has_value());
        QCOMPARE((*pinned)->signingKey, hub.signer.publicKey());
        QCOMPARE((*pinned)->districtCode, kDistrict);
        auto status = enrolment.status(m_vault->actor().officerId);
        QVERIFY(status.has_value() && status->isEnrolled());
        QCOMPARE(status->role, std::optional(ReviewerRole::Verifier));
        QCOMPARE(status->hubName, QStringLiteral("Hub Dinsos Semarang"));
        // The history holds every step and still matches the content.
        auto verified = AuditLog(m_vault->database()).verify();
        QVERIFY(verified.has_value());
        QVERIFY2(verified->intact(), qPrintable(verified->changedTables.join(u',')));

        // The head's answer must come from the pinned hub now.
        m_vault = unlockAs(kHead);
        QVERIFY(m_vault);
        ReviewerEnrolment headEnrolment(m_vault->database());
        auto headMade = headEnrolment.makeRequest(m_vault->actor());
        QVERIFY(headMade.has_value());
        const TestHub stranger;
        const auto foreign = headEnrolment.accept(
            m_vault->actor(), stranger.answer(*headMade, ReviewerRole::OfficeHead), stranger.fingerprint());
        QCOMPARE(foreign.error().code, ErrorCode::SyncHubUnknown);
        QVERIFY(
            headEnrolment
                .accept(m_vault->actor(), hub.answer(*headMade, ReviewerRole::OfficeHead), hub.fingerprint())
                .has_value());
    }

    void anAnswerForSomeoneElseIsRefused()
    {
        m_vault = unlockAs(kVerifier);
        QVERIFY(m_vault);
        ReviewerEnrolment enrolment(m_vault->database());
        auto made = enrolment.makeRequest(m_vault->actor());
        QVERIFY(made.has_value());
        const TestHub hub;
        // For another role than the officer's.
        QCOMPARE(enrolment.read(m_vault->actor(), hub.answer(*made, ReviewerRole::OfficeHead)).error().code,
                 ErrorCode::SyncNotOurs);
        // For another key, another vault, another district.
        auto otherKey = ReviewerEnrolment::Request(*made);
        otherKey.request.reviewerPublicKey = Signer::generate().publicKey();
        QCOMPARE(enrolment.read(m_vault->actor(), hub.answer(otherKey, ReviewerRole::Verifier)).error().code,
                 ErrorCode::SyncNotOurs);
        auto otherVault = ReviewerEnrolment::Request(*made);
        otherVault.request.vaultId = QStringLiteral("another-vault");
        QCOMPARE(
            enrolment.read(m_vault->actor(), hub.answer(otherVault, ReviewerRole::Verifier)).error().code,
            ErrorCode::SyncNotOurs);
        auto otherDistrict = ReviewerEnrolment::Request(*made);
        otherDistrict.request.districtCode = QStringLiteral("3373");
        QCOMPARE(
            enrolment.read(m_vault->actor(), hub.answer(otherDistrict, ReviewerRole::Verifier)).error().code,
            ErrorCode::SyncNotOurs);
        // For the head, who asked nothing and has no key: read as theirs it is not.
        m_vault = unlockAs(kHead);
        QVERIFY(m_vault);
        QCOMPARE(ReviewerEnrolment(m_vault->database())
                     .read(m_vault->actor(), hub.answer(*made, ReviewerRole::OfficeHead))
                     .error()
                     .code,
                 ErrorCode::SyncNotOurs);
        // A changed byte breaks the hub's signature.
        QByteArray tampered = hub.answer(*made, ReviewerRole::Verifier);
        tampered[tampered.size() - 70] = static_cast<char>(tampered.at(tampered.size() - 70) ^ 1);
        m_vault = unlockAs(kVerifier);
        QVERIFY(m_vault);
        QVERIFY(!ReviewerEnrolment(m_vault->database()).read(m_vault->actor(), tampered));
        QCOMPARE(m_vault->database().queryInt(u"SELECT count(*) FROM reviewer_enrolments").value(),
                 qint64(0));
    }

    void cleanup() { m_vault.reset(); }
};

QTEST_GUILESS_MAIN(TestReviewerEnrolment)
#include "tst_ReviewerEnrolment.moc"
