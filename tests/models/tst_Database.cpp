// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/vault/Database.h"
#include "models/vault/Statement.h"
#include "models/vault/Transaction.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace verdes;

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void linksSqlCipherFour()
    {
        QTemporaryDir dir;
        const auto key = SecureBytes::random(32);
        auto db = Database::openEncrypted(
            dir.filePath(QStringLiteral("a.db")), key, Database::Mode::Create, Database::Check::None);
        QVERIFY2(db.has_value(), qPrintable(db ? QString() : db.error().detail));
        auto version = (*db)->cipherVersion();
        QVERIFY(version.has_value());
        QVERIFY2(version->startsWith(u'4'), qPrintable(*version));
    }

    void encryptedFileHasNoPlainHeaderAndNoPlainText()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.db"));
        const auto key = SecureBytes::random(32);
        {
            auto db = Database::openEncrypted(path, key, Database::Mode::Create, Database::Check::None);
            QVERIFY(db.has_value());
            QVERIFY((*db)->execute(u"CREATE TABLE t (name TEXT)").has_value());
            Statement st(**db, u"INSERT INTO t (name) VALUES (:name)");
            QVERIFY(st.status().has_value());
            st.bind(u":name", QStringLiteral("SITI AMINAH RAHASIA"));
            QVERIFY(st.run().has_value());
            QVERIFY((*db)->checkpointTruncate().has_value());
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.size() >= 4096);
        QVERIFY(!bytes.startsWith("SQLite format 3"));
        QVERIFY(!bytes.contains("SITI AMINAH"));
    }

    void plainBaselineIsReallyPlain()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.db"));
        {
            auto db = Database::openPlain(path, Database::Mode::Create);
            QVERIFY(db.has_value());
            QVERIFY(!(*db)->isEncrypted());
            QVERIFY((*db)->execute(u"CREATE TABLE t (x)").has_value());
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(16).startsWith("SQLite format 3"));
        // ...and the encrypted opener refuses it rather than writing clear text into it.
        const auto key = SecureBytes::random(32);
        auto refused = Database::openEncrypted(path, key, Database::Mode::Open);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::VaultNotEncrypted);
    }

    void wrongKeyIsNotAVaultAndLeavesTheFileAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.db"));
        const auto key = SecureBytes::random(32);
        {
            auto db = Database::openEncrypted(path, key, Database::Mode::Create, Database::Check::None);
            QVERIFY(db.has_value());
            QVERIFY((*db)->execute(u"CREATE TABLE t (x)").has_value());
            QVERIFY((*db)->checkpointTruncate().has_value());
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();
        auto wrong = Database::openEncrypted(path, SecureBytes::random(32), Database::Mode::Open);
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().code, ErrorCode::VaultNotAVault);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
    }

    void createRefusesAnExistingFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.db"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("precious");
        f.close();
        auto db = Database::openEncrypted(path, SecureBytes::random(32), Database::Mode::Create);
        QVERIFY(!db);
        QCOMPARE(db.error().code, ErrorCode::VaultExists);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("precious"));
    }

    void emptyAndMissingFilesAreRefused()
    {
        QTemporaryDir dir;
        const QString empty = dir.filePath(QStringLiteral("empty.db"));
        QFile f(empty);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        auto a = Database::openEncrypted(empty, SecureBytes::random(32), Database::Mode::Open);
        QVERIFY(!a);
        QCOMPARE(a.error().code, ErrorCode::VaultDamaged);
        QCOMPARE(QFileInfo(empty).size(), 0);
        auto b = Database::openEncrypted(
            dir.filePath(QStringLiteral("none.db")), SecureBytes::random(32), Database::Mode::Open);
        QVERIFY(!b);
        QCOMPARE(b.error().code, ErrorCode::VaultNotFound);
    }

    void statementRefusesSeveralStatements()
    {
        QTemporaryDir dir;
        auto db = Database::openPlain(dir.filePath(QStringLiteral("p.db")), Database::Mode::Create);
        QVERIFY(db.has_value());
        Statement st(**db, u"CREATE TABLE a (x); DROP TABLE a");
        QVERIFY(!st.status());
        Statement ok(**db, u"CREATE TABLE a (x); -- a comment\n  ");
        QVERIFY(ok.status().has_value());
    }

    void transactionRollsBackUnlessCommitted()
    {
        QTemporaryDir dir;
        auto opened = Database::openPlain(dir.filePath(QStringLiteral("p.db")), Database::Mode::Create);
        QVERIFY(opened.has_value());
        Database &db = **opened;
        QVERIFY(db.execute(u"CREATE TABLE t (x INTEGER)").has_value());
        {
            Transaction tx(db);
            QVERIFY(tx.begin().has_value());
            QVERIFY(db.execute(u"INSERT INTO t VALUES (1)").has_value());
        }
        QCOMPARE(db.queryInt(u"SELECT count(*) FROM t").value(), 0);
        {
            Transaction tx(db);
            QVERIFY(tx.begin().has_value());
            QVERIFY(db.execute(u"INSERT INTO t VALUES (2)").has_value());
            QVERIFY(tx.commit().has_value());
        }
        QCOMPARE(db.queryInt(u"SELECT count(*) FROM t").value(), 1);
    }

    void textRoundTripsUnicodeAndNull()
    {
        QTemporaryDir dir;
        auto opened = Database::openEncrypted(dir.filePath(QStringLiteral("a.db")),
                                              SecureBytes::random(32),
                                              Database::Mode::Create,
                                              Database::Check::None);
        QVERIFY(opened.has_value());
        Database &db = **opened;
        QVERIFY(db.execute(u"CREATE TABLE t (id INTEGER PRIMARY KEY, s TEXT, n INTEGER)").has_value());
        Statement ins(db, u"INSERT INTO t (s, n) VALUES (:s, :n)");
        ins.bind(u":s", QStringLiteral("NI KETUT SÜRYANI 😀"));
        ins.bind(u":n", std::optional<qint64>());
        QVERIFY(ins.run().has_value());
        Statement sel(db, u"SELECT s, n FROM t");
        QVERIFY(sel.step().value());
        QCOMPARE(sel.text(0), QStringLiteral("NI KETUT SÜRYANI 😀"));
        QVERIFY(sel.isNull(1));
        QCOMPARE(sel.optionalInt(1), std::optional<qint64>());
    }

    void fullCheckOfAHealthyDatabaseIsClean()
    {
        QTemporaryDir dir;
        auto opened = Database::openEncrypted(dir.filePath(QStringLiteral("a.db")),
                                              SecureBytes::random(32),
                                              Database::Mode::Create,
                                              Database::Check::None);
        QVERIFY(opened.has_value());
        QVERIFY((*opened)->execute(u"CREATE TABLE t (x)").has_value());
        auto problems = (*opened)->fullCheck();
        QVERIFY2(problems.has_value(), qPrintable(problems ? QString() : problems.error().detail));
        QVERIFY2(problems->isEmpty(), qPrintable(problems->join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_Database.moc"
