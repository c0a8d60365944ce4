// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Clock.h"
#include "models/core/Progress.h"
#include "models/core/Result.h"
#include "models/core/SecureBytes.h"
#include "models/domain/VaultKind.h"
#include "models/platform/FolderLock.h"
#include "models/vault/Actor.h"
#include "models/vault/Kdf.h"
#include "models/vault/KeySlots.h"
#include "models/vault/RecoveryKey.h"
#include "models/vault/VaultConnector.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace verdes {

class Database;
class Transaction;

// One village's encrypted vault (DESIGN.md "Storage: the vault"): a folder `<name>.verdes/` with
// the SQLCipher database `vault.db` (and its WAL), the key-slot file and a lock file. An unlocked
// Vault owns the folder lock (one Verdes process at a time), the data key in secure memory and the
// main connection; lock() or the destructor checkpoints, closes and wipes the key.
//
// Who may open it: officers and the recovery key each hold a key slot (KeySlots). The key-slot
// file is authenticated with a key derived from the data key and checked right after a slot
// opened; the database records the current slot file (table keyslot_state) and is the authority.
// Every change of officers is written database first — the officer row, the audit entry and the
// new slot file's bytes in one transaction — and only then to the file: a crash in between leaves
// the database knowing more than the file, and the next unlock writes the file from the database.
// So no crash leaves a way in that the database and the audit trail do not know of, and an older
// slot file (a removed officer, an old passphrase) opens nothing. The acting officer is the one
// whose id is bound in the slot that opened the vault.
//
// Unlocking runs Argon2id (0.5–1 s by design): call it off the GUI thread.
class Vault final
{
public:
    static constexpr qsizetype kMinPassphraseLength = 10;

    struct Created;
    struct PendingSlot;

    // One officer of the vault, for the officers dialog and `verdes officer list`.
    struct OfficerInfo
    {
        QString officerId;
        QString name;
        Role role = Role::Viewer;
        bool admin = false;
        QDateTime createdAt; // UTC
    };

    // Makes a new vault folder (refusing an existing path) with one officer and a recovery key.
    // The recovery key is returned once and stored nowhere: the caller shows it to the user.
    // The creating officer gets `role` and the admin mark (may manage officers); the creation is
    // the first entry of the audit trail ("vault.create").
    static Result<Created> create(const QString &folder,
                                  const QString &villageCode,
                                  const QString &villageName,
                                  const QString &officerName,
                                  const SecureBytes &passphrase,
                                  Clock &clock = SystemClock::instance(),
                                  Role role = Role::Operator);
    // Makes a new district review vault (issue 14 §1) for the dinas sosial of a regency or city: the
    // same folder, keys and audit trail as a village vault, with a 4-digit district code and the
    // office's name instead of a village. The creating officer gets `role` (a district role:
    // VaultRoleNotForKind otherwise) and the admin mark.
    static Result<Created> createDistrict(const QString &folder,
                                          const QString &districtCode,
                                          const QString &officeName,
                                          const QString &officerName,
                                          const SecureBytes &passphrase,
                                          Clock &clock = SystemClock::instance(),
                                          Role role = Role::OfficeHead);
    // When PRAGMA quick_check runs (DESIGN.md: at every open): as part of the unlock, or — for the
    // window, which shows the first page as soon as the key is derived — afterwards, in the
    // background on a connection of its own (QuickCheckJob), locking the vault if it fails.
    enum class QuickCheck
    {
        AtUnlock,
        Deferred,
    };

    // Opens with an officer's passphrase (UTF-8 in secure memory).
    static Result<std::unique_ptr<Vault>> unlock(const QString &folder,
                                                 const QString &officerName,
                                                 const SecureBytes &passphrase,
                                                 Clock &clock = SystemClock::instance(),
                                                 QuickCheck quickCheck = QuickCheck::AtUnlock);
    // Opens with the recovery key as typed; a typing mistake is reported before any key derivation.
    static Result<std::unique_ptr<Vault>> unlockWithRecoveryKey(const QString &folder,
                                                                QStringView recoveryKey,
                                                                Clock &clock = SystemClock::instance(),
                                                                QuickCheck quickCheck = QuickCheck::AtUnlock);
    // The deliberate way out of VaultKeySlotsNotRecorded (a slot file the database does not know,
    // for example after an older copy of vault.db was put back): opens with the recovery key and
    // writes the key-slot file anew from the database's record, audited as "keyslots.repair". Who
    // may open the vault is then what the database says.
    static Result<std::unique_ptr<Vault>> repairWithRecoveryKey(const QString &folder,
                                                                QStringView recoveryKey,
                                                                Clock &clock = SystemClock::instance());

