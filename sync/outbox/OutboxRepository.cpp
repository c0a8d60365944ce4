// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/outbox/OutboxRepository.h"

#include "models/core/PublicKey.h"
#include "models/vault/AuditLog.h"
#include "models/vault/Database.h"
#include "models/vault/DeviceKey.h"
#include "models/vault/Statement.h"

#include <array>

namespace verdes::sync {

namespace {

struct StateRow
{
    OutboxState state;
    const char *code;
};

constexpr std::array<StateRow, 4> kStates{{
    {OutboxState::Queued, "queued"},
    {OutboxState::Sent, "sent"},
    {OutboxState::Receipted, "receipted"},
    {OutboxState::Refused, "refused"},
}};

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime parseTime(const QString &text)
{
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs);
}

SendPhase phaseFromCode(QStringView code)
{
    if (code == u"announced") {
        return SendPhase::Announced;
    }
    if (code == u"sending") {
        return SendPhase::Sending;
    }
    return SendPhase::Idle;
}

QString phaseCode(SendPhase phase)
{
    switch (phase) {
    case SendPhase::Idle:
        return QStringLiteral("idle");
    case SendPhase::Announced:
        return QStringLiteral("announced");
    case SendPhase::Sending:
        return QStringLiteral("sending");
    }
    Q_UNREACHABLE();
}

QString hexId(const QByteArray &batchId)
{
    return QString::fromLatin1(batchId.toHex());
}

Error batchNotFound(quint64 sequence)
{
    return Error(ErrorCode::SyncBatchNotFound, {QString::number(sequence)});
}

Result<void> audit(Database &db, Clock &clock, const Actor &actor, const AuditRecord &record)
{
    AuditLog log(db, clock);
    VERDES_TRY(log.append(actor, record));
    return {};
}

constexpr QStringView kEntryColumns =
    u"SELECT o.sequence, o.batch_id, o.meeting_id, coalesce(m.number, ''), o.item_count, "
    u"length(o.signed_file), o.state, o.created_at, coalesce(o.sent_at, ''), coalesce(o.sent_by, ''), "
    u"coalesce(o.receipted_at, ''), coalesce(o.outcome, ''), o.reason, coalesce(a.phase, 'idle'), "
    u"coalesce(a.attempts, 0), coalesce(a.next_attempt_at, ''), coalesce(a.last_error, '') "
    u"FROM outbox o LEFT JOIN meetings m ON m.meeting_id = o.meeting_id "
    u"LEFT JOIN transient_outbox_attempts a ON a.sequence = o.sequence ";

OutboxEntry entryFrom(const Statement &st)
{
    OutboxEntry e;
    e.sequence = static_cast<quint64>(st.int64(0));
    e.batchId = st.blob(1);
    e.meetingId = st.int64(2);
    e.meetingNumber = st.text(3);
    e.itemCount = static_cast<int>(st.int64(4));
    e.size = st.int64(5);
    e.state = outboxStateFromCode(st.text(6)).value_or(OutboxState::Queued);
    e.createdAt = parseTime(st.text(7));
    e.sentAt = parseTime(st.text(8));
    e.sentBy = st.text(9);
    e.receiptedAt = parseTime(st.text(10));
    e.outcome = st.text(11);
    e.reason = st.text(12);
    e.phase = phaseFromCode(st.text(13));
    e.attempts = static_cast<int>(st.int64(14));
    e.nextAttemptAt = parseTime(st.text(15));
    e.lastError = st.text(16);
    return e;
}

} // namespace

QString outboxStateCode(OutboxState state)
{
    for (const StateRow &row : kStates) {
        if (row.state == state) {
            return QString::fromLatin1(row.code);
        }
    }
    Q_UNREACHABLE();
}

std::optional<OutboxState> outboxStateFromCode(QStringView code)
{
    for (const StateRow &row : kStates) {
        if (code == QLatin1StringView(row.code)) {
            return row.state;
        }
    }
    return std::nullopt;
}

OutboxRepository::OutboxRepository(Database &db, Clock &clock)
    : m_db(db)
    , m_clock(clock)
{}

Result<QString> OutboxRepository::vaultId()
{
    return m_db.queryText(u"SELECT coalesce((SELECT value FROM vault_meta WHERE key = 'vault_id'), '')");
}

Result<QString> OutboxRepository::villageCode()
{
    return m_db.queryText(u"SELECT coalesce((SELECT value FROM vault_meta WHERE key = 'village_code'), '')");
}

