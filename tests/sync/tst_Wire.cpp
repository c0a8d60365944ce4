// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The files between a village and its hub (docs/batch-format.md): the primitives, the batch body,
// the signed and the sealed envelope. The expected bytes here are written from the document, not
// taken from the code; the envelope's layout is checked against Signer's own key id and signature.

#include "models/core/Error.h"
#include "models/core/PublicKey.h"
#include "sync/batch/Batch.h"
#include "sync/batch/Envelope.h"
#include "sync/batch/Wire.h"
#include "sync/crypto/Signer.h"
#include "tests/support/ScratchVault.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTest>

using namespace verdes;
using namespace verdes::sync;

Q_DECLARE_METATYPE(verdes::ErrorCode)

namespace {

QByteArray sha(QByteArrayView data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
}

// A device seed and a hub sealing key, fixed so that the test vector is the same every time.
SecureBytes fixed(char fill, std::size_t size)
{
    SecureBytes bytes(size);
    for (std::size_t i = 0; i < size; ++i) {
        bytes.data()[i] = static_cast<unsigned char>(fill + static_cast<char>(i)); // NOLINT
    }
    return bytes;
}

// The key ids of the fixed keys below, computed apart from this code with Python's
// hashlib.blake2b(public_key, digest_size=8) over the public keys in tests/data/batch/vector-1.keys.
const QByteArray kDeviceKeyId = QByteArray::fromHex("3bb315866bd1d77d");
const QByteArray kHubKeyId = QByteArray::fromHex("5c748fd7b14ab94d");

Signer deviceKey()
{
    return std::move(Signer::fromSeed(fixed('\x10', 32))).value();
}

SealingKey hubKey()
{
    return std::move(SealingKey::fromSecret(fixed('\x40', 32))).value();
}

Envelope::SignFunction signWith(const Signer &signer)
{
    return [&signer](const QByteArray &bytes) -> Result<QByteArray> {
        return signer.sign(bytes);
    };
}

Batch sampleBatch()
{
    Batch batch;
    batch.villageCode = QStringLiteral("3310042001");
    batch.vaultId = QStringLiteral("vault-7f3a");
    batch.sequence = 2;
    batch.previous = sha("the first batch");
    batch.createdAt = QStringLiteral("2026-12-10T09:41:07.123Z");
    batch.auditSeq = 4321;
    batch.auditHash = sha("audit head");
    batch.meeting = QByteArrayLiteral("{\"format\":\"verdes-meeting-seal/1\",\"chair\":\"Haryanto Wibowo\"}");
    batch.meetingSha256 = sha(batch.meeting);
    batch.meetingSignature = QByteArray(64, '\x5a');
    BatchItem item;
    item.proposalId = 17;
    item.type = QStringLiteral("MEMBER_DECEASED");
    item.channel = QStringLiteral("rt_rw");
    item.household = QStringLiteral("H0001");
    item.persons = {QStringLiteral("P0003")};
    item.reason = QStringLiteral("Meninggal menurut ketua RT — 1 Oktober");
    item.details = QStringLiteral("{\"event_date\":\"2026-10-01\"}");
    item.changes = {{QStringLiteral("members"),
                     QStringLiteral("P0003"),
                     QStringLiteral("presence"),
                     QStringLiteral("1"),
                     QStringLiteral("2"),
                     QString()}};
    item.bases = {{QStringLiteral("members"), QStringLiteral("P0003"), 3}};
    const QByteArray certificate("\xFF\xD8\xFF akta kematian", 17);
    item.evidence = {
        {9, QStringLiteral("death_cert"), QStringLiteral("image/jpeg"), sha(certificate), certificate}};
    item.bnba = {QStringLiteral("SITI AMINAH"),
                 QStringLiteral("3310045107660002"),
                 QStringLiteral("3310040101090002"),
                 QStringLiteral("Dusun Krajan"),
                 QStringLiteral("002/002"),
                 QStringLiteral("Meninggal"),
                 QStringLiteral("Meninggal menurut ketua RT"),
                 QStringLiteral("Disetujui (musyawarah mufakat)")};
    batch.items = {item};
    return batch;
}

QByteArray hex(const char *text)
{
    return QByteArray::fromHex(text);
}

} // namespace

