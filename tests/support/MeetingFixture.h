// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/musdes/Meeting.h"
#include "models/musdes/MeetingRepository.h"
#include "models/proposals/ProposalRepository.h"
#include "models/vault/Actor.h"
#include "models/vault/Database.h"
#include "tests/support/FakeClock.h"
#include "tests/support/ScratchVault.h"

#include <QTemporaryDir>

#include <memory>

namespace verdes::test {

// The officers of the meeting tests, one per role.
extern const Actor kOperator;
extern const Actor kSecretary;
extern const Actor kChair;
extern const Actor kHead;
extern const Actor kBpd;
extern const Actor kViewer;

// A small JPEG-headed image of 64 bytes filled with `fill`: evidence that passes the content check.
QByteArray smallJpeg(char fill);

// An encrypted scratch vault with its device key and tests/data/csv/snapshot_small.csv imported
// (village 3373041001, on 2026-11-23), for the tests of the meeting and of what follows it.
struct MeetingFixture
{
    QTemporaryDir dir;
    ScratchVault vault{dir.filePath(QStringLiteral("v.db"))};
    std::unique_ptr<Database> db;
    FakeClock clock;

    bool setUp();

    ProposalRepository proposals() { return ProposalRepository(*db, clock); }

    MeetingRepository meetings() { return MeetingRepository(*db, clock); }

    // A ready proposal: a member deceased (or `type`), with a death certificate and a house photo.
    qint64
    ready(const QString &household, const QString &person, ProposalType type = ProposalType::MemberDeceased);
    ProposalState state(qint64 proposalId);
    qint64 newMeeting(MeetingKind kind = MeetingKind::Musdes);
    bool exec(QStringView sql) const;
};

} // namespace verdes::test
