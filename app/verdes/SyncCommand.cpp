// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// `verdes batch …` (issue 13 §3): the outbox of change batches from the command line, and the USB
// route up to the district. Kept apart from CommandLine.cpp, whose parser and dispatch only name it.
#include "app/verdes/CommandLine.h"
#include "app/verdes/Console.h"
#include "models/core/PublicKey.h"
#include "models/review/DecisionRepository.h"
#include "models/vault/Vault.h"
#include "sync/batch/Receipt.h"
#include "sync/decisions/DecisionInbox.h"
#include "sync/outbox/Enrolment.h"
#include "sync/outbox/Outbox.h"
#include "sync/outbox/OutboxRepository.h"
#include "sync/transport/HttpTransport.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QTextStream>
#include <QUrl>

namespace verdes::app {

namespace {

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

// The signed files a village imports (enrolment answers, receipts, revocation lists) are small.
Result<QByteArray> readSmallFile(const QString &path)
{
    return readInputFile(path, qint64(64) << 20);
}

// What a receipt said, in the officer's words (stderr), and its outcome and batch number (stdout).
void reportReceipt(const sync::Outbox::ReceiptImport &imported)
{
    const sync::Receipt &receipt = imported.receipt;
    const quint64 number = imported.entry.sequence;
    if (!imported.changed && imported.entry.state != sync::OutboxState::Queued
        && imported.entry.state != sync::OutboxState::Sent) {
        err() << CommandLine::tr("The receipt for batch %1 was recorded before; nothing changed.").arg(number)
              << Qt::endl;
    } else if (receipt.outcome == sync::ReceiptOutcome::Accepted) {
        err() << CommandLine::tr("Batch %1: received by the district, all %n item(s).",
                                 nullptr,
                                 static_cast<int>(receipt.items.size()))
                     .arg(number)
              << Qt::endl;
    } else if (receipt.outcome == sync::ReceiptOutcome::PartlyAccepted) {
        const auto refused =
            std::count_if(receipt.items.cbegin(), receipt.items.cend(), [](const sync::ReceiptItem &i) {
                return i.outcome == sync::ReceiptOutcome::Refused;
            });
        err() << CommandLine::tr(
                     "Batch %1: received by the district, but %n item(s) refused because they came in an "
                     "earlier batch.",
                     nullptr,
                     static_cast<int>(refused))
                     .arg(number)
              << Qt::endl;
    } else if (receipt.reason == sync::ReceiptReason::SequenceGap) {
        err() << CommandLine::tr(
                     "Batch %1 was not taken yet: the district is missing batch %2 before it. Send batch %2 "
                     "first, then this one again.")
                     .arg(number)
                     .arg(receipt.expectedSequence)
              << Qt::endl;
    } else {
        err() << CommandLine::tr("Batch %1 was refused by the district: %2.")
                     .arg(number)
                     .arg(sync::Receipt::reasonLabel(receipt.reason.value_or(sync::ReceiptReason::Malformed)))
              << Qt::endl;
    }
    out() << sync::Receipt::outcomeCode(receipt.outcome) << '\t' << number << Qt::endl;
}

} // namespace

QString CommandLine::syncHelpText()
{
    return tr("Batches for the district:\n"
              "  verdes batch list VAULT        the batches of the sealed meetings and where they stand\n"
              "  verdes batch send VAULT        send every batch the district has not answered to the\n"
              "                                 district hub over the internet, and record its receipts\n"
              "  verdes batch export VAULT OUTFILE [--batch N] [--force]\n"
              "                                 write a batch, sealed for the district hub, to a file (for\n"
              "                                 a USB stick); without --batch the oldest one the district\n"
              "                                 has not answered yet\n"
              "  verdes receipts import VAULT FILE\n"
              "                                 record the district's signed receipt for a batch\n"
              "  verdes revocations import VAULT FILE\n"
              "                                 read the district's signed revocation list (brought on a\n"
              "                                 USB stick); if it names this laptop, the vault locks\n"
              "  verdes hub-keys import VAULT FILE\n"
              "                                 follow the district hub to its new keys, from the key\n"
              "                                 list it gave (verdes-hub keys); a send does it by itself\n"
              "\n"
              "The district's verdicts:\n"
              "  verdes decisions import VAULT FILE\n"
              "                                 apply the verdicts of the dinas sosial from the file the\n"
              "                                 district hub wrote (verdes-hub decisions), after checking\n"
              "                                 every signature; a returned proposal comes back as a new\n"
              "                                 draft\n"
              "  verdes decisions sync VAULT    fetch the district's new verdicts over the internet\n"
              "  verdes decisions VAULT         the proposals with a verdict: state, reason and note\n"
              "\n"
              "Enrolling this laptop with the district hub:\n"
              "  verdes enrol request VAULT OUTFILE\n"
              "                                 write the enrolment request for the district, and show\n"
              "                                 the fingerprint to read to them\n"
              "  verdes enrol accept VAULT ANSWER --hub-fingerprint XXXX-XXXX-XXXX-XXXX\n"
              "                                 import the district's answer; the fingerprint is the one\n"
              "                                 the district gave you, to be sure the answer is theirs\n"
              "A laptop whose enrolment the district revoked enrols again the same way: the request\n"
              "then carries a new device key, and the district's answer reopens the vault.\n");
}

Result<void> CommandLine::batch(const Parsed &parsed)
{
    const QString sub = parsed.positional.at(0);
    if (sub != u"list" && sub != u"export" && sub != u"send") {
        return usage(tr("unknown batch command \"%1\" (one of: list, export, send)").arg(sub));
    }
    const qsizetype needed = sub == u"export" ? 3 : 2;
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
        err() << tr("%n new batch(es) made from sealed meetings.", nullptr, made) << Qt::endl;
    }
    if (sub == u"list") {
        VERDES_TRY_ASSIGN(entries, repo.list());
        for (const sync::OutboxEntry &entry : std::as_const(entries)) {
            out() << QStringList{QString::number(entry.sequence),
                                 entry.meetingNumber,
                                 tr("%n item(s)", nullptr, entry.itemCount),
                                 QLocale().formattedDataSize(entry.size),
                                 stateText(entry),
                                 QString::fromLatin1(entry.batchId.toHex().left(16))}
                         .join(u'\t')
                  << Qt::endl;
        }
        err() << tr("%n batch(es).", nullptr, static_cast<int>(entries.size())) << Qt::endl;
        return vault->lock();
    }
    if (sub == u"send") {
        VERDES_TRY_ASSIGN(hub, repo.hub());
        if (!hub) {
            return Error(ErrorCode::SyncNotEnrolled);
        }
        if (hub->url.isEmpty()) {
            return usage(tr("the district hub \"%1\" takes batches on a USB stick only: use batch export")
                             .arg(hub->hubName));
        }
        sync::HttpTransport transport({QUrl(hub->url), hub->tlsPin});
        VERDES_TRY_ASSIGN(report, outbox.send(vault->actor(), transport));
        for (const sync::Outbox::ReceiptImport &imported : std::as_const(report.receipts)) {
            reportReceipt(imported);
        }
        if (report.receipts.isEmpty()) {
            err() << tr("There is no batch waiting for the district.") << Qt::endl;
        }
        return vault->lock();
    }
    if (!number) {
        VERDES_TRY_ASSIGN(oldest, outbox.oldestUnanswered());
        if (!oldest) {
            err() << tr("There is no batch waiting for the district.") << Qt::endl;
            return vault->lock();
        }
        number = oldest->sequence;
    }
    const QString path = parsed.positional.at(2);
    VERDES_TRY_ASSIGN(
        entry,
        outbox.exportTo(
            vault->actor(), *number, path, existingOption(parsed) == OutputPath::Existing::Replace));
    err() << tr("Batch %1 (meeting %2, %n item(s)) written to %3, sealed for the district hub. Take "
                "the file to the district; the receipt they give back is imported with "
                "'verdes receipts import'.",
                nullptr,
                entry.itemCount)
                 .arg(entry.sequence)
                 .arg(entry.meetingNumber, QDir::toNativeSeparators(path))
          << Qt::endl;
    out() << QString::fromLatin1(entry.batchId.toHex()) << Qt::endl;
    return vault->lock();
}

