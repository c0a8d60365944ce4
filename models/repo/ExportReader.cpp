// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/repo/ExportReader.h"

#include "models/domain/Household.h"
#include "models/repo/RegistryColumns.h"
#include "models/vault/Database.h"
#include "models/vault/Statement.h"

namespace verdes {

namespace {

// "a.x, a.y, ..." from "x, y, ...".
QString qualified(const QString &alias, const QString &columns)
{
    return alias + QStringLiteral(".")
           + columns.split(QStringLiteral(", ")).join(QStringLiteral(", ") + alias + u'.');
}

} // namespace

ExportReader::ExportReader(Database &db)
    : m_db(db)
{}

ExportReader::~ExportReader() = default;

Result<qint64> ExportReader::count()
{
    return m_db.queryInt(u"SELECT COUNT(*) FROM members m JOIN households h ON h.household_id = "
                         u"m.household_id WHERE h.status = 'present' AND m.status = 'present'");
}

Result<bool> ExportReader::next(Household &household, Member &member)
{
    if (m_done) {
        return false;
    }
    if (!m_rows) {
        m_rows = std::make_unique<Statement>(
            m_db,
            QStringLiteral("SELECT %1, %2 FROM households h JOIN members m ON "
                           "m.household_id = h.household_id WHERE h.status = 'present' AND m.status = "
                           "'present' ORDER BY h.rowid, m.relationship IS NOT 1, m.birth_date IS NULL, "
                           "m.birth_date, m.ordinal, m.person_id")
                .arg(qualified(QStringLiteral("h"), RegistryColumns::householdList()),
                     qualified(QStringLiteral("m"), RegistryColumns::memberList())));
    }
    Statement &st = *m_rows;
    VERDES_TRY(st.status());
    VERDES_TRY_ASSIGN(more, st.step());
    if (!more) {
        m_rows.reset();
        m_done = true;
        return false;
    }
    for (int i = 0; i < kHouseholdValueCount; ++i) {
        household.values[static_cast<std::size_t>(i)] =
            RegistryColumns::read(st, i, RegistryColumns::householdField(i));
    }
    household.members.clear();
    for (int i = 0; i < kMemberValueCount; ++i) {
        member.values[static_cast<std::size_t>(i)] =
            RegistryColumns::read(st, kHouseholdValueCount + i, RegistryColumns::memberField(i));
    }
    return true;
}

} // namespace verdes
