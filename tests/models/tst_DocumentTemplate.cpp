// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/core/Error.h"
#include "models/musdes/DocumentTemplate.h"
#include "models/musdes/MeetingDocumentData.h"

#include <QTest>

using namespace verdes;

namespace {

MeetingDocumentData sampleData()
{
    MeetingDocumentData data;
    data.meeting.id = 7;
    data.meeting.kind = MeetingKind::Musdes;
    data.meeting.number = QStringLiteral("001/MUSDES/XII/2026");
    data.meeting.date = QDate(2026, 12, 4);
    data.meeting.time = QTime(9, 0);
    data.meeting.place = QStringLiteral("Balai <Desa> & Aula");
    data.meeting.chair = QStringLiteral("<b>Ketua</b> BPD");
    data.meeting.minuteTaker = QStringLiteral("Sri Wahyuni");
    data.villageCode = QStringLiteral("3310042999");
    data.villageName = QStringLiteral("Desa Contoh");
    data.madeOn = QDate(2026, 12, 5);
    Attendee a;
    a.name = QStringLiteral("<b>Budi</b> Santoso");
    a.role = AttendeeRole::Bpd;
    a.rtRw = QStringLiteral("003/002");
    data.attendees = {a};
    BnbaLine line;
    line.number = 1;
    line.name = QStringLiteral("<i>Sutini</i>");
    line.nik = QStringLiteral("3310045107650001");
    line.kk = QStringLiteral("3310040101090002");
    line.rtRw = QStringLiteral("001/001");
    line.typeLabel = QStringLiteral("Meninggal");
    line.reason = QStringLiteral("Wafat <script>");
    line.decision = Decision::Agreed;
    line.decisionText = QStringLiteral("Disetujui");
    data.agreed = {line};
    AgendaItem item;
    item.decision = Decision::Agreed;
    data.agenda = {item};
    return data;
}

} // namespace

