// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/musdes/MeetingRepository.h"

#include "models/core/PublicKey.h"
#include "models/proposals/ProposalRepository.h"
#include "models/vault/AuditLog.h"
#include "models/vault/Database.h"
#include "models/vault/DeviceKey.h"
#include "models/vault/Statement.h"
#include "models/vault/Transaction.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <array>

namespace verdes {

namespace {

constexpr QLatin1StringView kSealFormat("verdes-meeting-seal/1");

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime parseTime(const QString &text)
{
    // Stored with "Z", so the parsed time is UTC.
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

QString romanMonth(int month)
{
    static const std::array<const char *, 12> numerals{
        "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};
    return QString::fromLatin1(numerals.at(static_cast<size_t>(qBound(1, month, 12) - 1)));
}

Error meetingNotFound(qint64 id)
{
    return Error(ErrorCode::MeetingNotFound, {QString::number(id)});
}

Error itemNotFound(qint64 id)
{
    return Error(ErrorCode::MeetingItemNotFound, {QString::number(id)});
}

// The state a decision puts a proposal in.
ProposalState stateFor(Decision decision)
{
    switch (decision) {
    case Decision::Agreed:
        return ProposalState::Agreed;
    case Decision::Rejected:
        return ProposalState::Rejected;
    default:
        return ProposalState::Deferred;
    }
}

// Who and where a proposal is about, as the agenda shows it.
struct Person
{
    QString name;
    QString nik;
    QString kk;
    QDate birthDate;
    QString address;
    std::optional<int> rw;
    std::optional<int> rt;
};

std::optional<int> intOrNull(const QString &text)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    return ok ? std::optional<int>(value) : std::nullopt;
}

Result<std::optional<Person>> memberPerson(Database &db, const QString &personId)
{
    Statement st(db,
                 u"SELECT m.name, m.nik, coalesce(m.member_kk_number, h.kk_number), m.birth_date, h.address, "
                 u"h.rw, h.rt FROM members m JOIN households h ON h.household_id = m.household_id "
                 u"WHERE m.person_id = :id");
    VERDES_TRY(st.status());
    st.bind(u":id", personId);
    VERDES_TRY_ASSIGN(row, st.step());
    if (!row) {
        return std::optional<Person>();
    }
    Person person;
    person.name = st.text(0);
    person.nik = st.text(1);
    person.kk = st.text(2);
    person.birthDate = QDate::fromString(st.text(3), Qt::ISODate);
    person.address = st.text(4);
    person.rw = st.isNull(5) ? std::nullopt : std::optional<int>(static_cast<int>(st.int64(5)));
    person.rt = st.isNull(6) ? std::nullopt : std::optional<int>(static_cast<int>(st.int64(6)));
    return std::optional<Person>(person);
}

Result<std::optional<QString>> headOf(Database &db, const QString &householdId)
{
    Statement st(db,
                 u"SELECT person_id FROM members WHERE household_id = :id ORDER BY (relationship = 1) DESC, "
                 u"ordinal LIMIT 1");
    VERDES_TRY(st.status());
    st.bind(u":id", householdId);
    VERDES_TRY_ASSIGN(row, st.step());
    if (!row) {
        return std::optional<QString>();
    }
    return std::optional<QString>(st.text(0));
}

// The persons a proposal is about: its members, the persons it creates (NEW_MEMBER,
// NEW_HOUSEHOLD: from the new values), or the household's head.
Result<QList<Person>> personsOf(Database &db, const Proposal &proposal)
{
    QList<Person> persons;
    for (const QString &id : proposal.personIds) {
        VERDES_TRY_ASSIGN(person, memberPerson(db, id));
        if (person) {
            persons.append(*person);
        }
    }
    if (!persons.isEmpty()) {
        return persons;
    }
    // Records the proposal creates, by their key, in the order they appear.
    QStringList keys;
    QHash<QString, QHash<QString, QString>> created;
    QHash<QString, QString> newHousehold;
    for (const FieldChange &change : proposal.changes) {
        if (!change.recordId.isEmpty()) {
            continue;
        }
        if (change.table == kMembersTable) {
            if (!keys.contains(change.newRecordKey)) {
                keys.append(change.newRecordKey);
            }
            created[change.newRecordKey].insert(change.column, change.newValue);
        } else {
            newHousehold.insert(change.column, change.newValue);
        }
    }
    Person household;
    if (!proposal.householdId.isEmpty()) {
        VERDES_TRY_ASSIGN(headId, headOf(db, proposal.householdId));
        if (headId) {
            VERDES_TRY_ASSIGN(head, memberPerson(db, *headId));
            if (head) {
                household = *head;
            }
        }
    } else {
        household.kk = newHousehold.value(QStringLiteral("kk_number"));
        household.address = newHousehold.value(QStringLiteral("address"));
        household.rw = intOrNull(newHousehold.value(QStringLiteral("rw")));
        household.rt = intOrNull(newHousehold.value(QStringLiteral("rt")));
    }
    for (const QString &key : std::as_const(keys)) {
        const QHash<QString, QString> &values = created.value(key);
        Person person;
        person.name = values.value(QStringLiteral("name"));
        person.nik = values.value(QStringLiteral("nik"));
        person.kk = values.value(QStringLiteral("member_kk_number"), household.kk);
        if (person.kk.isEmpty()) {
            person.kk = household.kk;
        }
        person.birthDate = QDate::fromString(values.value(QStringLiteral("birth_date")), Qt::ISODate);
        person.address = household.address;
        person.rw = household.rw;
        person.rt = household.rt;
        persons.append(person);
    }
    if (persons.isEmpty() && !household.name.isEmpty()) {
        persons.append(household);
    }
    return persons;
}

QString rtRwText(std::optional<int> rt, std::optional<int> rw)
{
    if (!rt && !rw) {
        return {};
    }
    const auto part = [](std::optional<int> value) {
        return value ? QStringLiteral("%1").arg(*value, 3, 10, QLatin1Char('0')) : QStringLiteral("—");
    };
    return part(rt) + u'/' + part(rw);
}

std::optional<int> ageOn(QDate birthDate, QDate day)
{
    if (!birthDate.isValid() || !day.isValid() || birthDate > day) {
        return std::nullopt;
    }
    int age = day.year() - birthDate.year();
    if (day.month() < birthDate.month()
        || (day.month() == birthDate.month() && day.day() < birthDate.day())) {
        --age;
    }
    return age;
}

Result<QList<AgendaItem>> readItems(Database &db, qint64 meetingId, std::optional<qint64> onlyItem)
{
    Statement st(
        db,
        u"SELECT i.item_id, i.section, i.position, i.proposal_id, coalesce(i.household_id, p.household_id), "
        u"p.type, p.state, i.subject, i.rw, i.rt, p.reason, i.decision, i.mode, i.votes_for, "
        u"i.votes_against, "
        u"i.votes_abstain, i.note, i.decided_at, i.decided_by_name "
        u"FROM meeting_items i LEFT JOIN proposals p ON p.proposal_id = i.proposal_id "
        u"WHERE i.meeting_id = :meeting AND (:item = 0 OR i.item_id = :item) "
        u"ORDER BY CASE i.section WHEN 'flagged' THEN 0 WHEN 'new' THEN 1 ELSE 2 END, i.position, i.item_id");
    VERDES_TRY(st.status());
    st.bind(u":meeting", meetingId);
    st.bind(u":item", onlyItem.value_or(0));
    QList<AgendaItem> items;
    while (true) {
        VERDES_TRY_ASSIGN(row, st.step());
        if (!row) {
            break;
        }
        AgendaItem item;
        item.id = st.int64(0);
        item.section = agendaSectionFromCode(st.text(1)).value_or(AgendaSection::OtherChanges);
        item.position = static_cast<int>(st.int64(2));
        item.proposalId = st.optionalInt(3);
        item.householdId = st.text(4);
        if (item.proposalId) {
            item.type = proposalTypeFromCode(st.text(5));
            item.proposalState = proposalStateFromCode(st.text(6)).value_or(ProposalState::OnAgenda);
        }
        item.subject = st.text(7);
        item.rw = st.isNull(8) ? std::nullopt : std::optional<int>(static_cast<int>(st.int64(8)));
        item.rt = st.isNull(9) ? std::nullopt : std::optional<int>(static_cast<int>(st.int64(9)));
        item.reason = st.text(10);
        item.decision = decisionFromCode(st.text(11)).value_or(Decision::None);
        item.mode = decisionModeFromCode(st.text(12)).value_or(DecisionMode::Consensus);
        item.votesFor = static_cast<int>(st.int64(13));
        item.votesAgainst = static_cast<int>(st.int64(14));
        item.votesAbstain = static_cast<int>(st.int64(15));
        item.note = st.text(16);
        item.decidedAt = st.text(17).isEmpty() ? QDateTime() : parseTime(st.text(17));
        item.decidedByName = st.text(18);
        items.append(item);
    }
    if (!onlyItem) {
        for (qsizetype i = 0; i < items.size(); ++i) {
            items[i].position = static_cast<int>(i + 1);
        }
    }
    return items;
}

Result<void> requireUnsealed(const Meeting &meeting)
{
    if (meeting.isSealed()) {
        return Error(ErrorCode::MeetingSealed, {meeting.number});
    }
    return {};
}

Result<std::optional<MeetingSeal>> readSeal(Database &db, qint64 meetingId)
{
    Statement st(
        db,
        u"SELECT sealed_at, sealed_by, sealed_by_name, key_id, audit_seq, audit_hash, content, sha256, "
        u"signature FROM meeting_seals WHERE meeting_id = :id");
    VERDES_TRY(st.status());
    st.bind(u":id", meetingId);
    VERDES_TRY_ASSIGN(row, st.step());
    if (!row) {
        return std::optional<MeetingSeal>();
    }
    MeetingSeal seal;
    seal.sealedAt = parseTime(st.text(0));
    seal.sealedById = st.text(1);
    seal.sealedByName = st.text(2);
    seal.keyId = st.text(3);
    seal.auditSeq = st.int64(4);
    seal.auditHash = st.blob(5);
    seal.content = st.blob(6);
    seal.sha256 = st.blob(7);
    seal.signature = st.blob(8);
    return std::optional<MeetingSeal>(seal);
}

// Moves the rest of an agenda section's items up after one was removed, or rewrites its order.
Result<void> writePositions(Database &db, const QList<qint64> &itemIds)
{
    Statement st(db, u"UPDATE meeting_items SET position = :position WHERE item_id = :id");
    VERDES_TRY(st.status());
    for (qsizetype i = 0; i < itemIds.size(); ++i) {
        st.reset();
        st.bind(u":position", static_cast<qint64>(i + 1));
        st.bind(u":id", itemIds.at(i));
        VERDES_TRY(st.run());
    }
    return {};
}

Result<QList<qint64>> sectionItemIds(Database &db, qint64 meetingId, const QString &section)
{
    Statement st(db,
                 u"SELECT item_id FROM meeting_items WHERE meeting_id = :meeting AND section = :section "
                 u"ORDER BY position, item_id");
    VERDES_TRY(st.status());
    st.bind(u":meeting", meetingId);
    st.bind(u":section", section);
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

QJsonObject proposalContent(Database &db, qint64 proposalId, Result<void> &status)
{
    QJsonObject content;
    const auto fail = [&status](const Error &error) {
        status = error;
        return QJsonObject();
    };
    {
        Statement st(db,
                     u"SELECT type, channel, coalesce(household_id, ''), person_ids, reason, details "
                     u"FROM proposals WHERE proposal_id = :id");
        if (auto ok = st.status(); !ok) {
            return fail(ok.error());
        }
        st.bind(u":id", proposalId);
        auto row = st.step();
        if (!row) {
            return fail(row.error());
        }
        if (!*row) {
            return fail(Error(ErrorCode::ProposalNotFound, {QString::number(proposalId)}));
        }
        content.insert(QStringLiteral("id"), proposalId);
        content.insert(QStringLiteral("type"), st.text(0));
        content.insert(QStringLiteral("channel"), st.text(1));
        content.insert(QStringLiteral("household"), st.text(2));
        content.insert(QStringLiteral("persons"), st.text(3));
        content.insert(QStringLiteral("reason"), st.text(4));
        content.insert(QStringLiteral("details"), st.text(5));
    }
    const auto rows = [&db, proposalId](QStringView sql, int columns) -> Result<QJsonArray> {
        Statement st(db, sql);
        VERDES_TRY(st.status());
        st.bind(u":id", proposalId);
        QJsonArray list;
        while (true) {
            VERDES_TRY_ASSIGN(row, st.step());
            if (!row) {
                break;
            }
            QJsonArray values;
            for (int c = 0; c < columns; ++c) {
                values.append(st.text(c));
            }
            list.append(values);
        }
        return list;
    };
    auto changes = rows(u"SELECT table_name, record_id, column_name, old_value, new_value, new_record_key "
                        u"FROM proposal_changes WHERE proposal_id = :id ORDER BY ordinal",
                        6);
    auto bases = rows(u"SELECT table_name, record_id, version FROM proposal_bases WHERE proposal_id = :id "
                      u"ORDER BY table_name, record_id",
                      3);
    auto evidence =
        rows(u"SELECT evidence_id, kind, mime, size, sha256 FROM evidence WHERE proposal_id = :id "
             u"AND replaced_by IS NULL ORDER BY evidence_id",
             5);
    if (!changes || !bases || !evidence) {
        return fail(!changes ? changes.error() : !bases ? bases.error() : evidence.error());
    }
    content.insert(QStringLiteral("changes"), *changes);
    content.insert(QStringLiteral("bases"), *bases);
    content.insert(QStringLiteral("evidence"), *evidence);
    return content;
}

// An attendee as stored: the name trimmed and required, the RT/RW written as 003/002 when given.
Result<Attendee> cleanAttendee(const Attendee &attendee)
{
    Attendee clean = attendee;
    clean.name = attendee.name.trimmed();
    if (clean.name.isEmpty()) {
        return Error(ErrorCode::OfficerNameEmpty);
    }
    clean.rtRw.clear();
    if (!attendee.rtRw.trimmed().isEmpty()) {
        const auto normal = normaliseRtRw(attendee.rtRw);
        if (!normal) {
            return Error(ErrorCode::ValidationNumber, {attendee.rtRw});
        }
        clean.rtRw = *normal;
    }
    return clean;
}

// The audit entry of an attendee added or changed.
Result<void> auditAttendance(
    Database &db, Clock &clock, const Actor &actor, const Meeting &meeting, const Attendee &attendee)
{
    AuditLog audit(db, clock);
    VERDES_TRY(audit.append(actor,
                            {QStringLiteral("meeting.attend"),
                             QStringLiteral("meeting"),
                             QString::number(meeting.id),
                             {},
                             {meeting.number, attendee.name, attendeeRoleCode(attendee.role)}}));
    return {};
}

struct Sealer
{
    QString officerId;
    QString name;
    QString role;
    QString at;
    QString keyId;
    qint64 auditSeq = 0;
    QByteArray auditHash;
};

// The canonical form: a JSON object with sorted keys (QJsonObject sorts them), written compact,
// UTF-8. Every value that is not a count is a string, so no number formatting can vary.
Result<QJsonObject>
buildCanonical(Database &db, const Meeting &meeting, const Sealer &sealer, Progress &progress)
{
    QJsonObject root;
    root.insert(QStringLiteral("format"), QString(kSealFormat));
    VERDES_TRY_ASSIGN(vaultId,
                      db.queryText(u"SELECT coalesce((SELECT value FROM vault_meta WHERE key = "
                                   u"'vault_id'), '')"));
    VERDES_TRY_ASSIGN(village,
                      db.queryText(u"SELECT coalesce((SELECT value FROM vault_meta WHERE key = "
                                   u"'village_code'), '')"));
    root.insert(QStringLiteral("vault"), vaultId);
    root.insert(QStringLiteral("village"), village);

    QJsonObject data;
    data.insert(QStringLiteral("id"), meeting.id);
    data.insert(QStringLiteral("kind"), meetingKindCode(meeting.kind));
    data.insert(QStringLiteral("number"), meeting.number);
    data.insert(QStringLiteral("date"), meeting.date.toString(Qt::ISODate));
    data.insert(QStringLiteral("time"), meeting.time.isValid() ? meeting.time.toString(u"HH:mm") : QString());
    data.insert(QStringLiteral("place"), meeting.place);
    data.insert(QStringLiteral("chair"), meeting.chair);
    data.insert(QStringLiteral("minute_taker"), meeting.minuteTaker);
    data.insert(QStringLiteral("notes"), meeting.notes);
    data.insert(QStringLiteral("addendum_of"),
                meeting.addendumOf ? QString::number(*meeting.addendumOf) : QString());
    data.insert(QStringLiteral("created_at"), isoTime(meeting.createdAt));
    data.insert(QStringLiteral("created_by"), meeting.createdByName);
    root.insert(QStringLiteral("meeting"), data);

    QJsonArray attendance;
    {
        Statement st(db,
                     u"SELECT name, role, rt_rw, signed FROM meeting_attendees WHERE meeting_id = :id "
                     u"ORDER BY ordinal, attendee_id");
        VERDES_TRY(st.status());
        st.bind(u":id", meeting.id);
        while (true) {
            VERDES_TRY_ASSIGN(row, st.step());
            if (!row) {
                break;
            }
            attendance.append(QJsonArray{st.text(0), st.text(1), st.text(2), st.int64(3) != 0});
        }
    }
    root.insert(QStringLiteral("attendance"), attendance);

    QJsonArray items;
    {
        Statement st(db,
                     u"SELECT item_id, section, position, proposal_id, coalesce(household_id, ''), subject, "
                     u"coalesce(rw, -1), coalesce(rt, -1), decision, mode, votes_for, votes_against, "
                     u"votes_abstain, note, decided_at, decided_by, decided_by_name FROM meeting_items "
                     u"WHERE meeting_id = :id ORDER BY CASE section WHEN 'flagged' THEN 0 WHEN 'new' THEN 1 "
                     u"ELSE 2 END, position, item_id");
        VERDES_TRY(st.status());
        st.bind(u":id", meeting.id);
        QList<QJsonObject> rows;
        QList<std::optional<qint64>> proposals;
        while (true) {
            VERDES_TRY_ASSIGN(row, st.step());
            if (!row) {
                break;
            }
            QJsonObject item;
            item.insert(QStringLiteral("id"), st.int64(0));
            item.insert(QStringLiteral("section"), st.text(1));
            item.insert(QStringLiteral("position"), st.int64(2));
            item.insert(QStringLiteral("household"), st.text(4));
            item.insert(QStringLiteral("subject"), st.text(5));
            item.insert(QStringLiteral("rw"), st.int64(6));
            item.insert(QStringLiteral("rt"), st.int64(7));
            item.insert(QStringLiteral("decision"), st.text(8));
            item.insert(QStringLiteral("mode"), st.text(9));
            item.insert(QStringLiteral("votes"), QJsonArray{st.int64(10), st.int64(11), st.int64(12)});
            item.insert(QStringLiteral("note"), st.text(13));
            item.insert(QStringLiteral("decided_at"), st.text(14));
            item.insert(QStringLiteral("decided_by"), st.text(15));
            item.insert(QStringLiteral("decided_by_name"), st.text(16));
            rows.append(item);
            proposals.append(st.optionalInt(3));
        }
        for (qsizetype i = 0; i < rows.size(); ++i) {
            QJsonObject item = rows.at(i);
            if (proposals.at(i)) {
                Result<void> status;
                const QJsonObject content = proposalContent(db, *proposals.at(i), status);
                if (!status) {
                    return status.error();
                }
                item.insert(QStringLiteral("proposal"), content);
            }
            items.append(item);
            if (!progress.advance(i + 1, rows.size())) {
                return Error(ErrorCode::Cancelled);
            }
        }
    }
    root.insert(QStringLiteral("items"), items);

    QJsonArray reveals;
    {
        Statement st(db,
                     u"SELECT item_id, field, why, at, officer_id, officer_name FROM meeting_reveals "
                     u"WHERE meeting_id = :id ORDER BY reveal_id");
        VERDES_TRY(st.status());
        st.bind(u":id", meeting.id);
        while (true) {
            VERDES_TRY_ASSIGN(row, st.step());
            if (!row) {
                break;
            }
            reveals.append(QJsonArray{
                QString::number(st.int64(0)), st.text(1), st.text(2), st.text(3), st.text(4), st.text(5)});
        }
    }
    root.insert(QStringLiteral("reveals"), reveals);

    QJsonObject seal;
    seal.insert(QStringLiteral("officer_id"), sealer.officerId);
    seal.insert(QStringLiteral("officer_name"), sealer.name);
    seal.insert(QStringLiteral("role"), sealer.role);
    seal.insert(QStringLiteral("at"), sealer.at);
    seal.insert(QStringLiteral("device_key"), sealer.keyId);
    seal.insert(QStringLiteral("audit_seq"), sealer.auditSeq);
    seal.insert(QStringLiteral("audit_hash"), QString::fromLatin1(sealer.auditHash.toHex()));
    root.insert(QStringLiteral("seal"), seal);
    return root;
}

QByteArray canonicalJson(const QJsonObject &root)
{
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

} // namespace

MeetingRepository::MeetingRepository(Database &db, Clock &clock)
    : m_db(db)
    , m_clock(clock)
{}

Result<Meeting> MeetingRepository::unsealed(qint64 meetingId)
{
    VERDES_TRY_ASSIGN(meeting, get(meetingId));
    if (!meeting) {
        return meetingNotFound(meetingId);
    }
    VERDES_TRY(requireUnsealed(*meeting));
    return std::move(*meeting);
}

// --- Meetings

Result<Meeting> MeetingRepository::create(const Actor &actor, const MeetingDraft &draft)
{
    VERDES_TRY(actor.require(Action::PutOnAgenda));
    if (!draft.date.isValid()) {
        return Error(ErrorCode::MeetingDateInvalid);
    }
    Transaction tx(m_db);
    VERDES_TRY(tx.begin());
    MeetingKind kind = MeetingKind::Musdes;
    if (draft.kind) {
        kind = *draft.kind;
    } else {
        VERDES_TRY_ASSIGN(village,
                          m_db.queryText(u"SELECT coalesce((SELECT value FROM vault_meta WHERE key = "
                                         u"'village_code'), '')"));
        kind = meetingKindForVillage(village);
    }
    if (draft.addendumOf) {
        VERDES_TRY_ASSIGN(original, get(*draft.addendumOf));
        if (!original) {
            return meetingNotFound(*draft.addendumOf);
        }
        if (!original->isSealed()) {
            return Error(ErrorCode::MeetingNotSealed, {original->number});
        }
    }
    Statement count(m_db, u"SELECT count(*) FROM meetings WHERE substr(date, 1, 4) = :year");
    VERDES_TRY(count.status());
    count.bind(u":year", QString::number(draft.date.year()));
    VERDES_TRY_ASSIGN(counted, count.step());
    Q_UNUSED(counted);
    const qint64 sequence = count.int64(0) + 1;
    const QString number = QStringLiteral("%1/%2/%3/%4")
                               .arg(sequence, 3, 10, QLatin1Char('0'))
                               .arg(MeetingText::kindShort(kind), romanMonth(draft.date.month()))
                               .arg(draft.date.year());
    Statement st(
        m_db,
        u"INSERT INTO meetings (kind, number, date, time, place, chair, minute_taker, notes, addendum_of, "
        u"created_at, created_by, created_by_name) VALUES (:kind, :number, :date, :time, :place, :chair, "
        u":taker, :notes, :addendum, :at, :by, :by_name)");
    VERDES_TRY(st.status());
    st.bind(u":kind", meetingKindCode(kind));
    st.bind(u":number", number);
    st.bind(u":date", draft.date.toString(Qt::ISODate));
    st.bind(u":time", draft.time.isValid() ? draft.time.toString(u"HH:mm") : QString());
    st.bind(u":place", draft.place.trimmed());
    st.bind(u":chair", draft.chair.trimmed());
    st.bind(u":taker", draft.minuteTaker.trimmed());
    st.bind(u":notes", draft.notes);
    st.bind(u":addendum", draft.addendumOf);
    st.bind(u":at", isoTime(m_clock.now()));
    st.bind(u":by", actor.officerId);
    st.bind(u":by_name", actor.name);
    VERDES_TRY(st.run());
    const qint64 id = m_db.lastInsertRowId();
    AuditLog audit(m_db, m_clock);
    VERDES_TRY(audit.append(actor,
                            {QStringLiteral("meeting.create"),
                             QStringLiteral("meeting"),
                             QString::number(id),
                             {},
                             {number, meetingKindCode(kind), draft.date.toString(Qt::ISODate)}}));
    VERDES_TRY(tx.commit());
    VERDES_TRY_ASSIGN(stored, get(id));
    return std::move(*stored);
}

Result<Meeting> MeetingRepository::update(const Actor &actor, qint64 meetingId, const MeetingDraft &draft)
{
    VERDES_TRY(actor.require(Action::PutOnAgenda));
    if (!draft.date.isValid()) {
        return Error(ErrorCode::MeetingDateInvalid);
    }
    Transaction tx(m_db);
    VERDES_TRY(tx.begin());
    VERDES_TRY_ASSIGN(meeting, unsealed(meetingId));
    Statement st(m_db,
                 u"UPDATE meetings SET date = :date, time = :time, place = :place, chair = :chair, "
                 u"minute_taker = :taker, notes = :notes WHERE meeting_id = :id");
    VERDES_TRY(st.status());
    st.bind(u":date", draft.date.toString(Qt::ISODate));
    st.bind(u":time", draft.time.isValid() ? draft.time.toString(u"HH:mm") : QString());
    st.bind(u":place", draft.place.trimmed());
    st.bind(u":chair", draft.chair.trimmed());
    st.bind(u":taker", draft.minuteTaker.trimmed());
    st.bind(u":notes", draft.notes);
    st.bind(u":id", meetingId);
    VERDES_TRY(st.run());
    AuditLog audit(m_db, m_clock);
    VERDES_TRY(audit.append(actor,
                            {QStringLiteral("meeting.edit"),
                             QStringLiteral("meeting"),
                             QString::number(meetingId),
                             {},
                             {meeting.number}}));
    VERDES_TRY(tx.commit());
    VERDES_TRY_ASSIGN(stored, get(meetingId));
    return std::move(*stored);
}

Result<std::optional<Meeting>> MeetingRepository::get(qint64 meetingId)
{
    Statement st(
        m_db,
        u"SELECT kind, number, date, time, place, chair, minute_taker, notes, addendum_of, created_at, "
        u"created_by_name FROM meetings WHERE meeting_id = :id");
    VERDES_TRY(st.status());
    st.bind(u":id", meetingId);
    VERDES_TRY_ASSIGN(row, st.step());
    if (!row) {
        return std::optional<Meeting>();
    }
    Meeting meeting;
    meeting.id = meetingId;
    meeting.kind = meetingKindFromCode(st.text(0)).value_or(MeetingKind::Musdes);
    meeting.number = st.text(1);
    meeting.date = QDate::fromString(st.text(2), Qt::ISODate);
    meeting.time = st.text(3).isEmpty() ? QTime() : QTime::fromString(st.text(3), u"HH:mm");
    meeting.place = st.text(4);
    meeting.chair = st.text(5);
    meeting.minuteTaker = st.text(6);
    meeting.notes = st.text(7);
    meeting.addendumOf = st.optionalInt(8);
    meeting.createdAt = parseTime(st.text(9));
    meeting.createdByName = st.text(10);
    VERDES_TRY_ASSIGN(seal, readSeal(m_db, meetingId));
    meeting.seal = seal;
    return std::optional<Meeting>(meeting);
}

Result<QList<MeetingSummary>> MeetingRepository::list()
{
    Statement st(
        m_db,
        u"SELECT m.meeting_id, m.kind, m.number, m.date, m.place, m.chair, "
        u"(SELECT count(*) FROM meeting_items i WHERE i.meeting_id = m.meeting_id), "
        u"(SELECT count(*) FROM meeting_items i WHERE i.meeting_id = m.meeting_id AND i.decision <> ''), "
        u"(SELECT count(*) FROM meeting_attendees a WHERE a.meeting_id = m.meeting_id), "
        u"s.sha256 FROM meetings m LEFT JOIN meeting_seals s ON s.meeting_id = m.meeting_id "
        u"ORDER BY m.date DESC, m.meeting_id DESC");
    VERDES_TRY(st.status());
    QList<MeetingSummary> list;
    while (true) {
        VERDES_TRY_ASSIGN(row, st.step());
        if (!row) {
            break;
        }
        MeetingSummary summary;
        summary.id = st.int64(0);
        summary.kind = meetingKindFromCode(st.text(1)).value_or(MeetingKind::Musdes);
        summary.number = st.text(2);
        summary.date = QDate::fromString(st.text(3), Qt::ISODate);
        summary.place = st.text(4);
        summary.chair = st.text(5);
        summary.items = st.int64(6);
        summary.decided = st.int64(7);
        summary.attendees = st.int64(8);
        summary.sealed = !st.isNull(9);
        if (summary.sealed) {
            MeetingSeal seal;
            seal.sha256 = st.blob(9);
            summary.shortHash = seal.shortHash();
        }
        list.append(summary);
    }
    return list;
}

Result<std::optional<QDate>> MeetingRepository::lastSealedDate()
{
    VERDES_TRY_ASSIGN(
        text,
        m_db.queryText(u"SELECT coalesce(max(m.date), '') FROM meetings m JOIN meeting_seals s ON "
                       u"s.meeting_id = m.meeting_id"));
    if (text.isEmpty()) {
        return std::optional<QDate>();
    }
    return std::optional<QDate>(QDate::fromString(text, Qt::ISODate));
}

// --- Attendance

Result<Attendee>
MeetingRepository::addAttendee(const Actor &actor, qint64 meetingId, const Attendee &attendee)
{
    VERDES_TRY(actor.require(Action::PutOnAgenda));
    Transaction tx(m_db);
    VERDES_TRY(tx.begin());
    VERDES_TRY_ASSIGN(meeting, unsealed(meetingId));
    if (meeting.kind == MeetingKind::Sptjm) {
        return Error(ErrorCode::MeetingSptjmNoAttendance);
    }
    VERDES_TRY_ASSIGN(clean, cleanAttendee(attendee));
    Statement st(
        m_db,
        u"INSERT INTO meeting_attendees (meeting_id, ordinal, name, role, rt_rw, signed) VALUES (:meeting, "
        u"(SELECT coalesce(max(ordinal), 0) + 1 FROM meeting_attendees WHERE meeting_id = :meeting), "
        u":name, :role, :rt_rw, :signed)");
    VERDES_TRY(st.status());
    st.bind(u":meeting", meetingId);
    st.bind(u":name", clean.name);
    st.bind(u":role", attendeeRoleCode(clean.role));
    st.bind(u":rt_rw", clean.rtRw);
    st.bind(u":signed", clean.signedOnPaper ? 1 : 0);
    VERDES_TRY(st.run());
    clean.id = m_db.lastInsertRowId();
    VERDES_TRY(auditAttendance(m_db, m_clock, actor, meeting, clean));
    VERDES_TRY(tx.commit());
    return clean;
}

Result<void> MeetingRepository::updateAttendee(const Actor &actor, qint64 meetingId, const Attendee &attendee)
{
    VERDES_TRY(actor.require(Action::PutOnAgenda));
    Transaction tx(m_db);
    VERDES_TRY(tx.begin());
    VERDES_TRY_ASSIGN(meeting, unsealed(meetingId));
    VERDES_TRY_ASSIGN(clean, cleanAttendee(attendee));
    Statement st(m_db,
                 u"UPDATE meeting_attendees SET name = :name, role = :role, rt_rw = :rt_rw, signed = :signed "
                 u"WHERE attendee_id = :id AND meeting_id = :meeting");
    VERDES_TRY(st.status());
    st.bind(u":name", clean.name);
    st.bind(u":role", attendeeRoleCode(clean.role));
    st.bind(u":rt_rw", clean.rtRw);
    st.bind(u":signed", clean.signedOnPaper ? 1 : 0);
    st.bind(u":id", clean.id);
    st.bind(u":meeting", meetingId);
    VERDES_TRY(st.run());
    if (m_db.changes() != 1) {
        return itemNotFound(clean.id);
    }
    VERDES_TRY(auditAttendance(m_db, m_clock, actor, meeting, clean));
    return tx.commit();
}

Result<void> MeetingRepository::removeAttendee(const Actor &actor, qint64 meetingId, qint64 attendeeId)
{
    VERDES_TRY(actor.require(Action::PutOnAgenda));
    Transaction tx(m_db);
    VERDES_TRY(tx.begin());
    VERDES_TRY_ASSIGN(meeting, unsealed(meetingId));
    Statement name(m_db,
                   u"SELECT name FROM meeting_attendees WHERE attendee_id = :id AND meeting_id = :meeting");
    VERDES_TRY(name.status());
    name.bind(u":id", attendeeId);
    name.bind(u":meeting", meetingId);
    VERDES_TRY_ASSIGN(found, name.step());
    if (!found) {
        return itemNotFound(attendeeId);
    }
    const QString removed = name.text(0);
    Statement st(m_db, u"DELETE FROM meeting_attendees WHERE attendee_id = :id");
    VERDES_TRY(st.status());
    st.bind(u":id", attendeeId);
    VERDES_TRY(st.run());
    AuditLog audit(m_db, m_clock);
    VERDES_TRY(audit.append(actor,
                            {QStringLiteral("meeting.unattend"),
                             QStringLiteral("meeting"),
                             QString::number(meetingId),
                             {},
                             {meeting.number, removed}}));
    return tx.commit();
}

Result<QList<Attendee>> MeetingRepository::attendees(qint64 meetingId)
{
    Statement st(
        m_db,
        u"SELECT attendee_id, name, role, rt_rw, signed FROM meeting_attendees WHERE meeting_id = :id "
        u"ORDER BY ordinal, attendee_id");
    VERDES_TRY(st.status());
    st.bind(u":id", meetingId);
    QList<Attendee> list;
    while (true) {
        VERDES_TRY_ASSIGN(row, st.step());
        if (!row) {
            break;
        }
        Attendee attendee;
        attendee.id = st.int64(0);
        attendee.name = st.text(1);
        attendee.role = attendeeRoleFromCode(st.text(2)).value_or(AttendeeRole::Other);
        attendee.rtRw = st.text(3);
        attendee.signedOnPaper = st.int64(4) != 0;
        list.append(attendee);
    }
    return list;
}

// --- Agenda

Result<QList<AgendaItem>> MeetingRepository::agenda(qint64 meetingId)
{
    return readItems(m_db, meetingId, std::nullopt);
}

Result<std::optional<AgendaItem>> MeetingRepository::item(qint64 meetingId, qint64 itemId)
{
    VERDES_TRY_ASSIGN(all, agenda(meetingId));
    for (const AgendaItem &item : std::as_const(all)) {
        if (item.id == itemId) {
            return std::optional<AgendaItem>(item);
        }
    }
    return std::optional<AgendaItem>();
}

Result<QList<AgendaItem>>
MeetingRepository::addProposals(const Actor &actor, qint64 meetingId, const QList<qint64> &proposalIds)
{
    VERDES_TRY(actor.require(Action::PutOnAgenda));
    Transaction tx(m_db);
    VERDES_TRY(tx.begin());
    VERDES_TRY_ASSIGN(meeting, unsealed(meetingId));
    const bool sptjm = meeting.kind == MeetingKind::Sptjm;
    ProposalRepository proposals(m_db, m_clock);
    QList<qint64> added;
    for (const qint64 proposalId : proposalIds) {
        VERDES_TRY_ASSIGN(proposal, proposals.get(proposalId));
        if (!proposal) {
            return Error(ErrorCode::ProposalNotFound, {QString::number(proposalId)});
        }
        if (proposal->state != ProposalState::Ready) {
            return Error(ErrorCode::MeetingNotReady,
                         {QString::number(proposalId), ProposalStateText::label(proposal->state)});
        }
        VERDES_TRY_ASSIGN(persons, personsOf(m_db, *proposal));
        QStringList names;
        std::optional<int> rw;
        std::optional<int> rt;
        for (const Person &person : std::as_const(persons)) {
            names.append(person.name);
            rw = rw ? rw : person.rw;
            rt = rt ? rt : person.rt;
        }
        const AgendaSection section = sectionForType(proposal->type);
        Statement st(
            m_db,
            u"INSERT INTO meeting_items (meeting_id, section, position, proposal_id, subject, rw, rt, "
            u"decision, mode, decided_at, decided_by, decided_by_name) VALUES (:meeting, :section, "
            u"(SELECT coalesce(max(position), 0) + 1 FROM meeting_items WHERE meeting_id = :meeting AND "
            u"section = :section), :proposal, :subject, :rw, :rt, :decision, :mode, :at, :by, :by_name)");
        VERDES_TRY(st.status());
        st.bind(u":meeting", meetingId);
        st.bind(u":section", agendaSectionCode(section));
        st.bind(u":proposal", proposalId);
        st.bind(u":subject", names.join(QStringLiteral(", ")));
        st.bind(u":rw", rw ? std::optional<qint64>(*rw) : std::nullopt);
        st.bind(u":rt", rt ? std::optional<qint64>(*rt) : std::nullopt);
        // An SPTJM covers what it lists: the kepala desa's signature is its decision.
        st.bind(u":decision", sptjm ? decisionCode(Decision::Agreed) : QString());
        st.bind(u":mode", sptjm ? decisionModeCode(DecisionMode::Consensus) : QString());
        st.bind(u":at", sptjm ? isoTime(m_clock.now()) : QString());
        st.bind(u":by", sptjm ? actor.officerId : QString());
        st.bind(u":by_name", sptjm ? actor.name : QString());
        VERDES_TRY(st.run());
        added.append(m_db.lastInsertRowId());
        VERDES_TRY(proposals.moveForMeeting(actor,
                                            {proposalId},
                                            sptjm ? ProposalState::CoveredBySptjm : ProposalState::OnAgenda,
                                            meeting.number));
    }
    if (!added.isEmpty()) {
        AuditLog audit(m_db, m_clock);
        VERDES_TRY(audit.append(actor,
                                {QStringLiteral("meeting.agenda"),
                                 QStringLiteral("meeting"),
                                 QString::number(meetingId),
                                 {},
                                 {meeting.number, QString::number(added.size())}}));
    }
    VERDES_TRY(tx.commit());
    VERDES_TRY_ASSIGN(all, agenda(meetingId));
    QList<AgendaItem> result;
    for (const AgendaItem &item : std::as_const(all)) {
        if (added.contains(item.id)) {
            result.append(item);
        }
    }
    return result;
}

Result<int> MeetingRepository::addAllReady(const Actor &actor, qint64 meetingId)
{
    ProposalRepository proposals(m_db, m_clock);
    ProposalFilter filter;
    filter.state = ProposalState::Ready;
    ProposalSort sort;
    sort.key = ProposalSort::Key::Id;
    sort.descending = false;
    VERDES_TRY_ASSIGN(ready, proposals.list(filter, 0, -1, sort));
    QList<qint64> ids;
    for (const ProposalSummary &summary : std::as_const(ready)) {
        ids.append(summary.id);
    }
    if (ids.isEmpty()) {
        VERDES_TRY(actor.require(Action::PutOnAgenda));
        return 0;
    }
    VERDES_TRY_ASSIGN(added, addProposals(actor, meetingId, ids));
    return static_cast<int>(added.size());
}

Result<AgendaItem>
MeetingRepository::addHousehold(const Actor &actor, qint64 meetingId, const QString &householdId)
{
    VERDES_TRY(actor.require(Action::PutOnAgenda));
    Transaction tx(m_db);
    VERDES_TRY(tx.begin());
    VERDES_TRY_ASSIGN(meeting, unsealed(meetingId));
    if (meeting.kind == MeetingKind::Sptjm) {
        return Error(ErrorCode::MeetingDecisionInvalid, {MeetingText::decisionLabel(Decision::Keep)});
    }
    Statement twice(m_db,
                    u"SELECT count(*) FROM meeting_items WHERE meeting_id = :meeting AND household_id = :id");
    VERDES_TRY(twice.status());
    twice.bind(u":meeting", meetingId);
    twice.bind(u":id", householdId);
    VERDES_TRY(twice.step());
    if (twice.int64(0) > 0) {
        return Error(ErrorCode::MeetingHouseholdTwice, {householdId});
    }
    Statement household(m_db,
                        u"SELECT rw, rt FROM households WHERE household_id = :id AND status = 'present'");
    VERDES_TRY(household.status());
    household.bind(u":id", householdId);
    VERDES_TRY_ASSIGN(found, household.step());
    if (!found) {
        return Error(ErrorCode::ProposalTargetUnknown, {householdId});
    }
    const std::optional<qint64> rw = household.optionalInt(0);
    const std::optional<qint64> rt = household.optionalInt(1);
    QString subject;
    VERDES_TRY_ASSIGN(headId, headOf(m_db, householdId));
    if (headId) {
        VERDES_TRY_ASSIGN(head, memberPerson(m_db, *headId));
        if (head) {
            subject = head->name;
        }
    }
    Statement st(
        m_db,
        u"INSERT INTO meeting_items (meeting_id, section, position, household_id, subject, rw, rt) VALUES "
        u"(:meeting, 'flagged', (SELECT coalesce(max(position), 0) + 1 FROM meeting_items WHERE "
        u"meeting_id = :meeting AND section = 'flagged'), :household, :subject, :rw, :rt)");
    VERDES_TRY(st.status());
    st.bind(u":meeting", meetingId);
    st.bind(u":household", householdId);
    st.bind(u":subject", subject);
    st.bind(u":rw", rw);
    st.bind(u":rt", rt);
    VERDES_TRY(st.run());
    const qint64 itemId = m_db.lastInsertRowId();
    AuditLog audit(m_db, m_clock);
    VERDES_TRY(audit.append(actor,
                            {QStringLiteral("meeting.agenda_household"),
                             QStringLiteral("meeting"),
                             QString::number(meetingId),
                             householdId,
                             {meeting.number, householdId}}));
    VERDES_TRY(tx.commit());
    VERDES_TRY_ASSIGN(stored, item(meetingId, itemId));
    return *stored;
}

Result<void> MeetingRepository::removeItem(const Actor &actor, qint64 meetingId, qint64 itemId)
{
    VERDES_TRY(actor.require(Action::PutOnAgenda));
    Transaction tx(m_db);
    VERDES_TRY(tx.begin());
    VERDES_TRY_ASSIGN(meeting, unsealed(meetingId));
    VERDES_TRY_ASSIGN(found, readItems(m_db, meetingId, itemId));
    if (found.isEmpty()) {
        return itemNotFound(itemId);
    }
    const AgendaItem &removed = found.constFirst();
    const bool sptjm = meeting.kind == MeetingKind::Sptjm;
    if (removed.isDecided() && !sptjm) {
        return Error(ErrorCode::MeetingItemDecided);
    }
    Statement st(m_db, u"DELETE FROM meeting_items WHERE item_id = :id");
    VERDES_TRY(st.status());
    st.bind(u":id", itemId);
    VERDES_TRY(st.run());
    VERDES_TRY_ASSIGN(rest, sectionItemIds(m_db, meetingId, agendaSectionCode(removed.section)));
    VERDES_TRY(writePositions(m_db, rest));
    if (removed.proposalId) {
        ProposalRepository proposals(m_db, m_clock);
        VERDES_TRY(
            proposals.moveForMeeting(actor, {*removed.proposalId}, ProposalState::Ready, meeting.number));
    }
    AuditLog audit(m_db, m_clock);
    VERDES_TRY(audit.append(
        actor,
        {QStringLiteral("meeting.agenda_remove"),
         QStringLiteral("meeting"),
         QString::number(meetingId),
         removed.householdId,
         {meeting.number, removed.proposalId ? QString::number(*removed.proposalId) : removed.householdId}}));
    return tx.commit();
}

Result<void> MeetingRepository::moveItem(const Actor &actor, qint64 meetingId, qint64 itemId, int position)
{
    VERDES_TRY(actor.require(Action::PutOnAgenda));
    Transaction tx(m_db);
    VERDES_TRY(tx.begin());
    VERDES_TRY_ASSIGN(meeting, unsealed(meetingId));
    VERDES_TRY_ASSIGN(found, readItems(m_db, meetingId, itemId));
    if (found.isEmpty()) {
        return itemNotFound(itemId);
    }
    VERDES_TRY_ASSIGN(ids, sectionItemIds(m_db, meetingId, agendaSectionCode(found.constFirst().section)));
    const qsizetype from = ids.indexOf(itemId);
    const qsizetype to = qBound(qsizetype(0), qsizetype(position - 1), ids.size() - 1);
    if (from == to) {
        return tx.commit();
    }
    ids.move(from, to);
    VERDES_TRY(writePositions(m_db, ids));
    // Reordering is not audited on its own: the order is in the sealed minutes.
    return tx.commit();
}

// --- Decisions

Result<AgendaItem>
MeetingRepository::decide(const Actor &actor, qint64 meetingId, qint64 itemId, const DecisionInput &input)
{
    VERDES_TRY(actor.require(Action::RecordDecision));
    Transaction tx(m_db);
    VERDES_TRY(tx.begin());
    VERDES_TRY_ASSIGN(meeting, unsealed(meetingId));
    VERDES_TRY_ASSIGN(found, readItems(m_db, meetingId, itemId));
    if (found.isEmpty()) {
        return itemNotFound(itemId);
    }
    const AgendaItem &before = found.constFirst();
    const bool householdItem = before.isHouseholdItem();
    const bool valid =
        input.decision == Decision::Deferred
        || (householdItem ? (input.decision == Decision::Keep || input.decision == Decision::ProposeRemoval)
                          : (input.decision == Decision::Agreed || input.decision == Decision::Rejected));
    if (!valid || meeting.kind == MeetingKind::Sptjm) {
        return Error(ErrorCode::MeetingDecisionInvalid, {MeetingText::decisionLabel(input.decision)});
    }
    if (input.votesFor < 0 || input.votesAgainst < 0 || input.votesAbstain < 0
        || (input.mode == DecisionMode::Vote
            && input.votesFor + input.votesAgainst + input.votesAbstain == 0)) {
        return Error(ErrorCode::MeetingVoteMissing);
    }
    const bool vote = input.mode == DecisionMode::Vote;
    Statement st(
        m_db,
        u"UPDATE meeting_items SET decision = :decision, mode = :mode, votes_for = :for, votes_against = "
        u":against, votes_abstain = :abstain, note = :note, decided_at = :at, decided_by = :by, "
        u"decided_by_name = :by_name WHERE item_id = :id");
    VERDES_TRY(st.status());
    st.bind(u":decision", decisionCode(input.decision));
    st.bind(u":mode", decisionModeCode(input.mode));
    st.bind(u":for", vote ? input.votesFor : 0);
    st.bind(u":against", vote ? input.votesAgainst : 0);
    st.bind(u":abstain", vote ? input.votesAbstain : 0);
    st.bind(u":note", input.note.trimmed());
    st.bind(u":at", isoTime(m_clock.now()));
    st.bind(u":by", actor.officerId);
    st.bind(u":by_name", actor.name);
    st.bind(u":id", itemId);
    VERDES_TRY(st.run());
    if (before.proposalId) {
        const ProposalState target = stateFor(input.decision);
        if (target != before.proposalState) {
            ProposalRepository proposals(m_db, m_clock);
            VERDES_TRY(proposals.moveForMeeting(actor, {*before.proposalId}, target, meeting.number));
        }
    }
    QStringList args{meeting.number,
                     QString::number(before.position),
                     decisionCode(input.decision),
                     decisionCode(before.decision),
                     decisionModeCode(input.mode)};
    if (vote) {
        args
            << QStringLiteral("%1/%2/%3").arg(input.votesFor).arg(input.votesAgainst).arg(input.votesAbstain);
    }
    AuditLog audit(m_db, m_clock);
    VERDES_TRY(audit.append(actor,
                            {QStringLiteral("meeting.decide"),
                             QStringLiteral("meeting"),
                             QString::number(meetingId),
                             before.householdId,
                             args}));
    VERDES_TRY(tx.commit());
    VERDES_TRY_ASSIGN(stored, item(meetingId, itemId));
    return *stored;
}

// --- The projector

namespace {

struct ItemPeople
{
    QList<Person> persons;
    QList<qint64> photos;
};

// The people of an item whose proposal (none for a flagged household, or a proposal gone) is read.
Result<ItemPeople> peopleOf(Database &db, const AgendaItem &item, const Proposal *proposal)
{
    ItemPeople people;
    if (item.proposalId) {
        if (proposal != nullptr) {
            VERDES_TRY_ASSIGN(persons, personsOf(db, *proposal));
            people.persons = persons;
            for (const EvidenceInfo &evidence : std::as_const(proposal->evidence)) {
                if (evidence.kind == EvidenceKind::HousePhotos && evidence.mime.startsWith(u"image/")) {
                    people.photos.append(evidence.id);
                }
            }
        }
    } else {
        VERDES_TRY_ASSIGN(headId, headOf(db, item.householdId));
        if (headId) {
            VERDES_TRY_ASSIGN(head, memberPerson(db, *headId));
            if (head) {
                people.persons.append(*head);
            }
        }
    }
    return people;
}

Result<ItemPeople> peopleOf(Database &db, Clock &clock, const AgendaItem &item)
{
    if (!item.proposalId) {
        return peopleOf(db, item, nullptr);
    }
    VERDES_TRY_ASSIGN(proposal, ProposalRepository(db, clock).get(*item.proposalId));
    return peopleOf(db, item, proposal ? &*proposal : nullptr);
}

} // namespace

Result<QString> MeetingRepository::reveal(
    const Actor &actor, qint64 meetingId, qint64 itemId, RevealField field, const QString &why)
{
    VERDES_TRY(actor.require(Action::RevealNik));
    if (why.trimmed().isEmpty()) {
        return Error(ErrorCode::MeetingRevealWhy);
    }
    Transaction tx(m_db);
    VERDES_TRY(tx.begin());
    VERDES_TRY_ASSIGN(meeting, unsealed(meetingId));
    VERDES_TRY_ASSIGN(found, item(meetingId, itemId));
    if (!found) {
        return itemNotFound(itemId);
    }
    VERDES_TRY_ASSIGN(people, peopleOf(m_db, m_clock, *found));
    QStringList values;
    for (const Person &person : std::as_const(people.persons)) {
        switch (field) {
        case RevealField::Nik:
            values.append(person.nik);
            break;
        case RevealField::Kk:
            values.append(person.kk);
            break;
        case RevealField::BirthDate:
            values.append(person.birthDate.isValid()
                              ? QLocale().toString(person.birthDate, QLocale::LongFormat)
                              : QString());
            break;
        }
    }
    static const std::array<const char *, 3> codes{"nik", "kk", "birth_date"};
    const QString code = QString::fromLatin1(codes.at(static_cast<size_t>(field)));
    Statement st(
        m_db,
        u"INSERT INTO meeting_reveals (meeting_id, item_id, field, why, at, officer_id, officer_name) "
        u"VALUES (:meeting, :item, :field, :why, :at, :by, :by_name)");
    VERDES_TRY(st.status());
    st.bind(u":meeting", meetingId);
    st.bind(u":item", itemId);
    st.bind(u":field", code);
    st.bind(u":why", why.trimmed());
    st.bind(u":at", isoTime(m_clock.now()));
    st.bind(u":by", actor.officerId);
    st.bind(u":by_name", actor.name);
    VERDES_TRY(st.run());
    AuditLog audit(m_db, m_clock);
    VERDES_TRY(audit.append(
        actor,
        {QStringLiteral("meeting.reveal"),
         QStringLiteral("meeting"),
         QString::number(meetingId),
         found->householdId,
         {meeting.number, QString::number(found->position), code, why.trimmed(), meeting.chair}}));
    VERDES_TRY(tx.commit());
    return values.join(QStringLiteral(", "));
}

Result<ProjectorSlide> MeetingRepository::slide(qint64 meetingId, qint64 itemId)
{
    VERDES_TRY_ASSIGN(meeting, get(meetingId));
    if (!meeting) {
        return meetingNotFound(meetingId);
    }
    VERDES_TRY_ASSIGN(all, agenda(meetingId));
    const auto it = std::find_if(all.cbegin(), all.cend(), [itemId](const AgendaItem &i) {
        return i.id == itemId;
    });
    if (it == all.cend()) {
        return itemNotFound(itemId);
    }
    const AgendaItem &item = *it;
    VERDES_TRY_ASSIGN(people, peopleOf(m_db, m_clock, item));
    ProjectorSlide slide;
    slide.itemId = item.id;
    slide.position = item.position;
    slide.total = static_cast<int>(all.size());
    slide.section = item.section;
    slide.typeLabel =
        item.type ? ProposalTypeText::label(*item.type) : MeetingText::sectionLabel(AgendaSection::Flagged);
    for (const Person &person : std::as_const(people.persons)) {
        slide.persons.append({person.name, ageOn(person.birthDate, meeting->date)});
    }
    if (slide.persons.isEmpty() && !item.subject.isEmpty()) {
        slide.persons.append({item.subject, std::nullopt});
    }
    slide.rtRw = MeetingText::rtRwLabel(item.rt, item.rw);
    slide.reason = item.isHouseholdItem() ? QString() : item.reason;
    slide.housePhotoIds = people.photos;
    slide.decision = item.decision;
    slide.decisionText = item.isDecided() ? MeetingText::decisionWithVotes(item) : QString();
    return slide;
}

// --- The seal

Result<MeetingSeal> MeetingRepository::seal(const Actor &actor, qint64 meetingId, Progress &progress)
{
    Transaction tx(m_db);
    VERDES_TRY(tx.begin());
    VERDES_TRY_ASSIGN(meeting, get(meetingId));
    if (!meeting) {
        return meetingNotFound(meetingId);
    }
    const bool sptjm = meeting->kind == MeetingKind::Sptjm;
    VERDES_TRY(actor.require(sptjm ? Action::SignSptjm : Action::SignMinutes));
    VERDES_TRY(requireUnsealed(*meeting));
    VERDES_TRY_ASSIGN(items, agenda(meetingId));
    const auto undecided = std::count_if(items.cbegin(), items.cend(), [](const AgendaItem &i) {
        return !i.isDecided();
    });
    if (undecided > 0) {
        return Error(ErrorCode::MeetingUndecided, {QString::number(undecided)});
    }
    if (!sptjm) {
        VERDES_TRY_ASSIGN(present, attendees(meetingId));
        if (present.isEmpty()) {
            return Error(ErrorCode::MeetingNoAttendance);
        }
    }
    VERDES_TRY_ASSIGN(key, DeviceKey::load(m_db));
    Sealer sealer;
    sealer.officerId = actor.officerId;
    sealer.name = actor.name;
    sealer.role = roleCode(actor.role);
    sealer.at = isoTime(m_clock.now());
    sealer.keyId = key.keyId();
    {
        Statement head(m_db, u"SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1");
        VERDES_TRY(head.status());
        VERDES_TRY_ASSIGN(row, head.step());
        if (row) {
            sealer.auditSeq = head.int64(0);
            sealer.auditHash = head.blob(1);
        }
    }
    progress.setPhase(QCoreApplication::translate("MeetingRepository", "Sealing the meeting"));
    VERDES_TRY_ASSIGN(root, buildCanonical(m_db, *meeting, sealer, progress));
    const QByteArray content = canonicalJson(root);
    const QByteArray sha256 = QCryptographicHash::hash(content, QCryptographicHash::Sha256);
    VERDES_TRY_ASSIGN(signature, DeviceKey::sign(m_db, content));
    Statement st(
        m_db,
        u"INSERT INTO meeting_seals (meeting_id, sealed_at, sealed_by, sealed_by_name, key_id, audit_seq, "
        u"audit_hash, content, sha256, signature) VALUES (:id, :at, :by, :by_name, :key, :seq, :hash, "
        u":content, :sha, :signature)");
    VERDES_TRY(st.status());
    st.bind(u":id", meetingId);
    st.bind(u":at", sealer.at);
    st.bind(u":by", sealer.officerId);
    st.bind(u":by_name", sealer.name);
    st.bind(u":key", sealer.keyId);
    st.bind(u":seq", sealer.auditSeq);
    st.bind(u":hash", sealer.auditHash);
    st.bind(u":content", content);
    st.bind(u":sha", sha256);
    st.bind(u":signature", signature);
    VERDES_TRY(st.run());
    Statement mark(m_db, u"UPDATE meetings SET sealed = 1 WHERE meeting_id = :id");
    VERDES_TRY(mark.status());
    mark.bind(u":id", meetingId);
    VERDES_TRY(mark.run());
    QList<qint64> agreed;
    QList<qint64> deferred;
    for (const AgendaItem &item : std::as_const(items)) {
        if (!item.proposalId) {
            continue;
        }
        if (item.proposalState == ProposalState::Agreed
            || item.proposalState == ProposalState::CoveredBySptjm) {
            agreed.append(*item.proposalId);
        } else if (item.proposalState == ProposalState::Deferred) {
            deferred.append(*item.proposalId);
        }
    }
    ProposalRepository proposals(m_db, m_clock);
    VERDES_TRY(proposals.moveForMeeting(actor, agreed, ProposalState::Sealed, meeting->number));
    VERDES_TRY(proposals.moveForMeeting(actor, deferred, ProposalState::Ready, meeting->number));
    MeetingSeal seal;
    seal.sealedAt = parseTime(sealer.at);
    seal.sealedById = sealer.officerId;
    seal.sealedByName = sealer.name;
    seal.keyId = sealer.keyId;
    seal.auditSeq = sealer.auditSeq;
    seal.auditHash = sealer.auditHash;
    seal.content = content;
    seal.sha256 = sha256;
    seal.signature = signature;
    AuditLog audit(m_db, m_clock);
    VERDES_TRY(audit.append(actor,
                            {QStringLiteral("meeting.seal"),
                             QStringLiteral("meeting"),
                             QString::number(meetingId),
                             {},
                             {meeting->number, seal.shortHash(), QString::number(items.size())}}));
    VERDES_TRY(tx.commit());
    return seal;
}

Result<QByteArray> MeetingRepository::canonicalBytes(qint64 meetingId)
{
    VERDES_TRY_ASSIGN(meeting, get(meetingId));
    if (!meeting) {
        return meetingNotFound(meetingId);
    }
    Sealer sealer;
    if (meeting->seal) {
        const QJsonObject stored = QJsonDocument::fromJson(meeting->seal->content).object();
        const QJsonObject seal = stored.value(QStringLiteral("seal")).toObject();
        sealer.officerId = seal.value(QStringLiteral("officer_id")).toString();
        sealer.name = seal.value(QStringLiteral("officer_name")).toString();
        sealer.role = seal.value(QStringLiteral("role")).toString();
        sealer.at = seal.value(QStringLiteral("at")).toString();
        sealer.keyId = meeting->seal->keyId;
        sealer.auditSeq = meeting->seal->auditSeq;
        sealer.auditHash = meeting->seal->auditHash;
    }
    VERDES_TRY_ASSIGN(root, buildCanonical(m_db, *meeting, sealer, Progress::none()));
    if (meeting->seal) {
        // A deferred item's proposal went back to the village after the seal and may be changed for
        // the next meeting: its content is compared as it was signed.
        const QJsonArray storedItems =
            QJsonDocument::fromJson(meeting->seal->content).object().value(QStringLiteral("items")).toArray();
        QJsonArray items = root.value(QStringLiteral("items")).toArray();
        for (qsizetype i = 0; i < items.size() && i < storedItems.size(); ++i) {
            QJsonObject now = items.at(i).toObject();
            const QJsonObject then = storedItems.at(i).toObject();
            if (now.value(QStringLiteral("decision")).toString() == decisionCode(Decision::Deferred)
                && then.value(QStringLiteral("id")) == now.value(QStringLiteral("id"))
                && then.contains(QStringLiteral("proposal"))) {
                now.insert(QStringLiteral("proposal"), then.value(QStringLiteral("proposal")));
                items.replace(i, now);
            }
        }
        root.insert(QStringLiteral("items"), items);
    }
    return canonicalJson(root);
}

Result<SealCheck> MeetingRepository::verifySeal(qint64 meetingId)
{
    VERDES_TRY_ASSIGN(meeting, get(meetingId));
    if (!meeting) {
        return meetingNotFound(meetingId);
    }
    if (!meeting->seal) {
        return Error(ErrorCode::MeetingNotSealed, {meeting->number});
    }
    SealCheck check;
    check.meetingId = meetingId;
    check.number = meeting->number;
    const MeetingSeal &seal = *meeting->seal;
    // The key that sealed it: the vault's, or one it had before it enrolled again (schema 11).
    VERDES_TRY_ASSIGN(key, DeviceKey::publicKeyOf(m_db, seal.keyId));
    check.signatureValid =
        key.has_value() && QCryptographicHash::hash(seal.content, QCryptographicHash::Sha256) == seal.sha256
        && PublicKey::verify(*key, seal.content, seal.signature);
    VERDES_TRY_ASSIGN(bytes, canonicalBytes(meetingId));
    check.contentMatches = bytes == seal.content;
    Statement head(m_db, u"SELECT hash FROM audit_log WHERE seq = :seq");
    VERDES_TRY(head.status());
    head.bind(u":seq", seal.auditSeq);
    VERDES_TRY_ASSIGN(found, head.step());
    check.auditHeadMatches =
        seal.auditSeq == 0 ? seal.auditHash.isEmpty() : (found && head.blob(0) == seal.auditHash);
    return check;
}

Result<QList<SealCheck>> MeetingRepository::verifyAllSeals(Progress &progress)
{
    Statement st(m_db, u"SELECT meeting_id FROM meeting_seals ORDER BY meeting_id");
    VERDES_TRY(st.status());
    QList<qint64> ids;
    while (true) {
        VERDES_TRY_ASSIGN(row, st.step());
        if (!row) {
            break;
        }
        ids.append(st.int64(0));
    }
    progress.setPhase(QCoreApplication::translate("MeetingRepository", "Checking the seals of the meetings"));
    QList<SealCheck> checks;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        VERDES_TRY_ASSIGN(check, verifySeal(ids.at(i)));
        checks.append(check);
        if (!progress.advance(i + 1, ids.size())) {
            return Error(ErrorCode::Cancelled);
        }
    }
    return checks;
}

// --- For the documents

namespace {

// The BNBA lines of one item: one per person concerned, the item's subject when none is known.
void appendBnbaLines(QList<BnbaLine> &lines, const AgendaItem &item, QList<Person> persons)
{
    if (persons.isEmpty()) {
        persons.append(Person{item.subject, {}, {}, {}, {}, item.rw, item.rt});
    }
    for (const Person &person : std::as_const(persons)) {
        BnbaLine line;
        line.number = static_cast<int>(lines.size() + 1);
        line.itemId = item.id;
        line.proposalId = item.proposalId;
        line.name = person.name;
        line.nik = person.nik;
        line.kk = person.kk;
        line.address = person.address;
        line.rtRw = rtRwText(person.rt ? person.rt : item.rt, person.rw ? person.rw : item.rw);
        line.typeLabel = item.type ? ProposalTypeText::label(*item.type)
                                   : MeetingText::sectionLabel(AgendaSection::Flagged);
        line.reason = item.reason;
        line.decision = item.decision;
        line.decisionText = MeetingText::decisionWithVotes(item);
        lines.append(line);
    }
}

} // namespace

Result<QList<BnbaLine>> MeetingRepository::bnba(qint64 meetingId, QList<Decision> decisions)
{
    VERDES_TRY_ASSIGN(items, agenda(meetingId));
    QList<BnbaLine> lines;
    for (const AgendaItem &item : std::as_const(items)) {
        if (!decisions.contains(item.decision)) {
            continue;
        }
        VERDES_TRY_ASSIGN(people, peopleOf(m_db, m_clock, item));
        appendBnbaLines(lines, item, people.persons);
    }
    return lines;
}

Result<QList<BnbaLine>> MeetingRepository::bnbaOf(const AgendaItem &item, const Proposal *proposal)
{
    VERDES_TRY_ASSIGN(people, peopleOf(m_db, item, proposal));
    QList<BnbaLine> lines;
    appendBnbaLines(lines, item, people.persons);
    return lines;
}

Result<void>
MeetingRepository::recordDocuments(const Actor &actor, qint64 meetingId, const QString &what, int count)
{
    VERDES_TRY(actor.require(Action::ExportData));
    VERDES_TRY_ASSIGN(meeting, get(meetingId));
    if (!meeting) {
        return meetingNotFound(meetingId);
    }
    AuditLog audit(m_db, m_clock);
    VERDES_TRY(audit.appendAlone(actor,
                                 {QStringLiteral("meeting.documents"),
                                  QStringLiteral("meeting"),
                                  QString::number(meetingId),
                                  {},
                                  {meeting->number, what, QString::number(count)}}));
    return {};
}

// --- Templates

Result<std::optional<QString>> MeetingRepository::storedTemplate(const QString &name)
{
    Statement st(m_db, u"SELECT body FROM document_templates WHERE name = :name");
    VERDES_TRY(st.status());
    st.bind(u":name", name);
    VERDES_TRY_ASSIGN(row, st.step());
    if (!row) {
        return std::optional<QString>();
    }
    return std::optional<QString>(st.text(0));
}

Result<void> MeetingRepository::storeTemplate(const Actor &actor, const QString &name, const QString &body)
{
    VERDES_TRY(actor.require(Action::ChangeSettings));
    Transaction tx(m_db);
    VERDES_TRY(tx.begin());
    if (body.isEmpty()) {
        Statement st(m_db, u"DELETE FROM document_templates WHERE name = :name");
        VERDES_TRY(st.status());
        st.bind(u":name", name);
        VERDES_TRY(st.run());
    } else {
        Statement st(m_db,
                     u"INSERT OR REPLACE INTO document_templates (name, body, updated_at, updated_by) VALUES "
                     u"(:name, :body, :at, :by)");
        VERDES_TRY(st.status());
        st.bind(u":name", name);
        st.bind(u":body", body);
        st.bind(u":at", isoTime(m_clock.now()));
        st.bind(u":by", actor.name);
        VERDES_TRY(st.run());
    }
    AuditLog audit(m_db, m_clock);
    VERDES_TRY(audit.append(actor,
                            {QStringLiteral("template.edit"),
                             QStringLiteral("template"),
                             name,
                             {},
                             {name, body.isEmpty() ? QStringLiteral("reset") : QStringLiteral("edit")}}));
    return tx.commit();
}

} // namespace verdes
