// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/proposals/ProposalRepository.h"

#include "models/core/Log.h"
#include "models/domain/Field.h"
#include "models/domain/RegionTable.h"
#include "models/platform/CrashPoint.h"
#include "models/proposals/NewRecordCheck.h"
#include "models/proposals/ProposalStateMachine.h"
#include "models/repo/HouseholdRepository.h"
#include "models/vault/AuditLog.h"
#include "models/vault/Database.h"
#include "models/vault/Statement.h"
#include "models/vault/Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace verdes {

namespace {

constexpr QStringView kOpenStates = u"('draft', 'ready', 'on_agenda', 'deferred')";

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime parseTime(const QString &text)
{
    // Stored with "Z", so the parsed time is UTC.
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

QString personIdsJson(const QStringList &ids)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact));
}

QStringList personIdsFromJson(const QString &text)
{
    QStringList ids;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const auto &value : array) {
        ids.append(value.toString());
    }
    return ids;
}

QString detailsJson(const ProposalDetails &details)
{
    return QString::fromUtf8(QJsonDocument(details.toJson()).toJson(QJsonDocument::Compact));
}

// The columns a draft's author sets, shared by its INSERT and its UPDATE.
void bindEditableColumns(Statement &st, const Proposal &proposal, const Actor &actor, const QString &at)
{
    st.bind(u":type", proposalTypeCode(proposal.type));
    st.bind(u":channel", channelCode(proposal.channel));
    st.bindTextOrNull(u":household", proposal.householdId);
    st.bind(u":persons", personIdsJson(proposal.personIds));
    st.bind(u":reason", proposal.reason);
    st.bind(u":details", detailsJson(proposal.details));
    st.bind(u":by", actor.officerId);
    st.bind(u":by_name", actor.name);
    st.bind(u":at", at);
}

Error notFound(qint64 id)
{
    return Error(ErrorCode::ProposalNotFound, {QString::number(id)});
}

// Whether `column` is a registry column of `table` that a proposal may change (not the ids, and
// never desil, which only the ministry sets: DOMAIN.md §3).
bool isChangeableColumn(const QString &table, const QString &column)
{
    const std::optional<Field> field = fieldByColumn(column);
    if (!field || *field == Field::HouseholdId || *field == Field::PersonId || *field == Field::Desil) {
        return false;
    }
    if (table == kHouseholdsTable) {
        return !isMemberField(*field);
    }
    if (table == kMembersTable) {
        return isMemberField(*field);
    }
    return false;
}

QString idColumn(const QString &table)
{
    return table == kHouseholdsTable ? QStringLiteral("household_id") : QStringLiteral("person_id");
}

// The changes a type implies: the presence code of a member-status type for each person concerned,
// the KK number of a KK change. Added when the officer did not write them.
QList<FieldChange> withImpliedChanges(const Proposal &p)
{
    QList<FieldChange> changes = p.changes;
    // Sets the implied value, over what an earlier save implied (a corrected date, a new number).
    auto ensure = [&changes](const QString &table,
                             const QString &recordId,
                             const QString &column,
                             const QString &value) {
        for (FieldChange &change : changes) {
            if (change.table == table && change.recordId == recordId && change.column == column) {
                change.newValue = value;
                return;
            }
        }
        FieldChange change;
        change.table = table;
        change.recordId = recordId;
        change.column = column;
        change.newValue = value;
        changes.append(change);
    };
    const QString presence = QString::fromLatin1(proposalTypeInfo(p.type).populationCode);
    if (!presence.isEmpty() && p.type != ProposalType::NewMember) {
        // A person no longer concerned keeps no implied change.
        changes.removeIf([&p](const FieldChange &change) {
            return change.table == kMembersTable && !change.recordId.isEmpty()
                   && !p.personIds.contains(change.recordId)
                   && (change.column == QLatin1String("presence")
                       || change.column == QLatin1String("presence_date"));
        });
        for (const QString &person : p.personIds) {
            ensure(kMembersTable, person, QStringLiteral("presence"), presence);
            if (p.details.eventDate.isValid()) {
                ensure(kMembersTable,
                       person,
                       QStringLiteral("presence_date"),
                       p.details.eventDate.toString(Qt::ISODate));
            }
        }
    }
    // The records a proposal creates: a new member's presence (5) and its date, a new family's
    // coordinates as given with the proposal.
    auto ensureNew =
        [&changes](const QString &table, const QString &key, const QString &column, const QString &value) {
            for (FieldChange &change : changes) {
                if (change.table == table && change.recordId.isEmpty() && change.newRecordKey == key
                    && change.column == column) {
                    change.newValue = value;
                    return;
                }
            }
            changes.append({table, {}, column, {}, value, key});
        };
    if (p.type == ProposalType::NewMember) {
        for (const QString &key : NewRecordCheck::memberKeys(p.changes)) {
            ensureNew(kMembersTable, key, QStringLiteral("presence"), presence);
            if (p.details.eventDate.isValid()) {
                ensureNew(kMembersTable,
                          key,
                          QStringLiteral("presence_date"),
                          p.details.eventDate.toString(Qt::ISODate));
            }
        }
    }
    if (p.type == ProposalType::NewHousehold) {
        if (!p.details.latitude.isEmpty()) {
            ensureNew(kHouseholdsTable, {}, QStringLiteral("latitude"), p.details.latitude);
        }
        if (!p.details.longitude.isEmpty()) {
            ensureNew(kHouseholdsTable, {}, QStringLiteral("longitude"), p.details.longitude);
        }
    }
    if (p.type == ProposalType::KkChange && !p.details.newKkNumber.isEmpty() && !p.householdId.isEmpty()) {
        ensure(kHouseholdsTable, p.householdId, QStringLiteral("kk_number"), p.details.newKkNumber);
    }
    return changes;
}

// The records a proposal touches: those its changes name, plus its household (household types)
// or its persons (member types).
QList<QPair<QString, QString>> touchedRecords(const Proposal &p, const QList<FieldChange> &changes)
{
    QList<QPair<QString, QString>> records;
    auto add = [&records](const QString &table, const QString &id) {
        const QPair<QString, QString> key{table, id};
        if (!id.isEmpty() && !records.contains(key)) {
            records.append(key);
        }
    };
    const ProposalTarget target = proposalTypeInfo(p.type).target;
    if (target == ProposalTarget::Household) {
        add(kHouseholdsTable, p.householdId);
    }
    if (target == ProposalTarget::Member) {
        for (const QString &person : p.personIds) {
            add(kMembersTable, person);
        }
    }
    for (const FieldChange &change : changes) {
        add(change.table, change.recordId);
    }
    return records;
}

struct RecordState
{
    bool exists = false;
    qint64 version = 0;
    QString status;
    QString householdId;
};

Result<RecordState> recordState(Database &db, const QString &table, const QString &id)
{
    RecordState state;
    if (table == kHouseholdsTable) {
        Statement st(db, u"SELECT version, status, household_id FROM households WHERE household_id = :id");
        VERDES_TRY(st.status());
        st.bind(u":id", id);
        VERDES_TRY_ASSIGN(row, st.step());
        if (row) {
            state = {true, st.int64(0), st.text(1), st.text(2)};
        }
    } else {
        Statement st(db, u"SELECT version, status, household_id FROM members WHERE person_id = :id");
        VERDES_TRY(st.status());
        st.bind(u":id", id);
        VERDES_TRY_ASSIGN(row, st.step());
        if (row) {
            state = {true, st.int64(0), st.text(1), st.text(2)};
        }
    }
    return state;
}

