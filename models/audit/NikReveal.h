// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Clock.h"
#include "models/core/Result.h"
#include "models/vault/Actor.h"

#include <QStringList>

namespace verdes {

class Database;

// Showing a full NIK or KK number is processing of personal data (DOMAIN.md §10: "full value on a
// logged reveal"). Every place that shows one calls record() first and shows nothing when it fails:
// the household detail's reveal link and `verdes search|proposals --show-nik`.
//
// record() needs Action::RevealNik (a viewer, the chair, a BPD member and the recovery key are
// refused) and appends one "household.reveal" entry per household whose numbers are about to be
// shown, all in one transaction: every household's own history shows the reveal, and either all the
// entries are written or none is (and then nothing may be shown). An entry holds the household id
// and where the numbers were shown, never a number, a name or the search text.
class NikReveal final
{
public:
    // Where the numbers are shown; stored as the entry's first argument (AuditText words it).
    enum class Where : quint8
    {
        HouseholdDetail, // "detail": the reveal link of the desktop application
        SearchList,      // "search": `verdes search --show-nik`
        ProposalList,    // "proposals": `verdes proposals --show-nik`
    };

    // PermissionDenied or NotAllowedAsRecovery when the actor may not reveal: ask before doing any
    // work whose output would be revealed.
    static Result<void> check(const Actor &actor);
    // check(), then the entries for `householdIds` (duplicates and empty ids are ignored; an empty
    // list writes nothing).
    static Result<void> record(Database &db,
                               const Actor &actor,
                               const QStringList &householdIds,
                               Where where,
                               Clock &clock = SystemClock::instance());

    static QString whereCode(Where where);
};

} // namespace verdes
