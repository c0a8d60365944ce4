// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The district's verdicts at the village (issue 14 §2, docs/batch-format.md §14), in a real encrypted
// vault enrolled with a real district hub in a temporary folder: the village seals a meeting, its batch
// goes to the hub and the receipt comes back; then decision lists are made here as the hub makes them
// (signed with the hub's own signing key, read from its folder, and sealed to the device), with
// verdicts signed by reviewer keys of the test. What is applied: states, reasons, the linked draft of a
// returned proposal, a chain across two lists, a list imported twice. What is refused, with the vault
// unchanged: a list for another device or village, another hub's, an older one, and verdicts signed by
// an unlisted key, by a role that does not give the state, tampered, for a batch never sent, for another
// item, or out of the item's chain.
#include "models/core/Error.h"
#include "models/core/PublicKey.h"
#include "models/review/DecisionRepository.h"
#include "models/vault/AuditLog.h"
#include "models/vault/DeviceKey.h"
#include "models/vault/StateDigest.h"
#include "models/vault/Transaction.h"
#include "sync/batch/DecisionList.h"
#include "sync/batch/Envelope.h"
#include "sync/batch/Verdict.h"
#include "sync/crypto/Sealer.h"
#include "sync/crypto/Signer.h"
#include "sync/decisions/DecisionInbox.h"
#include "sync/hub/Hub.h"
#include "sync/hub/SqliteHubRepository.h"
#include "sync/outbox/Enrolment.h"
#include "sync/outbox/Outbox.h"
#include "sync/outbox/OutboxRepository.h"
#include "tests/support/MeetingFixture.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace verdes;
using namespace verdes::sync;

namespace {

using test::kChair;
using test::kOperator;

const QString kVillage = QStringLiteral("3373041001");

bool endsWith(const QList<ProposalState> &path, const QList<ProposalState> &tail)
{
    return path.size() >= tail.size() && path.sliced(path.size() - tail.size()) == tail;
}

QString failure(const Error &error)
{
    return errorCodeName(error.code) + u": " + error.detail;
}

QByteArray signWith(const Signer &signer, FileKind kind, const QByteArray &body)
{
    auto file = Envelope::sign(kind, signer.publicKey(), body, [&signer](const QByteArray &bytes) {
        return Result<QByteArray>(signer.sign(bytes));
    });
    return file ? *file : QByteArray();
}

struct DecisionsFixture : test::MeetingFixture
{
    QTemporaryDir hubDir;
    std::unique_ptr<hub::Hub> hub;
    std::optional<Signer> hubSigner;
    QString hubId;
    Signer verifier = Signer::generate();
    Signer head = Signer::generate();
    QByteArray batchId;
    QList<qint64> ids; // the proposals of batch 1, in their positions
    QHash<qint64, int> positions;

    OutboxRepository repo() { return OutboxRepository(*db, clock); }

    DecisionInbox inbox() { return DecisionInbox(*db, clock); }

