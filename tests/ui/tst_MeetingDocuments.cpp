// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/core/Error.h"
#include "models/musdes/MeetingDocumentData.h"
#include "ui/musdes/MeetingDocuments.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace verdes;
using namespace verdes::ui;

namespace {

QString nik(int i)
{
    return QStringLiteral("331004%1%2")
        .arg(510765 + i % 20, 6, 10, QLatin1Char('0'))
        .arg(i + 1, 4, 10, QLatin1Char('0'));
}

QString kk(int i)
{
    return QStringLiteral("331004010109%1").arg(i + 1, 4, 10, QLatin1Char('0'));
}

// A sealed meeting of `agreedCount` agreed items, two rejected and one deferred, made by hand: the
// rendering depends on the data only.
MeetingDocumentData meeting(int agreedCount, bool sealed)
{
    MeetingDocumentData data;
    data.meeting.id = 3;
    data.meeting.kind = MeetingKind::Musdes;
    data.meeting.number = QStringLiteral("001/MUSDES/XII/2026");
    data.meeting.date = QDate(2026, 12, 4);
    data.meeting.time = QTime(9, 0);
    data.meeting.place = QStringLiteral("Balai Desa Contoh");
    data.meeting.chair = QStringLiteral("Haryanto Wibowo");
    data.meeting.minuteTaker = QStringLiteral("Sri Wahyuni");
    if (sealed) {
        MeetingSeal seal;
        seal.sha256 = QByteArray::fromHex("1a2b3c4d5e6f7a8b90112233445566778899aabbccddeeff0011223344556677");
        seal.auditSeq = 4321;
        seal.auditHash = QByteArray::fromHex("9f8e7d6c5b4a39281706f5e4d3c2b1a0");
        seal.sealedAt = QDateTime(QDate(2026, 12, 4), QTime(12, 0));
        seal.sealedByName = data.meeting.chair;
        data.meeting.seal = seal;
    }
    data.villageCode = QStringLiteral("3310042999");
    data.villageName = QStringLiteral("Desa Contoh");
    data.madeOn = QDate(2026, 12, 5);
    const QStringList names = {QStringLiteral("Haryanto Wibowo"),
                               QStringLiteral("Sri Wahyuni"),
                               QStringLiteral("Bambang <b>Sutrisno</b>"),
                               QStringLiteral("Siti Aminah")};
    const QList<AttendeeRole> roles = {
        AttendeeRole::Bpd, AttendeeRole::Perangkat, AttendeeRole::RtRw, AttendeeRole::KepalaDesa};
    for (qsizetype i = 0; i < names.size(); ++i) {
        Attendee a;
        a.id = i + 1;
        a.name = names.at(i);
        a.role = roles.at(i);
        a.rtRw = QStringLiteral("00%1/001").arg(i + 1);
        data.attendees.append(a);
    }
    const auto line = [](int number, Decision decision, const QString &decisionText) {
        BnbaLine l;
        l.number = number;
        l.itemId = number;
        l.proposalId = number;
        l.name = QStringLiteral("Warga Nomor %1").arg(number);
        l.nik = nik(number);
        l.kk = kk(number);
        l.address = QStringLiteral("Dusun Krajan");
        l.rtRw = QStringLiteral("%1/002").arg(number % 7 + 1, 3, 10, QLatin1Char('0'));
        l.typeLabel = QStringLiteral("Meninggal");
        l.reason = QStringLiteral("Alasan rahasia %1").arg(number);
        l.decision = decision;
        l.decisionText = decisionText;
        return l;
    };
    for (int i = 1; i <= agreedCount; ++i) {
        data.agreed.append(line(i, Decision::Agreed, QStringLiteral("Disetujui (voting 12/3/1)")));
        AgendaItem item;
        item.decision = Decision::Agreed;
        data.agenda.append(item);
    }
    for (int i = 1; i <= 2; ++i) {
        BnbaLine l = line(900 + i, Decision::Rejected, QStringLiteral("Ditolak"));
        l.number = i;
        data.rejected.append(l);
        AgendaItem item;
        item.decision = Decision::Rejected;
        data.agenda.append(item);
    }
    BnbaLine deferred = line(950, Decision::Deferred, QStringLiteral("Ditunda"));
    deferred.number = 1;
    data.deferred.append(deferred);
    AgendaItem item;
    item.decision = Decision::Deferred;
    data.agenda.append(item);
    return data;
}

QString pdfText(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

int pdfPages(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdfinfo"), {path});
    process.waitForFinished(60000);
    for (const QString &line : QString::fromUtf8(process.readAllStandardOutput()).split(u'\n')) {
        if (line.startsWith(u"Pages:")) {
            return line.mid(6).trimmed().toInt();
        }
    }
    return -1;
}

QString pageSize(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdfinfo"), {path});
    process.waitForFinished(60000);
    for (const QString &line : QString::fromUtf8(process.readAllStandardOutput()).split(u'\n')) {
        if (line.startsWith(u"Page size:")) {
            return line.mid(10).simplified();
        }
    }
    return {};
}

QString unzipped(const QString &path, const QString &member)
{
    QProcess process;
    process.start(QStringLiteral("unzip"), {QStringLiteral("-p"), path, member});
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

class TestMeetingDocuments : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void initTestCase()
    {
        for (const char *tool : {"pdftotext", "pdfinfo", "unzip"}) {
            if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty()) {
                QFAIL(qPrintable(
                    QStringLiteral("%1 is missing: ./setup.sh deps installs it").arg(QLatin1String(tool))));
            }
        }
    }

    void writesEveryDocumentOfASealedMeeting()
    {
        QTemporaryDir dir;
        const MeetingDocumentData data = meeting(60, true);
        // VERDES_DOCUMENTS_OUT keeps the documents in that folder, to look at them
        // (tests/screenshots/take.sh uses it for the screenshots of the documents).
        const QString keep = qEnvironmentVariable("VERDES_DOCUMENTS_OUT");
        const QString folder = keep.isEmpty() ? dir.path() : keep;
        const auto written = MeetingDocuments::writeAll(data,
                                                        Paper::F4,
                                                        folder,
                                                        keep.isEmpty() ? OutputPath::Existing::Refuse
                                                                       : OutputPath::Existing::Replace);
        QVERIFY2(written, written ? "" : qPrintable(describe(written.error())));
        QCOMPARE(written->size(), data.documents().size() + 1);
        for (const QString &path : *written) {
            QVERIFY(QFileInfo(path).size() > 500);
            QVERIFY2(!QFileInfo(path).fileName().contains(u"Warga"), qPrintable(path));
        }
        const QString ba = pdfText(folder + QStringLiteral("/berita-acara-001-MUSDES-XII-2026.pdf"));
        QVERIFY2(ba.contains(u"BERITA ACARA"), qPrintable(ba.left(500)));
        QVERIFY(ba.contains(u"001/MUSDES/XII/2026"));
        QVERIFY(ba.contains(u"Jumat"));
        QVERIFY(ba.contains(u"4 Desember 2026"));
        QVERIFY(ba.contains(u"Haryanto Wibowo"));
        QVERIFY(ba.contains(u"Siti Aminah")); // the kepala desa signs
        QVERIFY(ba.contains(u"60 (enam puluh)"));
        QVERIFY(ba.contains(u"Menolak 2 (dua) usulan"));
        QVERIFY(ba.contains(u"Menunda 1 (satu) usulan"));
        QVERIFY(ba.contains(u"KLATEN"));
        // The footer: the seal's short hash, the audit head and the page numbers.
        QVERIFY2(ba.contains(u"Segel 1A2B 3C4D 5E6F 7A8B"), qPrintable(ba.right(400)));
        QVERIFY(ba.contains(u"jejak audit no. 4321 (9f8e7d6c)"));
        const int baPages = pdfPages(folder + QStringLiteral("/berita-acara-001-MUSDES-XII-2026.pdf"));
        QVERIFY(baPages >= 1);
        QVERIFY(ba.contains(QStringLiteral("Halaman %1 dari %1").arg(baPages)));

        const QString bnbaPath = folder + QStringLiteral("/bnba-001-MUSDES-XII-2026.pdf");
        const QString bnba = pdfText(bnbaPath);
        const int bnbaPages = pdfPages(bnbaPath);
        QVERIFY2(bnbaPages >= 2, qPrintable(QString::number(bnbaPages)));
        QVERIFY(bnba.contains(QStringLiteral("Halaman 2 dari %1").arg(bnbaPages)));
        QVERIFY(bnba.contains(u"Warga Nomor 1 "));
        QVERIFY(bnba.contains(u"Warga Nomor 60"));
        QVERIFY(bnba.contains(nik(60)));
        QVERIFY(bnba.contains(kk(60)));
        QVERIFY(bnba.contains(u"Disetujui"));
        QVERIFY(!bnba.contains(u"Warga Nomor 901")); // rejected ones are elsewhere
        QVERIFY2(pageSize(bnbaPath).startsWith(u"935"),
                 qPrintable(pageSize(bnbaPath))); // F4 across: 330 mm wide

        const QString rejected = pdfText(folder + QStringLiteral("/ditolak-001-MUSDES-XII-2026.pdf"));
        QVERIFY(rejected.contains(u"Warga Nomor 901"));
        QVERIFY(rejected.contains(u"Warga Nomor 902"));
        QVERIFY(!rejected.contains(u"Warga Nomor 950"));
        const QString deferred = pdfText(folder + QStringLiteral("/ditunda-001-MUSDES-XII-2026.pdf"));
        QVERIFY(deferred.contains(u"Warga Nomor 950"));

        const QString hadir = pdfText(folder + QStringLiteral("/daftar-hadir-001-MUSDES-XII-2026.pdf"));
        QVERIFY(hadir.contains(u"Bambang <b>Sutrisno</b>")); // markup in a name is printed as text
        QVERIFY(hadir.contains(u"Sri Wahyuni"));
        const QString sheet = pdfText(folder + QStringLiteral("/lembar-hadir-001-MUSDES-XII-2026.pdf"));
        QVERIFY(sheet.contains(u"Tanda tangan"));
        QVERIFY(sheet.contains(u"30."));
        QVERIFY(!sheet.contains(u"Sri Wahyuni\n")); // the empty sheet lists nobody

        // The notice-board copy: names, RT/RW and type, never NIK, KK or the reason.
        const QString board = pdfText(folder + QStringLiteral("/papan-pengumuman-001-MUSDES-XII-2026.pdf"));
        QVERIFY(board.contains(u"PENGUMUMAN"));
        QVERIFY(board.contains(u"Warga Nomor 60"));
        QVERIFY(board.contains(u"Meninggal"));
        for (int i = 1; i <= 60; ++i) {
            QVERIFY2(!board.contains(nik(i)), qPrintable(nik(i)));
            QVERIFY2(!board.contains(kk(i)), qPrintable(kk(i)));
        }
        QVERIFY(!board.contains(u"NIK"));
        QVERIFY(!board.contains(u"Alasan rahasia"));

        // The BNBA's spreadsheet: every row, identifiers as text.
        const QString xlsx = folder + QStringLiteral("/bnba-001-MUSDES-XII-2026.xlsx");
        const QString strings = unzipped(xlsx, QStringLiteral("xl/sharedStrings.xml"));
        const QString cells = unzipped(xlsx, QStringLiteral("xl/worksheets/sheet1.xml"));
        QVERIFY2(strings.contains(u"Warga Nomor 60"), qPrintable(strings.left(300)));
        QVERIFY(strings.contains(nik(60)));
        QVERIFY(strings.contains(kk(1)));
        QVERIFY(strings.contains(u"Jenis usulan"));
        QVERIFY(strings.contains(u"Segel 1A2B 3C4D 5E6F 7A8B"));
        QVERIFY(!strings.contains(u"Warga Nomor 901"));
        // Title lines, an empty row, the header and the 60 lines.
        QCOMPARE(cells.count(QStringLiteral("<row ")), 3 + 1 + 60);
    }

    void aDraftSaysItIsNotSealed()
    {
        QTemporaryDir dir;
        const MeetingDocumentData data = meeting(3, false);
        const QString path = dir.filePath(QStringLiteral("ba.pdf"));
        const auto pages = MeetingDocuments::writePdf(
            data, DocumentKind::BeritaAcara, Paper::A4, path, MeetingDocumentValues::build(data));
        QVERIFY(pages);
        const QString text = pdfText(path);
        QVERIFY(text.contains(u"BELUM DISEGEL"));
        QVERIFY(!text.contains(u"Segel 1A2B"));
        QVERIFY2(pageSize(path).startsWith(u"595"), qPrintable(pageSize(path))); // A4
    }

    void existingFilesAreRefusedAndNothingIsLeft()
    {
        QTemporaryDir dir;
        const MeetingDocumentData data = meeting(2, true);
        QFile blocker(dir.filePath(data.fileName(DocumentKind::PapanPengumuman, QStringLiteral("pdf"))));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.write("mine");
        blocker.close();
        const auto written =
            MeetingDocuments::writeAll(data, Paper::A4, dir.path(), OutputPath::Existing::Refuse);
        QVERIFY(!written);
        QCOMPARE(written.error().code, ErrorCode::FileExists);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1);
        QVERIFY(MeetingDocuments::writeAll(data, Paper::A4, dir.path(), OutputPath::Existing::Replace));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), data.documents().size() + 1);
    }

    void anEditedTemplateIsUsedAndABrokenOneRefused()
    {
        QTemporaryDir dir;
        MeetingDocumentData data = meeting(1, true);
        data.templates.insert(DocumentKind::PapanPengumuman,
                              QStringLiteral("<p>PAPAN KHUSUS {{desa}}</p>{{tabel_pengumuman}}"));
        const QString path = dir.filePath(QStringLiteral("papan.pdf"));
        QVERIFY(MeetingDocuments::writePdf(
            data, DocumentKind::PapanPengumuman, Paper::A4, path, MeetingDocumentValues::build(data)));
        QVERIFY(pdfText(path).contains(u"PAPAN KHUSUS Contoh"));
        data.templates.insert(DocumentKind::PapanPengumuman, QStringLiteral("<p>{{nik}}</p>"));
        const auto refused = MeetingDocuments::writePdf(data,
                                                        DocumentKind::PapanPengumuman,
                                                        Paper::A4,
                                                        dir.filePath(QStringLiteral("x.pdf")),
                                                        MeetingDocumentValues::build(data));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::DocumentPlaceholderUnknown);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.pdf"))));
    }

    void theJobRendersOnItsThreadAndCanBeCancelled()
    {
        QTemporaryDir dir;
        MeetingDocumentsJob job(meeting(40, true), Paper::A4, dir.path(), OutputPath::Existing::Refuse);
        QSignalSpy finished(&job, &Job::finished);
        QSignalSpy progress(&job, &Job::progress);
        job.start();
        QVERIFY(finished.wait(120000));
        QVERIFY2(job.result(), job.result() ? "" : qPrintable(describe(job.result().error())));
        QVERIFY(!progress.isEmpty());
        QVERIFY(pdfText(dir.filePath(QStringLiteral("bnba-001-MUSDES-XII-2026.pdf")))
                    .contains(u"Warga Nomor 40"));

        QTemporaryDir other;
        MeetingDocumentsJob cancelled(
            meeting(40, true), Paper::A4, other.path(), OutputPath::Existing::Refuse);
        cancelled.cancel();
        cancelled.runHere();
        QVERIFY(!cancelled.result());
        QCOMPARE(cancelled.result().error().code, ErrorCode::Cancelled);
        QCOMPARE(QDir(other.path()).entryList(QDir::Files).size(), 0);
    }
};

QTEST_MAIN(TestMeetingDocuments)
#include "tst_MeetingDocuments.moc"