Result<QList<qint64>> OutboxRepository::meetingsWithoutBatch()
{
    Statement st(m_db,
                 u"SELECT s.meeting_id FROM meeting_seals s WHERE NOT EXISTS "
                 u"(SELECT 1 FROM outbox o WHERE o.meeting_id = s.meeting_id) "
                 u"ORDER BY s.sealed_at, s.meeting_id");
    VERDES_TRY(st.status());
    QList<qint64> ids;
    while (true) {
        VERDES_TRY_ASSIGN(row, st.step());
        if (!row) {
            return ids;
        }
        ids.append(st.int64(0));
    }
}

Result<QList<OutboxEntry>>
OutboxRepository::query(QStringView where, const std::optional<QByteArray> &blob, qint64 number)
{
    const QString sql = kEntryColumns.toString() + where.toString();
    Statement st(m_db, sql);
    VERDES_TRY(st.status());
    if (blob) {
        st.bind(u":blob", *blob);
    }
    if (where.contains(u":n")) {
        st.bind(u":n", number);
    }
    QList<OutboxEntry> entries;
    while (true) {
        VERDES_TRY_ASSIGN(row, st.step());
        if (!row) {
            return entries;
        }
        entries.append(entryFrom(st));
    }
}

Result<std::optional<OutboxEntry>> OutboxRepository::last()
{
    VERDES_TRY_ASSIGN(entries, query(u"ORDER BY o.sequence DESC LIMIT 1", std::nullopt, 0));
    if (entries.isEmpty()) {
        return std::optional<OutboxEntry>();
    }
    return std::optional<OutboxEntry>(entries.constFirst());
}

Result<QList<OutboxEntry>> OutboxRepository::list()
{
    return query(u"ORDER BY o.sequence", std::nullopt, 0);
}

Result<std::optional<OutboxEntry>> OutboxRepository::get(quint64 sequence)
{
    VERDES_TRY_ASSIGN(entries, query(u"WHERE o.sequence = :n", std::nullopt, static_cast<qint64>(sequence)));
    if (entries.isEmpty()) {
        return std::optional<OutboxEntry>();
    }
    return std::optional<OutboxEntry>(entries.constFirst());
}

Result<std::optional<OutboxEntry>> OutboxRepository::byBatchId(const QByteArray &batchId)
{
    VERDES_TRY_ASSIGN(entries, query(u"WHERE o.batch_id = :blob", batchId, 0));
    if (entries.isEmpty()) {
        return std::optional<OutboxEntry>();
    }
    return std::optional<OutboxEntry>(entries.constFirst());
}

Result<QByteArray> OutboxRepository::signedFile(quint64 sequence)
{
    Statement st(m_db, u"SELECT signed_file FROM outbox WHERE sequence = :n");
    VERDES_TRY(st.status());
    st.bind(u":n", static_cast<qint64>(sequence));
    VERDES_TRY_ASSIGN(row, st.step());
    if (!row) {
        return batchNotFound(sequence);
    }
    return st.blob(0);
}

Result<QList<OutboxItem>> OutboxRepository::items(quint64 sequence)
{
    Statement st(
        m_db,
        u"SELECT position, proposal_id, household_id, coalesce(outcome, ''), reason FROM outbox_items "
        u"WHERE sequence = :n ORDER BY position");
    VERDES_TRY(st.status());
    st.bind(u":n", static_cast<qint64>(sequence));
    QList<OutboxItem> items;
    while (true) {
        VERDES_TRY_ASSIGN(row, st.step());
        if (!row) {
            return items;
        }
        OutboxItem item;
        item.position = static_cast<int>(st.int64(0));
        item.proposalId = st.optionalInt(1);
        item.householdId = st.text(2);
        item.outcome = st.text(3);
        item.reason = st.text(4);
        items.append(item);
    }
}

Result<std::optional<std::pair<OutboxEntry, OutboxItem>>> OutboxRepository::forProposal(qint64 proposalId)
{
    using Found = std::optional<std::pair<OutboxEntry, OutboxItem>>;
    Statement st(m_db,
                 u"SELECT sequence, position FROM outbox_items WHERE proposal_id = :id "
                 u"ORDER BY sequence DESC LIMIT 1");
    VERDES_TRY(st.status());
    st.bind(u":id", proposalId);
    VERDES_TRY_ASSIGN(row, st.step());
    if (!row) {
        return Found();
    }
    const auto sequence = static_cast<quint64>(st.int64(0));
    const auto position = static_cast<int>(st.int64(1));
    VERDES_TRY_ASSIGN(entry, get(sequence));
    VERDES_TRY_ASSIGN(all, items(sequence));
    if (!entry || position >= all.size()) {
        return Found();
    }
    return Found(std::pair{*entry, all.at(position)});
}

