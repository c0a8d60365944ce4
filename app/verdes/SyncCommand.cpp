// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// `verdes batch …` (issue 13 §3): the outbox of change batches from the command line, and the USB
// route up to the district. Kept apart from CommandLine.cpp, whose parser and dispatch only name it.
#include "app/verdes/CommandLine.h"
#include "models/core/PublicKey.h"
#include "models/vault/Vault.h"
#include "sync/outbox/Outbox.h"
#include "sync/outbox/OutboxRepository.h"

#include <QDir>
#include <QLocale>
#include <QTextStream>

namespace verdes::app {

namespace {

QTextStream &errStream()
{
    static QTextStream stream(stderr);
    return stream;
}

QTextStream &outStream()
{
    static QTextStream stream(stdout);
    return stream;
}

Error usage(const QString &text)
{
    return Error(ErrorCode::UsageError, {text});
}

QString stateText(const sync::OutboxEntry &entry)
{
    switch (entry.state) {
    case sync::OutboxState::Queued:
        return CommandLine::tr("waiting to be sent");
    case sync::OutboxState::Sent:
        return entry.sentBy == u"usb" ? CommandLine::tr("written for the USB stick, no receipt yet")
                                      : CommandLine::tr("sent, no receipt yet");
    case sync::OutboxState::Receipted:
        return entry.outcome == u"partly_accepted" ? CommandLine::tr("partly accepted by the district")
                                                   : CommandLine::tr("received by the district");
    case sync::OutboxState::Refused:
        return CommandLine::tr("refused by the district (%1)").arg(entry.reason);
    }
    Q_UNREACHABLE();
}

} // namespace

QString CommandLine::syncHelpText()
{
    return tr("Batches for the district (the USB route):\n"
              "  verdes batch list VAULT        the batches of the sealed meetings and where they stand\n"
              "  verdes batch export VAULT OUTFILE [--batch N] [--force]\n"
              "                                 write a batch, sealed for the district hub, to a file (for\n"
              "                                 a USB stick); without --batch the oldest one the district\n"
              "                                 has not answered yet\n");
}

Result<void> CommandLine::batch(const Parsed &parsed)
{
    const QString sub = parsed.positional.at(0);
    if (sub != u"list" && sub != u"export") {
        return usage(tr("unknown batch command \"%1\" (one of: list, export)").arg(sub));
    }
    const qsizetype needed = sub == u"list" ? 2 : 3;
    if (parsed.positional.size() != needed) {
        return usage(tr("wrong number of arguments for batch %1").arg(sub));
    }
    std::optional<quint64> number;
    if (parsed.options.contains(QStringLiteral("--batch"))) {
        if (sub != u"export") {
            return usage(tr("--batch is for batch export"));
        }
        bool ok = false;
        const qulonglong n = parsed.options.value(QStringLiteral("--batch")).toULongLong(&ok);
        if (!ok || n == 0) {
            return usage(tr("--batch is the number of a batch, 1 or more"));
        }
        number = n;
    }
    VERDES_TRY_ASSIGN(vault, unlock(parsed, parsed.positional.at(1)));
    sync::Outbox outbox(vault->database());
    sync::OutboxRepository repo(vault->database());
    // A meeting sealed just before a crash gets its batch now.
    VERDES_TRY_ASSIGN(made, outbox.catchUp(vault->actor()));
    if (made > 0) {
        errStream() << tr("%n new batch(es) made from sealed meetings.", nullptr, made) << Qt::endl;
    }
    if (sub == u"list") {
        VERDES_TRY_ASSIGN(entries, repo.list());
        for (const sync::OutboxEntry &entry : std::as_const(entries)) {
            outStream() << QStringList{QString::number(entry.sequence),
                                       entry.meetingNumber,
                                       tr("%n item(s)", nullptr, entry.itemCount),
                                       QLocale().formattedDataSize(entry.size),
                                       stateText(entry),
                                       QString::fromLatin1(entry.batchId.toHex().left(16))}
                               .join(u'\t')
                        << Qt::endl;
        }
        errStream() << tr("%n batch(es).", nullptr, static_cast<int>(entries.size())) << Qt::endl;
        return vault->lock();
    }
    if (!number) {
        VERDES_TRY_ASSIGN(oldest, outbox.oldestUnanswered());
        if (!oldest) {
            errStream() << tr("There is no batch waiting for the district.") << Qt::endl;
            return vault->lock();
        }
        number = oldest->sequence;
    }
    const QString path = parsed.positional.at(2);
    VERDES_TRY_ASSIGN(
        entry,
        outbox.exportTo(
            vault->actor(), *number, path, existingOption(parsed) == OutputPath::Existing::Replace));
    errStream() << tr("Batch %1 (meeting %2, %n item(s)) written to %3, sealed for the district hub. Take "
                      "the file to the district; the receipt they give back is imported with "
                      "'verdes receipts import'.",
                      nullptr,
                      entry.itemCount)
                       .arg(entry.sequence)
                       .arg(entry.meetingNumber, QDir::toNativeSeparators(path))
                << Qt::endl;
    outStream() << QString::fromLatin1(entry.batchId.toHex()) << Qt::endl;
    return vault->lock();
}

} // namespace verdes::app
