// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace verdes {

// Every failure the user can meet, one project-wide list grouped by area. Each code has its
// sentence in describe() (Error.cpp) and its command-line exit code in exitCodeFor(). A test walks
// every value, so adding a code without its text fails the build's tests.
enum class ErrorCode : quint16
{
    // General
    Internal = 1, // a bug or an unexpected library failure; detail has the technical text
    Cancelled,    // the user cancelled long work; everything was rolled back
    UsageError,   // the command line was used wrongly; args[0] says how

    // Files
    FileNotFound = 100,   // args: path
    FileExists,           // args: path
    FileReadFailed,       // args: path
    FileWriteFailed,      // args: path
    FilePermissionDenied, // args: path
    DiskFull,             // args: path
    PathInsideVault,      // args: path, the vault folder it is in (nothing but Verdes writes there)
    FileNotRegular,       // args: path (a folder, a device, a pipe or a broken link)

    // Vault
    VaultNotFound = 200, // args: path
    VaultExists,         // args: path
    VaultNotAVault,      // args: path
    VaultDamaged,        // args: path
    VaultNotEncrypted,   // args: path
    VaultNewerSchema,    // args: vault schema, newest known schema
    VaultLockedByOther,  // args: path
    VaultReadOnly,       // args: path
    VaultDiskFull,       // args: path
    VaultWrongPassphrase,
    VaultWrongRecoveryKey,
    VaultRecoveryKeyTypo,    // the checksum caught a typing mistake
    VaultRecoveryKeyFormat,  // wrong length or characters
    VaultUnknownOfficer,     // args: officer name
    VaultOfficerExists,      // args: officer name
    VaultLastKeySlot,        // removing it would lock everyone out
    VaultPassphraseTooShort, // args: minimum length
    VaultPassphraseMismatch, // the two entries differ
    VaultThrottled,          // args: seconds to wait
    VaultCipherUnavailable,  // SQLCipher missing or too old; args: version seen
    VaultKeySlotsDamaged,    // args: path
    VaultInvalidVillageCode, // args: code
    VaultNotOpen,
    VaultKdfOutOfRange,       // args: opslimit, memlimit in MiB (a stored key-derivation cost)
    VaultKeySlotsTampered,    // args: path (the key-slot file's authentication failed)
    VaultKeySlotsNotRecorded, // args: path (a key-slot file the database does not know: newer, or other)
    VaultKeySlotsOldFormat,   // args: path (made by a development version before key-slot format 2)
    VaultSlotRevoked,         // args: officer name (a passphrase changed or removed since)
    VaultOfficerRemoved,      // args: officer name
    VaultKeyChangeBusy,       // other work still holds the database open
    VaultVillageNotListed,    // args: dotted code[, the kecamatan's place]
    VaultVillageCodeRetired,  // args: dotted code, name, last edition year[, successor code, its place]
    VaultInvalidDistrictCode, // args: code as typed (not a regency or city of the 2025 list)
    VaultRoleNotForKind,      // args: role label, vault kind label
    VaultWrongKind,           // args: the vault's kind label (a village command on a district vault…)

    // Validation of single values (records report Issues with rule ids instead)
    ValidationNikLength = 300, // args: length
    ValidationNikDate,
    ValidationNikSerial,
    ValidationKkLength,
    ValidationRegionCode,
    ValidationDate,
    ValidationNumber,

    // CSV files
    CsvBadEncoding = 400,   // F01; args: line, spreadsheet column ("K (nik)"), "utf16" or empty
    CsvNoHeader,            // F02
    CsvMissingColumn,       // F03; args: column names
    CsvDuplicateColumn,     // F04; args: column name
    CsvUnterminatedQuote,   // F05; args: line
    CsvRowErrors,           // the file has row errors; args: count of rows, count of problems
    CsvEmpty,               // the file has a header but no data rows
    CsvLineTooLong,         // args: line
    CsvVaultVillageInvalid, // the vault's own village code is not a region code; args: code

