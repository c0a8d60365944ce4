// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The `verdes` command line as a user meets it: the real executable in a child process, real
// vault folders and CSV files, exit codes and messages. Each failure leaves the vault unchanged.

#include "models/proposals/ProposalRepository.h"
#include "models/repo/HouseholdRepository.h"
#include "models/vault/Database.h"
#include "models/vault/Kdf.h"
#include "models/vault/Vault.h"
#include "tests/support/ChildProcess.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

namespace {

const QString kPassphrase = QStringLiteral("kata sandi uji 123");

using Run = verdes::test::ChildRun;

QString binary()
{
    return verdes::test::builtProgram(QStringLiteral("app/verdes/verdes"));
}

// `input` is written to standard input through a pipe; with `stdinFile`, standard input is that
// file instead (as `verdes … < FILE`).
Run runVerdes(const QStringList &arguments,
              const QString &input = {},
              const QStringList &extraEnv = {},
              const QString &stdinFile = {})
{
    return verdes::test::runChild(binary(), arguments, input, extraEnv, stdinFile);
}

// As runVerdes, with standard error on a pseudo-terminal, as in a terminal window: `err` is what was
// drawn there (the progress lines included, which a pipe never gets).
Run runVerdesOnTerminal(const QStringList &arguments, const QString &input)
{
    const int master = posix_openpt(O_RDWR | O_NOCTTY);
    if (master < 0 || grantpt(master) != 0 || unlockpt(master) != 0) {
        return {};
    }
    const QString terminal = QString::fromLocal8Bit(ptsname(master));
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("VERDES_KDF_FAST"), QStringLiteral("1"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(env);
    process.setStandardErrorFile(terminal);
    process.start(binary(), arguments);
    Run run;
    if (process.waitForStarted()) {
        process.write(input.toUtf8());
        process.closeWriteChannel();
        QByteArray drawn;
        // Read while it runs: a full terminal buffer would block the child.
        const auto drain = [&drawn, master](int timeoutMs) {
            pollfd ready{master, POLLIN, 0};
            while (poll(&ready, 1, timeoutMs) > 0) {
                char buffer[4096];
                const ssize_t got = read(master, buffer, sizeof buffer);
                if (got <= 0) {
                    break; // EIO once the child closed the terminal
                }
                drawn.append(buffer, got);
            }
        };
        while (!process.waitForFinished(20)) {
            drain(0);
        }
        drain(100);
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(drawn);
    }
    close(master);
    return run;
}

// One CSV line (no quoted line breaks) split into raw fields, quotes removed.
QList<QByteArray> splitCsvLine(const QByteArray &line)
{
    QList<QByteArray> fields{QByteArray()};
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const char c = line.at(i);
        if (quoted) {
            if (c == '"' && i + 1 < line.size() && line.at(i + 1) == '"') {
                fields.last() += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                fields.last() += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            fields.append(QByteArray());
        } else if (c != '\r') {
            fields.last() += c;
        }
    }
    return fields;
}

QByteArray joinCsvLine(const QList<QByteArray> &fields)
{
    QList<QByteArray> quoted;
    for (const QByteArray &field : fields) {
        if (field.contains(',') || field.contains('"')) {
            QByteArray copy = field;
            quoted << '"' + copy.replace("\"", "\"\"") + '"';
        } else {
            quoted << field;
        }
    }
    return quoted.join(',') + "\r";
}

// The fields of the CSV's data line `index` (1 = the first after the header), and all lines.
QList<QByteArray> csvLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QList<QByteArray> lines = file.readAll().split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty()) {
        lines.removeLast();
    }
    return lines;
}

int columnIndex(const QString &csv, const char *name)
{
    return static_cast<int>(splitCsvLine(csvLines(csv).value(0)).indexOf(QByteArray(name)));
}

void writeLines(const QString &path, const QList<QByteArray> &lines)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(lines.join('\n') + '\n');
    }
}

QByteArray folderHash(const QString &folder)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QStringList files = QDir(folder).entryList(QDir::Files, QDir::Name);
    for (const QString &name : files) {
        if (name.endsWith(u".lock")) {
            continue;
        }
        QFile file(QDir(folder).filePath(name));
        if (file.open(QIODevice::ReadOnly)) {
            hash.addData(name.toUtf8());
            hash.addData(file.readAll());
        }
    }
    return hash.result();
}

} // namespace

class TestCommandLine final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void musdesRunsAndSealsTheDemoMeeting();
    void helpListsVerbsAndExitCodes();
    void helpIsIndonesianUnderIndonesianLocale();
    void usageErrorsExitWithOne_data();
    void usageErrorsExitWithOne();
    void initCreatesVaultAndPrintsRecoveryKeyOnce();
    void initRefusesShortPassphraseAndExistingFolder();
    void wrongPassphraseExitsWithTwoAndChangesNothing();
    void recoveryKeyUnlocksAndTypoIsCaught();
    void importExportSearchRoundTrip();
    void reimportChangesNothing();
    void brokenCsvImportsNothing();
    void skipBadRowsWritesOwnerOnlyRejects();
    void damagedVaultsExitWithFour_data();
    void damagedVaultsExitWithFour();
    void officersCanBeAddedChangedAndRemoved();
    void killedImportLeavesAllOrNothing();
    void logsNeverContainPersonalData();
    void officerRolesListAndPermissions();
    void officerUsageErrors_data();
    void officerUsageErrors();
    void auditLogAndVerify();
    void alteredHistoryExitsWithFour();
    void recoveryKeyRepairsAccessButDoesNotWork();
    void proposalsAreListedWithMaskedNik();
    void checksListFlagsWithMaskedNik();
    void showNikNeedsTheRoleAndIsAudited();
    void exportNeverDestroysAVault_data();
    void exportNeverDestroysAVault();
    void exportReplacesAFileOnlyWithForce();
    void everyVerbThatWritesAFileRefusesTheSame();
    void initRefusesAPlaceInsideAVault();
    void officerNamesRefuseControlCharactersAndLengths_data();
    void officerNamesRefuseControlCharactersAndLengths();
    void importCountsRowsWithErrorsAndProblems();
    void importFromAPipeIsRefusedInPlainWords();
    // Issue 11 §1: files that have been through a spreadsheet, the village code of a new vault.
    void initAcceptsOnlyListedVillages_data();
    void initAcceptsOnlyListedVillages();
    void importSummaryNamesSeparatorAndAbsentColumns();
    void importHelpSaysHowToSaveFromSpreadsheets_data();
    void importHelpSaysHowToSaveFromSpreadsheets();
    // Issue 11 §5: the command line drives the jobs of the desktop application.
    void progressOnATerminalComesFromTheJobs();
    // Issue 12 §3: the meeting's documents from the command line.
    void musdesDocumentsWritesThePdfsAndTheSpreadsheet();
    void decisionsListAndRefuseWithTheUsbExitCodes();

private:
    // A vault of the demo village's code with the officer "Operator Uji" (kPassphrase); its
    // recovery key in `recoveryKey` when asked for.
    QString makeVault(const QString &name, QString *recoveryKey = nullptr);
    // The number of entries `audit verify` checked (-1 when it failed).
    static int auditEntries(const QString &folder);

    QTemporaryDir m_dir;
    QString m_csv;
    QString m_villageCode;
};

