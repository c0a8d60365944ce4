// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// A revoked laptop and its way back (issue 13 §1), in a real encrypted vault against a real district
// hub in a temporary folder: the revocation list (or a receipt that says so) locks the vault; the old
// enrolment answer does not reopen it and the hub does not enrol the revoked key again; a new request
// carries a new device key, the pinned hub's answer reopens the vault (another hub's does not), and
// the batch made before goes up signed by the new key, continuing the vault's chain at the hub. And
// how many days the laptop has gone without its hub, against the limit the hub set.
#include "models/core/Error.h"
#include "models/core/PublicKey.h"
#include "models/vault/AuditLog.h"
#include "models/vault/DeviceKey.h"
#include "models/vault/Transaction.h"
#include "sync/batch/Envelope.h"
#include "sync/batch/RevocationList.h"
#include "sync/hub/Hub.h"
#include "sync/outbox/Enrolment.h"
#include "sync/outbox/OfflineDays.h"
#include "sync/outbox/Outbox.h"
#include "sync/outbox/OutboxRepository.h"
#include "tests/support/MeetingFixture.h"

#include <QTemporaryDir>
#include <QTest>

using namespace verdes;
using namespace verdes::sync;

namespace {

using test::kChair;
using test::kOperator;

constexpr qint64 kDay = qint64{24} * 3600;

const QString kHubName = QStringLiteral("Dinsos Kota Salatiga");

QString failure(const Error &error)
{
    return errorCodeName(error.code) + u": " + error.detail;
}

struct RevocationFixture : test::MeetingFixture
{
    QTemporaryDir hubDir;
    std::unique_ptr<hub::Hub> hub;
    QByteArray firstRequest;
    QByteArray firstAnswer;
    QString hubFingerprint;

    Outbox outbox() { return Outbox(*db, clock); }

    OutboxRepository repo() { return OutboxRepository(*db, clock); }

    QString deviceKeyId() { return DeviceKey::load(*db)->keyId(); }

    // A vault as the application makes it, enrolled with a hub that asks for a sync every
    // `maxOfflineDays` days.
    bool setUpEnrolled(quint32 maxOfflineDays = 0)
    {
        Transaction tx(*db);
        AuditLog audit(*db, clock);
        if (!tx.begin()
            || !exec(u"INSERT OR REPLACE INTO vault_meta (key, value) VALUES ('vault_id', 'vault-test-1'), "
                     u"('village_code', '3373041001')")
            || !audit.append(kOperator, {QStringLiteral("test.meta"), QStringLiteral("vault"), {}, {}, {}})
            || !tx.commit()) {
            return false;
        }
        hub::Hub::InitOptions options;
        options.name = kHubName;
        options.districtCode = QStringLiteral("3373");
        options.maxOfflineDays = maxOfflineDays;
        const QString folder = hubDir.filePath(QStringLiteral("hub"));
        auto opened = hub::Hub::init(folder, options, clock)
                          ? hub::Hub::open(folder, {}, clock)
                          : Result<std::unique_ptr<hub::Hub>>(Error(ErrorCode::Internal));
        if (!opened) {
            return false;
        }
        hub = std::move(opened).value();
        hubFingerprint = *hub->fingerprint();
        auto request = Enrolment(*db, clock).makeRequest(kOperator, QStringLiteral("Desa Contoh"));
        if (!request) {
            return false;
        }
        firstRequest = request->signedFile;
        auto enrolled = hub->enrol(firstRequest);
        if (!enrolled) {
            return false;
        }
        firstAnswer = enrolled->answerFile;
        return Enrolment(*db, clock).accept(kOperator, firstAnswer, hubFingerprint).has_value();
    }

    // A meeting with no items, attended and sealed: the next batch in the chain.
    bool sealEmptyMeeting()
    {
        const qint64 id = newMeeting();
        Attendee a;
        a.name = QStringLiteral("Siti");
        a.role = AttendeeRole::Bpd;
        return meetings().addAttendee(kOperator, id, a) && meetings().seal(kChair, id)
               && outbox().catchUp(kChair).has_value();
    }

