// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Clock.h"
#include "models/core/Result.h"
#include "models/vault/Actor.h"

#include <QByteArray>
#include <QList>

namespace verdes {
class Database;
} // namespace verdes

namespace verdes::sync {

class HttpTransport;

// The village's inbox of the district's verdicts (issue 14 §2, docs/batch-format.md §14): the hub's
// decision list, fetched over HTTPS or brought on a USB stick from `verdes-hub decisions`, sealed to
// this vault's device key. A list is trusted only whole: the pinned hub's signature, this village and
// this device, no replay of an older list; then each verdict: signed by a reviewer the list names,
// whose role gives its state, for this village and for an item of a batch this vault sent, following
// the item's chain of verdicts. Only then, in one transaction, the verdicts are kept as signed, each
// proposal moves (through `in_review` the first time), a returned proposal comes back as a new draft
// linked to it, and the import is audited ("decisions.import"). An approved change is not applied
// to the registry: it waits for the next snapshot. A list imported twice changes nothing.
class DecisionInbox final
{
public:
    explicit DecisionInbox(Database &db, Clock &clock = SystemClock::instance());

    struct Imported
    {
        int verdicts = 0;        // new verdicts kept
        int approved = 0;        // of them, approvals (waiting for the next snapshot)
        int rejected = 0;        // rejections by the dinas sosial
        int returned = 0;        // returns to the village
        int drafts = 0;          // new drafts made from returned proposals
        QList<qint64> proposals; // the proposals that moved, in the order they first moved
        quint64 latest = 0;      // the hub's newest serial for this village
        bool hasMore = false;    // the list stopped before `latest`: ask again
    };

    // The serial of the newest verdict the vault holds (0 for none): where the next request starts.
    Result<quint64> lastSerial();
    // The request for the verdicts after lastSerial(), signed by the device key (VDRQ).
    Result<QByteArray> makeRequest(const Actor &actor);
    // Opens a decision list the pinned hub sealed to this device and applies it (see the class).
    // Refusals, with nothing changed: SyncNotEnrolled without a pinned hub; SyncNotForThisHub sealed
    // to another key; SyncHubUnknown / SyncHubKeyRetired / SyncSignatureInvalid not signed by the pinned
    // hub key; SyncNotOurs for another village or device; SyncDecisionsReplayed for an older list;
    // SyncVerdictInvalid for a verdict that does not verify or does not fit; SyncFileMalformed.
    Result<Imported> importList(const Actor &actor, const QByteArray &sealedList);
    // Fetches the verdicts after lastSerial() from the hub over HTTPS (POST /v1/decisions) and applies
    // them list by list, each before the next is asked for: a broken connection loses nothing. The
    // counts are those of every list applied; `latest` and `hasMore` those of the last one.
    Result<Imported> fetch(const Actor &actor, HttpTransport &transport);

private:
    Database &m_db;
    Clock &m_clock;
};

} // namespace verdes::sync
