// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/repo/HouseholdRepository.h"

#include "models/repo/RegistryColumns.h"
#include "models/vault/Database.h"
#include "models/vault/Statement.h"

namespace verdes {

HouseholdRepository::HouseholdRepository(Database &db)
    : m_db(db)
{}

Result<std::optional<Household>> HouseholdRepository::household(const QString &householdId,
                                                                bool includeMissing)
{
    Statement st(m_db,
                 QStringLiteral("SELECT %1, version FROM households WHERE household_id = ?1")
                     .arg(RegistryColumns::householdList()));
    VERDES_TRY(st.status());
    st.bindAt(1, QStringView(householdId));
    VERDES_TRY_ASSIGN(found, st.step());
    if (!found) {
        return std::optional<Household>();
    }
    Household household;
    for (int i = 0; i < kHouseholdValueCount; ++i) {
        household.values[static_cast<std::size_t>(i)] =
            RegistryColumns::read(st, i, RegistryColumns::householdField(i));
    }
    household.version = st.int64(kHouseholdValueCount);

    Statement members(
        m_db,
        QStringLiteral("SELECT %1, version FROM members WHERE household_id = ?1 AND (?2 OR "
                       "status = 'present') ORDER BY relationship IS NOT 1, birth_date IS NULL, "
                       "birth_date, ordinal, person_id")
            .arg(RegistryColumns::memberList()));
    VERDES_TRY(members.status());
    members.bindAt(1, QStringView(householdId));
    members.bindAt(2, qint64(includeMissing ? 1 : 0));
    while (true) {
        VERDES_TRY_ASSIGN(more, members.step());
        if (!more) {
            break;
        }
        Member member;
        for (int i = 0; i < kMemberValueCount; ++i) {
            member.values[static_cast<std::size_t>(i)] =
                RegistryColumns::read(members, i, RegistryColumns::memberField(i));
        }
        member.version = members.int64(kMemberValueCount);
        household.members << std::move(member);
    }
    return std::optional<Household>(std::move(household));
}

Result<qint64> HouseholdRepository::count()
{
    return m_db.queryInt(u"SELECT COUNT(*) FROM households WHERE status = 'present'");
}

Result<qint64> HouseholdRepository::personCount()
{
    // Members who live in a present household and have not died or moved away (presence 1 or 5).
    return m_db.queryInt(
        u"SELECT COUNT(*) FROM members m JOIN households h ON h.household_id = m.household_id "
        u"WHERE h.status = 'present' AND m.status = 'present' "
        u"AND (m.presence IS NULL OR m.presence IN (1, 5))");
}

Result<QList<HouseholdSummary>> HouseholdRepository::page(qint64 offset, int limit)
{
    Statement st(m_db, uR"(SELECT h.household_id, h.rw, h.rt, h.kk_number, h.version,
                        (SELECT m.name FROM members m WHERE m.household_id = h.household_id
                            AND m.relationship = 1 AND m.status = 'present' ORDER BY m.ordinal LIMIT 1) AS head,
                        (SELECT COUNT(*) FROM members m WHERE m.household_id = h.household_id
                            AND m.status = 'present')
                     FROM households h WHERE h.status = 'present'
                     ORDER BY h.rw, h.rt, head, h.household_id LIMIT ?1 OFFSET ?2)");
    VERDES_TRY(st.status());
    st.bindAt(1, qint64(limit));
    st.bindAt(2, offset);
    QList<HouseholdSummary> rows;
    while (true) {
        VERDES_TRY_ASSIGN(more, st.step());
        if (!more) {
            break;
        }
        HouseholdSummary row;
        row.householdId = st.text(0);
        row.rw = RegistryColumns::read(st, 1, Field::Rw);
        row.rt = RegistryColumns::read(st, 2, Field::Rt);
        row.kkNumber = st.text(3);
        row.version = st.int64(4);
        row.headName = st.text(5);
        row.memberCount = st.int64(6);
        rows << std::move(row);
    }
    return rows;
}

} // namespace verdes
