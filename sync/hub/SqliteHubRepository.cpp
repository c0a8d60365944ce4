// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/hub/SqliteHubRepository.h"

#include "models/core/Log.h"
#include "models/core/PublicKey.h"
#include "models/platform/CrashPoint.h"
#include "models/vault/Database.h"
#include "models/vault/Statement.h"
#include "models/vault/Transaction.h"

#include <QFileInfo>

#include <algorithm>
#include <optional>

namespace verdes::hub {

namespace {

// Of rows (serial, size) in serial order, the last serial whose running total of sizes stays within
// `maxBytes`, and always the first: a page holds at least one entry when there is any.
Result<std::optional<qint64>> lastThatFits(Statement &sizes, qint64 maxBytes)
{
    std::optional<qint64> last;
    qint64 bytes = 0;
    while (true) {
        VERDES_TRY_ASSIGN(row, sizes.step());
        if (!row) {
            return last;
        }
        bytes += sizes.int64(1);
        if (last && bytes > maxBytes) {
            return last;
        }
        last = sizes.int64(0);
    }
}

// Version 1 had one key pair of each kind; version 2 keeps every generation of them (rotate-keys);
// version 3 enrols the district office's reviewers; version 4 numbers the stored batches for the
// review feed; version 5 keeps the reviewers' verdicts for the villages; version 6 the villages'
// signed snapshots; version 7 the reviewers' claims on items.
constexpr int kSchemaVersion = 7;

// The hub's schema. The batches keep their signed files (the sealed envelope is opened on arrival
// and not kept); the refusals keep no content.
const char *const kSchema = R"sql(
CREATE TABLE hub_settings (
    id                INTEGER PRIMARY KEY CHECK (id = 1),
    hub_id            TEXT NOT NULL,
    name              TEXT NOT NULL,
    district_code     TEXT NOT NULL,
    created_at        TEXT NOT NULL,
    max_offline_days  INTEGER NOT NULL DEFAULT 0,
    url               TEXT NOT NULL DEFAULT '',
    tls_pin           BLOB,
    revocation_serial INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE TABLE hub_keys (
    id             INTEGER PRIMARY KEY CHECK (id = 1),
    signing_public BLOB NOT NULL,
    signing_seed   BLOB NOT NULL,
    sealing_public BLOB NOT NULL,
    sealing_secret BLOB NOT NULL
) STRICT;
CREATE TABLE devices (
    key_id        BLOB PRIMARY KEY,
    public_key    BLOB NOT NULL,
    vault_id      TEXT NOT NULL,
    village_code  TEXT NOT NULL,
    village_name  TEXT NOT NULL,
    officer       TEXT NOT NULL,
    enrolled_at   TEXT NOT NULL,
    revoked_at    TEXT,
    last_sequence INTEGER NOT NULL DEFAULT 0,
    last_batch_id BLOB,
    last_contact  TEXT
) STRICT;
CREATE TABLE batches (
    batch_id      BLOB PRIMARY KEY,
    device_key_id BLOB NOT NULL REFERENCES devices (key_id),
    sequence      INTEGER NOT NULL,
    village_code  TEXT NOT NULL,
    received_at   TEXT NOT NULL,
    outcome       TEXT NOT NULL,
    signed_file   BLOB NOT NULL,
    receipt       BLOB NOT NULL,
    UNIQUE (device_key_id, sequence)
) STRICT;
CREATE TABLE batch_items (
    batch_id      BLOB NOT NULL REFERENCES batches (batch_id),
    position      INTEGER NOT NULL,
    device_key_id BLOB NOT NULL,
    proposal_id   INTEGER NOT NULL,
    type          TEXT NOT NULL,
    household_id  TEXT NOT NULL,
    outcome       TEXT NOT NULL,
    reason        TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (batch_id, position)
) STRICT;
CREATE INDEX batch_items_proposal ON batch_items (device_key_id, proposal_id);
CREATE TABLE refusals (
    refusal_id    INTEGER PRIMARY KEY,
    file_sha256   BLOB NOT NULL,
    device_key_id BLOB,
    reason        TEXT NOT NULL,
    at            TEXT NOT NULL
) STRICT;
)sql";

// From version 1 to 2: the one key pair of each kind becomes generation 1 of the hub's keys. A new
// hub is made as version 1 and brought here the same way, so that there is one schema to test.
const char *const kToVersion2 = R"sql(
CREATE TABLE hub_key_generations (
    generation     INTEGER PRIMARY KEY CHECK (generation >= 1),
    signing_public BLOB NOT NULL UNIQUE,
    signing_seed   BLOB NOT NULL,
    sealing_public BLOB NOT NULL UNIQUE,
    sealing_secret BLOB NOT NULL,
    created_at     TEXT NOT NULL,
    expires_at     TEXT NOT NULL DEFAULT '',
    endorsement    BLOB NOT NULL DEFAULT x''
) STRICT;
INSERT INTO hub_key_generations
    (generation, signing_public, signing_seed, sealing_public, sealing_secret, created_at)
    SELECT 1, signing_public, signing_seed, sealing_public, sealing_secret,
           (SELECT created_at FROM hub_settings WHERE id = 1)
    FROM hub_keys;
DROP TABLE hub_keys;
)sql";

// From version 2 to 3: the reviewers of the district office, enrolled like devices (each with a key
// of its own) but with a role instead of a chain of batches.
const char *const kToVersion3 = R"sql(
CREATE TABLE reviewers (
    key_id        BLOB PRIMARY KEY,
    public_key    BLOB NOT NULL,
    vault_id      TEXT NOT NULL,
    district_code TEXT NOT NULL,
    name          TEXT NOT NULL,
    role          TEXT NOT NULL CHECK (role IN ('verifier', 'office_head')),
    enrolled_at   TEXT NOT NULL,
    revoked_at    TEXT
) STRICT;
)sql";

// From version 3 to 4: each stored batch gets its feed serial (docs/batch-format.md §12), 1, 2, 3… in
// the order the batches were stored; the batches stored before get theirs in the order received.
// SQLite serializes its writers, so the next serial is the largest one plus one, taken in the storing
// transaction.
const char *const kToVersion4 = R"sql(
ALTER TABLE batches ADD COLUMN feed_serial INTEGER;
UPDATE batches SET feed_serial = (
    SELECT count(*) FROM batches AS earlier
    WHERE earlier.received_at < batches.received_at
       OR (earlier.received_at = batches.received_at AND earlier.rowid <= batches.rowid));
