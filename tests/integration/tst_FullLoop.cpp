// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Issue 14 §5: the whole loop on loopback, once with the hub on SQLite and once on PostgreSQL, every
// step through the programs the village officer, the reviewers and the hub's operator run. A demo
// village seals its meeting and sends the batch over HTTPS to the real `verdes-hub serve`; the
// district's verifier returns two items and verifies the rest, the office head rejects one and
// approves the others; the village fetches the verdicts and shows each one with its reason; the hub
// publishes a snapshot that shows three of the four approved changes, and in which the household of
// the returned proposal's new draft changed. The village imports it: three reflected, one flagged as
// not reflected, the draft in conflict. Then the snapshot replayed, tampered with, and an older one
// after a newer: refused, and the vault as it was.
#include "tests/support/ChildProcess.h"
#include "tests/support/HubProcess.h"
#include "tests/support/HubVillage.h"
#include "tests/support/PostgresServer.h"
#include "tests/support/TestFiles.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <initializer_list>
#include <memory>

using verdes::test::readFile;
using verdes::test::writeFile;
using namespace verdes;
using test::builtProgram;
using test::ChildRun;
using test::failureText;
using test::HubProcess;
using test::runChild;

namespace {

const QString kOperator = QStringLiteral("Operator Uji");
const QString kChair = QStringLiteral("Ketua BPD");
const QString kHead = QStringLiteral("Budi Santoso");
const QString kVerifier = QStringLiteral("Sri Wahyuni");

QString passphraseOf(const QString &officer)
{
    static const QHash<QString, QString> kPassphrases{
        {kOperator, QStringLiteral("kata sandi uji 123")},
        {kChair, QStringLiteral("kata sandi ketua 456")},
        {kHead, QStringLiteral("kata sandi kepala 789")},
        {kVerifier, QStringLiteral("kata sandi verifikator 321")},
    };
    return kPassphrases.value(officer);
}

QString fingerprintIn(const QString &text)
{
    static const QRegularExpression kFingerprint(QStringLiteral("[0-9A-F]{4}(-[0-9A-F]{4}){3}"));
    QString last;
    for (auto it = kFingerprint.globalMatch(text); it.hasNext();) {
        last = it.next().captured(0);
    }
    return last;
}

QStringList numbers(std::initializer_list<int> list)
{
    QStringList out;
    for (const int n : list) {
        out.append(QString::number(n));
    }
    return out;
}

// The lines of a command's table output, each split at its tabs.
QList<QStringList> rowsOf(const QString &out)
{
    QList<QStringList> rows;
    for (const QString &line : out.split(u'\n', Qt::SkipEmptyParts)) {
        rows.append(line.split(u'\t'));
    }
    return rows;
}

// `verdes proposals` by proposal number: the whole line.
QHash<QString, QString> proposalLines(const QString &out)
{
    QHash<QString, QString> lines;
    for (const QStringList &row : rowsOf(out)) {
        if (row.size() > 6) {
            lines.insert(row.at(0), row.join(u'\t'));
        }
    }
    return lines;
}

// The snapshot the district publishes: the village's own export with `presence` (and its date) set
// for some NIKs and the members of others gone. Returns the changed CSV, or empty when a NIK was not
// found in it.
QByteArray districtSnapshot(const QByteArray &exported,
                            const QHash<QString, std::pair<QString, QString>> &presence,
                            const QStringList &gone)
{
    QList<QByteArray> lines = exported.split('\n');
    const QList<QByteArray> header = lines.constFirst().split(',');
    const qsizetype nikAt = header.indexOf("nik");
    const qsizetype presenceAt = header.indexOf("presence");
    const qsizetype dateAt = header.indexOf("presence_date");
    if (nikAt < 0 || presenceAt < 0 || dateAt < 0) {
        return {};
    }
    QByteArray out = lines.constFirst();
    qsizetype found = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (lines.at(i).isEmpty()) {
            continue;
        }
        QList<QByteArray> cells = lines.at(i).split(',');
        const QString nik = QString::fromLatin1(cells.value(nikAt));
        if (gone.contains(nik)) {
            ++found;
            continue;
        }
        if (presence.contains(nik)) {
            cells[presenceAt] = presence.value(nik).first.toLatin1();
            cells[dateAt] = presence.value(nik).second.toLatin1();
            ++found;
        }
        out += '\n' + cells.join(',');
    }
    return found == presence.size() + gone.size() ? out + '\n' : QByteArray();
}

} // namespace