    // The batch taken to the hub on a USB stick; the hub's receipt.
    Result<hub::Hub::Ingested> carry(quint64 sequence)
    {
        VERDES_TRY_ASSIGN(sealed, outbox().sealedFile(sequence));
        return hub->ingest(sealed);
    }

    OutboxState stateOf(quint64 sequence) { return (*repo().get(sequence))->state; }

    bool auditIntact()
    {
        auto verified = AuditLog(*db, clock).verify();
        return verified && verified->intact() && verified->contentMatches;
    }

    int auditCount(const QString &action)
    {
        return static_cast<int>(
            *db->queryInt(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = '%1'").arg(action)));
    }
};

} // namespace

class TestRevocation : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void aRevokedLaptopLocksUntilThePinnedHubEnrolsItsNewKey()
    {
        RevocationFixture f;
        QVERIFY(f.setUp());
        QVERIFY(f.setUpEnrolled());
        // Batch 1 goes up and is answered; batch 2 is made but not yet taken when the hub revokes.
        QVERIFY(f.sealEmptyMeeting());
        auto one = f.carry(1);
        QVERIFY2(one, one ? "" : qPrintable(failure(one.error())));
        QVERIFY(f.outbox().importReceipt(kOperator, one->receiptFile));
        QCOMPARE(f.stateOf(1), OutboxState::Receipted);
        QVERIFY(f.sealEmptyMeeting());
        const QString oldKey = f.deviceKeyId();
        auto before = f.hub->revocationList();
        QVERIFY(before);
        // A newer list that names another laptop only: its serial is kept, and audited, since the hub
        // state is the vault's content.
        QVERIFY(f.outbox().applyRevocationList(kOperator, *before).has_value());
        QVERIFY(f.auditIntact());

        f.clock.advanceSeconds(3600);
        auto list = f.hub->revoke(oldKey);
        QVERIFY2(list, list ? "" : qPrintable(failure(list.error())));
        auto revoked = f.outbox().applyRevocationList(kOperator, *list);
        QVERIFY2(revoked, revoked ? "" : qPrintable(failure(revoked.error())));
        QVERIFY(*revoked);
        auto locked = f.repo().requireNotRevoked();
        QVERIFY(!locked);
        QCOMPARE(locked.error().code, ErrorCode::SyncDeviceRevoked);
        QCOMPARE(locked.error().args, QStringList{kHubName});
        auto link = f.repo().hub();
        QCOMPARE((*link)->revokedKeyId, oldKey);
        QCOMPARE((*link)->lastContactAt, f.clock.now());
        QCOMPARE(f.auditCount(QStringLiteral("hub.revoked")), 1);
        // Nothing more leaves the laptop; the list played again, or an older one, changes nothing.
        QCOMPARE(f.outbox().sealedFile(2).error().code, ErrorCode::SyncDeviceRevoked);
        QVERIFY(*f.outbox().applyRevocationList(kOperator, *list));
        QVERIFY(*f.outbox().applyRevocationList(kOperator, *before));
        QVERIFY(!f.repo().requireNotRevoked());

        // The first enrolment's answer, kept somewhere, does not reopen the vault; the hub does not
        // enrol the revoked key again either.
        auto oldAnswer = Enrolment(*f.db, f.clock).accept(kOperator, f.firstAnswer, f.hubFingerprint);
        QVERIFY(!oldAnswer);
        QCOMPARE(oldAnswer.error().code, ErrorCode::SyncDeviceRevoked);
        auto again = f.hub->enrol(f.firstRequest);
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::HubKeyRevoked);
        QVERIFY(!f.repo().requireNotRevoked());

        // The new request carries a new key, once: a second request (a lost file) names the same one.
        auto request = Enrolment(*f.db, f.clock).makeRequest(kOperator, QStringLiteral("Desa Contoh"));
        QVERIFY2(request, request ? "" : qPrintable(failure(request.error())));
        const QString newKey = f.deviceKeyId();
        QVERIFY(newKey != oldKey);
        QCOMPARE(request->request.fingerprint(), newKey);
        auto requestAgain = Enrolment(*f.db, f.clock).makeRequest(kOperator, QStringLiteral("Desa Contoh"));
        QCOMPARE(requestAgain->request.fingerprint(), newKey);
        QCOMPARE(f.auditCount(QStringLiteral("device.rotate")), 1);
        QVERIFY(!f.repo().requireNotRevoked()); // a request alone opens nothing

