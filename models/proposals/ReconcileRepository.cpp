// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/proposals/ReconcileRepository.h"

#include "models/core/Log.h"
#include "models/proposals/ProposalRepository.h"
#include "models/vault/AuditLog.h"
#include "models/vault/Database.h"
#include "models/vault/Statement.h"
#include "models/vault/Transaction.h"

#include <QSet>

namespace verdes {

namespace {

// The states whose proposals a snapshot rebases or puts in conflict (ProposalState's open ones).
constexpr QStringView kPendingStates = u"('draft', 'ready', 'on_agenda', 'deferred')";
// The states a snapshot may show as done: approved by the office head (the village rarely hears of
// the forwarding), forwarded, and not reflected by an earlier snapshot (the ministry may be late).
constexpr QStringView kAwaitingStates = u"('approved', 'forwarded', 'not_reflected')";

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

// A record as the registry holds it now: absent, marked missing by the newest snapshot, or present.
struct Record
{
    bool present = false;
    qint64 version = 0;
};

Result<Record> record(Database &db, const QString &table, const QString &id)
{
    Statement st(db,
                 table == kHouseholdsTable
                     ? u"SELECT version, status FROM households WHERE household_id = :id"
                     : u"SELECT version, status FROM members WHERE person_id = :id");
    VERDES_TRY(st.status());
    st.bind(u":id", id);
    VERDES_TRY_ASSIGN(row, st.step());
    Record r;
    if (row) {
        r.present = st.text(1) == QLatin1String("present");
        r.version = st.int64(0);
    }
    return r;
}

bool isRemovalType(ProposalType type)
{
    return type == ProposalType::MemberDeceased || type == ProposalType::MemberMoved
           || type == ProposalType::MemberAbroad || type == ProposalType::MemberNotFound;
}

QString sameText(const QString &value)
{
    return value.simplified().toCaseFolded();
}

// The values of one record a proposal creates, by column.
QHash<QString, QString> newRecord(const Proposal &p, const QString &table, const QString &key)
{
    QHash<QString, QString> values;
    for (const FieldChange &c : p.changes) {
        if (c.recordId.isEmpty() && c.table == table
            && (table == kHouseholdsTable || c.newRecordKey == key)) {
            values.insert(c.column, c.newValue);
        }
    }
    return values;
}

QStringList newMemberKeys(const Proposal &p)
{
    QStringList keys;
    for (const FieldChange &c : p.changes) {
        if (c.recordId.isEmpty() && c.table == kMembersTable && !keys.contains(c.newRecordKey)) {
            keys.append(c.newRecordKey);
        }
    }
    return keys;
}

} // namespace

ReconcileRepository::ReconcileRepository(Database &db, Clock &clock)
    : m_db(db)
    , m_clock(clock)
{}

// The rules, per type (issue 14 §2). A change "holds" when the record is present in the snapshot
// with the proposed value (compared as text, spaces and letter case aside).
// - MEMBER_DECEASED, MEMBER_MOVED, MEMBER_ABROAD, MEMBER_NOT_FOUND: every person concerned is gone
//   from the snapshot or carries the presence code asked for; the event's date is not compared (the
//   registry may record the date of the letter instead).
// - HOUSEHOLD_MOVED: the household is gone from the village, or every change holds (a move inside it).
// - DUPLICATE: the duplicate record is gone.
// - NEW_HOUSEHOLD: a present household carries the proposed KK number (or, with none given, a present
//   member carries the head's NIK), and every new member is in it (by NIK, else by name and birth
//   date). The other values are the ministry's to verify: the snapshot's become the registry's.
// - NEW_MEMBER: every new member is in the proposal's household, found the same way.
// - HEAD_REPLACEMENT: the new head is present with relationship 1 (head), and every change holds.
// - PROGRAMME / WITHDRAWAL: PKH and Sembako show in prog_pkh / prog_bpnt as 1 (asked) or 2
//   (refused); PBI-JK is per member and not compared.
// - DATA_UPDATE, IDENTITY_CORRECTION, KK_CHANGE and any other type with changes: every change holds.
// - INELIGIBLE, OBJECTION, or a PROGRAMME of PBI-JK only, without changes: the snapshot does not show
//   eligibility; nullopt, and the proposal stays as it is (the district follows it).
Result<std::optional<bool>> ReconcileRepository::isReflected(const Proposal &p)
{
    ProposalRepository repo(m_db, m_clock);
    bool compared = false;
    auto holds = [&](const FieldChange &c) -> Result<bool> {
        VERDES_TRY_ASSIGN(r, record(m_db, c.table, c.recordId));
        if (!r.present) {
            return false;
        }
        VERDES_TRY_ASSIGN(value, repo.currentValue(c.table, c.recordId, c.column));
        return sameText(value) == sameText(c.newValue);
    };
    // A present member of `household` matching a new member's NIK, else name and birth date.
    auto findMember = [&](const QString &household, const QHash<QString, QString> &m) -> Result<bool> {
        const QString nik = m.value(QStringLiteral("nik"));
        Statement st(m_db,
                     nik.isEmpty() ? u"SELECT name, birth_date FROM members WHERE household_id = :h "
                                     u"AND status = 'present'"
                                   : u"SELECT name, birth_date FROM members WHERE household_id = :h "
                                     u"AND status = 'present' AND nik = :nik");
        VERDES_TRY(st.status());
        st.bind(u":h", household);
        if (!nik.isEmpty()) {
            st.bind(u":nik", nik);
        }
        while (true) {
            VERDES_TRY_ASSIGN(row, st.step());
            if (!row) {
                return false;
            }
            if (!nik.isEmpty()
                || (sameText(st.text(0)) == sameText(m.value(QStringLiteral("name")))
                    && st.text(1) == m.value(QStringLiteral("birth_date")))) {
                return true;
            }
        }
    };

    switch (p.type) {
    case ProposalType::NewHousehold: {
        const QHash<QString, QString> household = newRecord(p, kHouseholdsTable, {});
        const QHash<QString, QString> head = newRecord(p, kMembersTable, kNewHeadKey);
        const QString kk = household.value(QStringLiteral("kk_number"));
        const QString nik = head.value(QStringLiteral("nik"));
        if (kk.isEmpty() && nik.isEmpty()) {
            return std::optional<bool>(false); // nothing to find it by
        }
        Statement st(m_db,
                     !kk.isEmpty()
                         ? u"SELECT household_id FROM households WHERE kk_number = :key AND "
                           u"status = 'present'"
                         : u"SELECT household_id FROM members WHERE nik = :key AND status = 'present'");
        VERDES_TRY(st.status());
        st.bind(u":key", !kk.isEmpty() ? kk : nik);
        VERDES_TRY_ASSIGN(row, st.step());
        if (!row) {
            return std::optional<bool>(false);
        }
        const QString found = st.text(0);
        for (const QString &key : newMemberKeys(p)) {
            VERDES_TRY_ASSIGN(there, findMember(found, newRecord(p, kMembersTable, key)));
            if (!there) {
                return std::optional<bool>(false);
            }
        }
        return std::optional<bool>(true);
    }
    case ProposalType::NewMember: {
        for (const QString &key : newMemberKeys(p)) {
            VERDES_TRY_ASSIGN(there, findMember(p.householdId, newRecord(p, kMembersTable, key)));
            if (!there) {
                return std::optional<bool>(false);
            }
        }
        return std::optional<bool>(!newMemberKeys(p).isEmpty());
    }
    case ProposalType::Duplicate: {
        if (p.details.otherRecordId.isEmpty()) {
            return std::optional<bool>();
        }
        VERDES_TRY_ASSIGN(asHousehold, record(m_db, kHouseholdsTable, p.details.otherRecordId));
        VERDES_TRY_ASSIGN(asMember, record(m_db, kMembersTable, p.details.otherRecordId));
        return std::optional<bool>(!asHousehold.present && !asMember.present);
    }
    case ProposalType::HouseholdMoved: {
        VERDES_TRY_ASSIGN(household, record(m_db, kHouseholdsTable, p.householdId));
        if (!household.present) {
            return std::optional<bool>(true);
        }
        break;
    }
    case ProposalType::HeadReplacement: {
        VERDES_TRY_ASSIGN(head, record(m_db, kMembersTable, p.details.newHeadPersonId));
        if (!head.present) {
            return std::optional<bool>(false);
        }
        VERDES_TRY_ASSIGN(
            relationship,
            repo.currentValue(kMembersTable, p.details.newHeadPersonId, QStringLiteral("relationship")));
        if (relationship != QLatin1String("1")) {
            return std::optional<bool>(false);
        }
        compared = true;
        break;
    }
    case ProposalType::Programme:
    case ProposalType::Withdrawal: {
        const QString wanted = p.type == ProposalType::Programme ? QStringLiteral("1") : QStringLiteral("2");
        for (const QString &programme : p.details.programmes) {
            const QString column = programme == QLatin1String("PKH")       ? QStringLiteral("prog_pkh")
                                   : programme == QLatin1String("SEMBAKO") ? QStringLiteral("prog_bpnt")
                                                                           : QString();
            if (column.isEmpty() || p.householdId.isEmpty()) {
                continue;
            }
            VERDES_TRY_ASSIGN(shows,
                              holds(FieldChange{kHouseholdsTable, p.householdId, column, {}, wanted, {}}));
            if (!shows) {
                return std::optional<bool>(false);
            }
            compared = true;
        }
        break;
    }
    default:
        break;
    }

    for (const FieldChange &c : p.changes) {
        if (c.recordId.isEmpty()) {
            continue;
        }
        if (isRemovalType(p.type) && c.table == kMembersTable) {
            if (c.column == QLatin1String("presence_date")) {
                continue;
            }
            if (c.column == QLatin1String("presence")) {
                VERDES_TRY_ASSIGN(r, record(m_db, c.table, c.recordId));
                if (r.present) {
                    VERDES_TRY_ASSIGN(held, holds(c));
                    if (!held) {
                        return std::optional<bool>(false);
                    }
                }
                compared = true;
                continue;
            }
        }
        VERDES_TRY_ASSIGN(held, holds(c));
        if (!held) {
            return std::optional<bool>(false);
        }
        compared = true;
    }
    return compared ? std::optional<bool>(true) : std::optional<bool>();
}

Result<void>
ReconcileRepository::setOutcome(qint64 proposalId, SnapshotOutcome outcome, std::optional<qint64> importId)
{
    Statement st(m_db,
                 importId ? u"UPDATE proposals SET snapshot_outcome = :outcome, snapshot_import = :import "
                            u"WHERE proposal_id = :id"
                          : u"UPDATE proposals SET snapshot_outcome = :outcome WHERE proposal_id = :id");
    VERDES_TRY(st.status());
    st.bind(u":outcome", snapshotOutcomeCode(outcome));
    if (importId) {
        st.bind(u":import", *importId);
    }
    st.bind(u":id", proposalId);
    return st.run();
}

Result<QList<FieldConflict>> ReconcileRepository::conflicts(qint64 proposalId)
{
    ProposalRepository repo(m_db, m_clock);
    VERDES_TRY_ASSIGN(rows, repo.compare(proposalId));
    QList<FieldConflict> out;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const ValueComparison &row = rows.at(i);
        if (row.recordId.isEmpty() || row.recordGone || row.baseValue == row.currentValue) {
            continue;
        }
        out.append({static_cast<int>(i),
                    row.table,
                    row.recordId,
                    row.column,
                    row.baseValue,
                    row.currentValue,
                    row.proposedValue});
    }
    return out;
}

