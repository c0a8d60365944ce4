// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Claims on review items (issue 14 §1): two reviewers of one district, each in a district review vault of
// their own (two laptops), with a real in-process hub. The one who takes an item first holds it; the
// other is told who holds it until when, and their verdict on it is neither signed at their laptop nor,
// when they worked offline without asking, accepted by the hub: nothing of the holder's is overwritten.

#include "models/core/Error.h"
#include "models/review/ReviewQueueRepository.h"
#include "models/vault/Database.h"
#include "models/vault/Vault.h"
#include "sync/review/ReviewClaims.h"
#include "sync/review/ReviewVerdicts.h"
#include "tests/support/HubVillage.h"
#include "tests/support/ReviewDistrict.h"

#include <QStandardPaths>
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

class TestReviewClaims : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ReviewDistrict> m_district;
    QList<qint64> m_items;

    QString why(const Error &error) { return test::failureText(error); }

    // Takes or releases through the hub, as `verdes review claim` does: the request made in `vault`, the
    // hub's answer imported there. The problem, or nothing.
    QString claim(Vault &vault,
                  ClaimAction action,
                  const QList<qint64> &items,
                  ReviewClaims::AnswerSummary &out,
                  quint32 days = 1)
    {
        ReviewClaims claims(vault.database());
        auto request = claims.makeRequest(vault.actor(), action, items, days);
        if (!request) {
            return QStringLiteral("request: ") + why(request.error());
        }
        auto answer = m_district->hub().claim(*request);
        if (!answer) {
            return QStringLiteral("hub: ") + why(answer.error());
        }
        auto imported = claims.importAnswer(vault.actor(), answer->answerFile);
        if (!imported) {
            return QStringLiteral("import: ") + why(imported.error());
        }
        out = *imported;
        return {};
    }

    // Sends what `vault` has not sent, as `verdes review sync` does. The receipt's summary.
    QString send(Vault &vault, ReviewVerdicts::ReceiptSummary &out)
    {
        ReviewVerdicts verdicts(vault.database());
        auto upload = verdicts.makeUpload(vault.actor());
        if (!upload || !*upload) {
            return upload ? QStringLiteral("nothing to send") : why(upload.error());
        }
        auto ingested = m_district->hub().ingestVerdicts(**upload);
        if (!ingested) {
            return QStringLiteral("hub: ") + why(ingested.error());
        }
        auto summary = verdicts.importReceipt(vault.actor(), ingested->receiptFile);
        if (!summary) {
            return QStringLiteral("receipt: ") + why(summary.error());
        }
        out = *summary;
        return {};
    }

    qint64 count(Vault &vault, QStringView sql)
    {
        auto counted = vault.database().queryInt(sql);
        return counted ? *counted : -1;
    }

