// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The district's signed snapshots at the village (issue 14 §2, docs/batch-format.md §16), in a real
// encrypted vault enrolled with a real district hub in a temporary folder: the hub publishes the
// village's CSV and seals it to the village's laptop, the village opens it in memory and imports it,
// and the import records the snapshot's number in its own transaction. What is refused, with the vault
// unchanged (its content, its history and its last number): the same number again, an older one, one
// sealed to another laptop, one signed by a key that is not the pinned hub's, another village's, one
// with a flipped byte, and one whose CSV has a bad row (nothing imported, no number recorded).
#include "models/core/Error.h"
#include "models/core/PublicKey.h"
#include "models/io/CsvReader.h"
#include "models/io/SnapshotImporter.h"
#include "models/vault/AuditLog.h"
#include "models/vault/DeviceKey.h"
#include "models/vault/StateDigest.h"
#include "models/vault/Transaction.h"
#include "sync/batch/Envelope.h"
#include "sync/batch/Snapshot.h"
#include "sync/crypto/Sealer.h"
#include "sync/crypto/Signer.h"
#include "sync/hub/Hub.h"
#include "sync/hub/SqliteHubRepository.h"
#include "sync/outbox/Enrolment.h"
#include "sync/outbox/OutboxRepository.h"
#include "sync/snapshot/SnapshotInbox.h"
#include "tests/support/MeetingFixture.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace verdes;
using namespace verdes::sync;

