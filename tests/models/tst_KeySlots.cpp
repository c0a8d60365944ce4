// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/platform/Platform.h"
#include "models/vault/Kdf.h"
#include "models/vault/KeySlots.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
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

// Edits both copies of a key-slot file as an attacker without the data key can: any field,
// keeping the stored tag.
void editFiles(const QString &folder, const std::function<void(QJsonObject &)> &edit)
{
    for (int parity = 0; parity < 2; ++parity) {
        const QString path = QDir(folder).filePath(KeySlots::fileName(parity));
        QJsonObject body = QJsonDocument::fromJson(readAll(path)).object();
        edit(body);
        writeAll(path, QJsonDocument(body).toJson());
    }
}

} // namespace

class TestKeySlots : public QObject
{
    Q_OBJECT

private:
    SecureBytes m_dataKey;

    KeySlot officerSlot(const char *name, const char *passphrase, const KdfParams &kdf = Kdf::minimum())
    {
        auto slot = KeySlots::create(kVaultId,
                                     KeySlot::Kind::Officer,
                                     QStringLiteral("officer-") + QString::fromUtf8(name),
                                     QString::fromUtf8(name),
                                     bytesOf(passphrase),
                                     kdf,
                                     m_dataKey);
        Q_ASSERT(slot.has_value());
        return *slot;
    }

    Result<SecureBytes> open(const QString &vaultId, const KeySlot &slot, const char *passphrase)
    {
        VERDES_TRY_ASSIGN(secret, KeySlots::unwrapSecret(vaultId, slot, bytesOf(passphrase)));
        return KeySlots::openDataKey(slot, secret);
    }