CREATE UNIQUE INDEX batches_feed_serial ON batches (feed_serial);
)sql";

// From version 4 to 5: the reviewers' verdicts (docs/batch-format.md §13), each under its village's
// serial (§14), the next one the largest plus one, taken in the storing transaction (SQLite serializes
// its writers). An item's verdicts form one chain: one first verdict per item, and no verdict named
// as `previous` twice, so two reviewers deciding at once never both get in.
const char *const kToVersion5 = R"sql(
CREATE TABLE verdicts (
    verdict_id      BLOB PRIMARY KEY,
    village_code    TEXT NOT NULL,
    batch_id        BLOB NOT NULL REFERENCES batches (batch_id),
    position        INTEGER NOT NULL,
    proposal_id     INTEGER NOT NULL,
    reviewer_key_id BLOB NOT NULL,
    state           TEXT NOT NULL,
    previous        BLOB UNIQUE,
    signed_file     BLOB NOT NULL,
    stored_at       TEXT NOT NULL,
    village_serial  INTEGER NOT NULL,
    UNIQUE (village_code, village_serial)
) STRICT;
CREATE UNIQUE INDEX verdicts_first ON verdicts (batch_id, position) WHERE previous IS NULL;
CREATE INDEX verdicts_item ON verdicts (batch_id, position, village_serial);
)sql";

// From version 5 to 6: the villages' snapshots (docs/batch-format.md §16), each under its village's
// serial, the next one the largest plus one, taken in the storing transaction (SQLite serializes its
// writers). A village's CSV is stored once: publishing the same bytes again finds it by its hash.
const char *const kToVersion6 = R"sql(
CREATE TABLE snapshots (
    village_code TEXT NOT NULL,
    serial       INTEGER NOT NULL CHECK (serial >= 1),
    label        TEXT NOT NULL,
    file_name    TEXT NOT NULL,
    csv_sha256   BLOB NOT NULL,
    issued_at    TEXT NOT NULL,
    csv          BLOB NOT NULL,
    PRIMARY KEY (village_code, serial),
    UNIQUE (village_code, csv_sha256)
) STRICT;
)sql";

// To version 7: the reviewers' claims on items (docs/batch-format.md §17), one holder per item, and
// the newest claim request of each reviewer key, so that a replayed request changes nothing.
const char *const kToVersion7 = R"sql(
CREATE TABLE review_claims (
    batch_id        BLOB NOT NULL REFERENCES batches (batch_id),
    position        INTEGER NOT NULL,
    reviewer_key_id BLOB NOT NULL,
    held_until      TEXT NOT NULL,
    claimed_at      TEXT NOT NULL,
    PRIMARY KEY (batch_id, position)
) STRICT;
CREATE TABLE review_claim_sequences (
    reviewer_key_id BLOB PRIMARY KEY,
    last_sequence   INTEGER NOT NULL
) STRICT;
)sql";

// Brings a hub database of an earlier version to this one, in the caller's transaction.
Result<void> migrate(Database &db, qint64 from)
{
    if (from < 2) {
        VERDES_TRY(db.executeScript(QString::fromLatin1(kToVersion2)));
    }
    if (from < 3) {
        VERDES_TRY(db.executeScript(QString::fromLatin1(kToVersion3)));
    }
    if (from < 4) {
        VERDES_TRY(db.executeScript(QString::fromLatin1(kToVersion4)));
    }
    if (from < 5) {
        VERDES_TRY(db.executeScript(QString::fromLatin1(kToVersion5)));
    }
    if (from < 6) {
        VERDES_TRY(db.executeScript(QString::fromLatin1(kToVersion6)));
    }
    if (from < 7) {
        VERDES_TRY(db.executeScript(QString::fromLatin1(kToVersion7)));
    }
    return db.execute(QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion));
}

const char *const kDeviceColumns =
    "SELECT key_id, public_key, vault_id, village_code, village_name, officer, enrolled_at, "
    "coalesce(revoked_at, ''), last_sequence, coalesce(last_batch_id, x''), coalesce(last_contact, '') "
    "FROM devices ";

const char *const kReviewerColumns =
    "SELECT key_id, public_key, vault_id, district_code, name, role, enrolled_at, coalesce(revoked_at, '') "
    "FROM reviewers ";

Error notAHub(const QString &detail)
{
    return {ErrorCode::VaultDamaged, {}, QStringLiteral("hub database: %1").arg(detail)};
}

// The hub reads little at a time (a device's chain, a receipt by its batch): 8 MiB of page cache per
// connection, not the vault's 64 MiB, keeps `serve` with its worker threads, each with a connection,
// well within its memory (issue 13: under 150 MB).
Result<void> limitPageCache(Database &db)
{
    return db.execute(u"PRAGMA cache_size = -8192");
}

} // namespace

SqliteHubRepository::SqliteHubRepository(std::unique_ptr<Database> db, QString path, const SecureBytes &key)
    : m_db(std::move(db))
    , m_path(std::move(path))
    , m_key(SecureBytes::copyOf(key.bytes()))
{}

SqliteHubRepository::~SqliteHubRepository() = default;

Result<std::unique_ptr<SqliteHubRepository>> SqliteHubRepository::create(const QString &path,
                                                                         const SecureBytes &key)
{
    if (QFileInfo::exists(path)) {
        return Error(ErrorCode::FileExists, {path}, QStringLiteral("hub database exists"));
    }
    VERDES_TRY_ASSIGN(db, Database::openEncrypted(path, key, Database::Mode::Create, Database::Check::None));
    Transaction tx(*db);
    VERDES_TRY(tx.begin());
    VERDES_TRY(db->executeScript(QString::fromLatin1(kSchema)));
    VERDES_TRY(migrate(*db, 1));
    VERDES_TRY(tx.commit());
    VERDES_TRY(limitPageCache(*db));
    return std::unique_ptr<SqliteHubRepository>(new SqliteHubRepository(std::move(db), path, key));
}

