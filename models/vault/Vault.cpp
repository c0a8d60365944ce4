// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/vault/Vault.h"

#include "models/core/Log.h"
#include "models/core/Sodium.h"
#include "models/domain/OfficerName.h"
#include "models/platform/CrashPoint.h"
#include "models/platform/Platform.h"
#include "models/vault/AuditLog.h"
#include "models/vault/Database.h"
#include "models/vault/DeviceKey.h"
#include "models/vault/HeadWatermark.h"
#include "models/vault/Migrator.h"
#include "models/vault/PassphraseLength.h"
#include "models/vault/Statement.h"
#include "models/vault/Transaction.h"
#include "models/vault/UnlockThrottle.h"
#include "models/vault/VaultLocation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <sodium.h>

namespace verdes {

namespace {

// SQLCipher's page size: the smallest a vault's database file can be.
constexpr qint64 kMinDatabaseSize = 4096;
// The schema that brought keyslot_state, device_key and the state digest.
constexpr int kIntegritySchema = 6;

QString randomHexId()
{
    ensureSodium();
    QByteArray bytes(16, Qt::Uninitialized);
    randombytes_buf(bytes.data(), static_cast<std::size_t>(bytes.size()));
    return QString::fromLatin1(bytes.toHex());
}

QString rekeyDatabaseName()
{
    return QStringLiteral("vault.db.rekey");
}

Result<void> putMeta(Database &db, const QString &key, const QString &value)
{
    Statement st(db, u"INSERT OR REPLACE INTO vault_meta (key, value) VALUES (:key, :value)");
    VERDES_TRY(st.status());
    st.bind(u":key", key);
    st.bind(u":value", value);
    return st.run();
}

Result<void> insertOfficer(
    Database &db, const QString &officerId, const QString &name, const QString &now, Role role, bool admin)
{
    Statement st(db,
                 u"INSERT INTO officers (officer_id, name, role, admin, created_at) "
                 u"VALUES (:officer_id, :name, :role, :admin, :created_at)");
    VERDES_TRY(st.status());
    st.bind(u":officer_id", officerId);
    st.bind(u":name", name);
    st.bind(u":role", roleCode(role));
    st.bind(u":admin", qint64(admin ? 1 : 0));
    st.bind(u":created_at", now);
    return st.run();
}

// The database's record of the current key-slot file (schema 6), written in the transaction of
// every change of slots.
Result<void> recordSlots(Database &db, const KeySlots &slots)
{
    Statement st(db,
                 u"INSERT INTO keyslot_state (id, generation, file) VALUES (1, :generation, :file) "
                 u"ON CONFLICT (id) DO UPDATE SET generation = excluded.generation, file = excluded.file");
    VERDES_TRY(st.status());
    st.bind(u":generation", static_cast<qint64>(slots.generation()));
    st.bind(u":file", slots.fileBytes());
    return st.run();
}

AuditRecord officerRecord(const char *action, const QString &officerId, QStringList args)
{
    return AuditRecord{
        QString::fromLatin1(action), QStringLiteral("officer"), officerId, QString(), std::move(args)};
}

AuditRecord vaultRecord(const char *action, const QString &vaultId, QStringList args = {})
{
    return AuditRecord{
        QString::fromLatin1(action), QStringLiteral("vault"), vaultId, QString(), std::move(args)};
}

// The checks every unlock makes before reading a key slot, in the order a user would want to
// hear about them.
Result<void> checkFolderForUnlock(const QString &folder)
{
    const QFileInfo info(folder);
    if (!info.exists()) {
        return Error(ErrorCode::VaultNotFound, {folder}, QStringLiteral("no such folder"));
    }
    if (!info.isDir() || !KeySlots::existsIn(folder)) {
        return Error(ErrorCode::VaultNotAVault, {folder}, QStringLiteral("no key-slot file"));
    }
    const QString dbPath = QDir(folder).filePath(Vault::databaseFileName());
    if (!QFileInfo(dbPath).isFile()) {
        return Error(ErrorCode::VaultDamaged, {folder}, QStringLiteral("database file missing"));
    }
    if (!isWritablePath(folder) || !isWritablePath(dbPath)) {
        return Error(ErrorCode::VaultReadOnly, {folder}, QStringLiteral("folder or database not writable"));
    }
    return {};
}

// Whether a database file opens with a key (a probe: no check, closed again at once).
Result<bool> opensWith(const QString &path, const SecureBytes &key)
{
    auto db = Database::openEncrypted(path, key, Database::Mode::Open, Database::Check::None);
    if (db) {
        return true;
    }
    if (db.error().code == ErrorCode::VaultNotAVault) {
        return false;
    }
    return db.error();
}

} // namespace

// What a key slot gave: the slot file as read, the slot that opened, its secret key and the data key.
struct Vault::Opening
{
    KeySlots slots;
    KeySlot slot;
    SecureBytes slotSecret;
    SecureBytes dataKey;
};

Vault::Vault(QString folder, FolderLock lock, Clock &clock)
    : m_folder(std::move(folder))
    , m_folderLock(std::move(lock))
    , m_clock(clock)
{}

Vault::~Vault()
{
    auto locked = lock();
    if (!locked) {
        qCWarning(lcVault) << "locking the vault on close failed:" << errorCodeName(locked.error().code)
                           << locked.error().detail;
    }
}

QString Vault::databasePath() const
{
    return QDir(m_folder).filePath(databaseFileName());
}

Result<void> Vault::checkPassphrase(const SecureBytes &passphrase)
{
    if (PassphraseLength::of(passphrase) < kMinPassphraseLength) {
        return Error(ErrorCode::VaultPassphraseTooShort, {QString::number(kMinPassphraseLength)});
    }
    return {};
}

bool Vault::isVault(const QString &folder)
{
    return QFileInfo(folder).isDir() && KeySlots::existsIn(folder)
           && QFileInfo(QDir(folder).filePath(databaseFileName())).isFile();
}

Result<QStringList> Vault::officerNames(const QString &folder)
{
    if (!QFileInfo::exists(folder)) {
        return Error(ErrorCode::VaultNotFound, {folder});
    }
    VERDES_TRY_ASSIGN(slots, KeySlots::load(folder));
    return slots.officerNames();
}

Result<Vault::Created> Vault::create(const QString &folder,
                                     const QString &villageCode,
                                     const QString &villageName,
                                     const QString &officerName,
                                     const SecureBytes &passphrase,
                                     Clock &clock,
                                     Role role)
{
    static const QRegularExpression tenDigits(QStringLiteral(R"(^\d{10}$)"));
    if (!tenDigits.match(villageCode).hasMatch()) {
        return Error(ErrorCode::VaultInvalidVillageCode, {villageCode});
    }
    return createWith(folder,
                      Identity{VaultKind::Village, villageCode, villageName.trimmed()},
                      officerName,
                      passphrase,
                      clock,
                      role);
}

Result<Vault::Created> Vault::createDistrict(const QString &folder,
                                             const QString &districtCode,
                                             const QString &officeName,
                                             const QString &officerName,
                                             const SecureBytes &passphrase,
                                             Clock &clock,
                                             Role role)
{
    static const QRegularExpression fourDigits(QStringLiteral(R"(^\d{4}$)"));
    if (!fourDigits.match(districtCode).hasMatch()) {
        return Error(ErrorCode::VaultInvalidDistrictCode, {districtCode});
    }
    if (officeName.trimmed().isEmpty()) {
        return Error(
            ErrorCode::UsageError, {QStringLiteral("office name")}, QStringLiteral("empty office name"));
    }
    return createWith(folder,
                      Identity{VaultKind::District, districtCode, officeName.trimmed()},
                      officerName,
                      passphrase,
                      clock,
                      role);
}

Result<Vault::Created> Vault::createWith(const QString &folder,
                                         const Identity &identity,
                                         const QString &officerName,
                                         const SecureBytes &passphrase,
                                         Clock &clock,
                                         Role role)
{
    if (!roleFits(role, identity.kind)) {
        return Error(ErrorCode::VaultRoleNotForKind,
                     {RoleText::label(role), VaultKindText::label(identity.kind)});
    }
    const QString officer = officerName.trimmed();
    if (officer.isEmpty()) {
        return Error(
            ErrorCode::UsageError, {QStringLiteral("officer name")}, QStringLiteral("empty officer name"));
    }
    VERDES_TRY(OfficerName::check(officerName));
    VERDES_TRY(checkPassphrase(passphrase));

    const QFileInfo info(folder);
    if (info.exists() || info.isSymLink()) {
        return Error(ErrorCode::VaultExists, {folder});
    }
    VERDES_TRY(VaultLocation::refuseInsideVault(folder));
    const QString parent = info.absolutePath();
    if (!QFileInfo(parent).isDir()) {
        return Error(ErrorCode::FileNotFound, {parent});
    }
    if (!isWritablePath(parent)) {
        return Error(ErrorCode::VaultReadOnly, {parent}, QStringLiteral("parent folder not writable"));
    }
    const QString absolute = info.absoluteFilePath();
    if (auto made = makePrivateFolder(absolute); !made) {
        Error error = made.error();
        if (error.code == ErrorCode::VaultExists) {
            error.args = QStringList{folder};
        }
        return error;
    }

    // From here on the folder is ours: any failure removes it, so nothing half-made is left.
    auto build = [&]() -> Result<Created> {
        VERDES_TRY_ASSIGN(folderLock, FolderLock::acquire(absolute, lockFileName()));
        std::unique_ptr<Vault> vault(new Vault(absolute, std::move(folderLock), clock));
        vault->m_vaultId = randomHexId();
        vault->m_dataKey = SecureBytes::random(Kdf::kKeySize);
        vault->m_kdfCost = Kdf::calibrate();
        vault->m_kind = identity.kind;
        if (identity.kind == VaultKind::District) {
            vault->m_districtCode = identity.code;
            vault->m_officeName = identity.name;
        } else {
            vault->m_villageCode = identity.code;
            vault->m_villageName = identity.name;
        }
        vault->m_unlockedBy = officer;

        const QString officerId = randomHexId();
        vault->m_actor = Actor{officerId, officer, role, true};
        RecoveryKey recovery = RecoveryKey::generate();
        KeySlots slots(vault->m_vaultId);
        VERDES_TRY_ASSIGN(officerSlot,
                          KeySlots::create(vault->m_vaultId,
                                           KeySlot::Kind::Officer,
                                           officerId,
                                           officer,
                                           passphrase.bytes(),
                                           Kdf::withFreshSalt(vault->m_kdfCost),
                                           vault->m_dataKey));
        slots.add(officerSlot);
        VERDES_TRY_ASSIGN(recoverySlot,
                          KeySlots::create(vault->m_vaultId,
                                           KeySlot::Kind::Recovery,
                                           QString(),
                                           QString(),
                                           recovery.bytes().bytes(),
                                           Kdf::withFreshSalt(vault->m_kdfCost),
                                           vault->m_dataKey));
        slots.add(recoverySlot);
        slots.seal(1, vault->m_dataKey);

        VERDES_TRY_ASSIGN(
            db,
            Database::openEncrypted(
                vault->databasePath(), vault->m_dataKey, Database::Mode::Create, Database::Check::None));
        auto migrated = Migrator::migrate(*db);
        if (!migrated) {
            return migrated.error();
        }
        {
            const QString now = clock.now().toUTC().toString(Qt::ISODate);
            Transaction tx(*db);
            VERDES_TRY(tx.begin());
            VERDES_TRY(putMeta(*db, QStringLiteral("vault_id"), vault->m_vaultId));
            VERDES_TRY(putMeta(*db, QStringLiteral("kind"), vaultKindCode(identity.kind)));
            if (identity.kind == VaultKind::District) {
                VERDES_TRY(putMeta(*db, QStringLiteral("district_code"), vault->m_districtCode));
                VERDES_TRY(putMeta(*db, QStringLiteral("office_name"), vault->m_officeName));
            } else {
                VERDES_TRY(putMeta(*db, QStringLiteral("village_code"), vault->m_villageCode));
                VERDES_TRY(putMeta(*db, QStringLiteral("village_name"), vault->m_villageName));
            }
            VERDES_TRY(putMeta(*db, QStringLiteral("kdf_algorithm"), QStringLiteral("argon2id13")));
            VERDES_TRY(
                putMeta(*db, QStringLiteral("kdf_opslimit"), QString::number(vault->m_kdfCost.opsLimit)));
            VERDES_TRY(
                putMeta(*db, QStringLiteral("kdf_memlimit"), QString::number(vault->m_kdfCost.memLimit)));
            VERDES_TRY(
                putMeta(*db, QStringLiteral("keyslot_format"), QString::number(KeySlots::kFormatVersion)));
            VERDES_TRY(putMeta(*db, QStringLiteral("created_at"), now));
            VERDES_TRY(insertOfficer(*db, officerId, officer, now, role, true));
            VERDES_TRY(recordSlots(*db, slots));
            VERDES_TRY(DeviceKey::create(*db, clock));
            VERDES_TRY(
                AuditLog(*db, clock)
                    .append(vault->m_actor,
                            vaultRecord("vault.create", vault->m_vaultId, {identity.name, identity.code})));
            VERDES_TRY(tx.commit());
        }
        // Fold the WAL into vault.db now: a vault whose main file is still empty could not be told
        // from a damaged one if the process died before the first checkpoint.
        VERDES_TRY(db->checkpointTruncate());
        VERDES_TRY(slots.writeTo(absolute));
        vault->m_db = std::move(db);
        vault->m_slots = std::move(slots);
        qCInfo(lcVault) << "created vault" << vault->m_vaultId;
        return Created{std::move(vault), std::move(recovery)};
    };
    auto created = build();
    if (!created) {
        if (!QDir(absolute).removeRecursively()) {
            qCWarning(lcVault) << "could not remove a half-created vault folder";
        }
    }
    return created;
}

Result<std::unique_ptr<Vault>> Vault::openWith(const QString &folder,
                                               const std::function<Result<Opening>(const KeySlots &)> &open,
                                               SlotFileMode mode,
                                               QuickCheck quickCheck,
                                               Clock &clock)
{
    VERDES_TRY(checkFolderForUnlock(folder));
    const QString absolute = QFileInfo(folder).absoluteFilePath();
    VERDES_TRY_ASSIGN(folderLock, FolderLock::acquire(absolute, lockFileName()));
    std::unique_ptr<Vault> vault(new Vault(absolute, std::move(folderLock), clock));
    VERDES_TRY_ASSIGN(slots, KeySlots::load(absolute));
    VERDES_TRY_ASSIGN(opening, open(slots));
    return finishUnlock(std::move(vault), std::move(opening), mode, quickCheck);
}

Result<std::unique_ptr<Vault>> Vault::unlock(const QString &folder,
                                             const QString &officerName,
                                             const SecureBytes &passphrase,
                                             Clock &clock,
                                             QuickCheck quickCheck)
{
    const QString name = officerName.trimmed();
    auto open = [&](const KeySlots &slots) -> Result<Opening> {
        UnlockThrottle throttle(slots.vaultId(), clock);
        VERDES_TRY(throttle.check());
        const auto slot = slots.officerSlot(name);
        if (!slot) {
            return Error(ErrorCode::VaultUnknownOfficer, {name});
        }
        auto secret = KeySlots::unwrapSecret(slots.vaultId(), *slot, passphrase.bytes());
        if (!secret) {
            if (secret.error().code == ErrorCode::VaultWrongPassphrase) {
                throttle.recordFailure();
                qCInfo(lcVault) << "wrong passphrase; failures in a row:" << throttle.failures();
            }
            return secret.error();
        }
        throttle.recordSuccess();
        VERDES_TRY_ASSIGN(dataKey, KeySlots::openDataKey(*slot, *secret));
        return Opening{slots, *slot, std::move(secret).value(), std::move(dataKey)};
    };
    return openWith(folder, open, SlotFileMode::Verify, quickCheck, clock);
}

Result<Vault::Opening>
Vault::openRecovery(const KeySlots &slots, const RecoveryKey &key, const QString &folder, Clock &clock)
{
    UnlockThrottle throttle(slots.vaultId(), clock);
    VERDES_TRY(throttle.check());
    const auto slot = slots.recoverySlot();
    if (!slot) {
        return Error(ErrorCode::VaultKeySlotsDamaged, {folder}, QStringLiteral("no recovery slot"));
    }
    auto secret = KeySlots::unwrapSecret(slots.vaultId(), *slot, key.bytes().bytes());
    if (!secret) {
        if (secret.error().code == ErrorCode::VaultWrongPassphrase) {
            throttle.recordFailure();
            return Error(ErrorCode::VaultWrongRecoveryKey, {}, secret.error().detail);
        }
        return secret.error();
    }
    throttle.recordSuccess();
    VERDES_TRY_ASSIGN(dataKey, KeySlots::openDataKey(*slot, *secret));
    return Opening{slots, *slot, std::move(secret).value(), std::move(dataKey)};
}

Result<std::unique_ptr<Vault>> Vault::unlockWithRecoveryKey(const QString &folder,
                                                            QStringView recoveryKey,
                                                            Clock &clock,
                                                            QuickCheck quickCheck)
{
    // Parsing first: a typo is reported before the folder is even touched.
    VERDES_TRY_ASSIGN(key, RecoveryKey::parse(recoveryKey));
    return openWith(
        folder,
        [&](const KeySlots &slots) {
            return openRecovery(slots, key, folder, clock);
        },
        SlotFileMode::Verify,
        quickCheck,
        clock);
}

Result<std::unique_ptr<Vault>>
Vault::repairWithRecoveryKey(const QString &folder, QStringView recoveryKey, Clock &clock)
{
    VERDES_TRY_ASSIGN(key, RecoveryKey::parse(recoveryKey));
    return openWith(
        folder,
        [&](const KeySlots &slots) {
            return openRecovery(slots, key, folder, clock);
        },
        SlotFileMode::Repair,
        QuickCheck::AtUnlock,
        clock);
}

Result<void> Vault::settleKeyChange(Opening &opening)
{
    const QDir dir(m_folder);
    const QString nextPath = dir.filePath(rekeyDatabaseName());
    const QString pendingPath = dir.filePath(KeySlots::rekeyFileName());
    if (!QFileInfo::exists(nextPath) && !QFileInfo::exists(pendingPath)) {
        return {};
    }
    VERDES_TRY_ASSIGN(opensNow, opensWith(databasePath(), opening.dataKey));
    if (opensNow) {
        // The key the slot file gives opens the database: the change never reached the swap, or it
        // finished all but removing its pending files. Drop what it left.
        qCInfo(lcVault) << "discarding an unfinished change of the vault key";
        VERDES_TRY(removeDurably(nextPath));
        return removeDurably(pendingPath);
    }
    // The database was swapped for the re-encrypted copy: its key is in the pending slot file, sealed
    // to the same slot (the same secret key opens it, no second derivation).
    QFile file(pendingPath);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(
            ErrorCode::VaultDamaged, {m_folder}, QStringLiteral("database does not open; no pending slots"));
    }
    VERDES_TRY_ASSIGN(pending, KeySlots::parse(file.read(1 << 20)));
    file.close();
    const auto slot = pending.slotById(opening.slot.id);
    if (!slot || !slot->sameWayInAs(opening.slot) || pending.vaultId() != opening.slots.vaultId()) {
        return Error(ErrorCode::VaultSlotRevoked,
                     {opening.slot.officerName},
                     QStringLiteral("slot not in the re-keyed set"));
    }
    VERDES_TRY_ASSIGN(newKey, KeySlots::openDataKey(*slot, opening.slotSecret));
    VERDES_TRY(pending.authenticate(newKey, m_folder));
    VERDES_TRY_ASSIGN(opensWithNew, opensWith(databasePath(), newKey));
    if (!opensWithNew) {
        return Error(ErrorCode::VaultDamaged, {m_folder}, QStringLiteral("database opens with neither key"));
    }
    VERDES_TRY(pending.writeTo(m_folder));
    VERDES_TRY(removeDurably(pendingPath));
    VERDES_TRY(removeDurably(nextPath));
    qCInfo(lcVault) << "finished a change of the vault key that was interrupted; slot generation"
                    << pending.generation();
    opening.slots = std::move(pending);
    opening.dataKey = std::move(newKey);
    return {};
}

