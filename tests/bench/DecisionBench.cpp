// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/bench/DecisionBench.h"

#include "models/core/Error.h"
#include "models/core/PublicKey.h"
#include "models/core/SecureBytes.h"
#include "models/musdes/MeetingRepository.h"
#include "models/vault/Database.h"
#include "models/vault/DeviceKey.h"
#include "sync/batch/DecisionList.h"
#include "sync/batch/Envelope.h"
#include "sync/batch/Verdict.h"
#include "sync/crypto/Sealer.h"
#include "sync/crypto/Signer.h"
#include "sync/decisions/DecisionInbox.h"
#include "sync/hub/Hub.h"
#include "sync/hub/SqliteHubRepository.h"
#include "sync/outbox/Enrolment.h"
#include "sync/outbox/Outbox.h"
#include "sync/outbox/OutboxRepository.h"
#include "tests/bench/BenchReport.h"
#include "tests/bench/BenchVillage.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <span>

namespace verdes {

namespace {

using sync::DecisionList;
using sync::DecisionReviewer;
using sync::Envelope;
using sync::FileKind;
using sync::ReviewerRole;
using sync::Signer;
using sync::Verdict;

Result<QByteArray> signWith(const Signer &signer, FileKind kind, const QByteArray &body)
{
    return Envelope::sign(kind, signer.publicKey(), body, [&signer](const QByteArray &bytes) {
        return Result<QByteArray>(signer.sign(bytes));
    });
}

// The hub's newest signing key as the hub keeps it in its folder: the bench signs decision lists with it
// as Hub::decisions does, without enrolling reviewers and uploading 10,000 verdicts to the hub first.
Result<Signer> hubSigner(const QString &folder)
{
    QFile keyFile(QDir(folder).filePath(QStringLiteral("hub.key")));
    if (!keyFile.open(QIODevice::ReadOnly)) {
        return Error(ErrorCode::FileReadFailed, {keyFile.fileName()});
    }
    const QByteArray raw = QByteArray::fromHex(keyFile.readAll().trimmed());
    VERDES_TRY_ASSIGN(
        storage,
        hub::SqliteHubRepository::open(
            QDir(folder).filePath(QStringLiteral("hub.db")),
            SecureBytes::copyOf(std::span(reinterpret_cast<const unsigned char *>(raw.constData()), // NOLINT
                                          static_cast<std::size_t>(raw.size())))));
    VERDES_TRY_ASSIGN(keys, storage->keys());
    if (keys.empty()) {
        return Error(ErrorCode::Internal, {}, QStringLiteral("the bench hub has no keys"));
    }
    return Signer::fromSeed(keys.back().signingSeed);
}

struct Prepared
{
    QList<QByteArray> sealedLists; // verified, then approved or rejected
    qsizetype verdicts = 0;
};

// Not timed: the meeting, its batch at the hub and the receipt back, then the verdicts and their lists.
Result<Prepared> prepare(Database &db, const QString &village, const QString &hubFolder, int items)
{
    const Actor &officer = BenchVillage::officer();
    const Actor &chair = BenchVillage::chair();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // The plain baseline was imported without a vault around it: it gets the identity a vault has.
    VERDES_TRY(db.execute(QStringLiteral("INSERT OR IGNORE INTO vault_meta (key, value) VALUES "
                                         "('vault_id', 'bench-plain-vault'), ('village_code', '%1')")
                              .arg(village)));
    {
        const BenchVillage::UnsyncedWrites unsynced(db);
        VERDES_TRY_ASSIGN(meeting,
                          BenchVillage::decidedMeeting(db, items, DecisionBench::kSkipMembers, [](qsizetype) {
                              BenchVillage::Item item;
                              item.proposal.type = ProposalType::MemberMoved;
                              item.proposal.reason = QStringLiteral("Pindah ke luar desa menurut ketua RT");
                              item.proposal.details.eventDate = QDate(2026, 10, 1);
                              return item;
                          }));
        VERDES_TRY(MeetingRepository(db).seal(chair, meeting));
    }

    hub::Hub::InitOptions init;
    init.name = QStringLiteral("Dinsos Bench");
    init.districtCode = village.left(4);
    VERDES_TRY(hub::Hub::init(hubFolder, init));
    VERDES_TRY_ASSIGN(signer, hubSigner(hubFolder));
    VERDES_TRY_ASSIGN(hub, hub::Hub::open(hubFolder));
    sync::Enrolment enrolment(db);
    VERDES_TRY_ASSIGN(request, enrolment.makeRequest(officer, QStringLiteral("Desa Bench")));
    VERDES_TRY_ASSIGN(enrolled, hub->enrol(request.signedFile));
    VERDES_TRY_ASSIGN(fingerprint, hub->fingerprint());
    VERDES_TRY(enrolment.accept(officer, enrolled.answerFile, fingerprint));

    sync::Outbox outbox(db);
    VERDES_TRY(outbox.catchUp(chair));
    sync::OutboxRepository repo(db);
    VERDES_TRY_ASSIGN(last, repo.last());
    if (!last) {
        return Error(ErrorCode::Internal, {}, QStringLiteral("the sealed meeting made no batch"));
    }
    VERDES_TRY_ASSIGN(sealedBatch, outbox.sealedFile(last->sequence));
    VERDES_TRY_ASSIGN(ingested, hub->ingest(sealedBatch));
    VERDES_TRY(outbox.importReceipt(officer, ingested.receiptFile));
    VERDES_TRY_ASSIGN(batchItems, repo.items(last->sequence));
    if (batchItems.size() != items) {
        return Error(ErrorCode::Internal,
                     {},
                     QStringLiteral("the batch holds %1 items, not %2").arg(batchItems.size()).arg(items));
    }
    VERDES_TRY_ASSIGN(link, repo.hub());
    VERDES_TRY_ASSIGN(device, DeviceKey::load(db));
    VERDES_TRY_ASSIGN(sealTo, sync::SealingKey::publicKeyOfSigningKey(device.publicKey()));

    const Signer verifier = Signer::generate();
    const Signer head = Signer::generate();
    const QList<DecisionReviewer> reviewers{
        {verifier.publicKey(), QStringLiteral("Rina Verifikator"), ReviewerRole::Verifier},
        {head.publicKey(), QStringLiteral("Budi Kepala Bidang"), ReviewerRole::OfficeHead}};
    const QString decidedAt = now.toString(Qt::ISODateWithMs);
    QList<QByteArray> verified;
    QList<QByteArray> decided;
    for (const sync::OutboxItem &item : std::as_const(batchItems)) {
        Verdict v;
        v.districtCode = village.left(4);
        v.villageCode = village;
        v.batchId = last->batchId;
        v.position = static_cast<quint32>(item.position);
        v.proposalId = static_cast<quint64>(item.proposalId.value_or(0));
        v.role = ReviewerRole::Verifier;
        v.reviewerKeyId = PublicKey::idOf(verifier.publicKey());
        v.state = ProposalState::Verified;
        v.nikMatch = NikMatch::Matched;
        v.decidedAt = decidedAt;
        VERDES_TRY_ASSIGN(first, signWith(verifier, FileKind::Verdict, v.encode()));
        v.role = ReviewerRole::OfficeHead;
        v.reviewerKeyId = PublicKey::idOf(head.publicKey());
        v.previous = Verdict::idOf(first);
        if (item.position % 10 == 9) {
            v.state = ProposalState::RejectedByDinas;
            v.reason = ReviewReason{ReviewReason::Kind::Reject, 3};
            v.note = QStringLiteral("Masih tinggal di alamat KK menurut pendamping");
        } else {
            v.state = ProposalState::Approved;
        }
        VERDES_TRY_ASSIGN(second, signWith(head, FileKind::Verdict, v.encode()));
        verified.append(first);
        decided.append(second);
    }

    Prepared prepared;
    quint64 serial = 0;
    for (const QList<QByteArray> &files : {verified, decided}) {
        DecisionList list;
        list.hubId = link->hubId;
        list.villageCode = village;
        list.deviceKeyId = PublicKey::idOf(device.publicKey());
        list.after = serial;
        list.issuedAt = decidedAt;
        list.reviewers = reviewers;
        for (const QByteArray &file : files) {
            list.entries.append({++serial, decidedAt, file});
        }
        list.latest = serial;
        VERDES_TRY_ASSIGN(signedList, signWith(signer, FileKind::DecisionList, list.encode()));
        VERDES_TRY_ASSIGN(sealed, Envelope::seal(signedList, sealTo));
        prepared.sealedLists.append(sealed);
        prepared.verdicts += files.size();
    }
    return prepared;
}

// The timed part: both lists through DecisionInbox, as `verdes decisions import` applies them.
Result<double> apply(Database &db, const Prepared &prepared)
{
    sync::DecisionInbox inbox(db);
    qint64 applied = 0;
    QElapsedTimer timer;
    timer.start();
    for (const QByteArray &list : prepared.sealedLists) {
        VERDES_TRY_ASSIGN(imported, inbox.importList(BenchVillage::officer(), list));
        applied += imported.verdicts;
    }
    const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    if (applied != prepared.verdicts) {
        return Error(ErrorCode::Internal,
                     {},
                     QStringLiteral("%1 verdicts applied, not %2").arg(applied).arg(prepared.verdicts));
    }
    return ms;
}

} // namespace

Result<void>
DecisionBench::run(BenchReport &report, Database &encrypted, Database &plain, const Options &options)
{
    const int items = options.quick ? kQuickItems : kItems;
    options.progress(QStringLiteral("preparing %1 verdicts for a village (a sealed meeting of %2 items, its "
                                    "batch at a district hub)...")
                         .arg(2 * items)
                         .arg(items));
    const QDir work(options.workFolder);
    VERDES_TRY_ASSIGN(
        encryptedLists,
        prepare(encrypted, options.villageCode, work.filePath(QStringLiteral("decisions-hub")), items));
    VERDES_TRY_ASSIGN(
        plainLists,
        prepare(plain, options.villageCode, work.filePath(QStringLiteral("decisions-hub-plain")), items));
    options.progress(QStringLiteral("applying them..."));
    VERDES_TRY_ASSIGN(plainMs, apply(plain, plainLists));
    VERDES_TRY_ASSIGN(encryptedMs, apply(encrypted, encryptedLists));
    report.add({QStringLiteral("apply %1 verdicts at a village").arg(encryptedLists.verdicts),
                encryptedMs / 1e3,
                QStringLiteral("s"),
                plainMs / 1e3,
                {},
                QStringLiteral("DecisionInbox::importList of two decision lists from the hub (verified, then "
                               "approved or one in ten rejected, for %1 items of one batch): the hub's "
                               "signature, each reviewer's, each item against the sent batch and its chain, "
                               "the proposals moved with their audit entries and the verdicts kept, one "
                               "transaction per list; once each (applying is not repeatable); baseline: the "
                               "same on the plain database")
                    .arg(items)});
    return {};
}

} // namespace verdes
