// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/batch/HubKeyChain.h"

#include "models/core/PublicKey.h"
#include "sync/batch/Envelope.h"
#include "sync/batch/Wire.h"

#include <QSet>

namespace verdes::sync {

namespace {

QString formatName()
{
    return QStringLiteral("verdes-hub-keys/1");
}

QString linkName()
{
    return QStringLiteral("verdes-hub-key-link/1");
}

QString label()
{
    return fileKindLabel(FileKind::HubKeys);
}

} // namespace

QByteArray HubKeyGeneration::endorsedBytes(const QString &hubId) const
{
    WireWriter w;
    w.text(linkName());
    w.text(hubId);
    w.u32(number);
    w.bytes(signingKey);
    w.bytes(sealingKey);
    w.text(createdAt);
    w.text(expiresAt);
    return w.data();
}

QByteArray HubKeyChain::encode() const
{
    WireWriter w;
    w.text(formatName());
    w.text(hubId);
    w.text(issuedAt);
    w.count(generations.size());
    for (const HubKeyGeneration &generation : generations) {
        w.u32(generation.number);
        w.bytes(generation.signingKey);
        w.bytes(generation.sealingKey);
        w.text(generation.createdAt);
        w.text(generation.expiresAt);
        w.bytes(generation.endorsement);
    }
    return w.data();
}

Result<HubKeyChain> HubKeyChain::decode(QByteArrayView body)
{
    WireReader r(body);
    HubKeyChain chain;
    r.format(formatName());
    chain.hubId = r.requiredText("hub_id");
    chain.issuedAt = r.utcTime("issued_at");
    const qsizetype count = r.count("generations", kMaxGenerations);
    if (r.ok() && count == 0) {
        r.fail("generations", QStringLiteral("none"));
    }
    QSet<QByteArray> signingIds;
    for (qsizetype i = 0; i < count && r.ok(); ++i) {
        r.setScope(QStringLiteral("generations[%1].").arg(i));
        HubKeyGeneration generation;
        // Numbered from 1 without a gap, so that a list is the whole history and no generation is
        // left out between a village's pinned one and the newest.
        generation.number = r.u32("number");
        if (r.ok() && generation.number != static_cast<quint32>(i + 1)) {
            r.fail("number", QStringLiteral("%1 where %2 was expected").arg(generation.number).arg(i + 1));
        }
        generation.signingKey = r.publicKey("signing_key");
        if (r.ok() && signingIds.contains(PublicKey::idOf(generation.signingKey))) {
            r.fail("signing_key", QStringLiteral("the key of an earlier generation"));
        }
        signingIds.insert(PublicKey::idOf(generation.signingKey));
        generation.sealingKey = r.publicKey("sealing_key");
        generation.createdAt = r.utcTime("created_at");
        generation.expiresAt = r.utcTimeOrEmpty("expires_at");
        generation.endorsement = r.bytes("endorsement", HubKeyGeneration::kEndorsementSize);
        const qsizetype expected = i == 0 ? 0 : HubKeyGeneration::kEndorsementSize;
        if (r.ok() && generation.endorsement.size() != expected) {
            r.fail("endorsement",
                   QStringLiteral("%1 bytes where %2 were expected")
                       .arg(generation.endorsement.size())
                       .arg(expected));
        }
        chain.generations.append(std::move(generation));
    }
    r.setScope({});
    if (!r.finish()) {
        return Error(ErrorCode::SyncFileMalformed, {label()}, r.failure());
    }
    return chain;
}

Result<HubKeyChain> HubKeyChain::open(QByteArrayView signedFile, const QByteArray &pinnedSigningKey)
{
    VERDES_TRY_ASSIGN(body, Envelope::unverifiedBody(signedFile, FileKind::HubKeys));
    VERDES_TRY_ASSIGN(chain, decode(body));
    const HubKeyGeneration *pinned = chain.bySigningKeyId(PublicKey::idOf(pinnedSigningKey));
    if (pinned == nullptr || pinned->signingKey != pinnedSigningKey) {
        return Error(ErrorCode::SyncHubUnknown,
                     {label(), PublicKey::idTextOf(chain.current().signingKey)},
                     QStringLiteral("the pinned key %1 is not in the list")
                         .arg(PublicKey::idTextOf(pinnedSigningKey)));
    }
    // From the pinned generation to the newest, each endorsed by the one before it.
    for (qsizetype i = pinned->number; i < chain.generations.size(); ++i) {
        const HubKeyGeneration &previous = chain.generations.at(i - 1);
        const HubKeyGeneration &next = chain.generations.at(i);
        if (!PublicKey::verify(previous.signingKey, next.endorsedBytes(chain.hubId), next.endorsement)) {
            return Error(ErrorCode::SyncSignatureInvalid,
                         {label()},
                         QStringLiteral("generation %1 is not endorsed by generation %2")
                             .arg(next.number)
                             .arg(previous.number));
        }
    }
    VERDES_TRY(Envelope::verifySelfSigned(signedFile, FileKind::HubKeys, chain.current().signingKey));
    return chain;
}

const HubKeyGeneration *HubKeyChain::bySigningKeyId(QByteArrayView keyId) const
{
    for (const HubKeyGeneration &generation : generations) {
        if (PublicKey::idOf(generation.signingKey) == keyId) {
            return &generation;
        }
    }
    return nullptr;
}

} // namespace verdes::sync
