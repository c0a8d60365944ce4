// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/privacy/SubjectAccessRepository.h"

#include "models/vault/Statement.h"

namespace verdes::sync {

SubjectAccessRepository::SubjectAccessRepository(Database &db)
    : m_db(db)
{}

Result<QList<SubjectAccessRepository::HeldMember>> SubjectAccessRepository::membersWithNik(const QString &nik)
{
    Statement st(m_db,
                 u"SELECT person_id, household_id, status FROM members WHERE nik = :nik ORDER BY person_id");
    VERDES_TRY(st.status());
    st.bind(u":nik", nik);
    QList<HeldMember> members;
    while (true) {
        VERDES_TRY_ASSIGN(row, st.step());
        if (!row) {
            break;
        }
        members.append({st.text(0), st.text(1), st.text(2) != u"present"});
    }
    return members;
}

Result<QList<qint64>> SubjectAccessRepository::proposalsChangingNik(const QString &nik)
{
    Statement st(m_db,
                 u"SELECT DISTINCT proposal_id FROM proposal_changes WHERE column_name = 'nik' "
                 u"AND (new_value = :nik OR old_value = :nik) ORDER BY proposal_id");
    VERDES_TRY(st.status());
    st.bind(u":nik", nik);
    QList<qint64> ids;
    while (true) {
        VERDES_TRY_ASSIGN(row, st.step());
        if (!row) {
            break;
        }
        ids.append(st.int64(0));
    }
    return ids;
}

Result<QList<SubjectAccessReport::BatchSent>> SubjectAccessRepository::batchesOf(qint64 proposalId)
{
    Statement st(m_db,
                 u"SELECT o.sequence, o.state, o.created_at, coalesce(o.sent_at, ''), "
                 u"coalesce(o.receipted_at, ''), coalesce(o.outcome, '') "
                 u"FROM outbox_items i JOIN outbox o ON o.sequence = i.sequence "
                 u"WHERE i.proposal_id = :id ORDER BY o.sequence");
    VERDES_TRY(st.status());
    st.bind(u":id", proposalId);
    QList<SubjectAccessReport::BatchSent> batches;
    while (true) {
        VERDES_TRY_ASSIGN(row, st.step());
        if (!row) {
            break;
        }
        SubjectAccessReport::BatchSent batch;
        batch.sequence = static_cast<quint64>(st.int64(0));
        batch.state = st.text(1);
        batch.createdAt = st.text(2);
        batch.sentAt = st.text(3);
        batch.receiptedAt = st.text(4);
        batch.outcome = st.text(5);
        batches.append(batch);
    }
    return batches;
}

Result<QList<QPair<qint64, QString>>> SubjectAccessRepository::meetingsOf(qint64 proposalId)
{
    Statement st(
        m_db,
        u"SELECT DISTINCT m.meeting_id, m.number FROM meeting_items i "
        u"JOIN meetings m ON m.meeting_id = i.meeting_id WHERE i.proposal_id = :id ORDER BY m.meeting_id");
    VERDES_TRY(st.status());
    st.bind(u":id", proposalId);
    QList<QPair<qint64, QString>> meetings;
    while (true) {
        VERDES_TRY_ASSIGN(row, st.step());
        if (!row) {
            break;
        }
        meetings.append({st.int64(0), st.text(1)});
    }
    return meetings;
}

Result<void>
SubjectAccessRepository::forEachReceivedBatch(const std::function<Result<void>(const ReceivedBatch &)> &visit)
{
    Statement st(m_db,
                 u"SELECT hub_serial, village_code, device_key, sequence, created_at, received_at, "
                 u"signed_file FROM review_batches ORDER BY hub_serial");
    VERDES_TRY(st.status());
    while (true) {
        VERDES_TRY_ASSIGN(row, st.step());
        if (!row) {
            return {};
        }
        ReceivedBatch batch;
        batch.hubSerial = static_cast<quint64>(st.int64(0));
        batch.villageCode = st.text(1);
        batch.deviceKey = st.blob(2);
        batch.sequence = static_cast<quint64>(st.int64(3));
        batch.createdAt = st.text(4);
        batch.receivedAt = st.text(5);
        batch.signedFile = st.blob(6);
        VERDES_TRY(visit(batch));
    }
}

Result<std::optional<QPair<qint64, QString>>> SubjectAccessRepository::reviewItemAt(quint64 hubSerial,
                                                                                    int position)
{
    Statement st(m_db,
                 u"SELECT item_id, state FROM review_items WHERE hub_serial = :serial AND position = :pos");
    VERDES_TRY(st.status());
    st.bind(u":serial", static_cast<qint64>(hubSerial));
    st.bind(u":pos", position);
    VERDES_TRY_ASSIGN(row, st.step());
    if (!row) {
        return std::optional<QPair<qint64, QString>>();
    }
    return std::optional<QPair<qint64, QString>>(QPair<qint64, QString>(st.int64(0), st.text(1)));
}

} // namespace verdes::sync