Result<void> OutboxRepository::enqueue(const Actor &actor,
                                       qint64 meetingId,
                                       quint64 sequence,
                                       const QByteArray &batchId,
                                       const QByteArray &signedFile,
                                       const QList<OutboxItem> &items)
{
    Statement st(m_db,
                 u"INSERT INTO outbox (sequence, batch_id, meeting_id, item_count, signed_file, created_at) "
                 u"VALUES (:n, :id, :meeting, :count, :file, :at)");
    VERDES_TRY(st.status());
    st.bind(u":n", static_cast<qint64>(sequence));
    st.bind(u":id", batchId);
    st.bind(u":meeting", meetingId);
    st.bind(u":count", static_cast<qint64>(items.size()));
    st.bind(u":file", signedFile);
    st.bind(u":at", isoTime(m_clock.now()));
    VERDES_TRY(st.run());
    Statement item(m_db,
                   u"INSERT INTO outbox_items (sequence, position, proposal_id, household_id) "
                   u"VALUES (:n, :pos, :proposal, :household)");
    VERDES_TRY(item.status());
    for (const OutboxItem &i : items) {
        item.reset();
        item.bind(u":n", static_cast<qint64>(sequence));
        item.bind(u":pos", i.position);
        item.bind(u":proposal", i.proposalId);
        item.bind(u":household", i.householdId);
        VERDES_TRY(item.run());
    }
    Statement attempt(m_db, u"INSERT INTO transient_outbox_attempts (sequence) VALUES (:n)");
    VERDES_TRY(attempt.status());
    attempt.bind(u":n", static_cast<qint64>(sequence));
    VERDES_TRY(attempt.run());
    return audit(m_db,
                 m_clock,
                 actor,
                 {QStringLiteral("batch.queue"),
                  QStringLiteral("batch"),
                  QString::number(sequence),
                  {},
                  {hexId(batchId).left(16), QString::number(meetingId), QString::number(items.size())}});
}

Result<void> OutboxRepository::markSent(const Actor &actor, quint64 sequence, const QString &route)
{
    VERDES_TRY(actor.require(Action::SendBatches));
    VERDES_TRY_ASSIGN(entry, get(sequence));
    if (!entry) {
        return batchNotFound(sequence);
    }
    if (entry->state != OutboxState::Queued) {
        return {};
    }
    Statement st(m_db,
                 u"UPDATE outbox SET state = 'sent', sent_at = :at, sent_by = :route WHERE sequence = :n");
    VERDES_TRY(st.status());
    st.bind(u":at", isoTime(m_clock.now()));
    st.bind(u":route", route);
    st.bind(u":n", static_cast<qint64>(sequence));
    VERDES_TRY(st.run());
    return audit(m_db,
                 m_clock,
                 actor,
                 {QStringLiteral("batch.sent"),
                  QStringLiteral("batch"),
                  QString::number(sequence),
                  {},
                  {hexId(entry->batchId).left(16), route}});
}

