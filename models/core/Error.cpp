// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/core/Error.h"

#include <QDate>
#include <QLocale>

#include <limits>

namespace verdes {

namespace {

QString arg(const Error &error, qsizetype index)
{
    return index < error.args.size() ? error.args.at(index) : QString();
}

// An argument that is a day (yyyy-MM-dd), written as the officer reads dates: "23 Desember 2026".
QString dayArg(const Error &error, qsizetype index)
{
    const QDate day = QDate::fromString(arg(error, index), Qt::ISODate);
    return day.isValid() ? QLocale().toString(day, QStringLiteral("d MMMM yyyy")) : arg(error, index);
}

} // namespace

QString ErrorText::describe(const Error &e)
{
    switch (e.code) {
    case ErrorCode::Internal:
        return tr("Something went wrong inside Verdes. Nothing was changed. Please try again; if it "
                  "happens again, tell your district office.");
    case ErrorCode::Cancelled:
        return tr("Cancelled. Nothing was changed.");
    case ErrorCode::UsageError:
        return tr("The command was not used correctly: %1").arg(arg(e, 0));

    case ErrorCode::FileNotFound:
        return tr("The file \"%1\" does not exist.").arg(arg(e, 0));
    case ErrorCode::FileExists:
        return tr("The file \"%1\" already exists. Choose another name.").arg(arg(e, 0));
    case ErrorCode::FileReadFailed:
        return tr("The file \"%1\" could not be read.").arg(arg(e, 0));
    case ErrorCode::FileWriteFailed:
        return tr("The file \"%1\" could not be written. Nothing was saved.").arg(arg(e, 0));
    case ErrorCode::FilePermissionDenied:
        return tr("You are not allowed to use \"%1\". Choose another place.").arg(arg(e, 0));
    case ErrorCode::DiskFull:
        return tr("The disk is full, so \"%1\" could not be written. Free some space and try again.")
            .arg(arg(e, 0));
    case ErrorCode::PathInsideVault:
        return tr("\"%1\" is inside the folder of the village vault \"%2\". Nothing else may be written "
                  "there: it could destroy the vault. Choose a place outside that folder.")
            .arg(arg(e, 0), arg(e, 1));
    case ErrorCode::FileNotRegular:
        return tr("\"%1\" is a folder, a device, a pipe or a broken link, not an ordinary file. Verdes reads "
                  "and writes ordinary files only: choose another name, or save the data as a file first.")
            .arg(arg(e, 0));

    case ErrorCode::VaultNotFound:
        return tr("No village vault was found at \"%1\".").arg(arg(e, 0));
    case ErrorCode::VaultExists:
        return tr("A village vault already exists at \"%1\". It was not touched; choose another "
                  "place.")
            .arg(arg(e, 0));
    case ErrorCode::VaultNotAVault:
        return tr("\"%1\" is not a Verdes village vault.").arg(arg(e, 0));
    case ErrorCode::VaultDamaged:
        return tr("The village vault at \"%1\" is damaged and cannot be opened safely. It was not "
                  "changed. Restore it from a backup copy or ask your district office for help.")
            .arg(arg(e, 0));
    case ErrorCode::VaultNotEncrypted:
        return tr("The database at \"%1\" is not encrypted, so Verdes refuses to use it.").arg(arg(e, 0));
    case ErrorCode::VaultNewerSchema:
        return tr("This village vault was made by a newer version of Verdes (format %1; this "
                  "version knows up to %2). Install the newer Verdes to open it. The database was not "
                  "changed.")
            .arg(arg(e, 0), arg(e, 1));
    case ErrorCode::VaultLockedByOther:
        return tr("The village vault at \"%1\" is already open in another Verdes window or on another "
                  "computer. Close it there first.")
            .arg(arg(e, 0));
    case ErrorCode::VaultReadOnly:
        return tr("The village vault at \"%1\" is in a place where Verdes cannot write (for example a "
                  "locked USB stick). Copy the whole folder to this computer and open the copy.")
            .arg(arg(e, 0));
    case ErrorCode::VaultDiskFull:
        return tr("The disk holding the village vault at \"%1\" is full. Nothing was changed. Free "
                  "some space and try again.")
            .arg(arg(e, 0));
    case ErrorCode::VaultWrongPassphrase:
        return tr("The passphrase is not correct. Check the keyboard language and Caps Lock, then try "
                  "again.");
    case ErrorCode::VaultWrongRecoveryKey:
        return tr("This recovery key does not belong to this village vault.");
    case ErrorCode::VaultRecoveryKeyTypo:
        return tr("The recovery key has a typing mistake. Compare it with the printed copy, group by "
                  "group.");
    case ErrorCode::VaultRecoveryKeyFormat:
        return tr("A recovery key has 36 letters and digits in 9 groups of 4, for example "
                  "ABCD-EFGH-…. Check what you typed.");
    case ErrorCode::VaultUnknownOfficer:
        return tr("There is no officer named \"%1\" in this village vault.").arg(arg(e, 0));
    case ErrorCode::VaultOfficerExists:
        return tr("An officer named \"%1\" already exists. Use another name.").arg(arg(e, 0));
    case ErrorCode::VaultLastKeySlot:
        return tr("This is the last way to open the village vault. Add another officer first.");
    case ErrorCode::VaultPassphraseTooShort:
        return tr("The passphrase must have at least %1 characters, not counting spaces. A short sentence "
                  "is easy to remember and hard to guess.")
            .arg(arg(e, 0));
    case ErrorCode::VaultPassphraseMismatch:
        return tr("The two passphrases are not the same. Type them again.");
    case ErrorCode::VaultThrottled:
        return tr("Too many wrong passphrases. Wait %1 seconds before trying again.").arg(arg(e, 0));
    case ErrorCode::VaultCipherUnavailable:
        return tr("The encryption library on this computer is missing or too old (found \"%1\"). "
                  "Verdes needs SQLCipher 4. Reinstall Verdes.")
            .arg(arg(e, 0));
    case ErrorCode::VaultKeySlotsDamaged:
        return tr("The key file of the village vault at \"%1\" is damaged. Restore the folder from a "
                  "backup copy.")
            .arg(arg(e, 0));
    case ErrorCode::VaultInvalidVillageCode:
        return tr("\"%1\" is not a valid village code. A village code has 10 digits, with or without "
                  "dots, like 33.18.19.2001; the last four start with 1 for a kelurahan or 2 for a desa.")
            .arg(arg(e, 0));
    case ErrorCode::VaultVillageNotListed:
        if (!arg(e, 1).isEmpty()) {
            return tr("%1 is not a desa or kelurahan of the Kemendagri list of 2025 (%2 has no village with "
                      "this number). Check the code on the village's official letters.")
                .arg(arg(e, 0), arg(e, 1));
        }
        return tr("%1 is not a desa or kelurahan of the Kemendagri list of 2025. Check the code on the "
                  "village's official letters.")
            .arg(arg(e, 0));
    case ErrorCode::VaultVillageCodeRetired:
        if (!arg(e, 3).isEmpty()) {
            return tr("%1 (%2) is an old village code, last listed in %3. Its code in the Kemendagri list of "
                      "2025 is %4 (%5): use that one.")
                .arg(arg(e, 0), arg(e, 1), arg(e, 2), arg(e, 3), arg(e, 4));
        }
        return tr("%1 (%2) is an old village code, last listed in %3, and is not in the Kemendagri list of "
                  "2025. Ask the kecamatan office for the village's current code.")
            .arg(arg(e, 0), arg(e, 1), arg(e, 2));
    case ErrorCode::VaultInvalidDistrictCode:
        return tr("\"%1\" is not a regency or city of the Kemendagri list of 2025. A district code has 4 "
                  "digits, with or without a dot, like 33.74 for Kota Semarang.")
            .arg(arg(e, 0));
    case ErrorCode::VaultRoleNotForKind:
        return tr("An officer of a %2 cannot have the role \"%1\". Choose one of the roles this vault "
                  "offers.")
            .arg(arg(e, 0), arg(e, 1).toLower());
    case ErrorCode::VaultWrongKind:
        return tr("This cannot be done in a %1. A village's registry, proposals and meetings live in its "
                  "village vault; the review of the villages' proposals lives in the district review "
                  "vault of the dinas sosial.")
            .arg(arg(e, 0).toLower());
    case ErrorCode::VaultNotOpen:
        return tr("The village vault is locked. Unlock it first.");
    case ErrorCode::VaultKdfOutOfRange:
        return tr("The key file of this village vault asks for a passphrase check that Verdes does not "
                  "accept (%1 passes over %2 MiB; Verdes accepts 2 to 10 passes over 64 to 1024 MiB). The "
                  "file was probably altered. Nothing was opened or changed; restore the folder from a "
                  "backup copy or ask your district office for help.")
            .arg(arg(e, 0), arg(e, 1));
    case ErrorCode::VaultKeySlotsTampered:
        return tr("The key file of the village vault at \"%1\" has been altered outside Verdes, so "
                  "Verdes refuses to use it. Nothing was changed. Restore the folder from a backup copy or "
                  "ask your district office for help.")
            .arg(arg(e, 0));
    case ErrorCode::VaultKeySlotsNotRecorded:
        return tr("The key file of the village vault at \"%1\" does not match the database: the "
                  "database may have been replaced by an older copy, or the key file by another one. "
                  "Nothing was changed. An officer who manages officers can restore access with the "
                  "recovery key (\"verdes officer repair\").")
            .arg(arg(e, 0));
    case ErrorCode::VaultKeySlotsOldFormat:
        return tr("The village vault at \"%1\" was made by an early test version of Verdes whose key "
                  "file this version no longer reads. Export its data with that version and import it "
                  "into a new village vault.")
            .arg(arg(e, 0));
    case ErrorCode::VaultSlotRevoked:
        return tr("This passphrase no longer opens the village vault: the passphrase of \"%1\" was "
                  "changed, or the officer was removed. Use the current passphrase.")
            .arg(arg(e, 0));
    case ErrorCode::VaultOfficerRemoved:
        return tr("%1 was removed from this village vault and can no longer open it.").arg(arg(e, 0));
    case ErrorCode::VaultKeyChangeBusy:
        return tr("The vault key cannot be changed while other work (an import, a check, a search "
                  "warm-up) still reads the database. Wait for it to finish and try again.");

    case ErrorCode::ValidationNikLength:
        return tr("A NIK has 16 digits; this one has %1.").arg(arg(e, 0));
    case ErrorCode::ValidationNikDate:
        return tr("The birth date inside the NIK is not a real date.");
    case ErrorCode::ValidationNikSerial:
        return tr("The last four digits of a NIK cannot be 0000.");
    case ErrorCode::ValidationKkLength:
        return tr("A family card number has 16 digits; this one has %1.").arg(arg(e, 0));
    case ErrorCode::ValidationRegionCode:
        return tr("\"%1\" is not a valid region code.").arg(arg(e, 0));
    case ErrorCode::ValidationDate:
        return tr("\"%1\" is not a valid date (YYYY-MM-DD).").arg(arg(e, 0));
    case ErrorCode::ValidationNumber:
        return tr("\"%1\" is not a valid number.").arg(arg(e, 0));

    case ErrorCode::CsvBadEncoding:
        if (arg(e, 2) == u"utf16") {
            return tr(
                "The file was saved as Unicode text (UTF-16), not UTF-8, so Verdes cannot read it. Save "
                "it again as \"CSV UTF-8 (Comma delimited)\" and import that.");
        }
        return tr("Line %1, column %2: the file is not saved as UTF-8 text, so letters such as é or the "
                  "apostrophe ’ cannot be read. Save it again as \"CSV UTF-8 (Comma delimited)\" and import "
                  "that.")
            .arg(arg(e, 0), arg(e, 1));
    case ErrorCode::CsvNoHeader:
        return tr("The first line of the file holds no known column names (such as household_id or nik). "
                  "The first line must be the header with the column names.");
    case ErrorCode::CsvMissingColumn:
        return tr("The file lacks required columns: %1.").arg(arg(e, 0));
    case ErrorCode::CsvDuplicateColumn:
        return tr("The column \"%1\" appears twice in the header.").arg(arg(e, 0));
    case ErrorCode::CsvUnterminatedQuote:
        return tr("A quoted value that starts on line %1 is never closed.").arg(arg(e, 0));
    case ErrorCode::CsvRowErrors:
        return tr("%1 rows have errors (%2 problems in all). Nothing was imported. Correct them, or "
                  "choose to skip the bad rows.")
            .arg(arg(e, 0), arg(e, 1));
    case ErrorCode::CsvEmpty:
        return tr("The file has no data rows.");
    case ErrorCode::CsvLineTooLong:
        return tr("Line %1 is far too long to be a registry row. Is this the right file?").arg(arg(e, 0));
    case ErrorCode::CsvVaultVillageInvalid:
        return tr("The village code of this vault (%1) is not a valid region code, so nothing can be "
                  "imported into it. Create a new vault with the village's code from the Kemendagri list "
                  "and import there.")
            .arg(arg(e, 0));

    case ErrorCode::PermissionDenied:
        return tr("As %1 you may not %2. Ask an officer with that role.").arg(arg(e, 0), arg(e, 1));
    case ErrorCode::AuditChainBroken:
        return tr("The history of this village vault has been altered outside Verdes: entry %1 "
                  "does not match the entries before it. Tell your district office.")
            .arg(arg(e, 0));
    case ErrorCode::NotAllowedAsRecovery:
        return tr("The vault was opened with the recovery key, which only serves to restore access. "
                  "Add or reset an officer, then open the vault as that officer.");
    case ErrorCode::AuditContentMismatch:
        return tr("The content of this village vault does not match its history: it was changed "
                  "outside Verdes, without an entry in the history. Tell your district office. What "
                  "differs:\n%1")
            .arg(arg(e, 0));
    case ErrorCode::AuditAnchorMismatch:
        return tr("The history of this village vault does not match the anchor you gave (entry %1, "
                  "fingerprint %2): it was altered, cut short or replaced by another copy. Tell your "
                  "district office.")
            .arg(arg(e, 0), arg(e, 1));
    case ErrorCode::AuditHistoryBehind:
        return tr("This computer saw the history of this village vault up to entry %1 on %2, but it "
                  "now ends at entry %3. The folder may be an older copy. Tell your district office "
                  "before working with it.")
            .arg(arg(e, 0), arg(e, 1), arg(e, 2));
    case ErrorCode::OfficerNameEmpty:
        return tr("Type the officer's name.");
    case ErrorCode::OfficerNameInvalidChar:
        return tr("An officer's name may not hold a line break, a tab or another control or formatting "
                  "character (here %1). Type the name again with letters, digits, spaces and punctuation "
                  "only.")
            .arg(arg(e, 0));
    case ErrorCode::OfficerNameTooLong:
        return tr("An officer's name may have at most %1 characters.").arg(arg(e, 0));

    case ErrorCode::ProposalNotFound:
        return tr("Proposal %1 does not exist in this vault.").arg(arg(e, 0));
    case ErrorCode::ReviewItemNotFound:
        return tr("There is no item number %1 in the review queue.").arg(arg(e, 0));
    case ErrorCode::ReviewVerdictNotAllowed:
        return tr("An item that is \"%1\" cannot be given the verdict \"%2\".").arg(arg(e, 0), arg(e, 1));
    case ErrorCode::ReviewVerdictIncomplete:
        return tr("The verdict is not complete: %1").arg(arg(e, 0));
    case ErrorCode::SnapshotReplayed:
        return tr("This DTSEN data file is number %1, and this vault already imported number %2: it is an "
                  "old copy, or it was imported before. Nothing was changed.")
            .arg(arg(e, 0), arg(e, 1));
    case ErrorCode::SnapshotOtherVillage:
        return tr("This file is not the data of village %1: its row on line %2 is of another village. "
                  "Nothing was published.")
            .arg(arg(e, 0), arg(e, 1));
    case ErrorCode::SnapshotNotFound:
        if (arg(e, 1) == u"0") {
            return tr("The hub has no DTSEN data for village %1 yet. Publish it first.").arg(arg(e, 0));
        }
        return tr("The hub has no DTSEN data number %2 for village %1.").arg(arg(e, 0), arg(e, 1));
    case ErrorCode::ReviewItemClaimedByOther:
        return tr("%1 has taken this item until %2. Wait until then, or ask them to release it.")
            .arg(arg(e, 0), arg(e, 1));
    case ErrorCode::ReviewClaimReplayed:
        return tr("The district social office server already answered a newer request to take or release "
                  "items from this reviewer; this one was not applied. Try again.");
    case ErrorCode::ProposalIncomplete:
        return tr("The proposal cannot be marked ready yet. Still missing:\n%1").arg(arg(e, 0));
    case ErrorCode::ProposalInvalidValues:
        return tr("The proposal cannot be marked ready: the data of the new record breaks these rules:\n%1")
            .arg(arg(e, 0));
    case ErrorCode::ProposalIllegalTransition:
        return tr("A proposal that is \"%1\" cannot become \"%2\".").arg(arg(e, 0), arg(e, 1));
    case ErrorCode::ProposalTransitionNotAvailable:
        return tr("Moving a proposal from \"%1\" to \"%2\" is a later step that this version of Verdes does "
                  "not offer yet.")
            .arg(arg(e, 0), arg(e, 1));
    case ErrorCode::ProposalChangedMeanwhile:
        return tr("%1 changed proposal %2 while you were working on it. Your changes were not saved: open "
                  "the proposal again to see theirs, then make your changes again.")
            .arg(arg(e, 0), arg(e, 1));
    case ErrorCode::ProposalNotEditable:
        return tr("The proposal is \"%1\": only a draft can be changed. Move it back to draft first.")
            .arg(arg(e, 0));
    case ErrorCode::ProposalTargetUnknown:
        return tr("The household or person %1 is not in the registry of this vault.").arg(arg(e, 0));
    case ErrorCode::ProposalTargetMissing:
        return tr("Household %1 is missing from the newest snapshot (it may have been removed upstream). No "
                  "proposal can be made or continued against it; check the household first.")
            .arg(arg(e, 0));
    case ErrorCode::ProposalStale:
        return tr("The records of proposal %1 changed since it was written. Compare the values and confirm "
                  "the proposal again before marking it ready.")
            .arg(arg(e, 0));
    case ErrorCode::ProposalInvalidChange:
        return tr("\"%1\" is not a registry field that a proposal can change.").arg(arg(e, 0));
    case ErrorCode::ProposalNoteRequired:
        return tr("Moving the proposal to \"%1\" needs a reason. Write one and try again.").arg(arg(e, 0));
    case ErrorCode::EvidenceTooLarge:
        return tr("The file is %1, larger than the limit of %2. Take a smaller photo or scan with a lower "
                  "resolution.")
            .arg(arg(e, 0), arg(e, 1));
    case ErrorCode::EvidenceEmpty:
        return tr("The file \"%1\" is empty.").arg(arg(e, 0));
    case ErrorCode::EvidenceUnsupported:
        return tr("\"%1\" is not a photo (JPEG, PNG) or a PDF document. Only those can be attached as "
                  "evidence.")
            .arg(arg(e, 0));
    case ErrorCode::EvidenceNotWhatItClaims:
        return tr("\"%1\" claims to be %2 but its content is %3. The file may be damaged or renamed; attach "
                  "the original file.")
            .arg(arg(e, 0), arg(e, 1), arg(e, 2));
    case ErrorCode::EvidenceLocked:
        return tr("The proposal is \"%1\": its evidence can no longer be changed, only replaced by a new "
                  "version.")
            .arg(arg(e, 0));
    case ErrorCode::EvidenceNotFound:
        return tr("Evidence %1 does not exist in this vault.").arg(arg(e, 0));
    case ErrorCode::EvidenceDamaged:
        return tr("The evidence \"%1\" was altered inside the village vault: its content no longer "
                  "matches what was attached. It is not shown. Tell your district office.")
            .arg(arg(e, 0));
    case ErrorCode::ProposalNoConflict:
        return tr("Proposal %1 is not in conflict with the DTSEN data: there is nothing to resolve.")
            .arg(arg(e, 0));
    case ErrorCode::ProposalConflictUnresolved:
        return tr("Choose for \"%1\" too whether the proposal keeps its value or takes the DTSEN data's "
                  "value.")
            .arg(arg(e, 0));
    case ErrorCode::FlagReasonRequired:
        return tr("Say why this flag does not need a proposal: the reason is kept in the history.");
    case ErrorCode::FlagNotFound:
        return tr("This flag is no longer open. Run the checks again to see the current flags.");
    case ErrorCode::MeetingNotFound:
        return tr("Meeting %1 does not exist in this vault.").arg(arg(e, 0));
    case ErrorCode::MeetingSealed:
        return tr("Meeting %1 is sealed: nothing of it can change any more. To correct it, prepare an "
                  "addendum meeting that refers to it.")
            .arg(arg(e, 0));
    case ErrorCode::MeetingNotSealed:
        return tr("Meeting %1 is not sealed yet. Correct it directly; an addendum refers only to a sealed "
                  "meeting.")
            .arg(arg(e, 0));
    case ErrorCode::MeetingItemNotFound:
        return tr("Agenda item %1 is not on this meeting's agenda.").arg(arg(e, 0));
    case ErrorCode::MeetingUndecided:
        return tr("%1 agenda item(s) have no decision yet. Record a decision for every item (deferred is "
                  "a decision) before sealing.")
            .arg(arg(e, 0));
    case ErrorCode::MeetingNoAttendance:
        return tr("The attendance list is empty. Record who attended before sealing the meeting.");
    case ErrorCode::MeetingVoteMissing:
        return tr("A decision by vote needs the number of votes for, against and abstaining.");
    case ErrorCode::MeetingDecisionInvalid:
        return tr("\"%1\" is not a decision this agenda item can take.").arg(arg(e, 0));
    case ErrorCode::MeetingItemDecided:
        return tr("This item already has a decision, so it stays on the agenda. Record \"deferred\" to "
                  "move it to the next meeting.");
    case ErrorCode::MeetingRevealWhy:
        return tr("Say why the field is shown to the room: the reason is kept in the history.");
    case ErrorCode::MeetingDateInvalid:
        return tr("Enter the date of the meeting.");
    case ErrorCode::MeetingSealBroken:
        return tr("The seal of meeting %1 no longer matches its content (%2). The meeting was changed "
                  "after it was sealed. Tell your district office.")
            .arg(arg(e, 0), arg(e, 1));
    case ErrorCode::MeetingNotReady:
        return tr("Proposal %1 is \"%2\": only proposals ready for the meeting can go on the agenda.")
            .arg(arg(e, 0), arg(e, 1));
    case ErrorCode::MeetingHouseholdTwice:
        return tr("Household %1 is already on this agenda.").arg(arg(e, 0));
    case ErrorCode::MeetingSptjmNoAttendance:
        return tr("An SPTJM is signed by the village head alone: it has no attendance list or votes.");

    case ErrorCode::DocumentPlaceholderUnknown:
        return tr("The template \"%2\" uses the placeholder \"%1\" on line %3, which Verdes does not know. "
                  "Correct it to one of the listed placeholders, or remove it. The template was not saved.")
            .arg(arg(e, 0), arg(e, 1), arg(e, 2));
    case ErrorCode::DocumentTemplateMalformed:
        return tr("The template \"%1\" opens a placeholder with \"{{\" on line %2 but never closes it with "
                  "\"}}\". The template was not saved.")
            .arg(arg(e, 0), arg(e, 1));
    case ErrorCode::DocumentTemplateUnknown:
        return tr("There is no document template named \"%1\".").arg(arg(e, 0));
    case ErrorCode::DocumentSpreadsheetFailed:
        return tr("The spreadsheet \"%1\" could not be written. Nothing was saved.").arg(arg(e, 0));

    case ErrorCode::SyncFileMalformed:
        return tr("This file is not a readable Verdes %1: it is damaged or was made by something else. "
                  "Nothing was changed. Ask for the file again.")
            .arg(arg(e, 0));
    case ErrorCode::SyncFileTooLarge:
        return tr("This %1 is larger than %2 MiB, more than Verdes accepts. Nothing was changed.")
            .arg(arg(e, 0), arg(e, 1));
    case ErrorCode::SyncSignatureInvalid:
        return tr("The signature of this %1 does not match its content: it was changed after it was "
                  "signed. Nothing was changed. Ask for the file again.")
            .arg(arg(e, 0));
    case ErrorCode::SyncKeyUnknown:
        return tr("This %1 is signed with key %2, which is not enrolled here (or no longer). Nothing was "
                  "changed.")
            .arg(arg(e, 0), arg(e, 1));
    case ErrorCode::SyncNotForThisHub:
        return tr("This %1 was sealed for another hub (key %2) and cannot be opened here. Nothing was "
                  "changed.")
            .arg(arg(e, 0), arg(e, 1));
    case ErrorCode::SyncBatchNotFound:
        return tr("There is no batch number %1 in this vault.").arg(arg(e, 0));
    case ErrorCode::SyncNotEnrolled:
        return tr("This laptop is not enrolled with the district hub yet. Make an enrolment request, "
                  "have the district approve it, and import its answer first.");
    case ErrorCode::SyncReviewerNotEnrolled:
        return tr("The district hub does not know you as a reviewer: you are not enrolled yet, or your "
                  "enrolment was revoked. Make your reviewer enrolment request and have the hub's operator "
                  "approve it.");
    case ErrorCode::SyncNotOurs:
        return tr("This %1 is meant for another laptop or another request, not for this vault. Nothing "
                  "was changed.")
            .arg(arg(e, 0));
    case ErrorCode::SyncHubUnknown:
        return tr("This %1 is signed with key %2, which is not the key of the district hub this laptop "
                  "is enrolled with. Nothing was changed.")
            .arg(arg(e, 0), arg(e, 1));
    case ErrorCode::SyncDeviceRevoked:
        return tr("The district hub \"%1\" has revoked this laptop's enrolment, so the vault is locked: "
                  "only enrolling again is possible. The data stays encrypted and safe. Contact the "
                  "dinas sosial, make a new enrolment request and import the answer they send; the vault "
                  "then opens as before.")
            .arg(arg(e, 0));
    case ErrorCode::SyncOtherDistrict:
        if (arg(e, 0).size() == 4) { // a reviewer's request names a district, not a village
            return tr("The district review vault of district %1 is not in this hub's district (%2): its "
                      "reviewers enrol with their own district's hub. Nothing was changed.")
                .arg(arg(e, 0), arg(e, 1));
        }
        return tr("The village %1 is not in this hub's district (%2): its laptop enrols with its own "
                  "district's hub. Nothing was changed.")
            .arg(arg(e, 0), arg(e, 1));
    case ErrorCode::SyncFingerprintMismatch:
        return tr("The fingerprint typed (%1) is not the one in the file (%2). Check it again with the "
                  "other side, over the phone or in person: if it still differs, the file is not theirs. "
                  "Nothing was changed.")
            .arg(arg(e, 0), arg(e, 1));
    case ErrorCode::SyncUploadUnreadable:
        return tr("The district could not read the file it was given (%1), so it could not say which "
                  "batch it was. Export the batch again and take the new file.")
            .arg(arg(e, 0));
    case ErrorCode::SyncHubUnreachable:
        return tr("The district hub at %1 cannot be reached now: the internet connection may be down, or the "
                  "hub may be off. Nothing was lost; Verdes tries again by itself, and the batch can also go "
                  "on a USB stick.")
            .arg(arg(e, 0));
    case ErrorCode::SyncHubCannotStore:
        return tr("The district hub at %1 was reached but could not store the batch just now: its disk "
                  "may be full. Nothing was lost; the batch stays on this laptop and Verdes sends it again "
                  "by itself later. If this goes on, tell the district office.")
            .arg(arg(e, 0));
    case ErrorCode::SyncTlsPinMismatch:
        return tr("The server at %1 did not show the certificate of the district hub this laptop enrolled "
                  "with, so nothing was sent to it. If the district changed its certificate, enrol again; "
                  "otherwise tell the district: someone may be in the way of the connection.")
            .arg(arg(e, 0));
    case ErrorCode::SyncHubRefused:
        return tr("The district hub refused the batch: %1. Nothing was changed in the vault.").arg(arg(e, 0));
    case ErrorCode::HubCannotListen:
        return tr("The hub cannot listen on %1: the port may be in use by another program, or the address "
                  "is not one of this machine's.")
            .arg(arg(e, 0));
    case ErrorCode::HubTlsUnreadable:
        return tr("The TLS file %1 is not a PEM certificate or an RSA or EC private key the hub can use.")
            .arg(arg(e, 0));
    case ErrorCode::HubKeyFileWrong:
        return tr("The key file %1 does not open the hub in %2: it is not the key this hub was made with, "
                  "or it does not hold 64 hex digits. Nothing was changed.")
            .arg(arg(e, 0), arg(e, 1));
    case ErrorCode::HubDatabaseUnreachable:
        return tr("The hub's database %1 cannot be reached. Check that PostgreSQL runs there, that this "
                  "computer may connect to it, and the user name and password (best kept in ~/.pgpass or "
                  "a service file). Nothing was changed.")
            .arg(arg(e, 0));
    case ErrorCode::HubKeyRevoked:
        if (arg(e, 1) == u"reviewer") {
            return tr("The reviewer's key %1 was revoked, and a revoked key is never enrolled again (a copy "
                      "of the district review vault holds it too). Nothing was changed.")
                .arg(arg(e, 0));
        }
        return tr("The laptop's device key %1 was revoked, and a revoked key is never enrolled again (a "
                  "copy of that laptop's vault holds it too). The village makes a new enrolment request: "
                  "Verdes gives the laptop a new key for it. Nothing was changed.")
            .arg(arg(e, 0));
    case ErrorCode::SyncDecisionsReplayed:
        return tr("This file of the district's verdicts is older than the verdicts this vault already "
                  "holds: it was imported before, or it is an old copy. Nothing was changed.");
    case ErrorCode::SyncVerdictInvalid:
        if (arg(e, 0) == u"0") {
            return tr("A verdict in this file of the district's verdicts cannot be trusted: it is not signed "
                      "by a reviewer the dinas sosial enrolled for it, or it does not fit what this village "
                      "sent. Nothing of the file was applied. Ask the district for a new file.");
        }
        return tr("The verdict on proposal %1 in this file of the district's verdicts cannot be trusted: it "
                  "is not signed by a reviewer the dinas sosial enrolled for it, or it does not fit what "
                  "this village sent. Nothing of the file was applied. Ask the district for a new file.")
            .arg(arg(e, 0));
    case ErrorCode::HubKeyInUse:
        if (arg(e, 1) == u"reviewer") {
            return tr("The key %1 is enrolled here as a reviewer's key, and a key is never enrolled both as "
                      "a reviewer's and as a laptop's. The laptop makes a new enrolment request with a key "
                      "of its own. Nothing was changed.")
                .arg(arg(e, 0));
        }
        return tr("The key %1 is enrolled here as a laptop's device key, and a key is never enrolled both "
                  "as a laptop's and as a reviewer's. The reviewer makes a new request from the district "
                  "review vault, with a key of their own. Nothing was changed.")
            .arg(arg(e, 0));
    case ErrorCode::HubVillageNotEnrolled:
        return tr("No laptop of village %1 is enrolled with this hub (or every one was revoked), so there "
                  "is no key to seal its decisions or its DTSEN data to. Enrol the village's laptop first.")
            .arg(arg(e, 0));
    case ErrorCode::HubVaultHasKey:
        return tr("The vault of village %2 is still enrolled here with the device key %1, and a vault has "
                  "one key at a time. If that laptop is to enrol with a new key, revoke the old key first "
                  "(verdes-hub revoke). Nothing was changed.")
            .arg(arg(e, 0), arg(e, 1));
    case ErrorCode::SyncHubKeyExpired:
        return tr("The keys of the district hub \"%1\" expired on %2, so Verdes does not seal batches for "
                  "them any more. Connect to the internet and press \"Send now\", or import the hub's new "
                  "key list from the district on a USB stick. If the laptop's date is wrong, correct it "
                  "first. Nothing was lost.")
            .arg(arg(e, 0), dayArg(e, 1));
    case ErrorCode::SyncHubKeyRetired:
        return tr("This %1 is signed with an old key of the district hub, which the district has since "
                  "replaced, so Verdes no longer trusts it. Ask the district for the file again: it will "
                  "be signed with the new key. Nothing was changed.")
            .arg(arg(e, 0));
    case ErrorCode::PrivacyDeviceUnknown:
        return tr("No laptop with the key %1 is enrolled at this hub. 'verdes-hub status' lists the "
                  "enrolled laptops and their keys.")
            .arg(arg(e, 0));
    case ErrorCode::PrivacyDeviceNotRevoked:
        return tr("The key %1 of this laptop is not revoked yet. Revoke it first with 'verdes-hub revoke', "
                  "so that the lost laptop can no longer send or receive anything, then write the notice.")
            .arg(arg(e, 0));
    case ErrorCode::HubKeysRotatedMeanwhile:
        return tr("Another verdes-hub rotated this hub's keys at the same moment. Nothing was changed by "
                  "this one: check 'verdes-hub status' before rotating again.");
    }
    Q_UNREACHABLE();
    return {};
}

QString describe(const Error &error)
{
    return ErrorText::describe(error);
}

int exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::UsageError:
        return 1;
    case ErrorCode::VaultWrongPassphrase:
    case ErrorCode::VaultWrongRecoveryKey:
    case ErrorCode::VaultRecoveryKeyTypo:
    case ErrorCode::VaultRecoveryKeyFormat:
    case ErrorCode::VaultUnknownOfficer:
    case ErrorCode::VaultThrottled:
    case ErrorCode::VaultSlotRevoked:
    case ErrorCode::VaultOfficerRemoved:
        return 2;
    case ErrorCode::VaultOfficerExists:
    case ErrorCode::VaultLastKeySlot:
    case ErrorCode::VaultPassphraseTooShort:
    case ErrorCode::VaultPassphraseMismatch:
    case ErrorCode::VaultInvalidVillageCode:
    case ErrorCode::VaultVillageNotListed:
    case ErrorCode::VaultVillageCodeRetired:
    case ErrorCode::VaultInvalidDistrictCode:
    case ErrorCode::VaultRoleNotForKind:
    case ErrorCode::ValidationNikLength:
    case ErrorCode::ValidationNikDate:
    case ErrorCode::ValidationNikSerial:
    case ErrorCode::ValidationKkLength:
    case ErrorCode::ValidationRegionCode:
    case ErrorCode::ValidationDate:
    case ErrorCode::ValidationNumber:
    case ErrorCode::CsvBadEncoding:
    case ErrorCode::CsvNoHeader:
    case ErrorCode::CsvMissingColumn:
    case ErrorCode::CsvDuplicateColumn:
    case ErrorCode::CsvUnterminatedQuote:
    case ErrorCode::CsvRowErrors:
    case ErrorCode::CsvEmpty:
    case ErrorCode::CsvLineTooLong:
    case ErrorCode::CsvVaultVillageInvalid:
    case ErrorCode::ProposalIncomplete:
    case ErrorCode::ProposalInvalidValues:
    case ErrorCode::ProposalIllegalTransition:
    case ErrorCode::ProposalTransitionNotAvailable:
    case ErrorCode::ProposalNotEditable:
    case ErrorCode::ProposalTargetUnknown:
    case ErrorCode::ProposalTargetMissing:
    case ErrorCode::ProposalStale:
    case ErrorCode::ProposalInvalidChange:
    case ErrorCode::ProposalNoteRequired:
    case ErrorCode::ProposalNoConflict:
    case ErrorCode::ProposalConflictUnresolved:
    case ErrorCode::EvidenceTooLarge:
    case ErrorCode::EvidenceEmpty:
    case ErrorCode::EvidenceUnsupported:
    case ErrorCode::EvidenceNotWhatItClaims:
    case ErrorCode::EvidenceLocked:
    case ErrorCode::FlagReasonRequired:
    case ErrorCode::FlagNotFound:
    case ErrorCode::OfficerNameEmpty:
    case ErrorCode::OfficerNameInvalidChar:
    case ErrorCode::OfficerNameTooLong:
    case ErrorCode::MeetingSealed:
    case ErrorCode::MeetingNotSealed:
    case ErrorCode::MeetingUndecided:
    case ErrorCode::MeetingNoAttendance:
    case ErrorCode::MeetingVoteMissing:
    case ErrorCode::MeetingDecisionInvalid:
    case ErrorCode::MeetingItemDecided:
    case ErrorCode::MeetingRevealWhy:
    case ErrorCode::MeetingDateInvalid:
    case ErrorCode::MeetingNotReady:
    case ErrorCode::MeetingHouseholdTwice:
    case ErrorCode::MeetingSptjmNoAttendance:
    case ErrorCode::DocumentPlaceholderUnknown:
    case ErrorCode::DocumentTemplateMalformed:
    case ErrorCode::DocumentTemplateUnknown:
    case ErrorCode::SyncFileMalformed:
    case ErrorCode::SyncFileTooLarge:
    case ErrorCode::SyncSignatureInvalid:
    case ErrorCode::SyncKeyUnknown:
    case ErrorCode::SyncNotForThisHub:
    case ErrorCode::SyncBatchNotFound:
    case ErrorCode::SyncNotEnrolled:
    case ErrorCode::SyncReviewerNotEnrolled:
    case ErrorCode::SyncNotOurs:
    case ErrorCode::SyncHubUnknown:
    case ErrorCode::SyncOtherDistrict:
    case ErrorCode::SyncFingerprintMismatch:
    case ErrorCode::SyncUploadUnreadable:
    case ErrorCode::SyncTlsPinMismatch:
    case ErrorCode::SyncHubRefused:
    case ErrorCode::HubKeyRevoked:
    case ErrorCode::HubVaultHasKey:
    case ErrorCode::SyncHubKeyExpired:
    case ErrorCode::SyncHubKeyRetired:
    case ErrorCode::HubKeysRotatedMeanwhile:
    case ErrorCode::HubKeyInUse:
    case ErrorCode::HubVillageNotEnrolled:
    case ErrorCode::ReviewVerdictNotAllowed:
    case ErrorCode::ReviewVerdictIncomplete:
    case ErrorCode::ReviewItemClaimedByOther:
    case ErrorCode::ReviewClaimReplayed:
    case ErrorCode::SyncDecisionsReplayed:
    case ErrorCode::SyncVerdictInvalid:
    case ErrorCode::SnapshotReplayed:
    case ErrorCode::SnapshotOtherVillage:
    case ErrorCode::PrivacyDeviceNotRevoked:
        return 3;
    case ErrorCode::SyncHubUnreachable:
    case ErrorCode::SyncHubCannotStore:
    case ErrorCode::HubCannotListen:
        return 6;
    // The vault opens only to enrol again: a script stops its daily work and tells a person.
    case ErrorCode::SyncDeviceRevoked:
        return 7;
    case ErrorCode::VaultNotAVault:
    case ErrorCode::VaultDamaged:
    case ErrorCode::VaultNotEncrypted:
    case ErrorCode::VaultNewerSchema:
    case ErrorCode::VaultKeySlotsDamaged:
    case ErrorCode::VaultCipherUnavailable:
    case ErrorCode::AuditChainBroken:
    case ErrorCode::VaultKdfOutOfRange:
    case ErrorCode::VaultKeySlotsTampered:
    case ErrorCode::VaultKeySlotsNotRecorded:
    case ErrorCode::VaultKeySlotsOldFormat:
    case ErrorCode::AuditContentMismatch:
    case ErrorCode::AuditAnchorMismatch:
    case ErrorCode::AuditHistoryBehind:
    case ErrorCode::EvidenceDamaged:
    case ErrorCode::MeetingSealBroken:
    case ErrorCode::HubKeyFileWrong:
    case ErrorCode::HubTlsUnreadable:
    case ErrorCode::HubDatabaseUnreachable:
        return 4;
    case ErrorCode::Internal:
    case ErrorCode::Cancelled:
    case ErrorCode::FileNotFound:
    case ErrorCode::FileExists:
    case ErrorCode::FileReadFailed:
    case ErrorCode::FileWriteFailed:
    case ErrorCode::FilePermissionDenied:
    case ErrorCode::DiskFull:
    case ErrorCode::PathInsideVault:
    case ErrorCode::FileNotRegular:
    case ErrorCode::VaultNotFound:
    case ErrorCode::VaultExists:
    case ErrorCode::VaultLockedByOther:
    case ErrorCode::VaultReadOnly:
    case ErrorCode::VaultDiskFull:
    case ErrorCode::VaultNotOpen:
    case ErrorCode::VaultKeyChangeBusy:
    case ErrorCode::VaultWrongKind:
    case ErrorCode::PermissionDenied:
    case ErrorCode::NotAllowedAsRecovery:
    case ErrorCode::ProposalNotFound:
    case ErrorCode::ProposalChangedMeanwhile:
    case ErrorCode::EvidenceNotFound:
    case ErrorCode::MeetingNotFound:
    case ErrorCode::MeetingItemNotFound:
    case ErrorCode::DocumentSpreadsheetFailed:
    case ErrorCode::ReviewItemNotFound:
    case ErrorCode::SnapshotNotFound:
    case ErrorCode::PrivacyDeviceUnknown:
        return 5;
    }
    Q_UNREACHABLE();
    return 5;
}

