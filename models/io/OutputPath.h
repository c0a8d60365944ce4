// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"

#include <QString>

namespace verdes {

// The check every file Verdes writes for the user goes through first (the CSV export, the demo
// CSV, the rejected rows of an import, the GUI's saved lists), in the GUI and on the command line
// alike. It refuses, each with its own message:
// - a target inside a vault folder (VaultLocation), before or after symbolic links are followed:
//   exporting onto `vault.db` destroyed the vault, onto a key-slot file rolled the slots back;
// - an existing target that is not an ordinary file: a folder, a device, a pipe (QSaveFile would
//   replace a FIFO or write to a device), or a link that leads nowhere (FileNotRegular);
// - an existing ordinary file, unless the caller says the user agreed to replace it (FileExists):
//   `--force` on the command line, the file dialog's own question in the GUI;
// - a folder that does not exist (FileWriteFailed, as writing there would).
// It returns the path to write: absolute, with its folder and any symbolic link resolved as the
// file system resolves them, so the writer (QSaveFile) writes exactly where the check looked.
// Errors carry the path as the user gave it.
class OutputPath final
{
public:
    enum class Existing : quint8
    {
        Refuse,  // an existing file is an error
        Replace, // the user agreed to replace an existing ordinary file
    };

    static Result<QString> check(const QString &path, Existing existing);
};

} // namespace verdes