Result<void> OutboxRepository::recordReceipt(const Actor &actor,
                                             quint64 sequence,
                                             const QByteArray &receiptFile,
                                             const QString &outcome,
                                             const QString &reason,
                                             const QList<OutboxItem> &items)
{
    VERDES_TRY(actor.require(Action::SendBatches));
    VERDES_TRY_ASSIGN(entry, get(sequence));
    if (!entry) {
        return batchNotFound(sequence);
    }
    const QString state = outcome == u"refused" ? QStringLiteral("refused") : QStringLiteral("receipted");
    Statement st(
        m_db,
        u"UPDATE outbox SET state = :state, receipted_at = :at, receipt = :receipt, outcome = :outcome, "
        u"reason = :reason, sent_at = coalesce(sent_at, :at) WHERE sequence = :n");
    VERDES_TRY(st.status());
    st.bind(u":state", state);
    st.bind(u":at", isoTime(m_clock.now()));
    st.bind(u":receipt", receiptFile);
    st.bind(u":outcome", outcome);
    st.bind(u":reason", reason);
    st.bind(u":n", static_cast<qint64>(sequence));
    VERDES_TRY(st.run());
    Statement item(m_db,
                   u"UPDATE outbox_items SET outcome = :outcome, reason = :reason "
                   u"WHERE sequence = :n AND position = :pos");
    VERDES_TRY(item.status());
    for (const OutboxItem &i : items) {
        item.reset();
        item.bind(u":outcome", i.outcome);
        item.bind(u":reason", i.reason);
        item.bind(u":n", static_cast<qint64>(sequence));
        item.bind(u":pos", i.position);
        VERDES_TRY(item.run());
    }
    Statement done(
        m_db,
        u"UPDATE transient_outbox_attempts SET phase = 'idle', attempts = 0, next_attempt_at = NULL, "
        u"last_error = '', sent_bytes = 0, sealed_file = NULL WHERE sequence = :n");
    VERDES_TRY(done.status());
    done.bind(u":n", static_cast<qint64>(sequence));
    VERDES_TRY(done.run());
    return audit(m_db,
                 m_clock,
                 actor,
                 {QStringLiteral("batch.receipt"),
                  QStringLiteral("batch"),
                  QString::number(sequence),
                  {},
                  {hexId(entry->batchId).left(16), outcome, reason}});
}

Result<void> OutboxRepository::recordAttempt(
    quint64 sequence, SendPhase phase, int attempts, const QDateTime &nextAttemptAt, const QString &lastError)
{
    Statement st(
        m_db,
        u"INSERT INTO transient_outbox_attempts (sequence, phase, attempts, next_attempt_at, last_error) "
        u"VALUES (:n, :phase, :attempts, :next, :error) ON CONFLICT (sequence) DO UPDATE SET "
        u"phase = excluded.phase, attempts = excluded.attempts, next_attempt_at = excluded.next_attempt_at, "
        u"last_error = excluded.last_error");
    VERDES_TRY(st.status());
    st.bind(u":n", static_cast<qint64>(sequence));
    st.bind(u":phase", phaseCode(phase));
    st.bind(u":attempts", attempts);
    if (nextAttemptAt.isValid()) {
        st.bind(u":next", isoTime(nextAttemptAt));
    } else {
        st.bindNull(u":next");
    }
    st.bind(u":error", lastError);
    return st.run();
}

Result<void> OutboxRepository::recordSending(quint64 sequence, SendPhase phase, qint64 sentBytes)
{
    Statement st(
        m_db, u"UPDATE transient_outbox_attempts SET phase = :phase, sent_bytes = :sent WHERE sequence = :n");
    VERDES_TRY(st.status());
    st.bind(u":phase", phaseCode(phase));
    st.bind(u":sent", sentBytes);
    st.bind(u":n", static_cast<qint64>(sequence));
    return st.run();
}

Result<QByteArray> OutboxRepository::keptSealedFile(quint64 sequence)
{
    Statement st(m_db,
                 u"SELECT coalesce(sealed_file, x'') FROM transient_outbox_attempts WHERE sequence = :n");
    VERDES_TRY(st.status());
    st.bind(u":n", static_cast<qint64>(sequence));
    VERDES_TRY_ASSIGN(row, st.step());
    return row ? st.blob(0) : QByteArray();
}

Result<void> OutboxRepository::keepSealedFile(quint64 sequence, const QByteArray &sealedFile)
{
    Statement st(
        m_db,
        u"UPDATE transient_outbox_attempts SET sealed_file = :file, sent_bytes = 0 WHERE sequence = :n");
    VERDES_TRY(st.status());
    if (sealedFile.isEmpty()) {
        st.bindNull(u":file");
    } else {
        st.bind(u":file", sealedFile);
    }
    st.bind(u":n", static_cast<qint64>(sequence));
    return st.run();
}

Result<void> OutboxRepository::noteRevocationSerial(const Actor &actor, quint64 serial)
{
    Statement st(
        m_db,
        u"UPDATE hub_enrolment SET revocation_serial = :serial WHERE id = 1 AND revocation_serial < :serial");
    VERDES_TRY(st.status());
    st.bind(u":serial", static_cast<qint64>(serial));
    VERDES_TRY(st.run());
    if (m_db.changes() == 0) {
        return {};
    }
    return audit(
        m_db,
        m_clock,
        actor,
        {QStringLiteral("hub.revocations"), QStringLiteral("hub"), QString(), {}, {QString::number(serial)}});
}

