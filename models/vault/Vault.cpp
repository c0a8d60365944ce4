// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/vault/Vault.h"

#include "models/audit/AuditLog.h"
#include "models/core/CrashPoint.h"
#include "models/core/Log.h"
#include "models/core/Sodium.h"
#include "models/domain/OfficerName.h"
#include "models/vault/Database.h"
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

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace verdes {

namespace {

// SQLCipher's page size: the smallest a vault's database file can be.
constexpr qint64 kMinDatabaseSize = 4096;

QString randomHexId()
{
    ensureSodium();
    QByteArray bytes(16, Qt::Uninitialized);
    randombytes_buf(bytes.data(), static_cast<std::size_t>(bytes.size()));
    return QString::fromLatin1(bytes.toHex());
}

bool isWritablePath(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    return ::access(native.constData(), W_OK) == 0;
}

// Takes the folder's lock file with flock: released by the kernel if the process dies.
Result<int> acquireFolderLock(const QString &folder)
{
    const QString path = QDir(folder).filePath(Vault::lockFileName());
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0) {
        const int savedErrno = errno;
        const QString detail =
            QStringLiteral("open lock file: ") + QString::fromLocal8Bit(std::strerror(savedErrno));
        if (savedErrno == EACCES || savedErrno == EROFS || savedErrno == EPERM) {
            return Error(ErrorCode::VaultReadOnly, {folder}, detail);
        }
        if (savedErrno == ENOSPC || savedErrno == EDQUOT) {
            return Error(ErrorCode::VaultDiskFull, {folder}, detail);
        }
        return Error(ErrorCode::FileWriteFailed, {path}, detail);
    }
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        const int savedErrno = errno;
        ::close(fd);
        if (savedErrno == EWOULDBLOCK) {
            return Error(ErrorCode::VaultLockedByOther, {folder}, QStringLiteral("flock held"));
        }
        return Error(ErrorCode::FileWriteFailed,
                     {path},
                     QStringLiteral("flock: ") + QString::fromLocal8Bit(std::strerror(savedErrno)));
    }
    return fd;
}

