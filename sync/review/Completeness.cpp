// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/review/Completeness.h"

#include "models/core/PublicKey.h"
#include "models/proposals/ProposalType.h"
#include "sync/outbox/BatchBuilder.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace verdes::sync {

namespace {

ReviewReason returned(int number)
{
    return ReviewReason{ReviewReason::Kind::Return, number};
}

} // namespace

QList<ReviewReason> Completeness::ofBatch(const Batch &batch, const QByteArray &devicePublicKey)
{
    const ReviewReason missingMinutes = returned(3);
    if (batch.meeting.isEmpty()
        || QCryptographicHash::hash(batch.meeting, QCryptographicHash::Sha256) != batch.meetingSha256
        || !PublicKey::verify(devicePublicKey, batch.meeting, batch.meetingSignature)) {
        return {missingMinutes};
    }
    const QJsonObject minutes = QJsonDocument::fromJson(batch.meeting).object();
    const QString kind =
        minutes.value(QStringLiteral("meeting")).toObject().value(QStringLiteral("kind")).toString();
    // A sealed berita acara names who sealed it; a meeting's has its attendance (an SPTJM has none).
    if (!minutes.value(QStringLiteral("seal")).isObject()
        || (kind != u"sptjm" && minutes.value(QStringLiteral("attendance")).toArray().isEmpty())) {
        return {missingMinutes};
    }
    return {};
}

QList<ReviewReason> Completeness::ofItem(const BatchItem &item)
{
    QList<ReviewReason> missing;
    // A registrant the meeting proposes to remove from the flagged list has no proposal of its own.
    const bool flaggedRemoval = item.type == BatchBuilder::kFlaggedRemovalType;
    const auto type = proposalTypeFromCode(item.type);
    if ((!type && !flaggedRemoval) || item.reason.trimmed().isEmpty() || item.bnba.isEmpty()
        || (flaggedRemoval && item.household.isEmpty())) {
        missing.append(returned(2));
    }
    if (type) {
        for (const EvidenceRule &rule : proposalTypeInfo(*type).evidence) {
            if (!rule.required) {
                continue;
            }
            const bool present = std::ranges::any_of(item.evidence, [&rule](const BatchEvidence &evidence) {
                const auto kind = evidenceKindFromCode(evidence.kind);
                return kind && rule.anyOf.contains(*kind) && !evidence.content.isEmpty();
            });
            if (!present) {
                missing.append(returned(1));
                break;
            }
        }
    }
    return missing;
}

QString Completeness::codes(const QList<ReviewReason> &batch, const QList<ReviewReason> &item)
{
    QStringList codes;
    for (const ReviewReason &reason : batch + item) {
        if (!codes.contains(reason.code())) {
            codes.append(reason.code());
        }
    }
    codes.sort();
    return codes.join(u' ');
}

} // namespace verdes::sync
