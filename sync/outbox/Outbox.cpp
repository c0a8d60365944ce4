// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/outbox/Outbox.h"

#include "models/core/Log.h"
#include "models/io/OutputPath.h"
#include "models/proposals/ProposalRepository.h"
#include "models/vault/Database.h"
#include "models/vault/DeviceKey.h"
#include "models/vault/Transaction.h"
#include "sync/batch/Envelope.h"
#include "sync/outbox/BatchBuilder.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace verdes::sync {

namespace {

// The note of the proposals' moves: which batch took them.
QString batchNote(quint64 sequence)
{
    return QCoreApplication::translate("verdes::sync::Outbox", "Batch %1").arg(sequence);
}

} // namespace

Outbox::Outbox(Database &db, Clock &clock)
    : m_db(db)
    , m_clock(clock)
{}

Result<int> Outbox::catchUp(const Actor &actor, Progress &progress)
{
    OutboxRepository repo(m_db, m_clock);
    VERDES_TRY_ASSIGN(pending, repo.meetingsWithoutBatch());
    progress.setPhase(
        QCoreApplication::translate("verdes::sync::Outbox", "Preparing the batches for the district"));
    int made = 0;
    for (const qint64 meetingId : std::as_const(pending)) {
        if (progress.isCancelled()) {
            return Error(ErrorCode::Cancelled);
        }
        VERDES_TRY(makeBatch(actor, meetingId));
        ++made;
        progress.report(made, pending.size());
    }
    return made;
}

Result<void> Outbox::makeBatch(const Actor &actor, qint64 meetingId)
{
    Transaction tx(m_db);
    VERDES_TRY(tx.begin());
    OutboxRepository repo(m_db, m_clock);
    VERDES_TRY_ASSIGN(last, repo.last());
    const quint64 sequence = last ? last->sequence + 1 : 1;
    const std::optional<QByteArray> previous = last ? std::optional<QByteArray>(last->batchId) : std::nullopt;
    BatchBuilder builder(m_db, m_clock);
    VERDES_TRY_ASSIGN(built, builder.build(meetingId, sequence, previous));
    const QByteArray body = built.batch.encode();
    VERDES_TRY_ASSIGN(key, DeviceKey::load(m_db));
    VERDES_TRY_ASSIGN(signedFile,
                      Envelope::sign(FileKind::Batch, key.publicKey(), body, [this](const QByteArray &bytes) {
                          return DeviceKey::sign(m_db, bytes);
                      }));
    VERDES_TRY(repo.enqueue(actor, meetingId, sequence, Batch::idOf(body), signedFile, built.items));
    QList<qint64> proposalIds;
    for (const OutboxItem &item : std::as_const(built.items)) {
        if (item.proposalId) {
            proposalIds.append(*item.proposalId);
        }
    }
    ProposalRepository proposals(m_db, m_clock);
    VERDES_TRY(proposals.moveForMeeting(actor, proposalIds, ProposalState::Batched, batchNote(sequence)));
    VERDES_TRY(tx.commit());
    qCInfo(lcSync) << "batch" << sequence << "made with" << built.items.size() << "items,"
                   << signedFile.size() << "bytes";
    return {};
}

Result<QByteArray> Outbox::sealedFile(quint64 sequence)
{
    OutboxRepository repo(m_db, m_clock);
    VERDES_TRY_ASSIGN(hub, repo.hub());
    if (!hub) {
        return Error(ErrorCode::SyncNotEnrolled);
    }
    if (hub->revokedAt.isValid()) {
        return Error(ErrorCode::SyncDeviceRevoked, {hub->hubName});
    }
    VERDES_TRY_ASSIGN(signedFile, repo.signedFile(sequence));
    return Envelope::seal(signedFile, hub->sealingKey);
}

Result<std::optional<OutboxEntry>> Outbox::oldestUnanswered()
{
    OutboxRepository repo(m_db, m_clock);
    VERDES_TRY_ASSIGN(entries, repo.list());
    for (const OutboxEntry &entry : std::as_const(entries)) {
        if (entry.state == OutboxState::Queued || entry.state == OutboxState::Sent) {
            return std::optional<OutboxEntry>(entry);
        }
    }
    return std::optional<OutboxEntry>();
}

Result<OutboxEntry> Outbox::exportTo(const Actor &actor, quint64 sequence, const QString &path, bool replace)
{
    VERDES_TRY(actor.require(Action::SendBatches));
    VERDES_TRY_ASSIGN(
        target,
        OutputPath::check(path, replace ? OutputPath::Existing::Replace : OutputPath::Existing::Refuse));
    VERDES_TRY_ASSIGN(sealed, sealedFile(sequence));
    Transaction tx(m_db);
    VERDES_TRY(tx.begin());
    OutboxRepository repo(m_db, m_clock);
    VERDES_TRY_ASSIGN(before, repo.get(sequence));
    if (!before) {
        return Error(ErrorCode::SyncBatchNotFound, {QString::number(sequence)});
    }
    if (before->state == OutboxState::Queued) {
        // The first time the batch leaves: it and its proposals are now sent.
        VERDES_TRY(repo.markSent(actor, sequence, QStringLiteral("usb")));
        VERDES_TRY_ASSIGN(items, repo.items(sequence));
        QList<qint64> proposalIds;
        for (const OutboxItem &item : std::as_const(items)) {
            if (item.proposalId) {
                proposalIds.append(*item.proposalId);
            }
        }
        ProposalRepository proposals(m_db, m_clock);
        VERDES_TRY(proposals.moveForMeeting(actor, proposalIds, ProposalState::Sent, batchNote(sequence)));
    }
    VERDES_TRY_ASSIGN(entry, repo.get(sequence));
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly) || file.write(sealed) != sealed.size()) {
        return Error(ErrorCode::FileWriteFailed, {path}, file.errorString());
    }
    if (!file.commit()) {
        return Error(ErrorCode::FileWriteFailed, {path}, file.errorString());
    }
    VERDES_TRY(tx.commit());
    qCInfo(lcSync) << "batch" << sequence << "written for the USB route," << sealed.size() << "bytes";
    return *entry;
}

} // namespace verdes::sync