Result<std::unique_ptr<SqliteHubRepository>> SqliteHubRepository::open(const QString &path,
                                                                       const SecureBytes &key)
{
    VERDES_TRY_ASSIGN(db, Database::openEncrypted(path, key, Database::Mode::Open));
    VERDES_TRY_ASSIGN(version, db->queryInt(u"PRAGMA user_version"));
    if (version < 1 || version > kSchemaVersion) {
        return notAHub(QStringLiteral("schema version %1").arg(version));
    }
    if (version < kSchemaVersion) {
        Transaction tx(*db);
        VERDES_TRY(tx.begin());
        VERDES_TRY(migrate(*db, version));
        VERDES_TRY(tx.commit());
        qCInfo(lcSync) << "hub database brought from schema version" << version << "to" << kSchemaVersion;
    }
    VERDES_TRY(limitPageCache(*db));
    return std::unique_ptr<SqliteHubRepository>(new SqliteHubRepository(std::move(db), path, key));
}

Result<std::unique_ptr<HubStorage>> SqliteHubRepository::another()
{
    // Checked (quick_check reads the whole file) and migrated when this one was opened.
    VERDES_TRY_ASSIGN(db,
                      Database::openEncrypted(m_path, m_key, Database::Mode::Open, Database::Check::None));
    VERDES_TRY(limitPageCache(*db));
    return std::unique_ptr<HubStorage>(new SqliteHubRepository(std::move(db), m_path, m_key));
}

Result<void> SqliteHubRepository::initialise(const HubSettings &settings, const HubKeys &keys)
{
    Transaction tx(*m_db);
    VERDES_TRY(tx.begin());
    Statement st(
        *m_db,
        u"INSERT INTO hub_settings (id, hub_id, name, district_code, created_at, max_offline_days, url, "
        u"tls_pin) VALUES (1, :hub, :name, :district, :at, :days, :url, :pin)");
    VERDES_TRY(st.status());
    st.bind(u":hub", settings.hubId);
    st.bind(u":name", settings.name);
    st.bind(u":district", settings.districtCode);
    st.bind(u":at", settings.createdAt);
    st.bind(u":days", static_cast<qint64>(settings.maxOfflineDays));
    st.bind(u":url", settings.url);
    if (settings.tlsPin) {
        st.bind(u":pin", *settings.tlsPin);
    } else {
        st.bindNull(u":pin");
    }
    VERDES_TRY(st.run());
    VERDES_TRY_ASSIGN(added, addKeys(keys));
    if (!added) {
        return Error(ErrorCode::FileExists, {}, QStringLiteral("the database holds a hub"));
    }
    return tx.commit();
}

Result<bool> SqliteHubRepository::addKeys(const HubKeys &keys)
{
    Statement k(*m_db,
                u"INSERT INTO hub_key_generations (generation, signing_public, signing_seed, sealing_public, "
                u"sealing_secret, created_at, expires_at, endorsement) SELECT :g, :sp, :ss, :xp, :xs, :at, "
                u":expires, :endorsement WHERE :g = 1 + (SELECT coalesce(max(generation), 0) FROM "
                u"hub_key_generations)");
    VERDES_TRY(k.status());
    k.bind(u":g", static_cast<qint64>(keys.generation));
    k.bind(u":sp", keys.signingPublic);
    k.bindSecret(u":ss", keys.signingSeed);
    k.bind(u":xp", keys.sealingPublic);
    k.bindSecret(u":xs", keys.sealingSecret);
    k.bind(u":at", keys.createdAt);
    k.bind(u":expires", keys.expiresAt);
    k.bind(u":endorsement", keys.endorsement);
    VERDES_TRY(k.run());
    return m_db->changes() == 1;
}

Result<HubSettings> SqliteHubRepository::settings()
{
    Statement st(
        *m_db,
        u"SELECT hub_id, name, district_code, created_at, max_offline_days, url, tls_pin FROM hub_settings "
        u"WHERE id = 1");
    VERDES_TRY(st.status());
    VERDES_TRY_ASSIGN(row, st.step());
    if (!row) {
        return notAHub(QStringLiteral("no settings"));
    }
    HubSettings s;
    s.hubId = st.text(0);
    s.name = st.text(1);
    s.districtCode = st.text(2);
    s.createdAt = st.text(3);
    s.maxOfflineDays = static_cast<quint32>(st.int64(4));
    s.url = st.text(5);
    if (!st.isNull(6)) {
        s.tlsPin = st.blob(6);
    }
    return s;
}

Result<std::vector<HubKeys>> SqliteHubRepository::keys()
{
    Statement st(
        *m_db,
        u"SELECT generation, signing_public, signing_seed, sealing_public, sealing_secret, created_at, "
        u"expires_at, endorsement FROM hub_key_generations ORDER BY generation");
    VERDES_TRY(st.status());
    std::vector<HubKeys> generations;
    while (true) {
        VERDES_TRY_ASSIGN(row, st.step());
        if (!row) {
            break;
        }
        HubKeys keys;
        keys.generation = static_cast<quint32>(st.int64(0));
        keys.signingPublic = st.blob(1);
        keys.signingSeed = st.secureBlob(2);
        keys.sealingPublic = st.blob(3);
        keys.sealingSecret = st.secureBlob(4);
        keys.createdAt = st.text(5);
        keys.expiresAt = st.text(6);
        keys.endorsement = st.blob(7);
        generations.push_back(std::move(keys));
    }
    if (generations.empty()) {
        return notAHub(QStringLiteral("no keys"));
    }
    return generations;
}

