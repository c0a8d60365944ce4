// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Clock.h"
#include "models/core/Result.h"
#include "models/vault/Actor.h"
#include "sync/batch/EnrolmentAnswer.h"
#include "sync/batch/EnrolmentRequest.h"

#include <QByteArray>
#include <QString>

namespace verdes {
class Database;
} // namespace verdes

namespace verdes::sync {

// The village's half of enrolment (issue 13 §1): the request that carries the device key, and the
// hub's answer that pins the hub's keys. The answer is trusted on first use only after a person
// compared the hub's fingerprint with the one the district gave them; from then on the vault accepts
// nothing that the pinned key does not sign, a re-enrolment included.
class Enrolment final
{
public:
    explicit Enrolment(Database &db, Clock &clock = SystemClock::instance());

    struct Request
    {
        EnrolmentRequest request;
        QByteArray signedFile; // VENQ, signed by the device key
    };

    // The request for this vault, signed by its device key.
    Result<Request> makeRequest(const Actor &actor, const QString &villageName);

    // Reads an answer and checks that it is for this vault and device (SyncNotOurs otherwise) and,
    // when a hub is pinned already, that the pinned hub signed it (SyncHubUnknown otherwise). Changes
    // nothing: the caller shows answer.hubFingerprint() and asks before accept().
    Result<EnrolmentAnswer> read(const QByteArray &answerFile);
    // Pins the hub of an answer read() accepted, after the person confirmed `fingerprint` (compared
    // without regard to case and dashes; SyncHubUnknown when it is not the answer's).
    Result<EnrolmentAnswer>
    accept(const Actor &actor, const QByteArray &answerFile, const QString &fingerprint);

private:
    Database &m_db;
    Clock &m_clock;
};

} // namespace verdes::sync
