// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// OutputPath and VaultLocation: where Verdes may write a file for the user. Each row names a target
// the way an attacker or a mistyped command would, and says whether it is refused and with which
// code; the vault next to it must stay byte-for-byte the same.

#include "models/core/Error.h"
#include "models/io/OutputPath.h"
#include "models/vault/KeySlots.h"
#include "models/vault/Vault.h"
#include "models/vault/VaultLocation.h"
#include "tests/support/TempVault.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace verdes;

Q_DECLARE_METATYPE(verdes::ErrorCode)
Q_DECLARE_METATYPE(verdes::OutputPath::Existing)

namespace {

QByteArray folderHash(const QString &folder)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &name : QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name)) {
        QFile file(QDir(folder).filePath(name));
        if (file.open(QIODevice::ReadOnly)) {
            hash.addData(name.toUtf8());
            hash.addData(file.readAll());
        }
    }
    return hash.result();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

} // namespace

class TestOutputPath final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::TempVault> m_vault;
    QString m_slotFile; // the newest key-slot file's name

    QString path(const QString &relative) const { return m_dir.filePath(relative); }

private Q_SLOTS:

    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_vault = std::make_unique<test::TempVault>();
        QVERIFY2(m_vault->isValid(), qPrintable(m_vault->errorText()));
        m_vault->lock();
        const QStringList slotFiles =
            QDir(m_vault->folder()).entryList({QStringLiteral("keyslots.*.json")}, QDir::Files);
        QVERIFY(!slotFiles.isEmpty());
        m_slotFile = slotFiles.first();
        // Around the vault: an ordinary file, a folder, links into and out of the vault, a FIFO.
        writeFile(path(QStringLiteral("existing.csv")), "keep me");
        QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("folder")));
        QVERIFY(QFile::link(QDir(m_vault->folder()).filePath(Vault::databaseFileName()),
                            path(QStringLiteral("to-vault-db.csv"))));
        QVERIFY(QFile::link(m_vault->folder(), path(QStringLiteral("to-vault"))));
        QVERIFY(QFile::link(path(QStringLiteral("existing.csv")), path(QStringLiteral("to-existing.csv"))));
        QVERIFY(QFile::link(path(QStringLiteral("no/such/file.csv")), path(QStringLiteral("broken.csv"))));
        QCOMPARE(QProcess::execute(QStringLiteral("mkfifo"), {path(QStringLiteral("fifo"))}), 0);
        // The TempVault lives in its own temporary folder: the rows reach it through a link in ours.
        QVERIFY(QFile::link(QFileInfo(m_vault->folder()).path(), path(QStringLiteral("vault-home"))));
        // A damaged vault (only its database left) is a vault folder too.
        QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("damaged.verdes")));
        writeFile(path(QStringLiteral("damaged.verdes/vault.db")), "not much left");
    }

    void targets_data()
    {
        QTest::addColumn<QString>("target"); // relative to the test folder; VAULT = the vault folder
        QTest::addColumn<OutputPath::Existing>("existing");
        QTest::addColumn<ErrorCode>("expected"); // Internal = accepted
        const auto refuse = OutputPath::Existing::Refuse;
        const auto replace = OutputPath::Existing::Replace;
        QTest::newRow("new-file") << QStringLiteral("new.csv") << refuse << ErrorCode::Internal;
        QTest::newRow("new-file-in-folder")
            << QStringLiteral("folder/new.csv") << refuse << ErrorCode::Internal;
        QTest::newRow("existing-file") << QStringLiteral("existing.csv") << refuse << ErrorCode::FileExists;
        QTest::newRow("existing-file-forced")
            << QStringLiteral("existing.csv") << replace << ErrorCode::Internal;
        QTest::newRow("link-to-existing-file")
            << QStringLiteral("to-existing.csv") << refuse << ErrorCode::FileExists;
        QTest::newRow("vault-database")
            << QStringLiteral("VAULT/vault.db") << replace << ErrorCode::PathInsideVault;
        QTest::newRow("key-slot-file")
            << QStringLiteral("VAULT/SLOTS") << replace << ErrorCode::PathInsideVault;
        QTest::newRow("new-file-in-vault")
            << QStringLiteral("VAULT/export.csv") << refuse << ErrorCode::PathInsideVault;
        QTest::newRow("vault-folder") << QStringLiteral("VAULT") << replace << ErrorCode::PathInsideVault;
        QTest::newRow("vault-folder-slash")
            << QStringLiteral("VAULT/") << replace << ErrorCode::PathInsideVault;
        QTest::newRow("dot-dot-back-into-vault")
            << QStringLiteral("folder/../VAULT/x.csv") << refuse << ErrorCode::PathInsideVault;
        QTest::newRow("link-to-vault-database")
            << QStringLiteral("to-vault-db.csv") << replace << ErrorCode::PathInsideVault;
        QTest::newRow("through-link-to-vault")
            << QStringLiteral("to-vault/new.csv") << refuse << ErrorCode::PathInsideVault;
        // The kernel reads "to-vault/.." as the parent of the vault: outside it.
        QTest::newRow("link-then-dot-dot")
            << QStringLiteral("to-vault/../new.csv") << refuse << ErrorCode::Internal;
        QTest::newRow("damaged-vault")
            << QStringLiteral("damaged.verdes/x.csv") << replace << ErrorCode::PathInsideVault;
        QTest::newRow("folder") << QStringLiteral("folder") << replace << ErrorCode::FileNotRegular;
        QTest::newRow("dot") << QStringLiteral(".") << replace << ErrorCode::FileNotRegular;
        QTest::newRow("fifo") << QStringLiteral("fifo") << replace << ErrorCode::FileNotRegular;
        QTest::newRow("device") << QStringLiteral("/dev/null") << replace << ErrorCode::FileNotRegular;
        QTest::newRow("broken-link") << QStringLiteral("broken.csv") << replace << ErrorCode::FileNotRegular;
        QTest::newRow("missing-folder")
            << QStringLiteral("no/such/x.csv") << refuse << ErrorCode::FileWriteFailed;
    }

    void targets()
    {
        QFETCH(QString, target);
        QFETCH(OutputPath::Existing, existing);
        QFETCH(ErrorCode, expected);
        const QString vaultName = QFileInfo(m_vault->folder()).fileName();
        QString full = target.startsWith(u'/') ? target : path(target);
        full.replace(QStringLiteral("VAULT"), QStringLiteral("vault-home/") + vaultName);
        full.replace(QStringLiteral("SLOTS"), m_slotFile);
        const QByteArray before = folderHash(m_vault->folder());
        const auto checked = OutputPath::check(full, existing);
        if (expected == ErrorCode::Internal) {
            QVERIFY2(checked.has_value(), checked ? "" : qPrintable(describe(checked.error())));
            // Absolute, without links: where QSaveFile will write.
            QCOMPARE(QFileInfo(*checked).path(), QFileInfo(QFileInfo(*checked).path()).canonicalFilePath());
            QVERIFY(!QFileInfo(*checked).isSymLink());
        } else {
            QVERIFY(!checked.has_value());
            QCOMPARE(checked.error().code, expected);
            // The message names the path as given.
            QCOMPARE(checked.error().args.value(0), QDir::toNativeSeparators(full));
            QVERIFY(!describe(checked.error()).isEmpty());
        }
        QCOMPARE(folderHash(m_vault->folder()), before);
    }

    void linkIsResolvedToItsTarget()
    {
        const auto checked =
            OutputPath::check(path(QStringLiteral("to-existing.csv")), OutputPath::Existing::Replace);
        QVERIFY(checked.has_value());
        QCOMPARE(*checked, QFileInfo(path(QStringLiteral("existing.csv"))).canonicalFilePath());
    }

    void enclosingVaultFindsTheNearestVault()
    {
        const QString vault = QFileInfo(m_vault->folder()).canonicalFilePath();
        QVERIFY(VaultLocation::isVaultFolder(vault));
        QVERIFY(!VaultLocation::isVaultFolder(m_dir.path()));
        QCOMPARE(VaultLocation::enclosingVault(vault), vault);
        QCOMPARE(VaultLocation::enclosingVault(vault + QStringLiteral("/vault.db")), vault);
        QCOMPARE(VaultLocation::enclosingVault(vault + QStringLiteral("/not/yet/there")), QString());
        QCOMPARE(VaultLocation::enclosingVault(path(QStringLiteral("new.csv"))), QString());
        QCOMPARE(VaultLocation::enclosingVault(path(QStringLiteral("to-vault-db.csv"))), vault);
        QVERIFY(VaultLocation::refuseInsideVault(path(QStringLiteral("new.csv"))).has_value());
        const auto refused = VaultLocation::refuseInsideVault(path(QStringLiteral("to-vault/x")));
        QVERIFY(!refused.has_value());
        QCOMPARE(refused.error().code, ErrorCode::PathInsideVault);
        QCOMPARE(refused.error().args.value(1), QDir::toNativeSeparators(vault));
    }

    // `verdes init` (and the wizard, and the demo) inside an existing vault folder: refused before
    // anything is made, directly and through a link.
    void newVaultIsRefusedInsideAVault()
    {
        for (const QString &folder : {QDir(m_vault->folder()).filePath(QStringLiteral("inner.verdes")),
                                      path(QStringLiteral("to-vault/inner.verdes")),
                                      path(QStringLiteral("damaged.verdes/inner.verdes"))}) {
            const QByteArray before = folderHash(m_vault->folder());
            auto created = Vault::create(folder,
                                         QString::fromUtf16(test::TempVault::kVillageCode),
                                         QString::fromUtf16(test::TempVault::kVillageName),
                                         QString::fromUtf16(test::TempVault::kOfficer),
                                         test::TempVault::passphrase());
            QVERIFY(!created.has_value());
            QCOMPARE(created.error().code, ErrorCode::PathInsideVault);
            QVERIFY(!QFileInfo::exists(folder));
            QCOMPARE(folderHash(m_vault->folder()), before);
        }
    }

    void cleanupTestCase()
    {
        // The vault is still whole and opens.
        QVERIFY(m_vault->reopen());
    }
};

QTEST_GUILESS_MAIN(TestOutputPath)
#include "tst_OutputPath.moc"