Result<void> Vault::settleSlotFile(KeySlots &slots, SlotFileMode mode, bool &repaired)
{
    Statement st(*m_db, u"SELECT generation, file FROM keyslot_state WHERE id = 1");
    VERDES_TRY(st.status());
    VERDES_TRY_ASSIGN(hasRow, st.step());
    if (!hasRow) {
        return Error(ErrorCode::VaultKeySlotsNotRecorded,
                     {QDir::toNativeSeparators(m_folder)},
                     QStringLiteral("the database records no key-slot file"));
    }
    const QByteArray recordedBytes = st.blob(1);
    st.reset();
    auto parsed = KeySlots::parse(recordedBytes);
    if (!parsed) {
        return Error(ErrorCode::VaultDamaged, {m_folder}, QStringLiteral("recorded key slots do not parse"));
    }
    KeySlots recorded = std::move(parsed).value();
    VERDES_TRY(recorded.authenticate(m_dataKey, m_folder));
    if (recorded.generation() == slots.generation() && recorded.tag() == slots.tag()) {
        if (!recorded.isWrittenIn(m_folder)) {
            // One copy is missing, damaged or older (a crash between the two writes).
            VERDES_TRY(recorded.writeTo(m_folder));
        }
        return {};
    }
    if (recorded.generation() > slots.generation()) {
        // The file is behind the database: a crash after an officer change committed, or an older
        // file put back (a removed officer's, an old passphrase's). The database is the authority.
        qCInfo(lcVault) << "key-slot file generation" << slots.generation() << "is behind the database's"
                        << recorded.generation() << "- writing it from the database";
        VERDES_TRY(recorded.writeTo(m_folder));
        slots = std::move(recorded);
        return {};
    }
    if (mode == SlotFileMode::Verify) {
        qCWarning(lcVault) << "key-slot file generation" << slots.generation()
                           << "is not what the database records:" << recorded.generation();
        return Error(ErrorCode::VaultKeySlotsNotRecorded,
                     {QDir::toNativeSeparators(m_folder)},
                     QStringLiteral("slot file generation %1, recorded %2")
                         .arg(slots.generation())
                         .arg(recorded.generation()));
    }
    // Repair: the database's record, as a generation above both, audited.
    const quint64 generation = std::max(recorded.generation(), slots.generation()) + 1;
    recorded.seal(generation, m_dataKey);
    Transaction tx(*m_db);
    VERDES_TRY(tx.begin());
    VERDES_TRY(recordSlots(*m_db, recorded));
    VERDES_TRY(AuditLog(*m_db, m_clock)
                   .append(m_actor,
                           vaultRecord("keyslots.repair",
                                       m_vaultId,
                                       {QString::number(slots.generation()), QString::number(generation)})));
    VERDES_TRY(tx.commit());
    VERDES_TRY(recorded.writeTo(m_folder));
    qCWarning(lcVault) << "key-slot file repaired from the database's record as generation" << generation;
    slots = std::move(recorded);
    repaired = true;
    return {};
}

