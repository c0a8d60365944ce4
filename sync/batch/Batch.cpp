// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/batch/Batch.h"

#include "sync/batch/Envelope.h"
#include "sync/batch/Wire.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace verdes::sync {

namespace {

QString formatName()
{
    return QStringLiteral("verdes-batch/1");
}

QByteArray sha256(QByteArrayView data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
}

void writeTexts(WireWriter &w, const QStringList &texts)
{
    w.count(texts.size());
    for (const QString &text : texts) {
        w.text(text);
    }
}

QStringList readTexts(WireReader &r, const char *field)
{
    const qsizetype n = r.count(field, Batch::kMaxPerItem);
    QStringList texts;
    for (qsizetype i = 0; i < n && r.ok(); ++i) {
        texts.append(r.text(field));
    }
    return texts;
}

void writeItem(WireWriter &w, const BatchItem &item)
{
    w.u64(item.proposalId);
    w.text(item.type);
    w.text(item.channel);
    w.text(item.household);
    writeTexts(w, item.persons);
    w.text(item.reason);
    w.text(item.details);
    w.count(item.changes.size());
    for (const BatchChange &c : item.changes) {
        w.text(c.table);
        w.text(c.recordId);
        w.text(c.column);
        w.text(c.oldValue);
        w.text(c.newValue);
        w.text(c.newRecordKey);
    }
    w.count(item.bases.size());
    for (const BatchBase &b : item.bases) {
        w.text(b.table);
        w.text(b.recordId);
        w.u64(b.version);
    }
    w.count(item.evidence.size());
    for (const BatchEvidence &e : item.evidence) {
        w.u64(e.id);
        w.text(e.kind);
        w.text(e.mime);
        w.digest(e.sha256);
        w.bytes(e.content);
    }
    writeTexts(w, item.bnba);
}

BatchItem readItem(WireReader &r)
{
    BatchItem item;
    item.proposalId = r.u64("proposal_id");
    item.type = r.text("type");
    item.channel = r.text("channel");
    item.household = r.text("household");
    item.persons = readTexts(r, "persons");
    item.reason = r.text("reason");
    item.details = r.text("details");
    const qsizetype changes = r.count("changes", Batch::kMaxPerItem);
    for (qsizetype i = 0; i < changes && r.ok(); ++i) {
        BatchChange c;
        c.table = r.text("changes.table");
        c.recordId = r.text("changes.record_id");
        c.column = r.text("changes.column");
        c.oldValue = r.text("changes.old_value");
        c.newValue = r.text("changes.new_value");
        c.newRecordKey = r.text("changes.new_record_key");
        item.changes.append(std::move(c));
    }
    const qsizetype bases = r.count("bases", Batch::kMaxPerItem);
    for (qsizetype i = 0; i < bases && r.ok(); ++i) {
        BatchBase b;
        b.table = r.text("bases.table");
        b.recordId = r.text("bases.record_id");
        b.version = r.u64("bases.version");
        item.bases.append(std::move(b));
    }
    const qsizetype evidence = r.count("evidence", Batch::kMaxEvidencePerItem);
    for (qsizetype i = 0; i < evidence && r.ok(); ++i) {
        BatchEvidence e;
        e.id = r.u64("evidence.id");
        e.kind = r.text("evidence.kind");
        e.mime = r.text("evidence.mime");
        e.sha256 = r.digest("evidence.sha256");
        e.content = r.bytes("evidence.content", Batch::kMaxEvidenceBytes);
        if (r.ok() && sha256(e.content) != e.sha256) {
            r.fail("evidence.sha256", QStringLiteral("does not match the content"));
        }
        item.evidence.append(std::move(e));
    }
    item.bnba = readTexts(r, "bnba");
    if (r.ok() && item.bnba.size() % BatchItem::kBnbaColumns != 0) {
        r.fail("bnba",
               QStringLiteral("%1 texts, not whole lines of %2")
                   .arg(item.bnba.size())
                   .arg(BatchItem::kBnbaColumns));
    }
    return item;
}

} // namespace

QByteArray Batch::encode() const
{
    WireWriter w;
    w.text(formatName());
    w.text(villageCode);
    w.text(vaultId);
    w.u64(sequence);
    w.optionalDigest(previous);
    w.text(createdAt);
    w.u64(auditSeq);
    w.digest(auditHash);
    w.bytes(meeting);
    w.digest(meetingSha256);
    w.bytes(meetingSignature);
    w.count(items.size());
    for (const BatchItem &item : items) {
        writeItem(w, item);
    }
    return w.data();
}

Result<Batch> Batch::decode(QByteArrayView body)
{
    WireReader r(body);
    Batch batch;
    const QString format = r.text("format");
    if (r.ok() && format != formatName()) {
        r.fail("format", QStringLiteral("\"%1\"").arg(format.left(40)));
    }
    batch.villageCode = r.text("village_code");
    static const QRegularExpression tenDigits(QStringLiteral("^[0-9]{10}$"));
    if (r.ok() && !tenDigits.match(batch.villageCode).hasMatch()) {
        r.fail("village_code", QStringLiteral("not ten digits"));
    }
    batch.vaultId = r.text("vault_id");
    batch.sequence = r.u64("sequence");
    if (r.ok() && batch.sequence == 0) {
        r.fail("sequence", QStringLiteral("0"));
    }
    batch.previous = r.optionalDigest("previous");
    if (r.ok() && batch.previous.has_value() != (batch.sequence > 1)) {
        r.fail("previous", QStringLiteral("present exactly when the sequence is over 1"));
    }
    batch.createdAt = r.text("created_at");
    batch.auditSeq = r.u64("audit_seq");
    batch.auditHash = r.digest("audit_hash");
    batch.meeting = r.bytes("meeting");
    batch.meetingSha256 = r.digest("meeting_sha256");
    if (r.ok() && sha256(batch.meeting) != batch.meetingSha256) {
        r.fail("meeting_sha256", QStringLiteral("does not match the meeting"));
    }
    batch.meetingSignature = r.bytes("meeting_signature", Envelope::kSignatureSize);
    if (r.ok() && batch.meetingSignature.size() != Envelope::kSignatureSize) {
        r.fail("meeting_signature", QStringLiteral("%1 bytes").arg(batch.meetingSignature.size()));
    }
    const qsizetype items = r.count("items", kMaxItems);
    for (qsizetype i = 0; i < items && r.ok(); ++i) {
        r.setScope(QStringLiteral("items[%1].").arg(i));
        batch.items.append(readItem(r));
    }
    r.setScope({});
    if (!r.finish()) {
        return Error(ErrorCode::SyncFileMalformed, {fileKindLabel(FileKind::Batch)}, r.failure());
    }
    return batch;
}

QByteArray Batch::idOf(QByteArrayView body)
{
    return sha256(body);
}

} // namespace verdes::sync
