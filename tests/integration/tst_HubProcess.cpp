// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Issue 13 §6 against the real `verdes-hub serve` in a child process: the hub killed in the middle of
// an upload (in a part, while it stores, after it stored and before it answered), a hub whose disk is
// full, a hub that is not the one the village pinned, and two hub processes on one PostgreSQL database
// taking the same batch at once. The village is an encrypted vault in this process that sends through
// the real Outbox and HttpTransport. What is checked is what the officer and the district would see:
// the batch's state, the hub's store (`verdes-hub status`), the receipt's bytes (the USB route gives the
// same), and what is left half-done at the hub (nothing).
#include "models/core/Error.h"
#include "models/core/PublicKey.h"
#include "models/review/ReviewQueueRepository.h"
#include "models/vault/DeviceKey.h"
#include "models/vault/Kdf.h"
#include "models/vault/Statement.h"
#include "models/vault/Vault.h"
#include "sync/batch/DecisionList.h"
#include "sync/batch/Envelope.h"
#include "sync/batch/ReviewerEnrolment.h"
#include "sync/batch/RevocationList.h"
#include "sync/batch/Verdict.h"
#include "sync/crypto/Sealer.h"
#include "sync/crypto/Signer.h"
#include "sync/decisions/DecisionInbox.h"
#include "sync/hub/Hub.h"
#include "sync/outbox/Enrolment.h"
#include "sync/review/ReviewerEnrolment.h"
#include "sync/transport/Announce.h"
#include "tests/support/ChildProcess.h"
#include "tests/support/HubProcess.h"
#include "tests/support/HubVillage.h"
#include "tests/support/LoopbackProxy.h"
#include "tests/support/PostgresServer.h"
#include "tests/support/RecordingProgress.h"

#include <QCryptographicHash>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace verdes;
using namespace verdes::sync;
using test::builtProgram;
using test::ChildRun;
using test::failureText;
using test::HubProcess;
using test::HubVillage;
using test::kOperator;
using test::LoopbackProxy;
using test::runChild;

namespace {

constexpr qint64 kPart = qint64(1) << 20; // the part size `verdes-hub serve` asks for

ChildRun hubCommand(const QStringList &arguments)
{
    return runChild(builtProgram(QStringLiteral("app/verdes-hub/verdes-hub")), arguments);
}

// What `verdes-hub status` says the hub holds.
struct Held
{
    qint64 batches = -1;
    qint64 items = -1;
    qint64 refusals = -1;

    bool operator==(const Held &) const = default;
};

Held heldBy(const QString &folder)
{
    const ChildRun run = hubCommand({QStringLiteral("status"), folder});
    static const QRegularExpression kCounts(
        QStringLiteral("Batches: (\\d+) \\((\\d+) items\\)\\. Refused uploads: (\\d+)\\."));
    const auto match = kCounts.match(run.out);
    if (run.exitCode != 0 || !match.hasMatch()) {
        qWarning("status: %s %s", qPrintable(run.out), qPrintable(run.err));
        return {};
    }
    return {match.captured(1).toLongLong(), match.captured(2).toLongLong(), match.captured(3).toLongLong()};
}

// The receipt the USB route gives for a sealed file (`verdes-hub ingest`).
QByteArray receiptByUsb(const QString &folder, const QByteArray &sealed, const QString &scratch)
{
    const QString batchPath = QDir(scratch).filePath(QStringLiteral("usb.vbatch"));
    const QString receiptPath = QDir(scratch).filePath(QStringLiteral("usb.receipt"));
    QFile::remove(receiptPath);
    QFile file(batchPath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(sealed) != sealed.size()) {
        return {};
    }
    file.close();
    const ChildRun run =
        hubCommand({QStringLiteral("ingest"), folder, batchPath, QStringLiteral("--receipt"), receiptPath});
    QFile receipt(receiptPath);
    return run.exitCode == 0 && receipt.open(QIODevice::ReadOnly) ? receipt.readAll() : QByteArray();
}

// The uploads the hub holds unfinished: its spool's files.
// The uploads the spool holds: its files but its own lock (HUBDIR/spool/spool.lock, which stays).
QStringList spoolOf(const QString &folder)
{
    QStringList files = QDir(QDir(folder).filePath(QStringLiteral("spool"))).entryList(QDir::Files);
    files.removeAll(QStringLiteral("spool.lock"));
    return files;
}

// The bytes of the one unfinished upload in the spool (-1 when there is not exactly one).
qint64 spooledBytes(const QString &folder)
{
    const QFileInfoList parts = QDir(QDir(folder).filePath(QStringLiteral("spool")))
                                    .entryInfoList({QStringLiteral("*.part")}, QDir::Files);
    return parts.size() == 1 ? parts.constFirst().size() : -1;
}

// A village enrolled with a hub of its own; the hub process is not started.
struct Site
{
    HubVillage village;
    QString hubFolder;
    std::unique_ptr<HubProcess> hub;

    bool setUp(const QStringList &initOptions = {})
    {
        if (!village.setUpVillage()) {
            return false;
        }
        hubFolder = village.dir.filePath(QStringLiteral("hub"));
        auto fingerprint = HubVillage::initHub(hubFolder, initOptions);
        if (!fingerprint) {
            qWarning("%s", qPrintable(failureText(fingerprint.error())));
            return false;
        }
        auto enrolled = village.enrolWith(hubFolder, *fingerprint);
        if (!enrolled) {
            qWarning("%s", qPrintable(failureText(enrolled.error())));
            return false;
        }
        hub = std::make_unique<HubProcess>(hubFolder);
        return true;
    }

    qint64 sealedSize(quint64 sequence)
    {
        auto kept = village.repo().keptSealedFile(sequence);
        return kept ? kept->size() : -1;
    }

