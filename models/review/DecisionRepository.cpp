// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/review/DecisionRepository.h"

#include "models/vault/Database.h"
#include "models/vault/Statement.h"

namespace verdes {

namespace {

constexpr QStringView kColumns =
    u"verdict_id, serial, proposal_id, batch_id, position, step, state, reason, note, facilitator, "
    u"ground_check, nik_match, reviewer_name, reviewer_role, reviewer_key, decided_at, stored_at, "
    u"imported_at";

QString isoTime(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime timeOf(const QString &text)
{
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!at.isValid()) {
        at = QDateTime::fromString(text, Qt::ISODate);
    }
    return at.toUTC();
}

DistrictVerdict readRow(const Statement &st)
{
    DistrictVerdict d;
    d.verdictId = st.blob(0);
    d.serial = static_cast<quint64>(st.int64(1));
    if (!st.isNull(2)) {
        d.proposalId = st.int64(2);
    }
    d.batchId = st.blob(3);
    d.position = static_cast<int>(st.int64(4));
    d.step = static_cast<int>(st.int64(5));
    d.state = proposalStateFromCode(st.text(6)).value_or(ProposalState::Verified);
    d.reason = st.text(7);
    d.note = st.text(8);
    d.facilitator = st.text(9);
    d.groundCheck = static_cast<int>(st.int64(10));
    d.nikMatch = st.text(11);
    d.reviewerName = st.text(12);
    d.reviewerRole = st.text(13);
    d.reviewerKey = st.blob(14);
    d.decidedAt = timeOf(st.text(15));
    d.storedAt = timeOf(st.text(16));
    d.importedAt = timeOf(st.text(17));
    return d;
}

} // namespace

DecisionRepository::DecisionRepository(Database &db)
    : m_db(db)
{}

Result<quint64> DecisionRepository::lastSerial()
{
    Statement st(m_db, u"SELECT coalesce(max(serial), 0) FROM decisions");
    VERDES_TRY(st.status());
    VERDES_TRY(st.step());
    return static_cast<quint64>(st.int64(0));
}

Result<std::optional<QByteArray>> DecisionRepository::verdictIdAt(quint64 serial)
{
    Statement st(m_db, u"SELECT verdict_id FROM decisions WHERE serial = :serial");
    VERDES_TRY(st.status());
    st.bind(u":serial", static_cast<qint64>(serial));
    VERDES_TRY_ASSIGN(row, st.step());
    if (!row) {
        return std::optional<QByteArray>();
    }
    return std::optional<QByteArray>(st.blob(0));
}

Result<bool> DecisionRepository::holds(const QByteArray &verdictId)
{
    Statement st(m_db, u"SELECT 1 FROM decisions WHERE verdict_id = :id");
    VERDES_TRY(st.status());
    st.bind(u":id", verdictId);
    return st.step();
}

Result<std::optional<DistrictVerdict>> DecisionRepository::newestFor(const QByteArray &batchId, int position)
{
    VERDES_TRY_ASSIGN(
        rows,
        query(u"batch_id = :blob AND position = :number ORDER BY step DESC LIMIT 1", position, batchId));
    if (rows.isEmpty()) {
        return std::optional<DistrictVerdict>();
    }
    return std::optional<DistrictVerdict>(rows.constFirst());
}

Result<void> DecisionRepository::insert(const DistrictVerdict &d)
{
    Statement st(m_db,
                 u"INSERT INTO decisions (verdict_id, serial, proposal_id, batch_id, position, step, state, "
                 u"reason, note, facilitator, ground_check, nik_match, reviewer_name, reviewer_role, "
                 u"reviewer_key, decided_at, stored_at, imported_at, signed_file) VALUES (:id, :serial, "
                 u":proposal, :batch, :position, :step, :state, :reason, :note, :facilitator, :gc, :nik, "
                 u":name, :role, :key, :decided, :stored, :imported, :file)");
    VERDES_TRY(st.status());
    st.bind(u":id", d.verdictId);
    st.bind(u":serial", static_cast<qint64>(d.serial));
    st.bind(u":proposal", d.proposalId);
    st.bind(u":batch", d.batchId);
    st.bind(u":position", d.position);
    st.bind(u":step", d.step);
    st.bind(u":state", proposalStateCode(d.state));
    st.bind(u":reason", d.reason);
    st.bind(u":note", d.note);
    st.bind(u":facilitator", d.facilitator);
    st.bind(u":gc", d.groundCheck);
    st.bind(u":nik", d.nikMatch);
    st.bind(u":name", d.reviewerName);
    st.bind(u":role", d.reviewerRole);
    st.bind(u":key", d.reviewerKey);
    st.bind(u":decided", isoTime(d.decidedAt));
    st.bind(u":stored", isoTime(d.storedAt));
    st.bind(u":imported", isoTime(d.importedAt));
    st.bind(u":file", d.signedFile);
    return st.run();
}

Result<void> DecisionRepository::insertReturn(const ReturnLink &link)
{
    Statement st(m_db,
                 u"INSERT INTO proposal_returns (draft_id, returned_id, verdict_id, reason, note) "
                 u"VALUES (:draft, :returned, :verdict, :reason, :note)");
    VERDES_TRY(st.status());
    st.bind(u":draft", link.draftId);
    st.bind(u":returned", link.returnedId);
    st.bind(u":verdict", link.verdictId);
    st.bind(u":reason", link.reason);
    st.bind(u":note", link.note);
    return st.run();
}

Result<QList<DistrictVerdict>> DecisionRepository::forProposal(qint64 proposalId)
{
    return query(u"proposal_id = :number ORDER BY serial", proposalId);
}

Result<QHash<qint64, DistrictVerdict>>
DecisionRepository::newestForProposals(const QList<qint64> &proposalIds)
{
    QHash<qint64, DistrictVerdict> newest;
    if (proposalIds.isEmpty()) {
        return newest;
    }
    Statement st(
        m_db,
        QStringLiteral("SELECT %1 FROM decisions WHERE proposal_id = :id ORDER BY serial DESC LIMIT 1")
            .arg(kColumns));
    VERDES_TRY(st.status());
    for (const qint64 id : proposalIds) {
        st.reset();
        st.bind(u":id", id);
        VERDES_TRY_ASSIGN(row, st.step());
        if (row) {
            newest.insert(id, readRow(st));
        }
    }
    return newest;
}

Result<QList<DistrictVerdict>> DecisionRepository::newestOfAll()
{
    return query(u"proposal_id IS NOT NULL AND serial = (SELECT max(serial) FROM decisions AS d "
                 u"WHERE d.proposal_id = decisions.proposal_id) ORDER BY proposal_id",
                 0);
}

Result<std::optional<ReturnLink>> DecisionRepository::returnOf(qint64 returnedId)
{
    return link(u"returned_id", returnedId);
}

Result<std::optional<ReturnLink>> DecisionRepository::returnInto(qint64 draftId)
{
    return link(u"draft_id", draftId);
}

Result<QList<DistrictVerdict>>
DecisionRepository::query(QStringView where, qint64 number, const QByteArray &blob)
{
    Statement st(m_db, QStringLiteral("SELECT %1 FROM decisions WHERE %2").arg(kColumns, where));
    VERDES_TRY(st.status());
    if (where.contains(u":number")) {
        st.bind(u":number", number);
    }
    if (where.contains(u":blob")) {
        st.bind(u":blob", blob);
    }
    QList<DistrictVerdict> rows;
    while (true) {
        VERDES_TRY_ASSIGN(row, st.step());
        if (!row) {
            break;
        }
        rows.append(readRow(st));
    }
    return rows;
}

Result<std::optional<ReturnLink>> DecisionRepository::link(QStringView column, qint64 id)
{
    Statement st(
        m_db,
        QStringLiteral("SELECT draft_id, returned_id, verdict_id, reason, note FROM proposal_returns "
                       "WHERE %1 = :id")
            .arg(column));
    VERDES_TRY(st.status());
    st.bind(u":id", id);
    VERDES_TRY_ASSIGN(row, st.step());
    if (!row) {
        return std::optional<ReturnLink>();
    }
    return std::optional<ReturnLink>(
        ReturnLink{st.int64(0), st.int64(1), st.blob(2), st.text(3), st.text(4)});
}

} // namespace verdes
