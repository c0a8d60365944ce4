// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/batch/ReviewClaim.h"

#include "sync/batch/Envelope.h"
#include "sync/batch/Wire.h"

#include <QSet>

#include <array>

namespace verdes::sync {

namespace {

QString requestFormat()
{
    return QStringLiteral("verdes-claim-request/1");
}

QString answerFormat()
{
    return QStringLiteral("verdes-claim-answer/1");
}

constexpr qsizetype kKeyIdSize = 8;

struct OutcomeRow
{
    ClaimOutcome outcome;
    const char *code;
};

constexpr std::array<OutcomeRow, 4> kOutcomes{{
    {ClaimOutcome::Granted, "granted"},
    {ClaimOutcome::Released, "released"},
    {ClaimOutcome::HeldByOther, "held_by_other"},
    {ClaimOutcome::UnknownItem, "unknown_item"},
}};

void writeItem(WireWriter &w, const ClaimItem &item)
{
    w.digest(item.batchId);
    w.u32(item.position);
}

ClaimItem readItem(WireReader &r)
{
    ClaimItem item;
    item.batchId = r.digest("batch_id");
    item.position = r.u32("position");
    return item;
}

QByteArray itemKey(const ClaimItem &item)
{
    return item.batchId + QByteArray::number(item.position);
}

} // namespace

QString claimActionCode(ClaimAction action)
{
    return action == ClaimAction::Take ? QStringLiteral("take") : QStringLiteral("release");
}

std::optional<ClaimAction> claimActionFromCode(QStringView code)
{
    for (const ClaimAction action : {ClaimAction::Take, ClaimAction::Release}) {
        if (code == claimActionCode(action)) {
            return action;
        }
    }
    return std::nullopt;
}

QString claimOutcomeCode(ClaimOutcome outcome)
{
    for (const OutcomeRow &row : kOutcomes) {
        if (row.outcome == outcome) {
            return QString::fromLatin1(row.code);
        }
    }
    return {};
}

std::optional<ClaimOutcome> claimOutcomeFromCode(QStringView code)
{
    for (const OutcomeRow &row : kOutcomes) {
        if (code == QLatin1StringView(row.code)) {
            return row.outcome;
        }
    }
    return std::nullopt;
}

namespace {

// The holder of an entry fits its outcome (docs/batch-format.md §17).
void checkEntry(WireReader &r, const ClaimAnswerEntry &entry, const QByteArray &requester)
{
    const QString outcome = claimOutcomeCode(entry.outcome);
    const bool held = entry.outcome == ClaimOutcome::Granted || entry.outcome == ClaimOutcome::HeldByOther;
    if (entry.holderKeyId.size() != (held ? kKeyIdSize : 0)) {
        r.fail("holder_key_id",
               QStringLiteral("%1 bytes with %2").arg(entry.holderKeyId.size()).arg(outcome));
    } else if (entry.holderName.isEmpty() == held) {
        r.fail("holder_name", QStringLiteral("with %1").arg(outcome));
    } else if (entry.until.isEmpty() == held) {
        r.fail("until", QStringLiteral("with %1").arg(outcome));
    } else if (entry.outcome == ClaimOutcome::Granted && entry.holderKeyId != requester) {
        r.fail("holder_key_id", QStringLiteral("granted to another key"));
    } else if (entry.outcome == ClaimOutcome::HeldByOther && entry.holderKeyId == requester) {
        r.fail("holder_key_id", QStringLiteral("held by the requester's own key"));
    }
}

} // namespace

QByteArray ClaimRequest::encode() const
{
    WireWriter w;
    w.text(requestFormat());
    w.text(vaultId);
    w.keyId(reviewerKeyId);
    w.u64(sequence);
    w.text(claimActionCode(action));
    w.u32(days);
    w.text(createdAt);
    w.count(items.size());
    for (const ClaimItem &item : items) {
        writeItem(w, item);
    }
    return w.data();
}

Result<ClaimRequest> ClaimRequest::decode(QByteArrayView body)
{
    WireReader r(body);
    ClaimRequest request;
    r.format(requestFormat());
    request.vaultId = r.requiredText("vault_id");
    request.reviewerKeyId = r.keyId("reviewer_key_id");
    request.sequence = r.u64("sequence");
    if (r.ok() && request.sequence == 0) {
        r.fail("sequence", QStringLiteral("0"));
    }
    const QString action = r.text("action");
    if (r.ok()) {
        const auto known = claimActionFromCode(action);
        known ? void(request.action = *known) : r.fail("action", QStringLiteral("'%1'").arg(action));
    }
    request.days = r.u32("days");
    if (r.ok()
        && (request.action == ClaimAction::Take ? request.days == 0 || request.days > kMaxDays
                                                : request.days != 0)) {
        r.fail("days", QStringLiteral("%1 with %2").arg(request.days).arg(action));
    }
    request.createdAt = r.utcTime("created_at");
    const qsizetype count = r.count("items", kMaxItems);
    if (r.ok() && count == 0) {
        r.fail("items", QStringLiteral("none"));
    }
    QSet<QByteArray> seen;
    for (qsizetype i = 0; i < count && r.ok(); ++i) {
        r.setScope(QStringLiteral("items[%1].").arg(i));
        ClaimItem item = readItem(r);
        if (r.ok() && seen.contains(itemKey(item))) {
            r.fail("position", QStringLiteral("%1 named twice").arg(item.position));
        }
        seen.insert(itemKey(item));
        request.items.append(std::move(item));
    }
    r.setScope({});
    if (!r.finish()) {
        return Error(ErrorCode::SyncFileMalformed, {fileKindLabel(FileKind::ClaimRequest)}, r.failure());
    }
    return request;
}

QByteArray ClaimAnswer::encode() const
{
    WireWriter w;
    w.text(answerFormat());
    w.text(hubId);
    w.text(vaultId);
    w.keyId(reviewerKeyId);
    w.digest(requestId);
    w.u64(sequence);
    w.text(issuedAt);
    w.count(entries.size());
    for (const ClaimAnswerEntry &entry : entries) {
        writeItem(w, entry.item);
        w.text(claimOutcomeCode(entry.outcome));
        w.bytes(entry.holderKeyId);
        w.text(entry.holderName);
        w.text(entry.until);
    }
    return w.data();
}

Result<ClaimAnswer> ClaimAnswer::decode(QByteArrayView body)
{
    WireReader r(body);
    ClaimAnswer answer;
    r.format(answerFormat());
    answer.hubId = r.requiredText("hub_id");
    answer.vaultId = r.requiredText("vault_id");
    answer.reviewerKeyId = r.keyId("reviewer_key_id");
    answer.requestId = r.digest("request_id");
    answer.sequence = r.u64("sequence");
    answer.issuedAt = r.utcTime("issued_at");
    const qsizetype count = r.count("entries", ClaimRequest::kMaxItems);
    for (qsizetype i = 0; i < count && r.ok(); ++i) {
        r.setScope(QStringLiteral("entries[%1].").arg(i));
        ClaimAnswerEntry entry;
        entry.item = readItem(r);
        const QString outcome = r.text("outcome");
        if (r.ok()) {
            const auto known = claimOutcomeFromCode(outcome);
            known ? void(entry.outcome = *known) : r.fail("outcome", QStringLiteral("'%1'").arg(outcome));
        }
        entry.holderKeyId = r.bytes("holder_key_id");
        entry.holderName = r.text("holder_name");
        entry.until = r.utcTimeOrEmpty("until");
        if (r.ok()) {
            checkEntry(r, entry, answer.reviewerKeyId);
        }
        answer.entries.append(std::move(entry));
    }
    r.setScope({});
    if (!r.finish()) {
        return Error(ErrorCode::SyncFileMalformed, {fileKindLabel(FileKind::ClaimAnswer)}, r.failure());
    }
    return answer;
}

} // namespace verdes::sync