Result<void> SqliteHubRepository::putDevice(const HubDevice &device)
{
    Transaction tx(*m_db);
    VERDES_TRY(tx.begin());
    Statement reviewer(*m_db, u"SELECT 1 FROM reviewers WHERE key_id = :key");
    VERDES_TRY(reviewer.status());
    reviewer.bind(u":key", device.keyId);
    VERDES_TRY_ASSIGN(isReviewer, reviewer.step());
    if (isReviewer) {
        return Error(ErrorCode::HubKeyInUse, {PublicKey::idText(device.keyId), QStringLiteral("reviewer")});
    }
    // Lifting a revocation changes the revocation list, so it gets a new serial: the list that still
    // names the device must not pass for the current one (docs/batch-format.md §9).
    Statement lift(
        *m_db,
        u"UPDATE hub_settings SET revocation_serial = revocation_serial + 1 WHERE id = 1 AND EXISTS "
        u"(SELECT 1 FROM devices WHERE key_id = :key AND revoked_at IS NOT NULL)");
    VERDES_TRY(lift.status());
    lift.bind(u":key", device.keyId);
    VERDES_TRY(lift.run());
    Statement st(*m_db,
                 u"INSERT INTO devices (key_id, public_key, vault_id, village_code, village_name, officer, "
                 u"enrolled_at, last_sequence, last_batch_id) "
                 u"VALUES (:key, :public, :vault, :village, :name, :officer, :at, :seq, :last) "
                 u"ON CONFLICT (key_id) DO UPDATE SET "
                 u"vault_id = excluded.vault_id, village_code = excluded.village_code, "
                 u"village_name = excluded.village_name, officer = excluded.officer, "
                 u"enrolled_at = excluded.enrolled_at, revoked_at = NULL");
    VERDES_TRY(st.status());
    st.bind(u":key", device.keyId);
    st.bind(u":public", device.publicKey);
    st.bind(u":vault", device.vaultId);
    st.bind(u":village", device.villageCode);
    st.bind(u":name", device.villageName);
    st.bind(u":officer", device.officer);
    st.bind(u":at", device.enrolledAt);
    st.bind(u":seq", static_cast<qint64>(device.lastSequence));
    if (device.lastBatchId.isEmpty()) {
        st.bindNull(u":last");
    } else {
        st.bind(u":last", device.lastBatchId);
    }
    VERDES_TRY(st.run());
    return tx.commit();
}

Result<QList<HubDevice>> SqliteHubRepository::queryDevices(const std::optional<QByteArray> &keyId)
{
    const QString sql = QString::fromLatin1(kDeviceColumns)
                        + (keyId ? QStringLiteral("WHERE key_id = :key")
                                 : QStringLiteral("ORDER BY village_code, enrolled_at"));
    Statement st(*m_db, sql);
    VERDES_TRY(st.status());
    if (keyId) {
        st.bind(u":key", *keyId);
    }
    QList<HubDevice> devices;
    while (true) {
        VERDES_TRY_ASSIGN(row, st.step());
        if (!row) {
            return devices;
        }
        HubDevice d;
        d.keyId = st.blob(0);
        d.publicKey = st.blob(1);
        d.vaultId = st.text(2);
        d.villageCode = st.text(3);
        d.villageName = st.text(4);
        d.officer = st.text(5);
        d.enrolledAt = st.text(6);
        d.revokedAt = st.text(7);
        d.lastSequence = static_cast<quint64>(st.int64(8));
        d.lastBatchId = st.blob(9);
        d.lastContact = st.text(10);
        devices.append(d);
    }
}

Result<std::optional<HubDevice>> SqliteHubRepository::device(const QByteArray &keyId)
{
    VERDES_TRY_ASSIGN(found, queryDevices(keyId));
    if (found.isEmpty()) {
        return std::optional<HubDevice>();
    }
    return std::optional<HubDevice>(found.constFirst());
}

Result<QList<HubDevice>> SqliteHubRepository::devices()
{
    return queryDevices(std::nullopt);
}

Result<void> SqliteHubRepository::enrolReviewer(const HubReviewer &reviewer)
{
    Transaction tx(*m_db);
    VERDES_TRY(tx.begin());
    // In the transaction that writes: no device can be enrolled with this key between the look and
    // the insert.
    Statement device(*m_db, u"SELECT 1 FROM devices WHERE key_id = :key");
    VERDES_TRY(device.status());
    device.bind(u":key", reviewer.keyId);
    VERDES_TRY_ASSIGN(isDevice, device.step());
    if (isDevice) {
        return Error(ErrorCode::HubKeyInUse, {PublicKey::idText(reviewer.keyId), QStringLiteral("device")});
    }
    Statement st(
        *m_db,
        u"INSERT INTO reviewers (key_id, public_key, vault_id, district_code, name, role, enrolled_at) "
        u"VALUES (:key, :public, :vault, :district, :name, :role, :at) "
        u"ON CONFLICT (key_id) DO UPDATE SET vault_id = excluded.vault_id, "
        u"district_code = excluded.district_code, name = excluded.name, role = excluded.role, "
        u"enrolled_at = excluded.enrolled_at");
    VERDES_TRY(st.status());
    st.bind(u":key", reviewer.keyId);
    st.bind(u":public", reviewer.publicKey);
    st.bind(u":vault", reviewer.vaultId);
    st.bind(u":district", reviewer.districtCode);
    st.bind(u":name", reviewer.name);
    st.bind(u":role", sync::reviewerRoleCode(reviewer.role));
    st.bind(u":at", reviewer.enrolledAt);
    VERDES_TRY(st.run());
    return tx.commit();
}

Result<QList<HubReviewer>> SqliteHubRepository::queryReviewers(const std::optional<QByteArray> &keyId)
{
    const QString sql = QString::fromLatin1(kReviewerColumns)
                        + (keyId ? QStringLiteral("WHERE key_id = :key")
                                 : QStringLiteral("ORDER BY district_code, enrolled_at, key_id"));
    Statement st(*m_db, sql);
    VERDES_TRY(st.status());
    if (keyId) {
        st.bind(u":key", *keyId);
    }
    QList<HubReviewer> reviewers;
    while (true) {
        VERDES_TRY_ASSIGN(row, st.step());
        if (!row) {
            return reviewers;
        }
        const auto role = sync::reviewerRoleFromCode(st.text(5));
        if (!role) {
            return notAHub(QStringLiteral("reviewer role %1").arg(st.text(5)));
        }
        reviewers.append(
            {st.blob(0), st.blob(1), st.text(2), st.text(3), st.text(4), *role, st.text(6), st.text(7)});
    }
}

Result<std::optional<HubReviewer>> SqliteHubRepository::reviewer(const QByteArray &keyId)
{
    VERDES_TRY_ASSIGN(found, queryReviewers(keyId));
    if (found.isEmpty()) {
        return std::optional<HubReviewer>();
    }
    return std::optional<HubReviewer>(found.constFirst());
}

Result<QList<HubReviewer>> SqliteHubRepository::reviewers()
{
    return queryReviewers(std::nullopt);
}

