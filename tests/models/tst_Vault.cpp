// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/audit/AuditText.h"
#include "models/demo/DemoVault.h"
#include "models/jobs/QuickCheckJob.h"
#include "models/platform/Platform.h"
#include "models/vault/AuditLog.h"
#include "models/vault/Database.h"
#include "models/vault/Kdf.h"
#include "models/vault/KeySlots.h"
#include "models/vault/Statement.h"
#include "models/vault/Transaction.h"
#include "models/vault/UnlockThrottle.h"
#include "models/vault/Vault.h"
#include "tests/support/FakeClock.h"
#include "tests/support/RecordingProgress.h"
#include "tests/support/TempVault.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cerrno>
#include <cstdio>
#include <sys/mount.h>
#include <unistd.h>

// The crash tests below kill the process at crash points, which exist only in test builds; a build
// without them must not pass by skipping.
#if !defined(VERDES_TESTING)
#error "tst_Vault needs VERDES_TESTING (crash points)"
#endif

using namespace verdes;
using verdes::test::FakeClock;
using verdes::test::TempVault;

namespace {

const QString kOfficer = QString::fromUtf16(TempVault::kOfficer);
const QString kVillageCode = QString::fromUtf16(TempVault::kVillageCode);
const QString kVillageName = QString::fromUtf16(TempVault::kVillageName);

SecureBytes secret(const char *text)
{
    return SecureBytes::fromUtf8(QString::fromUtf8(text));
}

// Every file in a folder (name -> SHA-256), except the lock file, which exists to be opened.
QMap<QString, QByteArray> folderHashes(const QString &folder)
{
    QMap<QString, QByteArray> hashes;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.endsWith(Vault::lockFileName())) {
            continue;
        }
        QFile file(path);
        if (file.open(QIODevice::ReadOnly)) {
            hashes.insert(QDir(folder).relativeFilePath(path),
                          QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256));
        } else {
            hashes.insert(QDir(folder).relativeFilePath(path), QByteArray("unreadable"));
        }
    }
    return hashes;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

QString dbPath(const QString &folder)
{
    return QDir(folder).filePath(Vault::databaseFileName());
}

QString printedKey(const RecoveryKey &key)
{
    const SecureBytes text = key.formatted();
    return QString::fromLatin1(reinterpret_cast<const char *>(text.data()), // NOLINT
                               static_cast<qsizetype>(text.size()));
}

// The read-only test's child: runs one vault operation and prints the error code name (or "ok").
int runChild(const QString &action, const QString &folder)
{
    Kdf::setFastForTests(true);
    QStandardPaths::setTestModeEnabled(true);
    QString outcome = QStringLiteral("ok");
    if (action == u"unlock") {
        auto vault = Vault::unlock(folder, kOfficer, TempVault::passphrase());
        if (!vault) {
            outcome = errorCodeName(vault.error().code);
        }
    } else if (action == u"create") {
        auto created = Vault::create(folder, kVillageCode, kVillageName, kOfficer, TempVault::passphrase());
        if (!created) {
            outcome = errorCodeName(created.error().code);
        }
    } else if (action == u"add-officer" || action == u"remove-officer" || action == u"passwd"
               || action == u"role" || action == u"rekey") {
        auto vault = Vault::unlock(folder, kOfficer, TempVault::passphrase());
        if (!vault) {
            outcome = errorCodeName(vault.error().code);
        } else {
            Result<void> done;
            if (action == u"add-officer") {
                done = (*vault)->addOfficer(QStringLiteral("Kepala Desa"), secret("rahasia kepala desa"));
            } else if (action == u"remove-officer") {
                done = (*vault)->removeOfficer(QStringLiteral("Sekdes"));
            } else if (action == u"passwd") {
                done = (*vault)->changePassphrase(QStringLiteral("Sekdes"), secret("kata sandi yang baru"));
            } else if (action == u"role") {
                done = (*vault)->setOfficerRole(QStringLiteral("Sekdes"), Role::Viewer);
            } else {
                done = (*vault)->changeKey();
            }
            if (!done) {
                outcome = errorCodeName(done.error().code);
            }
        }
    } else {
        outcome = QStringLiteral("unknown action");
    }
    std::fputs(outcome.toUtf8().constData(), stdout);
    return 0;
}

// Runs `operation` on the vault in a child process of this test and kills it (SIGKILL, as a power
// cut) at `crashPoint`; fails the test unless the child died there.
void killChildAt(const QString &crashPoint, const QString &operation, const QString &folder)
{
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("VERDES_CRASH_AT"), crashPoint);
    env.insert(QStringLiteral("VERDES_CRASH_MODE"), QStringLiteral("kill"));
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--child"), operation, folder});
    QVERIFY(child.waitForFinished(60000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);
}

} // namespace

