// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/audit/Actor.h"
#include "models/core/Clock.h"
#include "models/core/Result.h"
#include "models/core/SecureBytes.h"
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

// One village's encrypted vault (DESIGN.md "Storage: the vault"): a folder `<name>.verdes/` with
// the SQLCipher database `vault.db` (and its WAL), the key-slot files and a lock file. An unlocked
// Vault owns the folder lock (flock: one Verdes process at a time), the data key in secure memory
// and the main connection; lock() or the destructor checkpoints, closes and wipes the key.
//
// Officers and the recovery key each hold a key slot; adding or removing an officer or changing a
// passphrase rewrites only the key-slot file, never the data. Every failed open leaves the folder
// byte-identical, and so does every failed write (the database write is a transaction that commits
// only after the new key-slot generation is on disk; if the commit fails, the slot file is put back).
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
    // Opens with an officer's passphrase (UTF-8 in secure memory).
    static Result<std::unique_ptr<Vault>> unlock(const QString &folder,
                                                 const QString &officerName,
                                                 const SecureBytes &passphrase,
                                                 Clock &clock = SystemClock::instance());
    // Opens with the recovery key as typed; a typing mistake is reported before any key derivation.
    static Result<std::unique_ptr<Vault>> unlockWithRecoveryKey(const QString &folder,
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
    // not a daily way in.
    Result<void> removeOfficer(const QString &name);
    // Gives an officer another role (no change, no entry when it is the same role).
    Result<void> setOfficerRole(const QString &name, Role role);
    // Sets a new passphrase for an officer of this unlocked vault. An officer may always change
    // their own; anyone else's needs ManageOfficers.
    Result<void> changePassphrase(const QString &officerName, const SecureBytes &newPassphrase);
    // The active officers, by name.
    Result<QList<OfficerInfo>> officers();

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

    // integrity_check, foreign_key_check, cipher_integrity_check and the key slots against the
    // officers table. Returns the problems found (empty = healthy); texts are technical, for the log.
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

    // The officer who unlocked it; empty when the recovery key was used.
    const QString &unlockedBy() const { return m_unlockedBy; }

    // Who is acting: the officer who unlocked it with their role (Actor::recovery() for the
    // recovery key). Follows role changes made through this vault.
    const Actor &actor() const { return m_actor; }

    // The Argon2id cost new key slots get (recorded in vault_meta; can be raised later).
    const KdfParams &kdfCost() const { return m_kdfCost; }

    QStringList officerNames() const { return m_slots.officerNames(); }

private:
    Vault(QString folder, int lockFd, Clock &clock);
    static Result<std::unique_ptr<Vault>>
    finishUnlock(std::unique_ptr<Vault> vault, KeySlots slots, SecureBytes dataKey, QString officer);
    Result<void> loadMeta();
    Result<void> requireOpen() const;
    // requireOpen() and the actor's permission to manage officers.
    Result<void> requireManager() const;
    // Saves `updated` as the next key-slot generation and commits the open transaction `commit`
    // afterwards; undoes the slot file if the commit fails.
    Result<void> saveSlotsThenCommit(KeySlots &updated, const std::function<Result<void>()> &commit);

    QString m_folder;
    int m_lockFd = -1;
    Clock &m_clock;
    std::unique_ptr<Database> m_db;
    SecureBytes m_dataKey;
    KeySlots m_slots;
    QString m_vaultId;
    QString m_villageCode;
    QString m_villageName;
    QString m_unlockedBy;
    Actor m_actor;
    KdfParams m_kdfCost;
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