void TestCommandLine::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(binary()), qPrintable(binary()));
    m_csv = m_dir.filePath(QStringLiteral("desa.csv"));
    const Run run = runVerdes({QStringLiteral("demo-csv"),
                               m_csv,
                               QStringLiteral("--households"),
                               QStringLiteral("60"),
                               QStringLiteral("--seed"),
                               QStringLiteral("7")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(QFile::exists(m_csv));
    // Vaults of the tests belong to the demo village's own code.
    m_villageCode =
        QString::fromUtf8(splitCsvLine(csvLines(m_csv).at(1)).at(columnIndex(m_csv, "village_code")));
    QCOMPARE(m_villageCode.size(), 10);
}

QString TestCommandLine::makeVault(const QString &name, QString *recoveryKey)
{
    const QString folder = m_dir.filePath(name + QStringLiteral(".verdes"));
    const Run run = runVerdes({QStringLiteral("init"),
                               folder,
                               QStringLiteral("--village-code"),
                               m_villageCode,
                               QStringLiteral("--demo-village"),
                               QStringLiteral("--village-name"),
                               QStringLiteral("Desa Contoh"),
                               QStringLiteral("--officer"),
                               QStringLiteral("Operator Uji")},
                              kPassphrase + u'\n');
    if (run.exitCode != 0) {
        qWarning("init failed: %s", qPrintable(run.err));
    }
    if (recoveryKey != nullptr) {
        *recoveryKey = run.out.trimmed().split(u'\n').last().trimmed();
    }
    return folder;
}

int TestCommandLine::auditEntries(const QString &folder)
{
    const Run run = runVerdes({QStringLiteral("audit"),
                               QStringLiteral("verify"),
                               folder,
                               QStringLiteral("--officer"),
                               QStringLiteral("Operator Uji")},
                              kPassphrase + u'\n');
    static const QRegularExpression checked(QStringLiteral(R"((\d+) entries checked)"));
    const auto match = checked.match(run.err);
    return run.exitCode == 0 && match.hasMatch() ? match.captured(1).toInt() : -1;
}

// The demo village's prepared meeting, run from scripts: refusals with their exit codes, decisions
// by consensus and by vote, the chair's seal, nothing changes afterwards, `check` verifies the seal
// and finds a change made behind the triggers' back.
void TestCommandLine::musdesRunsAndSealsTheDemoMeeting()
{
    using namespace verdes;
    const QString folder = m_dir.filePath(QStringLiteral("musdes.verdes"));
    const QString operatorName = QStringLiteral("Operator Uji");
    const QString opIn = kPassphrase + u'\n';
    QCOMPARE(runVerdes({QStringLiteral("demo"),
                        folder,
                        QStringLiteral("--households"),
                        QStringLiteral("150"),
                        QStringLiteral("--officer"),
                        operatorName},
                       opIn)
                 .exitCode,
             0);
    const auto musdes = [&](QStringList args, const QString &input = {}) {
        args.prepend(QStringLiteral("musdes"));
        args.append({QStringLiteral("--officer"), operatorName});
        return runVerdes(args, input.isEmpty() ? opIn : input);
    };
    Run run = musdes({QStringLiteral("list"), folder});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("not sealed")), qPrintable(run.out));
    QCOMPARE(run.out.trimmed().split(u'\n').size(), 1);

    run = musdes({QStringLiteral("show"), folder, QStringLiteral("1")});
    QCOMPARE(run.exitCode, 0);
    QStringList targets;
    bool household = false;
    for (const QString &line : run.out.split(u'\n')) {
        const QStringList cells = line.trimmed().split(u'\t');
        if (cells.size() >= 2 && cells.at(1).startsWith(QStringLiteral("proposal "))) {
            targets.append(cells.at(1).mid(9));
        } else if (cells.size() >= 2 && cells.at(1).startsWith(QStringLiteral("household "))) {
            targets.append(cells.at(1).mid(10));
            household = true;
        }
    }
    QVERIFY2(targets.size() >= 3, qPrintable(run.out));
    QVERIFY(household);

    // Refused before anything changes: usage (1), undecided (3), the operator may not seal (5).
    QCOMPARE(musdes({QStringLiteral("new"), folder, QStringLiteral("--place"), QStringLiteral("x")}).exitCode,
             1);
    QCOMPARE(
        musdes(
            {QStringLiteral("decide"), folder, QStringLiteral("1"), targets.at(1), QStringLiteral("maybe")})
            .exitCode,
        1);
    QCOMPARE(
        musdes({QStringLiteral("decide"), folder, QStringLiteral("1"), targets.at(1), QStringLiteral("keep")})
            .exitCode,
        3);
    QCOMPARE(musdes({QStringLiteral("seal"), folder, QStringLiteral("1")}).exitCode, 5);

    for (qsizetype i = 0; i < targets.size(); ++i) {
        const bool isHousehold = targets.at(i).startsWith(QStringLiteral("demo-"));
        QStringList args{QStringLiteral("decide"), folder, QStringLiteral("1"), targets.at(i)};
        if (isHousehold) {
            args.append(QStringLiteral("keep"));
        } else if (i == 1) {
            args.append({QStringLiteral("rejected"), QStringLiteral("--votes"), QStringLiteral("3/9/1")});
        } else {
            args.append(QStringLiteral("agreed"));
        }
        run = musdes(args);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    }
    // The chair seals with their own passphrase.
    const QString chairPass = QStringLiteral("kata sandi ketua 456");
    QCOMPARE(runVerdes({QStringLiteral("officer"),
                        QStringLiteral("add"),
                        folder,
                        QStringLiteral("Ketua BPD"),
                        QStringLiteral("--role"),
                        QStringLiteral("chair"),
                        QStringLiteral("--officer"),
                        operatorName},
                       opIn + chairPass + u'\n')
                 .exitCode,
             0);
    run = runVerdes({QStringLiteral("musdes"),
                     QStringLiteral("seal"),
                     folder,
                     QStringLiteral("1"),
                     QStringLiteral("--officer"),
                     QStringLiteral("Ketua BPD")},
                    chairPass + u'\n');
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QString hash = run.out.trimmed();
    QCOMPARE(hash.size(), 64);

    run = musdes({QStringLiteral("show"), folder, QStringLiteral("1")});
    QVERIFY2(run.out.contains(QStringLiteral("Sealed by Ketua BPD")), qPrintable(run.out));
    QVERIFY(run.out.contains(QStringLiteral("3 for, 9 against, 1 abstaining")));
    QVERIFY(run.out.contains(hash.left(4)));
    QCOMPARE(musdes({QStringLiteral("decide"),
                     folder,
                     QStringLiteral("1"),
                     targets.at(0),
                     QStringLiteral("rejected")})
                 .exitCode,
             3);
    QCOMPARE(musdes({QStringLiteral("attend"),
                     folder,
                     QStringLiteral("1"),
                     QStringLiteral("--name"),
                     QStringLiteral("Telat"),
                     QStringLiteral("--role"),
                     QStringLiteral("other")})
                 .exitCode,
             3);
    // An addendum refers to the sealed meeting.
    run = musdes({QStringLiteral("new"),
                  folder,
                  QStringLiteral("--date"),
                  QStringLiteral("2026-12-20"),
                  QStringLiteral("--place"),
                  QStringLiteral("Balai desa"),
                  QStringLiteral("--chair"),
                  QStringLiteral("Ketua BPD"),
                  QStringLiteral("--addendum-of"),
                  QStringLiteral("1")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.trimmed(), QStringLiteral("2"));

    run = runVerdes({QStringLiteral("check"), folder, QStringLiteral("--officer"), operatorName}, opIn);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));

    // Someone with the key drops the guard and moves the meeting's place: `check` says so.
    {
        Kdf::setFastForTests(true);
        auto vault = Vault::unlock(folder, operatorName, SecureBytes::fromUtf8(kPassphrase));
        QVERIFY(vault.has_value());
        Database &db = (*vault)->database();
        QVERIFY(db.execute(u"DROP TRIGGER meetings_sealed_no_update"));
        QVERIFY(db.execute(u"UPDATE meetings SET place = 'Rumah pribadi' WHERE meeting_id = 1"));
        QVERIFY((*vault)->lock());
    }
    run = runVerdes({QStringLiteral("check"), folder, QStringLiteral("--officer"), operatorName}, opIn);
    QCOMPARE(run.exitCode, 4);
}

void TestCommandLine::helpListsVerbsAndExitCodes()
{
    const Run run = runVerdes({QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    for (const char *verb :
         {"init", "demo-csv", "import", "export", "check", "search", "officer", "checks"}) {
        QVERIFY2(run.out.contains(QLatin1String(verb)), verb);
    }
    QVERIFY(run.out.contains(QStringLiteral("Exit codes")));
    // Listed with the other verbs.
    QVERIFY(run.out.indexOf(QStringLiteral("verdes proposals VAULT"))
            > run.out.indexOf(QStringLiteral("verdes officer")));
    QVERIFY(run.out.contains(QStringLiteral("verdes checks VAULT")));
}

void TestCommandLine::helpIsIndonesianUnderIndonesianLocale()
{
    const Run run = runVerdes({QStringLiteral("--help")},
                              {},
                              {QStringLiteral("LC_ALL=id_ID.UTF-8"), QStringLiteral("LANG=id_ID.UTF-8")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("Kode keluar")), qPrintable(run.out));
}

void TestCommandLine::usageErrorsExitWithOne_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("unknown verb") << QStringList{QStringLiteral("frobnicate")};
    QTest::newRow("missing argument") << QStringList{QStringLiteral("import"), QStringLiteral("a.verdes")};
    QTest::newRow("unknown option") << QStringList{
        QStringLiteral("check"), QStringLiteral("a"), QStringLiteral("--fast")};
    QTest::newRow("option without value")
        << QStringList{QStringLiteral("demo-csv"), QStringLiteral("x.csv"), QStringLiteral("--households")};
    QTest::newRow("households not a number") << QStringList{QStringLiteral("demo-csv"),
                                                            QStringLiteral("x.csv"),
                                                            QStringLiteral("--households"),
                                                            QStringLiteral("many")};
    QTest::newRow("rejects without skip") << QStringList{QStringLiteral("import"),
                                                         QStringLiteral("a"),
                                                         QStringLiteral("b.csv"),
                                                         QStringLiteral("--rejects"),
                                                         QStringLiteral("r.csv")};
    QTest::newRow("init without village") << QStringList{QStringLiteral("init"), QStringLiteral("x.verdes")};
    QTest::newRow("unknown check") << QStringList{
        QStringLiteral("checks"), QStringLiteral("a"), QStringLiteral("--check"), QStringLiteral("NO_SUCH")};
    QTest::newRow("checks without vault") << QStringList{QStringLiteral("checks")};
}

void TestCommandLine::usageErrorsExitWithOne()
{
    QFETCH(QStringList, arguments);
    const Run run = runVerdes(arguments, kPassphrase + u'\n');
    QCOMPARE(run.exitCode, 1);
    QVERIFY(!run.err.isEmpty());
    QVERIFY(run.out.isEmpty());
}

void TestCommandLine::initCreatesVaultAndPrintsRecoveryKeyOnce()
{
    const QString folder = m_dir.filePath(QStringLiteral("init.verdes"));
    const Run run = runVerdes({QStringLiteral("init"),
                               folder,
                               QStringLiteral("--village-code"),
                               m_villageCode,
                               QStringLiteral("--demo-village"),
                               QStringLiteral("--village-name"),
                               QStringLiteral("Desa Contoh"),
                               QStringLiteral("--officer"),
                               QStringLiteral("Operator Uji")},
                              kPassphrase + u'\n');
    QCOMPARE(run.exitCode, 0);
    // The recovery key is data (stdout): 9 groups of 4.
    static const QRegularExpression key(QStringLiteral(R"(^[0-9A-Z]{4}(-[0-9A-Z]{4}){8}$)"),
                                        QRegularExpression::MultilineOption);
    QVERIFY2(key.match(run.out).hasMatch(), qPrintable(run.out));
    QVERIFY(!run.err.contains(key.match(run.out).captured(0)));
    QVERIFY(QDir(folder).exists());
    // The passphrase appears nowhere in the folder.
    for (const QString &name : QDir(folder).entryList(QDir::Files)) {
        QFile file(QDir(folder).filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.contains(kPassphrase.toUtf8()));
        QVERIFY(!bytes.startsWith("SQLite format 3"));
    }
}

void TestCommandLine::initRefusesShortPassphraseAndExistingFolder()
{
    const QString folder = m_dir.filePath(QStringLiteral("short.verdes"));
    const QStringList args{QStringLiteral("init"),
                           folder,
                           QStringLiteral("--village-code"),
                           m_villageCode,
                           QStringLiteral("--demo-village"),
                           QStringLiteral("--village-name"),
                           QStringLiteral("Desa Contoh"),
                           QStringLiteral("--officer"),
                           QStringLiteral("Operator Uji")};
    Run run = runVerdes(args, QStringLiteral("pendek\n"));
    QCOMPARE(run.exitCode, 3);
    QVERIFY(run.err.contains(QStringLiteral("at least 10")));
    QVERIFY(!QDir(folder).exists());
    // Spaces do not count: twenty of them, or a word padded with them, are no passphrase.
    for (const QString &spaces :
         {QString(20, u' '),
          QStringLiteral("abc                 "),
          QStringLiteral("\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0x")}) {
        run = runVerdes(args, spaces + u'\n');
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(QStringLiteral("not counting spaces")), qPrintable(run.err));
        QVERIFY(!QDir(folder).exists());
    }

    run = runVerdes(args, kPassphrase + u'\n');
    QCOMPARE(run.exitCode, 0);
    const QByteArray before = folderHash(folder);
    run = runVerdes(args, kPassphrase + u'\n');
    QVERIFY(run.exitCode != 0);
    QVERIFY(run.err.contains(QStringLiteral("already exists")));
    QCOMPARE(folderHash(folder), before);
}

void TestCommandLine::wrongPassphraseExitsWithTwoAndChangesNothing()
{
    const QString folder = makeVault(QStringLiteral("wrong"));
    const QByteArray before = folderHash(folder);
    const Run run =
        runVerdes({QStringLiteral("import"), folder, m_csv}, QStringLiteral("bukan kata sandinya\n"));
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(QStringLiteral("passphrase is not correct")));
    QVERIFY(!run.err.contains(QStringLiteral("SQLITE")));
    QCOMPARE(folderHash(folder), before);
}

void TestCommandLine::recoveryKeyUnlocksAndTypoIsCaught()
{
    const QString folder = m_dir.filePath(QStringLiteral("recovery.verdes"));
    const Run created = runVerdes({QStringLiteral("init"),
                                   folder,
                                   QStringLiteral("--village-code"),
                                   m_villageCode,
                                   QStringLiteral("--demo-village"),
                                   QStringLiteral("--village-name"),
                                   QStringLiteral("Desa Contoh"),
                                   QStringLiteral("--officer"),
                                   QStringLiteral("Operator Uji")},
                                  kPassphrase + u'\n');
    QCOMPARE(created.exitCode, 0);
    const QString key = created.out.trimmed().split(u'\n').last().trimmed();
    Run run = runVerdes({QStringLiteral("check"), folder, QStringLiteral("--recovery-key")}, key + u'\n');
    QCOMPARE(run.exitCode, 0);

    QString typo = key;
    typo[0] = typo.at(0) == u'A' ? u'B' : u'A';
    run = runVerdes({QStringLiteral("check"), folder, QStringLiteral("--recovery-key")}, typo + u'\n');
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("typing mistake")), qPrintable(run.err));
}