Result<std::unique_ptr<Vault>>
Vault::finishUnlock(std::unique_ptr<Vault> vault, Opening opening, SlotFileMode mode, QuickCheck quickCheck)
{
    Vault &v = *vault;
    // Nothing in the slot file is used before it is authenticated with the key its slot gave.
    VERDES_TRY(opening.slots.authenticate(opening.dataKey, v.m_folder));
    VERDES_TRY(v.settleKeyChange(opening));
    // A vault's main file holds at least one whole page from creation on (create checkpoints).
    // Anything shorter is damaged, and SQLite would otherwise take it for a new, empty database.
    if (QFileInfo(v.databasePath()).size() < kMinDatabaseSize) {
        return Error(ErrorCode::VaultDamaged, {v.m_folder}, QStringLiteral("database file too short"));
    }
    auto db = Database::openEncrypted(v.databasePath(),
                                      opening.dataKey,
                                      Database::Mode::Open,
                                      quickCheck == QuickCheck::AtUnlock ? Database::Check::Quick
                                                                         : Database::Check::None);
    if (!db) {
        Error error = db.error();
        // The key slot opened, so the key is right: a file SQLCipher cannot read is damaged.
        if (error.code == ErrorCode::VaultNotAVault || error.code == ErrorCode::Internal) {
            error.code = ErrorCode::VaultDamaged;
            error.args = QStringList{v.m_folder};
        }
        return error;
    }
    // Schema 0 means an empty database: never a vault (creation commits the schema before the key
    // slots exist), so it is not "migrated" into one.
    VERDES_TRY_ASSIGN(version, Migrator::currentVersion(**db));
    if (version == 0) {
        return Error(ErrorCode::VaultDamaged, {v.m_folder}, QStringLiteral("database has no schema"));
    }
    if (version < kIntegritySchema) {
        // Key-slot format 2 came with schema 6: an older database cannot belong to this slot file.
        return Error(ErrorCode::VaultKeySlotsOldFormat,
                     {QDir::toNativeSeparators(v.m_folder)},
                     QStringLiteral("schema before 6"));
    }
    VERDES_TRY_ASSIGN(before, Migrator::migrate(**db));
    v.m_db = std::move(db).value();
    v.m_dataKey = std::move(opening.dataKey);
    v.m_slots = opening.slots;
    VERDES_TRY(v.loadMeta());

    const bool recovery = opening.slot.kind == KeySlot::Kind::Recovery;
    if (recovery) {
        v.m_actor = Actor::recovery();
    }
    bool repaired = false;
    KeySlots slots = std::move(opening.slots);
    VERDES_TRY(v.settleSlotFile(slots, mode, repaired));
    // The slot that opened must still be a way in: an older slot file may hold a removed officer's
    // slot or an old passphrase's.
    const auto current = slots.slotById(opening.slot.id);
    if (!current || !current->sameWayInAs(opening.slot)) {
        qCWarning(lcVault) << "a key slot no longer in the current set opened the vault:" << opening.slot.id;
        return Error(ErrorCode::VaultSlotRevoked,
                     {recovery ? QString() : opening.slot.officerName},
                     QStringLiteral("slot not in the current generation"));
    }
    v.m_slots = std::move(slots);
    if (!recovery) {
        // The officer bound in the slot's associated data, by id: never a name looked up afterwards.
        auto actor = Actor::load(*v.m_db, opening.slot.officerId);
        if (!actor) {
            if (actor.error().code == ErrorCode::VaultUnknownOfficer) {
                return Error(
                    ErrorCode::VaultDamaged, {v.m_folder}, QStringLiteral("slot without an officer row"));
            }
            return actor.error();
        }
        v.m_actor = std::move(actor).value();
        v.m_unlockedBy = v.m_actor.name;
    }
    if (before < Migrator::latestVersion()) {
        // A schema upgrade changes the state the newest audit entry recorded: say so in an entry.
        Transaction tx(*v.m_db);
        VERDES_TRY(tx.begin());
        VERDES_TRY(
            AuditLog(*v.m_db, v.m_clock)
                .append(v.m_actor,
                        vaultRecord("vault.upgrade",
                                    v.m_vaultId,
                                    {QString::number(before), QString::number(Migrator::latestVersion())})));
        VERDES_TRY(tx.commit());
    }
    HeadWatermark::record(*v.m_db, v.m_clock);
    qCInfo(lcVault) << "unlocked vault" << v.m_vaultId << (repaired ? "after repairing its key slots" : "");
    return vault;
}

