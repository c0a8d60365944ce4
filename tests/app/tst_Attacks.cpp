// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Issue 10, written as attacks: each test edits the vault's files the way an attacker would — the
// key-slot file without any key, the database with a stolen data key and the sqlite tools — and
// then runs the real `verdes` executable, which must refuse with the exit code of `verdes --help`'s
// table and leave the vault as it was (or, for a stale key-slot file, as the database says it is).

#include "models/demo/DemoVault.h"
#include "models/proposals/ProposalRepository.h"
#include "models/repo/HouseholdRepository.h"
#include "models/vault/AuditLog.h"
#include "models/vault/Database.h"
#include "models/vault/Kdf.h"
#include "models/vault/KeySlots.h"
#include "models/vault/Statement.h"
#include "models/vault/Vault.h"
#include "tests/support/TestFiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using verdes::test::readFile;
using namespace verdes;

namespace {

const QString kAdmin = QStringLiteral("Kepala Desa");
const QString kAdminPass = QStringLiteral("rahasia kepala desa");
const QString kViewer = QStringLiteral("Pemantau");
const QString kViewerPass = QStringLiteral("rahasia pemantau");
const QString kSekdes = QStringLiteral("Sekdes");
const QString kSekdesPass = QStringLiteral("rahasia sekdes 1");

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

SecureBytes secret(const QString &text)
{
    return SecureBytes::fromUtf8(text);
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

// Every file of a folder (name -> SHA-256) but the lock file.
QMap<QString, QByteArray> folderHashes(const QString &folder)
{
    QMap<QString, QByteArray> hashes;
    QDirIterator it(folder, QDir::Files | QDir::Hidden);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!path.endsWith(Vault::lockFileName())) {
            hashes.insert(QFileInfo(path).fileName(),
                          QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256));
        }
    }
    return hashes;
}

} // namespace

