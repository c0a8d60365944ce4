// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/musdes/MeetingDocumentData.h"

#include "models/core/DocumentLanguage.h"
#include "models/domain/RegionTable.h"

#include <QLocale>

namespace verdes {

namespace {

// The documents are official letters in Indonesian whatever the interface language, like their
// templates (resources/templates); so are the words this file puts into them.
const QLocale &indonesian()
{
    static const QLocale locale(QLocale::Indonesian, QLocale::Indonesia);
    return locale;
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString escLines(const QString &text)
{
    return esc(text).replace(u'\n', QStringLiteral("<br/>"));
}

bool isKelurahan(const QString &villageCode)
{
    return villageCode.size() >= 7 && villageCode.at(6) == u'1';
}

QString regionName(const QString &code)
{
    const RegionTable::Region *region = RegionTable::instance().find(code);
    return region == nullptr ? QString() : region->name;
}

// The village's own name without "Desa " or "Kelurahan " in front.
QString bareVillageName(const QString &name)
{
    for (const QString &prefix : {QStringLiteral("Desa "), QStringLiteral("Kelurahan ")}) {
        if (name.startsWith(prefix, Qt::CaseInsensitive)) {
            return name.mid(prefix.size()).trimmed();
        }
    }
    return name.trimmed();
}

QString roman(int value)
{
    static const char *const numerals[] = {
        "", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};
    return value >= 1 && value <= 12 ? QString::fromLatin1(numerals[value]) : QString::number(value);
}

QString kindWords(MeetingKind kind, bool kelurahan)
{
    switch (kind) {
    case MeetingKind::Musdes:
        return kelurahan ? QStringLiteral("Musyawarah Kelurahan") : QStringLiteral("Musyawarah Desa");
    case MeetingKind::Musdesus:
        return QStringLiteral("Musyawarah Desa Khusus");
    case MeetingKind::Muskel:
        return QStringLiteral("Musyawarah Kelurahan");
    case MeetingKind::Sptjm:
        return QStringLiteral("Surat Pernyataan Tanggung Jawab Mutlak");
    }
    return {};
}

QString kindShortCode(MeetingKind kind)
{
    switch (kind) {
    case MeetingKind::Musdes:
        return QStringLiteral("MUSDES");
    case MeetingKind::Musdesus:
        return QStringLiteral("MUSDESUS");
    case MeetingKind::Muskel:
        return QStringLiteral("MUSKEL");
    case MeetingKind::Sptjm:
        return QStringLiteral("SPTJM");
    }
    return {};
}

// The tables' text is smaller than the letter's; Qt applies a font size reliably on a span.
QString small(const QString &html, int points)
{
    return QStringLiteral("<span style=\"font-size: %1pt;\">").arg(points) + html + QStringLiteral("</span>");
}

QString tableStart(const QStringList &headers, const QList<int> &widths, int points)
{
    QString html =
        QStringLiteral("<table class=\"grid\" width=\"100%\" border=\"1\" cellspacing=\"0\" "
                       "cellpadding=\"3\" style=\"border-collapse: collapse; border-color: #000;\">"
                       "<thead><tr>");
    for (qsizetype i = 0; i < headers.size(); ++i) {
        html += QStringLiteral("<th width=\"%1%\" bgcolor=\"#e8e8e8\">%2</th>")
                    .arg(widths.value(i, 10))
                    .arg(small(esc(headers.at(i)), points));
    }
    return html + QStringLiteral("</tr></thead><tbody>");
}

QString row(const QStringList &cells, int points, const QList<int> &centred = {})
{
    QString html = QStringLiteral("<tr>");
    for (qsizetype i = 0; i < cells.size(); ++i) {
        html += centred.contains(static_cast<int>(i)) ? QStringLiteral("<td align=\"center\">")
                                                      : QStringLiteral("<td>");
        html += small(escLines(cells.at(i)), points) + QStringLiteral("</td>");
    }
    return html + QStringLiteral("</tr>");
}

QString emptyRow(int columns, const QString &text)
{
    return QStringLiteral("<tr><td colspan=\"%1\" align=\"center\"><i>%2</i></td></tr>")
        .arg(columns)
        .arg(esc(text));
}

QString bnbaTable(const QList<BnbaLine> &lines, bool withIdentifiers)
{
    QString html;
    // The BNBA's nine columns across the page in small type; the notice board's four larger.
    const int points = withIdentifiers ? 8 : 10;
    if (withIdentifiers) {
        html = tableStart({QStringLiteral("No."),
                           QStringLiteral("Nama"),
                           QStringLiteral("NIK"),
                           QStringLiteral("No. KK"),
                           QStringLiteral("Alamat"),
                           QStringLiteral("RT/RW"),
                           QStringLiteral("Jenis usulan"),
                           QStringLiteral("Alasan"),
                           QStringLiteral("Keputusan")},
                          {4, 14, 12, 12, 12, 7, 11, 16, 12},
                          points);
    } else {
        html = tableStart({QStringLiteral("No."),
                           QStringLiteral("Nama"),
                           QStringLiteral("RT/RW"),
                           QStringLiteral("Jenis usulan")},
                          {6, 44, 14, 36},
                          points);
    }
    for (const BnbaLine &line : lines) {
        if (withIdentifiers) {
            html += row({QString::number(line.number),
                         line.name,
                         line.nik,
                         line.kk,
                         line.address,
                         line.rtRw,
                         line.typeLabel,
                         line.reason,
                         line.decisionText},
                        points,
                        {0, 5});
        } else {
            html += row({QString::number(line.number), line.name, line.rtRw, line.typeLabel}, points, {0, 2});
        }
    }
    if (lines.isEmpty()) {
        html += emptyRow(withIdentifiers ? 9 : 4, QStringLiteral("Tidak ada"));
    }
    return html + QStringLiteral("</tbody></table>");
}

QString attendanceTable(const QList<Attendee> &attendees)
{
    QString html = tableStart({QStringLiteral("No."),
                               QStringLiteral("Nama"),
                               QStringLiteral("Unsur"),
                               QStringLiteral("RT/RW"),
                               QStringLiteral("Tanda tangan")},
                              {6, 34, 26, 12, 22},
                              10);
    int number = 0;
    for (const Attendee &attendee : attendees) {
        ++number;
        const QString signature = attendee.signedOnPaper ? QStringLiteral("(di lembar kertas)") : QString();
        html += row({QString::number(number),
                     attendee.name,
                     MeetingText::roleLabel(attendee.role),
                     attendee.rtRw,
                     signature},
                    10,
                    {0, 3});
    }
    if (attendees.isEmpty()) {
        html += emptyRow(5, QStringLiteral("Belum ada yang dicatat hadir"));
    }
    return html + QStringLiteral("</tbody></table>");
}

QString emptyAttendanceTable(int rows)
{
    QString html = tableStart({QStringLiteral("No."),
                               QStringLiteral("Nama"),
                               QStringLiteral("Unsur / jabatan"),
                               QStringLiteral("RT/RW"),
                               QStringLiteral("Tanda tangan")},
                              {6, 34, 24, 12, 24},
                              10);
    for (int i = 1; i <= rows; ++i) {
        // Two lines high, for a signature. The signature column alternates left and right, as
        // paper lists do, so that signatures of neighbouring rows do not overlap.
        html += QStringLiteral("<tr><td align=\"center\">%1<br/>&nbsp;</td><td></td><td></td><td></td>"
                               "<td valign=\"top\"%2>%1.</td></tr>")
                    .arg(i)
                    .arg(i % 2 == 0 ? QStringLiteral(" align=\"center\"") : QString());
    }
    return html + QStringLiteral("</tbody></table>");
}

int countDecision(const QList<AgendaItem> &agenda, Decision decision)
{
    return static_cast<int>(std::count_if(agenda.cbegin(), agenda.cend(), [decision](const AgendaItem &item) {
        return item.decision == decision;
    }));
}

QString numberWithWords(qint64 n)
{
    return QStringLiteral("%1 (%2)").arg(n).arg(MeetingDocumentValues::inWords(n));
}

QString decisionsList(const MeetingDocumentData &data)
{
    const int agreed = countDecision(data.agenda, Decision::Agreed);
    const int rejected = countDecision(data.agenda, Decision::Rejected);
    const int deferred = countDecision(data.agenda, Decision::Deferred);
    const int kept = countDecision(data.agenda, Decision::Keep);
    const int removal = countDecision(data.agenda, Decision::ProposeRemoval);
    const int undecided = countDecision(data.agenda, Decision::None);
    QStringList items;
    if (agreed > 0) {
        items << QStringLiteral("Menyetujui %1 usulan perubahan data DTSEN sebagaimana tercantum dalam "
                                "Lampiran I (daftar by name by address usulan yang disetujui) untuk "
                                "diteruskan ke Dinas Sosial melalui SIKS-NG.")
                     .arg(numberWithWords(agreed));
    }
    if (removal > 0) {
        items << QStringLiteral("Mengusulkan %1 keluarga untuk dikeluarkan dari DTSEN karena tidak lagi "
                                "memenuhi kriteria, sebagaimana tercantum dalam Lampiran I.")
                     .arg(numberWithWords(removal));
    }
    if (kept > 0) {
        items << QStringLiteral("Mempertahankan %1 keluarga yang diberi tanda peringatan dalam DTSEN.")
                     .arg(numberWithWords(kept));
    }
    if (rejected > 0) {
        items << QStringLiteral("Menolak %1 usulan sebagaimana tercantum dalam Lampiran II.")
                     .arg(numberWithWords(rejected));
    }
    if (deferred > 0) {
        items << QStringLiteral(
                     "Menunda %1 usulan untuk dibahas kembali pada musyawarah berikutnya, sebagaimana "
                     "tercantum dalam Lampiran III.")
                     .arg(numberWithWords(deferred));
    }
    if (undecided > 0) {
        items << QStringLiteral("%1 usulan belum diputuskan.").arg(numberWithWords(undecided));
    }
    if (items.isEmpty()) {
        items << QStringLiteral("Tidak ada usulan yang dibahas.");
    }
    QString html = QStringLiteral("<ol>");
    for (const QString &item : std::as_const(items)) {
        html += QStringLiteral("<li>") + esc(item) + QStringLiteral("</li>");
    }
    return html + QStringLiteral("</ol>");
}

// Who signs as kepala desa (or lurah): the one on the attendance list. An SPTJM has no attendance:
// only the kepala desa may seal it, so the seal names them; before it, its chair field does.
QString kepalaDesa(const MeetingDocumentData &data)
{
    for (const Attendee &attendee : data.attendees) {
        if (attendee.role == AttendeeRole::KepalaDesa) {
            return attendee.name;
        }
    }
    if (data.meeting.kind == MeetingKind::Sptjm) {
        return data.meeting.seal ? data.meeting.seal->sealedByName : data.meeting.chair;
    }
    return {};
}

// A line to sign on when a name is not known.
QString nameOrLine(const QString &name)
{
    return name.trimmed().isEmpty() ? QStringLiteral("( ................................ )") : esc(name);
}

} // namespace

Result<MeetingDocumentData> MeetingDocumentData::gather(MeetingRepository &meetings,
                                                        qint64 meetingId,
                                                        const QString &villageCode,
                                                        const QString &villageName,
                                                        const QDate &today)
{
    // The lists' labels (type of proposal, decision) are Indonesian whatever the interface's.
    const DocumentLanguage::Indonesian indonesian;
    MeetingDocumentData data;
    VERDES_TRY_ASSIGN(meeting, meetings.get(meetingId));
    if (!meeting) {
        return Error(
            ErrorCode::UsageError, {QStringLiteral("%1").arg(meetingId)}, QStringLiteral("no such meeting"));
    }
    data.meeting = *meeting;
    VERDES_TRY_ASSIGN(attendees, meetings.attendees(meetingId));
    VERDES_TRY_ASSIGN(agenda, meetings.agenda(meetingId));
    VERDES_TRY_ASSIGN(agreed, meetings.bnba(meetingId, {Decision::Agreed, Decision::ProposeRemoval}));
    VERDES_TRY_ASSIGN(rejected, meetings.bnba(meetingId, {Decision::Rejected}));
    VERDES_TRY_ASSIGN(deferred, meetings.bnba(meetingId, {Decision::Deferred}));
    data.attendees = std::move(attendees);
    data.agenda = std::move(agenda);
    data.agreed = std::move(agreed);
    data.rejected = std::move(rejected);
    data.deferred = std::move(deferred);
    data.villageCode = villageCode;
    data.villageName = villageName;
    data.madeOn = today;
    for (const DocumentKind kind : allDocumentKinds()) {
        VERDES_TRY_ASSIGN(body, DocumentTemplate::effectiveBody(meetings, kind));
        data.templates.insert(kind, body);
    }
    return data;
}

// DocumentTemplate's functions that read and write the vault live here, beside the other reads
// of the meeting's documents, so that the template parser itself needs no repository.
Result<QString> DocumentTemplate::effectiveBody(MeetingRepository &meetings, DocumentKind kind)
{
    VERDES_TRY_ASSIGN(stored, meetings.storedTemplate(documentKindCode(kind)));
    if (stored && !stored->trimmed().isEmpty()) {
        return *stored;
    }
    return defaultBody(kind);
}

Result<void> DocumentTemplate::store(MeetingRepository &meetings,
                                     const Actor &actor,
                                     DocumentKind kind,
                                     const QString &body)
{
    if (!body.trimmed().isEmpty()) {
        VERDES_TRY(parse(kind, body));
    }
    // The default itself is not stored: a later version's default then reaches this vault too.
    const bool isDefault = body.trimmed().isEmpty() || body == defaultBody(kind);
    return meetings.storeTemplate(actor, documentKindCode(kind), isDefault ? QString() : body);
}

QList<DocumentKind> MeetingDocumentData::documents() const
{
    if (meeting.kind == MeetingKind::Sptjm) {
        return {DocumentKind::Sptjm, DocumentKind::Bnba};
    }
    return {DocumentKind::BeritaAcara,
            DocumentKind::DaftarHadir,
            DocumentKind::LembarHadir,
            DocumentKind::Bnba,
            DocumentKind::Ditolak,
            DocumentKind::Ditunda,
            DocumentKind::PapanPengumuman};
}

QString MeetingDocumentData::fileName(DocumentKind kind, const QString &extension) const
{
    QString number = meeting.number;
    // Only letters, digits and dashes: the number's slashes become dashes.
    for (QChar &c : number) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128)) {
            c = u'-';
        }
    }
    if (number.isEmpty()) {
        number = QString::number(meeting.id);
    }
    return documentKindCode(kind) + u'-' + number + u'.' + extension;
}