    // A vault enrolled with a real hub; a meeting agreed four proposals, whose batch the hub received.
    bool setUpSent()
    {
        if (!setUp()) {
            return false;
        }
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
        options.name = QStringLiteral("Dinsos Kota Salatiga");
        options.districtCode = QStringLiteral("3373");
        const QString folder = hubDir.filePath(QStringLiteral("hub"));
        if (!hub::Hub::init(folder, options, clock)) {
            return false;
        }
        // The hub's signing key, as the hub keeps it: this test signs decision lists as the hub does.
        QFile keyFile(QDir(folder).filePath(QStringLiteral("hub.key")));
        if (!keyFile.open(QIODevice::ReadOnly)) {
            return false;
        }
        const QByteArray raw = QByteArray::fromHex(keyFile.readAll().trimmed());
        auto storage = hub::SqliteHubRepository::open(
            QDir(folder).filePath(QStringLiteral("hub.db")),
            SecureBytes::copyOf(std::span(reinterpret_cast<const unsigned char *>(raw.constData()), // NOLINT
                                          static_cast<std::size_t>(raw.size()))));
        if (!storage) {
            return false;
        }
        auto keys = (*storage)->keys();
        if (!keys || keys->empty()) {
            return false;
        }
        auto signer = Signer::fromSeed(keys->back().signingSeed);
        if (!signer) {
            return false;
        }
        hubSigner.emplace(std::move(signer).value());
        storage->reset();
        auto opened = hub::Hub::open(folder, {}, clock);
        if (!opened) {
            return false;
        }
        hub = std::move(opened).value();
        auto request = Enrolment(*db, clock).makeRequest(kOperator, QStringLiteral("Desa Contoh"));
        if (!request) {
            return false;
        }
        auto enrolled = hub->enrol(request->signedFile);
        if (!enrolled
            || !Enrolment(*db, clock).accept(kOperator, enrolled->answerFile, *hub->fingerprint())) {
            return false;
        }
        hubId = (*repo().hub())->hubId;
        ids = {ready(QStringLiteral("H0001"), QStringLiteral("P0003")),
               ready(QStringLiteral("H0001"), QStringLiteral("P0004")),
               ready(QStringLiteral("H0003"), QStringLiteral("P0007")),
               ready(QStringLiteral("H0003"), QStringLiteral("P0008"))};
        if (ids.contains(0) || sealMeeting() != 1) {
            return false;
        }
        auto sealed = Outbox(*db, clock).sealedFile(1);
        if (!sealed) {
            return false;
        }
        auto ingested = hub->ingest(*sealed);
        if (!ingested || !Outbox(*db, clock).importReceipt(kOperator, ingested->receiptFile)) {
            return false;
        }
        auto entry = repo().get(1);
        auto items = repo().items(1);
        if (!entry || !*entry || !items) {
            return false;
        }
        batchId = (*entry)->batchId;
        for (const OutboxItem &item : *items) {
            positions.insert(item.proposalId.value_or(0), item.position);
        }
        return positions.size() == ids.size();
    }

    // Agrees every ready proposal in a new meeting, seals it and makes its batch; returns its number.
    quint64 sealMeeting()
    {
        const qint64 id = newMeeting();
        if (id == 0 || !meetings().addAllReady(kOperator, id)) {
            return 0;
        }
        auto agenda = meetings().agenda(id);
        if (!agenda) {
            return 0;
        }
        for (const AgendaItem &item : std::as_const(*agenda)) {
            if (!meetings().decide(kOperator, id, item.id, DecisionInput{})) {
                return 0;
            }
        }
        Attendee attendee;
        attendee.name = QStringLiteral("Siti");
        attendee.role = AttendeeRole::Bpd;
        if (!meetings().addAttendee(kOperator, id, attendee) || !meetings().seal(kChair, id)
            || !Outbox(*db, clock).catchUp(kChair)) {
            return 0;
        }
        auto last = repo().last();
        return last && *last ? (*last)->sequence : 0;
    }

    // A verdict on proposal `proposal` of batch 1, as its reviewer signs it.
    Verdict verdict(qint64 proposal, ProposalState state, const std::optional<QByteArray> &previous = {})
    {
        Verdict v;
        v.districtCode = QStringLiteral("3373");
        v.villageCode = kVillage;
        v.batchId = batchId;
        v.position = static_cast<quint32>(positions.value(proposal));
        v.proposalId = static_cast<quint64>(proposal);
        v.role = Verdict::roleFor(state);
        v.reviewerKeyId = PublicKey::idOf(signerFor(v.role).publicKey());
        v.state = state;
        if (state == ProposalState::Returned) {
            v.reason = ReviewReason{ReviewReason::Kind::Return, 1};
            v.note = QStringLiteral("Akta kematian tidak terbaca");
        } else if (state == ProposalState::RejectedByDinas) {
            v.reason = ReviewReason{ReviewReason::Kind::Reject, 3};
            v.note = QStringLiteral("NIK tidak padan dengan Dukcapil");
            v.nikMatch = NikMatch::NotMatched;
        }
        v.previous = previous;
        v.decidedAt = clock.now().toUTC().toString(Qt::ISODateWithMs);
        return v;
    }