Result<void> Vault::loadMeta()
{
    Statement st(*m_db, u"SELECT key, value FROM vault_meta");
    VERDES_TRY(st.status());
    QHash<QString, QString> meta;
    while (true) {
        VERDES_TRY_ASSIGN(row, st.step());
        if (!row) {
            break;
        }
        meta.insert(st.text(0), st.text(1));
    }
    m_vaultId = meta.value(QStringLiteral("vault_id"));
    if (m_vaultId.isEmpty() || m_vaultId != m_slots.vaultId()) {
        return Error(
            ErrorCode::VaultDamaged, {m_folder}, QStringLiteral("vault id of database and key slots differ"));
    }
    const QString kindCode = meta.value(QStringLiteral("kind"), vaultKindCode(VaultKind::Village));
    const auto kind = vaultKindFromCode(kindCode);
    if (!kind) {
        return Error(
            ErrorCode::VaultDamaged, {m_folder}, QStringLiteral("unknown vault kind %1").arg(kindCode));
    }
    m_kind = *kind;
    m_villageCode = meta.value(QStringLiteral("village_code"));
    m_villageName = meta.value(QStringLiteral("village_name"));
    m_districtCode = meta.value(QStringLiteral("district_code"));
    m_officeName = meta.value(QStringLiteral("office_name"));
    m_kdfCost.opsLimit = meta.value(QStringLiteral("kdf_opslimit")).toULongLong();
    m_kdfCost.memLimit = meta.value(QStringLiteral("kdf_memlimit")).toULongLong();
    m_kdfCost.salt = QByteArray(static_cast<qsizetype>(Kdf::kSaltSize), '\0');
    VERDES_TRY(Kdf::checkStored(m_kdfCost));
    m_kdfCost.salt.clear();
    return {};
}