    QList<qint64> proposalsOf(quint64 sequence)
    {
        QList<qint64> ids;
        auto items = village.repo().items(sequence);
        if (items) {
            for (const OutboxItem &item : std::as_const(*items)) {
                ids.append(item.proposalId.value_or(0));
            }
        }
        return ids;
    }
};

// Every byte of a sealed batch up to a hub, all but the finish (the receipt): announce and parts.
Result<void> uploadAllButFinish(HubVillage &village, quint16 port, quint64 sequence, const QByteArray &sealed)
{
    HttpTransport transport(village.transportTo(port));
    VERDES_TRY_ASSIGN(key, DeviceKey::load(*village.db));
    Announce announce;
    announce.deviceKeyId = PublicKey::idOf(key.publicKey());
    announce.batchId = village.entry(sequence).batchId;
    announce.sequence = sequence;
    announce.size = sealed.size();
    announce.sha256 = QCryptographicHash::hash(sealed, QCryptographicHash::Sha256);
    announce.at = village.clock.now().toUTC().toString(Qt::ISODateWithMs);
    const QByteArray message = announce.encode();
    VERDES_TRY_ASSIGN(signature, DeviceKey::sign(*village.db, message));
    VERDES_TRY_ASSIGN(answer, transport.announce(message, signature));
    if (answer.kind != AnnounceAnswer::Kind::Send) {
        return Error(ErrorCode::Internal, {}, QStringLiteral("the hub did not ask for the bytes"));
    }
    qint64 offset = answer.received;
    while (offset < sealed.size()) {
        VERDES_TRY_ASSIGN(state,
                          transport.putPart(announce.sha256, offset, sealed.mid(offset, answer.partSize)));
        offset = state.received;
    }
    return {};
}

// The same request to several hubs at once: the connections are made first (a health check each), so
// that the requests that matter leave together. Returns each answer's status and body, in order.
QList<std::pair<int, QByteArray>> atOnce(const QList<std::pair<quint16, QString>> &requests)
{
    QNetworkAccessManager network;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setPeerVerifyMode(QSslSocket::VerifyNone); // the pin is the village's business, not this race's
    const auto go = [&](const QList<std::pair<quint16, QString>> &list, bool post) {
        QList<QNetworkReply *> replies;
        for (const auto &[port, path] : list) {
            QNetworkRequest request(QUrl(QStringLiteral("https://127.0.0.1:%1%2").arg(port).arg(path)));
            request.setSslConfiguration(tls);
            replies.append(post ? network.post(request, QByteArray()) : network.get(request));
        }
        QEventLoop loop;
        QTimer deadline;
        deadline.setSingleShot(true);
        QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
        deadline.start(60'000);
        qsizetype open = replies.size();
        for (QNetworkReply *reply : replies) {
            QObject::connect(reply, &QNetworkReply::finished, &loop, [&open, &loop] {
                if (--open == 0) {
                    loop.quit();
                }
            });
        }
        loop.exec();
        QList<std::pair<int, QByteArray>> answers;
        for (QNetworkReply *reply : replies) {
            answers.append(
                {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()});
            reply->deleteLater();
        }
        return answers;
    };
    QList<std::pair<quint16, QString>> health;
    for (const auto &[port, path] : requests) {
        health.append({port, QStringLiteral("/v1/health")});
    }
    go(health, false);
    return go(requests, true);
}

} // namespace

class TestHubProcess : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(QFile::exists(builtProgram(QStringLiteral("app/verdes-hub/verdes-hub"))),
                 "verdes-hub not built");
    }

    // `serve --workers` takes a number of threads within bounds, and says so otherwise before it
    // listens.
    void serveTakesAWorkerCountWithinBounds()
    {
        Site s;
        QVERIFY(s.setUp());
        for (const char *wrong : {"0", "65", "four", "-2"}) {
            const ChildRun run = hubCommand({QStringLiteral("serve"),
                                             s.hubFolder,
                                             QStringLiteral("--listen"),
                                             QStringLiteral("127.0.0.1:0"),
                                             QStringLiteral("--workers"),
                                             QString::fromLatin1(wrong)});
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.err.contains(QStringLiteral("--workers is a number of threads, 1 to 64")),
                     qPrintable(run.err));
        }
        // One worker is enough to take a batch.
        s.hub = std::make_unique<HubProcess>(s.hubFolder,
                                             QStringList{QStringLiteral("--workers"), QStringLiteral("1")});
        auto port = s.hub->start();
        QVERIFY2(port, port ? "" : qPrintable(failureText(port.error())));
        QCOMPARE(s.village.sealMeeting(true, 1, 1000), quint64(1));
        auto sent = s.village.send(*port);
        QVERIFY2(sent, sent ? "" : qPrintable(failureText(sent.error())));
        QCOMPARE(sent->receipted, 1);
        QCOMPARE(heldBy(s.hubFolder), (Held{1, 1, 0}));
    }

    void aKilledHubLosesNothing_data()
    {
        QTest::addColumn<QString>("crashAt");
        QTest::addColumn<bool>("storedBeforeRestart");
        // SIGKILL from outside while the third of five parts is on its way.
        QTest::newRow("killed-in-a-part") << QString() << false;
        // The hub stops itself at its crash points (SIGKILL as well).
        QTest::newRow("killed-while-storing") << QStringLiteral("hub.store.before-commit") << false;
        QTest::newRow("killed-before-answering") << QStringLiteral("hub.ingest.after-store") << true;
    }

    // The hub dies in the middle of a large batch; restarted, it takes the village's next send, which
    // goes on from what the hub has, and ends with one stored batch and one receipt, the one the USB
    // route gives too; nothing is left half-stored.
    void aKilledHubLosesNothing()
    {
        QFETCH(QString, crashAt);
        QFETCH(bool, storedBeforeRestart);
        Site s;
        QVERIFY(s.setUp());
        QCOMPARE(s.village.sealMeeting(true, 3, 1'400'000), quint64(1));
        HubProcess::Start how;
        if (!crashAt.isEmpty()) {
            how.environment << QStringLiteral("VERDES_CRASH_AT=") + crashAt;
        }
        auto port = s.hub->start(how);
        QVERIFY2(port, port ? "" : qPrintable(failureText(port.error())));
        LoopbackProxy proxy(*port);
        if (crashAt.isEmpty()) {
            proxy.setOnFault([&s] {
                s.hub->kill();
            });
            proxy.setFault(LoopbackProxy::Mode::Pass, 2 * kPart + kPart / 2);
        }
        auto failed = s.village.send(proxy.port());
        QVERIFY(!failed);
        QCOMPARE(failed.error().code, ErrorCode::SyncHubUnreachable);
        QVERIFY(s.hub->waitForEnd(30'000));
        const qint64 size = s.sealedSize(1);
        QVERIFY2(size > 4 * kPart, qPrintable(QString::number(size)));
        OutboxEntry entry = s.village.entry(1);
        QCOMPARE(entry.state, OutboxState::Queued);
        QCOMPARE(entry.attempts, 1);

        // While the hub is down: the whole batch or nothing of it in its store.
        const Held down = heldBy(s.hubFolder);
        QCOMPARE(down.batches, storedBeforeRestart ? 1 : 0);
        QCOMPARE(down.items, storedBeforeRestart ? 1 : 0);
        QCOMPARE(down.refusals, 0);
        const qint64 spooled = spooledBytes(s.hubFolder);
        if (crashAt.isEmpty()) {
            // Whole parts only: two of them.
            QCOMPARE(spooled, 2 * kPart);
        }

        // Restarted where it was, the hub takes the next send from where it stands.
        auto restarted = s.hub->start();
        QVERIFY2(restarted, restarted ? "" : qPrintable(failureText(restarted.error())));
        QCOMPARE(*restarted, *port);
        test::RecordingProgress progress;
        auto resumed = s.village.send(proxy.port(), progress);
        QVERIFY2(resumed, resumed ? "" : qPrintable(failureText(resumed.error())));
        QCOMPARE(resumed->receipted, 1);
        if (storedBeforeRestart) {
            QCOMPARE(progress.firstDone(), qint64(-1)); // "have": not one byte again
        } else {
            QCOMPARE(progress.firstDone(), spooled); // every byte the hub had is not sent again
        }
        entry = s.village.entry(1);
        QCOMPARE(entry.state, OutboxState::Receipted);
        QCOMPARE(entry.outcome, QStringLiteral("accepted"));
        QCOMPARE(entry.attempts, 0);
        for (const qint64 proposal : s.proposalsOf(1)) {
            QCOMPARE(s.village.state(proposal), ProposalState::Received);
        }

        // One batch at the hub, one receipt for it whatever the route, nothing left half-done.
        QCOMPARE(heldBy(s.hubFolder), (Held{1, 1, 0}));
        const QByteArray receipt = s.village.receiptOf(1);
        QVERIFY(receipt.startsWith("VRCP"));
        auto resealed = s.village.outbox().sealedFile(1);
        QVERIFY(resealed);
        QCOMPARE(receiptByUsb(s.hubFolder, *resealed, s.village.dir.path()), receipt);
        QCOMPARE(heldBy(s.hubFolder), (Held{1, 1, 0}));
        QVERIFY2(spoolOf(s.hubFolder).isEmpty(), qPrintable(spoolOf(s.hubFolder).join(u' ')));
        QCOMPARE(s.hub->log().count(QStringLiteral("stored batch 1 of device")), 1);
    }

    void aFullDiskAtTheHubLosesNothing_data()
    {
        QTest::addColumn<bool>("whileStoring");
        // The second part of three cannot be written to the spool.
        QTest::newRow("spool-full") << false;
        // Every part is in the spool; the database cannot grow by the batch.
        QTest::newRow("database-full") << true;
    }

    // The hub's disk fills (its writes fail for real: EFBIG past a file size limit, as ENOSPC would):
    // the village is told in plain words that the hub could not store it, keeps the batch and tries
    // again later; the hub logs it and its store is as before. Once the disk has room, the next send
    // goes through.
    void aFullDiskAtTheHubLosesNothing()
    {
        QFETCH(bool, whileStoring);
        Site s;
        QVERIFY(s.setUp());
        QCOMPARE(s.village.sealMeeting(true, 2, 1'200'000), quint64(1));
        const qint64 size = std::move(s.village.outbox().sealedFile(1)).value().size();
        QVERIFY2(size > 2 * kPart && size < 3 * kPart, qPrintable(QString::number(size)));
        const Held before = heldBy(s.hubFolder);
        QCOMPARE(before, (Held{0, 0, 0}));
        HubProcess::Start how;
        // The database must grow by more than the batch itself (its pages' own overhead comes on top).
        how.fileSizeLimit = whileStoring ? size + qint64(16) * 1024 : kPart + kPart / 2;
        auto port = s.hub->start(how);
        QVERIFY2(port, port ? "" : qPrintable(failureText(port.error())));

        auto failed = s.village.send(*port);
        QVERIFY(!failed);
        QCOMPARE(failed.error().code, ErrorCode::SyncHubCannotStore);
        QCOMPARE(exitCodeFor(failed.error().code), 6);
        const QString words = describe(failed.error());
        QVERIFY2(words.contains(QStringLiteral("could not store the batch")), qPrintable(words));
        QVERIFY2(words.contains(QStringLiteral("127.0.0.1:8470")), qPrintable(words)); // the pinned address
        OutboxEntry entry = s.village.entry(1);
        QCOMPARE(entry.state, OutboxState::Queued);
        QCOMPARE(entry.attempts, 1);
        QVERIFY(entry.nextAttemptAt > s.village.clock.now());
        QCOMPARE(entry.lastError, words);
        QVERIFY2(s.hub->log().contains(QStringLiteral("the hub cannot store what came")),
                 qPrintable(s.hub->log()));
        QVERIFY(s.hub->isRunning());
        QCOMPARE(heldBy(s.hubFolder), before);
        // A part written in half is cut back to the last whole one.
        QCOMPARE(spooledBytes(s.hubFolder), whileStoring ? size : kPart);

        // The disk has room again.
        QVERIFY(s.hub->setFileSizeLimit(0));
        test::RecordingProgress progress;
        auto sent = s.village.send(*port, progress);
        QVERIFY2(sent, sent ? "" : qPrintable(failureText(sent.error())));
        QCOMPARE(sent->receipted, 1);
        QCOMPARE(progress.firstDone(), whileStoring ? size : kPart);
        QCOMPARE(s.village.entry(1).state, OutboxState::Receipted);
        QCOMPARE(heldBy(s.hubFolder), (Held{1, 1, 0}));
        QVERIFY(spoolOf(s.hubFolder).isEmpty());
    }

    // A hub that is not the one the village pinned (made anew at the same address, with the same
    // certificate: its database was lost and `init` run again) gets nothing from the village, even once
    // it enrolled the same laptop; what it signs, the village refuses in words and keeps as it was.
    void aHubWithAnotherKeyIsRefused()
    {
        Site s;
        QVERIFY(s.setUp());
        QCOMPARE(s.village.sealMeeting(true), quint64(1));
        const HubLink pinned = std::move(s.village.repo().hub()).value().value();
        const QString other = s.village.dir.filePath(QStringLiteral("other-hub"));
        auto otherFingerprint = HubVillage::initHub(other);
        QVERIFY(otherFingerprint);
        const QString requestPath = s.village.dir.filePath(QStringLiteral("enrol.venq"));
        const QString answerPath = s.village.dir.filePath(QStringLiteral("other.answer"));
        QCOMPARE(
            hubCommand({QStringLiteral("enrol"), other, requestPath, QStringLiteral("--answer"), answerPath})
                .exitCode,
            0);
        QFile answer(answerPath);
        QVERIFY(answer.open(QIODevice::ReadOnly));
        auto reEnrolled = Enrolment(*s.village.db, s.village.clock).read(answer.readAll());
        QVERIFY(!reEnrolled);
        QCOMPARE(reEnrolled.error().code, ErrorCode::SyncHubUnknown);

        HubProcess impostor(other);
        auto port = impostor.start();
        QVERIFY2(port, port ? "" : qPrintable(failureText(port.error())));
        auto sent = s.village.send(*port);
        QVERIFY(!sent);
        QCOMPARE(sent.error().code, ErrorCode::SyncHubUnknown);
        const QString words = describe(sent.error());
        QVERIFY2(words.contains(QStringLiteral("not the key of the district hub")), qPrintable(words));
        QVERIFY2(words.contains(*otherFingerprint), qPrintable(words));
        QCOMPARE(s.village.entry(1).state, OutboxState::Queued);
        QCOMPARE(heldBy(other), (Held{0, 0, 0}));
        QVERIFY(spoolOf(other).isEmpty()); // not even announced

        // Its receipt and its revocation list, brought by hand, are refused as well.
        const QByteArray sealed = std::move(s.village.outbox().sealedFile(1)).value();
        const QByteArray receipt = receiptByUsb(other, sealed, s.village.dir.path());
        QVERIFY(receipt.startsWith("VRCP")); // it refuses the batch (sealed to another hub) and says so
        auto imported = s.village.outbox().importReceipt(kOperator, receipt);
        QVERIFY(!imported);
        QCOMPARE(imported.error().code, ErrorCode::SyncHubUnknown);
        const QString listPath = s.village.dir.filePath(QStringLiteral("other.vrev"));
        QCOMPARE(hubCommand({QStringLiteral("revoke"),
                             other,
                             PublicKey::idText(PublicKey::idOf(
                                 std::move(DeviceKey::load(*s.village.db)).value().publicKey())),
                             QStringLiteral("--out"),
                             listPath})
                     .exitCode,
                 0);
        QFile list(listPath);
        QVERIFY(list.open(QIODevice::ReadOnly));
        auto revoked = s.village.outbox().applyRevocationList(kOperator, list.readAll());
        QVERIFY(!revoked);
        QCOMPARE(revoked.error().code, ErrorCode::SyncHubUnknown);
        const HubLink after = std::move(s.village.repo().hub()).value().value();
        QVERIFY(!after.revokedAt.isValid());
        QCOMPARE(after.revocationSerial, pinned.revocationSerial);
        QCOMPARE(after.signingKey, pinned.signingKey);
        QCOMPARE(s.village.entry(1).state, OutboxState::Queued);

        // The pinned hub takes the batch.
        impostor.kill();
        auto pinnedPort = s.hub->start();
        QVERIFY(pinnedPort);
        auto delivered = s.village.send(*pinnedPort);
        QVERIFY2(delivered, delivered ? "" : qPrintable(failureText(delivered.error())));
        QCOMPARE(s.village.entry(1).state, OutboxState::Receipted);
    }

    // Issue 14 §1: a reviewer of the district office is enrolled with the real `verdes-hub enrol`, from
    // the request file of a district review vault (the same verb as a laptop's, the file's kind says
    // which); `status` lists them after the laptops, and `revoke` revokes them into the signed list.
    void aReviewerIsEnrolledListedAndRevoked()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString hubFolder = dir.filePath(QStringLiteral("hub"));
        auto hubFingerprint = HubVillage::initHub(hubFolder);
        QVERIFY2(hubFingerprint, hubFingerprint ? "" : qPrintable(failureText(hubFingerprint.error())));

        const Signer key = Signer::generate();
        ReviewerRequest request;
        request.vaultId = QStringLiteral("district-3373-a1b2");
        request.districtCode = QStringLiteral("3373");
        request.officeName = QStringLiteral("Dinas Sosial Kota Semarang");
        request.reviewerName = QStringLiteral("Dewi Anggraini");
        request.role = ReviewerRole::Verifier;
        request.reviewerPublicKey = key.publicKey();
        request.createdAt = QStringLiteral("2026-12-10T09:41:07.123Z");
        request.appVersion = QStringLiteral("0.1.0");
        auto signedRequest = Envelope::sign(FileKind::ReviewerRequest,
                                            key.publicKey(),
                                            request.encode(),
                                            [&key](const QByteArray &bytes) -> Result<QByteArray> {
                                                return key.sign(bytes);
                                            });
        QVERIFY(signedRequest);
        const QString requestPath = dir.filePath(QStringLiteral("reviewer.vrvq"));
        {
            QFile file(requestPath);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QCOMPARE(file.write(*signedRequest), signedRequest->size());
        }
        const QString keyId = request.fingerprint();
        const auto statusOut = [&hubFolder]() {
            const ChildRun run = hubCommand({QStringLiteral("status"), hubFolder});
            return run.exitCode == 0 ? run.out : QString();
        };

        // A fingerprint read wrongly: refused, nothing enrolled.
        ChildRun run = hubCommand({QStringLiteral("enrol"),
                                   hubFolder,
                                   requestPath,
                                   QStringLiteral("--fingerprint"),
                                   QStringLiteral("0000-0000-0000-0000")});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(statusOut().contains(QStringLiteral("Reviewers: 0 enrolled, 0 revoked.")),
                 qPrintable(statusOut()));

        run = hubCommand(
            {QStringLiteral("enrol"), hubFolder, requestPath, QStringLiteral("--fingerprint"), keyId});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.out.trimmed(), keyId);
        QVERIFY2(run.err.contains(
                     QStringLiteral("reviewer Dewi Anggraini (Verifier) of Dinas Sosial Kota Semarang")),
                 qPrintable(run.err));
        QVERIFY2(run.err.contains(*hubFingerprint), qPrintable(run.err));
        QFile answerFile(dir.filePath(QStringLiteral("reviewer.answer")));
        QVERIFY(answerFile.open(QIODevice::ReadOnly));
        auto answer = ReviewerAnswer::open(answerFile.readAll());
        QVERIFY2(answer, answer ? "" : qPrintable(failureText(answer.error())));
        QCOMPARE(answer->hubFingerprint(), *hubFingerprint);
        QCOMPARE(answer->reviewerKeyId, PublicKey::idOf(key.publicKey()));
        QCOMPARE(answer->role, ReviewerRole::Verifier);
        QCOMPARE(answer->districtCode, QStringLiteral("3373"));
        QCOMPARE(answer->hubUrl, QStringLiteral("https://127.0.0.1:8470"));
        QVERIFY(answer->tlsCertificateSha256.has_value());
        QCOMPARE(answer->answersRequest, ReviewerRequest::idOf(*signedRequest));

        QString status = statusOut();
        QVERIFY2(status.contains(QStringLiteral("Reviewers: 1 enrolled, 0 revoked.")), qPrintable(status));
        QVERIFY2(status.contains(keyId + QStringLiteral("\tDewi Anggraini\tVerifier\tenrolled ")),
                 qPrintable(status));
        QVERIFY2(status.indexOf(QStringLiteral("Laptops:")) < status.indexOf(QStringLiteral("Reviewers:")),
                 qPrintable(status));

        const QString listPath = dir.filePath(QStringLiteral("revocations.vrev"));
        run = hubCommand({QStringLiteral("revoke"), hubFolder, keyId, QStringLiteral("--out"), listPath});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("Reviewer Dewi Anggraini (Verifier)")), qPrintable(run.err));
        QFile listFile(listPath);
        QVERIFY(listFile.open(QIODevice::ReadOnly));
        auto body = Envelope::openSigned(listFile.readAll(), FileKind::RevocationList, answer->hubSigningKey);
        QVERIFY(body);
        auto list = RevocationList::decode(*body);
        QVERIFY(list);
        QCOMPARE(list->entries.size(), 1);
        QCOMPARE(list->entries.at(0).deviceKeyId, answer->reviewerKeyId);
        QCOMPARE(list->entries.at(0).vaultId, QStringLiteral("district-3373-a1b2"));
        status = statusOut();
        QVERIFY2(status.contains(QStringLiteral("Reviewers: 0 enrolled, 1 revoked.")), qPrintable(status));
        QVERIFY2(status.contains(keyId + QStringLiteral("\tDewi Anggraini\tVerifier\trevoked ")),
                 qPrintable(status));

        // The revoked key asks again: refused, in words, with the exit code of a refused request.
        run = hubCommand({QStringLiteral("enrol"),
                          hubFolder,
                          requestPath,
                          QStringLiteral("--answer"),
                          dir.filePath(QStringLiteral("again.answer"))});
        QCOMPARE(run.exitCode, 3);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("again.answer"))));
    }

    // Issue 14 §2 by USB: a district review vault's verdicts go in with `verdes-hub verdicts`, and the
    // village's decisions come out with `verdes-hub decisions`; the files they write open and verify.
    void verdictsAndDecisionsTravelByUsb()
    {
        Site s;
        QVERIFY(s.setUp());
        QCOMPARE(s.village.sealMeeting(true), quint64(1));
        auto sealedBatch = s.village.outbox().sealedFile(1);
        QVERIFY(sealedBatch && !sealedBatch->isEmpty());
        QVERIFY(!receiptByUsb(s.hubFolder, *sealedBatch, s.village.dir.path()).isEmpty());
        auto items = s.village.repo().items(1);
        QVERIFY(items && items->size() == 1);

        // A verifier enrolled with `verdes-hub enrol`.
        const Signer key = Signer::generate();
        const auto signWith = [&key](FileKind kind, const QByteArray &body) {
            auto file = Envelope::sign(kind, key.publicKey(), body, [&key](const QByteArray &bytes) {
                return Result<QByteArray>(key.sign(bytes));
            });
            return file ? *file : QByteArray();
        };
        const auto write = [](const QString &path, const QByteArray &bytes) {
            QFile file(path);
            return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
        };
        const auto read = [](const QString &path) {
            QFile file(path);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        };
        ReviewerRequest request;
        request.vaultId = QStringLiteral("district-3373-a1b2");
        request.districtCode = QStringLiteral("3373");
        request.officeName = QStringLiteral("Dinas Sosial Kota Semarang");
        request.reviewerName = QStringLiteral("Dewi Anggraini");
        request.role = ReviewerRole::Verifier;
        request.reviewerPublicKey = key.publicKey();
        request.createdAt = QStringLiteral("2026-12-10T09:41:07.123Z");
        request.appVersion = QStringLiteral("0.1.0");
        const QString requestPath = s.village.dir.filePath(QStringLiteral("reviewer.vrvq"));
        QVERIFY(write(requestPath, signWith(FileKind::ReviewerRequest, request.encode())));
        ChildRun run = hubCommand({QStringLiteral("enrol"),
                                   s.hubFolder,
                                   requestPath,
                                   QStringLiteral("--fingerprint"),
                                   request.fingerprint()});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        auto answer = ReviewerAnswer::open(read(s.village.dir.filePath(QStringLiteral("reviewer.answer"))));
        QVERIFY(answer);

        // Two verdicts on the village's one item: a verification, and a second first verdict.
        Verdict verdict;
        verdict.districtCode = QStringLiteral("3373");
        verdict.villageCode = QStringLiteral("3373041001");
        verdict.batchId = s.village.entry(1).batchId;
        verdict.position = 0;
        verdict.proposalId = static_cast<quint64>(items->at(0).proposalId.value_or(0));
        verdict.reviewerKeyId = PublicKey::idOf(key.publicKey());
        verdict.role = ReviewerRole::Verifier;
        verdict.state = ProposalState::Verified;
        verdict.decidedAt = QStringLiteral("2026-12-11T09:00:00.000Z");
        const QByteArray verified = signWith(FileKind::Verdict, verdict.encode());
        verdict.state = ProposalState::Returned;
        verdict.reason = ReviewReason{ReviewReason::Kind::Return, 3};
        const QByteArray returned = signWith(FileKind::Verdict, verdict.encode());
        VerdictUpload upload;
        upload.vaultId = request.vaultId;
        upload.reviewerKeyId = verdict.reviewerKeyId;
        upload.createdAt = QStringLiteral("2026-12-11T10:00:00.000Z");
        upload.verdicts = {verified, returned};
        auto sealedUpload =
            Envelope::seal(signWith(FileKind::VerdictUpload, upload.encode()), answer->hubSealingKey);
        QVERIFY(sealedUpload);
        const QString usb = s.village.dir.filePath(QStringLiteral("usb"));
        QVERIFY(QDir().mkpath(usb));
        const QString uploadPath = QDir(usb).filePath(QStringLiteral("verdicts.vdup"));
        QVERIFY(write(uploadPath, *sealedUpload));
        run = hubCommand({QStringLiteral("verdicts"), s.hubFolder, uploadPath});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.out.trimmed(), QStringLiteral("1\t0\t1"));
        QVERIFY2(run.err.contains(QStringLiteral("Verdict 2 refused:")), qPrintable(run.err));
        auto body = Envelope::openSigned(read(QDir(usb).filePath(QStringLiteral("verdicts-receipt.vdrc"))),
                                         FileKind::VerdictReceipt,
                                         answer->hubSigningKey);
        QVERIFY(body);
        auto receipt = VerdictReceipt::decode(*body);
        QVERIFY(receipt);
        QCOMPARE(receipt->uploadId, QCryptographicHash::hash(*sealedUpload, QCryptographicHash::Sha256));
        QCOMPARE(receipt->entries.size(), 2);
        QCOMPARE(receipt->entries.at(0).outcome, VerdictOutcome::Accepted);
        QCOMPARE(receipt->entries.at(1).refusal, VerdictRefusal::OutOfOrder);
        // Again: the receipt is not overwritten without --force; with it, a duplicate.
        run = hubCommand({QStringLiteral("verdicts"), s.hubFolder, uploadPath});
        QCOMPARE(run.exitCode, 5);
        run = hubCommand({QStringLiteral("verdicts"), s.hubFolder, uploadPath, QStringLiteral("--force")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.out.trimmed(), QStringLiteral("0\t1\t1"));

        // The decisions for the village, sealed to its laptop's key.
        const QString listPath = QDir(usb).filePath(QStringLiteral("decisions.vdcl"));
        run = hubCommand({QStringLiteral("decisions"),
                          s.hubFolder,
                          QStringLiteral("3373041001"),
                          QStringLiteral("--out"),
                          listPath});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.out.trimmed(), QStringLiteral("1\t1\t1"));
        SecureBytes secret;
        {
            Statement st(*s.village.db, u"SELECT secret_key FROM device_key WHERE id = 1");
            QVERIFY(st.status());
            auto row = st.step();
            QVERIFY(row && *row);
            const QByteArray bytes = st.blob(0);
            secret = SecureBytes::copyOf(std::span(reinterpret_cast<const unsigned char *>(bytes.constData()),
                                                   static_cast<std::size_t>(bytes.size()))); // NOLINT
        }
        auto sealing = SealingKey::fromSigningSecret(secret);
        QVERIFY(sealing);
        auto signedList = Envelope::unseal(read(listPath), *sealing);
        QVERIFY2(signedList, signedList ? "" : qPrintable(failureText(signedList.error())));
        auto listBody = Envelope::openSigned(*signedList, FileKind::DecisionList, answer->hubSigningKey);
        QVERIFY(listBody);
        auto list = DecisionList::decode(*listBody);
        QVERIFY(list);
        QCOMPARE(list->villageCode, QStringLiteral("3373041001"));
        QCOMPARE(list->entries.size(), 1);
        QCOMPARE(list->entries.at(0).verdictFile, verified);
        QCOMPARE(list->reviewers.size(), 1);
        QCOMPARE(list->reviewers.at(0).publicKey, key.publicKey());
        QCOMPARE(list->reviewers.at(0).name, QStringLiteral("Dewi Anggraini"));
        // After the village's newest: nothing more. Another village: no laptop to seal to.
        run = hubCommand({QStringLiteral("decisions"),
                          s.hubFolder,
                          QStringLiteral("3373041001"),
                          QStringLiteral("--after"),
                          QStringLiteral("1"),
                          QStringLiteral("--out"),
                          listPath,
                          QStringLiteral("--force")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.out.trimmed(), QStringLiteral("0\t1\t1"));
        run = hubCommand({QStringLiteral("decisions"),
                          s.hubFolder,
                          QStringLiteral("3373041002"),
                          QStringLiteral("--out"),
                          QDir(usb).filePath(QStringLiteral("other.vdcl"))});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(QStringLiteral("3373041002")), qPrintable(run.err));
        QVERIFY(!QFile::exists(QDir(usb).filePath(QStringLiteral("other.vdcl"))));
        run = hubCommand({QStringLiteral("decisions"), s.hubFolder, QStringLiteral("33730410")});
        QCOMPARE(run.exitCode, 1);
    }

    // The district rotates the hub's keys with `verdes-hub rotate-keys` while `serve` runs: the serving
    // process signs with the new key at once, the village follows at its next send, and a batch
    // written for the USB stick before the rotation still goes in. Keys that expire (the village's
    // clock past them) stop the village until the district rotates again.
    // Issue 14 §2: a district review vault fetches what the real `verdes-hub serve` received, with the
    // real `verdes review sync` over HTTPS; then the USB route, `verdes review request`, `verdes-hub
    // feed` and `verdes review import`. The vault's queue holds the village's batches after each.
    void aReviewerFetchesTheFeedOverHttpsAndByUsb()
    {
        // The hub serves where its enrolment answers say it is: a free port, chosen first.
        quint16 freePort = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            freePort = probe.serverPort();
        }
        Site s;
        QVERIFY(s.setUp({QStringLiteral("--url"), QStringLiteral("https://127.0.0.1:%1").arg(freePort)}));
        s.hub = std::make_unique<HubProcess>(s.hubFolder, QStringList(), freePort);
        auto port = s.hub->start();
        QVERIFY2(port, port ? "" : qPrintable(failureText(port.error())));
        QCOMPARE(*port, freePort);
        QCOMPARE(s.village.sealMeeting(true), quint64(1));
        auto sent = s.village.send(*port);
        QVERIFY2(sent, sent ? "" : qPrintable(failureText(sent.error())));
        QCOMPARE(sent->receipted, 1);

        // The district review vault, its verifier enrolled with `verdes-hub enrol`.
        Kdf::setFastForTests(true);
        const QString vaultFolder = s.village.dir.filePath(QStringLiteral("dinsos.verdes"));
        const QString verifier = QStringLiteral("Sri Wahyuni");
        const QString passphrase = QStringLiteral("kata sandi dinas 123");
        QByteArray hubFingerprint;
        {
            auto created = Vault::createDistrict(vaultFolder,
                                                 QStringLiteral("3373"),
                                                 QStringLiteral("Dinas Sosial Kota Semarang"),
                                                 QStringLiteral("Budi Santoso"),
                                                 SecureBytes::fromUtf8(passphrase));
            QVERIFY2(created, created ? "" : qPrintable(failureText(created.error())));
            QVERIFY(created->vault->addOfficer(verifier, SecureBytes::fromUtf8(passphrase), Role::Verifier));
        }
        {
            auto vault = Vault::unlock(vaultFolder, verifier, SecureBytes::fromUtf8(passphrase));
            QVERIFY2(vault, vault ? "" : qPrintable(failureText(vault.error())));
            ReviewerEnrolment enrolment((*vault)->database());
            auto made = enrolment.makeRequest((*vault)->actor());
            QVERIFY2(made, made ? "" : qPrintable(failureText(made.error())));
            const QString requestPath = s.village.dir.filePath(QStringLiteral("reviewer.vrvq"));
            const QString answerPath = s.village.dir.filePath(QStringLiteral("reviewer.answer"));
            {
                QFile file(requestPath);
                QVERIFY(file.open(QIODevice::WriteOnly));
                QCOMPARE(file.write(made->signedFile), made->signedFile.size());
            }
            const ChildRun enrolled = hubCommand({QStringLiteral("enrol"),
                                                  s.hubFolder,
                                                  requestPath,
                                                  QStringLiteral("--fingerprint"),
                                                  made->request.fingerprint(),
                                                  QStringLiteral("--answer"),
                                                  answerPath});
            QVERIFY2(enrolled.exitCode == 0, qPrintable(enrolled.err));
            QFile answerFile(answerPath);
            QVERIFY(answerFile.open(QIODevice::ReadOnly));
            const QByteArray answer = answerFile.readAll();
            auto read = enrolment.read((*vault)->actor(), answer);
            QVERIFY2(read, read ? "" : qPrintable(failureText(read.error())));
            auto accepted = enrolment.accept((*vault)->actor(), answer, read->hubFingerprint());
            QVERIFY2(accepted, accepted ? "" : qPrintable(failureText(accepted.error())));
            QVERIFY((*vault)->lock());
        }
        const auto verdes = [&](QStringList arguments) {
            arguments << QStringLiteral("--officer") << verifier;
            return runChild(builtProgram(QStringLiteral("app/verdes/verdes")),
                            arguments,
                            passphrase + u'\n',
                            {QStringLiteral("VERDES_KDF_FAST=1")});
        };
        const auto queued = [&]() -> qint64 {
            auto vault = Vault::unlock(vaultFolder, verifier, SecureBytes::fromUtf8(passphrase));
            if (!vault) {
                return -1;
            }
            auto count = ReviewQueueRepository((*vault)->database()).count({});
            return count ? *count : -1;
        };

        // Over HTTPS, as the real application does it.
        ChildRun run = verdes({QStringLiteral("review"), QStringLiteral("sync"), vaultFolder});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("1 new batch")), qPrintable(run.err));
        QCOMPARE(queued(), qint64{1});
        run = verdes({QStringLiteral("review"), QStringLiteral("sync"), vaultFolder});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(queued(), qint64{1});

        // The verifier returns the item with `verdes review decide`; the next sync sends the verdict,
        // and the village fetches it over HTTPS: its proposal is returned, with a new draft to correct.
        run = verdes({QStringLiteral("review"),
                      QStringLiteral("decide"),
                      vaultFolder,
                      QStringLiteral("1"),
                      QStringLiteral("returned"),
                      QStringLiteral("--reason"),
                      QStringLiteral("RT01"),
                      QStringLiteral("--note"),
                      QStringLiteral("Akta kematian belum ada")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = verdes({QStringLiteral("review"),
                      QStringLiteral("decide"),
                      vaultFolder,
                      QStringLiteral("1"),
                      QStringLiteral("verified")});
        QCOMPARE(run.exitCode, 3); // a returned item takes no other verdict
        run = verdes({QStringLiteral("review"), QStringLiteral("sync"), vaultFolder});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("accepted 1 verdict")), qPrintable(run.err));
        {
            sync::DecisionInbox inbox(*s.village.db, s.village.clock);
            auto request = inbox.makeRequest(test::kOperator);
            QVERIFY2(request, request ? "" : qPrintable(failureText(request.error())));
            sync::HttpTransport transport(s.village.transportTo(*port));
            auto list = transport.decisions(*request);
            QVERIFY2(list, list ? "" : qPrintable(failureText(list.error())));
            auto imported = inbox.importList(test::kOperator, *list);
            QVERIFY2(imported, imported ? "" : qPrintable(failureText(imported.error())));
            QCOMPARE(imported->verdicts, 1);
            QCOMPARE(imported->returned, 1);
            QCOMPARE(imported->drafts, 1);
        }

        // By USB stick: the next batch, fetched with a request file.
        QCOMPARE(s.village.sealMeeting(), quint64(2));
        sent = s.village.send(*port);
        QVERIFY2(sent, sent ? "" : qPrintable(failureText(sent.error())));
        const QString feedRequest = s.village.dir.filePath(QStringLiteral("usb/request.vrfq"));
        QVERIFY(QDir().mkpath(QFileInfo(feedRequest).path()));
        run = verdes({QStringLiteral("review"), QStringLiteral("request"), vaultFolder, feedRequest});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = hubCommand({QStringLiteral("feed"), s.hubFolder, feedRequest});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("1 batch")), qPrintable(run.err));
        QCOMPARE(run.out.trimmed(), QStringLiteral("1\t2\t2"));
        const QString page = s.village.dir.filePath(QStringLiteral("usb/feed-2.vrfd"));
        QVERIFY(QFileInfo::exists(page));
        // Written once: not over itself unless --force.
        run = hubCommand({QStringLiteral("feed"), s.hubFolder, feedRequest});
        QCOMPARE(run.exitCode, 5);
        run = verdes({QStringLiteral("review"), QStringLiteral("import"), vaultFolder, page});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("1 new batch")), qPrintable(run.err));
        QCOMPARE(queued(), qint64{1}); // a meeting with nothing agreed: a batch without items

        // A request signed by a key the hub does not know as a reviewer's: refused, nothing written.
        const QString strangerRequest = s.village.dir.filePath(QStringLiteral("usb/stranger.vrfq"));
        {
            QFile file(strangerRequest);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QFile mine(feedRequest);
            QVERIFY(mine.open(QIODevice::ReadOnly));
            QByteArray bytes = mine.readAll();
            bytes[6] = static_cast<char>(bytes.at(6) ^ 0x01); // another signer key id
            QCOMPARE(file.write(bytes), bytes.size());
        }
        run = hubCommand({QStringLiteral("feed"),
                          s.hubFolder,
                          strangerRequest,
                          QStringLiteral("--out"),
                          s.village.dir.filePath(QStringLiteral("usb/stranger.vrfd"))});
        QCOMPARE(run.exitCode, 3);
        QVERIFY(!QFileInfo::exists(s.village.dir.filePath(QStringLiteral("usb/stranger.vrfd"))));
    }

    void aRotatedOrExpiredHubKeyIsFollowed()
    {
        Site s;
        QVERIFY(s.setUp());
        auto port = s.hub->start();
        QVERIFY2(port, port ? "" : qPrintable(failureText(port.error())));
        QCOMPARE(s.village.sealMeeting(true), quint64(1));
        auto first = s.village.send(*port);
        QVERIFY2(first, first ? "" : qPrintable(failureText(first.error())));
        QCOMPARE(s.village.entry(1).state, OutboxState::Receipted);
        QCOMPARE(s.village.sealMeeting(), quint64(2));
        const QByteArray onTheStick = std::move(s.village.outbox().sealedFile(2)).value();
        const HubLink before = std::move(s.village.repo().hub()).value().value();

        const QString keysPath = s.village.dir.filePath(QStringLiteral("keys.vkey"));
        ChildRun run = hubCommand({QStringLiteral("rotate-keys"),
                                   s.hubFolder,
                                   QStringLiteral("--valid-days"),
                                   QStringLiteral("30"),
                                   QStringLiteral("--out"),
                                   keysPath});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString fingerprint = run.out.trimmed();
        QCOMPARE(fingerprint.size(), 19);
        QVERIFY(fingerprint != PublicKey::idTextOf(before.signingKey));
        QVERIFY(QFile::exists(keysPath));
        run = hubCommand({QStringLiteral("status"), s.hubFolder});
        QVERIFY2(run.out.contains(fingerprint) && run.out.contains(QStringLiteral("generation 2")),
                 qPrintable(run.out));

        // The batch sealed to the old key, by the USB route: stored, answered with the new key.
        const QByteArray receipt = receiptByUsb(s.hubFolder, onTheStick, s.village.dir.path());
        QVERIFY(receipt.startsWith("VRCP"));
        auto early = s.village.outbox().importReceipt(kOperator, receipt);
        QVERIFY(!early);
        QCOMPARE(early.error().code, ErrorCode::SyncHubUnknown);
        // The next send follows the rotation, then takes the answer for batch 2 over HTTPS.
        QCOMPARE(s.village.sealMeeting(), quint64(3));
        auto followed = s.village.send(*port);
        QVERIFY2(followed, followed ? "" : qPrintable(failureText(followed.error())));
        QCOMPARE(s.village.entry(2).state, OutboxState::Receipted);
        QCOMPARE(s.village.entry(3).state, OutboxState::Receipted);
        const HubLink after = std::move(s.village.repo().hub()).value().value();
        QCOMPARE(after.keyGeneration, 2U);
        QCOMPARE(PublicKey::idTextOf(after.signingKey), fingerprint);
        QCOMPARE(s.village.receiptOf(3).sliced(5, 8), PublicKey::idOf(after.signingKey));
        QCOMPARE(s.village.receiptOf(2).sliced(5, 8), PublicKey::idOf(after.signingKey));
        QCOMPARE(receipt.sliced(5, 8), PublicKey::idOf(after.signingKey));
        QVERIFY(after.keysExpireAt.isValid());

        // A day past the expiry, by the village's clock: the keys have expired.
        s.village.clock.set(after.keysExpireAt.addDays(1));
        QCOMPARE(s.village.sealMeeting(), quint64(4));
        auto expired = s.village.send(*port);
        QVERIFY(!expired);
        QCOMPARE(expired.error().code, ErrorCode::SyncHubKeyExpired);
        QCOMPARE(s.village.entry(4).state, OutboxState::Queued);
        QCOMPARE(s.village.entry(4).attempts, 1);
        run = hubCommand({QStringLiteral("rotate-keys"), s.hubFolder});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        auto again = s.village.send(*port);
        QVERIFY2(again, again ? "" : qPrintable(failureText(again.error())));
        QCOMPARE(s.village.entry(4).state, OutboxState::Receipted);
        QCOMPARE(std::move(s.village.repo().hub()).value().value().keyGeneration, 3U);
        QCOMPARE(heldBy(s.hubFolder).batches, 4);
    }

    // Two `verdes-hub serve` on one PostgreSQL database (a hub past one machine): the same batch,
    // uploaded to both and finished at both at once, is stored once, and both answer with the same
    // receipt, byte for byte.
    void twoHubsOnOnePostgresStoreABatchOnce()
    {
        if (!test::PostgresServer::isInstalled()) {
            if (qEnvironmentVariable("CI") == u"true") {
                QFAIL("postgresql-15 is not installed; CI must run the PostgreSQL tests");
            }
            QSKIP("postgresql-15 is not installed");
        }
        auto server = test::PostgresServer::start();
        QVERIFY2(server, server ? "" : qPrintable(server.error().detail));
        auto database = (*server)->createDatabase();
        QVERIFY(database);
        const QString uri = (*server)->uri(*database);
        Site s;
        QVERIFY(s.setUp({QStringLiteral("--postgres"), uri}));
        // The second machine: its own folder (its own spool) with the same key and database.
        const QString second = s.village.dir.filePath(QStringLiteral("hub-2"));
        QVERIFY(QDir().mkpath(second));
        for (const char *name : {"hub.key", "hub.conf"}) {
            QVERIFY(QFile::copy(QDir(s.hubFolder).filePath(QLatin1StringView(name)),
                                QDir(second).filePath(QLatin1StringView(name))));
        }
        HubProcess other(second);
        auto portA = s.hub->start();
        auto portB = other.start();
        QVERIFY2(portA, portA ? "" : qPrintable(failureText(portA.error())));
        QVERIFY2(portB, portB ? "" : qPrintable(failureText(portB.error())));

        constexpr int kBatches = 6;
        for (int i = 1; i <= kBatches; ++i) {
            const quint64 sequence = s.village.sealMeeting(i % 2 == 0);
            QCOMPARE(sequence, quint64(i));
            // Sealed once for each hub (each seal is different; the batch is the same).
            const QByteArray toA = std::move(s.village.outbox().sealedFile(sequence)).value();
            const QByteArray toB = std::move(s.village.outbox().sealedFile(sequence)).value();
            QVERIFY(toA != toB);
            for (const auto &[port, sealed] : {std::pair(*portA, toA), std::pair(*portB, toB)}) {
                auto uploaded = uploadAllButFinish(s.village, port, sequence, sealed);
                QVERIFY2(uploaded, uploaded ? "" : qPrintable(failureText(uploaded.error())));
            }
            const auto path = [](const QByteArray &sealed) {
                return QStringLiteral("/v1/uploads/%1/finish")
                    .arg(QString::fromLatin1(
                        QCryptographicHash::hash(sealed, QCryptographicHash::Sha256).toHex()));
            };
            const auto answers = atOnce({{*portA, path(toA)}, {*portB, path(toB)}});
            QCOMPARE(answers.size(), 2);
            QCOMPARE(answers.at(0).first, 200);
            QCOMPARE(answers.at(1).first, 200);
            QVERIFY(answers.at(0).second.startsWith("VRCP"));
            QCOMPARE(answers.at(0).second, answers.at(1).second);
            auto first = s.village.outbox().importReceipt(kOperator, answers.at(0).second);
            QVERIFY2(first, first ? "" : qPrintable(failureText(first.error())));
            QVERIFY(first->changed);
            QCOMPARE(first->receipt.outcome, ReceiptOutcome::Accepted);
            auto second = s.village.outbox().importReceipt(kOperator, answers.at(1).second);
            QVERIFY(second);
            QVERIFY(!second->changed);
        }
        // Each batch stored by one of them only; the other answered with its receipt.
        const QString logs = s.hub->log() + other.log();
        QCOMPARE(logs.count(QStringLiteral("stored batch")), kBatches);
        qInfo("the two hubs met each other storing %lld times",
              static_cast<long long>(logs.count(QStringLiteral("met another hub process"))));
        QCOMPARE(heldBy(s.hubFolder), (Held{kBatches, kBatches / 2, 0}));
        QVERIFY(spoolOf(s.hubFolder).isEmpty());
        QVERIFY(spoolOf(second).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHubProcess)
#include "tst_HubProcess.moc"
