// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The USB route of issue 13 with the real executables, as a village officer and a district officer
// would run them: a demo village seals its meeting, enrols with a new hub (fingerprints checked on
// both sides), writes its batch to a "USB stick", the hub ingests it and writes a signed receipt, and
// the village imports it. Then what goes wrong: a tampered file, the same batch twice, a batch that
// comes before the one it follows, a revoked laptop.
#include "tests/support/ChildProcess.h"
#include "tests/support/TestFiles.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using verdes::test::builtProgram;
using verdes::test::ChildRun;
using verdes::test::readFile;
using verdes::test::runChild;
using verdes::test::writeFile;

namespace {

const QString kOperator = QStringLiteral("Operator Uji");
const QString kPassphrase = QStringLiteral("kata sandi uji 123");
const QString kChair = QStringLiteral("Ketua BPD");
const QString kChairPassphrase = QStringLiteral("kata sandi ketua 456");

} // namespace

class TestUsbRoute : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_vault;
    QString m_hub;
    QString m_hubFingerprint;
    QString m_villageCode;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    ChildRun verdes(QStringList arguments, const QString &officer = kOperator)
    {
        arguments << QStringLiteral("--officer") << officer;
        return runChild(builtProgram(QStringLiteral("app/verdes/verdes")),
                        arguments,
                        (officer == kChair ? kChairPassphrase : kPassphrase) + u'\n');
    }

    ChildRun hub(const QStringList &arguments)
    {
        return runChild(builtProgram(QStringLiteral("app/verdes-hub/verdes-hub")), arguments);
    }

    // A meeting with no items, attended and sealed by the chair: the next batch in the chain.
    bool sealEmptyMeeting(const QString &date)
    {
        ChildRun run = verdes({QStringLiteral("musdes"),
                               QStringLiteral("new"),
                               m_vault,
                               QStringLiteral("--date"),
                               date,
                               QStringLiteral("--place"),
                               QStringLiteral("Balai desa"),
                               QStringLiteral("--chair"),
                               kChair});
        const QString id = run.out.trimmed();
        return run.exitCode == 0
               && verdes({QStringLiteral("musdes"),
                          QStringLiteral("attend"),
                          m_vault,
                          id,
                          QStringLiteral("--name"),
                          QStringLiteral("Siti"),
                          QStringLiteral("--role"),
                          QStringLiteral("bpd")})
                          .exitCode
                      == 0
               && verdes({QStringLiteral("musdes"), QStringLiteral("seal"), m_vault, id}, kChair).exitCode
                      == 0;
    }