Result<ReconcileCounts> ReconcileRepository::reconcile(const Actor &actor, qint64 importId)
{
    ReconcileCounts counts;
    ProposalRepository repo(m_db, m_clock);
    AuditLog audit(m_db, m_clock);
    auto ids = [this](const QString &sql) -> Result<QList<qint64>> {
        Statement st(m_db, sql);
        VERDES_TRY(st.status());
        QList<qint64> out;
        while (true) {
            VERDES_TRY_ASSIGN(row, st.step());
            if (!row) {
                return out;
            }
            out.append(st.int64(0));
        }
    };

    // 1. Pending proposals whose records changed (refreshStale just set `stale` and `target_gone`),
    // and those classified earlier that the snapshot may have settled.
    VERDES_TRY_ASSIGN(pending,
                      ids(QStringLiteral("SELECT proposal_id FROM proposals WHERE state IN %1 AND (stale = 1 "
                                         "OR target_gone = 1 OR snapshot_outcome IN ('conflict', "
                                         "'target_gone')) ORDER BY proposal_id")
                              .arg(kPendingStates.toString())));
    for (const qint64 id : std::as_const(pending)) {
        VERDES_TRY_ASSIGN(loaded, repo.get(id));
        if (!loaded) {
            continue;
        }
        const Proposal &p = *loaded;
        VERDES_TRY_ASSIGN(rows, repo.compare(id));
        bool gone = p.targetGone;
        for (const ValueComparison &row : rows) {
            gone = gone || row.recordGone;
        }
        for (const BaseVersion &b : p.bases) {
            VERDES_TRY_ASSIGN(r, record(m_db, b.table, b.recordId));
            gone = gone || !r.present;
        }
        SnapshotOutcome outcome = SnapshotOutcome::None;
        if (gone) {
            outcome = SnapshotOutcome::TargetGone;
            ++counts.targetGone;
        } else if (!p.stale) {
            outcome = SnapshotOutcome::None; // the snapshot put the records back as they were
        } else {
            VERDES_TRY_ASSIGN(fields, conflicts(id));
            if (!fields.isEmpty()) {
                outcome = SnapshotOutcome::Conflict;
                ++counts.conflicts;
            } else {
                // Parallel: only fields it does not change moved. New base versions, nothing else.
                Statement base(m_db,
                               u"UPDATE proposal_bases SET version = :version WHERE proposal_id = :id "
                               u"AND table_name = :table AND record_id = :record");
                VERDES_TRY(base.status());
                for (const BaseVersion &b : p.bases) {
                    VERDES_TRY_ASSIGN(r, record(m_db, b.table, b.recordId));
                    base.reset();
                    base.bind(u":version", r.version);
                    base.bind(u":id", id);
                    base.bind(u":table", b.table);
                    base.bind(u":record", b.recordId);
                    VERDES_TRY(base.run());
                }
                Statement fresh(m_db, u"UPDATE proposals SET stale = 0 WHERE proposal_id = :id");
                VERDES_TRY(fresh.status());
                fresh.bind(u":id", id);
                VERDES_TRY(fresh.run());
                outcome = SnapshotOutcome::Rebased;
                ++counts.rebased;
            }
        }
        if (outcome == p.snapshotOutcome && outcome != SnapshotOutcome::Rebased) {
            continue; // nothing new: no write, no entry
        }
        VERDES_TRY(setOutcome(id, outcome, importId));
        VERDES_TRY(audit.append(actor,
                                {QStringLiteral("proposal.snapshot"),
                                 QStringLiteral("proposal"),
                                 QString::number(id),
                                 p.householdId,
                                 {snapshotOutcomeCode(outcome), QString::number(importId)}}));
    }

    // 2. Approved proposals: does the snapshot show them?
    VERDES_TRY_ASSIGN(
        awaiting,
        ids(QStringLiteral("SELECT proposal_id FROM proposals WHERE state IN %1 ORDER BY proposal_id")
                .arg(kAwaitingStates.toString())));
    const QString note = QStringLiteral("import %1").arg(importId);
    for (const qint64 id : std::as_const(awaiting)) {
        VERDES_TRY_ASSIGN(loaded, repo.get(id));
        if (!loaded) {
            continue;
        }
        VERDES_TRY_ASSIGN(reflected, isReflected(*loaded));
        if (!reflected) {
            continue;
        }
        if (*reflected) {
            VERDES_TRY(repo.moveForMeeting(actor, {id}, ProposalState::Reflected, note));
            VERDES_TRY(setOutcome(id, SnapshotOutcome::Reflected, importId));
            ++counts.reflected;
        } else {
            ++counts.notReflected;
            if (loaded->state != ProposalState::NotReflected) {
                VERDES_TRY(repo.moveForMeeting(actor, {id}, ProposalState::NotReflected, note));
                VERDES_TRY(setOutcome(id, SnapshotOutcome::NotReflected, importId));
            }
        }
    }
    if (counts.reflected + counts.notReflected + counts.rebased + counts.conflicts + counts.targetGone > 0) {
        qCInfo(lcRepo) << "snapshot" << importId << "proposals: reflected" << counts.reflected
                       << "not reflected" << counts.notReflected << "rebased" << counts.rebased << "conflicts"
                       << counts.conflicts << "target gone" << counts.targetGone;
    }
    return counts;
}

