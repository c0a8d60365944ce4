// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/verdes/CommandLine.h"

#include "app/verdes/Bootstrap.h"

#include <QTextStream>

#include <cstdio>

namespace verdes::app {

int CommandLine::run(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    Bootstrap::installTranslators(app, Bootstrap::commandLineLanguage());
    const QStringList args = QCoreApplication::arguments();
    QTextStream out(stdout);
    if (args.contains(u"--version")) {
        out << "verdes " << QCoreApplication::applicationVersion() << '\n';
        return 0;
    }
    QTextStream err(stderr);
    err << tr("Usage: verdes --version") << '\n';
    return 1;
}

} // namespace verdes::app
