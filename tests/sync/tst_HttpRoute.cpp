// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The HTTPS route of issue 13 §3 in one process: a real encrypted vault with a sealed meeting, enrolled
// with a real hub (its encrypted SQLite storage) that serves over TLS on loopback with the test
// certificate in tests/data/tls, and the village's outbox sending through HttpTransport. Every test runs
// twice: with the server's work on the test's thread, and on two worker threads of their own hubs as
// `verdes-hub serve` runs it. Between them,
// when a test needs it, a loopback proxy that cuts the connection after a number of bytes. What is
// checked is what the officer and the district would see: the batch's state and its proposals, the
// hub's store, the receipt's bytes, and what was refused.
#include "models/core/Error.h"
#include "models/core/PublicKey.h"
#include "models/vault/DeviceKey.h"
#include "models/vault/Statement.h"
#include "models/vault/Transaction.h"
#include "sync/batch/DecisionList.h"
#include "sync/batch/Envelope.h"
#include "sync/batch/Receipt.h"
#include "sync/batch/ReviewClaim.h"
#include "sync/batch/ReviewFeed.h"
#include "sync/batch/ReviewerEnrolment.h"
#include "sync/batch/Verdict.h"
#include "sync/crypto/Sealer.h"
#include "sync/crypto/Signer.h"
#include "sync/hub/Hub.h"
#include "sync/hub/HubServer.h"
#include "sync/hub/HubWorkers.h"
#include "sync/outbox/Enrolment.h"
#include "sync/outbox/Outbox.h"
#include "sync/outbox/OutboxRepository.h"
#include "sync/outbox/RetryPolicy.h"
#include "sync/transport/Announce.h"
#include "sync/transport/HttpTransport.h"
#include "tests/support/LoopbackProxy.h"
#include "tests/support/MeetingFixture.h"
#include "tests/support/RecordingProgress.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSemaphore>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace verdes;
using namespace verdes::sync;

namespace {

using test::kChair;
using test::kOperator;
using test::LoopbackProxy;

QString tlsFile(const char *name)
{
    return test::testDataPath(QStringLiteral("tls/") + QLatin1StringView(name));
}

QString failure(const Error &error)
{
    return QStringLiteral("%1 (%2)").arg(describe(error), error.detail);
}

// Once every byte of the batch is up (the send reports it just before it asks for the receipt), the
// line drops at the first byte of the hub's answer: the hub has acted, the village does not hear it.
class LoseTheAnswer final : public Progress
{
public:
    explicit LoseTheAnswer(LoopbackProxy &proxy)
        : m_proxy(proxy)
    {}

protected:
    void onProgress(qint64 done, qint64 total) override
    {
        if (done == total) {
            m_proxy.setFault(LoopbackProxy::Mode::Cut, 1, LoopbackProxy::Count::Down);
        }
    }

private:
    LoopbackProxy &m_proxy;
};

// A village with a sealed meeting, enrolled with a hub that serves over TLS on loopback.
struct Route : test::MeetingFixture
{
    QTemporaryDir hubDir;
    std::unique_ptr<hub::Hub> hub;
    std::unique_ptr<hub::HubServer> server;
    hub::HubWorkers *workers = nullptr; // the server's, when it has them
    quint16 port = 0;
    qint64 agreed = 0;

    QString hubFolder() const { return hubDir.filePath(QStringLiteral("hub")); }

    // `certificate` is the one the hub serves; the village always pins hub-cert.pem.
    bool setUpRoute(const char *certificate = "hub-cert.pem",
                    const char *key = "hub-key.pem",
                    qint64 partSize = qint64(1) << 20)
    {
        if (!setUp() || !setUpMeta() || !sealMeeting()) {
            return false;
        }
        hub::Hub::InitOptions options;
        options.name = QStringLiteral("Dinsos Semarang");
        options.districtCode = QStringLiteral("3373");
        options.url = QStringLiteral("https://127.0.0.1:1"); // the port is known once it listens
        options.tlsPin = pinOf(tlsFile("hub-cert.pem"));
        if (!hub::Hub::init(hubFolder(), options, clock)) {
            return false;
        }
        auto opened = hub::Hub::open(hubFolder(), {}, clock);
        if (!opened) {
            return false;
        }
        hub = std::move(opened).value();
        auto tls = hub::HubServer::tlsFromFiles(tlsFile(certificate), tlsFile(key));
        if (!tls) {
            return false;
        }
        hub::HubServer::Options serverOptions;
        serverOptions.spoolFolder = hubDir.filePath(QStringLiteral("hub/spool"));
        serverOptions.tls = *tls;
        serverOptions.partSize = partSize;
        serverOptions.idleTimeoutMs = 500;
        QFETCH_GLOBAL(bool, onWorkers);
        if (onWorkers) {
            // Two more hubs on the same storage, each on a thread of its own; `hub` stays the test's.
            auto first = hub::Hub::open(hubFolder(), {}, clock);
            if (!first) {
                return false;
            }
            auto pool = hub::HubWorkers::start(std::move(first).value(), 2);
            if (!pool) {
                return false;
            }
            workers = pool->get();
            server = std::make_unique<hub::HubServer>(std::move(pool).value(), serverOptions);
        } else {
            server = std::make_unique<hub::HubServer>(*hub, serverOptions);
        }
        auto listening = server->listen(QHostAddress::LocalHost, 0);
        if (!listening) {
            return false;
        }
        port = *listening;
        return enrol();
    }

    static QByteArray pinOf(const QString &pem)
    {
        const auto certificates = QSslCertificate::fromPath(pem);
        return certificates.isEmpty()
                   ? QByteArray()
                   : QCryptographicHash::hash(certificates.constFirst().toDer(), QCryptographicHash::Sha256);
    }

