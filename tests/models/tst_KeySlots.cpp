// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/vault/Kdf.h"
#include "models/vault/KeySlots.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>

using namespace verdes;

namespace {

const QString kVaultId = QStringLiteral("00112233445566778899aabbccddeeff");

std::span<const unsigned char> bytesOf(const char *text)
{
    return {reinterpret_cast<const unsigned char *>(text), std::strlen(text)}; // NOLINT
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return file.readAll();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

// Rewrites a key-slot file after `edit`, with a correct checksum (unkeyed BLAKE2b-256 of the compact
// body), so the test reaches the checks behind the checksum.
void rewriteWithChecksum(const QString &path, const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject body = QJsonDocument::fromJson(readAll(path)).object();
    body.remove(QStringLiteral("checksum"));
    edit(body);
    const QByteArray sum = QCryptographicHash::hash(QJsonDocument(body).toJson(QJsonDocument::Compact),
                                                    QCryptographicHash::Blake2b_256)
                               .toHex();
    body.insert(QStringLiteral("checksum"), QString::fromLatin1(sum));
    writeAll(path, QJsonDocument(body).toJson());
}

} // namespace

class TestKeySlots : public QObject
{
    Q_OBJECT

private:
    SecureBytes m_dataKey;

    KeySlot officerSlot(const char *name, const char *passphrase)
    {
        auto slot = KeySlots::wrap(kVaultId,
                                   KeySlot::Kind::Officer,
                                   QStringLiteral("officer-") + QString::fromUtf8(name),
                                   QString::fromUtf8(name),
                                   bytesOf(passphrase),
                                   Kdf::minimum(),
                                   m_dataKey);
        Q_ASSERT(slot.has_value());
        return *slot;
    }

private Q_SLOTS:

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Kdf::setFastForTests(true);
        m_dataKey = SecureBytes::random(Kdf::kKeySize);
    }

    void wrapThenUnwrapGivesTheDataKey()
    {
        const KeySlot slot = officerSlot("Ani", "passphrase one");
        QCOMPARE(slot.nonce.size(), qsizetype(24));
        QCOMPARE(slot.wrappedKey.size(), qsizetype(48));
        auto key = KeySlots::unwrap(kVaultId, slot, bytesOf("passphrase one"));
        QVERIFY(key.has_value());
        QVERIFY(key->equals(m_dataKey));
    }

    void freshNonceAndSaltPerWrap()
    {
        const KeySlot a = officerSlot("Ani", "same passphrase");
        const KeySlot b = officerSlot("Ani", "same passphrase");
        QVERIFY(a.nonce != b.nonce);
        QVERIFY(a.kdf.salt != b.kdf.salt);
        QVERIFY(a.wrappedKey != b.wrappedKey);
        QVERIFY(a.id != b.id);
    }

    void wrongSecretFails()
    {
        const KeySlot slot = officerSlot("Ani", "passphrase one");
        auto key = KeySlots::unwrap(kVaultId, slot, bytesOf("passphrase One"));
        QVERIFY(!key.has_value());
        QCOMPARE(key.error().code, ErrorCode::VaultWrongPassphrase);
    }

    void associatedDataBindsTheSlot_data()
    {
        QTest::addColumn<int>("tamper");
        QTest::newRow("other-vault-id") << 0;
        QTest::newRow("other-slot-id") << 1;
        QTest::newRow("other-officer-id") << 2;
        QTest::newRow("other-kind") << 3;
        QTest::newRow("nonce-flipped") << 4;
        QTest::newRow("ciphertext-flipped") << 5;
        QTest::newRow("tag-flipped") << 6;
        QTest::newRow("wrapped-key-of-another-slot") << 7;
    }