class TestAttacks : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home; // the children's home: their unlock throttle and seen audit heads
    QTemporaryDir m_dir;
    int m_counter = 0;

    Run verdes(const QStringList &arguments, const QString &input)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("VERDES_KDF_FAST"), QStringLiteral("1"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        process.setProcessEnvironment(env);
        process.start(qEnvironmentVariable("VERDES_BINARY_DIR") + QStringLiteral("/app/verdes/verdes"),
                      arguments);
        if (!process.waitForStarted()) {
            return {};
        }
        process.write(input.toUtf8());
        process.closeWriteChannel();
        process.waitForFinished(120000);
        Run run;
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    Run as(const QString &officer, const QString &passphrase, QStringList arguments)
    {
        arguments << QStringLiteral("--officer") << officer;
        return verdes(arguments, passphrase + u'\n');
    }

    // A demo village with an administrator, a viewer and a secretary, and a proposal with evidence.
    QString makeVault()
    {
        const QString folder = m_dir.filePath(QStringLiteral("desa%1.verdes").arg(++m_counter));
        DemoOptions options;
        options.households = 40;
        options.today = QDate(2026, 12, 1);
        auto created = DemoVault::create(folder, kAdmin, secret(kAdminPass), options);
        if (!created) {
            qWarning() << created.error().detail;
            return {};
        }
        Vault &vault = *created->vault;
        if (!vault.addOfficer(kViewer, secret(kViewerPass), Role::Viewer)
            || !vault.addOfficer(kSekdes, secret(kSekdesPass), Role::Secretary)) {
            return {};
        }
        auto page = HouseholdRepository(vault.database()).page(0, 1);
        if (!page || page->isEmpty()) {
            return {};
        }
        Proposal p;
        p.type = ProposalType::DataUpdate;
        p.householdId = page->constFirst().householdId;
        p.reason = QStringLiteral("Atap diganti");
        p.changes = {{kHouseholdsTable, p.householdId, QStringLiteral("roof"), {}, QStringLiteral("1"), {}}};
        QByteArray photo(256, 'x');
        photo[0] = '\xFF';
        photo[1] = '\xD8';
        photo[2] = '\xFF';
        auto proposal =
            ProposalRepository(vault.database())
                .create(vault.actor(), p, {{EvidenceKind::HousePhotos, QStringLiteral("rumah.jpg"), photo}});
        if (!proposal || !vault.lock()) {
            return {};
        }
        return folder;
    }

    // The data key, as an officer who holds it could take it (any officer can): for the attacks
    // that rewrite the database with their own tools.
    static std::unique_ptr<Database> stolenDatabase(const QString &folder)
    {
        auto vault = Vault::unlock(folder, kAdmin, secret(kAdminPass));
        if (!vault) {
            return nullptr;
        }
        auto connector = (*vault)->connector();
        const QString path = (*vault)->databasePath();
        auto key = connector ? std::optional<VaultConnector>(std::move(connector).value()) : std::nullopt;
        (void)(*vault)->lock();
        vault->reset();
        if (!key) {
            return nullptr;
        }
        auto db = key->open();
        return db ? std::move(db).value() : nullptr;
    }

    static void editSlotFiles(const QString &folder, const std::function<void(QJsonObject &)> &edit)
    {
        for (int parity = 0; parity < 2; ++parity) {
            const QString path = QDir(folder).filePath(KeySlots::fileName(parity));
            QJsonObject body = QJsonDocument::fromJson(readFile(path)).object();
            edit(body);
            writeAll(path, QJsonDocument(body).toJson());
        }
    }

    static QJsonObject slotNamed(const QJsonArray &slots, const QString &name, int *index = nullptr)
    {
        for (int i = 0; i < slots.size(); ++i) {
            if (slots.at(i).toObject().value(QStringLiteral("officer")).toString() == name) {
                if (index != nullptr) {
                    *index = i;
                }
                return slots.at(i).toObject();
            }
        }
        return {};
    }

private Q_SLOTS:

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Kdf::setFastForTests(true);
        QVERIFY(m_home.isValid() && m_dir.isValid());
    }

    // §3 impersonation: the viewer swaps her slot's name with the administrator's, without any key.
    void swappedOfficerNamesAreRefused()
    {
        const QString folder = makeVault();
        QVERIFY(!folder.isEmpty());
        editSlotFiles(folder, [](QJsonObject &body) {
            QJsonArray slots = body.value(QStringLiteral("slots")).toArray();
            int admin = -1;
            int viewer = -1;
            QJsonObject a = slotNamed(slots, kAdmin, &admin);
            QJsonObject v = slotNamed(slots, kViewer, &viewer);
            a.insert(QStringLiteral("officer"), kViewer);
            v.insert(QStringLiteral("officer"), kAdmin);
            slots.replace(admin, a);
            slots.replace(viewer, v);
            body.insert(QStringLiteral("slots"), slots);
        });
        const auto before = folderHashes(folder);
        // She opens "Kepala Desa" with her own passphrase and tries what only the administrator may.
        Run run =
            as(kAdmin,
               kViewerPass,
               {QStringLiteral("officer"), QStringLiteral("add"), folder, QStringLiteral("Kaki Tangan")});
        QCOMPARE(run.exitCode, 4);
        QVERIFY2(run.err.contains(QStringLiteral("altered outside Verdes")), qPrintable(run.err));
        run = as(kAdmin,
                 kViewerPass,
                 {QStringLiteral("export"), folder, m_dir.filePath(QStringLiteral("all.csv"))});
        QCOMPARE(run.exitCode, 4);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("all.csv"))));
        QCOMPARE(folderHashes(folder), before);
    }

    // Every other field of the file changed without the key: ids, roles of slots, kinds, a copied slot.
    void anyOtherEditOfTheSlotFileIsRefused_data()
    {
        QTest::addColumn<int>("edit");
        QTest::newRow("officer-ids-swapped") << 0;
        QTest::newRow("viewer-slot-duplicated-as-new-officer") << 1;
        QTest::newRow("generation-raised") << 2;
        QTest::newRow("recovery-slot-removed") << 3;
    }

    void anyOtherEditOfTheSlotFileIsRefused()
    {
        QFETCH(int, edit);
        const QString folder = makeVault();
        QVERIFY(!folder.isEmpty());
        editSlotFiles(folder, [edit](QJsonObject &body) {
            QJsonArray slots = body.value(QStringLiteral("slots")).toArray();
            int admin = -1;
            int viewer = -1;
            QJsonObject a = slotNamed(slots, kAdmin, &admin);
            QJsonObject v = slotNamed(slots, kViewer, &viewer);
            if (edit == 0) {
                const QJsonValue id = a.value(QStringLiteral("officerId"));
                a.insert(QStringLiteral("officerId"), v.value(QStringLiteral("officerId")));
                v.insert(QStringLiteral("officerId"), id);
                slots.replace(admin, a);
                slots.replace(viewer, v);
            } else if (edit == 1) {
                QJsonObject copy = v;
                copy.insert(QStringLiteral("officer"), QStringLiteral("Orang Baru"));
                slots.append(copy);
            } else if (edit == 2) {
                body.insert(QStringLiteral("generation"), 99);
            } else {
                for (int i = 0; i < slots.size(); ++i) {
                    if (slots.at(i).toObject().value(QStringLiteral("kind")).toString() == u"recovery") {
                        slots.removeAt(i);
                        break;
                    }
                }
            }
            body.insert(QStringLiteral("slots"), slots);
        });
        const auto before = folderHashes(folder);
        const QString who = edit == 1 ? QStringLiteral("Orang Baru") : kViewer;
        Run run = as(who, kViewerPass, {QStringLiteral("officer"), QStringLiteral("list"), folder});
        // Officer ids are bound in each slot's AEAD: swapping them makes the viewer's slot not open.
        QCOMPARE(run.exitCode, edit == 0 ? 2 : 4);
        QCOMPARE(folderHashes(folder), before);
    }

    // §3 rollback: the slot file of before a removal or a passphrase change, put back whole.
    void anOlderSlotFileOpensNothing_data()
    {
        QTest::addColumn<bool>("removal");
        QTest::newRow("removed-officer") << true;
        QTest::newRow("old-passphrase") << false;
    }

    void anOlderSlotFileOpensNothing()
    {
        QFETCH(bool, removal);
        const QString folder = makeVault();
        QVERIFY(!folder.isEmpty());
        const QByteArray older = readFile(QDir(folder).filePath(KeySlots::fileName(0)));
        Run run = removal ? as(kAdmin,
                               kAdminPass,
                               {QStringLiteral("officer"), QStringLiteral("remove"), folder, kSekdes})
                          : verdes({QStringLiteral("officer"), QStringLiteral("passwd"), folder, kSekdes},
                                   kSekdesPass + u'\n' + QStringLiteral("kata sandi baru 123") + u'\n');
        QCOMPARE(run.exitCode, 0);
        const auto current = folderHashes(folder);
        for (int parity = 0; parity < 2; ++parity) {
            writeAll(QDir(folder).filePath(KeySlots::fileName(parity)), older);
        }
        run = as(kSekdes, kSekdesPass, {QStringLiteral("search"), folder, QStringLiteral("a")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("no longer opens")), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        // The refusal put the database's slot file back: the folder is as the change left it.
        QCOMPARE(folderHashes(folder), current);
        run = as(kAdmin, kAdminPass, {QStringLiteral("check"), folder});
        QCOMPARE(run.exitCode, 0);
    }

    // §2: a planted Argon2id cost makes no unlock run for minutes.
    void aPlantedKdfCostIsRefusedAtOnce()
    {
        const QString folder = makeVault();
        QVERIFY(!folder.isEmpty());
        editSlotFiles(folder, [](QJsonObject &body) {
            QJsonArray slots = body.value(QStringLiteral("slots")).toArray();
            for (int i = 0; i < slots.size(); ++i) {
                QJsonObject slot = slots.at(i).toObject();
                QJsonObject kdf = slot.value(QStringLiteral("kdf")).toObject();
                kdf.insert(QStringLiteral("opsLimit"), 64);
                kdf.insert(QStringLiteral("memLimit"), qint64(4) << 30);
                slot.insert(QStringLiteral("kdf"), kdf);
                slots.replace(i, slot);
            }
            body.insert(QStringLiteral("slots"), slots);
        });
        const auto before = folderHashes(folder);
        QElapsedTimer timer;
        timer.start();
        Run run = as(kAdmin, kAdminPass, {QStringLiteral("check"), folder});
        QCOMPARE(run.exitCode, 4);
        QVERIFY2(run.err.contains(QStringLiteral("64 passes over 4096 MiB")), qPrintable(run.err));
        QCOMPARE(folderHashes(folder), before);
    }

    void aSlotFileOfAnotherVaultIsRefused()
    {
        const QString a = makeVault();
        const QString b = makeVault();
        QVERIFY(!a.isEmpty() && !b.isEmpty());
        for (int parity = 0; parity < 2; ++parity) {
            writeAll(QDir(a).filePath(KeySlots::fileName(parity)),
                     readFile(QDir(b).filePath(KeySlots::fileName(parity))));
        }
        const auto before = folderHashes(a);
        Run run = as(kAdmin, kAdminPass, {QStringLiteral("check"), a});
        QCOMPARE(run.exitCode, 4);
        QCOMPARE(folderHashes(a), before);
    }

    // §5: the content changed with the data key and the sqlite tools, without an audit entry.
    void contentChangedOutsideVerdesIsFound_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("proposal-state") << QStringLiteral("UPDATE proposals SET state = 'ready'");
        QTest::newRow("proposal-reason") << QStringLiteral("UPDATE proposals SET reason = 'Sudah disetujui'");
        QTest::newRow("proposal-author")
            << QStringLiteral("UPDATE proposals SET created_by_name = 'Pemantau'");
        QTest::newRow("member-nik") << QStringLiteral(
            "UPDATE members SET nik = '3301010101010001' WHERE rowid = (SELECT min(rowid) FROM members)");
        QTest::newRow("evidence-bytes") << QStringLiteral(
            "DROP TRIGGER evidence_content_no_update; UPDATE evidence_content SET bytes = zeroblob(256)");
        QTest::newRow("officer-role-behind-the-digest") << QStringLiteral(
            "DROP TRIGGER digest_officers_update; UPDATE officers SET role = 'kepala_desa', "
            "admin = 1 WHERE name = 'Pemantau'");
        QTest::newRow("cut-the-tail")
            << QStringLiteral("DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE seq = (SELECT "
                              "max(seq) FROM audit_log)");
    }

    void contentChangedOutsideVerdesIsFound()
    {
        QFETCH(QString, sql);
        const QString folder = makeVault();
        QVERIFY(!folder.isEmpty());
        {
            auto db = stolenDatabase(folder);
            QVERIFY(db != nullptr);
            QVERIFY2(db->executeScript(sql).has_value(), qPrintable(sql));
            QVERIFY(db->checkpointTruncate().has_value());
        }
        const auto before = folderHashes(folder);
        Run run = as(kAdmin, kAdminPass, {QStringLiteral("audit"), QStringLiteral("verify"), folder});
        QCOMPARE(run.exitCode, 4);
        QVERIFY2(run.err.contains(QStringLiteral("does not match its history")), qPrintable(run.err));
        run = as(kAdmin, kAdminPass, {QStringLiteral("check"), folder});
        QCOMPARE(run.exitCode, 4);
        QCOMPARE(folderHashes(folder), before);
    }

    // §5: an older copy of the whole vault folder put back. It is consistent in itself; the anchor
    // written down from `audit head`, and this computer's own record, are what it no longer matches.
    void anOlderCopyOfTheWholeVaultIsFound()
    {
        const QString folder = makeVault();
        QVERIFY(!folder.isEmpty());
        QTemporaryDir copy;
        for (const QString &name : QDir(folder).entryList(QDir::Files)) {
            QVERIFY(QFile::copy(QDir(folder).filePath(name), copy.filePath(name)));
        }
        // Work goes on: an officer is added, and the head is written down.
        Run run = verdes({QStringLiteral("officer"),
                          QStringLiteral("add"),
                          folder,
                          QStringLiteral("Bendahara"),
                          QStringLiteral("--officer"),
                          kAdmin},
                         kAdminPass + u'\n' + QStringLiteral("rahasia bendahara") + u'\n');
        QCOMPARE(run.exitCode, 0);
        run = as(kAdmin, kAdminPass, {QStringLiteral("audit"), QStringLiteral("head"), folder});
        QCOMPARE(run.exitCode, 0);
        const QString anchor = run.err.trimmed().split(u'\n').constLast().trimmed();
        QVERIFY2(anchor.contains(u':'), qPrintable(run.err));
        run = as(
            kAdmin,
            kAdminPass,
            {QStringLiteral("audit"), QStringLiteral("verify"), folder, QStringLiteral("--anchor"), anchor});
        QCOMPARE(run.exitCode, 0);
        // The old copy is put back.
        for (const QString &name : QDir(copy.path()).entryList(QDir::Files)) {
            writeAll(QDir(folder).filePath(name), readFile(copy.filePath(name)));
        }
        QVERIFY(QFile::remove(QDir(folder).filePath(QStringLiteral("vault.db-wal"))) || true);
        const auto before = folderHashes(folder);
        run = as(
            kAdmin,
            kAdminPass,
            {QStringLiteral("audit"), QStringLiteral("verify"), folder, QStringLiteral("--anchor"), anchor});
        QCOMPARE(run.exitCode, 4);
        QVERIFY2(run.err.contains(QStringLiteral("older copy")) || run.err.contains(QStringLiteral("anchor")),
                 qPrintable(run.err));
        run = as(kAdmin, kAdminPass, {QStringLiteral("check"), folder});
        QCOMPARE(run.exitCode, 4);
        QVERIFY2(run.err.contains(QStringLiteral("older copy")), qPrintable(run.err));
        QCOMPARE(folderHashes(folder), before);
    }
};

QTEST_GUILESS_MAIN(TestAttacks)
#include "tst_Attacks.moc"
