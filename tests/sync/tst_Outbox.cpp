// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The outbox in a real encrypted vault (issue 13 §2–3): a sealed meeting becomes a signed batch that
// holds what the meeting agreed and nothing else, chained to the batch before; the proposals move
// sealed → batched → sent; the USB export seals the same bytes to the enrolled hub; every change is
// in the audit trail and the vault's content still matches it.
#include "app/verdes/Bootstrap.h"
#include "models/core/Error.h"
#include "models/core/PublicKey.h"
#include "models/vault/AuditLog.h"
#include "models/vault/DeviceKey.h"
#include "models/vault/Transaction.h"
#include "sync/batch/Batch.h"
#include "sync/batch/Envelope.h"
#include "sync/crypto/Sealer.h"
#include "sync/outbox/BatchBuilder.h"
#include "sync/outbox/Outbox.h"
#include "sync/outbox/OutboxRepository.h"
#include "tests/support/MeetingFixture.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace verdes;
using namespace verdes::sync;

namespace {

using test::kChair;
using test::kOperator;
using test::kViewer;

struct OutboxFixture : test::MeetingFixture
{
    bool setUpVillage()
    {
        if (!setUp()) {
            return false;
        }
        // What a vault made by the application has in its metadata.
        Transaction tx(*db);
        AuditLog audit(*db, clock);
        return tx.begin()
               && exec(u"INSERT OR REPLACE INTO vault_meta (key, value) VALUES ('vault_id', 'vault-test-1'), "
                       u"('village_code', '3373041001')")
               && audit.append(kOperator, {QStringLiteral("test.meta"), QStringLiteral("vault"), {}, {}, {}})
               && tx.commit();
    }

    // A sealed meeting: P0007 agreed, P0008 rejected, household H0002 proposed for removal.
    qint64 sealedMeeting(qint64 &agreedProposal, qint64 &rejectedProposal)
    {
        agreedProposal = ready(QStringLiteral("H0003"), QStringLiteral("P0007"));
        rejectedProposal = ready(QStringLiteral("H0003"), QStringLiteral("P0008"));
        const qint64 id = newMeeting();
        if (!meetings().addAllReady(kOperator, id)
            || !meetings().addHousehold(kOperator, id, QStringLiteral("H0002"))) {
            return 0;
        }
        auto agenda = meetings().agenda(id);
        for (const AgendaItem &item : *agenda) {
            DecisionInput input;
            if (item.isHouseholdItem()) {
                input.decision = Decision::ProposeRemoval;
                input.note = QStringLiteral("Sudah pindah ke kota");
            } else if (item.proposalId == rejectedProposal) {
                input.decision = Decision::Rejected;
            }
            if (!meetings().decide(kOperator, id, item.id, input)) {
                return 0;
            }
        }
        Attendee a;
        a.name = QStringLiteral("Siti");
        a.role = AttendeeRole::Bpd;
        if (!meetings().addAttendee(kOperator, id, a) || !meetings().seal(kChair, id)) {
            return 0;
        }
        return id;
    }

    Outbox outbox() { return Outbox(*db, clock); }

    OutboxRepository repo() { return OutboxRepository(*db, clock); }

    // The batch body of `sequence`, after its signature was verified with the device key.
    Result<Batch> batch(quint64 sequence)
    {
        VERDES_TRY_ASSIGN(file, repo().signedFile(sequence));
        VERDES_TRY_ASSIGN(key, DeviceKey::load(*db));
        VERDES_TRY_ASSIGN(body, Envelope::openSigned(file, FileKind::Batch, key.publicKey()));
        return Batch::decode(body);
    }

    bool auditIntact()
    {
        AuditLog audit(*db, clock);
        auto verified = audit.verify();
        return verified && verified->intact();
    }
};

} // namespace

class TestOutbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    // An officer working in English: the BNBA inside the batch is still the Indonesian one.
    void initTestCase()
    {
        QVERIFY(app::Bootstrap::installTranslators(*QCoreApplication::instance(), QStringLiteral("en")));
    }

    void aSealedMeetingBecomesOneSignedBatch()
    {
        OutboxFixture f;
        QVERIFY(f.setUpVillage());
        qint64 agreed = 0;
        qint64 rejected = 0;
        const qint64 meeting = f.sealedMeeting(agreed, rejected);
        QVERIFY(meeting > 0);
        QCOMPARE(f.state(agreed), ProposalState::Sealed);

        auto made = f.outbox().catchUp(kChair);
        QVERIFY2(made, made ? "" : qPrintable(describe(made.error())));
        QCOMPARE(*made, 1);
        QCOMPARE(*f.outbox().catchUp(kChair), 0); // once only
        QCOMPARE(f.state(agreed), ProposalState::Batched);
        QCOMPARE(f.state(rejected), ProposalState::Rejected);

        auto entries = f.repo().list();
        QVERIFY(entries);
        QCOMPARE(entries->size(), 1);
        const OutboxEntry &entry = entries->constFirst();
        QCOMPARE(entry.sequence, quint64(1));
        QCOMPARE(entry.state, OutboxState::Queued);
        QCOMPARE(entry.meetingId, meeting);
        QCOMPARE(entry.itemCount, 2);

        auto batch = f.batch(1);
        QVERIFY2(batch, batch ? "" : qPrintable(batch.error().detail));
        QCOMPARE(Batch::idOf(batch->encode()), entry.batchId);
        QCOMPARE(batch->villageCode, QStringLiteral("3373041001"));
        QCOMPARE(batch->vaultId, QStringLiteral("vault-test-1"));
        QCOMPARE(batch->sequence, quint64(1));
        QVERIFY(!batch->previous);
        QCOMPARE(batch->createdAt, f.clock.now().toUTC().toString(Qt::ISODateWithMs));
        QVERIFY(batch->createdAt.endsWith(u'Z'));
        // The meeting's sealed bytes exactly as the chair signed them, with the chair inside.
        auto sealed = f.meetings().get(meeting);
        QCOMPARE(batch->meeting, (*sealed)->seal->content);
        QCOMPARE(batch->meetingSha256, QCryptographicHash::hash(batch->meeting, QCryptographicHash::Sha256));
        auto key = DeviceKey::load(*f.db);
        QVERIFY(PublicKey::verify(key->publicKey(), batch->meeting, batch->meetingSignature));
        QVERIFY(batch->meeting.contains(kChair.name.toUtf8()));

        // The agreed proposal and the household the meeting proposed to remove; not the rejected one.
        QCOMPARE(batch->items.size(), 2);
        const BatchItem &removal = batch->items.at(0); // the flagged section comes first
        QCOMPARE(removal.type, QStringLiteral("FLAGGED_REMOVAL"));
        QCOMPARE(removal.proposalId, quint64(0));
        QCOMPARE(removal.household, QStringLiteral("H0002"));
        QVERIFY(removal.reason.endsWith(QStringLiteral("Sudah pindah ke kota")));
        const BatchItem &item = batch->items.at(1);
        QCOMPARE(item.proposalId, quint64(agreed));
        QCOMPARE(item.type, QStringLiteral("MEMBER_DECEASED"));
        QCOMPARE(item.channel, QStringLiteral("rt_rw"));
        QCOMPARE(item.household, QStringLiteral("H0003"));
        QCOMPARE(item.persons, QStringList{QStringLiteral("P0007")});
        QCOMPARE(item.reason, QStringLiteral("Meninggal menurut ketua RT"));
        QCOMPARE(QJsonDocument::fromJson(item.details.toUtf8())
                     .object()
                     .value(QStringLiteral("event_date"))
                     .toString(),
                 QStringLiteral("2026-10-01"));
        QVERIFY(!item.bases.isEmpty());
        QCOMPARE(item.bases.constFirst().recordId.isEmpty(), false);
        QCOMPARE(item.evidence.size(), 2);
        QCOMPARE(item.evidence.at(0).kind, QStringLiteral("DEATH_CERT"));
        QCOMPARE(item.evidence.at(0).content, test::smallJpeg('D'));
        QCOMPARE(item.evidence.at(1).content, test::smallJpeg('H'));
        // Its BNBA line as printed, in Indonesian: name, NIK, KK, address, RT/RW, type, reason, decision.
        QCOMPARE(item.bnba.size(), 8);
        QCOMPARE(item.bnba.at(0), QStringLiteral("DEDE"));
        QCOMPARE(item.bnba.at(1), QStringLiteral("3373044102720007"));
        QCOMPARE(item.bnba.at(2), QStringLiteral("3373042001150003"));
        QCOMPARE(item.bnba.at(5), QStringLiteral("Meninggal"));

        auto items = f.repo().items(1);
        QCOMPARE(items->size(), 2);
        QCOMPARE(items->at(1).proposalId, std::optional<qint64>(agreed));
        QVERIFY(!items->at(0).proposalId);
        QCOMPARE(items->at(0).householdId, QStringLiteral("H0002"));
        QVERIFY(f.auditIntact());
    }

    void batchesAreChainedAndNumberedWithoutGaps()
    {
        OutboxFixture f;
        QVERIFY(f.setUpVillage());
        qint64 a = 0;
        qint64 r = 0;
        QVERIFY(f.sealedMeeting(a, r) > 0);
        // A second meeting before the first batch is made: both are made at the next catch-up,
        // in the order they were sealed.
        const qint64 p = f.ready(QStringLiteral("H0001"), QStringLiteral("P0004"));
        const qint64 second = f.newMeeting();
        QVERIFY(f.meetings().addAllReady(kOperator, second));
        QVERIFY(
            f.meetings().decide(kOperator, second, f.meetings().agenda(second)->at(0).id, DecisionInput{}));
        Attendee att;
        att.name = QStringLiteral("Budi");
        att.role = AttendeeRole::RtRw;
        QVERIFY(f.meetings().addAttendee(kOperator, second, att));
        f.clock.advanceSeconds(60);
        QVERIFY(f.meetings().seal(kChair, second));
        QCOMPARE(*f.outbox().catchUp(kChair), 2);
        auto first = f.batch(1);
        auto next = f.batch(2);
        QVERIFY(first && next);
        QCOMPARE(next->sequence, quint64(2));
        QVERIFY(next->previous);
        QCOMPARE(*next->previous, Batch::idOf(first->encode()));
        QCOMPARE(next->items.size(), 1);
        QCOMPARE(next->items.at(0).proposalId, quint64(p));
        QCOMPARE(f.repo().get(2).value()->meetingId, second);
        // A batch never changes, and never leaves the outbox.
        QVERIFY(!f.db->execute(u"UPDATE outbox SET signed_file = x'00' WHERE sequence = 1"));
        QVERIFY(!f.db->execute(u"DELETE FROM outbox WHERE sequence = 2"));
        QVERIFY(!f.db->execute(u"UPDATE outbox_items SET proposal_id = NULL WHERE sequence = 1"));
        QVERIFY(f.auditIntact());
    }

    void theUsbExportIsSealedToTheEnrolledHub()
    {
        OutboxFixture f;
        QVERIFY(f.setUpVillage());
        qint64 agreed = 0;
        qint64 rejected = 0;
        QVERIFY(f.sealedMeeting(agreed, rejected) > 0);
        QCOMPARE(*f.outbox().catchUp(kChair), 1);
        const QString out = f.dir.filePath(QStringLiteral("batch-1.vbatch"));

        // Without a hub there is nobody to seal it to.
        QCOMPARE(f.outbox().exportTo(kOperator, 1, out, false).error().code, ErrorCode::SyncNotEnrolled);
        QVERIFY(!QFile::exists(out));

        const SealingKey hubKey = SealingKey::generate();
        const Signer hubSigner = Signer::generate();
        HubLink link;
        link.hubId = QStringLiteral("hub-3373");
        link.hubName = QStringLiteral("Dinsos Kota Salatiga");
        link.districtCode = QStringLiteral("3373");
        link.signingKey = hubSigner.publicKey();
        link.sealingKey = hubKey.publicKey();
        link.answer = QByteArray("answer");
        QCOMPARE(f.repo().storeHub(kViewer, link).error().code, ErrorCode::PermissionDenied);
        {
            Transaction tx(*f.db);
            QVERIFY(tx.begin());
            QVERIFY(f.repo().storeHub(kOperator, link));
            QVERIFY(tx.commit());
        }
        QCOMPARE(f.outbox().exportTo(kViewer, 1, out, false).error().code, ErrorCode::PermissionDenied);
        auto exported = f.outbox().exportTo(kOperator, 1, out, false);
        QVERIFY2(exported, exported ? "" : qPrintable(describe(exported.error())));
        QCOMPARE(exported->state, OutboxState::Sent);
        QCOMPARE(exported->sentBy, QStringLiteral("usb"));
        QCOMPARE(f.state(agreed), ProposalState::Sent);

        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray sealed = file.readAll();
        // Nothing of the content shows through the seal; the hub opens it to the very bytes signed.
        QVERIFY(!sealed.contains("DEDE"));
        QVERIFY(!sealed.contains("3373044102720007"));
        auto header = Envelope::sealedHeader(sealed);
        QVERIFY(header);
        QCOMPARE(header->recipientKeyId, PublicKey::idOf(hubKey.publicKey()));
        auto inside = Envelope::unseal(sealed, hubKey);
        QVERIFY(inside);
        QCOMPARE(*inside, f.repo().signedFile(1).value());

        // A second export: the file exists (refused unless replaced); replaced, it is sealed anew
        // but holds the same batch, and the batch stays sent.
        QCOMPARE(f.outbox().exportTo(kOperator, 1, out, false).error().code, ErrorCode::FileExists);
        QVERIFY(f.outbox().exportTo(kOperator, 1, out, true));
        QFile again(out);
        QVERIFY(again.open(QIODevice::ReadOnly));
        const QByteArray resealed = again.readAll();
        QVERIFY(resealed != sealed);
        QCOMPARE(Envelope::unseal(resealed, hubKey).value(), *inside);
        QCOMPARE(f.state(agreed), ProposalState::Sent);
        QCOMPARE(f.outbox().exportTo(kOperator, 7, out, true).error().code, ErrorCode::SyncBatchNotFound);
        QVERIFY(f.auditIntact());
    }

    // The retry bookkeeping changes without audit entries, and the vault's content still matches
    // its audit trail.
    void sendAttemptsAreOutsideTheAuditedContent()
    {
        OutboxFixture f;
        QVERIFY(f.setUpVillage());
        qint64 a = 0;
        qint64 r = 0;
        QVERIFY(f.sealedMeeting(a, r) > 0);
        QCOMPARE(*f.outbox().catchUp(kChair), 1);
        QVERIFY(f.repo().recordAttempt(
            1, SendPhase::Announced, 3, f.clock.now().addSecs(90), QStringLiteral("timeout")));
        auto entry = f.repo().get(1);
        QCOMPARE((*entry)->phase, SendPhase::Announced);
        QCOMPARE((*entry)->attempts, 3);
        QCOMPARE((*entry)->lastError, QStringLiteral("timeout"));
        QVERIFY(f.auditIntact());
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_Outbox.moc"