void TestCommandLine::importExportSearchRoundTrip()
{
    const QString folder = makeVault(QStringLiteral("roundtrip"));
    Run run = runVerdes({QStringLiteral("import"), folder, m_csv}, kPassphrase + u'\n');
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.contains(QStringLiteral("Households: 60 added")), qPrintable(run.err));

    const QString exported = m_dir.filePath(QStringLiteral("export.csv"));
    run = runVerdes({QStringLiteral("export"), folder, exported}, kPassphrase + u'\n');
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(QFile::permissions(exported)
                 & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
             QFile::Permissions());
    // Export → import into an empty vault → export gives the same bytes.
    const QString second = makeVault(QStringLiteral("roundtrip-second"));
    run = runVerdes({QStringLiteral("import"), second, exported}, kPassphrase + u'\n');
    QCOMPARE(run.exitCode, 0);
    const QString exportedAgain = m_dir.filePath(QStringLiteral("export-again.csv"));
    QCOMPARE(runVerdes({QStringLiteral("export"), second, exportedAgain}, kPassphrase + u'\n').exitCode, 0);
    QCOMPARE(csvLines(exportedAgain), csvLines(exported));
    QCOMPARE(csvLines(exported).size(), csvLines(m_csv).size());

    // Search shows masked NIKs unless asked.
    const QList<QByteArray> firstRow = splitCsvLine(csvLines(m_csv).at(1));
    const QString headName = QString::fromUtf8(firstRow.at(columnIndex(m_csv, "name"))).split(u' ').first();
    run = runVerdes(
        {QStringLiteral("search"), folder, headName, QStringLiteral("--limit"), QStringLiteral("5")},
        kPassphrase + u'\n');
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(headName), qPrintable(run.out));
    static const QRegularExpression fullNik(QStringLiteral(R"(\b\d{16}\b)"));
    QVERIFY(!fullNik.match(run.out).hasMatch());
    run = runVerdes({QStringLiteral("search"), folder, headName, QStringLiteral("--show-nik")},
                    kPassphrase + u'\n');
    QCOMPARE(run.exitCode, 0);
    QVERIFY(fullNik.match(run.out).hasMatch());
}

void TestCommandLine::reimportChangesNothing()
{
    const QString folder = makeVault(QStringLiteral("reimport"));
    QCOMPARE(runVerdes({QStringLiteral("import"), folder, m_csv}, kPassphrase + u'\n').exitCode, 0);
    const Run run = runVerdes({QStringLiteral("import"), folder, m_csv}, kPassphrase + u'\n');
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.contains(QStringLiteral("Households: 0 added, 0 changed, 60 unchanged, 0 missing")),
             qPrintable(run.err));
}

void TestCommandLine::brokenCsvImportsNothing()
{
    const QString folder = makeVault(QStringLiteral("broken"));
    // Line 2 gets a NIK of 15 digits: an E rule.
    QList<QByteArray> lines = csvLines(m_csv);
    QList<QByteArray> fields = splitCsvLine(lines.at(1));
    fields[columnIndex(m_csv, "nik")] = "327301010190000";
    lines[1] = joinCsvLine(fields);
    const QString broken = m_dir.filePath(QStringLiteral("broken.csv"));
    writeLines(broken, lines);

    const QByteArray before = folderHash(folder);
    const Run run = runVerdes({QStringLiteral("import"), folder, broken}, kPassphrase + u'\n');
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains(QStringLiteral("line 2")), qPrintable(run.err));
    QVERIFY(run.err.contains(QStringLiteral("Nothing was imported")));
    QVERIFY(!run.err.contains(QStringLiteral("327301010190000"))); // masked
    QCOMPARE(folderHash(folder), before);

    // UTF-16 and empty files get their own messages.
    const QString utf16 = m_dir.filePath(QStringLiteral("utf16.csv"));
    QFile u(utf16);
    QVERIFY(u.open(QIODevice::WriteOnly));
    u.write("\xff\xfeh\0o\0u\0s\0");
    u.close();
    Run bad = runVerdes({QStringLiteral("import"), folder, utf16}, kPassphrase + u'\n');
    QCOMPARE(bad.exitCode, 3);
    QVERIFY2(bad.err.contains(QStringLiteral("not UTF-8")), qPrintable(bad.err));
    const QString empty = m_dir.filePath(QStringLiteral("empty.csv"));
    QFile e(empty);
    QVERIFY(e.open(QIODevice::WriteOnly));
    e.close();
    bad = runVerdes({QStringLiteral("import"), folder, empty}, kPassphrase + u'\n');
    QCOMPARE(bad.exitCode, 3);
    QCOMPARE(folderHash(folder), before);
}

void TestCommandLine::skipBadRowsWritesOwnerOnlyRejects()
{
    const QString folder = makeVault(QStringLiteral("skip"));
    QList<QByteArray> lines = csvLines(m_csv);
    QList<QByteArray> fields = splitCsvLine(lines.at(1));
    fields[columnIndex(m_csv, "sex")] = "9"; // an unknown code
    lines[1] = joinCsvLine(fields);
    const QString broken = m_dir.filePath(QStringLiteral("skip.csv"));
    writeLines(broken, lines);
    const QString rejects = m_dir.filePath(QStringLiteral("rejects.csv"));
    const Run run = runVerdes({QStringLiteral("import"),
                               folder,
                               broken,
                               QStringLiteral("--skip-bad-rows"),
                               QStringLiteral("--rejects"),
                               rejects},
                              kPassphrase + u'\n');
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.contains(QStringLiteral("Households: 59 added")), qPrintable(run.err));
    QVERIFY(QFile::exists(rejects));
    QCOMPARE(QFile::permissions(rejects) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
}

void TestCommandLine::damagedVaultsExitWithFour_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("zero-byte database") << QStringLiteral("empty");
    QTest::newRow("truncated database") << QStringLiteral("truncate");
    QTest::newRow("random bytes") << QStringLiteral("random");
    QTest::newRow("not a vault folder") << QStringLiteral("folder");
}

void TestCommandLine::damagedVaultsExitWithFour()
{
    QFETCH(QString, damage);
    const QString folder = makeVault(QStringLiteral("damaged-") + damage);
    QCOMPARE(runVerdes({QStringLiteral("import"), folder, m_csv}, kPassphrase + u'\n').exitCode, 0);
    QString target = folder;
    const QString db = QDir(folder).filePath(QStringLiteral("vault.db"));
    if (damage == u"folder") {
        target = m_dir.filePath(QStringLiteral("plain-folder"));
        QDir().mkpath(target);
        QFile junk(QDir(target).filePath(QStringLiteral("notes.txt")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("hello");
    } else {
        QFile file(db);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 size = file.size();
        if (damage == u"empty") {
            QVERIFY(file.resize(0));
        } else if (damage == u"truncate") {
            QVERIFY(file.resize(size / 2));
        } else {
            QByteArray noise(static_cast<int>(size), '\0');
            for (qsizetype i = 0; i < noise.size(); ++i) {
                noise[i] = static_cast<char>((i * 7919 + 13) & 0xff);
            }
            QVERIFY(file.seek(0));
            QCOMPARE(file.write(noise), size);
        }
    }
    const QByteArray before = folderHash(target);
    const Run run = runVerdes({QStringLiteral("check"), target}, kPassphrase + u'\n');
    QCOMPARE(run.exitCode, 4);
    QVERIFY(!run.err.isEmpty());
    QVERIFY2(!run.err.contains(QStringLiteral("sqlite"), Qt::CaseInsensitive), qPrintable(run.err));
    QCOMPARE(folderHash(target), before);
}

void TestCommandLine::officersCanBeAddedChangedAndRemoved()
{
    const QString folder = makeVault(QStringLiteral("officers"));
    const QString second = QStringLiteral("kata sandi kedua 456");
    // The kepala desa manages officers (an operator without the admin mark may not).
    Run run = runVerdes({QStringLiteral("officer"),
                         QStringLiteral("add"),
                         folder,
                         QStringLiteral("Budi Santoso"),
                         QStringLiteral("--role"),
                         QStringLiteral("kepala_desa")},
                        kPassphrase + u'\n' + second + u'\n');
    QCOMPARE(run.exitCode, 0);
    // With two officers, --officer is needed.
    run = runVerdes({QStringLiteral("check"), folder}, second + u'\n');
    QCOMPARE(run.exitCode, 1);
    run = runVerdes(
        {QStringLiteral("check"), folder, QStringLiteral("--officer"), QStringLiteral("Budi Santoso")},
        second + u'\n');
    QCOMPARE(run.exitCode, 0);
    const QString third = QStringLiteral("kata sandi ketiga 789");
    run = runVerdes(
        {QStringLiteral("officer"), QStringLiteral("passwd"), folder, QStringLiteral("Budi Santoso")},
        second + u'\n' + third + u'\n');
    QCOMPARE(run.exitCode, 0);
    run = runVerdes(
        {QStringLiteral("check"), folder, QStringLiteral("--officer"), QStringLiteral("Budi Santoso")},
        second + u'\n');
    QCOMPARE(run.exitCode, 2);
    run = runVerdes({QStringLiteral("officer"),
                     QStringLiteral("remove"),
                     folder,
                     QStringLiteral("Operator Uji"),
                     QStringLiteral("--officer"),
                     QStringLiteral("Budi Santoso")},
                    third + u'\n');
    QCOMPARE(run.exitCode, 0);
    // The last officer cannot be removed.
    run = runVerdes(
        {QStringLiteral("officer"), QStringLiteral("remove"), folder, QStringLiteral("Budi Santoso")},
        third + u'\n');
    QCOMPARE(run.exitCode, 3);
    run = runVerdes({QStringLiteral("check"), folder}, third + u'\n');
    QCOMPARE(run.exitCode, 0);
}

void TestCommandLine::killedImportLeavesAllOrNothing()
{
    const QString folder = makeVault(QStringLiteral("killed"));
    const Run killed = runVerdes({QStringLiteral("import"), folder, m_csv},
                                 kPassphrase + u'\n',
                                 {QStringLiteral("VERDES_CRASH_AT=import.write")});
    QCOMPARE(killed.exitCode, -SIGKILL);
    Run run = runVerdes({QStringLiteral("check"), folder}, kPassphrase + u'\n');
    QCOMPARE(run.exitCode, 0);
    run = runVerdes({QStringLiteral("search"), folder, QStringLiteral("rt 1")}, kPassphrase + u'\n');
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.trimmed().isEmpty(), qPrintable(run.out)); // none of the killed import
    // ...nor its audit entry: the history holds only the creation, and is intact.
    run = runVerdes({QStringLiteral("audit"), QStringLiteral("verify"), folder}, kPassphrase + u'\n');
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.contains(QStringLiteral("1 entry checked")), qPrintable(run.err));
    run = runVerdes({QStringLiteral("import"), folder, m_csv}, kPassphrase + u'\n');
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.err.contains(QStringLiteral("Households: 60 added")));
}

