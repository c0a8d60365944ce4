// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/demo/DemoMeeting.h"

#include "models/core/Clock.h"
#include "models/musdes/MeetingRepository.h"
#include "models/proposals/ProposalRepository.h"
#include "models/quality/QualityCheck.h"
#include "models/quality/QualityFlagRepository.h"

#include <QtEndian>

#include <array>

namespace verdes {

namespace {

quint32 crc32(const QByteArray &bytes)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k) {
                c = (c & 1U) != 0 ? 0xEDB88320U ^ (c >> 1U) : c >> 1U;
            }
            t.at(n) = c;
        }
        return t;
    }();
    quint32 c = 0xFFFFFFFFU;
    for (const char byte : bytes) {
        c = table.at((c ^ static_cast<quint8>(byte)) & 0xFFU) ^ (c >> 8U);
    }
    return c ^ 0xFFFFFFFFU;
}

void appendChunk(QByteArray &png, const char *type, const QByteArray &data)
{
    QByteArray length(4, '\0');
    qToBigEndian(static_cast<quint32>(data.size()), length.data());
    const QByteArray body = QByteArray(type, 4) + data;
    QByteArray crc(4, '\0');
    qToBigEndian(crc32(body), crc.data());
    png += length + body + crc;
}

struct Rgb
{
    quint8 r;
    quint8 g;
    quint8 b;
};

} // namespace

QByteArray DemoMeeting::housePhoto(quint64 seed)
{
    constexpr int kWidth = 320;
    constexpr int kHeight = 220;
    static const std::array<Rgb, 4> walls{
        {{196, 164, 120}, {220, 220, 200}, {170, 190, 160}, {210, 180, 150}}};
    static const std::array<Rgb, 3> roofs{{{150, 60, 40}, {90, 90, 100}, {120, 80, 50}}};
    const Rgb wall = walls.at(seed % walls.size());
    const Rgb roof = roofs.at((seed / 4) % roofs.size());
    const Rgb sky{150, 200, 235};
    const Rgb ground{110, 150, 80};
    const Rgb door{90, 60, 40};
    const Rgb window{60, 80, 110};
    QByteArray raw;
    raw.reserve((kWidth * 3 + 1) * kHeight);
    for (int y = 0; y < kHeight; ++y) {
        raw.append('\0'); // filter: none
        for (int x = 0; x < kWidth; ++x) {
            Rgb c = y > 180 ? ground : sky;
            const bool inWall = x >= 70 && x < 250 && y >= 100 && y <= 180;
            const int roofHalf = (y - 40) * 110 / 60; // a triangle from y 40 to 100
            const bool inRoof = y >= 40 && y < 100 && x >= 160 - roofHalf && x < 160 + roofHalf;
            if (inRoof) {
                c = roof;
            } else if (inWall) {
                c = wall;
                if (x >= 145 && x < 175 && y >= 125) {
                    c = door;
                } else if ((x >= 90 && x < 125 && y >= 120 && y < 150)
                           || (x >= 195 && x < 230 && y >= 120 && y < 150)) {
                    c = window;
                }
            }
            raw.append(static_cast<char>(c.r));
            raw.append(static_cast<char>(c.g));
            raw.append(static_cast<char>(c.b));
        }
    }
    QByteArray png = QByteArrayLiteral("\x89PNG\r\n\x1a\n");
    QByteArray header(13, '\0');
    qToBigEndian(static_cast<quint32>(kWidth), header.data());
    qToBigEndian(static_cast<quint32>(kHeight), header.data() + 4);
    header[8] = 8; // bit depth
    header[9] = 2; // colour type: RGB
    appendChunk(png, "IHDR", header);
    // qCompress writes a 4-byte length, then the zlib stream PNG wants.
    appendChunk(png, "IDAT", qCompress(raw, 9).mid(4));
    appendChunk(png, "IEND", {});
    return png;
}