QString errorCodeName(ErrorCode code)
{
    switch (code) {
#define VERDES_ERROR_NAME(name)                                                                              \
    case ErrorCode::name:                                                                                    \
        return QStringLiteral(#name);
        VERDES_ERROR_NAME(Internal)
        VERDES_ERROR_NAME(Cancelled)
        VERDES_ERROR_NAME(UsageError)
        VERDES_ERROR_NAME(FileNotFound)
        VERDES_ERROR_NAME(FileExists)
        VERDES_ERROR_NAME(FileReadFailed)
        VERDES_ERROR_NAME(FileWriteFailed)
        VERDES_ERROR_NAME(FilePermissionDenied)
        VERDES_ERROR_NAME(DiskFull)
        VERDES_ERROR_NAME(PathInsideVault)
        VERDES_ERROR_NAME(FileNotRegular)
        VERDES_ERROR_NAME(VaultNotFound)
        VERDES_ERROR_NAME(VaultExists)
        VERDES_ERROR_NAME(VaultNotAVault)
        VERDES_ERROR_NAME(VaultDamaged)
        VERDES_ERROR_NAME(VaultNotEncrypted)
        VERDES_ERROR_NAME(VaultNewerSchema)
        VERDES_ERROR_NAME(VaultLockedByOther)
        VERDES_ERROR_NAME(VaultReadOnly)
        VERDES_ERROR_NAME(VaultDiskFull)
        VERDES_ERROR_NAME(VaultWrongPassphrase)
        VERDES_ERROR_NAME(VaultWrongRecoveryKey)
        VERDES_ERROR_NAME(VaultRecoveryKeyTypo)
        VERDES_ERROR_NAME(VaultRecoveryKeyFormat)
        VERDES_ERROR_NAME(VaultUnknownOfficer)
        VERDES_ERROR_NAME(VaultOfficerExists)
        VERDES_ERROR_NAME(VaultLastKeySlot)
        VERDES_ERROR_NAME(VaultPassphraseTooShort)
        VERDES_ERROR_NAME(VaultPassphraseMismatch)
        VERDES_ERROR_NAME(VaultThrottled)
        VERDES_ERROR_NAME(VaultCipherUnavailable)
        VERDES_ERROR_NAME(VaultKeySlotsDamaged)
        VERDES_ERROR_NAME(VaultInvalidVillageCode)
        VERDES_ERROR_NAME(VaultNotOpen)
        VERDES_ERROR_NAME(VaultKdfOutOfRange)
        VERDES_ERROR_NAME(VaultKeySlotsTampered)
        VERDES_ERROR_NAME(VaultKeySlotsNotRecorded)
        VERDES_ERROR_NAME(VaultKeySlotsOldFormat)
        VERDES_ERROR_NAME(VaultSlotRevoked)
        VERDES_ERROR_NAME(VaultOfficerRemoved)
        VERDES_ERROR_NAME(VaultKeyChangeBusy)
        VERDES_ERROR_NAME(VaultVillageNotListed)
        VERDES_ERROR_NAME(VaultVillageCodeRetired)
        VERDES_ERROR_NAME(VaultInvalidDistrictCode)
        VERDES_ERROR_NAME(VaultRoleNotForKind)
        VERDES_ERROR_NAME(VaultWrongKind)
        VERDES_ERROR_NAME(ValidationNikLength)
        VERDES_ERROR_NAME(ValidationNikDate)
        VERDES_ERROR_NAME(ValidationNikSerial)
        VERDES_ERROR_NAME(ValidationKkLength)
        VERDES_ERROR_NAME(ValidationRegionCode)
        VERDES_ERROR_NAME(ValidationDate)
        VERDES_ERROR_NAME(ValidationNumber)
        VERDES_ERROR_NAME(CsvBadEncoding)
        VERDES_ERROR_NAME(CsvNoHeader)
        VERDES_ERROR_NAME(CsvMissingColumn)
        VERDES_ERROR_NAME(CsvDuplicateColumn)
        VERDES_ERROR_NAME(CsvUnterminatedQuote)
        VERDES_ERROR_NAME(CsvRowErrors)
        VERDES_ERROR_NAME(CsvEmpty)
        VERDES_ERROR_NAME(CsvLineTooLong)
        VERDES_ERROR_NAME(CsvVaultVillageInvalid)
        VERDES_ERROR_NAME(PermissionDenied)
        VERDES_ERROR_NAME(AuditChainBroken)
        VERDES_ERROR_NAME(NotAllowedAsRecovery)
        VERDES_ERROR_NAME(AuditContentMismatch)
        VERDES_ERROR_NAME(AuditAnchorMismatch)
        VERDES_ERROR_NAME(AuditHistoryBehind)
        VERDES_ERROR_NAME(OfficerNameEmpty)
        VERDES_ERROR_NAME(OfficerNameInvalidChar)
        VERDES_ERROR_NAME(OfficerNameTooLong)
        VERDES_ERROR_NAME(ProposalNotFound)
        VERDES_ERROR_NAME(ProposalIncomplete)
        VERDES_ERROR_NAME(ProposalIllegalTransition)
        VERDES_ERROR_NAME(ProposalTransitionNotAvailable)
        VERDES_ERROR_NAME(ProposalChangedMeanwhile)
        VERDES_ERROR_NAME(ProposalNotEditable)
        VERDES_ERROR_NAME(ProposalTargetUnknown)
        VERDES_ERROR_NAME(ProposalTargetMissing)
        VERDES_ERROR_NAME(ProposalStale)
        VERDES_ERROR_NAME(ProposalInvalidChange)
        VERDES_ERROR_NAME(ProposalNoteRequired)
        VERDES_ERROR_NAME(EvidenceTooLarge)
        VERDES_ERROR_NAME(EvidenceEmpty)
        VERDES_ERROR_NAME(EvidenceUnsupported)
        VERDES_ERROR_NAME(EvidenceNotWhatItClaims)
        VERDES_ERROR_NAME(EvidenceLocked)
        VERDES_ERROR_NAME(EvidenceNotFound)
        VERDES_ERROR_NAME(ProposalInvalidValues)
        VERDES_ERROR_NAME(EvidenceDamaged)
        VERDES_ERROR_NAME(ProposalNoConflict)
        VERDES_ERROR_NAME(ProposalConflictUnresolved)
        VERDES_ERROR_NAME(FlagReasonRequired)
        VERDES_ERROR_NAME(FlagNotFound)
        VERDES_ERROR_NAME(MeetingNotFound)
        VERDES_ERROR_NAME(MeetingSealed)
        VERDES_ERROR_NAME(MeetingNotSealed)
        VERDES_ERROR_NAME(MeetingItemNotFound)
        VERDES_ERROR_NAME(MeetingUndecided)
        VERDES_ERROR_NAME(MeetingNoAttendance)
        VERDES_ERROR_NAME(MeetingVoteMissing)
        VERDES_ERROR_NAME(MeetingDecisionInvalid)
        VERDES_ERROR_NAME(MeetingItemDecided)
        VERDES_ERROR_NAME(MeetingRevealWhy)
        VERDES_ERROR_NAME(MeetingDateInvalid)
        VERDES_ERROR_NAME(MeetingSealBroken)
        VERDES_ERROR_NAME(MeetingNotReady)
        VERDES_ERROR_NAME(MeetingHouseholdTwice)
        VERDES_ERROR_NAME(MeetingSptjmNoAttendance)
        VERDES_ERROR_NAME(DocumentPlaceholderUnknown)
        VERDES_ERROR_NAME(DocumentTemplateMalformed)
        VERDES_ERROR_NAME(DocumentTemplateUnknown)
        VERDES_ERROR_NAME(DocumentSpreadsheetFailed)
        VERDES_ERROR_NAME(SyncFileMalformed)
        VERDES_ERROR_NAME(SyncFileTooLarge)
        VERDES_ERROR_NAME(SyncSignatureInvalid)
        VERDES_ERROR_NAME(SyncKeyUnknown)
        VERDES_ERROR_NAME(SyncNotForThisHub)
        VERDES_ERROR_NAME(SyncBatchNotFound)
        VERDES_ERROR_NAME(SyncNotEnrolled)
        VERDES_ERROR_NAME(SyncNotOurs)
        VERDES_ERROR_NAME(SyncHubUnknown)
        VERDES_ERROR_NAME(SyncDeviceRevoked)
        VERDES_ERROR_NAME(SyncOtherDistrict)
        VERDES_ERROR_NAME(SyncFingerprintMismatch)
        VERDES_ERROR_NAME(SyncUploadUnreadable)
        VERDES_ERROR_NAME(SyncHubUnreachable)
        VERDES_ERROR_NAME(SyncTlsPinMismatch)
        VERDES_ERROR_NAME(SyncHubRefused)
        VERDES_ERROR_NAME(HubCannotListen)
        VERDES_ERROR_NAME(HubTlsUnreadable)
        VERDES_ERROR_NAME(HubKeyFileWrong)
        VERDES_ERROR_NAME(HubDatabaseUnreachable)
        VERDES_ERROR_NAME(SyncHubCannotStore)
        VERDES_ERROR_NAME(HubKeyRevoked)
        VERDES_ERROR_NAME(HubVaultHasKey)
        VERDES_ERROR_NAME(SyncHubKeyExpired)
        VERDES_ERROR_NAME(SyncHubKeyRetired)
        VERDES_ERROR_NAME(HubKeysRotatedMeanwhile)
        VERDES_ERROR_NAME(SyncReviewerNotEnrolled)
        VERDES_ERROR_NAME(HubKeyInUse)
        VERDES_ERROR_NAME(HubVillageNotEnrolled)
        VERDES_ERROR_NAME(ReviewItemNotFound)
        VERDES_ERROR_NAME(ReviewVerdictNotAllowed)
        VERDES_ERROR_NAME(ReviewVerdictIncomplete)
        VERDES_ERROR_NAME(SnapshotReplayed)
        VERDES_ERROR_NAME(SnapshotOtherVillage)
        VERDES_ERROR_NAME(SnapshotNotFound)
        VERDES_ERROR_NAME(ReviewItemClaimedByOther)
        VERDES_ERROR_NAME(ReviewClaimReplayed)
        VERDES_ERROR_NAME(SyncDecisionsReplayed)
        VERDES_ERROR_NAME(SyncVerdictInvalid)
        VERDES_ERROR_NAME(PrivacyDeviceUnknown)
        VERDES_ERROR_NAME(PrivacyDeviceNotRevoked)
#undef VERDES_ERROR_NAME
    }
    return {};
}

QList<ErrorCode> allErrorCodes()
{
    // errorCodeName() has a switch over every value without a default, so -Wswitch (an error here)
    // keeps it complete; the codes are the values it names, in every group (the hub's are above 1000).
    QList<ErrorCode> codes;
    for (int i = 0; i <= std::numeric_limits<quint16>::max(); ++i) {
        const auto code = static_cast<ErrorCode>(i);
        if (!errorCodeName(code).isEmpty()) {
            codes.append(code);
        }
    }
    return codes;
}

} // namespace verdes