void TestCommandLine::logsNeverContainPersonalData()
{
    const QString folder = makeVault(QStringLiteral("logs"));
    const QStringList debug{QStringLiteral("QT_LOGGING_RULES=verdes.*=true")};
    QString everything;
    Run run = runVerdes({QStringLiteral("import"), folder, m_csv}, kPassphrase + u'\n', debug);
    QCOMPARE(run.exitCode, 0);
    everything += run.err;
    run = runVerdes({QStringLiteral("check"), folder}, kPassphrase + u'\n', debug);
    everything += run.err;
    run = runVerdes({QStringLiteral("search"), folder, QStringLiteral("rt 1")}, kPassphrase + u'\n', debug);
    everything += run.err; // stdout is the data the user asked for; stderr must hold none of it
    QVERIFY(!everything.contains(kPassphrase));
    const QList<QByteArray> lines = csvLines(m_csv);
    const int nikColumn = columnIndex(m_csv, "nik");
    const int nameColumn = columnIndex(m_csv, "name");
    int checked = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> fields = splitCsvLine(lines.at(i));
        const QString nik = QString::fromUtf8(fields.at(nikColumn));
        const QString name = QString::fromUtf8(fields.at(nameColumn));
        if (!nik.isEmpty()) {
            QVERIFY2(!everything.contains(nik), "a NIK reached the log");
        }
        if (name.size() > 3) {
            QVERIFY2(!everything.contains(name), "a name reached the log");
        }
        ++checked;
    }
    QVERIFY(checked > 100);
}

void TestCommandLine::officerRolesListAndPermissions()
{
    const QString folder = makeVault(QStringLiteral("roles"));
    const QString viewerPass = QStringLiteral("kata sandi pemantau 1");
    Run run = runVerdes({QStringLiteral("officer"),
                         QStringLiteral("add"),
                         folder,
                         QStringLiteral("Vina"),
                         QStringLiteral("--role"),
                         QStringLiteral("viewer")},
                        kPassphrase + u'\n' + viewerPass + u'\n');
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.contains(QStringLiteral("Viewer")), qPrintable(run.err));
    run = runVerdes({QStringLiteral("officer"),
                     QStringLiteral("list"),
                     folder,
                     QStringLiteral("--officer"),
                     QStringLiteral("Vina")},
                    viewerPass + u'\n');
    QCOMPARE(run.exitCode, 0);
    QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).startsWith(QStringLiteral("Operator Uji\toperator\t")), qPrintable(lines.at(0)));
    QVERIFY(lines.at(0).contains(QStringLiteral("manages officers")));
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("Vina\tviewer\tViewer\t\t")), qPrintable(lines.at(1)));

    // A viewer may not add, remove or change roles: exit 5, nothing asked, nothing changed.
    const QByteArray before = folderHash(folder);
    for (const QStringList &arguments :
         {QStringList{QStringLiteral("role"), folder, QStringLiteral("Vina"), QStringLiteral("operator")},
          QStringList{QStringLiteral("remove"), folder, QStringLiteral("Operator Uji")},
          QStringList{QStringLiteral("add"), folder, QStringLiteral("Lain")}}) {
        run = runVerdes(QStringList{QStringLiteral("officer")} + arguments
                            + QStringList{QStringLiteral("--officer"), QStringLiteral("Vina")},
                        viewerPass + u'\n' + QStringLiteral("kata sandi lain 123\n"));
        QCOMPARE(run.exitCode, 5);
        QVERIFY2(run.err.contains(QStringLiteral("As Viewer you may not manage officers")),
                 qPrintable(run.err));
    }
    QCOMPARE(folderHash(folder), before);
    run = runVerdes({QStringLiteral("audit"),
                     QStringLiteral("log"),
                     folder,
                     QStringLiteral("--officer"),
                     QStringLiteral("Vina")},
                    viewerPass + u'\n');
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.count(u'\n'), 2); // vault.create, officer.add

    // The admin operator gives Vina another role; she may then do what it allows.
    run = runVerdes({QStringLiteral("officer"),
                     QStringLiteral("role"),
                     folder,
                     QStringLiteral("vina"),
                     QStringLiteral("KEPALA_DESA"),
                     QStringLiteral("--officer"),
                     QStringLiteral("Operator Uji")},
                    kPassphrase + u'\n');
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.contains(QStringLiteral("Village head")), qPrintable(run.err));
    run = runVerdes({QStringLiteral("officer"),
                     QStringLiteral("role"),
                     folder,
                     QStringLiteral("Operator Uji"),
                     QStringLiteral("secretary"),
                     QStringLiteral("--officer"),
                     QStringLiteral("Vina")},
                    viewerPass + u'\n');
    QCOMPARE(run.exitCode, 0);
    run = runVerdes({QStringLiteral("audit"),
                     QStringLiteral("log"),
                     folder,
                     QStringLiteral("--officer"),
                     QStringLiteral("Vina")},
                    viewerPass + u'\n');
    QCOMPARE(run.exitCode, 0);
    lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QVERIFY2(lines.at(2).contains(QStringLiteral("changed the role of Vina from Viewer to Village head")),
             qPrintable(lines.at(2)));
    QVERIFY2(lines.at(3).contains(QStringLiteral("Vina (Village head) changed the role of Operator Uji")),
             qPrintable(lines.at(3)));
    // Unknown officer: exit 2.
    run = runVerdes({QStringLiteral("officer"),
                     QStringLiteral("role"),
                     folder,
                     QStringLiteral("Siapa"),
                     QStringLiteral("viewer"),
                     QStringLiteral("--officer"),
                     QStringLiteral("Vina")},
                    viewerPass + u'\n');
    QCOMPARE(run.exitCode, 2);
}

void TestCommandLine::officerUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("unknown action") << QStringList{QStringLiteral("officer"),
                                                   QStringLiteral("promote"),
                                                   QStringLiteral("a.verdes"),
                                                   QStringLiteral("X")};
    QTest::newRow("unknown role") << QStringList{QStringLiteral("officer"),
                                                 QStringLiteral("role"),
                                                 QStringLiteral("a.verdes"),
                                                 QStringLiteral("X"),
                                                 QStringLiteral("bupati")};
    QTest::newRow("unknown role on add") << QStringList{QStringLiteral("officer"),
                                                        QStringLiteral("add"),
                                                        QStringLiteral("a.verdes"),
                                                        QStringLiteral("X"),
                                                        QStringLiteral("--role"),
                                                        QStringLiteral("raja")};
    QTest::newRow("role without role") << QStringList{
        QStringLiteral("officer"), QStringLiteral("role"), QStringLiteral("a.verdes"), QStringLiteral("X")};
    QTest::newRow("list with name") << QStringList{
        QStringLiteral("officer"), QStringLiteral("list"), QStringLiteral("a.verdes"), QStringLiteral("X")};
    QTest::newRow("role option on remove") << QStringList{QStringLiteral("officer"),
                                                          QStringLiteral("remove"),
                                                          QStringLiteral("a.verdes"),
                                                          QStringLiteral("X"),
                                                          QStringLiteral("--role"),
                                                          QStringLiteral("viewer")};
    QTest::newRow("audit unknown action")
        << QStringList{QStringLiteral("audit"), QStringLiteral("repair"), QStringLiteral("a.verdes")};
    QTest::newRow("audit verify with limit") << QStringList{QStringLiteral("audit"),
                                                            QStringLiteral("verify"),
                                                            QStringLiteral("a.verdes"),
                                                            QStringLiteral("--limit"),
                                                            QStringLiteral("3")};
    QTest::newRow("audit log bad limit") << QStringList{QStringLiteral("audit"),
                                                        QStringLiteral("log"),
                                                        QStringLiteral("a.verdes"),
                                                        QStringLiteral("--limit"),
                                                        QStringLiteral("0")};
}

void TestCommandLine::officerUsageErrors()
{
    QFETCH(QStringList, arguments);
    const Run run = runVerdes(arguments, kPassphrase + u'\n');
    QCOMPARE(run.exitCode, 1);
    QVERIFY(!run.err.isEmpty());
}

void TestCommandLine::auditLogAndVerify()
{
    const Run help = runVerdes({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    for (const char *usage :
         {"verdes audit verify VAULT", "verdes audit log VAULT", "verdes officer role VAULT"}) {
        QVERIFY2(help.out.contains(QLatin1String(usage)), usage);
    }
    const QString folder = makeVault(QStringLiteral("audit"));
    Run run = runVerdes({QStringLiteral("import"), folder, m_csv}, kPassphrase + u'\n');
    QCOMPARE(run.exitCode, 0);
    const QString exported = m_dir.filePath(QStringLiteral("audit-export.csv"));
    run = runVerdes({QStringLiteral("export"), folder, exported}, kPassphrase + u'\n');
    QCOMPARE(run.exitCode, 0);
    run = runVerdes({QStringLiteral("audit"), QStringLiteral("verify"), folder}, kPassphrase + u'\n');
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(
        run.err.contains(QStringLiteral("The history is intact and matches the content: 4 entries checked.")),
        qPrintable(run.err));
    run = runVerdes({QStringLiteral("audit"), QStringLiteral("log"), folder}, kPassphrase + u'\n');
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QVERIFY2(lines.at(0).startsWith(QStringLiteral("1\t")), qPrintable(lines.at(0)));
    QVERIFY(
        lines.at(0).contains(QStringLiteral("Operator Uji (Village operator) created the village vault")));
    QVERIFY2(
        lines.at(1).contains(QStringLiteral("imported the snapshot desa.csv: 60 new households, 0 changed, 0 "
                                            "missing.")),
        qPrintable(lines.at(1)));
    // The import runs the data-quality checks in its wake, as its own audited change.
    QVERIFY2(lines.at(2).contains(QStringLiteral("ran the data-quality checks over 60 households")),
             qPrintable(lines.at(2)));
    QVERIFY2(lines.at(3).contains(QStringLiteral("exported 60 households")), qPrintable(lines.at(3)));
    run = runVerdes({QStringLiteral("audit"),
                     QStringLiteral("log"),
                     folder,
                     QStringLiteral("--limit"),
                     QStringLiteral("1")},
                    kPassphrase + u'\n');
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.split(u'\n', Qt::SkipEmptyParts).size(), 1);
    QVERIFY(run.out.startsWith(QStringLiteral("4\t")));
    run = runVerdes({QStringLiteral("audit"),
                     QStringLiteral("log"),
                     folder,
                     QStringLiteral("--household"),
                     QStringLiteral("none")},
                    kPassphrase + u'\n');
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.isEmpty());
    // In Indonesian.
    run = runVerdes({QStringLiteral("audit"), QStringLiteral("verify"), folder},
                    kPassphrase + u'\n',
                    {QStringLiteral("LC_ALL=id_ID.UTF-8"), QStringLiteral("LANG=id_ID.UTF-8")});
    QCOMPARE(run.exitCode, 0);
    // A wrong passphrase stays exit 2.
    run = runVerdes({QStringLiteral("audit"), QStringLiteral("verify"), folder},
                    QStringLiteral("salah sekali 12345\n"));
    QCOMPARE(run.exitCode, 2);
}