    void associatedDataBindsTheSlot()
    {
        QFETCH(int, tamper);
        KeySlot slot = officerSlot("Ani", "passphrase one");
        QString vaultId = kVaultId;
        switch (tamper) {
        case 0:
            vaultId = QStringLiteral("ffeeddccbbaa99887766554433221100");
            break;
        case 1:
            slot.id = QStringLiteral("0123");
            break;
        case 2:
            slot.officerId = QStringLiteral("officer-Budi");
            break;
        case 3:
            slot.kind = KeySlot::Kind::Recovery;
            break;
        case 4:
            slot.nonce[0] = static_cast<char>(slot.nonce[0] ^ 1);
            break;
        case 5:
            slot.wrappedKey[3] = static_cast<char>(slot.wrappedKey[3] ^ 0x40);
            break;
        case 6:
            slot.wrappedKey[47] = static_cast<char>(slot.wrappedKey[47] ^ 0x01);
            break;
        case 7: {
            // Same passphrase, salt and officer, but the ciphertext of another slot (another slot id).
            auto rewrapped = KeySlots::wrap(kVaultId,
                                            KeySlot::Kind::Officer,
                                            slot.officerId,
                                            slot.officerName,
                                            bytesOf("passphrase one"),
                                            slot.kdf,
                                            m_dataKey);
            QVERIFY(rewrapped.has_value());
            slot.wrappedKey = rewrapped->wrappedKey;
            slot.nonce = rewrapped->nonce;
            break;
        }
        default:
            QFAIL("unknown tamper");
        }
        auto key = KeySlots::unwrap(vaultId, slot, bytesOf("passphrase one"));
        QVERIFY(!key.has_value());
        QCOMPARE(key.error().code, ErrorCode::VaultWrongPassphrase);
    }

    void kdfParametersAreBound()
    {
        // The same derived key under different recorded parameters must not open: the AD binds them.
        KeySlot slot = officerSlot("Ani", "passphrase one");
        slot.kdf.opsLimit += 1;
        auto key = KeySlots::unwrap(kVaultId, slot, bytesOf("passphrase one"));
        QVERIFY(!key.has_value());
    }

    void saveWritesAlternatingGenerations()
    {
        QTemporaryDir dir;
        KeySlots slots(kVaultId);
        slots.add(officerSlot("Ani", "passphrase one"));
        QVERIFY(slots.save(dir.path()).has_value());
        QCOMPARE(slots.generation(), quint64(1));
        QVERIFY(QFile::exists(dir.filePath(KeySlots::fileName(1))));
        QVERIFY(!QFile::exists(dir.filePath(KeySlots::fileName(0))));
        slots.add(officerSlot("Budi", "passphrase two"));
        QVERIFY(slots.save(dir.path()).has_value());
        QCOMPARE(slots.generation(), quint64(2));
        QVERIFY(QFile::exists(dir.filePath(KeySlots::fileName(0))));
        slots.add(officerSlot("Citra", "passphrase three"));
        QVERIFY(slots.save(dir.path()).has_value());

        auto loaded = KeySlots::load(dir.path());
        QVERIFY(loaded.has_value());
        QCOMPARE(loaded->generation(), quint64(3));
        QCOMPARE(loaded->vaultId(), kVaultId);
        QCOMPARE(loaded->officerNames(),
                 (QStringList{QStringLiteral("Ani"), QStringLiteral("Budi"), QStringLiteral("Citra")}));
        QVERIFY(loaded->officerSlot(u"citra").has_value()); // case-insensitive
        QVERIFY(!loaded->recoverySlot().has_value());
        // No temp file is left behind.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), qsizetype(2));
        // The loaded slot still opens.
        auto key = KeySlots::unwrap(kVaultId, *loaded->officerSlot(u"Budi"), bytesOf("passphrase two"));
        QVERIFY(key.has_value());
    }

    void damagedNewestFallsBackToOlder_data()
    {
        QTest::addColumn<int>("damage");
        QTest::newRow("one-byte-flipped") << 0;
        QTest::newRow("truncated") << 1;
        QTest::newRow("zero-bytes") << 2;
        QTest::newRow("random-bytes") << 3;
        QTest::newRow("valid-json-wrong-checksum") << 4;
    }

    void damagedNewestFallsBackToOlder()
    {
        QFETCH(int, damage);
        QTemporaryDir dir;
        KeySlots slots(kVaultId);
        slots.add(officerSlot("Ani", "passphrase one"));
        QVERIFY(slots.save(dir.path()).has_value()); // generation 1 -> file 1
        slots.add(officerSlot("Budi", "passphrase two"));
        QVERIFY(slots.save(dir.path()).has_value()); // generation 2 -> file 0
        const QString newest = dir.filePath(KeySlots::fileName(0));
        QByteArray bytes = readAll(newest);
        switch (damage) {
        case 0:
            bytes[bytes.size() / 2] = static_cast<char>(bytes[bytes.size() / 2] ^ 0x01);
            break;
        case 1:
            bytes.truncate(bytes.size() / 3);
            break;
        case 2:
            bytes.clear();
            break;
        case 3:
            bytes = QByteArray(2000, '\0');
            for (qsizetype i = 0; i < bytes.size(); ++i) {
                bytes[i] = static_cast<char>((i * 7919) % 251);
            }
            break;
        case 4:
            bytes.replace("Budi", "Bude");
            break;
        default:
            QFAIL("unknown damage");
        }
        writeAll(newest, bytes);
        auto loaded = KeySlots::load(dir.path());
        QVERIFY(loaded.has_value());
        QCOMPARE(loaded->generation(), quint64(1));
        QCOMPARE(loaded->officerNames(), QStringList{QStringLiteral("Ani")});
    }

