// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/vault/Database.h"
#include "models/vault/Statement.h"
#include "models/vault/Transaction.h"

#include <QFile>
#include <QStandardPaths>
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

    // The connection keeps a statement for the next Statement of the same SQL: that one starts with no
    // bindings and no snapshot, sees schema changes, and a second one in use at the same time is its own.
    void aStatementUsedAgainStartsClean()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.db"));
        auto opened = Database::openPlain(path, Database::Mode::Create);
        QVERIFY(opened.has_value());
        Database &db = **opened;
        QVERIFY(db.execute(u"CREATE TABLE t (x INTEGER)").has_value());
        QVERIFY(db.execute(u"INSERT INTO t VALUES (1), (2), (3)").has_value());
        const QStringView sql = u"SELECT x FROM t WHERE x >= :min ORDER BY x";
        {
            Statement first(db, sql);
            first.bind(u":min", 2);
            QVERIFY(first.step().value());
            QCOMPARE(first.int64(0), 2); // left in the middle of its rows
        }
        auto other = Database::openPlain(path, Database::Mode::Open);
        QVERIFY(other.has_value());
        QVERIFY((*other)->execute(u"INSERT INTO t VALUES (4)").has_value());
        // No reader is left behind on the first connection: the WAL can be emptied.
        QCOMPARE((*other)->queryInt(u"PRAGMA wal_checkpoint(TRUNCATE)").value(), 0);
        {
            Statement unbound(db, sql); // :min is NULL again: no row is >= NULL
            QVERIFY(unbound.status().has_value());
            QVERIFY(!unbound.step().value());
        }
        {
            Statement outer(db, sql);
            outer.bind(u":min", 1);
            QVERIFY(outer.step().value());
            QCOMPARE(outer.int64(0), 1);
            Statement inner(db, sql);
            inner.bind(u":min", 4);
            QVERIFY(inner.step().value());
            QCOMPARE(inner.int64(0), 4);
            QVERIFY(outer.step().value());
            QCOMPARE(outer.int64(0), 2);
        }
        {
            Statement all(db, u"SELECT * FROM t");
            QCOMPARE(all.columnCount(), 1);
        }
        QVERIFY(db.execute(u"ALTER TABLE t ADD COLUMN y INTEGER DEFAULT 7").has_value());
        Statement all(db, u"SELECT * FROM t");
        QVERIFY(all.step().value());
        QCOMPARE(all.columnCount(), 2);
        QCOMPARE(all.int64(1), 7);
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