        // Another hub's answer to it is refused: only the pinned hub's key signs the way back.
        QTemporaryDir otherDir;
        hub::Hub::InitOptions options;
        options.name = QStringLiteral("Dinsos Palsu");
        options.districtCode = QStringLiteral("3373");
        QVERIFY(hub::Hub::init(otherDir.filePath(QStringLiteral("hub")), options, f.clock));
        auto other = hub::Hub::open(otherDir.filePath(QStringLiteral("hub")), {}, f.clock);
        QVERIFY(other);
        auto forged = (*other)->enrol(request->signedFile);
        QVERIFY(forged);
        auto refused =
            Enrolment(*f.db, f.clock).accept(kOperator, forged->answerFile, *(*other)->fingerprint());
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::SyncHubUnknown);
        QVERIFY(!f.repo().requireNotRevoked());

        // The pinned hub enrols the new key and its answer reopens the vault, audited.
        f.clock.advanceSeconds(3600);
        auto enrolled = f.hub->enrol(request->signedFile);
        QVERIFY2(enrolled, enrolled ? "" : qPrintable(failure(enrolled.error())));
        auto accepted = Enrolment(*f.db, f.clock).accept(kOperator, enrolled->answerFile, f.hubFingerprint);
        QVERIFY2(accepted, accepted ? "" : qPrintable(failure(accepted.error())));
        QVERIFY(f.repo().requireNotRevoked());
        link = f.repo().hub();
        QVERIFY(!(*link)->isRevoked());
        QVERIFY((*link)->revokedKeyId.isEmpty());
        QCOMPARE(f.auditCount(QStringLiteral("hub.reenrol")), 1);
        QVERIFY(f.auditIntact());

