// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/outbox/Outbox.h"

#include "models/core/Error.h"
#include "models/core/Log.h"
#include "models/core/PublicKey.h"
#include "models/io/OutputPath.h"
#include "models/proposals/ProposalRepository.h"
#include "models/vault/Database.h"
#include "models/vault/DeviceKey.h"
#include "models/vault/Transaction.h"
#include "sync/batch/Envelope.h"
#include "sync/batch/HubKeyChain.h"
#include "sync/batch/RevocationList.h"
#include "sync/outbox/BatchBuilder.h"
#include "sync/outbox/RetryPolicy.h"
#include "sync/transport/Announce.h"
#include "sync/transport/HttpTransport.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QSaveFile>

#include <algorithm>

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
    if (hub->isRevoked()) {
        return Error(ErrorCode::SyncDeviceRevoked, {hub->hubName});
    }
    // Nothing is sealed to keys the hub said it stops using: its new key list says what to use.
    if (hub->keysExpired(m_clock.now())) {
        return keysExpired(*hub);
    }
    VERDES_TRY_ASSIGN(signedFile, repo.signedFile(sequence));
    VERDES_TRY_ASSIGN(current, currentlySigned(signedFile));
    return Envelope::seal(current, hub->sealingKey);
}

Result<QByteArray> Outbox::currentlySigned(const QByteArray &signedFile)
{
    VERDES_TRY_ASSIGN(header, Envelope::signedHeader(signedFile));
    VERDES_TRY_ASSIGN(key, DeviceKey::load(m_db));
    if (header.signerKeyId == PublicKey::idOf(key.publicKey())) {
        return signedFile;
    }
    // Made before this vault enrolled again with a new key (the old one was revoked, and the hub takes
    // nothing it signed): the same body, so the same batch id, signed anew by the current key. The
    // stored file stays as it was made.
    VERDES_TRY_ASSIGN(oldKey, DeviceKey::publicKeyOf(m_db, PublicKey::idText(header.signerKeyId)));
    if (!oldKey) {
        return Error(
            ErrorCode::VaultDamaged, {m_db.path()}, QStringLiteral("a batch signed by an unknown key"));
    }
    VERDES_TRY_ASSIGN(body, Envelope::openSigned(signedFile, FileKind::Batch, *oldKey));
    return Envelope::sign(FileKind::Batch, key.publicKey(), body, [this](const QByteArray &bytes) {
        return DeviceKey::sign(m_db, bytes);
    });
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
    VERDES_TRY(markLeft(actor, sequence, QStringLiteral("usb")));
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

Result<void> Outbox::markLeft(const Actor &actor, quint64 sequence, const QString &route)
{
    OutboxRepository repo(m_db, m_clock);
    VERDES_TRY_ASSIGN(before, repo.get(sequence));
    if (!before) {
        return Error(ErrorCode::SyncBatchNotFound, {QString::number(sequence)});
    }
    if (before->state != OutboxState::Queued) {
        return {};
    }
    // The first time the batch leaves: it and its proposals are now sent.
    VERDES_TRY(repo.markSent(actor, sequence, route));
    VERDES_TRY_ASSIGN(items, repo.items(sequence));
    QList<qint64> proposalIds;
    for (const OutboxItem &item : std::as_const(items)) {
        if (item.proposalId) {
            proposalIds.append(*item.proposalId);
        }
    }
    ProposalRepository proposals(m_db, m_clock);
    return proposals.moveForMeeting(actor, proposalIds, ProposalState::Sent, batchNote(sequence));
}

Error Outbox::keysExpired(const HubLink &hub)
{
    return Error(ErrorCode::SyncHubKeyExpired,
                 {hub.hubName, hub.keysExpireAt.toUTC().date().toString(Qt::ISODate)},
                 QStringLiteral("pinned hub key %1 generation %2")
                     .arg(PublicKey::idTextOf(hub.signingKey))
                     .arg(hub.keyGeneration));
}

Result<void> Outbox::refuseRetiredKey(const HubLink &hub, const QByteArray &signerKeyId, FileKind kind)
{
    if (hub.retiredSigningKeyIds.contains(signerKeyId)) {
        return Error(ErrorCode::SyncHubKeyRetired,
                     {fileKindLabel(kind)},
                     QStringLiteral("signed by retired hub key %1").arg(PublicKey::idText(signerKeyId)));
    }
    return {};
}

Result<QByteArray> Outbox::openFromHub(const HubLink &hub, const QByteArray &file, FileKind kind)
{
    const QString label = fileKindLabel(kind);
    VERDES_TRY_ASSIGN(header, Envelope::signedHeader(file));
    if (header.kind != kind) {
        return Error(ErrorCode::SyncFileMalformed,
                     {label},
                     QStringLiteral("a %1, not a %2").arg(fileKindLabel(header.kind), label));
    }
    VERDES_TRY(refuseRetiredKey(hub, header.signerKeyId, kind));
    if (header.signerKeyId != PublicKey::idOf(hub.signingKey)) {
        return Error(ErrorCode::SyncHubUnknown, {label, PublicKey::idText(header.signerKeyId)});
    }
    if (hub.keysExpired(m_clock.now())) {
        return keysExpired(hub);
    }
    return Envelope::openSigned(file, kind, hub.signingKey);
}

Result<Outbox::KeysImport> Outbox::applyHubKeys(const Actor &actor, const QByteArray &chainFile)
{
    OutboxRepository repo(m_db, m_clock);
    VERDES_TRY_ASSIGN(hub, repo.hub());
    if (!hub) {
        return Error(ErrorCode::SyncNotEnrolled);
    }
    const QString label = fileKindLabel(FileKind::HubKeys);
    auto opened = HubKeyChain::open(chainFile, hub->signingKey);
    if (!opened && opened.error().code == ErrorCode::SyncHubUnknown) {
        // A list that does not reach back to the pinned key: an older list, from before this vault
        // followed a rotation, is signed by a key it has retired.
        VERDES_TRY_ASSIGN(header, Envelope::signedHeader(chainFile));
        VERDES_TRY(refuseRetiredKey(*hub, header.signerKeyId, FileKind::HubKeys));
    }
    VERDES_TRY_ASSIGN(chain, std::move(opened));
    if (chain.hubId != hub->hubId) {
        return Error(ErrorCode::SyncNotOurs, {label}, QStringLiteral("a key list of another hub"));
    }
    const HubKeyGeneration &newest = chain.current();
    const QDateTime expiresAt = QDateTime::fromString(newest.expiresAt, Qt::ISODateWithMs);
    KeysImport result;
    result.generation = newest.number;
    result.fingerprint = PublicKey::idTextOf(newest.signingKey);
    result.expiresAt = expiresAt;
    result.changed = newest.signingKey != hub->signingKey;
    VERDES_TRY(noteContact(repo, chain.issuedAt));
    if (!result.changed && expiresAt == hub->keysExpireAt && newest.sealingKey == hub->sealingKey) {
        return result; // nothing new: not audited again
    }
    Transaction tx(m_db);
    VERDES_TRY(tx.begin());
    VERDES_TRY(repo.pinHubKeys(actor, newest.number, newest.signingKey, newest.sealingKey, expiresAt));
    if (result.changed) {
        // Uploads in progress go on with the bytes they have (the hub still opens them); batches not
        // sent yet are sealed to the new key when they go.
        qCInfo(lcSync) << "the hub's keys moved to generation" << newest.number << "signing key"
                       << result.fingerprint;
    }
    VERDES_TRY(tx.commit());
    return result;
}

Result<bool> Outbox::applyRevocationList(const Actor &actor, const QByteArray &listFile)
{
    OutboxRepository repo(m_db, m_clock);
    VERDES_TRY_ASSIGN(hub, repo.hub());
    if (!hub) {
        return Error(ErrorCode::SyncNotEnrolled);
    }
    const QString label = fileKindLabel(FileKind::RevocationList);
    VERDES_TRY_ASSIGN(body, openFromHub(*hub, listFile, FileKind::RevocationList));
    VERDES_TRY_ASSIGN(list, RevocationList::decode(body));
    if (list.hubId != hub->hubId) {
        return Error(ErrorCode::SyncNotOurs, {label}, QStringLiteral("a list of another hub"));
    }
    // Any list the hub signed is news from it, an old one too: its time counts as a contact.
    VERDES_TRY(noteContact(repo, list.issuedAt));
    if (list.serial <= hub->revocationSerial) {
        return hub->isRevoked(); // seen before, or older: it changes nothing
    }
    VERDES_TRY_ASSIGN(key, DeviceKey::load(m_db));
    Transaction tx(m_db);
    VERDES_TRY(tx.begin());
    if (!list.revokes(PublicKey::idOf(key.publicKey()))) {
        VERDES_TRY(repo.noteRevocationSerial(actor, list.serial));
        VERDES_TRY(tx.commit());
        return hub->isRevoked();
    }
    VERDES_TRY(repo.markRevoked(actor, list.serial, key.keyId()));
    VERDES_TRY(tx.commit());
    qCWarning(lcSync) << "the hub's revocation list" << list.serial << "revokes this laptop";
    return true;
}

Result<void> Outbox::noteContact(OutboxRepository &repo, const QString &hubTime)
{
    const QDateTime signedAt = QDateTime::fromString(hubTime, Qt::ISODateWithMs);
    if (!signedAt.isValid()) {
        return {};
    }
    // A hub whose clock runs ahead does not move the last contact into the future.
    return repo.noteContact(std::min(signedAt, m_clock.now()));
}

Result<std::optional<Outbox::ReceiptImport>>
Outbox::sendOne(const Actor &actor, HttpTransport &transport, const OutboxEntry &entry, Progress &progress)
{
    OutboxRepository repo(m_db, m_clock);
    VERDES_TRY_ASSIGN(sealed, repo.keptSealedFile(entry.sequence));
    if (sealed.isEmpty()) {
        VERDES_TRY_ASSIGN(fresh, sealedFile(entry.sequence));
        VERDES_TRY(repo.keepSealedFile(entry.sequence, fresh));
        sealed = fresh;
    }
    VERDES_TRY_ASSIGN(key, DeviceKey::load(m_db));
    Announce announce;
    announce.deviceKeyId = PublicKey::idOf(key.publicKey());
    announce.batchId = entry.batchId;
    announce.sequence = entry.sequence;
    announce.size = sealed.size();
    announce.sha256 = QCryptographicHash::hash(sealed, QCryptographicHash::Sha256);
    announce.at = m_clock.now().toUTC().toString(Qt::ISODateWithMs);
    // An upload the hub dropped half-way (its bytes did not match, or it was cleaned up) is announced
    // once more and sent again from where the hub then stands.
    for (int round = 0; round < 2; ++round) {
        const QByteArray message = announce.encode();
        VERDES_TRY_ASSIGN(signature, DeviceKey::sign(m_db, message));
        VERDES_TRY_ASSIGN(answer, transport.announce(message, signature));
        QByteArray receiptFile;
        if (answer.kind == AnnounceAnswer::Kind::Refused) {
            if (answer.reason == u"revoked_device") {
                return Error(
                    ErrorCode::SyncDeviceRevoked, {QString()}, QStringLiteral("refused at announce"));
            }
            const auto reason = Receipt::reasonFromCode(answer.reason);
            return Error(ErrorCode::SyncHubRefused,
                         {reason ? Receipt::reasonLabel(*reason) : answer.reason},
                         QStringLiteral("announce refused: %1").arg(answer.reason));
        }
        if (answer.kind == AnnounceAnswer::Kind::Have) {
            receiptFile = answer.receipt;
        } else {
            VERDES_TRY(repo.recordSending(entry.sequence, SendPhase::Announced, answer.received));
            qint64 offset = answer.received;
            while (offset < sealed.size()) {
                if (!progress.advance(offset, sealed.size())) {
                    return Error(ErrorCode::Cancelled);
                }
                VERDES_TRY_ASSIGN(
                    state, transport.putPart(announce.sha256, offset, sealed.mid(offset, answer.partSize)));
                if (state.received > sealed.size() || (!state.taken && state.received == offset)) {
                    return Error(ErrorCode::SyncHubUnreachable,
                                 {QString()},
                                 QStringLiteral("the upload does not move"));
                }
                offset = state.received;
                VERDES_TRY(repo.recordSending(entry.sequence, SendPhase::Sending, offset));
            }
            progress.report(sealed.size(), sealed.size());
            auto finished = transport.finish(announce.sha256);
            if (!finished && finished.error().code == ErrorCode::SyncFileMalformed && round == 0) {
                continue;
            }
            VERDES_TRY_ASSIGN(file, std::move(finished));
            receiptFile = file;
        }
        // Recorded as the USB route records it: the batch left, and this is the hub's answer.
        VERDES_TRY(markLeft(actor, entry.sequence, QStringLiteral("https")));
        VERDES_TRY_ASSIGN(imported, importReceipt(actor, receiptFile));
        return std::optional<ReceiptImport>(imported);
    }
    return Error(ErrorCode::SyncHubUnreachable, {QString()}, QStringLiteral("the upload was dropped twice"));
}

Result<Outbox::SendReport> Outbox::send(const Actor &actor, HttpTransport &transport, Progress &progress)
{
    VERDES_TRY(actor.require(Action::SendBatches));
    OutboxRepository repo(m_db, m_clock);
    VERDES_TRY_ASSIGN(hub, repo.hub());
    if (!hub) {
        return Error(ErrorCode::SyncNotEnrolled);
    }
    if (hub->revokedAt.isValid()) {
        return Error(ErrorCode::SyncDeviceRevoked, {hub->hubName});
    }
    const auto failed = [&](const OutboxEntry *entry, Error error) -> Error {
        if (error.code == ErrorCode::SyncHubUnreachable || error.code == ErrorCode::SyncHubCannotStore
            || error.code == ErrorCode::SyncTlsPinMismatch) {
            error.args = QStringList{hub->url};
        } else if (error.code == ErrorCode::SyncDeviceRevoked) {
            error.args = QStringList{hub->hubName};
        }
        if (entry != nullptr && error.code != ErrorCode::Cancelled) {
            const int attempts = entry->attempts + 1;
            const qint64 delay =
                RetryPolicy::delaySeconds(attempts, QRandomGenerator::global()->generateDouble());
            auto noted = repo.recordAttempt(
                entry->sequence, entry->phase, attempts, m_clock.now().addSecs(delay), describe(error));
            if (!noted) {
                return noted.error();
            }
        }
        return error;
    };
    VERDES_TRY_ASSIGN(entries, repo.list());
    const auto waiting = [](const OutboxEntry &e) {
        return e.state == OutboxState::Queued || e.state == OutboxState::Sent;
    };
    const auto first = std::find_if(entries.cbegin(), entries.cend(), waiting);
    const OutboxEntry *firstWaiting = first == entries.cend() ? nullptr : &*first;
    // Every contact starts with the hub's key list, so that a rotation of its keys is followed before
    // anything it signs is read, then the revocation list: a revoked laptop learns it here. A hub that
    // cannot be reached, or whose files do not verify, counts as a failed try of the first waiting
    // batch, so the next try waits.
    auto keyList = transport.hubKeys();
    if (!keyList) {
        return failed(firstWaiting, keyList.error());
    }
    if (auto followed = applyHubKeys(actor, *keyList); !followed) {
        return failed(firstWaiting, followed.error());
    }
    auto list = transport.revocationList();
    if (!list) {
        return failed(firstWaiting, list.error());
    }
    auto revoked = applyRevocationList(actor, *list);
    if (!revoked) {
        return failed(firstWaiting, revoked.error());
    }
    if (*revoked) {
        return failed(nullptr, Error(ErrorCode::SyncDeviceRevoked));
    }
    SendReport report;
    for (const OutboxEntry &entry : std::as_const(entries)) {
        if (!waiting(entry)) {
            continue;
        }
        progress.setPhase(
            QCoreApplication::translate("verdes::sync::Outbox", "Sending batch %1 to the district…")
                .arg(entry.sequence));
        auto sent = sendOne(actor, transport, entry, progress);
        if (!sent) {
            return failed(&entry, sent.error());
        }
        if (*sent) {
            report.receipts.append(**sent);
            report.receipted += (*sent)->entry.state == OutboxState::Receipted ? 1 : 0;
            if ((*sent)->entry.state != OutboxState::Receipted
                && (*sent)->entry.state != OutboxState::Refused) {
                break; // a gap at the hub: the batches after it wait as well
            }
        }
    }
    return report;
}

Result<Outbox::ReceiptImport> Outbox::importReceipt(const Actor &actor, const QByteArray &receiptFile)
{
    VERDES_TRY(actor.require(Action::SendBatches));
    OutboxRepository repo(m_db, m_clock);
    VERDES_TRY_ASSIGN(hub, repo.hub());
    if (!hub) {
        return Error(ErrorCode::SyncNotEnrolled);
    }
    const QString label = fileKindLabel(FileKind::Receipt);
    VERDES_TRY_ASSIGN(body, openFromHub(*hub, receiptFile, FileKind::Receipt));
    VERDES_TRY_ASSIGN(receipt, Receipt::decode(body));
    VERDES_TRY_ASSIGN(key, DeviceKey::load(m_db));
    VERDES_TRY_ASSIGN(vaultId, repo.vaultId());
    // The current key, or one this vault had before it enrolled again (a batch sent before).
    const bool currentKey = receipt.deviceKeyId == PublicKey::idOf(key.publicKey());
    VERDES_TRY_ASSIGN(ownKey, DeviceKey::publicKeyOf(m_db, PublicKey::idText(receipt.deviceKeyId)));
    if (!ownKey || (!receipt.vaultId.isEmpty() && receipt.vaultId != vaultId)) {
        return Error(ErrorCode::SyncNotOurs, {label}, QStringLiteral("receipt for another device"));
    }
    VERDES_TRY(noteContact(repo, receipt.receivedAt));
    if (receipt.outcome == ReceiptOutcome::Refused && receipt.reason == ReceiptReason::RevokedDevice) {
        // Not an answer on the batch: it goes again, signed by a new key, once the vault is enrolled
        // again. The hub signed that it revoked the current key: the vault learns it here.
        if (!currentKey) {
            // A file signed before the vault enrolled again, brought late: write the batch again.
            return Error(ErrorCode::SyncHubRefused,
                         {Receipt::reasonLabel(ReceiptReason::RevokedDevice)},
                         QStringLiteral("receipt for a file signed by a retired key"));
        }
        if (!hub->isRevoked()) {
            Transaction tx(m_db);
            VERDES_TRY(tx.begin());
            VERDES_TRY(repo.markRevoked(actor, std::nullopt, key.keyId()));
            VERDES_TRY(tx.commit());
            qCWarning(lcSync) << "the hub's receipt says this laptop is revoked";
        }
        return Error(ErrorCode::SyncDeviceRevoked, {hub->hubName}, QStringLiteral("receipt: revoked_device"));
    }
    if (!receipt.batchId) {
        // The hub could not read the file at all: nothing to record against a batch.
        return Error(ErrorCode::SyncUploadUnreadable,
                     {Receipt::reasonLabel(receipt.reason.value_or(ReceiptReason::Malformed))},
                     receipt.detail);
    }
    VERDES_TRY_ASSIGN(found, repo.byBatchId(*receipt.batchId));
    if (!found || found->sequence != receipt.sequence) {
        return Error(
            ErrorCode::SyncNotOurs, {label}, QStringLiteral("receipt for a batch this vault did not make"));
    }
    ReceiptImport result;
    result.receipt = receipt;
    result.entry = *found;
    const bool final = found->state == OutboxState::Receipted || found->state == OutboxState::Refused;
    if (final) {
        return result; // answered before: a receipt is final
    }
    const bool gap =
        receipt.outcome == ReceiptOutcome::Refused && receipt.reason == ReceiptReason::SequenceGap;
    Transaction tx(m_db);
    VERDES_TRY(tx.begin());
    if (gap) {
        // Not an answer on the batch itself: it goes again once the one before it is in.
        VERDES_TRY(repo.recordAttempt(found->sequence,
                                      SendPhase::Idle,
                                      found->attempts,
                                      {},
                                      Receipt::reasonLabel(ReceiptReason::SequenceGap)));
        VERDES_TRY(tx.commit());
        VERDES_TRY_ASSIGN(now, repo.get(found->sequence));
        result.entry = *now;
        return result;
    }
    VERDES_TRY_ASSIGN(items, repo.items(found->sequence));
    if (receipt.outcome != ReceiptOutcome::Refused && receipt.items.size() != items.size()) {
        return Error(
            ErrorCode::SyncFileMalformed,
            {label},
            QStringLiteral("%1 items for a batch of %2").arg(receipt.items.size()).arg(items.size()));
    }
    QList<qint64> received;
    QList<qint64> toSend;
    for (qsizetype i = 0; i < items.size(); ++i) {
        OutboxItem &item = items[i];
        if (receipt.outcome == ReceiptOutcome::Refused) {
            item.outcome = QStringLiteral("refused");
            item.reason = receipt.reason ? Receipt::reasonCode(*receipt.reason) : QString();
            continue;
        }
        const ReceiptItem &answer = receipt.items.at(i);
        if (answer.proposalId != static_cast<quint64>(item.proposalId.value_or(0))) {
            return Error(ErrorCode::SyncFileMalformed,
                         {label},
                         QStringLiteral("item %1 names another proposal").arg(i));
        }
        item.outcome = Receipt::outcomeCode(answer.outcome);
        item.reason = answer.reason ? Receipt::reasonCode(*answer.reason) : QString();
        if (item.proposalId && answer.outcome == ReceiptOutcome::Accepted) {
            received.append(*item.proposalId);
        }
        if (item.proposalId && found->state == OutboxState::Queued) {
            toSend.append(*item.proposalId);
        }
    }
    VERDES_TRY(repo.recordReceipt(actor,
                                  found->sequence,
                                  receiptFile,
                                  Receipt::outcomeCode(receipt.outcome),
                                  receipt.reason ? Receipt::reasonCode(*receipt.reason) : QString(),
                                  items));
    ProposalRepository proposals(m_db, m_clock);
    // A receipt for a batch sent from another copy of the route (the hub got it, this vault never
    // marked it sent): the proposals pass through `sent` first.
    VERDES_TRY(proposals.moveForMeeting(actor, toSend, ProposalState::Sent, batchNote(found->sequence)));
    VERDES_TRY(
        proposals.moveForMeeting(actor, received, ProposalState::Received, batchNote(found->sequence)));
    VERDES_TRY(tx.commit());
    VERDES_TRY_ASSIGN(now, repo.get(found->sequence));
    result.entry = *now;
    result.changed = true;
    qCInfo(lcSync) << "receipt for batch" << found->sequence << Receipt::outcomeCode(receipt.outcome)
                   << received.size() << "received";
    return result;
}

} // namespace verdes::sync