namespace {

using test::kOperator;

const QString kVillage = QStringLiteral("3373041001");

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

QByteArray smallCsv()
{
    QFile file(test::testDataPath(QStringLiteral("csv/snapshot_small.csv")));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

struct SnapshotFixture : test::MeetingFixture
{
    QTemporaryDir hubDir;
    std::unique_ptr<hub::Hub> hub;
    std::optional<Signer> hubSigner;
    QString hubId;

    SnapshotInbox inbox() { return SnapshotInbox(*db, clock); }

    // The vault of MeetingFixture (snapshot_small.csv imported), enrolled with a real hub of its district.
    bool setUpEnrolled()
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
        // The hub's signing key, as the hub keeps it: this test also signs snapshots as the hub does.
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
        hubId = (*OutboxRepository(*db, clock).hub())->hubId;
        return true;
    }

    // Publishes `csv` at the hub and returns the file sealed to this laptop (empty when refused).
    QByteArray published(const QByteArray &csv, const QString &label)
    {
        auto done = hub->publishSnapshot(kVillage, csv, QStringLiteral("dtsen.csv"), label);
        if (!done) {
            qWarning("publish: %s", qPrintable(failure(done.error())));
            return {};
        }
        auto file = hub->snapshotFor(kVillage, done->serial);
        return file ? file->sealedFile : QByteArray();
    }

    // A snapshot made here as the hub makes it: for this laptop, unless the caller changes it.
    SignedSnapshot snapshot(quint64 serial, const QByteArray &csv)
    {
        SignedSnapshot s;
        s.hubId = hubId;
        s.villageCode = kVillage;
        s.deviceKeyId = PublicKey::idOf(DeviceKey::load(*db)->publicKey());
        s.serial = serial;
        s.issuedAt = QStringLiteral("2026-11-23T09:00:00.000Z");
        s.label = QStringLiteral("DTSEN Desember 2026");
        s.fileName = QStringLiteral("dtsen.csv");
        s.csvSha256 = QCryptographicHash::hash(csv, QCryptographicHash::Sha256);
        s.csv = csv;
        return s;
    }

    // Signed by `signer` (the hub's unless given) and sealed to `recipient` (this laptop unless given).
    QByteArray seal(const SignedSnapshot &s,
                    const Signer *signer = nullptr,
                    const std::optional<QByteArray> &recipient = std::nullopt)
    {
        const QByteArray signedFile =
            signWith(signer != nullptr ? *signer : *hubSigner, FileKind::Snapshot, s.encode());
        auto sealingKey =
            SealingKey::publicKeyOfSigningKey(recipient.value_or(DeviceKey::load(*db)->publicKey()));
        if (!sealingKey) {
            return {};
        }
        auto sealed = Envelope::seal(signedFile, *sealingKey);
        return sealed ? *sealed : QByteArray();
    }

    // Opens and imports a sealed snapshot as `verdes import` does: the report, or why it was refused.
    Result<ImportReport> importSigned(const QByteArray &sealed)
    {
        VERDES_TRY_ASSIGN(snapshot, inbox().open(sealed));
        ImportOptions options;
        options.actor = kOperator;
        options.officerId = kOperator.officerId;
        options.signedSnapshot = SnapshotInbox::record(snapshot);
        auto buffer = std::make_unique<QBuffer>();
        buffer->setData(snapshot.csv);
        buffer->open(QIODevice::ReadOnly);
        CsvReader reader(std::move(buffer), snapshot.fileName);
        ValidationContext context;
        context.today = QDate(2026, 11, 23);
        context.villageCode = kVillage;
        return SnapshotImporter(*db, context, clock).run(reader, options);
    }

    // What must not change when a snapshot is refused: the vault's content, its history, its number.
    QByteArray fingerprint()
    {
        auto hash = StateDigest::currentStateHash(*db);
        auto entries = db->queryInt(QStringLiteral("SELECT count(*) FROM audit_log"));
        auto meta = db->queryText(u"SELECT group_concat(key || '=' || value, ';') FROM vault_meta");
        auto imports = db->queryInt(QStringLiteral("SELECT count(*) FROM imports"));
        return (hash ? *hash : QByteArray()) + QByteArray::number(entries ? *entries : -1)
               + (meta ? meta->toUtf8() : QByteArray("?")) + QByteArray::number(imports ? *imports : -1);
    }

    int auditCount(const QString &action)
    {
        return static_cast<int>(
            *db->queryInt(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = '%1'").arg(action)));
    }

    QString meta(const QString &key)
    {
        auto value = db->queryText(
            QStringLiteral("SELECT coalesce((SELECT value FROM vault_meta WHERE key = '%1'), '')").arg(key));
        return value ? *value : QStringLiteral("?");
    }

    QString address(const QString &household)
    {
        auto value = db->queryText(
            QStringLiteral("SELECT address FROM households WHERE household_id = '%1'").arg(household));
        return value ? *value : QString();
    }
};

// The next quarter: H0001 moved (its address on every row of its members).
QByteArray movedCsv()
{
    return smallCsv().replace("JL. MAWAR, GANG \"\"KENANGA\"\" NO. 1", "JL. MELATI NO. 9");
}

} // namespace

class TestSnapshotInbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void aPublishedSnapshotIsImported()
    {
        SnapshotFixture f;
        QVERIFY(f.setUpEnrolled());
        QVERIFY(f.address(QStringLiteral("H0001")).startsWith(QStringLiteral("JL. MAWAR")));
        QCOMPARE(*f.inbox().lastSerial(), quint64{0});
        const QByteArray sealed = f.published(movedCsv(), QStringLiteral("DTSEN Desember 2026"));
        QVERIFY(!sealed.isEmpty());
        QVERIFY(Envelope::looksSealed(sealed));

        auto opened = f.inbox().open(sealed);
        QVERIFY2(opened, opened ? "" : qPrintable(failure(opened.error())));
        QCOMPARE(opened->serial, quint64{1});
        QCOMPARE(opened->label, QStringLiteral("DTSEN Desember 2026"));
        QCOMPARE(opened->csv, movedCsv());
        // Opening changes nothing.
        QCOMPARE(*f.inbox().lastSerial(), quint64{0});

        const int imports = f.auditCount(QStringLiteral("import.snapshot"));
        auto report = f.importSigned(sealed);
        QVERIFY2(report, report ? "" : qPrintable(failure(report.error())));
        QVERIFY(report->imported);
        QCOMPARE(report->households.changed, qint64{1});
        QCOMPARE(f.address(QStringLiteral("H0001")), QStringLiteral("JL. MELATI NO. 9"));
        QCOMPARE(*f.inbox().lastSerial(), quint64{1});
        QCOMPARE(f.meta(QStringLiteral("snapshot_label")), QStringLiteral("DTSEN Desember 2026"));
        QCOMPARE(f.meta(QStringLiteral("snapshot_hub_id")), f.hubId);
        QCOMPARE(
            f.meta(QStringLiteral("snapshot_sha256")),
            QString::fromLatin1(QCryptographicHash::hash(movedCsv(), QCryptographicHash::Sha256).toHex()));
        QCOMPARE(f.meta(QStringLiteral("snapshot_import_id")), QString::number(report->importId));
        QCOMPARE(f.auditCount(QStringLiteral("snapshot.import_signed")), 1);
        QCOMPARE(f.auditCount(QStringLiteral("import.snapshot")), imports + 1);
        QVERIFY(AuditLog(*f.db, f.clock).verify());
    }

    void theSameOrAnOlderSnapshotIsRefused()
    {
        SnapshotFixture f;
        QVERIFY(f.setUpEnrolled());
        const QByteArray first = f.published(movedCsv(), QStringLiteral("DTSEN September 2026"));
        QVERIFY(f.importSigned(first));
        // The same file again: refused before anything is read, nothing changed.
        QByteArray before = f.fingerprint();
        auto again = f.importSigned(first);
        QVERIFY(!again);
        QCOMPARE(errorCodeName(again.error().code), QStringLiteral("SnapshotReplayed"));
        QCOMPARE(again.error().args, (QStringList{QStringLiteral("1"), QStringLiteral("1")}));
        QVERIFY(!describe(again.error()).isEmpty());
        QCOMPARE(f.fingerprint(), before);

        // The next one is taken; then the first, an older number, is refused.
        f.clock.advanceSeconds(60);
        const QByteArray second = f.published(smallCsv(), QStringLiteral("DTSEN Desember 2026"));
        auto imported = f.importSigned(second);
        QVERIFY2(imported, imported ? "" : qPrintable(failure(imported.error())));
        QCOMPARE(*f.inbox().lastSerial(), quint64{2});
        before = f.fingerprint();
        auto older = f.importSigned(first);
        QVERIFY(!older);
        QCOMPARE(older.error().code, ErrorCode::SnapshotReplayed);
        QCOMPARE(f.fingerprint(), before);
        QCOMPARE(f.auditCount(QStringLiteral("snapshot.import_signed")), 2);
    }

    void theImportChecksTheNumberInItsOwnTransaction()
    {
        // Two imports opened at once (two windows, two laptops' copies): the second to commit is refused.
        SnapshotFixture f;
        QVERIFY(f.setUpEnrolled());
        const QByteArray sealed = f.published(movedCsv(), QStringLiteral("DTSEN Desember 2026"));
        auto opened = f.inbox().open(sealed);
        QVERIFY(opened);
        QVERIFY(f.importSigned(sealed));
        const QByteArray before = f.fingerprint();
        ImportOptions options;
        options.actor = kOperator;
        options.signedSnapshot = SnapshotInbox::record(*opened);
        auto buffer = std::make_unique<QBuffer>();
        buffer->setData(opened->csv);
        buffer->open(QIODevice::ReadOnly);
        CsvReader reader(std::move(buffer), opened->fileName);
        ValidationContext context;
        context.today = QDate(2026, 11, 23);
        context.villageCode = kVillage;
        auto late = SnapshotImporter(*f.db, context, f.clock).run(reader, options);
        QVERIFY(!late);
        QCOMPARE(late.error().code, ErrorCode::SnapshotReplayed);
        QCOMPARE(f.fingerprint(), before);
        // And bytes that are not the ones the hub signed are not recorded as its snapshot.
        options.signedSnapshot->serial = 5;
        options.signedSnapshot->csvSha256 = QString(64, u'0');
        auto other = std::make_unique<QBuffer>();
        other->setData(smallCsv());
        other->open(QIODevice::ReadOnly);
        CsvReader otherReader(std::move(other), opened->fileName);
        auto mismatched = SnapshotImporter(*f.db, context, f.clock).run(otherReader, options);
        QVERIFY(!mismatched);
        QCOMPARE(mismatched.error().code, ErrorCode::SyncFileMalformed);
        QCOMPARE(f.fingerprint(), before);
    }

    void aSnapshotThatCannotBeTrustedIsRefused_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<ErrorCode>("code");
        QTest::newRow("sealed to another laptop") << 0 << ErrorCode::SyncNotForThisHub;
        QTest::newRow("signed by a key that is not the pinned hub") << 1 << ErrorCode::SyncHubUnknown;
        QTest::newRow("another village") << 2 << ErrorCode::SyncNotOurs;
        QTest::newRow("another laptop named inside") << 3 << ErrorCode::SyncNotOurs;
        QTest::newRow("another hub named inside") << 4 << ErrorCode::SyncNotOurs;
        QTest::newRow("a flipped byte") << 5 << ErrorCode::SyncFileMalformed;
        QTest::newRow("a decision list, not a snapshot") << 6 << ErrorCode::SyncFileMalformed;
        QTest::newRow("a CSV, not a sealed file") << 7 << ErrorCode::SyncFileMalformed;
        QTest::newRow("the hub's own file, sealed well") << 8 << ErrorCode::Internal; // accepted
    }

