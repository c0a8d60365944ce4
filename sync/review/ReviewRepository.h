// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"
#include "sync/review/ReviewVerdicts.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace verdes {
class Database;
} // namespace verdes

namespace verdes::sync {

// A reviewer's enrolment as the district review vault recorded it.
struct ReviewerEnrolmentRow
{
    QString officerId;
    QString roleCode; // "verifier", "office_head"
    QString hubId;
    QString hubName; // from the pinned hub; empty when it is not that hub
    QString enrolledAt;
    QByteArray answer; // the hub's signed answer
};

// A batch received for review, as stored (schema 14).
struct ReviewBatchRow
{
    quint64 hubSerial = 0;
    QByteArray batchId;
    QString villageCode;
    QByteArray deviceKey; // Ed25519 public key
    quint64 sequence = 0;
    QString createdAt;
    QString receivedAt;
    qsizetype itemCount = 0;
    QByteArray signedFile;
    QByteArray receipt;
    QString importedAt;
};

// One item of a received batch, for the queue.
struct ReviewItemRow
{
    quint64 hubSerial = 0;
    qsizetype position = 0;
    QString villageCode;
    quint64 proposalId = 0;
    QString type;
    QString householdId;
    QString incomplete;
};

// An item of the queue as a verdict on it needs it: where it came from and its chain so far.
struct ReviewItemChain
{
    qint64 itemId = 0;
    QString villageCode;
    QByteArray batchId;
    quint32 position = 0;
    quint64 proposalId = 0;
    ProposalState state = ProposalState::InReview;
    NikMatch nikMatch = NikMatch::NotChecked;
    int lastStep = 0;                        // 0 before the first verdict
    std::optional<QByteArray> lastVerdictId; // the newest verdict's id
};

// Who holds an item of the queue, as the hub last answered (schema 17).
struct ItemClaim
{
    qint64 itemId = 0;
    QByteArray holderKeyId; // 8 bytes
    QString holderName;
    QString until; // UTC, the hub's time
    quint32 days = 0;

    // "08-12 14:00", local time, as the queue and the messages show it.
    QString untilText() const;
};

// An item the office approved, with the batch it came in (for the export to the ministry).
struct ApprovedItemRow
{
    qint64 itemId = 0;
    quint64 hubSerial = 0;
    QString villageCode;
    quint32 position = 0;
    quint64 proposalId = 0;
    QByteArray signedBatch; // the village's signed batch, as received
    QByteArray deviceKey;   // the device key it verified with
};

// The SQL of the district review vault's sync (CONVENTIONS.md: SQL lives in the repositories): its
// reviewers' enrolments (schema 13) and the batches received for review (schema 14). Writes happen inside
// the caller's transaction, with the caller's audit entry.
class ReviewRepository final
{
public:
    explicit ReviewRepository(Database &db);

    // A value of vault_meta ("vault_id", "kind", "district_code"…); empty when not recorded.
    Result<QString> meta(const QString &key);

    Result<void> storeEnrolment(const ReviewerEnrolmentRow &row);
    Result<std::optional<ReviewerEnrolmentRow>> enrolment(const QString &officerId);

    // The hub's signing keys this vault pinned before the current one (schema 12).
    Result<QList<QByteArray>> retiredHubSigningKeys();
    // The serial of the newest batch held (0 for none).
    Result<quint64> lastSerial();
    // Whether the vault holds a batch with this serial or this id already.
    Result<bool> holds(quint64 hubSerial, const QByteArray &batchId);
    Result<void> insertBatch(const ReviewBatchRow &row);
    Result<void> insertItem(const ReviewItemRow &row);

    // The hub's signing keys this vault trusts, by key id: `pinned` and those pinned before it.
    Result<QHash<QByteArray, QByteArray>> hubSigningKeys(const QByteArray &pinned);

    // Verdicts (schema 15).
    Result<std::optional<ReviewItemChain>> itemChain(qint64 itemId);
    Result<void> insertVerdict(const VerdictRow &row, const QByteArray &signedFile);
    Result<void> setItemState(qint64 itemId, ProposalState state, NikMatch nikMatch);
    Result<QList<VerdictRow>> verdicts(qint64 itemId);
    Result<std::optional<VerdictRow>> verdict(const QByteArray &verdictId);
    // The signed files of the verdicts the hub has not answered for, in chain order.
    Result<QList<QByteArray>> unsentVerdictFiles();
    Result<qint64> unsentCount();
    // The approved items (of one village, or all when `villageCode` is empty), by batch and position.
    Result<QList<ApprovedItemRow>> approvedItems(const QString &villageCode);
    // Records what the hub's receipt for the upload `uploadId` said of a verdict.
    Result<void> recordOutcome(const QByteArray &verdictId,
                               const QByteArray &uploadId,
                               const QString &outcome,
                               const QString &refusal);

    // Claims on items (schema 17, ReviewClaims).
    // The queue's item at a batch and position, if the vault holds it.
    Result<std::optional<qint64>> itemAt(const QByteArray &batchId, quint32 position);
    // The last claim request number sent with a key (0 for none), and the next one recorded.
    Result<qint64> lastClaimSequence(const QByteArray &keyId);
    Result<void> recordClaimSequence(const QByteArray &keyId, qint64 sequence);
    // Keeps what the hub's answer of `answeredAt` said of an item: its holder, or nobody (`claim` empty).
    // An answer older than the one kept for the item changes nothing.
    Result<void> keepClaim(qint64 itemId, const std::optional<ItemClaim> &claim, const QString &answeredAt);
    // Ends the key's own claim on the item (its verdict went in).
    Result<void> endClaim(qint64 itemId, const QByteArray &keyId);
    // The claims lasting after `now` (UTC), of one item or, when none is named, every item.
    Result<QList<ItemClaim>> claimsAfter(const QString &now, std::optional<qint64> itemId = std::nullopt);
    // The items of a village still open for a verdict, oldest first.
    Result<QList<qint64>> openItemsOf(const QString &villageCode);

private:
    Database &m_db;
};

} // namespace verdes::sync
