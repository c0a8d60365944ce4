// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/quality/QualityFlagRepository.h"

#include "models/vault/AuditLog.h"
#include "models/vault/Database.h"
#include "models/vault/Statement.h"
#include "models/vault/Transaction.h"

namespace verdes {

namespace {

constexpr QChar kSeparator(0x1f);

QStringList splitList(const QString &text)
{
    QStringList list = text.split(kSeparator);
    list.removeAll(QString());
    return list;
}

QDateTime parseTime(const QString &text)
{
    if (text.isEmpty()) {
        return {};
    }
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    at.setTimeSpec(Qt::UTC);
    return at;
}

} // namespace

QualityFlagRepository::QualityFlagRepository(Database &db, Clock &clock)
    : m_db(db)
    , m_clock(clock)
{}

Result<QList<QualityFlag>> QualityFlagRepository::query(QStringView where,
                                                        const QList<QPair<QString, QString>> &binds)
{
    const QString sql =
        QStringLiteral(
            "SELECT flag_id, check_code, household_id, person_id, variant, args, evidence, suggestion, "
            "suggestion_reason, status, coalesce(dismissed_by, ''), coalesce(dismissed_by_name, ''), "
            "coalesce(dismissed_at, ''), coalesce(dismiss_reason, ''), first_seen, last_seen "
            "FROM quality_flags ")
        + where;
    Statement st(m_db, sql);
    VERDES_TRY(st.status());
    for (const auto &bind : binds) {
        st.bind(bind.first, bind.second);
    }
    QList<QualityFlag> flags;
    while (true) {
        VERDES_TRY_ASSIGN(hasRow, st.step());
        if (!hasRow) {
            break;
        }
        QualityFlag f;
        f.id = st.int64(0);
        f.checkCode = st.text(1);
        f.householdId = st.text(2);
        f.personId = st.text(3);
        f.variant = st.text(4);
        f.args = st.text(5).split(kSeparator);
        if (f.args.size() == 1 && f.args.first().isEmpty()) {
            f.args.clear();
        }
        f.evidence = splitList(st.text(6));
        f.suggestedType = st.text(7);
        f.suggestedReason = st.text(8);
        f.status = flagStatusFromCode(st.text(9)).value_or(FlagStatus::Open);
        f.dismissedBy = st.text(10);
        f.dismissedByName = st.text(11);
        f.dismissedAt = parseTime(st.text(12));
        f.dismissReason = st.text(13);
        f.firstSeen = parseTime(st.text(14));
        f.lastSeen = parseTime(st.text(15));
        flags.append(f);
    }
    return flags;
}

Result<QList<QualityFlag>> QualityFlagRepository::forHousehold(const QString &householdId, bool includeAll)
{
    return query(includeAll ? u"WHERE household_id = :hid ORDER BY status = 'closed', status, flag_id"
                            : u"WHERE household_id = :hid AND status = 'open' ORDER BY flag_id",
                 {{QStringLiteral(":hid"), householdId}});
}

Result<QList<QualityFlag>> QualityFlagRepository::open(const QString &checkCode)
{
    if (checkCode.isEmpty()) {
        return query(u"WHERE status = 'open' ORDER BY household_id, check_code, person_id, variant", {});
    }
    return query(u"WHERE status = 'open' AND check_code = :code ORDER BY household_id, person_id, variant",
                 {{QStringLiteral(":code"), checkCode}});
}

Result<QualityFlag> QualityFlagRepository::flag(qint64 flagId)
{
    VERDES_TRY_ASSIGN(flags,
                      query(u"WHERE flag_id = :id", {{QStringLiteral(":id"), QString::number(flagId)}}));
    if (flags.isEmpty()) {
        return Error(ErrorCode::FlagNotFound, {}, QStringLiteral("flag %1").arg(flagId));
    }
    return flags.first();
}

Result<QHash<QString, qint64>> QualityFlagRepository::openCountsByCheck()
{
    Statement st(m_db,
                 u"SELECT check_code, count(*) FROM quality_flags WHERE status = 'open' GROUP BY check_code");
    VERDES_TRY(st.status());
    QHash<QString, qint64> counts;
    while (true) {
        VERDES_TRY_ASSIGN(hasRow, st.step());
        if (!hasRow) {
            break;
        }
        counts.insert(st.text(0), st.int64(1));
    }
    return counts;
}

Result<qint64> QualityFlagRepository::openCount()
{
    return m_db.queryInt(u"SELECT count(*) FROM quality_flags WHERE status = 'open'");
}

Result<QList<FlaggedHouseholdMember>> QualityFlagRepository::membersOfFlaggedHouseholds()
{
    Statement st(m_db,
                 u"SELECT m.person_id, coalesce(m.name, ''), coalesce(m.nik, ''), m.household_id, "
                 u"m.relationship FROM members m WHERE m.household_id IN (SELECT household_id FROM "
                 u"quality_flags WHERE status = 'open')");
    VERDES_TRY(st.status());
    QList<FlaggedHouseholdMember> members;
    while (true) {
        VERDES_TRY_ASSIGN(hasRow, st.step());
        if (!hasRow) {
            break;
        }
        members.append({st.text(0), st.text(3), st.text(1), st.text(2), st.int64(4) == 1});
    }
    return members;
}

Result<void> QualityFlagRepository::dismiss(const Actor &actor, qint64 flagId, const QString &reason)
{
    VERDES_TRY(actor.require(Action::DismissFlag));
    const QString trimmed = reason.trimmed();
    if (trimmed.isEmpty()) {
        return Error(ErrorCode::FlagReasonRequired);
    }
    Transaction tx(m_db);
    VERDES_TRY(tx.begin());
    VERDES_TRY_ASSIGN(current, flag(flagId));
    if (current.status != FlagStatus::Open) {
        return Error(ErrorCode::FlagNotFound, {}, QStringLiteral("flag %1 is not open").arg(flagId));
    }
    Statement st(
        m_db,
        u"UPDATE quality_flags SET status = 'dismissed', dismissed_by = :by, dismissed_by_name = :name, "
        u"dismissed_at = :at, dismiss_reason = :reason WHERE flag_id = :id AND status = 'open'");
    VERDES_TRY(st.status());
    st.bind(u":by", actor.isRecovery() ? QStringLiteral("recovery") : actor.officerId);
    st.bind(u":name", actor.name);
    st.bind(u":at", m_clock.now().toUTC().toString(Qt::ISODateWithMs));
    st.bind(u":reason", trimmed);
    st.bind(u":id", flagId);
    VERDES_TRY(st.run());
    if (m_db.changes() != 1) {
        return Error(ErrorCode::FlagNotFound, {}, QStringLiteral("flag %1 is not open").arg(flagId));
    }
    AuditLog audit(m_db, m_clock);
    VERDES_TRY(audit.append(actor,
                            {QStringLiteral("flag.dismiss"),
                             QStringLiteral("flag"),
                             QString::number(flagId),
                             current.householdId,
                             {current.checkCode, trimmed}}));
    return tx.commit();
}

} // namespace verdes