    const Signer &signerFor(ReviewerRole role) const
    {
        return role == ReviewerRole::Verifier ? verifier : head;
    }

    QByteArray sign(const Verdict &v) const
    {
        return signWith(signerFor(v.role), FileKind::Verdict, v.encode());
    }

    QList<DecisionReviewer> reviewers() const
    {
        return {{verifier.publicKey(), QStringLiteral("Rina Verifikator"), ReviewerRole::Verifier},
                {head.publicKey(), QStringLiteral("Budi Kepala Bidang"), ReviewerRole::OfficeHead}};
    }

    // The decision list of `files` (serials from after + 1), as the hub signs and seals it.
    DecisionList list(const QList<QByteArray> &files, quint64 after = 0)
    {
        DecisionList l;
        l.hubId = hubId;
        l.villageCode = kVillage;
        l.deviceKeyId = PublicKey::idOf(DeviceKey::load(*db)->publicKey());
        l.after = after;
        l.issuedAt = clock.now().toUTC().toString(Qt::ISODateWithMs);
        l.reviewers = reviewers();
        quint64 serial = after;
        for (const QByteArray &file : files) {
            l.entries.append({++serial, l.issuedAt, file});
        }
        l.latest = serial;
        return l;
    }

    QByteArray sealList(const DecisionList &l, const Signer *signer = nullptr, const QByteArray &to = {})
    {
        const QByteArray signedFile =
            signWith(signer ? *signer : *hubSigner, FileKind::DecisionList, l.encode());
        const QByteArray device = to.isEmpty() ? DeviceKey::load(*db)->publicKey() : to;
        auto sealed = Envelope::seal(signedFile, *SealingKey::publicKeyOfSigningKey(device));
        return sealed ? *sealed : QByteArray();
    }

    QByteArray sealed(const QList<QByteArray> &files, quint64 after = 0)
    {
        return sealList(list(files, after));
    }

    // What must not change when a list is refused: the vault's content and its history.
    QByteArray fingerprint()
    {
        auto hash = StateDigest::currentStateHash(*db);
        auto entries = db->queryInt(QStringLiteral("SELECT count(*) FROM audit_log"));
        return (hash ? *hash : QByteArray()) + QByteArray::number(entries ? *entries : -1);
    }

    int auditCount(const QString &action)
    {
        return static_cast<int>(
            *db->queryInt(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = '%1'").arg(action)));
    }

    bool auditIntact()
    {
        auto verified = AuditLog(*db, clock).verify();
        return verified && verified->intact() && verified->contentMatches;
    }
};

} // namespace

class TestDecisions : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void approvedRejectedAndReturnedAreApplied()
    {
        DecisionsFixture f;
        QVERIFY(f.setUpSent());
        const qint64 approved = f.ids.at(0);
        const qint64 rejected = f.ids.at(1);
        const qint64 returned = f.ids.at(2);
        QCOMPARE(f.state(approved), ProposalState::Received);

        auto request = f.inbox().makeRequest(kOperator);
        QVERIFY2(request, request ? "" : qPrintable(failure(request.error())));
        auto header = Envelope::signedHeader(*request);
        QCOMPARE(header->kind, FileKind::DecisionRequest);
        auto requestBody =
            Envelope::openSigned(*request, FileKind::DecisionRequest, DeviceKey::load(*f.db)->publicKey());
        QVERIFY(requestBody);
        QCOMPARE(DecisionRequest::decode(*requestBody)->after, quint64{0});