    // The officers who can unlock a folder, for the unlock dialog (reads only the key-slot file).
    static Result<QStringList> officerNames(const QString &folder);
    // Whether a folder looks like a vault (has a key-slot file and a database file).
    static bool isVault(const QString &folder);
    // The passphrase policy: at least kMinPassphraseLength characters that are not spaces
    // (PassphraseLength; VaultPassphraseTooShort).
    static Result<void> checkPassphrase(const SecureBytes &passphrase);

    static QString databaseFileName() { return QStringLiteral("vault.db"); }

    static QString lockFileName() { return QStringLiteral("vault.lock"); }

    ~Vault();
    Q_DISABLE_COPY_MOVE(Vault)

    // Officer management needs Action::ManageOfficers (the actor's role, the admin mark or the
    // recovery key); each change is audited in the same transaction ("officer.add",
    // "officer.remove", "officer.role", "officer.passwd").
    Result<void> addOfficer(const QString &name, const SecureBytes &passphrase, Role role = Role::Operator);
    // Refuses to remove the last officer (VaultLastKeySlot): the recovery key is for emergencies,
    // not a daily way in. The removed officer's slot is gone from the file and the database, but a
    // copy of the vault folder they made earlier still opens with their passphrase until the
    // vault key is changed (changeKey()).
    Result<void> removeOfficer(const QString &name);
    // Changes the vault key (ManageOfficers): the database is copied into a new file encrypted with
    // a fresh key (sqlcipher_export), the key is sealed anew to every remaining slot, and the new
    // file takes the old one's place; audited as "vault.rekey". Copies made before stay encrypted
    // with the old key, which no current slot holds any more. `progress`'s cancel stops it
    // (ErrorCode::Cancelled; nothing changed). A crash at any point leaves either the
    // old vault or the new one, and the next unlock finishes or discards the change. Needs the
    // database to itself: VaultKeyChangeBusy while a job's connection is open.
    Result<void> changeKey(Progress &progress = Progress::none());
    // Gives an officer another role (no change, no entry when it is the same role).
    Result<void> setOfficerRole(const QString &name, Role role);
    // Sets a new passphrase for an officer of this unlocked vault. An officer may always change
    // their own; anyone else's needs ManageOfficers.
    Result<void> changePassphrase(const QString &officerName, const SecureBytes &newPassphrase);
    // The active officers, by name.
    Result<QList<OfficerInfo>> officers();
    // Whether `passphrase` opens the key slot of the officer `name` in this vault: their officer id
    // when it does (the chair confirming a seal on the same laptop), VaultWrongPassphrase or
    // VaultUnknownOfficer otherwise. Slow (the officer's Argon2id) and touches no database: call it
    // off the GUI thread, then Actor::load on the vault's own thread.
    Result<QString> confirmPassphrase(const QString &name, const SecureBytes &passphrase) const;
    // confirmPassphrase, then the officer's Actor from the vault's connection (its own thread only).
    Result<Actor> confirmOfficer(const QString &name, const SecureBytes &passphrase) const;

    // addOfficer() and changePassphrase() in three steps, so that the Argon2id derivation (about a
    // second) can run off the GUI thread while the vault stays single-threaded:
    //   1. begin…() on the vault's thread checks everything the one-step call checks (permission,
    //      name, passphrase policy, duplicates) and copies what the derivation needs;
    //   2. deriveSlot() on any thread wraps the data key; it touches no Vault;
    //   3. finishSlot() on the vault's thread checks again (the officers may have changed
    //      meanwhile) and writes the slot, the officer and the audit entry as the one-step call does.
    Result<PendingSlot>
    beginAddOfficer(const QString &name, const SecureBytes &passphrase, Role role = Role::Operator) const;
    Result<PendingSlot> beginChangePassphrase(const QString &officerName,
                                              const SecureBytes &newPassphrase) const;
    static Result<KeySlot> deriveSlot(const PendingSlot &pending);
    Result<void> finishSlot(const PendingSlot &pending, const KeySlot &slot);

    // integrity_check, foreign_key_check, cipher_integrity_check, the key-slot file against the
    // database's record, and the key slots against the officers table. Returns the problems found
    // (empty = healthy); texts are technical, for the log. The audit trail and the evidence are
    // checked by AuditLog::verify and ProposalRepository::verifyEvidence.
    Result<QStringList> fullCheck();

    // Checkpoints, closes and wipes the key; releases the folder lock. Safe to call twice.
    Result<void> lock();

    bool isOpen() const { return m_db != nullptr; }

    // The main connection (GUI thread). Asserts the vault is open.
    Database &database();
    // What a worker-thread job needs to open its own connection.
    Result<VaultConnector> connector() const;

    const QString &folder() const { return m_folder; }

    QString databasePath() const;

