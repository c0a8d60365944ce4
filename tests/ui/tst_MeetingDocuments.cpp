// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/verdes/Bootstrap.h"
#include "models/audit/AuditText.h"
#include "models/core/DocumentLanguage.h"
#include "models/core/Error.h"
#include "models/io/CsvReader.h"
#include "models/io/SnapshotImporter.h"
#include "models/musdes/MeetingDocumentData.h"
#include "models/musdes/MeetingRepository.h"
#include "models/proposals/ProposalRepository.h"
#include "models/vault/AuditLog.h"
#include "models/vault/Database.h"
#include "models/vault/DeviceKey.h"
#include "models/vault/Transaction.h"
#include "tests/support/FakeClock.h"
#include "tests/support/ScratchVault.h"
#include "ui/musdes/MeetingDocuments.h"
#include "ui/musdes/MeetingDocumentsDialog.h"
#include "ui/settings/TemplateEditorDialog.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

#include <algorithm>
#include <thread>

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
        seal.sha256 = QByteArray::fromHex("1a2b3cff5e6f7a8b90112233445566778899aabbccddeeff0011223344556677");
        seal.auditSeq = 4321;
        seal.auditHash = QByteArray::fromHex("9f8e7dff5b4a39281706f5e4d3c2b1a0");
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

const Actor kOperator{QStringLiteral("op-1"), QStringLiteral("Operator Satu"), Role::Operator, false};
const Actor kChair{QStringLiteral("chair-1"), QStringLiteral("Ketua BPD"), Role::Chair, false};
const Actor kHead{QStringLiteral("lurah-1"), QStringLiteral("Bambang Lurah"), Role::KepalaDesa, false};

QByteArray jpeg(char fill)
{
    QByteArray bytes(64, fill);
    bytes[0] = '\xFF';
    bytes[1] = '\xD8';
    bytes[2] = '\xFF';
    return bytes;
}

// A real encrypted vault with the small snapshot and a sealed meeting made through the repository:
// MUHAMMAD RIZKI's death agreed by vote, DEDE's rejected, UJANG's deferred.
struct SealedMeeting
{
    QTemporaryDir dir;
    test::ScratchVault vault{dir.filePath(QStringLiteral("v.db"))};
    std::unique_ptr<Database> db;
    test::FakeClock clock;
    qint64 meetingId = 0;