QString Vault::districtCode() const
{
    return isDistrict() ? m_districtCode : m_villageCode.left(4);
}

Result<void> Vault::requireKind(VaultKind kind) const
{
    if (m_kind != kind) {
        return Error(ErrorCode::VaultWrongKind,
                     {VaultKindText::label(m_kind)},
                     QStringLiteral("needs a %1 vault").arg(vaultKindCode(kind)));
    }
    return {};
}

Result<void> Vault::requireOpen() const
{
    if (m_db == nullptr) {
        return Error(ErrorCode::VaultNotOpen);
    }
    return {};
}

Result<void> Vault::requireManager() const
{
    VERDES_TRY(requireOpen());
    return m_actor.require(Action::ManageOfficers);
}

Database &Vault::database()
{
    Q_ASSERT_X(m_db != nullptr, "Vault::database", "the vault is locked");
    return *m_db;
}

Result<VaultConnector> Vault::connector() const
{
    VERDES_TRY(requireOpen());
    return VaultConnector(databasePath(), SecureBytes::copyOf(m_dataKey.bytes()));
}

Result<void> Vault::commitSlots(Transaction &tx, KeySlots updated)
{
    updated.seal(m_slots.generation() + 1, m_dataKey);
    VERDES_TRY(recordSlots(*m_db, updated));
    VERDES_CRASH_POINT("officers.before-commit");
    VERDES_TRY(tx.commit());
    // The database is the authority from here: the file follows, now or at the next unlock.
    m_slots = std::move(updated);
    VERDES_CRASH_POINT("officers.after-commit");
    m_slotFileBehind = true;
    writePendingSlotFile();
    return {};
}