Result<Proposal> ReconcileRepository::resolve(const Actor &actor,
                                              qint64 proposalId,
                                              qint64 expectedRevision,
                                              const QHash<int, ConflictChoice> &choices,
                                              const QString &note)
{
    VERDES_TRY(actor.require(Action::EditProposal));
    ProposalRepository repo(m_db, m_clock);
    Transaction tx(m_db);
    VERDES_TRY(tx.begin());
    VERDES_TRY_ASSIGN(loaded, repo.get(proposalId));
    if (!loaded) {
        return Error(ErrorCode::ProposalNotFound, {QString::number(proposalId)});
    }
    Proposal p = std::move(*loaded);
    if (p.revision != expectedRevision) {
        return Error(ErrorCode::ProposalChangedMeanwhile, {p.updatedByName, QString::number(proposalId)});
    }
    if (!isOpenInVillage(p.state)) {
        return Error(ErrorCode::ProposalNotEditable, {ProposalStateText::label(p.state)});
    }
    if (p.snapshotOutcome != SnapshotOutcome::Conflict) {
        return Error(ErrorCode::ProposalNoConflict, {QString::number(proposalId)});
    }
    VERDES_TRY_ASSIGN(fields, conflicts(proposalId));
    QSet<int> dropped;
    QStringList kept;
    QStringList taken;
    for (const FieldConflict &field : std::as_const(fields)) {
        const auto choice = choices.constFind(field.ordinal);
        if (choice == choices.cend()) {
            return Error(ErrorCode::ProposalConflictUnresolved, {field.column});
        }
        if (*choice == ConflictChoice::TakeSnapshot) {
            dropped.insert(field.ordinal);
            taken.append(field.column);
        } else {
            kept.append(field.column);
        }
    }
    const bool emptied = !dropped.isEmpty() && dropped.size() == p.changes.size();
    if (!dropped.isEmpty() && p.state != ProposalState::Draft && p.state != ProposalState::Ready) {
        // On a meeting's agenda (or deferred in it) the meeting decides; its content stays.
        return Error(ErrorCode::ProposalNotEditable, {ProposalStateText::label(p.state)});
    }
    const QString text = note.isEmpty() ? QStringLiteral("snapshot") : note;
    if (!dropped.isEmpty() && !emptied && p.state == ProposalState::Ready) {
        // Its content changes: back to draft, to be marked ready again.
        VERDES_TRY(repo.moveForMeeting(actor, {proposalId}, ProposalState::Draft, text));
    }
    // Every record's base is now the snapshot's; kept values are based on the snapshot's value.
    Statement base(
        m_db,
        u"UPDATE proposal_bases SET version = :version WHERE proposal_id = :id AND table_name = :table "
        u"AND record_id = :record");
    VERDES_TRY(base.status());
    for (const BaseVersion &b : std::as_const(p.bases)) {
        VERDES_TRY_ASSIGN(r, record(m_db, b.table, b.recordId));
        base.reset();
        base.bind(u":version", r.version);
        base.bind(u":id", proposalId);
        base.bind(u":table", b.table);
        base.bind(u":record", b.recordId);
        VERDES_TRY(base.run());
    }
    if (emptied) {
        // Nothing left to propose: withdrawn, its changes kept as they were for the record.
        VERDES_TRY(repo.moveForMeeting(actor, {proposalId}, ProposalState::Withdrawn, text));
    } else if (!dropped.isEmpty()) {
        // A draft now: its changes are rewritten without the dropped ones, numbered anew.
        QList<FieldChange> remaining;
        for (qsizetype i = 0; i < p.changes.size(); ++i) {
            if (!dropped.contains(static_cast<int>(i))) {
                remaining.append(p.changes.at(i));
            }
        }
        Statement del(m_db, u"DELETE FROM proposal_changes WHERE proposal_id = :id");
        VERDES_TRY(del.status());
        del.bind(u":id", proposalId);
        VERDES_TRY(del.run());
        Statement ins(
            m_db,
            u"INSERT INTO proposal_changes (proposal_id, ordinal, table_name, record_id, column_name, "
            u"old_value, new_value, new_record_key) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
        VERDES_TRY(ins.status());
        for (qsizetype i = 0; i < remaining.size(); ++i) {
            const FieldChange &c = remaining.at(i);
            QString old = c.oldValue;
            if (!c.recordId.isEmpty()) {
                VERDES_TRY_ASSIGN(value, repo.currentValue(c.table, c.recordId, c.column));
                old = value;
            }
            ins.reset();
            ins.bindAt(1, proposalId);
            ins.bindAt(2, static_cast<qint64>(i));
            ins.bindAt(3, c.table);
            ins.bindAt(4, c.recordId);
            ins.bindAt(5, c.column);
            ins.bindAt(6, old);
            ins.bindAt(7, c.newValue);
            ins.bindAt(8, c.newRecordKey);
            VERDES_TRY(ins.run());
        }
    }
    if (!emptied && dropped.isEmpty()) {
        // Only kept values: their old values become the snapshot's (the trigger allows only that).
        Statement change(
            m_db,
            u"UPDATE proposal_changes SET old_value = :old WHERE proposal_id = :id AND ordinal = :ordinal");
        VERDES_TRY(change.status());
        for (const FieldConflict &field : std::as_const(fields)) {
            change.reset();
            change.bind(u":old", field.snapshotValue);
            change.bind(u":id", proposalId);
            change.bind(u":ordinal", static_cast<qint64>(field.ordinal));
            VERDES_TRY(change.run());
        }
    }
    Statement st(m_db,
                 u"UPDATE proposals SET stale = 0, snapshot_outcome = '', revision = revision + 1, "
                 u"updated_by = :by, updated_by_name = :by_name, updated_at = :at WHERE proposal_id = :id");
    VERDES_TRY(st.status());
    st.bind(u":by", actor.officerId);
    st.bind(u":by_name", actor.name);
    st.bind(u":at", isoTime(m_clock.now()));
    st.bind(u":id", proposalId);
    VERDES_TRY(st.run());
    VERDES_TRY(AuditLog(m_db, m_clock)
                   .append(actor,
                           {QStringLiteral("proposal.resolve"),
                            QStringLiteral("proposal"),
                            QString::number(proposalId),
                            p.householdId,
                            {kept.join(QLatin1Char(' ')),
                             taken.join(QLatin1Char(' ')),
                             emptied ? QStringLiteral("withdrawn") : QString()}}));
    VERDES_TRY(tx.commit());
    VERDES_TRY_ASSIGN(stored, repo.get(proposalId));
    if (!stored) {
        return Error(ErrorCode::ProposalNotFound, {QString::number(proposalId)});
    }
    return std::move(*stored);
}

Result<qint64> ReconcileRepository::proposeAgain(const Actor &actor, qint64 proposalId)
{
    VERDES_TRY(actor.require(Action::CreateProposal));
    ProposalRepository repo(m_db, m_clock);
    Transaction tx(m_db);
    VERDES_TRY(tx.begin());
    VERDES_TRY_ASSIGN(loaded, repo.get(proposalId));
    if (!loaded) {
        return Error(ErrorCode::ProposalNotFound, {QString::number(proposalId)});
    }
    if (loaded->state != ProposalState::NotReflected) {
        return Error(ErrorCode::ProposalNotEditable, {ProposalStateText::label(loaded->state)});
    }
    VERDES_TRY_ASSIGN(draft, repo.createReturnDraft(actor, proposalId));
    if (!draft) {
        return Error(ErrorCode::ProposalTargetMissing, {loaded->householdId});
    }
    VERDES_TRY(tx.commit());
    return *draft;
}

Result<Proposal> ReconcileRepository::withdrawGone(const Actor &actor,
                                                   qint64 proposalId,
                                                   qint64 expectedRevision,
                                                   const QString &note)
{
    VERDES_TRY(actor.require(Action::WithdrawProposal));
    if (note.trimmed().isEmpty()) {
        return Error(ErrorCode::ProposalNoteRequired, {ProposalStateText::label(ProposalState::Withdrawn)});
    }
    ProposalRepository repo(m_db, m_clock);
    Transaction tx(m_db);
    VERDES_TRY(tx.begin());
    VERDES_TRY_ASSIGN(loaded, repo.get(proposalId));
    if (!loaded) {
        return Error(ErrorCode::ProposalNotFound, {QString::number(proposalId)});
    }
    if (loaded->revision != expectedRevision) {
        return Error(ErrorCode::ProposalChangedMeanwhile,
                     {loaded->updatedByName, QString::number(proposalId)});
    }
    if (loaded->state != ProposalState::Draft && loaded->state != ProposalState::Ready) {
        // On a meeting's agenda the meeting decides (it may reject it).
        return Error(ErrorCode::ProposalNotEditable, {ProposalStateText::label(loaded->state)});
    }
    VERDES_TRY(repo.moveForMeeting(actor, {proposalId}, ProposalState::Withdrawn, note.trimmed()));
    VERDES_TRY(setOutcome(proposalId, SnapshotOutcome::None, std::nullopt));
    VERDES_TRY(tx.commit());
    VERDES_TRY_ASSIGN(stored, repo.get(proposalId));
    if (!stored) {
        return Error(ErrorCode::ProposalNotFound, {QString::number(proposalId)});
    }
    return std::move(*stored);
}

} // namespace verdes