Result<quint64> SqliteHubRepository::revoke(const QByteArray &keyId, const QString &at)
{
    Transaction tx(*m_db);
    VERDES_TRY(tx.begin());
    // A key is a device's or a reviewer's, never both: one of the two matches.
    for (const QStringView table : {u"devices", u"reviewers"}) {
        Statement st(
            *m_db,
            QStringLiteral("UPDATE %1 SET revoked_at = coalesce(revoked_at, :at) WHERE key_id = :key")
                .arg(table));
        VERDES_TRY(st.status());
        st.bind(u":at", at);
        st.bind(u":key", keyId);
        VERDES_TRY(st.run());
    }
    VERDES_TRY(
        m_db->execute(u"UPDATE hub_settings SET revocation_serial = revocation_serial + 1 WHERE id = 1"));
    VERDES_TRY_ASSIGN(serial, m_db->queryInt(u"SELECT revocation_serial FROM hub_settings WHERE id = 1"));
    VERDES_TRY(tx.commit());
    return static_cast<quint64>(serial);
}

Result<quint32> SqliteHubRepository::newestKeyGeneration()
{
    VERDES_TRY_ASSIGN(newest,
                      m_db->queryInt(u"SELECT coalesce(max(generation), 0) FROM hub_key_generations"));
    return static_cast<quint32>(newest);
}

Result<quint64> SqliteHubRepository::revocationSerial()
{
    VERDES_TRY_ASSIGN(serial, m_db->queryInt(u"SELECT revocation_serial FROM hub_settings WHERE id = 1"));
    return static_cast<quint64>(serial);
}

Result<std::optional<QByteArray>> SqliteHubRepository::receiptOf(const QByteArray &batchId)
{
    Statement st(*m_db, u"SELECT receipt FROM batches WHERE batch_id = :id");
    VERDES_TRY(st.status());
    st.bind(u":id", batchId);
    VERDES_TRY_ASSIGN(row, st.step());
    if (!row) {
        return std::optional<QByteArray>();
    }
    return std::optional<QByteArray>(st.blob(0));
}

Result<QSet<quint64>> SqliteHubRepository::sentProposals(const QByteArray &deviceKeyId,
                                                         const QList<quint64> &proposalIds)
{
    // One indexed look each: the database is in this process, and the statement is prepared once.
    QSet<quint64> sent;
    for (const quint64 proposalId : proposalIds) {
        Statement st(*m_db,
                     u"SELECT 1 FROM batch_items WHERE device_key_id = :key AND proposal_id = :id AND "
                     u"outcome = 'accepted' LIMIT 1");
        VERDES_TRY(st.status());
        st.bind(u":key", deviceKeyId);
        st.bind(u":id", static_cast<qint64>(proposalId));
        VERDES_TRY_ASSIGN(found, st.step());
        if (found) {
            sent.insert(proposalId);
        }
    }
    return sent;
}

Result<bool> SqliteHubRepository::storeAccepted(const HubBatch &batch, quint64 expectedLastSequence)
{
    Transaction tx(*m_db);
    VERDES_TRY(tx.begin());
    Statement move(*m_db,
                   u"UPDATE devices SET last_sequence = :seq, last_batch_id = :id, last_contact = :at "
                   u"WHERE key_id = :key AND last_sequence = :expected");
    VERDES_TRY(move.status());
    move.bind(u":seq", static_cast<qint64>(batch.sequence));
    move.bind(u":id", batch.batchId);
    move.bind(u":at", batch.receivedAt);
    move.bind(u":key", batch.deviceKeyId);
    move.bind(u":expected", static_cast<qint64>(expectedLastSequence));
    VERDES_TRY(move.run());
    VERDES_TRY_ASSIGN(moved, m_db->queryInt(u"SELECT changes()"));
    if (moved != 1) {
        return false; // the transaction rolls back when `tx` goes
    }
    // This transaction writes now, so no other process can store the batch between this check and
    // the insert; a batch stored already (for whichever device) is not stored again.
    Statement known(*m_db, u"SELECT 1 FROM batches WHERE batch_id = :id");
    VERDES_TRY(known.status());
    known.bind(u":id", batch.batchId);
    VERDES_TRY_ASSIGN(isKnown, known.step());
    if (isKnown) {
        return false;
    }
    Statement st(
        *m_db,
        u"INSERT INTO batches (batch_id, device_key_id, sequence, village_code, received_at, outcome, "
        u"signed_file, receipt, feed_serial) VALUES (:id, :key, :seq, :village, :at, :outcome, :file, "
        u":receipt, (SELECT coalesce(max(feed_serial), 0) + 1 FROM batches))");
    VERDES_TRY(st.status());
    st.bind(u":id", batch.batchId);
    st.bind(u":key", batch.deviceKeyId);
    st.bind(u":seq", static_cast<qint64>(batch.sequence));
    st.bind(u":village", batch.villageCode);
    st.bind(u":at", batch.receivedAt);
    st.bind(u":outcome", batch.outcome);
    st.bind(u":file", batch.signedFile);
    st.bind(u":receipt", batch.receipt);
    VERDES_TRY(st.run());
    Statement item(
        *m_db,
        u"INSERT INTO batch_items (batch_id, position, device_key_id, proposal_id, type, household_id, "
        u"outcome, reason) VALUES (:id, :pos, :key, :proposal, :type, :household, :outcome, :reason)");
    VERDES_TRY(item.status());
    for (const HubBatchItem &i : batch.items) {
        item.reset();
        item.bind(u":id", batch.batchId);
        item.bind(u":pos", i.position);
        item.bind(u":key", batch.deviceKeyId);
        item.bind(u":proposal", static_cast<qint64>(i.proposalId));
        item.bind(u":type", i.type);
        item.bind(u":household", i.householdId);
        item.bind(u":outcome", i.outcome);
        item.bind(u":reason", i.reason);
        VERDES_TRY(item.run());
    }
    VERDES_CRASH_POINT("hub.store.before-commit"); // the crash tests (issue 13 §6)
    VERDES_TRY(tx.commit());
    return true;
}

