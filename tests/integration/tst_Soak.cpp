// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The randomized soak of issue 13 §6. A village seals meeting after meeting, and each batch goes up to
// the real `verdes-hub serve` through a loopback proxy while faults come at random: the line cut or
// stalled anywhere (in a request or in an answer), the hub killed anywhere (from outside, or at its
// crash points) and restarted, the same batch sent twice, an older file brought again, and the USB and
// HTTPS routes in either order (a later batch's USB stick even reaching the hub before the earlier
// batch). After each fault the village tries again, as its outbox does, until the batch is receipted.
// At the end the village's outbox and the hub's store must agree: every sealed batch stored once with
// the receipt the village holds, the chain without a gap, no item applied twice: 0 lost, 0 twice.
//
// The seed is printed: VERDES_SOAK_SEED=N replays the same choices (the timing of a kill may still
// differ), VERDES_SOAK_RUNS=N sets how many runs (200 by default; fewer under the sanitizers).
#include "models/core/Error.h"
#include "models/core/PublicKey.h"
#include "models/vault/DeviceKey.h"
#include "sync/batch/Envelope.h"
#include "sync/batch/Receipt.h"
#include "sync/hub/Hub.h"
#include "sync/transport/Announce.h"
#include "tests/support/ChildProcess.h"
#include "tests/support/HubProcess.h"
#include "tests/support/HubVillage.h"
#include "tests/support/LoopbackProxy.h"
#include "tests/support/TestFiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>

#include <array>
#include <memory>

using verdes::test::readFile;
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

enum class Fault : quint8
{
    None,
    Cut,          // the line drops after a random number of bytes, either way
    Stall,        // the line hangs after a random number of bytes: the village's timeout ends the try
    Kill,         // SIGKILL to the hub after a random number of bytes; restarted
    CrashPoint,   // the hub stops itself where it stores, or after it stored; restarted
    Duplicate,    // the batch sent, then announced again with a new seal, then sent again
    Replay,       // an older batch's file brought again, by USB or over HTTPS
    UsbFirst,     // the USB stick reaches the hub first, then the HTTPS send
    HttpsFirst,   // the HTTPS send first, then the USB stick
    UsbOvertakes, // the next batch's USB stick before this batch: a gap, then both over HTTPS
    Count,
};

constexpr std::array<const char *, static_cast<int>(Fault::Count)> kFaultNames{"none",
                                                                               "cut",
                                                                               "stall",
                                                                               "kill",
                                                                               "crash-point",
                                                                               "duplicate",
                                                                               "replay",
                                                                               "usb-first",
                                                                               "https-first",
                                                                               "usb-overtakes"};

int soakRuns()
{
    bool ok = false;
    int runs = qEnvironmentVariableIntValue("VERDES_SOAK_RUNS", &ok);
    if (!ok) {
        runs = qEnvironmentVariableIntValue("VERDES_SOAK_DEFAULT_RUNS", &ok);
    }
    return ok && runs > 0 ? runs : 200;
}

quint32 soakSeed()
{
    bool ok = false;
    const uint seed = qEnvironmentVariable("VERDES_SOAK_SEED").toUInt(&ok);
    return ok ? seed : QRandomGenerator::global()->generate();
}

ChildRun hubCommand(const QStringList &arguments)
{
    return runChild(builtProgram(QStringLiteral("app/verdes-hub/verdes-hub")), arguments);
}

// The village, its hub in a child process and the line between them.
struct Soak
{
    HubVillage village;
    QString hubFolder;
    std::unique_ptr<HubProcess> hub;
    std::unique_ptr<LoopbackProxy> proxy;
    QRandomGenerator rng;
    quint32 seed = 0;
    int run = 0;
    int restarts = 0;
    int gaps = 0; // receipts refused for a sequence gap (the hub notes each refusal)
    qint64 overhead = 6000;
    QHash<quint64, QString> usbFiles;
    std::array<int, static_cast<int>(Fault::Count)> faults{};
    std::array<int, static_cast<int>(Fault::Count)> failedSends{};

