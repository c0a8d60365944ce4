// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// `verdes privacy access` (issue 14 §3): the UU PDP subject-access report from the command line.
// Kept apart from CommandLine.cpp, whose parser and dispatch only name it.
#include "app/verdes/CommandLine.h"
#include "app/verdes/Console.h"
#include "models/vault/Vault.h"
#include "sync/privacy/SubjectAccess.h"
#include "ui/privacy/ReportPdf.h"

#include <QDir>

namespace verdes::app {

QString CommandLine::privacyHelpText()
{
    return tr(
        "Personal data protection (UU PDP):\n"
        "  verdes privacy access VAULT NIK FILE.pdf [--force]\n"
        "                                 the access report for the person with this NIK: what the\n"
        "                                 vault (village or district) holds about them and every\n"
        "                                 processing recorded, as an A4 PDF for that person (the full\n"
        "                                 NIK is in it); says so when nothing is held. For an officer\n"
        "                                 whose role may export personal data; recorded in the history\n");
}

Result<void> CommandLine::privacyAccess(const Parsed &parsed)
{
    const QString path = parsed.positional.at(2);
    // The NIK and the file are checked before the vault is opened.
    VERDES_TRY_ASSIGN(nik, sync::SubjectAccess::normalizeNik(parsed.positional.at(1)));
    VERDES_TRY(OutputPath::check(path, existingOption(parsed)));
    VERDES_TRY_ASSIGN(vault, unlock(parsed, parsed.positional.at(0)));
    const sync::SubjectAccessVault source{vault->kind(), vault->villageCode(), vault->villageName()};
    VERDES_TRY_ASSIGN(report, sync::SubjectAccess::make(vault->database(), source, vault->actor(), nik));
    VERDES_TRY_ASSIGN(pages,
                      ui::ReportPdf::write(sync::SubjectAccess::html(report),
                                           sync::SubjectAccess::title(),
                                           sync::SubjectAccess::footer(report),
                                           path,
                                           existingOption(parsed)));
    out() << QDir::toNativeSeparators(path) << Qt::endl;
    say(report.holdsAnything()
            ? tr("Wrote the access report (%n page(s)). Give it only to the person it is about.",
                 nullptr,
                 pages)
            : tr("This vault holds nothing about a person with this NIK. Wrote the report saying so (%n "
                 "page(s)).",
                 nullptr,
                 pages));
    return vault->lock();
}

} // namespace verdes::app