    // An SPTJM instead of a meeting: the three proposals covered, sealed by the lurah.
    QString setUp(MeetingKind kind = MeetingKind::Muskel)
    {
        auto created = vault.create();
        if (!created) {
            return describe(created.error());
        }
        db = std::move(created).value();
        Transaction tx(*db);
        if (!tx.begin() || !DeviceKey::create(*db, clock) || !tx.commit()) {
            return QStringLiteral("device key");
        }
        ValidationContext context;
        context.today = QDate(2026, 11, 23);
        context.villageCode = QStringLiteral("3373041001");
        CsvReader reader(test::testDataPath(QStringLiteral("csv/snapshot_small.csv")));
        if (!SnapshotImporter(*db, context, clock).run(reader, ImportOptions{})) {
            return QStringLiteral("import");
        }
        ProposalRepository proposals(*db, clock);
        QList<qint64> ids;
        for (const auto &[household, person] :
             {std::pair{u"H0001", u"P0003"}, std::pair{u"H0003", u"P0007"}, std::pair{u"H0003", u"P0008"}}) {
            Proposal p;
            p.type = ProposalType::MemberDeceased;
            p.channel = Channel::RtRw;
            p.householdId = QString::fromUtf16(household);
            p.personIds = {QString::fromUtf16(person)};
            p.reason = QStringLiteral("Meninggal menurut ketua RT");
            p.details.eventDate = QDate(2026, 10, 1);
            auto made =
                proposals.create(kOperator,
                                 p,
                                 {{EvidenceKind::DeathCert, QStringLiteral("akta.jpg"), jpeg('D')},
                                  {EvidenceKind::HousePhotos, QStringLiteral("rumah.jpg"), jpeg('H')}});
            if (!made) {
                return describe(made.error());
            }
            if (auto ready = proposals.transition(kOperator, made->id, ProposalState::Ready, made->revision);
                !ready) {
                return describe(ready.error());
            }
        }
        MeetingRepository meetings(*db, clock);
        MeetingDraft draft;
        draft.date = QDate(2026, 12, 10);
        draft.time = QTime(9, 0);
        draft.place = QStringLiteral("Balai Kelurahan");
        draft.chair = QStringLiteral("Haryanto Wibowo");
        draft.minuteTaker = QStringLiteral("Sri Wahyuni");
        draft.kind = kind;
        auto meeting = meetings.create(kOperator, draft);
        if (!meeting) {
            return describe(meeting.error());
        }
        meetingId = meeting->id;
        if (kind == MeetingKind::Sptjm) {
            if (auto added = meetings.addAllReady(kOperator, meetingId); !added || *added != 3) {
                return QStringLiteral("SPTJM agenda");
            }
            if (auto sealed = meetings.seal(kHead, meetingId); !sealed) {
                return describe(sealed.error());
            }
            return {};
        }
        Attendee lurah;
        lurah.name = QStringLiteral("Bambang Lurah");
        lurah.role = AttendeeRole::KepalaDesa;
        Attendee rt;
        rt.name = QStringLiteral("Pak RT Dua");
        rt.role = AttendeeRole::RtRw;
        rt.rtRw = QStringLiteral("002/001");
        for (const Attendee &attendee : {lurah, rt}) {
            if (auto added = meetings.addAttendee(kOperator, meetingId, attendee); !added) {
                return describe(added.error());
            }
        }
        if (auto added = meetings.addAllReady(kOperator, meetingId); !added || *added != 3) {
            return QStringLiteral("agenda");
        }
        auto agenda = meetings.agenda(meetingId);
        if (!agenda || agenda->size() != 3) {
            return QStringLiteral("agenda size");
        }
        DecisionInput vote;
        vote.mode = DecisionMode::Vote;
        vote.votesFor = 12;
        vote.votesAgainst = 3;
        vote.votesAbstain = 1;
        DecisionInput rejected;
        rejected.decision = Decision::Rejected;
        DecisionInput deferred;
        deferred.decision = Decision::Deferred;
        const QList<DecisionInput> decisions = {vote, rejected, deferred};
        for (qsizetype i = 0; i < agenda->size(); ++i) {
            if (auto decided = meetings.decide(kOperator, meetingId, agenda->at(i).id, decisions.at(i));
                !decided) {
                return describe(decided.error());
            }
        }
        if (auto sealed = meetings.seal(kChair, meetingId); !sealed) {
            return describe(sealed.error());
        }
        return {};
    }