    bool setUpMeta()
    {
        Transaction tx(*db);
        return tx.begin()
               && exec(u"INSERT OR REPLACE INTO vault_meta (key, value) VALUES ('vault_id', 'vault-http-1'), "
                       u"('village_code', '3373041001')")
               && tx.commit();
    }

    bool sealMeeting()
    {
        agreed = ready(QStringLiteral("H0003"), QStringLiteral("P0007"));
        const qint64 id = newMeeting();
        if (!meetings().addAllReady(kOperator, id)) {
            return false;
        }
        auto agenda = meetings().agenda(id);
        if (!agenda) {
            return false;
        }
        for (const AgendaItem &item : *agenda) {
            if (!meetings().decide(kOperator, id, item.id, DecisionInput{})) {
                return false;
            }
        }
        Attendee a;
        a.name = QStringLiteral("Siti");
        a.role = AttendeeRole::Bpd;
        return meetings().addAttendee(kOperator, id, a) && meetings().seal(kChair, id)
               && outbox().catchUp(kChair).has_value();
    }

    bool enrol()
    {
        Enrolment enrolment(*db, clock);
        auto request = enrolment.makeRequest(kOperator, QStringLiteral("Kelurahan Uji"));
        if (!request) {
            return false;
        }
        auto enrolled = hub->enrol(request->signedFile);
        if (!enrolled) {
            return false;
        }
        auto accepted = enrolment.accept(kOperator, enrolled->answerFile, enrolled->answer.hubFingerprint());
        return accepted.has_value();
    }

    Outbox outbox() { return Outbox(*db, clock); }

    OutboxRepository repo() { return OutboxRepository(*db, clock); }

    HttpTransport::Options transportTo(quint16 toPort) const
    {
        return {
            QUrl(QStringLiteral("https://127.0.0.1:%1").arg(toPort)), pinOf(tlsFile("hub-cert.pem")), 5000};
    }

    Result<Outbox::SendReport> send(quint16 toPort = 0)
    {
        HttpTransport transport(transportTo(toPort == 0 ? port : toPort));
        return outbox().send(kOperator, transport);
    }

    OutboxEntry entry() { return std::move(repo().get(1)).value().value(); }

    qint64 hubBatches() { return std::move(hub->storage().counts()).value().batches; }

    QByteArray deviceKeyId() { return PublicKey::idOf(std::move(DeviceKey::load(*db)).value().publicKey()); }

    QByteArray villageReceipt()
    {
        Statement st(*db, u"SELECT receipt FROM outbox WHERE sequence = 1");
        if (!st.status()) {
            return {};
        }
        auto row = st.step();
        return row && *row ? st.blob(0) : QByteArray();
    }

    int auditCount(const QString &action)
    {
        Statement st(*db, u"SELECT count(*) FROM audit_log WHERE action = :action");
        if (!st.status()) {
            return -1;
        }
        st.bind(u":action", action);
        auto row = st.step();
        return row && *row ? static_cast<int>(st.int64(0)) : -1;
    }

    qint64 bytesAtTheHub()
    {
        const QFileInfoList parts = QDir(hubDir.filePath(QStringLiteral("hub/spool")))
                                        .entryInfoList({QStringLiteral("*.part")}, QDir::Files);
        return parts.size() == 1 ? parts.constFirst().size() : -1;
    }
};

// A reviewer of the district office with a key of their own, enrolled at `hub`; their feed requests,
// and the pages sealed to them opened as the district review vault opens them.
struct TestReviewer
{
    Signer key = Signer::generate();
    QString vaultId = QStringLiteral("district-3373-a1b2");

    bool enrolAt(hub::Hub &hub) const
    {
        ReviewerRequest request;
        request.vaultId = vaultId;
        request.districtCode = QStringLiteral("3373");
        request.officeName = QStringLiteral("Dinas Sosial Kota Semarang");
        request.reviewerName = QStringLiteral("Sri Wahyuni");
        request.role = ReviewerRole::Verifier;
        request.reviewerPublicKey = key.publicKey();
        request.createdAt = QStringLiteral("2026-12-01T08:00:00.000Z");
        request.appVersion = QStringLiteral("0.1.0");
        return hub.enrolReviewer(sign(FileKind::ReviewerRequest, request.encode())).has_value();
    }

    QByteArray sign(FileKind kind, const QByteArray &body) const
    {
        auto file = Envelope::sign(kind, key.publicKey(), body, [this](const QByteArray &bytes) {
            return Result<QByteArray>(key.sign(bytes));
        });
        return file ? *file : QByteArray();
    }

    // An upload of verdicts (docs/batch-format.md §13), signed by this reviewer, sealed to the hub.
    QByteArray upload(const QList<QByteArray> &verdicts, const QByteArray &hubSealingKey) const
    {
        VerdictUpload upload;
        upload.vaultId = vaultId;
        upload.reviewerKeyId = PublicKey::idOf(key.publicKey());
        upload.createdAt = QStringLiteral("2026-12-02T09:30:00.000Z");
        upload.verdicts = verdicts;
        auto sealed = Envelope::seal(sign(FileKind::VerdictUpload, upload.encode()), hubSealingKey);
        return sealed ? *sealed : QByteArray();
    }

    // A claim request (docs/batch-format.md §17) to take `items` for a day.
    QByteArray claimRequest(quint64 sequence, const QList<ClaimItem> &items) const
    {
        ClaimRequest request;
        request.vaultId = vaultId;
        request.reviewerKeyId = PublicKey::idOf(key.publicKey());
        request.sequence = sequence;
        request.days = 1;
        request.createdAt = QStringLiteral("2026-12-01T09:00:00.000Z");
        request.items = items;
        return sign(FileKind::ClaimRequest, request.encode());
    }