private Q_SLOTS:

    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_district = std::make_unique<ReviewDistrict>();
        QVERIFY(m_district->setUp(3));
        QVERIFY(m_district->setUpSecondVault());
        m_items = m_district->items();
    }

    void cleanup() { m_district.reset(); }

    // Sri takes an item; Rina, on her own laptop, is told Sri holds it until when, and her laptop refuses
    // her verdict on it before signing anything.
    void theSecondReviewerIsToldWhoHoldsTheItem()
    {
        Vault &sri = m_district->vault();
        Vault &rina = m_district->secondVault();
        const qint64 item = m_items.at(0);
        const qint64 rinasItem = m_district->secondItemOf(item);
        QVERIFY(rinasItem > 0);
        ReviewClaims::AnswerSummary summary;
        QCOMPARE(claim(sri, ClaimAction::Take, {item}, summary, 2), QString());
        QCOMPARE(summary.granted, 1);
        auto held = ReviewClaims(sri.database()).claimOf(item);
        QVERIFY(held && *held);
        QCOMPARE((*held)->holderName, ReviewDistrict::kVerifier);
        QCOMPARE((*held)->days, quint32{2});
        QCOMPARE(count(sri, u"SELECT count(*) FROM audit_log WHERE action = 'review.claims'"), qint64(1));

        QCOMPARE(claim(rina, ClaimAction::Take, {rinasItem}, summary), QString());
        QCOMPARE(summary.granted, 0);
        QCOMPARE(summary.heldByOthers.size(), 1);
        QCOMPARE(summary.heldByOthers.at(0).holderName, ReviewDistrict::kVerifier);
        QCOMPARE(summary.heldByOthers.at(0).until, (*held)->until);
        auto known = ReviewClaims(rina.database()).claimOf(rinasItem);
        QVERIFY(known && *known);
        QCOMPARE((*known)->holderName, ReviewDistrict::kVerifier);

        const qint64 audits = count(rina, u"SELECT count(*) FROM audit_log");
        auto refused =
            ReviewVerdicts(rina.database()).decide(rina.actor(), rinasItem, verdict(ProposalState::Verified));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::ReviewItemClaimedByOther);
        QVERIFY2(describe(refused.error()).contains(ReviewDistrict::kVerifier),
                 qPrintable(describe(refused.error())));
        QVERIFY(describe(refused.error()).contains((*known)->untilText()));
        QCOMPARE(count(rina, u"SELECT count(*) FROM review_verdicts"), qint64(0));
        QCOMPARE(count(rina, u"SELECT count(*) FROM audit_log"), audits);
        auto state = ReviewQueueRepository(rina.database()).item(rinasItem);
        QVERIFY(state && *state);
        QCOMPARE((*state)->state, ProposalState::InReview);
        // Her other items are hers to decide.
        QVERIFY(ReviewVerdicts(rina.database())
                    .decide(rina.actor(),
                            m_district->secondItemOf(m_items.at(1)),
                            verdict(ProposalState::Verified))
                    .has_value());
    }

    // Rina worked offline and never asked: her laptop lets her decide, and the hub refuses her verdict as
    // claimed_by_other; Sri's verdict then goes in, ends her claim, and nothing of hers was overwritten.
    void anOfflineVerdictOnAHeldItemOverwritesNothing()
    {
        Vault &sri = m_district->vault();
        Vault &rina = m_district->secondVault();
        const qint64 item = m_items.at(1);
        const qint64 rinasItem = m_district->secondItemOf(item);
        ReviewClaims::AnswerSummary summary;
        QCOMPARE(claim(sri, ClaimAction::Take, {item}, summary), QString());
        VerdictInput back = verdict(ProposalState::Returned);
        back.reason = ReviewReason::fromCode(u"RT01");
        QVERIFY(ReviewVerdicts(rina.database()).decide(rina.actor(), rinasItem, back).has_value());
        ReviewVerdicts::ReceiptSummary receipt;
        QCOMPARE(send(rina, receipt), QString());
        QCOMPARE(receipt.refused, 1);
        QCOMPARE(receipt.refusedVerdicts.at(0).refusal, QStringLiteral("claimed_by_other"));

        QVERIFY(ReviewVerdicts(sri.database())
                    .decide(sri.actor(), item, verdict(ProposalState::Verified))
                    .has_value());
        QCOMPARE(send(sri, receipt), QString());
        QCOMPARE(receipt.accepted, 1);
        QCOMPARE(receipt.refused, 0);
        // Verified: handed on, so the claim ends at the hub and in Sri's vault.
        auto after = ReviewClaims(sri.database()).claimOf(item);
        QVERIFY(after);
        QVERIFY(!after->has_value());
        auto chain = ReviewQueueRepository(sri.database()).item(item);
        QVERIFY(chain && *chain);
        QCOMPARE((*chain)->state, ProposalState::Verified);
        // Now free, Rina can take it (her return stays refused: it followed nothing the hub holds).
        QCOMPARE(claim(rina, ClaimAction::Take, {rinasItem}, summary), QString());
        QCOMPARE(summary.granted, 1);
    }

    // Before a field visit: every open item of the village, for several days; released after.
    void aWholeVillageIsTakenForAFieldVisitAndReleased()
    {
        Vault &sri = m_district->vault();
        Vault &rina = m_district->secondVault();
        ReviewClaims claims(sri.database());
        auto village = ReviewQueueRepository(sri.database()).item(m_items.at(0));
        QVERIFY(village && *village);
        auto open = claims.openItemsOf((*village)->villageCode);
        QVERIFY(open);
        QCOMPARE(open->size(), m_items.size());
        ReviewClaims::AnswerSummary summary;
        QCOMPARE(claim(sri, ClaimAction::Take, *open, summary, 5), QString());
        QCOMPARE(summary.granted, m_items.size());
        auto mine = claims.held(sri.actor());
        QVERIFY(mine);
        QCOMPARE(mine->size(), m_items.size());
        QCOMPARE(mine->at(0).days, quint32{5});
        QCOMPARE(claim(rina, ClaimAction::Take, {m_district->secondItemOf(m_items.at(2))}, summary),
                 QString());
        QCOMPARE(summary.heldByOthers.size(), 1);
        QCOMPARE(claim(sri, ClaimAction::Release, *open, summary), QString());
        QCOMPARE(summary.released, m_items.size());
        auto none = claims.current();
        QVERIFY(none);
        QVERIFY(none->isEmpty());
        QCOMPARE(claim(rina, ClaimAction::Take, {m_district->secondItemOf(m_items.at(2))}, summary),
                 QString());
        QCOMPARE(summary.granted, 1);
        // More than 30 days is refused before anything is signed; so is the viewer.
        auto tooLong = claims.makeRequest(sri.actor(), ClaimAction::Take, *open, 31);
        QVERIFY(!tooLong);
        QCOMPARE(tooLong.error().code, ErrorCode::UsageError);
        QVERIFY(m_district->unlockAs(ReviewDistrict::kViewer));
        auto viewer = ReviewClaims(m_district->vault().database())
                          .makeRequest(m_district->vault().actor(), ClaimAction::Take, *open, 1);
        QVERIFY(!viewer);
        QCOMPARE(viewer.error().code, ErrorCode::PermissionDenied);
    }

    // An answer for another reviewer's key, or changed on the way, is refused and changes nothing.
    void anAnswerForSomeoneElseIsRefused()
    {
        Vault &sri = m_district->vault();
        Vault &rina = m_district->secondVault();
        ReviewClaims sris(sri.database());
        auto request = sris.makeRequest(sri.actor(), ClaimAction::Take, {m_items.at(0)}, 1);
        QVERIFY(request);
        auto answer = m_district->hub().claim(*request);
        QVERIFY(answer);
        auto foreign = ReviewClaims(rina.database()).importAnswer(rina.actor(), answer->answerFile);
        QVERIFY(!foreign);
        QCOMPARE(foreign.error().code, ErrorCode::SyncNotOurs);
        QByteArray tampered = answer->answerFile;
        tampered[30] ^= 0x01;
        auto broken = sris.importAnswer(sri.actor(), tampered);
        QVERIFY(!broken);
        QCOMPARE(broken.error().code, ErrorCode::SyncSignatureInvalid);
        QCOMPARE(count(sri, u"SELECT count(*) FROM transient_review_claims"), qint64(0));
        QCOMPARE(count(rina, u"SELECT count(*) FROM transient_review_claims"), qint64(0));
        // The same request again is a replay at the hub.
        auto again = m_district->hub().claim(*request);
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::ReviewClaimReplayed);
    }
};

QTEST_GUILESS_MAIN(TestReviewClaims)
#include "tst_ReviewClaims.moc"
