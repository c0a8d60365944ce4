// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/decisions/DecisionInbox.h"

#include "models/core/Log.h"
#include "models/core/PublicKey.h"
#include "models/proposals/ProposalRepository.h"
#include "models/review/DecisionRepository.h"
#include "models/vault/AuditLog.h"
#include "models/vault/Database.h"
#include "models/vault/DeviceKey.h"
#include "models/vault/Transaction.h"
#include "sync/batch/DecisionList.h"
#include "sync/batch/Envelope.h"
#include "sync/batch/Verdict.h"
#include "sync/crypto/Sealer.h"
#include "sync/outbox/Outbox.h"
#include "sync/outbox/OutboxRepository.h"
#include "sync/transport/HttpTransport.h"

#include <QHash>
#include <QSet>

#include <optional>

namespace verdes::sync {

namespace {

QString listLabel()
{
    return fileKindLabel(FileKind::DecisionList);
}

Error malformed(const QString &detail)
{
    return Error(ErrorCode::SyncFileMalformed, {listLabel()}, detail);
}

// A verdict that does not verify or does not fit this village: the proposal it names, and why (log).
Error invalidVerdict(const DecisionEntry &entry, quint64 proposalId, const QString &why)
{
    return Error(ErrorCode::SyncVerdictInvalid,
                 {QString::number(proposalId)},
                 QStringLiteral("serial %1: %2").arg(entry.serial).arg(why));
}

QDateTime timeOf(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

QString itemKey(const QByteArray &batchId, quint32 position)
{
    return QString::fromLatin1(batchId.toHex()) + u'/' + QString::number(position);
}

// What the village holds of an item so far: the newest verdict's id, state and step.
struct ChainHead
{
    QByteArray verdictId;
    ProposalState state = ProposalState::InReview;
    int step = 0;
};

// One new verdict of the list, verified.
struct Checked
{
    DistrictVerdict decision;
    Verdict verdict;
};

// Checks every entry of the list before anything is stored, in the list's order; entries the vault
// holds already (the same verdict under the same serial) are skipped.
class ListChecker
{
public:
    ListChecker(Database &db, const DecisionList &list, const QString &villageCode, const HubLink &hub)
        : m_db(db)
        , m_list(list)
        , m_villageCode(villageCode)
        , m_hub(hub)
    {
        for (const DecisionReviewer &reviewer : list.reviewers) {
            m_reviewers.insert(PublicKey::idOf(reviewer.publicKey), &reviewer);
        }
    }

    Result<QList<Checked>> check(const QDateTime &now)
    {
        QList<Checked> checked;
        DecisionRepository held(m_db);
        for (const DecisionEntry &entry : m_list.entries) {
            const QByteArray verdictId = Verdict::idOf(entry.verdictFile);
            VERDES_TRY_ASSIGN(atSerial, held.verdictIdAt(entry.serial));
            if (atSerial) {
                if (*atSerial != verdictId) {
                    return malformed(QStringLiteral("serial %1 held with another verdict").arg(entry.serial));
                }
                continue; // imported before
            }
            VERDES_TRY_ASSIGN(known, held.holds(verdictId));
            if (known) {
                return malformed(
                    QStringLiteral("serial %1: a verdict held under another serial").arg(entry.serial));
            }
            VERDES_TRY_ASSIGN(one, checkEntry(entry, verdictId, now));
            checked.append(std::move(one));
        }
        return checked;
    }

private:
    Result<Checked> checkEntry(const DecisionEntry &entry, const QByteArray &verdictId, const QDateTime &now)
    {
        // Signed by a reviewer the hub vouches for in this list, and by no one else.
        VERDES_TRY_ASSIGN(header, Envelope::signedHeader(entry.verdictFile));
        const DecisionReviewer *reviewer = m_reviewers.value(header.signerKeyId);
        if (header.kind != FileKind::Verdict || reviewer == nullptr) {
            return invalidVerdict(entry, 0, QStringLiteral("not signed by a listed reviewer"));
        }
        auto body = Envelope::openSigned(entry.verdictFile, FileKind::Verdict, reviewer->publicKey);
        if (!body) {
            return invalidVerdict(entry, 0, QStringLiteral("signature: ") + body.error().detail);
        }
        auto decoded = Verdict::decode(*body);
        if (!decoded) {
            return invalidVerdict(entry, 0, QStringLiteral("body: ") + decoded.error().detail);
        }
        Verdict verdict = std::move(decoded).value();
        const quint64 proposal = verdict.proposalId;
        if (verdict.reviewerKeyId != header.signerKeyId) {
            return invalidVerdict(entry, proposal, QStringLiteral("names another reviewer key"));
        }
        // The role the hub enrolled the reviewer with gives the state (DOMAIN.md §8.5).
        if (reviewer->role != verdict.role || verdict.role != Verdict::roleFor(verdict.state)) {
            return invalidVerdict(
                entry, proposal, QStringLiteral("the reviewer's role does not give this state"));
        }
        if (verdict.villageCode != m_villageCode || verdict.districtCode != m_hub.districtCode) {
            return invalidVerdict(entry, proposal, QStringLiteral("for another village or district"));
        }
        // An item of a batch this vault sent.
        VERDES_TRY_ASSIGN(sentItems, itemsOf(verdict.batchId));
        if (sentItems == nullptr) {
            return invalidVerdict(entry, proposal, QStringLiteral("a batch this vault did not send"));
        }
        const auto found = sentItems->constFind(static_cast<int>(verdict.position));
        const OutboxItem *item = found != sentItems->cend() ? &found.value() : nullptr;
        const qint64 sentProposal = item != nullptr ? item->proposalId.value_or(0) : -1;
        if (item == nullptr || sentProposal != static_cast<qint64>(proposal)) {
            return invalidVerdict(entry, proposal, QStringLiteral("no such item in the batch"));
        }
        // The item's chain: this verdict follows the newest one held (none for the first).
        const QString key = itemKey(verdict.batchId, verdict.position);
        if (!m_heads.contains(key)) {
            VERDES_TRY_ASSIGN(newest, DecisionRepository(m_db).newestFor(verdict.batchId, item->position));
            ChainHead head;
            if (newest) {
                head = ChainHead{newest->verdictId, newest->state, newest->step};
            }
            m_heads.insert(key, head);
        }
        ChainHead &head = m_heads[key];
        const std::optional<QByteArray> expected =
            head.step == 0 ? std::nullopt : std::optional<QByteArray>(head.verdictId);
        if (verdict.previous != expected) {
            return invalidVerdict(
                entry, proposal, QStringLiteral("does not follow the item's newest verdict"));
        }
        if (!Verdict::mayFollow(head.state, verdict.state)) {
            return invalidVerdict(entry,
                                  proposal,
                                  QStringLiteral("%1 may not follow %2")
                                      .arg(proposalStateCode(verdict.state), proposalStateCode(head.state)));
        }
        head = ChainHead{verdictId, verdict.state, head.step + 1};

        Checked checked;
        DistrictVerdict &d = checked.decision;
        d.verdictId = verdictId;
        d.serial = entry.serial;
        if (proposal != 0) {
            d.proposalId = static_cast<qint64>(proposal);
        }
        d.batchId = verdict.batchId;
        d.position = static_cast<int>(verdict.position);
        d.step = head.step;
        d.state = verdict.state;
        d.reason = verdict.reason ? verdict.reason->code() : QString();
        d.note = verdict.note;
        d.facilitator = verdict.facilitator;
        d.groundCheck = verdict.groundCheck ? static_cast<int>(*verdict.groundCheck) : 0;
        d.nikMatch = nikMatchCode(verdict.nikMatch);
        d.reviewerName = reviewer->name;
        d.reviewerRole = reviewerRoleCode(reviewer->role);
        d.reviewerKey = reviewer->publicKey;
        d.decidedAt = timeOf(verdict.decidedAt);
        d.storedAt = timeOf(entry.storedAt);
        d.importedAt = now.toUTC();
        d.signedFile = entry.verdictFile;
        checked.verdict = std::move(verdict);
        return checked;
    }

    // The items of the sent batch `batchId` by position, read once per batch for the whole list (a
    // list holds up to 5,000 verdicts, often on one batch); nullptr when this vault did not send it.
    Result<const QHash<int, OutboxItem> *> itemsOf(const QByteArray &batchId)
    {
        if (const auto known = m_items.constFind(batchId); known != m_items.cend()) {
            return known->has_value() ? &known->value() : nullptr;
        }
        OutboxRepository outbox(m_db);
        VERDES_TRY_ASSIGN(batch, outbox.byBatchId(batchId));
        std::optional<QHash<int, OutboxItem>> byPosition;
        if (batch && batch->state != OutboxState::Queued) {
            VERDES_TRY_ASSIGN(items, outbox.items(batch->sequence));
            byPosition.emplace();
            for (const OutboxItem &one : std::as_const(items)) {
                byPosition->insert(one.position, one);
            }
        }
        const auto stored = m_items.insert(batchId, byPosition);
        return stored->has_value() ? &stored->value() : nullptr;
    }

    Database &m_db;
    const DecisionList &m_list;
    const QString &m_villageCode;
    const HubLink &m_hub;
    QHash<QByteArray, const DecisionReviewer *> m_reviewers;
    QHash<QString, ChainHead> m_heads;
    QHash<QByteArray, std::optional<QHash<int, OutboxItem>>> m_items;
};

// The note a verdict's move carries in the proposal's history: its reason code and the reviewer's words.
QString moveNote(const DistrictVerdict &decision)
{
    if (decision.reason.isEmpty()) {
        return decision.note;
    }
    return decision.note.isEmpty() ? decision.reason : decision.reason + QStringLiteral(": ") + decision.note;
}

} // namespace

DecisionInbox::DecisionInbox(Database &db, Clock &clock)
    : m_db(db)
    , m_clock(clock)
{}

Result<quint64> DecisionInbox::lastSerial()
{
    return DecisionRepository(m_db).lastSerial();
}

Result<QByteArray> DecisionInbox::makeRequest(const Actor &actor)
{
    VERDES_TRY(actor.require(Action::SendBatches));
    OutboxRepository repo(m_db, m_clock);
    VERDES_TRY_ASSIGN(hub, repo.hub());
    if (!hub) {
        return Error(ErrorCode::SyncNotEnrolled);
    }
    VERDES_TRY(repo.requireNotRevoked());
    VERDES_TRY_ASSIGN(key, DeviceKey::load(m_db));
    DecisionRequest request;
    VERDES_TRY_ASSIGN(vaultId, repo.vaultId());
    VERDES_TRY_ASSIGN(villageCode, repo.villageCode());
    request.vaultId = vaultId;
    request.villageCode = villageCode;
    request.deviceKeyId = PublicKey::idOf(key.publicKey());
    VERDES_TRY_ASSIGN(after, lastSerial());
    request.after = after;
    request.createdAt = m_clock.now().toUTC().toString(Qt::ISODateWithMs);
    return Envelope::sign(
        FileKind::DecisionRequest, key.publicKey(), request.encode(), [this](const QByteArray &bytes) {
            return DeviceKey::sign(m_db, bytes);
        });
}

Result<DecisionInbox::Imported> DecisionInbox::importList(const Actor &actor, const QByteArray &sealedList)
{
    VERDES_TRY(actor.require(Action::SendBatches));
    OutboxRepository repo(m_db, m_clock);
    VERDES_TRY_ASSIGN(hub, repo.hub());
    if (!hub) {
        return Error(ErrorCode::SyncNotEnrolled);
    }
    VERDES_TRY(repo.requireNotRevoked());
    // Opened with this device's key: a list sealed to another laptop does not open here.
    VERDES_TRY_ASSIGN(key, DeviceKey::load(m_db));
    VERDES_TRY_ASSIGN(secret, DeviceKey::secret(m_db));
    VERDES_TRY_ASSIGN(sealingKey, SealingKey::fromSigningSecret(secret));
    VERDES_TRY_ASSIGN(signedList, Envelope::unseal(sealedList, sealingKey));
    VERDES_TRY_ASSIGN(body, Outbox(m_db, m_clock).openFromHub(*hub, signedList, FileKind::DecisionList));
    VERDES_TRY_ASSIGN(list, DecisionList::decode(body));
    VERDES_TRY_ASSIGN(villageCode, repo.villageCode());
    if (list.hubId != hub->hubId || list.villageCode != villageCode
        || list.deviceKeyId != PublicKey::idOf(key.publicKey())) {
        return Error(
            ErrorCode::SyncNotOurs, {listLabel()}, QStringLiteral("a list for another village or device"));
    }
    DecisionRepository decisions(m_db);
    VERDES_TRY_ASSIGN(held, decisions.lastSerial());
    if (list.latest < held) {
        return Error(ErrorCode::SyncDecisionsReplayed,
                     {},
                     QStringLiteral("latest %1, held %2").arg(list.latest).arg(held));
    }
    if (list.after > held) {
        return malformed(
            QStringLiteral("starts after %1, the vault holds up to %2").arg(list.after).arg(held));
    }
    // Everything of the list verified before anything is stored.
    const QDateTime now = m_clock.now();
    ListChecker checker(m_db, list, villageCode, *hub);
    VERDES_TRY_ASSIGN(checked, checker.check(now));

    Imported imported;
    imported.latest = list.latest;
    imported.hasMore = list.hasMore();
    if (!checked.isEmpty()) {
        Transaction tx(m_db);
        VERDES_TRY(tx.begin());
        ProposalRepository proposals(m_db, m_clock);
        QSet<qint64> moved;
        for (const Checked &one : checked) {
            const DistrictVerdict &d = one.decision;
            VERDES_TRY(decisions.insert(d));
            ++imported.verdicts;
            imported.approved += d.state == ProposalState::Approved ? 1 : 0;
            imported.rejected += d.state == ProposalState::RejectedByDinas ? 1 : 0;
            imported.returned += d.state == ProposalState::Returned ? 1 : 0;
            if (!d.proposalId) {
                continue; // a flagged registrant: no proposal of the village's to move
            }
            const qint64 id = *d.proposalId;
            VERDES_TRY_ASSIGN(current, proposals.get(id));
            if (!current) {
                return Error(ErrorCode::ProposalNotFound, {QString::number(id)});
            }
            // The hub's receipt may not have come back yet: the item passes through `in_review`.
            ProposalState state = current->state;
            for (const ProposalState step :
                 {ProposalState::Batched, ProposalState::Sent, ProposalState::Received}) {
                if (state == step) {
                    const ProposalState next = step == ProposalState::Batched ? ProposalState::Sent
                                               : step == ProposalState::Sent  ? ProposalState::Received
                                                                              : ProposalState::InReview;
                    VERDES_TRY(proposals.moveForMeeting(actor, {id}, next));
                    state = next;
                }
            }
            VERDES_TRY(proposals.moveForMeeting(actor, {id}, d.state, moveNote(d)));
            if (!moved.contains(id)) {
                moved.insert(id);
                imported.proposals.append(id);
            }
            if (d.state == ProposalState::Returned) {
                VERDES_TRY_ASSIGN(draft, proposals.createReturnDraft(actor, id));
                if (draft) {
                    VERDES_TRY(decisions.insertReturn(ReturnLink{*draft, id, d.verdictId, d.reason, d.note}));
                    ++imported.drafts;
                }
            }
        }
        VERDES_TRY(AuditLog(m_db, m_clock)
                       .append(actor,
                               {QStringLiteral("decisions.import"),
                                QStringLiteral("decisions"),
                                hub->hubId,
                                {},
                                {QString::number(imported.verdicts),
                                 QString::number(imported.approved),
                                 QString::number(imported.rejected),
                                 QString::number(imported.returned),
                                 hub->hubName,
                                 QString::number(list.latest)}}));
        VERDES_TRY(tx.commit());
    }
    const QDateTime issued = timeOf(list.issuedAt);
    VERDES_TRY(repo.noteContact(issued.isValid() && issued < now ? issued : now));
    qCInfo(lcSync) << "decisions imported:" << imported.verdicts << "verdicts," << imported.drafts
                   << "new drafts, latest" << imported.latest;
    return imported;
}

Result<DecisionInbox::Imported> DecisionInbox::fetch(const Actor &actor, HttpTransport &transport)
{
    Imported total;
    // A list holds at most DecisionList::kMaxEntries verdicts; the bound only stops a hub that keeps
    // answering "more" without giving any.
    for (int lists = 0; lists < 100000; ++lists) {
        VERDES_TRY_ASSIGN(request, makeRequest(actor));
        VERDES_TRY_ASSIGN(answer, transport.decisions(request));
        VERDES_TRY_ASSIGN(imported, importList(actor, answer));
        total.verdicts += imported.verdicts;
        total.approved += imported.approved;
        total.rejected += imported.rejected;
        total.returned += imported.returned;
        total.drafts += imported.drafts;
        for (const qint64 id : std::as_const(imported.proposals)) {
            if (!total.proposals.contains(id)) {
                total.proposals.append(id);
            }
        }
        total.latest = imported.latest;
        total.hasMore = imported.hasMore;
        if (!imported.hasMore || imported.verdicts == 0) {
            break;
        }
    }
    return total;
}

} // namespace verdes::sync
