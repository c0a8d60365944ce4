// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/hub/HubStorage.h"

#include <memory>

namespace verdes {
class Database;
} // namespace verdes

namespace verdes::hub {

// The hub's embedded storage: one SQLCipher database (the same encryption as a village's vault)
// in the hub's folder, opened with the hub's 32-byte key.
class SqliteHubRepository final : public HubStorage
{
public:
    // Creates the database file (refused when it exists) with the hub's schema.
    static Result<std::unique_ptr<SqliteHubRepository>> create(const QString &path, const SecureBytes &key);
    static Result<std::unique_ptr<SqliteHubRepository>> open(const QString &path, const SecureBytes &key);
    ~SqliteHubRepository() override;
    SqliteHubRepository(const SqliteHubRepository &) = delete;
    SqliteHubRepository &operator=(const SqliteHubRepository &) = delete;
    SqliteHubRepository(SqliteHubRepository &&) = delete;
    SqliteHubRepository &operator=(SqliteHubRepository &&) = delete;

    Result<std::unique_ptr<HubStorage>> another() override;
    Result<void> initialise(const HubSettings &settings, const HubKeys &keys) override;
    Result<HubSettings> settings() override;
    Result<std::vector<HubKeys>> keys() override;
    Result<bool> addKeys(const HubKeys &keys) override;
    Result<quint32> newestKeyGeneration() override;
    Result<void> putDevice(const HubDevice &device) override;
    Result<std::optional<HubDevice>> device(const QByteArray &keyId) override;
    Result<QList<HubDevice>> devices() override;
    Result<void> enrolReviewer(const HubReviewer &reviewer) override;
    Result<std::optional<HubReviewer>> reviewer(const QByteArray &keyId) override;
    Result<QList<HubReviewer>> reviewers() override;
    Result<quint64> revoke(const QByteArray &keyId, const QString &at) override;
    Result<quint64> revocationSerial() override;
    Result<std::optional<QByteArray>> receiptOf(const QByteArray &batchId) override;
    Result<QSet<quint64>> sentProposals(const QByteArray &deviceKeyId,
                                        const QList<quint64> &proposalIds) override;
    Result<bool> storeAccepted(const HubBatch &batch, quint64 expectedLastSequence) override;
    Result<QList<HubFeedEntry>> feedAfter(quint64 after, int maxEntries, qint64 maxBytes) override;
    Result<quint64> latestFeedSerial() override;
    Result<std::optional<HubBatch>> storedBatch(const QByteArray &batchId) override;
    Result<bool> storeVerdicts(const QList<HubVerdict> &verdicts) override;
    Result<std::optional<HubItemHead>> itemHead(const QByteArray &batchId, quint32 position) override;
    Result<bool> hasVerdict(const QByteArray &verdictId) override;
    Result<QList<HubVerdict>>
    verdictsAfter(const QString &villageCode, quint64 after, int maxEntries, qint64 maxBytes) override;
    Result<quint64> latestVerdictSerial(const QString &villageCode) override;
    Result<std::pair<HubSnapshot, bool>> storeSnapshot(const HubSnapshot &snapshot) override;
    Result<std::optional<HubSnapshot>> snapshot(const QString &villageCode, quint64 serial) override;
    Result<void> noteRefusal(const QByteArray &fileSha256,
                             const QByteArray &deviceKeyId,
                             const QString &reason,
                             const QString &at) override;
    Result<HubCounts> counts() override;

    Result<std::optional<QList<std::optional<HubClaim>>>> applyClaims(const QByteArray &reviewerKeyId,
                                                                      quint64 sequence,
                                                                      const QList<sync::ClaimItem> &items,
                                                                      const QString &until,
                                                                      const QString &now) override;
    Result<std::optional<HubClaim>> claimOn(const QByteArray &batchId, quint32 position) override;
    Result<void>
    endClaim(const QByteArray &batchId, quint32 position, const QByteArray &reviewerKeyId) override;

private:
    SqliteHubRepository(std::unique_ptr<Database> db, QString path, const SecureBytes &key);
    Result<QList<HubDevice>> queryDevices(const std::optional<QByteArray> &keyId);
    Result<QList<HubReviewer>> queryReviewers(const std::optional<QByteArray> &keyId);

    std::unique_ptr<Database> m_db;
    QString m_path;
    SecureBytes m_key; // for another()
};

} // namespace verdes::hub
