// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"
#include "models/musdes/DocumentTemplate.h"
#include "models/musdes/Meeting.h"
#include "models/musdes/MeetingRepository.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace verdes {

// Everything the documents of one meeting are made from, read in one go (issue 12 §3): the
// meeting, its attendance and agenda, the BNBA lines of the agreed, rejected and deferred items, the
// village, and the template in effect for each document. Plain data: the PDF writer renders it on
// any thread.
struct MeetingDocumentData
{
    Meeting meeting;
    QList<Attendee> attendees;
    QList<AgendaItem> agenda;
    QList<BnbaLine> agreed; // Agreed and ProposeRemoval: the BNBA
    QList<BnbaLine> rejected;
    QList<BnbaLine> deferred;
    QString villageCode;                    // ten digits
    QString villageName;                    // as the vault names it ("Desa Sukamaju" or "Sukamaju")
    QHash<DocumentKind, QString> templates; // the body in effect for each document
    QDate madeOn;

    // Reads the meeting `meetingId` and the templates in effect.
    static Result<MeetingDocumentData> gather(MeetingRepository &meetings,
                                              qint64 meetingId,
                                              const QString &villageCode,
                                              const QString &villageName,
                                              const QDate &today);

    // The documents this meeting has: an SPTJM has its statement and the BNBA; a meeting has the
    // rest.
    QList<DocumentKind> documents() const;
    // "berita-acara-001-MUSDES-XII-2026.pdf": the kind and the meeting's number, no personal data.
    QString fileName(DocumentKind kind, const QString &extension) const;
    // The footer's left part: the seal's short hash and the signed audit head, or "BELUM DISEGEL".
    QString footerText() const;
    // "Halaman 2 dari 5".
    static QString pageText(int page, int pages);
};

// The values of the placeholders (DocumentTemplate::placeholders()) for one meeting, as HTML: every
// name, place and note is escaped, so "<b>" in a name prints as those three characters. The
// document's words are Indonesian whatever the interface language: they are official letters.
class MeetingDocumentValues final
{
public:
    static QHash<QString, QString> build(const MeetingDocumentData &data);
    // The document's HTML: its template in effect, filled. Refuses a broken template.
    static Result<QString> html(const MeetingDocumentData &data, DocumentKind kind);
    // The same with values already built (for many documents of one meeting).
    static Result<QString>
    html(const MeetingDocumentData &data, DocumentKind kind, const QHash<QString, QString> &values);

    // A number in Indonesian words ("dua belas"), for the minutes' totals.
    static QString inWords(qint64 number);
    // "4 Desember 2026", "Jumat": always in Indonesian.
    static QString dateText(const QDate &date);
    static QString dayText(const QDate &date);
    // The BNBA as rows of cells, the header first (the xlsx and the plain-text baseline).
    static QList<QStringList> bnbaRows(const QList<BnbaLine> &lines);
    // A plain-text rendering of the minutes and the BNBA (the benchmark's baseline).
    static QString plainText(const MeetingDocumentData &data);
};

} // namespace verdes