void Vault::writePendingSlotFile()
{
    if (!m_slotFileBehind) {
        return;
    }
    if (auto written = m_slots.writeTo(m_folder); !written) {
        qCWarning(lcVault) << "the key-slot file could not be written now ("
                           << errorCodeName(written.error().code)
                           << "); the next lock or unlock writes it from the database";
        return;
    }
    m_slotFileBehind = false;
}

Result<void> Vault::addOfficer(const QString &name, const SecureBytes &passphrase, Role role)
{
    VERDES_TRY_ASSIGN(pending, beginAddOfficer(name, passphrase, role));
    VERDES_TRY_ASSIGN(slot, deriveSlot(pending));
    return finishSlot(pending, slot);
}

Result<Vault::PendingSlot>
Vault::beginAddOfficer(const QString &name, const SecureBytes &passphrase, Role role) const
{
    VERDES_TRY(requireManager());
    if (!roleFits(role, m_kind)) {
        return Error(ErrorCode::VaultRoleNotForKind, {RoleText::label(role), VaultKindText::label(m_kind)});
    }
    const QString officer = name.trimmed();
    if (officer.isEmpty()) {
        return Error(
            ErrorCode::UsageError, {QStringLiteral("officer name")}, QStringLiteral("empty officer name"));
    }
    VERDES_TRY(OfficerName::check(name));
    VERDES_TRY(checkPassphrase(passphrase));
    if (m_slots.officerSlot(officer)) {
        return Error(ErrorCode::VaultOfficerExists, {officer});
    }
    PendingSlot pending;
    pending.purpose = PendingSlot::Purpose::AddOfficer;
    pending.vaultId = m_vaultId;
    pending.officerId = randomHexId();
    pending.officerName = officer;
    pending.role = role;
    pending.kdf = Kdf::withFreshSalt(m_kdfCost);
    pending.dataKey = SecureBytes::copyOf(m_dataKey.bytes());
    pending.passphrase = SecureBytes::copyOf(passphrase.bytes());
    return pending;
}

Result<Vault::PendingSlot> Vault::beginChangePassphrase(const QString &officerName,
                                                        const SecureBytes &newPassphrase) const
{
    VERDES_TRY(requireOpen());
    VERDES_TRY(checkPassphrase(newPassphrase));
    const auto slot = m_slots.officerSlot(officerName.trimmed());
    if (!slot) {
        return Error(ErrorCode::VaultUnknownOfficer, {officerName.trimmed()});
    }
    // Everyone may change their own passphrase; anyone else's is officer management.
    if (m_actor.isRecovery() || slot->officerId != m_actor.officerId) {
        VERDES_TRY(m_actor.require(Action::ManageOfficers));
    }
    PendingSlot pending;
    pending.purpose = PendingSlot::Purpose::ChangePassphrase;
    pending.vaultId = m_vaultId;
    pending.officerId = slot->officerId;
    pending.officerName = slot->officerName;
    pending.kdf = Kdf::withFreshSalt(m_kdfCost);
    pending.dataKey = SecureBytes::copyOf(m_dataKey.bytes());
    pending.passphrase = SecureBytes::copyOf(newPassphrase.bytes());
    return pending;
}

Result<KeySlot> Vault::deriveSlot(const PendingSlot &pending)
{
    return KeySlots::create(pending.vaultId,
                            KeySlot::Kind::Officer,
                            pending.officerId,
                            pending.officerName,
                            pending.passphrase.bytes(),
                            pending.kdf,
                            pending.dataKey);
}

Result<void> Vault::finishSlot(const PendingSlot &pending, const KeySlot &slot)
{
    VERDES_TRY(requireOpen());
    if (pending.vaultId != m_vaultId || slot.officerId != pending.officerId
        || slot.kind != KeySlot::Kind::Officer) {
        return Error(ErrorCode::UsageError,
                     {QStringLiteral("key slot")},
                     QStringLiteral("the derived slot does not belong to this request"));
    }
    // The slot was sealed with the data key of the moment it was derived: the vault key may have
    // changed since.
    KeySlot sealed = slot;
    {
        KeySlots one(m_vaultId);
        one.add(slot);
        one.resealAll(m_dataKey);
        sealed = one.slots().constFirst();
    }
    if (pending.purpose == PendingSlot::Purpose::AddOfficer) {
        VERDES_TRY(requireManager());
        const QString &officer = pending.officerName;
        // Another officer of that name may have been added while the key was derived.
        if (m_slots.officerSlot(officer)) {
            return Error(ErrorCode::VaultOfficerExists, {officer});
        }
        Transaction tx(*m_db);
        VERDES_TRY(tx.begin());
        auto inserted = insertOfficer(*m_db,
                                      pending.officerId,
                                      officer,
                                      m_clock.now().toUTC().toString(Qt::ISODate),
                                      pending.role,
                                      false);
        if (!inserted) {
            // The unique index on active names: the database knows an officer the slots do not.
            if (inserted.error().detail.contains(QStringLiteral("UNIQUE"))) {
                return Error(ErrorCode::VaultOfficerExists, {officer}, inserted.error().detail);
            }
            return inserted.error();
        }
        VERDES_TRY(
            AuditLog(*m_db, m_clock)
                .append(m_actor,
                        officerRecord("officer.add", pending.officerId, {officer, roleCode(pending.role)})));
        KeySlots updated = m_slots;
        updated.add(sealed);
        VERDES_TRY(commitSlots(tx, std::move(updated)));
        qCInfo(lcVault) << "added officer" << pending.officerId;
        return {};
    }
    // A passphrase change: the officer must still be there (not removed meanwhile).
    const auto current = m_slots.officerSlot(pending.officerName);
    if (!current || current->officerId != pending.officerId) {
        return Error(ErrorCode::VaultUnknownOfficer, {pending.officerName});
    }
    if (m_actor.isRecovery() || current->officerId != m_actor.officerId) {
        VERDES_TRY(m_actor.require(Action::ManageOfficers));
    }
    Transaction tx(*m_db);
    VERDES_TRY(tx.begin());
    VERDES_TRY(
        AuditLog(*m_db, m_clock)
            .append(m_actor, officerRecord("officer.passwd", current->officerId, {current->officerName})));
    KeySlots updated = m_slots;
    updated.remove(current->id);
    updated.add(sealed);
    VERDES_TRY(commitSlots(tx, std::move(updated)));
    qCInfo(lcVault) << "changed passphrase of officer" << current->officerId;
    return {};
}