void releaseFolderLock(int fd)
{
    if (fd >= 0) {
        ::flock(fd, LOCK_UN);
        ::close(fd);
    }
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

AuditRecord officerRecord(const char *action, const QString &officerId, QStringList args)
{
    return AuditRecord{
        QString::fromLatin1(action), QStringLiteral("officer"), officerId, QString(), std::move(args)};
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

} // namespace

Vault::Vault(QString folder, int lockFd, Clock &clock)
    : m_folder(std::move(folder))
    , m_lockFd(lockFd)
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
    const QByteArray nativeFolder = QFile::encodeName(info.absoluteFilePath());
    if (::mkdir(nativeFolder.constData(), 0700) != 0) {
        const int savedErrno = errno;
        const QString detail = QStringLiteral("mkdir: ") + QString::fromLocal8Bit(std::strerror(savedErrno));
        if (savedErrno == EEXIST) {
            return Error(ErrorCode::VaultExists, {folder}, detail);
        }
        if (savedErrno == ENOSPC || savedErrno == EDQUOT) {
            return Error(ErrorCode::VaultDiskFull, {parent}, detail);
        }
        if (savedErrno == EACCES || savedErrno == EROFS || savedErrno == EPERM) {
            return Error(ErrorCode::VaultReadOnly, {parent}, detail);
        }
        return Error(ErrorCode::FileWriteFailed, {folder}, detail);
    }
    const QString absolute = info.absoluteFilePath();

    // From here on the folder is ours: any failure removes it, so nothing half-made is left.
    auto build = [&]() -> Result<Created> {
        VERDES_TRY_ASSIGN(lockFd, acquireFolderLock(absolute));
        std::unique_ptr<Vault> vault(new Vault(absolute, lockFd, clock));
        vault->m_vaultId = randomHexId();
        vault->m_dataKey = SecureBytes::random(Kdf::kKeySize);
        vault->m_kdfCost = Kdf::calibrate();
        vault->m_villageCode = villageCode;
        vault->m_villageName = villageName.trimmed();
        vault->m_unlockedBy = officer;

        const QString officerId = randomHexId();
        vault->m_actor = Actor{officerId, officer, role, true};
        RecoveryKey recovery = RecoveryKey::generate();
        KeySlots slots(vault->m_vaultId);
        VERDES_TRY_ASSIGN(officerSlot,
                          KeySlots::wrap(vault->m_vaultId,
                                         KeySlot::Kind::Officer,
                                         officerId,
                                         officer,
                                         passphrase.bytes(),
                                         Kdf::withFreshSalt(vault->m_kdfCost),
                                         vault->m_dataKey));
        slots.add(officerSlot);
        VERDES_TRY_ASSIGN(recoverySlot,
                          KeySlots::wrap(vault->m_vaultId,
                                         KeySlot::Kind::Recovery,
                                         QString(),
                                         QString(),
                                         recovery.bytes().bytes(),
                                         Kdf::withFreshSalt(vault->m_kdfCost),
                                         vault->m_dataKey));
        slots.add(recoverySlot);

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
            VERDES_TRY(putMeta(*db, QStringLiteral("village_code"), vault->m_villageCode));
            VERDES_TRY(putMeta(*db, QStringLiteral("village_name"), vault->m_villageName));
            VERDES_TRY(putMeta(*db, QStringLiteral("kdf_algorithm"), QStringLiteral("argon2id13")));
            VERDES_TRY(
                putMeta(*db, QStringLiteral("kdf_opslimit"), QString::number(vault->m_kdfCost.opsLimit)));
            VERDES_TRY(
                putMeta(*db, QStringLiteral("kdf_memlimit"), QString::number(vault->m_kdfCost.memLimit)));
            VERDES_TRY(
                putMeta(*db, QStringLiteral("keyslot_format"), QString::number(KeySlots::kFormatVersion)));
            VERDES_TRY(putMeta(*db, QStringLiteral("created_at"), now));
            VERDES_TRY(insertOfficer(*db, officerId, officer, now, role, true));
            VERDES_TRY(AuditLog(*db, clock)
                           .append(vault->m_actor,
                                   AuditRecord{QStringLiteral("vault.create"),
                                               QStringLiteral("vault"),
                                               vault->m_vaultId,
                                               QString(),
                                               {vault->m_villageName, vault->m_villageCode}}));
            VERDES_TRY(tx.commit());
        }
        // Fold the WAL into vault.db now: a vault whose main file is still empty could not be told
        // from a damaged one if the process died before the first checkpoint.
        VERDES_TRY(db->checkpointTruncate());
        VERDES_TRY(slots.save(absolute));
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

Result<std::unique_ptr<Vault>>
Vault::unlock(const QString &folder, const QString &officerName, const SecureBytes &passphrase, Clock &clock)
{
    VERDES_TRY(checkFolderForUnlock(folder));
    const QString absolute = QFileInfo(folder).absoluteFilePath();
    VERDES_TRY_ASSIGN(lockFd, acquireFolderLock(absolute));
    std::unique_ptr<Vault> vault(new Vault(absolute, lockFd, clock));
    VERDES_TRY_ASSIGN(slots, KeySlots::load(absolute));
    UnlockThrottle throttle(slots.vaultId(), clock);
    VERDES_TRY(throttle.check());
    const auto slot = slots.officerSlot(officerName.trimmed());
    if (!slot) {
        return Error(ErrorCode::VaultUnknownOfficer, {officerName.trimmed()});
    }
    auto dataKey = KeySlots::unwrap(slots.vaultId(), *slot, passphrase.bytes());
    if (!dataKey) {
        if (dataKey.error().code == ErrorCode::VaultWrongPassphrase) {
            throttle.recordFailure();
            qCInfo(lcVault) << "wrong passphrase; failures in a row:" << throttle.failures();
        }
        return dataKey.error();
    }
    throttle.recordSuccess();
    const QString name = slot->officerName;
    return finishUnlock(std::move(vault), std::move(slots), std::move(dataKey).value(), name);
}

Result<std::unique_ptr<Vault>>
Vault::unlockWithRecoveryKey(const QString &folder, QStringView recoveryKey, Clock &clock)
{
    // Parsing first: a typo is reported before the folder is even touched.
    VERDES_TRY_ASSIGN(key, RecoveryKey::parse(recoveryKey));
    VERDES_TRY(checkFolderForUnlock(folder));
    const QString absolute = QFileInfo(folder).absoluteFilePath();
    VERDES_TRY_ASSIGN(lockFd, acquireFolderLock(absolute));
    std::unique_ptr<Vault> vault(new Vault(absolute, lockFd, clock));
    VERDES_TRY_ASSIGN(slots, KeySlots::load(absolute));
    UnlockThrottle throttle(slots.vaultId(), clock);
    VERDES_TRY(throttle.check());
    const auto slot = slots.recoverySlot();
    if (!slot) {
        return Error(ErrorCode::VaultKeySlotsDamaged, {absolute}, QStringLiteral("no recovery slot"));
    }
    auto dataKey = KeySlots::unwrap(slots.vaultId(), *slot, key.bytes().bytes());
    if (!dataKey) {
        if (dataKey.error().code == ErrorCode::VaultWrongPassphrase) {
            throttle.recordFailure();
            return Error(ErrorCode::VaultWrongRecoveryKey, {}, dataKey.error().detail);
        }
        return dataKey.error();
    }
    throttle.recordSuccess();
    return finishUnlock(std::move(vault), std::move(slots), std::move(dataKey).value(), QString());
}

Result<std::unique_ptr<Vault>>
Vault::finishUnlock(std::unique_ptr<Vault> vault, KeySlots slots, SecureBytes dataKey, QString officer)
{
    // A vault's main file holds at least one whole page from creation on (create checkpoints).
    // Anything shorter is damaged, and SQLite would otherwise take it for a new, empty database.
    if (QFileInfo(vault->databasePath()).size() < kMinDatabaseSize) {
        return Error(ErrorCode::VaultDamaged, {vault->m_folder}, QStringLiteral("database file too short"));
    }
    auto db =
        Database::openEncrypted(vault->databasePath(), dataKey, Database::Mode::Open, Database::Check::Quick);
    if (!db) {
        Error error = db.error();
        // The key slot opened, so the key is right: a file SQLCipher cannot read is damaged.
        if (error.code == ErrorCode::VaultNotAVault || error.code == ErrorCode::Internal) {
            error.code = ErrorCode::VaultDamaged;
            error.args = QStringList{vault->m_folder};
        }
        return error;
    }
    // Schema 0 means an empty database: never a vault (creation commits the schema before the key
    // slots exist), so it is not "migrated" into one.
    auto version = Migrator::currentVersion(**db);
    if (!version) {
        return version.error();
    }
    if (*version == 0) {
        return Error(ErrorCode::VaultDamaged, {vault->m_folder}, QStringLiteral("database has no schema"));
    }
    auto migrated = Migrator::migrate(**db);
    if (!migrated) {
        return migrated.error();
    }
    vault->m_db = std::move(db).value();
    vault->m_dataKey = std::move(dataKey);
    vault->m_slots = std::move(slots);
    vault->m_unlockedBy = std::move(officer);
    auto meta = vault->loadMeta();
    if (!meta) {
        // Close without a checkpoint write beyond what SQLite does on close of an unchanged WAL.
        return meta.error();
    }
    if (vault->m_unlockedBy.isEmpty()) {
        vault->m_actor = Actor::recovery();
    } else {
        auto actor = Actor::load(*vault->m_db, vault->m_unlockedBy);
        if (actor) {
            vault->m_actor = std::move(actor).value();
        } else {
            // A key slot without an active officer row (fullCheck reports it): the officer may look
            // but change nothing until access is repaired.
            qCWarning(lcVault) << "no officer row for the unlocking key slot; acting as viewer:"
                               << errorCodeName(actor.error().code);
            const auto slot = vault->m_slots.officerSlot(vault->m_unlockedBy);
            vault->m_actor = Actor{
                slot ? slot->officerId : QStringLiteral("unknown"), vault->m_unlockedBy, Role::Viewer, false};
        }
    }
    qCInfo(lcVault) << "unlocked vault" << vault->m_vaultId;
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
    m_villageCode = meta.value(QStringLiteral("village_code"));
    m_villageName = meta.value(QStringLiteral("village_name"));
    m_kdfCost.opsLimit = meta.value(QStringLiteral("kdf_opslimit")).toULongLong();
    m_kdfCost.memLimit = meta.value(QStringLiteral("kdf_memlimit")).toULongLong();
    m_kdfCost.salt = QByteArray(static_cast<qsizetype>(Kdf::kSaltSize), '\0');
    if (!Kdf::isAcceptable(m_kdfCost)) {
        return Error(
            ErrorCode::VaultDamaged, {m_folder}, QStringLiteral("KDF cost in vault_meta out of range"));
    }
    m_kdfCost.salt.clear();
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

Result<void> Vault::saveSlotsThenCommit(KeySlots &updated, const std::function<Result<void>()> &commit)
{
    VERDES_TRY(updated.save(m_folder));
    VERDES_CRASH_POINT("vault.after-keyslots-saved");
    auto committed = commit();
    if (!committed) {
        auto undone = updated.undoLastSave(m_folder);
        if (!undone) {
            qCWarning(lcVault) << "could not undo the key-slot file after a failed commit:"
                               << errorCodeName(undone.error().code);
        }
        return committed.error();
    }
    m_slots = updated;
    return {};
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
    return KeySlots::wrap(pending.vaultId,
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
        updated.add(slot);
        VERDES_TRY(saveSlotsThenCommit(updated, [&] {
            return tx.commit();
        }));
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
    updated.add(slot);
    VERDES_TRY(saveSlotsThenCommit(updated, [&] {
        return tx.commit();
    }));
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
    VERDES_TRY(saveSlotsThenCommit(updated, [&] {
        return tx.commit();
    }));
    if (slot->officerName.compare(m_unlockedBy, Qt::CaseInsensitive) == 0) {
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
    VERDES_TRY(tx.commit());
    if (!m_actor.isRecovery() && slot->officerId == m_actor.officerId) {
        m_actor.role = role;
    }
    qCInfo(lcVault) << "changed the role of officer" << slot->officerId << "to" << roleCode(role);
    return {};
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
    for (const KeySlot &slot : onDisk->slots()) {
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
    return problems;
}

Result<void> Vault::lock()
{
    Result<void> result;
    if (m_db != nullptr) {
        auto checkpointed = m_db->checkpointTruncate();
        if (!checkpointed) {
            result = checkpointed.error();
        }
        m_db.reset();
        qCInfo(lcVault) << "locked vault" << m_vaultId;
    }
    m_dataKey.clear();
    releaseFolderLock(m_lockFd);
    m_lockFd = -1;
    return result;
}

} // namespace verdes