    QString where() const { return QStringLiteral("run %1 of seed %2").arg(run).arg(seed); }

    bool setUp()
    {
        if (!village.setUpVillage()) {
            return false;
        }
        hubFolder = village.dir.filePath(QStringLiteral("hub"));
        auto fingerprint = HubVillage::initHub(hubFolder);
        if (!fingerprint || !village.enrolWith(hubFolder, *fingerprint)) {
            return false;
        }
        hub = std::make_unique<HubProcess>(hubFolder);
        auto port = hub->start();
        if (!port) {
            qWarning("%s", qPrintable(failureText(port.error())));
            return false;
        }
        proxy = std::make_unique<LoopbackProxy>(*port);
        return true;
    }

    bool restartHub(const QStringList &environment = {})
    {
        hub->kill();
        ++restarts;
        HubProcess::Start how;
        how.environment = environment;
        auto port = hub->start(how);
        if (!port) {
            qWarning("%s", qPrintable(failureText(port.error())));
        }
        return port.has_value();
    }

    // The bytes a send of this batch moves, either way: the sealed file, and on top of it TLS, the
    // revocation list, the receipt and the headers (as the last send without a fault measured them).
    // A fault falls somewhere in there.
    int traffic(quint64 sequence) { return static_cast<int>(sealedSize(sequence) + overhead); }

    qint64 sealedSize(quint64 sequence)
    {
        return std::move(village.outbox().sealedFile(sequence)).value().size();
    }

    // A send whose failure is one of the fault's making: the hub out of reach, never anything else.
    bool faultedSend(Fault fault, int timeoutMs = 15000)
    {
        const qint64 before = proxy->bytesUp() + proxy->bytesDown();
        auto sent = village.send(proxy->port(), Progress::none(), timeoutMs);
        if (sent && fault == Fault::None && sent->receipted == 1) {
            overhead = proxy->bytesUp() + proxy->bytesDown() - before
                       - sealedSize(sent->receipts.constFirst().entry.sequence);
        }
        if (sent) {
            return true;
        }
        ++failedSends[static_cast<int>(fault)];
        if (sent.error().code != ErrorCode::SyncHubUnreachable) {
            qWarning("%s: %s failed with %s: %s",
                     qPrintable(where()),
                     kFaultNames[static_cast<int>(fault)],
                     qPrintable(errorCodeName(sent.error().code)),
                     qPrintable(failureText(sent.error())));
            return false;
        }
        return true;
    }

    // The line good again, the hub up, and sends until nothing waits.
    bool recover()
    {
        proxy->setOnFault({});
        proxy->pass();
        if (!hub->isRunning() && !restartHub()) {
            return false;
        }
        for (int attempt = 0; attempt < 3; ++attempt) {
            auto sent = village.send(proxy->port());
            if (!sent) {
                qWarning("%s: the send after the fault failed: %s",
                         qPrintable(where()),
                         qPrintable(failureText(sent.error())));
                continue;
            }
            if (waiting() == 0) {
                return true;
            }
        }
        return false;
    }

    int waiting()
    {
        int count = 0;
        const QList<OutboxEntry> entries = std::move(village.repo().list()).value();
        for (const OutboxEntry &entry : entries) {
            count += entry.state == OutboxState::Receipted ? 0 : 1;
        }
        return count;
    }

    // The batch by the USB route: exported (marked sent by USB), and the file kept for later.
    QString exportByUsb(quint64 sequence)
    {
        QString path = village.dir.filePath(QStringLiteral("usb-%1.vbatch").arg(sequence));
        auto exported = village.outbox().exportTo(kOperator, sequence, path, true);
        if (!exported) {
            qWarning("%s: export: %s", qPrintable(where()), qPrintable(failureText(exported.error())));
            return {};
        }
        usbFiles.insert(sequence, path);
        return path;
    }