Result<void> Vault::removeOfficer(const QString &name)
{
    VERDES_TRY(requireOpen());
    const auto slot = m_slots.officerSlot(name.trimmed());
    if (!slot) {
        return Error(ErrorCode::VaultUnknownOfficer, {name.trimmed()});
    }
    if (m_slots.officerCount() <= 1) {
        return Error(ErrorCode::VaultLastKeySlot);
    }
    VERDES_TRY(m_actor.require(Action::ManageOfficers));
    Transaction tx(*m_db);
    VERDES_TRY(tx.begin());
    Statement st(
        *m_db,
        u"UPDATE officers SET removed_at = :now WHERE officer_id = :officer_id AND removed_at IS NULL");
    VERDES_TRY(st.status());
    st.bind(u":now", m_clock.now().toUTC().toString(Qt::ISODate));
    st.bind(u":officer_id", slot->officerId);
    VERDES_TRY(st.run());
    VERDES_TRY(AuditLog(*m_db, m_clock)
                   .append(m_actor, officerRecord("officer.remove", slot->officerId, {slot->officerName})));
    KeySlots updated = m_slots;
    updated.remove(slot->id);
    VERDES_TRY(commitSlots(tx, std::move(updated)));
    if (!m_actor.isRecovery() && slot->officerId == m_actor.officerId) {
        m_unlockedBy.clear();
        // Still not the recovery key: an officer who removed themselves may only look, until locked.
        m_actor.role = Role::Viewer;
        m_actor.admin = false;
    }
    qCInfo(lcVault) << "removed officer" << slot->officerId;
    return {};
}

Result<void> Vault::changePassphrase(const QString &officerName, const SecureBytes &newPassphrase)
{
    VERDES_TRY_ASSIGN(pending, beginChangePassphrase(officerName, newPassphrase));
    VERDES_TRY_ASSIGN(slot, deriveSlot(pending));
    return finishSlot(pending, slot);
}

Result<void> Vault::setOfficerRole(const QString &name, Role role)
{
    VERDES_TRY(requireManager());
    if (!roleFits(role, m_kind)) {
        return Error(ErrorCode::VaultRoleNotForKind, {RoleText::label(role), VaultKindText::label(m_kind)});
    }
    const auto slot = m_slots.officerSlot(name.trimmed());
    if (!slot) {
        return Error(ErrorCode::VaultUnknownOfficer, {name.trimmed()});
    }
    Statement current(*m_db, u"SELECT role FROM officers WHERE officer_id = :id AND removed_at IS NULL");
    VERDES_TRY(current.status());
    current.bind(u":id", slot->officerId);
    VERDES_TRY_ASSIGN(found, current.step());
    if (!found) {
        return Error(
            ErrorCode::VaultUnknownOfficer, {slot->officerName}, QStringLiteral("no active officer row"));
    }
    const QString oldCode = current.text(0);
    current.reset();
    if (oldCode == roleCode(role)) {
        return {};
    }
    Transaction tx(*m_db);
    VERDES_TRY(tx.begin());
    Statement st(*m_db, u"UPDATE officers SET role = :role WHERE officer_id = :id AND removed_at IS NULL");
    VERDES_TRY(st.status());
    st.bind(u":role", roleCode(role));
    st.bind(u":id", slot->officerId);
    VERDES_TRY(st.run());
    VERDES_TRY(AuditLog(*m_db, m_clock)
                   .append(m_actor,
                           officerRecord("officer.role",
                                         slot->officerId,
                                         {slot->officerName, oldCode, roleCode(role)})));
    VERDES_CRASH_POINT("officers.before-commit");
    VERDES_TRY(tx.commit());
    if (!m_actor.isRecovery() && slot->officerId == m_actor.officerId) {
        m_actor.role = role;
    }
    qCInfo(lcVault) << "changed the role of officer" << slot->officerId << "to" << roleCode(role);
    return {};
}

Result<QString> Vault::confirmPassphrase(const QString &name, const SecureBytes &passphrase) const
{
    VERDES_TRY(requireOpen());
    const QString trimmed = name.trimmed();
    UnlockThrottle throttle(m_slots.vaultId(), m_clock);
    VERDES_TRY(throttle.check());
    const auto slot = m_slots.officerSlot(trimmed);
    if (!slot) {
        return Error(ErrorCode::VaultUnknownOfficer, {trimmed});
    }
    auto secret = KeySlots::unwrapSecret(m_slots.vaultId(), *slot, passphrase.bytes());
    if (!secret) {
        if (secret.error().code == ErrorCode::VaultWrongPassphrase) {
            throttle.recordFailure();
        }
        return secret.error();
    }
    throttle.recordSuccess();
    // The slot must open this vault's data key, not merely decrypt its own secret.
    VERDES_TRY_ASSIGN(dataKey, KeySlots::openDataKey(*slot, *secret));
    Q_UNUSED(dataKey)
    return slot->officerId;
}

Result<Actor> Vault::confirmOfficer(const QString &name, const SecureBytes &passphrase) const
{
    VERDES_TRY_ASSIGN(officerId, confirmPassphrase(name, passphrase));
    return Actor::load(*m_db, officerId);
}

Result<QList<Vault::OfficerInfo>> Vault::officers()
{
    VERDES_TRY(requireOpen());
    Statement st(*m_db,
                 u"SELECT officer_id, name, role, admin, created_at FROM officers WHERE removed_at IS NULL "
                 u"ORDER BY name COLLATE NOCASE");
    VERDES_TRY(st.status());
    QList<OfficerInfo> list;
    while (true) {
        VERDES_TRY_ASSIGN(row, st.step());
        if (!row) {
            break;
        }
        OfficerInfo info;
        info.officerId = st.text(0);
        info.name = st.text(1);
        info.role = roleFromCode(st.text(2)).value_or(Role::Viewer);
        info.admin = st.int64(3) != 0;
        info.createdAt = QDateTime::fromString(st.text(4), Qt::ISODate).toUTC();
        list.append(info);
    }
    return list;
}

