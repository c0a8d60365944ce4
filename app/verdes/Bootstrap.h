// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

#include <memory>

class QCoreApplication;
class QTranslator;

namespace verdes::app {

// Process set-up shared by the desktop application and the command line.
class Bootstrap final
{
public:
    // Before anything else: no core dumps (a crash must never write household data to disk) and no
    // ptrace attach by other processes of the same user.
    static void hardenProcess();

    // Installs the translators for a language ("id" or "en"): Verdes' own strings and the Qt standard
    // strings (buttons, wizards, file dialogs). Returns false when the language is unknown.
    static bool installTranslators(QCoreApplication &app, const QString &language);

    // The command line follows the environment: Indonesian when LANG (or LC_ALL, LC_MESSAGES) is id_*,
    // English otherwise (issue 3, §6).
    static QString commandLineLanguage();
};

} // namespace verdes::app