private Q_SLOTS:

    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(builtProgram(QStringLiteral("app/verdes-hub/verdes-hub"))),
                 "verdes-hub not built");
        m_vault = path(QStringLiteral("desa.verdes"));
        m_hub = path(QStringLiteral("hub"));
        const ChildRun demo = runChild(builtProgram(QStringLiteral("app/verdes/verdes")),
                                       {QStringLiteral("demo"),
                                        m_vault,
                                        QStringLiteral("--households"),
                                        QStringLiteral("150"),
                                        QStringLiteral("--officer"),
                                        kOperator},
                                       kPassphrase + u'\n');
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
        // The demo's prepared meeting: every proposal agreed, the flagged household proposed for removal.
        const ChildRun show =
            verdes({QStringLiteral("musdes"), QStringLiteral("show"), m_vault, QStringLiteral("1")});
        QCOMPARE(show.exitCode, 0);
        int decided = 0;
        for (const QString &line : show.out.split(u'\n')) {
            const QStringList cells = line.trimmed().split(u'\t');
            if (cells.size() < 2) {
                continue;
            }
            const bool household = cells.at(1).startsWith(QStringLiteral("household "));
            if (!household && !cells.at(1).startsWith(QStringLiteral("proposal "))) {
                continue;
            }
            const QString target = cells.at(1).section(u' ', 1);
            const ChildRun run = verdes({QStringLiteral("musdes"),
                                         QStringLiteral("decide"),
                                         m_vault,
                                         QStringLiteral("1"),
                                         target,
                                         household ? QStringLiteral("remove") : QStringLiteral("agreed")});
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
            ++decided;
        }
        QVERIFY(decided >= 3);
        const ChildRun chair = runChild(builtProgram(QStringLiteral("app/verdes/verdes")),
                                        {QStringLiteral("officer"),
                                         QStringLiteral("add"),
                                         m_vault,
                                         kChair,
                                         QStringLiteral("--role"),
                                         QStringLiteral("chair"),
                                         QStringLiteral("--officer"),
                                         kOperator},
                                        kPassphrase + u'\n' + kChairPassphrase + u'\n');
        QVERIFY2(chair.exitCode == 0, qPrintable(chair.err));
        const ChildRun seal =
            verdes({QStringLiteral("musdes"), QStringLiteral("seal"), m_vault, QStringLiteral("1")}, kChair);
        QVERIFY2(seal.exitCode == 0, qPrintable(seal.err));
        QVERIFY2(seal.err.contains(QStringLiteral("batch is ready")), qPrintable(seal.err));
    }

    void theBatchGoesUpAndTheReceiptComesBack()
    {
        ChildRun run = verdes({QStringLiteral("batch"), QStringLiteral("list"), m_vault});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(QStringLiteral("1\t001/MUSDES/")), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("waiting to be sent")));
        const QString shortId = run.out.trimmed().section(u'\t', -1);
        QCOMPARE(shortId.size(), 16);

        // Without a hub there is nobody to seal the batch to.
        const QString usb = path(QStringLiteral("usb"));
        QVERIFY(QDir().mkpath(usb));
        const QString batchFile = QDir(usb).filePath(QStringLiteral("batch-1.vbatch"));
        run = verdes({QStringLiteral("batch"), QStringLiteral("export"), m_vault, batchFile});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(QStringLiteral("not enrolled")), qPrintable(run.err));
        QVERIFY(!QFile::exists(batchFile));

        // A hub of another district refuses the village; the right one enrols it.
        const QString request = QDir(usb).filePath(QStringLiteral("enrol.venq"));
        run = verdes({QStringLiteral("enrol"), QStringLiteral("request"), m_vault, request});
        QCOMPARE(run.exitCode, 0);
        const QString deviceFingerprint = run.out.trimmed();
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9A-F]{4}(-[0-9A-F]{4}){3}$"))
                    .match(deviceFingerprint)
                    .hasMatch());
        const QString otherHub = path(QStringLiteral("other-hub"));
        QCOMPARE(hub({QStringLiteral("init"),
                      otherHub,
                      QStringLiteral("--district-code"),
                      QStringLiteral("9171"),
                      QStringLiteral("--name"),
                      QStringLiteral("Dinsos Lain")})
                     .exitCode,
                 0);
        run = hub({QStringLiteral("enrol"), otherHub, request});
        QCOMPARE(run.exitCode, 3);
        const auto village = QRegularExpression(QStringLiteral("village (\\d{10}) is not")).match(run.err);
        QVERIFY2(village.hasMatch(), qPrintable(run.err));
        m_villageCode = village.captured(1);
        const QString district = m_villageCode.left(4);

        run = hub({QStringLiteral("init"),
                   m_hub,
                   QStringLiteral("--district-code"),
                   district,
                   QStringLiteral("--name"),
                   QStringLiteral("Dinas Sosial Uji")});
        QCOMPARE(run.exitCode, 0);
        const QString hubFingerprint = run.out.trimmed();
        m_hubFingerprint = hubFingerprint;
        // The key file is its user's alone.
        const auto keyPermissions = QFile::permissions(QDir(m_hub).filePath(QStringLiteral("hub.key")));
        QVERIFY(keyPermissions.testFlag(QFileDevice::ReadOwner));
        QVERIFY(!(keyPermissions
                  & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup
                     | QFileDevice::WriteOther)));
        run = hub({QStringLiteral("enrol"),
                   m_hub,
                   request,
                   QStringLiteral("--fingerprint"),
                   QStringLiteral("0000-0000-0000-0000")});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(deviceFingerprint), qPrintable(run.err));
        const QString answer = QDir(usb).filePath(QStringLiteral("enrol.answer"));
        QVERIFY(!QFile::exists(answer));
        run = hub({QStringLiteral("enrol"),
                   m_hub,
                   request,
                   QStringLiteral("--fingerprint"),
                   deviceFingerprint.toLower()});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(QFile::exists(answer));

        // The village pins the hub only with the fingerprint the district gave it.
        run = verdes({QStringLiteral("enrol"),
                      QStringLiteral("accept"),
                      m_vault,
                      answer,
                      QStringLiteral("--hub-fingerprint"),
                      QStringLiteral("1111-2222-3333-4444")});
        QCOMPARE(run.exitCode, 3);
        run = verdes({QStringLiteral("enrol"), QStringLiteral("accept"), m_vault, answer});
        QCOMPARE(run.exitCode, 1);
        run = verdes({QStringLiteral("enrol"),
                      QStringLiteral("accept"),
                      m_vault,
                      answer,
                      QStringLiteral("--hub-fingerprint"),
                      hubFingerprint});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.err.contains(QStringLiteral("Dinas Sosial Uji")));

        // To the USB stick: sealed, so no name, NIK or reason shows in the file.
        run = verdes({QStringLiteral("batch"), QStringLiteral("export"), m_vault, batchFile});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString batchId = run.out.trimmed();
        QVERIFY(batchId.startsWith(shortId));
        const QByteArray sealed = readFile(batchFile);
        QVERIFY(sealed.startsWith("VSEA"));
        QVERIFY(!sealed.contains("MUSDES"));
        QVERIFY(!sealed.contains("Meninggal"));
        QVERIFY(!sealed.contains("demo-0000"));

        // A byte changed on the way: refused, and the village is told to bring the file again.
        QByteArray tampered = sealed;
        tampered[tampered.size() / 2] = static_cast<char>(tampered.at(tampered.size() / 2) ^ 0x01);
        const QString bad = QDir(usb).filePath(QStringLiteral("bad.vbatch"));
        QVERIFY(writeFile(bad, tampered));
        run = hub({QStringLiteral("ingest"), m_hub, bad});
        QCOMPARE(run.exitCode, 0); // the hub answered: with a refusal
        QVERIFY2(run.out.startsWith(QStringLiteral("refused\tmalformed")), qPrintable(run.out));
        run = verdes({QStringLiteral("receipts"),
                      QStringLiteral("import"),
                      m_vault,
                      QDir(usb).filePath(QStringLiteral("bad.receipt"))});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(QStringLiteral("could not read")), qPrintable(run.err));

        // The hub takes it once; the same batch again gets the very same receipt.
        run = hub({QStringLiteral("ingest"), m_hub, batchFile});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.out.trimmed(), QStringLiteral("accepted\t\t") + batchId);
        const QString receipt = QDir(usb).filePath(QStringLiteral("batch-1.receipt"));
        const QByteArray first = readFile(receipt);
        QVERIFY(first.startsWith("VRCP"));
        run = hub({QStringLiteral("ingest"),
                   m_hub,
                   batchFile,
                   QStringLiteral("--receipt"),
                   path(QStringLiteral("again.receipt"))});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.err.contains(QStringLiteral("received before")));
        QCOMPARE(readFile(path(QStringLiteral("again.receipt"))), first);

        run = verdes({QStringLiteral("receipts"), QStringLiteral("import"), m_vault, receipt});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("received by the district")), qPrintable(run.err));
        run = verdes({QStringLiteral("receipts"), QStringLiteral("import"), m_vault, receipt});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.err.contains(QStringLiteral("nothing changed")));
        run = verdes({QStringLiteral("batch"), QStringLiteral("list"), m_vault});
        QVERIFY(run.out.contains(QStringLiteral("received by the district")));
        run = verdes(
            {QStringLiteral("proposals"), m_vault, QStringLiteral("--state"), QStringLiteral("received")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.count(u'\n') >= 3, qPrintable(run.out));
        run = hub({QStringLiteral("status"), m_hub});
        QVERIFY(run.out.contains(deviceFingerprint));
        QVERIFY(run.out.contains(QStringLiteral("last batch 1")));
        // Everything the village did is in its history, and the content still matches it.
        run = verdes({QStringLiteral("check"), m_vault});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    }

    // Batch 3 before batch 2: the hub reports the gap and keeps nothing; the village keeps batch 3
    // waiting, sends 2, then 3 again, and both are taken.
    void aGapIsReportedNotAccepted()
    {
        QVERIFY(sealEmptyMeeting(QStringLiteral("2026-12-11")));
        QVERIFY(sealEmptyMeeting(QStringLiteral("2026-12-12")));
        const QString two = path(QStringLiteral("batch-2.vbatch"));
        const QString three = path(QStringLiteral("batch-3.vbatch"));
        QCOMPARE(verdes({QStringLiteral("batch"),
                         QStringLiteral("export"),
                         m_vault,
                         three,
                         QStringLiteral("--batch"),
                         QStringLiteral("3")})
                     .exitCode,
                 0);
        ChildRun run = hub({QStringLiteral("ingest"), m_hub, three});
        QVERIFY2(run.out.startsWith(QStringLiteral("refused\tsequence_gap")), qPrintable(run.out));
        run = verdes({QStringLiteral("receipts"),
                      QStringLiteral("import"),
                      m_vault,
                      path(QStringLiteral("batch-3.receipt"))});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains(QStringLiteral("missing batch 2")), qPrintable(run.err));
        QCOMPARE(verdes({QStringLiteral("batch"), QStringLiteral("export"), m_vault, two}).exitCode,
                 0); // the oldest unanswered
        run = hub({QStringLiteral("ingest"), m_hub, two});
        QVERIFY2(run.out.startsWith(QStringLiteral("accepted")), qPrintable(run.out));
        run = hub({QStringLiteral("ingest"), m_hub, three, QStringLiteral("--force")});
        QVERIFY2(run.out.startsWith(QStringLiteral("accepted")), qPrintable(run.out + run.err));
        for (const QString &name : {QStringLiteral("batch-2.receipt"), QStringLiteral("batch-3.receipt")}) {
            run = verdes({QStringLiteral("receipts"), QStringLiteral("import"), m_vault, path(name)});
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        }
        run = verdes({QStringLiteral("batch"), QStringLiteral("list"), m_vault});
        QCOMPARE(run.out.count(QStringLiteral("received by the district")), 3);
    }

    // The quarterly snapshot comes down signed and sealed to the laptop (issue 14 §2), and only once.
    void aSignedSnapshotComesDownOnce()
    {
        const QString csv = path(QStringLiteral("dtsen.csv"));
        ChildRun run = verdes({QStringLiteral("export"), m_vault, csv});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        // The district's CSV: one family moved to RT 9 (its rows all say so).
        QByteArray bytes = readFile(csv);
        const QList<QByteArray> lines = bytes.split('\n');
        QVERIFY(lines.size() > 2);
        const QByteArray household = lines.at(1).left(lines.at(1).indexOf(','));
        QByteArray changed = lines.at(0) + '\n';
        for (qsizetype i = 1; i < lines.size(); ++i) {
            QByteArray line = lines.at(i);
            if (line.startsWith(QByteArray(household + ','))) {
                QList<QByteArray> cells = line.split(',');
                cells[4] = "9"; // rt
                line = cells.join(',');
            }
            changed += line + (i + 1 < lines.size() ? "\n" : "");
        }
        QVERIFY(changed != bytes);
        QVERIFY(writeFile(csv, changed));

        // Another village's code is refused at the hub, before anything is stored.
        const QString otherVillage = m_villageCode.left(9) + (m_villageCode.endsWith(u'9') ? u'8' : u'9');
        run = hub({QStringLiteral("snapshot"), m_hub, otherVillage, csv});
        QVERIFY2(run.exitCode == 3, qPrintable(otherVillage + u": " + run.err));
        const QString out = path(QStringLiteral("usb/snapshot.vsnp"));
        run = hub({QStringLiteral("snapshot"),
                   m_hub,
                   m_villageCode,
                   csv,
                   QStringLiteral("--label"),
                   QStringLiteral("DTSEN Desember 2026"),
                   QStringLiteral("--out"),
                   out});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.out.trimmed(), QStringLiteral("1\tDTSEN Desember 2026"));
        // Sealed: nothing of the CSV shows on the stick.
        QVERIFY(!readFile(out).contains(household));
        QVERIFY(!readFile(out).contains("household_id"));

        run = verdes({QStringLiteral("import"), m_vault, out});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("DTSEN Desember 2026")), qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("1\tDTSEN Desember 2026")), qPrintable(run.out));
        // Again: refused, nothing changed.
        run = verdes({QStringLiteral("import"), m_vault, out});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(QStringLiteral("Nothing was changed")), qPrintable(run.err));
        // The same CSV published again keeps its number.
        run = hub({QStringLiteral("snapshot"),
                   m_hub,
                   m_villageCode,
                   csv,
                   QStringLiteral("--out"),
                   out,
                   QStringLiteral("--force")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.out.trimmed(), QStringLiteral("1\tDTSEN Desember 2026"));
    }

    // A revoked laptop: the hub takes nothing more from it.
    void aRevokedLaptopIsRefused()
    {
        ChildRun run = hub({QStringLiteral("status"), m_hub});
        const QString device = run.out.section(u'\n', 3, 3).section(u'\t', 0, 0);
        QVERIFY2(!device.isEmpty(), qPrintable(run.out));
        run = hub({QStringLiteral("revoke"),
                   m_hub,
                   device,
                   QStringLiteral("--out"),
                   path(QStringLiteral("revoked.vrev"))});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(readFile(path(QStringLiteral("revoked.vrev"))).startsWith("VREV"));
        QVERIFY(sealEmptyMeeting(QStringLiteral("2026-12-13")));
        QCOMPARE(verdes({QStringLiteral("batch"),
                         QStringLiteral("export"),
                         m_vault,
                         path(QStringLiteral("batch-4.vbatch"))})
                     .exitCode,
                 0);
        run = hub({QStringLiteral("ingest"), m_hub, path(QStringLiteral("batch-4.vbatch"))});
        QVERIFY2(run.out.startsWith(QStringLiteral("refused\trevoked_device")), qPrintable(run.out));
        run = hub({QStringLiteral("status"), m_hub});
        QVERIFY(run.out.contains(QStringLiteral("1 revoked")));
    }

    // The laptop learns it from that receipt (or from the revocation list on the stick) and its vault
    // opens to enrol again only: the data verbs stop with exit code 7. A new request carries a new
    // key; the hub does not enrol the revoked one again; the district's answer reopens the vault, and
    // the batch made meanwhile goes up signed by the new key, after the ones before it.
    void aRevokedLaptopEnrolsAgainWithANewKey()
    {
        ChildRun run = verdes({QStringLiteral("receipts"),
                               QStringLiteral("import"),
                               m_vault,
                               path(QStringLiteral("batch-4.receipt"))});
        QCOMPARE(run.exitCode, 7);
        QVERIFY2(run.err.contains(QStringLiteral("revoked")), qPrintable(run.err));
        const QString export_ = path(QStringLiteral("registri.csv"));
        for (const QStringList &verb :
             {QStringList{QStringLiteral("search"), m_vault, QStringLiteral("rt 1")},
              QStringList{QStringLiteral("export"), m_vault, export_},
              QStringList{QStringLiteral("proposals"), m_vault},
              QStringList{QStringLiteral("batch"), QStringLiteral("list"), m_vault},
              QStringList{QStringLiteral("musdes"), QStringLiteral("list"), m_vault},
              QStringList{QStringLiteral("audit"), QStringLiteral("log"), m_vault}}) {
            run = verdes(verb);
            QVERIFY2(run.exitCode == 7, qPrintable(verb.join(u' ') + u'\n' + run.err));
            QVERIFY2(run.err.contains(QStringLiteral("Dinas Sosial Uji")), qPrintable(run.err));
            QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
        }
        QVERIFY(!QFile::exists(export_));
        // The revocation list on the stick says the same; the officers and the check still work.
        run = verdes({QStringLiteral("revocations"),
                      QStringLiteral("import"),
                      m_vault,
                      path(QStringLiteral("revoked.vrev"))});
        QCOMPARE(run.exitCode, 7);
        QCOMPARE(verdes({QStringLiteral("officer"), QStringLiteral("list"), m_vault}).exitCode, 0);
        run = verdes({QStringLiteral("check"), m_vault});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));

        // The old request is refused at the hub; the new one carries a new key.
        const QString oldRequest = path(QStringLiteral("usb/enrol.venq"));
        run = hub({QStringLiteral("enrol"), m_hub, oldRequest, QStringLiteral("--force")});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(QStringLiteral("never enrolled again")), qPrintable(run.err));
        const QString request = path(QStringLiteral("usb/enrol-again.venq"));
        run = verdes({QStringLiteral("enrol"), QStringLiteral("request"), m_vault, request});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString fingerprint = run.out.trimmed();
        QVERIFY(!fingerprint.isEmpty());
        run = hub({QStringLiteral("status"), m_hub});
        QVERIFY2(!run.out.contains(fingerprint), qPrintable(run.out));
        run = hub({QStringLiteral("enrol"), m_hub, request, QStringLiteral("--fingerprint"), fingerprint});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString answer = path(QStringLiteral("usb/enrol-again.answer"));
        QVERIFY(QFile::exists(answer));
        run = verdes({QStringLiteral("enrol"),
                      QStringLiteral("accept"),
                      m_vault,
                      answer,
                      QStringLiteral("--hub-fingerprint"),
                      m_hubFingerprint});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));

        // Open as before; batch 4 goes up again, signed by the new key, and is taken.
        run = verdes({QStringLiteral("batch"), QStringLiteral("list"), m_vault});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString again = path(QStringLiteral("batch-4-again.vbatch"));
        run = verdes({QStringLiteral("batch"), QStringLiteral("export"), m_vault, again});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = hub({QStringLiteral("ingest"), m_hub, again});
        QVERIFY2(run.out.startsWith(QStringLiteral("accepted\t")), qPrintable(run.out + run.err));
        run = verdes({QStringLiteral("receipts"),
                      QStringLiteral("import"),
                      m_vault,
                      path(QStringLiteral("batch-4-again.receipt"))});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = verdes({QStringLiteral("batch"), QStringLiteral("list"), m_vault});
        QCOMPARE(run.out.count(QStringLiteral("received by the district")), 4);
        run = verdes({QStringLiteral("audit"), QStringLiteral("verify"), m_vault});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = verdes({QStringLiteral("audit"), QStringLiteral("log"), m_vault});
        QVERIFY2(run.out.contains(QStringLiteral("enrolled this laptop again")), qPrintable(run.out));
    }
};

QTEST_GUILESS_MAIN(TestUsbRoute)
#include "tst_UsbRoute.moc"
