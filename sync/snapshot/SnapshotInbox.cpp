// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/snapshot/SnapshotInbox.h"

#include "models/core/Log.h"
#include "models/core/PublicKey.h"
#include "models/repo/ImportRepository.h"
#include "models/vault/Database.h"
#include "models/vault/DeviceKey.h"
#include "sync/batch/Envelope.h"
#include "sync/crypto/Sealer.h"
#include "sync/outbox/Outbox.h"
#include "sync/outbox/OutboxRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace verdes::sync {

namespace {

QString snapshotLabel()
{
    return fileKindLabel(FileKind::Snapshot);
}

} // namespace

SnapshotInbox::SnapshotInbox(Database &db, Clock &clock)
    : m_db(db)
    , m_clock(clock)
{}

Result<quint64> SnapshotInbox::lastSerial()
{
    return ImportRepository(m_db).lastSignedSnapshotSerial();
}

Result<SignedSnapshot> SnapshotInbox::open(const QByteArray &sealedFile)
{
    OutboxRepository repo(m_db, m_clock);
    VERDES_TRY_ASSIGN(hub, repo.hub());
    if (!hub) {
        return Error(ErrorCode::SyncNotEnrolled);
    }
    VERDES_TRY(repo.requireNotRevoked());
    // What the seal says it holds, before the seal is opened: another kind of file from the hub is
    // not a snapshot, whatever its name.
    VERDES_TRY_ASSIGN(header, Envelope::sealedHeader(sealedFile));
    if (header.kind != FileKind::Snapshot) {
        return Error(ErrorCode::SyncFileMalformed,
                     {snapshotLabel()},
                     QStringLiteral("a sealed %1, not a snapshot").arg(fileKindLabel(header.kind)));
    }
    // Opened with this device's key: a snapshot sealed to another laptop does not open here.
    VERDES_TRY_ASSIGN(key, DeviceKey::load(m_db));
    VERDES_TRY_ASSIGN(secret, DeviceKey::secret(m_db));
    VERDES_TRY_ASSIGN(sealingKey, SealingKey::fromSigningSecret(secret));
    VERDES_TRY_ASSIGN(signedFile, Envelope::unseal(sealedFile, sealingKey));
    VERDES_TRY_ASSIGN(body, Outbox(m_db, m_clock).openFromHub(*hub, signedFile, FileKind::Snapshot));
    VERDES_TRY_ASSIGN(snapshot, SignedSnapshot::decode(body));
    VERDES_TRY_ASSIGN(villageCode, repo.villageCode());
    if (snapshot.hubId != hub->hubId || snapshot.villageCode != villageCode
        || snapshot.deviceKeyId != PublicKey::idOf(key.publicKey())) {
        return Error(ErrorCode::SyncNotOurs,
                     {snapshotLabel()},
                     QStringLiteral("a snapshot for another village or device"));
    }
    VERDES_TRY_ASSIGN(last, lastSerial());
    if (snapshot.serial <= last) {
        return Error(ErrorCode::SnapshotReplayed,
                     {QString::number(snapshot.serial), QString::number(last)},
                     QStringLiteral("serial %1, last imported %2").arg(snapshot.serial).arg(last));
    }
    qCInfo(lcSync) << "signed snapshot" << snapshot.serial << "opened:" << snapshot.csv.size() << "bytes";
    return snapshot;
}

Result<bool> SnapshotInbox::isSealedFile(const QString &path)
{
    if (!QFileInfo(path).isFile()) {
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(file.exists() ? ErrorCode::FilePermissionDenied : ErrorCode::FileNotFound,
                     {QDir::toNativeSeparators(path)},
                     file.errorString());
    }
    return Envelope::looksSealed(file.peek(8));
}

SignedSnapshotRecord SnapshotInbox::record(const SignedSnapshot &snapshot)
{
    SignedSnapshotRecord record;
    record.serial = snapshot.serial;
    record.label = snapshot.label;
    record.hubId = snapshot.hubId;
    record.csvSha256 = QString::fromLatin1(snapshot.csvSha256.toHex());
    return record;
}

} // namespace verdes::sync