void TestCommandLine::alteredHistoryExitsWithFour()
{
    const QString folder = makeVault(QStringLiteral("altered"));
    Run run = runVerdes({QStringLiteral("import"), folder, m_csv}, kPassphrase + u'\n');
    QCOMPARE(run.exitCode, 0);
    {
        // Behind the application's back: the triggers dropped, entry 2's counts edited.
        verdes::Kdf::setFastForTests(true);
        auto vault = verdes::Vault::unlock(
            folder, QStringLiteral("Operator Uji"), verdes::SecureBytes::fromUtf8(kPassphrase));
        QVERIFY(vault.has_value());
        verdes::Database &db = (*vault)->database();
        QVERIFY(db.execute(u"DROP TRIGGER audit_log_no_update").has_value());
        QVERIFY(db.execute(u"UPDATE audit_log SET summary = replace(summary, '60', '6') WHERE seq = 2")
                    .has_value());
        QVERIFY((*vault)->lock().has_value());
    }
    run = runVerdes({QStringLiteral("audit"), QStringLiteral("verify"), folder}, kPassphrase + u'\n');
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.err.contains(QStringLiteral("Entry 2 (")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("\"import.snapshot\"")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("entry 2 does not match")), qPrintable(run.err));
}

void TestCommandLine::recoveryKeyRepairsAccessButDoesNotWork()
{
    const QString folder = m_dir.filePath(QStringLiteral("repair.verdes"));
    const Run created = runVerdes({QStringLiteral("init"),
                                   folder,
                                   QStringLiteral("--village-code"),
                                   m_villageCode,
                                   QStringLiteral("--demo-village"),
                                   QStringLiteral("--village-name"),
                                   QStringLiteral("Desa Contoh"),
                                   QStringLiteral("--officer"),
                                   QStringLiteral("Operator Uji")},
                                  kPassphrase + u'\n');
    QCOMPARE(created.exitCode, 0);
    const QString key = created.out.trimmed().split(u'\n').last().trimmed();
    // The recovery key does not import...
    Run run =
        runVerdes({QStringLiteral("import"), folder, m_csv, QStringLiteral("--recovery-key")}, key + u'\n');
    QCOMPARE(run.exitCode, 5);
    QVERIFY2(run.err.contains(QStringLiteral("recovery key")), qPrintable(run.err));
    // ...but it adds an officer, recorded as the recovery key.
    const QString fresh = QStringLiteral("kata sandi pengganti 1");
    run = runVerdes({QStringLiteral("officer"),
                     QStringLiteral("add"),
                     folder,
                     QStringLiteral("Pengganti"),
                     QStringLiteral("--role"),
                     QStringLiteral("kepala_desa"),
                     QStringLiteral("--recovery-key")},
                    key + u'\n' + fresh + u'\n');
    QCOMPARE(run.exitCode, 0);
    run = runVerdes({QStringLiteral("audit"),
                     QStringLiteral("log"),
                     folder,
                     QStringLiteral("--officer"),
                     QStringLiteral("Pengganti")},
                    fresh + u'\n');
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(1).contains(
                 QStringLiteral("Someone with the recovery key added the officer Pengganti as Village "
                                "head.")),
             qPrintable(lines.at(1)));
}

// `verdes proposals`: two proposals written through the models, listed by the real executable with
// masked NIKs, filtered by state, in Indonesian under an Indonesian locale.
void TestCommandLine::proposalsAreListedWithMaskedNik()
{
    using namespace verdes;
    const QString folder = makeVault(QStringLiteral("proposals"));
    QCOMPARE(runVerdes({QStringLiteral("import"), folder, m_csv}, kPassphrase + u'\n').exitCode, 0);
    // Empty list first.
    Run run = runVerdes({QStringLiteral("proposals"), folder}, kPassphrase + u'\n');
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(QStringLiteral("0 proposal")), qPrintable(run.err));

    QString memberName;
    QString memberNik;
    QString householdId;
    {
        auto vault =
            Vault::unlock(folder, QStringLiteral("Operator Uji"), SecureBytes::fromUtf8(kPassphrase));
        QVERIFY2(vault.has_value(), vault ? "" : qPrintable(vault.error().detail));
        HouseholdRepository households((*vault)->database());
        auto page = households.page(0, 1);
        QVERIFY(page.has_value() && !page->isEmpty());
        auto household = households.household(page->constFirst().householdId);
        QVERIFY(household.has_value() && household->has_value());
        const Household &h = household->value();
        const Member *member = nullptr;
        for (const Member &m : h.members) {
            if (m.nik().size() == 16) {
                member = &m;
                break;
            }
        }
        QVERIFY(member != nullptr);
        memberName = member->name();
        memberNik = member->nik();
        householdId = h.householdId();
        const Actor actor{QStringLiteral("op"), QStringLiteral("Operator Uji"), Role::Operator, false};
        ProposalRepository repo((*vault)->database());
        Proposal p;
        p.type = ProposalType::MemberDeceased;
        p.householdId = h.householdId();
        p.personIds = {member->personId()};
        p.reason = QStringLiteral("Dilaporkan ketua RT");
        p.details.eventDate = QDate(2026, 10, 1);
        QByteArray photo(128, 'x');
        photo[0] = '\xFF';
        photo[1] = '\xD8';
        photo[2] = '\xFF';
        auto created = repo.create(actor, p, {{EvidenceKind::DeathCert, QStringLiteral("akta.jpg"), photo}});
        QVERIFY2(created.has_value(), created ? "" : qPrintable(created.error().detail));
        QVERIFY(repo.transition(actor, created->id, ProposalState::Ready, created->revision).has_value());
        Proposal update;
        update.type = ProposalType::DataUpdate;
        update.householdId = h.householdId();
        update.reason = QStringLiteral("Atap diganti");
        update.changes = {
            {kHouseholdsTable, h.householdId(), QStringLiteral("roof"), {}, QStringLiteral("1"), {}}};
        QVERIFY(repo.create(actor, update).has_value());
        QVERIFY((*vault)->lock().has_value());
    }

    run = runVerdes({QStringLiteral("proposals"), folder}, kPassphrase + u'\n');
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.trimmed().split(u'\n').size(), 2);
    QVERIFY2(run.out.contains(QStringLiteral("Member deceased")), qPrintable(run.out));
    QVERIFY(run.out.contains(QStringLiteral("Data update")));
    QVERIFY(run.out.contains(memberName));
    QVERIFY2(!run.out.contains(memberNik), "the NIK must be masked");
    QVERIFY(run.out.contains(memberNik.left(4)));
    QVERIFY2(run.err.contains(QStringLiteral("2 proposal")), qPrintable(run.err));

    run = runVerdes({QStringLiteral("proposals"), folder, QStringLiteral("--state"), QStringLiteral("ready")},
                    kPassphrase + u'\n');
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.trimmed().split(u'\n').size(), 1);
    QVERIFY(run.out.startsWith(QStringLiteral("1\t")));
    QVERIFY(run.out.contains(QStringLiteral("Ready for the meeting")));

    run = runVerdes({QStringLiteral("proposals"), folder, QStringLiteral("--show-nik")}, kPassphrase + u'\n');
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(memberNik));
    // The household whose member's NIK was shown has the reveal in its history.
    run = runVerdes(
        {QStringLiteral("audit"), QStringLiteral("log"), folder, QStringLiteral("--household"), householdId},
        kPassphrase + u'\n');
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(
                 QStringLiteral("revealed the NIK numbers of this household in the list of proposals")),
             qPrintable(run.out));
    QVERIFY(!run.out.contains(memberNik));

    // A state that does not exist is a usage error; a wrong passphrase changes nothing.
    run = runVerdes({QStringLiteral("proposals"), folder, QStringLiteral("--state"), QStringLiteral("done")},
                    kPassphrase + u'\n');
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains(QStringLiteral("on_agenda")));
    QVERIFY(run.out.isEmpty());
    const QByteArray before = folderHash(folder);
    run = runVerdes({QStringLiteral("proposals"), folder}, QStringLiteral("salah sekali 12345\n"));
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(folderHash(folder), before);

    // Under an Indonesian locale the labels are Indonesian.
    run = runVerdes({QStringLiteral("proposals"), folder},
                    kPassphrase + u'\n',
                    {QStringLiteral("LC_ALL=id_ID.UTF-8"), QStringLiteral("LANG=id_ID.UTF-8")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.trimmed().split(u'\n').size(), 2);
    QVERIFY2(run.out.contains(QStringLiteral("Meninggal")), qPrintable(run.out));
    QVERIFY(run.out.contains(QStringLiteral("Pembaruan data")));
}

void TestCommandLine::checksListFlagsWithMaskedNik()
{
    const QString folder = makeVault(QStringLiteral("checks"));
    // The checks run after every import.
    Run run = runVerdes({QStringLiteral("import"), folder, m_csv}, kPassphrase + u'\n');
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.contains(QStringLiteral("Data-quality checks:")), qPrintable(run.err));

    run = runVerdes({QStringLiteral("checks"), folder}, kPassphrase + u'\n');
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.contains(QStringLiteral("Checked 60 households")), qPrintable(run.err));
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY2(!lines.isEmpty(), "the demo village's planted problems give flags");
    static const QRegularExpression masked(QStringLiteral("^[0-9]{4}\u2022{8}[0-9]{4}$"));
    static const QRegularExpression fullNumber(QStringLiteral("[0-9]{15,}"));
    QSet<QString> codes;
    for (const QString &line : lines) {
        const QStringList fields = line.split(u'\t');
        QCOMPARE(fields.size(), 8); // household, name, NIK, code, check, reason, evidence, suggestion
        QVERIFY2(fields.at(2).isEmpty() || masked.match(fields.at(2)).hasMatch(), qPrintable(fields.at(2)));
        QVERIFY(!fields.at(3).isEmpty());
        QVERIFY(!fields.at(5).isEmpty());
        codes.insert(fields.at(3));
    }
    QVERIFY2(!fullNumber.match(run.out).hasMatch(), "no full NIK or KK number in the output");

    // One check only.
    const QString code = *codes.cbegin();
    run = runVerdes({QStringLiteral("checks"), folder, QStringLiteral("--check"), code.toLower()},
                    kPassphrase + u'\n');
    QCOMPARE(run.exitCode, 0);
    const QStringList only = run.out.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(!only.isEmpty());
    for (const QString &line : only) {
        QCOMPARE(line.split(u'\t').value(3), code);
    }
    // A re-run adds nothing new.
    QVERIFY2(run.err.contains(QStringLiteral("(0 new")), qPrintable(run.err));

    // A wrong passphrase changes nothing and exits with 2.
    run = runVerdes({QStringLiteral("checks"), folder}, QStringLiteral("bukan kata sandinya\n"));
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
}