QString MeetingDocumentData::footerText() const
{
    if (!meeting.seal) {
        return QStringLiteral("BELUM DISEGEL (draf)");
    }
    const MeetingSeal &seal = *meeting.seal;
    return QStringLiteral("Segel %1 · jejak audit no. %2 (%3)")
        .arg(seal.shortHash())
        .arg(seal.auditSeq)
        .arg(QString::fromLatin1(seal.auditHash.toHex().left(8)));
}

QString MeetingDocumentData::pageText(int page, int pages)
{
    return QStringLiteral("Halaman %1 dari %2").arg(page).arg(pages);
}

QString MeetingDocumentValues::inWords(qint64 number)
{
    static const char *const ones[] = {"nol",
                                       "satu",
                                       "dua",
                                       "tiga",
                                       "empat",
                                       "lima",
                                       "enam",
                                       "tujuh",
                                       "delapan",
                                       "sembilan",
                                       "sepuluh",
                                       "sebelas"};
    if (number < 0) {
        return QStringLiteral("minus ") + inWords(-number);
    }
    if (number < 12) {
        return QString::fromLatin1(ones[number]);
    }
    if (number < 20) {
        return inWords(number - 10) + QStringLiteral(" belas");
    }
    const auto join = [](const QString &head, qint64 rest) {
        return rest == 0 ? head : head + u' ' + inWords(rest);
    };
    if (number < 100) {
        return join(inWords(number / 10) + QStringLiteral(" puluh"), number % 10);
    }
    if (number < 200) {
        return join(QStringLiteral("seratus"), number - 100);
    }
    if (number < 1000) {
        return join(inWords(number / 100) + QStringLiteral(" ratus"), number % 100);
    }
    if (number < 2000) {
        return join(QStringLiteral("seribu"), number - 1000);
    }
    if (number < 1000000) {
        return join(inWords(number / 1000) + QStringLiteral(" ribu"), number % 1000);
    }
    return join(inWords(number / 1000000) + QStringLiteral(" juta"), number % 1000000);
}

