// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// `verdes musdes documents` and `verdes musdes template` (issue 12 §3–§4): the meeting's documents
// from the command line. Kept apart from CommandLine.cpp, whose parser and dispatch only name them.
#include "app/verdes/CommandLine.h"
#include "app/verdes/Console.h"
#include "models/core/Clock.h"
#include "models/domain/Role.h"
#include "models/musdes/DocumentTemplate.h"
#include "models/musdes/MeetingDocumentData.h"
#include "models/musdes/MeetingRepository.h"
#include "models/vault/Vault.h"
#include "ui/musdes/MeetingDocuments.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

namespace verdes::app {

namespace {

// The meeting named on the command line: its number ("001/MUSDES/XII/2026") or its id.
Result<qint64> findMeeting(MeetingRepository &meetings, const QString &text)
{
    VERDES_TRY_ASSIGN(all, meetings.list());
    for (const MeetingSummary &summary : all) {
        if (summary.number == text) {
            return summary.id;
        }
    }
    bool isNumber = false;
    const qint64 id = text.toLongLong(&isNumber);
    if (isNumber) {
        for (const MeetingSummary &summary : all) {
            if (summary.id == id) {
                return id;
            }
        }
    }
    return Error(ErrorCode::UsageError,
                 {CommandLine::tr("there is no meeting \"%1\" in this vault").arg(text)});
}

QString templateNames()
{
    // Four names to a line, under the help's description column.
    QString text;
    int onLine = 0;
    for (const DocumentKind kind : allDocumentKinds()) {
        if (!text.isEmpty()) {
            text += onLine == 4 ? QStringLiteral(",\n") + QString(33, u' ') : QStringLiteral(", ");
            onLine = onLine == 4 ? 0 : onLine;
        }
        text += documentKindCode(kind);
        ++onLine;
    }
    return text;
}

} // namespace

bool CommandLine::needsGui(const QStringList &arguments)
{
    // QTextDocument and QPdfWriter need a QGuiApplication.
    return (arguments.value(1) == u"musdes" && arguments.value(2) == u"documents")
           || (arguments.value(1) == u"privacy" && arguments.value(2) == u"access");
}

QString CommandLine::musdesDocumentsHelpText()
{
    return tr("The meeting's documents:\n"
              "  verdes musdes documents VAULT MEETING FOLDER [--paper a4|f4] [--force]\n"
              "                                 write the meeting's documents as PDF (berita acara,\n"
              "                                 attendance, BNBA, rejected and deferred items, notice-board\n"
              "                                 copy) and the BNBA as .xlsx into FOLDER; MEETING is the\n"
              "                                 meeting's number or id. The BNBA holds NIK and KK: keep it\n"
              "                                 safe. A4 paper unless --paper f4 (215 x 330 mm)\n"
              "  verdes musdes template VAULT NAME [--show | --set FILE | --reset]\n"
              "                                 show, replace or restore a document's template (HTML with\n"
              "                                 {{placeholders}}; --show lists them); NAME is one of:\n"
              "                                 %1\n")
        .arg(templateNames());
}

Result<void> CommandLine::musdesDocuments(const Parsed &parsed)
{
    const QString paperCode = parsed.options.value(QStringLiteral("--paper"), QStringLiteral("a4"));
    const std::optional<ui::Paper> paper = ui::paperFromCode(paperCode);
    if (!paper) {
        return Error(ErrorCode::UsageError, {tr("--paper is a4 or f4, not \"%1\"").arg(paperCode)});
    }
    const QString folder = parsed.positional.at(2);
    // A folder that does not exist yet is made, once the place is known to be allowed.
    if (!QFileInfo(folder).isDir()) {
        VERDES_TRY(OutputPath::check(folder, OutputPath::Existing::Refuse));
        if (!QDir().mkpath(folder)) {
            return Error(
                ErrorCode::FileWriteFailed, {QDir::toNativeSeparators(folder)}, QStringLiteral("mkpath"));
        }
    }
    VERDES_TRY_ASSIGN(vault, unlock(parsed, parsed.positional.at(0)));
    MeetingRepository meetings(vault->database());
    VERDES_TRY_ASSIGN(meetingId, findMeeting(meetings, parsed.positional.at(1)));
    // The BNBA holds NIK and KK: refused before anything is written to a role that may not export.
    VERDES_TRY(vault->actor().require(Action::ExportData));
    VERDES_TRY_ASSIGN(data,
                      MeetingDocumentData::gather(meetings,
                                                  meetingId,
                                                  vault->villageCode(),
                                                  vault->villageName(),
                                                  SystemClock::instance().now().date()));
    const bool sealed = data.meeting.isSealed();
    ui::MeetingDocumentsJob job(std::move(data), *paper, folder, existingOption(parsed));
    QObject receiver;
    QObject::connect(&job, &Job::phaseChanged, &receiver, [](const QString &phase) {
        err() << phase << Qt::endl;
    });
    job.runHere();
    VERDES_TRY_ASSIGN(written, job.result());
    VERDES_TRY(meetings.recordDocuments(
        vault->actor(), meetingId, QStringLiteral("files"), static_cast<int>(written.size())));
    for (const QString &path : written) {
        out() << QDir::toNativeSeparators(path) << Qt::endl;
    }
    err() << tr("Wrote %n documents.", nullptr, static_cast<int>(written.size())) << Qt::endl;
    if (!sealed) {
        err() << tr("The meeting is not sealed yet: every page says BELUM DISEGEL (draft).") << Qt::endl;
    }
    return vault->lock();
}

Result<void> CommandLine::musdesTemplate(const Parsed &parsed)
{
    const QString name = parsed.positional.at(1);
    const std::optional<DocumentKind> kind = documentKindFromCode(name);
    if (!kind) {
        return Error(ErrorCode::DocumentTemplateUnknown, {name});
    }
    const bool set = parsed.options.contains(QStringLiteral("--set"));
    const bool reset = parsed.options.contains(QStringLiteral("--reset"));
    if (set && reset) {
        return Error(ErrorCode::UsageError, {tr("--set and --reset cannot be used together")});
    }
    QString body;
    if (set) {
        const QString file = parsed.options.value(QStringLiteral("--set"));
        QFile in(file);
        if (!QFileInfo(file).isFile()) {
            return Error(ErrorCode::FileNotFound, {QDir::toNativeSeparators(file)});
        }
        if (!in.open(QIODevice::ReadOnly)) {
            return Error(ErrorCode::FileReadFailed, {QDir::toNativeSeparators(file)}, in.errorString());
        }
        body = QString::fromUtf8(in.readAll());
        // Refused before the vault is opened.
        VERDES_TRY(DocumentTemplate::parse(*kind, body));
    }
    VERDES_TRY_ASSIGN(vault, unlock(parsed, parsed.positional.at(0)));
    MeetingRepository meetings(vault->database());
    if (set || reset) {
        VERDES_TRY(DocumentTemplate::store(meetings, vault->actor(), *kind, set ? body : QString()));
        err() << (set ? tr("The template \"%1\" was replaced.").arg(name)
                      : tr("The template \"%1\" is the default again.").arg(name))
              << Qt::endl;
        return vault->lock();
    }
    VERDES_TRY_ASSIGN(effective, DocumentTemplate::effectiveBody(meetings, *kind));
    out() << effective;
    if (!effective.endsWith(u'\n')) {
        out() << Qt::endl;
    }
    err() << tr("Placeholders:") << Qt::endl;
    for (const DocumentTemplate::Placeholder &placeholder : DocumentTemplate::placeholders()) {
        err() << QStringLiteral("  {{%1}}").arg(placeholder.name).leftJustified(26) << placeholder.description
              << Qt::endl;
    }
    return vault->lock();
}

} // namespace verdes::app