// --show-nik (search and proposals) needs a role that may reveal identity numbers, as the reveal
// link of the desktop application does, and records the reveal in each household's history before
// any number is printed. A viewer and the recovery key are refused with exit 5 and get no number.
void TestCommandLine::showNikNeedsTheRoleAndIsAudited()
{
    QString recoveryKey;
    const QString folder = makeVault(QStringLiteral("reveal"), &recoveryKey);
    QVERIFY(!recoveryKey.isEmpty());
    QCOMPARE(runVerdes({QStringLiteral("import"), folder, m_csv}, kPassphrase + u'\n').exitCode, 0);
    const QString viewerPass = QStringLiteral("kata sandi pemantau 1");
    Run run = runVerdes({QStringLiteral("officer"),
                         QStringLiteral("add"),
                         folder,
                         QStringLiteral("Vina"),
                         QStringLiteral("--role"),
                         QStringLiteral("viewer")},
                        kPassphrase + u'\n' + viewerPass + u'\n');
    QCOMPARE(run.exitCode, 0);
    const int entriesBefore = auditEntries(folder);
    QVERIFY(entriesBefore > 0);
    static const QRegularExpression fullNumber(QStringLiteral(R"(\b\d{16}\b)"));

    // The viewer: masked numbers without --show-nik, a refusal with it.
    const QStringList asViewer{QStringLiteral("--officer"), QStringLiteral("Vina")};
    // Every NIK of the village starts with the district's digits.
    const QStringList searchAll{QStringLiteral("search"),
                                folder,
                                m_villageCode.left(4),
                                QStringLiteral("--limit"),
                                QStringLiteral("10000")};
    run = runVerdes(searchAll + asViewer, viewerPass + u'\n');
    QCOMPARE(run.exitCode, 0);
    QVERIFY(!run.out.isEmpty());
    QVERIFY(!fullNumber.match(run.out).hasMatch());
    for (const QStringList &arguments :
         {searchAll + QStringList{QStringLiteral("--show-nik")},
          QStringList{QStringLiteral("proposals"), folder, QStringLiteral("--show-nik")}}) {
        run = runVerdes(arguments + asViewer, viewerPass + u'\n');
        QCOMPARE(run.exitCode, 5);
        QVERIFY2(run.err.contains(QStringLiteral("As Viewer you may not reveal identity numbers")),
                 qPrintable(run.err));
        QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
        // The recovery key opens the vault to repair access, not to read numbers.
        run = runVerdes(arguments + QStringList{QStringLiteral("--recovery-key")}, recoveryKey + u'\n');
        QCOMPARE(run.exitCode, 5);
        QVERIFY2(run.err.contains(QStringLiteral("recovery key")), qPrintable(run.err));
        QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
    }
    QCOMPARE(auditEntries(folder), entriesBefore);

    // The operator sees the numbers, and each household shown has the reveal in its history.
    run = runVerdes(searchAll
                        + QStringList{QStringLiteral("--show-nik"),
                                      QStringLiteral("--officer"),
                                      QStringLiteral("Operator Uji")},
                    kPassphrase + u'\n');
    QCOMPARE(run.exitCode, 0);
    QVERIFY(fullNumber.match(run.out).hasMatch());
    QSet<QString> households;
    for (const QString &line : run.out.split(u'\n', Qt::SkipEmptyParts)) {
        households.insert(line.split(u'\t').last());
    }
    QVERIFY(households.size() > 10);
    QCOMPARE(auditEntries(folder), entriesBefore + households.size());
    const QString one = *households.cbegin();
    run = runVerdes({QStringLiteral("audit"),
                     QStringLiteral("log"),
                     folder,
                     QStringLiteral("--household"),
                     one,
                     QStringLiteral("--officer"),
                     QStringLiteral("Operator Uji")},
                    kPassphrase + u'\n');
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(
        run.out.contains(QStringLiteral("Operator Uji (Village operator) revealed the NIK and KK numbers of "
                                        "this household in a search on the command line.")),
        qPrintable(run.out));
    QVERIFY(!fullNumber.match(run.out).hasMatch());
}

// `verdes export VAULT VAULT/vault.db` replaced the encrypted database by the plaintext CSV; onto a
// key-slot file it rolled the slots back. Every such target is refused with exit 5 (before the
// passphrase is read), and the vault is byte-for-byte unchanged and still opens.
void TestCommandLine::exportNeverDestroysAVault_data()
{
    QTest::addColumn<QString>("target"); // VAULT = the vault folder, SLOTS = its key-slot file
    QTest::addColumn<bool>("force");
    QTest::addColumn<QString>("message");
    const QString inside = QStringLiteral("is inside the folder of the village vault");
    const QString notFile = QStringLiteral("not an ordinary file");
    QTest::newRow("vault.db") << QStringLiteral("VAULT/vault.db") << false << inside;
    QTest::newRow("vault.db forced") << QStringLiteral("VAULT/vault.db") << true << inside;
    QTest::newRow("key-slot file") << QStringLiteral("VAULT/SLOTS") << true << inside;
    QTest::newRow("new file in the vault") << QStringLiteral("VAULT/registry.csv") << false << inside;
    QTest::newRow("the vault folder") << QStringLiteral("VAULT") << true << inside;
    QTest::newRow("dot-dot into the vault") << QStringLiteral("VAULT/../VAULT/x.csv") << false << inside;
    QTest::newRow("link to vault.db") << QStringLiteral("link-to-db.csv") << true << inside;
    QTest::newRow("a folder") << QStringLiteral("a-folder") << true << notFile;
    QTest::newRow("a fifo") << QStringLiteral("a-fifo") << true << notFile;
    QTest::newRow("an existing file")
        << QStringLiteral("existing.csv") << false << QStringLiteral("already exists");
}

void TestCommandLine::exportNeverDestroysAVault()
{
    QFETCH(QString, target);
    QFETCH(bool, force);
    QFETCH(QString, message);
    const QString folder = m_dir.filePath(QStringLiteral("export-guard.verdes"));
    if (!QFileInfo::exists(folder)) {
        QCOMPARE(makeVault(QStringLiteral("export-guard")), folder);
        QCOMPARE(runVerdes({QStringLiteral("import"), folder, m_csv}, kPassphrase + u'\n').exitCode, 0);
        QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("a-folder")));
        QCOMPARE(QProcess::execute(QStringLiteral("mkfifo"), {m_dir.filePath(QStringLiteral("a-fifo"))}), 0);
        QVERIFY(QFile::link(QDir(folder).filePath(QStringLiteral("vault.db")),
                            m_dir.filePath(QStringLiteral("link-to-db.csv"))));
        writeLines(m_dir.filePath(QStringLiteral("existing.csv")), {"keep me"});
    }
    const QStringList slots = QDir(folder).entryList({QStringLiteral("keyslots.*")}, QDir::Files);
    QVERIFY(!slots.isEmpty());
    QString path = target.startsWith(u'/') ? target : m_dir.filePath(target);
    path.replace(QStringLiteral("VAULT"), QFileInfo(folder).fileName())
        .replace(QStringLiteral("SLOTS"), slots.first());

    const QByteArray before = folderHash(folder);
    const QList<QByteArray> existingBefore = csvLines(m_dir.filePath(QStringLiteral("existing.csv")));
    QStringList arguments{QStringLiteral("export"), folder, path};
    if (force) {
        arguments << QStringLiteral("--force");
    }
    // (A device is refused the same way: models.output_path checks /dev/null without writing.)
    const Run run = runVerdes(arguments, kPassphrase + u'\n');
    QCOMPARE(run.exitCode, 5);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    QCOMPARE(folderHash(folder), before);
    QCOMPARE(csvLines(m_dir.filePath(QStringLiteral("existing.csv"))), existingBefore);
    QVERIFY(QFileInfo(m_dir.filePath(QStringLiteral("a-folder"))).isDir());
    QVERIFY(QFileInfo::exists(m_dir.filePath(QStringLiteral("a-fifo"))));
    QVERIFY(!QFileInfo(m_dir.filePath(QStringLiteral("a-fifo"))).isFile());
    // Still a vault, still the same registry.
    const Run check = runVerdes({QStringLiteral("check"), folder}, kPassphrase + u'\n');
    QCOMPARE(check.exitCode, 0);
}