Result<QList<HubFeedEntry>> SqliteHubRepository::feedAfter(quint64 after, int maxEntries, qint64 maxBytes)
{
    // The sizes first, then only the batches that fit: a page never reads more than it sends.
    Statement sizes(*m_db,
                    u"SELECT feed_serial, length(signed_file) + length(receipt) FROM batches "
                    u"WHERE feed_serial > :after ORDER BY feed_serial LIMIT :max");
    VERDES_TRY(sizes.status());
    sizes.bind(u":after", static_cast<qint64>(after));
    sizes.bind(u":max", static_cast<qint64>(std::max(maxEntries, 1)));
    VERDES_TRY_ASSIGN(last, lastThatFits(sizes, maxBytes));
    QList<HubFeedEntry> entries;
    if (!last) {
        return entries;
    }
    Statement st(*m_db,
                 u"SELECT b.feed_serial, b.received_at, b.village_code, d.public_key, b.signed_file, "
                 u"b.receipt FROM batches AS b JOIN devices AS d ON d.key_id = b.device_key_id "
                 u"WHERE b.feed_serial > :after AND b.feed_serial <= :last ORDER BY b.feed_serial");
    VERDES_TRY(st.status());
    st.bind(u":after", static_cast<qint64>(after));
    st.bind(u":last", *last);
    while (true) {
        VERDES_TRY_ASSIGN(row, st.step());
        if (!row) {
            return entries;
        }
        entries.append(
            {static_cast<quint64>(st.int64(0)), st.text(1), st.text(2), st.blob(3), st.blob(4), st.blob(5)});
    }
}

Result<quint64> SqliteHubRepository::latestFeedSerial()
{
    VERDES_TRY_ASSIGN(latest, m_db->queryInt(u"SELECT coalesce(max(feed_serial), 0) FROM batches"));
    return static_cast<quint64>(latest);
}

Result<std::optional<HubBatch>> SqliteHubRepository::storedBatch(const QByteArray &batchId)
{
    Statement st(*m_db,
                 u"SELECT batch_id, device_key_id, sequence, village_code, received_at, outcome, receipt "
                 u"FROM batches WHERE batch_id = :id");
    VERDES_TRY(st.status());
    st.bind(u":id", batchId);
    VERDES_TRY_ASSIGN(row, st.step());
    if (!row) {
        return std::optional<HubBatch>();
    }
    HubBatch batch;
    batch.batchId = st.blob(0);
    batch.deviceKeyId = st.blob(1);
    batch.sequence = static_cast<quint64>(st.int64(2));
    batch.villageCode = st.text(3);
    batch.receivedAt = st.text(4);
    batch.outcome = st.text(5);
    batch.receipt = st.blob(6);
    Statement items(*m_db,
                    u"SELECT position, proposal_id, type, household_id, outcome, reason FROM batch_items "
                    u"WHERE batch_id = :id ORDER BY position");
    VERDES_TRY(items.status());
    items.bind(u":id", batchId);
    while (true) {
        VERDES_TRY_ASSIGN(item, items.step());
        if (!item) {
            return std::optional<HubBatch>(std::move(batch));
        }
        batch.items.append(HubBatchItem{static_cast<int>(items.int64(0)),
                                        static_cast<quint64>(items.int64(1)),
                                        items.text(2),
                                        items.text(3),
                                        items.text(4),
                                        items.text(5)});
    }
}

Result<bool> SqliteHubRepository::storeVerdicts(const QList<HubVerdict> &verdicts)
{
    // BEGIN IMMEDIATE: this transaction is the only writer until it ends, so what it checks first
    // stays true until it commits.
    Transaction tx(*m_db);
    VERDES_TRY(tx.begin());
    for (const HubVerdict &v : verdicts) {
        VERDES_TRY_ASSIGN(known, hasVerdict(v.verdictId));
        if (known) {
            return false;
        }
        VERDES_TRY_ASSIGN(head, itemHead(v.batchId, v.position));
        if ((head ? std::optional(head->verdictId) : std::nullopt) != v.previous) {
            return false; // another reviewer's verdict came first
        }
        Statement st(
            *m_db,
            u"INSERT INTO verdicts (verdict_id, village_code, batch_id, position, proposal_id, "
            u"reviewer_key_id, state, previous, signed_file, stored_at, village_serial) VALUES (:id, "
            u":village, :batch, :position, :proposal, :reviewer, :state, :previous, :file, :at, "
            u"(SELECT coalesce(max(village_serial), 0) + 1 FROM verdicts WHERE village_code = "
            u":village))");
        VERDES_TRY(st.status());
        st.bind(u":id", v.verdictId);
        st.bind(u":village", v.villageCode);
        st.bind(u":batch", v.batchId);
        st.bind(u":position", static_cast<qint64>(v.position));
        st.bind(u":proposal", static_cast<qint64>(v.proposalId));
        st.bind(u":reviewer", v.reviewerKeyId);
        st.bind(u":state", proposalStateCode(v.state));
        if (v.previous) {
            st.bind(u":previous", *v.previous);
        } else {
            st.bindNull(u":previous");
        }
        st.bind(u":file", v.signedFile);
        st.bind(u":at", v.storedAt);
        VERDES_TRY(st.run());
    }
    VERDES_TRY(tx.commit());
    return true;
}

Result<std::optional<HubItemHead>> SqliteHubRepository::itemHead(const QByteArray &batchId, quint32 position)
{
    Statement st(*m_db,
                 u"SELECT verdict_id, state FROM verdicts WHERE batch_id = :batch AND position = :position "
                 u"ORDER BY village_serial DESC LIMIT 1");
    VERDES_TRY(st.status());
    st.bind(u":batch", batchId);
    st.bind(u":position", static_cast<qint64>(position));
    VERDES_TRY_ASSIGN(row, st.step());
    if (!row) {
        return std::optional<HubItemHead>();
    }
    const auto state = proposalStateFromCode(st.text(1));
    if (!state) {
        return notAHub(QStringLiteral("verdict state %1").arg(st.text(1)));
    }
    return std::optional<HubItemHead>(HubItemHead{st.blob(0), *state});
}

Result<bool> SqliteHubRepository::hasVerdict(const QByteArray &verdictId)
{
    Statement st(*m_db, u"SELECT 1 FROM verdicts WHERE verdict_id = :id");
    VERDES_TRY(st.status());
    st.bind(u":id", verdictId);
    VERDES_TRY_ASSIGN(row, st.step());
    return row;
}