void bindFilter(Statement &st, const ProposalFilter &filter, bool withState)
{
    if (withState && filter.state) {
        st.bind(u":state", proposalStateCode(*filter.state));
    }
    if (filter.type) {
        st.bind(u":type", proposalTypeCode(*filter.type));
    }
    if (filter.rw) {
        st.bind(u":rw", static_cast<qint64>(*filter.rw));
    }
    if (filter.rt) {
        st.bind(u":rt", static_cast<qint64>(*filter.rt));
    }
    if (!filter.officerId.isEmpty()) {
        st.bind(u":officer", filter.officerId);
    }
    if (!filter.householdId.isEmpty()) {
        st.bind(u":household", filter.householdId);
    }
    if (filter.snapshotOutcome) {
        st.bind(u":outcome", snapshotOutcomeCode(*filter.snapshotOutcome));
    }
}

QString whereClause(const ProposalFilter &filter, bool withState)
{
    QStringList parts;
    if (withState && filter.state) {
        parts << QStringLiteral("p.state = :state");
    }
    if (filter.type) {
        parts << QStringLiteral("p.type = :type");
    }
    if (filter.rw) {
        parts << QStringLiteral("h.rw = :rw");
    }
    if (filter.rt) {
        parts << QStringLiteral("h.rt = :rt");
    }
    if (!filter.officerId.isEmpty()) {
        parts << QStringLiteral("p.created_by = :officer");
    }
    if (!filter.householdId.isEmpty()) {
        parts << QStringLiteral("p.household_id = :household");
    }
    if (filter.staleOnly) {
        parts << QStringLiteral("(p.stale = 1 OR p.target_gone = 1)");
    }
    if (filter.snapshotOutcome) {
        parts << QStringLiteral("p.snapshot_outcome = :outcome");
    }
    return parts.isEmpty() ? QString() : QStringLiteral(" WHERE ") + parts.join(QLatin1String(" AND "));
}

const QString kHeadNameSql = QStringLiteral(
    "(SELECT m.name FROM members m WHERE m.household_id = p.household_id AND m.relationship = 1 "
    "AND m.status = 'present' ORDER BY m.ordinal LIMIT 1)");
// The names of the members a proposal is about (person_ids is a JSON array), joined with U+001F, a
// separator no name holds; a person not in members (a new member) is skipped.
const QString kPersonNamesSql =
    QStringLiteral("(SELECT group_concat(m.name, char(31)) FROM json_each(p.person_ids) j "
                   "JOIN members m ON m.person_id = j.value)");
const QString kEvidenceCountSql = QStringLiteral(
    "(SELECT count(*) FROM evidence e WHERE e.proposal_id = p.proposal_id AND e.replaced_by IS NULL)");

QString orderClause(const ProposalSort &sort)
{
    const QString dir = sort.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    QString key;
    switch (sort.key) {
    case ProposalSort::Key::Id:
        key = QStringLiteral("p.proposal_id") + dir;
        break;
    case ProposalSort::Key::Type:
        key = QStringLiteral("p.type") + dir;
        break;
    case ProposalSort::Key::State:
        key = QStringLiteral("p.state") + dir;
        break;
    case ProposalSort::Key::Place:
        key = QStringLiteral("h.rw") + dir + QStringLiteral(", h.rt") + dir;
        break;
    case ProposalSort::Key::HeadName:
        key = QStringLiteral("head_name COLLATE NOCASE") + dir;
        break;
    case ProposalSort::Key::PersonNames:
        key = QStringLiteral("person_names COLLATE NOCASE") + dir;
        break;
    case ProposalSort::Key::Reason:
        key = QStringLiteral("p.reason COLLATE NOCASE") + dir;
        break;
    case ProposalSort::Key::Officer:
        key = QStringLiteral("p.created_by_name COLLATE NOCASE") + dir;
        break;
    case ProposalSort::Key::Updated:
        key = QStringLiteral("p.updated_at") + dir;
        break;
    case ProposalSort::Key::EvidenceCount:
        key = QStringLiteral("evidence_count") + dir;
        break;
    }
    return QStringLiteral(" ORDER BY ") + key + QStringLiteral(", p.proposal_id DESC");
}

EvidenceInfo readEvidence(const Statement &st)
{
    EvidenceInfo info;
    info.id = st.int64(0);
    info.proposalId = st.int64(1);
    info.kind = evidenceKindFromCode(st.text(2)).value_or(EvidenceKind::Statement);
    info.fileName = st.text(3);
    info.mime = st.text(4);
    info.size = st.int64(5);
    info.sha256 = st.text(6);
    info.version = static_cast<int>(st.int64(7));
    info.replaces = st.optionalInt(8).value_or(0);
    info.replacedBy = st.optionalInt(9).value_or(0);
    info.addedAt = parseTime(st.text(10));
    info.addedBy = st.text(11);
    info.addedByName = st.text(12);
    return info;
}

constexpr QStringView kEvidenceColumns =
    u"evidence_id, proposal_id, kind, file_name, mime, size, sha256, version, "
    u"replaces, replaced_by, added_at, added_by, added_by_name";

// Recomputes `stale` and `target_gone` of the open proposals (or of one).
Result<StaleRefresh> refreshStaleOf(Database &db, std::optional<qint64> only)
{
    StaleRefresh result;
    const QString scope = QStringLiteral("state IN %1%2")
                              .arg(kOpenStates.toString(),
                                   only ? QStringLiteral(" AND proposal_id = %1").arg(*only) : QString());
    VERDES_TRY_ASSIGN(
        before,
        db.queryInt(QStringLiteral("SELECT count(*) FROM proposals WHERE stale = 1 AND %1").arg(scope)));
    VERDES_TRY(db.execute(
        QStringLiteral(
            "UPDATE proposals SET "
            "target_gone = (household_id IS NOT NULL AND EXISTS (SELECT 1 FROM households h "
            "  WHERE h.household_id = proposals.household_id AND h.status = 'missing')), "
            "stale = EXISTS (SELECT 1 FROM proposal_bases b "
            "  LEFT JOIN households h ON b.table_name = 'households' AND h.household_id = b.record_id "
            "  LEFT JOIN members m ON b.table_name = 'members' AND m.person_id = b.record_id "
            "  WHERE b.proposal_id = proposals.proposal_id "
            "  AND (coalesce(h.version, m.version, -1) <> b.version OR coalesce(h.status, m.status) = "
            "'missing')) "
            "WHERE %1")
            .arg(scope)));
    VERDES_TRY_ASSIGN(checked,
                      db.queryInt(QStringLiteral("SELECT count(*) FROM proposals WHERE %1").arg(scope)));
    VERDES_TRY_ASSIGN(
        stale,
        db.queryInt(QStringLiteral("SELECT count(*) FROM proposals WHERE stale = 1 AND %1").arg(scope)));
    VERDES_TRY_ASSIGN(
        gone,
        db.queryInt(
            QStringLiteral("SELECT count(*) FROM proposals WHERE target_gone = 1 AND %1").arg(scope)));
    result.checked = checked;
    result.stale = stale;
    result.newlyStale = qMax<qint64>(0, stale - before);
    result.targetGone = gone;
    if (!only && result.newlyStale + result.targetGone > 0) {
        qCInfo(lcRepo) << "proposals:" << result.newlyStale << "newly stale," << result.targetGone
                       << "target gone";
    }
    return result;
}

} // namespace

