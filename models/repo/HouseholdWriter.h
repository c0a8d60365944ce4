// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"
#include "models/domain/Field.h"

#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace verdes {

class Database;
struct Household;
struct Member;

// The one place that writes the snapshot layer's households and members (issue 11 §5): the snapshot
// import now, the decisions the district sends back later. HouseholdRepository reads what it writes.
//
// A record is added (version 1), changed (version + 1) or left alone when its content hash says
// nothing changed and it is present; a record the snapshot no longer holds is marked missing, never
// deleted. Columns named in `keepHousehold` / `keepMember` keep the values the vault holds (a file
// without those columns says nothing of them); the record given is filled with them before its hash
// is taken, so writing the same content twice changes nothing.
//
// It prepares its statements once and runs inside the caller's transaction; destroy it before the
// transaction ends. Works on the caller's connection, like the repositories.
class HouseholdWriter final
{
public:
    enum class Outcome : quint8
    {
        Added,
        Changed,
        Unchanged,
    };

    HouseholdWriter(Database &db, QList<Field> keepHousehold = {}, QList<Field> keepMember = {});
    ~HouseholdWriter();
    Q_DISABLE_COPY_MOVE(HouseholdWriter)

    // Prepares the statements and notes whether the registry is empty (an empty one skips the
    // look-ups: everything is added).
    Result<void> prepare();

    // Whether the vault held no member when prepare() ran (the caller may then build the search
    // index once at the end).
    bool hadNoMembers() const { return !m_hadMembers; }

    // Whether it held neither households nor members (a village's first import).
    bool hadNothing() const { return !m_hadHouseholds && !m_hadMembers; }

    // `source` is the import (or, later, decision) the write belongs to: first_import / last_import.
    Result<Outcome> writeHousehold(Household &household, qint64 source);
    Result<Outcome> writeMember(const QString &householdId, Member &member, int ordinal, qint64 source);

    // Marks every present household (or member) that `stillThere` does not know as missing since
    // `source`; returns how many.
    Result<qint64> markMissingHouseholds(const std::function<bool(const QString &)> &stillThere,
                                         qint64 source);
    Result<qint64> markMissingMembers(const std::function<bool(const QString &)> &stillThere, qint64 source);

    // The change-detection hashes kept in content_hash (BLAKE2b over the values).
    static QByteArray householdHash(const Household &household);
    static QByteArray memberHash(const QString &householdId, const Member &member);

private:
    struct Statements;

    Result<qint64>
    markMissing(bool members, const std::function<bool(const QString &)> &stillThere, qint64 source);

    Database &m_db;
    QList<Field> m_keepHousehold;
    QList<Field> m_keepMember;
    std::unique_ptr<Statements> m_statements;
    bool m_hadHouseholds = true;
    bool m_hadMembers = true;
};

} // namespace verdes
