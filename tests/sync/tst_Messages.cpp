// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The signed files besides the batch (docs/batch-format.md §7–§11): receipts, enrolment requests and
// answers, revocation lists, the hub's key list, reviewers' enrolment requests and answers. Expected bytes
// and key ids are written from the document, not taken from the code; each consistency rule is broken once
// and must be refused with its field named.

#include "models/core/Error.h"
#include "models/core/PublicKey.h"
#include "sync/batch/DecisionList.h"
#include "sync/batch/EnrolmentAnswer.h"
#include "sync/batch/EnrolmentRequest.h"
#include "sync/batch/Envelope.h"
#include "sync/batch/HubKeyChain.h"
#include "sync/batch/Receipt.h"
#include "sync/batch/ReviewClaim.h"
#include "sync/batch/ReviewFeed.h"
#include "sync/batch/ReviewerEnrolment.h"
#include "sync/batch/RevocationList.h"
#include "sync/batch/Snapshot.h"
#include "sync/batch/Verdict.h"
#include "sync/batch/Wire.h"
#include "sync/crypto/Sealer.h"
#include "sync/crypto/Signer.h"
#include "tests/support/ScratchVault.h"

#include <QCryptographicHash>
#include <QFile>
#include <QStandardPaths>
#include <QTest>

#include <functional>

using namespace verdes;
using namespace verdes::sync;

namespace {

QByteArray sha(QByteArrayView data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
}

QByteArray hex(const char *text)
{
    return QByteArray::fromHex(text);
}

SecureBytes fixed(char fill, std::size_t size)
{
    SecureBytes bytes(size);
    for (std::size_t i = 0; i < size; ++i) {
        bytes.data()[i] = static_cast<unsigned char>(fill + static_cast<char>(i)); // NOLINT
    }
    return bytes;
}

// The device key of tests/data/batch/vector-1.keys; its id was computed apart from this code
// (docs/batch-format.md §3, Python's hashlib.blake2b(public_key, digest_size=8)).
const QByteArray kDeviceKeyId = hex("3bb315866bd1d77d");

// The public keys of the fixed seeds below, derived apart from this code (OpenSSL's Ed25519 from the
// raw seed; the sealing key from tests/data/batch/vector-1.keys), and the hub signing key's id.
const QByteArray kDevicePublicKey = hex("7776e870b93354f2a0b24c23f2a36cc4e80e223218c1b97926fdd018396a2b9b");
const QByteArray kHubSigningPublicKey =
    hex("174553b456dddfc6908ecab1c101fe6ab21e2baa0617795b7d43a63482993fd5");
const QByteArray kHubSealingPublicKey =
    hex("79a631eede1bf9c98f12032cdeadd0e7a079398fc786b88cc846ec89af85a51a");
const QByteArray kHubSigningKeyId = hex("8b889fefd6e19335");

Signer deviceKey()
{
    return std::move(Signer::fromSeed(fixed('\x10', 32))).value();
}

Signer hubSigningKey()
{
    return std::move(Signer::fromSeed(fixed('\x60', 32))).value();
}

Envelope::SignFunction signWith(const Signer &signer)
{
    return [&signer](const QByteArray &bytes) -> Result<QByteArray> {
        return signer.sign(bytes);
    };
}

QByteArray signedFile(FileKind kind, const Signer &signer, const QByteArray &body)
{
    return std::move(Envelope::sign(kind, signer.publicKey(), body, signWith(signer))).value();
}

// The `text` primitive, written out: u32 length, then the UTF-8 bytes.
QByteArray text(const char *utf8)
{
    const QByteArray bytes(utf8);
    return QByteArray::fromHex(QByteArray::number(bytes.size(), 16).rightJustified(8, '0')) + bytes;
}

// With VERDES_WRITE_VECTORS=DIR, writes `bytes` as DIR/<name>: the bodies of the kinds that have no
// fixed test vector (sealed files) become seeds of tests/fuzz/corpus/messages this way.
void writeSeed(const QString &name, const QByteArray &bytes)
{
    const QString out = qEnvironmentVariable("VERDES_WRITE_VECTORS");
    if (out.isEmpty()) {
        return;
    }
    QFile file(out + u'/' + name);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size());
}

// Replaces the one occurrence of `from` in `body` with `to` of the same length, so that the length
// prefixes stay right: a body the writer cannot produce.
QByteArray patched(QByteArray body, QByteArrayView from, QByteArrayView to)
{
    Q_ASSERT(from.size() == to.size());
    const qsizetype at = body.indexOf(from);
    Q_ASSERT(at >= 0 && body.indexOf(from, at + 1) < 0);
    body.replace(at, from.size(), to.toByteArray());
    return body;
}

Receipt sampleReceipt()
{
    Receipt receipt;
    receipt.hubId = QStringLiteral("hub-3310");
    receipt.fileSha256 = sha("the sealed file");
    receipt.batchId = sha("the batch body");
    receipt.deviceKeyId = kDeviceKeyId;
    receipt.vaultId = QStringLiteral("vault-7f3a");
    receipt.villageCode = QStringLiteral("3310042001");
    receipt.sequence = 2;
    receipt.expectedSequence = 2;
    receipt.receivedAt = QStringLiteral("2026-12-10T10:02:33.004Z");
    receipt.outcome = ReceiptOutcome::PartlyAccepted;
    receipt.reason = ReceiptReason::DuplicateItem;
    receipt.detail = QStringLiteral("1 of 2 proposals came in batch 1");
    receipt.items = {{17, ReceiptOutcome::Accepted, std::nullopt},
                     {18, ReceiptOutcome::Refused, ReceiptReason::DuplicateItem}};
    return receipt;
}

// What the hub answers a file it could not open: no batch id, no items, nothing known of the village.
Receipt unreadableReceipt()
{
    Receipt receipt;
    receipt.hubId = QStringLiteral("hub-3310");
    receipt.fileSha256 = sha("a damaged file");
    receipt.deviceKeyId = kDeviceKeyId;
    receipt.receivedAt = QStringLiteral("2026-12-10T10:02:33.004Z");
    receipt.outcome = ReceiptOutcome::Refused;
    receipt.reason = ReceiptReason::UnknownDevice;
    return receipt;
}

EnrolmentRequest sampleRequest()
{
    EnrolmentRequest request;
    request.vaultId = QStringLiteral("vault-7f3a");
    request.villageCode = QStringLiteral("3310042001");
    request.villageName = QStringLiteral("Sukamaju");
    request.devicePublicKey = kDevicePublicKey;
    request.officer = QStringLiteral("Sri Lestari");
    request.createdAt = QStringLiteral("2026-11-02T08:15:00.000Z");
    request.appVersion = QStringLiteral("0.1.0");
    return request;
}

EnrolmentAnswer sampleAnswer()
{
    EnrolmentAnswer answer;
    answer.hubId = QStringLiteral("hub-3310");
    answer.hubName = QStringLiteral("Dinsos Klaten");
    answer.districtCode = QStringLiteral("3310");
    answer.deviceKeyId = kDeviceKeyId;
    answer.vaultId = QStringLiteral("vault-7f3a");
    answer.villageCode = QStringLiteral("3310042001");
    answer.hubSigningKey = kHubSigningPublicKey;
    answer.hubSealingKey = kHubSealingPublicKey;
    answer.tlsCertificateSha256 = QByteArray(32, '\x33');
    answer.hubUrl = QStringLiteral("https://verdes.dinsos.klatenkab.go.id:8443/");
    answer.maxOfflineDays = 30;
    answer.enrolledAt = QStringLiteral("2026-11-03T02:00:00.000Z");
    answer.answersRequest = QByteArray(32, '\x44');
    return answer;
}

// A reviewer of the district office asks with the device key of vector-1 (any Ed25519 key would do;
// this one's id is known apart from the code).
ReviewerRequest sampleReviewerRequest()
{
    ReviewerRequest request;
    request.vaultId = QStringLiteral("district-3310-9c1e");
    request.districtCode = QStringLiteral("3310");
    request.officeName = QStringLiteral("Dinas Sosial Kabupaten Klaten");
    request.reviewerName = QStringLiteral("Bambang Wijaya");
    request.role = ReviewerRole::OfficeHead;
    request.reviewerPublicKey = kDevicePublicKey;
    request.createdAt = QStringLiteral("2026-12-10T09:41:07.123Z");
    request.appVersion = QStringLiteral("0.1.0");
    return request;
}

ReviewerAnswer sampleReviewerAnswer()
{
    ReviewerAnswer answer;
    answer.hubId = QStringLiteral("hub-3310");
    answer.hubName = QStringLiteral("Dinsos Klaten");
    answer.districtCode = QStringLiteral("3310");
    answer.reviewerKeyId = kDeviceKeyId;
    answer.vaultId = QStringLiteral("district-3310-9c1e");
    answer.reviewerName = QStringLiteral("Bambang Wijaya");
    answer.role = ReviewerRole::OfficeHead;
    answer.hubSigningKey = kHubSigningPublicKey;
    answer.hubSealingKey = kHubSealingPublicKey;
    answer.tlsCertificateSha256 = QByteArray(32, '\x33');
    answer.hubUrl = QStringLiteral("https://verdes.dinsos.klatenkab.go.id:8443/");
    answer.enrolledAt = QStringLiteral("2026-12-10T10:00:00.000Z");
    answer.answersRequest = QByteArray(32, '\x44');
    return answer;
}

RevocationList sampleRevocations()
{
    RevocationList list;
    list.hubId = QStringLiteral("hub-3310");
    list.serial = 7;
    list.issuedAt = QStringLiteral("2026-12-01T00:00:00.000Z");
    // Bytewise order: 0x80 sorts after 0x7f (the bytes are unsigned).
    list.entries = {{hex("3bb315866bd1d77d"),
                     QStringLiteral("vault-7f3a"),
                     QStringLiteral("2026-11-20T03:04:05.006Z"),
                     QStringLiteral("laptop stolen")},
                    {hex("7fffffffffffffff"),
                     QStringLiteral("vault-0001"),
                     QStringLiteral("2026-11-21T00:00:00.000Z"),
                     {}},
                    {hex("8000000000000000"),
                     QStringLiteral("vault-0002"),
                     QStringLiteral("2026-11-22T00:00:00.000Z"),
                     QStringLiteral("replaced")}};
    return list;
}

// The hub's keys after two rotations: generation 1 is the hub key of the other samples, 2 and 3 have
// fixed seeds of their own; each is endorsed by the one before.
Signer generationKey(int generation)
{
    if (generation == 1) {
        return hubSigningKey();
    }
    return std::move(Signer::fromSeed(fixed(static_cast<char>(0x60 + 0x10 * (generation - 1)), 32))).value();
}

HubKeyGeneration endorsed(HubKeyGeneration next, const QString &hubId, const Signer &previous)
{
    next.endorsement = previous.sign(next.endorsedBytes(hubId));
    return next;
}

HubKeyChain sampleChain()
{
    HubKeyChain chain;
    chain.hubId = QStringLiteral("hub-3310-0a1b2c3d");
    chain.issuedAt = QStringLiteral("2027-06-01T08:00:00.000Z");
    chain.generations.append({1,
                              kHubSigningPublicKey,
                              kHubSealingPublicKey,
                              QStringLiteral("2026-11-01T00:00:00.000Z"),
                              QStringLiteral("2027-11-01T00:00:00.000Z"),
                              {}});
    for (int g = 2; g <= 3; ++g) {
        const HubKeyGeneration next{static_cast<quint32>(g),
                                    generationKey(g).publicKey(),
                                    QByteArray(32, static_cast<char>(0x40 + g)),
                                    QStringLiteral("2027-0%1-01T00:00:00.000Z").arg(g + 1),
                                    g == 3 ? QString() : QStringLiteral("2028-01-01T00:00:00.000Z"),
                                    {}};
        chain.generations.append(endorsed(next, chain.hubId, generationKey(g - 1)));
    }
    return chain;
}

template <typename T>
void checkEveryCutIsRefused(const QByteArray &body)
{
    for (qsizetype size = 0; size < body.size(); ++size) {
        auto read = T::decode(QByteArrayView(body).first(size));
        QVERIFY2(!read, qPrintable(QString::number(size)));
        QCOMPARE(read.error().code, ErrorCode::SyncFileMalformed);
    }
    auto longer = T::decode(QByteArray(body + '\0'));
    QVERIFY(!longer);
    QVERIFY2(longer.error().detail.startsWith(QStringLiteral("end: 1 bytes left over")),
             qPrintable(longer.error().detail));
}