class TestFullLoop : public QObject
{
    Q_OBJECT

private:
    QString m_folder;

    QString path(const QString &name) const { return QDir(m_folder).filePath(name); }

    // `verdes` as `officer`, who types their passphrase (and `more` lines after it).
    ChildRun verdes(QStringList arguments, const QString &officer = kOperator, const QString &more = {})
    {
        arguments << QStringLiteral("--officer") << officer;
        return runChild(builtProgram(QStringLiteral("app/verdes/verdes")),
                        arguments,
                        passphraseOf(officer) + u'\n' + more);
    }

    ChildRun hub(const QStringList &arguments)
    {
        return runChild(builtProgram(QStringLiteral("app/verdes-hub/verdes-hub")), arguments);
    }

private Q_SLOTS:

    void initTestCase()
    {
        QVERIFY2(QFile::exists(builtProgram(QStringLiteral("app/verdes-hub/verdes-hub"))),
                 "verdes-hub not built");
        QVERIFY2(QFile::exists(builtProgram(QStringLiteral("app/verdes/verdes"))), "verdes not built");
    }

    void theLoopCloses_data()
    {
        QTest::addColumn<bool>("postgres");
        QTest::newRow("sqlite") << false;
        QTest::newRow("postgres") << true;
    }

    void theLoopCloses()
    {
        QFETCH(bool, postgres);
        std::unique_ptr<test::PostgresServer> server;
        QStringList store;
        if (postgres) {
            if (!test::PostgresServer::isInstalled()) {
                if (qEnvironmentVariable("CI") == u"true") {
                    QFAIL("postgresql-15 is not installed; CI must run the PostgreSQL tests");
                }
                QSKIP("postgresql-15 is not installed");
            }
            auto started = test::PostgresServer::start();
            QVERIFY2(started, started ? "" : qPrintable(started.error().detail));
            server = std::move(started).value();
            auto database = server->createDatabase();
            QVERIFY2(database, database ? "" : qPrintable(database.error().detail));
            store = {QStringLiteral("--postgres"), server->uri(*database)};
        }
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        m_folder = dir.path();
        const QString village = path(QStringLiteral("desa.verdes"));
        const QString district = path(QStringLiteral("dinsos.verdes"));
        const QString hubFolder = path(QStringLiteral("hub"));
        QVERIFY(QDir().mkpath(path(QStringLiteral("usb"))));

        // 1. The village: the demo's meeting, every proposal agreed and the flagged household
        // proposed for removal, sealed by the chair.
        ChildRun run = runChild(builtProgram(QStringLiteral("app/verdes/verdes")),
                                {QStringLiteral("demo"),
                                 village,
                                 QStringLiteral("--households"),
                                 QStringLiteral("150"),
                                 QStringLiteral("--officer"),
                                 kOperator},
                                passphraseOf(kOperator) + u'\n');
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = verdes({QStringLiteral("musdes"), QStringLiteral("show"), village, QStringLiteral("1")});
        QCOMPARE(run.exitCode, 0);
        int agreed = 0;
        for (const QStringList &row : rowsOf(run.out)) {
            const QString item = row.value(1);
            const bool household = item.startsWith(QStringLiteral("household "));
            if (!household && !item.startsWith(QStringLiteral("proposal "))) {
                continue;
            }
            const ChildRun decided =
                verdes({QStringLiteral("musdes"),
                        QStringLiteral("decide"),
                        village,
                        QStringLiteral("1"),
                        item.section(u' ', 1),
                        household ? QStringLiteral("remove") : QStringLiteral("agreed")});
            QVERIFY2(decided.exitCode == 0, qPrintable(decided.err));
            agreed += household ? 0 : 1;
        }
        QCOMPARE(agreed, 6);
        run = verdes({QStringLiteral("officer"),
                      QStringLiteral("add"),
                      village,
                      kChair,
                      QStringLiteral("--role"),
                      QStringLiteral("chair")},
                     kOperator,
                     passphraseOf(kChair) + u'\n');
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run =
            verdes({QStringLiteral("musdes"), QStringLiteral("seal"), village, QStringLiteral("1")}, kChair);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));

        // The village's code, from its own export (the district's snapshot starts from it below).
        const QString exported = path(QStringLiteral("desa.csv"));
        run = verdes({QStringLiteral("export"), village, exported});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QByteArray registry = readFile(exported);
        const QString villageCode = QString::fromLatin1(registry.split('\n').value(1).split(',').value(1));
        QCOMPARE(villageCode.size(), 10);

        // 2. The district's hub, served where its enrolment answers say, on the chosen store.
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        run = hub(QStringList{QStringLiteral("init"),
                              hubFolder,
                              QStringLiteral("--district-code"),
                              villageCode.left(4),
                              QStringLiteral("--name"),
                              QStringLiteral("Dinas Sosial Uji"),
                              QStringLiteral("--url"),
                              QStringLiteral("https://127.0.0.1:%1").arg(port),
                              QStringLiteral("--tls-cert"),
                              HubProcess::certificateFile()}
                  + store);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString hubFingerprint = run.out.trimmed();
        const QString request = path(QStringLiteral("usb/enrol.venq"));
        run = verdes({QStringLiteral("enrol"), QStringLiteral("request"), village, request});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = hub({QStringLiteral("enrol"),
                   hubFolder,
                   request,
                   QStringLiteral("--fingerprint"),
                   fingerprintIn(run.out),
                   QStringLiteral("--answer"),
                   path(QStringLiteral("usb/enrol.answer"))});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = verdes({QStringLiteral("enrol"),
                      QStringLiteral("accept"),
                      village,
                      path(QStringLiteral("usb/enrol.answer")),
                      QStringLiteral("--hub-fingerprint"),
                      hubFingerprint});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        HubProcess served(hubFolder, {}, port);
        auto started = served.start();
        QVERIFY2(started, started ? "" : qPrintable(failureText(started.error())));

        // 3. The batch goes up over HTTPS: seven items (six proposals and the household).
        run = verdes({QStringLiteral("batch"), QStringLiteral("send"), village});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("received by the district, all 7 items")),
                 qPrintable(run.err));

        // 4. The district review vault: the office head, a verifier, both enrolled with the hub.
        run = runChild(builtProgram(QStringLiteral("app/verdes/verdes")),
                       {QStringLiteral("init"),
                        district,
                        QStringLiteral("--district-code"),
                        villageCode.left(4),
                        QStringLiteral("--office-name"),
                        QStringLiteral("Dinas Sosial Uji"),
                        QStringLiteral("--officer"),
                        kHead},
                       passphraseOf(kHead) + u'\n');
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = verdes({QStringLiteral("officer"),
                      QStringLiteral("add"),
                      district,
                      kVerifier,
                      QStringLiteral("--role"),
                      QStringLiteral("verifier")},
                     kHead,
                     passphraseOf(kVerifier) + u'\n');
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        for (const QString &reviewer : {kHead, kVerifier}) {
            const QString file =
                path(QStringLiteral("usb/reviewer-%1.vrvq").arg(reviewer.section(u' ', 0, 0)));
            const QString answer = file + QStringLiteral(".answer");
            run = verdes({QStringLiteral("review"), QStringLiteral("enrol"), district, file}, reviewer);
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
            run = hub({QStringLiteral("enrol"),
                       hubFolder,
                       file,
                       QStringLiteral("--fingerprint"),
                       fingerprintIn(run.out + run.err),
                       QStringLiteral("--answer"),
                       answer});
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
            run = verdes({QStringLiteral("review"),
                          QStringLiteral("accept"),
                          district,
                          answer,
                          QStringLiteral("--hub-fingerprint"),
                          hubFingerprint},
                         reviewer);
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        }

        // 5. The verifier fetches the batch: the queue by the village's proposal numbers (0: the
        // household proposed for removal, which is incomplete: the meeting gave it no reason code).
        run = verdes({QStringLiteral("review"), QStringLiteral("sync"), district}, kVerifier);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("1 new batch received, 7 items")), qPrintable(run.err));
        run = verdes({QStringLiteral("review"), QStringLiteral("queue"), district}, kVerifier);
        QCOMPARE(run.exitCode, 0);
        QHash<QString, QString> itemOf; // the village's proposal number → the district's item
        for (const QStringList &row : rowsOf(run.out)) {
            QCOMPARE(row.value(1), villageCode);
            QCOMPARE(row.value(4), QStringLiteral("in_review"));
            itemOf.insert(row.value(2), row.value(0));
        }
        QCOMPARE(itemOf.size(), 7);
        const auto decide = [&](const QString &officer, const QString &proposal, const QStringList &verdict) {
            return verdes(
                QStringList{QStringLiteral("review"), QStringLiteral("decide"), district, itemOf[proposal]}
                    + verdict,
                officer);
        };
        // Returned: the household (incomplete) and the first death (no certificate).
        run = decide(kVerifier,
                     QStringLiteral("0"),
                     {QStringLiteral("returned"), QStringLiteral("--reason"), QStringLiteral("RT02")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = decide(kVerifier,
                     QStringLiteral("1"),
                     {QStringLiteral("returned"),
                      QStringLiteral("--reason"),
                      QStringLiteral("RT01"),
                      QStringLiteral("--note"),
                      QStringLiteral("Akta kematian belum ada")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        // A verifier does not approve; the office head does, after the verification.
        run = decide(kVerifier, QStringLiteral("3"), {QStringLiteral("approved")});
        QVERIFY2(run.exitCode != 0, qPrintable(run.err));
        for (const QString &proposal : numbers({2, 3, 4, 5, 6})) {
            run = decide(kVerifier, proposal, {QStringLiteral("verified")});
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        }
        run = verdes({QStringLiteral("review"), QStringLiteral("sync"), district}, kVerifier);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("accepted 7 verdicts and refused 0")), qPrintable(run.err));
        run = decide(kHead,
                     QStringLiteral("2"),
                     {QStringLiteral("rejected"),
                      QStringLiteral("--reason"),
                      QStringLiteral("RJ01"),
                      QStringLiteral("--note"),
                      QStringLiteral("Masih tinggal di rumah")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        for (const QString &proposal : numbers({3, 4, 5, 6})) {
            run = decide(kHead, proposal, {QStringLiteral("approved")});
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        }
        run = verdes({QStringLiteral("review"), QStringLiteral("sync"), district}, kHead);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("accepted 5 verdicts and refused 0")), qPrintable(run.err));

        // 6. The village fetches the verdicts over HTTPS and shows each with its reason.
        run = verdes({QStringLiteral("decisions"), QStringLiteral("sync"), village});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("12 new verdicts")), qPrintable(run.err));
        run = verdes({QStringLiteral("decisions"), village});
        QCOMPARE(run.exitCode, 0);
        QHash<QString, QStringList> verdicts;
        for (const QStringList &row : rowsOf(run.out)) {
            verdicts.insert(row.value(0), row);
        }
        QCOMPARE(verdicts.size(), 6);
        QCOMPARE(verdicts[u"1"_qs].value(1), QStringLiteral("Returned to the village"));
        QVERIFY(verdicts[u"1"_qs].value(2).startsWith(QStringLiteral("RT01")));
        QCOMPARE(verdicts[u"1"_qs].value(3), QStringLiteral("Akta kematian belum ada"));
        const QString draft = verdicts[u"1"_qs].value(5).section(u' ', -1);
        QVERIFY2(verdicts[u"1"_qs].value(5).startsWith(QStringLiteral("new draft ")), qPrintable(draft));
        QCOMPARE(verdicts[u"2"_qs].value(1), QStringLiteral("Rejected by the district"));
        QVERIFY(verdicts[u"2"_qs].value(2).startsWith(QStringLiteral("RJ01")));
        for (const QString &approved : numbers({3, 4, 5, 6})) {
            QCOMPARE(verdicts[approved].value(1), QStringLiteral("Approved, waiting for the next snapshot"));
            QVERIFY(verdicts[approved].value(4).startsWith(kHead));
        }
        // Fetched again: nothing new, nothing changed.
        run = verdes({QStringLiteral("decisions"), QStringLiteral("sync"), village});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("0 new verdicts")), qPrintable(run.err));

        // 7. The district's next snapshot: the moves of proposals 3 and 4 as members gone, 5's as
        // the presence code; 6's member still living with the family (not reflected). And the
        // person of the returned death, whose new draft is pending: moved, says the registry.
        run = verdes({QStringLiteral("proposals"), village, QStringLiteral("--show-nik")});
        QCOMPARE(run.exitCode, 0);
        QHash<QString, QString> nikOf;
        static const QRegularExpression kNik(QStringLiteral("\\((\\d{16})\\)"));
        for (const QStringList &row : rowsOf(run.out)) {
            const auto match = kNik.match(row.value(6));
            if (match.hasMatch()) {
                nikOf.insert(row.value(0), match.captured(1));
            }
        }
        QCOMPARE(nikOf.size(), 7);
        QCOMPARE(nikOf[draft], nikOf[u"1"_qs]);
        const QByteArray snapshot =
            districtSnapshot(registry,
                             {{nikOf[u"5"_qs], {QStringLiteral("3"), QStringLiteral("2026-11-20")}},
                              {nikOf[u"6"_qs], {QStringLiteral("1"), QString()}},
                              {nikOf[u"1"_qs], {QStringLiteral("3"), QStringLiteral("2026-10-02")}}},
                             {nikOf[u"3"_qs], nikOf[u"4"_qs]});
        QVERIFY(!snapshot.isEmpty());
        QVERIFY(writeFile(path(QStringLiteral("dtsen-1.csv")), snapshot));
        const QString sealed = path(QStringLiteral("usb/dtsen-1.vsnp"));
        run = hub({QStringLiteral("snapshot"),
                   hubFolder,
                   villageCode,
                   path(QStringLiteral("dtsen-1.csv")),
                   QStringLiteral("--label"),
                   QStringLiteral("DTSEN Desember 2026"),
                   QStringLiteral("--out"),
                   sealed});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.out.trimmed(), QStringLiteral("1\tDTSEN Desember 2026"));

        // 8. The village imports it: three reflected, one flagged, the draft in conflict.
        run = verdes({QStringLiteral("import"), village, sealed});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(
            run.err.contains(QStringLiteral("Official DTSEN data from the district hub: DTSEN Desember 2026, "
                                            "number 1")),
            qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("Members: 0 added, 3 changed")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("2 missing from this snapshot")), qPrintable(run.err));
        QVERIFY2(
            run.err.contains(QStringLiteral("Proposals: 3 reflected in the DTSEN data; 1 not reflected")),
            qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("1 in conflict with the new data")), qPrintable(run.err));
        run = verdes({QStringLiteral("proposals"), village});
        QCOMPARE(run.exitCode, 0);
        const QString afterImport = run.out;
        const QHash<QString, QString> lines = proposalLines(afterImport);
        for (const QString &reflected : numbers({3, 4, 5})) {
            QVERIFY2(lines[reflected].contains(QStringLiteral("\tReflected in the registry\t")),
                     qPrintable(lines[reflected]));
        }
        QVERIFY2(lines[u"6"_qs].contains(QStringLiteral("\tNot reflected in the registry\t")),
                 qPrintable(lines[u"6"_qs]));
        QVERIFY2(lines[u"2"_qs].contains(QStringLiteral("\tRejected by the district\t")),
                 qPrintable(lines[u"2"_qs]));
        QVERIFY2(lines[draft].contains(QStringLiteral("\tDraft\t")), qPrintable(lines[draft]));
        QVERIFY2(lines[draft].contains(QStringLiteral("in conflict with the DTSEN data")),
                 qPrintable(lines[draft]));
        for (const QString &other : numbers({1, 2, 3, 4, 5, 6})) {
            QVERIFY2(!lines[other].contains(QStringLiteral("conflict")), qPrintable(lines[other]));
        }

        // 9. Refused, and the vault as it was: the same snapshot again, a tampered one, and after a
        // newer snapshot, the older one.
        const auto unchanged = [&](const QString &expected) {
            const ChildRun now = verdes({QStringLiteral("proposals"), village});
            return now.exitCode == 0 && now.out == expected;
        };
        run = verdes({QStringLiteral("import"), village, sealed});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(QStringLiteral("Nothing was changed")), qPrintable(run.err));
        QVERIFY(unchanged(afterImport));
        QByteArray tampered = readFile(sealed);
        tampered[tampered.size() / 2] = static_cast<char>(tampered.at(tampered.size() / 2) ^ 0x20);
        const QString forged = path(QStringLiteral("usb/dtsen-forged.vsnp"));
        QVERIFY(writeFile(forged, tampered));
        run = verdes({QStringLiteral("import"), village, forged});
        QVERIFY2(run.exitCode == 3 || run.exitCode == 4, qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("Nothing was changed")), qPrintable(run.err));
        QVERIFY(unchanged(afterImport));

        QByteArray next = snapshot;
        next.replace("DUSUN KRAJAN RT 002 RW 001", "DUSUN KRAJAN RT 02 RW 01");
        QVERIFY(next != snapshot);
        QVERIFY(writeFile(path(QStringLiteral("dtsen-2.csv")), next));
        const QString newer = path(QStringLiteral("usb/dtsen-2.vsnp"));
        run = hub({QStringLiteral("snapshot"),
                   hubFolder,
                   villageCode,
                   path(QStringLiteral("dtsen-2.csv")),
                   QStringLiteral("--label"),
                   QStringLiteral("DTSEN Maret 2027"),
                   QStringLiteral("--out"),
                   newer});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.out.trimmed(), QStringLiteral("2\tDTSEN Maret 2027"));
        run = verdes({QStringLiteral("import"), village, newer});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("DTSEN Maret 2027, number 2")), qPrintable(run.err));
        // What the first snapshot settled stays: the flag, the conflict.
        run = verdes({QStringLiteral("proposals"), village});
        const QString afterNewer = run.out;
        QCOMPARE(proposalLines(afterNewer).value(u"6"_qs), lines[u"6"_qs]);
        QVERIFY(proposalLines(afterNewer)
                    .value(draft)
                    .contains(QStringLiteral("in conflict with the DTSEN data")));
        run = verdes({QStringLiteral("import"), village, sealed});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(QStringLiteral("Nothing was changed")), qPrintable(run.err));
        QVERIFY(unchanged(afterNewer));
        served.kill();
    }
};

QTEST_GUILESS_MAIN(TestFullLoop)
#include "tst_FullLoop.moc"
