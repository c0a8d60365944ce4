// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The district's verdicts (issue 14 §1): a verifier and an office head of a district review vault,
// enrolled with a real in-process hub, decide on items a real village sent. Each verdict is checked
// against the reviewer's role and the item's state, signed by the reviewer's own key, chained to the
// item's verdict before it and audited; bulk verdicts are all or nothing.

#include "models/core/Error.h"
#include "models/core/PublicKey.h"
#include "models/review/ReviewQueueRepository.h"
#include "models/vault/AuditLog.h"
#include "models/vault/Database.h"
#include "models/vault/Kdf.h"
#include "models/vault/ReviewerKey.h"
#include "models/vault/Statement.h"
#include "models/vault/Vault.h"
#include "sync/batch/Envelope.h"
#include "sync/batch/Verdict.h"
#include "sync/review/ApprovedExport.h"
#include "sync/review/ReviewVerdicts.h"
#include "tests/support/HubVillage.h"
#include "tests/support/ReviewDistrict.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace verdes;
using namespace verdes::sync;

namespace {

using test::ReviewDistrict;

VerdictInput verdict(ProposalState state)
{
    VerdictInput input;
    input.state = state;
    return input;
}

} // namespace

class TestReviewVerdicts : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ReviewDistrict> m_district;
    QList<qint64> m_items;

    bool unlockAs(const QString &officer) { return m_district->unlockAs(officer); }

    Vault *vault() { return &m_district->vault(); }

    QString why(const Error &error) { return test::failureText(error); }

    Database &db() { return m_district->vault().database(); }

    ProposalState stateOf(qint64 itemId)
    {
        auto item = ReviewQueueRepository(db()).item(itemId);
        return item && *item ? (*item)->state : ProposalState::Draft;
    }

    QByteArray signedFileOf(const QByteArray &verdictId)
    {
        Statement st(db(), u"SELECT signed_file FROM review_verdicts WHERE verdict_id = :id");
        st.bind(u":id", verdictId);
        auto row = st.step();
        return row && *row ? st.blob(0) : QByteArray();
    }

    qint64 count(QStringView sql)
    {
        auto counted = db().queryInt(sql);
        return counted ? *counted : -1;
    }

    qint64 verdictCount() { return count(u"SELECT count(*) FROM review_verdicts"); }