ProposalRepository::ProposalRepository(Database &db, Clock &clock)
    : m_db(db)
    , m_clock(clock)
{}

Result<QString>
ProposalRepository::currentValue(const QString &table, const QString &recordId, const QString &column)
{
    if (!isChangeableColumn(table, column)) {
        return Error(ErrorCode::ProposalInvalidChange, {table + QLatin1Char('.') + column});
    }
    // The column name comes from the field table (checked above), never from the caller's text.
    const QString sql = QStringLiteral("SELECT %1 FROM %2 WHERE %3 = :id")
                            .arg(columnName(*fieldByColumn(column)),
                                 table == kHouseholdsTable ? kHouseholdsTable : kMembersTable,
                                 idColumn(table));
    Statement st(m_db, sql);
    VERDES_TRY(st.status());
    st.bind(u":id", recordId);
    VERDES_TRY_ASSIGN(row, st.step());
    if (!row) {
        return Error(ErrorCode::ProposalTargetUnknown, {recordId});
    }
    return st.text(0);
}

namespace {

struct Prepared
{
    QList<FieldChange> changes;
    QList<BaseVersion> bases;
};

// Checks the target and the changes, fills old values for new (table, record, column) triples and
// returns the base versions of every record touched (the stored ones kept for records already based).
Result<Prepared> prepare(ProposalRepository &repo,
                         Database &db,
                         const Proposal &p,
                         const QList<FieldChange> &storedChanges,
                         const QList<BaseVersion> &storedBases)
{
    if (!p.householdId.isEmpty()) {
        VERDES_TRY_ASSIGN(household, recordState(db, kHouseholdsTable, p.householdId));
        if (!household.exists) {
            return Error(ErrorCode::ProposalTargetUnknown, {p.householdId});
        }
        if (household.status == QLatin1String("missing")) {
            return Error(ErrorCode::ProposalTargetMissing, {p.householdId});
        }
    }
    for (const QString &person : p.personIds) {
        VERDES_TRY_ASSIGN(member, recordState(db, kMembersTable, person));
        if (!member.exists || (!p.householdId.isEmpty() && member.householdId != p.householdId)) {
            return Error(ErrorCode::ProposalTargetUnknown, {person});
        }
    }
    Prepared out;
    out.changes = withImpliedChanges(p);
    for (FieldChange &change : out.changes) {
        if (!isChangeableColumn(change.table, change.column)) {
            return Error(ErrorCode::ProposalInvalidChange, {change.table + QLatin1Char('.') + change.column});
        }
        if (change.recordId.isEmpty()) {
            change.oldValue.clear();
            continue;
        }
        bool known = false;
        for (const FieldChange &stored : storedChanges) {
            if (stored.table == change.table && stored.recordId == change.recordId
                && stored.column == change.column) {
                change.oldValue = stored.oldValue;
                known = true;
                break;
            }
        }
        if (!known) {
            VERDES_TRY_ASSIGN(value, repo.currentValue(change.table, change.recordId, change.column));
            change.oldValue = value;
        }
    }
    for (const auto &[table, id] : touchedRecords(p, out.changes)) {
        bool known = false;
        for (const BaseVersion &stored : storedBases) {
            if (stored.table == table && stored.recordId == id) {
                out.bases.append(stored);
                known = true;
                break;
            }
        }
        if (known) {
            continue;
        }
        VERDES_TRY_ASSIGN(state, recordState(db, table, id));
        if (!state.exists) {
            return Error(ErrorCode::ProposalTargetUnknown, {id});
        }
        out.bases.append(BaseVersion{table, id, state.version});
    }
    return out;
}

Result<void> writeChangesAndBases(Database &db, qint64 id, const Prepared &prepared)
{
    {
        Statement del(db, u"DELETE FROM proposal_changes WHERE proposal_id = :id");
        VERDES_TRY(del.status());
        del.bind(u":id", id);
        VERDES_TRY(del.run());
    }
    {
        Statement del(db, u"DELETE FROM proposal_bases WHERE proposal_id = :id");
        VERDES_TRY(del.status());
        del.bind(u":id", id);
        VERDES_TRY(del.run());
    }
    Statement ins(db,
                  u"INSERT INTO proposal_changes (proposal_id, ordinal, table_name, record_id, column_name, "
                  u"old_value, new_value, new_record_key) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    VERDES_TRY(ins.status());
    qint64 ordinal = 0;
    for (const FieldChange &change : prepared.changes) {
        ins.reset();
        ins.bindAt(1, id);
        ins.bindAt(2, ordinal++);
        ins.bindAt(3, change.table);
        ins.bindAt(4, change.recordId);
        ins.bindAt(5, change.column);
        ins.bindAt(6, change.oldValue);
        ins.bindAt(7, change.newValue);
        ins.bindAt(8, change.newRecordKey);
        VERDES_TRY(ins.run());
    }
    Statement base(
        db,
        u"INSERT INTO proposal_bases (proposal_id, table_name, record_id, version) VALUES (?1, ?2, ?3, ?4)");
    VERDES_TRY(base.status());
    for (const BaseVersion &b : prepared.bases) {
        base.reset();
        base.bindAt(1, id);
        base.bindAt(2, b.table);
        base.bindAt(3, b.recordId);
        base.bindAt(4, b.version);
        VERDES_TRY(base.run());
    }
    return {};
}

Result<EvidenceInfo> insertEvidence(Database &db,
                                    Clock &clock,
                                    const Actor &actor,
                                    qint64 proposalId,
                                    const NewEvidence &evidence,
                                    const QString &mime,
                                    int version,
                                    qint64 replaces)
{
    EvidenceInfo info;
    info.proposalId = proposalId;
    info.kind = evidence.kind;
    info.fileName = evidence.fileName;
    info.mime = mime;
    info.size = evidence.bytes.size();
    info.sha256 = EvidenceCheck::sha256Hex(evidence.bytes);
    info.version = version;
    info.replaces = replaces;
    info.addedAt = clock.now().toUTC();
    info.addedBy = actor.officerId;
    info.addedByName = actor.name;
    Statement st(
        db,
        u"INSERT INTO evidence (proposal_id, kind, file_name, mime, size, sha256, version, replaces, "
        u"added_at, added_by, added_by_name) VALUES (:proposal, :kind, :file, :mime, :size, :sha, "
        u":version, :replaces, :at, :by, :by_name)");
    VERDES_TRY(st.status());
    st.bind(u":proposal", proposalId);
    st.bind(u":kind", evidenceKindCode(evidence.kind));
    st.bind(u":file", evidence.fileName);
    st.bind(u":mime", mime);
    st.bind(u":size", info.size);
    st.bind(u":sha", info.sha256);
    st.bind(u":version", static_cast<qint64>(version));
    if (replaces != 0) {
        st.bind(u":replaces", replaces);
    } else {
        st.bindNull(u":replaces");
    }
    st.bind(u":at", isoTime(info.addedAt));
    st.bind(u":by", actor.officerId);
    st.bind(u":by_name", actor.name);
    VERDES_TRY(st.run());
    info.id = db.lastInsertRowId();
    Statement content(db, u"INSERT INTO evidence_content (evidence_id, bytes) VALUES (:id, :bytes)");
    VERDES_TRY(content.status());
    content.bind(u":id", info.id);
    content.bind(u":bytes", evidence.bytes);
    VERDES_TRY(content.run());
    return info;
}

// What a move needs of the proposal it moves.
struct MoveTarget
{
    qint64 id = 0;
    ProposalState state = ProposalState::Draft;
    qint64 revision = 0;
    QString householdId;
    QString updatedByName;
};

// The UPDATE, the transition row and the audit entry of moves (inside a transaction), its
// statements prepared once for any number of moves.
class TransitionWriter
{
public:
    TransitionWriter(Database &db, Clock &clock, const Actor &actor)
        : m_db(db)
        , m_clock(clock)
        , m_actor(actor)
        , m_update(db,
                   u"UPDATE proposals SET state = :state, state_note = :note, revision = revision + 1, "
                   u"updated_by = :by, updated_by_name = :by_name, updated_at = :at "
                   u"WHERE proposal_id = :id AND revision = :revision")
        , m_log(db,
                u"INSERT INTO proposal_transitions (proposal_id, seq, from_state, to_state, at, officer_id, "
                u"officer_name, note) VALUES (:id, (SELECT coalesce(max(seq), 0) + 1 FROM "
                u"proposal_transitions WHERE proposal_id = :id), :from, :to, :at, :by, :by_name, :note)")
    {}

    Result<void> status() const
    {
        VERDES_TRY(m_update.status());
        return m_log.status();
    }

    Result<void> write(const MoveTarget &current, ProposalState to, const QString &note)
    {
        const QString now = isoTime(m_clock.now());
        m_update.reset();
        m_update.bind(u":state", proposalStateCode(to));
        m_update.bind(u":note", note);
        m_update.bind(u":by", m_actor.officerId);
        m_update.bind(u":by_name", m_actor.name);
        m_update.bind(u":at", now);
        m_update.bind(u":id", current.id);
        m_update.bind(u":revision", current.revision);
        VERDES_TRY(m_update.run());
        if (m_db.changes() != 1) {
            return Error(ErrorCode::ProposalChangedMeanwhile,
                         {current.updatedByName, QString::number(current.id)});
        }
        m_log.reset();
        m_log.bind(u":id", current.id);
        m_log.bind(u":from", proposalStateCode(current.state));
        m_log.bind(u":to", proposalStateCode(to));
        m_log.bind(u":at", now);
        m_log.bind(u":by", m_actor.officerId);
        m_log.bind(u":by_name", m_actor.name);
        m_log.bind(u":note", note);
        VERDES_TRY(m_log.run());
        QStringList args{proposalStateCode(current.state), proposalStateCode(to)};
        if (!note.isEmpty()) {
            args.append(note);
        }
        AuditLog audit(m_db, m_clock);
        VERDES_TRY(audit.append(m_actor,
                                {QStringLiteral("proposal.transition"),
                                 QStringLiteral("proposal"),
                                 QString::number(current.id),
                                 current.householdId,
                                 args}));
        return {};
    }

private:
    Database &m_db;
    Clock &m_clock;
    const Actor &m_actor;
    Statement m_update;
    Statement m_log;
};

} // namespace

Result<Proposal>
ProposalRepository::create(const Actor &actor, const Proposal &draft, const QList<NewEvidence> &evidence)
{
    VERDES_TRY(actor.require(Action::CreateProposal));
    Transaction tx(m_db);
    VERDES_TRY(tx.begin());
    VERDES_TRY_ASSIGN(id, insertDraft(actor, draft, evidence));
    VERDES_CRASH_POINT("proposal.commit");
    VERDES_TRY(tx.commit());
    qCInfo(lcRepo) << "proposal" << id << "created";
    VERDES_TRY_ASSIGN(stored, get(id));
    if (!stored) {
        return notFound(id);
    }
    return std::move(*stored);
}

Result<qint64>
ProposalRepository::insertDraft(const Actor &actor, const Proposal &draft, const QList<NewEvidence> &evidence)
{
    QStringList mimes;
    for (const NewEvidence &item : evidence) {
        VERDES_TRY_ASSIGN(mime, EvidenceCheck::check(item.bytes, item.fileName));
        mimes.append(mime);
    }
    VERDES_TRY_ASSIGN(prepared, prepare(*this, m_db, draft, {}, {}));
    const QString now = isoTime(m_clock.now());
    Statement st(
        m_db,
        u"INSERT INTO proposals (type, state, channel, household_id, person_ids, reason, details, "
        u"revision, created_by, created_by_name, created_at, updated_by, updated_by_name, updated_at) "
        u"VALUES (:type, 'draft', :channel, :household, :persons, :reason, :details, 1, :by, :by_name, "
        u":at, :by, :by_name, :at)");
    VERDES_TRY(st.status());
    bindEditableColumns(st, draft, actor, now);
    VERDES_TRY(st.run());
    const qint64 id = m_db.lastInsertRowId();
    VERDES_TRY(writeChangesAndBases(m_db, id, prepared));
    AuditLog audit(m_db, m_clock);
    VERDES_TRY(audit.append(actor,
                            {QStringLiteral("proposal.create"),
                             QStringLiteral("proposal"),
                             QString::number(id),
                             draft.householdId,
                             {proposalTypeCode(draft.type)}}));
    VERDES_CRASH_POINT("proposal.create");
    for (qsizetype i = 0; i < evidence.size(); ++i) {
        VERDES_TRY_ASSIGN(info, insertEvidence(m_db, m_clock, actor, id, evidence.at(i), mimes.at(i), 1, 0));
        VERDES_TRY(audit.append(actor,
                                {QStringLiteral("evidence.add"),
                                 QStringLiteral("evidence"),
                                 QString::number(info.id),
                                 draft.householdId,
                                 {QString::number(id), evidenceKindCode(info.kind)}}));
        VERDES_CRASH_POINT("proposal.evidence");
    }
    return id;
}

Result<std::optional<qint64>> ProposalRepository::createReturnDraft(const Actor &actor, qint64 returnedId)
{
    VERDES_TRY_ASSIGN(returned, get(returnedId));
    if (!returned) {
        return notFound(returnedId);
    }
    Proposal draft;
    draft.type = returned->type;
    draft.channel = returned->channel;
    draft.householdId = returned->householdId;
    draft.personIds = returned->personIds;
    draft.reason = returned->reason;
    draft.details = returned->details;
    draft.changes = returned->changes;
    QList<NewEvidence> evidence;
    for (const EvidenceInfo &info : std::as_const(returned->evidence)) {
        VERDES_TRY_ASSIGN(bytes, evidenceBytes(info.id));
        evidence.append(NewEvidence{info.kind, info.fileName, bytes});
    }
    auto id = insertDraft(actor, draft, evidence);
    if (!id
        && (id.error().code == ErrorCode::ProposalTargetMissing
            || id.error().code == ErrorCode::ProposalTargetUnknown)) {
        // The household or a person is gone from the registry meanwhile: nothing to correct.
        qCInfo(lcRepo) << "proposal" << returnedId << "returned; its target is gone, no new draft";
        return std::optional<qint64>();
    }
    VERDES_TRY_ASSIGN(made, std::move(id));
    qCInfo(lcRepo) << "proposal" << returnedId << "returned; new draft" << made;
    return std::optional<qint64>(made);
}

Result<Proposal> ProposalRepository::updateDraft(const Actor &actor, const Proposal &proposal)
{
    VERDES_TRY(actor.require(Action::EditProposal));
    Transaction tx(m_db);
    VERDES_TRY(tx.begin());
    VERDES_TRY_ASSIGN(current, get(proposal.id));
    if (!current) {
        return notFound(proposal.id);
    }
    if (current->revision != proposal.revision) {
        return Error(
            ErrorCode::ProposalChangedMeanwhile,
            {current->updatedByName, QString::number(proposal.id)},
            QStringLiteral("revision %1, expected %2").arg(current->revision).arg(proposal.revision));
    }
    if (!isEditableState(current->state)) {
        return Error(ErrorCode::ProposalNotEditable, {ProposalStateText::label(current->state)});
    }
    VERDES_TRY_ASSIGN(prepared, prepare(*this, m_db, proposal, current->changes, current->bases));
    Statement st(m_db,
                 u"UPDATE proposals SET type = :type, channel = :channel, household_id = :household, "
                 u"person_ids = :persons, reason = :reason, details = :details, revision = revision + 1, "
                 u"updated_by = :by, updated_by_name = :by_name, updated_at = :at "
                 u"WHERE proposal_id = :id AND revision = :revision");
    VERDES_TRY(st.status());
    bindEditableColumns(st, proposal, actor, isoTime(m_clock.now()));
    st.bind(u":id", proposal.id);
    st.bind(u":revision", proposal.revision);
    VERDES_TRY(st.run());
    if (m_db.changes() != 1) {
        return Error(ErrorCode::ProposalChangedMeanwhile,
                     {current->updatedByName, QString::number(proposal.id)});
    }
    VERDES_TRY(writeChangesAndBases(m_db, proposal.id, prepared));
    AuditLog audit(m_db, m_clock);
    VERDES_TRY(audit.append(actor,
                            {QStringLiteral("proposal.edit"),
                             QStringLiteral("proposal"),
                             QString::number(proposal.id),
                             proposal.householdId,
                             {proposalTypeCode(proposal.type)}}));
    VERDES_TRY(tx.commit());
    VERDES_TRY_ASSIGN(stored, get(proposal.id));
    if (!stored) {
        return notFound(proposal.id);
    }
    return std::move(*stored);
}

Result<Proposal> ProposalRepository::transition(
    const Actor &actor, qint64 proposalId, ProposalState to, qint64 expectedRevision, const QString &note)
{
    Transaction tx(m_db);
    VERDES_TRY(tx.begin());
    VERDES_TRY_ASSIGN(current, get(proposalId));
    if (!current) {
        return notFound(proposalId);
    }
    VERDES_TRY_ASSIGN(transition, ProposalStateMachine::check(actor, current->state, to));
    if (current->revision != expectedRevision) {
        return Error(ErrorCode::ProposalChangedMeanwhile,
                     {current->updatedByName, QString::number(proposalId)},
                     QStringLiteral("revision %1, expected %2").arg(current->revision).arg(expectedRevision));
    }
    if (transition.needsNote && note.trimmed().isEmpty()) {
        return Error(ErrorCode::ProposalNoteRequired, {ProposalStateText::label(to)});
    }
    if (to == ProposalState::Ready) {
        VERDES_TRY(refreshStaleOf(m_db, proposalId));
        VERDES_TRY_ASSIGN(fresh, get(proposalId));
        if (fresh->targetGone) {
            return Error(ErrorCode::ProposalTargetMissing, {fresh->householdId});
        }
        if (fresh->stale) {
            return Error(ErrorCode::ProposalStale, {QString::number(proposalId)});
        }
        const QStringList missing = fresh->missingRequirements();
        if (!missing.isEmpty()) {
            QStringList lines;
            for (const QString &item : missing) {
                lines.append(QStringLiteral("• ") + item);
            }
            return Error(ErrorCode::ProposalIncomplete, {lines.join(QLatin1Char('\n'))});
        }
        VERDES_TRY_ASSIGN(issues, newRecordIssues(*fresh));
        QStringList errors;
        for (const Issue &issue : std::as_const(issues)) {
            if (issue.isError()) {
                errors.append(QStringLiteral("• ") + NewRecordCheck::describe(*fresh, issue));
            }
        }
        if (!errors.isEmpty()) {
            return Error(ErrorCode::ProposalInvalidValues,
                         {errors.join(QLatin1Char('\n'))},
                         QStringLiteral("%1 broken rule(s) in new records").arg(errors.size()));
        }
    }
    TransitionWriter writer(m_db, m_clock, actor);
    VERDES_TRY(writer.status());
    VERDES_TRY(writer.write(
        MoveTarget{
            current->id, current->state, current->revision, current->householdId, current->updatedByName},
        to,
        note));
    VERDES_TRY(tx.commit());
    VERDES_TRY_ASSIGN(stored, get(proposalId));
    if (!stored) {
        return notFound(proposalId);
    }
    return std::move(*stored);
}

Result<void> ProposalRepository::moveForMeeting(const Actor &actor,
                                                const QList<qint64> &proposalIds,
                                                ProposalState to,
                                                const QString &note)
{
    // A meeting seals hundreds of proposals at once: each statement is prepared once for the list,
    // and only the columns a move needs are read.
    Statement head(m_db,
                   u"SELECT state, revision, coalesce(household_id, ''), updated_by_name FROM proposals "
                   u"WHERE proposal_id = :id");
    VERDES_TRY(head.status());
    TransitionWriter writer(m_db, m_clock, actor);
    VERDES_TRY(writer.status());
    for (const qint64 proposalId : proposalIds) {
        head.reset();
        head.bind(u":id", proposalId);
        VERDES_TRY_ASSIGN(found, head.step());
        if (!found) {
            return notFound(proposalId);
        }
        MoveTarget current;
        current.id = proposalId;
        current.state = proposalStateFromCode(head.text(0)).value_or(ProposalState::Draft);
        current.revision = head.int64(1);
        current.householdId = head.text(2);
        current.updatedByName = head.text(3);
        if (!ProposalStateMachine::isLegal(current.state, to)) {
            return Error(
                ErrorCode::ProposalIllegalTransition,
                {ProposalStateText::label(current.state), ProposalStateText::label(to)},
                QStringLiteral("%1 -> %2").arg(proposalStateCode(current.state), proposalStateCode(to)));
        }
        VERDES_TRY(writer.write(current, to, note));
    }
    return {};
}

Result<EvidenceInfo>
ProposalRepository::attachEvidence(const Actor &actor, qint64 proposalId, const NewEvidence &evidence)
{
    VERDES_TRY(actor.require(Action::EditProposal));
    VERDES_TRY_ASSIGN(mime, EvidenceCheck::check(evidence.bytes, evidence.fileName));
    Transaction tx(m_db);
    VERDES_TRY(tx.begin());
    VERDES_TRY_ASSIGN(current, get(proposalId));
    if (!current) {
        return notFound(proposalId);
    }
    if (!isEditableState(current->state)) {
        return Error(ErrorCode::EvidenceLocked, {ProposalStateText::label(current->state)});
    }
    VERDES_TRY_ASSIGN(info, insertEvidence(m_db, m_clock, actor, proposalId, evidence, mime, 1, 0));
    AuditLog audit(m_db, m_clock);
    VERDES_TRY(audit.append(actor,
                            {QStringLiteral("evidence.add"),
                             QStringLiteral("evidence"),
                             QString::number(info.id),
                             current->householdId,
                             {QString::number(proposalId), evidenceKindCode(info.kind)}}));
    VERDES_TRY(tx.commit());
    return info;
}

Result<EvidenceInfo>
ProposalRepository::replaceEvidence(const Actor &actor, qint64 evidenceId, const NewEvidence &evidence)
{
    VERDES_TRY(actor.require(Action::EditProposal));
    VERDES_TRY_ASSIGN(mime, EvidenceCheck::check(evidence.bytes, evidence.fileName));
    Transaction tx(m_db);
    VERDES_TRY(tx.begin());
    EvidenceInfo old;
    {
        Statement st(m_db,
                     QStringLiteral("SELECT %1 FROM evidence WHERE evidence_id = :id").arg(kEvidenceColumns));
        VERDES_TRY(st.status());
        st.bind(u":id", evidenceId);
        VERDES_TRY_ASSIGN(row, st.step());
        if (!row) {
            return Error(ErrorCode::EvidenceNotFound, {QString::number(evidenceId)});
        }
        old = readEvidence(st);
    }
    if (!old.isCurrent()) {
        VERDES_TRY_ASSIGN(
            newer,
            m_db.queryText(QStringLiteral("SELECT added_by_name FROM evidence WHERE evidence_id = %1")
                               .arg(old.replacedBy)));
        return Error(ErrorCode::ProposalChangedMeanwhile, {newer, QString::number(old.proposalId)});
    }
    VERDES_TRY_ASSIGN(current, get(old.proposalId));
    if (!current) {
        return notFound(old.proposalId);
    }
    if (!isOpenInVillage(current->state)) {
        return Error(ErrorCode::EvidenceLocked, {ProposalStateText::label(current->state)});
    }
    NewEvidence replacement = evidence;
    VERDES_TRY_ASSIGN(
        info,
        insertEvidence(m_db, m_clock, actor, old.proposalId, replacement, mime, old.version + 1, old.id));
    Statement mark(m_db, u"UPDATE evidence SET replaced_by = :new WHERE evidence_id = :old");
    VERDES_TRY(mark.status());
    mark.bind(u":new", info.id);
    mark.bind(u":old", old.id);
    VERDES_TRY(mark.run());
    AuditLog audit(m_db, m_clock);
    VERDES_TRY(audit.append(
        actor,
        {QStringLiteral("evidence.replace"),
         QStringLiteral("evidence"),
         QString::number(info.id),
         current->householdId,
         {QString::number(old.proposalId), evidenceKindCode(info.kind), QString::number(old.id)}}));
    VERDES_TRY(tx.commit());
    return info;
}

Result<void> ProposalRepository::removeEvidence(const Actor &actor, qint64 evidenceId)
{
    VERDES_TRY(actor.require(Action::EditProposal));
    Transaction tx(m_db);
    VERDES_TRY(tx.begin());
    EvidenceInfo info;
    {
        Statement st(m_db,
                     QStringLiteral("SELECT %1 FROM evidence WHERE evidence_id = :id").arg(kEvidenceColumns));
        VERDES_TRY(st.status());
        st.bind(u":id", evidenceId);
        VERDES_TRY_ASSIGN(row, st.step());
        if (!row) {
            return Error(ErrorCode::EvidenceNotFound, {QString::number(evidenceId)});
        }
        info = readEvidence(st);
    }
    VERDES_TRY_ASSIGN(current, get(info.proposalId));
    if (!current) {
        return notFound(info.proposalId);
    }
    if (!isEditableState(current->state)) {
        return Error(ErrorCode::EvidenceLocked, {ProposalStateText::label(current->state)});
    }
    // The whole chain of versions goes, newest first (a draft's mistaken attachment).
    QList<qint64> chain;
    qint64 newest = evidenceId;
    while (true) {
        VERDES_TRY_ASSIGN(
            next,
            m_db.queryInt(
                QStringLiteral("SELECT coalesce(replaced_by, 0) FROM evidence WHERE evidence_id = %1")
                    .arg(newest)));
        if (next == 0) {
            break;
        }
        newest = next;
    }
    for (qint64 id = newest; id != 0;) {
        chain.append(id);
        VERDES_TRY_ASSIGN(
            older,
            m_db.queryInt(
                QStringLiteral("SELECT coalesce(replaces, 0) FROM evidence WHERE evidence_id = %1").arg(id)));
        id = older;
    }
    for (const qint64 id : chain) {
        VERDES_TRY(
            m_db.execute(QStringLiteral("DELETE FROM evidence_content WHERE evidence_id = %1").arg(id)));
        VERDES_TRY(m_db.execute(QStringLiteral("DELETE FROM evidence WHERE evidence_id = %1").arg(id)));
    }
    AuditLog audit(m_db, m_clock);
    VERDES_TRY(audit.append(actor,
                            {QStringLiteral("evidence.remove"),
                             QStringLiteral("evidence"),
                             QString::number(evidenceId),
                             current->householdId,
                             {QString::number(info.proposalId), evidenceKindCode(info.kind)}}));
    VERDES_TRY(tx.commit());
    return {};
}

Result<std::optional<Proposal>> ProposalRepository::get(qint64 proposalId)
{
    Proposal p;
    {
        Statement st(
            m_db,
            u"SELECT proposal_id, type, state, channel, household_id, person_ids, reason, details, revision, "
            u"created_by, created_by_name, created_at, updated_by, updated_by_name, updated_at, state_note, "
            u"stale, target_gone, snapshot_outcome FROM proposals WHERE proposal_id = :id");
        VERDES_TRY(st.status());
        st.bind(u":id", proposalId);
        VERDES_TRY_ASSIGN(row, st.step());
        if (!row) {
            return std::optional<Proposal>();
        }
        p.id = st.int64(0);
        p.type = proposalTypeFromCode(st.text(1)).value_or(ProposalType::DataUpdate);
        p.state = proposalStateFromCode(st.text(2)).value_or(ProposalState::Draft);
        p.channel = channelFromCode(st.text(3)).value_or(Channel::Operator);
        p.householdId = st.text(4);
        p.personIds = personIdsFromJson(st.text(5));
        p.reason = st.text(6);
        p.details = ProposalDetails::fromJson(QJsonDocument::fromJson(st.text(7).toUtf8()).object());
        p.revision = st.int64(8);
        p.createdBy = st.text(9);
        p.createdByName = st.text(10);
        p.createdAt = parseTime(st.text(11));
        p.updatedBy = st.text(12);
        p.updatedByName = st.text(13);
        p.updatedAt = parseTime(st.text(14));
        p.stateNote = st.text(15);
        p.stale = st.int64(16) != 0;
        p.targetGone = st.int64(17) != 0;
        p.snapshotOutcome = snapshotOutcomeFromCode(st.text(18)).value_or(SnapshotOutcome::None);
    }
    {
        Statement st(m_db,
                     u"SELECT table_name, record_id, column_name, old_value, new_value, new_record_key "
                     u"FROM proposal_changes WHERE proposal_id = :id ORDER BY ordinal");
        VERDES_TRY(st.status());
        st.bind(u":id", proposalId);
        while (true) {
            VERDES_TRY_ASSIGN(row, st.step());
            if (!row) {
                break;
            }
            p.changes.append(
                FieldChange{st.text(0), st.text(1), st.text(2), st.text(3), st.text(4), st.text(5)});
        }
    }
    {
        Statement st(m_db,
                     u"SELECT table_name, record_id, version FROM proposal_bases WHERE proposal_id = :id "
                     u"ORDER BY table_name, record_id");
        VERDES_TRY(st.status());
        st.bind(u":id", proposalId);
        while (true) {
            VERDES_TRY_ASSIGN(row, st.step());
            if (!row) {
                break;
            }
            p.bases.append(BaseVersion{st.text(0), st.text(1), st.int64(2)});
        }
    }
    VERDES_TRY_ASSIGN(evidenceList, evidence(proposalId, false));
    p.evidence = evidenceList;
    return std::optional<Proposal>(std::move(p));
}

Result<QList<EvidenceInfo>> ProposalRepository::evidence(qint64 proposalId, bool includeReplaced)
{
    const QString sql =
        QStringLiteral("SELECT %1 FROM evidence WHERE proposal_id = :id%2 ORDER BY evidence_id")
            .arg(kEvidenceColumns, includeReplaced ? QString() : QStringLiteral(" AND replaced_by IS NULL"));
    Statement st(m_db, sql);
    VERDES_TRY(st.status());
    st.bind(u":id", proposalId);
    QList<EvidenceInfo> list;
    while (true) {
        VERDES_TRY_ASSIGN(row, st.step());
        if (!row) {
            break;
        }
        list.append(readEvidence(st));
    }
    return list;
}

Result<QList<ProposalTransitionRecord>> ProposalRepository::history(qint64 proposalId)
{
    Statement st(m_db,
                 u"SELECT from_state, to_state, at, officer_id, officer_name, note FROM proposal_transitions "
                 u"WHERE proposal_id = :id ORDER BY seq");
    VERDES_TRY(st.status());
    st.bind(u":id", proposalId);
    QList<ProposalTransitionRecord> records;
    while (true) {
        VERDES_TRY_ASSIGN(row, st.step());
        if (!row) {
            break;
        }
        ProposalTransitionRecord record;
        record.from = proposalStateFromCode(st.text(0)).value_or(ProposalState::Draft);
        record.to = proposalStateFromCode(st.text(1)).value_or(ProposalState::Draft);
        record.at = parseTime(st.text(2));
        record.officerId = st.text(3);
        record.officerName = st.text(4);
        record.note = st.text(5);
        records.append(record);
    }
    return records;
}

Result<QByteArray> ProposalRepository::evidenceBytes(qint64 evidenceId)
{
    Statement st(m_db,
                 u"SELECT c.bytes, e.sha256, e.file_name FROM evidence_content c "
                 u"JOIN evidence e ON e.evidence_id = c.evidence_id WHERE c.evidence_id = :id");
    VERDES_TRY(st.status());
    st.bind(u":id", evidenceId);
    VERDES_TRY_ASSIGN(row, st.step());
    if (!row) {
        return Error(ErrorCode::EvidenceNotFound, {QString::number(evidenceId)});
    }
    QByteArray bytes = st.blob(0);
    if (EvidenceCheck::sha256Hex(bytes) != st.text(1)) {
        qCWarning(lcRepo) << "evidence" << evidenceId << "does not match its recorded SHA-256";
        return Error(
            ErrorCode::EvidenceDamaged, {st.text(2)}, QStringLiteral("evidence %1 hash").arg(evidenceId));
    }
    return bytes;
}

Result<QStringList> ProposalRepository::damagedEvidence(Progress &progress)
{
    VERDES_TRY_ASSIGN(total, m_db.queryInt(u"SELECT count(*) FROM evidence"));
    // Evidence rows without content, and content whose hash differs, are both damage.
    Statement st(m_db,
                 u"SELECT e.evidence_id, e.proposal_id, e.file_name, e.sha256, c.bytes FROM evidence e "
                 u"LEFT JOIN evidence_content c ON c.evidence_id = e.evidence_id ORDER BY e.evidence_id");
    VERDES_TRY(st.status());
    QStringList damaged;
    qint64 done = 0;
    for (;;) {
        VERDES_TRY_ASSIGN(row, st.step());
        if (!row) {
            break;
        }
        if (st.isNull(4) || EvidenceCheck::sha256Hex(st.blob(4)) != st.text(3)) {
            qCWarning(lcRepo) << "evidence" << st.int64(0) << "does not match its recorded SHA-256";
            damaged << QCoreApplication::translate("ProposalRepository", "%1 (proposal %2)")
                           .arg(st.text(2))
                           .arg(st.int64(1));
        }
        if (!progress.advance(++done, total)) {
            return Error(ErrorCode::Cancelled);
        }
    }
    return damaged;
}

Result<QList<ProposalSummary>>
ProposalRepository::list(const ProposalFilter &filter, qint64 offset, int limit, const ProposalSort &sort)
{
    const QString sql =
        QStringLiteral(
            "SELECT p.proposal_id, p.type, p.state, p.channel, p.household_id, h.rw, h.rt, %1 AS head_name, "
            "p.reason, p.created_by, p.created_by_name, p.created_at, p.updated_at, p.revision, "
            "%2 AS evidence_count, p.stale, p.target_gone, p.person_ids, %3 AS person_names, "
            "p.snapshot_outcome FROM proposals p "
            "LEFT JOIN households h ON h.household_id = p.household_id%4%5 LIMIT :limit OFFSET :offset")
            .arg(kHeadNameSql,
                 kEvidenceCountSql,
                 kPersonNamesSql,
                 whereClause(filter, true),
                 orderClause(sort));
    Statement st(m_db, sql);
    VERDES_TRY(st.status());
    bindFilter(st, filter, true);
    st.bind(u":limit", static_cast<qint64>(limit));
    st.bind(u":offset", offset);
    QList<ProposalSummary> rows;
    while (true) {
        VERDES_TRY_ASSIGN(row, st.step());
        if (!row) {
            break;
        }
        ProposalSummary s;
        s.id = st.int64(0);
        s.type = proposalTypeFromCode(st.text(1)).value_or(ProposalType::DataUpdate);
        s.state = proposalStateFromCode(st.text(2)).value_or(ProposalState::Draft);
        s.channel = channelFromCode(st.text(3)).value_or(Channel::Operator);
        s.householdId = st.text(4);
        if (const auto rw = st.optionalInt(5)) {
            s.rw = static_cast<int>(*rw);
        }
        if (const auto rt = st.optionalInt(6)) {
            s.rt = static_cast<int>(*rt);
        }
        s.headName = st.text(7);
        s.reason = st.text(8);
        s.createdBy = st.text(9);
        s.createdByName = st.text(10);
        s.createdAt = parseTime(st.text(11));
        s.updatedAt = parseTime(st.text(12));
        s.revision = st.int64(13);
        s.evidenceCount = st.int64(14);
        s.stale = st.int64(15) != 0;
        s.targetGone = st.int64(16) != 0;
        s.personIds = personIdsFromJson(st.text(17));
        if (!st.isNull(18)) {
            s.personNames = st.text(18).split(QChar(31));
        }
        s.snapshotOutcome = snapshotOutcomeFromCode(st.text(19)).value_or(SnapshotOutcome::None);
        rows.append(s);
    }
    return rows;
}

Result<qint64> ProposalRepository::count(const ProposalFilter &filter)
{
    Statement st(
        m_db,
        QStringLiteral(
            "SELECT count(*) FROM proposals p LEFT JOIN households h ON h.household_id = p.household_id%1")
            .arg(whereClause(filter, true)));
    VERDES_TRY(st.status());
    bindFilter(st, filter, true);
    VERDES_TRY(st.step());
    return st.int64(0);
}

Result<QHash<ProposalState, qint64>> ProposalRepository::countsByState(const ProposalFilter &filter)
{
    Statement st(
        m_db,
        QStringLiteral("SELECT p.state, count(*) FROM proposals p LEFT JOIN households h ON h.household_id = "
                       "p.household_id%1 GROUP BY p.state")
            .arg(whereClause(filter, false)));
    VERDES_TRY(st.status());
    bindFilter(st, filter, false);
    QHash<ProposalState, qint64> counts;
    while (true) {
        VERDES_TRY_ASSIGN(row, st.step());
        if (!row) {
            break;
        }
        if (const auto state = proposalStateFromCode(st.text(0))) {
            counts.insert(*state, st.int64(1));
        }
    }
    return counts;
}

Result<QList<ProposalSummary>> ProposalRepository::forHousehold(const QString &householdId)
{
    ProposalFilter filter;
    filter.householdId = householdId;
    return list(filter);
}

Result<QList<ValueComparison>> ProposalRepository::compare(qint64 proposalId)
{
    VERDES_TRY_ASSIGN(proposal, get(proposalId));
    if (!proposal) {
        return notFound(proposalId);
    }
    QList<ValueComparison> rows;
    for (const FieldChange &change : proposal->changes) {
        ValueComparison row;
        row.table = change.table;
        row.recordId = change.recordId;
        row.column = change.column;
        row.baseValue = change.oldValue;
        row.proposedValue = change.newValue;
        if (!change.recordId.isEmpty()) {
            VERDES_TRY_ASSIGN(state, recordState(m_db, change.table, change.recordId));
            row.recordGone = !state.exists || state.status == QLatin1String("missing");
            if (state.exists) {
                VERDES_TRY_ASSIGN(value, currentValue(change.table, change.recordId, change.column));
                row.currentValue = value;
            }
        }
        rows.append(row);
    }
    return rows;
}

Result<Proposal> ProposalRepository::reconfirm(const Actor &actor, qint64 proposalId, qint64 expectedRevision)
{
    VERDES_TRY(actor.require(Action::EditProposal));
    Transaction tx(m_db);
    VERDES_TRY(tx.begin());
    VERDES_TRY(refreshStaleOf(m_db, proposalId));
    VERDES_TRY_ASSIGN(current, get(proposalId));
    if (!current) {
        return notFound(proposalId);
    }
    if (current->revision != expectedRevision) {
        return Error(ErrorCode::ProposalChangedMeanwhile,
                     {current->updatedByName, QString::number(proposalId)});
    }
    if (!isOpenInVillage(current->state)) {
        return Error(ErrorCode::ProposalNotEditable, {ProposalStateText::label(current->state)});
    }
    if (current->targetGone) {
        return Error(ErrorCode::ProposalTargetMissing, {current->householdId});
    }
    Statement base(
        m_db,
        u"UPDATE proposal_bases SET version = :version WHERE proposal_id = :id AND table_name = :table "
        u"AND record_id = :record");
    VERDES_TRY(base.status());
    for (const BaseVersion &b : current->bases) {
        VERDES_TRY_ASSIGN(state, recordState(m_db, b.table, b.recordId));
        if (!state.exists || state.status == QLatin1String("missing")) {
            return Error(ErrorCode::ProposalTargetMissing, {b.recordId});
        }
        base.reset();
        base.bind(u":version", state.version);
        base.bind(u":id", proposalId);
        base.bind(u":table", b.table);
        base.bind(u":record", b.recordId);
        VERDES_TRY(base.run());
    }
    Statement change(
        m_db, u"UPDATE proposal_changes SET old_value = :old WHERE proposal_id = :id AND ordinal = :ordinal");
    VERDES_TRY(change.status());
    for (qsizetype i = 0; i < current->changes.size(); ++i) {
        const FieldChange &c = current->changes.at(i);
        if (c.recordId.isEmpty()) {
            continue;
        }
        VERDES_TRY_ASSIGN(value, currentValue(c.table, c.recordId, c.column));
        change.reset();
        change.bind(u":old", value);
        change.bind(u":id", proposalId);
        change.bind(u":ordinal", static_cast<qint64>(i));
        VERDES_TRY(change.run());
    }
    Statement st(m_db,
                 u"UPDATE proposals SET stale = 0, revision = revision + 1, updated_by = :by, "
                 u"updated_by_name = :by_name, updated_at = :at WHERE proposal_id = :id");
    VERDES_TRY(st.status());
    st.bind(u":by", actor.officerId);
    st.bind(u":by_name", actor.name);
    st.bind(u":at", isoTime(m_clock.now()));
    st.bind(u":id", proposalId);
    VERDES_TRY(st.run());
    AuditLog audit(m_db, m_clock);
    VERDES_TRY(audit.append(actor,
                            {QStringLiteral("proposal.reconfirm"),
                             QStringLiteral("proposal"),
                             QString::number(proposalId),
                             current->householdId,
                             {proposalTypeCode(current->type)}}));
    VERDES_TRY(tx.commit());
    VERDES_TRY_ASSIGN(stored, get(proposalId));
    if (!stored) {
        return notFound(proposalId);
    }
    return std::move(*stored);
}

Result<StaleRefresh> ProposalRepository::refreshStale()
{
    return refreshStaleOf(m_db, std::nullopt);
}

Result<ValidationContext> ProposalRepository::validationContext()
{
    Statement st(m_db, u"SELECT value FROM vault_meta WHERE key = 'village_code'");
    VERDES_TRY(st.status());
    VERDES_TRY_ASSIGN(row, st.step());
    ValidationContext context;
    context.today = m_clock.now().toLocalTime().date();
    context.regions = &RegionTable::instance();
    context.villageCode = row ? st.text(0) : QString();
    return context;
}

Result<QList<Issue>> ProposalRepository::newRecordIssues(const Proposal &proposal)
{
    if (!NewRecordCheck::createsRecords(proposal.type)) {
        return QList<Issue>{};
    }
    VERDES_TRY_ASSIGN(context, validationContext());
    std::optional<Household> existing;
    if (proposal.type == ProposalType::NewMember && !proposal.householdId.isEmpty()) {
        VERDES_TRY_ASSIGN(loaded, HouseholdRepository(m_db).household(proposal.householdId, true));
        existing = std::move(loaded);
    }
    QList<Issue> issues = NewRecordCheck::issues(proposal, existing ? &*existing : nullptr, context);
    const Household assembled = NewRecordCheck::assemble(proposal, existing ? &*existing : nullptr);
    // V08 across households: a NIK already on an active member elsewhere in the vault.
    Statement nik(m_db,
                  u"SELECT person_id FROM members WHERE nik = :nik AND status = 'present' "
                  u"AND presence IN (1, 5) AND household_id <> :household LIMIT 1");
    VERDES_TRY(nik.status());
    const QStringList keys = NewRecordCheck::memberKeys(proposal.changes);
    for (const Member &member : assembled.members) {
        if (!keys.contains(member.personId()) || member.nik().isEmpty()) {
            continue;
        }
        nik.reset();
        nik.bind(u":nik", member.nik());
        nik.bind(u":household", assembled.householdId());
        VERDES_TRY_ASSIGN(row, nik.step());
        if (row) {
            issues.prepend(duplicateNikIssue(
                assembled.householdId(), member.personId(), member.nik(), nik.text(0), true));
        }
    }
    // V14: the new family's KK number on another household.
    if (proposal.type == ProposalType::NewHousehold && !assembled.kkNumber().isEmpty()) {
        Statement kk(
            m_db,
            u"SELECT household_id FROM households WHERE kk_number = :kk AND status = 'present' LIMIT 1");
        VERDES_TRY(kk.status());
        kk.bind(u":kk", assembled.kkNumber());
        VERDES_TRY_ASSIGN(row, kk.step());
        if (row) {
            issues.append(sharedKkIssue(assembled.householdId(), assembled.kkNumber(), kk.text(0)));
        }
    }
    return issues;
}

} // namespace verdes