    Result<MeetingDocumentData> data()
    {
        MeetingRepository meetings(*db, clock);
        return MeetingDocumentData::gather(meetings,
                                           meetingId,
                                           QStringLiteral("3373041001"),
                                           QStringLiteral("Kelurahan Kutowinangun"),
                                           QDate(2026, 12, 11));
    }
};

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
        QVERIFY2(ba.contains(u"Segel 1a2b-3cff-5e6f-7a8b"), qPrintable(ba.right(400)));
        QVERIFY(ba.contains(u"jejak audit no. 4321 (9f8e7dff)"));
        // The seal's code is copied from the PDF: no "ff" ligature may replace its letters.
        QVERIFY2(ba.contains(u"Kode segel: 1a2b-3cff-5e6f-7a8b"), qPrintable(ba.right(600)));
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
        QVERIFY(strings.contains(u"Segel 1a2b-3cff-5e6f-7a8b"));
        QVERIFY(!strings.contains(u"Warga Nomor 901"));
        // Title lines, an empty row, the header and the 60 lines.
        QCOMPARE(cells.count(QStringLiteral("<row ")), 3 + 1 + 60);
    }

    void aSealedMeetingOfTheRepository()
    {
        SealedMeeting f;
        const QString failure = f.setUp();
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        auto data = f.data();
        QVERIFY2(data, data ? "" : qPrintable(describe(data.error())));
        QVERIFY(data->meeting.isSealed());
        QCOMPARE(data->agreed.size(), 1);
        QCOMPARE(data->rejected.size(), 1);
        QCOMPARE(data->deferred.size(), 1);
        QTemporaryDir out;
        const auto written =
            MeetingDocuments::writeAll(*data, Paper::A4, out.path(), OutputPath::Existing::Refuse);
        QVERIFY2(written, written ? "" : qPrintable(describe(written.error())));
        const QString number = data->meeting.number;
        const auto path = [&](DocumentKind kind) {
            return out.filePath(data->fileName(kind, QStringLiteral("pdf")));
        };

        const QString ba = pdfText(path(DocumentKind::BeritaAcara));
        QVERIFY(ba.contains(number));
        QVERIFY(ba.contains(u"Musyawarah Kelurahan"));
        QVERIFY(ba.contains(u"Lurah Kutowinangun"));
        QVERIFY(ba.contains(u"Bambang Lurah"));
        QVERIFY(ba.contains(u"Menyetujui 1 (satu) usulan"));
        QVERIFY(ba.contains(u"Menolak 1 (satu) usulan"));
        QVERIFY(ba.contains(u"Menunda 1 (satu) usulan"));
        const QString seal = data->meeting.seal->shortHash();
        QVERIFY2(ba.contains(QStringLiteral("Segel ") + seal), qPrintable(seal));
        QVERIFY(ba.contains(QStringLiteral("jejak audit no. %1").arg(data->meeting.seal->auditSeq)));
        QVERIFY(ba.contains(u"Halaman 1 dari"));

        const QString bnba = pdfText(path(DocumentKind::Bnba));
        QVERIFY(bnba.contains(u"MUHAMMAD RIZKI"));
        QVERIFY(bnba.contains(u"3373041501100003"));
        QVERIFY(!bnba.contains(u"DEDE"));
        QVERIFY(bnba.contains(QStringLiteral("Segel ") + seal));
        QVERIFY(pdfText(path(DocumentKind::Ditolak)).contains(u"DEDE"));
        QVERIFY(pdfText(path(DocumentKind::Ditunda)).contains(u"UJANG"));
        const QString board = pdfText(path(DocumentKind::PapanPengumuman));
        QVERIFY(board.contains(u"MUHAMMAD RIZKI"));
        QVERIFY(!board.contains(u"3373041501100003"));
        QVERIFY(!board.contains(data->agreed.first().kk));
        const QString hadir = pdfText(path(DocumentKind::DaftarHadir));
        QVERIFY(hadir.contains(u"Pak RT Dua"));
        QVERIFY(hadir.contains(u"002/001"));

        const QString xlsx = out.filePath(data->fileName(DocumentKind::Bnba, QStringLiteral("xlsx")));
        const QString strings = unzipped(xlsx, QStringLiteral("xl/sharedStrings.xml"));
        QVERIFY(strings.contains(u"MUHAMMAD RIZKI"));
        QVERIFY(strings.contains(u"3373041501100003"));
        QVERIFY(!strings.contains(u"DEDE"));
        QCOMPARE(unzipped(xlsx, QStringLiteral("xl/worksheets/sheet1.xml")).count(QStringLiteral("<row ")),
                 3 + 1 + 1);
    }

    // The SPTJM of a quarter without a meeting: the statement and its BNBA, signed by the lurah
    // who sealed it, with every covered proposal.
    void anSptjmHasItsStatementAndBnba()
    {
        SealedMeeting f;
        const QString failure = f.setUp(MeetingKind::Sptjm);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        auto data = f.data();
        QVERIFY2(data, data ? "" : qPrintable(describe(data.error())));
        QCOMPARE(data->documents(), (QList<DocumentKind>{DocumentKind::Sptjm, DocumentKind::Bnba}));
        QCOMPARE(data->agreed.size(), 3);
        QTemporaryDir out;
        const auto written =
            MeetingDocuments::writeAll(*data, Paper::F4, out.path(), OutputPath::Existing::Refuse);
        QVERIFY2(written, written ? "" : qPrintable(describe(written.error())));
        QCOMPARE(written->size(), 3); // two PDFs and the spreadsheet
        const QString number = data->meeting.number;
        QVERIFY2(number.contains(u"/SPTJM/"), qPrintable(number));
        const QString sptjm =
            pdfText(out.filePath(data->fileName(DocumentKind::Sptjm, QStringLiteral("pdf"))));
        QVERIFY2(sptjm.contains(u"SURAT PERNYATAAN TANGGUNG JAWAB MUTLAK"), qPrintable(sptjm.left(600)));
        QVERIFY(sptjm.contains(number));
        QVERIFY(sptjm.contains(u"triwulan IV tahun 2026"));
        QVERIFY(sptjm.simplified().contains(u"3 (tiga) usulan"));
        QVERIFY2(sptjm.contains(u"Bambang Lurah"), qPrintable(sptjm)); // the lurah who sealed it
        QVERIFY(!sptjm.contains(u"( ....."));
        // The annex lists the covered proposals (in portrait: a long name wraps in its cell).
        QVERIFY(sptjm.contains(u"RIZKI"));
        QVERIFY(sptjm.contains(u"DEDE"));
        QVERIFY(sptjm.contains(u"3373041501"));
        QVERIFY(sptjm.contains(QStringLiteral("Segel ") + data->meeting.seal->shortHash()));
        const QString bnba = pdfText(out.filePath(data->fileName(DocumentKind::Bnba, QStringLiteral("pdf"))));
        QVERIFY(bnba.contains(u"UJANG"));
        QVERIFY(!QFileInfo::exists(
            out.filePath(data->fileName(DocumentKind::BeritaAcara, QStringLiteral("pdf")))));
    }

    void theTemplateEditorStoresAndRefuses()
    {
        SealedMeeting f;
        const QString failure = f.setUp();
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        TemplateEditorDialog dialog(*f.db, kOperator);
        dialog.selectDocument(DocumentKind::PapanPengumuman);
        QVERIFY(dialog.editor()->toPlainText().contains(u"{{tabel_pengumuman}}"));
        QCOMPARE(dialog.placeholderList()->count(), DocumentTemplate::placeholders().size());

        dialog.editor()->setPlainText(QStringLiteral("<p>Papan {{desa}}</p>\n<p>{{nomr}}</p>"));
        QVERIFY(!dialog.save());
        QVERIFY(dialog.messageLabel()->isVisibleTo(&dialog));
        QVERIFY2(dialog.messageLabel()->text().contains(u"{{nomr}}"),
                 qPrintable(dialog.messageLabel()->text()));
        MeetingRepository meetings(*f.db, f.clock);
        QVERIFY(!meetings.storedTemplate(QStringLiteral("papan-pengumuman"))->has_value());

        // A double click on a placeholder inserts it at the cursor.
        dialog.editor()->setPlainText(QStringLiteral("<p>PAPAN KHUSUS </p>{{tabel_pengumuman}}"));
        QTextCursor cursor = dialog.editor()->textCursor();
        cursor.setPosition(static_cast<int>(QStringLiteral("<p>PAPAN KHUSUS ").size()));
        dialog.editor()->setTextCursor(cursor);
        dialog.placeholderList()->setCurrentRow(0); // {{nomor}}
        Q_EMIT dialog.placeholderList()->itemActivated(dialog.placeholderList()->currentItem());
        QCOMPARE(dialog.editor()->toPlainText(),
                 QStringLiteral("<p>PAPAN KHUSUS {{nomor}}</p>{{tabel_pengumuman}}"));
        QVERIFY(dialog.save());
        QCOMPARE(meetings.storedTemplate(QStringLiteral("papan-pengumuman"))->value_or(QString()),
                 dialog.editor()->toPlainText());

        auto data = f.data();
        QVERIFY(data);
        QTemporaryDir out;
        const QString pdf = out.filePath(QStringLiteral("papan.pdf"));
        QVERIFY(MeetingDocuments::writePdf(
            *data, DocumentKind::PapanPengumuman, Paper::F4, pdf, MeetingDocumentValues::build(*data)));
        QVERIFY(pdfText(pdf).contains(QStringLiteral("PAPAN KHUSUS ") + data->meeting.number));

        // Another role may not change the templates.
        TemplateEditorDialog chairs(*f.db, kChair);
        chairs.selectDocument(DocumentKind::PapanPengumuman);
        QVERIFY(!chairs.restoreDefault());

        QVERIFY(dialog.restoreDefault());
        QVERIFY(!meetings.storedTemplate(QStringLiteral("papan-pengumuman"))->has_value());
        QCOMPARE(dialog.editor()->toPlainText(),
                 DocumentTemplate::defaultBody(DocumentKind::PapanPengumuman));
    }

    // The dialog of the Musdes page: every document of the meeting offered, printing and saving
    // only for a role that may export, and what left the vault recorded in its history.
    void theDocumentsDialogOffersEveryDocumentAndIsAudited()
    {
        SealedMeeting f;
        const QString failure = f.setUp();
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        auto data = f.data();
        QVERIFY(data);
        MeetingDocumentsDialog dialog(*f.db, kOperator, *data);
        QCOMPARE(dialog.documentList()->count(), data->documents().size());
        QVERIFY(dialog.documentList()->count() >= 6);
        const auto buttons = dialog.findChildren<QPushButton *>();
        QVERIFY(std::all_of(buttons.cbegin(), buttons.cend(), [](const QPushButton *b) {
            return b->isEnabled();
        }));
        const Actor &chair = kChair;
        MeetingDocumentsDialog refused(*f.db, chair, *data, DocumentKind::LembarHadir);
        QCOMPARE(refused.documentList()->count(), 1);
        int disabled = 0;
        for (const QPushButton *b : refused.findChildren<QPushButton *>()) {
            disabled += b->isEnabled() ? 0 : 1;
        }
        QCOMPARE(disabled, 1); // print; there is no save for one document, and Close stays

        MeetingRepository meetings(*f.db, f.clock);
        QCOMPARE(meetings.recordDocuments(chair, f.meetingId, QStringLiteral("files"), 7).error().code,
                 ErrorCode::PermissionDenied);
        QVERIFY(meetings.recordDocuments(kOperator, f.meetingId, QStringLiteral("files"), 7));
        auto entries = AuditLog(*f.db).forObject(QStringLiteral("meeting"), QString::number(f.meetingId));
        QVERIFY(entries);
        QCOMPARE(entries->constLast().action, QStringLiteral("meeting.documents"));
        QVERIFY(AuditText::sentence(entries->constLast()).contains(data->meeting.number));
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
        QVERIFY(!text.contains(u"Segel 1a2b"));
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

    // Last: it installs the English interface for the rest of the process. The documents stay in
    // Indonesian, the interface (and any other thread) in English.
    void theDocumentsAreIndonesianInAnEnglishInterface()
    {
        QVERIFY(app::Bootstrap::installTranslators(*QCoreApplication::instance(), QStringLiteral("en")));
        const QString english = ProposalTypeText::label(ProposalType::MemberDeceased);
        QCOMPARE(english, QStringLiteral("Member deceased"));
        {
            const DocumentLanguage::Indonesian indonesian;
            QCOMPARE(ProposalTypeText::label(ProposalType::MemberDeceased), QStringLiteral("Meninggal"));
            QString elsewhere;
            std::thread other([&elsewhere] {
                elsewhere = ProposalTypeText::label(ProposalType::MemberDeceased);
            });
            other.join();
            QCOMPARE(elsewhere, english);
        }
        QCOMPARE(ProposalTypeText::label(ProposalType::MemberDeceased), english);

        SealedMeeting f;
        const QString failure = f.setUp();
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        auto data = f.data();
        QVERIFY2(data, data ? "" : qPrintable(describe(data.error())));
        QTemporaryDir out;
        const auto written =
            MeetingDocuments::writeAll(*data, Paper::A4, out.path(), OutputPath::Existing::Refuse);
        QVERIFY2(written, written ? "" : qPrintable(describe(written.error())));
        const QString bnba = pdfText(out.filePath(data->fileName(DocumentKind::Bnba, QStringLiteral("pdf"))));
        QVERIFY2(bnba.contains(u"Meninggal"), qPrintable(bnba));
        QVERIFY(bnba.contains(u"Disetujui"));
        QVERIFY(!bnba.contains(u"Member deceased"));
        QVERIFY(!bnba.contains(u"Agreed"));
        const QString hadir =
            pdfText(out.filePath(data->fileName(DocumentKind::DaftarHadir, QStringLiteral("pdf"))));
        QVERIFY2(hadir.contains(u"Ketua RT/RW"), qPrintable(hadir));
        QVERIFY(!hadir.contains(u"RT/RW head"));
        QCOMPARE(ProposalTypeText::label(ProposalType::MemberDeceased), english);
    }
};

QTEST_MAIN(TestMeetingDocuments)
#include "tst_MeetingDocuments.moc"