Result<QList<HubVerdict>>
SqliteHubRepository::verdictsAfter(const QString &villageCode, quint64 after, int maxEntries, qint64 maxBytes)
{
    // The sizes first, then only the verdicts that fit, as feedAfter.
    Statement sizes(*m_db,
                    u"SELECT village_serial, length(signed_file) FROM verdicts WHERE village_code = :village "
                    u"AND village_serial > :after ORDER BY village_serial LIMIT :max");
    VERDES_TRY(sizes.status());
    sizes.bind(u":village", villageCode);
    sizes.bind(u":after", static_cast<qint64>(after));
    sizes.bind(u":max", static_cast<qint64>(std::max(maxEntries, 1)));
    VERDES_TRY_ASSIGN(last, lastThatFits(sizes, maxBytes));
    QList<HubVerdict> verdicts;
    if (!last) {
        return verdicts;
    }
    Statement st(*m_db,
                 u"SELECT verdict_id, village_code, batch_id, position, proposal_id, reviewer_key_id, state, "
                 u"previous, signed_file, stored_at, village_serial FROM verdicts WHERE village_code = "
                 u":village AND village_serial > :after AND village_serial <= :last ORDER BY village_serial");
    VERDES_TRY(st.status());
    st.bind(u":village", villageCode);
    st.bind(u":after", static_cast<qint64>(after));
    st.bind(u":last", *last);
    while (true) {
        VERDES_TRY_ASSIGN(row, st.step());
        if (!row) {
            return verdicts;
        }
        const auto state = proposalStateFromCode(st.text(6));
        if (!state) {
            return notAHub(QStringLiteral("verdict state %1").arg(st.text(6)));
        }
        HubVerdict v;
        v.verdictId = st.blob(0);
        v.villageCode = st.text(1);
        v.batchId = st.blob(2);
        v.position = static_cast<quint32>(st.int64(3));
        v.proposalId = static_cast<quint64>(st.int64(4));
        v.reviewerKeyId = st.blob(5);
        v.state = *state;
        if (!st.isNull(7)) {
            v.previous = st.blob(7);
        }
        v.signedFile = st.blob(8);
        v.storedAt = st.text(9);
        v.villageSerial = static_cast<quint64>(st.int64(10));
        verdicts.append(std::move(v));
    }
}

Result<quint64> SqliteHubRepository::latestVerdictSerial(const QString &villageCode)
{
    Statement st(*m_db,
                 u"SELECT coalesce(max(village_serial), 0) FROM verdicts WHERE village_code = :village");
    VERDES_TRY(st.status());
    st.bind(u":village", villageCode);
    VERDES_TRY_ASSIGN(row, st.step());
    return row ? static_cast<quint64>(st.int64(0)) : quint64{0};
}

Result<std::pair<HubSnapshot, bool>> SqliteHubRepository::storeSnapshot(const HubSnapshot &snapshot)
{
    // BEGIN IMMEDIATE: the only writer until it ends, so the hash looked up stays absent until the insert.
    Transaction tx(*m_db);
    VERDES_TRY(tx.begin());
    Statement known(*m_db,
                    u"SELECT serial FROM snapshots WHERE village_code = :village AND csv_sha256 = :sha");
    VERDES_TRY(known.status());
    known.bind(u":village", snapshot.villageCode);
    known.bind(u":sha", snapshot.csvSha256);
    VERDES_TRY_ASSIGN(found, known.step());
    if (found) {
        const auto serial = static_cast<quint64>(known.int64(0));
        VERDES_TRY_ASSIGN(stored, this->snapshot(snapshot.villageCode, serial));
        if (!stored) {
            return notAHub(
                QStringLiteral("snapshot %1 of %2 vanished").arg(serial).arg(snapshot.villageCode));
        }
        return std::pair(std::move(*stored), false);
    }
    Statement st(
        *m_db,
        u"INSERT INTO snapshots (village_code, serial, label, file_name, csv_sha256, issued_at, csv) "
        u"VALUES (:village, (SELECT coalesce(max(serial), 0) + 1 FROM snapshots WHERE village_code = "
        u":village), :label, :name, :sha, :at, :csv) RETURNING serial");
    VERDES_TRY(st.status());
    st.bind(u":village", snapshot.villageCode);
    st.bind(u":label", snapshot.label);
    st.bind(u":name", snapshot.fileName);
    st.bind(u":sha", snapshot.csvSha256);
    st.bind(u":at", snapshot.issuedAt);
    st.bind(u":csv", snapshot.csv);
    VERDES_TRY_ASSIGN(row, st.step());
    if (!row) {
        return notAHub(QStringLiteral("no serial for a new snapshot"));
    }
    HubSnapshot stored = snapshot;
    stored.serial = static_cast<quint64>(st.int64(0));
    st.reset();
    VERDES_TRY(tx.commit());
    return std::pair(std::move(stored), true);
}

Result<std::optional<HubSnapshot>> SqliteHubRepository::snapshot(const QString &villageCode, quint64 serial)
{
    Statement st(*m_db,
                 serial == 0
                     ? u"SELECT serial, label, file_name, csv_sha256, issued_at, csv FROM snapshots WHERE "
                       u"village_code = :village ORDER BY serial DESC LIMIT 1"
                     : u"SELECT serial, label, file_name, csv_sha256, issued_at, csv FROM snapshots WHERE "
                       u"village_code = :village AND serial = :serial");
    VERDES_TRY(st.status());
    st.bind(u":village", villageCode);
    if (serial != 0) {
        st.bind(u":serial", static_cast<qint64>(serial));
    }
    VERDES_TRY_ASSIGN(row, st.step());
    if (!row) {
        return std::optional<HubSnapshot>();
    }
    HubSnapshot snapshot;
    snapshot.villageCode = villageCode;
    snapshot.serial = static_cast<quint64>(st.int64(0));
    snapshot.label = st.text(1);
    snapshot.fileName = st.text(2);
    snapshot.csvSha256 = st.blob(3);
    snapshot.issuedAt = st.text(4);
    snapshot.csv = st.blob(5);
    return std::optional<HubSnapshot>(std::move(snapshot));
}

