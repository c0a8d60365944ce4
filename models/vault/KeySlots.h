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

// One way into a vault. Each slot has its own X25519 key pair: the secret key is wrapped with
// XChaCha20-Poly1305 under a key derived with Argon2id from an officer's passphrase (or the
// recovery key), and the vault's 32-byte data key is sealed to the public key (crypto_box_seal).
// Because the data key is sealed to public keys, the vault key can be changed (DESIGN.md: after an
// officer is removed) and sealed anew to every remaining slot without anyone's passphrase.
//
// The wrap's associated data binds the format version, the vault id, the slot id, the kind, the
// officer id, the KDF parameters and the public key: no field can be moved between slots or vaults
// without the unwrap failing. The officer id bound there is who acts once the vault is open; the
// name beside it is only for the unlock dialog.
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
    QByteArray publicKey;     // X25519, 32 bytes
    QByteArray nonce;         // 24 bytes, fresh per wrap
    QByteArray wrappedSecret; // the slot's X25519 secret key: 32 bytes of ciphertext + 16 of tag
    QByteArray sealedKey;     // the data key sealed to publicKey: 32 + 48 bytes

    // The same way in: same slot, same wrapped secret (the sealed data key may differ after a
    // change of the vault key).
    bool sameWayInAs(const KeySlot &other) const;
};

// The key-slot file of a vault folder (DESIGN.md "Storage: the vault"), format 2.
//
// The whole file — vault id, generation, every slot with its names, ids, roles and KDF parameters —
// is authenticated with keyed BLAKE2b under a subkey of the data key (crypto_kdf), checked right
// after a slot opened and before anything else in the file is used, as KeePassXC authenticates its
// header. Without the data key nobody can change a name, add a slot or roll the file back to an
// older generation that still holds a removed officer: the database records the current generation
// and the file's exact bytes (Vault, table keyslot_state), and is the authority.
//
// On disk: generation N is written to `keyslots.<N % 2>.json` (a temp file, fsync, rename, folder
// fsync) and then, as a second copy, over the other file, which held the older generation. Only
// a crash between the two writes leaves two generations on disk; load() picks the newest file that
// parses, and the vault rewrites both from its record at the next unlock.
class KeySlots final
{
public:
    static constexpr int kFormatVersion = 2;
    static constexpr std::size_t kNonceSize = 24;

    KeySlots() = default;
    explicit KeySlots(QString vaultId);

    // The file of generation parity 0 or 1 in a vault folder.
    static QString fileName(int parity);

    // The pending file of a change of the vault key (Vault::changeKey).
    static QString rekeyFileName() { return QStringLiteral("keyslots.rekey.json"); }

    // Whether a folder holds at least one key-slot file.
    static bool existsIn(const QString &folder);

    // The newest file that parses (not yet authenticated: call authenticate() with the data key
    // the caller's slot opened). VaultNotAVault when the folder has no key-slot file,
    // VaultKeySlotsDamaged when none parses, VaultKeySlotsOldFormat for format 1, VaultNewerSchema
    // for a newer format, VaultKdfOutOfRange for a slot whose stored cost is outside the accepted
    // range (refused before any derivation).
    static Result<KeySlots> load(const QString &folder);
    // Parses file bytes (from the folder or from the database's record).
    static Result<KeySlots> parse(const QByteArray &bytes);

    // Checks the file's authentication tag with a subkey of the data key: VaultKeySlotsTampered
    // (args: folder) when it does not match.
    Result<void> authenticate(const SecureBytes &dataKey, const QString &folder) const;

    // Gives the slots generation `generation` and serialises them with their authentication tag
    // under `dataKey`; fileBytes() returns the result.
    void seal(quint64 generation, const SecureBytes &dataKey);
    // Writes fileBytes() durably as the file of its generation, then over the other file (which
    // may hold a removed officer's slot or an old passphrase's).
    Result<void> writeTo(const QString &folder) const;
    // Whether both files in the folder hold exactly fileBytes().
    bool isWrittenIn(const QString &folder) const;

    // A new slot: a fresh X25519 key pair, its secret wrapped under the Argon2id key of `secret`
    // (the passphrase in UTF-8 or the recovery key's bytes), and the data key sealed to it.
    static Result<KeySlot> create(const QString &vaultId,
                                  KeySlot::Kind kind,
                                  const QString &officerId,
                                  const QString &officerName,
                                  std::span<const unsigned char> secret,
                                  const KdfParams &kdf,
                                  const SecureBytes &dataKey);
    // Unwraps a slot's secret key (runs Argon2id): VaultWrongPassphrase when the secret (or the
    // slot) does not match, VaultKdfOutOfRange before any derivation for an unacceptable cost.
    static Result<SecureBytes>
    unwrapSecret(const QString &vaultId, const KeySlot &slot, std::span<const unsigned char> secret);
    // Opens the data key sealed in a slot with the slot's secret key (no derivation).
    static Result<SecureBytes> openDataKey(const KeySlot &slot, const SecureBytes &slotSecret);
    // Seals `dataKey` anew to every slot's public key (a change of the vault key).
    void resealAll(const SecureBytes &dataKey);

    const QString &vaultId() const { return m_vaultId; }

    quint64 generation() const { return m_generation; }

    // The exact bytes read by load()/parse(), or written by seal().
    const QByteArray &fileBytes() const { return m_bytes; }

    // The authentication tag (32 bytes). Two authenticated files with the same tag hold the same
    // slots and generation.
    const QByteArray &tag() const { return m_tag; }

    const QList<KeySlot> &slots() const { return m_slots; }

    // Officer slots by name, case-insensitive (as the officers table's unique index).
    std::optional<KeySlot> officerSlot(QStringView name) const;
    std::optional<KeySlot> slotById(const QString &slotId) const;
    std::optional<KeySlot> recoverySlot() const;
    QStringList officerNames() const;
    qsizetype officerCount() const;

    void add(KeySlot slot);
    bool remove(const QString &slotId);

private:
    QByteArray body(quint64 generation) const;

    QString m_vaultId;
    QList<KeySlot> m_slots;
    quint64 m_generation = 0;
    QByteArray m_bytes;
    QByteArray m_tag;
};

} // namespace verdes
