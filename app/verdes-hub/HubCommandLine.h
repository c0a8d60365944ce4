// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"
#include "sync/batch/Verdict.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace verdes::app {

// The `verdes-hub` executable's verbs (issue 13 §4): set up a district hub, enrol and revoke village
// devices, take batches from USB sticks, and show where things stand. Messages go to stderr in the
// locale's language, data to stdout; exit codes are those of exitCodeFor() (models/core/Error.h).
class HubCommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(HubCommandLine)

public:
    static int run(const QStringList &arguments);
    // Whether the verb lays out a PDF and so needs a QGuiApplication (main.cpp).
    static bool needsGui(const QStringList &arguments);

private:
    struct Parsed
    {
        QString verb;
        QStringList positional;
        QHash<QString, QString> options;
    };

    static Result<Parsed> parse(const QStringList &arguments);
    static QString helpText();
    static Result<void> dispatch(const Parsed &parsed);
    static Result<void> init(const Parsed &parsed);
    static Result<void> enrol(const Parsed &parsed);
    static Result<void> revoke(const Parsed &parsed);
    static Result<void> revocations(const Parsed &parsed);
    static Result<void> rotateKeys(const Parsed &parsed);
    static Result<void> keys(const Parsed &parsed);
    static Result<void> ingest(const Parsed &parsed);
    static Result<void> feed(const Parsed &parsed);
    static Result<void> verdicts(const Parsed &parsed);
    static Result<void> decisions(const Parsed &parsed);
    static Result<void> snapshot(const Parsed &parsed);
    static QString refusalLabel(sync::VerdictRefusal refusal);
    static Result<void> status(const Parsed &parsed);
    static Result<void> serve(const Parsed &parsed);
    // `verdes-hub breach-notice` (UU PDP art. 46, issue 14 §3).
    static Result<void> breachNotice(const Parsed &parsed);
};

} // namespace verdes::app
