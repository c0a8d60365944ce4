// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/verdes/Bootstrap.h"
#include "app/verdes/CommandLine.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    verdes::app::Bootstrap::hardenProcess();
    QCoreApplication::setOrganizationName(QStringLiteral("Verdes"));
    QCoreApplication::setApplicationName(QStringLiteral("verdes"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VERDES_VERSION));
    return verdes::app::CommandLine::run(argc, argv);
}
