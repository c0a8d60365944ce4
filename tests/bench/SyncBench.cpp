// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/bench/SyncBench.h"

#include "models/core/Error.h"
#include "models/core/PublicKey.h"
#include "models/core/Rng.h"
#include "models/musdes/MeetingRepository.h"
#include "models/platform/Platform.h"
#include "models/vault/Database.h"
#include "models/vault/DeviceKey.h"
#include "models/vault/Transaction.h"
#include "sync/batch/Batch.h"
#include "sync/batch/EnrolmentRequest.h"
#include "sync/batch/Envelope.h"
#include "sync/batch/Receipt.h"
#include "sync/crypto/Sealer.h"
#include "sync/crypto/Signer.h"
#include "sync/hub/Hub.h"
#include "sync/outbox/BatchBuilder.h"
#include "sync/transport/Announce.h"
#include "sync/transport/HttpTransport.h"
#include "tests/bench/BenchReport.h"
#include "tests/bench/BenchVillage.h"
#include "tests/bench/MeetingBench.h"
#include "tests/support/PostgresServer.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QProcess>
#include <QSslCertificate>
#include <QThread>
#include <QUrl>

#include <algorithm>
#include <atomic>
#include <ctime>
#include <memory>
#include <unistd.h>
#include <vector>

namespace verdes {

namespace {

// The quick run keeps CI's smoke stage short: fewer repeats, a smaller batch with evidence, fewer
// devices. The batch without evidence keeps its 1,000 proposals: the target is set for that size.
constexpr int kFullRepeats = 7;
constexpr int kQuickRepeats = 3;
constexpr int kFullEvidenceRepeats = 3;
constexpr int kQuickEvidenceRepeats = 2;
constexpr int kQuickEvidenceProposals = 100;
// The ingest load: enrolled devices, each sending its batches in order on one connection of its own
// (as Outbox::send does after a musdes, or after days offline), several devices at a time.
constexpr int kFullDevices = 200;
constexpr int kQuickDevices = 24;
constexpr int kBatchesPerDevice = 5;
constexpr int kItemsPerBatch = 10; // a small village's musdes
constexpr int kClients = 8;
constexpr int kTimeoutMs = 30'000;
constexpr int kServerStartMs = 30'000;
constexpr int kSyncProbes = 50;

#ifdef VERDES_BENCH_HUB
const QString kHubProgram = QStringLiteral(VERDES_BENCH_HUB);
#else
const QString kHubProgram;
#endif
const QString kEmptyHubProgram = QStringLiteral(VERDES_BENCH_EMPTY_HUB);

// This thread's CPU time: what the machine's other load does not inflate (the figures are wall time).
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

double msSince(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

double median(std::vector<double> values)
{
    if (values.empty()) {
        return 0.0;
    }
    std::sort(values.begin(), values.end());
    return values.at((values.size() - 1) / 2);
}

QByteArray sha256(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

// A sealed meeting that agreed `count` proposals, on the members after the `skip` that MeetingBench
// proposed on (not timed; commits without waiting for the disk). Without evidence: members moved out
// (their evidence is only recommended). With evidence: members deceased, each with a death
// certificate of `evidenceBytes` random bytes (a JPEG does not compress).
Result<qint64> prepareMeeting(Database &db, int count, int skip, qsizetype evidenceBytes, quint64 seed)
{
    const BenchVillage::UnsyncedWrites unsynced(db);
    SeededRng rng(seed);
    const auto makeItem = [&rng, evidenceBytes](qsizetype i) {
        BenchVillage::Item item;
        item.proposal.details.eventDate = QDate(2026, 10, 1);
        if (evidenceBytes > 0) {
            item.proposal.type = ProposalType::MemberDeceased;
            item.proposal.reason = QStringLiteral("Meninggal menurut ketua RT");
            item.evidence.append({EvidenceKind::DeathCert,
                                  QStringLiteral("akta-%1.jpg").arg(i),
                                  BenchVillage::randomPhoto(rng, evidenceBytes)});
        } else {
            item.proposal.type = ProposalType::MemberMoved;
            item.proposal.reason = QStringLiteral("Pindah ke luar desa menurut ketua RT");
        }
        return item;
    };
    VERDES_TRY_ASSIGN(meeting, BenchVillage::decidedMeeting(db, count, skip, makeItem));
    VERDES_TRY(MeetingRepository(db).seal(BenchVillage::chair(), meeting));
    return meeting;
}

struct Made
{
    double buildMs = 0;
    double encodeMs = 0;
    double signMs = 0;
    double sealMs = 0;
    qint64 bodyBytes = 0;
    qint64 sealedBytes = 0;
    qsizetype items = 0;
    double cpuMs = 0; // the whole path's, on this thread

    double totalMs() const { return buildMs + encodeMs + signMs + sealMs; }
};

// The batch of a sealed meeting as Outbox::makeBatch and Outbox::sealedFile make it: BatchBuilder reads
// it from the vault, Batch::encode gives the body, then (`signAndSeal`) its id, the device key's
// signature and the seal to the hub's key. Without `signAndSeal`: the baseline, build and encode only.
// Not timed: what makeBatch writes besides (the outbox entry, the proposals' move), and the rollback.
Result<Made> makeBatch(Database &db,
                       qint64 meetingId,
                       const QByteArray &hubSealingKey,
                       bool signAndSeal,
                       sync::Batch *keep = nullptr)
{
    Made made;
    const double cpuStart = threadCpuMs();
    QElapsedTimer timer;
    timer.start();
    // In one transaction, as Outbox::makeBatch reads it (rolled back here: nothing is queued).
    Transaction tx(db);
    VERDES_TRY(tx.begin());
    sync::BatchBuilder builder(db);
    VERDES_TRY_ASSIGN(built, builder.build(meetingId, 1, std::nullopt));
    made.buildMs = msSince(timer);
    timer.restart();
    const QByteArray body = built.batch.encode();
    made.encodeMs = msSince(timer);
    made.bodyBytes = body.size();
    made.items = built.batch.items.size();
    if (signAndSeal) {
        timer.restart();
        const QByteArray id = sync::Batch::idOf(body);
        VERDES_TRY_ASSIGN(key, DeviceKey::load(db));
        VERDES_TRY_ASSIGN(signedFile,
                          sync::Envelope::sign(
                              sync::FileKind::Batch, key.publicKey(), body, [&db](const QByteArray &bytes) {
                                  return DeviceKey::sign(db, bytes);
                              }));
        made.signMs = msSince(timer);
        timer.restart();
        VERDES_TRY_ASSIGN(sealed, sync::Envelope::seal(signedFile, hubSealingKey));
        made.sealMs = msSince(timer);
        made.sealedBytes = sealed.size();
        if (id.size() != 32) {
            return Error(ErrorCode::Internal, {}, QStringLiteral("no batch id"));
        }
    }
    made.cpuMs = threadCpuMs() - cpuStart;
    if (keep != nullptr) {
        *keep = std::move(built.batch);
    }
    return made;
}

struct BatchFigure
{
    Made medianMade; // each part's median
    double full = 0;
    double baseline = 0;
};

// Alternates the baseline and the whole path, `repeats` times each after one warm-up of each.
Result<BatchFigure>
measureBatch(Database &db, qint64 meetingId, const QByteArray &hubKey, int repeats, sync::Batch *keep)
{
    std::vector<double> full;
    std::vector<double> baseline;
    std::vector<double> build;
    std::vector<double> encode;
    std::vector<double> sign;
    std::vector<double> seal;
    std::vector<double> cpu;
    BatchFigure figure;
    for (int i = 0; i <= repeats; ++i) {
        const bool baselineFirst = i % 2 == 0;
        for (int pass = 0; pass < 2; ++pass) {
            const bool whole = (pass == 0) != baselineFirst;
            VERDES_TRY_ASSIGN(made,
                              makeBatch(db, meetingId, hubKey, whole, whole && i == 0 ? keep : nullptr));
            if (i == 0) {
                continue; // the warm-up
            }
            if (whole) {
                full.push_back(made.totalMs());
                build.push_back(made.buildMs);
                encode.push_back(made.encodeMs);
                sign.push_back(made.signMs);
                seal.push_back(made.sealMs);
                cpu.push_back(made.cpuMs);
                figure.medianMade.bodyBytes = made.bodyBytes;
                figure.medianMade.sealedBytes = made.sealedBytes;
                figure.medianMade.items = made.items;
            } else {
                baseline.push_back(made.totalMs());
            }
        }
    }
    figure.full = median(full);
    figure.baseline = median(baseline);
    figure.medianMade.buildMs = median(build);
    figure.medianMade.encodeMs = median(encode);
    figure.medianMade.signMs = median(sign);
    figure.medianMade.sealMs = median(seal);
    figure.medianMade.cpuMs = median(cpu);
    return figure;
}

QString splitText(const Made &m)
{
    return QStringLiteral("medians: build %1 / encode %2 / id and signature %3 / seal %4 ms; CPU time of the "
                          "whole path %5 ms")
        .arg(m.buildMs, 0, 'f', 1)
        .arg(m.encodeMs, 0, 'f', 1)
        .arg(m.signMs, 0, 'f', 1)
        .arg(m.sealMs, 0, 'f', 1)
        .arg(m.cpuMs, 0, 'f', 1);
}

// ---------------------------------------------------------------------------------------------
// The hub's ingest.

// A village device of the load: its key, its enrolment request and its chain of signed batches.
struct Device
{
    sync::Signer signer;
    QString vaultId;
    QByteArray requestFile;
    QList<QByteArray> signedFiles;
    QList<QByteArray> batchIds;
};

Result<QByteArray> signWith(const sync::Signer &signer, sync::FileKind kind, const QByteArray &body)
{
    return sync::Envelope::sign(kind, signer.publicKey(), body, [&signer](const QByteArray &bytes) {
        return Result<QByteArray>(signer.sign(bytes));
    });
}

// `devices` devices of the vault's village, each with kBatchesPerDevice small batches chained to one
// another. Their items are kItemsPerBatch of `source`'s (the 1,000-proposal batch, as the vault made
// it), so each device sends each proposal once; their minutes are as long as a meeting of that many
// items.
Result<std::vector<Device>> makeDevices(const sync::Batch &source, int devices)
{
    if (source.items.size() < qsizetype{kBatchesPerDevice} * kItemsPerBatch) {
        return Error(ErrorCode::Internal, {}, QStringLiteral("too few items for the small batches"));
    }
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const qsizetype meetingBytes = source.meeting.size() * kItemsPerBatch / source.items.size();
    std::vector<Device> list;
    list.reserve(static_cast<std::size_t>(devices));
    for (int d = 0; d < devices; ++d) {
        Device device{sync::Signer::generate(),
                      QStringLiteral("bench-vault-%1").arg(d, 4, 10, QChar(u'0')),
                      {},
                      {},
                      {}};
        sync::EnrolmentRequest request;
        request.vaultId = device.vaultId;
        request.villageCode = source.villageCode;
        request.villageName = QStringLiteral("Desa Bench %1").arg(d);
        request.devicePublicKey = device.signer.publicKey();
        request.officer = BenchVillage::officer().name;
        request.createdAt = now;
        request.appVersion = QStringLiteral(VERDES_VERSION);
        VERDES_TRY_ASSIGN(requestFile,
                          signWith(device.signer, sync::FileKind::EnrolmentRequest, request.encode()));
        device.requestFile = requestFile;
        std::optional<QByteArray> previous;
        for (int s = 1; s <= kBatchesPerDevice; ++s) {
            sync::Batch batch;
            batch.villageCode = source.villageCode;
            batch.vaultId = device.vaultId;
            batch.sequence = static_cast<quint64>(s);
            batch.previous = previous;
            batch.createdAt = now;
            batch.auditSeq = static_cast<quint64>(s) * 100;
            batch.auditHash = sha256(device.vaultId.toUtf8() + QByteArray::number(s));
            batch.meeting = source.meeting.left(meetingBytes);
            batch.meetingSha256 = sha256(batch.meeting);
            batch.meetingSignature = device.signer.sign(batch.meeting);
            batch.items = source.items.mid(qsizetype{s - 1} * kItemsPerBatch, kItemsPerBatch);
            const QByteArray body = batch.encode();
            VERDES_TRY_ASSIGN(signedFile, signWith(device.signer, sync::FileKind::Batch, body));
            device.signedFiles.append(signedFile);
            device.batchIds.append(sync::Batch::idOf(body));
            previous = device.batchIds.constLast();
        }
        list.push_back(std::move(device));
    }
    return list;
}

// One batch as a device sends it: the sealed file and its announce, signed (announce.at is fixed).
struct Upload
{
    QByteArray sealed;
    QByteArray sha256;
    QByteArray announce;
    QByteArray signature;
    QByteArray batchId;
    quint64 sequence = 0;
};

using Uploads = std::vector<std::vector<Upload>>; // per device, in order

// Every device's batches sealed to one hub's key, with their announces: made before the clock runs.
Result<Uploads> sealFor(const std::vector<Device> &devices, const QByteArray &hubSealingKey)
{
    Uploads uploads(devices.size());
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    for (std::size_t d = 0; d < devices.size(); ++d) {
        const Device &device = devices.at(d);
        for (qsizetype i = 0; i < device.signedFiles.size(); ++i) {
            Upload upload;
            VERDES_TRY_ASSIGN(sealed, sync::Envelope::seal(device.signedFiles.at(i), hubSealingKey));
            upload.sealed = sealed;
            upload.sha256 = sha256(sealed);
            upload.batchId = device.batchIds.at(i);
            upload.sequence = static_cast<quint64>(i + 1);
            sync::Announce announce;
            announce.deviceKeyId = PublicKey::idOf(device.signer.publicKey());
            announce.batchId = upload.batchId;
            announce.sequence = upload.sequence;
            announce.size = sealed.size();
            announce.sha256 = upload.sha256;
            announce.at = now;
            upload.announce = announce.encode();
            upload.signature = device.signer.sign(upload.announce);
            uploads[d].push_back(upload);
        }
    }
    return uploads;
}

struct HubKeysForBench
{
    QByteArray signing;
    QByteArray sealing;
};

// `verdes-hub init` and `verdes-hub enrol` of every device, through the hub library (not timed).
Result<HubKeysForBench> makeHub(const QString &folder,
                                const QString &districtCode,
                                const QByteArray &tlsPin,
                                const QString &postgresUri,
                                const std::vector<Device> &devices)
{
    hub::Hub::InitOptions init;
    init.name = QStringLiteral("Dinsos Bench");
    init.districtCode = districtCode;
    init.url = QStringLiteral("https://127.0.0.1:1");
    init.tlsPin = tlsPin;
    init.postgresUri = postgresUri;
    VERDES_TRY(hub::Hub::init(folder, init));
    VERDES_TRY_ASSIGN(opened, hub::Hub::open(folder));
    for (const Device &device : devices) {
        VERDES_TRY(opened->enrol(device.requestFile));
    }
    VERDES_TRY_ASSIGN(keys, opened->storage().keys());
    return HubKeysForBench{keys.back().signingPublic, keys.back().sealingPublic};
}

Result<qint64> storedBatches(const QString &folder)
{
    VERDES_TRY_ASSIGN(opened, hub::Hub::open(folder));
    VERDES_TRY_ASSIGN(counts, opened->storage().counts());
    return counts.batches;
}

// A server in a process of its own (verdes-hub serve, or the empty one): started, asked where it
// listens (the URL it prints), watched through /proc, stopped.
class ServerProcess final
{
public:
    ServerProcess() = default;

    ~ServerProcess() { stop(); }
    Q_DISABLE_COPY_MOVE(ServerProcess)

    Result<void> start(const QString &program, const QStringList &arguments, const QString &logPath)
    {
        m_logPath = logPath;
        m_process.setProgram(program);
        m_process.setArguments(arguments);
        m_process.setStandardErrorFile(logPath);
        m_process.start();
        if (!m_process.waitForStarted(kServerStartMs)) {
            return Error(ErrorCode::Internal, {}, program + u": " + m_process.errorString());
        }
        QDeadlineTimer deadline(kServerStartMs);
        while (!m_process.canReadLine()) {
            if (deadline.hasExpired() || m_process.state() != QProcess::Running) {
                return Error(
                    ErrorCode::Internal,
                    {},
                    QStringLiteral("%1 did not start: %2").arg(QFileInfo(program).fileName(), logTail()));
            }
            m_process.waitForReadyRead(100);
        }
        const QUrl url(QString::fromUtf8(m_process.readLine()).trimmed());
        if (url.port() <= 0) {
            return Error(ErrorCode::Internal, {}, QStringLiteral("no port in %1").arg(url.toString()));
        }
        m_port = static_cast<quint16>(url.port());
        return {};
    }

    quint16 port() const { return m_port; }

    // The process's CPU time so far (user and system), from /proc/<pid>/stat.
    double cpuMs() const
    {
        QFile file(QStringLiteral("/proc/%1/stat").arg(m_process.processId()));
        if (!file.open(QIODevice::ReadOnly)) {
            return 0.0;
        }
        const QByteArray text = file.readAll();
        // After the command's name in parentheses: state is field 3, utime 14 and stime 15.
        const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
        if (fields.size() < 13) {
            return 0.0;
        }
        const auto ticks = static_cast<double>(fields.at(11).toLongLong() + fields.at(12).toLongLong());
        return ticks * 1000.0 / static_cast<double>(sysconf(_SC_CLK_TCK));
    }

    // A line of /proc/<pid>/status in MB (VmHWM: the peak resident set; VmRSS: now).
    double statusMb(const QByteArray &field) const
    {
        QFile file(QStringLiteral("/proc/%1/status").arg(m_process.processId()));
        if (!file.open(QIODevice::ReadOnly)) {
            return 0.0;
        }
        const QList<QByteArray> lines = file.readAll().split('\n');
        for (const QByteArray &line : lines) {
            if (line.startsWith(QByteArray(field + ':'))) {
                return static_cast<double>(
                           line.mid(field.size() + 1).trimmed().split(' ').value(0).toLongLong())
                       / 1024.0; // kB
            }
        }
        return 0.0;
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning) {
            return;
        }
        m_process.terminate();
        if (!m_process.waitForFinished(10'000)) {
            m_process.kill();
            m_process.waitForFinished(5'000);
        }
    }

    QString logTail() const
    {
        QFile log(m_logPath);
        return log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll().right(2000)) : QString();
    }

private:
    QProcess m_process;
    QString m_logPath;
    quint16 m_port = 0;
};

// What one upload got back.
struct Outcome
{
    bool send = false;    // the announce said "send it"
    qint64 received = -1; // what the hub said it had after the part
    QByteArray receipt;
};

struct Load
{
    double seconds = 0;
    double serverCpuMs = 0;
    double serverIdleMb = 0;
    double serverPeakMb = 0;
    std::vector<std::vector<Outcome>> outcomes;
};

// Every device's batches up to the servers, kClients devices at a time, each device's batches in order
// on one HttpTransport of its own (one connection, one TLS handshake) to one server, after its
// revocation list, as Outbox::send does: GET /v1/revocations, then per batch POST /v1/announce, PUT
// /v1/uploads/<sha> (a small batch is one part) and POST /v1/uploads/<sha>/finish. Device d goes to
// server d mod n, as a load balancer would spread them. Timed from the first request to the last
// answer; the CPU time is the servers' together, the memory the largest server's.
Result<Load> runLoad(const std::vector<std::unique_ptr<ServerProcess>> &servers,
                     const Uploads &uploads,
                     const QByteArray &tlsPin)
{
    std::vector<sync::HttpTransport::Options> transportOptions;
    Load load;
    for (const auto &server : servers) {
        transportOptions.push_back(
            {QUrl(QStringLiteral("https://127.0.0.1:%1").arg(server->port())), tlsPin, kTimeoutMs});
        // The server's first TLS handshake and first answer, before the clock runs.
        sync::HttpTransport warmUp(transportOptions.back());
        VERDES_TRY(warmUp.revocationList());
        load.serverIdleMb = std::max(load.serverIdleMb, server->statusMb("VmRSS"));
    }
    load.outcomes.resize(uploads.size());
    for (std::size_t d = 0; d < uploads.size(); ++d) {
        load.outcomes[d].resize(uploads[d].size());
    }
    std::atomic<std::size_t> next{0};
    QMutex mutex;
    std::optional<Error> failure;
    const auto fail = [&](const Error &error) {
        const QMutexLocker lock(&mutex);
        if (!failure) {
            failure = error;
        }
    };
    const auto work = [&] {
        while (true) {
            const std::size_t d = next.fetch_add(1);
            if (d >= uploads.size()) {
                return;
            }
            sync::HttpTransport transport(transportOptions.at(d % transportOptions.size()));
            auto list = transport.revocationList();
            if (!list) {
                fail(list.error());
                return;
            }
            for (std::size_t i = 0; i < uploads[d].size(); ++i) {
                const Upload &upload = uploads[d][i];
                Outcome &outcome = load.outcomes[d][i];
                auto answer = transport.announce(upload.announce, upload.signature);
                if (!answer) {
                    fail(answer.error());
                    return;
                }
                outcome.send = answer->kind == sync::AnnounceAnswer::Kind::Send && answer->received == 0;
                auto part = transport.putPart(upload.sha256, 0, upload.sealed);
                if (!part) {
                    fail(part.error());
                    return;
                }
                outcome.received = part->received;
                auto receipt = transport.finish(upload.sha256);
                if (!receipt) {
                    fail(receipt.error());
                    return;
                }
                outcome.receipt = *receipt;
            }
        }
    };
    const auto serversCpuMs = [&servers] {
        double ms = 0;
        for (const auto &server : servers) {
            ms += server->cpuMs();
        }
        return ms;
    };
    const double cpuBefore = serversCpuMs();
    QElapsedTimer timer;
    timer.start();
    std::vector<std::unique_ptr<QThread>> threads;
    for (int c = 0; c < kClients; ++c) {
        threads.emplace_back(QThread::create(work));
        threads.back()->start();
    }
    for (const auto &thread : threads) {
        thread->wait();
    }
    load.seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    load.serverCpuMs = serversCpuMs() - cpuBefore;
    for (const auto &server : servers) {
        load.serverPeakMb = std::max(load.serverPeakMb, server->statusMb("VmHWM"));
    }
    if (failure) {
        return *failure;
    }
    return load;
}

// Every upload was taken whole and answered with a receipt the hub signed, accepting that very batch.
Result<void> checkReceipts(const Load &load, const Uploads &uploads, const QByteArray &hubSigningKey)
{
    for (std::size_t d = 0; d < uploads.size(); ++d) {
        for (std::size_t i = 0; i < uploads[d].size(); ++i) {
            const Upload &upload = uploads[d][i];
            const Outcome &outcome = load.outcomes[d][i];
            const QString which = QStringLiteral("batch %1 of device %2").arg(upload.sequence).arg(d);
            if (!outcome.send || outcome.received != upload.sealed.size()) {
                return Error(ErrorCode::Internal, {}, which + QStringLiteral(": not taken whole"));
            }
            VERDES_TRY_ASSIGN(
                body, sync::Envelope::openSigned(outcome.receipt, sync::FileKind::Receipt, hubSigningKey));
            VERDES_TRY_ASSIGN(receipt, sync::Receipt::decode(body));
            if (receipt.outcome != sync::ReceiptOutcome::Accepted || receipt.batchId != upload.batchId
                || receipt.sequence != upload.sequence) {
                return Error(ErrorCode::Internal,
                             {},
                             which
                                 + QStringLiteral(": receipt %1 %2")
                                       .arg(sync::Receipt::outcomeCode(receipt.outcome), receipt.detail));
            }
        }
    }
    return {};
}

struct Tls
{
    QString certificate;
    QString key;
    QByteArray pin;
};

// The test certificate (tests/data/tls, built into the bench) as files for the servers.
Result<Tls> writeTls(const QString &folder)
{
    Tls tls;
    if (!QDir().mkpath(folder)) {
        return Error(ErrorCode::FileWriteFailed, {folder});
    }
    for (const char *name : {"hub-cert.pem", "hub-key.pem"}) {
        const QString target = QDir(folder).filePath(QLatin1StringView(name));
        QFile::remove(target);
        if (!QFile::copy(QStringLiteral(":/bench/tls/") + QLatin1StringView(name), target)
            || !QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            return Error(ErrorCode::FileWriteFailed, {target});
        }
    }
    tls.certificate = QDir(folder).filePath(QStringLiteral("hub-cert.pem"));
    tls.key = QDir(folder).filePath(QStringLiteral("hub-key.pem"));
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(tls.certificate);
    if (chain.isEmpty()) {
        return Error(ErrorCode::Internal, {}, QStringLiteral("the bench's TLS certificate does not read"));
    }
    tls.pin = sha256(chain.constFirst().toDer());
    return tls;
}

struct IngestSetup
{
    const std::vector<Device> *devices = nullptr;
    QString districtCode;
    Tls tls;
    QString workFolder;
    std::function<void(const QString &)> progress;
};

struct Ingest
{
    double perSecond = 0;
    double cpuMsPerBatch = 0;
    double idleMb = 0;
    double peakMb = 0;
    qint64 sealedBytes = 0; // of one small batch
};

// One real hub, on the storage `postgresUri` names (SQLite when empty): made, enrolled, served by
// `processes` `verdes-hub serve` of the same folder under the load, its receipts checked, then stopped
// and its store counted.
Result<Ingest>
ingestAt(const IngestSetup &setup, const QString &name, const QString &postgresUri, int processes = 1)
{
    const QString folder = QDir(setup.workFolder).filePath(QStringLiteral("hub-") + name);
    setup.progress(QStringLiteral("hub on %1: enrolling %2 devices...").arg(name).arg(setup.devices->size()));
    VERDES_TRY_ASSIGN(keys, makeHub(folder, setup.districtCode, setup.tls.pin, postgresUri, *setup.devices));
    VERDES_TRY_ASSIGN(uploads, sealFor(*setup.devices, keys.sealing));
    std::vector<std::unique_ptr<ServerProcess>> servers;
    for (int i = 0; i < processes; ++i) {
        servers.push_back(std::make_unique<ServerProcess>());
        VERDES_TRY(servers.back()->start(
            kHubProgram,
            {QStringLiteral("serve"),
             folder,
             QStringLiteral("--listen"),
             QStringLiteral("127.0.0.1:0"),
             QStringLiteral("--tls-cert"),
             setup.tls.certificate,
             QStringLiteral("--tls-key"),
             setup.tls.key},
            QDir(setup.workFolder).filePath(QStringLiteral("serve-%1-%2.log").arg(name).arg(i))));
    }
    const qsizetype total = static_cast<qsizetype>(uploads.size()) * kBatchesPerDevice;
    setup.progress(QStringLiteral("hub on %1: ingesting %2 batches over HTTPS...").arg(name).arg(total));
    VERDES_TRY_ASSIGN(load, runLoad(servers, uploads, setup.tls.pin));
    servers.clear(); // stops them
    VERDES_TRY(checkReceipts(load, uploads, keys.signing));
    VERDES_TRY_ASSIGN(stored, storedBatches(folder));
    if (stored != total) {
        return Error(
            ErrorCode::Internal,
            {},
            QStringLiteral("the hub on %1 stored %2 of %3 batches").arg(name).arg(stored).arg(total));
    }
    Ingest ingest;
    ingest.perSecond = static_cast<double>(total) / load.seconds;
    ingest.cpuMsPerBatch = load.serverCpuMs / static_cast<double>(total);
    ingest.idleMb = load.serverIdleMb;
    ingest.peakMb = load.serverPeakMb;
    ingest.sealedBytes = uploads.front().front().sealed.size();
    return ingest;
}

// The same requests answered with fixed bytes by verdes-bench-empty-hub (the baseline).
Result<Ingest> ingestAtEmptyServer(const IngestSetup &setup)
{
    // The bytes are sealed to a key nobody holds: the empty server reads none of them.
    VERDES_TRY_ASSIGN(uploads, sealFor(*setup.devices, sync::SealingKey::generate().publicKey()));
    std::vector<std::unique_ptr<ServerProcess>> servers;
    servers.push_back(std::make_unique<ServerProcess>());
    VERDES_TRY(servers.back()->start(
        kEmptyHubProgram,
        {QStringLiteral("--tls-cert"), setup.tls.certificate, QStringLiteral("--tls-key"), setup.tls.key},
        QDir(setup.workFolder).filePath(QStringLiteral("empty-hub.log"))));
    const qsizetype total = static_cast<qsizetype>(uploads.size()) * kBatchesPerDevice;
    setup.progress(QStringLiteral("empty server: the same %1 uploads...").arg(total));
    VERDES_TRY_ASSIGN(load, runLoad(servers, uploads, setup.tls.pin));
    Ingest ingest;
    ingest.perSecond = static_cast<double>(total) / load.seconds;
    ingest.cpuMsPerBatch = load.serverCpuMs / static_cast<double>(total);
    ingest.idleMb = load.serverIdleMb;
    ingest.peakMb = load.serverPeakMb;
    return ingest;
}

// The figures of one hub: its ingest rate, its CPU per batch and (`withRss`) its peak memory. `label`
// names the storage (and the processes); `hub` is empty when it was not measured, `missing` says why.
void addIngestFigures(BenchReport &report,
                      const QString &label,
                      const std::optional<Ingest> &hub,
                      const Ingest &empty,
                      int devices,
                      bool withRss,
                      const QString &missing)
{
    const int total = devices * kBatchesPerDevice;
    QString note;
    if (hub) {
        note = QStringLiteral(
                   "%1 batches of %2 items (%3 KB sealed) from %4 enrolled devices, %5 devices at a "
                   "time, each device's batches in order on one HTTPS connection of its own: GET "
                   "/v1/revocations, then per batch POST /v1/announce, PUT /v1/uploads/<sha>, POST "
                   "…/finish (HttpTransport); `verdes-hub serve` with its production logging and its "
                   "default 4 worker threads; every receipt checked (signed, accepted) and the store "
                   "counted after; baseline: the same "
                   "requests answered with fixed bytes by verdes-bench-empty-hub (GuardedTcpServer, TLS, "
                   "Qt HttpServer)")
                   .arg(total)
                   .arg(kItemsPerBatch)
                   .arg(static_cast<double>(hub->sealedBytes) / 1024.0, 0, 'f', 1)
                   .arg(devices)
                   .arg(kClients);
    } else {
        note = missing;
    }
    report.add({QStringLiteral("hub ingest over HTTPS, %1").arg(label),
                hub ? std::optional<double>(hub->perSecond) : std::nullopt,
                QStringLiteral("batches/s"),
                empty.perSecond,
                {std::nullopt, std::nullopt, SyncBench::kIngestTargetPerSecond},
                note});
    report.add({QStringLiteral("hub CPU per batch, %1").arg(label),
                hub ? std::optional<double>(hub->cpuMsPerBatch) : std::nullopt,
                QStringLiteral("ms"),
                empty.cpuMsPerBatch,
                {},
                hub ? QStringLiteral("user and system time of the verdes-hub processes over that load "
                                     "(/proc/<pid>/stat), per batch: what the hub itself costs, whatever "
                                     "else runs on the machine (PostgreSQL's own processes not counted); "
                                     "baseline: the empty server's")
                    : missing});
    if (!withRss) {
        return;
    }
    report.add({QStringLiteral("hub peak RSS under that load, %1").arg(label),
                hub ? std::optional<double>(hub->peakMb) : std::nullopt,
                QStringLiteral("MB"),
                empty.peakMb,
                {SyncBench::kHubRssTargetMb, std::nullopt},
                hub ? QStringLiteral("VmHWM of the verdes-hub process at the end of the load (VmRSS %1 MB "
                                     "before it); baseline: the empty server's; target: %2 MB, see "
                                     "SyncBench.h")
                          .arg(hub->idleMb, 0, 'f', 1)
                          .arg(SyncBench::kHubRssTargetMb)
                    : missing});
}

// The disk's sync latency where the hubs write: one 4 KB append and fsync, as a commit appends to a
// WAL and syncs it. A hub process stores one batch after another, each with one durable commit, so it
// cannot store more than 1000 / (this many ms) batches a second, whatever its CPU.
Result<double> diskSyncMs(const QString &folder)
{
    const QString path = QDir(folder).filePath(QStringLiteral("sync-probe"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error(ErrorCode::FileWriteFailed, {path}, file.errorString());
    }
    const QByteArray page(4096, 'x');
    std::vector<double> times;
    for (int i = 0; i < kSyncProbes; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (file.write(page) != page.size() || !file.flush()) {
            return Error(ErrorCode::FileWriteFailed, {path}, file.errorString());
        }
        VERDES_TRY(syncFile(path));
        times.push_back(msSince(timer));
    }
    file.close();
    QFile::remove(path);
    return median(times);
}

} // namespace

Result<void> SyncBench::run(BenchReport &report, Database &vault, const Options &options)
{
    const auto &progress = options.progress;
    const int repeats = options.quick ? kQuickRepeats : kFullRepeats;
    const int evidenceRepeats = options.quick ? kQuickEvidenceRepeats : kFullEvidenceRepeats;
    const int evidenceProposals = options.quick ? kQuickEvidenceProposals : kProposals;
    const QByteArray hubKey = sync::SealingKey::generate().publicKey();

    // 1. A batch of 1,000 proposals without evidence.
    progress(
        QStringLiteral("preparing a sealed meeting of %1 proposals without evidence...").arg(kProposals));
    VERDES_TRY_ASSIGN(plainMeeting, prepareMeeting(vault, kProposals, MeetingBench::kItems, 0, options.seed));
    progress(QStringLiteral("making its batch..."));
    sync::Batch source;
    VERDES_TRY_ASSIGN(small, measureBatch(vault, plainMeeting, hubKey, repeats, &source));
    if (small.medianMade.items != kProposals) {
        return Error(
            ErrorCode::Internal,
            {},
            QStringLiteral("the batch holds %1 items, not %2").arg(small.medianMade.items).arg(kProposals));
    }
    report.add(
        {QStringLiteral("build, sign and seal a batch of %1 proposals").arg(kProposals),
         small.full,
         QStringLiteral("ms"),
         small.baseline,
         {kBatchTargetMs, std::nullopt},
         QStringLiteral("median of %1; as Outbox makes and sends it: BatchBuilder::build from the sealed "
                        "meeting (each proposal with its changes, bases and BNBA line), Batch::encode "
                        "(%2 KB), batch id, Envelope::sign with the vault's device key, Envelope::seal to "
                        "a hub key (%3 KB); %4; baseline: build and encode alone")
             .arg(repeats)
             .arg(small.medianMade.bodyBytes / 1024)
             .arg(small.medianMade.sealedBytes / 1024)
             .arg(splitText(small.medianMade))});

    // 2. The same with 100 KB of evidence on each proposal.
    progress(QStringLiteral("preparing a sealed meeting of %1 proposals with 100 KB of evidence each...")
                 .arg(evidenceProposals));
    VERDES_TRY_ASSIGN(
        evidenceMeeting,
        prepareMeeting(
            vault, evidenceProposals, MeetingBench::kItems + kProposals, kEvidenceBytes, options.seed + 13));
    progress(QStringLiteral("making its batch..."));
    VERDES_TRY_ASSIGN(large, measureBatch(vault, evidenceMeeting, hubKey, evidenceRepeats, nullptr));
    report.add({QStringLiteral("build, sign and seal a batch of %1 proposals with 100 KB evidence each")
                    .arg(evidenceProposals),
                large.full,
                QStringLiteral("ms"),
                large.baseline,
                {},
                QStringLiteral("median of %1; the same path, each proposal with a 100 KB death certificate "
                               "(random bytes: a photo does not compress); %2; baseline: build and encode "
                               "alone")
                    .arg(evidenceRepeats)
                    .arg(splitText(large.medianMade))});
    report.add({QStringLiteral("sealed size of that batch"),
                static_cast<double>(large.medianMade.sealedBytes) / (1024.0 * 1024.0),
                QStringLiteral("MB"),
                static_cast<double>(qint64{evidenceProposals} * kEvidenceBytes) / (1024.0 * 1024.0),
                {},
                QStringLiteral("baseline: the evidence's own bytes")});

    // 3. The hub's ingest over HTTPS on loopback.
    const int devices = options.quick ? kQuickDevices : kFullDevices;
    const QString sqliteLabel = QStringLiteral("SQLite storage");
    const QString postgresLabel = QStringLiteral("PostgreSQL storage");
    const QString twoLabel = QStringLiteral("PostgreSQL storage, 2 hub processes");
    VERDES_TRY_ASSIGN(syncMs, diskSyncMs(options.workFolder));
    report.add({QStringLiteral("disk sync where the hubs write (4 KB append + fsync)"),
                syncMs,
                QStringLiteral("ms"),
                std::nullopt,
                {},
                QStringLiteral("median of %1; a hub process stores one batch after another, each with one "
                               "durable commit (SQLite's WAL synced, or PostgreSQL's): at most %2 batches a "
                               "second on this disk, whatever the CPU")
                    .arg(kSyncProbes)
                    .arg(syncMs > 0 ? 1000.0 / syncMs : 0.0, 0, 'f', 0)});
    if (kHubProgram.isEmpty() || !QFileInfo(kHubProgram).isExecutable()
        || !QFileInfo(kEmptyHubProgram).isExecutable()) {
        const QString missing =
            QStringLiteral("not measured: verdes-hub or verdes-bench-empty-hub is not built");
        const Ingest none;
        addIngestFigures(report, sqliteLabel, std::nullopt, none, devices, true, missing);
        addIngestFigures(report, postgresLabel, std::nullopt, none, devices, true, missing);
        addIngestFigures(report, twoLabel, std::nullopt, none, devices, false, missing);
        return {};
    }
    progress(QStringLiteral("making %1 devices with %2 batches each...").arg(devices).arg(kBatchesPerDevice));
    VERDES_TRY_ASSIGN(deviceList, makeDevices(source, devices));
    IngestSetup setup;
    setup.devices = &deviceList;
    setup.districtCode = source.villageCode.left(4);
    setup.workFolder = options.workFolder;
    setup.progress = progress;
    VERDES_TRY_ASSIGN(tls, writeTls(QDir(options.workFolder).filePath(QStringLiteral("tls"))));
    setup.tls = tls;

    VERDES_TRY_ASSIGN(empty, ingestAtEmptyServer(setup));
    VERDES_TRY_ASSIGN(sqlite, ingestAt(setup, QStringLiteral("sqlite"), {}));
    addIngestFigures(report, sqliteLabel, sqlite, empty, devices, true, {});

    if (!test::PostgresServer::isInstalled()) {
        const QString missing =
            QStringLiteral("not measured: PostgreSQL 15 is not installed (Debian: postgresql-15) in %1")
                .arg(test::PostgresServer::programFolder());
        addIngestFigures(report, postgresLabel, std::nullopt, empty, devices, true, missing);
        addIngestFigures(report, twoLabel, std::nullopt, empty, devices, false, missing);
        return {};
    }
    progress(QStringLiteral("starting PostgreSQL 15 with durable commits..."));
    VERDES_TRY_ASSIGN(postgres, test::PostgresServer::start(test::PostgresServer::Durability::On));
    VERDES_TRY_ASSIGN(database, postgres->createDatabase());
    VERDES_TRY_ASSIGN(onPostgres, ingestAt(setup, QStringLiteral("postgresql"), postgres->uri(database)));
    addIngestFigures(report, postgresLabel, onPostgres, empty, devices, true, {});
    // How a hub grows past one process (issue 13 §4, docs/hub.md): stateless hub processes on one
    // PostgreSQL database, here two on this machine's two cores, each device sent to one of them.
    VERDES_TRY_ASSIGN(secondDatabase, postgres->createDatabase());
    VERDES_TRY_ASSIGN(onTwo,
                      ingestAt(setup, QStringLiteral("postgresql-2"), postgres->uri(secondDatabase), 2));
    addIngestFigures(report, twoLabel, onTwo, empty, devices, false, {});
    return {};
}

} // namespace verdes