    void bothDamagedIsReported()
    {
        QTemporaryDir dir;
        writeAll(dir.filePath(KeySlots::fileName(0)), "{}");
        writeAll(dir.filePath(KeySlots::fileName(1)), "garbage");
        auto loaded = KeySlots::load(dir.path());
        QVERIFY(!loaded.has_value());
        QCOMPARE(loaded.error().code, ErrorCode::VaultKeySlotsDamaged);
    }

    void noFileIsNotAVault()
    {
        QTemporaryDir dir;
        auto loaded = KeySlots::load(dir.path());
        QVERIFY(!loaded.has_value());
        QCOMPARE(loaded.error().code, ErrorCode::VaultNotAVault);
        QVERIFY(!KeySlots::existsIn(dir.path()));
    }

    void checkedFieldsBehindTheChecksum_data()
    {
        QTest::addColumn<int>("edit");
        QTest::addColumn<ErrorCode>("expected");
        QTest::newRow("newer-format-version") << 0 << ErrorCode::VaultNewerSchema;
        QTest::newRow("kdf-ops-too-high") << 1 << ErrorCode::VaultKeySlotsDamaged;
        QTest::newRow("kdf-memory-too-high") << 2 << ErrorCode::VaultKeySlotsDamaged;
        QTest::newRow("salt-too-short") << 3 << ErrorCode::VaultKeySlotsDamaged;
        QTest::newRow("unknown-kdf") << 4 << ErrorCode::VaultKeySlotsDamaged;
        QTest::newRow("no-slots") << 5 << ErrorCode::VaultKeySlotsDamaged;
        QTest::newRow("generation-zero") << 6 << ErrorCode::VaultKeySlotsDamaged;
        QTest::newRow("other-format-name") << 7 << ErrorCode::VaultKeySlotsDamaged;
    }

    void checkedFieldsBehindTheChecksum()
    {
        QFETCH(int, edit);
        QFETCH(ErrorCode, expected);
        QTemporaryDir dir;
        KeySlots slots(kVaultId);
        slots.add(officerSlot("Ani", "passphrase one"));
        QVERIFY(slots.save(dir.path()).has_value());
        const QString path = dir.filePath(KeySlots::fileName(1));
        rewriteWithChecksum(path, [edit](QJsonObject &body) {
            QJsonArray array = body.value(QStringLiteral("slots")).toArray();
            QJsonObject slot = array.at(0).toObject();
            QJsonObject kdf = slot.value(QStringLiteral("kdf")).toObject();
            switch (edit) {
            case 0:
                body.insert(QStringLiteral("version"), 2);
                break;
            case 1:
                kdf.insert(QStringLiteral("opsLimit"), 1000);
                break;
            case 2:
                kdf.insert(QStringLiteral("memLimit"), qint64(1) << 40);
                break;
            case 3:
                kdf.insert(QStringLiteral("salt"), QStringLiteral("AAAA"));
                break;
            case 4:
                kdf.insert(QStringLiteral("algorithm"), QStringLiteral("pbkdf2"));
                break;
            case 5:
                array = QJsonArray();
                break;
            case 6:
                body.insert(QStringLiteral("generation"), 0);
                break;
            case 7:
                body.insert(QStringLiteral("format"), QStringLiteral("something-else"));
                break;
            default:
                break;
            }
            if (edit != 5) {
                slot.insert(QStringLiteral("kdf"), kdf);
                array.replace(0, slot);
            }
            body.insert(QStringLiteral("slots"), array);
        });
        auto loaded = KeySlots::load(dir.path());
        QVERIFY(!loaded.has_value());
        QCOMPARE(loaded.error().code, expected);
    }