        // Each item's chain in the list: verified, then the office head's verdict.
        const QByteArray v1 = f.sign(f.verdict(approved, ProposalState::Verified));
        const QByteArray v2 = f.sign(f.verdict(approved, ProposalState::Approved, Verdict::idOf(v1)));
        const QByteArray v3 = f.sign(f.verdict(rejected, ProposalState::Verified));
        const QByteArray v4 = f.sign(f.verdict(rejected, ProposalState::RejectedByDinas, Verdict::idOf(v3)));
        const QByteArray v5 = f.sign(f.verdict(returned, ProposalState::Returned));
        auto imported = f.inbox().importList(kOperator, f.sealed({v1, v2, v3, v4, v5}));
        QVERIFY2(imported, imported ? "" : qPrintable(failure(imported.error())));
        QCOMPARE(imported->verdicts, 5);
        QCOMPARE(imported->approved, 1);
        QCOMPARE(imported->rejected, 1);
        QCOMPARE(imported->returned, 1);
        QCOMPARE(imported->drafts, 1);
        QCOMPARE(imported->latest, quint64{5});
        QVERIFY(!imported->hasMore);

        QCOMPARE(f.state(approved), ProposalState::Approved);
        QCOMPARE(f.state(rejected), ProposalState::RejectedByDinas);
        QCOMPARE(f.state(returned), ProposalState::Returned);
        QCOMPARE(f.state(f.ids.at(3)), ProposalState::Received); // no verdict yet
        QCOMPARE(DistrictVerdictText::stateLabel(ProposalState::Approved),
                 QStringLiteral("Approved, waiting for the next snapshot"));
        // An approval is not applied to the registry: the member is still there, active.
        auto presence = f.proposals().currentValue(
            QStringLiteral("members"), QStringLiteral("P0003"), QStringLiteral("presence"));
        QVERIFY(presence);
        auto stillThere =
            f.db->queryInt(QStringLiteral("SELECT count(*) FROM members WHERE person_id = 'P0003'"));
        QCOMPARE(*stillThere, qint64{1});

        // The history moved through in_review, with the reason and the reviewer's note.
        auto history = f.proposals().history(rejected);
        QVERIFY(history);
        QList<ProposalState> path;
        for (const ProposalTransitionRecord &move : *history) {
            path.append(move.to);
        }
        QVERIFY(endsWith(path,
                         {ProposalState::InReview, ProposalState::Verified, ProposalState::RejectedByDinas}));
        QCOMPARE(history->constLast().note, QStringLiteral("RJ03: NIK tidak padan dengan Dukcapil"));

        // What the village keeps: each verdict as signed, with who decided.
        DecisionRepository decisions(*f.db);
        auto onRejected = decisions.forProposal(rejected);
        QVERIFY(onRejected);
        QCOMPARE(onRejected->size(), 2);
        const DistrictVerdict &last = onRejected->constLast();
        QCOMPARE(last.step, 2);
        QCOMPARE(last.reason, QStringLiteral("RJ03"));
        QCOMPARE(last.nikMatch, QStringLiteral("tidak_padan"));
        QCOMPARE(last.reviewerName, QStringLiteral("Budi Kepala Bidang"));
        QCOMPARE(last.reviewerRole, QStringLiteral("office_head"));
        QCOMPARE(last.verdictId, Verdict::idOf(v4));
        QVERIFY(
            DistrictVerdictText::summary(last).contains(QStringLiteral("NIK tidak padan dengan Dukcapil")));
        QCOMPARE(*decisions.lastSerial(), quint64{5});

