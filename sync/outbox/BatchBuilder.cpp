// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/outbox/BatchBuilder.h"

#include "models/core/DocumentLanguage.h"
#include "models/musdes/MeetingRepository.h"
#include "models/proposals/ProposalRepository.h"
#include "models/vault/AuditLog.h"

#include <QJsonDocument>

namespace verdes::sync {

namespace {

QStringList bnbaTexts(const BnbaLine &line)
{
    return {line.name,
            line.nik,
            line.kk,
            line.address,
            line.rtRw,
            line.typeLabel,
            line.reason,
            line.decisionText.isEmpty() ? MeetingText::decisionLabel(line.decision) : line.decisionText};
}

} // namespace

BatchBuilder::BatchBuilder(Database &db, Clock &clock)
    : m_db(db)
    , m_clock(clock)
{}

Result<BatchBuilder::Built>
BatchBuilder::build(qint64 meetingId, quint64 sequence, const std::optional<QByteArray> &previous)
{
    MeetingRepository meetings(m_db, m_clock);
    ProposalRepository proposals(m_db, m_clock);
    OutboxRepository outbox(m_db, m_clock);
    VERDES_TRY_ASSIGN(meeting, meetings.get(meetingId));
    if (!meeting) {
        return Error(ErrorCode::MeetingNotFound, {QString::number(meetingId)});
    }
    if (!meeting->seal) {
        return Error(ErrorCode::MeetingNotSealed, {meeting->number});
    }
    Built built;
    Batch &batch = built.batch;
    VERDES_TRY_ASSIGN(village, outbox.villageCode());
    VERDES_TRY_ASSIGN(vault, outbox.vaultId());
    batch.villageCode = village;
    batch.vaultId = vault;
    batch.sequence = sequence;
    batch.previous = previous;
    batch.createdAt = m_clock.now().toUTC().toString(Qt::ISODateWithMs);
    AuditLog audit(m_db, m_clock);
    VERDES_TRY_ASSIGN(head, audit.recent(1));
    if (!head.isEmpty()) {
        batch.auditSeq = static_cast<quint64>(head.constFirst().seq);
        batch.auditHash = head.constFirst().hash;
    } else {
        batch.auditHash = AuditLog::genesisHash();
    }
    batch.meeting = meeting->seal->content;
    batch.meetingSha256 = meeting->seal->sha256;
    batch.meetingSignature = meeting->seal->signature;

    // The BNBA as the village prints it: in Indonesian whatever the interface's language.
    const auto bnbaOf = [&meetings](const AgendaItem &entry,
                                    const Proposal *proposal) -> Result<QStringList> {
        const DocumentLanguage::Indonesian indonesian;
        VERDES_TRY_ASSIGN(lines, meetings.bnbaOf(entry, proposal));
        QStringList texts;
        for (const BnbaLine &line : std::as_const(lines)) {
            texts += bnbaTexts(line);
        }
        return texts;
    };

    VERDES_TRY_ASSIGN(agenda, meetings.agenda(meetingId));
    for (const AgendaItem &entry : std::as_const(agenda)) {
        if (entry.decision != Decision::Agreed && entry.decision != Decision::ProposeRemoval) {
            continue;
        }
        BatchItem item;
        OutboxItem outboxItem;
        outboxItem.position = static_cast<int>(batch.items.size());
        outboxItem.householdId = entry.householdId;
        if (!entry.proposalId) {
            VERDES_TRY_ASSIGN(bnba, bnbaOf(entry, nullptr));
            item.bnba = bnba;
            item.type = kFlaggedRemovalType;
            item.channel = QStringLiteral("musdes");
            item.household = entry.householdId;
            item.reason =
                entry.note.isEmpty() ? entry.reason : entry.reason + QStringLiteral(" — ") + entry.note;
            item.details = QStringLiteral("{}");
        } else {
            VERDES_TRY_ASSIGN(found, proposals.get(*entry.proposalId));
            if (!found) {
                return Error(ErrorCode::ProposalNotFound, {QString::number(*entry.proposalId)});
            }
            const Proposal &p = *found;
            VERDES_TRY_ASSIGN(bnba, bnbaOf(entry, &p));
            item.bnba = bnba;
            outboxItem.proposalId = p.id;
            item.proposalId = static_cast<quint64>(p.id);
            item.type = proposalTypeCode(p.type);
            item.channel = channelCode(p.channel);
            item.household = p.householdId;
            item.persons = p.personIds;
            item.reason = p.reason;
            item.details =
                QString::fromUtf8(QJsonDocument(p.details.toJson()).toJson(QJsonDocument::Compact));
            for (const FieldChange &c : p.changes) {
                item.changes.append({c.table, c.recordId, c.column, c.oldValue, c.newValue, c.newRecordKey});
            }
            for (const BaseVersion &b : p.bases) {
                item.bases.append({b.table, b.recordId, static_cast<quint64>(b.version)});
            }
            for (const EvidenceInfo &info : p.evidence) {
                // evidenceBytes gives the bytes only once they hash to the evidence's recorded SHA-256
                // (EvidenceDamaged otherwise): hashing them again would double the time of a batch with
                // photos (verdes-bench).
                VERDES_TRY_ASSIGN(bytes, proposals.evidenceBytes(info.id));
                BatchEvidence evidence;
                evidence.id = static_cast<quint64>(info.id);
                evidence.kind = evidenceKindCode(info.kind);
                evidence.mime = info.mime;
                evidence.sha256 = QByteArray::fromHex(info.sha256.toLatin1());
                evidence.content = bytes;
                item.evidence.append(evidence);
            }
        }
        batch.items.append(item);
        built.items.append(outboxItem);
    }
    return built;
}

} // namespace verdes::sync