    void aSnapshotThatCannotBeTrustedIsRefused()
    {
        QFETCH(int, kind);
        QFETCH(ErrorCode, code);
        SnapshotFixture f;
        QVERIFY(f.setUpEnrolled());
        const Signer stranger = Signer::generate();
        SignedSnapshot s = f.snapshot(1, movedCsv());
        QByteArray file;
        switch (kind) {
        case 0:
            file = f.seal(s, nullptr, stranger.publicKey());
            break;
        case 1:
            file = f.seal(s, &stranger);
            break;
        case 2:
            s.villageCode = QStringLiteral("3373041002");
            file = f.seal(s);
            break;
        case 3:
            s.deviceKeyId = PublicKey::idOf(stranger.publicKey());
            file = f.seal(s);
            break;
        case 4:
            s.hubId = QStringLiteral("another-hub");
            file = f.seal(s);
            break;
        case 5:
            file = f.seal(s);
            file[file.size() - 40] = static_cast<char>(file.at(file.size() - 40) ^ 0x01);
            break;
        case 6: {
            auto sealingKey = SealingKey::publicKeyOfSigningKey(DeviceKey::load(*f.db)->publicKey());
            QVERIFY(sealingKey);
            file = *Envelope::seal(signWith(*f.hubSigner, FileKind::DecisionList, s.encode()), *sealingKey);
            break;
        }
        case 7:
            file = movedCsv();
            break;
        default:
            file = f.seal(s);
            break;
        }
        QVERIFY(!file.isEmpty());
        const QByteArray before = f.fingerprint();
        auto imported = f.importSigned(file);
        if (code == ErrorCode::Internal) {
            QVERIFY2(imported, imported ? "" : qPrintable(failure(imported.error())));
            QCOMPARE(*f.inbox().lastSerial(), quint64{1});
            return;
        }
        QVERIFY(!imported);
        QCOMPARE(errorCodeName(imported.error().code), errorCodeName(code));
        QVERIFY(!describe(imported.error()).isEmpty());
        QCOMPARE(f.fingerprint(), before);
        QCOMPARE(*f.inbox().lastSerial(), quint64{0});
    }