        // The returned proposal comes back as a new draft linked to it; the old one stays returned.
        auto link = decisions.returnOf(returned);
        QVERIFY(link && *link);
        QCOMPARE((*link)->reason, QStringLiteral("RT01"));
        QCOMPARE((*link)->note, QStringLiteral("Akta kematian tidak terbaca"));
        QCOMPARE((*link)->verdictId, Verdict::idOf(v5));
        auto back = decisions.returnInto((*link)->draftId);
        QVERIFY(back && *back);
        QCOMPARE((*back)->returnedId, returned);
        auto draft = f.proposals().get((*link)->draftId);
        auto old = f.proposals().get(returned);
        QVERIFY(draft && *draft && old && *old);
        QCOMPARE((*draft)->state, ProposalState::Draft);
        QCOMPARE((*draft)->type, (*old)->type);
        QCOMPARE((*draft)->householdId, (*old)->householdId);
        QCOMPARE((*draft)->personIds, (*old)->personIds);
        QCOMPARE((*draft)->details, (*old)->details);
        QCOMPARE((*draft)->evidence.size(), (*old)->evidence.size());
        QCOMPARE((*draft)->evidence.constFirst().sha256, (*old)->evidence.constFirst().sha256);

        QCOMPARE(f.auditCount(QStringLiteral("decisions.import")), 1);
        QVERIFY(f.auditIntact());

        // The next request starts after the newest serial held.
        auto next = f.inbox().makeRequest(kOperator);
        auto nextBody =
            Envelope::openSigned(*next, FileKind::DecisionRequest, DeviceKey::load(*f.db)->publicKey());
        QCOMPARE(DecisionRequest::decode(*nextBody)->after, quint64{5});
    }

    void aChainRunsAcrossTwoListsAndAListImportedTwiceChangesNothing()
    {
        DecisionsFixture f;
        QVERIFY(f.setUpSent());
        const qint64 p = f.ids.at(3);
        const QByteArray v1 = f.sign(f.verdict(p, ProposalState::Verified));
        const QByteArray first = f.sealed({v1});
        auto one = f.inbox().importList(kOperator, first);
        QVERIFY2(one, one ? "" : qPrintable(failure(one.error())));
        QCOMPARE(f.state(p), ProposalState::Verified);

        // The same list again (or the same verdicts sealed anew): nothing changes, nothing is audited.
        const QByteArray before = f.fingerprint();
        auto again = f.inbox().importList(kOperator, first);
        QVERIFY2(again, again ? "" : qPrintable(failure(again.error())));
        QCOMPARE(again->verdicts, 0);
        QVERIFY(again->proposals.isEmpty());
        QCOMPARE(f.fingerprint(), before);
        QCOMPARE(f.auditCount(QStringLiteral("decisions.import")), 1);

        f.clock.advanceSeconds(3600);
        const QByteArray v2 = f.sign(f.verdict(p, ProposalState::Approved, Verdict::idOf(v1)));
        auto two = f.inbox().importList(kOperator, f.sealed({v2}, 1));
        QVERIFY2(two, two ? "" : qPrintable(failure(two.error())));
        QCOMPARE(two->verdicts, 1);
        QCOMPARE(f.state(p), ProposalState::Approved);
        QCOMPARE(DecisionRepository(*f.db).forProposal(p)->size(), 2);
        // The whole list from the start, after both: also nothing new.
        const QByteArray after = f.fingerprint();
        auto whole = f.inbox().importList(kOperator, f.sealed({v1, v2}));
        QVERIFY2(whole, whole ? "" : qPrintable(failure(whole.error())));
        QCOMPARE(whole->verdicts, 0);
        QCOMPARE(f.fingerprint(), after);
        QVERIFY(f.auditIntact());
    }

    void aSentProposalPassesThroughInReview()
    {
        DecisionsFixture f;
        QVERIFY(f.setUpSent());
        // A second batch written for the USB stick, whose receipt has not come back yet.
        const qint64 p = f.ready(QStringLiteral("H0002"), QStringLiteral("P0005"));
        QVERIFY(p != 0);
        QCOMPARE(f.sealMeeting(), quint64{2});
        QTemporaryDir usb;
        QVERIFY(Outbox(*f.db, f.clock).exportTo(kOperator, 2, usb.filePath(QStringLiteral("b.vbat")), false));
        QCOMPARE(f.state(p), ProposalState::Sent);
        Verdict v = f.verdict(p, ProposalState::Verified);
        v.batchId = (*f.repo().get(2))->batchId;
        v.position = 0;
        auto imported = f.inbox().importList(kOperator, f.sealed({f.sign(v)}));
        QVERIFY2(imported, imported ? "" : qPrintable(failure(imported.error())));
        QCOMPARE(f.state(p), ProposalState::Verified);
        auto history = f.proposals().history(p);
        QList<ProposalState> path;
        for (const ProposalTransitionRecord &move : *history) {
            path.append(move.to);
        }
        QVERIFY(endsWith(path,
                         {ProposalState::Sent,
                          ProposalState::Received,
                          ProposalState::InReview,
                          ProposalState::Verified}));
    }

