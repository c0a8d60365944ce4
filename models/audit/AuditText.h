// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/vault/AuditLog.h"

#include <QCoreApplication>
#include <QString>

namespace verdes {

// The audit trail in plain words, in the interface language, for the history view and
// `verdes audit log`: "Siti Rahma (Village operator) imported the snapshot dtsen.csv: 12 new
// households, 3 changed, 0 missing." Every action code Verdes writes has its sentence; a code this
// version does not know (a newer Verdes) gets a generic one naming the code and the object.
class AuditText
{
    Q_DECLARE_TR_FUNCTIONS(AuditText)

public:
    // Who acted: "Siti Rahma (Village operator)", or the recovery key.
    static QString who(const AuditEntry &entry);
    // The whole sentence, starting with who().
    static QString sentence(const AuditEntry &entry);
    // The role label of a stored role code ("operator" → "Village operator"); the code itself when
    // this version does not know it.
    static QString roleLabel(const QString &roleCode);
    // Whether sentence() has a specific sentence for this action code.
    static bool knows(const QString &action);
    // What a table of the vault holds, in plain words ("the members of households").
    static QString contentLabel(const QString &table);
    // The lines of AuditContentMismatch's message for a verification whose content differs.
    static QString contentDifferences(const AuditLog::Verification &verification);
};

} // namespace verdes
