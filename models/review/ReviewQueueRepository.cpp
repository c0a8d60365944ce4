// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/review/ReviewQueueRepository.h"

#include "models/vault/Database.h"
#include "models/vault/Statement.h"

namespace verdes {

namespace {

// The item's claim while it lasts (schema 17); the time is SQLite's, in the hub's format.
constexpr QStringView kClaimJoin = u"LEFT JOIN transient_review_claims c ON c.item_id = i.item_id "
                                   u"AND c.held_until > strftime('%Y-%m-%dT%H:%M:%fZ', 'now')";

// The columns every read of an item selects, in the order readItem takes them.
constexpr QStringView kItemColumns =
    u"i.item_id, i.hub_serial, i.village_code, i.proposal_id, i.type, i.household_id, i.state, i.incomplete, "
    u"b.received_at, coalesce(c.holder_name, ''), coalesce(c.held_until, ''), coalesce(c.holder_key_id, x'') "
    u"FROM review_items i JOIN review_batches b ON b.hub_serial = i.hub_serial "
    u"LEFT JOIN transient_review_claims c ON c.item_id = i.item_id "
    u"AND c.held_until > strftime('%Y-%m-%dT%H:%M:%fZ', 'now')";

ReviewQueueItem readItem(const Statement &st)
{
    ReviewQueueItem item;
    item.itemId = st.int64(0);
    item.hubSerial = static_cast<quint64>(st.int64(1));
    item.villageCode = st.text(2);
    item.proposalId = static_cast<quint64>(st.int64(3));
    item.type = st.text(4);
    item.householdId = st.text(5);
    item.state = proposalStateFromCode(st.text(6)).value_or(ProposalState::InReview);
    item.incomplete = st.text(7);
    item.receivedAt = st.text(8);
    item.holderName = st.text(9);
    item.heldUntil = st.text(10);
    item.holderKeyId = st.blob(11);
    return item;
}

QString whereOf(const ReviewQueueFilter &filter)
{
    QStringList terms;
    if (!filter.villageCode.isEmpty()) {
        terms << QStringLiteral("i.village_code = :village");
    }
    if (!filter.type.isEmpty()) {
        terms << QStringLiteral("i.type = :type");
    }
    if (filter.state) {
        terms << QStringLiteral("i.state = :state");
    }
    if (filter.incompleteOnly) {
        terms << QStringLiteral("i.incomplete <> ''");
    }
    if (!filter.receivedBefore.isEmpty()) {
        terms << QStringLiteral("b.received_at < :before");
    }
    if (!filter.heldBy.isEmpty()) {
        terms << QStringLiteral("c.holder_key_id = :holder");
    }
    return terms.isEmpty() ? QString() : QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
}

void bindFilter(Statement &st, const ReviewQueueFilter &filter)
{
    if (!filter.villageCode.isEmpty()) {
        st.bind(u":village", filter.villageCode);
    }
    if (!filter.type.isEmpty()) {
        st.bind(u":type", filter.type);
    }
    if (filter.state) {
        st.bind(u":state", proposalStateCode(*filter.state));
    }
    if (!filter.receivedBefore.isEmpty()) {
        st.bind(u":before", filter.receivedBefore);
    }
    if (!filter.heldBy.isEmpty()) {
        st.bind(u":holder", filter.heldBy);
    }
}

} // namespace

ReviewQueueRepository::ReviewQueueRepository(Database &db)
    : m_db(db)
{}

Result<QList<ReviewQueueItem>>
ReviewQueueRepository::page(const ReviewQueueFilter &filter, qint64 offset, qint64 limit)
{
    const QString sql = QStringLiteral("SELECT ") + kItemColumns.toString() + whereOf(filter)
                        + QStringLiteral(" ORDER BY i.hub_serial, i.position LIMIT :limit OFFSET :offset");
    Statement st(m_db, sql);
    VERDES_TRY(st.status());
    bindFilter(st, filter);
    st.bind(u":limit", limit);
    st.bind(u":offset", offset);
    QList<ReviewQueueItem> items;
    while (true) {
        VERDES_TRY_ASSIGN(row, st.step());
        if (!row) {
            break;
        }
        items.append(readItem(st));
    }
    return items;
}

Result<qint64> ReviewQueueRepository::count(const ReviewQueueFilter &filter)
{
    const QString sql =
        QStringLiteral(
            "SELECT count(*) FROM review_items i JOIN review_batches b ON b.hub_serial = i.hub_serial ")
        + kClaimJoin.toString() + whereOf(filter);
    Statement st(m_db, sql);
    VERDES_TRY(st.status());
    bindFilter(st, filter);
    VERDES_TRY_ASSIGN(row, st.step());
    return row ? st.int64(0) : 0;
}

Result<QList<QPair<ProposalState, qint64>>> ReviewQueueRepository::countsByState()
{
    Statement st(m_db, u"SELECT state, count(*) FROM review_items GROUP BY state");
    VERDES_TRY(st.status());
    QList<QPair<ProposalState, qint64>> counts;
    while (true) {
        VERDES_TRY_ASSIGN(row, st.step());
        if (!row) {
            break;
        }
        if (const auto state = proposalStateFromCode(st.text(0))) {
            counts.append({*state, st.int64(1)});
        }
    }
    std::ranges::sort(counts, [](const auto &a, const auto &b) {
        return a.first < b.first;
    });
    return counts;
}

Result<QList<ReviewVillageCount>> ReviewQueueRepository::byVillage()
{
    Statement st(m_db,
                 u"SELECT b.village_code, count(DISTINCT b.hub_serial), count(i.item_id), "
                 u"coalesce(sum(i.state NOT IN ('approved', 'rejected_by_dinas', 'returned')), 0), "
                 u"coalesce(sum(i.incomplete <> ''), 0), "
                 u"coalesce(min(CASE WHEN i.state NOT IN ('approved', 'rejected_by_dinas', 'returned') "
                 u"THEN b.received_at END), '') "
                 u"FROM review_batches b LEFT JOIN review_items i ON i.hub_serial = b.hub_serial "
                 u"GROUP BY b.village_code ORDER BY b.village_code");
    VERDES_TRY(st.status());
    QList<ReviewVillageCount> villages;
    while (true) {
        VERDES_TRY_ASSIGN(row, st.step());
        if (!row) {
            break;
        }
        ReviewVillageCount village;
        village.villageCode = st.text(0);
        village.batches = st.int64(1);
        village.items = st.int64(2);
        village.open = st.int64(3);
        village.incomplete = st.int64(4);
        village.oldestOpenReceivedAt = st.text(5);
        villages.append(village);
    }
    return villages;
}

Result<std::optional<ReviewQueueItem>> ReviewQueueRepository::item(qint64 itemId)
{
    const QString sql =
        QStringLiteral("SELECT ") + kItemColumns.toString() + QStringLiteral(" WHERE i.item_id = :id");
    Statement st(m_db, sql);
    VERDES_TRY(st.status());
    st.bind(u":id", itemId);
    VERDES_TRY_ASSIGN(row, st.step());
    if (!row) {
        return std::optional<ReviewQueueItem>();
    }
    return std::optional<ReviewQueueItem>(readItem(st));
}

Result<std::optional<ReviewStoredBatch>> ReviewQueueRepository::storedBatchOf(qint64 itemId)
{
    Statement st(m_db,
                 u"SELECT b.hub_serial, i.position, b.village_code, b.sequence, b.created_at, b.received_at, "
                 u"b.signed_file, b.device_key FROM review_items i "
                 u"JOIN review_batches b ON b.hub_serial = i.hub_serial WHERE i.item_id = :id");
    VERDES_TRY(st.status());
    st.bind(u":id", itemId);
    VERDES_TRY_ASSIGN(row, st.step());
    if (!row) {
        return std::optional<ReviewStoredBatch>();
    }
    ReviewStoredBatch batch;
    batch.hubSerial = static_cast<quint64>(st.int64(0));
    batch.position = static_cast<quint32>(st.int64(1));
    batch.villageCode = st.text(2);
    batch.sequence = static_cast<quint64>(st.int64(3));
    batch.createdAt = st.text(4);
    batch.receivedAt = st.text(5);
    batch.signedFile = st.blob(6);
    batch.deviceKey = st.blob(7);
    return std::optional<ReviewStoredBatch>(std::move(batch));
}

Result<QList<ReviewQueueItem>> ReviewQueueRepository::openItemsOfHousehold(const QString &villageCode,
                                                                           const QString &householdId,
                                                                           qint64 exceptItemId)
{
    QList<ReviewQueueItem> items;
    if (householdId.isEmpty()) {
        return items;
    }
    const QString sql = QStringLiteral("SELECT ") + kItemColumns.toString()
                        + QStringLiteral(" WHERE i.village_code = :village AND i.household_id = :household "
                                         "AND i.item_id <> :except "
                                         "AND i.state NOT IN ('approved', 'rejected_by_dinas', 'returned') "
                                         "ORDER BY i.hub_serial, i.position");
    Statement st(m_db, sql);
    VERDES_TRY(st.status());
    st.bind(u":village", villageCode);
    st.bind(u":household", householdId);
    st.bind(u":except", exceptItemId);
    while (true) {
        VERDES_TRY_ASSIGN(row, st.step());
        if (!row) {
            break;
        }
        items.append(readItem(st));
    }
    return items;
}

Result<QStringList> ReviewQueueRepository::types()
{
    Statement st(m_db, u"SELECT DISTINCT type FROM review_items ORDER BY type");
    VERDES_TRY(st.status());
    QStringList types;
    while (true) {
        VERDES_TRY_ASSIGN(row, st.step());
        if (!row) {
            break;
        }
        types << st.text(0);
    }
    return types;
}

} // namespace verdes
