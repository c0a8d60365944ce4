// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/ReviewDistrict.h"

#include "models/core/Error.h"
#include "models/review/ReviewQueueRepository.h"
#include "sync/outbox/Enrolment.h"
#include "sync/review/ReviewInbox.h"
#include "sync/review/ReviewRepository.h"
#include "sync/review/ReviewerEnrolment.h"
#include "tests/support/HubVillage.h"

#include <QDebug>

namespace verdes::test {

namespace {

SecureBytes passphrase()
{
    return SecureBytes::fromUtf8(u"kata sandi dinas 123");
}

// Logs why a step failed and says it did.
bool failed(const char *step, const Error &error)
{
    qWarning().noquote() << "ReviewDistrict:" << step << errorCodeName(error.code) << describe(error)
                         << error.detail;
    return false;
}

} // namespace

bool ReviewDistrict::unlockAs(const QString &officer)
{
    m_vault.reset();
    auto vault = Vault::unlock(folder(), officer, passphrase());
    if (!vault) {
        return failed("unlock", vault.error());
    }
    m_vault = std::move(*vault);
    return true;
}

bool ReviewDistrict::enrolCurrent()
{
    return enrol(*m_vault);
}

bool ReviewDistrict::enrol(Vault &vault)
{
    sync::ReviewerEnrolment enrolment(vault.database());
    auto request = enrolment.makeRequest(vault.actor());
    if (!request) {
        return failed("reviewer request", request.error());
    }
    auto enrolled = m_hub->enrolReviewer(request->signedFile);
    if (!enrolled) {
        return failed("enrol reviewer", enrolled.error());
    }
    auto accepted = enrolment.accept(vault.actor(), enrolled->answerFile, m_fingerprint);
    return accepted ? true : failed("accept reviewer answer", accepted.error());
}

bool ReviewDistrict::setUp(int batches)
{
    if (!m_dir.isValid()) {
        return false;
    }
    hub::Hub::InitOptions options;
    options.name = QStringLiteral("Hub Dinsos Salatiga");
    options.districtCode = kDistrict;
    const QString hubFolder = m_dir.filePath(QStringLiteral("hub"));
    if (auto made = hub::Hub::init(hubFolder, options); !made) {
        return failed("hub init", made.error());
    }
    auto opened = hub::Hub::open(hubFolder, {});
    if (!opened) {
        return failed("hub open", opened.error());
    }
    m_hub = std::move(*opened);
    auto fingerprint = m_hub->fingerprint();
    if (!fingerprint) {
        return failed("hub fingerprint", fingerprint.error());
    }
    m_fingerprint = *fingerprint;

    auto created = Vault::createDistrict(
        folder(), kDistrict, QStringLiteral("Dinas Sosial Kota Salatiga"), kHead, passphrase());
    if (!created) {
        return failed("create district vault", created.error());
    }
    if (auto added = created->vault->addOfficer(kVerifier, passphrase(), Role::Verifier); !added) {
        return failed("add verifier", added.error());
    }
    if (auto added = created->vault->addOfficer(kViewer, passphrase(), Role::Viewer); !added) {
        return failed("add viewer", added.error());
    }
    if (auto locked = created->vault->lock(); !locked) {
        return failed("lock", locked.error());
    }
    if (!unlockAs(kHead) || !enrolCurrent() || !unlockAs(kVerifier) || !enrolCurrent()) {
        return false;
    }

    HubVillage village;
    if (!village.setUpVillage()) {
        return false;
    }
    sync::Enrolment villageEnrolment(*village.db, village.clock);
    auto request = villageEnrolment.makeRequest(kOperator, QStringLiteral("Kelurahan Uji"));
    if (!request) {
        return failed("village request", request.error());
    }
    auto enrolled = m_hub->enrol(request->signedFile);
    if (!enrolled) {
        return failed("enrol village", enrolled.error());
    }
    if (auto accepted = villageEnrolment.accept(kOperator, enrolled->answerFile, m_fingerprint); !accepted) {
        return failed("village accept", accepted.error());
    }
    for (int i = 0; i < batches; ++i) {
        const quint64 sequence = village.sealMeeting(true);
        auto sealed = village.outbox().sealedFile(sequence);
        if (sequence == 0 || !sealed) {
            return sealed ? false : failed("sealed batch", sealed.error());
        }
        if (auto ingested = m_hub->ingest(*sealed); !ingested) {
            return failed("ingest", ingested.error());
        }
    }
    sync::ReviewInbox inbox(m_vault->database());
    auto feedRequest = inbox.makeRequest(m_vault->actor());
    if (!feedRequest) {
        return failed("feed request", feedRequest.error());
    }
    auto page = m_hub->reviewFeed(*feedRequest);
    if (!page) {
        return failed("review feed", page.error());
    }
    auto imported = inbox.importPage(m_vault->actor(), page->sealedFile);
    if (!imported) {
        return failed("import page", imported.error());
    }
    auto items = ReviewQueueRepository(m_vault->database()).page({}, 0, 100000);
    if (!items) {
        return failed("queue", items.error());
    }
    for (const ReviewQueueItem &item : *items) {
        m_items.append(item.itemId);
    }
    return m_items.size() == batches;
}

bool ReviewDistrict::setUpSecondVault()
{
    const QString folder = m_dir.filePath(QStringLiteral("dinsos-2.verdes"));
    auto created = Vault::createDistrict(
        folder, kDistrict, QStringLiteral("Dinas Sosial Kota Salatiga"), kHead, passphrase());
    if (!created) {
        return failed("create second district vault", created.error());
    }
    if (auto added = created->vault->addOfficer(kSecondVerifier, passphrase(), Role::Verifier); !added) {
        return failed("add second verifier", added.error());
    }
    if (auto locked = created->vault->lock(); !locked) {
        return failed("lock second", locked.error());
    }
    auto vault = Vault::unlock(folder, kSecondVerifier, passphrase());
    if (!vault) {
        return failed("unlock second", vault.error());
    }
    m_second = std::move(*vault);
    if (!enrol(*m_second)) {
        return false;
    }
    sync::ReviewInbox inbox(m_second->database());
    auto feedRequest = inbox.makeRequest(m_second->actor());
    if (!feedRequest) {
        return failed("second feed request", feedRequest.error());
    }
    auto page = m_hub->reviewFeed(*feedRequest);
    if (!page) {
        return failed("second review feed", page.error());
    }
    auto imported = inbox.importPage(m_second->actor(), page->sealedFile);
    return imported ? true : failed("second import page", imported.error());
}

qint64 ReviewDistrict::secondItemOf(qint64 itemId)
{
    // Both vaults hold the same batches; an item is the same by its batch and position.
    auto first = sync::ReviewRepository(m_vault->database()).itemChain(itemId);
    auto items = ReviewQueueRepository(m_second->database()).page({}, 0, 100000);
    if (!first || !*first || !items) {
        return 0;
    }
    sync::ReviewRepository second(m_second->database());
    for (const ReviewQueueItem &item : *items) {
        auto chain = second.itemChain(item.itemId);
        if (chain && *chain && (*chain)->batchId == (*first)->batchId
            && (*chain)->position == (*first)->position) {
            return item.itemId;
        }
    }
    return 0;
}

} // namespace verdes::test
