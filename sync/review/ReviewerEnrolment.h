// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Clock.h"
#include "models/core/Result.h"
#include "models/vault/Actor.h"
#include "sync/batch/ReviewerEnrolment.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace verdes {
class Database;
} // namespace verdes

namespace verdes::sync {

// The district review vault's half of a reviewer's enrolment (issue 14 §1): the officer's request,
// signed by their own reviewer key (ReviewerKey, made on the first request), and the hub's answer.
// The first answer pins the hub's keys in the vault, after a person compared the hub's fingerprint;
// from then on an answer for another reviewer must be signed by the pinned hub. Each officer enrols
// only themselves: their key signs their verdicts.
class ReviewerEnrolment final
{
public:
    explicit ReviewerEnrolment(Database &db, Clock &clock = SystemClock::instance());

    struct Request
    {
        ReviewerRequest request;
        QByteArray signedFile; // VRVQ, signed by the officer's reviewer key
    };

    // Where an officer's enrolment stands, for the window and `verdes review enrol`.
    struct Status
    {
        QString keyId;      // empty until the officer first asked
        QString enrolledAt; // UTC, empty until an answer was accepted
        QString hubName;
        std::optional<ReviewerRole> role; // the role the hub enrolled the key for

        bool isEnrolled() const { return !enrolledAt.isEmpty(); }
    };

    // The reviewer role of a vault role: none for a role that reviews nothing.
    static std::optional<ReviewerRole> reviewerRoleOf(Role role);

    // The request for the acting officer, signed by their reviewer key (made and audited,
    // "reviewer.key", on the first request). Needs EnrolWithHub and a verifier's or office head's role
    // (PermissionDenied otherwise).
    Result<Request> makeRequest(const Actor &actor);
    // Reads an answer and checks that it is for this vault, the acting officer's key and role
    // (SyncNotOurs otherwise) and, when a hub is pinned already, that the pinned hub signed it
    // (SyncHubUnknown). Changes nothing: the caller shows answer.hubFingerprint() and asks.
    Result<ReviewerAnswer> read(const Actor &actor, const QByteArray &answerFile);
    // Records the answer read() accepted, after the person confirmed `fingerprint`
    // (SyncFingerprintMismatch otherwise), and pins the hub when none is pinned yet; audited as
    // "reviewer.enrol".
    Result<ReviewerAnswer>
    accept(const Actor &actor, const QByteArray &answerFile, const QString &fingerprint);
    Result<Status> status(const QString &officerId);

private:
    Database &m_db;
    Clock &m_clock;
};

} // namespace verdes::sync
