// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/repo/HouseholdList.h"

#include "models/vault/Database.h"
#include "models/vault/Statement.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace verdes {

namespace {

// The columns every page selects, in the order HouseholdListRow is read.
constexpr QStringView kSelect = uR"(
SELECT h.household_id, head.name, h.kk_number, h.rt, h.rw, h.dusun,
       (SELECT count(*) FROM members m WHERE m.household_id = h.household_id AND m.status = 'present'
            AND (m.presence IS NULL OR m.presence IN (1, 5))),
       h.desil, h.prog_pkh, h.prog_bpnt,
       (SELECT count(*) FROM members m WHERE m.household_id = h.household_id
            AND m.health_insurance IS NOT NULL AND m.health_insurance <> 99 AND (m.health_insurance & 1) = 1),
       (SELECT count(*) FROM record_issues i WHERE i.household_id = h.household_id),
       h.status,
       (SELECT count(*) FROM quality_flags f WHERE f.household_id = h.household_id AND f.status = 'open')
FROM households h)";

// The head of each household, for the name column and the orders that use it.
constexpr QStringView kHeadJoin = u"LEFT JOIN members head ON head.household_id = h.household_id "
                                  u"AND head.relationship = 1";

constexpr QStringView kPbiExists = u"EXISTS (SELECT 1 FROM members p WHERE p.household_id = h.household_id "
                                   u"AND p.health_insurance IS NOT NULL AND p.health_insurance <> 99 "
                                   u"AND (p.health_insurance & 1) = 1)";

QString whereClause(const HouseholdFilter &filter)
{
    QStringList conditions;
    if (filter.householdIds) {
        conditions << QStringLiteral("h.household_id IN (SELECT value FROM json_each(:ids))");
    }
    if (filter.rw) {
        conditions << QStringLiteral("h.rw = :rw");
    }
    if (filter.rt) {
        conditions << QStringLiteral("h.rt = :rt");
    }
    if (filter.desil) {
        conditions << (*filter.desil == 0 ? QStringLiteral("h.desil IS NULL")
                                          : QStringLiteral("h.desil = :desil"));
    }
    switch (filter.programme) {
    case HouseholdFilter::Programme::Any:
        break;
    case HouseholdFilter::Programme::Pkh:
        conditions << QStringLiteral("h.prog_pkh = 1");
        break;
    case HouseholdFilter::Programme::Bpnt:
        conditions << QStringLiteral("h.prog_bpnt = 1");
        break;
    case HouseholdFilter::Programme::Pbi:
        conditions << kPbiExists.toString();
        break;
    case HouseholdFilter::Programme::None:
        conditions << QStringLiteral(
                          "coalesce(h.prog_pkh, 2) <> 1 AND coalesce(h.prog_bpnt, 2) <> 1 AND NOT ")
                          + kPbiExists.toString();
        break;
    }
    const auto memberWith = [](QStringView condition) {
        return QStringLiteral("EXISTS (SELECT 1 FROM members q WHERE q.household_id = h.household_id AND %1)")
            .arg(condition);
    };
    switch (filter.presence) {
    case HouseholdFilter::Presence::Any:
        break;
    case HouseholdFilter::Presence::Deceased:
        conditions << memberWith(u"q.presence = 2");
        break;
    case HouseholdFilter::Presence::Moved:
        conditions << memberWith(u"q.presence IN (3, 4)");
        break;
    case HouseholdFilter::Presence::NotFound:
        conditions << memberWith(u"q.presence = 6");
        break;
    case HouseholdFilter::Presence::Missing:
        conditions << QStringLiteral("h.status = 'missing'");
        break;
    }
    if (filter.withWarningsOnly) {
        conditions << QStringLiteral(
            "EXISTS (SELECT 1 FROM record_issues w WHERE w.household_id = h.household_id)");
    }
    if (filter.flagCheck) {
        conditions << (filter.flagCheck->isEmpty()
                           ? QStringLiteral("EXISTS (SELECT 1 FROM quality_flags f WHERE f.household_id = "
                                            "h.household_id AND f.status = 'open')")
                           : QStringLiteral(
                               "EXISTS (SELECT 1 FROM quality_flags f WHERE f.household_id = "
                               "h.household_id AND f.status = 'open' AND f.check_code = :flag_check)"));
    }
    return conditions.isEmpty() ? QString()
                                : QStringLiteral("WHERE ") + conditions.join(QStringLiteral(" AND "));
}

