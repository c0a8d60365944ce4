// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"
#include "models/domain/Role.h"

#include <QString>

namespace verdes {

class Database;

// Who is doing something: the officer who unlocked the vault, with the role of their key slot.
// Every change in the models takes an Actor, checks it with require() and names it in the audit log.
// The recovery key opens the vault as an actor without an officer, who may only repair access
// (ManageOfficers).
struct Actor
{
    QString officerId; // empty for the recovery key
    QString name;      // the officer's name; empty for the recovery key
    Role role = Role::Viewer;
    bool admin = false;

    bool isRecovery() const { return officerId.isEmpty(); }

    bool may(Action action) const;
    // PermissionDenied (or NotAllowedAsRecovery) in plain words when the actor may not.
    Result<void> require(Action action) const;
    // A district reviewer: a verifier (ReviewItems) or an office head (EndorseItems); refused as
    // reviewing is for anyone else (a viewer, the recovery key).
    Result<void> requireReviewer() const;

    // The officer with this id as stored in the officers table: VaultUnknownOfficer when there is
    // none, VaultOfficerRemoved when the officer was removed. The vault loads its actor by the id
    // bound in the key slot that opened it, never by a name.
    static Result<Actor> load(Database &db, const QString &officerId);
    // The actor of a vault unlocked with the recovery key.
    static Actor recovery();
};

} // namespace verdes
