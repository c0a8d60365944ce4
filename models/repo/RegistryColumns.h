// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/Field.h"

#include <QString>

namespace verdes {

class Statement;

// How registry values travel between the field table and the households/members tables: the
// column lists for SQL text (built from the field table, never from user text), and the binding and
// reading of one value. Coded and counted fields are INTEGER in the vault, the rest TEXT, and NULL
// is "not recorded" (empty in the CSV), so a value read back is its canonical text again.
class RegistryColumns final
{
public:
    // "household_id, village_code, ..., instrument_version" (70 names).
    static const QString &householdList();
    // "person_id, nik, ..., employment_insurance" (50 names).
    static const QString &memberList();
    // "?1, ?2, ..., ?n" starting at `first`.
    static QString placeholders(int first, int count);
    // "name = ?k, ..." for the household or member columns, parameters starting at `first`.
    static QString householdAssignments(int first);
    static QString memberAssignments(int first);

    // The fields in the order of householdList() and memberList().
    static Field householdField(int position);
    static Field memberField(int position);

    static bool isIntegerColumn(Field field);
    static void bind(Statement &statement, int index, Field field, const QString &value);
    static QString read(const Statement &statement, int column, Field field);
};

} // namespace verdes
