// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The child process of the import crash test (tests/models/tst_SnapshotImport.cpp): imports a CSV
// into a scratch vault and is killed on the way by VERDES_CRASH_AT=import.write.
// Usage: verdes_import_child DATABASE KEY_HEX CSV   (exit 0 imported, 3 not imported, 5 failed)
#include "models/core/Clock.h"
#include "models/io/CsvReader.h"
#include "models/io/SnapshotImporter.h"
#include "tests/support/ScratchVault.h"

#include <QCoreApplication>

using namespace verdes;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 4) {
        return 1;
    }
    const test::ScratchVault vault = test::ScratchVault::fromKeyHex(args.at(1), args.at(2));
    auto db = vault.open();
    if (!db) {
        return 5;
    }
    CsvReader reader(args.at(3));
    ValidationContext context;
    context.today = QDate(2026, 11, 23);
    context.villageCode = QStringLiteral("3373041001");
    SnapshotImporter importer(**db, context, SystemClock::instance());
    auto report = importer.run(reader, ImportOptions{}, ImportControl{});
    if (!report) {
        return 5;
    }
    return report->imported ? 0 : 3;
}
