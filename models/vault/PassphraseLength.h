// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/SecureBytes.h"

#include <QStringView>

namespace verdes {

// How the passphrase policy (Vault::checkPassphrase, at least Vault::kMinPassphraseLength) counts:
// characters (Unicode code points), not bytes, and only those that are not spaces (QChar::isSpace:
// the ASCII spaces, tabs and line breaks, the no-break and ideographic spaces), control or format
// characters. Ten spaces, or "a" and nine spaces, are no passphrase; "saya suka nasi goreng" counts
// 18. The same count for the secret in secure memory (UTF-8, decoded in place, no copy) and for
// the text of a line edit, so the dialogs' hints agree with the policy.
class PassphraseLength final
{
public:
    static qsizetype of(const SecureBytes &utf8);
    static qsizetype of(QStringView text);
};

} // namespace verdes
