// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The child process of the import crash test (tests/models/tst_SnapshotImport.cpp): imports a CSV
// into a scratch vault and is killed on the way by VERDES_CRASH_AT=import.write.
// Usage: verdes_import_child DATABASE KEY_HEX CSV [--create]
// (exit 0 imported, 3 not imported, 5 failed). With --create it makes the vault first, which also
// makes it a quick way to time an import: `/usr/bin/time -v verdes_import_child ... --create`.
#include "models/core/Clock.h"
#include "models/io/CsvReader.h"
#include "models/io/SnapshotImporter.h"
#include "tests/support/ScratchVault.h"

#include <QCoreApplication>

#include <cstdio>

using namespace verdes;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 4 && !(args.size() == 5 && args.at(4) == QLatin1String("--create"))) {
        return 1;
    }
    test::ScratchVault vault = test::ScratchVault::fromKeyHex(args.at(1), args.at(2));
    auto db = args.size() == 5 ? vault.create() : vault.open();
    if (!db) {
        return 5;
    }
    CsvReader reader(args.at(3));
    ValidationContext context;
    context.today = QDate(2026, 11, 23);
    context.villageCode = QStringLiteral("3373041001");
    SnapshotImporter importer(**db, context, SystemClock::instance());
    auto report = importer.run(reader, ImportOptions{});
    if (!report) {
        return 5;
    }
    std::printf("rows %lld, errors %lld, warnings %lld, households +%lld, members +%lld ~%lld =%lld\n",
                static_cast<long long>(report->rowsRead),
                static_cast<long long>(report->errorCount),
                static_cast<long long>(report->warningCount),
                static_cast<long long>(report->households.added),
                static_cast<long long>(report->members.added),
                static_cast<long long>(report->members.changed),
                static_cast<long long>(report->members.unchanged));
    return report->imported ? 0 : 3;
}