Result<void> OutboxRepository::noteContact(const QDateTime &at)
{
    Statement st(m_db,
                 u"INSERT INTO transient_hub_contact (id, last_contact_at) VALUES (1, :at) "
                 u"ON CONFLICT (id) DO UPDATE SET last_contact_at = excluded.last_contact_at "
                 u"WHERE excluded.last_contact_at > last_contact_at");
    VERDES_TRY(st.status());
    // ISO times in UTC with milliseconds sort as text.
    st.bind(u":at", isoTime(at));
    return st.run();
}

Result<void> OutboxRepository::restartUnanswered()
{
    Statement st(
        m_db,
        u"UPDATE transient_outbox_attempts SET phase = 'idle', attempts = 0, next_attempt_at = NULL, "
        u"last_error = '', sent_bytes = 0, sealed_file = NULL WHERE sequence IN "
        u"(SELECT sequence FROM outbox WHERE state IN ('queued', 'sent'))");
    VERDES_TRY(st.status());
    return st.run();
}

Result<std::optional<HubLink>> OutboxRepository::hub()
{
    Statement st(m_db,
                 u"SELECT hub_id, hub_name, district_code, signing_key, sealing_key, tls_pin, url, "
                 u"max_offline_days, enrolled_at, answer, coalesce(revoked_at, ''), revocation_serial, "
                 u"coalesce(revoked_key_id, ''), "
                 u"coalesce((SELECT last_contact_at FROM transient_hub_contact WHERE id = 1), ''), "
                 u"key_generation, coalesce(keys_expire_at, '') "
                 u"FROM hub_enrolment WHERE id = 1");
    VERDES_TRY(st.status());
    VERDES_TRY_ASSIGN(row, st.step());
    if (!row) {
        return std::optional<HubLink>();
    }
    HubLink link;
    link.hubId = st.text(0);
    link.hubName = st.text(1);
    link.districtCode = st.text(2);
    link.signingKey = st.blob(3);
    link.sealingKey = st.blob(4);
    if (!st.isNull(5)) {
        link.tlsPin = st.blob(5);
    }
    link.url = st.text(6);
    link.maxOfflineDays = static_cast<int>(st.int64(7));
    link.enrolledAt = parseTime(st.text(8));
    link.answer = st.blob(9);
    link.revokedAt = parseTime(st.text(10));
    link.revocationSerial = static_cast<quint64>(st.int64(11));
    link.revokedKeyId = st.text(12);
    link.lastContactAt = parseTime(st.text(13));
    link.keyGeneration = static_cast<quint32>(st.int64(14));
    link.keysExpireAt = parseTime(st.text(15));
    Statement retired(m_db, u"SELECT signing_key FROM retired_hub_keys ORDER BY generation");
    VERDES_TRY(retired.status());
    while (true) {
        VERDES_TRY_ASSIGN(more, retired.step());
        if (!more) {
            break;
        }
        link.retiredSigningKeyIds.append(PublicKey::idOf(retired.blob(0)));
    }
    return std::optional<HubLink>(link);
}

Result<void> OutboxRepository::requireNotRevoked()
{
    VERDES_TRY_ASSIGN(link, hub());
    if (link && link->isRevoked()) {
        return Error(ErrorCode::SyncDeviceRevoked, {link->hubName});
    }
    return {};
}