Result<void> CommandLine::enrol(const Parsed &parsed)
{
    const QString sub = parsed.positional.at(0);
    if (sub != u"request" && sub != u"accept") {
        return usage(tr("unknown enrol command \"%1\" (one of: request, accept)").arg(sub));
    }
    const QString fingerprint = parsed.options.value(QStringLiteral("--hub-fingerprint"));
    if (sub == u"accept" && fingerprint.isEmpty()) {
        return usage(tr("enrol accept needs --hub-fingerprint: the fingerprint the district gave you"));
    }
    const QString path = parsed.positional.at(2);
    QByteArray answerFile;
    if (sub == u"accept") {
        VERDES_TRY_ASSIGN(read, readSmallFile(path));
        answerFile = read;
    }
    VERDES_TRY_ASSIGN(vault, unlock(parsed, parsed.positional.at(1)));
    sync::Enrolment enrolment(vault->database());
    if (sub == u"request") {
        VERDES_TRY_ASSIGN(made, enrolment.makeRequest(vault->actor(), vault->villageName()));
        VERDES_TRY(writeNewFileOrReplace(path, made.signedFile, existingOption(parsed)));
        err() << tr("Enrolment request written to %1. Take it to the district; read them this "
                    "fingerprint so they can check it: %2")
                     .arg(QDir::toNativeSeparators(path), made.request.fingerprint())
              << Qt::endl;
        out() << made.request.fingerprint() << Qt::endl;
        return vault->lock();
    }
    VERDES_TRY_ASSIGN(answer, enrolment.accept(vault->actor(), answerFile, fingerprint));
    err() << tr("This laptop is now enrolled with %1 (district %2). Batches are sealed for this hub "
                "from now on.")
                 .arg(answer.hubName, answer.districtCode)
          << Qt::endl;
    if (answer.maxOfflineDays > 0) {
        err() << tr("The district asks for a sync at least every %n day(s).",
                    nullptr,
                    static_cast<int>(answer.maxOfflineDays))
              << Qt::endl;
    }
    return vault->lock();
}