QString orderClause(HouseholdOrder order, bool ascending)
{
    const QString direction = ascending ? QStringLiteral("ASC") : QStringLiteral("DESC");
    // Fixed fragments only; the tie-breaker keeps paging stable.
    switch (order) {
    case HouseholdOrder::SearchRank:
        return QStringLiteral("ORDER BY (SELECT key FROM json_each(:ids) WHERE value = h.household_id)");
    case HouseholdOrder::Kk:
        return QStringLiteral("ORDER BY h.kk_number %1, h.household_id").arg(direction);
    case HouseholdOrder::Place:
        return QStringLiteral("ORDER BY h.rw %1, h.rt %1, head.name, h.household_id").arg(direction);
    case HouseholdOrder::Dusun:
        return QStringLiteral("ORDER BY h.dusun %1, head.name, h.household_id").arg(direction);
    case HouseholdOrder::Members:
        return QStringLiteral("ORDER BY 7 %1, head.name, h.household_id").arg(direction);
    case HouseholdOrder::Desil:
        return QStringLiteral("ORDER BY h.desil IS NULL, h.desil %1, head.name, h.household_id")
            .arg(direction);
    case HouseholdOrder::Programmes:
        // Ascending puts the households receiving programmes first.
        return QStringLiteral("ORDER BY h.prog_pkh = 1 %1, h.prog_bpnt = 1 %1, head.name, h.household_id")
            .arg(ascending ? QStringLiteral("DESC") : QStringLiteral("ASC"));
    case HouseholdOrder::Warnings:
        return QStringLiteral("ORDER BY 12 %1, head.name, h.household_id").arg(direction);
    case HouseholdOrder::Flags:
        return QStringLiteral("ORDER BY 14 %1, head.name, h.household_id").arg(direction);
    case HouseholdOrder::HeadName:
        break;
    }
    return QStringLiteral("ORDER BY head.name %1, h.household_id").arg(direction);
}

void bindFilter(Statement &statement, const HouseholdFilter &filter)
{
    if (filter.householdIds) {
        statement.bind(u":ids",
                       QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(*filter.householdIds))
                                             .toJson(QJsonDocument::Compact)));
    }
    if (filter.rw) {
        statement.bind(u":rw", *filter.rw);
    }
    if (filter.rt) {
        statement.bind(u":rt", *filter.rt);
    }
    if (filter.desil && *filter.desil != 0) {
        statement.bind(u":desil", *filter.desil);
    }
    if (filter.flagCheck && !filter.flagCheck->isEmpty()) {
        statement.bind(u":flag_check", *filter.flagCheck);
    }
}

} // namespace

HouseholdList::HouseholdList(Database &db)
    : m_db(db)
{}

Result<qint64> HouseholdList::count(const HouseholdFilter &filter)
{
    Statement count(m_db, QStringLiteral("SELECT count(*) FROM households h %1").arg(whereClause(filter)));
    VERDES_TRY(count.status());
    bindFilter(count, filter);
    VERDES_TRY_ASSIGN(hasRow, count.step());
    return hasRow ? count.int64(0) : 0;
}

Result<QList<std::pair<int, int>>> HouseholdList::places()
{
    Statement statement(
        m_db,
        u"SELECT DISTINCT rw, rt FROM households WHERE rw IS NOT NULL AND rt IS NOT NULL ORDER BY rw, rt");
    VERDES_TRY(statement.status());
    QList<std::pair<int, int>> pairs;
    for (;;) {
        VERDES_TRY_ASSIGN(hasRow, statement.step());
        if (!hasRow) {
            break;
        }
        pairs.append({static_cast<int>(statement.int64(0)), static_cast<int>(statement.int64(1))});
    }
    return pairs;
}

Result<QList<HouseholdListRow>> HouseholdList::page(
    const HouseholdFilter &filter, HouseholdOrder order, bool ascending, qint64 offset, int limit)
{
    const QString where = whereClause(filter);
    const QString orderBy = orderClause(order, ascending);
    QString sql;
    if (order == HouseholdOrder::Members || order == HouseholdOrder::Warnings
        || order == HouseholdOrder::Flags) {
        // Ordered by a count: every household's counts are needed to find the page.
        sql =
            QStringLiteral("%1 %2 %3 %4 LIMIT :limit OFFSET :offset").arg(kSelect, kHeadJoin, where, orderBy);
    } else {
        // The page's households first, from the households and their heads alone; the counts, which
        // read members, issues and flags, only for those. Computed for every household before the
        // sort, they read nearly the whole vault to show 200 rows.
        sql =
            QStringLiteral("%1 %2 WHERE h.household_id IN (SELECT h.household_id FROM households h %2 %3 %4 "
                           "LIMIT :limit OFFSET :offset) %4")
                .arg(kSelect, kHeadJoin, where, orderBy);
    }
    Statement statement(m_db, sql);
    VERDES_TRY(statement.status());
    bindFilter(statement, filter);
    statement.bind(u":limit", limit);
    statement.bind(u":offset", offset);
    QList<HouseholdListRow> rows;
    rows.reserve(limit);
    for (;;) {
        VERDES_TRY_ASSIGN(hasRow, statement.step());
        if (!hasRow) {
            break;
        }
        HouseholdListRow row;
        row.householdId = statement.text(0);
        row.headName = statement.text(1);
        row.kk = statement.text(2);
        row.rt = static_cast<int>(statement.int64(3));
        row.rw = static_cast<int>(statement.int64(4));
        row.dusun = statement.text(5);
        row.members = static_cast<int>(statement.int64(6));
        if (const auto desil = statement.optionalInt(7)) {
            row.desil = static_cast<int>(*desil);
        }
        row.pkh = statement.int64(8) == 1;
        row.bpnt = statement.int64(9) == 1;
        row.pbiMembers = static_cast<int>(statement.int64(10));
        row.warnings = static_cast<int>(statement.int64(11));
        row.missing = statement.text(12) == u"missing";
        row.flags = static_cast<int>(statement.int64(13));
        rows.append(std::move(row));
    }
    return rows;
}

} // namespace verdes