    void failedSaveLeavesFilesAlone()
    {
        QTemporaryDir dir;
        KeySlots slots(kVaultId);
        slots.add(officerSlot("Ani", "passphrase one"));
        QVERIFY(slots.save(dir.path()).has_value());
        slots.add(officerSlot("Budi", "passphrase two"));
        QVERIFY(slots.save(dir.path()).has_value());
        const QByteArray file0 = readAll(dir.filePath(KeySlots::fileName(0)));
        const QByteArray file1 = readAll(dir.filePath(KeySlots::fileName(1)));

        slots.add(officerSlot("Citra", "passphrase three"));
        KeySlots::failNextSaveForTests(ENOSPC);
        auto saved = slots.save(dir.path());
        QVERIFY(!saved.has_value());
        QCOMPARE(saved.error().code, ErrorCode::VaultDiskFull);
        QCOMPARE(slots.generation(), quint64(2));
        QCOMPARE(readAll(dir.filePath(KeySlots::fileName(0))), file0);
        QCOMPARE(readAll(dir.filePath(KeySlots::fileName(1))), file1);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), qsizetype(2));

        KeySlots::failNextSaveForTests(EIO);
        saved = slots.save(dir.path());
        QVERIFY(!saved.has_value());
        QCOMPARE(saved.error().code, ErrorCode::FileWriteFailed);
        QCOMPARE(readAll(dir.filePath(KeySlots::fileName(1))), file1);

        // The injection is used up: the next save works.
        QVERIFY(slots.save(dir.path()).has_value());
    }

    void undoLastSavePutsBackTheBytes()
    {
        QTemporaryDir dir;
        KeySlots slots(kVaultId);
        slots.add(officerSlot("Ani", "passphrase one"));
        QVERIFY(slots.save(dir.path()).has_value()); // file 1
        QVERIFY(slots.undoLastSave(dir.path()).has_value());
        QVERIFY(!KeySlots::existsIn(dir.path())); // it did not exist before
        QCOMPARE(slots.generation(), quint64(0));

        QVERIFY(slots.save(dir.path()).has_value()); // gen 1, file 1
        QVERIFY(slots.save(dir.path()).has_value()); // gen 2, file 0
        const QByteArray file1 = readAll(dir.filePath(KeySlots::fileName(1)));
        slots.add(officerSlot("Budi", "passphrase two"));
        QVERIFY(slots.save(dir.path()).has_value()); // gen 3, file 1
        QVERIFY(readAll(dir.filePath(KeySlots::fileName(1))) != file1);
        QVERIFY(slots.undoLastSave(dir.path()).has_value());
        QCOMPARE(readAll(dir.filePath(KeySlots::fileName(1))), file1);
        auto loaded = KeySlots::load(dir.path());
        QVERIFY(loaded.has_value());
        QCOMPARE(loaded->generation(), quint64(2));
    }

    void kdfFastModeAndFloor()
    {
        // Fast test mode: libsodium's minimum.
        const KdfParams fast = Kdf::calibrate();
        QVERIFY(fast.opsLimit < Kdf::kFloorOpsLimit);
        QCOMPARE(fast.salt.size(), qsizetype(Kdf::kSaltSize));
        QVERIFY(Kdf::isAcceptable(fast));
        QVERIFY(!Kdf::isAcceptable({Kdf::kMaxOpsLimit + 1, Kdf::kFloorMemLimit, fast.salt}));
        QVERIFY(!Kdf::isAcceptable({Kdf::kFloorOpsLimit, Kdf::kMaxMemLimit + 1, fast.salt}));
        QVERIFY(!Kdf::isAcceptable({Kdf::kFloorOpsLimit, Kdf::kFloorMemLimit, QByteArray(15, 'x')}));
        // Derivation is deterministic for the same input and differs with the salt.
        auto a = Kdf::derive(bytesOf("abc"), fast);
        auto b = Kdf::derive(bytesOf("abc"), fast);
        auto c = Kdf::derive(bytesOf("abc"), Kdf::withFreshSalt(fast));
        QVERIFY(a.has_value() && b.has_value() && c.has_value());
        QVERIFY(a->equals(*b));
        QVERIFY(!a->equals(*c));
    }

    void kdfCalibrationNeverGoesBelowTheFloor()
    {
        if (qEnvironmentVariableIntValue("VERDES_KDF_FAST") == 1) {
            QSKIP("VERDES_KDF_FAST=1 is set in the environment: calibration is replaced by the minimum");
        }
        // One real calibration (about a second and 256 MiB): checks the range, not the time.
        Kdf::setFastForTests(false);
        const KdfParams real = Kdf::calibrate();
        Kdf::setFastForTests(true);
        QVERIFY(real.opsLimit >= Kdf::kFloorOpsLimit);
        QVERIFY(real.memLimit >= Kdf::kFloorMemLimit);
        QVERIFY(real.memLimit <= Kdf::kDefaultMemLimit);
        QVERIFY(Kdf::isAcceptable(real));
    }
};

QTEST_GUILESS_MAIN(TestKeySlots)
#include "tst_KeySlots.moc"