    // Officers, roles and the audit trail (issue 5).
    PermissionDenied = 500, // args: role label, what was refused
    AuditChainBroken,       // args: sequence number of the first broken entry
    NotAllowedAsRecovery,   // the recovery key opens the vault to repair access, not to work
    AuditContentMismatch,   // args: what differs (plain words, one per line)
    AuditAnchorMismatch,    // args: sequence number of the anchor, its fingerprint as given
    AuditHistoryBehind,     // args: entry seen, date seen, newest entry now (an older copy?)
    OfficerNameEmpty,       // OfficerName: nothing but spaces
    OfficerNameInvalidChar, // OfficerName: a control or format character; args: "U+202E"
    OfficerNameTooLong,     // OfficerName; args: the limit

    // Proposals and evidence: 600–699 (issue 5).
    ProposalNotFound = 600,         // args: proposal number
    ProposalIncomplete,             // args: the missing items, one per line
    ProposalIllegalTransition,      // args: from state label, to state label
    ProposalTransitionNotAvailable, // args: from state label, to state label (a later step)
    ProposalChangedMeanwhile,       // args: officer name, proposal number
    ProposalNotEditable,            // args: state label
    ProposalTargetUnknown,          // args: household or person id
    ProposalTargetMissing,          // args: household id (missing in the newest snapshot)
    ProposalStale,                  // args: proposal number
    ProposalInvalidChange,          // args: table.column
    ProposalNoteRequired,           // args: to state label
    EvidenceTooLarge,               // args: size, limit (formatted)
    EvidenceEmpty,                  // args: file name
    EvidenceUnsupported,            // args: file name
    EvidenceNotWhatItClaims,        // args: file name, claimed type, detected type (or "unknown")
    EvidenceLocked,                 // args: state label
    EvidenceNotFound,               // args: evidence id
    ProposalInvalidValues,          // args: the broken rules of the new records, one per line
    EvidenceDamaged,                // args: file name (its bytes no longer match their SHA-256)
    ProposalNoConflict,             // args: proposal number (nothing to resolve: issue 14 §2)
    ProposalConflictUnresolved,     // args: the column left without a choice

    // Data-quality checks: 700–799 (issue 5).
    FlagReasonRequired = 700, // dismissing a flag needs a reason
    FlagNotFound,             // the flag is gone (closed by a newer run, or never existed)

    // The musdes: 850–899 (issue 12).
    MeetingNotFound = 850,    // args: meeting id
    MeetingSealed,            // args: meeting number (nothing of a sealed meeting changes)
    MeetingNotSealed,         // args: meeting number (an addendum refers to a sealed meeting)
    MeetingItemNotFound,      // args: item id
    MeetingUndecided,         // args: count of undecided items
    MeetingNoAttendance,      // a musdes is sealed with its attendance
    MeetingVoteMissing,       // a vote needs its counts
    MeetingDecisionInvalid,   // args: decision label (keep/remove for a proposal, agreed for a household)
    MeetingItemDecided,       // an item with a decision stays on the agenda until the seal
    MeetingRevealWhy,         // the reason for a reveal is required
    MeetingDateInvalid,       // the meeting needs a date
    MeetingSealBroken,        // args: meeting number, what does not match
    MeetingNotReady,          // args: proposal number, state label (only ready proposals go on the agenda)
    MeetingHouseholdTwice,    // args: household id (already on this agenda)
    MeetingSptjmNoAttendance, // an SPTJM has no attendance or votes

    // Meeting documents: 900–999 (issue 12 §3).
    DocumentPlaceholderUnknown = 900, // args: the placeholder as written, the template's title, line
    DocumentTemplateMalformed,        // args: the template's title, line ("{{" without its "}}")
    DocumentTemplateUnknown,          // args: the name asked for
    DocumentSpreadsheetFailed,        // args: path (libxlsxwriter refused; detail has its message)