    // `verdes-hub ingest` of a USB file: the receipt it writes (empty when it failed).
    QByteArray ingestByUsb(const QString &path)
    {
        const QString receipt = path + QStringLiteral(".receipt");
        const ChildRun run = hubCommand({QStringLiteral("ingest"),
                                         hubFolder,
                                         path,
                                         QStringLiteral("--receipt"),
                                         receipt,
                                         QStringLiteral("--force")});
        if (run.exitCode != 0) {
            qWarning("%s: ingest: %s", qPrintable(where()), qPrintable(run.err));
            return {};
        }
        return readFile(receipt);
    }

    // The batch announced again over HTTPS with a new seal: the hub must answer "have" with the
    // receipt the village holds.
    bool announcedAgainIsKnown(quint64 sequence)
    {
        const QByteArray sealed = std::move(village.outbox().sealedFile(sequence)).value();
        Announce announce;
        announce.deviceKeyId = PublicKey::idOf(std::move(DeviceKey::load(*village.db)).value().publicKey());
        announce.batchId = village.entry(sequence).batchId;
        announce.sequence = sequence;
        announce.size = sealed.size();
        announce.sha256 = QCryptographicHash::hash(sealed, QCryptographicHash::Sha256);
        announce.at = village.clock.now().toUTC().toString(Qt::ISODateWithMs);
        const QByteArray message = announce.encode();
        HttpTransport transport(village.transportTo(proxy->port()));
        auto answer = transport.announce(message, std::move(DeviceKey::sign(*village.db, message)).value());
        return answer && answer->kind == AnnounceAnswer::Kind::Have
               && answer->receipt == village.receiptOf(sequence);
    }
};

} // namespace