    void aSnapshotWithABadRowImportsNothing()
    {
        SnapshotFixture f;
        QVERIFY(f.setUpEnrolled());
        // P0002's NIK cut short: a row error (V01), so nothing of the file is imported.
        QByteArray bad = movedCsv();
        QVERIFY(bad.contains(",3373044307850002,"));
        bad.replace(",3373044307850002,", ",33730443,");
        const QByteArray sealed = f.published(bad, QStringLiteral("DTSEN Desember 2026"));
        QVERIFY(!sealed.isEmpty());
        const QByteArray before = f.fingerprint();
        auto report = f.importSigned(sealed);
        QVERIFY2(report, report ? "" : qPrintable(failure(report.error())));
        QVERIFY(!report->imported);
        QVERIFY(report->errorCount > 0);
        QCOMPARE(f.fingerprint(), before);
        QCOMPARE(*f.inbox().lastSerial(), quint64{0});
        QCOMPARE(f.auditCount(QStringLiteral("snapshot.import_signed")), 0);
        QVERIFY(f.address(QStringLiteral("H0001")).startsWith(QStringLiteral("JL. MAWAR")));
        // The hub's corrected file, the next number, is taken.
        f.clock.advanceSeconds(60);
        auto imported = f.importSigned(f.published(movedCsv(), QStringLiteral("DTSEN Desember 2026 (2)")));
        QVERIFY2(imported, imported ? "" : qPrintable(failure(imported.error())));
        QVERIFY(imported->imported);
        QCOMPARE(*f.inbox().lastSerial(), quint64{2});
    }

    void aVaultWithoutAHubOpensNoSnapshot()
    {
        SnapshotFixture f;
        QVERIFY(f.setUp());
        auto opened = f.inbox().open(QByteArray("VSEA"));
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, ErrorCode::SyncNotEnrolled);
    }
};

QTEST_GUILESS_MAIN(TestSnapshotInbox)
#include "tst_SnapshotInbox.moc"