Result<void> CommandLine::receipts(const Parsed &parsed)
{
    if (parsed.positional.at(0) != u"import") {
        return usage(tr("unknown receipts command \"%1\" (one of: import)").arg(parsed.positional.at(0)));
    }
    VERDES_TRY_ASSIGN(file, readSmallFile(parsed.positional.at(2)));
    VERDES_TRY_ASSIGN(vault, unlock(parsed, parsed.positional.at(1)));
    sync::Outbox outbox(vault->database());
    VERDES_TRY_ASSIGN(imported, outbox.importReceipt(vault->actor(), file));
    reportReceipt(imported);
    return vault->lock();
}

Result<void> CommandLine::revocations(const Parsed &parsed)
{
    if (parsed.positional.at(0) != u"import") {
        return usage(tr("unknown revocations command \"%1\" (one of: import)").arg(parsed.positional.at(0)));
    }
    VERDES_TRY_ASSIGN(file, readSmallFile(parsed.positional.at(2)));
    VERDES_TRY_ASSIGN(vault, unlock(parsed, parsed.positional.at(1)));
    sync::Outbox outbox(vault->database());
    VERDES_TRY_ASSIGN(revoked, outbox.applyRevocationList(vault->actor(), file));
    if (revoked) {
        sync::OutboxRepository repo(vault->database());
        auto locked = repo.requireNotRevoked();
        VERDES_TRY(vault->lock());
        return locked;
    }
    say(tr("The district's revocation list does not name this laptop; nothing changes."));
    return vault->lock();
}

Result<void> CommandLine::hubKeys(const Parsed &parsed)
{
    if (parsed.positional.at(0) != u"import") {
        return usage(tr("unknown hub-keys command \"%1\" (one of: import)").arg(parsed.positional.at(0)));
    }
    VERDES_TRY_ASSIGN(file, readSmallFile(parsed.positional.at(2)));
    VERDES_TRY_ASSIGN(vault, unlock(parsed, parsed.positional.at(1)));
    sync::Outbox outbox(vault->database());
    VERDES_TRY_ASSIGN(imported, outbox.applyHubKeys(vault->actor(), file));
    const QString until =
        imported.expiresAt.isValid()
            ? tr("valid until %1").arg(imported.expiresAt.toUTC().date().toString(Qt::ISODate))
            : tr("with no expiry");
    say(imported.changed
            ? tr("The district hub has new keys: this laptop now trusts key %1 (generation %2), %3.")
                  .arg(imported.fingerprint)
                  .arg(imported.generation)
                  .arg(until)
            : tr("The district hub's keys are the ones this laptop trusts already (%1), %2.")
                  .arg(imported.fingerprint, until));
    out() << imported.fingerprint << Qt::endl;
    return vault->lock();
}