class TestSoak : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(QFile::exists(builtProgram(QStringLiteral("app/verdes-hub/verdes-hub"))),
                 "verdes-hub not built");
    }

    void sealedBatchesGoUpThroughRandomFaults()
    {
        const int runs = soakRuns();
        Soak s;
        s.seed = soakSeed();
        s.rng.seed(s.seed);
        qInfo("soak: %d runs with seed %u; VERDES_SOAK_SEED=%u VERDES_SOAK_RUNS=%d replays them",
              runs,
              s.seed,
              s.seed,
              runs);
        QElapsedTimer timer;
        timer.start();
        QVERIFY(s.setUp());
        quint64 sealed = 0;
        for (s.run = 1; s.run <= runs; ++s.run) {
            const auto fault = static_cast<Fault>(s.rng.bounded(static_cast<int>(Fault::Count)));
            ++s.faults[static_cast<int>(fault)];
            // Most meetings decide one proposal or none; now and then one comes with large evidence
            // that goes up in two or three parts.
            const bool large = s.rng.bounded(40) == 0;
            const bool proposal = large || s.rng.bounded(3) == 0;
            const quint64 sequence = s.village.sealMeeting(
                proposal, large ? 1 : 0, large ? s.rng.bounded(1'100'000, 2'500'000) : 0);
            QVERIFY2(sequence == ++sealed, qPrintable(s.where()));
            switch (fault) {
            case Fault::None:
                QVERIFY2(s.faultedSend(fault), qPrintable(s.where()));
                break;
            case Fault::Cut:
            case Fault::Stall:
            case Fault::Kill: {
                const int at = s.rng.bounded(1, s.traffic(sequence));
                if (fault == Fault::Kill) {
                    s.proxy->setOnFault([&s] {
                        s.hub->kill();
                    });
                }
                const auto mode = fault == Fault::Cut     ? LoopbackProxy::Mode::Cut
                                  : fault == Fault::Stall ? LoopbackProxy::Mode::Stall
                                                          : LoopbackProxy::Mode::Pass;
                s.proxy->setFault(mode, at, LoopbackProxy::Count::Both);
                QVERIFY2(s.faultedSend(fault, fault == Fault::Stall ? 700 : 15000), qPrintable(s.where()));
                break;
            }
            case Fault::CrashPoint: {
                const bool afterStore = s.rng.bounded(2) == 0;
                QVERIFY(
                    s.restartHub({afterStore ? QStringLiteral("VERDES_CRASH_AT=hub.ingest.after-store")
                                             : QStringLiteral("VERDES_CRASH_AT=hub.store.before-commit")}));
                QVERIFY2(s.faultedSend(fault), qPrintable(s.where()));
                QVERIFY2(s.hub->waitForEnd(30'000), qPrintable(s.where())); // it stopped at the point
                break;
            }
            case Fault::Duplicate:
                QVERIFY2(s.faultedSend(fault), qPrintable(s.where()));
                QVERIFY2(s.village.entry(sequence).state == OutboxState::Receipted, qPrintable(s.where()));
                QVERIFY2(s.announcedAgainIsKnown(sequence), qPrintable(s.where()));
                QVERIFY2(s.village.send(s.proxy->port()).value().receipts.isEmpty(), qPrintable(s.where()));
                break;
            case Fault::Replay: {
                QVERIFY2(s.faultedSend(fault), qPrintable(s.where()));
                const quint64 older = 1 + s.rng.bounded(static_cast<quint32>(sequence));
                if (s.village.entry(older).state != OutboxState::Receipted) {
                    break; // nothing older answered yet
                }
                if (s.usbFiles.contains(older) && s.rng.bounded(2) == 0) {
                    const QByteArray receipt = s.ingestByUsb(s.usbFiles.value(older));
                    QVERIFY2(receipt == s.village.receiptOf(older), qPrintable(s.where()));
                    auto imported = s.village.outbox().importReceipt(kOperator, receipt);
                    QVERIFY2(imported && !imported->changed, qPrintable(s.where()));
                } else {
                    QVERIFY2(s.announcedAgainIsKnown(older), qPrintable(s.where()));
                }
                break;
            }
            case Fault::UsbFirst: {
                const QString file = s.exportByUsb(sequence);
                QVERIFY2(!file.isEmpty(), qPrintable(s.where()));
                const QByteArray receipt = s.ingestByUsb(file);
                QVERIFY2(receipt.startsWith("VRCP"), qPrintable(s.where()));
                if (s.rng.bounded(2) == 0) {
                    auto imported = s.village.outbox().importReceipt(kOperator, receipt);
                    QVERIFY2(imported && imported->changed, qPrintable(s.where()));
                }
                QVERIFY2(s.faultedSend(fault), qPrintable(s.where()));
                QVERIFY2(s.village.receiptOf(sequence) == receipt, qPrintable(s.where()));
                break;
            }
            case Fault::HttpsFirst: {
                const QString file = s.exportByUsb(sequence);
                QVERIFY2(!file.isEmpty(), qPrintable(s.where()));
                QVERIFY2(s.faultedSend(fault), qPrintable(s.where()));
                const QByteArray receipt = s.ingestByUsb(file);
                QVERIFY2(receipt == s.village.receiptOf(sequence), qPrintable(s.where()));
                auto imported = s.village.outbox().importReceipt(kOperator, receipt);
                QVERIFY2(imported && !imported->changed, qPrintable(s.where()));
                break;
            }
            case Fault::UsbOvertakes: {
                const quint64 next = s.village.sealMeeting(s.rng.bounded(2) == 0);
                QVERIFY2(next == ++sealed, qPrintable(s.where()));
                const QString file = s.exportByUsb(next);
                QVERIFY2(!file.isEmpty(), qPrintable(s.where()));
                const QByteArray gap = s.ingestByUsb(file);
                auto imported = s.village.outbox().importReceipt(kOperator, gap);
                QVERIFY2(imported, qPrintable(s.where()));
                QVERIFY2(imported->receipt.reason == ReceiptReason::SequenceGap, qPrintable(s.where()));
                QVERIFY2(imported->entry.state == OutboxState::Sent, qPrintable(s.where()));
                ++s.gaps;
                QVERIFY2(s.faultedSend(fault), qPrintable(s.where()));
                break;
            }
            case Fault::Count:
                Q_UNREACHABLE();
            }
            QVERIFY2(s.recover(), qPrintable(s.where()));
        }
        const qint64 soakMs = timer.elapsed();
        s.hub->kill();
        // The faults were all on the line or of the process: the hub itself never failed.
        const QString log = s.hub->log();
        QVERIFY2(!log.contains(QStringLiteral("the hub failed"))
                     && !log.contains(QStringLiteral("cannot store")),
                 qPrintable(log.right(3000)));

        // The village's outbox against the hub's store.
        auto opened = hub::Hub::open(s.hubFolder);
        QVERIFY2(opened, opened ? "" : qPrintable(failureText(opened.error())));
        hub::HubStorage &store = (*opened)->storage();
        const auto keys = std::move(store.keys()).value();
        const QList<OutboxEntry> entries = std::move(s.village.repo().list()).value();
        QCOMPARE(quint64(entries.size()), sealed);
        qint64 items = 0;
        for (const OutboxEntry &entry : entries) {
            const QString which = QStringLiteral("batch %1 (seed %2)").arg(entry.sequence).arg(s.seed);
            QVERIFY2(entry.state == OutboxState::Receipted, qPrintable(which));
            QVERIFY2(entry.outcome == u"accepted", qPrintable(which + u' ' + entry.outcome));
            const QByteArray held = s.village.receiptOf(entry.sequence);
            auto stored = store.receiptOf(entry.batchId);
            QVERIFY2(stored && *stored, qPrintable(which + QStringLiteral(": lost")));
            QVERIFY2(**stored == held, qPrintable(which + QStringLiteral(": another receipt")));
            auto receipt = Receipt::decode(
                std::move(Envelope::openSigned(held, FileKind::Receipt, keys.back().signingPublic)).value());
            QVERIFY(receipt);
            QCOMPARE(receipt->sequence, entry.sequence);
            QCOMPARE(receipt->outcome, ReceiptOutcome::Accepted);
            const QList<OutboxItem> batchItems = std::move(s.village.repo().items(entry.sequence)).value();
            for (const OutboxItem &item : batchItems) {
                QVERIFY2(item.outcome == u"accepted", qPrintable(which + u' ' + item.reason));
                QCOMPARE(s.village.state(item.proposalId.value_or(0)), ProposalState::Received);
                ++items;
            }
        }
        const auto counts = std::move(store.counts()).value();
        QCOMPARE(counts.batches, qint64(sealed)); // 0 lost, 0 twice
        QCOMPARE(counts.items, items);
        QCOMPARE(counts.refusals, qint64(s.gaps)); // nothing refused but the gaps made on purpose
        const auto device =
            std::move(
                store.device(PublicKey::idOf(std::move(DeviceKey::load(*s.village.db)).value().publicKey())))
                .value()
                .value();
        QCOMPARE(device.lastSequence, sealed);
        QCOMPARE(device.lastBatchId, entries.constLast().batchId);

        QStringList mix;
        for (int f = 0; f < static_cast<int>(Fault::Count); ++f) {
            mix << QStringLiteral("%1 %2 (%3 sends failed)")
                       .arg(QLatin1StringView(kFaultNames.at(f)))
                       .arg(s.faults.at(f))
                       .arg(s.failedSends.at(f));
        }
        qInfo("soak: %d runs, %llu batches with %lld items, all receipted once, in %.1f s; %d hub restarts, "
              "%d gaps; %s",
              runs,
              static_cast<unsigned long long>(sealed),
              static_cast<long long>(items),
              static_cast<double>(soakMs) / 1000.0,
              s.restarts,
              s.gaps,
              qPrintable(mix.join(QStringLiteral(", "))));
    }
};

QTEST_GUILESS_MAIN(TestSoak)
#include "tst_Soak.moc"
