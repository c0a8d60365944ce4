// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"
#include "models/core/SecureBytes.h"
#include "models/vault/Kdf.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace verdes {

// One way into a vault: the 32-byte data key wrapped with XChaCha20-Poly1305 under a key derived
// with Argon2id from an officer's passphrase or from the recovery key. The associated data binds
// the format version, the vault id, the slot id, the kind, the officer id and the KDF parameters,
// so no field can be moved between slots or vaults without the unwrap failing.
struct KeySlot
{
    enum class Kind
    {
        Officer,
        Recovery,
    };

    QString id; // random, 32 hex digits
    Kind kind = Kind::Officer;
    QString officerId;   // officers.officer_id; empty for the recovery slot
    QString officerName; // shown in the unlock dialog; empty for the recovery slot
    KdfParams kdf;
    QByteArray nonce;      // 24 bytes, fresh per wrap
    QByteArray wrappedKey; // 32 bytes of ciphertext + 16 bytes of tag
};

// The key-slot file of a vault folder (DESIGN.md "Storage: the vault"). It is kept as two
// generations, `keyslots.0.json` and `keyslots.1.json`: generation N goes to file N % 2, written to
// a temp file, fsynced, renamed over, and the folder fsynced. The newest generation is never
// overwritten, so a crash while adding an officer leaves the previous set of slots readable.
// Each file carries its generation counter and a BLAKE2b checksum; load() picks the newest valid one.
class KeySlots final
{
public:
    static constexpr int kFormatVersion = 1;
    static constexpr std::size_t kNonceSize = 24;

    KeySlots() = default;
    explicit KeySlots(QString vaultId);

    // The file of generation parity 0 or 1 in a vault folder.
    static QString fileName(int parity);
    // Whether a folder holds at least one key-slot file.
    static bool existsIn(const QString &folder);

    // The newest valid generation. VaultNotAVault when the folder has no key-slot file,
    // VaultKeySlotsDamaged when none is valid, VaultNewerSchema for a newer format.
    static Result<KeySlots> load(const QString &folder);
    // Writes the slots as the next generation. On failure the folder is as it was.
    Result<void> save(const QString &folder);
    // Puts back the file the last save() replaced, byte for byte (or removes it if it did not
    // exist), and the generation counter: for a caller whose other write failed after save().
    Result<void> undoLastSave(const QString &folder);

    // Wraps the data key for a new slot. `secret` is the passphrase in UTF-8 or the recovery key's bytes.
    static Result<KeySlot> wrap(const QString &vaultId,
                                KeySlot::Kind kind,
                                const QString &officerId,
                                const QString &officerName,
                                std::span<const unsigned char> secret,
                                const KdfParams &kdf,
                                const SecureBytes &dataKey);
    // Unwraps a slot: VaultWrongPassphrase when the secret (or the slot) does not match.
    static Result<SecureBytes>
    unwrap(const QString &vaultId, const KeySlot &slot, std::span<const unsigned char> secret);

    const QString &vaultId() const { return m_vaultId; }

    quint64 generation() const { return m_generation; }

    const QList<KeySlot> &slots() const { return m_slots; }

    // Officer slots by name, case-insensitive (as the officers table's unique index).
    std::optional<KeySlot> officerSlot(QStringView name) const;
    std::optional<KeySlot> recoverySlot() const;
    QStringList officerNames() const;
    qsizetype officerCount() const;

    void add(KeySlot slot);
    // Replaces the slot with the same id.
    void replace(const KeySlot &slot);
    bool remove(const QString &slotId);

    // Tests: the next save() fails with this errno after writing part of the temp file
    // (ENOSPC for a full disk). 0 turns it off.
    static void failNextSaveForTests(int errnoValue);

private:
    static Result<KeySlots> parse(const QByteArray &bytes);
    QByteArray serialize(quint64 generation) const;

    QString m_vaultId;
    QList<KeySlot> m_slots;
    quint64 m_generation = 0;
    // For undoLastSave(): what the last save() replaced.
    std::optional<QByteArray> m_replacedBytes;
    int m_replacedParity = -1;
    quint64 m_previousGeneration = 0;
};

// Writes bytes to path atomically and durably: temp file in the same folder, fsync, rename,
// fsync of the folder. Errors: VaultDiskFull, VaultReadOnly or FileWriteFailed; the temp file is
// removed on failure.
Result<void> writeFileDurably(const QString &path, const QByteArray &bytes);

} // namespace verdes
