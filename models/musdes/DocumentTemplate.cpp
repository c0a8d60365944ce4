// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/musdes/DocumentTemplate.h"

#include <QFile>

#include <algorithm>

namespace verdes {

namespace {

struct KindInfo
{
    DocumentKind kind;
    const char16_t *code;
};

constexpr KindInfo kKinds[] = {
    {DocumentKind::BeritaAcara, u"berita-acara"},
    {DocumentKind::DaftarHadir, u"daftar-hadir"},
    {DocumentKind::LembarHadir, u"lembar-hadir"},
    {DocumentKind::Bnba, u"bnba"},
    {DocumentKind::Ditolak, u"ditolak"},
    {DocumentKind::Ditunda, u"ditunda"},
    {DocumentKind::PapanPengumuman, u"papan-pengumuman"},
    {DocumentKind::Sptjm, u"sptjm"},
};

// The line (1-based) of `offset` in `text`.
int lineOf(const QString &text, qsizetype offset)
{
    return static_cast<int>(QStringView(text).left(offset).count(u'\n')) + 1;
}

} // namespace

QString documentKindCode(DocumentKind kind)
{
    for (const KindInfo &info : kKinds) {
        if (info.kind == kind) {
            return QString::fromUtf16(info.code);
        }
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<DocumentKind> documentKindFromCode(QStringView code)
{
    for (const KindInfo &info : kKinds) {
        if (code == QStringView(info.code)) {
            return info.kind;
        }
    }
    return std::nullopt;
}

QList<DocumentKind> allDocumentKinds()
{
    QList<DocumentKind> kinds;
    for (const KindInfo &info : kKinds) {
        kinds.append(info.kind);
    }
    return kinds;
}

const QList<DocumentTemplate::Placeholder> &DocumentTemplate::placeholders()
{
    static const QList<Placeholder> list = {
        {QStringLiteral("nomor"), tr("The meeting's number (001/MUSDES/XII/2026)")},
        {QStringLiteral("jenis"), tr("The kind of meeting in words (Musyawarah Desa)")},
        {QStringLiteral("jenis_singkat"), tr("The kind of meeting, short (MUSDES)")},
        {QStringLiteral("hari"), tr("The day of the week of the meeting (Jumat)")},
        {QStringLiteral("tanggal"), tr("The meeting's date (4 Desember 2026)")},
        {QStringLiteral("jam"), tr("The time the meeting began (09.00), empty when not set")},
        {QStringLiteral("tempat"), tr("Where the meeting was held")},
        {QStringLiteral("ketua"), tr("The chair of the meeting")},
        {QStringLiteral("notulis"), tr("The minute-taker")},
        {QStringLiteral("kepala_desa"), tr("The kepala desa or lurah, from the attendance list")},
        {QStringLiteral("catatan"), tr("The meeting's notes")},
        {QStringLiteral("sebutan_desa"), tr("\"Desa\" or \"Kelurahan\"")},
        {QStringLiteral("jabatan_kepala"), tr("\"Kepala Desa\" or \"Lurah\"")},
        {QStringLiteral("desa"), tr("The village's name")},
        {QStringLiteral("kode_desa"), tr("The village's code (33.10.04.2999)")},
        {QStringLiteral("kecamatan"), tr("The kecamatan's name")},
        {QStringLiteral("kabupaten"), tr("The kabupaten or kota, as its name is written (Kabupaten Klaten)")},
        {QStringLiteral("provinsi"), tr("The province's name")},
        {QStringLiteral("triwulan"), tr("The quarter of the meeting's date (IV)")},
        {QStringLiteral("tahun"), tr("The year of the meeting's date")},
        {QStringLiteral("jumlah_hadir"), tr("How many attended")},
        {QStringLiteral("daftar_hadir"), tr("The attendance list as a table")},
        {QStringLiteral("lembar_hadir"), tr("An empty attendance table, numbered rows for signing on paper")},
        {QStringLiteral("jumlah_usulan"), tr("How many items were on the agenda")},
        {QStringLiteral("jumlah_disetujui"),
         tr("How many items were agreed (with households proposed for removal)")},
        {QStringLiteral("jumlah_ditolak"), tr("How many items were rejected")},
        {QStringLiteral("jumlah_ditunda"), tr("How many items were deferred")},
        {QStringLiteral("jumlah_dipertahankan"), tr("How many flagged households the meeting kept")},
        {QStringLiteral("keputusan"), tr("The decisions as a numbered list that cites the attachments")},
        {QStringLiteral("tabel_bnba"), tr("The agreed items by name and address, with NIK and KK")},
        {QStringLiteral("tabel_ditolak"), tr("The rejected items as a table")},
        {QStringLiteral("tabel_ditunda"), tr("The deferred items as a table")},
        {QStringLiteral("tabel_pengumuman"), tr("The agreed items with name, RT/RW and type only")},
        {QStringLiteral("segel"), tr("The seal's short hash, or BELUM DISEGEL")},
        {QStringLiteral("tanggal_cetak"), tr("The date the document was made")},
    };
    return list;
}

bool DocumentTemplate::isKnownPlaceholder(QStringView name)
{
    const auto &list = placeholders();
    return std::any_of(list.cbegin(), list.cend(), [name](const Placeholder &p) {
        return p.name == name;
    });
}

QString DocumentTemplate::title(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::BeritaAcara:
        return tr("Minutes (berita acara)");
    case DocumentKind::DaftarHadir:
        return tr("Attendance list");
    case DocumentKind::LembarHadir:
        return tr("Empty attendance sheet");
    case DocumentKind::Bnba:
        return tr("Agreed items by name and address (BNBA)");
    case DocumentKind::Ditolak:
        return tr("Rejected items");
    case DocumentKind::Ditunda:
        return tr("Deferred items");
    case DocumentKind::PapanPengumuman:
        return tr("Notice-board copy");
    case DocumentKind::Sptjm:
        return tr("Statement of responsibility (SPTJM)");
    }
    Q_UNREACHABLE();
    return {};
}

Result<DocumentTemplate> DocumentTemplate::parse(DocumentKind kind, const QString &html)
{
    DocumentTemplate parsed;
    parsed.m_kind = kind;
    qsizetype from = 0;
    while (from < html.size()) {
        const qsizetype open = html.indexOf(u"{{", from);
        if (open < 0) {
            parsed.m_parts.append({html.mid(from), false});
            break;
        }
        const qsizetype close = html.indexOf(u"}}", open + 2);
        // A placeholder sits on one line; "{{" with no "}}" before the next "{{" or line end is broken.
        const qsizetype nextOpen = html.indexOf(u"{{", open + 2);
        const qsizetype lineEnd = html.indexOf(u'\n', open);
        if (close < 0 || (nextOpen >= 0 && nextOpen < close) || (lineEnd >= 0 && lineEnd < close)) {
            return Error(ErrorCode::DocumentTemplateMalformed,
                         {title(kind), QString::number(lineOf(html, open))},
                         QStringLiteral("unclosed placeholder"));
        }
        if (open > from) {
            parsed.m_parts.append({html.mid(from, open - from), false});
        }
        const QString name = html.mid(open + 2, close - open - 2).trimmed();
        if (!isKnownPlaceholder(name)) {
            return Error(ErrorCode::DocumentPlaceholderUnknown,
                         {html.mid(open, close + 2 - open), title(kind), QString::number(lineOf(html, open))},
                         QStringLiteral("unknown placeholder"));
        }
        parsed.m_parts.append({name, true});
        from = close + 2;
    }
    return parsed;
}

QString DocumentTemplate::defaultBody(DocumentKind kind)
{
    QFile file(QStringLiteral(":/templates/%1.html").arg(documentKindCode(kind)));
    if (!file.open(QIODevice::ReadOnly)) {
        Q_ASSERT_X(false, "DocumentTemplate", "a default template is missing from the resources");
        return {};
    }
    return QString::fromUtf8(file.readAll());
}

QString DocumentTemplate::render(const QHash<QString, QString> &values) const
{
    QString out;
    for (const Part &part : m_parts) {
        out += part.placeholder ? values.value(part.text) : part.text;
    }
    return out;
}

QStringList DocumentTemplate::used() const
{
    QStringList names;
    for (const Part &part : m_parts) {
        if (part.placeholder && !names.contains(part.text)) {
            names.append(part.text);
        }
    }
    return names;
}

} // namespace verdes