// One changed bit anywhere in a signed file, and `open` refuses it.
void checkEveryFlippedByteIsRefused(const QByteArray &file,
                                    const std::function<bool(const QByteArray &)> &opens)
{
    QVERIFY(opens(file));
    for (qsizetype i = 0; i < file.size(); ++i) {
        QByteArray changed = file;
        changed[i] = static_cast<char>(changed.at(i) ^ 0x01);
        QVERIFY2(!opens(changed), qPrintable(QString::number(i)));
    }
}

} // namespace

class TestMessages : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // --- Receipt (§7) ---

    // A small receipt written out by hand from the table of §7.
    void aReceiptIsWrittenAsTheDocumentSays()
    {
        Receipt receipt;
        receipt.hubId = QStringLiteral("hub-3310");
        receipt.fileSha256 = QByteArray(32, '\x11');
        receipt.batchId = QByteArray(32, '\x22');
        receipt.deviceKeyId = kDeviceKeyId;
        receipt.vaultId = QStringLiteral("v1");
        receipt.villageCode = QStringLiteral("3310042001");
        receipt.sequence = 2;
        receipt.expectedSequence = 3;
        receipt.receivedAt = QStringLiteral("2026-12-10T09:41:07.123Z");
        receipt.outcome = ReceiptOutcome::Refused;
        receipt.reason = ReceiptReason::Replay;
        receipt.detail = QStringLiteral("é");
        receipt.items = {{17, ReceiptOutcome::Refused, ReceiptReason::Replay}};
        const QByteArray expected = text("verdes-receipt/1") + text("hub-3310") + QByteArray(32, '\x11')
                                    + hex("01") + QByteArray(32, '\x22') + hex("3bb315866bd1d77d")
                                    + text("v1") + text("3310042001") + hex("0000000000000002")
                                    + hex("0000000000000003") + text("2026-12-10T09:41:07.123Z")
                                    + text("refused") + text("replay") + hex("00000002c3a9") + hex("00000001")
                                    + hex("0000000000000011") + text("refused") + text("replay");
        QCOMPARE(receipt.encode(), expected);
        auto read = Receipt::decode(expected);
        QVERIFY2(read, read ? "" : qPrintable(read.error().detail));
        QVERIFY(*read == receipt);

        const QByteArray unreadable = text("verdes-receipt/1") + text("hub-3310") + sha("a damaged file")
                                      + hex("00") + hex("3bb315866bd1d77d") + text("") + text("")
                                      + hex("0000000000000000") + hex("0000000000000000")
                                      + text("2026-12-10T10:02:33.004Z") + text("refused")
                                      + text("unknown_device") + text("") + hex("00000000");
        QCOMPARE(unreadableReceipt().encode(), unreadable);
        auto readUnreadable = Receipt::decode(unreadable);
        QVERIFY2(readUnreadable, readUnreadable ? "" : qPrintable(readUnreadable.error().detail));
        QVERIFY(*readUnreadable == unreadableReceipt());
    }

    void aReceiptTravelsSignedByTheHub()
    {
        const Signer hub = hubSigningKey();
        const Receipt receipt = sampleReceipt();
        QCOMPARE(receipt.encode(), receipt.encode());
        const QByteArray file = signedFile(FileKind::Receipt, hub, receipt.encode());
        QCOMPARE(file.first(4), QByteArray("VRCP"));
        auto body = Envelope::openSigned(file, FileKind::Receipt, hub.publicKey());
        QVERIFY(body);
        auto read = Receipt::decode(*body);
        QVERIFY2(read, read ? "" : qPrintable(read.error().detail));
        QVERIFY(*read == receipt);
        // A receipt signed by anyone but the pinned hub key is refused.
        const QByteArray forged = signedFile(FileKind::Receipt, deviceKey(), receipt.encode());
        QCOMPARE(Envelope::openSigned(forged, FileKind::Receipt, hub.publicKey()).error().code,
                 ErrorCode::SyncKeyUnknown);
        checkEveryFlippedByteIsRefused(file, [&hub](const QByteArray &bytes) {
            auto opened = Envelope::openSigned(bytes, FileKind::Receipt, hub.publicKey());
            return opened && Receipt::decode(*opened);
        });
    }

    void everyCutOfAReceiptIsRefused()
    {
        checkEveryCutIsRefused<Receipt>(sampleReceipt().encode());
        checkEveryCutIsRefused<Receipt>(unreadableReceipt().encode());
    }

    void reasonCodesAreTheDocumentedOnes()
    {
        // docs/batch-format.md §7, in the order of the enum.
        const QStringList codes = {QStringLiteral("sequence_gap"),
                                   QStringLiteral("replay"),
                                   QStringLiteral("unknown_device"),
                                   QStringLiteral("revoked_device"),
                                   QStringLiteral("bad_signature"),
                                   QStringLiteral("wrong_village"),
                                   QStringLiteral("wrong_hub"),
                                   QStringLiteral("malformed"),
                                   QStringLiteral("duplicate_item"),
                                   QStringLiteral("hub_full")};
        const QList<ReceiptReason> reasons = Receipt::allReasons();
        QCOMPARE(reasons.size(), codes.size());
        QStringList labels;
        for (qsizetype i = 0; i < reasons.size(); ++i) {
            QCOMPARE(static_cast<int>(reasons.at(i)), static_cast<int>(i));
            QCOMPARE(Receipt::reasonCode(reasons.at(i)), codes.at(i));
            QCOMPARE(Receipt::reasonFromCode(codes.at(i)), std::optional<ReceiptReason>(reasons.at(i)));
            const QString label = Receipt::reasonLabel(reasons.at(i));
            QVERIFY(!label.isEmpty());
            QVERIFY2(!labels.contains(label), qPrintable(label));
            labels.append(label);
        }
        QCOMPARE(Receipt::reasonLabel(ReceiptReason::SequenceGap),
                 QStringLiteral("a batch is missing before this one"));
        QVERIFY(!Receipt::reasonFromCode(u"Replay"));
        QVERIFY(!Receipt::reasonFromCode(u""));
        QCOMPARE(Receipt::outcomeCode(ReceiptOutcome::PartlyAccepted), QStringLiteral("partly_accepted"));
        QCOMPARE(Receipt::outcomeFromCode(u"refused"), std::optional(ReceiptOutcome::Refused));
        QVERIFY(!Receipt::outcomeFromCode(u"rejected"));
    }

    void inconsistentReceiptsAreRefused_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<QString>("field");
        QTest::newRow("accepted with a reason") << 0 << QStringLiteral("reason: ");
        QTest::newRow("accepted with a refused item") << 1 << QStringLiteral("items[1].outcome: ");
        QTest::newRow("refused without a reason") << 2 << QStringLiteral("reason: ");
        QTest::newRow("refused with an accepted item") << 3 << QStringLiteral("items[0].outcome: ");
        QTest::newRow("partly accepted, all accepted") << 4 << QStringLiteral("outcome: ");
        QTest::newRow("partly accepted, all refused") << 5 << QStringLiteral("outcome: ");
        QTest::newRow("partly accepted, no items") << 6 << QStringLiteral("outcome: ");
        QTest::newRow("items without a batch id") << 7 << QStringLiteral("items: ");
        QTest::newRow("accepted without a batch id") << 8 << QStringLiteral("outcome: ");
        QTest::newRow("refused item without a reason") << 9 << QStringLiteral("items[1].reason: ");
        QTest::newRow("accepted item with a reason") << 10 << QStringLiteral("items[0].reason: ");
        QTest::newRow("partly accepted item") << 11 << QStringLiteral("items[0].outcome: ");
        QTest::newRow("unknown outcome") << 12 << QStringLiteral("outcome: ");
        QTest::newRow("unknown reason") << 13 << QStringLiteral("reason: ");
        QTest::newRow("unknown item reason") << 14 << QStringLiteral("items[1].reason: ");
        QTest::newRow("village code of 9 digits") << 15 << QStringLiteral("village_code: ");
        QTest::newRow("no village code with a batch id") << 16 << QStringLiteral("village_code: ");
        QTest::newRow("sequence 0 with a batch id") << 17 << QStringLiteral("sequence: ");
        QTest::newRow("received_at without ms") << 18 << QStringLiteral("received_at: ");
        QTest::newRow("other format") << 19 << QStringLiteral("format: ");
        QTest::newRow("20001 items") << 20 << QStringLiteral("items: 20001 elements, over 20000");
        QTest::newRow("option byte 2") << 21 << QStringLiteral("batch_id: option byte 2");
        QTest::newRow("upper-case outcome") << 22 << QStringLiteral("outcome: ");
    }

    void inconsistentReceiptsAreRefused()
    {
        QFETCH(int, fault);
        QFETCH(QString, field);
        Receipt receipt = sampleReceipt();
        QByteArray body;
        switch (fault) {
        case 0:
            receipt.outcome = ReceiptOutcome::Accepted;
            receipt.items[1] = {18, ReceiptOutcome::Accepted, std::nullopt};
            break;
        case 1:
            receipt.outcome = ReceiptOutcome::Accepted;
            receipt.reason.reset();
            break;
        case 2:
            receipt.outcome = ReceiptOutcome::Refused;
            receipt.reason.reset();
            receipt.items[0] = {17, ReceiptOutcome::Refused, ReceiptReason::HubFull};
            break;
        case 3:
            receipt.outcome = ReceiptOutcome::Refused;
            break;
        case 4:
            receipt.items[1] = {18, ReceiptOutcome::Accepted, std::nullopt};
            break;
        case 5:
            receipt.items[0] = {17, ReceiptOutcome::Refused, ReceiptReason::DuplicateItem};
            break;
        case 6:
            receipt.items.clear();
            break;
        case 7:
            receipt = unreadableReceipt();
            receipt.items = {{17, ReceiptOutcome::Refused, ReceiptReason::UnknownDevice}};
            break;
        case 8:
            receipt = unreadableReceipt();
            receipt.outcome = ReceiptOutcome::Accepted;
            receipt.reason.reset();
            break;
        case 9:
            receipt.items[1].reason.reset();
            break;
        case 10:
            receipt.items[0].reason = ReceiptReason::Malformed;
            break;
        case 11:
            receipt.items[0].outcome = ReceiptOutcome::PartlyAccepted;
            break;
        case 12:
            body = patched(receipt.encode(), "partly_accepted", "partly_acceptex");
            break;
        case 13:
            receipt.items.clear();
            receipt.outcome = ReceiptOutcome::Refused;
            receipt.reason = ReceiptReason::HubFull;
            body = patched(receipt.encode(), "hub_full", "hub_fu11");
            break;
        case 14:
            receipt.reason = ReceiptReason::Malformed;
            body = patched(receipt.encode(), "duplicate_item", "duplicate_iten");
            break;
        case 15:
            receipt.villageCode.chop(1);
            break;
        case 16:
            receipt.villageCode.clear();
            break;
        case 17:
            receipt.sequence = 0;
            break;
        case 18:
            receipt.receivedAt = QStringLiteral("2026-12-10T10:02:33Z");
            break;
        case 19:
            body = patched(receipt.encode(), "verdes-receipt/1", "verdes-receipt/2");
            break;
        case 20:
            receipt.items.clear();
            receipt.outcome = ReceiptOutcome::Refused;
            body = receipt.encode();
            body.chop(4);
            body += hex("00004e21");
            break;
        case 21:
            body = receipt.encode();
            body[4 + 16 + 4 + 8 + 32] = '\x02';
            break;
        default:
            body = patched(receipt.encode(), "partly_accepted", "PARTLY_ACCEPTED");
            break;
        }
        if (body.isEmpty()) {
            body = receipt.encode();
        }
        auto read = Receipt::decode(body);
        QVERIFY(!read);
        QCOMPARE(read.error().code, ErrorCode::SyncFileMalformed);
        QVERIFY2(read.error().detail.startsWith(field), qPrintable(read.error().detail));
    }

    // --- Enrolment request and answer (§8) ---

    void aRequestIsWrittenAsTheDocumentSays()
    {
        const QByteArray expected = text("verdes-enrolment-request/1") + text("vault-7f3a")
                                    + text("3310042001") + text("Sukamaju") + hex("00000020")
                                    + kDevicePublicKey + text("Sri Lestari")
                                    + text("2026-11-02T08:15:00.000Z") + text("0.1.0");
        QCOMPARE(sampleRequest().encode(), expected);
        auto read = EnrolmentRequest::decode(expected);
        QVERIFY2(read, read ? "" : qPrintable(read.error().detail));
        QVERIFY(*read == sampleRequest());
        QCOMPARE(read->fingerprint(), QStringLiteral("3BB3-1586-6BD1-D77D"));
    }

    void aRequestOpensWithTheKeyItEnrols()
    {
        const Signer device = deviceKey();
        QCOMPARE(device.publicKey(), kDevicePublicKey);
        const QByteArray file = signedFile(FileKind::EnrolmentRequest, device, sampleRequest().encode());
        QCOMPARE(file.first(4), QByteArray("VENQ"));
        QCOMPARE(file.sliced(5, 8), kDeviceKeyId);
        auto opened = EnrolmentRequest::open(file);
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().detail));
        QVERIFY(*opened == sampleRequest());
        QCOMPARE(EnrolmentRequest::idOf(file), sha(file));
        checkEveryFlippedByteIsRefused(file, [](const QByteArray &bytes) {
            return EnrolmentRequest::open(bytes).has_value();
        });
    }

    // The request carries the key that verifies it: one signed by anyone else, or whose header names
    // another key, proves nothing and is refused.
    void aRequestNotSignedByItsOwnKeyIsRefused()
    {
        const QByteArray body = sampleRequest().encode();
        const Signer stranger = Signer::generate();
        // Signed by another key, which the header names.
        auto byStranger = EnrolmentRequest::open(signedFile(FileKind::EnrolmentRequest, stranger, body));
        QVERIFY(!byStranger);
        QCOMPARE(byStranger.error().code, ErrorCode::SyncSignatureInvalid);
        QVERIFY2(byStranger.error().detail.contains(QStringLiteral("3BB3-1586-6BD1-D77D")),
                 qPrintable(byStranger.error().detail));
        // Signed by another key, the header changed to name the key in the body.
        QByteArray relabelled = signedFile(FileKind::EnrolmentRequest, stranger, body);
        relabelled.replace(5, 8, kDeviceKeyId);
        auto forged = EnrolmentRequest::open(relabelled);
        QVERIFY(!forged);
        QCOMPARE(forged.error().code, ErrorCode::SyncSignatureInvalid);
        // Signed by the right key, the header naming another.
        QByteArray misnamed = signedFile(FileKind::EnrolmentRequest, deviceKey(), body);
        misnamed.replace(5, 8, kHubSigningKeyId);
        auto wrongHeader = EnrolmentRequest::open(misnamed);
        QVERIFY(!wrongHeader);
        QCOMPARE(wrongHeader.error().code, ErrorCode::SyncSignatureInvalid);
        QVERIFY2(
            wrongHeader.error().detail.startsWith(QStringLiteral("the header names key 8B88-9FEF-D6E1-9335")),
            qPrintable(wrongHeader.error().detail));
        // A request is not an answer, even when well signed.
        auto asAnswer = EnrolmentAnswer::open(signedFile(FileKind::EnrolmentRequest, deviceKey(), body));
        QVERIFY(!asAnswer);
        QCOMPARE(asAnswer.error().code, ErrorCode::SyncFileMalformed);
        auto otherKind = EnrolmentRequest::open(signedFile(FileKind::Receipt, deviceKey(), body));
        QVERIFY(!otherKind);
        QCOMPARE(otherKind.error().code, ErrorCode::SyncFileMalformed);
    }

    void everyCutOfARequestIsRefused() { checkEveryCutIsRefused<EnrolmentRequest>(sampleRequest().encode()); }

    void inconsistentRequestsAreRefused_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<QString>("field");
        QTest::newRow("empty vault id") << 0 << QStringLiteral("vault_id: empty");
        QTest::newRow("dotted village code") << 1 << QStringLiteral("village_code: ");
        QTest::newRow("empty village name") << 2 << QStringLiteral("village_name: empty");
        QTest::newRow("key of 31 bytes") << 3 << QStringLiteral("device_public_key: ");
        QTest::newRow("key of 33 bytes") << 4 << QStringLiteral("device_public_key: ");
        QTest::newRow("empty officer") << 5 << QStringLiteral("officer: empty");
        QTest::newRow("local time") << 6 << QStringLiteral("created_at: ");
        QTest::newRow("empty app version") << 7 << QStringLiteral("app_version: empty");
        QTest::newRow("answer format") << 8 << QStringLiteral("format: ");
    }

    void inconsistentRequestsAreRefused()
    {
        QFETCH(int, fault);
        QFETCH(QString, field);
        EnrolmentRequest request = sampleRequest();
        QByteArray body;
        switch (fault) {
        case 0:
            request.vaultId.clear();
            break;
        case 1:
            request.villageCode = QStringLiteral("33.10.04.2001");
            break;
        case 2:
            request.villageName.clear();
            break;
        case 3:
            request.devicePublicKey.chop(1);
            break;
        case 4:
            request.devicePublicKey.append('\0');
            break;
        case 5:
            request.officer.clear();
            break;
        case 6:
            request.createdAt = QStringLiteral("2026-11-02T15:15:00.000+07:00");
            break;
        case 7:
            request.appVersion.clear();
            break;
        default:
            body = text("verdes-enrolment-answer/1") + request.encode().sliced(4 + 26);
            break;
        }
        if (body.isEmpty()) {
            body = request.encode();
        }
        auto read = EnrolmentRequest::decode(body);
        QVERIFY(!read);
        QCOMPARE(read.error().code, ErrorCode::SyncFileMalformed);
        QVERIFY2(read.error().detail.startsWith(field), qPrintable(read.error().detail));
    }

    void anAnswerIsWrittenAsTheDocumentSays()
    {
        const QByteArray expected =
            text("verdes-enrolment-answer/1") + text("hub-3310") + text("Dinsos Klaten") + text("3310")
            + kDeviceKeyId + text("vault-7f3a") + text("3310042001") + hex("00000020") + kHubSigningPublicKey
            + hex("00000020") + kHubSealingPublicKey + hex("01") + QByteArray(32, '\x33')
            + text("https://verdes.dinsos.klatenkab.go.id:8443/") + hex("0000001e")
            + text("2026-11-03T02:00:00.000Z") + QByteArray(32, '\x44');
        QCOMPARE(sampleAnswer().encode(), expected);
        auto read = EnrolmentAnswer::decode(expected);
        QVERIFY2(read, read ? "" : qPrintable(read.error().detail));
        QVERIFY(*read == sampleAnswer());
        QCOMPARE(read->hubFingerprint(), QStringLiteral("8B88-9FEF-D6E1-9335"));
    }

    void anAnswerOpensWithTheHubKeyItCarries()
    {
        const Signer hub = hubSigningKey();
        QCOMPARE(hub.publicKey(), kHubSigningPublicKey);
        QCOMPARE(std::move(SealingKey::fromSecret(fixed('\x40', 32))).value().publicKey(),
                 kHubSealingPublicKey);
        EnrolmentAnswer answer = sampleAnswer();
        const QByteArray requestFile =
            signedFile(FileKind::EnrolmentRequest, deviceKey(), sampleRequest().encode());
        answer.answersRequest = EnrolmentRequest::idOf(requestFile);
        const QByteArray file = signedFile(FileKind::EnrolmentAnswer, hub, answer.encode());
        QCOMPARE(file.first(4), QByteArray("VENA"));
        QCOMPARE(file.sliced(5, 8), kHubSigningKeyId);
        auto opened = EnrolmentAnswer::open(file);
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().detail));
        QVERIFY(*opened == answer);
        // Once pinned, the same answer opens with the pinned key like any hub file.
        auto pinned = Envelope::openSigned(file, FileKind::EnrolmentAnswer, kHubSigningPublicKey);
        QVERIFY(pinned);
        QVERIFY(*EnrolmentAnswer::decode(*pinned) == answer);
        checkEveryFlippedByteIsRefused(file, [](const QByteArray &bytes) {
            return EnrolmentAnswer::open(bytes).has_value();
        });
        // Signed by the device, or by a stranger, with the hub's key inside: refused.
        const Signer device = deviceKey();
        const Signer stranger = Signer::generate();
        for (const Signer *other : {&device, &stranger}) {
            auto forged =
                EnrolmentAnswer::open(signedFile(FileKind::EnrolmentAnswer, *other, answer.encode()));
            QVERIFY(!forged);
            QCOMPARE(forged.error().code, ErrorCode::SyncSignatureInvalid);
        }
        // A USB-only hub: no URL, no pinned certificate, no offline limit.
        answer.hubUrl.clear();
        answer.tlsCertificateSha256.reset();
        answer.maxOfflineDays = 0;
        auto usbOnly = EnrolmentAnswer::open(signedFile(FileKind::EnrolmentAnswer, hub, answer.encode()));
        QVERIFY2(usbOnly, usbOnly ? "" : qPrintable(usbOnly.error().detail));
        QVERIFY(*usbOnly == answer);
    }

    void everyCutOfAnAnswerIsRefused() { checkEveryCutIsRefused<EnrolmentAnswer>(sampleAnswer().encode()); }

    void inconsistentAnswersAreRefused_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<QString>("field");
        QTest::newRow("empty hub id") << 0 << QStringLiteral("hub_id: empty");
        QTest::newRow("empty hub name") << 1 << QStringLiteral("hub_name: empty");
        QTest::newRow("district of 3 digits") << 2 << QStringLiteral("district_code: ");
        QTest::newRow("village in another district")
            << 3 << QStringLiteral("village_code: not in district 3310");
        QTest::newRow("village of 9 digits") << 4 << QStringLiteral("village_code: ");
        QTest::newRow("empty vault id") << 5 << QStringLiteral("vault_id: empty");
        QTest::newRow("signing key of 31 bytes") << 6 << QStringLiteral("hub_signing_key: ");
        QTest::newRow("sealing key of 33 bytes") << 7 << QStringLiteral("hub_sealing_key: ");
        QTest::newRow("URL without a pin") << 8 << QStringLiteral("hub_url: ");
        QTest::newRow("pin without a URL") << 9 << QStringLiteral("hub_url: ");
        QTest::newRow("plain http") << 10 << QStringLiteral("hub_url: not an https URL");
        QTest::newRow("no host") << 11 << QStringLiteral("hub_url: not an https URL");
        QTest::newRow("upper-case scheme") << 12 << QStringLiteral("hub_url: not an https URL");
        QTest::newRow("enrolled_at without Z") << 13 << QStringLiteral("enrolled_at: ");
        QTest::newRow("request format") << 14 << QStringLiteral("format: ");
    }

    void inconsistentAnswersAreRefused()
    {
        QFETCH(int, fault);
        QFETCH(QString, field);
        EnrolmentAnswer answer = sampleAnswer();
        QByteArray body;
        switch (fault) {
        case 0:
            answer.hubId.clear();
            break;
        case 1:
            answer.hubName.clear();
            break;
        case 2:
            answer.districtCode = QStringLiteral("331");
            break;
        case 3:
            answer.villageCode = QStringLiteral("3311042001");
            break;
        case 4:
            answer.villageCode = QStringLiteral("331004200");
            break;
        case 5:
            answer.vaultId.clear();
            break;
        case 6:
            answer.hubSigningKey.chop(1);
            break;
        case 7:
            answer.hubSealingKey.append('\x01');
            break;
        case 8:
            answer.tlsCertificateSha256.reset();
            break;
        case 9:
            answer.hubUrl.clear();
            break;
        case 10:
            answer.hubUrl = QStringLiteral("http://verdes.dinsos.klatenkab.go.id/");
            break;
        case 11:
            answer.hubUrl = QStringLiteral("https:///verdes");
            break;
        case 12:
            answer.hubUrl = QStringLiteral("HTTPS://verdes.dinsos.klatenkab.go.id/");
            break;
        case 13:
            answer.enrolledAt = QStringLiteral("2026-11-03T02:00:00.000");
            break;
        default:
            body = patched(answer.encode(), "verdes-enrolment-answer/1", "verdes-enrolment-reques/1");
            break;
        }
        if (body.isEmpty()) {
            body = answer.encode();
        }
        auto read = EnrolmentAnswer::decode(body);
        QVERIFY(!read);
        QCOMPARE(read.error().code, ErrorCode::SyncFileMalformed);
        QVERIFY2(read.error().detail.startsWith(field), qPrintable(read.error().detail));
    }

    // --- Reviewer enrolment request and answer (§11) ---

    void reviewerRolesHaveStableCodes()
    {
        QCOMPARE(reviewerRoleCode(ReviewerRole::Verifier), QStringLiteral("verifier"));
        QCOMPARE(reviewerRoleCode(ReviewerRole::OfficeHead), QStringLiteral("office_head"));
        QCOMPARE(reviewerRoleFromCode(u"verifier"), std::optional(ReviewerRole::Verifier));
        QCOMPARE(reviewerRoleFromCode(u"office_head"), std::optional(ReviewerRole::OfficeHead));
        for (const QStringView code : {u"", u"Verifier", u"office-head", u"verifier ", u"admin"}) {
            QVERIFY2(!reviewerRoleFromCode(code), qPrintable(code.toString()));
        }
        QVERIFY(!reviewerRoleLabel(ReviewerRole::Verifier).isEmpty());
        QVERIFY(reviewerRoleLabel(ReviewerRole::Verifier) != reviewerRoleLabel(ReviewerRole::OfficeHead));
    }

    void aReviewerRequestIsWrittenAsTheDocumentSays()
    {
        const QByteArray expected = text("verdes-reviewer-request/1") + text("district-3310-9c1e")
                                    + text("3310") + text("Dinas Sosial Kabupaten Klaten")
                                    + text("Bambang Wijaya") + text("office_head") + hex("00000020")
                                    + kDevicePublicKey + text("2026-12-10T09:41:07.123Z") + text("0.1.0");
        QCOMPARE(sampleReviewerRequest().encode(), expected);
        auto read = ReviewerRequest::decode(expected);
        QVERIFY2(read, read ? "" : qPrintable(read.error().detail));
        QVERIFY(*read == sampleReviewerRequest());
        QCOMPARE(read->fingerprint(), QStringLiteral("3BB3-1586-6BD1-D77D"));
        ReviewerRequest verifier = sampleReviewerRequest();
        verifier.role = ReviewerRole::Verifier;
        auto readVerifier = ReviewerRequest::decode(verifier.encode());
        QVERIFY(readVerifier);
        QCOMPARE(readVerifier->role, ReviewerRole::Verifier);
    }

    void aReviewerRequestOpensWithTheKeyItEnrols()
    {
        const QByteArray body = sampleReviewerRequest().encode();
        const QByteArray file = signedFile(FileKind::ReviewerRequest, deviceKey(), body);
        QCOMPARE(file.first(4), QByteArray("VRVQ"));
        QCOMPARE(file.sliced(5, 8), kDeviceKeyId);
        auto opened = ReviewerRequest::open(file);
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().detail));
        QVERIFY(*opened == sampleReviewerRequest());
        QCOMPARE(ReviewerRequest::idOf(file), sha(file));
        checkEveryFlippedByteIsRefused(file, [](const QByteArray &bytes) {
            return ReviewerRequest::open(bytes).has_value();
        });
        // Signed by another key, which the header names; or relabelled to name the key in the body.
        const Signer stranger = Signer::generate();
        auto byStranger = ReviewerRequest::open(signedFile(FileKind::ReviewerRequest, stranger, body));
        QVERIFY(!byStranger);
        QCOMPARE(byStranger.error().code, ErrorCode::SyncSignatureInvalid);
        QByteArray relabelled = signedFile(FileKind::ReviewerRequest, stranger, body);
        relabelled.replace(5, 8, kDeviceKeyId);
        auto forged = ReviewerRequest::open(relabelled);
        QVERIFY(!forged);
        QCOMPARE(forged.error().code, ErrorCode::SyncSignatureInvalid);
        // Signed by the right key, the header naming another.
        QByteArray misnamed = file;
        misnamed.replace(5, 8, kHubSigningKeyId);
        auto wrongHeader = ReviewerRequest::open(misnamed);
        QVERIFY(!wrongHeader);
        QCOMPARE(wrongHeader.error().code, ErrorCode::SyncSignatureInvalid);
        QVERIFY2(
            wrongHeader.error().detail.startsWith(QStringLiteral("the header names key 8B88-9FEF-D6E1-9335")),
            qPrintable(wrongHeader.error().detail));
        // A reviewer request is not a device's enrolment request, nor the other way round.
        auto asDevice = EnrolmentRequest::open(file);
        QVERIFY(!asDevice);
        QCOMPARE(asDevice.error().code, ErrorCode::SyncFileMalformed);
        auto deviceAsReviewer = ReviewerRequest::open(
            signedFile(FileKind::EnrolmentRequest, deviceKey(), sampleRequest().encode()));
        QVERIFY(!deviceAsReviewer);
        QCOMPARE(deviceAsReviewer.error().code, ErrorCode::SyncFileMalformed);
        // The body of a device's request under the reviewer kind: its format is refused.
        auto deviceBody = ReviewerRequest::open(
            signedFile(FileKind::ReviewerRequest, deviceKey(), sampleRequest().encode()));
        QVERIFY(!deviceBody);
        QVERIFY2(deviceBody.error().detail.startsWith(QStringLiteral("format: ")),
                 qPrintable(deviceBody.error().detail));
    }

    void everyCutOfAReviewerRequestIsRefused()
    {
        checkEveryCutIsRefused<ReviewerRequest>(sampleReviewerRequest().encode());
    }

    void inconsistentReviewerRequestsAreRefused_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<QString>("field");
        QTest::newRow("empty vault id") << 0 << QStringLiteral("vault_id: empty");
        QTest::newRow("district of 3 digits") << 1 << QStringLiteral("district_code: ");
        QTest::newRow("district of 5 digits") << 2 << QStringLiteral("district_code: ");
        QTest::newRow("district with a letter") << 3 << QStringLiteral("district_code: ");
        QTest::newRow("empty office name") << 4 << QStringLiteral("office_name: empty");
        QTest::newRow("empty reviewer name") << 5 << QStringLiteral("reviewer_name: empty");
        QTest::newRow("role in capitals") << 6 << QStringLiteral("role: not a known role code");
        QTest::newRow("unknown role") << 7 << QStringLiteral("role: not a known role code");
        QTest::newRow("key of 31 bytes") << 8 << QStringLiteral("reviewer_public_key: ");
        QTest::newRow("local time") << 9 << QStringLiteral("created_at: ");
        QTest::newRow("empty app version") << 10 << QStringLiteral("app_version: empty");
        QTest::newRow("answer format") << 11 << QStringLiteral("format: ");
        QTest::newRow("trailing byte") << 12 << QStringLiteral("end: 1 bytes left over");
    }

    void inconsistentReviewerRequestsAreRefused()
    {
        QFETCH(int, fault);
        QFETCH(QString, field);
        ReviewerRequest request = sampleReviewerRequest();
        QByteArray body;
        switch (fault) {
        case 0:
            request.vaultId.clear();
            break;
        case 1:
            request.districtCode = QStringLiteral("331");
            break;
        case 2:
            request.districtCode = QStringLiteral("33100");
            break;
        case 3:
            request.districtCode = QStringLiteral("33A0");
            break;
        case 4:
            request.officeName.clear();
            break;
        case 5:
            request.reviewerName.clear();
            break;
        case 6:
            body = patched(request.encode(), "office_head", "Office_head");
            break;
        case 7:
            request.role = ReviewerRole::Verifier;
            body = patched(request.encode(), "verifier", "inspekto");
            break;
        case 8:
            request.reviewerPublicKey.chop(1);
            break;
        case 9:
            request.createdAt = QStringLiteral("2026-12-10T16:41:07.123+07:00");
            break;
        case 10:
            request.appVersion.clear();
            break;
        case 11:
            body = patched(request.encode(), "verdes-reviewer-request/1", "verdes-reviewer-answer/1 ");
            break;
        default:
            body = request.encode() + '\0';
            break;
        }
        if (body.isEmpty()) {
            body = request.encode();
        }
        auto read = ReviewerRequest::decode(body);
        QVERIFY(!read);
        QCOMPARE(read.error().code, ErrorCode::SyncFileMalformed);
        QVERIFY2(read.error().detail.startsWith(field), qPrintable(read.error().detail));
    }

    void aReviewerAnswerIsWrittenAsTheDocumentSays()
    {
        const QByteArray expected =
            text("verdes-reviewer-answer/1") + text("hub-3310") + text("Dinsos Klaten") + text("3310")
            + kDeviceKeyId + text("district-3310-9c1e") + text("Bambang Wijaya") + text("office_head")
            + hex("00000020") + kHubSigningPublicKey + hex("00000020") + kHubSealingPublicKey + hex("01")
            + QByteArray(32, '\x33') + text("https://verdes.dinsos.klatenkab.go.id:8443/")
            + text("2026-12-10T10:00:00.000Z") + QByteArray(32, '\x44');
        QCOMPARE(sampleReviewerAnswer().encode(), expected);
        auto read = ReviewerAnswer::decode(expected);
        QVERIFY2(read, read ? "" : qPrintable(read.error().detail));
        QVERIFY(*read == sampleReviewerAnswer());
        QCOMPARE(read->hubFingerprint(), QStringLiteral("8B88-9FEF-D6E1-9335"));
    }

    void aReviewerAnswerOpensWithTheHubKeyItCarries()
    {
        const Signer hub = hubSigningKey();
        ReviewerAnswer answer = sampleReviewerAnswer();
        answer.answersRequest = ReviewerRequest::idOf(
            signedFile(FileKind::ReviewerRequest, deviceKey(), sampleReviewerRequest().encode()));
        const QByteArray file = signedFile(FileKind::ReviewerAnswer, hub, answer.encode());
        QCOMPARE(file.first(4), QByteArray("VRVA"));
        QCOMPARE(file.sliced(5, 8), kHubSigningKeyId);
        auto opened = ReviewerAnswer::open(file);
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().detail));
        QVERIFY(*opened == answer);
        auto pinned = Envelope::openSigned(file, FileKind::ReviewerAnswer, kHubSigningPublicKey);
        QVERIFY(pinned);
        QVERIFY(*ReviewerAnswer::decode(*pinned) == answer);
        checkEveryFlippedByteIsRefused(file, [](const QByteArray &bytes) {
            return ReviewerAnswer::open(bytes).has_value();
        });
        const Signer device = deviceKey();
        const Signer stranger = Signer::generate();
        for (const Signer *other : {&device, &stranger}) {
            auto forged = ReviewerAnswer::open(signedFile(FileKind::ReviewerAnswer, *other, answer.encode()));
            QVERIFY(!forged);
            QCOMPARE(forged.error().code, ErrorCode::SyncSignatureInvalid);
        }
        // Not a device's answer, even well signed by the hub.
        auto asDevice = EnrolmentAnswer::open(file);
        QVERIFY(!asDevice);
        QCOMPARE(asDevice.error().code, ErrorCode::SyncFileMalformed);
        // A USB-only hub: no URL, no pinned certificate.
        answer.hubUrl.clear();
        answer.tlsCertificateSha256.reset();
        auto usbOnly = ReviewerAnswer::open(signedFile(FileKind::ReviewerAnswer, hub, answer.encode()));
        QVERIFY2(usbOnly, usbOnly ? "" : qPrintable(usbOnly.error().detail));
        QVERIFY(*usbOnly == answer);
    }

    void everyCutOfAReviewerAnswerIsRefused()
    {
        checkEveryCutIsRefused<ReviewerAnswer>(sampleReviewerAnswer().encode());
    }

    void inconsistentReviewerAnswersAreRefused_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<QString>("field");
        QTest::newRow("empty hub id") << 0 << QStringLiteral("hub_id: empty");
        QTest::newRow("district of 3 digits") << 1 << QStringLiteral("district_code: ");
        QTest::newRow("empty vault id") << 2 << QStringLiteral("vault_id: empty");
        QTest::newRow("empty reviewer name") << 3 << QStringLiteral("reviewer_name: empty");
        QTest::newRow("unknown role") << 4 << QStringLiteral("role: not a known role code");
        QTest::newRow("sealing key of 33 bytes") << 5 << QStringLiteral("hub_sealing_key: ");
        QTest::newRow("URL without a pin") << 6 << QStringLiteral("hub_url: given exactly when");
        QTest::newRow("pin without a URL") << 7 << QStringLiteral("hub_url: given exactly when");
        QTest::newRow("plain http") << 8 << QStringLiteral("hub_url: not an https URL");
        QTest::newRow("no host") << 9 << QStringLiteral("hub_url: not an https URL");
        QTest::newRow("enrolled_at without Z") << 10 << QStringLiteral("enrolled_at: ");
        QTest::newRow("device answer format") << 11 << QStringLiteral("format: ");
        QTest::newRow("trailing byte") << 12 << QStringLiteral("end: 1 bytes left over");
    }

    void inconsistentReviewerAnswersAreRefused()
    {
        QFETCH(int, fault);
        QFETCH(QString, field);
        ReviewerAnswer answer = sampleReviewerAnswer();
        QByteArray body;
        switch (fault) {
        case 0:
            answer.hubId.clear();
            break;
        case 1:
            answer.districtCode = QStringLiteral("331");
            break;
        case 2:
            answer.vaultId.clear();
            break;
        case 3:
            answer.reviewerName.clear();
            break;
        case 4:
            body = patched(answer.encode(), "office_head", "office_hea ");
            break;
        case 5:
            answer.hubSealingKey.append('\x01');
            break;
        case 6:
            answer.tlsCertificateSha256.reset();
            break;
        case 7:
            answer.hubUrl.clear();
            break;
        case 8:
            answer.hubUrl = QStringLiteral("http://verdes.dinsos.klatenkab.go.id/");
            break;
        case 9:
            answer.hubUrl = QStringLiteral("https:///verdes");
            break;
        case 10:
            answer.enrolledAt = QStringLiteral("2026-12-10T10:00:00.000");
            break;
        case 11:
            body = patched(answer.encode(), "verdes-reviewer-answer/1", "verdes-enrolment-answer/");
            break;
        default:
            body = answer.encode() + '\0';
            break;
        }
        if (body.isEmpty()) {
            body = answer.encode();
        }
        auto read = ReviewerAnswer::decode(body);
        QVERIFY(!read);
        QCOMPARE(read.error().code, ErrorCode::SyncFileMalformed);
        QVERIFY2(read.error().detail.startsWith(field), qPrintable(read.error().detail));
    }

    // --- Revocation list (§9) ---

    void aRevocationListIsWrittenAsTheDocumentSays()
    {
        RevocationList list;
        list.hubId = QStringLiteral("hub-3310");
        list.serial = 258;
        list.issuedAt = QStringLiteral("2026-12-01T00:00:00.000Z");
        list.entries = {{kDeviceKeyId, QStringLiteral("v1"), QStringLiteral("2026-11-20T03:04:05.006Z"), {}}};
        const QByteArray expected = text("verdes-revocations/1") + text("hub-3310") + hex("0000000000000102")
                                    + text("2026-12-01T00:00:00.000Z") + hex("00000001") + kDeviceKeyId
                                    + text("v1") + text("2026-11-20T03:04:05.006Z") + text("");
        QCOMPARE(list.encode(), expected);
        auto read = RevocationList::decode(expected);
        QVERIFY2(read, read ? "" : qPrintable(read.error().detail));
        QVERIFY(*read == list);
    }

    void aRevocationListTravelsSignedByTheHub()
    {
        const Signer hub = hubSigningKey();
        const RevocationList list = sampleRevocations();
        const QByteArray file = signedFile(FileKind::RevocationList, hub, list.encode());
        QCOMPARE(file.first(4), QByteArray("VREV"));
        auto body = Envelope::openSigned(file, FileKind::RevocationList, kHubSigningPublicKey);
        QVERIFY(body);
        auto read = RevocationList::decode(*body);
        QVERIFY2(read, read ? "" : qPrintable(read.error().detail));
        QVERIFY(*read == list);
        checkEveryFlippedByteIsRefused(file, [](const QByteArray &bytes) {
            auto opened = Envelope::openSigned(bytes, FileKind::RevocationList, kHubSigningPublicKey);
            return opened && RevocationList::decode(*opened);
        });
        // A list signed by a device is not the hub's.
        const QByteArray forged = signedFile(FileKind::RevocationList, deviceKey(), list.encode());
        QCOMPARE(Envelope::openSigned(forged, FileKind::RevocationList, kHubSigningPublicKey).error().code,
                 ErrorCode::SyncKeyUnknown);
    }

    void aRevocationListSaysWhoIsRevoked_data()
    {
        QTest::addColumn<QByteArray>("keyId");
        QTest::addColumn<bool>("revoked");
        QTest::newRow("first") << hex("3bb315866bd1d77d") << true;
        QTest::newRow("0x7f") << hex("7fffffffffffffff") << true;
        QTest::newRow("0x80") << hex("8000000000000000") << true;
        QTest::newRow("before all") << hex("0000000000000000") << false;
        QTest::newRow("between") << hex("3bb315866bd1d77e") << false;
        QTest::newRow("after all") << hex("ffffffffffffffff") << false;
        QTest::newRow("a prefix") << hex("3bb315866bd1d7") << false;
        QTest::newRow("empty") << QByteArray() << false;
    }

    void aRevocationListSaysWhoIsRevoked()
    {
        QFETCH(QByteArray, keyId);
        QFETCH(bool, revoked);
        auto list = RevocationList::decode(sampleRevocations().encode());
        QVERIFY2(list, list ? "" : qPrintable(list.error().detail));
        QCOMPARE(list->revokes(keyId), revoked);
        QVERIFY(!RevocationList().revokes(keyId));
    }

    void everyCutOfARevocationListIsRefused()
    {
        checkEveryCutIsRefused<RevocationList>(sampleRevocations().encode());
    }

    void inconsistentRevocationListsAreRefused_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<QString>("field");
        QTest::newRow("out of order") << 0 << QStringLiteral("entries[2].device_key_id: sorts before");
        QTest::newRow("signed order") << 1 << QStringLiteral("entries[1].device_key_id: sorts before");
        QTest::newRow("the same key twice") << 2 << QStringLiteral("entries[1].device_key_id: the same key");
        QTest::newRow("serial 0") << 3 << QStringLiteral("serial: 0");
        QTest::newRow("empty hub id") << 4 << QStringLiteral("hub_id: empty");
        QTest::newRow("issued_at a date") << 5 << QStringLiteral("issued_at: ");
        QTest::newRow("revoked_at month 0") << 6 << QStringLiteral("entries[1].revoked_at: ");
        QTest::newRow("empty vault id") << 7 << QStringLiteral("entries[0].vault_id: empty");
        QTest::newRow("100001 entries") << 8 << QStringLiteral("entries: 100001 elements, over 100000");
        QTest::newRow("other format") << 9 << QStringLiteral("format: ");
    }

    void inconsistentRevocationListsAreRefused()
    {
        QFETCH(int, fault);
        QFETCH(QString, field);
        RevocationList list = sampleRevocations();
        QByteArray body;
        switch (fault) {
        case 0:
            list.entries.swapItemsAt(1, 2);
            break;
        case 1: // 0x80 before 0x7f: the order of signed bytes, not the format's
            list.entries.removeFirst();
            list.entries.swapItemsAt(0, 1);
            break;
        case 2:
            list.entries[1].deviceKeyId = list.entries[0].deviceKeyId;
            break;
        case 3:
            list.serial = 0;
            break;
        case 4:
            list.hubId.clear();
            break;
        case 5:
            list.issuedAt = QStringLiteral("2026-12-01");
            break;
        case 6:
            list.entries[1].revokedAt = QStringLiteral("2026-00-21T00:00:00.000Z");
            break;
        case 7:
            list.entries[0].vaultId.clear();
            break;
        case 8:
            list.entries.clear();
            body = list.encode();
            body.chop(4);
            body += hex("000186a1");
            break;
        default:
            body = patched(list.encode(), "verdes-revocations/1", "verdes-revocation/1s");
            break;
        }
        if (body.isEmpty()) {
            body = list.encode();
        }
        auto read = RevocationList::decode(body);
        QVERIFY(!read);
        QCOMPARE(read.error().code, ErrorCode::SyncFileMalformed);
        QVERIFY2(read.error().detail.startsWith(field), qPrintable(read.error().detail));
    }

    // --- The hub's key list (§10) ---

    void aKeyListIsWrittenAsTheDocumentSays()
    {
        HubKeyChain chain;
        chain.hubId = QStringLiteral("hub-3310");
        chain.issuedAt = QStringLiteral("2027-01-02T03:04:05.006Z");
        const QByteArray signing(32, '\x11');
        const QByteArray sealing(32, '\x22');
        chain.generations = {{1, signing, sealing, QStringLiteral("2026-11-01T00:00:00.000Z"), {}, {}},
                             {2,
                              QByteArray(32, '\x33'),
                              QByteArray(32, '\x44'),
                              QStringLiteral("2027-01-02T03:04:05.006Z"),
                              QStringLiteral("2029-01-02T03:04:05.006Z"),
                              QByteArray(64, '\x55')}};
        const QByteArray expected =
            text("verdes-hub-keys/1") + text("hub-3310") + text("2027-01-02T03:04:05.006Z") + hex("00000002")
            + hex("00000001") + hex("00000020") + signing + hex("00000020") + sealing
            + text("2026-11-01T00:00:00.000Z") + text("") + hex("00000000") + hex("00000002")
            + hex("00000020") + QByteArray(32, '\x33') + hex("00000020") + QByteArray(32, '\x44')
            + text("2027-01-02T03:04:05.006Z") + text("2029-01-02T03:04:05.006Z") + hex("00000040")
            + QByteArray(64, '\x55');
        QCOMPARE(chain.encode(), expected);
        auto read = HubKeyChain::decode(expected);
        QVERIFY2(read, read ? "" : qPrintable(read.error().detail));
        QVERIFY(*read == chain);
        // What generation 1 signs to endorse generation 2, as §10 writes it.
        QCOMPARE(chain.generations.at(1).endorsedBytes(chain.hubId),
                 text("verdes-hub-key-link/1") + text("hub-3310") + hex("00000002") + hex("00000020")
                     + QByteArray(32, '\x33') + hex("00000020") + QByteArray(32, '\x44')
                     + text("2027-01-02T03:04:05.006Z") + text("2029-01-02T03:04:05.006Z"));
    }

    void aKeyListIsFollowedFromAnyPinnedGeneration()
    {
        const HubKeyChain chain = sampleChain();
        const QByteArray file = signedFile(FileKind::HubKeys, generationKey(3), chain.encode());
        QCOMPARE(file.first(4), QByteArray("VKEY"));
        for (int pinned = 1; pinned <= 3; ++pinned) {
            auto opened = HubKeyChain::open(file, generationKey(pinned).publicKey());
            QVERIFY2(opened, opened ? "" : qPrintable(opened.error().detail));
            QVERIFY(*opened == chain);
            QCOMPARE(opened->current().number, 3U);
            QCOMPARE(opened->current().signingKey, generationKey(3).publicKey());
        }
        // A key that is not in the list: nothing of it is trusted.
        auto stranger = HubKeyChain::open(file, deviceKey().publicKey());
        QVERIFY(!stranger);
        QCOMPARE(stranger.error().code, ErrorCode::SyncHubUnknown);
        checkEveryFlippedByteIsRefused(file, [](const QByteArray &bytes) {
            return bool(HubKeyChain::open(bytes, kHubSigningPublicKey));
        });
    }

    void aKeyListThatBreaksItsEndorsementsIsRefused()
    {
        const HubKeyChain chain = sampleChain();
        // Signed by an older generation than its newest: the newest is not vouched for by itself.
        auto signedByOld = HubKeyChain::open(signedFile(FileKind::HubKeys, generationKey(2), chain.encode()),
                                             kHubSigningPublicKey);
        QVERIFY(!signedByOld);
        QCOMPARE(signedByOld.error().code, ErrorCode::SyncSignatureInvalid);

        // A generation endorsed by a key that is not the one before it.
        HubKeyChain forged = chain;
        forged.generations[2] = endorsed(forged.generations[2], chain.hubId, deviceKey());
        auto unendorsed = HubKeyChain::open(signedFile(FileKind::HubKeys, generationKey(3), forged.encode()),
                                            kHubSigningPublicKey);
        QVERIFY(!unendorsed);
        QCOMPARE(unendorsed.error().code, ErrorCode::SyncSignatureInvalid);
        QVERIFY2(unendorsed.error().detail.contains(QStringLiteral("generation 3")),
                 qPrintable(unendorsed.error().detail));
        // …which does not matter to a village that pinned generation 3 already: it checks no link
        // before its own.
        QVERIFY(HubKeyChain::open(signedFile(FileKind::HubKeys, generationKey(3), forged.encode()),
                                  generationKey(3).publicKey()));

        // An endorsement moved to another hub's list.
        HubKeyChain otherHub = chain;
        otherHub.hubId = QStringLiteral("hub-3311-0a1b2c3d");
        auto moved = HubKeyChain::open(signedFile(FileKind::HubKeys, generationKey(3), otherHub.encode()),
                                       kHubSigningPublicKey);
        QVERIFY(!moved);
        QCOMPARE(moved.error().code, ErrorCode::SyncSignatureInvalid);

        // Whoever took generation 1's secret makes a generation 2 of their own: a village that follows
        // generation 2 already does not find its key in that list.
        HubKeyChain fork = chain;
        fork.generations.resize(2);
        const Signer thief = std::move(Signer::fromSeed(fixed('\x01', 32))).value();
        fork.generations[1].signingKey = thief.publicKey();
        fork.generations[1] = endorsed(fork.generations[1], chain.hubId, generationKey(1));
        const QByteArray forkFile = signedFile(FileKind::HubKeys, thief, fork.encode());
        QVERIFY(HubKeyChain::open(forkFile, kHubSigningPublicKey)); // generation 1 cannot tell
        auto followed = HubKeyChain::open(forkFile, generationKey(2).publicKey());
        QVERIFY(!followed);
        QCOMPARE(followed.error().code, ErrorCode::SyncHubUnknown);
    }

    void everyCutOfAKeyListIsRefused() { checkEveryCutIsRefused<HubKeyChain>(sampleChain().encode()); }

    void inconsistentKeyListsAreRefused_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<QString>("field");
        QTest::newRow("no generation") << 0 << QStringLiteral("generations: none");
        QTest::newRow("a generation left out") << 1 << QStringLiteral("generations[1].number: 3 where 2");
        QTest::newRow("numbered from 0") << 2 << QStringLiteral("generations[0].number: 0 where 1");
        QTest::newRow("a key used again") << 3 << QStringLiteral("generations[2].signing_key: the key of");
        QTest::newRow("the first endorsed") << 4 << QStringLiteral("generations[0].endorsement: 64 bytes");
        QTest::newRow("a later one not") << 5 << QStringLiteral("generations[1].endorsement: 0 bytes");
        QTest::newRow("expiry a date") << 6 << QStringLiteral("generations[1].expires_at: ");
        QTest::newRow("short sealing key") << 7 << QStringLiteral("generations[0].sealing_key: ");
        QTest::newRow("empty hub id") << 8 << QStringLiteral("hub_id: empty");
        QTest::newRow("other format") << 9 << QStringLiteral("format: ");
    }

    void inconsistentKeyListsAreRefused()
    {
        QFETCH(int, fault);
        QFETCH(QString, field);
        HubKeyChain chain = sampleChain();
        QByteArray body;
        switch (fault) {
        case 0:
            chain.generations.clear();
            break;
        case 1:
            chain.generations.removeAt(1);
            break;
        case 2:
            chain.generations[0].number = 0;
            break;
        case 3:
            chain.generations[2].signingKey = chain.generations[0].signingKey;
            break;
        case 4:
            chain.generations[0].endorsement = QByteArray(64, '\x01');
            break;
        case 5:
            chain.generations[1].endorsement.clear();
            break;
        case 6:
            chain.generations[1].expiresAt = QStringLiteral("2028-01-01");
            break;
        case 7:
            chain.generations[0].sealingKey.chop(1);
            break;
        case 8:
            chain.hubId.clear();
            break;
        default:
            body = patched(chain.encode(), "verdes-hub-keys/1", "verdes-hub-key/1s");
            break;
        }
        if (body.isEmpty()) {
            body = chain.encode();
        }
        auto read = HubKeyChain::decode(body);
        QVERIFY(!read);
        QCOMPARE(read.error().code, ErrorCode::SyncFileMalformed);
        QVERIFY2(read.error().detail.startsWith(field), qPrintable(read.error().detail));
    }

    // --- Review feed (§12) ---

    void aReviewFeedRequestIsWrittenAsTheDocumentSays()
    {
        ReviewFeedRequest request;
        request.vaultId = QStringLiteral("d1");
        request.reviewerKeyId = kDeviceKeyId;
        request.after = 258;
        request.createdAt = QStringLiteral("2026-12-10T09:41:07.123Z");
        const QByteArray expected = text("verdes-review-feed-request/1") + text("d1") + kDeviceKeyId
                                    + hex("0000000000000102") + text("2026-12-10T09:41:07.123Z");
        QCOMPARE(request.encode(), expected);
        writeSeed(QStringLiteral("review-feed-request.body"), expected);
        auto read = ReviewFeedRequest::decode(expected);
        QVERIFY2(read, read ? "" : qPrintable(read.error().detail));
        QVERIFY(*read == request);
        checkEveryCutIsRefused<ReviewFeedRequest>(expected);
    }

    void aReviewFeedIsWrittenAsTheDocumentSays()
    {
        ReviewFeed feed;
        feed.hubId = QStringLiteral("hub-3310");
        feed.districtCode = QStringLiteral("3310");
        feed.reviewerKeyId = kDeviceKeyId;
        feed.after = 1;
        feed.latest = 3;
        feed.issuedAt = QStringLiteral("2026-12-10T09:41:07.123Z");
        ReviewFeedEntry entry;
        entry.serial = 2;
        entry.receivedAt = QStringLiteral("2026-12-09T01:02:03.004Z");
        entry.villageCode = QStringLiteral("3310042999");
        entry.devicePublicKey = deviceKey().publicKey();
        entry.batchFile = QByteArray("VBAT..");
        entry.receiptFile = QByteArray("VRCP..");
        feed.entries = {entry};
        const QByteArray expected =
            text("verdes-review-feed/1") + text("hub-3310") + text("3310") + kDeviceKeyId
            + hex("0000000000000001") + hex("0000000000000003") + text("2026-12-10T09:41:07.123Z")
            + hex("00000001") + hex("0000000000000002") + text("2026-12-09T01:02:03.004Z")
            + text("3310042999") + hex("00000020") + deviceKey().publicKey() + hex("00000006")
            + QByteArray("VBAT..") + hex("00000006") + QByteArray("VRCP..");
        QCOMPARE(feed.encode(), expected);
        writeSeed(QStringLiteral("review-feed.body"), expected);
        auto read = ReviewFeed::decode(expected);
        QVERIFY2(read, read ? "" : qPrintable(read.error().detail));
        QVERIFY(*read == feed);
        QVERIFY(read->hasMore()); // serial 3 is still to come
        checkEveryCutIsRefused<ReviewFeed>(expected);
    }

    void inconsistentReviewFeedsAreRefused_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<QString>("field");
        QTest::newRow("serial not after") << 0 << QStringLiteral("entries[0].serial: 1 not between 1 and 9");
        QTest::newRow("serials not rising")
            << 1 << QStringLiteral("entries[1].serial: 4 not between 4 and 9");
        QTest::newRow("serial over latest") << 2 << QStringLiteral("entries[1].serial: 10 not between");
        QTest::newRow("latest before after") << 3 << QStringLiteral("latest: 0, before after 1");
        QTest::newRow("another district") << 4 << QStringLiteral("entries[0].village_code: 3311");
        QTest::newRow("not a key") << 5 << QStringLiteral("entries[0].device_public_key: ");
        QTest::newRow("201 entries") << 6 << QStringLiteral("entries: 201 elements, over 200");
    }

    void inconsistentReviewFeedsAreRefused()
    {
        QFETCH(int, fault);
        QFETCH(QString, field);
        ReviewFeed feed;
        feed.hubId = QStringLiteral("hub-3310");
        feed.districtCode = QStringLiteral("3310");
        feed.reviewerKeyId = kDeviceKeyId;
        feed.after = 1;
        feed.latest = 9;
        feed.issuedAt = QStringLiteral("2026-12-10T09:41:07.123Z");
        ReviewFeedEntry entry;
        entry.receivedAt = feed.issuedAt;
        entry.villageCode = QStringLiteral("3310042999");
        entry.devicePublicKey = deviceKey().publicKey();
        entry.serial = 4;
        feed.entries = {entry, entry};
        feed.entries[1].serial = 5;
        switch (fault) {
        case 0:
            feed.entries[0].serial = 1;
            break;
        case 1:
            feed.entries[1].serial = 4;
            break;
        case 2:
            feed.entries[1].serial = 10;
            break;
        case 3:
            feed.latest = 0;
            break;
        case 4:
            feed.entries[0].villageCode = QStringLiteral("3311042999");
            break;
        case 5:
            feed.entries[0].devicePublicKey = QByteArray(31, 'k');
            break;
        case 6:
            feed.latest = 1000;
            feed.entries.clear();
            for (int i = 0; i < 201; ++i) {
                entry.serial = 2 + i;
                feed.entries.append(entry);
            }
            break;
        default:
            QFAIL("unknown fault");
        }
        auto read = ReviewFeed::decode(feed.encode());
        QVERIFY(!read);
        QCOMPARE(read.error().code, ErrorCode::SyncFileMalformed);
        QVERIFY2(read.error().detail.startsWith(field), qPrintable(read.error().detail));
    }

    // --- Verdicts (§13) ---

    static Verdict sampleVerdict()
    {
        Verdict v;
        v.districtCode = QStringLiteral("3310");
        v.villageCode = QStringLiteral("3310042999");
        v.batchId = QByteArray(32, '\x11');
        v.position = 2;
        v.proposalId = 7;
        v.reviewerKeyId = kDeviceKeyId;
        v.role = ReviewerRole::Verifier;
        v.state = ProposalState::Returned;
        v.reason = ReviewReason::fromCode(u"RT01");
        v.note = QStringLiteral("Akta kematian belum ada");
        v.nikMatch = NikMatch::Matched;
        v.decidedAt = QStringLiteral("2026-12-10T09:41:07.123Z");
        return v;
    }

    void aVerdictIsWrittenAsTheDocumentSays()
    {
        const Verdict verdict = sampleVerdict();
        const QByteArray expected = text("verdes-verdict/1") + text("3310") + text("3310042999")
                                    + QByteArray(32, '\x11') + hex("00000002") + hex("0000000000000007")
                                    + kDeviceKeyId + text("verifier") + text("returned") + text("RT01")
                                    + text("Akta kematian belum ada") + text("") + hex("00") + text("padan")
                                    + hex("00") + text("2026-12-10T09:41:07.123Z");
        QCOMPARE(verdict.encode(), expected);
        writeSeed(QStringLiteral("verdict.body"), expected);
        auto read = Verdict::decode(expected);
        QVERIFY2(read, read ? "" : qPrintable(read.error().detail));
        QVERIFY(*read == verdict);
        checkEveryCutIsRefused<Verdict>(expected);
        // A later verdict names the one before it.
        Verdict approved = sampleVerdict();
        approved.role = ReviewerRole::OfficeHead;
        approved.state = ProposalState::Approved;
        approved.reason.reset();
        approved.previous = QByteArray(32, '\x22');
        auto again = Verdict::decode(approved.encode());
        QVERIFY2(again, again ? "" : qPrintable(again.error().detail));
        QCOMPARE(again->previous, approved.previous);
    }

    void inconsistentVerdictsAreRefused_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<QString>("field");
        QTest::newRow("another district") << 0 << QStringLiteral("village_code: 3311042999 outside");
        QTest::newRow("not a verdict") << 1 << QStringLiteral("state: in_review is not a verdict");
        QTest::newRow("wrong role") << 2 << QStringLiteral("role: verifier does not give approved");
        QTest::newRow("return without reason") << 3 << QStringLiteral("reason: none with returned");
        QTest::newRow("rejection's code on a return") << 4 << QStringLiteral("reason: RJ01 with returned");
        QTest::newRow("facilitator without ground check") << 5 << QStringLiteral("facilitator: 'Rina'");
        QTest::newRow("ground check without result") << 6 << QStringLiteral("ground_check: with gc_done");
        QTest::newRow("first verdict not after in_review")
            << 7 << QStringLiteral("previous: none, but gc_done");
        QTest::newRow("lower-case code") << 8 << QStringLiteral("reason: 'rt01' is not a reason code");
        QTest::newRow("unknown result") << 9 << QStringLiteral("ground_check: 8 is not a result");
    }

    void inconsistentVerdictsAreRefused()
    {
        QFETCH(int, fault);
        QFETCH(QString, field);
        Verdict v = sampleVerdict();
        QByteArray body;
        switch (fault) {
        case 0:
            v.villageCode = QStringLiteral("3311042999");
            break;
        case 1:
            v.state = ProposalState::InReview;
            v.reason.reset();
            break;
        case 2:
            v.state = ProposalState::Approved;
            v.reason.reset();
            v.previous = QByteArray(32, 'p');
            break;
        case 3:
            v.reason.reset();
            break;
        case 4:
            v.reason = ReviewReason::fromCode(u"RJ01");
            break;
        case 5:
            v.state = ProposalState::Verified;
            v.reason.reset();
            v.facilitator = QStringLiteral("Rina");
            break;
        case 6:
            v.state = ProposalState::GcDone;
            v.reason.reset();
            v.previous = QByteArray(32, 'p');
            break;
        case 7:
            v.state = ProposalState::GcDone;
            v.reason.reset();
            v.groundCheck = GroundCheckResult::Verified;
            break;
        case 8:
            body = patched(v.encode(), "RT01", "rt01");
            break;
        case 9:
            v.state = ProposalState::GcDone;
            v.reason.reset();
            v.groundCheck = GroundCheckResult::Deceased;
            v.previous = QByteArray(32, 'p');
            body = patched(v.encode(),
                           QByteArray(QByteArray(1, '\x06') + text("padan")),
                           QByteArray(QByteArray(1, '\x08') + text("padan")));
            break;
        default:
            QFAIL("unknown fault");
        }
        auto read = Verdict::decode(body.isEmpty() ? v.encode() : body);
        QVERIFY(!read);
        QCOMPARE(read.error().code, ErrorCode::SyncFileMalformed);
        QVERIFY2(read.error().detail.startsWith(field), qPrintable(read.error().detail));
    }

    void theVerdictRulesFollowTheWorkflow()
    {
        // DOMAIN.md §6 from in_review on: who gives each verdict, and what may follow what.
        QCOMPARE(Verdict::roleFor(ProposalState::Verified), ReviewerRole::Verifier);
        QCOMPARE(Verdict::roleFor(ProposalState::Returned), ReviewerRole::Verifier);
        QCOMPARE(Verdict::roleFor(ProposalState::Approved), ReviewerRole::OfficeHead);
        QCOMPARE(Verdict::roleFor(ProposalState::RejectedByDinas), ReviewerRole::OfficeHead);
        QVERIFY(Verdict::mayFollow(ProposalState::InReview, ProposalState::Verified));
        QVERIFY(!Verdict::mayFollow(ProposalState::InReview, ProposalState::Approved));
        QVERIFY(Verdict::mayFollow(ProposalState::GcDone, ProposalState::GcAssigned));
        QVERIFY(!Verdict::mayFollow(ProposalState::GcAssigned, ProposalState::Verified));
        QVERIFY(Verdict::mayFollow(ProposalState::Verified, ProposalState::RejectedByDinas));
        for (const ProposalState final :
             {ProposalState::Returned, ProposalState::Approved, ProposalState::RejectedByDinas}) {
            for (const ProposalState next : Verdict::verdictStates()) {
                QVERIFY(!Verdict::mayFollow(final, next));
            }
        }
    }

    void anUploadAndItsReceiptAreWrittenAsTheDocumentSays()
    {
        VerdictUpload upload;
        upload.vaultId = QStringLiteral("d1");
        upload.reviewerKeyId = kDeviceKeyId;
        upload.createdAt = QStringLiteral("2026-12-10T09:41:07.123Z");
        upload.verdicts = {QByteArray("VDEC.."), QByteArray("VDEC...")};
        const QByteArray expected = text("verdes-verdict-upload/1") + text("d1") + kDeviceKeyId
                                    + text("2026-12-10T09:41:07.123Z") + hex("00000002") + hex("00000006")
                                    + QByteArray("VDEC..") + hex("00000007") + QByteArray("VDEC...");
        QCOMPARE(upload.encode(), expected);
        writeSeed(QStringLiteral("verdict-upload.body"), expected);
        auto read = VerdictUpload::decode(expected);
        QVERIFY2(read, read ? "" : qPrintable(read.error().detail));
        QVERIFY(*read == upload);
        checkEveryCutIsRefused<VerdictUpload>(expected);
        upload.verdicts.clear();
        auto empty = VerdictUpload::decode(upload.encode());
        QVERIFY(!empty);
        QVERIFY2(empty.error().detail.startsWith(u"verdicts: none"), qPrintable(empty.error().detail));

        VerdictReceipt receipt;
        receipt.hubId = QStringLiteral("hub-3310");
        receipt.vaultId = QStringLiteral("d1");
        receipt.uploadId = QByteArray(32, '\x33');
        receipt.receivedAt = QStringLiteral("2026-12-10T09:41:08.000Z");
        receipt.entries = {{QByteArray(32, 'a'), VerdictOutcome::Accepted, VerdictRefusal::None},
                           {QByteArray(32, 'b'), VerdictOutcome::Refused, VerdictRefusal::OutOfOrder}};
        const QByteArray receiptBytes = text("verdes-verdict-receipt/1") + text("hub-3310") + text("d1")
                                        + QByteArray(32, '\x33') + text("2026-12-10T09:41:08.000Z")
                                        + hex("00000002") + QByteArray(32, 'a') + text("accepted") + text("")
                                        + QByteArray(32, 'b') + text("refused") + text("out_of_order");
        QCOMPARE(receipt.encode(), receiptBytes);
        writeSeed(QStringLiteral("verdict-receipt.body"), receiptBytes);
        auto readReceipt = VerdictReceipt::decode(receiptBytes);
        QVERIFY2(readReceipt, readReceipt ? "" : qPrintable(readReceipt.error().detail));
        QVERIFY(*readReceipt == receipt);
        checkEveryCutIsRefused<VerdictReceipt>(receiptBytes);
        // A refusal without its reason, or a reason on an accepted verdict, is refused.
        receipt.entries = {{QByteArray(32, 'a'), VerdictOutcome::Refused, VerdictRefusal::None}};
        QVERIFY(!VerdictReceipt::decode(receipt.encode()));
        receipt.entries = {{QByteArray(32, 'a'), VerdictOutcome::Accepted, VerdictRefusal::UnknownItem}};
        QVERIFY(!VerdictReceipt::decode(receipt.encode()));
    }

    // --- Decisions down to the village (§14) ---

    void aDecisionRequestAndListAreWrittenAsTheDocumentSays()
    {
        DecisionRequest request;
        request.vaultId = QStringLiteral("v1");
        request.villageCode = QStringLiteral("3310042999");
        request.deviceKeyId = kDeviceKeyId;
        request.after = 5;
        request.createdAt = QStringLiteral("2026-12-10T09:41:07.123Z");
        const QByteArray requestBytes = text("verdes-decisions-request/1") + text("v1") + text("3310042999")
                                        + kDeviceKeyId + hex("0000000000000005")
                                        + text("2026-12-10T09:41:07.123Z");
        QCOMPARE(request.encode(), requestBytes);
        writeSeed(QStringLiteral("decisions-request.body"), requestBytes);
        auto readRequest = DecisionRequest::decode(requestBytes);
        QVERIFY(readRequest && *readRequest == request);
        checkEveryCutIsRefused<DecisionRequest>(requestBytes);

        DecisionList list;
        list.hubId = QStringLiteral("hub-3310");
        list.villageCode = QStringLiteral("3310042999");
        list.deviceKeyId = kDeviceKeyId;
        list.after = 5;
        list.latest = 7;
        list.issuedAt = QStringLiteral("2026-12-10T09:41:08.000Z");
        list.reviewers = {{deviceKey().publicKey(), QStringLiteral("Sri"), ReviewerRole::Verifier}};
        list.entries = {{6, QStringLiteral("2026-12-10T09:00:00.000Z"), QByteArray("VDEC..")}};
        const QByteArray listBytes =
            text("verdes-decisions/1") + text("hub-3310") + text("3310042999") + kDeviceKeyId
            + hex("0000000000000005") + hex("0000000000000007") + text("2026-12-10T09:41:08.000Z")
            + hex("00000001") + hex("00000020") + deviceKey().publicKey() + text("Sri") + text("verifier")
            + hex("00000001") + hex("0000000000000006") + text("2026-12-10T09:00:00.000Z") + hex("00000006")
            + QByteArray("VDEC..");
        QCOMPARE(list.encode(), listBytes);
        writeSeed(QStringLiteral("decisions.body"), listBytes);
        auto readList = DecisionList::decode(listBytes);
        QVERIFY2(readList, readList ? "" : qPrintable(readList.error().detail));
        QVERIFY(*readList == list);
        QVERIFY(readList->hasMore()); // serial 7 is still to come
        checkEveryCutIsRefused<DecisionList>(listBytes);
        // Serials not after `after`, and a reviewer listed twice, are refused.
        DecisionList early = list;
        early.entries[0].serial = 5;
        auto refused = DecisionList::decode(early.encode());
        QVERIFY(!refused);
        QVERIFY2(refused.error().detail.startsWith(u"entries[0].serial: 5 not between"),
                 qPrintable(refused.error().detail));
        DecisionList twice = list;
        twice.reviewers.append(twice.reviewers.constFirst());
        refused = DecisionList::decode(twice.encode());
        QVERIFY(!refused);
        QVERIFY2(refused.error().detail.startsWith(u"reviewers[1].public_key: listed twice"),
                 qPrintable(refused.error().detail));
    }

    // --- Signed snapshots (§16) ---

    void aSignedSnapshotIsWrittenAsTheDocumentSays()
    {
        SignedSnapshot snapshot;
        snapshot.hubId = QStringLiteral("hub-3310");
        snapshot.villageCode = QStringLiteral("3310042999");
        snapshot.deviceKeyId = kDeviceKeyId;
        snapshot.serial = 2;
        snapshot.issuedAt = QStringLiteral("2026-12-10T09:41:07.123Z");
        snapshot.label = QStringLiteral("DTSEN Desember 2026");
        snapshot.fileName = QStringLiteral("3310042999.csv");
        snapshot.csv = QByteArray("id_keluarga,nik\n");
        snapshot.csvSha256 = QCryptographicHash::hash(snapshot.csv, QCryptographicHash::Sha256);
        const QByteArray expected =
            text("verdes-snapshot/1") + text("hub-3310") + text("3310042999") + kDeviceKeyId
            + hex("0000000000000002") + text("2026-12-10T09:41:07.123Z") + text("DTSEN Desember 2026")
            + text("3310042999.csv") + snapshot.csvSha256 + hex("00000010") + QByteArray("id_keluarga,nik\n");
        QCOMPARE(snapshot.encode(), expected);
        writeSeed(QStringLiteral("snapshot.body"), expected);
        auto read = SignedSnapshot::decode(expected);
        QVERIFY2(read, read ? "" : qPrintable(read.error().detail));
        QVERIFY(*read == snapshot);
        checkEveryCutIsRefused<SignedSnapshot>(expected);
        // A CSV that is not the one hashed, and a serial of 0, are refused.
        SignedSnapshot changed = snapshot;
        changed.csv[0] = 'X';
        auto refused = SignedSnapshot::decode(changed.encode());
        QVERIFY(!refused);
        QVERIFY2(refused.error().detail.startsWith(u"csv_sha256: does not match"),
                 qPrintable(refused.error().detail));
        changed = snapshot;
        changed.serial = 0;
        QVERIFY(!SignedSnapshot::decode(changed.encode()));
    }

    // --- Test vectors and fuzz seeds (§15) ---

    // tests/data/messages/*.signed: one signed file of each kind, made from the samples above with the
    // fixed keys (Ed25519 signatures are deterministic, so the bytes never change unless the format
    // does). VERDES_WRITE_VECTORS=DIR writes them again, with their bodies, which are also the seeds
    // of tests/fuzz/corpus/messages.
    void theTestVectorsAreReproduced()
    {
        const Signer hub = hubSigningKey();
        const QByteArray request =
            signedFile(FileKind::EnrolmentRequest, deviceKey(), sampleRequest().encode());
        EnrolmentAnswer answer = sampleAnswer();
        answer.answersRequest = EnrolmentRequest::idOf(request);
        const QByteArray reviewerRequest =
            signedFile(FileKind::ReviewerRequest, deviceKey(), sampleReviewerRequest().encode());
        ReviewerAnswer reviewerAnswer = sampleReviewerAnswer();
        reviewerAnswer.answersRequest = ReviewerRequest::idOf(reviewerRequest);
        const QList<std::pair<QString, QByteArray>> files = {
            {QStringLiteral("receipt"), signedFile(FileKind::Receipt, hub, sampleReceipt().encode())},
            {QStringLiteral("receipt-unreadable"),
             signedFile(FileKind::Receipt, hub, unreadableReceipt().encode())},
            {QStringLiteral("enrolment-request"), request},
            {QStringLiteral("enrolment-answer"), signedFile(FileKind::EnrolmentAnswer, hub, answer.encode())},
            {QStringLiteral("revocations"),
             signedFile(FileKind::RevocationList, hub, sampleRevocations().encode())},
            {QStringLiteral("hub-keys"),
             signedFile(FileKind::HubKeys, generationKey(3), sampleChain().encode())},
            {QStringLiteral("reviewer-request"), reviewerRequest},
            {QStringLiteral("reviewer-answer"),
             signedFile(FileKind::ReviewerAnswer, hub, reviewerAnswer.encode())},
        };
        const QString keys =
            QStringLiteral("device_seed %1\ndevice_public_key %2\nhub_signing_seed %3\n"
                           "hub_signing_public_key %4\n")
                .arg(QString::fromLatin1(
                         QByteArray(reinterpret_cast<const char *>(deviceKey().seed().data()), 32).toHex()),
                     QString::fromLatin1(kDevicePublicKey.toHex()),
                     QString::fromLatin1(
                         QByteArray(reinterpret_cast<const char *>(hub.seed().data()), 32).toHex()),
                     QString::fromLatin1(kHubSigningPublicKey.toHex()));
        const QString out = qEnvironmentVariable("VERDES_WRITE_VECTORS");
        if (!out.isEmpty()) {
            const auto write = [&out](const QString &name, const QByteArray &bytes) {
                QFile file(out + u'/' + name);
                return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
            };
            QVERIFY(write(QStringLiteral("messages.keys"), keys.toUtf8()));
            for (const auto &[name, bytes] : files) {
                QVERIFY(write(name + QStringLiteral(".signed"), bytes));
                QVERIFY(write(name + QStringLiteral(".body"), bytes.sliced(17, bytes.size() - 17 - 64)));
            }
        }
        const auto read = [](const QString &name) {
            QFile file(test::testDataPath(QStringLiteral("messages/") + name));
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        };
        QCOMPARE(QString::fromUtf8(read(QStringLiteral("messages.keys"))), keys);
        for (const auto &[name, bytes] : files) {
            QCOMPARE(read(name + QStringLiteral(".signed")), bytes);
        }
        // And they open as a reader that follows §6-§9 opens them.
        QVERIFY(Receipt::decode(
            *Envelope::openSigned(files.at(0).second, FileKind::Receipt, kHubSigningPublicKey)));
        QVERIFY(EnrolmentRequest::open(files.at(2).second));
        QVERIFY(EnrolmentAnswer::open(files.at(3).second));
        QVERIFY(RevocationList::decode(
            *Envelope::openSigned(files.at(4).second, FileKind::RevocationList, kHubSigningPublicKey)));
        QVERIFY(HubKeyChain::open(files.at(5).second, kHubSigningPublicKey));
        QVERIFY(ReviewerRequest::open(files.at(6).second));
        QVERIFY(ReviewerAnswer::open(files.at(7).second));
    }

    // --- Claims (§17) ---

    void aClaimRequestIsWrittenAsTheDocumentSays()
    {
        ClaimRequest request;
        request.vaultId = QStringLiteral("d1");
        request.reviewerKeyId = kDeviceKeyId;
        request.sequence = 3;
        request.action = ClaimAction::Take;
        request.days = 5;
        request.createdAt = QStringLiteral("2026-12-10T09:41:07.123Z");
        request.items = {{QByteArray(32, 'a'), 0}, {QByteArray(32, 'a'), 2}};
        const QByteArray expected = text("verdes-claim-request/1") + text("d1") + kDeviceKeyId
                                    + hex("0000000000000003") + text("take") + hex("00000005")
                                    + text("2026-12-10T09:41:07.123Z") + hex("00000002") + QByteArray(32, 'a')
                                    + hex("00000000") + QByteArray(32, 'a') + hex("00000002");
        QCOMPARE(request.encode(), expected);
        writeSeed(QStringLiteral("claim-request.body"), expected);
        auto read = ClaimRequest::decode(expected);
        QVERIFY2(read, read ? "" : qPrintable(read.error().detail));
        QVERIFY(*read == request);
        checkEveryCutIsRefused<ClaimRequest>(expected);
        // A release is written with 0 days.
        request.action = ClaimAction::Release;
        request.days = 0;
        auto release = ClaimRequest::decode(request.encode());
        QVERIFY(release && *release == request);
    }

    void inconsistentClaimRequestsAreRefused_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<QString>("field");
        QTest::newRow("sequence 0") << 0 << QStringLiteral("sequence: 0");
        QTest::newRow("take for 0 days") << 1 << QStringLiteral("days: 0 with take");
        QTest::newRow("take for 31 days") << 2 << QStringLiteral("days: 31 with take");
        QTest::newRow("release with days") << 3 << QStringLiteral("days: 1 with release");
        QTest::newRow("no items") << 4 << QStringLiteral("items: none");
        QTest::newRow("an item twice") << 5 << QStringLiteral("items[1].position: 0 named twice");
        QTest::newRow("unknown action") << 6 << QStringLiteral("action: 'tak3'");
    }

    void inconsistentClaimRequestsAreRefused()
    {
        QFETCH(int, fault);
        QFETCH(QString, field);
        ClaimRequest request;
        request.vaultId = QStringLiteral("d1");
        request.reviewerKeyId = kDeviceKeyId;
        request.sequence = 1;
        request.days = 1;
        request.createdAt = QStringLiteral("2026-12-10T09:41:07.123Z");
        request.items = {{QByteArray(32, 'a'), 0}, {QByteArray(32, 'b'), 0}};
        QByteArray body;
        switch (fault) {
        case 0:
            request.sequence = 0;
            break;
        case 1:
            request.days = 0;
            break;
        case 2:
            request.days = ClaimRequest::kMaxDays + 1;
            break;
        case 3:
            request.action = ClaimAction::Release;
            break;
        case 4:
            request.items.clear();
            break;
        case 5:
            request.items[1].batchId = request.items[0].batchId;
            break;
        default:
            body = patched(request.encode(), "take", "tak3");
            break;
        }
        if (body.isEmpty()) {
            body = request.encode();
        }
        auto read = ClaimRequest::decode(body);
        QVERIFY(!read);
        QCOMPARE(read.error().code, ErrorCode::SyncFileMalformed);
        QVERIFY2(read.error().detail.startsWith(field), qPrintable(read.error().detail));
    }

    void aClaimAnswerIsWrittenAsTheDocumentSays()
    {
        const QByteArray other = hex("0102030405060708");
        ClaimAnswer answer;
        answer.hubId = QStringLiteral("hub-3310");
        answer.vaultId = QStringLiteral("d1");
        answer.reviewerKeyId = kDeviceKeyId;
        answer.requestId = QByteArray(32, '\x44');
        answer.sequence = 3;
        answer.issuedAt = QStringLiteral("2026-12-10T09:41:08.000Z");
        answer.entries = {
            {{QByteArray(32, 'a'), 0},
             ClaimOutcome::Granted,
             kDeviceKeyId,
             QStringLiteral("Sri"),
             QStringLiteral("2026-12-15T09:41:08.000Z")},
            {{QByteArray(32, 'a'), 1},
             ClaimOutcome::HeldByOther,
             other,
             QStringLiteral("Rina"),
             QStringLiteral("2026-12-11T00:00:00.000Z")},
            {{QByteArray(32, 'a'), 2}, ClaimOutcome::Released, {}, {}, {}},
            {{QByteArray(32, 'b'), 9}, ClaimOutcome::UnknownItem, {}, {}, {}},
        };
        const QByteArray expected =
            text("verdes-claim-answer/1") + text("hub-3310") + text("d1") + kDeviceKeyId
            + QByteArray(32, '\x44') + hex("0000000000000003") + text("2026-12-10T09:41:08.000Z")
            + hex("00000004") + QByteArray(32, 'a') + hex("00000000") + text("granted") + hex("00000008")
            + kDeviceKeyId + text("Sri") + text("2026-12-15T09:41:08.000Z") + QByteArray(32, 'a')
            + hex("00000001") + text("held_by_other") + hex("00000008") + other + text("Rina")
            + text("2026-12-11T00:00:00.000Z") + QByteArray(32, 'a') + hex("00000002") + text("released")
            + hex("00000000") + text("") + text("") + QByteArray(32, 'b') + hex("00000009")
            + text("unknown_item") + hex("00000000") + text("") + text("");
        QCOMPARE(answer.encode(), expected);
        writeSeed(QStringLiteral("claim-answer.body"), expected);
        auto read = ClaimAnswer::decode(expected);
        QVERIFY2(read, read ? "" : qPrintable(read.error().detail));
        QVERIFY(*read == answer);
        checkEveryCutIsRefused<ClaimAnswer>(expected);

        // A holder where there is none, none where there is one, a grant to another key, an item
        // "held by another" that the requester holds: each refused.
        const auto refused = [](ClaimAnswer broken, const char *field) {
            auto readBroken = ClaimAnswer::decode(broken.encode());
            return !readBroken && readBroken.error().detail.startsWith(QLatin1StringView(field));
        };
        ClaimAnswer broken = answer;
        broken.entries[2].holderKeyId = other;
        QVERIFY(refused(broken, "entries[2].holder_key_id: 8 bytes with released"));
        broken = answer;
        broken.entries[1].until.clear();
        QVERIFY(refused(broken, "entries[1].until: with held_by_other"));
        broken = answer;
        broken.entries[0].holderName.clear();
        QVERIFY(refused(broken, "entries[0].holder_name: with granted"));
        broken = answer;
        broken.entries[0].holderKeyId = other;
        QVERIFY(refused(broken, "entries[0].holder_key_id: granted to another key"));
        broken = answer;
        broken.entries[1].holderKeyId = kDeviceKeyId;
        QVERIFY(refused(broken, "entries[1].holder_key_id: held by the requester's own key"));
    }

    void claimCodesAreTheDocumentedOnes()
    {
        QCOMPARE(claimActionCode(ClaimAction::Take), QStringLiteral("take"));
        QCOMPARE(claimActionCode(ClaimAction::Release), QStringLiteral("release"));
        const QStringList outcomes{QStringLiteral("granted"),
                                   QStringLiteral("released"),
                                   QStringLiteral("held_by_other"),
                                   QStringLiteral("unknown_item")};
        for (const QString &code : outcomes) {
            const auto outcome = claimOutcomeFromCode(code);
            QVERIFY2(outcome, qPrintable(code));
            QCOMPARE(claimOutcomeCode(*outcome), code);
        }
        QVERIFY(!claimOutcomeFromCode(u"Granted"));
        QCOMPARE(verdictRefusalCode(VerdictRefusal::ClaimedByOther), QStringLiteral("claimed_by_other"));
        QCOMPARE(verdictRefusalFromCode(u"claimed_by_other"), std::optional(VerdictRefusal::ClaimedByOther));
    }
};

QTEST_GUILESS_MAIN(TestMessages)
#include "tst_Messages.moc"