Result<void> OutboxRepository::storeHub(const Actor &actor, const HubLink &link)
{
    VERDES_TRY(actor.require(Action::EnrolWithHub));
    VERDES_TRY_ASSIGN(before, hub());
    const bool wasRevoked = before && before->isRevoked();
    Statement st(
        m_db,
        u"INSERT INTO hub_enrolment (id, hub_id, hub_name, district_code, signing_key, sealing_key, "
        u"tls_pin, url, max_offline_days, enrolled_at, answer) VALUES (1, :hub, :name, :district, "
        u":signing, :sealing, :pin, :url, :days, :at, :answer) ON CONFLICT (id) DO UPDATE SET "
        u"hub_id = excluded.hub_id, hub_name = excluded.hub_name, district_code = excluded.district_code, "
        u"signing_key = excluded.signing_key, sealing_key = excluded.sealing_key, tls_pin = "
        u"excluded.tls_pin, "
        u"url = excluded.url, max_offline_days = excluded.max_offline_days, "
        u"enrolled_at = excluded.enrolled_at, answer = excluded.answer, revoked_at = NULL, "
        u"revoked_key_id = NULL");
    VERDES_TRY(st.status());
    st.bind(u":hub", link.hubId);
    st.bind(u":name", link.hubName);
    st.bind(u":district", link.districtCode);
    st.bind(u":signing", link.signingKey);
    st.bind(u":sealing", link.sealingKey);
    if (link.tlsPin) {
        st.bind(u":pin", *link.tlsPin);
    } else {
        st.bindNull(u":pin");
    }
    st.bind(u":url", link.url);
    st.bind(u":days", link.maxOfflineDays);
    st.bind(u":at", isoTime(link.enrolledAt.isValid() ? link.enrolledAt : m_clock.now()));
    st.bind(u":answer", link.answer);
    VERDES_TRY(st.run());
    if (wasRevoked) {
        VERDES_TRY_ASSIGN(newKey, DeviceKey::load(m_db));
        // The revocation is lifted by an answer the pinned hub signed for the vault's new key.
        return audit(m_db,
                     m_clock,
                     actor,
                     {QStringLiteral("hub.reenrol"),
                      QStringLiteral("hub"),
                      link.hubId,
                      {},
                      {link.hubName, before->revokedKeyId, newKey.keyId()}});
    }
    return audit(m_db,
                 m_clock,
                 actor,
                 {QStringLiteral("hub.enrol"),
                  QStringLiteral("hub"),
                  link.hubId,
                  {},
                  {link.hubName, PublicKey::idTextOf(link.signingKey)}});
}

Result<void> OutboxRepository::pinHubKeys(const Actor &actor,
                                          quint32 generation,
                                          const QByteArray &signingKey,
                                          const QByteArray &sealingKey,
                                          const QDateTime &expiresAt)
{
    VERDES_TRY_ASSIGN(before, hub());
    if (!before) {
        return Error(ErrorCode::SyncNotEnrolled);
    }
    if (before->signingKey != signingKey) {
        Statement keep(m_db,
                       u"INSERT INTO retired_hub_keys (signing_key_id, generation, signing_key, sealing_key, "
                       u"retired_at) VALUES (:id, :generation, :signing, :sealing, :at)");
        VERDES_TRY(keep.status());
        keep.bind(u":id", PublicKey::idTextOf(before->signingKey));
        keep.bind(u":generation", static_cast<qint64>(before->keyGeneration));
        keep.bind(u":signing", before->signingKey);
        keep.bind(u":sealing", before->sealingKey);
        keep.bind(u":at", isoTime(m_clock.now()));
        VERDES_TRY(keep.run());
    }
    Statement st(m_db,
                 u"UPDATE hub_enrolment SET key_generation = :generation, signing_key = :signing, "
                 u"sealing_key = :sealing, keys_expire_at = :expires WHERE id = 1");
    VERDES_TRY(st.status());
    st.bind(u":generation", static_cast<qint64>(generation));
    st.bind(u":signing", signingKey);
    st.bind(u":sealing", sealingKey);
    if (expiresAt.isValid()) {
        st.bind(u":expires", isoTime(expiresAt));
    } else {
        st.bindNull(u":expires");
    }
    VERDES_TRY(st.run());
    return audit(m_db,
                 m_clock,
                 actor,
                 {QStringLiteral("hub.keys"),
                  QStringLiteral("hub"),
                  before->hubId,
                  {},
                  {QString::number(generation),
                   PublicKey::idTextOf(before->signingKey),
                   PublicKey::idTextOf(signingKey),
                   expiresAt.isValid() ? isoTime(expiresAt) : QString()}});
}

Result<void>
OutboxRepository::markRevoked(const Actor &actor, std::optional<quint64> serial, const QString &deviceKeyId)
{
    Statement st(m_db,
                 u"UPDATE hub_enrolment SET revoked_at = coalesce(revoked_at, :at), revocation_serial = "
                 u"max(revocation_serial, :serial), revoked_key_id = :key WHERE id = 1");
    VERDES_TRY(st.status());
    st.bind(u":at", isoTime(m_clock.now()));
    st.bind(u":serial", static_cast<qint64>(serial.value_or(0)));
    st.bind(u":key", deviceKeyId);
    VERDES_TRY(st.run());
    return audit(m_db,
                 m_clock,
                 actor,
                 {QStringLiteral("hub.revoked"),
                  QStringLiteral("hub"),
                  QString(),
                  {},
                  {serial ? QString::number(*serial) : QString(), deviceKeyId}});
}

} // namespace verdes::sync