    void refused_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("code");
        const auto row = [](const char *name, ErrorCode code) {
            QTest::newRow(name) << QString::fromLatin1(name) << static_cast<int>(code);
        };
        row("another-device", ErrorCode::SyncNotOurs);
        row("another-village", ErrorCode::SyncNotOurs);
        row("sealed-to-another-device", ErrorCode::SyncNotForThisHub);
        row("another-hub", ErrorCode::SyncHubUnknown);
        row("replayed-older-list", ErrorCode::SyncDecisionsReplayed);
        row("unlisted-reviewer-key", ErrorCode::SyncVerdictInvalid);
        row("role-does-not-give-state", ErrorCode::SyncVerdictInvalid);
        row("listed-with-another-role", ErrorCode::SyncVerdictInvalid);
        row("tampered-verdict", ErrorCode::SyncVerdictInvalid);
        row("batch-never-sent", ErrorCode::SyncVerdictInvalid);
        row("another-proposal-at-position", ErrorCode::SyncVerdictInvalid);
        row("another-village-in-verdict", ErrorCode::SyncVerdictInvalid);
        row("first-verdict-approves", ErrorCode::SyncVerdictInvalid);
        row("previous-not-held", ErrorCode::SyncVerdictInvalid);
        row("list-starts-after-a-gap", ErrorCode::SyncFileMalformed);
    }