private Q_SLOTS:

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Kdf::setFastForTests(true);
    }

    // A hub, a district review vault and a village that sent three batches (ReviewDistrict).
    void init()
    {
        m_district = std::make_unique<ReviewDistrict>();
        QVERIFY(m_district->setUp(3));
        m_items = m_district->items();
    }

    void aVerifierVerifiesAndTheOfficeHeadApproves()
    {
        const qint64 item = m_items.at(0);
        VerdictInput verify = verdict(ProposalState::Verified);
        verify.nikMatch = NikMatch::Matched;
        auto first = ReviewVerdicts(db()).decide(vault()->actor(), item, verify);
        QVERIFY2(first.has_value(), qPrintable(first ? QString() : why(first.error())));
        QCOMPARE(first->step, 1);
        QCOMPARE(stateOf(item), ProposalState::Verified);

        QVERIFY(unlockAs(ReviewDistrict::kHead));
        auto second = ReviewVerdicts(db()).decide(vault()->actor(), item, verdict(ProposalState::Approved));
        QVERIFY2(second.has_value(), qPrintable(second ? QString() : why(second.error())));
        QCOMPARE(second->step, 2);
        QCOMPARE(stateOf(item), ProposalState::Approved);
        // The NIK match of the verdict before stays when the office head says nothing of it.
        QCOMPARE(second->nikMatch, NikMatch::Matched);

        // Each verdict is the signed file, by its own reviewer's key, chained to the one before.
        auto history = ReviewVerdicts(db()).history(item);
        QVERIFY(history.has_value());
        QCOMPARE(history->size(), 2);
        QByteArray previousId;
        for (const VerdictRow &row : *history) {
            const QByteArray file = signedFileOf(row.verdictId);
            QCOMPARE(Verdict::idOf(file), row.verdictId);
            auto header = Envelope::signedHeader(file);
            QVERIFY(header.has_value());
            auto officer = Actor::load(db(), row.officerId);
            QVERIFY(officer.has_value());
            auto key = ReviewerKey::of(db(), row.officerId);
            QVERIFY(key.has_value() && key->has_value());
            QCOMPARE(header->signerKeyId, PublicKey::idOf((*key)->publicKey()));
            auto body = Envelope::openSigned(file, FileKind::Verdict, (*key)->publicKey());
            QVERIFY(body.has_value());
            auto read = Verdict::decode(*body);
            QVERIFY(read.has_value());
            QCOMPARE(read->state, row.state);
            QCOMPARE(read->districtCode, ReviewDistrict::kDistrict);
            QCOMPARE(read->previous.value_or(QByteArray()), previousId);
            previousId = row.verdictId;
        }
        QCOMPARE(history->at(0).officerId, Actor::load(db(), history->at(0).officerId)->officerId);
        // Both verdicts are in the history, and the history still adds up.
        auto verified = AuditLog(db()).verify();
        QVERIFY(verified.has_value());
        QCOMPARE(verified->firstBroken, qint64(0));
        QVERIFY(verified->contentMatches);
        QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE action = 'review.verdict'"), qint64(2));
    }

    void eachRoleGivesOnlyItsOwnVerdicts()
    {
        const qint64 item = m_items.at(0);
        auto approve = ReviewVerdicts(db()).decide(vault()->actor(), item, verdict(ProposalState::Approved));
        QVERIFY(!approve);
        QCOMPARE(approve.error().code, ErrorCode::PermissionDenied);
        QVERIFY(unlockAs(ReviewDistrict::kHead));
        auto verify = ReviewVerdicts(db()).decide(vault()->actor(), item, verdict(ProposalState::Verified));
        QVERIFY(!verify);
        QCOMPARE(verify.error().code, ErrorCode::PermissionDenied);
        QVERIFY(unlockAs(ReviewDistrict::kViewer));
        verify = ReviewVerdicts(db()).decide(vault()->actor(), item, verdict(ProposalState::Verified));
        QVERIFY(!verify);
        QCOMPARE(verify.error().code, ErrorCode::PermissionDenied);
        QCOMPARE(verdictCount(), qint64(0));
        QCOMPARE(stateOf(item), ProposalState::InReview);
    }

    void aVerdictFollowsTheItemsState()
    {
        QVERIFY(unlockAs(ReviewDistrict::kHead));
        // Nothing to approve before a verifier verified it.
        auto early =
            ReviewVerdicts(db()).decide(vault()->actor(), m_items.at(0), verdict(ProposalState::Approved));
        QVERIFY(!early);
        QCOMPARE(early.error().code, ErrorCode::ReviewVerdictNotAllowed);
        QVERIFY(unlockAs(ReviewDistrict::kVerifier));
        VerdictInput back = verdict(ProposalState::Returned);
        back.reason = ReviewReason::fromCode(u"RT01");
        back.note = QStringLiteral("Akta kematian belum dilampirkan.");
        auto returned = ReviewVerdicts(db()).decide(vault()->actor(), m_items.at(0), back);
        QVERIFY2(returned.has_value(), qPrintable(returned ? QString() : why(returned.error())));
        QCOMPARE(stateOf(m_items.at(0)), ProposalState::Returned);
        // A returned item is the village's again: no verdict follows.
        auto again =
            ReviewVerdicts(db()).decide(vault()->actor(), m_items.at(0), verdict(ProposalState::Verified));
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::ReviewVerdictNotAllowed);
        auto unknown =
            ReviewVerdicts(db()).decide(vault()->actor(), 999999, verdict(ProposalState::Verified));
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().code, ErrorCode::ReviewItemNotFound);
        QCOMPARE(verdictCount(), qint64(1));
    }

    void aGroundCheckIsAssignedThenItsResultRecorded()
    {
        const qint64 item = m_items.at(1);
        VerdictInput assign = verdict(ProposalState::GcAssigned);
        auto noName = ReviewVerdicts(db()).decide(vault()->actor(), item, assign);
        QVERIFY(!noName);
        QCOMPARE(noName.error().code, ErrorCode::ReviewVerdictIncomplete);
        assign.facilitator = QStringLiteral("Rina Marlina");
        QVERIFY(ReviewVerdicts(db()).decide(vault()->actor(), item, assign).has_value());
        QCOMPARE(stateOf(item), ProposalState::GcAssigned);
        VerdictInput done = verdict(ProposalState::GcDone);
        auto noResult = ReviewVerdicts(db()).decide(vault()->actor(), item, done);
        QVERIFY(!noResult);
        QCOMPARE(noResult.error().code, ErrorCode::ReviewVerdictIncomplete);
        done.groundCheck = GroundCheckResult::Deceased;
        auto recorded = ReviewVerdicts(db()).decide(vault()->actor(), item, done);
        QVERIFY(recorded.has_value());
        QCOMPARE(recorded->groundCheck, std::optional<GroundCheckResult>(GroundCheckResult::Deceased));
        QCOMPARE(stateOf(item), ProposalState::GcDone);
        QVERIFY(ReviewVerdicts(db())
                    .decide(vault()->actor(), item, verdict(ProposalState::Verified))
                    .has_value());
        QCOMPARE(ReviewVerdicts(db()).history(item)->size(), 3);
    }

    void aReasonFitsItsVerdict()
    {
        const qint64 item = m_items.at(0);
        VerdictInput back = verdict(ProposalState::Returned);
        auto none = ReviewVerdicts(db()).decide(vault()->actor(), item, back);
        QVERIFY(!none);
        QCOMPARE(none.error().code, ErrorCode::ReviewVerdictIncomplete);
        back.reason = ReviewReason::fromCode(u"RJ02"); // a rejection's code on a return
        auto wrong = ReviewVerdicts(db()).decide(vault()->actor(), item, back);
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().code, ErrorCode::ReviewVerdictIncomplete);
        VerdictInput verify = verdict(ProposalState::Verified);
        verify.reason = ReviewReason::fromCode(u"RT01");
        auto stray = ReviewVerdicts(db()).decide(vault()->actor(), item, verify);
        QVERIFY(!stray);
        QCOMPARE(stray.error().code, ErrorCode::ReviewVerdictIncomplete);
        QCOMPARE(verdictCount(), qint64(0));
    }

    void aBulkVerdictIsAllOrNothing()
    {
        // One of the three is returned first; verifying all three is refused whole.
        VerdictInput back = verdict(ProposalState::Returned);
        back.reason = ReviewReason::fromCode(u"RT02");
        QVERIFY(ReviewVerdicts(db()).decide(vault()->actor(), m_items.at(2), back).has_value());
        auto preview = ReviewVerdicts(db()).preview(m_items, ProposalState::Verified);
        QVERIFY(preview.has_value());
        QCOMPARE(preview->changes, (QList<qint64>{m_items.at(0), m_items.at(1)}));
        QCOMPARE(preview->skipped.size(), 1);
        QCOMPARE(preview->skipped.at(0).itemId, m_items.at(2));
        QCOMPARE(preview->skipped.at(0).state, ProposalState::Returned);
        auto all =
            ReviewVerdicts(db()).decideMany(vault()->actor(), m_items, verdict(ProposalState::Verified));
        QVERIFY(!all);
        QCOMPARE(all.error().code, ErrorCode::ReviewVerdictNotAllowed);
        QCOMPARE(verdictCount(), qint64(1));
        QCOMPARE(stateOf(m_items.at(0)), ProposalState::InReview);
        // What the preview listed goes through together.
        auto listed = ReviewVerdicts(db()).decideMany(
            vault()->actor(), preview->changes, verdict(ProposalState::Verified));
        QVERIFY(listed.has_value());
        QCOMPARE(listed->size(), 2);
        // An item named twice in a bulk verdict gets one verdict.
        QVERIFY(unlockAs(ReviewDistrict::kHead));
        auto twice = ReviewVerdicts(db()).decideMany(
            vault()->actor(), {m_items.at(0), m_items.at(0)}, verdict(ProposalState::Approved));
        QVERIFY2(twice.has_value(), qPrintable(twice ? QString() : why(twice.error())));
        QCOMPARE(twice->size(), 1);
        QCOMPARE(stateOf(m_items.at(0)), ProposalState::Approved);
        QCOMPARE(stateOf(m_items.at(1)), ProposalState::Verified);
    }

    void theApprovedItemsAreExportedWithASignedManifest()
    {
        // One item approved (verified first), one still in review: only the approved one goes.
        QVERIFY(ReviewVerdicts(db())
                    .decide(vault()->actor(), m_items.at(0), verdict(ProposalState::Verified))
                    .has_value());
        QVERIFY(unlockAs(ReviewDistrict::kHead));
        QVERIFY(ReviewVerdicts(db())
                    .decide(vault()->actor(), m_items.at(0), verdict(ProposalState::Approved))
                    .has_value());
        const QString folder = m_district->path(QStringLiteral("export"));
        QVERIFY(QDir().mkpath(folder));
        auto written = ApprovedExport(db()).write(vault()->actor(), folder, QString(), false);
        QVERIFY2(written.has_value(), qPrintable(written ? QString() : why(written.error())));
        QCOMPARE(written->items, 1);
        QVERIFY(written->lines >= 1);
        QCOMPARE(written->files.size(), 4);
        for (const QString &file : written->files) {
            QCOMPARE(QFile::permissions(file) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                     QFileDevice::Permissions());
        }
        auto read = [](const QString &path) {
            QFile file(path);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        };
        // The CSV: the header and one row per BNBA line of the approved item, none of the other items.
        const QList<QByteArray> lines = read(written->files.at(1)).trimmed().split('\n');
        QCOMPARE(lines.size(), written->lines + 1);
        QVERIFY(lines.at(1).contains(QByteArray::number(m_items.at(0))));
        // The manifest names each file with its hash and is signed by the office head's key.
        const QByteArray manifest = read(written->files.at(2));
        const QJsonObject object = QJsonDocument::fromJson(manifest).object();
        QCOMPARE(object.value(u"items").toInt(), 1);
        const QJsonArray files = object.value(u"files").toArray();
        QCOMPARE(files.size(), 2);
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(
                files.at(i).toObject().value(u"sha256").toString().toLatin1(),
                QCryptographicHash::hash(read(written->files.at(i)), QCryptographicHash::Sha256).toHex());
        }
        const QByteArray publicKey =
            QByteArray::fromHex(object.value(u"signing_public_key").toString().toLatin1());
        auto key = ReviewerKey::of(db(), vault()->actor().officerId);
        QCOMPARE(publicKey, (*key)->publicKey());
        const QByteArray signature = QByteArray::fromHex(read(written->files.at(3)).trimmed());
        QVERIFY(PublicKey::verify(publicKey, manifest, signature));
        QByteArray changed = manifest;
        changed.replace("\"items\": 1", "\"items\": 2");
        QVERIFY(!PublicKey::verify(publicKey, changed, signature));
        QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE action = 'review.export'"), qint64(1));
        // The same files again are refused unless replacing was asked for; a viewer exports nothing.
        // (The names carry the minute, so the same minute gives the same names.)
        QVERIFY(unlockAs(ReviewDistrict::kViewer));
        auto viewer = ApprovedExport(db()).write(vault()->actor(), folder, QString(), true);
        QVERIFY(!viewer);
    }

    void theUploadIsSealedToTheHubAndSignedByTheReviewer()
    {
        QVERIFY(ReviewVerdicts(db())
                    .decide(vault()->actor(), m_items.at(0), verdict(ProposalState::Verified))
                    .has_value());
        QCOMPARE(*ReviewVerdicts(db()).unsentCount(), qint64(1));
        auto upload = ReviewVerdicts(db()).makeUpload(vault()->actor());
        QVERIFY2(upload.has_value(), qPrintable(upload ? QString() : why(upload.error())));
        QVERIFY(upload->has_value());
        auto header = Envelope::sealedHeader(**upload);
        QVERIFY(header.has_value());
        QCOMPARE(header->kind, FileKind::VerdictUpload);
        auto key = ReviewerKey::of(db(), vault()->actor().officerId);
        QCOMPARE(header->signerKeyId, PublicKey::idOf((*key)->publicKey()));
        // A viewer sends nothing.
        QVERIFY(unlockAs(ReviewDistrict::kViewer));
        auto viewer = ReviewVerdicts(db()).makeUpload(vault()->actor());
        QVERIFY(!viewer);
        QCOMPARE(viewer.error().code, ErrorCode::PermissionDenied);
    }
};

QTEST_GUILESS_MAIN(TestReviewVerdicts)
#include "tst_ReviewVerdicts.moc"
