// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/ChildProcess.h"

#include <QProcess>
#include <QProcessEnvironment>

namespace verdes::test {

QString builtProgram(const QString &relative)
{
    return qEnvironmentVariable("VERDES_BINARY_DIR") + u'/' + relative;
}

ChildRun runChild(const QString &program,
                  const QStringList &arguments,
                  const QString &input,
                  const QStringList &extraEnv,
                  const QString &stdinFile)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("VERDES_KDF_FAST"), QStringLiteral("1"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    for (const QString &pair : extraEnv) {
        const auto eq = pair.indexOf(u'=');
        env.insert(pair.left(eq), pair.mid(eq + 1));
    }
    process.setProcessEnvironment(env);
    if (!stdinFile.isEmpty()) {
        process.setStandardInputFile(stdinFile);
    }
    process.start(program, arguments);
    ChildRun run;
    if (!process.waitForStarted()) {
        run.err = process.errorString();
        return run;
    }
    if (stdinFile.isEmpty()) {
        process.write(input.toUtf8());
        process.closeWriteChannel();
    }
    process.waitForFinished(600000);
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace verdes::test