    void refused()
    {
        QFETCH(QString, kind);
        QFETCH(int, code);
        DecisionsFixture f;
        QVERIFY(f.setUpSent());
        const qint64 p = f.ids.at(0);
        // Something held already, so that a replay has something to be older than.
        const QByteArray v1 = f.sign(f.verdict(p, ProposalState::Verified));
        const QByteArray v2 = f.sign(f.verdict(f.ids.at(1), ProposalState::Verified));
        QVERIFY(f.inbox().importList(kOperator, f.sealed({v1, v2})));
        const QByteArray before = f.fingerprint();
        const ProposalState stateBefore = f.state(f.ids.at(2));

        // A good next verdict: the one each case spoils.
        Verdict good = f.verdict(f.ids.at(2), ProposalState::Returned);
        QByteArray sealed;
        if (kind == u"another-device") {
            DecisionList l = f.list({f.sign(good)}, 2);
            l.deviceKeyId = PublicKey::idOf(Signer::generate().publicKey());
            sealed = f.sealList(l);
        } else if (kind == u"another-village") {
            DecisionList l = f.list({f.sign(good)}, 2);
            l.villageCode = QStringLiteral("3373041002");
            sealed = f.sealList(l);
        } else if (kind == u"sealed-to-another-device") {
            sealed = f.sealList(f.list({f.sign(good)}, 2), nullptr, Signer::generate().publicKey());
        } else if (kind == u"another-hub") {
            const Signer other = Signer::generate();
            sealed = f.sealList(f.list({f.sign(good)}, 2), &other);
        } else if (kind == u"replayed-older-list") {
            sealed = f.sealed({v1}); // latest 1, while the vault holds 2
        } else if (kind == u"unlisted-reviewer-key") {
            const Signer stranger = Signer::generate();
            good.reviewerKeyId = PublicKey::idOf(stranger.publicKey());
            sealed = f.sealed({signWith(stranger, FileKind::Verdict, good.encode())}, 2);
        } else if (kind == u"role-does-not-give-state") {
            // The verifier signs an approval, calling themself office head.
            Verdict v = f.verdict(f.ids.at(0), ProposalState::Approved, Verdict::idOf(v1));
            v.reviewerKeyId = PublicKey::idOf(f.verifier.publicKey());
            sealed = f.sealed({signWith(f.verifier, FileKind::Verdict, v.encode())}, 2);
        } else if (kind == u"listed-with-another-role") {
            // The hub vouches for the office head's key only as a verifier's.
            DecisionList l =
                f.list({f.sign(f.verdict(f.ids.at(0), ProposalState::Approved, Verdict::idOf(v1)))}, 2);
            l.reviewers[1].role = ReviewerRole::Verifier;
            sealed = f.sealList(l);
        } else if (kind == u"tampered-verdict") {
            QByteArray file = f.sign(good);
            const qsizetype at = file.indexOf(QByteArrayLiteral("Akta kematian"));
            QVERIFY(at > 0);
            file[at] = 'B';
            sealed = f.sealed({file}, 2);
        } else if (kind == u"batch-never-sent") {
            good.batchId = QByteArray(32, '\x5a');
            sealed = f.sealed({f.sign(good)}, 2);
        } else if (kind == u"another-proposal-at-position") {
            good.proposalId = static_cast<quint64>(f.ids.at(3));
            sealed = f.sealed({f.sign(good)}, 2);
        } else if (kind == u"another-village-in-verdict") {
            good.villageCode = QStringLiteral("3373041002");
            sealed = f.sealed({f.sign(good)}, 2);
        } else if (kind == u"first-verdict-approves") {
            sealed = f.sealed({f.sign(f.verdict(f.ids.at(2), ProposalState::Approved))}, 2);
        } else if (kind == u"previous-not-held") {
            // Approves proposal 1 after a verdict the vault never had (another reviewer's fork).
            const QByteArray fork = f.sign(f.verdict(p, ProposalState::Returned));
            sealed = f.sealed({f.sign(f.verdict(p, ProposalState::Approved, Verdict::idOf(fork)))}, 2);
        } else if (kind == u"list-starts-after-a-gap") {
            sealed = f.sealed({f.sign(good)}, 3);
        }
        QVERIFY(!sealed.isEmpty());
        // A good verdict first in the same list: nothing of a list is applied unless all of it verifies.
        auto imported = f.inbox().importList(kOperator, sealed);
        QVERIFY(!imported);
        QCOMPARE(static_cast<int>(imported.error().code), code);
        QVERIFY(!describe(imported.error()).isEmpty());
        QCOMPARE(f.fingerprint(), before);
        QCOMPARE(f.state(f.ids.at(2)), stateBefore);
        QCOMPARE(f.auditCount(QStringLiteral("decisions.import")), 1);
    }

    void nothingIsAppliedUnlessTheWholeListVerifies()
    {
        DecisionsFixture f;
        QVERIFY(f.setUpSent());
        const QByteArray before = f.fingerprint();
        const QByteArray good = f.sign(f.verdict(f.ids.at(0), ProposalState::Verified));
        Verdict bad = f.verdict(f.ids.at(1), ProposalState::Verified);
        bad.batchId = QByteArray(32, '\x11');
        auto imported = f.inbox().importList(kOperator, f.sealed({good, f.sign(bad)}));
        QVERIFY(!imported);
        QCOMPARE(imported.error().code, ErrorCode::SyncVerdictInvalid);
        QCOMPARE(imported.error().args, QStringList{QString::number(f.ids.at(1))});
        QCOMPARE(f.fingerprint(), before);
        QCOMPARE(f.state(f.ids.at(0)), ProposalState::Received);
        QCOMPARE(*DecisionRepository(*f.db).lastSerial(), quint64{0});
    }
};

QTEST_GUILESS_MAIN(TestDecisions)
#include "tst_Decisions.moc"
