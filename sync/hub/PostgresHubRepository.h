// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/hub/HubStorage.h"

#include <memory>

namespace verdes::hub {

// The hub's storage on PostgreSQL (issue 13 §4), for a hub that outgrows one folder: several
// `verdes-hub` processes, on one or more machines, share one database. The tables are those of
// SqliteHubRepository. PostgreSQL does not encrypt what it stores, so the hub's two secret keys are
// kept wrapped (SecretWrap) under the 32-byte key of the hub's key file; nothing else is secret.
// Each object owns one libpq connection and is used by one thread at a time.
class PostgresHubRepository final : public HubStorage
{
public:
    // `connection` is a libpq connection string: a URI (postgresql://user@host/db) or key=value
    // words; a password is best kept in ~/.pgpass or a service file, not here. `secretKey` is the
    // hub's 32-byte key. create() makes the schema (a database that holds a hub already is refused);
    // open() checks it, and that the key opens the hub's keys (VaultNotAVault when it does not).
    static Result<std::unique_ptr<PostgresHubRepository>> create(const QString &connection,
                                                                 const SecureBytes &secretKey);
    static Result<std::unique_ptr<PostgresHubRepository>> open(const QString &connection,
                                                               const SecureBytes &secretKey);
    // The database a connection string names, without its password, for messages and logs.
    static QString displayName(const QString &connection);
    ~PostgresHubRepository() override;
    PostgresHubRepository(const PostgresHubRepository &) = delete;
    PostgresHubRepository &operator=(const PostgresHubRepository &) = delete;
    PostgresHubRepository(PostgresHubRepository &&) = delete;
    PostgresHubRepository &operator=(PostgresHubRepository &&) = delete;

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
    Result<HubChainView> chainView(const QByteArray &deviceKeyId,
                                   const QByteArray &batchId,
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

    class Connection; // the libpq connection, in the .cpp

private:
    PostgresHubRepository(std::unique_ptr<Connection> db, QString connection, SecureBytes secretKey);
    Result<QList<HubDevice>> queryDevices(const std::optional<QByteArray> &keyId);
    Result<QList<HubReviewer>> queryReviewers(const std::optional<QByteArray> &keyId);

    std::unique_ptr<Connection> m_db;
    QString m_connection; // for another()
    SecureBytes m_secretKey;
};

} // namespace verdes::hub
