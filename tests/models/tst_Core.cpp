// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/core/Error.h"
#include "models/core/Progress.h"
#include "models/core/Result.h"
#include "models/core/Rng.h"
#include "models/core/SecretWrap.h"
#include "models/core/SecureBytes.h"
#include "tests/support/RecordingProgress.h"

#include <QStandardPaths>
#include <QTest>

using namespace verdes;

class TestCore : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // The progress-and-cancel protocol itself: cancel sticks, none() never cancels, and a part of
    // a larger work reports in the whole's terms and stops with it.
    void progressCancelsAndPartsReportToTheWhole()
    {
        QVERIFY(!Progress::none().isCancelled());
        QVERIFY(Progress::none().advance(5, 10));

        test::RecordingProgress whole;
        whole.setPhase(QStringLiteral("one"));
        QVERIFY(whole.advance(3, 10));
        {
            ProgressPart part(whole, 3, 10);
            part.setPhase(QStringLiteral("two"));
            QVERIFY(part.advance(4, 7));
            QVERIFY(!part.isCancelled());
            whole.cancel();
            QVERIFY(part.isCancelled());
            QVERIFY(!part.advance(7, 7));
        }
        QCOMPARE(whole.phases, (QStringList{QStringLiteral("one"), QStringLiteral("two")}));
        const QList<QPair<qint64, qint64>> expected{{3, 10}, {7, 10}, {10, 10}};
        QCOMPARE(whole.reports, expected);
        QVERIFY(whole.monotoneToTotal());
        QVERIFY(whole.isCancelled());
        QVERIFY(!Progress::none().isCancelled());

        test::RecordingProgress stop;
        stop.cancelAtReport = 2;
        QVERIFY(stop.advance(1, 3));
        QVERIFY(!stop.advance(2, 3));
        QVERIFY(!stop.monotoneToTotal()); // it never reached the total
    }

    void resultCarriesValueOrError()
    {
        Result<int> ok(42);
        QVERIFY(ok.has_value());
        QCOMPARE(ok.value(), 42);
        Result<int> failed(Error(ErrorCode::FileNotFound, {QStringLiteral("x.csv")}));
        QVERIFY(!failed);
        QCOMPARE(failed.error().code, ErrorCode::FileNotFound);
        QCOMPARE(failed.error().args, QStringList{QStringLiteral("x.csv")});
        Result<void> done;
        QVERIFY(done.has_value());
        Result<void> notDone(Error(ErrorCode::Cancelled));
        QVERIFY(!notDone.has_value());
    }

    void tryPropagatesTheFirstError()
    {
        int reached = 0;
        auto step = [&](bool fail) -> Result<void> {
            ++reached;
            if (fail) {
                return Error(ErrorCode::DiskFull);
            }
            return {};
        };
        auto run = [&]() -> Result<int> {
            VERDES_TRY(step(false));
            VERDES_TRY(step(true));
            VERDES_TRY(step(false));
            return 1;
        };
        const auto result = run();
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::DiskFull);
        QCOMPARE(reached, 2);
    }

    void everyErrorCodeHasANameAndASentence()
    {
        const auto codes = allErrorCodes();
        QVERIFY(codes.size() > 40);
        QVERIFY(codes.contains(ErrorCode::VaultWrongPassphrase));
        QVERIFY(codes.contains(ErrorCode::CsvLineTooLong));
        for (const ErrorCode code : codes) {
            const QString text = describe(Error(code, {QStringLiteral("A"), QStringLiteral("B")}));
            QVERIFY2(text.size() > 10, qPrintable(errorCodeName(code)));
            QVERIFY2(!text.contains(u"%1"), qPrintable(errorCodeName(code)));
            const int exit = exitCodeFor(code);
            QVERIFY2(exit >= 1 && exit <= 7, qPrintable(errorCodeName(code)));
        }
    }

    void exitCodesFollowTheCommandLineContract()
    {
        QCOMPARE(exitCodeFor(ErrorCode::UsageError), 1);
        QCOMPARE(exitCodeFor(ErrorCode::VaultWrongPassphrase), 2);
        QCOMPARE(exitCodeFor(ErrorCode::VaultRecoveryKeyTypo), 2);
        QCOMPARE(exitCodeFor(ErrorCode::CsvRowErrors), 3);
        QCOMPARE(exitCodeFor(ErrorCode::VaultNewerSchema), 4);
        QCOMPARE(exitCodeFor(ErrorCode::VaultDamaged), 4);
        QCOMPARE(exitCodeFor(ErrorCode::DiskFull), 5);
        // A hub out of reach is worth trying again later: a script can tell it from the rest.
        QCOMPARE(exitCodeFor(ErrorCode::SyncHubUnreachable), 6);
        QCOMPARE(exitCodeFor(ErrorCode::HubCannotListen), 6);
        // A revoked laptop's vault opens only to enrol again: daily scripts stop and tell a person.
        QCOMPARE(exitCodeFor(ErrorCode::SyncDeviceRevoked), 7);
    }

    void secureBytesEncodeUtf8AndCompare()
    {
        const SecureBytes a = SecureBytes::fromUtf8(u"kata sandi rahasia é€😀");
        const QByteArray expected = QStringLiteral("kata sandi rahasia é€😀").toUtf8();
        QCOMPARE(a.size(), std::size_t(expected.size()));
        QCOMPARE(QByteArray(reinterpret_cast<const char *>(a.data()), qsizetype(a.size())), expected);
        const SecureBytes b = SecureBytes::fromUtf8(u"kata sandi rahasia é€😀");
        QVERIFY(a.equals(b));
        QVERIFY(!a.equals(SecureBytes::fromUtf8(u"kata sandi rahasia")));
        SecureBytes moved = SecureBytes::fromUtf8(u"abc");
        SecureBytes target = std::move(moved);
        QCOMPARE(target.size(), std::size_t(3));
        QVERIFY(moved.isEmpty()); // NOLINT(bugprone-use-after-move): the moved-from state is part of the API
        target.clear();
        QVERIFY(target.isEmpty());
    }

    // The hub's secrets in PostgreSQL: only the key and the context they were wrapped with open them.
    void aWrappedSecretOpensOnlyWithItsKeyAndContext()
    {
        const SecureBytes key = SecureBytes::random(SecretWrap::kKeySize);
        const SecureBytes secret = SecureBytes::fromUtf8(u"benih kunci tanda tangan");
        const QByteArray wrapped = SecretWrap::wrap(key, secret.bytes(), "signing_seed");
        QCOMPARE(wrapped.size(), qsizetype(secret.size()) + SecretWrap::kOverhead);
        QVERIFY(!wrapped.contains("benih"));
        QVERIFY(wrapped != SecretWrap::wrap(key, secret.bytes(), "signing_seed")); // a fresh nonce
        const auto opened = SecretWrap::unwrap(key, wrapped, "signing_seed");
        QVERIFY(opened);
        QVERIFY(opened->equals(secret));
        QVERIFY(!SecretWrap::unwrap(SecureBytes::random(SecretWrap::kKeySize), wrapped, "signing_seed"));
        QVERIFY(!SecretWrap::unwrap(key, wrapped, "sealing_secret"));
        QByteArray changed = wrapped;
        changed[30] = static_cast<char>(changed.at(30) ^ 0x01);
        QVERIFY(!SecretWrap::unwrap(key, changed, "signing_seed"));
        QVERIFY(!SecretWrap::unwrap(key, wrapped.left(SecretWrap::kOverhead - 1), "signing_seed"));
    }

    void randomSecureBytesDiffer()
    {
        const auto a = SecureBytes::random(32);
        const auto b = SecureBytes::random(32);
        QCOMPARE(a.size(), std::size_t(32));
        QVERIFY(!a.equals(b));
    }

    void seededRngIsDeterministic()
    {
        SeededRng a(2026);
        SeededRng b(2026);
        SeededRng c(2027);
        bool differs = false;
        for (int i = 0; i < 1000; ++i) {
            const auto x = a.next();
            QCOMPARE(x, b.next());
            differs = differs || x != c.next();
        }
        QVERIFY(differs);
        // The first value for seed 1, computed with the reference algorithms (splitmix64 seeding,
        // xoshiro256**) outside Verdes; fixed forever because the demo village depends on it.
        SeededRng one(1);
        QCOMPARE(one.next(), Q_UINT64_C(0xb3f2af6d0fc710c5));
    }

    void boundedStaysInRange()
    {
        SeededRng rng(7);
        QList<int> counts(6, 0);
        for (int i = 0; i < 6000; ++i) {
            const auto v = rng.between(1, 6);
            QVERIFY(v >= 1 && v <= 6);
            ++counts[int(v - 1)];
        }
        for (const int n : counts) {
            QVERIFY2(n > 800 && n < 1200, qPrintable(QString::number(n)));
        }
    }
};

QTEST_GUILESS_MAIN(TestCore)
#include "tst_Core.moc"
