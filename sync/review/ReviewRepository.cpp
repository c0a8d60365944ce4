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

} // namespace verdes::sync
