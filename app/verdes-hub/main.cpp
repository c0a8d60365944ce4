// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/verdes-hub/HubCommandLine.h"
#include "app/verdes/Bootstrap.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

int main(int argc, char *argv[])
{
    verdes::app::Bootstrap::hardenProcess();
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        arguments << QString::fromLocal8Bit(argv[i]);
    }
    // The breach notice's PDF is laid out with QtGui: a QGuiApplication, on the offscreen platform
    // when there is no display (a hub is a server). Every other verb stays headless.
    std::unique_ptr<QCoreApplication> app;
    if (verdes::app::HubCommandLine::needsGui(arguments)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
            && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("Verdes"));
    QCoreApplication::setApplicationName(QStringLiteral("verdes-hub"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VERDES_VERSION));
    verdes::app::Bootstrap::installTranslators(*QCoreApplication::instance(),
                                               verdes::app::Bootstrap::commandLineLanguage());
    return verdes::app::HubCommandLine::run(QCoreApplication::arguments());
}
