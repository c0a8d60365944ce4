// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/vault/AuditLog.h"

#include "models/core/Log.h"
#include "models/vault/Database.h"
#include "models/vault/StateDigest.h"
#include "models/vault/Statement.h"
#include "models/vault/Transaction.h"

#include <QCryptographicHash>
#include <QtEndian>

namespace verdes {

namespace {

constexpr QChar kArgSeparator(0x1f);

void addField(QCryptographicHash &hash, const QString &value)
{
    const QByteArray bytes = value.toUtf8();
    const auto length = qToBigEndian(static_cast<quint32>(bytes.size()));
    hash.addData(QByteArrayView(reinterpret_cast<const char *>(&length), sizeof length));
    hash.addData(bytes);
}

QString timestamp(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

constexpr QStringView kColumns = u"seq, at, officer_id, officer_name, role, action, object_type, object_id, "
                                 u"household_id, summary, prev_hash, hash, state_hash";

AuditEntry readEntry(const Statement &st)
{
    AuditEntry entry;
    entry.seq = st.int64(0);
    entry.at = QDateTime::fromString(st.text(1), Qt::ISODateWithMs);
    entry.officerId = st.text(2);
    entry.officerName = st.text(3);
    entry.role = st.text(4);
    entry.action = st.text(5);
    entry.objectType = st.text(6);
    entry.objectId = st.text(7);
    entry.householdId = st.text(8);
    const QString summary = st.text(9);
    if (!summary.isEmpty()) {
        entry.args = summary.split(kArgSeparator);
    }
    entry.prevHash = st.blob(10);
    entry.hash = st.blob(11);
    entry.stateHash = st.blob(12);
    return entry;
}

} // namespace

AuditLog::AuditLog(Database &db, Clock &clock)
    : m_db(db)
    , m_clock(clock)
{}

QByteArray AuditLog::hashEntry(const AuditEntry &entry)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    // Entries written before schema 6 carry no state hash and keep their version-1 hash.
    hash.addData(entry.stateHash.isEmpty() ? QByteArrayView("verdes-audit-v1")
                                           : QByteArrayView("verdes-audit-v2"));
    addField(hash, QString::number(entry.seq));
    addField(hash, timestamp(entry.at));
    addField(hash, entry.officerId);
    addField(hash, entry.officerName);
    addField(hash, entry.role);
    addField(hash, entry.action);
    addField(hash, entry.objectType);
    addField(hash, entry.objectId);
    addField(hash, entry.householdId);
    addField(hash, entry.args.join(kArgSeparator));
    if (!entry.stateHash.isEmpty()) {
        hash.addData(entry.stateHash);
    }
    hash.addData(entry.prevHash);
    return hash.result();
}

Result<qint64> AuditLog::appendAlone(const Actor &actor, const AuditRecord &record)
{
    Transaction tx(m_db);
    VERDES_TRY(tx.begin());
    VERDES_TRY_ASSIGN(seq, append(actor, record));
    VERDES_TRY(tx.commit());
    return seq;
}

Result<qint64> AuditLog::append(const Actor &actor, const AuditRecord &record)
{
    if (!m_db.inTransaction()) {
        return appendAlone(actor, record);
    }
    Statement last(m_db, u"SELECT seq FROM audit_log ORDER BY seq DESC LIMIT 1");
    VERDES_TRY(last.status());
    VERDES_TRY_ASSIGN(hasLast, last.step());

    AuditEntry entry;
    // The entries of one transaction are written when it commits, in the order they were appended.
    entry.seq = (hasLast ? last.int64(0) : 0) + m_db.pendingBeforeCommit() + 1;
    // Millisecond precision is what the text form keeps; the hash is over the text form.
    entry.at = QDateTime::fromString(timestamp(m_clock.now()), Qt::ISODateWithMs);
    entry.officerId = actor.isRecovery() ? QStringLiteral("recovery") : actor.officerId;
    entry.officerName = actor.name;
    entry.role = actor.isRecovery() ? QStringLiteral("recovery") : roleCode(actor.role);
    entry.action = record.action;
    entry.objectType = record.objectType;
    entry.objectId = record.objectId;
    entry.householdId = record.householdId;
    entry.args = record.args;
    Database &db = m_db;
    db.addBeforeCommit([&db, entry]() mutable -> Result<void> {
        return writeEntry(db, entry);
    });
    return entry.seq;
}

Result<void> AuditLog::writeEntry(Database &db, AuditEntry entry)
{
    Statement last(db, u"SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1");
    VERDES_TRY(last.status());
    VERDES_TRY_ASSIGN(hasLast, last.step());
    const qint64 expectedSeq = hasLast ? last.int64(0) + 1 : 1;
    if (entry.seq != expectedSeq) {
        return Error(ErrorCode::Internal,
                     {},
                     QStringLiteral("audit entry %1 written as %2: an entry was appended outside the "
                                    "transaction")
                         .arg(entry.seq)
                         .arg(expectedSeq));
    }
    entry.prevHash = hasLast ? last.blob(1) : genesisHash();
    last.reset();
    // The state this transaction leaves: everything it wrote is in the running digests by now.
    VERDES_TRY_ASSIGN(state, StateDigest::currentStateHash(db));
    entry.stateHash = std::move(state);
    entry.hash = hashEntry(entry);

    Statement st(db,
                 u"INSERT INTO audit_log (seq, at, officer_id, officer_name, role, action, object_type, "
                 u"object_id, household_id, summary, prev_hash, hash, state_hash) VALUES (:seq, :at, "
                 u":officer_id, :officer_name, :role, :action, :object_type, :object_id, :household_id, "
                 u":summary, :prev_hash, :hash, :state_hash)");
    VERDES_TRY(st.status());
    st.bind(u":seq", entry.seq);
    st.bind(u":at", timestamp(entry.at));
    st.bind(u":officer_id", entry.officerId);
    st.bind(u":officer_name", entry.officerName);
    st.bind(u":role", entry.role);
    st.bind(u":action", entry.action);
    st.bind(u":object_type", entry.objectType);
    st.bind(u":object_id", entry.objectId);
    st.bindTextOrNull(u":household_id", entry.householdId);
    st.bind(u":summary", entry.args.join(kArgSeparator));
    st.bind(u":prev_hash", entry.prevHash);
    st.bind(u":hash", entry.hash);
    st.bind(u":state_hash", entry.stateHash);
    return st.run();
}

Result<AuditLog::Verification> AuditLog::verify(Progress &progress)
{
    VERDES_TRY_ASSIGN(total, count());
    VERDES_TRY_ASSIGN(tables, StateDigest::coveredTables(m_db));
    const qint64 steps = total + tables.size();
    Statement st(m_db, QStringLiteral("SELECT %1 FROM audit_log ORDER BY seq").arg(kColumns));
    VERDES_TRY(st.status());
    Verification result;
    QByteArray expectedPrev = genesisHash();
    qint64 expectedSeq = 1;
    QByteArray newestState;
    for (;;) {
        VERDES_TRY_ASSIGN(hasRow, st.step());
        if (!hasRow) {
            break;
        }
        const AuditEntry entry = readEntry(st);
        ++result.entries;
        const bool linked = entry.seq == expectedSeq && entry.prevHash == expectedPrev;
        if (!linked || hashEntry(entry) != entry.hash) {
            result.firstBroken = entry.seq;
            qCWarning(lcVault) << "audit chain broken at entry" << entry.seq;
            return result;
        }
        expectedPrev = entry.hash;
        ++expectedSeq;
        if (!entry.stateHash.isEmpty()) {
            result.stateEntry = entry.seq;
            newestState = entry.stateHash;
        } else if (result.stateEntry != 0) {
            // Once entries record the state, every later one must: an entry without it was
            // written by something else than Verdes.
            result.firstBroken = entry.seq;
            qCWarning(lcVault) << "audit entry without a state hash after one with it:" << entry.seq;
            return result;
        }
        if (result.entries % 512 == 0 && !progress.advance(result.entries, steps)) {
            return Error(ErrorCode::Cancelled, {}, QStringLiteral("audit verification cancelled"));
        }
    }
    st.reset();
    ProgressPart recountPart(progress, result.entries, steps);
    VERDES_TRY_ASSIGN(recount, StateDigest::recount(m_db, recountPart));
    result.changedTables = recount.driftedTables + recount.uncoveredTables;
    if (result.stateEntry != 0) {
        result.contentMatches = recount.stateHash == newestState && result.changedTables.isEmpty();
    } else {
        // Nothing recorded a state yet (a vault from before schema 6 that no one has changed since):
        // only the digests can be compared with the rows.
        result.contentMatches = result.changedTables.isEmpty();
    }
    if (!result.contentMatches) {
        qCWarning(lcVault) << "vault content differs from audit entry" << result.stateEntry
                           << "; tables drifted:" << result.changedTables;
    }
    progress.report(steps, steps);
    return result;
}

Result<QList<AuditEntry>> AuditLog::query(QStringView whereAndOrder,
                                          const QList<QPair<QString, QString>> &binds)
{
    Statement st(m_db, QStringLiteral("SELECT %1 FROM audit_log %2").arg(kColumns, whereAndOrder));
    VERDES_TRY(st.status());
    for (const auto &[name, value] : binds) {
        st.bind(name, value);
    }
    QList<AuditEntry> entries;
    for (;;) {
        VERDES_TRY_ASSIGN(hasRow, st.step());
        if (!hasRow) {
            break;
        }
        entries.append(readEntry(st));
    }
    return entries;
}

Result<QList<AuditEntry>> AuditLog::forHousehold(const QString &householdId)
{
    return query(u"WHERE household_id = :id ORDER BY seq", {{QStringLiteral(":id"), householdId}});
}

Result<QList<AuditEntry>> AuditLog::forObject(const QString &objectType, const QString &objectId)
{
    return query(u"WHERE object_type = :type AND object_id = :id ORDER BY seq",
                 {{QStringLiteral(":type"), objectType}, {QStringLiteral(":id"), objectId}});
}

Result<QList<AuditEntry>> AuditLog::withAction(const QString &action)
{
    return query(u"WHERE action = :action ORDER BY seq", {{QStringLiteral(":action"), action}});
}

Result<QList<AuditEntry>> AuditLog::recent(qint64 limit)
{
    return query(QStringLiteral("ORDER BY seq DESC LIMIT %1").arg(limit), {});
}

Result<std::optional<AuditEntry>> AuditLog::entry(qint64 seq)
{
    VERDES_TRY_ASSIGN(entries, query(u"WHERE seq = :seq", {{QStringLiteral(":seq"), QString::number(seq)}}));
    if (entries.isEmpty()) {
        return std::optional<AuditEntry>();
    }
    return std::optional<AuditEntry>(entries.constFirst());
}

Result<qint64> AuditLog::count()
{
    return m_db.queryInt(u"SELECT count(*) FROM audit_log");
}

} // namespace verdes
