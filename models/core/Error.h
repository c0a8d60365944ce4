// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/ErrorCode.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace verdes {

// A failure: its code, the arguments its sentence needs, and a technical detail for the log.
// `detail` is English, never shown to the user as the main text, and never holds personal data
// (record ids only, never a NIK, a name or an address).
struct Error
{
    ErrorCode code = ErrorCode::Internal;
    QStringList args;
    QString detail;

    Error() = default;

    // NOLINTNEXTLINE(google-explicit-constructor,hicpp-explicit-conversions): `return ErrorCode::X;`
    Error(ErrorCode c, QStringList a = {}, QString d = {})
        : code(c)
        , args(std::move(a))
        , detail(std::move(d))
    {}
};

// The one place where errors become words, in the interface language.
class ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(ErrorText)

public:
    static QString describe(const Error &error);
};

// The sentence the user reads for an error: what happened and, where it helps, what to do.
QString describe(const Error &error);

// The command line's exit code for an error (documented in `verdes --help`):
// 1 usage, 2 wrong passphrase or recovery key, 3 invalid input, 4 not a vault / damaged / newer
// schema, 5 other I/O error.
int exitCodeFor(ErrorCode code);

// Every ErrorCode value, for the test that checks each has a sentence in both languages.
QList<ErrorCode> allErrorCodes();

// The enum name ("VaultWrongPassphrase") for the log.
QString errorCodeName(ErrorCode code);

} // namespace verdes