        // Batch 2 was signed by the revoked key: it goes up signed by the new one, the same batch, and
        // the hub takes it as the one after batch 1.
        auto signedFile = f.repo().signedFile(2);
        auto oldPublic = DeviceKey::publicKeyOf(*f.db, oldKey);
        QVERIFY(oldPublic && *oldPublic);
        QCOMPARE(Envelope::signedHeader(*signedFile)->signerKeyId, PublicKey::idOf(**oldPublic));
        auto two = f.carry(2);
        QVERIFY2(two, two ? "" : qPrintable(failure(two.error())));
        QCOMPARE(two->receipt.outcome, ReceiptOutcome::Accepted);
        QCOMPARE(two->receipt.sequence, quint64(2));
        QCOMPARE(PublicKey::idText(two->receipt.deviceKeyId), newKey);
        QCOMPARE(*two->receipt.batchId, (*f.repo().get(2))->batchId);
        auto imported = f.outbox().importReceipt(kOperator, two->receiptFile);
        QVERIFY2(imported, imported ? "" : qPrintable(failure(imported.error())));
        QCOMPARE(f.stateOf(2), OutboxState::Receipted);
        // The receipt of batch 1 names the old key: still this vault's.
        auto old = f.outbox().importReceipt(kOperator, one->receiptFile);
        QVERIFY2(old, old ? "" : qPrintable(failure(old.error())));
        QVERIFY(!old->changed);
        // And the next batch follows on.
        QVERIFY(f.sealEmptyMeeting());
        auto three = f.carry(3);
        QVERIFY(three);
        QCOMPARE(three->receipt.outcome, ReceiptOutcome::Accepted);
        // What the old key sealed still verifies.
        auto seals = f.meetings().verifyAllSeals();
        QVERIFY(seals);
        for (const SealCheck &check : std::as_const(*seals)) {
            QVERIFY(check.intact());
        }
        QVERIFY(f.auditIntact());
    }

    // On a USB stick the laptop may learn it from the receipt of a batch it brought after the
    // revocation: the batch is not refused for good, it goes again once the laptop is enrolled again.
    void aReceiptThatSaysRevokedLocksTheVault()
    {
        RevocationFixture f;
        QVERIFY(f.setUp());
        QVERIFY(f.setUpEnrolled());
        QVERIFY(f.sealEmptyMeeting());
        QVERIFY(f.hub->revoke(f.deviceKeyId()));
        auto exported =
            f.outbox().exportTo(kOperator, 1, f.dir.filePath(QStringLiteral("batch-1.vbatch")), false);
        QVERIFY(exported);
        auto receipt = f.carry(1);
        QVERIFY(receipt);
        QCOMPARE(receipt->receipt.reason, std::optional<ReceiptReason>(ReceiptReason::RevokedDevice));
        auto imported = f.outbox().importReceipt(kOperator, receipt->receiptFile);
        QVERIFY(!imported);
        QCOMPARE(imported.error().code, ErrorCode::SyncDeviceRevoked);
        QCOMPARE(f.stateOf(1), OutboxState::Sent);
        QVERIFY(!f.repo().requireNotRevoked());
        QCOMPARE((*f.repo().hub())->revokedKeyId, f.deviceKeyId());
        QVERIFY(f.auditIntact());

        auto request = Enrolment(*f.db, f.clock).makeRequest(kOperator, QStringLiteral("Desa Contoh"));
        QVERIFY(request);
        auto enrolled = f.hub->enrol(request->signedFile);
        QVERIFY2(enrolled, enrolled ? "" : qPrintable(failure(enrolled.error())));
        QVERIFY(Enrolment(*f.db, f.clock).accept(kOperator, enrolled->answerFile, f.hubFingerprint));
        // The old receipt brought late names the retired key: it does not lock the vault again.
        QCOMPARE(f.outbox().importReceipt(kOperator, receipt->receiptFile).error().code,
                 ErrorCode::SyncHubRefused);
        QVERIFY(f.repo().requireNotRevoked());
        auto again = f.carry(1);
        QVERIFY(again);
        QCOMPARE(again->receipt.outcome, ReceiptOutcome::Accepted);
        QVERIFY(f.outbox().importReceipt(kOperator, again->receiptFile));
        QCOMPARE(f.stateOf(1), OutboxState::Receipted);
    }

    // One key at a time per vault: the hub does not enrol a second key while the first one stands.
    void aVaultHasOneEnrolledKeyAtATime()
    {
        RevocationFixture f;
        QVERIFY(f.setUp());
        QVERIFY(f.setUpEnrolled());
        {
            Transaction tx(*f.db);
            QVERIFY(tx.begin() && DeviceKey::rotate(*f.db, f.clock) && tx.commit());
        }
        auto request = Enrolment(*f.db, f.clock).makeRequest(kOperator, QStringLiteral("Desa Contoh"));
        QVERIFY(request);
        auto enrolled = f.hub->enrol(request->signedFile);
        QVERIFY(!enrolled);
        QCOMPARE(enrolled.error().code, ErrorCode::HubVaultHasKey);
    }

    void offlineDaysCountFromTheLastContact_data()
    {
        QTest::addColumn<int>("limit");
        QTest::addColumn<qint64>("hoursSinceContact");
        QTest::addColumn<int>("level");
        QTest::addColumn<int>("days");
        using L = OfflineDays::Level;
        QTest::newRow("no-limit-a-year") << 0 << qint64(365 * 24) << int(L::None) << 365;
        QTest::newRow("10-days-limit-day-0") << 10 << qint64(0) << int(L::None) << 0;
        QTest::newRow("10-days-limit-day-7-and-a-bit") << 10 << qint64(7 * 24 + 23) << int(L::None) << 7;
        QTest::newRow("10-days-limit-day-8-is-80-percent") << 10 << qint64(8 * 24) << int(L::Soon) << 8;
        QTest::newRow("10-days-limit-day-9") << 10 << qint64(9 * 24 + 1) << int(L::Soon) << 9;
        QTest::newRow("10-days-limit-day-10-over") << 10 << qint64(10 * 24) << int(L::Over) << 10;
        QTest::newRow("10-days-limit-day-40") << 10 << qint64(40 * 24) << int(L::Over) << 40;
        QTest::newRow("7-days-limit-day-5-under-80-percent") << 7 << qint64(5 * 24) << int(L::None) << 5;
        QTest::newRow("7-days-limit-day-6") << 7 << qint64(6 * 24) << int(L::Soon) << 6;
        QTest::newRow("1-day-limit-day-0") << 1 << qint64(23) << int(L::None) << 0;
        QTest::newRow("1-day-limit-day-1") << 1 << qint64(24) << int(L::Over) << 1;
        QTest::newRow("clock-behind-the-contact") << 10 << qint64(-48) << int(L::None) << 0;
    }

    void offlineDaysCountFromTheLastContact()
    {
        QFETCH(int, limit);
        QFETCH(qint64, hoursSinceContact);
        QFETCH(int, level);
        QFETCH(int, days);
        HubLink link;
        link.maxOfflineDays = limit;
        link.enrolledAt = QDateTime(QDate(2026, 10, 1), QTime(8, 0), Qt::UTC);
        link.lastContactAt = QDateTime(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC);
        const OfflineDays offline =
            OfflineDays::of(link, link.lastContactAt.addSecs(hoursSinceContact * 3600));
        QCOMPARE(int(offline.level), level);
        QCOMPARE(offline.days, days);
        QCOMPARE(offline.lastContact, link.lastContactAt);
        // Revoked: the vault is locked for that, not asked for a sync.
        link.revokedAt = link.lastContactAt;
        QCOMPARE(OfflineDays::of(link, link.lastContactAt.addSecs(hoursSinceContact * 3600)).level,
                 OfflineDays::Level::None);
    }

    // The days count from the enrolment until the hub is heard from, then from the hub's own time in
    // its newest receipt or revocation list, over HTTPS or from a USB stick; never from the future.
    void theLastContactIsTheHubsNewestWord()
    {
        RevocationFixture f;
        QVERIFY(f.setUp());
        QVERIFY(f.setUpEnrolled(10));
        const QDateTime enrolled = f.clock.now();
        auto offline = OfflineDays::of(*f.db, f.clock);
        QVERIFY(offline);
        QCOMPARE(offline->limit, 10);
        QCOMPARE(offline->lastContact, enrolled);
        QCOMPARE(offline->level, OfflineDays::Level::None);

        f.clock.advanceSeconds(8 * kDay);
        QCOMPARE(OfflineDays::of(*f.db, f.clock)->level, OfflineDays::Level::Soon);
        QCOMPARE(OfflineDays::of(*f.db, f.clock)->daysLeft(), 2);
        // The hub issued a list two days ago (brought on a stick today): the days count from then.
        QVERIFY(f.sealEmptyMeeting());
        f.clock.advanceSeconds(-2 * kDay);
        auto list = f.hub->revocationList();
        auto receipt = f.carry(1);
        QVERIFY(list && receipt);
        f.clock.advanceSeconds(4 * kDay); // day 10 after the enrolment: over the limit
        QCOMPARE(OfflineDays::of(*f.db, f.clock)->level, OfflineDays::Level::Over);
        QVERIFY(f.outbox().applyRevocationList(kOperator, *list));
        offline = OfflineDays::of(*f.db, f.clock);
        QCOMPARE(offline->days, 4);
        QCOMPARE(offline->level, OfflineDays::Level::None);
        // An older word from the hub does not move the last contact back.
        f.clock.advanceSeconds(3 * kDay);
        auto newer = f.hub->revocationList();
        QVERIFY(f.outbox().applyRevocationList(kOperator, *newer));
        QVERIFY(f.outbox().importReceipt(kOperator, receipt->receiptFile));
        QCOMPARE(OfflineDays::of(*f.db, f.clock)->days, 0);
        // A hub whose clock runs ahead: the contact is now, not tomorrow.
        f.clock.advanceSeconds(kDay);
        auto ahead = f.hub->revocationList();
        f.clock.advanceSeconds(-kDay);
        QVERIFY(f.outbox().applyRevocationList(kOperator, *ahead));
        QCOMPARE(OfflineDays::of(*f.db, f.clock)->lastContact, f.clock.now());
        // The last contact is not the registry's content: no audit entry, the content still matches.
        QVERIFY(f.auditIntact());
    }
};

QTEST_GUILESS_MAIN(TestRevocation)
#include "tst_Revocation.moc"