QString MeetingDocumentValues::dateText(const QDate &date)
{
    return date.isValid() ? indonesian().toString(date, QStringLiteral("d MMMM yyyy")) : QString();
}

QString MeetingDocumentValues::dayText(const QDate &date)
{
    return date.isValid() ? indonesian().toString(date, QStringLiteral("dddd")) : QString();
}

QHash<QString, QString> MeetingDocumentValues::build(const MeetingDocumentData &data)
{
    const DocumentLanguage::Indonesian indonesian; // the attendees' roles
    const Meeting &m = data.meeting;
    const bool kelurahan = isKelurahan(data.villageCode);
    QHash<QString, QString> v;
    v.insert(QStringLiteral("nomor"), esc(m.number));
    v.insert(QStringLiteral("jenis"), esc(kindWords(m.kind, kelurahan)));
    v.insert(QStringLiteral("jenis_singkat"), esc(kindShortCode(m.kind)));
    v.insert(QStringLiteral("hari"), esc(dayText(m.date)));
    v.insert(QStringLiteral("tanggal"), esc(dateText(m.date)));
    v.insert(QStringLiteral("jam"), m.time.isValid() ? m.time.toString(QStringLiteral("HH.mm")) : QString());
    v.insert(QStringLiteral("tempat"), esc(m.place));
    v.insert(QStringLiteral("ketua"), nameOrLine(m.chair));
    v.insert(QStringLiteral("notulis"), nameOrLine(m.minuteTaker));
    v.insert(QStringLiteral("kepala_desa"), nameOrLine(kepalaDesa(data)));
    v.insert(QStringLiteral("catatan"), escLines(m.notes));
    v.insert(QStringLiteral("sebutan_desa"),
             kelurahan ? QStringLiteral("Kelurahan") : QStringLiteral("Desa"));
    v.insert(QStringLiteral("jabatan_kepala"),
             kelurahan ? QStringLiteral("Lurah") : QStringLiteral("Kepala Desa"));
    v.insert(QStringLiteral("desa"), esc(bareVillageName(data.villageName)));
    v.insert(QStringLiteral("kode_desa"), esc(RegionTable::dotted(data.villageCode)));
    v.insert(QStringLiteral("kecamatan"), esc(regionName(data.villageCode.left(6))));
    v.insert(QStringLiteral("kabupaten"), esc(regionName(data.villageCode.left(4))));
    v.insert(QStringLiteral("provinsi"), esc(regionName(data.villageCode.left(2))));
    v.insert(QStringLiteral("triwulan"), m.date.isValid() ? roman((m.date.month() - 1) / 3 + 1) : QString());
    v.insert(QStringLiteral("tahun"), m.date.isValid() ? QString::number(m.date.year()) : QString());
    v.insert(QStringLiteral("jumlah_hadir"), numberWithWords(data.attendees.size()));
    v.insert(QStringLiteral("daftar_hadir"), attendanceTable(data.attendees));
    v.insert(QStringLiteral("lembar_hadir"),
             emptyAttendanceTable(std::max(30, static_cast<int>(data.attendees.size()) + 10)));
    v.insert(QStringLiteral("jumlah_usulan"), numberWithWords(data.agenda.size()));
    v.insert(QStringLiteral("jumlah_disetujui"), numberWithWords(data.agreed.size()));
    v.insert(QStringLiteral("jumlah_ditolak"),
             numberWithWords(countDecision(data.agenda, Decision::Rejected)));
    v.insert(QStringLiteral("jumlah_ditunda"),
             numberWithWords(countDecision(data.agenda, Decision::Deferred)));
    v.insert(QStringLiteral("jumlah_dipertahankan"),
             numberWithWords(countDecision(data.agenda, Decision::Keep)));
    v.insert(QStringLiteral("keputusan"), decisionsList(data));
    v.insert(QStringLiteral("tabel_bnba"), bnbaTable(data.agreed, true));
    v.insert(QStringLiteral("tabel_ditolak"), bnbaTable(data.rejected, true));
    v.insert(QStringLiteral("tabel_ditunda"), bnbaTable(data.deferred, true));
    v.insert(QStringLiteral("tabel_pengumuman"), bnbaTable(data.agreed, false));
    v.insert(QStringLiteral("segel"), m.seal ? esc(m.seal->shortHash()) : QStringLiteral("BELUM DISEGEL"));
    v.insert(QStringLiteral("tanggal_cetak"), esc(dateText(data.madeOn)));
    return v;
}