    QByteArray feedRequest(quint64 after) const
    {
        ReviewFeedRequest request;
        request.vaultId = vaultId;
        request.reviewerKeyId = PublicKey::idOf(key.publicKey());
        request.after = after;
        request.createdAt = QStringLiteral("2026-12-01T09:00:00.000Z");
        return sign(FileKind::ReviewFeedRequest, request.encode());
    }

    Result<ReviewFeed> open(const QByteArray &sealed, const QByteArray &hubSigningKey) const
    {
        SecureBytes secret(64);
        const QByteArray &publicKey = key.publicKey();
        std::copy_n(key.seed().data(), 32, secret.data());
        std::copy_n(reinterpret_cast<const unsigned char *>(publicKey.constData()), // NOLINT
                    32,
                    secret.data() + 32); // NOLINT
        VERDES_TRY_ASSIGN(sealing, SealingKey::fromSigningSecret(secret));
        VERDES_TRY_ASSIGN(signedPage, Envelope::unseal(sealed, sealing));
        VERDES_TRY_ASSIGN(body, Envelope::openSigned(signedPage, FileKind::ReviewFeed, hubSigningKey));
        return ReviewFeed::decode(body);
    }
};

} // namespace

class TestHttpRoute : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void initTestCase_data()
    {
        QTest::addColumn<bool>("onWorkers");
        QTest::newRow("on-this-thread") << false;
        QTest::newRow("on-worker-threads") << true;
    }

    void aBatchGoesUpAndTheReceiptComesBack()
    {
        Route r;
        QVERIFY(r.setUpRoute());
        QCOMPARE(r.entry().state, OutboxState::Queued);
        auto sent = r.send();
        QVERIFY2(sent, sent ? "" : qPrintable(failure(sent.error())));
        QCOMPARE(sent->receipted, 1);
        QCOMPARE(sent->receipts.size(), 1);
        QCOMPARE(sent->receipts.constFirst().receipt.outcome, ReceiptOutcome::Accepted);
        const OutboxEntry after = r.entry();
        QCOMPARE(after.state, OutboxState::Receipted);
        QCOMPARE(after.sentBy, QStringLiteral("https"));
        QCOMPARE(after.attempts, 0);
        QCOMPARE(r.state(r.agreed), ProposalState::Received);
        QCOMPARE(r.hubBatches(), 1);
        // Nothing is left waiting, at either end.
        auto again = r.send();
        QVERIFY(again);
        QCOMPARE(again->receipts.size(), 0);
        QCOMPARE(r.hubBatches(), 1);
        QVERIFY(QDir(r.hubDir.filePath(QStringLiteral("hub/spool")))
                    .entryList({QStringLiteral("*.part")}, QDir::Files)
                    .isEmpty());
    }

    // The village lost the answer (the laptop died after the upload): it announces the batch again and
    // gets the very receipt the hub gave the first time, without sending the bytes again.
    void theSameBatchAgainGetsTheSameReceipt()
    {
        Route r;
        QVERIFY(r.setUpRoute());
        QVERIFY(r.send());
        const QByteArray first = std::move(r.hub->storage().receiptOf(r.entry().batchId)).value().value();
        Announce announce;
        announce.deviceKeyId = r.deviceKeyId();
        announce.batchId = r.entry().batchId;
        announce.sequence = 1;
        announce.size = 1000;
        announce.sha256 = QByteArray(32, 'x');
        announce.at = QStringLiteral("2026-11-23T10:00:00.000Z");
        const QByteArray message = announce.encode();
        HttpTransport transport(r.transportTo(r.port));
        auto answer = transport.announce(message, std::move(DeviceKey::sign(*r.db, message)).value());
        QVERIFY2(answer, answer ? "" : qPrintable(failure(answer.error())));
        QCOMPARE(answer->kind, AnnounceAnswer::Kind::Have);
        QCOMPARE(answer->receipt, first);
        // Signed by someone else, the same announce is refused and learns nothing.
        auto forged = transport.announce(message, QByteArray(64, '\x01'));
        QVERIFY(forged);
        QCOMPARE(forged->kind, AnnounceAnswer::Kind::Refused);
        QCOMPARE(forged->reason, QStringLiteral("bad_signature"));
        QVERIFY(forged->receipt.isEmpty());
        QCOMPARE(r.hubBatches(), 1);
    }

    // The connection drops half-way through the upload: the failure is recorded with the time of the
    // next try, and the next send goes on from the bytes the hub has, not from the start.
    void aCutUploadResumesWhereItStopped()
    {
        Route r;
        QVERIFY(r.setUpRoute("hub-cert.pem", "hub-key.pem", 256));
        const qint64 size = std::move(r.outbox().sealedFile(1)).value().size();
        QVERIFY2(size > 6 * 256, qPrintable(QString::number(size)));
        // The TLS handshake, the revocation list and the announce take about 1.5 KB: a few parts go
        // through before the cut.
        LoopbackProxy cutting(r.port);
        cutting.setFault(LoopbackProxy::Mode::Cut, 3000);
        auto failed = r.send(cutting.port());
        QVERIFY(!failed);
        QCOMPARE(failed.error().code, ErrorCode::SyncHubUnreachable);
        QVERIFY(cutting.hasFaulted());
        OutboxEntry after = r.entry();
        QCOMPARE(after.state, OutboxState::Queued);
        QCOMPARE(after.attempts, 1);
        const qint64 wait = r.clock.now().secsTo(after.nextAttemptAt);
        QVERIFY2(wait >= 22 && wait <= 38, qPrintable(QString::number(wait)));
        QVERIFY(!after.lastError.isEmpty());
        QCOMPARE(r.hubBatches(), 0);
        const QFileInfoList parts = QDir(r.hubDir.filePath(QStringLiteral("hub/spool")))
                                        .entryInfoList({QStringLiteral("*.part")}, QDir::Files);
        QCOMPARE(parts.size(), 1);
        const qint64 atTheHub = parts.constFirst().size();
        QVERIFY2(atTheHub > 0 && atTheHub < size, qPrintable(QString::number(atTheHub)));

        // The next try goes on from the bytes the hub has.
        test::RecordingProgress progress;
        HttpTransport transport(r.transportTo(r.port));
        auto resumed = r.outbox().send(kOperator, transport, progress);
        QVERIFY2(resumed, resumed ? "" : qPrintable(failure(resumed.error())));
        QCOMPARE(progress.firstDone(), atTheHub);
        QCOMPARE(r.entry().state, OutboxState::Receipted);
        QCOMPARE(r.entry().attempts, 0);
        QCOMPARE(r.hubBatches(), 1);
    }

    // The line hangs half-way, nothing moves and nothing closes (a mobile connection that stalls): the
    // village's own transfer timeout ends the try, and once the line is back the next one goes on from
    // the bytes the hub has.
    void aStalledUploadTimesOutAndResumes()
    {
        Route r;
        QVERIFY(r.setUpRoute("hub-cert.pem", "hub-key.pem", 256));
        const qint64 size = std::move(r.outbox().sealedFile(1)).value().size();
        LoopbackProxy stalling(r.port);
        stalling.setFault(LoopbackProxy::Mode::Stall, 3000);
        HttpTransport::Options options = r.transportTo(stalling.port());
        options.timeoutMs = 1000;
        HttpTransport transport(options);
        auto failed = r.outbox().send(kOperator, transport);
        QVERIFY(!failed);
        QCOMPARE(failed.error().code, ErrorCode::SyncHubUnreachable);
        QVERIFY(stalling.hasFaulted());
        QCOMPARE(r.entry().state, OutboxState::Queued);
        QCOMPARE(r.entry().attempts, 1);
        QCOMPARE(r.hubBatches(), 0);
        const qint64 atTheHub = r.bytesAtTheHub();
        QVERIFY2(atTheHub > 0 && atTheHub < size, qPrintable(QString::number(atTheHub)));

        stalling.pass();
        test::RecordingProgress progress;
        HttpTransport again(r.transportTo(stalling.port()));
        auto resumed = r.outbox().send(kOperator, again, progress);
        QVERIFY2(resumed, resumed ? "" : qPrintable(failure(resumed.error())));
        QCOMPARE(progress.firstDone(), atTheHub);
        QCOMPARE(r.entry().state, OutboxState::Receipted);
        QCOMPARE(r.hubBatches(), 1);
    }

    // The hub stored the batch, and its answer was lost on the way back: the village does not know the
    // batch arrived. Its next try asks again and gets the very receipt the hub gave, without sending the
    // bytes again, and the hub stores nothing twice.
    void aLostReceiptIsAskedForAgain()
    {
        Route r;
        QVERIFY(r.setUpRoute());
        LoopbackProxy proxy(r.port);
        LoseTheAnswer losing(proxy);
        HttpTransport transport(r.transportTo(proxy.port()));
        auto failed = r.outbox().send(kOperator, transport, losing);
        QVERIFY(!failed);
        QCOMPARE(failed.error().code, ErrorCode::SyncHubUnreachable);
        QVERIFY(proxy.hasFaulted());
        QCOMPARE(r.hubBatches(), 1);
        QCOMPARE(r.entry().state, OutboxState::Queued);
        QCOMPARE(r.entry().attempts, 1);

        test::RecordingProgress progress;
        auto again = [&] {
            HttpTransport direct(r.transportTo(r.port));
            return r.outbox().send(kOperator, direct, progress);
        }();
        QVERIFY2(again, again ? "" : qPrintable(failure(again.error())));
        QCOMPARE(progress.firstDone(), qint64(-1)); // not one byte of the batch went up again
        QCOMPARE(r.entry().state, OutboxState::Receipted);
        QCOMPARE(r.hubBatches(), 1);
        QCOMPARE(r.villageReceipt(),
                 std::move(r.hub->storage().receiptOf(r.entry().batchId)).value().value());
    }

    // A server that shows another certificate than the one pinned at enrolment gets nothing.
    // A reviewer of the district fetches what the hub received: the page comes sealed to their key;
    // anyone else is refused with 403, a request that does not read with 400, a huge one with 413.
    void aReviewerFetchesTheFeed()
    {
        Route r;
        QVERIFY(r.setUpRoute());
        auto sent = r.send();
        QVERIFY2(sent, sent ? "" : qPrintable(failure(sent.error())));
        QCOMPARE(r.hubBatches(), 1);
        const TestReviewer reviewer;
        QVERIFY(reviewer.enrolAt(*r.hub));
        HttpTransport transport(r.transportTo(r.port));
        auto page = transport.reviewFeed(reviewer.feedRequest(0));
        QVERIFY2(page, page ? "" : qPrintable(failure(page.error())));
        auto keys = r.hub->storage().keys();
        QVERIFY(keys);
        auto feed = reviewer.open(*page, keys->back().signingPublic);
        QVERIFY2(feed, feed ? "" : qPrintable(failure(feed.error())));
        QCOMPARE(feed->entries.size(), 1);
        QCOMPARE(feed->entries.constFirst().serial, quint64{1});
        QCOMPARE(feed->entries.constFirst().villageCode, QStringLiteral("3373041001"));
        QCOMPARE(feed->entries.constFirst().receiptFile, r.villageReceipt());
        QCOMPARE(feed->latest, quint64{1});
        // Another reviewer's key cannot open it.
        QVERIFY(!TestReviewer().open(*page, keys->back().signingPublic));

        const TestReviewer stranger; // never enrolled
        auto refused = transport.reviewFeed(stranger.feedRequest(0));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::SyncReviewerNotEnrolled);
        auto malformed = transport.reviewFeed(QByteArrayLiteral("VRFQ not a request"));
        QVERIFY(!malformed);
        QVERIFY2(malformed.error().detail.contains(QStringLiteral("HTTP 400")),
                 qPrintable(malformed.error().detail));
        auto huge = transport.reviewFeed(QByteArray(qsizetype{100} * 1024, 'x'));
        QVERIFY(!huge);
        QVERIFY2(huge.error().detail.contains(QStringLiteral("HTTP 413")), qPrintable(huge.error().detail));
        // Revoked: 403 from then on.
        QVERIFY(r.hub->revoke(PublicKey::idText(PublicKey::idOf(reviewer.key.publicKey()))));
        auto revoked = transport.reviewFeed(reviewer.feedRequest(1));
        QVERIFY(!revoked);
        QCOMPARE(revoked.error().code, ErrorCode::SyncReviewerNotEnrolled);
    }

    // A reviewer takes an item over HTTPS and the signed answer comes back; a replay is 409, anyone else
    // 403, what does not read 400.
    void aClaimGoesUpAndTheAnswerComesBack()
    {
        Route r;
        QVERIFY(r.setUpRoute());
        auto sent = r.send();
        QVERIFY2(sent, sent ? "" : qPrintable(failure(sent.error())));
        const TestReviewer reviewer;
        QVERIFY(reviewer.enrolAt(*r.hub));
        auto keys = r.hub->storage().keys();
        QVERIFY(keys);
        HttpTransport transport(r.transportTo(r.port));
        const QByteArray request = reviewer.claimRequest(1, {{r.entry().batchId, 0}});
        auto answerFile = transport.claim(request);
        QVERIFY2(answerFile, answerFile ? "" : qPrintable(failure(answerFile.error())));
        auto body = Envelope::openSigned(*answerFile, FileKind::ClaimAnswer, keys->back().signingPublic);
        QVERIFY(body);
        auto answer = ClaimAnswer::decode(*body);
        QVERIFY(answer);
        QCOMPARE(answer->requestId, QCryptographicHash::hash(request, QCryptographicHash::Sha256));
        QCOMPARE(answer->entries.size(), 1);
        QCOMPARE(answer->entries.at(0).outcome, ClaimOutcome::Granted);
        QCOMPARE(answer->entries.at(0).holderName, QStringLiteral("Sri Wahyuni"));
        auto replayed = transport.claim(request);
        QVERIFY(!replayed);
        QCOMPARE(replayed.error().code, ErrorCode::ReviewClaimReplayed);
        const TestReviewer stranger;
        auto refused = transport.claim(stranger.claimRequest(1, {{r.entry().batchId, 0}}));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::SyncReviewerNotEnrolled);
        auto malformed = transport.claim(QByteArrayLiteral("VCLQ not a request"));
        QVERIFY(!malformed);
        QVERIFY2(malformed.error().detail.contains(QStringLiteral("HTTP 400")),
                 qPrintable(malformed.error().detail));
    }

    // A reviewer's verdicts go up and the receipt comes back; the village fetches the decisions on its
    // items, sealed to its device key. Anyone else is refused with 403, what does not read with 400.
    void verdictsGoUpAndDecisionsComeDown()
    {
        Route r;
        QVERIFY(r.setUpRoute());
        auto sent = r.send();
        QVERIFY2(sent, sent ? "" : qPrintable(failure(sent.error())));
        auto stored = r.hub->storage().storedBatch(r.entry().batchId);
        QVERIFY(stored && *stored);
        QCOMPARE((*stored)->items.size(), 1);
        const TestReviewer reviewer;
        QVERIFY(reviewer.enrolAt(*r.hub));
        auto keys = r.hub->storage().keys();
        QVERIFY(keys);
        const QByteArray hubSigningKey = keys->back().signingPublic;
        const QByteArray hubSealingKey = keys->back().sealingPublic;
        // One verdict on the village's item, and 700 on positions the batch does not have, each with a
        // long note: an upload larger than a part of a batch upload (1 MiB), which the route takes.
        Verdict verdict;
        verdict.districtCode = QStringLiteral("3373");
        verdict.villageCode = QStringLiteral("3373041001");
        verdict.batchId = r.entry().batchId;
        verdict.proposalId = (*stored)->items.at(0).proposalId;
        verdict.reviewerKeyId = PublicKey::idOf(reviewer.key.publicKey());
        verdict.role = ReviewerRole::Verifier;
        verdict.state = ProposalState::Verified;
        verdict.note = QString(Verdict::kMaxNoteLength, u'a');
        verdict.decidedAt = QStringLiteral("2026-12-02T09:00:00.000Z");
        QList<QByteArray> files;
        for (quint32 position = 0; position <= 700; ++position) {
            verdict.position = position;
            files.append(reviewer.sign(FileKind::Verdict, verdict.encode()));
        }
        const QByteArray upload = reviewer.upload(files, hubSealingKey);
        QVERIFY(upload.size() > (qint64(1) << 20) + 64 * 1024);
        HttpTransport transport(r.transportTo(r.port));
        auto receiptFile = transport.uploadVerdicts(upload);
        QVERIFY2(receiptFile, receiptFile ? "" : qPrintable(failure(receiptFile.error())));
        auto body = Envelope::openSigned(*receiptFile, FileKind::VerdictReceipt, hubSigningKey);
        QVERIFY(body);
        auto receipt = VerdictReceipt::decode(*body);
        QVERIFY(receipt);
        QCOMPARE(receipt->uploadId, QCryptographicHash::hash(upload, QCryptographicHash::Sha256));
        QCOMPARE(receipt->entries.size(), files.size());
        QCOMPARE(receipt->entries.at(0).outcome, VerdictOutcome::Accepted);
        QCOMPARE(receipt->entries.at(0).verdictId, Verdict::idOf(files.at(0)));
        QCOMPARE(receipt->entries.at(1).refusal, VerdictRefusal::UnknownItem);
        // Again: a duplicate.
        receiptFile = transport.uploadVerdicts(reviewer.upload({files.at(0)}, hubSealingKey));
        QVERIFY(receiptFile);
        body = Envelope::openSigned(*receiptFile, FileKind::VerdictReceipt, hubSigningKey);
        QVERIFY(body);
        QCOMPARE(VerdictReceipt::decode(*body)->entries.at(0).outcome, VerdictOutcome::Duplicate);
        // A reviewer never enrolled: 403; what does not read: 400.
        const TestReviewer stranger;
        auto refused = transport.uploadVerdicts(stranger.upload({files.at(0)}, hubSealingKey));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::SyncReviewerNotEnrolled);
        auto malformed = transport.uploadVerdicts(QByteArrayLiteral("VDUP not an upload"));
        QVERIFY(!malformed);
        QVERIFY2(malformed.error().detail.contains(QStringLiteral("HTTP 400")),
                 qPrintable(malformed.error().detail));

        // The village asks with its device key; the list comes sealed to that key.
        const QByteArray devicePublic = std::move(DeviceKey::load(*r.db)).value().publicKey();
        const auto request = [&r, &devicePublic](const QString &villageCode) {
            DecisionRequest asked;
            asked.vaultId = QStringLiteral("vault-http-1");
            asked.villageCode = villageCode;
            asked.deviceKeyId = PublicKey::idOf(devicePublic);
            asked.createdAt = QStringLiteral("2026-12-02T10:00:00.000Z");
            auto file = Envelope::sign(
                FileKind::DecisionRequest, devicePublic, asked.encode(), [&r](const QByteArray &bytes) {
                    return DeviceKey::sign(*r.db, bytes);
                });
            return file ? *file : QByteArray();
        };
        auto list = transport.decisions(request(QStringLiteral("3373041001")));
        QVERIFY2(list, list ? "" : qPrintable(failure(list.error())));
        auto header = Envelope::sealedHeader(*list);
        QVERIFY(header);
        QCOMPARE(header->kind, FileKind::DecisionList);
        auto deviceSealing = SealingKey::publicKeyOfSigningKey(devicePublic);
        QVERIFY(deviceSealing);
        QCOMPARE(header->recipientKeyId, PublicKey::idOf(*deviceSealing));
        QCOMPARE(header->signerKeyId, PublicKey::idOf(hubSigningKey));
        // Another village named: 403; a reviewer's request: 400; a huge body: 413.
        auto otherVillage = transport.decisions(request(QStringLiteral("3373041002")));
        QVERIFY(!otherVillage);
        QCOMPARE(otherVillage.error().code, ErrorCode::SyncNotEnrolled);
        auto notARequest = transport.decisions(reviewer.feedRequest(0));
        QVERIFY(!notARequest);
        QVERIFY2(notARequest.error().detail.contains(QStringLiteral("HTTP 400")),
                 qPrintable(notARequest.error().detail));
        auto huge = transport.decisions(QByteArray(qsizetype{100} * 1024, 'x'));
        QVERIFY(!huge);
        QVERIFY2(huge.error().detail.contains(QStringLiteral("HTTP 413")), qPrintable(huge.error().detail));
        // The laptop revoked: it learns so.
        QVERIFY(r.hub->revoke(PublicKey::idText(PublicKey::idOf(devicePublic))));
        auto revoked = transport.decisions(request(QStringLiteral("3373041001")));
        QVERIFY(!revoked);
        QCOMPARE(revoked.error().code, ErrorCode::SyncDeviceRevoked);
    }

    void anotherCertificateIsRefused()
    {
        Route r;
        QVERIFY(r.setUpRoute("other-cert.pem", "other-key.pem"));
        auto sent = r.send();
        QVERIFY(!sent);
        QCOMPARE(sent.error().code, ErrorCode::SyncTlsPinMismatch);
        QVERIFY(describe(sent.error()).contains(QStringLiteral("127.0.0.1")));
        QCOMPARE(r.entry().state, OutboxState::Queued);
        QCOMPARE(r.hubBatches(), 0);
        QVERIFY(QDir(r.hubDir.filePath(QStringLiteral("hub/spool"))).entryList(QDir::Files).isEmpty());
    }

    void aRevokedLaptopLearnsItAtItsNextContact()
    {
        Route r;
        QVERIFY(r.setUpRoute());
        QVERIFY(r.hub->revoke(PublicKey::idText(r.deviceKeyId())));
        auto sent = r.send();
        QVERIFY(!sent);
        QCOMPARE(sent.error().code, ErrorCode::SyncDeviceRevoked);
        QVERIFY(describe(sent.error()).contains(QStringLiteral("Dinsos Semarang")));
        auto link = std::move(r.repo().hub()).value().value();
        QVERIFY(link.revokedAt.isValid());
        QCOMPARE(link.revocationSerial, quint64(2));
        QCOMPARE(r.entry().state, OutboxState::Queued);
        QCOMPARE(r.hubBatches(), 0);
    }

    // The hub rotates its keys: at the next send the village fetches the key list, follows it from the
    // key it pinned, and the batch goes sealed to the new key with a receipt signed by it. What the
    // replaced key signs is refused from then on.
    void aRotatedHubIsFollowedAtTheNextContact()
    {
        Route r;
        QVERIFY(r.setUpRoute());
        const HubLink before = std::move(r.repo().hub()).value().value();
        QCOMPARE(before.keyGeneration, 1U);
        QVERIFY(!before.keysExpireAt.isValid());
        const QByteArray oldList = std::move(r.hub->revocationList()).value();
        const QByteArray oldKeys = std::move(r.hub->keyChain()).value();
        r.clock.advanceSeconds(3600);
        auto rotated = r.hub->rotateKeys(365);
        QVERIFY(rotated);

        auto sent = r.send();
        QVERIFY2(sent, sent ? "" : qPrintable(failure(sent.error())));
        QCOMPARE(sent->receipted, 1);
        QCOMPARE(r.entry().state, OutboxState::Receipted);
        const HubLink after = std::move(r.repo().hub()).value().value();
        QCOMPARE(after.keyGeneration, 2U);
        QCOMPARE(PublicKey::idTextOf(after.signingKey), rotated->fingerprint);
        QCOMPARE(after.keysExpireAt, r.clock.now().addDays(365));
        QCOMPARE(after.retiredSigningKeyIds, QList<QByteArray>{PublicKey::idOf(before.signingKey)});
        QCOMPARE(r.villageReceipt().sliced(5, 8), PublicKey::idOf(after.signingKey));
        QCOMPARE(r.auditCount(QStringLiteral("hub.keys")), 1);

        // Old files of the replaced key: refused as such, nothing changed.
        auto list = r.outbox().applyRevocationList(kOperator, oldList);
        QVERIFY(!list);
        QCOMPARE(list.error().code, ErrorCode::SyncHubKeyRetired);
        auto keys = r.outbox().applyHubKeys(kOperator, oldKeys);
        QVERIFY(!keys);
        QCOMPARE(keys.error().code, ErrorCode::SyncHubKeyRetired);
        // The current list again changes nothing and is not audited again.
        auto same = r.outbox().applyHubKeys(kOperator, std::move(r.hub->keyChain()).value());
        QVERIFY(same);
        QVERIFY(!same->changed);
        QCOMPARE(r.auditCount(QStringLiteral("hub.keys")), 1);
        QCOMPARE(std::move(r.repo().hub()).value().value().keyGeneration, 2U);
    }

    // The USB route: a batch written to the stick before the hub rotated still goes in; its receipt,
    // signed by the new key, is taken once the village imported the hub's key list.
    void aStickSealedBeforeTheRotationIsTaken()
    {
        Route r;
        QVERIFY(r.setUpRoute());
        QTemporaryDir stick;
        QVERIFY(stick.isValid());
        const QString path = stick.filePath(QStringLiteral("batch-1.verdes"));
        QVERIFY(r.outbox().exportTo(kOperator, 1, path, false));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray sealedBefore = file.readAll();
        QVERIFY(r.hub->rotateKeys(0));

        auto ingested = r.hub->ingest(sealedBefore);
        QVERIFY(ingested);
        QVERIFY(ingested->stored);
        QCOMPARE(ingested->receipt.outcome, ReceiptOutcome::Accepted);
        auto early = r.outbox().importReceipt(kOperator, ingested->receiptFile);
        QVERIFY(!early);
        QCOMPARE(early.error().code, ErrorCode::SyncHubUnknown);
        QCOMPARE(r.entry().state, OutboxState::Sent);

        auto followed = r.outbox().applyHubKeys(kOperator, std::move(r.hub->keyChain()).value());
        QVERIFY2(followed, followed ? "" : qPrintable(failure(followed.error())));
        QVERIFY(followed->changed);
        QCOMPARE(followed->generation, 2U);
        QVERIFY(!followed->expiresAt.isValid());
        auto imported = r.outbox().importReceipt(kOperator, ingested->receiptFile);
        QVERIFY2(imported, imported ? "" : qPrintable(failure(imported.error())));
        QCOMPARE(r.entry().state, OutboxState::Receipted);
        QCOMPARE(r.state(r.agreed), ProposalState::Received);
    }

    // Keys that expired are not used: nothing is sealed to them and nothing they sign is taken, and a
    // send says so (counted as a try). Once the hub rotated, the next send follows and goes.
    void expiredHubKeysAreNotUsed()
    {
        Route r;
        QVERIFY(r.setUpRoute());
        QVERIFY(r.hub->rotateKeys(30));
        auto followed = r.outbox().applyHubKeys(kOperator, std::move(r.hub->keyChain()).value());
        QVERIFY(followed && followed->changed);
        r.clock.advanceSeconds(qint64{31} * 86400);

        auto sealed = r.outbox().sealedFile(1);
        QVERIFY(!sealed);
        QCOMPARE(sealed.error().code, ErrorCode::SyncHubKeyExpired);
        QVERIFY2(describe(sealed.error()).contains(QStringLiteral("Dinsos Semarang")),
                 qPrintable(describe(sealed.error())));
        QCOMPARE(exitCodeFor(sealed.error().code), 3);
        auto sent = r.send();
        QVERIFY(!sent);
        QCOMPARE(sent.error().code, ErrorCode::SyncHubKeyExpired);
        QCOMPARE(r.entry().attempts, 1);
        QCOMPARE(r.entry().state, OutboxState::Queued);
        QCOMPARE(r.hubBatches(), 0);

        QVERIFY(r.hub->rotateKeys(365));
        r.clock.advanceSeconds(3600); // past the try's wait
        auto again = r.send();
        QVERIFY2(again, again ? "" : qPrintable(failure(again.error())));
        QCOMPARE(again->receipted, 1);
        QCOMPARE(std::move(r.repo().hub()).value().value().keyGeneration, 3U);
        QCOMPARE(r.hubBatches(), 1);
    }

    void aHubThatIsDownIsTriedAgainLater()
    {
        Route r;
        QVERIFY(r.setUpRoute());
        r.server.reset(); // the hub stops
        auto sent = r.send();
        QVERIFY(!sent);
        QCOMPARE(sent.error().code, ErrorCode::SyncHubUnreachable);
        QCOMPARE(exitCodeFor(sent.error().code), 6);
        // The first waiting batch counts the failed try, so the next one waits (no busy loop).
        QCOMPARE(r.entry().attempts, 1);
        QVERIFY(r.entry().nextAttemptAt > r.clock.now());
        QCOMPARE(r.entry().state, OutboxState::Queued);
    }

    // The hub answers 413 to a request larger than a part, before it holds it in memory, and closes a
    // connection that sends nothing.
    void oversizedAndIdleRequestsAreClosed()
    {
        Route r;
        QVERIFY(r.setUpRoute("hub-cert.pem", "hub-key.pem", 4096));
        // The hub runs on this thread: wait with the event loop turning, never with waitFor….
        QSslSocket socket;
        socket.setPeerVerifyMode(QSslSocket::VerifyNone);
        socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), r.port);
        QTRY_VERIFY_WITH_TIMEOUT(socket.isEncrypted(), 5000);
        socket.write("PUT /v1/uploads/" + QByteArray(64, 'a')
                     + " HTTP/1.1\r\nHost: x\r\nVerdes-Offset: 0\r\nContent-Length: 10000000\r\n\r\n");
        const QByteArray chunk(64 * 1024, 'z');
        QByteArray answer;
        for (int i = 0; i < 8 && socket.state() == QAbstractSocket::ConnectedState; ++i) {
            socket.write(chunk);
            QTest::qWait(50);
            answer += socket.readAll();
        }
        QTRY_VERIFY_WITH_TIMEOUT(
            (answer += socket.readAll(), socket.state() != QAbstractSocket::ConnectedState), 5000);
        answer += socket.readAll();
        QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.left(80).constData());

        QSslSocket idle;
        idle.setPeerVerifyMode(QSslSocket::VerifyNone);
        idle.connectToHostEncrypted(QStringLiteral("127.0.0.1"), r.port);
        QTRY_VERIFY_WITH_TIMEOUT(idle.isEncrypted(), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(idle.state(), QAbstractSocket::UnconnectedState, 5000);
    }

    // A client that goes while a worker thread works on its request: the answer, once ready, finds
    // no connection and is dropped, and the hub goes on answering others.
    void anAnswerForAClientThatWentIsDropped()
    {
        QFETCH_GLOBAL(bool, onWorkers);
        if (!onWorkers) {
            QSKIP("on the test's thread a request is answered before the client can go");
        }
        Route r;
        QVERIFY(r.setUpRoute());
        // Every worker busy until the test lets them go.
        QSemaphore busy;
        QSemaphore go;
        const int threads = r.workers->count();
        for (int i = 0; i < threads; ++i) {
            r.workers->post([&busy, &go](hub::Hub &) {
                busy.release();
                go.acquire();
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(busy.available(), threads, 5000);

        QSslSocket socket;
        socket.setPeerVerifyMode(QSslSocket::VerifyNone);
        socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), r.port);
        QTRY_VERIFY_WITH_TIMEOUT(socket.isEncrypted(), 5000);
        socket.write("GET /v1/revocations HTTP/1.1\r\nHost: x\r\n\r\n");
        QTRY_COMPARE_WITH_TIMEOUT(r.workers->waiting(), 1, 5000);
        socket.abort();
        QTest::qWait(200); // the hub sees the connection go
        go.release(threads);
        QTRY_COMPARE_WITH_TIMEOUT(r.workers->waiting(), 0, 5000);
        QTest::qWait(200); // the answer comes back to the HTTP thread, for nobody

        auto sent = r.send();
        QVERIFY2(sent, sent ? "" : qPrintable(describe(sent.error())));
        QCOMPARE(sent->receipted, 1);
        QCOMPARE(r.hubBatches(), 1);
    }

    void retriesBackOffWithJitter()
    {
        QCOMPARE(RetryPolicy::delaySeconds(1, 0.5), qint64(30));
        QCOMPARE(RetryPolicy::delaySeconds(2, 0.5), qint64(60));
        QCOMPARE(RetryPolicy::delaySeconds(3, 0.5), qint64(120));
        QCOMPARE(RetryPolicy::delaySeconds(8, 0.5), qint64(3600)); // 30·2⁷ = 3840, capped
        QCOMPARE(RetryPolicy::delaySeconds(500, 0.5), qint64(3600));
        QCOMPARE(RetryPolicy::delaySeconds(1, 0.0), qint64(23)); // 30 · 0.75, rounded
        QCOMPARE(RetryPolicy::delaySeconds(1, 0.999), qint64(37));
    }
};

QTEST_GUILESS_MAIN(TestHttpRoute)
#include "tst_HttpRoute.moc"