void TestCommandLine::exportReplacesAFileOnlyWithForce()
{
    const QString folder = makeVault(QStringLiteral("force"));
    QCOMPARE(runVerdes({QStringLiteral("import"), folder, m_csv}, kPassphrase + u'\n').exitCode, 0);
    const QString target = m_dir.filePath(QStringLiteral("force.csv"));
    writeLines(target, {"old"});
    Run run = runVerdes({QStringLiteral("export"), folder, target}, kPassphrase + u'\n');
    QCOMPARE(run.exitCode, 5);
    QVERIFY2(run.err.contains(QStringLiteral("--force")), qPrintable(run.err));
    QCOMPARE(csvLines(target), QList<QByteArray>{"old"});
    run =
        runVerdes({QStringLiteral("export"), folder, target, QStringLiteral("--force")}, kPassphrase + u'\n');
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(csvLines(target).size(), csvLines(m_csv).size());
    QVERIFY(csvLines(target).first().startsWith("household_id,"));
    QCOMPARE(QFile::permissions(target) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
}

// demo-csv and import --rejects go through the same check as export.
void TestCommandLine::everyVerbThatWritesAFileRefusesTheSame()
{
    const QString folder = makeVault(QStringLiteral("writers"));
    const QByteArray before = folderHash(folder);
    const QString inside = QDir(folder).filePath(QStringLiteral("vault.db"));
    Run run = runVerdes({QStringLiteral("demo-csv"), inside, QStringLiteral("--force")});
    QCOMPARE(run.exitCode, 5);
    QVERIFY2(run.err.contains(QStringLiteral("inside the folder of the village vault")), qPrintable(run.err));
    run = runVerdes({QStringLiteral("demo-csv"), m_csv});
    QCOMPARE(run.exitCode, 5);
    QVERIFY2(run.err.contains(QStringLiteral("already exists")), qPrintable(run.err));
    const QString demo = m_dir.filePath(QStringLiteral("writers-demo.csv"));
    writeLines(demo, {"old"});
    run = runVerdes({QStringLiteral("demo-csv"),
                     demo,
                     QStringLiteral("--households"),
                     QStringLiteral("20"),
                     QStringLiteral("--force")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(csvLines(demo).size() > 20);

    // A CSV with a bad row, so that there are rejects to write.
    QList<QByteArray> lines = csvLines(m_csv);
    QList<QByteArray> fields = splitCsvLine(lines.at(1));
    fields[columnIndex(m_csv, "sex")] = "9";
    lines[1] = joinCsvLine(fields);
    const QString broken = m_dir.filePath(QStringLiteral("writers.csv"));
    writeLines(broken, lines);
    const QStringList import{QStringLiteral("import"),
                             folder,
                             broken,
                             QStringLiteral("--skip-bad-rows"),
                             QStringLiteral("--rejects")};
    for (const QString &target :
         {QDir(folder).filePath(QStringLiteral("rejects.csv")), inside, m_dir.path()}) {
        run = runVerdes(import + QStringList{target, QStringLiteral("--force")}, kPassphrase + u'\n');
        QCOMPARE(run.exitCode, 5);
        QVERIFY(run.out.isEmpty());
    }
    QCOMPARE(folderHash(folder), before);
    const QString rejects = m_dir.filePath(QStringLiteral("writers-rejects.csv"));
    writeLines(rejects, {"old"});
    run = runVerdes(import + QStringList{rejects}, kPassphrase + u'\n');
    QCOMPARE(run.exitCode, 5);
    QCOMPARE(csvLines(rejects), QList<QByteArray>{"old"});
    QCOMPARE(folderHash(folder), before);
    // --force on import is for the rejects file only.
    run =
        runVerdes({QStringLiteral("import"), folder, broken, QStringLiteral("--force")}, kPassphrase + u'\n');
    QCOMPARE(run.exitCode, 1);
    run = runVerdes(import + QStringList{rejects, QStringLiteral("--force")}, kPassphrase + u'\n');
    QCOMPARE(run.exitCode, 0);
    QVERIFY(csvLines(rejects).first().startsWith("line,reason,"));
}

void TestCommandLine::initRefusesAPlaceInsideAVault()
{
    const QString folder = makeVault(QStringLiteral("outer"));
    const QByteArray before = folderHash(folder);
    QVERIFY(QFile::link(folder, m_dir.filePath(QStringLiteral("outer-link"))));
    for (const QString &inner : {QDir(folder).filePath(QStringLiteral("inner.verdes")),
                                 m_dir.filePath(QStringLiteral("outer-link/inner.verdes"))}) {
        Run run = runVerdes({QStringLiteral("init"),
                             inner,
                             QStringLiteral("--village-code"),
                             m_villageCode,
                             QStringLiteral("--demo-village"),
                             QStringLiteral("--village-name"),
                             QStringLiteral("Desa Dalam"),
                             QStringLiteral("--officer"),
                             QStringLiteral("Operator Uji")},
                            kPassphrase + u'\n');
        QCOMPARE(run.exitCode, 5);
        QVERIFY2(run.err.contains(QStringLiteral("is inside the folder of the village vault")),
                 qPrintable(run.err));
        QVERIFY(run.out.isEmpty()); // no recovery key
        run = runVerdes({QStringLiteral("demo"), inner, QStringLiteral("--households"), QStringLiteral("20")},
                        kPassphrase + u'\n');
        QCOMPARE(run.exitCode, 5);
        QVERIFY(run.out.isEmpty());
        QVERIFY(!QFileInfo::exists(inner));
    }
    QCOMPARE(folderHash(folder), before);
    QCOMPARE(runVerdes({QStringLiteral("check"), folder}, kPassphrase + u'\n').exitCode, 0);
}

void TestCommandLine::officerNamesRefuseControlCharactersAndLengths_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("message");
    QTest::newRow("line feed") << QStringLiteral("Budi\nSantoso") << QStringLiteral("(here U+000A)");
    QTest::newRow("tab") << QStringLiteral("Budi\tSantoso") << QStringLiteral("(here U+0009)");
    QTest::newRow("escape sequence") << QStringLiteral("Budi\x1b[2J") << QStringLiteral("(here U+001B)");
    QTest::newRow("C1 control") << QStringLiteral("Budi\u0085") << QStringLiteral("(here U+0085)");
    QTest::newRow("right-to-left override")
        << QStringLiteral("Budi\u202Eotnas") << QStringLiteral("(here U+202E)");
    QTest::newRow("65 characters") << QString(65, u'x') << QStringLiteral("at most 64 characters");
    QTest::newRow("spaces only") << QStringLiteral("   ") << QString();
}

// Names enter a vault through `init` and `officer add` (and `demo`): refused with exit 3 before
// any passphrase is read, nothing made, nothing changed.
void TestCommandLine::officerNamesRefuseControlCharactersAndLengths()
{
    QFETCH(QString, name);
    QFETCH(QString, message);
    const QString folder = m_dir.filePath(QStringLiteral("names.verdes"));
    if (!QFileInfo::exists(folder)) {
        QCOMPARE(makeVault(QStringLiteral("names")), folder);
    }
    const QString fresh = m_dir.filePath(QStringLiteral("names-fresh.verdes"));
    Run run = runVerdes({QStringLiteral("init"),
                         fresh,
                         QStringLiteral("--village-code"),
                         m_villageCode,
                         QStringLiteral("--demo-village"),
                         QStringLiteral("--village-name"),
                         QStringLiteral("Desa Contoh"),
                         QStringLiteral("--officer"),
                         name},
                        kPassphrase + u'\n');
    // Blank is the usage error of init; every other name is invalid input.
    QCOMPARE(run.exitCode, message.isEmpty() ? 1 : 3);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    QVERIFY(!QFileInfo::exists(fresh));
    run = runVerdes({QStringLiteral("demo"), fresh, QStringLiteral("--officer"), name}, kPassphrase + u'\n');
    QCOMPARE(run.exitCode, 3);
    QVERIFY(!QFileInfo::exists(fresh));

    const QByteArray before = folderHash(folder);
    run = runVerdes({QStringLiteral("officer"), QStringLiteral("add"), folder, name},
                    kPassphrase + u'\n' + QStringLiteral("kata sandi baru 123\n"));
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QCOMPARE(folderHash(folder), before);
    run = runVerdes({QStringLiteral("officer"), QStringLiteral("list"), folder}, kPassphrase + u'\n');
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.count(u'\n'), 1);
}

// The refusal names the rows with errors and all their problems, as the import dialog does (the
// command line used to give the number of problems twice).
void TestCommandLine::importCountsRowsWithErrorsAndProblems()
{
    const QString folder = makeVault(QStringLiteral("counts"));
    QList<QByteArray> lines = csvLines(m_csv);
    // Line 2: two problems (a NIK of 15 digits, an unknown sex code); line 3: one.
    QList<QByteArray> fields = splitCsvLine(lines.at(1));
    fields[columnIndex(m_csv, "nik")] = "327301010190000";
    fields[columnIndex(m_csv, "sex")] = "9";
    lines[1] = joinCsvLine(fields);
    fields = splitCsvLine(lines.at(2));
    fields[columnIndex(m_csv, "sex")] = "9";
    lines[2] = joinCsvLine(fields);
    const QString broken = m_dir.filePath(QStringLiteral("counts.csv"));
    writeLines(broken, lines);
    const QByteArray before = folderHash(folder);
    const Run run = runVerdes({QStringLiteral("import"), folder, broken}, kPassphrase + u'\n');
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(
        run.err.contains(QStringLiteral("2 rows have errors (3 problems in all). Nothing was imported.")),
        qPrintable(run.err));
    QCOMPARE(run.err.count(QStringLiteral("line 2,")), 2);
    QCOMPARE(run.err.count(QStringLiteral("line 3,")), 1);
    QCOMPARE(folderHash(folder), before);
}

// `verdes import VAULT /dev/stdin < file.csv`: standard input gives the passphrase, so the CSV
// cannot come from there too; a pipe or a FIFO cannot be read twice. Each is refused in plain words
// (never Qt's "QFile::at: Cannot set file position"), and nothing is imported.
void TestCommandLine::importFromAPipeIsRefusedInPlainWords()
{
    const QString folder = makeVault(QStringLiteral("pipe"));
    const QByteArray before = folderHash(folder);
    QFile csv(m_csv);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QString piped = kPassphrase + u'\n' + QString::fromUtf8(csv.readAll());
    const QString both = m_dir.filePath(QStringLiteral("passphrase-and-csv.txt"));
    writeLines(both, {kPassphrase.toUtf8()});
    {
        QFile append(both);
        QVERIFY(append.open(QIODevice::Append));
        QFile source(m_csv);
        QVERIFY(source.open(QIODevice::ReadOnly));
        append.write(source.readAll());
    }
    const QString stdinMessage = QStringLiteral("cannot be read from standard input");
    QList<Run> runs;
    // Through a pipe, as /dev/stdin and as /proc/self/fd/0.
    runs << runVerdes({QStringLiteral("import"), folder, QStringLiteral("/dev/stdin")}, piped);
    runs << runVerdes({QStringLiteral("import"), folder, QStringLiteral("/proc/self/fd/0")}, piped);
    // From a file given as standard input: `< file` and the same file named.
    runs << runVerdes({QStringLiteral("import"), folder, QStringLiteral("/dev/stdin")}, {}, {}, both);
    runs << runVerdes({QStringLiteral("import"), folder, both}, {}, {}, both);
    for (const Run &run : std::as_const(runs)) {
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(stdinMessage), qPrintable(run.err));
        QVERIFY2(!run.err.contains(QStringLiteral("QFile")), qPrintable(run.err));
    }
    // A FIFO (refused before it is opened: no writer is needed for the test to end).
    const QString fifo = m_dir.filePath(QStringLiteral("snapshot.fifo"));
    QCOMPARE(QProcess::execute(QStringLiteral("mkfifo"), {fifo}), 0);
    Run run = runVerdes({QStringLiteral("import"), folder, fifo}, kPassphrase + u'\n');
    QCOMPARE(run.exitCode, 5);
    QVERIFY2(run.err.contains(QStringLiteral("not an ordinary file")), qPrintable(run.err));
    QVERIFY2(!run.err.contains(QStringLiteral("QFile")), qPrintable(run.err));
    // In Indonesian too, never Qt's English.
    run = runVerdes({QStringLiteral("import"), folder, QStringLiteral("/dev/stdin")},
                    piped,
                    {QStringLiteral("LC_ALL=id_ID.UTF-8"), QStringLiteral("LANG=id_ID.UTF-8")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("masukan standar")), qPrintable(run.err));
    QCOMPARE(folderHash(folder), before);
    // The same file by its name imports.
    run = runVerdes({QStringLiteral("import"), folder, m_csv}, kPassphrase + u'\n');
    QCOMPARE(run.exitCode, 0);
}

void TestCommandLine::initAcceptsOnlyListedVillages_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("demo");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("plain") << "3318192001" << false << 0 << "Created";
    QTest::newRow("dotted") << "33.18.19.2001" << false << 0 << "Created";
    QTest::newRow("zeros") << "0000000000" << false << 3 << "is not a valid village code";
    QTest::newRow("not-listed") << "33.73.04.2001" << false << 3 << "is not a desa or kelurahan";
    QTest::newRow("old-code") << "9204142006" << false << 3 << "96.02.08.2005";
    QTest::newRow("demo-code-without-flag") << "3310042999" << false << 3 << "is not a desa or kelurahan";
    QTest::newRow("demo-code-with-flag") << "3310042999" << true << 0 << "Created";
    QTest::newRow("real-code-with-demo-flag") << "3318192001" << true << 1 << "--demo-village";
}

void TestCommandLine::initAcceptsOnlyListedVillages()
{
    QFETCH(QString, code);
    QFETCH(bool, demo);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QString folder =
        m_dir.filePath(QStringLiteral("village-%1.verdes").arg(QString::fromLatin1(QTest::currentDataTag())));
    QStringList args{QStringLiteral("init"),
                     folder,
                     QStringLiteral("--village-code"),
                     code,
                     QStringLiteral("--village-name"),
                     QStringLiteral("Desa Uji"),
                     QStringLiteral("--officer"),
                     QStringLiteral("Operator Uji")};
    if (demo) {
        args << QStringLiteral("--demo-village");
    }
    const Run run = runVerdes(args, kPassphrase + u'\n');
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QCOMPARE(QDir(folder).exists(), exitCode == 0);
    if (exitCode == 0) {
        verdes::Kdf::setFastForTests(true);
        auto vault = verdes::Vault::unlock(
            folder, QStringLiteral("Operator Uji"), verdes::SecureBytes::fromUtf8(kPassphrase));
        QVERIFY(vault.has_value());
        QCOMPARE((*vault)->villageCode(), QString(code).remove(u'.'));
        QVERIFY((*vault)->lock());
    }
}