Result<QString> MeetingDocumentValues::html(const MeetingDocumentData &data, DocumentKind kind)
{
    return html(data, kind, build(data));
}

Result<QString> MeetingDocumentValues::html(const MeetingDocumentData &data,
                                            DocumentKind kind,
                                            const QHash<QString, QString> &values)
{
    const QString body =
        data.templates.contains(kind) ? data.templates.value(kind) : DocumentTemplate::defaultBody(kind);
    VERDES_TRY_ASSIGN(parsed, DocumentTemplate::parse(kind, body));
    return parsed.render(values);
}

QList<QStringList> MeetingDocumentValues::bnbaRows(const QList<BnbaLine> &lines)
{
    QList<QStringList> rows;
    rows.reserve(lines.size() + 1);
    rows.append({QStringLiteral("No."),
                 QStringLiteral("Nama"),
                 QStringLiteral("NIK"),
                 QStringLiteral("No. KK"),
                 QStringLiteral("Alamat"),
                 QStringLiteral("RT/RW"),
                 QStringLiteral("Jenis usulan"),
                 QStringLiteral("Alasan"),
                 QStringLiteral("Keputusan")});
    for (const BnbaLine &line : lines) {
        rows.append({QString::number(line.number),
                     line.name,
                     line.nik,
                     line.kk,
                     line.address,
                     line.rtRw,
                     line.typeLabel,
                     line.reason,
                     line.decisionText});
    }
    return rows;
}

QString MeetingDocumentValues::plainText(const MeetingDocumentData &data)
{
    const DocumentLanguage::Indonesian indonesian;
    QString text;
    text += QStringLiteral("BERITA ACARA %1\nNomor: %2\n\n")
                .arg(kindWords(data.meeting.kind, false).toUpper(), data.meeting.number);
    text += QStringLiteral("Pada hari ini %1 tanggal %2 bertempat di %3 telah dilaksanakan %4.\n\n")
                .arg(dayText(data.meeting.date),
                     dateText(data.meeting.date),
                     data.meeting.place,
                     kindWords(data.meeting.kind, false));
    int n = 0;
    for (const Attendee &attendee : data.attendees) {
        text += QStringLiteral("%1. %2\t%3\t%4\n")
                    .arg(++n)
                    .arg(attendee.name, MeetingText::roleLabel(attendee.role), attendee.rtRw);
    }
    text += u'\n';
    for (const QStringList &cells : bnbaRows(data.agreed)) {
        text += cells.join(u'\t') + u'\n';
    }
    text += u'\n' + data.footerText() + u'\n';
    return text;
}

} // namespace verdes
