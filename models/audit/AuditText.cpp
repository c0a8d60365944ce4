// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/audit/AuditText.h"

#include "models/domain/Role.h"
#include "models/musdes/Meeting.h"
#include "models/proposals/ProposalState.h"
#include "models/proposals/ProposalType.h"
#include "models/quality/QualityCheck.h"
#include "models/quality/QualityText.h"
#include "models/review/ReviewCodes.h"

#include <QLocale>

namespace verdes {

namespace {

QString arg(const AuditEntry &entry, qsizetype index)
{
    return entry.args.value(index);
}

// A count stored as text, in the interface's number format.
QString number(const AuditEntry &entry, qsizetype index)
{
    bool ok = false;
    const qint64 value = entry.args.value(index).toLongLong(&ok);
    return ok ? QLocale().toString(value) : entry.args.value(index);
}

const QStringList &knownActions()
{
    static const QStringList actions{
        QStringLiteral("vault.create"),
        QStringLiteral("officer.add"),
        QStringLiteral("officer.remove"),
        QStringLiteral("officer.role"),
        QStringLiteral("officer.passwd"),
        QStringLiteral("import.snapshot"),
        QStringLiteral("import.demo"),
        QStringLiteral("export.snapshot"),
        QStringLiteral("household.reveal"),
        QStringLiteral("settings.change"),
        QStringLiteral("proposal.create"),
        QStringLiteral("proposal.edit"),
        QStringLiteral("proposal.transition"),
        QStringLiteral("proposal.reconfirm"),
        QStringLiteral("evidence.add"),
        QStringLiteral("evidence.replace"),
        QStringLiteral("evidence.remove"),
        QStringLiteral("checks.run"),
        QStringLiteral("flag.dismiss"),
        QStringLiteral("vault.rekey"),
        QStringLiteral("vault.upgrade"),
        QStringLiteral("keyslots.repair"),
        QStringLiteral("meeting.create"),
        QStringLiteral("meeting.edit"),
        QStringLiteral("meeting.attend"),
        QStringLiteral("meeting.unattend"),
        QStringLiteral("meeting.agenda"),
        QStringLiteral("meeting.agenda_household"),
        QStringLiteral("meeting.agenda_remove"),
        QStringLiteral("meeting.decide"),
        QStringLiteral("meeting.reveal"),
        QStringLiteral("meeting.seal"),
        QStringLiteral("template.edit"),
        QStringLiteral("meeting.documents"),
        QStringLiteral("batch.queue"),
        QStringLiteral("batch.sent"),
        QStringLiteral("batch.receipt"),
        QStringLiteral("hub.enrol"),
        QStringLiteral("hub.revoked"),
        QStringLiteral("hub.revocations"),
        QStringLiteral("hub.reenrol"),
        QStringLiteral("device.rotate"),
        QStringLiteral("hub.keys"),
        QStringLiteral("reviewer.key"),
        QStringLiteral("reviewer.enrol"),
        QStringLiteral("review.import"),
        QStringLiteral("review.verdict"),
        QStringLiteral("review.verdicts_sent"),
        QStringLiteral("review.export"),
        QStringLiteral("decisions.import"),
        QStringLiteral("snapshot.import_signed"),
        QStringLiteral("privacy.subject_access"),
        QStringLiteral("review.claims"),
    };
    return actions;
}

// What the district's receipt said of a batch, in words.
QString receiptOutcomeLabel(const QString &code)
{
    if (code == u"accepted") {
        return QCoreApplication::translate("AuditText", "accepted");
    }
    if (code == u"partly_accepted") {
        return QCoreApplication::translate("AuditText", "partly accepted");
    }
    return QCoreApplication::translate("AuditText", "refused");
}

QString typeLabel(const QString &code)
{
    const auto type = proposalTypeFromCode(code);
    return type ? ProposalTypeText::label(*type) : code;
}

QString stateLabel(const QString &code)
{
    const auto state = proposalStateFromCode(code);
    return state ? ProposalStateText::label(*state) : code;
}

QString evidenceLabel(const QString &code)
{
    const auto kind = evidenceKindFromCode(code);
    return kind ? ProposalTypeText::evidenceLabel(*kind) : code;
}

QString checkLabel(const QString &code)
{
    const auto check = qualityCheckFromCode(code);
    return check ? QualityText::label(*check) : code;
}

} // namespace

QString AuditText::roleLabel(const QString &roleCode)
{
    if (roleCode == u"recovery") {
        return tr("recovery key");
    }
    const auto role = roleFromCode(roleCode);
    return role ? RoleText::label(*role) : roleCode;
}

QString AuditText::who(const AuditEntry &entry)
{
    if (entry.role == u"recovery" || entry.officerName.isEmpty()) {
        return tr("Someone with the recovery key");
    }
    return tr("%1 (%2)").arg(entry.officerName, roleLabel(entry.role));
}

bool AuditText::knows(const QString &action)
{
    return knownActions().contains(action);
}

QString AuditText::sentence(const AuditEntry &entry)
{
    const QString actor = who(entry);
    const QString &action = entry.action;
    if (action == u"vault.create") {
        return tr("%1 created the village vault of %2 (%3).").arg(actor, arg(entry, 0), arg(entry, 1));
    }
    if (action == u"officer.add") {
        return tr("%1 added the officer %2 as %3.").arg(actor, arg(entry, 0), roleLabel(arg(entry, 1)));
    }
    if (action == u"officer.remove") {
        return tr("%1 removed the officer %2.").arg(actor, arg(entry, 0));
    }
    if (action == u"officer.role") {
        return tr("%1 changed the role of %2 from %3 to %4.")
            .arg(actor, arg(entry, 0), roleLabel(arg(entry, 1)), roleLabel(arg(entry, 2)));
    }
    if (action == u"officer.passwd") {
        if (entry.objectId == entry.officerId) {
            return tr("%1 changed their own passphrase.").arg(actor);
        }
        return tr("%1 set a new passphrase for %2.").arg(actor, arg(entry, 0));
    }
    if (action == u"import.snapshot") {
        QString text = tr("%1 imported the snapshot %2: %3 new households, %4 changed, %5 missing.")
                           .arg(actor, arg(entry, 0), number(entry, 1), number(entry, 2), number(entry, 3));
        if (entry.args.value(7).toLongLong() > 0) {
            text += u' ' + tr("%1 rows with errors were skipped.").arg(number(entry, 7));
        }
        return text;
    }
    if (action == u"import.demo") {
        return tr("%1 generated the demo village: %2 households with %3 members.")
            .arg(actor, number(entry, 1), number(entry, 4));
    }
    if (action == u"privacy.subject_access") {
        // UU PDP subject access (DOMAIN.md §10). No NIK here: the entry names the household or the
        // review item the report covered, or the vault when it held nothing about the person.
        if (entry.objectType == u"household") {
            return tr("%1 prepared a personal data access report (UU PDP) for a member of this household.")
                .arg(actor);
        }
        if (entry.objectType == u"review_item") {
            return tr("%1 prepared a personal data access report (UU PDP) that covers review item %2.")
                .arg(actor, entry.objectId);
        }
        return tr("%1 prepared a personal data access report (UU PDP) for a person this vault holds nothing "
                  "about.")
            .arg(actor);
    }
    if (action == u"export.snapshot") {
        return tr("%1 exported %2 households with %3 members to the file %4.")
            .arg(actor, number(entry, 1), number(entry, 2), arg(entry, 0));
    }
    if (action == u"household.reveal") {
        // The first argument says where (NikReveal::whereCode); entries before it had none.
        if (arg(entry, 0) == u"search") {
            return tr("%1 revealed the NIK and KK numbers of this household in a search on the command line.")
                .arg(actor);
        }
        if (arg(entry, 0) == u"proposals") {
            return tr("%1 revealed the NIK numbers of this household in the list of proposals on the command "
                      "line.")
                .arg(actor);
        }
        return tr("%1 revealed the NIK and KK numbers of this household.").arg(actor);
    }
    if (action == u"settings.change") {
        if (arg(entry, 0) == u"mask_nik") {
            return arg(entry, 2) == u"off"
                       ? tr("%1 turned off the masking of NIK and KK numbers on their computer.").arg(actor)
                       : tr("%1 turned on the masking of NIK and KK numbers on their computer.").arg(actor);
        }
        if (arg(entry, 0) == u"auto_lock_minutes") {
            const auto minutes = [&](qsizetype index) {
                const QString value = arg(entry, index);
                if (value == u"0") {
                    return tr("never");
                }
                return value == u"1" ? tr("after 1 minute") : tr("after %1 minutes").arg(value);
            };
            return tr("%1 changed the automatic lock on their computer from %2 to %3.")
                .arg(actor, minutes(1), minutes(2));
        }
        return tr("%1 changed the setting %2 on their computer.").arg(actor, arg(entry, 0));
    }
    if (action == u"proposal.create") {
        return tr("%1 wrote proposal %2 (%3).").arg(actor, entry.objectId, typeLabel(arg(entry, 0)));
    }
    if (action == u"proposal.edit") {
        return tr("%1 edited proposal %2 (%3).").arg(actor, entry.objectId, typeLabel(arg(entry, 0)));
    }
    if (action == u"proposal.transition") {
        QString text = tr("%1 changed the state of proposal %2 from \"%3\" to \"%4\".")
                           .arg(actor, entry.objectId, stateLabel(arg(entry, 0)), stateLabel(arg(entry, 1)));
        if (!arg(entry, 2).isEmpty()) {
            text += u' ' + tr("Note: %1").arg(arg(entry, 2));
        }
        return text;
    }
    if (action == u"proposal.reconfirm") {
        return tr("%1 re-confirmed proposal %2 (%3) against the current data.")
            .arg(actor, entry.objectId, typeLabel(arg(entry, 0)));
    }
    if (action == u"evidence.add") {
        return tr("%1 attached a %2 to proposal %3.").arg(actor, evidenceLabel(arg(entry, 1)), arg(entry, 0));
    }
    if (action == u"evidence.replace") {
        return tr("%1 replaced a %2 of proposal %3 with a new version (the old one is kept).")
            .arg(actor, evidenceLabel(arg(entry, 1)), arg(entry, 0));
    }
    if (action == u"evidence.remove") {
        return tr("%1 removed a %2 from draft proposal %3.")
            .arg(actor, evidenceLabel(arg(entry, 1)), arg(entry, 0));
    }
    if (action == u"checks.run") {
        return tr("%1 ran the data-quality checks over %2 households: %3 open flags, %4 new.")
            .arg(actor, number(entry, 0), number(entry, 1), number(entry, 2));
    }
    if (action == u"flag.dismiss") {
        return tr("%1 dismissed the flag \"%2\": %3").arg(actor, checkLabel(arg(entry, 0)), arg(entry, 1));
    }
    if (action == u"vault.rekey") {
        return tr("%1 changed the vault key: copies of the vault made before can no longer be opened with "
                  "the current passphrases.")
            .arg(actor);
    }
    if (action == u"vault.upgrade") {
        return tr("%1 opened the vault with a newer Verdes, which upgraded its format from %2 to %3.")
            .arg(actor, arg(entry, 0), arg(entry, 1));
    }
    if (action == u"keyslots.repair") {
        return tr("%1 repaired access with the recovery key: the key file was rewritten from the vault's own "
                  "record.")
            .arg(actor);
    }
    if (action == u"meeting.create") {
        return tr("%1 prepared meeting %2 for %3.").arg(actor, arg(entry, 0), arg(entry, 2));
    }
    if (action == u"meeting.edit") {
        return tr("%1 changed the data of meeting %2.").arg(actor, arg(entry, 0));
    }
    if (action == u"meeting.attend") {
        return tr("%1 recorded %2 in the attendance of meeting %3.").arg(actor, arg(entry, 1), arg(entry, 0));
    }
    if (action == u"meeting.unattend") {
        return tr("%1 removed %2 from the attendance of meeting %3.")
            .arg(actor, arg(entry, 1), arg(entry, 0));
    }
    if (action == u"meeting.agenda") {
        return tr("%1 put %2 proposal(s) on the agenda of meeting %3.")
            .arg(actor, arg(entry, 1), arg(entry, 0));
    }
    if (action == u"meeting.agenda_household") {
        return tr("%1 put household %2 on the agenda of meeting %3 (keep or propose removal).")
            .arg(actor, arg(entry, 1), arg(entry, 0));
    }
    if (action == u"meeting.agenda_remove") {
        return tr("%1 took %2 off the agenda of meeting %3.").arg(actor, arg(entry, 1), arg(entry, 0));
    }
    if (action == u"meeting.decide") {
        const auto label = [](const QString &code) {
            const auto decision = decisionFromCode(code);
            return decision ? MeetingText::decisionLabel(*decision) : code;
        };
        if (!arg(entry, 3).isEmpty()) {
            return tr("%1 corrected the decision on item %2 of meeting %3 from \"%4\" to \"%5\".")
                .arg(actor, arg(entry, 1), arg(entry, 0), label(arg(entry, 3)), label(arg(entry, 2)));
        }
        return tr("%1 recorded the decision \"%2\" on item %3 of meeting %4.")
            .arg(actor, label(arg(entry, 2)), arg(entry, 1), arg(entry, 0));
    }
    if (action == u"meeting.reveal") {
        return tr("%1 showed the %2 of item %3 of meeting %4 to the room, at the request of the chair %5: %6")
            .arg(actor, arg(entry, 2), arg(entry, 1), arg(entry, 0), arg(entry, 4), arg(entry, 3));
    }
    if (action == u"meeting.seal") {
        return tr("%1 sealed meeting %2 (%3 items); seal %4.")
            .arg(actor, arg(entry, 0), arg(entry, 2), arg(entry, 1));
    }
    if (action == u"meeting.documents") {
        return arg(entry, 1) == u"files" ? tr("%1 wrote the %2 documents of meeting %3 to files.")
                                               .arg(actor, arg(entry, 2), arg(entry, 0))
                                         : tr("%1 printed the document \"%2\" of meeting %3.")
                                               .arg(actor, arg(entry, 1), arg(entry, 0));
    }
    if (action == u"template.edit") {
        return arg(entry, 1) == u"reset"
                   ? tr("%1 restored the standard template \"%2\".").arg(actor, arg(entry, 0))
                   : tr("%1 edited the document template \"%2\".").arg(actor, arg(entry, 0));
    }
    if (action == u"batch.queue") {
        return tr("%1 sealed a meeting; its %2 items were put in batch %3 for the district.")
            .arg(actor, arg(entry, 2), entry.objectId);
    }
    if (action == u"batch.sent") {
        return arg(entry, 1) == u"usb"
                   ? tr("%1 wrote batch %2 to a file for the USB stick.").arg(actor, entry.objectId)
                   : tr("%1 sent batch %2 to the district over the internet.").arg(actor, entry.objectId);
    }
    if (action == u"batch.receipt") {
        return tr("%1 recorded the district's receipt for batch %2: %3.")
            .arg(actor, entry.objectId, receiptOutcomeLabel(arg(entry, 1)));
    }
    if (action == u"hub.enrol") {
        return tr("%1 enrolled this laptop with the district hub \"%2\" (hub key %3).")
            .arg(actor, arg(entry, 0), arg(entry, 1));
    }
    if (action == u"hub.revoked") {
        if (entry.args.size() < 2) {
            return tr("The district hub revoked this laptop's enrolment (list %1); the vault was locked.")
                .arg(arg(entry, 0));
        }
        return arg(entry, 0).isEmpty()
                   ? tr("A receipt of the district hub said that it revoked this laptop's device key %1; "
                        "the vault was locked.")
                         .arg(arg(entry, 1))
                   : tr("The district hub revoked this laptop's device key %2 (revocation list %1); the "
                        "vault was locked.")
                         .arg(arg(entry, 0), arg(entry, 1));
    }
    if (action == u"hub.revocations") {
        return tr("The district hub's revocation list %1 came; it does not name this laptop.")
            .arg(arg(entry, 0));
    }
    if (action == u"hub.reenrol") {
        return tr("%1 enrolled this laptop again with the district hub \"%2\" (device key %3 instead of the "
                  "revoked %4); the vault was opened again.")
            .arg(actor, arg(entry, 0), arg(entry, 2), arg(entry, 1));
    }
    if (action == u"hub.keys") {
        if (arg(entry, 1) == arg(entry, 2)) {
            return tr("The district hub's key list came: its key %1 stays, valid until %2.")
                .arg(arg(entry, 1), arg(entry, 3).isEmpty() ? tr("further notice") : arg(entry, 3));
        }
        return tr("The district hub replaced its keys: this laptop now trusts key %2 (generation %1), "
                  "vouched for by the key %3 it trusted before.")
            .arg(arg(entry, 0), arg(entry, 2), arg(entry, 1));
    }
    if (action == u"reviewer.key") {
        return tr("%1 made their own reviewer key %2, to sign their verdicts.").arg(actor, arg(entry, 1));
    }
    if (action == u"reviewer.enrol") {
        return tr("%1 was enrolled as a reviewer (%2) with the district hub \"%3\" (key %4).")
            .arg(actor, arg(entry, 1), arg(entry, 0), arg(entry, 2));
    }
    if (action == u"review.import") {
        return tr("%1 received %2 batch(es) with %3 item(s) for review from the district hub \"%4\"; %5 of "
                  "the items lack something.")
            .arg(actor, arg(entry, 0), arg(entry, 1), arg(entry, 3), arg(entry, 2));
    }
    if (action == u"review.verdict") {
        const auto state = proposalStateFromCode(arg(entry, 0));
        const QString verdict = state ? ProposalStateText::label(*state) : arg(entry, 0);
        const auto reason = ReviewReason::fromCode(arg(entry, 1));
        QString text = tr("%1 gave item %2 (proposal %3 of village %4) the verdict \"%5\"")
                           .arg(actor, entry.objectId, arg(entry, 3), arg(entry, 2), verdict);
        if (reason) {
            text += tr(", reason %1").arg(ReviewCodeText::codeAndLabel(*reason));
        }
        if (!arg(entry, 4).isEmpty()) {
            text += tr(", ground check by %1").arg(arg(entry, 4));
        }
        const auto result = groundCheckResultFromNumber(arg(entry, 5).toInt());
        if (result) {
            text += tr(", ground check result: %1").arg(ReviewCodeText::label(*result));
        }
        return text + u'.';
    }
    if (action == u"review.export") {
        return tr("%1 exported %2 approved item(s) (%3 BNBA line(s)) with personal data for forwarding, as "
                  "%4 "
                  "with a signed manifest.")
            .arg(actor, arg(entry, 0), arg(entry, 1), arg(entry, 2));
    }
    if (action == u"review.verdicts_sent") {
        return tr("%1 recorded the district hub \"%4\"'s receipt for verdicts: %2 accepted, %3 refused.")
            .arg(actor, arg(entry, 0), arg(entry, 1), arg(entry, 2));
    }
    if (action == u"review.claims") {
        return tr("%1 took or released items through the district hub \"%2\": %3 taken, %4 released, %5 held "
                  "by "
                  "another reviewer.")
            .arg(actor, arg(entry, 5), arg(entry, 1), arg(entry, 2), arg(entry, 3));
    }
    if (action == u"decisions.import") {
        return tr("%1 received %2 verdict(s) of the dinas sosial from the district hub \"%3\": %4 approved, "
                  "%5 rejected, %6 returned to the village.")
            .arg(actor, arg(entry, 0), arg(entry, 4), arg(entry, 1), arg(entry, 2), arg(entry, 3));
    }
    if (action == u"snapshot.import_signed") {
        return tr("%1 imported the DTSEN data \"%2\", number %3, signed by the district hub \"%4\".")
            .arg(actor, arg(entry, 1), arg(entry, 0), arg(entry, 2));
    }
    if (action == u"device.rotate") {
        return tr("%1 gave this laptop a new device key %2 to enrol again; the revoked key %3 signs nothing "
                  "more.")
            .arg(actor, arg(entry, 1), arg(entry, 0));
    }
    if (entry.objectId.isEmpty()) {
        return tr("%1 made a change recorded as \"%2\".").arg(actor, action);
    }
    return tr("%1 made a change recorded as \"%2\" (%3 %4).")
        .arg(actor, action, entry.objectType, entry.objectId);
}

QString AuditText::contentLabel(const QString &table)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("households"), QT_TR_NOOP("the households")},
        {QStringLiteral("members"), QT_TR_NOOP("the members of households")},
        {QStringLiteral("proposals"), QT_TR_NOOP("the proposals")},
        {QStringLiteral("proposal_changes"), QT_TR_NOOP("the changes the proposals make")},
        {QStringLiteral("proposal_bases"), QT_TR_NOOP("the proposals' base versions")},
        {QStringLiteral("proposal_transitions"), QT_TR_NOOP("the proposals' history")},
        {QStringLiteral("evidence"), QT_TR_NOOP("the evidence")},
        {QStringLiteral("evidence_content"), QT_TR_NOOP("the evidence files")},
        {QStringLiteral("officers"), QT_TR_NOOP("the officers")},
        {QStringLiteral("keyslot_state"), QT_TR_NOOP("the record of the key file")},
        {QStringLiteral("device_key"), QT_TR_NOOP("the device key")},
        {QStringLiteral("vault_meta"), QT_TR_NOOP("the vault's settings")},
        {QStringLiteral("imports"), QT_TR_NOOP("the list of imports")},
        {QStringLiteral("quality_flags"), QT_TR_NOOP("the data-quality flags")},
        {QStringLiteral("meetings"), QT_TR_NOOP("the meetings")},
        {QStringLiteral("meeting_attendees"), QT_TR_NOOP("the meetings' attendance")},
        {QStringLiteral("meeting_items"), QT_TR_NOOP("the meetings' agendas and decisions")},
        {QStringLiteral("meeting_seals"), QT_TR_NOOP("the meetings' seals")},
        {QStringLiteral("meeting_reveals"), QT_TR_NOOP("what was shown to the meetings")},
        {QStringLiteral("document_templates"), QT_TR_NOOP("the document templates")},
        {QStringLiteral("hub_enrolment"), QT_TR_NOOP("the enrolment with the district hub")},
        {QStringLiteral("outbox"), QT_TR_NOOP("the batches for the district")},
        {QStringLiteral("outbox_items"), QT_TR_NOOP("the items of the batches")},
        {QStringLiteral("retired_device_keys"), QT_TR_NOOP("the device keys this laptop had before")},
        {QStringLiteral("reviewer_keys"), QT_TR_NOOP("the reviewers' keys")},
        {QStringLiteral("decisions"), QT_TR_NOOP("the district's verdicts")},
        {QStringLiteral("proposal_returns"), QT_TR_NOOP("the drafts made from returned proposals")},
        {QStringLiteral("reviewer_enrolments"),
         QT_TR_NOOP("the reviewers' enrolments with the district hub")},
        {QStringLiteral("review_batches"), QT_TR_NOOP("the batches received for review")},
        {QStringLiteral("review_items"), QT_TR_NOOP("the items under review")},
        {QStringLiteral("review_verdicts"), QT_TR_NOOP("the reviewers' verdicts")},
    };
    const auto found = labels.constFind(table);
    return found == labels.constEnd() ? tr("the table \"%1\"").arg(table) : tr(*found);
}

QString AuditText::contentDifferences(const AuditLog::Verification &verification)
{
    QStringList lines;
    for (const QString &table : verification.changedTables) {
        lines << tr("- %1 no longer add up to what was recorded with them").arg(contentLabel(table));
    }
    if (lines.isEmpty()) {
        lines << tr("- the content changed after entry %1 of the history without an entry of its own")
                     .arg(verification.stateEntry);
    }
    return lines.join(u'\n');
}

} // namespace verdes
