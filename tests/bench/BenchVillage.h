// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"
#include "models/proposals/Evidence.h"
#include "models/proposals/Proposal.h"
#include "models/vault/Actor.h"

#include <QByteArray>
#include <QList>

#include <functional>

namespace verdes {

class Database;
class SeededRng;

// What the figures put into a bench vault, which already holds the demo village, before they measure:
// the officers of the meeting figures, evidence photos, and a meeting that agreed proposals on the
// village's members. None of it is timed by the figures that use it, except where a figure says so.
class BenchVillage final
{
public:
    // One proposal of a meeting: its type, reason, details and evidence. decidedMeeting fills in the
    // household and the member.
    struct Item
    {
        Proposal proposal;
        QList<NewEvidence> evidence;
    };

    using MakeItem = std::function<Item(qsizetype index)>;

    // Writes without waiting for the disk at each commit while it lives (PRAGMA synchronous = OFF),
    // then puts synchronous back as it found it: for set-up that no figure times.
    class UnsyncedWrites final
    {
    public:
        explicit UnsyncedWrites(Database &db);
        ~UnsyncedWrites();
        Q_DISABLE_COPY_MOVE(UnsyncedWrites)

    private:
        Database &m_db;
        qint64 m_level = 2;
    };

    // The officers who propose, and who chairs and seals, in the meeting figures (MeetingBench,
    // SyncBench).
    static const Actor &officer();
    static const Actor &chair();

    // `bytes` bytes from `rng` headed like a JPEG, so that they pass the evidence check: a photo's
    // bytes, which do not compress.
    static QByteArray randomPhoto(SeededRng &rng, qsizetype bytes);

    // A musdes that agreed `count` ready proposals, one on each member who is not the head of a
    // household, in a fixed order after the first `skip` of them (those another figure proposed on);
    // `makeItem(i)` gives the i-th proposal. One attendee, every item decided as agreed, not sealed.
    // Makes the vault's device key if it has none (sealing signs with it). Commits without waiting
    // for the disk. Returns the meeting's id.
    static Result<qint64> decidedMeeting(Database &db, int count, int skip, const MakeItem &makeItem);
};

} // namespace verdes
