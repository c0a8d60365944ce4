// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// `verdes review …` (issue 14): the district review vault from the command line. Kept apart from
// CommandLine.cpp, whose parser and dispatch only name it.
#include "app/verdes/CommandLine.h"
#include "app/verdes/Console.h"
#include "models/core/PublicKey.h"
#include "models/domain/RegionTable.h"
#include "models/review/ReviewQueueRepository.h"
#include "models/vault/Vault.h"
#include "sync/batch/Envelope.h"
#include "sync/batch/Verdict.h"
#include "sync/outbox/OutboxRepository.h"
#include "sync/review/ApprovedExport.h"
#include "sync/review/ReviewInbox.h"
#include "sync/review/ReviewVerdicts.h"
#include "sync/review/ReviewerEnrolment.h"
#include "sync/transport/HttpTransport.h"

#include <QDir>
#include <QTextStream>

namespace verdes::app {

QString CommandLine::reviewHelpText()
{
    return tr("The district review vault (dinas sosial):\n"
              "  verdes review enrol VAULT OUTFILE [--force]\n"
              "                                 write your reviewer enrolment request for the district\n"
              "                                 hub, and show the fingerprint to read to its operator\n"
              "  verdes review accept VAULT ANSWER --hub-fingerprint XXXX-XXXX-XXXX-XXXX\n"
              "                                 import the hub's answer; the fingerprint is the one the\n"
              "                                 hub's operator gave you\n"
              "  verdes review status VAULT     the office, its hub, and each reviewer's enrolment\n"
              "  verdes review sync VAULT       fetch the batches the hub received since the last time, and\n"
              "                                 send the verdicts given since, over the internet\n"
              "  verdes review request VAULT OUTFILE [--force]\n"
              "                                 the same by USB stick: write the request for the hub's\n"
              "                                 operator (verdes-hub feed), then\n"
              "  verdes review import VAULT FILE\n"
              "                                 import the batches the operator gave you\n"
              "  verdes review queue VAULT [--village CODE] [--state STATE] [--incomplete] [--limit N]\n"
              "                                 the items to review, oldest first, with the counts per\n"
              "                                 state and village; --incomplete: only items the\n"
              "                                 completeness check found something missing in\n"
              "  verdes review decide VAULT ITEM VERDICT [--reason CODE] [--note TEXT] [--facilitator NAME]\n"
              "                     [--result N] [--nik padan|tidak_padan|belum]\n"
              "                                 give an item of the queue your signed verdict:\n"
              "                                 a verifier: returned (--reason RT01…RT99), gc_assigned\n"
              "                                 (--facilitator), gc_done (--result 1…7), verified;\n"
              "                                 the office head: approved, rejected (--reason RJ01…RJ99)\n"
              "  verdes review verdicts VAULT OUTFILE [--force]\n"
              "                                 write the verdicts the hub has not confirmed yet, for the\n"
              "                                 hub's operator (verdes-hub verdicts), then\n"
              "  verdes review receipt VAULT FILE\n"
              "                                 import the hub's receipt for them\n"
              "  verdes review export VAULT FOLDER [--village CODE] [--force]\n"
              "                                 write the approved items as BNBA (.xlsx and .csv) with a\n"
              "                                 manifest signed by your key, for forwarding to the ministry\n"
              "Each verifier and office head enrols their own key: it signs their verdicts, and the\n"
              "batches from the hub are sealed to it.\n");
}

Result<void> CommandLine::review(const Parsed &parsed)
{
    const QString sub = parsed.positional.at(0);
    static const QStringList kCommands{QStringLiteral("enrol"),
                                       QStringLiteral("accept"),
                                       QStringLiteral("status"),
                                       QStringLiteral("sync"),
                                       QStringLiteral("request"),
                                       QStringLiteral("import"),
                                       QStringLiteral("queue"),
                                       QStringLiteral("decide"),
                                       QStringLiteral("verdicts"),
                                       QStringLiteral("receipt"),
                                       QStringLiteral("export"),
                                       QStringLiteral("claim"),
                                       QStringLiteral("release")};
    if (!kCommands.contains(sub)) {
        return usage(
            tr("unknown review command \"%1\" (one of: %2)").arg(sub, kCommands.join(QStringLiteral(", "))));
    }
    if (sub == u"claim" || sub == u"release") {
        return reviewClaims(parsed);
    }
    if (sub == u"decide") {
        if (parsed.positional.size() != 4) {
            return usage(tr("review decide needs VAULT, the item's number and the verdict"));
        }
        return reviewDecide(parsed);
    }
    const bool takesFile = sub == u"enrol" || sub == u"accept" || sub == u"request" || sub == u"import"
                           || sub == u"verdicts" || sub == u"receipt" || sub == u"export";
    if (parsed.positional.size() != (takesFile ? 3 : 2)) {
        return usage(takesFile ? tr("review %1 needs VAULT and a file").arg(sub)
                               : tr("review %1 needs VAULT").arg(sub));
    }
    if (sub == u"verdicts" || sub == u"receipt") {
        return reviewVerdicts(parsed);
    }
    if (sub == u"export") {
        VERDES_TRY_ASSIGN(vault, unlock(parsed, parsed.positional.at(1)));
        VERDES_TRY_ASSIGN(written,
                          sync::ApprovedExport(vault->database())
                              .write(vault->actor(),
                                     parsed.positional.at(2),
                                     parsed.options.value(QStringLiteral("--village")),
                                     existingOption(parsed) == OutputPath::Existing::Replace));
        err() << tr("%n approved item(s) exported, ", nullptr, written.items)
              << tr("%n BNBA line(s) from ", nullptr, written.lines)
              << tr("%n village(s). The files hold personal data: keep them safe and delete them once "
                    "forwarded.",
                    nullptr,
                    written.villages)
              << Qt::endl;
        for (const QString &file : std::as_const(written.files)) {
            out() << QDir::toNativeSeparators(file) << Qt::endl;
        }
        return vault->lock();
    }
    if (sub == u"queue" || sub == u"sync" || sub == u"request" || sub == u"import") {
        return reviewInbox(parsed);
    }
    const QString fingerprint = parsed.options.value(QStringLiteral("--hub-fingerprint"));
    if (sub == u"accept" && fingerprint.isEmpty()) {
        return usage(
            tr("review accept needs --hub-fingerprint: the fingerprint the hub's operator gave you"));
    }
    QByteArray answerFile;
    if (sub == u"accept") {
        VERDES_TRY_ASSIGN(read, readInputFile(parsed.positional.at(2), qint64(64) << 20));
        answerFile = read;
    }
    VERDES_TRY_ASSIGN(vault, unlock(parsed, parsed.positional.at(1)));
    sync::ReviewerEnrolment enrolment(vault->database());
    if (sub == u"enrol") {
        const QString path = parsed.positional.at(2);
        VERDES_TRY_ASSIGN(made, enrolment.makeRequest(vault->actor()));
        VERDES_TRY(writeNewFileOrReplace(path, made.signedFile, existingOption(parsed)));
        err() << tr("Reviewer enrolment request of %1 (%2) written to %3. Take it to the hub's operator; "
                    "read them this fingerprint so they can check it: %4")
                     .arg(made.request.reviewerName,
                          sync::reviewerRoleLabel(made.request.role),
                          QDir::toNativeSeparators(path),
                          made.request.fingerprint())
              << Qt::endl;
        out() << made.request.fingerprint() << Qt::endl;
        return vault->lock();
    }
    if (sub == u"accept") {
        VERDES_TRY_ASSIGN(answer, enrolment.accept(vault->actor(), answerFile, fingerprint));
        err() << tr("%1 is now enrolled with %2 as %3: verdicts signed with this key are accepted by the "
                    "hub.")
                     .arg(answer.reviewerName, answer.hubName, sync::reviewerRoleLabel(answer.role))
              << Qt::endl;
        return vault->lock();
    }
    sync::OutboxRepository repo(vault->database());
    VERDES_TRY_ASSIGN(hub, repo.hub());
    out() << tr("%1, district %2.").arg(vault->officeName(), vault->districtCode()) << Qt::endl;
    out() << (hub ? tr("Hub: %1 (fingerprint %2).").arg(hub->hubName, PublicKey::idTextOf(hub->signingKey))
                  : tr("Hub: none yet; the first reviewer's accepted answer pins it."))
          << Qt::endl;
    VERDES_TRY_ASSIGN(officers, vault->officers());
    for (const Vault::OfficerInfo &officer : officers) {
        VERDES_TRY_ASSIGN(status, enrolment.status(officer.officerId));
        QString where;
        if (status.isEnrolled()) {
            where = tr("enrolled %1, key %2").arg(status.enrolledAt, status.keyId);
        } else if (!status.keyId.isEmpty()) {
            where = tr("asked, key %1, no answer yet").arg(status.keyId);
        } else if (sync::ReviewerEnrolment::reviewerRoleOf(officer.role)) {
            where = tr("not enrolled");
        } else {
            where = tr("reviews nothing");
        }
        out() << officer.name << '\t' << roleCode(officer.role) << '\t' << where << Qt::endl;
    }
    return vault->lock();
}

namespace {

void reportVerdictReceipt(const sync::ReviewVerdicts::ReceiptSummary &summary)
{
    err() << CommandLine::tr("The hub accepted %n verdict(s)", nullptr, summary.accepted)
          << CommandLine::tr(" and refused %n.", nullptr, summary.refused) << Qt::endl;
    for (const sync::VerdictRow &refused : summary.refusedVerdicts) {
        err() << CommandLine::tr("  item %1, verdict \"%2\": refused (%3)")
                     .arg(refused.itemId)
                     .arg(ProposalStateText::label(refused.state), refused.refusal)
              << Qt::endl;
    }
}

void reportImported(const sync::ReviewInbox::Imported &imported)
{
    err() << CommandLine::tr("%n new batch(es) received, ", nullptr, imported.batches)
          << CommandLine::tr("%n item(s) added to the queue", nullptr, imported.items);
    if (imported.incomplete > 0) {
        err() << CommandLine::tr(", %n of them incomplete", nullptr, imported.incomplete);
    }
    err() << '.' << Qt::endl;
}

} // namespace

Result<void> CommandLine::reviewInbox(const Parsed &parsed)
{
    const QString sub = parsed.positional.at(0);
    ReviewQueueFilter filter;
    qint64 limit = 50;
    if (sub == u"queue") {
        filter.villageCode = parsed.options.value(QStringLiteral("--village"));
        filter.incompleteOnly = parsed.options.contains(QStringLiteral("--incomplete"));
        if (parsed.options.contains(QStringLiteral("--state"))) {
            filter.state = proposalStateFromCode(parsed.options.value(QStringLiteral("--state")));
            if (!filter.state) {
                return usage(tr("unknown state \"%1\" (in_review, returned, gc_assigned, gc_done, verified, "
                                "approved, rejected_by_dinas)")
                                 .arg(parsed.options.value(QStringLiteral("--state"))));
            }
        }
        VERDES_TRY_ASSIGN(given, intOption(parsed, QStringLiteral("--limit"), 50, 1, 100000));
        limit = given;
    }
    QByteArray page;
    if (sub == u"import") {
        VERDES_TRY_ASSIGN(
            read, readInputFile(parsed.positional.at(2), sync::Envelope::kMaxFileSize + (qint64(1) << 20)));
        page = read;
    }
    VERDES_TRY_ASSIGN(vault, unlock(parsed, parsed.positional.at(1)));
    sync::ReviewInbox inbox(vault->database());
    if (sub == u"request") {
        VERDES_TRY_ASSIGN(request, inbox.makeRequest(vault->actor()));
        VERDES_TRY(writeNewFileOrReplace(parsed.positional.at(2), request, existingOption(parsed)));
        VERDES_TRY_ASSIGN(after, inbox.lastSerial());
        err()
            << tr("Request for the batches after number %1 written to %2. The hub's operator answers it with "
                  "'verdes-hub feed'; import the answer with 'verdes review import'.")
                   .arg(after)
                   .arg(QDir::toNativeSeparators(parsed.positional.at(2)))
            << Qt::endl;
        return vault->lock();
    }
    if (sub == u"import") {
        VERDES_TRY_ASSIGN(imported, inbox.importPage(vault->actor(), page));
        reportImported(imported);
        if (imported.hasMore) {
            err() << tr("The hub has more (up to number %1): make another request.").arg(imported.latest)
                  << Qt::endl;
        }
        return vault->lock();
    }
    if (sub == u"sync") {
        sync::OutboxRepository repo(vault->database());
        VERDES_TRY_ASSIGN(hub, repo.hub());
        if (!hub || hub->url.isEmpty()) {
            return hub ? Error(ErrorCode::SyncHubUnreachable,
                               {tr("(none: this hub is reached by USB stick)")})
                       : Error(ErrorCode::SyncNotEnrolled);
        }
        sync::HttpTransport transport({QUrl(hub->url), hub->tlsPin, 30000});
        sync::ReviewInbox::Imported total;
        // Page by page, each stored before the next is asked for: a broken connection loses nothing.
        for (int pages = 0; pages < 100000; ++pages) {
            VERDES_TRY_ASSIGN(request, inbox.makeRequest(vault->actor()));
            VERDES_TRY_ASSIGN(answer, transport.reviewFeed(request));
            VERDES_TRY_ASSIGN(imported, inbox.importPage(vault->actor(), answer));
            total.batches += imported.batches;
            total.items += imported.items;
            total.incomplete += imported.incomplete;
            if (!imported.hasMore || imported.batches == 0) {
                break;
            }
        }
        reportImported(total);
        // Then the verdicts given here go up; the hub's receipt says what it did with each.
        sync::ReviewVerdicts verdicts(vault->database());
        VERDES_TRY_ASSIGN(upload, verdicts.makeUpload(vault->actor()));
        if (upload) {
            VERDES_TRY_ASSIGN(receipt, transport.uploadVerdicts(*upload));
            VERDES_TRY_ASSIGN(summary, verdicts.importReceipt(vault->actor(), receipt));
            reportVerdictReceipt(summary);
        }
        VERDES_TRY(renewClaims(*vault));
        return vault->lock();
    }
    ReviewQueueRepository queue(vault->database());
    VERDES_TRY_ASSIGN(states, queue.countsByState());
    QStringList counts;
    for (const auto &[state, count] : states) {
        counts << tr("%1: %2").arg(ProposalStateText::label(state)).arg(count);
    }
    err() << (counts.isEmpty() ? tr("Nothing received yet: 'verdes review sync' fetches the batches.")
                               : counts.join(QStringLiteral(" · ")))
          << Qt::endl;
    VERDES_TRY_ASSIGN(villages, queue.byVillage());
    for (const ReviewVillageCount &village : villages) {
        const RegionTable::Region *region = RegionTable::instance().find(village.villageCode);
        err() << tr("  %1 %2: %3 batch(es), %4 item(s), %5 open, %6 incomplete")
                     .arg(village.villageCode, region != nullptr ? region->name : QString())
                     .arg(village.batches)
                     .arg(village.items)
                     .arg(village.open)
                     .arg(village.incomplete)
              << Qt::endl;
    }
    VERDES_TRY_ASSIGN(items, queue.page(filter, 0, limit));
    for (const ReviewQueueItem &item : items) {
        out() << item.itemId << '\t' << item.villageCode << '\t' << item.proposalId << '\t' << item.type
              << '\t' << proposalStateCode(item.state) << '\t' << item.incomplete << '\t' << item.receivedAt
              << Qt::endl;
    }
    return vault->lock();
}

namespace {

// The verdict words of the command line: the state codes, and "rejected" as the issue writes it.
std::optional<ProposalState> verdictState(const QString &word)
{
    if (word == u"rejected") {
        return ProposalState::RejectedByDinas;
    }
    const auto state = proposalStateFromCode(word);
    if (state && sync::Verdict::verdictStates().contains(*state)) {
        return state;
    }
    return std::nullopt;
}

void reportVerdict(const sync::VerdictRow &row)
{
    QString text =
        CommandLine::tr("Item %1 is now \"%2\"").arg(row.itemId).arg(ProposalStateText::label(row.state));
    if (row.reason) {
        text += CommandLine::tr(" (%1)").arg(ReviewCodeText::codeAndLabel(*row.reason));
    }
    err() << text << CommandLine::tr("; the verdict is signed and waits to be sent to the hub.") << Qt::endl;
}

} // namespace

Result<void> CommandLine::reviewDecide(const Parsed &parsed)
{
    bool numeric = false;
    const qint64 itemId = parsed.positional.at(2).toLongLong(&numeric);
    if (!numeric || itemId <= 0) {
        return usage(tr("\"%1\" is not an item number").arg(parsed.positional.at(2)));
    }
    sync::VerdictInput input;
    const auto state = verdictState(parsed.positional.at(3));
    if (!state) {
        return usage(
            tr("unknown verdict \"%1\" (returned, gc_assigned, gc_done, verified, approved, rejected)")
                .arg(parsed.positional.at(3)));
    }
    input.state = *state;
    if (parsed.options.contains(QStringLiteral("--reason"))) {
        input.reason = ReviewReason::fromCode(parsed.options.value(QStringLiteral("--reason")));
        if (!input.reason) {
            return usage(tr("unknown reason \"%1\" (RT01 to RT99 for a return, RJ01 to RJ99 for a rejection)")
                             .arg(parsed.options.value(QStringLiteral("--reason"))));
        }
    }
    input.note = parsed.options.value(QStringLiteral("--note"));
    input.facilitator = parsed.options.value(QStringLiteral("--facilitator"));
    if (parsed.options.contains(QStringLiteral("--result"))) {
        VERDES_TRY_ASSIGN(result, intOption(parsed, QStringLiteral("--result"), 0, 1, 7));
        input.groundCheck = groundCheckResultFromNumber(static_cast<int>(result));
    }
    if (parsed.options.contains(QStringLiteral("--nik"))) {
        input.nikMatch = nikMatchFromCode(parsed.options.value(QStringLiteral("--nik")));
        if (!input.nikMatch) {
            return usage(tr("unknown NIK match \"%1\" (padan, tidak_padan, belum)")
                             .arg(parsed.options.value(QStringLiteral("--nik"))));
        }
    }
    VERDES_TRY_ASSIGN(vault, unlock(parsed, parsed.positional.at(1)));
    VERDES_TRY_ASSIGN(row, sync::ReviewVerdicts(vault->database()).decide(vault->actor(), itemId, input));
    reportVerdict(row);
    return vault->lock();
}

Result<void> CommandLine::reviewVerdicts(const Parsed &parsed)
{
    const QString sub = parsed.positional.at(0);
    const QString path = parsed.positional.at(2);
    QByteArray receipt;
    if (sub == u"receipt") {
        VERDES_TRY_ASSIGN(read, readInputFile(path, qint64(64) << 20));
        receipt = read;
    }
    VERDES_TRY_ASSIGN(vault, unlock(parsed, parsed.positional.at(1)));
    sync::ReviewVerdicts verdicts(vault->database());
    if (sub == u"verdicts") {
        VERDES_TRY_ASSIGN(upload, verdicts.makeUpload(vault->actor()));
        if (!upload) {
            err() << tr("Every verdict is with the hub already: nothing to write.") << Qt::endl;
            return vault->lock();
        }
        VERDES_TRY_ASSIGN(count, verdicts.unsentCount());
        VERDES_TRY(writeNewFileOrReplace(path, *upload, existingOption(parsed)));
        err() << tr("%n verdict(s) written to %1. The hub's operator stores them with 'verdes-hub verdicts'; "
                    "import the receipt with 'verdes review receipt'.",
                    nullptr,
                    static_cast<int>(count))
                     .arg(QDir::toNativeSeparators(path))
              << Qt::endl;
        return vault->lock();
    }
    VERDES_TRY_ASSIGN(summary, verdicts.importReceipt(vault->actor(), receipt));
    reportVerdictReceipt(summary);
    return vault->lock();
}

} // namespace verdes::app