    // Files between a village and its hub: 1000–1099 (issue 13, docs/batch-format.md).
    SyncFileMalformed = 1000, // args: the kind of file in words; detail: what is wrong, for the log
    SyncFileTooLarge,         // args: the kind of file, the limit in MiB
    SyncSignatureInvalid,     // args: the kind of file
    SyncKeyUnknown,           // args: the kind of file, the id of the key that signed it
    SyncNotForThisHub,        // args: the kind of file, the id of the key it was sealed to
    SyncBatchNotFound,        // args: the batch's number
    SyncNotEnrolled,          // no hub is pinned yet
    SyncNotOurs,              // args: the kind of file (a receipt or answer for another laptop)
    SyncHubUnknown,           // args: the kind of file, the id of its signing key (not the pinned hub's)
    SyncDeviceRevoked,        // args: the hub's name (the vault opens only to enrol again: exit code 7)
    SyncOtherDistrict,        // args: the village's code, the hub's district code
    SyncFingerprintMismatch,  // args: the fingerprint typed, the one in the file
    SyncUploadUnreadable,     // args: the hub's reason, in words (a receipt for a file it could not read)
    SyncHubUnreachable,       // args: the hub's address; detail: the network error, for the log
    SyncTlsPinMismatch,       // args: the hub's address (its certificate is not the one pinned at enrolment)
    SyncHubRefused,           // args: the hub's reason, in words
    HubCannotListen,          // args: the address and port; detail: why
    HubTlsUnreadable,         // args: the certificate or key file
    HubKeyFileWrong,          // args: the key file, the hub folder (not 64 hex digits, or not this hub's key)
    HubDatabaseUnreachable,   // args: the hub's PostgreSQL database, without its password
    SyncHubCannotStore,       // args: the hub's address (reached, but its storage failed: a full disk)
    HubKeyRevoked,            // args: the key id[, "reviewer"] (a revoked key is never enrolled again)
    HubVaultHasKey,           // args: the key id still enrolled for that vault, the village's code
    SyncHubKeyExpired,        // args: the hub's name, the day its pinned keys expired (yyyy-MM-dd)
    SyncHubKeyRetired,        // args: the kind of file (signed by a hub key the hub has since replaced)
    HubKeysRotatedMeanwhile,  // another `verdes-hub rotate-keys` made the next generation first
    SyncReviewerNotEnrolled,  // the hub knows no enrolled, unrevoked reviewer with the acting officer's key
    HubKeyInUse,              // args: the key id, what it is enrolled as ("device" or "reviewer"): never both
    SyncDecisionsReplayed,    // a decision list older than the verdicts the village holds
    SyncVerdictInvalid,       // args: the proposal's number (0 when unknown); detail: why, for the log
    HubVillageNotEnrolled,    // args: the village's code (no unrevoked device of that village is enrolled)

    // The district's review: 1100–1199 (issue 14).
    ReviewItemNotFound = 1100, // args: the item's number
    ReviewVerdictNotAllowed,   // args: the item's state label, the verdict's state label
    ReviewVerdictIncomplete,   // args: what the verdict lacks, in words
    ReviewItemClaimedByOther,  // args: the holder's name, until when (local time, as shown)
    ReviewClaimReplayed,       // the hub answered a newer claim request of this reviewer key already

    // Signed snapshots at the village: 1200–1299 (issue 14 §2, docs/batch-format.md §16), and the hub's
    // refusals to publish one.
    SnapshotReplayed = 1200, // args: the file's number, the number of the last one imported
    SnapshotOtherVillage,    // args: the village's code, the line of the first row of another village
    SnapshotNotFound,        // args: the village's code, the number asked for (0: the newest)

    // Privacy: 1300–1399 (issue 14 §3, DOMAIN.md §10: UU PDP subject access and breach notices).
    PrivacyDeviceUnknown = 1300, // args: the key id (no device with that key is enrolled at this hub)
    PrivacyDeviceNotRevoked,     // args: the key id (a breach notice follows the revocation)
};

} // namespace verdes
