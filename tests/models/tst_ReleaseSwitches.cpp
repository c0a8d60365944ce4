// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The release side of the test switches (issue 10): this test compiles models/vault/Kdf.cpp and
// models/platform/CrashPoint.cpp once more as a build without VERDES_TESTING does (tests/CMakeLists.txt),
// and checks that the environment and the setters of the test builds change nothing there.
#include "models/platform/CrashPoint.h"
#include "models/vault/Kdf.h"

#include <QStandardPaths>
#include <QTest>

#if defined(VERDES_TESTING)
#error "models.release_switches must be compiled as a release build is, without VERDES_TESTING"
#endif

using namespace verdes;

class TestReleaseSwitches : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void cleanup()
    {
        qunsetenv("VERDES_KDF_FAST");
        qunsetenv("VERDES_CRASH_AT");
        qunsetenv("VERDES_CRASH_MODE");
    }

    void kdfFastModeIgnoresTheEnvironment()
    {
        qputenv("VERDES_KDF_FAST", "1");
        QVERIFY(!Kdf::isFastForTests());
    }

    void kdfFastModeIgnoresTheSetter()
    {
        Kdf::setFastForTests(true);
        QVERIFY(!Kdf::isFastForTests());
    }

    void newSlotsGetTheRealCostWhateverTheSwitchesSay()
    {
        // A vault made by a release build with VERDES_KDF_FAST=1 was at libsodium's minimum (1 pass,
        // 8 KiB), and every officer added later inherited it. One real calibration: about a second.
        qputenv("VERDES_KDF_FAST", "1");
        Kdf::setFastForTests(true);
        const KdfParams cost = Kdf::calibrate();
        QVERIFY2(cost.opsLimit >= Kdf::kFloorOpsLimit, qPrintable(QString::number(cost.opsLimit)));
        QVERIFY2(cost.memLimit >= Kdf::kFloorMemLimit, qPrintable(QString::number(cost.memLimit)));
        QVERIFY(Kdf::isAcceptable(cost));
    }

    void crashPointsDoNothing()
    {
        // In a test build this kills the process (SIGKILL or _exit(86)), and the test fails with it.
        qputenv("VERDES_CRASH_AT", "release.switches");
        qputenv("VERDES_CRASH_MODE", "exit");
        VERDES_CRASH_POINT("release.switches");
        crashPoint("release.switches");
    }
};

QTEST_GUILESS_MAIN(TestReleaseSwitches)
#include "tst_ReleaseSwitches.moc"
