// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"

#include <QString>

namespace verdes {

// The rule for a new officer's name: what Vault::create and Vault::beginAddOfficer accept, and
// what the creation wizard, the officers dialog and `verdes init|demo|officer add` check before a
// passphrase is asked for. A name is shown in lists, in the sentences of the audit trail, in the
// minutes and on a terminal, where a line break, a tab or a direction override would forge text
// ("Budi" + U+202E + "idub" shows as another name).
//
// Refused anywhere in the name (OfficerNameInvalidChar, with the code point as "U+202E"):
// control characters (U+0000–U+001F, U+007F–U+009F: line breaks, tabs), format characters (Unicode
// Cf: the direction marks, overrides and isolates U+200E, U+200F, U+202A–U+202E, U+2066–U+2069,
// zero-width characters, the byte-order mark), the line and paragraph separators U+2028 and
// U+2029, private-use and unassigned code points, and lone surrogates. Then the surrounding spaces
// are trimmed; what remains must not be empty (OfficerNameEmpty) and has at most kMaxLength
// characters, counted as Unicode code points (OfficerNameTooLong): long enough for any real name
// with a title ("Dra. Hj. Siti Nurhaliza Rahmawati binti Abdullah, S.Sos." has 55).
class OfficerName final
{
public:
    static constexpr qsizetype kMaxLength = 64;

    // The name without its surrounding spaces, or why it is refused.
    static Result<QString> check(const QString &name);
};

} // namespace verdes