    // Two officers, sealed as generation 1 and written into `dir`.
    KeySlots writtenSlots(const QTemporaryDir &dir)
    {
        KeySlots slots(kVaultId);
        slots.add(officerSlot("Ani", "passphrase one"));
        slots.add(officerSlot("Budi", "passphrase two"));
        slots.seal(1, m_dataKey);
        Q_ASSERT(slots.writeTo(dir.path()).has_value());
        return slots;
    }

private Q_SLOTS:

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Kdf::setFastForTests(true);
        m_dataKey = SecureBytes::random(Kdf::kKeySize);
    }

    void createThenOpenGivesTheDataKey()
    {
        const KeySlot slot = officerSlot("Ani", "passphrase one");
        QCOMPARE(slot.nonce.size(), qsizetype(24));
        QCOMPARE(slot.publicKey.size(), qsizetype(32));
        QCOMPARE(slot.wrappedSecret.size(), qsizetype(48));
        QCOMPARE(slot.sealedKey.size(), qsizetype(80));
        auto key = open(kVaultId, slot, "passphrase one");
        QVERIFY(key.has_value());
        QVERIFY(key->equals(m_dataKey));
    }

    void freshKeysNonceAndSaltPerSlot()
    {
        const KeySlot a = officerSlot("Ani", "same passphrase");
        const KeySlot b = officerSlot("Ani", "same passphrase");
        QVERIFY(a.nonce != b.nonce);
        QVERIFY(a.kdf.salt != b.kdf.salt);
        QVERIFY(a.publicKey != b.publicKey);
        QVERIFY(a.wrappedSecret != b.wrappedSecret);
        QVERIFY(a.sealedKey != b.sealedKey);
        QVERIFY(a.id != b.id);
    }

    void wrongSecretFails()
    {
        const KeySlot slot = officerSlot("Ani", "passphrase one");
        auto key = open(kVaultId, slot, "passphrase One");
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
        QTest::newRow("public-key-of-another-slot") << 7;
        QTest::newRow("kdf-cost-changed") << 8;
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
            slot.wrappedSecret[3] = static_cast<char>(slot.wrappedSecret[3] ^ 0x40);
            break;
        case 6:
            slot.wrappedSecret[47] = static_cast<char>(slot.wrappedSecret[47] ^ 0x01);
            break;
        case 7:
            slot.publicKey = officerSlot("Budi", "passphrase one").publicKey;
            break;
        case 8:
            slot.kdf.opsLimit += 1;
            break;
        default:
            QFAIL("unknown tamper");
        }
        auto key = open(vaultId, slot, "passphrase one");
        QVERIFY(!key.has_value());
        QCOMPARE(key.error().code, ErrorCode::VaultWrongPassphrase);
    }

    void aReplacedSealedKeyIsRefused()
    {
        // Anyone can seal a key of their own to a slot's public key: it never opens the vault.
        KeySlot slot = officerSlot("Ani", "passphrase one");
        KeySlots one(kVaultId);
        KeySlot other = slot;
        one.add(other);
        const SecureBytes planted = SecureBytes::random(Kdf::kKeySize);
        one.resealAll(planted);
        slot.sealedKey = one.slots().constFirst().sealedKey;
        slot.sealedKey[5] = static_cast<char>(slot.sealedKey[5] ^ 0x10);
        auto key = open(kVaultId, slot, "passphrase one");
        QVERIFY(!key.has_value());
        QCOMPARE(key.error().code, ErrorCode::VaultKeySlotsTampered);
    }

    void resealingGivesEverySlotTheNewKey()
    {
        KeySlots slots(kVaultId);
        slots.add(officerSlot("Ani", "passphrase one"));
        slots.add(officerSlot("Budi", "passphrase two"));
        const KeySlots before = slots;
        const SecureBytes newKey = SecureBytes::random(Kdf::kKeySize);
        slots.resealAll(newKey);
        for (qsizetype i = 0; i < slots.slots().size(); ++i) {
            QVERIFY(slots.slots().at(i).sameWayInAs(before.slots().at(i)));
            QVERIFY(slots.slots().at(i).sealedKey != before.slots().at(i).sealedKey);
        }
        auto ani = open(kVaultId, slots.slots().at(0), "passphrase one");
        auto budi = open(kVaultId, slots.slots().at(1), "passphrase two");
        QVERIFY(ani.has_value() && budi.has_value());
        QVERIFY(ani->equals(newKey));
        QVERIFY(budi->equals(newKey));
    }

    void sealWriteLoadAndAuthenticate()
    {
        QTemporaryDir dir;
        KeySlots slots = writtenSlots(dir);
        // Generation 1 in its own file and, as a second copy, in the other.
        QCOMPARE(readAll(dir.filePath(KeySlots::fileName(1))), slots.fileBytes());
        QCOMPARE(readAll(dir.filePath(KeySlots::fileName(0))), slots.fileBytes());
        QVERIFY(slots.isWrittenIn(dir.path()));
        auto loaded = KeySlots::load(dir.path());
        QVERIFY(loaded.has_value());
        QCOMPARE(loaded->generation(), quint64(1));
        QCOMPARE(loaded->vaultId(), kVaultId);
        QCOMPARE(loaded->tag(), slots.tag());
        QCOMPARE(loaded->tag().size(), qsizetype(32));
        QCOMPARE(loaded->officerNames(), (QStringList{QStringLiteral("Ani"), QStringLiteral("Budi")}));
        QVERIFY(loaded->officerSlot(u"budi").has_value()); // case-insensitive
        QVERIFY(loaded->authenticate(m_dataKey, dir.path()).has_value());

        // The next generation replaces both: no older one (with a removed slot) stays on disk.
        slots.add(officerSlot("Citra", "passphrase three"));
        slots.seal(2, m_dataKey);
        QVERIFY(slots.writeTo(dir.path()).has_value());
        QCOMPARE(readAll(dir.filePath(KeySlots::fileName(1))), slots.fileBytes());
        QCOMPARE(readAll(dir.filePath(KeySlots::fileName(0))), slots.fileBytes());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), qsizetype(2));
        loaded = KeySlots::load(dir.path());
        QVERIFY(loaded.has_value());
        QCOMPARE(loaded->generation(), quint64(2));
        auto key = open(kVaultId, *loaded->officerSlot(u"Citra"), "passphrase three");
        QVERIFY(key.has_value());
    }

    void anyKeyButTheDataKeyFailsAuthentication()
    {
        QTemporaryDir dir;
        writtenSlots(dir);
        auto loaded = KeySlots::load(dir.path());
        QVERIFY(loaded.has_value());
        auto other = loaded->authenticate(SecureBytes::random(Kdf::kKeySize), dir.path());
        QVERIFY(!other.has_value());
        QCOMPARE(other.error().code, ErrorCode::VaultKeySlotsTampered);
    }

    void everyEditWithoutTheKeyIsCaught_data()
    {
        QTest::addColumn<int>("edit");
        QTest::newRow("officer-names-swapped") << 0;
        QTest::newRow("officer-ids-swapped") << 1;
        QTest::newRow("generation-raised") << 2;
        QTest::newRow("a-slot-removed") << 3;
        QTest::newRow("a-slot-duplicated") << 4;
        QTest::newRow("kdf-cost-lowered-within-range") << 5;
        QTest::newRow("tag-replaced") << 6;
        QTest::newRow("vault-id-changed") << 7;
        QTest::newRow("a-name-renamed") << 8;
    }

    void everyEditWithoutTheKeyIsCaught()
    {
        QFETCH(int, edit);
        QTemporaryDir dir;
        writtenSlots(dir);
        editFiles(dir.path(), [edit](QJsonObject &body) {
            QJsonArray array = body.value(QStringLiteral("slots")).toArray();
            QJsonObject a = array.at(0).toObject();
            QJsonObject b = array.at(1).toObject();
            switch (edit) {
            case 0: {
                const QJsonValue name = a.value(QStringLiteral("officer"));
                a.insert(QStringLiteral("officer"), b.value(QStringLiteral("officer")));
                b.insert(QStringLiteral("officer"), name);
                break;
            }
            case 1: {
                const QJsonValue id = a.value(QStringLiteral("officerId"));
                a.insert(QStringLiteral("officerId"), b.value(QStringLiteral("officerId")));
                b.insert(QStringLiteral("officerId"), id);
                break;
            }
            case 2:
                body.insert(QStringLiteral("generation"), 7);
                break;
            case 3:
                array.removeAt(1);
                body.insert(QStringLiteral("slots"), array);
                return;
            case 4:
                array.append(a);
                body.insert(QStringLiteral("slots"), array);
                return;
            case 5: {
                QJsonObject kdf = a.value(QStringLiteral("kdf")).toObject();
                kdf.insert(QStringLiteral("opsLimit"), 2);
                a.insert(QStringLiteral("kdf"), kdf);
                break;
            }
            case 6:
                body.insert(QStringLiteral("mac"), QString(64, u'a'));
                break;
            case 7:
                body.insert(QStringLiteral("vaultId"), QStringLiteral("ffeeddccbbaa99887766554433221100"));
                break;
            case 8:
                a.insert(QStringLiteral("officer"), QStringLiteral("Kepala Desa"));
                break;
            default:
                break;
            }
            array.replace(0, a);
            array.replace(1, b);
            body.insert(QStringLiteral("slots"), array);
        });
        auto loaded = KeySlots::load(dir.path());
        QVERIFY2(loaded.has_value(), "the edited file still parses: only the key can tell");
        auto authentic = loaded->authenticate(m_dataKey, dir.path());
        QVERIFY(!authentic.has_value());
        QCOMPARE(authentic.error().code, ErrorCode::VaultKeySlotsTampered);
    }

    void newestParsableFileIsLoaded_data()
    {
        QTest::addColumn<int>("damage");
        QTest::newRow("one-byte-flipped") << 0;
        QTest::newRow("truncated") << 1;
        QTest::newRow("zero-bytes") << 2;
        QTest::newRow("random-bytes") << 3;
    }

    void newestParsableFileIsLoaded()
    {
        // Only a power cut between the rename and the removal leaves two files; a damaged newer
        // one (a disk error) does not hide the older, which the vault then checks against its record.
        QFETCH(int, damage);
        QTemporaryDir dir;
        KeySlots slots = writtenSlots(dir);
        const QByteArray older = slots.fileBytes();
        slots.seal(2, m_dataKey);
        QVERIFY(slots.writeTo(dir.path()).has_value());
        writeAll(dir.filePath(KeySlots::fileName(1)), older);
        QCOMPARE(KeySlots::load(dir.path())->generation(), quint64(2));
        const QString newest = dir.filePath(KeySlots::fileName(0));
        QByteArray bytes = readAll(newest);
        switch (damage) {
        case 0:
            bytes[0] = static_cast<char>(bytes[0] ^ 0x01); // the opening brace
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
        default:
            QFAIL("unknown damage");
        }
        writeAll(newest, bytes);
        auto loaded = KeySlots::load(dir.path());
        QVERIFY(loaded.has_value());
        QCOMPARE(loaded->generation(), quint64(1));
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

    void shapeIsCheckedBeforeAnything_data()
    {
        QTest::addColumn<int>("edit");
        QTest::addColumn<ErrorCode>("expected");
        QTest::newRow("format-1") << 0 << ErrorCode::VaultKeySlotsOldFormat;
        QTest::newRow("newer-format") << 1 << ErrorCode::VaultNewerSchema;
        QTest::newRow("salt-too-short") << 2 << ErrorCode::VaultKeySlotsDamaged;
        QTest::newRow("unknown-kdf") << 3 << ErrorCode::VaultKeySlotsDamaged;
        QTest::newRow("no-slots") << 4 << ErrorCode::VaultKeySlotsDamaged;
        QTest::newRow("generation-zero") << 5 << ErrorCode::VaultKeySlotsDamaged;
        QTest::newRow("other-format-name") << 6 << ErrorCode::VaultKeySlotsDamaged;
        QTest::newRow("public-key-short") << 7 << ErrorCode::VaultKeySlotsDamaged;
        QTest::newRow("no-tag") << 8 << ErrorCode::VaultKeySlotsDamaged;
        QTest::newRow("officer-without-id") << 9 << ErrorCode::VaultKeySlotsDamaged;
    }

    void shapeIsCheckedBeforeAnything()
    {
        QFETCH(int, edit);
        QFETCH(ErrorCode, expected);
        QTemporaryDir dir;
        writtenSlots(dir);
        editFiles(dir.path(), [edit](QJsonObject &body) {
            QJsonArray array = body.value(QStringLiteral("slots")).toArray();
            QJsonObject slot = array.at(0).toObject();
            QJsonObject kdf = slot.value(QStringLiteral("kdf")).toObject();
            switch (edit) {
            case 0:
                body.insert(QStringLiteral("version"), 1);
                break;
            case 1:
                body.insert(QStringLiteral("version"), 3);
                break;
            case 2:
                kdf.insert(QStringLiteral("salt"), QStringLiteral("AAAA"));
                break;
            case 3:
                kdf.insert(QStringLiteral("algorithm"), QStringLiteral("pbkdf2"));
                break;
            case 4:
                body.insert(QStringLiteral("slots"), QJsonArray());
                return;
            case 5:
                body.insert(QStringLiteral("generation"), 0);
                break;
            case 6:
                body.insert(QStringLiteral("format"), QStringLiteral("something-else"));
                break;
            case 7:
                slot.insert(QStringLiteral("publicKey"), QStringLiteral("AAAA"));
                break;
            case 8:
                body.remove(QStringLiteral("mac"));
                break;
            case 9:
                slot.insert(QStringLiteral("officerId"), QString());
                break;
            default:
                break;
            }
            slot.insert(QStringLiteral("kdf"), kdf);
            array.replace(0, slot);
            body.insert(QStringLiteral("slots"), array);
        });
        auto loaded = KeySlots::load(dir.path());
        QVERIFY(!loaded.has_value());
        QCOMPARE(loaded.error().code, expected);
    }

    void plantedKdfCostIsRefusedBeforeAnyDerivation_data()
    {
        QTest::addColumn<qint64>("opsLimit");
        QTest::addColumn<qint64>("memLimit");
        QTest::addColumn<bool>("fast");
        QTest::newRow("64-passes") << qint64(64) << qint64(64) << true;
        QTest::newRow("11-passes") << qint64(11) << qint64(64) << true;
        QTest::newRow("4-gib") << qint64(3) << qint64(4096) << true;
        QTest::newRow("1-gib-and-a-mib") << qint64(3) << qint64(1025) << true;
        QTest::newRow("one-pass-in-a-real-build") << qint64(1) << qint64(64) << false;
        QTest::newRow("8-kib-in-a-real-build") << qint64(3) << qint64(0) << false;
    }

    void plantedKdfCostIsRefusedBeforeAnyDerivation()
    {
        QFETCH(qint64, opsLimit);
        QFETCH(qint64, memLimit);
        QFETCH(bool, fast);
        QTemporaryDir dir;
        writtenSlots(dir);
        editFiles(dir.path(), [&](QJsonObject &body) {
            QJsonArray array = body.value(QStringLiteral("slots")).toArray();
            QJsonObject slot = array.at(1).toObject();
            QJsonObject kdf = slot.value(QStringLiteral("kdf")).toObject();
            kdf.insert(QStringLiteral("opsLimit"), opsLimit);
            kdf.insert(QStringLiteral("memLimit"), memLimit == 0 ? qint64(8192) : memLimit << 20);
            slot.insert(QStringLiteral("kdf"), kdf);
            array.replace(1, slot);
            body.insert(QStringLiteral("slots"), array);
        });
        Kdf::setFastForTests(fast);
        const quint64 derivations = Kdf::derivationCount();
        auto loaded = KeySlots::load(dir.path());
        Kdf::setFastForTests(true);
        QVERIFY(!loaded.has_value());
        QCOMPARE(loaded.error().code, ErrorCode::VaultKdfOutOfRange);
        QCOMPARE(Kdf::derivationCount(), derivations);
        // Kdf::derive refuses the same cost on its own.
        Kdf::setFastForTests(fast);
        const KdfParams planted{static_cast<quint64>(opsLimit),
                                memLimit == 0 ? quint64(8192) : static_cast<quint64>(memLimit) << 20,
                                QByteArray(static_cast<qsizetype>(Kdf::kSaltSize), 'x')};
        auto derived = Kdf::derive(bytesOf("x"), planted);
        Kdf::setFastForTests(true);
        QVERIFY(!derived.has_value());
        QCOMPARE(derived.error().code, ErrorCode::VaultKdfOutOfRange);
        QCOMPARE(Kdf::derivationCount(), derivations);
    }

    void failedWriteLeavesFilesAlone()
    {
        QTemporaryDir dir;
        KeySlots slots = writtenSlots(dir);
        const QByteArray file1 = readAll(dir.filePath(KeySlots::fileName(1)));
        slots.add(officerSlot("Citra", "passphrase three"));
        slots.seal(2, m_dataKey);
        failNextDurableWriteForTests(ENOSPC);
        auto written = slots.writeTo(dir.path());
        QVERIFY(!written.has_value());
        QCOMPARE(written.error().code, ErrorCode::VaultDiskFull);
        QCOMPARE(readAll(dir.filePath(KeySlots::fileName(1))), file1);
        QCOMPARE(readAll(dir.filePath(KeySlots::fileName(0))), file1);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), qsizetype(2)); // no temp file left

        failNextDurableWriteForTests(EIO);
        written = slots.writeTo(dir.path());
        QVERIFY(!written.has_value());
        QCOMPARE(written.error().code, ErrorCode::FileWriteFailed);
        QCOMPARE(readAll(dir.filePath(KeySlots::fileName(1))), file1);

        // The injection is used up: the next write works.
        QVERIFY(slots.writeTo(dir.path()).has_value());
        QCOMPARE(KeySlots::load(dir.path())->generation(), quint64(2));
    }

    void kdfFastModeFloorAndCeiling()
    {
        // Fast test mode: libsodium's minimum.
        const KdfParams fast = Kdf::calibrate();
        QVERIFY(fast.opsLimit < Kdf::kFloorOpsLimit);
        QCOMPARE(fast.salt.size(), qsizetype(Kdf::kSaltSize));
        QVERIFY(Kdf::isAcceptable(fast));
        QVERIFY(!Kdf::isAcceptable({Kdf::kMaxOpsLimit + 1, Kdf::kFloorMemLimit, fast.salt}));
        QVERIFY(!Kdf::isAcceptable({Kdf::kFloorOpsLimit, Kdf::kMaxMemLimit + 1, fast.salt}));
        QVERIFY(!Kdf::isAcceptable({Kdf::kFloorOpsLimit, Kdf::kFloorMemLimit, QByteArray(15, 'x')}));
        QVERIFY(Kdf::isAcceptable({Kdf::kMaxOpsLimit, Kdf::kMaxMemLimit, fast.salt}));
        // Without it, the floor of DESIGN.md: 2 passes over 64 MiB.
        Kdf::setFastForTests(false);
        const bool minimumAccepted = Kdf::isAcceptable(fast);
        const bool floorAccepted = Kdf::isAcceptable({Kdf::kFloorOpsLimit, Kdf::kFloorMemLimit, fast.salt});
        Kdf::setFastForTests(true);
        if (qEnvironmentVariableIntValue("VERDES_KDF_FAST") != 1) {
            QVERIFY(!minimumAccepted);
        }
        QVERIFY(floorAccepted);
        // Derivation is deterministic for the same input and differs with the salt.
        auto a = Kdf::derive(bytesOf("abc"), fast);
        auto b = Kdf::derive(bytesOf("abc"), fast);
        auto c = Kdf::derive(bytesOf("abc"), Kdf::withFreshSalt(fast));
        QVERIFY(a.has_value() && b.has_value() && c.has_value());
        QVERIFY(a->equals(*b));
        QVERIFY(!a->equals(*c));
    }

    void kdfCalibrationStaysBetweenFloorAndCeiling()
    {
        if (qEnvironmentVariableIntValue("VERDES_KDF_FAST") == 1) {
            QSKIP("VERDES_KDF_FAST=1 is set in the environment: calibration is replaced by the minimum");
        }
        // One real calibration (about a second and 256 MiB): checks the range, not the time.
        Kdf::setFastForTests(false);
        const KdfParams real = Kdf::calibrate();
        const bool acceptable = Kdf::isAcceptable(real);
        Kdf::setFastForTests(true);
        QVERIFY(real.opsLimit >= Kdf::kFloorOpsLimit);
        QVERIFY(real.opsLimit <= Kdf::kMaxOpsLimit);
        QVERIFY(real.memLimit >= Kdf::kFloorMemLimit);
        QVERIFY(real.memLimit <= Kdf::kDefaultMemLimit);
        QVERIFY(acceptable);
    }
};

QTEST_GUILESS_MAIN(TestKeySlots)
#include "tst_KeySlots.moc"