Result<void> SqliteHubRepository::noteRefusal(const QByteArray &fileSha256,
                                              const QByteArray &deviceKeyId,
                                              const QString &reason,
                                              const QString &at)
{
    Statement st(
        *m_db,
        u"INSERT INTO refusals (file_sha256, device_key_id, reason, at) VALUES (:sha, :key, :reason, :at)");
    VERDES_TRY(st.status());
    st.bind(u":sha", fileSha256);
    if (deviceKeyId.isEmpty()) {
        st.bindNull(u":key");
    } else {
        st.bind(u":key", deviceKeyId);
    }
    st.bind(u":reason", reason);
    st.bind(u":at", at);
    VERDES_TRY(st.run());
    if (!deviceKeyId.isEmpty()) {
        Statement contact(*m_db, u"UPDATE devices SET last_contact = :at WHERE key_id = :key");
        VERDES_TRY(contact.status());
        contact.bind(u":at", at);
        contact.bind(u":key", deviceKeyId);
        VERDES_TRY(contact.run());
    }
    return {};
}

Result<HubCounts> SqliteHubRepository::counts()
{
    HubCounts c;
    VERDES_TRY_ASSIGN(devices, m_db->queryInt(u"SELECT count(*) FROM devices"));
    VERDES_TRY_ASSIGN(revoked, m_db->queryInt(u"SELECT count(*) FROM devices WHERE revoked_at IS NOT NULL"));
    VERDES_TRY_ASSIGN(batches, m_db->queryInt(u"SELECT count(*) FROM batches"));
    VERDES_TRY_ASSIGN(items, m_db->queryInt(u"SELECT count(*) FROM batch_items"));
    VERDES_TRY_ASSIGN(refusals, m_db->queryInt(u"SELECT count(*) FROM refusals"));
    VERDES_TRY_ASSIGN(reviewers, m_db->queryInt(u"SELECT count(*) FROM reviewers"));
    VERDES_TRY_ASSIGN(revokedReviewers,
                      m_db->queryInt(u"SELECT count(*) FROM reviewers WHERE revoked_at IS NOT NULL"));
    c.reviewers = reviewers;
    c.revokedReviewers = revokedReviewers;
    c.devices = devices;
    c.revoked = revoked;
    c.batches = batches;
    c.items = items;
    c.refusals = refusals;
    return c;
}

Result<std::optional<QList<std::optional<HubClaim>>>>
SqliteHubRepository::applyClaims(const QByteArray &reviewerKeyId,
                                 quint64 sequence,
                                 const QList<sync::ClaimItem> &items,
                                 const QString &until,
                                 const QString &now)
{
    using Claims = QList<std::optional<HubClaim>>;
    // BEGIN IMMEDIATE: the only writer until it ends, so the sequence read first stays the newest.
    Transaction tx(*m_db);
    VERDES_TRY(tx.begin());
    Statement last(*m_db, u"SELECT last_sequence FROM review_claim_sequences WHERE reviewer_key_id = :key");
    VERDES_TRY(last.status());
    last.bind(u":key", reviewerKeyId);
    VERDES_TRY_ASSIGN(seen, last.step());
    if (seen && static_cast<quint64>(last.int64(0)) >= sequence) {
        return std::optional<Claims>();
    }
    Statement record(
        *m_db,
        u"INSERT INTO review_claim_sequences (reviewer_key_id, last_sequence) VALUES (:key, :seq) "
        u"ON CONFLICT (reviewer_key_id) DO UPDATE SET last_sequence = excluded.last_sequence");
    VERDES_TRY(record.status());
    record.bind(u":key", reviewerKeyId);
    record.bind(u":seq", static_cast<qint64>(sequence));
    VERDES_TRY(record.run());
    for (const sync::ClaimItem &item : items) {
        // A take replaces only the key's own claim or an expired one; a release removes only the key's own.
        Statement change(
            *m_db,
            until.isEmpty()
                ? u"DELETE FROM review_claims WHERE batch_id = :batch AND position = :position "
                  u"AND reviewer_key_id = :key"
                : u"INSERT INTO review_claims (batch_id, position, reviewer_key_id, held_until, claimed_at) "
                  u"VALUES (:batch, :position, :key, :until, :now) ON CONFLICT (batch_id, position) DO "
                  u"UPDATE "
                  u"SET reviewer_key_id = excluded.reviewer_key_id, held_until = excluded.held_until, "
                  u"claimed_at = excluded.claimed_at WHERE review_claims.reviewer_key_id = "
                  u"excluded.reviewer_key_id "
                  u"OR review_claims.held_until <= excluded.claimed_at");
        VERDES_TRY(change.status());
        change.bind(u":batch", item.batchId);
        change.bind(u":position", static_cast<qint64>(item.position));
        change.bind(u":key", reviewerKeyId);
        if (!until.isEmpty()) {
            change.bind(u":until", until);
            change.bind(u":now", now);
        }
        VERDES_TRY(change.run());
    }
    Claims claims;
    claims.reserve(items.size());
    for (const sync::ClaimItem &item : items) {
        VERDES_TRY_ASSIGN(claim, claimOn(item.batchId, item.position));
        claims.append(claim);
    }
    VERDES_TRY(tx.commit());
    return std::optional<Claims>(std::move(claims));
}

Result<std::optional<HubClaim>> SqliteHubRepository::claimOn(const QByteArray &batchId, quint32 position)
{
    Statement st(*m_db,
                 u"SELECT reviewer_key_id, held_until, claimed_at FROM review_claims WHERE batch_id = :batch "
                 u"AND position = :position");
    VERDES_TRY(st.status());
    st.bind(u":batch", batchId);
    st.bind(u":position", static_cast<qint64>(position));
    VERDES_TRY_ASSIGN(row, st.step());
    if (!row) {
        return std::optional<HubClaim>();
    }
    return std::optional<HubClaim>(HubClaim{{batchId, position}, st.blob(0), st.text(1), st.text(2)});
}

Result<void>
SqliteHubRepository::endClaim(const QByteArray &batchId, quint32 position, const QByteArray &reviewerKeyId)
{
    Statement st(*m_db,
                 u"DELETE FROM review_claims WHERE batch_id = :batch AND position = :position "
                 u"AND reviewer_key_id = :key");
    VERDES_TRY(st.status());
    st.bind(u":batch", batchId);
    st.bind(u":position", static_cast<qint64>(position));
    st.bind(u":key", reviewerKeyId);
    return st.run();
}

} // namespace verdes::hub