QByteArray DemoMeeting::letter(const QString &title, const QString &body)
{
    // PDF strings: only printable ASCII, with ( ) \ escaped.
    const auto pdfText = [](const QString &text) {
        QByteArray out;
        for (const QChar c : text) {
            const char16_t u = c.unicode();
            if (u == u'(' || u == u')' || u == u'\\') {
                out.append('\\');
            }
            out.append(u >= 0x20 && u < 0x7F ? static_cast<char>(u) : '?');
        }
        return out;
    };
    const QByteArray stream = "BT /F1 18 Tf 72 760 Td (" + pdfText(title)
                              + ") Tj ET\nBT /F1 12 Tf 72 720 Td (" + pdfText(body) + ") Tj ET\n";
    const QList<QByteArray> objects{
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> "
        "/Contents 4 0 R >>",
        "<< /Length " + QByteArray::number(stream.size()) + " >>\nstream\n" + stream + "endstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    };
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype offset : std::as_const(offsets)) {
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    }
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n"
           + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

Result<qint64> DemoMeeting::prepare(Database &db, const Actor &actor, QDate today, quint64 seed)
{
    QualityFlagRepository flags(db);
    ProposalRepository proposals(db);
    MeetingRepository meetings(db);
    VERDES_TRY_ASSIGN(deceased, flags.open(qualityCheckCode(QualityCheck::DeceasedMember)));
    VERDES_TRY_ASSIGN(away, flags.open(qualityCheckCode(QualityCheck::MemberAway)));
    VERDES_TRY_ASSIGN(assets, flags.open(qualityCheckCode(QualityCheck::Assets)));

    struct Planned
    {
        QualityFlag flag;
        ProposalType type;
    };

    QList<Planned> planned;
    for (const QualityFlag &flag : std::as_const(deceased)) {
        if (planned.size() >= 5) {
            break;
        }
        planned.append({flag, ProposalType::MemberDeceased});
    }
    qsizetype moved = 0;
    for (const QualityFlag &flag : std::as_const(away)) {
        if (moved >= 4) {
            break;
        }
        if (flag.suggestion().proposalType == proposalTypeCode(ProposalType::MemberMoved)) {
            planned.append({flag, ProposalType::MemberMoved});
            ++moved;
        }
    }
    quint64 photo = seed;
    for (const Planned &plan : std::as_const(planned)) {
        Proposal p;
        p.type = plan.type;
        p.channel = Channel::RtRw;
        p.householdId = plan.flag.householdId;
        p.personIds = {plan.flag.personId};
        p.details.eventDate = today.addDays(-static_cast<qint64>(20 + (photo % 60)));
        QList<NewEvidence> evidence;
        if (plan.type == ProposalType::MemberDeceased) {
            p.reason = tr("Died; reported by the head of the RT");
            evidence.append({EvidenceKind::Statement,
                             QStringLiteral("surat-keterangan-kematian.pdf"),
                             letter(QStringLiteral("Surat Keterangan Kematian (DEMO)"),
                                    QStringLiteral("Contoh surat untuk desa demo."))});
        } else {
            p.reason = tr("Moved out of the village with their own family");
            evidence.append({EvidenceKind::MoveLetter,
                             QStringLiteral("surat-pindah.pdf"),
                             letter(QStringLiteral("Surat Keterangan Pindah (DEMO)"),
                                    QStringLiteral("Contoh surat untuk desa demo."))});
        }
        evidence.append({EvidenceKind::HousePhotos, QStringLiteral("rumah-depan.png"), housePhoto(photo++)});
        VERDES_TRY_ASSIGN(created, proposals.create(actor, p, evidence));
        VERDES_TRY(proposals.transition(actor, created.id, ProposalState::Ready, created.revision));
    }

    MeetingDraft draft;
    draft.date = today.addDays(5);
    draft.time = QTime(9, 0);
    draft.place = tr("Village hall");
    draft.chair = tr("Head of the BPD (demo)");
    draft.minuteTaker = tr("Village secretary (demo)");
    draft.notes = tr("Prepared with the demo village: run it from the Musdes page.");
    VERDES_TRY_ASSIGN(meeting, meetings.create(actor, draft));

    struct Person
    {
        const char *name;
        AttendeeRole role;
        const char *rtRw;
    };

    static const std::array<Person, 10> people{{
        {"Sutrisno", AttendeeRole::KepalaDesa, ""},
        {"Haryanto", AttendeeRole::Bpd, ""},
        {"Sri Wahyuni", AttendeeRole::Bpd, ""},
        {"Bambang Setiawan", AttendeeRole::Perangkat, ""},
        {"Suparmi", AttendeeRole::RtRw, "001/001"},
        {"Joko Santoso", AttendeeRole::RtRw, "002/001"},
        {"Dewi Lestari", AttendeeRole::PendampingPkh, ""},
        {"Ahmad Fauzi", AttendeeRole::Tksk, ""},
        {"Kyai Abdullah", AttendeeRole::Tokoh, ""},
        {"Siti Rahayu", AttendeeRole::Perempuan, "003/002"},
    }};
    for (const Person &person : people) {
        Attendee attendee;
        attendee.name = QString::fromUtf8(person.name);
        attendee.role = person.role;
        attendee.rtRw = QString::fromLatin1(person.rtRw);
        attendee.signedOnPaper = true;
        VERDES_TRY(meetings.addAttendee(actor, meeting.id, attendee));
    }
    VERDES_TRY(meetings.addAllReady(actor, meeting.id));
    if (!assets.isEmpty()) {
        VERDES_TRY(meetings.addHousehold(actor, meeting.id, assets.constFirst().householdId));
    }
    return meeting.id;
}

} // namespace verdes
