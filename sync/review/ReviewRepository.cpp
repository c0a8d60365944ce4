// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/review/ReviewRepository.h"

#include "models/core/PublicKey.h"
#include "models/vault/Database.h"
#include "models/vault/Statement.h"

namespace verdes::sync {

ReviewRepository::ReviewRepository(Database &db)
    : m_db(db)
{}

Result<QString> ReviewRepository::meta(const QString &key)
{
    Statement st(m_db, u"SELECT coalesce((SELECT value FROM vault_meta WHERE key = :key), '')");
    VERDES_TRY(st.status());
    st.bind(u":key", key);
    VERDES_TRY_ASSIGN(row, st.step());
    return row ? st.text(0) : QString();
}

Result<void> ReviewRepository::storeEnrolment(const ReviewerEnrolmentRow &row)
{
    Statement st(m_db,
                 u"INSERT INTO reviewer_enrolments (officer_id, role, hub_id, enrolled_at, answer) "
                 u"VALUES (:officer, :role, :hub, :at, :answer) ON CONFLICT (officer_id) DO UPDATE SET "
                 u"role = excluded.role, hub_id = excluded.hub_id, enrolled_at = excluded.enrolled_at, "
                 u"answer = excluded.answer");
    VERDES_TRY(st.status());
    st.bind(u":officer", row.officerId);
    st.bind(u":role", row.roleCode);
    st.bind(u":hub", row.hubId);
    st.bind(u":at", row.enrolledAt);
    st.bind(u":answer", row.answer);
    return st.run();
}

Result<std::optional<ReviewerEnrolmentRow>> ReviewRepository::enrolment(const QString &officerId)
{
    Statement st(m_db,
                 u"SELECT e.role, e.hub_id, coalesce(h.hub_name, ''), e.enrolled_at, e.answer "
                 u"FROM reviewer_enrolments e LEFT JOIN hub_enrolment h ON h.hub_id = e.hub_id "
                 u"WHERE e.officer_id = :officer");
    VERDES_TRY(st.status());
    st.bind(u":officer", officerId);
    VERDES_TRY_ASSIGN(found, st.step());
    if (!found) {
        return std::optional<ReviewerEnrolmentRow>();
    }
    ReviewerEnrolmentRow row;
    row.officerId = officerId;
    row.roleCode = st.text(0);
    row.hubId = st.text(1);
    row.hubName = st.text(2);
    row.enrolledAt = st.text(3);
    row.answer = st.blob(4);
    return std::optional<ReviewerEnrolmentRow>(std::move(row));
}

Result<QList<QByteArray>> ReviewRepository::retiredHubSigningKeys()
{
    Statement st(m_db, u"SELECT signing_key FROM retired_hub_keys");
    VERDES_TRY(st.status());
    QList<QByteArray> keys;
    while (true) {
        VERDES_TRY_ASSIGN(row, st.step());
        if (!row) {
            break;
        }
        keys.append(st.blob(0));
    }
    return keys;
}

Result<quint64> ReviewRepository::lastSerial()
{
    VERDES_TRY_ASSIGN(serial, m_db.queryInt(u"SELECT coalesce(max(hub_serial), 0) FROM review_batches"));
    return static_cast<quint64>(serial);
}

Result<bool> ReviewRepository::holds(quint64 hubSerial, const QByteArray &batchId)
{
    Statement st(m_db,
                 u"SELECT count(*) FROM review_batches WHERE hub_serial = :serial OR batch_id = :batch");
    VERDES_TRY(st.status());
    st.bind(u":serial", static_cast<qint64>(hubSerial));
    st.bind(u":batch", batchId);
    VERDES_TRY_ASSIGN(row, st.step());
    return row && st.int64(0) > 0;
}

Result<void> ReviewRepository::insertBatch(const ReviewBatchRow &row)
{
    Statement st(
        m_db,
        u"INSERT INTO review_batches (hub_serial, batch_id, village_code, device_key_id, device_key, "
        u"sequence, created_at, received_at, item_count, signed_file, receipt, imported_at) VALUES "
        u"(:serial, :batch, :village, :key_id, :key, :sequence, :created, :received, :count, :file, "
        u":receipt, :now)");
    VERDES_TRY(st.status());
    st.bind(u":serial", static_cast<qint64>(row.hubSerial));
    st.bind(u":batch", row.batchId);
    st.bind(u":village", row.villageCode);
    st.bind(u":key_id", PublicKey::idTextOf(row.deviceKey));
    st.bind(u":key", row.deviceKey);
    st.bind(u":sequence", static_cast<qint64>(row.sequence));
    st.bind(u":created", row.createdAt);
    st.bind(u":received", row.receivedAt);
    st.bind(u":count", static_cast<qint64>(row.itemCount));
    st.bind(u":file", row.signedFile);
    st.bind(u":receipt", row.receipt);
    st.bind(u":now", row.importedAt);
    return st.run();
}

Result<void> ReviewRepository::insertItem(const ReviewItemRow &row)
{
    Statement st(
        m_db,
        u"INSERT INTO review_items (hub_serial, position, village_code, proposal_id, type, household_id, "
        u"incomplete) VALUES (:serial, :position, :village, :proposal, :type, :household, :incomplete)");
    VERDES_TRY(st.status());
    st.bind(u":serial", static_cast<qint64>(row.hubSerial));
    st.bind(u":position", static_cast<qint64>(row.position));
    st.bind(u":village", row.villageCode);
    st.bind(u":proposal", static_cast<qint64>(row.proposalId));
    st.bind(u":type", row.type);
    st.bind(u":household", row.householdId);
    st.bind(u":incomplete", row.incomplete);
    return st.run();
}

Result<QHash<QByteArray, QByteArray>> ReviewRepository::hubSigningKeys(const QByteArray &pinned)
{
    QHash<QByteArray, QByteArray> keys;
    keys.insert(PublicKey::idOf(pinned), pinned);
    VERDES_TRY_ASSIGN(retired, retiredHubSigningKeys());
    for (const QByteArray &key : retired) {
        keys.insert(PublicKey::idOf(key), key);
    }
    return keys;
}

Result<std::optional<ReviewItemChain>> ReviewRepository::itemChain(qint64 itemId)
{
    Statement st(
        m_db,
        u"SELECT i.village_code, b.batch_id, i.position, i.proposal_id, i.state, i.nik_match, "
        u"(SELECT max(step) FROM review_verdicts WHERE item_id = i.item_id), "
        u"(SELECT verdict_id FROM review_verdicts WHERE item_id = i.item_id ORDER BY step DESC LIMIT 1) "
        u"FROM review_items i JOIN review_batches b ON b.hub_serial = i.hub_serial "
        u"WHERE i.item_id = :item");
    VERDES_TRY(st.status());
    st.bind(u":item", itemId);
    VERDES_TRY_ASSIGN(found, st.step());
    if (!found) {
        return std::optional<ReviewItemChain>();
    }
    ReviewItemChain chain;
    chain.itemId = itemId;
    chain.villageCode = st.text(0);
    chain.batchId = st.blob(1);
    chain.position = static_cast<quint32>(st.int64(2));
    chain.proposalId = static_cast<quint64>(st.int64(3));
    chain.state = proposalStateFromCode(st.text(4)).value_or(ProposalState::InReview);
    chain.nikMatch = nikMatchFromCode(st.text(5)).value_or(NikMatch::NotChecked);
    chain.lastStep = static_cast<int>(st.int64(6));
    if (!st.isNull(7)) {
        chain.lastVerdictId = st.blob(7);
    }
    return std::optional<ReviewItemChain>(std::move(chain));
}

Result<void> ReviewRepository::insertVerdict(const VerdictRow &row, const QByteArray &signedFile)
{
    Statement st(m_db,
                 u"INSERT INTO review_verdicts (verdict_id, item_id, step, officer_id, state, reason, note, "
                 u"facilitator, ground_check, nik_match, decided_at, signed_file) VALUES (:id, :item, :step, "
                 u":officer, :state, :reason, :note, :facilitator, :ground, :nik, :at, :file)");
    VERDES_TRY(st.status());
    st.bind(u":id", row.verdictId);
    st.bind(u":item", row.itemId);
    st.bind(u":step", row.step);
    st.bind(u":officer", row.officerId);
    st.bind(u":state", proposalStateCode(row.state));
    st.bind(u":reason", row.reason ? row.reason->code() : QString());
    st.bind(u":note", row.note);
    st.bind(u":facilitator", row.facilitator);
    st.bind(u":ground", row.groundCheck ? static_cast<int>(*row.groundCheck) : 0);
    st.bind(u":nik", nikMatchCode(row.nikMatch));
    st.bind(u":at", row.decidedAt);
    st.bind(u":file", signedFile);
    return st.run();
}

Result<void> ReviewRepository::setItemState(qint64 itemId, ProposalState state, NikMatch nikMatch)
{
    Statement st(m_db, u"UPDATE review_items SET state = :state, nik_match = :nik WHERE item_id = :item");
    VERDES_TRY(st.status());
    st.bind(u":state", proposalStateCode(state));
    st.bind(u":nik", nikMatchCode(nikMatch));
    st.bind(u":item", itemId);
    return st.run();
}

namespace {

constexpr QStringView kVerdictColumns = u"SELECT verdict_id, item_id, step, officer_id, state, reason, note, "
                                        u"facilitator, ground_check, nik_match, "
                                        u"decided_at, outcome, refusal FROM review_verdicts ";

VerdictRow readVerdict(const Statement &st)
{
    VerdictRow row;
    row.verdictId = st.blob(0);
    row.itemId = st.int64(1);
    row.step = static_cast<int>(st.int64(2));
    row.officerId = st.text(3);
    row.state = proposalStateFromCode(st.text(4)).value_or(ProposalState::InReview);
    row.reason = ReviewReason::fromCode(st.text(5));
    row.note = st.text(6);
    row.facilitator = st.text(7);
    row.groundCheck = groundCheckResultFromNumber(static_cast<int>(st.int64(8)));
    row.nikMatch = nikMatchFromCode(st.text(9)).value_or(NikMatch::NotChecked);
    row.decidedAt = st.text(10);
    row.outcome = st.text(11);
    row.refusal = st.text(12);
    return row;
}

} // namespace

Result<QList<VerdictRow>> ReviewRepository::verdicts(qint64 itemId)
{
    Statement st(m_db,
                 QString(kVerdictColumns.toString() + QStringLiteral("WHERE item_id = :item ORDER BY step")));
    VERDES_TRY(st.status());
    st.bind(u":item", itemId);
    QList<VerdictRow> rows;
    while (true) {
        VERDES_TRY_ASSIGN(row, st.step());
        if (!row) {
            return rows;
        }
        rows.append(readVerdict(st));
    }
}

Result<std::optional<VerdictRow>> ReviewRepository::verdict(const QByteArray &verdictId)
{
    Statement st(m_db, QString(kVerdictColumns.toString() + QStringLiteral("WHERE verdict_id = :id")));
    VERDES_TRY(st.status());
    st.bind(u":id", verdictId);
    VERDES_TRY_ASSIGN(found, st.step());
    return found ? std::optional<VerdictRow>(readVerdict(st)) : std::optional<VerdictRow>();
}

Result<QList<QByteArray>> ReviewRepository::unsentVerdictFiles()
{
    Statement st(m_db, u"SELECT signed_file FROM review_verdicts WHERE outcome = '' ORDER BY item_id, step");
    VERDES_TRY(st.status());
    QList<QByteArray> files;
    while (true) {
        VERDES_TRY_ASSIGN(row, st.step());
        if (!row) {
            return files;
        }
        files.append(st.blob(0));
    }
}

Result<qint64> ReviewRepository::unsentCount()
{
    return m_db.queryInt(u"SELECT count(*) FROM review_verdicts WHERE outcome = ''");
}

Result<void> ReviewRepository::recordOutcome(const QByteArray &verdictId,
                                             const QByteArray &uploadId,
                                             const QString &outcome,
                                             const QString &refusal)
{
    Statement st(m_db,
                 u"UPDATE review_verdicts SET upload_id = :upload, outcome = :outcome, refusal = :refusal "
                 u"WHERE verdict_id = :id");
    VERDES_TRY(st.status());
    st.bind(u":upload", uploadId);
    st.bind(u":outcome", outcome);
    st.bind(u":refusal", refusal);
    st.bind(u":id", verdictId);
    return st.run();
}

Result<QList<ApprovedItemRow>> ReviewRepository::approvedItems(const QString &villageCode)
{
    Statement st(m_db,
                 u"SELECT i.item_id, i.hub_serial, i.village_code, i.position, i.proposal_id, b.signed_file, "
                 u"b.device_key FROM review_items i JOIN review_batches b ON b.hub_serial = i.hub_serial "
                 u"WHERE i.state = 'approved' AND (:village = '' OR i.village_code = :village) "
                 u"ORDER BY i.village_code, i.hub_serial, i.position");
    VERDES_TRY(st.status());
    st.bind(u":village", villageCode);
    QList<ApprovedItemRow> rows;
    while (true) {
        VERDES_TRY_ASSIGN(row, st.step());
        if (!row) {
            return rows;
        }
        rows.append({st.int64(0),
                     static_cast<quint64>(st.int64(1)),
                     st.text(2),
                     static_cast<quint32>(st.int64(3)),
                     static_cast<quint64>(st.int64(4)),
                     st.blob(5),
                     st.blob(6)});
    }
}

Result<std::optional<qint64>> ReviewRepository::itemAt(const QByteArray &batchId, quint32 position)
{
    Statement st(m_db,
                 u"SELECT i.item_id FROM review_items i JOIN review_batches b ON b.hub_serial = i.hub_serial "
                 u"WHERE b.batch_id = :batch AND i.position = :position");
    VERDES_TRY(st.status());
    st.bind(u":batch", batchId);
    st.bind(u":position", static_cast<qint64>(position));
    VERDES_TRY_ASSIGN(row, st.step());
    return row ? std::optional<qint64>(st.int64(0)) : std::nullopt;
}

Result<qint64> ReviewRepository::lastClaimSequence(const QByteArray &keyId)
{
    Statement st(m_db, u"SELECT last_sequence FROM transient_review_claim_requests WHERE key_id = :key");
    VERDES_TRY(st.status());
    st.bind(u":key", keyId);
    VERDES_TRY_ASSIGN(row, st.step());
    return row ? st.int64(0) : 0;
}

Result<void> ReviewRepository::recordClaimSequence(const QByteArray &keyId, qint64 sequence)
{
    Statement st(m_db,
                 u"INSERT INTO transient_review_claim_requests (key_id, last_sequence) VALUES (:key, :seq) "
                 u"ON CONFLICT (key_id) DO UPDATE SET last_sequence = excluded.last_sequence");
    VERDES_TRY(st.status());
    st.bind(u":key", keyId);
    st.bind(u":seq", sequence);
    return st.run();
}

Result<void>
ReviewRepository::keepClaim(qint64 itemId, const std::optional<ItemClaim> &claim, const QString &answeredAt)
{
    if (!claim) {
        Statement st(m_db,
                     u"DELETE FROM transient_review_claims WHERE item_id = :item AND answered_at <= :at");
        VERDES_TRY(st.status());
        st.bind(u":item", itemId);
        st.bind(u":at", answeredAt);
        return st.run();
    }
    Statement st(
        m_db,
        u"INSERT INTO transient_review_claims (item_id, holder_key_id, holder_name, held_until, days, "
        u"answered_at) VALUES (:item, :key, :name, :until, :days, :at) ON CONFLICT (item_id) DO UPDATE "
        u"SET holder_key_id = excluded.holder_key_id, holder_name = excluded.holder_name, "
        u"held_until = excluded.held_until, days = excluded.days, answered_at = excluded.answered_at "
        u"WHERE transient_review_claims.answered_at <= excluded.answered_at");
    VERDES_TRY(st.status());
    st.bind(u":item", itemId);
    st.bind(u":key", claim->holderKeyId);
    st.bind(u":name", claim->holderName);
    st.bind(u":until", claim->until);
    st.bind(u":days", static_cast<qint64>(claim->days));
    st.bind(u":at", answeredAt);
    return st.run();
}

Result<void> ReviewRepository::endClaim(qint64 itemId, const QByteArray &keyId)
{
    Statement st(m_db, u"DELETE FROM transient_review_claims WHERE item_id = :item AND holder_key_id = :key");
    VERDES_TRY(st.status());
    st.bind(u":item", itemId);
    st.bind(u":key", keyId);
    return st.run();
}

Result<QList<ItemClaim>> ReviewRepository::claimsAfter(const QString &now, std::optional<qint64> itemId)
{
    Statement st(m_db,
                 u"SELECT item_id, holder_key_id, holder_name, held_until, days FROM transient_review_claims "
                 u"WHERE held_until > :now AND (:item IS NULL OR item_id = :item) ORDER BY item_id");
    VERDES_TRY(st.status());
    st.bind(u":now", now);
    st.bind(u":item", itemId);
    QList<ItemClaim> claims;
    for (;;) {
        VERDES_TRY_ASSIGN(row, st.step());
        if (!row) {
            break;
        }
        claims.append(
            ItemClaim{st.int64(0), st.blob(1), st.text(2), st.text(3), static_cast<quint32>(st.int64(4))});
    }
    return claims;
}

Result<QList<qint64>> ReviewRepository::openItemsOf(const QString &villageCode)
{
    Statement st(m_db,
                 u"SELECT item_id FROM review_items WHERE village_code = :village "
                 u"AND state NOT IN ('returned', 'approved', 'rejected_by_dinas') ORDER BY item_id");
    VERDES_TRY(st.status());
    st.bind(u":village", villageCode);
    QList<qint64> items;
    for (;;) {
        VERDES_TRY_ASSIGN(row, st.step());
        if (!row) {
            break;
        }
        items.append(st.int64(0));
    }
    return items;
}

} // namespace verdes::sync