class TestVault : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Kdf::setFastForTests(true);
        // Start every run without a throttle left by an earlier run.
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)).removeRecursively();
    }

    // --- create -------------------------------------------------------------------------------

    void createGivesAnOpenVaultAndARecoveryKey()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("contoh.verdes"));
        auto created = Vault::create(folder, kVillageCode, kVillageName, kOfficer, TempVault::passphrase());
        QVERIFY2(created.has_value(), qPrintable(created ? QString() : created.error().detail));
        Vault &vault = *created->vault;
        QVERIFY(vault.isOpen());
        QCOMPARE(vault.villageCode(), kVillageCode);
        QCOMPARE(vault.villageName(), kVillageName);
        QCOMPARE(vault.unlockedBy(), kOfficer);
        QCOMPARE(vault.vaultId().size(), qsizetype(32));
        QCOMPARE(vault.officerNames(), QStringList{kOfficer});
        QVERIFY(!created->recoveryKey.isEmpty());
        QVERIFY(RecoveryKey::parse(printedKey(created->recoveryKey)).has_value());

        // The folder holds the database, two copies of key-slot generation 1 and the lock file.
        QStringList files = QDir(folder).entryList(QDir::Files);
        files.removeAll(QStringLiteral("vault.db-wal"));
        files.removeAll(QStringLiteral("vault.db-shm"));
        files.sort();
        QCOMPARE(files,
                 (QStringList{KeySlots::fileName(0),
                              KeySlots::fileName(1),
                              Vault::databaseFileName(),
                              Vault::lockFileName()}));

        // vault_meta and officers are filled in.
        Database &db = vault.database();
        {
            Statement st(db, u"SELECT value FROM vault_meta WHERE key = :key");
            QVERIFY(st.status().has_value());
            const QList<std::pair<QString, QString>> expected{
                {QStringLiteral("vault_id"), vault.vaultId()},
                {QStringLiteral("village_code"), kVillageCode},
                {QStringLiteral("village_name"), kVillageName},
                {QStringLiteral("kdf_algorithm"), QStringLiteral("argon2id13")},
                {QStringLiteral("kdf_opslimit"), QString::number(vault.kdfCost().opsLimit)},
                {QStringLiteral("kdf_memlimit"), QString::number(vault.kdfCost().memLimit)},
            };
            for (const auto &[key, value] : expected) {
                st.reset();
                st.bind(u":key", key);
                auto row = st.step();
                QVERIFY(row.has_value() && *row);
                QCOMPARE(st.text(0), value);
            }
        }
        auto officers =
            db.queryInt(u"SELECT count(*) FROM officers WHERE removed_at IS NULL AND role = 'operator'");
        QVERIFY(officers.has_value());
        QCOMPARE(*officers, qint64(1));
        auto schema = db.queryInt(u"PRAGMA user_version");
        QVERIFY(schema.has_value());
        QVERIFY(*schema >= 1);
        auto check = vault.fullCheck();
        QVERIFY(check.has_value());
        QVERIFY2(check->isEmpty(), qPrintable(check->join(u'\n')));
    }

    void createWithRealKdfCost()
    {
        if (qEnvironmentVariableIntValue("VERDES_KDF_FAST") == 1) {
            QSKIP("VERDES_KDF_FAST=1 is set in the environment: every vault gets the minimum cost");
        }
        // The production path once: calibrated Argon2id (a few seconds and 256 MiB), recorded in
        // vault_meta, used by every slot, and the vault opens with it.
        Kdf::setFastForTests(false);
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("nyata.verdes"));
        auto created = Vault::create(folder, kVillageCode, kVillageName, kOfficer, TempVault::passphrase());
        Kdf::setFastForTests(true);
        QVERIFY(created.has_value());
        const KdfParams cost = created->vault->kdfCost();
        QVERIFY(cost.opsLimit >= Kdf::kFloorOpsLimit);
        QVERIFY(cost.memLimit >= Kdf::kFloorMemLimit);
        auto meta =
            created->vault->database().queryText(u"SELECT value FROM vault_meta WHERE key = 'kdf_memlimit'");
        QVERIFY(meta.has_value());
        QCOMPARE(*meta, QString::number(cost.memLimit));
        QVERIFY(created->vault->lock().has_value());
        auto slots = KeySlots::load(folder);
        QVERIFY(slots.has_value());
        for (const KeySlot &slot : slots->slots()) {
            QCOMPARE(slot.kdf.opsLimit, cost.opsLimit);
            QCOMPARE(slot.kdf.memLimit, cost.memLimit);
        }
        QVERIFY(slots->officerSlot(kOfficer)->kdf.salt != slots->recoverySlot()->kdf.salt);
        QVERIFY(Vault::unlock(folder, kOfficer, TempVault::passphrase()).has_value());
    }

    void createRefusesAnExistingPath_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("existing-vault") << 0;
        QTest::newRow("empty-folder") << 1;
        QTest::newRow("plain-file") << 2;
    }

    void createRefusesAnExistingPath()
    {
        QFETCH(int, kind);
        TempVault tv;
        QVERIFY2(tv.isValid(), qPrintable(tv.errorText()));
        QString target = tv.folder();
        QTemporaryDir other;
        if (kind == 1) {
            target = other.filePath(QStringLiteral("empty.verdes"));
            QVERIFY(QDir().mkdir(target));
        } else if (kind == 2) {
            target = other.filePath(QStringLiteral("file.verdes"));
            writeAll(target, "not a vault");
        }
        tv.lock();
        const auto before = folderHashes(tv.folder());
        const QByteArray fileBefore = kind == 2 ? readAll(target) : QByteArray();
        auto created = Vault::create(target, kVillageCode, kVillageName, kOfficer, TempVault::passphrase());
        QVERIFY(!created.has_value());
        QCOMPARE(created.error().code, ErrorCode::VaultExists);
        QCOMPARE(folderHashes(tv.folder()), before);
        if (kind == 1) {
            QVERIFY(QDir(target).isEmpty());
        }
        if (kind == 2) {
            QCOMPARE(readAll(target), fileBefore);
        }
    }

    void createValidatesItsInput_data()
    {
        QTest::addColumn<QString>("villageCode");
        QTest::addColumn<QString>("officer");
        QTest::addColumn<QString>("passphrase");
        QTest::addColumn<ErrorCode>("expected");
        const QString good = QStringLiteral("kata sandi uji 123");
        QTest::newRow("passphrase-empty")
            << kVillageCode << kOfficer << QString() << ErrorCode::VaultPassphraseTooShort;
        QTest::newRow("passphrase-nine-chars")
            << kVillageCode << kOfficer << QStringLiteral("123456789") << ErrorCode::VaultPassphraseTooShort;
        // Nine characters but eighteen UTF-8 bytes: the policy counts characters.
        QTest::newRow("passphrase-nine-accented-chars")
            << kVillageCode << kOfficer
            << QStringLiteral("\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9")
            << ErrorCode::VaultPassphraseTooShort;
        QTest::newRow("village-code-short")
            << QStringLiteral("331004299") << kOfficer << good << ErrorCode::VaultInvalidVillageCode;
        QTest::newRow("village-code-dotted")
            << QStringLiteral("33.10.04.2999") << kOfficer << good << ErrorCode::VaultInvalidVillageCode;
        QTest::newRow("village-code-letters")
            << QStringLiteral("33100429AB") << kOfficer << good << ErrorCode::VaultInvalidVillageCode;
        QTest::newRow("officer-blank")
            << kVillageCode << QStringLiteral("   ") << good << ErrorCode::UsageError;
    }

    void createValidatesItsInput()
    {
        QFETCH(QString, villageCode);
        QFETCH(QString, officer);
        QFETCH(QString, passphrase);
        QFETCH(ErrorCode, expected);
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("x.verdes"));
        auto created =
            Vault::create(folder, villageCode, kVillageName, officer, SecureBytes::fromUtf8(passphrase));
        QVERIFY(!created.has_value());
        QCOMPARE(created.error().code, expected);
        QVERIFY(!QFileInfo::exists(folder));
    }

    void passphrasePolicyCountsCharacters_data()
    {
        QTest::addColumn<QString>("passphrase");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("ten-ascii") << QStringLiteral("0123456789") << true;
        QTest::newRow("ten-accented")
            << QStringLiteral("\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9") << true;
        QTest::newRow("sentence") << QStringLiteral("saya suka nasi goreng") << true;
        QTest::newRow("nine-ascii") << QStringLiteral("012345678") << false;
        QTest::newRow("five-emoji-ten-utf16-units")
            << QStringLiteral("\U0001F600\U0001F600\U0001F600\U0001F600\U0001F600") << false;
    }

    void passphrasePolicyCountsCharacters()
    {
        QFETCH(QString, passphrase);
        QFETCH(bool, accepted);
        auto checked = Vault::checkPassphrase(SecureBytes::fromUtf8(passphrase));
        QCOMPARE(checked.has_value(), accepted);
        if (!accepted) {
            QCOMPARE(checked.error().code, ErrorCode::VaultPassphraseTooShort);
            QCOMPARE(checked.error().args, QStringList{QStringLiteral("10")});
        }
    }

    void createNeedsAnExistingParent()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("missing/x.verdes"));
        auto created = Vault::create(folder, kVillageCode, kVillageName, kOfficer, TempVault::passphrase());
        QVERIFY(!created.has_value());
        QCOMPARE(created.error().code, ErrorCode::FileNotFound);
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("missing"))));
    }

    // --- the file really is encrypted ------------------------------------------------------------

    void vaultFileIsEncrypted()
    {
        TempVault tv;
        QVERIFY2(tv.isValid(), qPrintable(tv.errorText()));
        auto version = tv.database().cipherVersion();
        QVERIFY(version.has_value());
        QVERIFY2(version->startsWith(u'4'), qPrintable(*version));
        QVERIFY(tv.database().isEncrypted());
        tv.lock();
        const QByteArray bytes = readAll(dbPath(tv.folder()));
        QVERIFY(bytes.size() >= 4096);
        QVERIFY(!bytes.startsWith("SQLite format 3"));
        QVERIFY(!bytes.contains("Desa Contoh"));
        QVERIFY(!bytes.contains("3310042999"));
        QVERIFY(!bytes.contains("Operator Uji"));
        QVERIFY(!bytes.contains("vault_meta"));
        QVERIFY(!bytes.contains("CREATE TABLE"));
        // The key-slot file holds no secret: not the passphrase, not the recovery key.
        for (int parity = 0; parity < 2; ++parity) {
            const QByteArray slots = readAll(QDir(tv.folder()).filePath(KeySlots::fileName(parity)));
            QVERIFY(!slots.contains("kata sandi"));
            QVERIFY(!slots.contains(tv.recoveryKey().toLatin1()));
        }
    }

    // --- unlock ------------------------------------------------------------------------------------

    void unlockWithPassphrase()
    {
        TempVault tv;
        QVERIFY2(tv.isValid(), qPrintable(tv.errorText()));
        const QString vaultId = tv.vault().vaultId();
        tv.lock();
        QVERIFY(!tv.vault().isOpen());
        auto vault = Vault::unlock(tv.folder(), kOfficer, TempVault::passphrase());
        QVERIFY2(vault.has_value(), qPrintable(vault ? QString() : errorCodeName(vault.error().code)));
        QCOMPARE((*vault)->vaultId(), vaultId);
        QCOMPARE((*vault)->villageName(), kVillageName);
        QCOMPARE((*vault)->unlockedBy(), kOfficer);
        auto officers = (*vault)->database().queryInt(u"SELECT count(*) FROM officers");
        QVERIFY(officers.has_value());
        QCOMPARE(*officers, qint64(1));
    }

    void officerNameIsCaseInsensitive()
    {
        TempVault tv;
        QVERIFY(tv.isValid());
        tv.lock();
        auto vault = Vault::unlock(tv.folder(), QStringLiteral("  operator UJI "), TempVault::passphrase());
        QVERIFY(vault.has_value());
        QCOMPARE((*vault)->unlockedBy(), kOfficer);
    }

    void officerNamesWithoutUnlocking()
    {
        TempVault tv;
        QVERIFY(tv.isValid());
        QVERIFY(
            tv.vault().addOfficer(QStringLiteral("Kepala Desa"), secret("rahasia kepala desa")).has_value());
        auto names = Vault::officerNames(tv.folder());
        QVERIFY(names.has_value());
        QCOMPARE(*names, (QStringList{kOfficer, QStringLiteral("Kepala Desa")}));
        QVERIFY(Vault::isVault(tv.folder()));
        QTemporaryDir empty;
        QVERIFY(!Vault::isVault(empty.path()));
        auto missing = Vault::officerNames(empty.filePath(QStringLiteral("nope.verdes")));
        QVERIFY(!missing.has_value());
        QCOMPARE(missing.error().code, ErrorCode::VaultNotFound);
        auto none = Vault::officerNames(empty.path());
        QVERIFY(!none.has_value());
        QCOMPARE(none.error().code, ErrorCode::VaultNotAVault);
    }

    void failedUnlockLeavesTheFolderAlone_data()
    {
        QTest::addColumn<QString>("officer");
        QTest::addColumn<QString>("passphrase");
        QTest::addColumn<ErrorCode>("expected");
        QTest::newRow("wrong-passphrase")
            << kOfficer << QStringLiteral("kata sandi uji 124") << ErrorCode::VaultWrongPassphrase;
        QTest::newRow("empty-passphrase") << kOfficer << QString() << ErrorCode::VaultWrongPassphrase;
        QTest::newRow("passphrase-case")
            << kOfficer << QStringLiteral("Kata sandi uji 123") << ErrorCode::VaultWrongPassphrase;
        QTest::newRow("unknown-officer")
            << QStringLiteral("Orang Lain") << QString::fromUtf16(TempVault::kPassphrase)
            << ErrorCode::VaultUnknownOfficer;
    }

    void failedUnlockLeavesTheFolderAlone()
    {
        QFETCH(QString, officer);
        QFETCH(QString, passphrase);
        QFETCH(ErrorCode, expected);
        TempVault tv;
        QVERIFY(tv.isValid());
        tv.lock();
        const auto before = folderHashes(tv.folder());
        auto vault = Vault::unlock(tv.folder(), officer, SecureBytes::fromUtf8(passphrase));
        QVERIFY(!vault.has_value());
        QCOMPARE(vault.error().code, expected);
        QCOMPARE(folderHashes(tv.folder()), before);
        QVERIFY(tv.reopen());
    }

    void notAVault_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<ErrorCode>("expected");
        QTest::newRow("missing-folder") << 0 << ErrorCode::VaultNotFound;
        QTest::newRow("empty-folder") << 1 << ErrorCode::VaultNotAVault;
        QTest::newRow("random-file-instead-of-folder") << 2 << ErrorCode::VaultNotAVault;
        QTest::newRow("folder-with-other-files") << 3 << ErrorCode::VaultNotAVault;
        QTest::newRow("key-slot-files-of-random-bytes") << 4 << ErrorCode::VaultKeySlotsDamaged;
        QTest::newRow("key-slot-files-empty") << 5 << ErrorCode::VaultKeySlotsDamaged;
    }

    void notAVault()
    {
        QFETCH(int, kind);
        QFETCH(ErrorCode, expected);
        QTemporaryDir dir;
        QString target = dir.filePath(QStringLiteral("v.verdes"));
        QByteArray noise(8192, '\0');
        for (qsizetype i = 0; i < noise.size(); ++i) {
            noise[i] = static_cast<char>((i * 2654435761U) >> 13);
        }
        switch (kind) {
        case 0:
            break;
        case 1:
            QVERIFY(QDir().mkdir(target));
            break;
        case 2:
            writeAll(target, noise);
            break;
        case 3:
            QVERIFY(QDir().mkdir(target));
            writeAll(QDir(target).filePath(QStringLiteral("photo.jpg")), noise);
            writeAll(QDir(target).filePath(Vault::databaseFileName()), noise);
            break;
        case 4:
        case 5:
            QVERIFY(QDir().mkdir(target));
            writeAll(QDir(target).filePath(KeySlots::fileName(0)), kind == 4 ? noise : QByteArray());
            writeAll(QDir(target).filePath(KeySlots::fileName(1)),
                     kind == 4 ? noise.left(100) : QByteArray());
            writeAll(QDir(target).filePath(Vault::databaseFileName()), noise);
            break;
        default:
            QFAIL("unknown kind");
        }
        const auto before = QFileInfo(target).isDir() ? folderHashes(target) : QMap<QString, QByteArray>();
        const QByteArray fileBefore = kind == 2 ? readAll(target) : QByteArray();
        auto vault = Vault::unlock(target, kOfficer, TempVault::passphrase());
        QVERIFY(!vault.has_value());
        QCOMPARE(vault.error().code, expected);
        if (QFileInfo(target).isDir()) {
            QCOMPARE(folderHashes(target), before);
        }
        if (kind == 2) {
            QCOMPARE(readAll(target), fileBefore);
        }
        if (kind == 0) {
            QVERIFY(!QFileInfo::exists(target));
        }
    }

    void damagedDatabaseIsReported_data()
    {
        QTest::addColumn<int>("damage");
        QTest::newRow("zero-bytes") << 0;
        QTest::newRow("one-byte") << 1;
        QTest::newRow("first-page-only") << 2;
        QTest::newRow("truncated-half") << 3;
        QTest::newRow("random-bytes") << 4;
        QTest::newRow("page-one-flipped") << 5;
        QTest::newRow("missing") << 6;
    }

    void damagedDatabaseIsReported()
    {
        QFETCH(int, damage);
        TempVault tv;
        QVERIFY(tv.isValid());
        // Some rows, so the file has several pages.
        QVERIFY(tv.database().execute(u"CREATE TABLE filler (x TEXT)").has_value());
        for (int i = 0; i < 200; ++i) {
            Statement st(tv.database(), u"INSERT INTO filler (x) VALUES (:x)");
            QVERIFY(st.status().has_value());
            st.bind(u":x", QString(200, QLatin1Char('a' + static_cast<char>(i % 26))));
            QVERIFY(st.run().has_value());
        }
        tv.lock();
        const QString path = dbPath(tv.folder());
        QByteArray bytes = readAll(path);
        QVERIFY(bytes.size() > 4 * 4096);
        switch (damage) {
        case 0:
            bytes.clear();
            break;
        case 1:
            bytes.truncate(1);
            break;
        case 2:
            bytes.truncate(4096);
            break;
        case 3:
            bytes.truncate(bytes.size() / 2);
            break;
        case 4:
            for (qsizetype i = 0; i < bytes.size(); ++i) {
                bytes[i] = static_cast<char>((i * 2654435761U) >> 11);
            }
            break;
        case 5:
            bytes[100] = static_cast<char>(bytes[100] ^ 0x10);
            break;
        case 6:
            break;
        default:
            QFAIL("unknown damage");
        }
        if (damage == 6) {
            QVERIFY(QFile::remove(path));
        } else {
            writeAll(path, bytes);
        }
        const auto before = folderHashes(tv.folder());
        auto vault = Vault::unlock(tv.folder(), kOfficer, TempVault::passphrase());
        QVERIFY(!vault.has_value());
        QVERIFY2(vault.error().code == ErrorCode::VaultDamaged,
                 qPrintable(errorCodeName(vault.error().code) + u' ' + vault.error().detail));
        QCOMPARE(folderHashes(tv.folder()), before);
    }

    void newerSchemaIsRefused()
    {
        TempVault tv;
        QVERIFY(tv.isValid());
        QVERIFY(tv.database().execute(u"PRAGMA user_version = 999").has_value());
        tv.lock();
        const auto before = folderHashes(tv.folder());
        auto vault = Vault::unlock(tv.folder(), kOfficer, TempVault::passphrase());
        QVERIFY(!vault.has_value());
        QCOMPARE(vault.error().code, ErrorCode::VaultNewerSchema);
        QCOMPARE(vault.error().args.value(0), QStringLiteral("999"));
        QCOMPARE(folderHashes(tv.folder()), before);
    }

    void keySlotsOfAnotherVaultAreRefused()
    {
        TempVault a;
        TempVault b;
        QVERIFY(a.isValid() && b.isValid());
        a.lock();
        b.lock();
        // Both slot files of b copied into a: the passphrase opens b's slot, whose key does not open a's
        // file.
        for (int parity = 0; parity < 2; ++parity) {
            const QString name = KeySlots::fileName(parity);
            QFile::remove(QDir(a.folder()).filePath(name));
            if (QFile::exists(QDir(b.folder()).filePath(name))) {
                QVERIFY(QFile::copy(QDir(b.folder()).filePath(name), QDir(a.folder()).filePath(name)));
            }
        }
        auto vault = Vault::unlock(a.folder(), kOfficer, TempVault::passphrase());
        QVERIFY(!vault.has_value());
        QCOMPARE(vault.error().code, ErrorCode::VaultDamaged);
    }

    void lockedByAnotherOpener()
    {
        TempVault tv;
        QVERIFY(tv.isValid());
        tv.lock();
        const auto before = folderHashes(tv.folder());
        QVERIFY(tv.reopen());
        auto second = Vault::unlock(tv.folder(), kOfficer, TempVault::passphrase());
        QVERIFY(!second.has_value());
        QCOMPARE(second.error().code, ErrorCode::VaultLockedByOther);
        auto recovery = Vault::unlockWithRecoveryKey(tv.folder(), tv.recoveryKey());
        QVERIFY(!recovery.has_value());
        QCOMPARE(recovery.error().code, ErrorCode::VaultLockedByOther);
        // The first opener is unaffected.
        QVERIFY(tv.database().queryInt(u"SELECT count(*) FROM officers").has_value());
        tv.lock();
        QCOMPARE(folderHashes(tv.folder()), before);
        // Once locked, another opener gets in.
        auto third = Vault::unlock(tv.folder(), kOfficer, TempVault::passphrase());
        QVERIFY(third.has_value());
    }

    void lockedByAnotherProcess()
    {
        TempVault tv;
        QVERIFY(tv.isValid());
        QProcess child;
        child.setProgram(QCoreApplication::applicationFilePath());
        child.setArguments({QStringLiteral("--child"), QStringLiteral("unlock"), tv.folder()});
        child.start();
        QVERIFY(child.waitForFinished(60000));
        QCOMPARE(QString::fromUtf8(child.readAllStandardOutput()), QStringLiteral("VaultLockedByOther"));
        tv.lock();
        child.start();
        QVERIFY(child.waitForFinished(60000));
        QCOMPARE(QString::fromUtf8(child.readAllStandardOutput()), QStringLiteral("ok"));
    }

    // --- recovery key --------------------------------------------------------------------------

    void unlockWithRecoveryKey()
    {
        TempVault tv;
        QVERIFY(tv.isValid());
        const QString id = tv.vault().vaultId();
        tv.lock();
        // As typed by a person: lower case, spaces.
        QString typed = tv.recoveryKey().toLower();
        typed.replace(u'-', u' ');
        auto vault = Vault::unlockWithRecoveryKey(tv.folder(), typed);
        QVERIFY2(vault.has_value(), qPrintable(vault ? QString() : errorCodeName(vault.error().code)));
        QCOMPARE((*vault)->vaultId(), id);
        QVERIFY((*vault)->unlockedBy().isEmpty());
        // The usual next step: give the officer a new passphrase.
        QVERIFY((*vault)->changePassphrase(kOfficer, secret("passphrase baru sekali")).has_value());
        QVERIFY((*vault)->lock().has_value());
        auto officer = Vault::unlock(tv.folder(), kOfficer, secret("passphrase baru sekali"));
        QVERIFY(officer.has_value());
    }

    void recoveryKeyTypoIsCaughtBeforeAnyKdf()
    {
        TempVault tv;
        QVERIFY(tv.isValid());
        tv.lock();
        QString typo = tv.recoveryKey();
        typo[5] = typo[5] == u'A' ? u'B' : u'A';
        const auto before = folderHashes(tv.folder());
        const quint64 derivations = Kdf::derivationCount();
        auto vault = Vault::unlockWithRecoveryKey(tv.folder(), typo);
        QVERIFY(!vault.has_value());
        QCOMPARE(vault.error().code, ErrorCode::VaultRecoveryKeyTypo);
        QCOMPARE(Kdf::derivationCount(), derivations);
        auto format = Vault::unlockWithRecoveryKey(tv.folder(), tv.recoveryKey().left(20));
        QVERIFY(!format.has_value());
        QCOMPARE(format.error().code, ErrorCode::VaultRecoveryKeyFormat);
        QCOMPARE(Kdf::derivationCount(), derivations);
        QCOMPARE(folderHashes(tv.folder()), before);
    }

    void recoveryKeyOfAnotherVaultIsWrong()
    {
        TempVault tv;
        TempVault other;
        QVERIFY(tv.isValid() && other.isValid());
        tv.lock();
        const auto before = folderHashes(tv.folder());
        const quint64 derivations = Kdf::derivationCount();
        auto vault = Vault::unlockWithRecoveryKey(tv.folder(), other.recoveryKey());
        QVERIFY(!vault.has_value());
        QCOMPARE(vault.error().code, ErrorCode::VaultWrongRecoveryKey);
        QVERIFY(Kdf::derivationCount() > derivations); // well-formed: it did reach the KDF
        QCOMPARE(folderHashes(tv.folder()), before);
        // A passphrase is not a recovery key.
        auto passphrase =
            Vault::unlockWithRecoveryKey(tv.folder(), QString::fromUtf16(TempVault::kPassphrase));
        QVERIFY(!passphrase.has_value());
        QCOMPARE(passphrase.error().code, ErrorCode::VaultRecoveryKeyFormat);
    }

    // --- officers and passphrases ----------------------------------------------------------------

    void addOfficerGivesANewWayInWithoutReencrypting()
    {
        TempVault tv;
        QVERIFY(tv.isValid());
        auto connector = tv.vault().connector();
        QVERIFY(connector.has_value());
        QVERIFY(
            tv.vault().addOfficer(QStringLiteral("Kepala Desa"), secret("rahasia kepala desa")).has_value());
        QCOMPARE(tv.vault().officerNames().size(), qsizetype(2));
        auto rows = tv.database().queryInt(u"SELECT count(*) FROM officers WHERE removed_at IS NULL");
        QVERIFY(rows.has_value());
        QCOMPARE(*rows, qint64(2));
        tv.lock();
        // The data key did not change: a connection made from the key held before still opens.
        auto db = connector->open();
        QVERIFY(db.has_value());
        QVERIFY((*db)->queryInt(u"SELECT count(*) FROM officers").has_value());
        db->reset();
        auto head = Vault::unlock(tv.folder(), QStringLiteral("kepala desa"), secret("rahasia kepala desa"));
        QVERIFY(head.has_value());
        QCOMPARE((*head)->unlockedBy(), QStringLiteral("Kepala Desa"));
        auto check = (*head)->fullCheck();
        QVERIFY(check.has_value());
        QVERIFY2(check->isEmpty(), qPrintable(check->join(u'\n')));
    }

    void addOfficerRefusals_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("passphrase");
        QTest::addColumn<ErrorCode>("expected");
        QTest::newRow("same-name") << kOfficer << QStringLiteral("another passphrase")
                                   << ErrorCode::VaultOfficerExists;
        QTest::newRow("same-name-other-case")
            << QStringLiteral("OPERATOR uji") << QStringLiteral("another passphrase")
            << ErrorCode::VaultOfficerExists;
        QTest::newRow("short-passphrase")
            << QStringLiteral("Baru") << QStringLiteral("pendek") << ErrorCode::VaultPassphraseTooShort;
        QTest::newRow("blank-name") << QStringLiteral(" ") << QStringLiteral("another passphrase")
                                    << ErrorCode::UsageError;
    }

    void addOfficerRefusals()
    {
        QFETCH(QString, name);
        QFETCH(QString, passphrase);
        QFETCH(ErrorCode, expected);
        TempVault tv;
        QVERIFY(tv.isValid());
        tv.lock();
        const auto before = folderHashes(tv.folder());
        QVERIFY(tv.reopen());
        auto added = tv.vault().addOfficer(name, SecureBytes::fromUtf8(passphrase));
        QVERIFY(!added.has_value());
        QCOMPARE(added.error().code, expected);
        tv.lock();
        QCOMPARE(folderHashes(tv.folder()), before);
    }

    void removeOfficer()
    {
        TempVault tv;
        QVERIFY(tv.isValid());
        QVERIFY(
            tv.vault().addOfficer(QStringLiteral("Kepala Desa"), secret("rahasia kepala desa")).has_value());
        QVERIFY(tv.vault().removeOfficer(QStringLiteral("kepala desa")).has_value());
        QCOMPARE(tv.vault().officerNames(), QStringList{kOfficer});
        auto removed = tv.database().queryInt(u"SELECT count(*) FROM officers WHERE removed_at IS NOT NULL");
        QVERIFY(removed.has_value());
        QCOMPARE(*removed, qint64(1));
        auto unknown = tv.vault().removeOfficer(QStringLiteral("Kepala Desa"));
        QVERIFY(!unknown.has_value());
        QCOMPARE(unknown.error().code, ErrorCode::VaultUnknownOfficer);
        tv.lock();
        auto gone = Vault::unlock(tv.folder(), QStringLiteral("Kepala Desa"), secret("rahasia kepala desa"));
        QVERIFY(!gone.has_value());
        QCOMPARE(gone.error().code, ErrorCode::VaultUnknownOfficer);
        QVERIFY(tv.reopen());
        // The name is free again.
        QVERIFY(
            tv.vault().addOfficer(QStringLiteral("Kepala Desa"), secret("rahasia baru kepala")).has_value());
        auto check = tv.vault().fullCheck();
        QVERIFY(check.has_value());
        QVERIFY2(check->isEmpty(), qPrintable(check->join(u'\n')));
    }

    void lastOfficerCannotBeRemoved()
    {
        TempVault tv;
        QVERIFY(tv.isValid());
        tv.lock();
        const auto before = folderHashes(tv.folder());
        QVERIFY(tv.reopen());
        auto removed = tv.vault().removeOfficer(kOfficer);
        QVERIFY(!removed.has_value());
        QCOMPARE(removed.error().code, ErrorCode::VaultLastKeySlot);
        tv.lock();
        QCOMPARE(folderHashes(tv.folder()), before);
        // ...and after adding and removing another one, still not.
        QVERIFY(tv.reopen());
        QVERIFY(tv.vault().addOfficer(QStringLiteral("Sekdes"), secret("rahasia sekdes 1")).has_value());
        QVERIFY(tv.vault().removeOfficer(kOfficer).has_value());
        removed = tv.vault().removeOfficer(QStringLiteral("Sekdes"));
        QVERIFY(!removed.has_value());
        QCOMPARE(removed.error().code, ErrorCode::VaultLastKeySlot);
    }

    void changePassphraseDoesNotTouchTheData()
    {
        TempVault tv;
        QVERIFY(tv.isValid());
        // The data key stays: a connection made from the key held before still opens. The only
        // database change is the audit entry (schema 3).
        auto connector = tv.vault().connector();
        QVERIFY(connector.has_value());
        const qint64 entriesBefore = AuditLog(tv.database()).count().value();
        QVERIFY(tv.vault().changePassphrase(kOfficer, secret("kata sandi yang baru")).has_value());
        QCOMPARE(AuditLog(tv.database()).count().value(), entriesBefore + 1);
        QCOMPARE(AuditLog(tv.database()).recent(1)->first().action, QStringLiteral("officer.passwd"));
        tv.lock();
        {
            auto db = connector->open();
            QVERIFY(db.has_value());
            QVERIFY((*db)->queryInt(u"SELECT count(*) FROM households").has_value());
        }
        auto old = Vault::unlock(tv.folder(), kOfficer, TempVault::passphrase());
        QVERIFY(!old.has_value());
        QCOMPARE(old.error().code, ErrorCode::VaultWrongPassphrase);
        auto fresh = Vault::unlock(tv.folder(), kOfficer, secret("kata sandi yang baru"));
        QVERIFY(fresh.has_value());
        // The recovery key still works too.
        QVERIFY((*fresh)->lock().has_value());
        QVERIFY(Vault::unlockWithRecoveryKey(tv.folder(), tv.recoveryKey()).has_value());
    }

    void changePassphraseRefusals()
    {
        TempVault tv;
        QVERIFY(tv.isValid());
        auto shortOne = tv.vault().changePassphrase(kOfficer, secret("pendek"));
        QVERIFY(!shortOne.has_value());
        QCOMPARE(shortOne.error().code, ErrorCode::VaultPassphraseTooShort);
        auto unknown = tv.vault().changePassphrase(QStringLiteral("Siapa"), secret("cukup panjang sekali"));
        QVERIFY(!unknown.has_value());
        QCOMPARE(unknown.error().code, ErrorCode::VaultUnknownOfficer);
        tv.lock();
        QVERIFY(tv.reopen());
    }

    void operationsNeedAnOpenVault()
    {
        TempVault tv;
        QVERIFY(tv.isValid());
        tv.lock();
        QCOMPARE(tv.vault().addOfficer(QStringLiteral("X Y"), secret("cukup panjang sekali")).error().code,
                 ErrorCode::VaultNotOpen);
        QCOMPARE(tv.vault().removeOfficer(kOfficer).error().code, ErrorCode::VaultNotOpen);
        QCOMPARE(tv.vault().changePassphrase(kOfficer, secret("cukup panjang sekali")).error().code,
                 ErrorCode::VaultNotOpen);
        QCOMPARE(tv.vault().fullCheck().error().code, ErrorCode::VaultNotOpen);
        QCOMPARE(tv.vault().connector().error().code, ErrorCode::VaultNotOpen);
        QVERIFY(tv.vault().lock().has_value()); // twice is fine
    }

    // --- roles, permissions and the audit trail of officer management ---------------------------

    void creatorIsAnAdminOperatorAndCreationIsAudited()
    {
        TempVault tv;
        QVERIFY2(tv.isValid(), qPrintable(tv.errorText()));
        const Actor &actor = tv.vault().actor();
        QCOMPARE(actor.name, kOfficer);
        QCOMPARE(actor.role, Role::Operator);
        QVERIFY(actor.admin);
        QVERIFY(!actor.isRecovery());
        auto officers = tv.vault().officers();
        QVERIFY(officers.has_value());
        QCOMPARE(officers->size(), qsizetype(1));
        QCOMPARE(officers->first().name, kOfficer);
        QCOMPARE(officers->first().role, Role::Operator);
        QVERIFY(officers->first().admin);
        QVERIFY(officers->first().createdAt.isValid());
        QCOMPARE(officers->first().officerId, actor.officerId);
        AuditLog log(tv.database());
        auto entries = log.recent(10);
        QVERIFY(entries.has_value());
        QCOMPARE(entries->size(), qsizetype(1));
        QCOMPARE(entries->first().action, QStringLiteral("vault.create"));
        QCOMPARE(entries->first().officerName, kOfficer);
        QCOMPARE(entries->first().objectId, tv.vault().vaultId());
        QVERIFY(log.verify()->intact());
        // The actor survives locking and unlocking.
        tv.lock();
        QVERIFY(tv.reopen());
        QCOMPARE(tv.vault().actor().officerId, officers->first().officerId);
        QVERIFY(tv.vault().actor().admin);
    }

    void createWithARole()
    {
        QTemporaryDir dir;
        Kdf::setFastForTests(true);
        auto created = Vault::create(dir.filePath(QStringLiteral("v.verdes")),
                                     kVillageCode,
                                     kVillageName,
                                     QStringLiteral("Pak Kades"),
                                     TempVault::passphrase(),
                                     SystemClock::instance(),
                                     Role::KepalaDesa);
        QVERIFY(created.has_value());
        QCOMPARE(created->vault->actor().role, Role::KepalaDesa);
        QVERIFY(created->vault->actor().admin);
        QCOMPARE(created->vault->officers()->first().role, Role::KepalaDesa);
        QCOMPARE(AuditLog(created->vault->database()).recent(1)->first().role, QStringLiteral("kepala_desa"));
    }

    void officerManagementIsAudited()
    {
        TempVault tv;
        QVERIFY(tv.isValid());
        Vault &vault = tv.vault();
        QVERIFY(vault.addOfficer(QStringLiteral("Budi Sekdes"), secret("rahasia sekdes 1"), Role::Secretary)
                    .has_value());
        QVERIFY(vault.setOfficerRole(QStringLiteral("budi sekdes"), Role::Chair).has_value());
        // The same role again changes nothing and writes nothing.
        QVERIFY(vault.setOfficerRole(QStringLiteral("Budi Sekdes"), Role::Chair).has_value());
        QVERIFY(
            vault.changePassphrase(QStringLiteral("Budi Sekdes"), secret("rahasia sekdes 2")).has_value());
        QVERIFY(vault.changePassphrase(kOfficer, secret("kata sandi yang baru")).has_value());
        QVERIFY(vault.removeOfficer(QStringLiteral("Budi Sekdes")).has_value());

        AuditLog log(tv.database());
        auto entries = log.recent(100);
        QVERIFY(entries.has_value());
        std::reverse(entries->begin(), entries->end());
        QStringList actions;
        for (const AuditEntry &entry : *entries) {
            actions << entry.action;
            QCOMPARE(entry.officerName, kOfficer);
        }
        QCOMPARE(actions,
                 (QStringList{QStringLiteral("vault.create"),
                              QStringLiteral("officer.add"),
                              QStringLiteral("officer.role"),
                              QStringLiteral("officer.passwd"),
                              QStringLiteral("officer.passwd"),
                              QStringLiteral("officer.remove")}));
        QCOMPARE(entries->at(1).args,
                 (QStringList{QStringLiteral("Budi Sekdes"), QStringLiteral("secretary")}));
        QCOMPARE(entries->at(2).args,
                 (QStringList{
                     QStringLiteral("Budi Sekdes"), QStringLiteral("secretary"), QStringLiteral("chair")}));
        QCOMPARE(entries->at(1).objectType, QStringLiteral("officer"));
        QCOMPARE(entries->at(1).objectId, entries->at(5).objectId);
        QVERIFY(AuditText::sentence(entries->at(4)).contains(QStringLiteral("own passphrase")));
        QVERIFY(log.verify()->intact());
        auto check = vault.fullCheck();
        QVERIFY(check.has_value());
        QVERIFY2(check->isEmpty(), qPrintable(check->join(u'\n')));
    }

    void roleChangeTakesEffect()
    {
        TempVault tv;
        QVERIFY(tv.isValid());
        QVERIFY(tv.vault()
                    .addOfficer(QStringLiteral("Budi"), secret("rahasia budi 123"), Role::Viewer)
                    .has_value());
        auto officers = tv.vault().officers();
        QVERIFY(officers.has_value());
        QCOMPARE(officers->size(), qsizetype(2));
        QCOMPARE(officers->first().name, QStringLiteral("Budi")); // by name
        QCOMPARE(officers->first().role, Role::Viewer);
        QVERIFY(!officers->first().admin);
        QVERIFY(tv.vault().setOfficerRole(QStringLiteral("Budi"), Role::KepalaDesa).has_value());
        tv.lock();
        auto budi = Vault::unlock(tv.folder(), QStringLiteral("Budi"), secret("rahasia budi 123"));
        QVERIFY(budi.has_value());
        QCOMPARE((*budi)->actor().role, Role::KepalaDesa);
        QVERIFY(!(*budi)->actor().admin);
        // The kepala desa manages officers by role.
        QVERIFY((*budi)->setOfficerRole(kOfficer, Role::Secretary).has_value());
        QCOMPARE(AuditLog((*budi)->database()).recent(1)->first().officerName, QStringLiteral("Budi"));
        // Own role change shows at once in the actor.
        QVERIFY((*budi)->setOfficerRole(QStringLiteral("Budi"), Role::Bpd).has_value());
        QCOMPARE((*budi)->actor().role, Role::Bpd);
        auto denied = (*budi)->setOfficerRole(QStringLiteral("Budi"), Role::KepalaDesa);
        QVERIFY(!denied.has_value());
        QCOMPARE(denied.error().code, ErrorCode::PermissionDenied);
    }

    void viewerMayNotManageOfficers_data()
    {
        QTest::addColumn<int>("operation");
        QTest::newRow("add") << 0;
        QTest::newRow("remove") << 1;
        QTest::newRow("role") << 2;
        QTest::newRow("other-passphrase") << 3;
    }

    void viewerMayNotManageOfficers()
    {
        QFETCH(int, operation);
        TempVault tv;
        QVERIFY(tv.isValid());
        QVERIFY(tv.vault()
                    .addOfficer(QStringLiteral("Vina"), secret("rahasia vina 123"), Role::Viewer)
                    .has_value());
        tv.lock();
        const auto before = folderHashes(tv.folder());
        auto viewer = Vault::unlock(tv.folder(), QStringLiteral("Vina"), secret("rahasia vina 123"));
        QVERIFY(viewer.has_value());
        QCOMPARE((*viewer)->actor().role, Role::Viewer);
        Result<void> result;
        switch (operation) {
        case 0:
            result =
                (*viewer)->addOfficer(QStringLiteral("Baru"), secret("rahasia baru 123"), Role::Operator);
            break;
        case 1:
            result = (*viewer)->removeOfficer(kOfficer);
            break;
        case 2:
            result = (*viewer)->setOfficerRole(QStringLiteral("Vina"), Role::Operator);
            break;
        default:
            result = (*viewer)->changePassphrase(kOfficer, secret("kata sandi yang baru"));
            break;
        }
        QVERIFY(!result.has_value());
        QCOMPARE(result.error().code, ErrorCode::PermissionDenied);
        QVERIFY(describe(result.error()).contains(RoleText::label(Role::Viewer)));
        QVERIFY((*viewer)->lock().has_value());
        // Refused means untouched: not a byte of the folder changed, nothing was audited.
        QCOMPARE(folderHashes(tv.folder()), before);
    }

    void anyOfficerMayChangeTheirOwnPassphrase()
    {
        TempVault tv;
        QVERIFY(tv.isValid());
        QVERIFY(tv.vault()
                    .addOfficer(QStringLiteral("Vina"), secret("rahasia vina 123"), Role::Viewer)
                    .has_value());
        tv.lock();
        auto viewer = Vault::unlock(tv.folder(), QStringLiteral("Vina"), secret("rahasia vina 123"));
        QVERIFY(viewer.has_value());
        QVERIFY((*viewer)->changePassphrase(QStringLiteral("vina"), secret("rahasia vina 456")).has_value());
        auto last = AuditLog((*viewer)->database()).recent(1);
        QCOMPARE(last->first().action, QStringLiteral("officer.passwd"));
        QCOMPARE(last->first().role, QStringLiteral("viewer"));
        QVERIFY((*viewer)->lock().has_value());
        QVERIFY(Vault::unlock(tv.folder(), QStringLiteral("Vina"), secret("rahasia vina 456")).has_value());
    }

    void recoveryKeyActsAsRecovery()
    {
        TempVault tv;
        QVERIFY(tv.isValid());
        tv.lock();
        auto vault = Vault::unlockWithRecoveryKey(tv.folder(), tv.recoveryKey());
        QVERIFY(vault.has_value());
        QVERIFY((*vault)->actor().isRecovery());
        QVERIFY((*vault)
                    ->addOfficer(QStringLiteral("Pengganti"), secret("rahasia pengganti"), Role::Operator)
                    .has_value());
        QVERIFY((*vault)->setOfficerRole(QStringLiteral("Pengganti"), Role::KepalaDesa).has_value());
        auto last = AuditLog((*vault)->database()).recent(2);
        QVERIFY(last.has_value());
        QCOMPARE(last->at(0).officerId, QStringLiteral("recovery"));
        QCOMPARE(last->at(1).officerId, QStringLiteral("recovery"));
        QVERIFY(!(*vault)->actor().may(Action::ImportSnapshot));
    }

    void failedRoleChangeChangesNothing()
    {
        TempVault tv;
        QVERIFY(tv.isValid());
        tv.lock();
        const auto before = folderHashes(tv.folder());
        QVERIFY(tv.reopen());
        auto unknown = tv.vault().setOfficerRole(QStringLiteral("Siapa"), Role::Viewer);
        QVERIFY(!unknown.has_value());
        QCOMPARE(unknown.error().code, ErrorCode::VaultUnknownOfficer);
        tv.lock();
        QCOMPARE(folderHashes(tv.folder()), before);
        QCOMPARE(tv.vault().setOfficerRole(kOfficer, Role::Viewer).error().code, ErrorCode::VaultNotOpen);
        QCOMPARE(tv.vault().officers().error().code, ErrorCode::VaultNotOpen);
    }

    void aSlotWithoutItsOfficerRowDoesNotOpen()
    {
        // The actor is the officer bound in the slot, by id; without that row nobody is acting.
        TempVault tv;
        QVERIFY(tv.isValid());
        QVERIFY(tv.database().execute(u"DELETE FROM officers").has_value());
        tv.lock();
        QVERIFY(!tv.reopen());
        auto vault = Vault::unlock(tv.folder(), kOfficer, TempVault::passphrase());
        QVERIFY(!vault.has_value());
        QCOMPARE(vault.error().code, ErrorCode::VaultDamaged);
    }

    void anOfficerRemovedInTheDatabaseDoesNotOpen()
    {
        TempVault tv;
        QVERIFY(tv.isValid());
        QVERIFY(
            tv.database().execute(u"UPDATE officers SET removed_at = '2026-12-01T00:00:00Z'").has_value());
        tv.lock();
        auto vault = Vault::unlock(tv.folder(), kOfficer, TempVault::passphrase());
        QVERIFY(!vault.has_value());
        QCOMPARE(vault.error().code, ErrorCode::VaultOfficerRemoved);
        QCOMPARE(vault.error().args.value(0), kOfficer);
    }

    // --- failed writes ---------------------------------------------------------------------------

    void aSlotFileWriteThatFailsIsFinishedFromTheDatabase_data()
    {
        QTest::addColumn<int>("operation");
        QTest::addColumn<int>("errnoValue");
        QTest::newRow("add-officer-disk-full") << 0 << ENOSPC;
        QTest::newRow("remove-officer-disk-full") << 1 << ENOSPC;
        QTest::newRow("change-passphrase-read-only") << 2 << EROFS;
        QTest::newRow("change-passphrase-io-error") << 2 << EIO;
    }

    // The database commits first; a slot file that cannot be written then is written from the
    // database's record at the next lock, and the access is what the database says.
    void aSlotFileWriteThatFailsIsFinishedFromTheDatabase()
    {
        QFETCH(int, operation);
        QFETCH(int, errnoValue);
        TempVault tv;
        QVERIFY(tv.isValid());
        QVERIFY(tv.vault().addOfficer(QStringLiteral("Sekdes"), secret("rahasia sekdes 1")).has_value());
        const quint64 generation = KeySlots::load(tv.folder())->generation();
        const qint64 entries = AuditLog(tv.database()).count().value();
        failNextDurableWriteForTests(errnoValue);
        Result<void> result;
        if (operation == 0) {
            result = tv.vault().addOfficer(QStringLiteral("Bendahara"), secret("rahasia bendahara"));
        } else if (operation == 1) {
            result = tv.vault().removeOfficer(QStringLiteral("Sekdes"));
        } else {
            result = tv.vault().changePassphrase(QStringLiteral("Sekdes"), secret("kata sandi yang baru"));
        }
        QVERIFY2(result.has_value(), qPrintable(result ? QString() : errorCodeName(result.error().code)));
        QCOMPARE(AuditLog(tv.database()).count().value(), entries + 1);
        // The first copy on disk is still the previous generation.
        QCOMPARE(KeySlots::load(tv.folder())->generation(), generation);
        tv.lock();
        QCOMPARE(KeySlots::load(tv.folder())->generation(), generation + 1);
        if (operation == 0) {
            QVERIFY(Vault::unlock(tv.folder(), QStringLiteral("Bendahara"), secret("rahasia bendahara")));
        } else if (operation == 1) {
            QCOMPARE(
                Vault::unlock(tv.folder(), QStringLiteral("Sekdes"), secret("rahasia sekdes 1")).error().code,
                ErrorCode::VaultUnknownOfficer);
        } else {
            QCOMPARE(
                Vault::unlock(tv.folder(), QStringLiteral("Sekdes"), secret("rahasia sekdes 1")).error().code,
                ErrorCode::VaultWrongPassphrase);
            QVERIFY(Vault::unlock(tv.folder(), QStringLiteral("Sekdes"), secret("kata sandi yang baru")));
        }
        QVERIFY(tv.reopen());
        QVERIFY(tv.vault().fullCheck()->isEmpty());
        QVERIFY(AuditLog(tv.database()).verify()->intact());
    }

    void killedDuringAnOfficerChange_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::addColumn<QString>("crashPoint");
        QTest::addColumn<bool>("committed");
        const QStringList operations{QStringLiteral("add-officer"),
                                     QStringLiteral("remove-officer"),
                                     QStringLiteral("passwd"),
                                     QStringLiteral("role")};
        for (const QString &operation : operations) {
            const QByteArray op = operation.toLatin1();
            QTest::newRow(QByteArray(op + "/before-commit").constData())
                << operation << QStringLiteral("officers.before-commit") << false;
            if (operation == u"role") {
                continue; // a role lives only in the database: nothing is written after the commit
            }
            QTest::newRow(QByteArray(op + "/after-commit").constData())
                << operation << QStringLiteral("officers.after-commit") << true;
            QTest::newRow(QByteArray(op + "/slot-file-before-rename").constData())
                << operation << QStringLiteral("file.before-rename") << true;
            QTest::newRow(QByteArray(op + "/between-the-two-copies").constData())
                << operation << QStringLiteral("keyslots.after-write") << true;
        }
    }

    // A power cut at every write point of officer add / remove / passwd / role: the vault is
    // either as before or fully changed, and nobody gets in whom the database does not know.
    void killedDuringAnOfficerChange()
    {
        QFETCH(QString, operation);
        QFETCH(QString, crashPoint);
        QFETCH(bool, committed);
        TempVault tv;
        QVERIFY(tv.isValid());
        QVERIFY(tv.vault().addOfficer(QStringLiteral("Sekdes"), secret("rahasia sekdes 1")).has_value());
        const qint64 entries = AuditLog(tv.database()).count().value();
        tv.lock();
        killChildAt(crashPoint, operation, tv.folder());
        if (QTest::currentTestFailed()) {
            return;
        }

        // The way in the change took away is refused before anyone else opened the vault.
        if (operation == u"remove-officer") {
            auto sekdes = Vault::unlock(tv.folder(), QStringLiteral("Sekdes"), secret("rahasia sekdes 1"));
            QCOMPARE(sekdes.has_value(), !committed);
            if (committed) {
                QVERIFY(sekdes.error().code == ErrorCode::VaultSlotRevoked
                        || sekdes.error().code == ErrorCode::VaultUnknownOfficer);
            }
        } else if (operation == u"passwd") {
            auto old = Vault::unlock(tv.folder(), QStringLiteral("Sekdes"), secret("rahasia sekdes 1"));
            QCOMPARE(old.has_value(), !committed);
            if (committed) {
                QVERIFY(old.error().code == ErrorCode::VaultSlotRevoked
                        || old.error().code == ErrorCode::VaultWrongPassphrase);
            }
        }
        // Nobody is locked out: the officer and the recovery key both still open the vault.
        auto officer = Vault::unlock(tv.folder(), kOfficer, TempVault::passphrase());
        QVERIFY2(officer.has_value(), qPrintable(officer ? QString() : errorCodeName(officer.error().code)));
        QCOMPARE(AuditLog((*officer)->database()).count().value(), entries + (committed ? 1 : 0));
        auto verified = AuditLog((*officer)->database()).verify();
        QVERIFY(verified.has_value() && verified->intact());
        auto check = (*officer)->fullCheck();
        QVERIFY(check.has_value());
        QVERIFY2(check->isEmpty(), qPrintable(check->join(u'\n')));
        QVERIFY((*officer)->lock().has_value());
        officer->reset();
        // The slot files are both the database's generation again.
        auto slots = KeySlots::load(tv.folder());
        QVERIFY(slots.has_value());
        for (int parity = 0; parity < 2; ++parity) {
            QCOMPARE(readAll(QDir(tv.folder()).filePath(KeySlots::fileName(parity))), slots->fileBytes());
        }
        if (operation == u"add-officer") {
            auto added =
                Vault::unlock(tv.folder(), QStringLiteral("Kepala Desa"), secret("rahasia kepala desa"));
            QCOMPARE(added.has_value(), committed);
        } else if (operation == u"remove-officer") {
            auto sekdes = Vault::unlock(tv.folder(), QStringLiteral("Sekdes"), secret("rahasia sekdes 1"));
            QCOMPARE(sekdes.has_value(), !committed);
        } else if (operation == u"passwd") {
            auto renewed =
                Vault::unlock(tv.folder(), QStringLiteral("Sekdes"), secret("kata sandi yang baru"));
            QCOMPARE(renewed.has_value(), committed);
        } else {
            auto sekdes = Vault::unlock(tv.folder(), QStringLiteral("Sekdes"), secret("rahasia sekdes 1"));
            QVERIFY(sekdes.has_value());
            QCOMPARE((*sekdes)->actor().role, committed ? Role::Viewer : Role::Operator);
        }
        QVERIFY(Vault::unlockWithRecoveryKey(tv.folder(), tv.recoveryKey()).has_value());
    }

    void realDiskFullChangesNothing()
    {
        // A small tmpfs is a real full disk. Mounting needs root (CAP_SYS_ADMIN); elsewhere the
        // injected ENOSPC tests above cover the same paths.
        QTemporaryDir mountPoint;
        const QByteArray nativeMount = QFile::encodeName(mountPoint.path());
        if (::geteuid() != 0
            || ::mount("tmpfs", nativeMount.constData(), "tmpfs", 0, "size=3m,mode=0700") != 0) {
            QSKIP("cannot mount a small tmpfs here (needs root): no real full disk to test on");
        }

        struct Unmount
        {
            QByteArray path;
            Q_DISABLE_COPY_MOVE(Unmount)

            explicit Unmount(QByteArray p)
                : path(std::move(p))
            {}

            ~Unmount() { ::umount2(path.constData(), MNT_DETACH); }
        } unmount(nativeMount);

        const QString folder = QDir(mountPoint.path()).filePath(QStringLiteral("penuh.verdes"));
        {
            auto created =
                Vault::create(folder, kVillageCode, kVillageName, kOfficer, TempVault::passphrase());
            QVERIFY(created.has_value());
        }
        const auto before = folderHashes(folder);
        auto vault = Vault::unlock(folder, kOfficer, TempVault::passphrase());
        QVERIFY(vault.has_value());

        // Fill what is left of the disk.
        const QString fillerPath = QDir(mountPoint.path()).filePath(QStringLiteral("filler"));
        {
            QFile filler(fillerPath);
            QVERIFY(filler.open(QIODevice::WriteOnly));
            const QByteArray chunk(4096, 'x');
            while (filler.write(chunk) == chunk.size() && filler.flush()) {
            }
        }

        auto added = (*vault)->addOfficer(QStringLiteral("Kepala Desa"), secret("rahasia kepala desa"));
        QVERIFY(!added.has_value());
        QCOMPARE(added.error().code, ErrorCode::VaultDiskFull);

        Database &db = (*vault)->database();
        {
            Transaction tx(db);
            QVERIFY(tx.begin().has_value());
            Result<void> written = db.execute(u"CREATE TABLE big (x BLOB)");
            for (int i = 0; written.has_value() && i < 64; ++i) {
                written = db.execute(u"INSERT INTO big (x) VALUES (zeroblob(65536))");
            }
            if (written.has_value()) {
                written = tx.commit();
            }
            QVERIFY(!written.has_value());
            QCOMPARE(written.error().code, ErrorCode::VaultDiskFull);
        }
        QVERIFY(QFile::remove(fillerPath));
        QVERIFY((*vault)->lock().has_value());
        QCOMPARE(folderHashes(folder), before);
        vault->reset();
        auto again = Vault::unlock(folder, kOfficer, TempVault::passphrase());
        QVERIFY(again.has_value());
        QCOMPARE((*again)->officerNames(), QStringList{kOfficer});
    }

    // --- quick_check after the window shows ------------------------------------------------------

    void theQuickCheckCanWaitUntilTheWindowShows()
    {
        // A vault with enough pages that a damaged one is not among those an unlock reads.
        QTemporaryDir scratch;
        const QString folder = scratch.filePath(QStringLiteral("quick.verdes"));
        DemoOptions options;
        options.households = 400;
        options.today = QDate(2026, 12, 1);
        {
            auto created = DemoVault::create(folder, kOfficer, TempVault::passphrase(), options);
            QVERIFY(created.has_value());
        }
        const QString path = dbPath(folder);
        QByteArray bytes = readAll(path);
        const qsizetype pages = bytes.size() / 4096;
        QVERIFY(pages > 40);
        // Flip a byte in a page in the middle of the file: SQLCipher's page HMAC refuses it.
        const qsizetype at = (pages / 2) * 4096 + 1000;
        bytes[at] = static_cast<char>(bytes[at] ^ 0x5A);
        writeAll(path, bytes);
        auto atUnlock = Vault::unlock(folder, kOfficer, TempVault::passphrase());
        QVERIFY(!atUnlock.has_value());
        QCOMPARE(atUnlock.error().code, ErrorCode::VaultDamaged);
        auto deferred = Vault::unlock(
            folder, kOfficer, TempVault::passphrase(), SystemClock::instance(), Vault::QuickCheck::Deferred);
        QVERIFY2(deferred.has_value(),
                 qPrintable(deferred ? QString() : errorCodeName(deferred.error().code)));
        QuickCheckJob job((*deferred)->connector().value());
        job.runHere();
        QVERIFY(!job.result().has_value());
        QCOMPARE(job.result().error().code, ErrorCode::VaultDamaged);
        QuickCheckJob cancelled((*deferred)->connector().value());
        cancelled.cancel();
        cancelled.runHere();
        QCOMPARE(cancelled.result().error().code, ErrorCode::Cancelled);
    }

    // --- the vault key ----------------------------------------------------------------------------

    void changingTheKeyLocksOutEarlierCopies()
    {
        TempVault tv;
        QVERIFY(tv.isValid());
        QVERIFY(tv.vault().addOfficer(QStringLiteral("Sekdes"), secret("rahasia sekdes 1")).has_value());
        QVERIFY(
            tv.database().execute(u"INSERT INTO vault_meta (key, value) VALUES ('marker', 'still here')"));
        QVERIFY(AuditLog(tv.database())
                    .appendAlone(tv.vault().actor(),
                                 {QStringLiteral("settings.change"),
                                  QStringLiteral("vault"),
                                  tv.vault().vaultId(),
                                  {},
                                  {QStringLiteral("marker")}}));
        // The copy Sekdes made before being removed.
        tv.lock();
        QTemporaryDir copy;
        const QString copied = copy.filePath(QStringLiteral("salinan.verdes"));
        QVERIFY(QDir().mkpath(copied));
        for (const QString &name : QDir(tv.folder()).entryList(QDir::Files)) {
            QVERIFY(QFile::copy(QDir(tv.folder()).filePath(name), QDir(copied).filePath(name)));
        }
        QVERIFY(tv.reopen());
        QVERIFY(tv.vault().removeOfficer(QStringLiteral("Sekdes")).has_value());
        const qint64 entries = AuditLog(tv.database()).count().value();
        test::RecordingProgress progress;
        auto changed = tv.vault().changeKey(progress);
        QVERIFY2(changed.has_value(), qPrintable(changed ? QString() : changed.error().detail));
        QVERIFY(progress.monotoneToTotal());
        // Everything is still there, the change is in the history, and it all adds up.
        QCOMPARE(tv.database().queryText(u"SELECT value FROM vault_meta WHERE key = 'marker'").value(),
                 QStringLiteral("still here"));
        QCOMPARE(AuditLog(tv.database()).count().value(), entries + 1);
        QCOMPARE(AuditLog(tv.database()).recent(1)->constFirst().action, QStringLiteral("vault.rekey"));
        QVERIFY(AuditLog(tv.database()).verify()->intact());
        QVERIFY(tv.vault().fullCheck()->isEmpty());
        QStringList leftovers = QDir(tv.folder()).entryList(QDir::Files);
        leftovers.removeAll(QStringLiteral("vault.db-wal"));
        leftovers.removeAll(QStringLiteral("vault.db-shm"));
        QCOMPARE(leftovers.size(), qsizetype(4)); // two slot copies, the database, the lock file
        tv.lock();
        QVERIFY(tv.reopen());
        tv.lock();
        QVERIFY(Vault::unlockWithRecoveryKey(tv.folder(), tv.recoveryKey()).has_value());
        // Sekdes puts the slot file of the earlier copy into the vault: it opens only the old key.
        for (int parity = 0; parity < 2; ++parity) {
            const QString name = KeySlots::fileName(parity);
            writeAll(QDir(tv.folder()).filePath(name), readAll(QDir(copied).filePath(name)));
        }
        auto sekdes = Vault::unlock(tv.folder(), QStringLiteral("Sekdes"), secret("rahasia sekdes 1"));
        QVERIFY(!sekdes.has_value());
        QCOMPARE(sekdes.error().code, ErrorCode::VaultDamaged);
        // What the change cannot reach, and the docs say so: the copy itself still opens.
        QVERIFY(Vault::unlock(copied, QStringLiteral("Sekdes"), secret("rahasia sekdes 1")).has_value());
    }

    void aCancelledKeyChangeChangesNothing()
    {
        TempVault tv;
        QVERIFY(tv.isValid());
        tv.lock();
        const auto before = folderHashes(tv.folder());
        QVERIFY(tv.reopen());
        test::RecordingProgress stop;
        stop.cancelAtReport = 1;
        auto cancelled = tv.vault().changeKey(stop);
        QVERIFY(!cancelled.has_value());
        QCOMPARE(cancelled.error().code, ErrorCode::Cancelled);
        QVERIFY(tv.vault().isOpen());
        QVERIFY(AuditLog(tv.database()).verify()->intact());
        tv.lock();
        QCOMPARE(folderHashes(tv.folder()), before);
        QVERIFY(tv.reopen());
    }

    void theKeyChangesOnlyWithTheDatabaseToItself()
    {
        TempVault tv;
        QVERIFY(tv.isValid());
        auto connector = tv.vault().connector();
        QVERIFY(connector.has_value());
        auto other = connector->open();
        QVERIFY(other.has_value());
        QVERIFY((*other)->queryInt(u"SELECT count(*) FROM audit_log").has_value());
        auto busy = tv.vault().changeKey();
        QVERIFY(!busy.has_value());
        QCOMPARE(busy.error().code, ErrorCode::VaultKeyChangeBusy);
        other->reset();
        // The vault goes on as before, and the change works once it is alone.
        QVERIFY(AuditLog(tv.database()).verify()->intact());
        QVERIFY(tv.vault().changeKey().has_value());
        tv.lock();
        QVERIFY(tv.reopen());
    }

    void onlyAManagerChangesTheKey()
    {
        TempVault tv;
        QVERIFY(tv.isValid());
        QVERIFY(tv.vault().addOfficer(QStringLiteral("Pemantau"), secret("rahasia pemantau"), Role::Viewer));
        tv.lock();
        auto viewer = Vault::unlock(tv.folder(), QStringLiteral("Pemantau"), secret("rahasia pemantau"));
        QVERIFY(viewer.has_value());
        QCOMPARE((*viewer)->changeKey().error().code, ErrorCode::PermissionDenied);
    }

    void killedDuringAKeyChange_data()
    {
        QTest::addColumn<QString>("crashPoint");
        QTest::addColumn<bool>("changed");
        QTest::newRow("after-the-copy") << QStringLiteral("rekey.after-export") << false;
        QTest::newRow("writing-the-pending-slots") << QStringLiteral("file.before-rename") << false;
        QTest::newRow("before-the-swap") << QStringLiteral("rekey.before-swap") << false;
        QTest::newRow("after-the-swap") << QStringLiteral("rekey.after-swap") << true;
        QTest::newRow("between-the-two-slot-copies") << QStringLiteral("keyslots.after-write") << true;
    }

    // A power cut at every write point of the key change: the next unlock finds the old vault or
    // the new one, never neither, and nothing is lost.
    void killedDuringAKeyChange()
    {
        QFETCH(QString, crashPoint);
        QFETCH(bool, changed);
        TempVault tv;
        QVERIFY(tv.isValid());
        QVERIFY(tv.vault().addOfficer(QStringLiteral("Sekdes"), secret("rahasia sekdes 1")).has_value());
        const qint64 entries = AuditLog(tv.database()).count().value();
        tv.lock();
        killChildAt(crashPoint, QStringLiteral("rekey"), tv.folder());
        if (QTest::currentTestFailed()) {
            return;
        }

        auto sekdes = Vault::unlock(tv.folder(), QStringLiteral("Sekdes"), secret("rahasia sekdes 1"));
        QVERIFY2(sekdes.has_value(), qPrintable(sekdes ? QString() : errorCodeName(sekdes.error().code)));
        QCOMPARE(AuditLog((*sekdes)->database()).count().value(), entries + (changed ? 1 : 0));
        QVERIFY(AuditLog((*sekdes)->database()).verify()->intact());
        QVERIFY((*sekdes)->fullCheck()->isEmpty());
        sekdes->reset();
        const QStringList files = QDir(tv.folder()).entryList(QDir::Files);
        QVERIFY(!files.contains(QStringLiteral("vault.db.rekey")));
        QVERIFY(!files.contains(KeySlots::rekeyFileName()));
        QVERIFY(tv.reopen());
        tv.lock();
        QVERIFY(Vault::unlockWithRecoveryKey(tv.folder(), tv.recoveryKey()).has_value());
    }

    // --- the database is the authority over the key-slot file ------------------------------------

    void anOlderSlotFileCannotBringBackWhatWasTakenAway_data()
    {
        QTest::addColumn<int>("change");
        QTest::newRow("officer-removed") << 0;
        QTest::newRow("passphrase-changed") << 1;
    }

    // Issue 10 §3 "rollback": the slot file of before a removal or a passphrase change, put back
    // whole (authentic, it was Verdes's own), opens nothing, and is replaced by the current one.
    void anOlderSlotFileCannotBringBackWhatWasTakenAway()
    {
        QFETCH(int, change);
        TempVault tv;
        QVERIFY(tv.isValid());
        QVERIFY(tv.vault().addOfficer(QStringLiteral("Sekdes"), secret("rahasia sekdes 1")).has_value());
        const QByteArray older = readAll(QDir(tv.folder()).filePath(KeySlots::fileName(0)));
        if (change == 0) {
            QVERIFY(tv.vault().removeOfficer(QStringLiteral("Sekdes")).has_value());
        } else {
            QVERIFY(tv.vault().changePassphrase(QStringLiteral("Sekdes"), secret("kata sandi baru 1")));
        }
        tv.lock();
        for (int parity = 0; parity < 2; ++parity) {
            writeAll(QDir(tv.folder()).filePath(KeySlots::fileName(parity)), older);
        }
        auto old = Vault::unlock(tv.folder(), QStringLiteral("Sekdes"), secret("rahasia sekdes 1"));
        QVERIFY(!old.has_value());
        QCOMPARE(old.error().code, ErrorCode::VaultSlotRevoked);
        // The refusal already put the current slot file back.
        QVERIFY(readAll(QDir(tv.folder()).filePath(KeySlots::fileName(0))) != older);
        QVERIFY(tv.reopen());
        QVERIFY(tv.vault().fullCheck()->isEmpty());
    }

    void anOlderDatabaseIsRefusedUntilAccessIsRepaired()
    {
        TempVault tv;
        QVERIFY(tv.isValid());
        tv.lock();
        const QByteArray olderDatabase = readAll(dbPath(tv.folder()));
        QVERIFY(tv.reopen());
        QVERIFY(tv.vault().addOfficer(QStringLiteral("Sekdes"), secret("rahasia sekdes 1")).has_value());
        tv.lock();
        // An older copy of vault.db put back beside the newer slot file.
        writeAll(dbPath(tv.folder()), olderDatabase);
        const auto before = folderHashes(tv.folder());
        auto refused = Vault::unlock(tv.folder(), kOfficer, TempVault::passphrase());
        QVERIFY(!refused.has_value());
        QCOMPARE(refused.error().code, ErrorCode::VaultKeySlotsNotRecorded);
        QCOMPARE(folderHashes(tv.folder()), before);
        // The deliberate way out: the recovery key, and the database's own record.
        auto repaired = Vault::repairWithRecoveryKey(tv.folder(), tv.recoveryKey());
        QVERIFY2(repaired.has_value(),
                 qPrintable(repaired ? QString() : errorCodeName(repaired.error().code)));
        QCOMPARE((*repaired)->officerNames(), QStringList{kOfficer});
        QCOMPARE(AuditLog((*repaired)->database()).recent(1)->constFirst().action,
                 QStringLiteral("keyslots.repair"));
        QVERIFY(AuditLog((*repaired)->database()).verify()->intact());
        repaired->reset();
        QCOMPARE(
            Vault::unlock(tv.folder(), QStringLiteral("Sekdes"), secret("rahasia sekdes 1")).error().code,
            ErrorCode::VaultUnknownOfficer);
        QVERIFY(tv.reopen());
    }

    // --- key-slot generations --------------------------------------------------------------------

    void aDamagedSlotFileCopyIsRepairedFromTheOther()
    {
        TempVault tv;
        QVERIFY(tv.isValid());
        QVERIFY(tv.vault().addOfficer(QStringLiteral("Sekdes"), secret("rahasia sekdes 1")).has_value());
        tv.lock();
        // Both files hold generation 2; a disk error damages one of them.
        const QString damaged = QDir(tv.folder()).filePath(KeySlots::fileName(0));
        const QByteArray good = readAll(QDir(tv.folder()).filePath(KeySlots::fileName(1)));
        QCOMPARE(readAll(damaged), good);
        QByteArray bytes = good;
        bytes.truncate(bytes.size() / 2);
        writeAll(damaged, bytes);
        auto names = Vault::officerNames(tv.folder());
        QVERIFY(names.has_value());
        QCOMPARE(names->size(), qsizetype(2));
        QVERIFY(Vault::unlock(tv.folder(), QStringLiteral("Sekdes"), secret("rahasia sekdes 1")).has_value());
        QCOMPARE(readAll(damaged), good);
    }

    void bothSlotGenerationsDamaged()
    {
        TempVault tv;
        QVERIFY(tv.isValid());
        QVERIFY(tv.vault().changePassphrase(kOfficer, secret("kata sandi yang baru")).has_value());
        tv.lock();
        for (int parity = 0; parity < 2; ++parity) {
            const QString path = QDir(tv.folder()).filePath(KeySlots::fileName(parity));
            QByteArray bytes = readAll(path);
            bytes.truncate(bytes.size() / 2); // a disk error in both copies
            writeAll(path, bytes);
        }
        const auto before = folderHashes(tv.folder());
        auto vault = Vault::unlock(tv.folder(), kOfficer, secret("kata sandi yang baru"));
        QVERIFY(!vault.has_value());
        QCOMPARE(vault.error().code, ErrorCode::VaultKeySlotsDamaged);
        QCOMPARE(folderHashes(tv.folder()), before);
    }

    // --- throttle --------------------------------------------------------------------------------

    void throttleDelays_data()
    {
        QTest::addColumn<int>("failures");
        QTest::addColumn<qint64>("delay");
        QTest::newRow("none") << 0 << qint64(0);
        QTest::newRow("four") << 4 << qint64(0);
        QTest::newRow("five") << 5 << qint64(30);
        QTest::newRow("six") << 6 << qint64(60);
        QTest::newRow("seven") << 7 << qint64(120);
        QTest::newRow("nine") << 9 << qint64(480);
        QTest::newRow("ten-capped") << 10 << qint64(900);
        QTest::newRow("hundred-capped") << 100 << qint64(900);
    }

    void throttleDelays()
    {
        QFETCH(int, failures);
        QFETCH(qint64, delay);
        QCOMPARE(UnlockThrottle::delayAfter(failures), delay);
    }

    void fiveWrongPassphrasesThrottle()
    {
        FakeClock clock;
        TempVault tv;
        QVERIFY(tv.isValid());
        tv.lock();
        const SecureBytes wrong = secret("salah salah salah");
        for (int i = 0; i < UnlockThrottle::kFreeAttempts; ++i) {
            auto vault = Vault::unlock(tv.folder(), kOfficer, wrong, clock);
            QVERIFY(!vault.has_value());
            QCOMPARE(vault.error().code, ErrorCode::VaultWrongPassphrase);
        }
        // Now even the right passphrase must wait, and no KDF runs.
        const quint64 derivations = Kdf::derivationCount();
        auto waiting = Vault::unlock(tv.folder(), kOfficer, TempVault::passphrase(), clock);
        QVERIFY(!waiting.has_value());
        QCOMPARE(waiting.error().code, ErrorCode::VaultThrottled);
        QCOMPARE(waiting.error().args, QStringList{QStringLiteral("30")});
        QCOMPARE(Kdf::derivationCount(), derivations);
        auto recovery = Vault::unlockWithRecoveryKey(tv.folder(), tv.recoveryKey(), clock);
        QVERIFY(!recovery.has_value());
        QCOMPARE(recovery.error().code, ErrorCode::VaultThrottled);

        clock.advanceSeconds(10);
        waiting = Vault::unlock(tv.folder(), kOfficer, TempVault::passphrase(), clock);
        QCOMPARE(waiting.error().args, QStringList{QStringLiteral("20")});

        // After the delay, a sixth wrong one doubles it.
        clock.advanceSeconds(20);
        auto sixth = Vault::unlock(tv.folder(), kOfficer, wrong, clock);
        QCOMPARE(sixth.error().code, ErrorCode::VaultWrongPassphrase);
        waiting = Vault::unlock(tv.folder(), kOfficer, TempVault::passphrase(), clock);
        QCOMPARE(waiting.error().code, ErrorCode::VaultThrottled);
        QCOMPARE(waiting.error().args, QStringList{QStringLiteral("60")});

        // The count survives a restart (it is on disk, per vault id)...
        auto slots = KeySlots::load(tv.folder());
        QVERIFY(slots.has_value());
        UnlockThrottle persisted(slots->vaultId(), clock);
        QCOMPARE(persisted.failures(), 6);
        // ...and other vaults are not affected.
        TempVault other;
        QVERIFY(other.isValid());
        other.lock();
        QVERIFY(Vault::unlock(other.folder(), kOfficer, TempVault::passphrase(), clock).has_value());

        // After the wait, the right passphrase opens and resets the count.
        clock.advanceSeconds(60);
        auto opened = Vault::unlock(tv.folder(), kOfficer, TempVault::passphrase(), clock);
        QVERIFY(opened.has_value());
        QVERIFY((*opened)->lock().has_value());
        UnlockThrottle reset(slots->vaultId(), clock);
        QCOMPARE(reset.failures(), 0);
        for (int i = 0; i < UnlockThrottle::kFreeAttempts - 1; ++i) {
            QCOMPARE(Vault::unlock(tv.folder(), kOfficer, wrong, clock).error().code,
                     ErrorCode::VaultWrongPassphrase);
        }
        QVERIFY(Vault::unlock(tv.folder(), kOfficer, TempVault::passphrase(), clock).has_value());
    }

    void wrongRecoveryKeysThrottleToo()
    {
        FakeClock clock;
        TempVault tv;
        TempVault other;
        QVERIFY(tv.isValid() && other.isValid());
        tv.lock();
        for (int i = 0; i < UnlockThrottle::kFreeAttempts; ++i) {
            QCOMPARE(Vault::unlockWithRecoveryKey(tv.folder(), other.recoveryKey(), clock).error().code,
                     ErrorCode::VaultWrongRecoveryKey);
        }
        QCOMPARE(Vault::unlockWithRecoveryKey(tv.folder(), tv.recoveryKey(), clock).error().code,
                 ErrorCode::VaultThrottled);
        // Typos do not count: they never reach the key slot.
        clock.advanceSeconds(30);
        QString typo = tv.recoveryKey();
        typo[0] = typo[0] == u'A' ? u'B' : u'A';
        for (int i = 0; i < 10; ++i) {
            QCOMPARE(Vault::unlockWithRecoveryKey(tv.folder(), typo, clock).error().code,
                     ErrorCode::VaultRecoveryKeyTypo);
        }
        QVERIFY(Vault::unlockWithRecoveryKey(tv.folder(), tv.recoveryKey(), clock).has_value());
    }

    // --- read-only location ----------------------------------------------------------------------

    void readOnlyLocation()
    {
        TempVault tv;
        QVERIFY(tv.isValid());
        tv.lock();
        QTemporaryDir parentForCreate;
        const QString createTarget = parentForCreate.filePath(QStringLiteral("baru.verdes"));
        const auto before = folderHashes(tv.folder());

        QString unlockOutcome;
        QString createOutcome;
        if (::geteuid() == 0) {
            // Root ignores permissions: run the attempts as nobody in a child process.
            const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
            if (setpriv.isEmpty()) {
                QSKIP("running as root and setpriv is missing: cannot make a location read-only");
            }
            // nobody may read and enter, not write.
            const QString tempRoot = QFileInfo(QFileInfo(tv.folder()).absolutePath()).absoluteFilePath();
            for (const QString &path : {tempRoot, tv.folder(), parentForCreate.path()}) {
                QVERIFY(QFile::setPermissions(path,
                                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                                  | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther
                                                  | QFile::ExeOther));
            }
            for (const QString &name : QDir(tv.folder()).entryList(QDir::Files)) {
                QVERIFY(QFile::setPermissions(QDir(tv.folder()).filePath(name),
                                              QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup
                                                  | QFile::ReadOther));
            }
            auto runAsNobody = [&](const QString &action, const QString &folder) -> QString {
                QProcess child;
                child.setProgram(setpriv);
                child.setArguments({QStringLiteral("--reuid=65534"),
                                    QStringLiteral("--regid=65534"),
                                    QStringLiteral("--clear-groups"),
                                    QCoreApplication::applicationFilePath(),
                                    QStringLiteral("--child"),
                                    action,
                                    folder});
                child.start();
                if (!child.waitForFinished(60000) || child.exitCode() != 0) {
                    return QStringLiteral("child failed: ") + QString::fromUtf8(child.readAllStandardError());
                }
                return QString::fromUtf8(child.readAllStandardOutput());
            };
            unlockOutcome = runAsNobody(QStringLiteral("unlock"), tv.folder());
            if (unlockOutcome.startsWith(u"child failed")) {
                QSKIP(qPrintable(QStringLiteral("cannot run the test binary as nobody: ") + unlockOutcome));
            }
            createOutcome = runAsNobody(QStringLiteral("create"), createTarget);
        } else {
            const auto readOnly = QFile::ReadOwner | QFile::ExeOwner;
            QVERIFY(QFile::setPermissions(tv.folder(), readOnly));
            QVERIFY(QFile::setPermissions(parentForCreate.path(), readOnly));
            auto vault = Vault::unlock(tv.folder(), kOfficer, TempVault::passphrase());
            unlockOutcome = vault ? QStringLiteral("ok") : errorCodeName(vault.error().code);
            auto created =
                Vault::create(createTarget, kVillageCode, kVillageName, kOfficer, TempVault::passphrase());
            createOutcome = created ? QStringLiteral("ok") : errorCodeName(created.error().code);
            const auto writable = readOnly | QFile::WriteOwner;
            QVERIFY(QFile::setPermissions(tv.folder(), writable));
            QVERIFY(QFile::setPermissions(parentForCreate.path(), writable));
        }
        QCOMPARE(unlockOutcome, QStringLiteral("VaultReadOnly"));
        QCOMPARE(createOutcome, QStringLiteral("VaultReadOnly"));
        QCOMPARE(folderHashes(tv.folder()), before);
        QVERIFY(!QFileInfo::exists(createTarget));
    }

    // --- lock ------------------------------------------------------------------------------------

    void lockCheckpointsAndCloses()
    {
        TempVault tv;
        QVERIFY(tv.isValid());
        QVERIFY(tv.database().execute(u"CREATE TABLE t (x)").has_value());
        tv.lock();
        QVERIFY(!tv.vault().isOpen());
        // The WAL was folded into the main file and removed on close.
        QVERIFY(!QFileInfo::exists(dbPath(tv.folder()) + QStringLiteral("-wal"))
                || QFileInfo(dbPath(tv.folder()) + QStringLiteral("-wal")).size() == 0);
        QVERIFY(tv.reopen());
        auto tables = tv.database().queryInt(u"SELECT count(*) FROM sqlite_schema WHERE name = 't'");
        QVERIFY(tables.has_value());
        QCOMPARE(*tables, qint64(1));
    }

    void fullCheckFindsAnOfficerWithoutASlot()
    {
        TempVault tv;
        QVERIFY(tv.isValid());
        QVERIFY(tv.database()
                    .execute(u"INSERT INTO officers (officer_id, name, role, created_at) "
                             u"VALUES ('x', 'Tanpa Kunci', 'operator', '2026-11-23T00:00:00Z')")
                    .has_value());
        auto check = tv.vault().fullCheck();
        QVERIFY(check.has_value());
        QCOMPARE(check->size(), qsizetype(1));
        QVERIFY(check->front().contains(u"has no key slot"));
    }

    // addOfficer in three steps, the derivation on another thread: the officer opens the vault.
    void addOfficerInStepsDerivesOffThread()
    {
        TempVault tv;
        QVERIFY(tv.isValid());
        auto pending = tv.vault().beginAddOfficer(
            QStringLiteral("  Budi Sekdes "), secret("rahasia sekdes 1"), Role::Secretary);
        QVERIFY(pending.has_value());
        QCOMPARE(pending->officerName, QStringLiteral("Budi Sekdes"));
        QVERIFY(!tv.vault().officerNames().contains(QStringLiteral("Budi Sekdes"))); // nothing written yet
        std::optional<Result<KeySlot>> slot;
        QThread *worker = QThread::create([&] {
            slot.emplace(Vault::deriveSlot(*pending));
        });
        worker->start();
        QVERIFY(worker->wait());
        delete worker;
        QVERIFY(slot.has_value() && slot->has_value());
        const qint64 entries = AuditLog(tv.database()).count().value();
        QVERIFY(tv.vault().finishSlot(*pending, **slot).has_value());
        QCOMPARE(AuditLog(tv.database()).count().value(), entries + 1);
        QCOMPARE(AuditLog(tv.database()).recent(1)->first().action, QStringLiteral("officer.add"));
        QVERIFY(tv.vault().officerNames().contains(QStringLiteral("Budi Sekdes")));
        tv.lock();
        auto opened = Vault::unlock(tv.folder(), QStringLiteral("Budi Sekdes"), secret("rahasia sekdes 1"));
        QVERIFY2(opened.has_value(), opened ? "" : qPrintable(opened.error().detail));
        QCOMPARE((*opened)->actor().role, Role::Secretary);
    }

    // begin… refuses what the one-step calls refuse, before any derivation.
    void beginRefusesLikeTheOneStepCalls()
    {
        TempVault tv;
        QVERIFY(tv.isValid());
        QCOMPARE(tv.vault().beginAddOfficer(QStringLiteral("Budi"), secret("pendek")).error().code,
                 ErrorCode::VaultPassphraseTooShort);
        QCOMPARE(tv.vault().beginAddOfficer(kOfficer, secret("cukup panjang sekali")).error().code,
                 ErrorCode::VaultOfficerExists);
        QCOMPARE(
            tv.vault().beginAddOfficer(QStringLiteral("  "), secret("cukup panjang sekali")).error().code,
            ErrorCode::UsageError);
        QCOMPARE(tv.vault().beginChangePassphrase(kOfficer, secret("pendek")).error().code,
                 ErrorCode::VaultPassphraseTooShort);
        QCOMPARE(tv.vault()
                     .beginChangePassphrase(QStringLiteral("Siapa"), secret("cukup panjang sekali"))
                     .error()
                     .code,
                 ErrorCode::VaultUnknownOfficer);
    }

    // finishSlot checks again: what changed while the key was derived wins, and nothing is written.
    void finishRefusesWhatChangedMeanwhile()
    {
        TempVault tv;
        QVERIFY(tv.isValid());
        auto first = tv.vault().beginAddOfficer(QStringLiteral("Budi"), secret("rahasia budi 123"));
        auto second = tv.vault().beginAddOfficer(QStringLiteral("Budi"), secret("rahasia budi 456"));
        QVERIFY(first.has_value() && second.has_value());
        auto firstSlot = Vault::deriveSlot(*first);
        auto secondSlot = Vault::deriveSlot(*second);
        QVERIFY(firstSlot.has_value() && secondSlot.has_value());
        QVERIFY(tv.vault().finishSlot(*first, *firstSlot).has_value());
        const qint64 entries = AuditLog(tv.database()).count().value();
        QCOMPARE(tv.vault().finishSlot(*second, *secondSlot).error().code, ErrorCode::VaultOfficerExists);
        // A slot derived for one request does not fit another.
        QCOMPARE(tv.vault().finishSlot(*second, *firstSlot).error().code, ErrorCode::UsageError);

        // A passphrase change for an officer removed meanwhile.
        auto change = tv.vault().beginChangePassphrase(QStringLiteral("Budi"), secret("rahasia baru 789"));
        QVERIFY(change.has_value());
        auto changeSlot = Vault::deriveSlot(*change);
        QVERIFY(changeSlot.has_value());
        QVERIFY(tv.vault().removeOfficer(QStringLiteral("Budi")).has_value());
        QCOMPARE(tv.vault().finishSlot(*change, *changeSlot).error().code, ErrorCode::VaultUnknownOfficer);
        QCOMPARE(AuditLog(tv.database()).count().value(), entries + 1); // only the removal
        QCOMPARE(tv.vault().officerNames(), QStringList{kOfficer});
        tv.lock();
        QVERIFY(tv.reopen());
    }
};

int main(int argc, char **argv)
{
    // `--child ACTION FOLDER`: the read-only and lock tests run one operation in another process.
    if (argc == 4 && qstrcmp(argv[1], "--child") == 0) {
        QCoreApplication app(argc, argv);
        return runChild(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
    }
    QCoreApplication app(argc, argv);
    TestVault test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_Vault.moc"
