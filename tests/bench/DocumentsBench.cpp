// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/bench/DocumentsBench.h"

#include "models/musdes/MeetingDocumentData.h"
#include "tests/bench/BenchReport.h"
#include "ui/musdes/MeetingDocuments.h"

#include <QDir>
#include <QElapsedTimer>
#include <QSaveFile>
#include <QTemporaryDir>

#include <algorithm>

namespace verdes {

namespace {

constexpr int kRepeats = 3;

double medianOf(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0.0 : values.at(values.size() / 2);
}

} // namespace

MeetingDocumentData DocumentsBench::syntheticMeeting(int items)
{
    MeetingDocumentData data;
    data.meeting.id = 1;
    data.meeting.kind = MeetingKind::Musdes;
    data.meeting.number = QStringLiteral("001/MUSDES/XI/2026");
    data.meeting.date = QDate(2026, 11, 20);
    data.meeting.time = QTime(9, 0);
    data.meeting.place = QStringLiteral("Balai Desa");
    data.meeting.chair = QStringLiteral("Ketua BPD Bench");
    data.meeting.minuteTaker = QStringLiteral("Sekretaris Bench");
    MeetingSeal seal;
    seal.sha256 = QByteArray(32, '\x5a');
    seal.auditSeq = 100000;
    seal.auditHash = QByteArray(32, '\x3c');
    data.meeting.seal = seal;
    data.villageCode = QStringLiteral("3310042999");
    data.villageName = QStringLiteral("Desa Bench");
    data.madeOn = QDate(2026, 11, 23);
    const QList<AttendeeRole> roles = {AttendeeRole::KepalaDesa,
                                       AttendeeRole::Perangkat,
                                       AttendeeRole::Bpd,
                                       AttendeeRole::RtRw,
                                       AttendeeRole::Tokoh,
                                       AttendeeRole::Perempuan};
    for (int i = 0; i < 25; ++i) {
        Attendee attendee;
        attendee.id = i + 1;
        attendee.name = QStringLiteral("Peserta Musyawarah %1").arg(i + 1);
        attendee.role = roles.at(i % roles.size());
        attendee.rtRw = QStringLiteral("%1/%2")
                            .arg(i % 9 + 1, 3, 10, QLatin1Char('0'))
                            .arg(i % 4 + 1, 3, 10, QLatin1Char('0'));
        data.attendees.append(attendee);
    }
    for (int i = 1; i <= items; ++i) {
        BnbaLine line;
        line.number = i;
        line.itemId = i;
        line.proposalId = i;
        line.name = QStringLiteral("Nama Warga Yang Cukup Panjang %1").arg(i);
        line.nik = QStringLiteral("331004%1").arg(5107650000LL + i, 10, 10, QLatin1Char('0'));
        line.kk = QStringLiteral("331004%1").arg(101090000LL + i, 10, 10, QLatin1Char('0'));
        line.address = QStringLiteral("Dusun Krajan, Jalan Melati No. %1").arg(i % 90 + 1);
        line.rtRw = QStringLiteral("%1/%2")
                        .arg(i % 9 + 1, 3, 10, QLatin1Char('0'))
                        .arg(i % 4 + 1, 3, 10, QLatin1Char('0'));
        line.typeLabel = QStringLiteral("Meninggal");
        line.reason = QStringLiteral("Meninggal dunia menurut laporan ketua RT, akta kematian terlampir");
        line.decision = Decision::Agreed;
        line.decisionText = QStringLiteral("Disetujui (musyawarah mufakat)");
        data.agreed.append(line);
        AgendaItem item;
        item.id = i;
        item.position = i;
        item.decision = Decision::Agreed;
        data.agenda.append(item);
    }
    return data;
}

Result<void> DocumentsBench::run(BenchReport &report,
                                 const MeetingDocumentData *given,
                                 const std::function<void(const QString &)> &progress)
{
    progress(QStringLiteral("berita acara and BNBA as PDF..."));
    const MeetingDocumentData data = given != nullptr ? *given : syntheticMeeting(kItems);
    QTemporaryDir dir;
    if (!dir.isValid()) {
        return Error(ErrorCode::Internal, {}, QStringLiteral("no temporary folder"));
    }
    QList<double> pdfTimes;
    QList<double> textTimes;
    int pages = 0;
    for (int run = 0; run < kRepeats; ++run) {
        QElapsedTimer timer;
        timer.start();
        const QHash<QString, QString> values = MeetingDocumentValues::build(data);
        pages = 0;
        for (const DocumentKind kind : {DocumentKind::BeritaAcara, DocumentKind::Bnba}) {
            const QString path =
                dir.filePath(QStringLiteral("%1-%2.pdf").arg(documentKindCode(kind)).arg(run));
            VERDES_TRY_ASSIGN(written,
                              ui::MeetingDocuments::writePdf(data, kind, ui::Paper::A4, path, values));
            pages += written;
        }
        pdfTimes << static_cast<double>(timer.nsecsElapsed()) / 1e6;

        // The baseline: the same minutes and BNBA as plain text, written to a file.
        timer.restart();
        QSaveFile text(dir.filePath(QStringLiteral("plain-%1.txt").arg(run)));
        if (!text.open(QIODevice::WriteOnly)) {
            return Error(ErrorCode::FileWriteFailed, {text.fileName()});
        }
        text.write(MeetingDocumentValues::plainText(data).toUtf8());
        if (!text.commit()) {
            return Error(ErrorCode::FileWriteFailed, {text.fileName()});
        }
        textTimes << static_cast<double>(timer.nsecsElapsed()) / 1e6;
    }
    report.add({QStringLiteral("berita acara + BNBA PDF, %1-item meeting").arg(data.agreed.size()),
                medianOf(pdfTimes),
                QStringLiteral("ms"),
                medianOf(textTimes),
                {kTargetMs, std::nullopt},
                QStringLiteral("median of %1; fill the templates, lay out with QTextDocument and write %2 "
                               "A4 pages with QPdfWriter; baseline: the same minutes and BNBA written as "
                               "plain text; %3")
                    .arg(kRepeats)
                    .arg(pages)
                    .arg(given != nullptr ? QStringLiteral("a sealed meeting of the bench's vault")
                                          : QStringLiteral("a generated sealed meeting"))});
    return {};
}

} // namespace verdes
