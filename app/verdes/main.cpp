// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/verdes/Bootstrap.h"
#include "app/verdes/CommandLine.h"
#include "ui/settings/AppSettings.h"
#include "ui/shell/MainWindow.h"

#include <QApplication>
#include <QGuiApplication>

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Verdes"));
    QCoreApplication::setApplicationName(QStringLiteral("verdes"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VERDES_VERSION));
}

} // namespace

int main(int argc, char *argv[])
{
    verdes::app::Bootstrap::hardenProcess();
    setIdentity();
    QStringList arguments;
    arguments.reserve(argc);
    for (int i = 0; i < argc; ++i) {
        arguments << QString::fromLocal8Bit(argv[i]);
    }

    if (verdes::app::CommandLine::needsGui(arguments)) {
        // Documents are laid out with QtGui: a QGuiApplication, on the offscreen platform when there
        // is no display (a server, a script over ssh).
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
            && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
        const QGuiApplication app(argc, argv);
        verdes::app::Bootstrap::installTranslators(*QCoreApplication::instance(),
                                                   verdes::app::Bootstrap::commandLineLanguage());
        return verdes::app::CommandLine::run(QCoreApplication::arguments());
    }
    if (verdes::app::CommandLine::isCommand(arguments)) {
        const QCoreApplication app(argc, argv);
        verdes::app::Bootstrap::installTranslators(*QCoreApplication::instance(),
                                                   verdes::app::Bootstrap::commandLineLanguage());
        return verdes::app::CommandLine::run(QCoreApplication::arguments());
    }

    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Verdes"));
    verdes::app::Bootstrap::installTranslators(app, verdes::ui::AppSettings::language());
    verdes::ui::MainWindow window;
    window.show();
    if (QApplication::arguments().contains(QStringLiteral("--demo"))) {
        window.openDemo(); // asynchronous: generates the demo village if needed, then asks to unlock
    }
    return QApplication::exec();
}
