// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Progress.h"
#include "models/core/Result.h"
#include "sync/outbox/Outbox.h"
#include "sync/outbox/OutboxRepository.h"
#include "sync/transport/HttpTransport.h"
#include "tests/support/MeetingFixture.h"

#include <QString>
#include <QStringList>

namespace verdes::test {

// A village laptop for the tests against a real `verdes-hub` process (issue 13 §6): MeetingFixture's
// encrypted vault with its identity (vault-hub-1, village 3373041001), enrolled through
// `verdes-hub enrol`, whose meetings are sealed cheaply (no item, or one agreed proposal) and whose
// batches go up through the real Outbox and HttpTransport.
struct HubVillage : MeetingFixture
{
    bool setUpVillage();

    // `verdes-hub init FOLDER` for district 3373 with the test certificate pinned (HubProcess
    // serves it), `extra` added (--postgres URI). Returns the hub's fingerprint.
    static Result<QString> initHub(const QString &folder, const QStringList &extra = {});
    // Enrols this laptop with the hub in `folder` (`verdes-hub enrol`) and pins it.
    Result<void> enrolWith(const QString &folder, const QString &fingerprint, const QStringList &extra = {});

    // Seals a meeting and makes its batch; returns the batch's sequence (0 when something failed).
    // With `proposal`, the meeting agrees one new proposal (a member of H0003 deceased, with a death
    // certificate), and `evidenceBytes` more of a photo in `photos` more files (each at most 5 MB).
    quint64 sealMeeting(bool proposal = false, int photos = 0, qint64 evidenceBytes = 0);

    sync::HttpTransport::Options transportTo(quint16 port, int timeoutMs = 15000) const;
    // Outbox::send over HTTPS to 127.0.0.1:`port` (a hub, or a proxy before it).
    Result<sync::Outbox::SendReport>
    send(quint16 port, Progress &progress = Progress::none(), int timeoutMs = 15000);

    sync::Outbox outbox() { return sync::Outbox(*db, clock); }

    sync::OutboxRepository repo() { return sync::OutboxRepository(*db, clock); }

    // The batch `sequence` as the outbox holds it (a default entry when there is none).
    sync::OutboxEntry entry(quint64 sequence);
    // The receipt file the outbox recorded for a batch (empty when none).
    QByteArray receiptOf(quint64 sequence) const;

private:
    int m_persons = 0;
};

// describe() of an error with its detail, for a test's failure message.
QString failureText(const Error &error);

} // namespace verdes::test