// A semicolon file without the coordinates and PLN ids, as Excel saves it (tests/data/csv): the
// summary says how the file was read and which optional columns kept the vault's values.
void TestCommandLine::importSummaryNamesSeparatorAndAbsentColumns()
{
    const QString folder = m_dir.filePath(QStringLiteral("kecandran.verdes"));
    const Run init = runVerdes({QStringLiteral("init"),
                                folder,
                                QStringLiteral("--village-code"),
                                QStringLiteral("33.73.04.1001"),
                                QStringLiteral("--village-name"),
                                QStringLiteral("Kecandran"),
                                QStringLiteral("--officer"),
                                QStringLiteral("Operator Uji")},
                               kPassphrase + u'\n');
    QCOMPARE(init.exitCode, 0);
    const QString data = qEnvironmentVariable("VERDES_TEST_DATA") + QStringLiteral("/csv/");
    const Run full =
        runVerdes({QStringLiteral("import"), folder, data + QStringLiteral("spreadsheet_source.csv")},
                  kPassphrase + u'\n');
    QVERIFY2(full.exitCode == 0, qPrintable(full.err));
    QVERIFY2(full.err.contains(QStringLiteral("Columns separated by comma (,).")), qPrintable(full.err));
    QVERIFY2(!full.err.contains(QStringLiteral("Optional columns not in the file")), qPrintable(full.err));
    const Run without =
        runVerdes({QStringLiteral("import"), folder, data + QStringLiteral("excel_without_optional.csv")},
                  kPassphrase + u'\n');
    QVERIFY2(without.exitCode == 0, qPrintable(without.err));
    QVERIFY2(without.err.contains(QStringLiteral("Columns separated by semicolon (;).")),
             qPrintable(without.err));
    QVERIFY2(
        without.err.contains(QStringLiteral("Optional columns not in the file, whose values the vault keeps: "
                                            "latitude, longitude, pln_customer_id.")),
        qPrintable(without.err));
    // Row errors: nothing imported, and the file is still described.
    const Run general = runVerdes(
        {QStringLiteral("import"), folder, data + QStringLiteral("excel_general.csv")}, kPassphrase + u'\n');
    QCOMPARE(general.exitCode, 3);
    QVERIFY2(general.err.contains(QStringLiteral("Columns separated by semicolon (;).")),
             qPrintable(general.err));
}

// `verdes import --help` (and `verdes help import`) says how to save a file from Excel and
// LibreOffice, in the language of the terminal; other verbs' --help is the general help, which
// points to it.
void TestCommandLine::importHelpSaysHowToSaveFromSpreadsheets_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QString>("notExpected");
    const QStringList english{QStringLiteral("Usage: verdes import VAULT FILE"),
                              QStringLiteral("\"CSV UTF-8 (Comma delimited)\""),
                              QStringLiteral("Do not detect data types"),
                              QStringLiteral("\"Text CSV (.csv)\""),
                              QStringLiteral("Unicode (UTF-8)")};
    const QStringList indonesian{QStringLiteral("Cara pakai: verdes import BRANKAS BERKAS"),
                                 QStringLiteral("jenis yang diawali \"CSV UTF-8\""),
                                 QStringLiteral("LibreOffice Calc"),
                                 QStringLiteral("Unicode (UTF-8)")};
    QTest::newRow("import-help") << QStringList{QStringLiteral("import"), QStringLiteral("--help")}
                                 << "C.UTF-8" << english << "Exit codes:";
    QTest::newRow("import-h-after-arguments")
        << QStringList{QStringLiteral("import"), QStringLiteral("v.verdes"), QStringLiteral("-h")}
        << "C.UTF-8" << english << "Exit codes:";
    QTest::newRow("help-import") << QStringList{QStringLiteral("help"), QStringLiteral("import")} << "C.UTF-8"
                                 << english << "Exit codes:";
    QTest::newRow("import-help-indonesian") << QStringList{QStringLiteral("import"), QStringLiteral("--help")}
                                            << "id_ID.UTF-8" << indonesian << "Usage";
    QTest::newRow("general-help-points-to-it")
        << QStringList{QStringLiteral("--help")} << "C.UTF-8"
        << QStringList{QStringLiteral("Exit codes:"), QStringLiteral("'verdes import --help'")}
        << "CSV UTF-8";
    QTest::newRow("init-help-is-general-help")
        << QStringList{QStringLiteral("init"), QStringLiteral("--help")} << "C.UTF-8"
        << QStringList{QStringLiteral("Exit codes:"), QStringLiteral("--demo-village")} << "CSV UTF-8";
}

void TestCommandLine::importHelpSaysHowToSaveFromSpreadsheets()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, language);
    QFETCH(QStringList, expected);
    QFETCH(QString, notExpected);
    const Run run =
        runVerdes(arguments, {}, {QStringLiteral("LC_ALL=") + language, QStringLiteral("LANG=") + language});
    QCOMPARE(run.exitCode, 0);
    // The help is folded for a terminal: compare with the lines joined again.
    const QString out =
        QString(run.out).replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
    for (const QString &text : expected) {
        QVERIFY2(out.contains(text), qPrintable(text + QStringLiteral(" not in:\n") + run.out));
    }
    QVERIFY2(!run.out.contains(notExpected), qPrintable(run.out));
}

void TestCommandLine::progressOnATerminalComesFromTheJobs()
{
    const QString folder = makeVault(QStringLiteral("terminal"));
    const QString input = kPassphrase + u'\n';
    // Piped, stderr holds the summary only, as before.
    Run run = runVerdes({QStringLiteral("import"), folder, m_csv}, input);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(!run.err.contains(QStringLiteral("Checking and importing rows")), qPrintable(run.err));
    QVERIFY(!run.err.contains(u'%'));
    // On a terminal, each verb shows the phases its job names (the texts of the models' Progress,
    // not of the command line) and a percentage up to 100.
    const QList<QPair<QStringList, QStringList>> verbs = {
        {{QStringLiteral("import"), folder, m_csv},
         {QStringLiteral("Checking and importing rows…"), QStringLiteral("Checking the records…")}},
        {{QStringLiteral("export"), folder, m_dir.filePath(QStringLiteral("terminal.csv"))},
         {QStringLiteral("Writing the snapshot…")}},
        {{QStringLiteral("checks"), folder}, {QStringLiteral("Checking the records…")}},
        {{QStringLiteral("audit"), QStringLiteral("verify"), folder},
         {QStringLiteral("Checking the history of changes…")}},
        {{QStringLiteral("check"), folder},
         {QStringLiteral("Checking the history of changes…"),
          QStringLiteral("Checking the evidence files…")}},
        {{QStringLiteral("officer"), QStringLiteral("rekey"), folder},
         {QStringLiteral("Re-encrypting the village vault with a new key…")}},
    };
    for (const auto &[arguments, phases] : verbs) {
        run = runVerdesOnTerminal(arguments, input);
        QVERIFY2(run.exitCode == 0, qPrintable(arguments.join(u' ') + u'\n' + run.err));
        for (const QString &phase : phases) {
            QVERIFY2(run.err.contains(u'\r' + phase), qPrintable(arguments.join(u' ') + u'\n' + run.err));
        }
        QVERIFY2(run.err.contains(QStringLiteral(" 100%")),
                 qPrintable(arguments.join(u' ') + u'\n' + run.err));
    }
    QVERIFY(auditEntries(folder) > 0);
}

void TestCommandLine::musdesDocumentsWritesThePdfsAndTheSpreadsheet()
{
    // The demo village comes with a prepared meeting (not sealed yet).
    const QString folder = m_dir.filePath(QStringLiteral("rapat.verdes"));
    Run run =
        runVerdes({QStringLiteral("demo"), folder, QStringLiteral("--households"), QStringLiteral("200")},
                  kPassphrase + u'\n');
    QCOMPARE(run.exitCode, 0);
    const QString out = m_dir.filePath(QStringLiteral("dokumen"));
    // No display is needed: the verb runs offscreen by itself.
    run = runVerdes(
        {QStringLiteral("musdes"),
         QStringLiteral("documents"),
         folder,
         QStringLiteral("1"),
         out,
         QStringLiteral("--paper"),
         QStringLiteral("f4")},
        kPassphrase + u'\n',
        {QStringLiteral("QT_QPA_PLATFORM="), QStringLiteral("DISPLAY="), QStringLiteral("WAYLAND_DISPLAY=")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QStringList files = run.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(files.size(), 8);
    for (const QString &file : files) {
        QVERIFY2(QFileInfo(file).size() > 500, qPrintable(file));
        QVERIFY(QFileInfo(file).fileName().contains(u"MUSDES"));
    }
    QVERIFY2(QFileInfo(files.first()).fileName().startsWith(u"berita-acara-"), qPrintable(files.first()));
    QVERIFY(files.last().endsWith(u".xlsx"));
    QVERIFY(run.err.contains(u"BELUM DISEGEL"));
    // A second run does not replace the files without --force.
    run = runVerdes({QStringLiteral("musdes"), QStringLiteral("documents"), folder, QStringLiteral("1"), out},
                    kPassphrase + u'\n');
    QCOMPARE(run.exitCode, 5);
    run = runVerdes({QStringLiteral("musdes"),
                     QStringLiteral("documents"),
                     folder,
                     QStringLiteral("1"),
                     out,
                     QStringLiteral("--paper"),
                     QStringLiteral("b5")});
    QCOMPARE(run.exitCode, 1);

    // A template with an unknown placeholder is refused before the vault is opened.
    const QString bad = m_dir.filePath(QStringLiteral("papan.html"));
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("<p>{{tanggal}}</p>\n<p>{{nama_lengkap}}</p>\n");
    file.close();
    run = runVerdes({QStringLiteral("musdes"),
                     QStringLiteral("template"),
                     folder,
                     QStringLiteral("papan-pengumuman"),
                     QStringLiteral("--set"),
                     bad});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains(u"{{nama_lengkap}}"), qPrintable(run.err));
    run = runVerdes({QStringLiteral("musdes"), QStringLiteral("template"), folder, QStringLiteral("bnba")},
                    kPassphrase + u'\n');
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(u"{{tabel_bnba}}"));
}

// `verdes decisions` (issue 14 §2): the list of verdicts, and the import's refusals with the exit codes
// of the other USB verbs; tst_Decisions checks what an import applies.
void TestCommandLine::decisionsListAndRefuseWithTheUsbExitCodes()
{
    const QString folder = makeVault(QStringLiteral("decisions"));
    Run run = runVerdes({QStringLiteral("decisions"), folder}, kPassphrase + u'\n');
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(QStringLiteral("No verdicts")), qPrintable(run.err));
    const QString file = m_dir.filePath(QStringLiteral("putusan.vdcl"));
    QFile garbage(file);
    QVERIFY(garbage.open(QIODevice::WriteOnly));
    garbage.write("VSEA not a decision list");
    garbage.close();
    // Not enrolled with a hub: nothing to trust the file with.
    run =
        runVerdes({QStringLiteral("decisions"), QStringLiteral("import"), folder, file}, kPassphrase + u'\n');
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains(QStringLiteral("not enrolled")), qPrintable(run.err));
    run =
        runVerdes({QStringLiteral("decisions"), QStringLiteral("fetch"), folder, file}, kPassphrase + u'\n');
    QCOMPARE(run.exitCode, 1);
    run = runVerdes({QStringLiteral("decisions"),
                     QStringLiteral("import"),
                     folder,
                     m_dir.filePath(QStringLiteral("none"))},
                    kPassphrase + u'\n');
    QVERIFY(run.exitCode != 0);
    QVERIFY(runVerdes({QStringLiteral("--help")})
                .out.contains(QStringLiteral("verdes decisions import VAULT FILE")));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_CommandLine.moc"