Result<void> CommandLine::decisions(const Parsed &parsed)
{
    const bool import = parsed.positional.size() == 3 && parsed.positional.at(0) == u"import";
    const bool fetch = parsed.positional.size() == 2 && parsed.positional.at(0) == u"sync";
    if (!import && !fetch && parsed.positional.size() != 1) {
        return usage(tr("unknown decisions command \"%1\" (one of: import, sync, or only the vault)")
                         .arg(parsed.positional.at(0)));
    }
    if (fetch) {
        VERDES_TRY_ASSIGN(vault, unlock(parsed, parsed.positional.at(1)));
        sync::OutboxRepository repo(vault->database());
        VERDES_TRY_ASSIGN(hub, repo.hub());
        if (!hub || hub->url.isEmpty()) {
            return hub ? Error(ErrorCode::SyncHubUnreachable,
                               {tr("(none: this hub is reached by USB stick)")})
                       : Error(ErrorCode::SyncNotEnrolled);
        }
        sync::HttpTransport transport({QUrl(hub->url), hub->tlsPin});
        VERDES_TRY_ASSIGN(fetched, sync::DecisionInbox(vault->database()).fetch(vault->actor(), transport));
        err() << tr("%n new verdict(s) of the dinas sosial recorded.", nullptr, fetched.verdicts) << Qt::endl;
        out() << fetched.verdicts << Qt::endl;
        return vault->lock();
    }
    if (import) {
        VERDES_TRY_ASSIGN(file, readSmallFile(parsed.positional.at(2)));
        VERDES_TRY_ASSIGN(vault, unlock(parsed, parsed.positional.at(1)));
        sync::DecisionInbox inbox(vault->database());
        VERDES_TRY_ASSIGN(imported, inbox.importList(vault->actor(), file));
        if (imported.verdicts == 0) {
            err() << tr("No new verdicts in this file: it was imported before. Nothing changed.") << Qt::endl;
        } else {
            err() << tr("%n new verdict(s) of the dinas sosial recorded.", nullptr, imported.verdicts)
                  << Qt::endl;
            err() << tr("Approved (waiting for the next snapshot): %1; rejected: %2; returned: %3, with %n "
                        "new draft(s) to correct.",
                        nullptr,
                        imported.drafts)
                         .arg(imported.approved)
                         .arg(imported.rejected)
                         .arg(imported.returned)
                  << Qt::endl;
        }
        if (imported.hasMore) {
            err() << tr("The district holds more verdicts than this file: ask for the next file.")
                  << Qt::endl;
        }
        out() << imported.verdicts << Qt::endl;
        return vault->lock();
    }
    VERDES_TRY_ASSIGN(vault, unlock(parsed, parsed.positional.at(0)));
    DecisionRepository repo(vault->database());
    VERDES_TRY_ASSIGN(newest, repo.newestOfAll());
    if (newest.isEmpty()) {
        err() << tr("No verdicts of the dinas sosial yet.") << Qt::endl;
    }
    for (const DistrictVerdict &decision : std::as_const(newest)) {
        const qint64 id = decision.proposalId.value_or(0);
        QString draft;
        VERDES_TRY_ASSIGN(link, repo.returnOf(id));
        if (link) {
            draft = tr("new draft %1").arg(link->draftId);
        }
        out() << id << u'\t' << DistrictVerdictText::stateLabel(decision.state) << u'\t'
              << DistrictVerdictText::reasonLabel(decision.reason) << u'\t' << decision.note << u'\t'
              << DistrictVerdictText::decidedBy(decision) << u'\t' << draft << Qt::endl;
    }
    return vault->lock();
}

} // namespace verdes::app