class TestWire : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void primitivesAreWrittenAsTheDocumentSays()
    {
        WireWriter w;
        w.u8(7);
        w.u32(0x01020304);
        w.u64(0x1122334455667788);
        w.text(u"é");
        w.bytes(QByteArrayView());
        w.count(2);
        w.optionalDigest(std::nullopt);
        QCOMPARE(w.data(),
                 hex("07"
                     "01020304"
                     "1122334455667788"
                     "00000002c3a9"
                     "00000000"
                     "00000002"
                     "00"));
        WireReader r(w.data());
        QCOMPARE(r.u8("a"), quint8{7});
        QCOMPARE(r.u32("b"), quint32{0x01020304});
        QCOMPARE(r.u64("c"), quint64{0x1122334455667788});
        QCOMPARE(r.text("d"), QStringLiteral("é"));
        QCOMPARE(r.bytes("e"), QByteArray());
        QCOMPARE(r.count("f"), 2);
        QVERIFY(!r.optionalDigest("g").has_value());
        QVERIFY2(r.finish(), qPrintable(r.failure()));
    }

    void aKeyIdIsEightRawBytes()
    {
        WireWriter w;
        w.keyId(kDeviceKeyId);
        w.u8(1);
        QCOMPARE(w.data(), hex("3bb315866bd1d77d01"));
        WireReader r(w.data());
        QCOMPARE(r.keyId("key"), kDeviceKeyId);
        QCOMPARE(r.u8("one"), quint8{1});
        QVERIFY(r.finish());
        WireReader shortReader(hex("3bb315866bd1d7"));
        shortReader.keyId("key");
        QVERIFY(!shortReader.finish());
        QVERIFY2(shortReader.failure().startsWith(QStringLiteral("key: 8 bytes needed")),
                 qPrintable(shortReader.failure()));
    }

    // The shapes of docs/batch-format.md §2: each read as its primitive, then checked.
    void checkedTexts_data()
    {
        QTest::addColumn<QString>("shape");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("good");
        const QString time = QStringLiteral("time");
        const QString village = QStringLiteral("digits10");
        const QString district = QStringLiteral("digits4");
        const QString format = QStringLiteral("format");
        QTest::newRow("time") << time << QStringLiteral("2026-12-10T09:41:07.123Z") << true;
        QTest::newRow("time leap day") << time << QStringLiteral("2028-02-29T23:59:59.999Z") << true;
        QTest::newRow("time no leap day") << time << QStringLiteral("2026-02-29T10:00:00.000Z") << false;
        QTest::newRow("time month 13") << time << QStringLiteral("2026-13-01T10:00:00.000Z") << false;
        QTest::newRow("time hour 24") << time << QStringLiteral("2026-12-10T24:00:00.000Z") << false;
        QTest::newRow("time leap second") << time << QStringLiteral("2026-12-31T23:59:60.000Z") << false;
        QTest::newRow("time without ms") << time << QStringLiteral("2026-12-10T09:41:07Z") << false;
        QTest::newRow("time with offset") << time << QStringLiteral("2026-12-10T09:41:07.123+07:00") << false;
        QTest::newRow("time lower-case z") << time << QStringLiteral("2026-12-10T09:41:07.123z") << false;
        QTest::newRow("time with space") << time << QStringLiteral("2026-12-10 09:41:07.123Z") << false;
        QTest::newRow("time arabic-indic digits")
            << time << QStringLiteral("٢٠٢٦-12-10T09:41:07.123Z") << false;
        QTest::newRow("time empty") << time << QString() << false;
        QTest::newRow("village code") << village << QStringLiteral("3310042001") << true;
        QTest::newRow("village code dotted") << village << QStringLiteral("33.10.04.2001") << false;
        QTest::newRow("village code 9") << village << QStringLiteral("331004200") << false;
        QTest::newRow("village code 11") << village << QStringLiteral("33100420011") << false;
        QTest::newRow("village code full-width") << village << QStringLiteral("３３10042001") << false;
        QTest::newRow("district code") << district << QStringLiteral("3310") << true;
        QTest::newRow("district code letters") << district << QStringLiteral("33AB") << false;
        QTest::newRow("district code empty") << district << QString() << false;
        QTest::newRow("optional code empty") << QStringLiteral("digits10?") << QString() << true;
        QTest::newRow("optional code") << QStringLiteral("digits10?") << QStringLiteral("3310042001") << true;
        QTest::newRow("optional code short")
            << QStringLiteral("digits10?") << QStringLiteral("33100") << false;
        QTest::newRow("format") << format << QStringLiteral("verdes-receipt/1") << true;
        QTest::newRow("format other version") << format << QStringLiteral("verdes-receipt/2") << false;
        QTest::newRow("format trailing space") << format << QStringLiteral("verdes-receipt/1 ") << false;
    }

    void checkedTexts()
    {
        QFETCH(QString, shape);
        QFETCH(QString, value);
        QFETCH(bool, good);
        WireWriter w;
        w.text(value);
        WireReader r(w.data());
        QString read;
        if (shape == QStringLiteral("time")) {
            read = r.utcTime("at");
        } else if (shape == QStringLiteral("digits10")) {
            read = r.digits("at", 10);
        } else if (shape == QStringLiteral("digits10?")) {
            read = r.digitsOrEmpty("at", 10);
        } else if (shape == QStringLiteral("digits4")) {
            read = r.digits("at", 4);
        } else {
            r.format(u"verdes-receipt/1");
            read = value;
        }
        QCOMPARE(r.finish(), good);
        if (good) {
            QCOMPARE(read, value);
        } else {
            const QString field =
                shape == QStringLiteral("format") ? QStringLiteral("format: ") : QStringLiteral("at: ");
            QVERIFY2(r.failure().startsWith(field), qPrintable(r.failure()));
        }
    }

    void aPublicKeyIsExactly32Bytes_data()
    {
        QTest::addColumn<int>("size");
        QTest::newRow("32") << 32;
        QTest::newRow("31") << 31;
        QTest::newRow("33") << 33;
        QTest::newRow("0") << 0;
    }

    void aPublicKeyIsExactly32Bytes()
    {
        QFETCH(int, size);
        WireWriter w;
        w.bytes(QByteArray(size, '\x42'));
        WireReader r(w.data());
        const QByteArray key = r.publicKey("key");
        QCOMPARE(r.finish(), size == 32);
        QCOMPARE(key, size == 32 ? QByteArray(32, '\x42') : QByteArray());
        if (size != 32) {
            QVERIFY2(r.failure().startsWith(QStringLiteral("key: ")), qPrintable(r.failure()));
        }
    }

    void theReaderRefusesBeforeItAllocates_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("failure");
        QTest::newRow("length past the end") << hex("00000005616263") << QStringLiteral("5 bytes needed");
        QTest::newRow("text over its limit") << hex("00200001") << QStringLiteral("over 1048576");
        QTest::newRow("invalid utf-8") << hex("00000002c328") << QStringLiteral("invalid UTF-8");
        QTest::newRow("zero byte in text") << hex("000000026100") << QStringLiteral("zero byte");
        QTest::newRow("count over its limit") << hex("000000000000ffff") << QStringLiteral("over 20000");
        QTest::newRow("option byte 2") << hex("0000000002") << QStringLiteral("option byte 2");
        QTest::newRow("bytes left over") << hex("0000000000000000ff") << QStringLiteral("1 bytes left over");
    }

    void theReaderRefusesBeforeItAllocates()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, failure);
        WireReader r(data);
        r.text("field");
        if (QTest::currentDataTag() == QByteArrayLiteral("count over its limit")) {
            r.count("list");
        } else if (QTest::currentDataTag() == QByteArrayLiteral("option byte 2")) {
            r.optionalDigest("option");
        } else if (QTest::currentDataTag() == QByteArrayLiteral("bytes left over")) {
            r.u32("n");
        }
        QVERIFY(!r.finish());
        QVERIFY2(r.failure().contains(failure), qPrintable(r.failure()));
        // After a failure every read gives an empty value.
        QCOMPARE(r.u64("after"), quint64{0});
    }

    void aBatchReadsBackAsItWasWritten()
    {
        const Batch batch = sampleBatch();
        const QByteArray body = batch.encode();
        QCOMPARE(batch.encode(), body); // deterministic
        auto read = Batch::decode(body);
        QVERIFY2(read, read ? "" : qPrintable(read.error().detail));
        QVERIFY(*read == batch);
        // The body starts with the format's name, then the village code (docs/batch-format.md §4).
        const QByteArray start =
            hex("0000000e") + QByteArray("verdes-batch/1") + hex("0000000a") + QByteArray("3310042001");
        QVERIFY(body.startsWith(start));
        QCOMPARE(Batch::idOf(body), sha(body));
        Batch other = batch;
        other.items.first().reason += u'.';
        QVERIFY(Batch::idOf(other.encode()) != Batch::idOf(body));
    }

    void everyCutOfABatchIsRefused()
    {
        const QByteArray body = sampleBatch().encode();
        for (qsizetype size = 0; size < body.size(); ++size) {
            auto read = Batch::decode(QByteArrayView(body).first(size));
            QVERIFY2(!read, qPrintable(QString::number(size)));
            QCOMPARE(read.error().code, ErrorCode::SyncFileMalformed);
        }
    }

    void inconsistentBatchesAreRefused_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<QString>("field");
        QTest::newRow("evidence digest") << 0 << QStringLiteral("items[0].evidence.sha256");
        QTest::newRow("meeting digest") << 1 << QStringLiteral("meeting_sha256");
        QTest::newRow("village code") << 2 << QStringLiteral("village_code");
        QTest::newRow("sequence 0") << 3 << QStringLiteral("sequence");
        QTest::newRow("first without previous") << 4 << QStringLiteral("previous");
        QTest::newRow("half a BNBA line") << 5 << QStringLiteral("items[0].bnba");
        QTest::newRow("short signature") << 6 << QStringLiteral("meeting_signature");
    }

    void inconsistentBatchesAreRefused()
    {
        QFETCH(int, fault);
        QFETCH(QString, field);
        Batch batch = sampleBatch();
        switch (fault) {
        case 0:
            batch.items.first().evidence.first().content.append('x');
            break;
        case 1:
            batch.meeting.append(' ');
            break;
        case 2:
            batch.villageCode = QStringLiteral("33.10.04");
            break;
        case 3:
            batch.sequence = 0;
            break;
        case 4:
            batch.sequence = 1;
            break;
        case 5:
            batch.items.first().bnba.removeLast();
            break;
        default:
            batch.meetingSignature.chop(1);
            break;
        }
        auto read = Batch::decode(batch.encode());
        QVERIFY(!read);
        QCOMPARE(read.error().code, ErrorCode::SyncFileMalformed);
        QVERIFY2(read.error().detail.startsWith(field), qPrintable(read.error().detail));
    }

    // The signed file's layout, checked byte by byte.
    void aSignedFileIsLaidOutAsDocumented()
    {
        const Signer device = deviceKey();
        const QByteArray body = sampleBatch().encode();
        auto file = Envelope::sign(FileKind::Batch, device.publicKey(), body, signWith(device));
        QVERIFY(file);
        QCOMPARE(file->size(), 4 + 1 + 8 + 4 + body.size() + 64);
        QCOMPARE(file->first(4), QByteArray("VBAT"));
        QCOMPARE(file->at(4), '\x01');
        QCOMPARE(file->sliced(5, 8), kDeviceKeyId);
        QCOMPARE(file->sliced(13, 4),
                 QByteArray::fromHex(QByteArray::number(body.size(), 16).rightJustified(8, '0')));
        QCOMPARE(file->sliced(17, body.size()), body);
        const QByteArray signedPart = file->first(file->size() - 64);
        QVERIFY(PublicKey::verify(device.publicKey(), signedPart, file->last(64)));
        auto opened = Envelope::openSigned(*file, FileKind::Batch, device.publicKey());
        QVERIFY(opened);
        QCOMPARE(*opened, body);
        QCOMPARE(PublicKey::idTextOf(device.publicKey()), QStringLiteral("3BB3-1586-6BD1-D77D"));
    }

    // One changed byte anywhere, and the file is refused before its body is read.
    void everyFlippedByteOfASignedFileIsRefused()
    {
        const Signer device = deviceKey();
        auto file =
            Envelope::sign(FileKind::Batch, device.publicKey(), sampleBatch().encode(), signWith(device));
        QVERIFY(file);
        for (qsizetype i = 0; i < file->size(); ++i) {
            QByteArray changed = *file;
            changed[i] = static_cast<char>(changed.at(i) ^ 0x01);
            auto opened = Envelope::openSigned(changed, FileKind::Batch, device.publicKey());
            QVERIFY2(!opened, qPrintable(QString::number(i)));
            const ErrorCode code = opened.error().code;
            QVERIFY2(code == ErrorCode::SyncSignatureInvalid || code == ErrorCode::SyncFileMalformed
                         || code == ErrorCode::SyncKeyUnknown,
                     qPrintable(QStringLiteral("%1: %2").arg(i).arg(errorCodeName(code))));
            if (i >= 17) { // past the header, only the signature can tell
                QCOMPARE(code, ErrorCode::SyncSignatureInvalid);
            }
        }
        const Signer stranger = Signer::generate();
        QCOMPARE(Envelope::openSigned(*file, FileKind::Batch, stranger.publicKey()).error().code,
                 ErrorCode::SyncKeyUnknown);
        QCOMPARE(Envelope::openSigned(*file, FileKind::Receipt, device.publicKey()).error().code,
                 ErrorCode::SyncFileMalformed);
        QCOMPARE(Envelope::openSigned(file->first(file->size() - 1), FileKind::Batch, device.publicKey())
                     .error()
                     .code,
                 ErrorCode::SyncFileMalformed);
    }

    void aSealedFileOpensOnlyWithItsHubsKey()
    {
        const Signer device = deviceKey();
        const SealingKey hub = hubKey();
        auto signedFile =
            Envelope::sign(FileKind::Batch, device.publicKey(), sampleBatch().encode(), signWith(device));
        QVERIFY(signedFile);
        auto sealed = Envelope::seal(*signedFile, hub.publicKey());
        QVERIFY(sealed);
        QCOMPARE(sealed->first(4), QByteArray("VSEA"));
        QCOMPARE(sealed->sliced(5, 8), kHubKeyId);
        QCOMPARE(sealed->sliced(13, 8), kDeviceKeyId);
        QCOMPARE(sealed->sliced(21, 4), QByteArray("VBAT"));
        QCOMPARE(sealed->size(), 29 + signedFile->size() + 48);
        // Nothing of the content shows through the seal.
        QVERIFY(!sealed->contains("verdes-batch"));
        QVERIFY(!sealed->contains("SITI AMINAH"));
        auto again = Envelope::seal(*signedFile, hub.publicKey());
        QVERIFY(*again != *sealed); // a fresh ephemeral key each time
        auto opened = Envelope::unseal(*sealed, hub);
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().detail));
        QCOMPARE(*opened, *signedFile);
        QCOMPARE(*Envelope::unseal(*again, hub), *signedFile);

        const SealingKey otherHub = SealingKey::generate();
        QCOMPARE(Envelope::unseal(*sealed, otherHub).error().code, ErrorCode::SyncNotForThisHub);
        for (qsizetype i = 0; i < sealed->size(); i += 7) {
            QByteArray changed = *sealed;
            changed[i] = static_cast<char>(changed.at(i) ^ 0x20);
            auto broken = Envelope::unseal(changed, hub);
            QVERIFY2(!broken, qPrintable(QString::number(i)));
        }
        // The header must name what is inside.
        QByteArray relabelled = *sealed;
        relabelled.replace(21, 4, "VRCP");
        QCOMPARE(Envelope::unseal(relabelled, hub).error().code, ErrorCode::SyncFileMalformed);
    }

    // tests/data/batch/vector-1.*: the signed batch of sampleBatch() with the fixed device key, its
    // id, and a sealed copy for the fixed hub key. VERDES_WRITE_VECTORS=DIR writes them again.
    void theTestVectorIsReproduced()
    {
        const Signer device = deviceKey();
        const SealingKey hub = hubKey();
        const QByteArray body = sampleBatch().encode();
        auto signedFile = Envelope::sign(FileKind::Batch, device.publicKey(), body, signWith(device));
        QVERIFY(signedFile);
        const QString keys =
            QStringLiteral("device_seed %1\ndevice_public_key %2\nhub_sealing_secret_key %3\n"
                           "hub_sealing_public_key %4\nbatch_id %5\n")
                .arg(QString::fromLatin1(
                         QByteArray(reinterpret_cast<const char *>(device.seed().data()), 32).toHex()),
                     QString::fromLatin1(device.publicKey().toHex()),
                     QString::fromLatin1(
                         QByteArray(reinterpret_cast<const char *>(hub.secretKey().data()), 32).toHex()),
                     QString::fromLatin1(hub.publicKey().toHex()),
                     QString::fromLatin1(Batch::idOf(body).toHex()));
        const QString out = qEnvironmentVariable("VERDES_WRITE_VECTORS");
        if (!out.isEmpty()) {
            auto sealed = Envelope::seal(*signedFile, hub.publicKey());
            for (const auto &[name, bytes] : {std::pair{QStringLiteral("vector-1.signed"), *signedFile},
                                              std::pair{QStringLiteral("vector-1.sealed"), *sealed},
                                              std::pair{QStringLiteral("vector-1.keys"), keys.toUtf8()}}) {
                QFile file(out + u'/' + name);
                QVERIFY(file.open(QIODevice::WriteOnly));
                file.write(bytes);
            }
        }
        const auto read = [](const QString &name) {
            QFile file(test::testDataPath(QStringLiteral("batch/") + name));
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        };
        QCOMPARE(QString::fromUtf8(read(QStringLiteral("vector-1.keys"))), keys);
        // Ed25519 signatures are deterministic: the same body and key give the same file.
        QCOMPARE(read(QStringLiteral("vector-1.signed")), *signedFile);
        auto opened = Envelope::unseal(read(QStringLiteral("vector-1.sealed")), hub);
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().detail));
        QCOMPARE(*opened, *signedFile);
        auto batch = Batch::decode(*Envelope::openSigned(*opened, FileKind::Batch, device.publicKey()));
        QVERIFY(batch);
        QVERIFY(*batch == sampleBatch());
    }
};

QTEST_GUILESS_MAIN(TestWire)
#include "tst_Wire.moc"
