// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/verdes-hub/HubCommandLine.h"
#include "app/verdes/Bootstrap.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    verdes::app::Bootstrap::hardenProcess();
    const QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Verdes"));
    QCoreApplication::setApplicationName(QStringLiteral("verdes-hub"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VERDES_VERSION));
    verdes::app::Bootstrap::installTranslators(*QCoreApplication::instance(),
                                               verdes::app::Bootstrap::commandLineLanguage());
    return verdes::app::HubCommandLine::run(QCoreApplication::arguments());
}