Result<void> Vault::changeKey(Progress &progress)
{
    VERDES_TRY(requireManager());
    const QDir dir(m_folder);
    const QString nextPath = dir.filePath(rekeyDatabaseName());
    const QString pendingPath = dir.filePath(KeySlots::rekeyFileName());
    VERDES_TRY(removeDurably(nextPath));
    VERDES_TRY(removeDurably(pendingPath));
    auto discard = [&] {
        for (const QString &path : {nextPath, pendingPath}) {
            if (auto removed = removeDurably(path); !removed) {
                qCWarning(lcVault) << "could not remove a file of the abandoned key change";
            }
        }
    };

    SecureBytes newKey = SecureBytes::random(Kdf::kKeySize);
    KeySlots updated = m_slots;
    updated.resealAll(newKey);
    updated.seal(m_slots.generation() + 1, newKey);
    VERDES_TRY_ASSIGN(schema, Migrator::currentVersion(*m_db));

    // 1. A copy of everything, encrypted with the new key.
    if (auto exported = m_db->exportEncrypted(nextPath, newKey, progress); !exported) {
        discard();
        return exported.error();
    }
    VERDES_CRASH_POINT("rekey.after-export");
    // 2. The copy records its own slot file and the change, in its own audit trail.
    auto recorded = [&]() -> Result<void> {
        VERDES_TRY_ASSIGN(
            next, Database::openEncrypted(nextPath, newKey, Database::Mode::Open, Database::Check::None));
        VERDES_TRY(next->execute(QStringLiteral("PRAGMA user_version = %1").arg(schema)));
        Transaction tx(*next);
        VERDES_TRY(tx.begin());
        VERDES_TRY(recordSlots(*next, updated));
        VERDES_TRY(AuditLog(*next, m_clock).append(m_actor, vaultRecord("vault.rekey", m_vaultId)));
        VERDES_TRY(tx.commit());
        VERDES_TRY(next->checkpointTruncate());
        next.reset();
        return syncFile(nextPath);
    }();
    if (!recorded) {
        discard();
        return recorded.error();
    }
    // 3. The new slot file beside it: from here a crash is finished by the next unlock.
    if (auto written = writeFileDurably(pendingPath, updated.fileBytes()); !written) {
        discard();
        return written.error();
    }
    VERDES_CRASH_POINT("rekey.before-swap");
    // 4. The swap needs the database to itself: no other connection may hold the old file or its WAL.
    VERDES_TRY(m_db->checkpointTruncate());
    m_db.reset();
    const QString dbPath = databasePath();
    auto reopenOld = [&]() -> Result<void> {
        VERDES_TRY_ASSIGN(
            db, Database::openEncrypted(dbPath, m_dataKey, Database::Mode::Open, Database::Check::None));
        m_db = std::move(db);
        return {};
    };
    if (QFileInfo::exists(dbPath + QStringLiteral("-wal"))
        || QFileInfo::exists(dbPath + QStringLiteral("-shm"))) {
        discard();
        VERDES_TRY(reopenOld());
        return Error(ErrorCode::VaultKeyChangeBusy, {}, QStringLiteral("another connection holds the WAL"));
    }
    if (auto swapped = renameDurably(nextPath, dbPath); !swapped) {
        discard();
        VERDES_TRY(reopenOld());
        return swapped.error();
    }
    VERDES_CRASH_POINT("rekey.after-swap");
    // 5. The new key is the vault's key now.
    m_dataKey = std::move(newKey);
    m_slots = std::move(updated);
    if (auto written = m_slots.writeTo(m_folder); written) {
        if (auto removed = removeDurably(pendingPath); !removed) {
            qCWarning(lcVault) << "could not remove the pending key-slot file";
        }
    } else {
        qCWarning(lcVault) << "the new key-slot file stays pending; the next unlock puts it in place";
    }
    VERDES_TRY_ASSIGN(
        db, Database::openEncrypted(dbPath, m_dataKey, Database::Mode::Open, Database::Check::None));
    m_db = std::move(db);
    qCInfo(lcVault) << "changed the key of vault" << m_vaultId;
    return {};
}

Result<QStringList> Vault::fullCheck()
{
    VERDES_TRY(requireOpen());
    VERDES_TRY_ASSIGN(problems, m_db->fullCheck());
    auto onDisk = KeySlots::load(m_folder);
    if (!onDisk) {
        problems << QStringLiteral("key slots: ") + errorCodeName(onDisk.error().code) + u' '
                        + onDisk.error().detail;
        return problems;
    }
    if (auto authentic = onDisk->authenticate(m_dataKey, m_folder); !authentic) {
        problems << QStringLiteral("key slots: the file does not authenticate with the vault key");
    } else if (onDisk->generation() != m_slots.generation() || onDisk->tag() != m_slots.tag()) {
        problems << QStringLiteral("key slots: the file is generation %1, the database records %2")
                        .arg(onDisk->generation())
                        .arg(m_slots.generation());
    }
    if (onDisk->vaultId() != m_vaultId) {
        problems << QStringLiteral("key slots: vault id differs from the database");
    }
    if (!onDisk->recoverySlot()) {
        problems << QStringLiteral("key slots: no recovery slot");
    }
    Statement st(*m_db, u"SELECT officer_id FROM officers WHERE removed_at IS NULL");
    VERDES_TRY(st.status());
    QStringList activeIds;
    while (true) {
        VERDES_TRY_ASSIGN(row, st.step());
        if (!row) {
            break;
        }
        activeIds << st.text(0);
    }
    QStringList slotIds;
    for (const KeySlot &slot : m_slots.slots()) {
        if (slot.kind == KeySlot::Kind::Officer) {
            slotIds << slot.officerId;
            if (!activeIds.contains(slot.officerId)) {
                problems << QStringLiteral("key slot %1 has no active officer row").arg(slot.id);
            }
        }
    }
    for (const QString &id : activeIds) {
        if (!slotIds.contains(id)) {
            problems << QStringLiteral("officer %1 has no key slot").arg(id);
        }
    }
    if (auto key = DeviceKey::load(*m_db); !key) {
        problems << QStringLiteral("device key: ") + key.error().detail;
    }
    return problems;
}

Result<void> Vault::lock()
{
    Result<void> result;
    if (m_db != nullptr) {
        writePendingSlotFile();
        HeadWatermark::record(*m_db, m_clock);
        auto checkpointed = m_db->checkpointTruncate();
        if (!checkpointed) {
            result = checkpointed.error();
        }
        m_db.reset();
        qCInfo(lcVault) << "locked vault" << m_vaultId;
    }
    m_dataKey.clear();
    m_folderLock.release();
    return result;
}

} // namespace verdes