    const QString &vaultId() const { return m_vaultId; }

    const QString &villageCode() const { return m_villageCode; }

    const QString &villageName() const { return m_villageName; }

    // What the vault is for; a vault made before kinds were recorded is a village vault.
    VaultKind kind() const { return m_kind; }

    bool isDistrict() const { return m_kind == VaultKind::District; }

    // The regency or city: a district vault's own code, a village vault's first four digits.
    QString districtCode() const;

    // The dinas sosial's name in a district vault ("Dinas Sosial Kota Semarang"); empty in a village's.
    const QString &officeName() const { return m_officeName; }

    // The name to show for the vault: the village's, or the office's.
    const QString &displayName() const { return isDistrict() ? m_officeName : m_villageName; }

    // VaultWrongKind (naming this vault's kind) unless the vault is of `kind`: the village's commands
    // on a district vault, the review's on a village's.
    Result<void> requireKind(VaultKind kind) const;

    // The officer who unlocked it (their name in the officers table); empty for the recovery key.
    const QString &unlockedBy() const { return m_unlockedBy; }

    // Who is acting: the officer who unlocked it with their role (Actor::recovery() for the
    // recovery key). Follows role changes made through this vault.
    const Actor &actor() const { return m_actor; }

    // The Argon2id cost new key slots get (recorded in vault_meta; can be raised later).
    const KdfParams &kdfCost() const { return m_kdfCost; }

    QStringList officerNames() const { return m_slots.officerNames(); }

private:
    struct Opening;
    enum class SlotFileMode
    {
        Verify, // a slot file the database does not know is refused
        Repair, // it is replaced by the database's record (repairWithRecoveryKey)
    };

    // What a new vault is made for: a village (10-digit code, its name) or a district office.
    struct Identity
    {
        VaultKind kind = VaultKind::Village;
        QString code;
        QString name;
    };

    Vault(QString folder, FolderLock lock, Clock &clock);
    static Result<Created> createWith(const QString &folder,
                                      const Identity &identity,
                                      const QString &officerName,
                                      const SecureBytes &passphrase,
                                      Clock &clock,
                                      Role role);
    static Result<std::unique_ptr<Vault>>
    openWith(const QString &folder,
             const std::function<Result<Opening>(const KeySlots &)> &open,
             SlotFileMode mode,
             QuickCheck quickCheck,
             Clock &clock);
    static Result<Opening>
    openRecovery(const KeySlots &slots, const RecoveryKey &key, const QString &folder, Clock &clock);
    static Result<std::unique_ptr<Vault>>
    finishUnlock(std::unique_ptr<Vault> vault, Opening opening, SlotFileMode mode, QuickCheck quickCheck);
    // A change of the vault key that a crash interrupted: finished when the new database is in
    // place, discarded otherwise.
    Result<void> settleKeyChange(Opening &opening);
    // The key-slot file against the database's record: rolls the file forward, refuses or repairs.
    Result<void> settleSlotFile(KeySlots &slots, SlotFileMode mode, bool &repaired);
    Result<void> loadMeta();
    Result<void> requireOpen() const;
    // requireOpen() and the actor's permission to manage officers.
    Result<void> requireManager() const;
    // Seals `updated` as the next generation, records it in the database inside `tx` and commits;
    // then writes the file (a failure there is repaired by the next unlock or lock()).
    Result<void> commitSlots(Transaction &tx, KeySlots updated);
    // Writes the key-slot file if the last write after a commit failed.
    void writePendingSlotFile();

    QString m_folder;
    FolderLock m_folderLock;
    Clock &m_clock;
    std::unique_ptr<Database> m_db;
    SecureBytes m_dataKey;
    KeySlots m_slots;
    QString m_vaultId;
    QString m_villageCode;
    QString m_villageName;
    VaultKind m_kind = VaultKind::Village;
    QString m_districtCode; // a district vault's; a village's is read from its village code
    QString m_officeName;
    QString m_unlockedBy;
    Actor m_actor;
    KdfParams m_kdfCost;
    bool m_slotFileBehind = false; // the database holds a newer slot file than the folder
};

struct Vault::Created
{
    std::unique_ptr<Vault> vault;
    RecoveryKey recoveryKey;
};

// What deriveSlot() needs, copied from the vault by begin…(): the secrets in secure memory, wiped
// when it is destroyed.
struct Vault::PendingSlot
{
    enum class Purpose : quint8
    {
        AddOfficer,
        ChangePassphrase,
    };

    Purpose purpose = Purpose::AddOfficer;
    QString vaultId;
    QString officerId;
    QString officerName;
    Role role = Role::Operator;
    KdfParams kdf;
    SecureBytes dataKey;
    SecureBytes passphrase;
};

} // namespace verdes