class TestDocumentTemplate : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void everyDefaultTemplateParses()
    {
        for (const DocumentKind kind : allDocumentKinds()) {
            const QString body = DocumentTemplate::defaultBody(kind);
            QVERIFY2(!body.isEmpty(), qPrintable(documentKindCode(kind)));
            const auto parsed = DocumentTemplate::parse(kind, body);
            QVERIFY2(parsed,
                     parsed ? "" : qPrintable(documentKindCode(kind) + u": " + describe(parsed.error())));
            QCOMPARE(parsed->kind(), kind);
            QVERIFY(parsed->used().contains(QStringLiteral("nomor")));
        }
        const auto ba = DocumentTemplate::parse(DocumentKind::BeritaAcara,
                                                DocumentTemplate::defaultBody(DocumentKind::BeritaAcara));
        QVERIFY(ba);
        for (const char *name :
             {"tanggal", "hari", "tempat", "keputusan", "jumlah_hadir", "ketua", "kepala_desa"}) {
            QVERIFY2(ba->used().contains(QString::fromLatin1(name)), name);
        }
    }

    void kindCodesRoundTrip()
    {
        for (const DocumentKind kind : allDocumentKinds()) {
            QCOMPARE(documentKindFromCode(documentKindCode(kind)), kind);
            QVERIFY(!DocumentTemplate::title(kind).isEmpty());
        }
        QVERIFY(!documentKindFromCode(u"surat-cinta"));
    }

    void placeholdersAreReplaced()
    {
        const auto parsed = DocumentTemplate::parse(
            DocumentKind::BeritaAcara, QStringLiteral("<p>Nomor {{nomor}}, {{ tanggal }}.</p>{{nomor}}"));
        QVERIFY(parsed);
        QCOMPARE(parsed->used(), QStringList({QStringLiteral("nomor"), QStringLiteral("tanggal")}));
        const QString out = parsed->render({{QStringLiteral("nomor"), QStringLiteral("001")},
                                            {QStringLiteral("tanggal"), QStringLiteral("4 Desember 2026")}});
        QCOMPARE(out, QStringLiteral("<p>Nomor 001, 4 Desember 2026.</p>001"));
    }

    void unknownPlaceholderIsRefusedByName()
    {
        const auto parsed = DocumentTemplate::parse(DocumentKind::BeritaAcara,
                                                    QStringLiteral("<p>{{nomor}}</p>\n<p>{{nomr}}</p>"));
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().code, ErrorCode::DocumentPlaceholderUnknown);
        QCOMPARE(parsed.error().args.value(0), QStringLiteral("{{nomr}}"));
        QCOMPARE(parsed.error().args.value(2), QStringLiteral("2"));
        const QString message = describe(parsed.error());
        QVERIFY2(message.contains(u"{{nomr}}"), qPrintable(message));
        QVERIFY2(message.contains(DocumentTemplate::title(DocumentKind::BeritaAcara)), qPrintable(message));
        QCOMPARE(exitCodeFor(parsed.error().code), 3);
    }

    void unclosedPlaceholderIsRefused()
    {
        for (const QString &body : {QStringLiteral("<p>{{nomor</p>"),
                                    QStringLiteral("{{nomor {{tanggal}}"),
                                    QStringLiteral("{{nomor\n}}")}) {
            const auto parsed = DocumentTemplate::parse(DocumentKind::Bnba, body);
            QVERIFY2(!parsed, qPrintable(body));
            QCOMPARE(parsed.error().code, ErrorCode::DocumentTemplateMalformed);
        }
        // Single braces are ordinary text (CSS in a <style> block).
        QVERIFY(
            DocumentTemplate::parse(DocumentKind::Bnba, QStringLiteral("<style>p { margin: 0; }</style>")));
    }

    void everyPlaceholderHasAValue()
    {
        const auto values = MeetingDocumentValues::build(sampleData());
        for (const auto &placeholder : DocumentTemplate::placeholders()) {
            QVERIFY2(values.contains(placeholder.name), qPrintable(placeholder.name));
            QVERIFY2(!placeholder.description.isEmpty(), qPrintable(placeholder.name));
        }
        QCOMPARE(values.size(), DocumentTemplate::placeholders().size());
    }

    void namesAreEscaped()
    {
        const auto values = MeetingDocumentValues::build(sampleData());
        QCOMPARE(values.value(QStringLiteral("ketua")), QStringLiteral("&lt;b&gt;Ketua&lt;/b&gt; BPD"));
        QCOMPARE(values.value(QStringLiteral("tempat")), QStringLiteral("Balai &lt;Desa&gt; &amp; Aula"));
        const QString hadir = values.value(QStringLiteral("daftar_hadir"));
        QVERIFY(hadir.contains(u"&lt;b&gt;Budi&lt;/b&gt; Santoso"));
        QVERIFY(!hadir.contains(u"<b>Budi"));
        const QString bnba = values.value(QStringLiteral("tabel_bnba"));
        QVERIFY(bnba.contains(u"&lt;i&gt;Sutini&lt;/i&gt;"));
        QVERIFY(!bnba.contains(u"<script>"));
        // A template's own markup is kept.
        const auto html = MeetingDocumentValues::html(sampleData(), DocumentKind::BeritaAcara);
        QVERIFY(html);
        QVERIFY(html->contains(u"<b>"));
        QVERIFY(!html->contains(u"<b>Ketua"));
    }

    void noticeBoardHasNoIdentifiers()
    {
        const auto values = MeetingDocumentValues::build(sampleData());
        const QString board = values.value(QStringLiteral("tabel_pengumuman"));
        QVERIFY(board.contains(u"Sutini"));
        QVERIFY(board.contains(u"001/001"));
        QVERIFY(board.contains(u"Meninggal"));
        QVERIFY(!board.contains(u"3310045107650001"));
        QVERIFY(!board.contains(u"3310040101090002"));
        QVERIFY(!board.contains(u"Wafat"));
        QVERIFY(values.value(QStringLiteral("tabel_bnba")).contains(u"3310045107650001"));
    }

    void valuesInIndonesian()
    {
        const auto values = MeetingDocumentValues::build(sampleData());
        QCOMPARE(values.value(QStringLiteral("hari")), QStringLiteral("Jumat"));
        QCOMPARE(values.value(QStringLiteral("tanggal")), QStringLiteral("4 Desember 2026"));
        QCOMPARE(values.value(QStringLiteral("jam")), QStringLiteral("09.00"));
        QCOMPARE(values.value(QStringLiteral("desa")), QStringLiteral("Contoh"));
        QCOMPARE(values.value(QStringLiteral("sebutan_desa")), QStringLiteral("Desa"));
        QCOMPARE(values.value(QStringLiteral("kabupaten")), QStringLiteral("Kabupaten Klaten"));
        QCOMPARE(values.value(QStringLiteral("triwulan")), QStringLiteral("IV"));
        QCOMPARE(values.value(QStringLiteral("jumlah_hadir")), QStringLiteral("1 (satu)"));
        QCOMPARE(values.value(QStringLiteral("segel")), QStringLiteral("BELUM DISEGEL"));
        QVERIFY(values.value(QStringLiteral("keputusan")).contains(u"Menyetujui 1 (satu) usulan"));
        QCOMPARE(MeetingDocumentValues::inWords(12), QStringLiteral("dua belas"));
        QCOMPARE(MeetingDocumentValues::inWords(111), QStringLiteral("seratus sebelas"));
        QCOMPARE(MeetingDocumentValues::inWords(500), QStringLiteral("lima ratus"));
        QCOMPARE(MeetingDocumentValues::inWords(2026), QStringLiteral("dua ribu dua puluh enam"));
        QCOMPARE(MeetingDocumentValues::inWords(0), QStringLiteral("nol"));
    }

    void fileNamesHoldNoPersonalData()
    {
        const MeetingDocumentData data = sampleData();
        QCOMPARE(data.fileName(DocumentKind::BeritaAcara, QStringLiteral("pdf")),
                 QStringLiteral("berita-acara-001-MUSDES-XII-2026.pdf"));
        QCOMPARE(data.fileName(DocumentKind::Bnba, QStringLiteral("xlsx")),
                 QStringLiteral("bnba-001-MUSDES-XII-2026.xlsx"));
        QCOMPARE(data.footerText(), QStringLiteral("BELUM DISEGEL (draf)"));
        QCOMPARE(MeetingDocumentData::pageText(2, 5), QStringLiteral("Halaman 2 dari 5"));
        QVERIFY(data.documents().contains(DocumentKind::PapanPengumuman));
        QVERIFY(!data.documents().contains(DocumentKind::Sptjm));
    }
};

QTEST_GUILESS_MAIN(TestDocumentTemplate)
#include "tst_DocumentTemplate.moc"
