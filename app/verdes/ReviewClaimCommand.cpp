// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// `verdes review claim|release` (issue 14 §1): a reviewer takes items through the hub before deciding
// on them, so that two reviewers of one district never work on the same item; `verdes review sync`
// renews what they hold.
#include "app/verdes/CommandLine.h"
#include "app/verdes/Console.h"
#include "models/vault/Vault.h"
#include "sync/outbox/OutboxRepository.h"
#include "sync/review/ReviewClaims.h"
#include "sync/transport/HttpTransport.h"

#include <QMap>
#include <QTextStream>

#include <algorithm>

namespace verdes::app {

namespace {

Result<sync::HttpTransport::Options> hubAddress(Vault &vault)
{
    VERDES_TRY_ASSIGN(hub, sync::OutboxRepository(vault.database()).hub());
    if (!hub || hub->url.isEmpty()) {
        return hub ? Error(ErrorCode::SyncHubUnreachable,
                           {CommandLine::tr("(none: this hub is reached by USB stick)")})
                   : Error(ErrorCode::SyncNotEnrolled);
    }
    return sync::HttpTransport::Options{QUrl(hub->url), hub->tlsPin, 30000};
}

// Sends one request and keeps the hub's answer.
Result<sync::ReviewClaims::AnswerSummary> send(Vault &vault,
                                               sync::HttpTransport &transport,
                                               sync::ClaimAction action,
                                               const QList<qint64> &items,
                                               quint32 days)
{
    return sync::ReviewClaims(vault.database())
        .exchange(
            vault.actor(),
            [&transport](const QByteArray &request) {
                return transport.claim(request);
            },
            action,
            items,
            days);
}

void reportHeldByOthers(const QList<sync::ItemClaim> &held)
{
    for (const sync::ItemClaim &claim : held) {
        err() << CommandLine::tr("  item %1: held by %2 until %3")
                     .arg(claim.itemId)
                     .arg(claim.holderName, claim.untilText())
              << Qt::endl;
    }
}

} // namespace

QString CommandLine::reviewClaimHelpText()
{
    return tr(
        "  verdes review claim VAULT ITEM... [--days N]\n"
        "  verdes review claim VAULT --village CODE [--days N]\n"
        "                                 take items (or every open item of a village, before a\n"
        "                                 field visit) through the hub for N days (1 by default, at\n"
        "                                 most 30): nobody else's verdict on them is accepted meanwhile;\n"
        "                                 exit code 3 when another reviewer holds one of them\n"
        "  verdes review release VAULT ITEM...\n"
        "                                 give items you took back; 'verdes review sync' renews the\n"
        "                                 items you hold and lists those others hold\n");
}

Result<void> CommandLine::reviewClaims(const Parsed &parsed)
{
    const bool take = parsed.positional.at(0) == u"claim";
    const QString village = parsed.options.value(QStringLiteral("--village"));
    if (parsed.positional.size() < 2 || (parsed.positional.size() < 3 && (village.isEmpty() || !take))) {
        return usage(take ? tr("review claim needs VAULT and the items' numbers, or --village CODE")
                          : tr("review release needs VAULT and the items' numbers"));
    }
    VERDES_TRY_ASSIGN(days,
                      intOption(parsed,
                                QStringLiteral("--days"),
                                static_cast<int>(sync::ReviewClaims::kOfficeDays),
                                1,
                                static_cast<int>(sync::ClaimRequest::kMaxDays)));
    QList<qint64> items;
    for (qsizetype i = 2; i < parsed.positional.size(); ++i) {
        bool numeric = false;
        const qint64 itemId = parsed.positional.at(i).toLongLong(&numeric);
        if (!numeric || itemId <= 0) {
            return usage(tr("\"%1\" is not an item's number").arg(parsed.positional.at(i)));
        }
        items.append(itemId);
    }
    VERDES_TRY_ASSIGN(vault, unlock(parsed, parsed.positional.at(1)));
    sync::ReviewClaims claims(vault->database());
    if (take && !village.isEmpty()) {
        VERDES_TRY_ASSIGN(open, claims.openItemsOf(village));
        items.append(open);
        if (items.isEmpty()) {
            err() << tr("Village %1 has no open item to take.").arg(village) << Qt::endl;
            return vault->lock();
        }
    }
    VERDES_TRY_ASSIGN(address, hubAddress(*vault));
    sync::HttpTransport transport(address);
    VERDES_TRY_ASSIGN(summary,
                      send(*vault,
                           transport,
                           take ? sync::ClaimAction::Take : sync::ClaimAction::Release,
                           items,
                           static_cast<quint32>(days)));
    if (take) {
        err() << tr("%n item(s) taken for ", nullptr, summary.granted) << tr("%n day(s).", nullptr, days)
              << Qt::endl;
    } else {
        err() << tr("%n item(s) released.", nullptr, summary.released) << Qt::endl;
    }
    if (!summary.heldByOthers.isEmpty()) {
        err() << tr("%n item(s) are held by another reviewer:",
                    nullptr,
                    static_cast<int>(summary.heldByOthers.size()))
              << Qt::endl;
        reportHeldByOthers(summary.heldByOthers);
    }
    if (summary.unknown > 0) {
        err() << tr("%n item(s) unknown to the hub.", nullptr, summary.unknown) << Qt::endl;
    }
    VERDES_TRY(vault->lock());
    // Exit code 3 when not everything asked for was taken: a script knows someone else has it.
    if (!take || (summary.heldByOthers.isEmpty() && summary.unknown == 0)) {
        return {};
    }
    QString holder;
    QString until;
    if (!summary.heldByOthers.isEmpty()) {
        holder = summary.heldByOthers.constFirst().holderName;
        until = summary.heldByOthers.constFirst().untilText();
    }
    return Error(ErrorCode::ReviewItemClaimedByOther, {holder, until});
}

Result<void> CommandLine::renewClaims(Vault &vault)
{
    // What the actor holds is taken again for the days it was taken for, counted from now.
    sync::ReviewClaims claims(vault.database());
    VERDES_TRY_ASSIGN(held, claims.held(vault.actor()));
    VERDES_TRY_ASSIGN(address, hubAddress(vault));
    sync::HttpTransport transport(address);
    QMap<quint32, QList<qint64>> byDays;
    for (const sync::ItemClaim &claim : std::as_const(held)) {
        byDays[std::max(claim.days, sync::ReviewClaims::kOfficeDays)].append(claim.itemId);
    }
    int renewed = 0;
    for (auto it = byDays.cbegin(); it != byDays.cend(); ++it) {
        VERDES_TRY_ASSIGN(summary, send(vault, transport, sync::ClaimAction::Take, it.value(), it.key()));
        renewed += summary.granted;
    }
    if (renewed > 0) {
        err() << tr("%n item(s) you hold renewed.", nullptr, renewed) << Qt::endl;
    }
    VERDES_TRY_ASSIGN(keyId, claims.keyIdOf(vault.actor()));
    VERDES_TRY_ASSIGN(current, claims.current());
    QList<sync::ItemClaim> others;
    for (const sync::ItemClaim &claim : std::as_const(current)) {
        if (claim.holderKeyId != keyId) {
            others.append(claim);
        }
    }
    if (!others.isEmpty()) {
        std::sort(others.begin(), others.end(), [](const auto &a, const auto &b) {
            return a.itemId < b.itemId;
        });
        err() << tr("%n item(s) are held by another reviewer:", nullptr, static_cast<int>(others.size()))
              << Qt::endl;
        reportHeldByOthers(others);
    }
    return {};
}

} // namespace verdes::app
