// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace verdes {

class MeetingRepository;
struct Actor;

// The documents a meeting turns into (issue 12 §3), each from its own template.
enum class DocumentKind : quint8
{
    BeritaAcara,     // the minutes
    DaftarHadir,     // the attendance list, filled
    LembarHadir,     // an empty attendance sheet for signing on paper
    Bnba,            // the agreed items, by name and address (with NIK and KK)
    Ditolak,         // the rejected items
    Ditunda,         // the deferred items
    PapanPengumuman, // the notice-board copy: name, RT/RW and type only
    Sptjm,           // the kepala desa's statement of responsibility (a quarter without a meeting)
};

// "berita-acara", "daftar-hadir", "lembar-hadir", "bnba", "ditolak", "ditunda",
// "papan-pengumuman", "sptjm": the template's name in the vault and the stem of the file name.
QString documentKindCode(DocumentKind kind);
std::optional<DocumentKind> documentKindFromCode(QStringView code);
QList<DocumentKind> allDocumentKinds();

// A document template: HTML of the subset QTextDocument renders, with placeholders written
// `{{name}}` (spaces inside the braces are allowed). Only the names of placeholders() are accepted:
// parse() refuses any other with DocumentPlaceholderUnknown, naming it and its line, so that a typing
// mistake in an administrator's edit never reaches a printed document as "{{nomr}}".
//
// The values a placeholder is replaced with are HTML already (MeetingDocumentValues escapes every
// name, place and note it puts in them; the tables and lists are markup it builds).
class DocumentTemplate final
{
    Q_DECLARE_TR_FUNCTIONS(DocumentTemplate)

public:
    struct Placeholder
    {
        QString name;        // "tanggal"
        QString description; // translated: "The meeting's date (4 Desember 2026)"
    };

    // Every placeholder a template may use, in the order the editor lists them.
    static const QList<Placeholder> &placeholders();
    static bool isKnownPlaceholder(QStringView name);

    // The document's title for lists and dialogs ("Minutes (berita acara)").
    static QString title(DocumentKind kind);

    // Reads a template. `kind` names the template in error messages.
    static Result<DocumentTemplate> parse(DocumentKind kind, const QString &html);
    // The default template of the kind (resources/templates/<code>.html).
    static QString defaultBody(DocumentKind kind);
    // The body in effect: the administrator's edit stored in the vault, else the default.
    static Result<QString> effectiveBody(MeetingRepository &meetings, DocumentKind kind);
    // Parses and stores an administrator's edit; an empty body restores the default. Refuses an
    // unknown placeholder before anything is stored.
    static Result<void>
    store(MeetingRepository &meetings, const Actor &actor, DocumentKind kind, const QString &body);

    // The HTML with each placeholder replaced by its value (a missing value gives an empty text).
    QString render(const QHash<QString, QString> &values) const;
    // The placeholders the template uses, each once, in order of first use.
    QStringList used() const;

    DocumentKind kind() const { return m_kind; }

private:
    struct Part
    {
        QString text;
        bool placeholder = false;
    };

    DocumentKind m_kind = DocumentKind::BeritaAcara;
    QList<Part> m_parts;
};

} // namespace verdes
