// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The codes of a dinas verdict (DOMAIN.md §8, issue 14 §1): return and reject reasons, ground-check
// results and the NIK match, read from and written as the district and the village quote them.
#include "models/review/ReviewCodes.h"

#include <QSet>
#include <QTest>

using namespace verdes;

class TestReviewCodes : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void reasonsReadAndWriteTheirCodes_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("reject");
        QTest::addColumn<int>("number");
        QTest::addColumn<QString>("written");
        QTest::newRow("RT01") << QStringLiteral("RT01") << false << 1 << QStringLiteral("RT01");
        QTest::newRow("RT99") << QStringLiteral("RT99") << false << 99 << QStringLiteral("RT99");
        QTest::newRow("RJ05") << QStringLiteral("RJ05") << true << 5 << QStringLiteral("RJ05");
        QTest::newRow("district's own") << QStringLiteral("RJ42") << true << 42 << QStringLiteral("RJ42");
        QTest::newRow("lower case") << QStringLiteral("rj03") << true << 3 << QStringLiteral("RJ03");
        QTest::newRow("mixed case") << QStringLiteral("Rt02") << false << 2 << QStringLiteral("RT02");
    }

    void reasonsReadAndWriteTheirCodes()
    {
        QFETCH(QString, code);
        QFETCH(bool, reject);
        QFETCH(int, number);
        QFETCH(QString, written);
        const auto reason = ReviewReason::fromCode(code);
        QVERIFY(reason);
        QCOMPARE(reason->kind, reject ? ReviewReason::Kind::Reject : ReviewReason::Kind::Return);
        QCOMPARE(reason->number, number);
        QCOMPARE(reason->code(), written);
        QCOMPARE(ReviewReason::fromCode(reason->code()), reason);
    }

    void otherTextsAreNotReasons_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("empty") << QString();
        QTest::newRow("zero") << QStringLiteral("RT00");
        QTest::newRow("one digit") << QStringLiteral("RT1");
        QTest::newRow("three digits") << QStringLiteral("RJ100");
        QTest::newRow("other prefix") << QStringLiteral("RX01");
        QTest::newRow("V code") << QStringLiteral("V19");
        QTest::newRow("space") << QStringLiteral("RT 1");
        QTest::newRow("sign") << QStringLiteral("RT-1");
        // Digits of another script are digits to QChar::isDigit, not to a code.
        QTest::newRow("Arabic-Indic digits") << QStringLiteral("RT\u0660\u0661");
        QTest::newRow("full-width digits") << QStringLiteral("RJ\uFF10\uFF11");
    }

    void otherTextsAreNotReasons()
    {
        QFETCH(QString, code);
        QVERIFY(!ReviewReason::fromCode(code));
    }

    // A return goes with `returned`, a rejection with `rejected_by_dinas`, and neither with anything
    // else.
    void aReasonFitsItsVerdict()
    {
        const ReviewReason evidence{ReviewReason::Kind::Return, 1};
        const ReviewReason notEligible{ReviewReason::Kind::Reject, 1};
        for (const ProposalState state : allProposalStates()) {
            QCOMPARE(evidence.fits(state), state == ProposalState::Returned);
            QCOMPARE(notEligible.fits(state), state == ProposalState::RejectedByDinas);
        }
    }

    // The reasons DOMAIN.md names: RT01–RT04 and RT99, RJ01–RJ05 and RJ99, each with a text of its
    // own; a number the district uses for itself reads as "other", with its code.
    void namedReasonsHaveTextsOfTheirOwn()
    {
        QStringList codes;
        QSet<QString> labels;
        for (const ReviewReason &reason : ReviewReason::named()) {
            codes << reason.code();
            labels.insert(ReviewCodeText::label(reason));
            QVERIFY(ReviewCodeText::codeAndLabel(reason).startsWith(reason.code()));
        }
        QCOMPARE(codes,
                 QStringList({QStringLiteral("RT01"),
                              QStringLiteral("RT02"),
                              QStringLiteral("RT03"),
                              QStringLiteral("RT04"),
                              QStringLiteral("RT99"),
                              QStringLiteral("RJ01"),
                              QStringLiteral("RJ02"),
                              QStringLiteral("RJ03"),
                              QStringLiteral("RJ04"),
                              QStringLiteral("RJ05"),
                              QStringLiteral("RJ99")}));
        QCOMPARE(labels.size(), codes.size());
        QCOMPARE(ReviewCodeText::label(ReviewReason{ReviewReason::Kind::Return, 1}),
                 QStringLiteral("Evidence missing"));
        QCOMPARE(ReviewCodeText::label(ReviewReason{ReviewReason::Kind::Reject, 3}),
                 QStringLiteral("NIK does not match the population register"));
        const QString own = ReviewCodeText::label(ReviewReason{ReviewReason::Kind::Reject, 42});
        QVERIFY2(own.contains(QStringLiteral("RJ42")), qPrintable(own));
        QVERIFY(!labels.contains(own));
    }

    // The DTKS ground-check results 1 to 7, by number.
    void groundCheckResultsAreTheDtksNumbers()
    {
        const QList<GroundCheckResult> all = allGroundCheckResults();
        QCOMPARE(all.size(), 7);
        QSet<QString> labels;
        for (int number = 1; number <= 7; ++number) {
            const auto result = groundCheckResultFromNumber(number);
            QVERIFY(result);
            QCOMPARE(static_cast<int>(*result), number);
            QCOMPARE(all.at(number - 1), *result);
            labels.insert(ReviewCodeText::label(*result));
        }
        QCOMPARE(labels.size(), 7);
        QCOMPARE(groundCheckResultFromNumber(6), GroundCheckResult::Deceased);
        QVERIFY(!groundCheckResultFromNumber(0));
        QVERIFY(!groundCheckResultFromNumber(8));
        QVERIFY(!groundCheckResultFromNumber(-1));
    }

    void nikMatchReadsItsCodes()
    {
        QCOMPARE(nikMatchCode(NikMatch::Matched), QStringLiteral("padan"));
        QCOMPARE(nikMatchCode(NikMatch::NotMatched), QStringLiteral("tidak_padan"));
        QCOMPARE(nikMatchCode(NikMatch::NotChecked), QStringLiteral("belum"));
        for (const NikMatch match : {NikMatch::NotChecked, NikMatch::Matched, NikMatch::NotMatched}) {
            QCOMPARE(nikMatchFromCode(nikMatchCode(match)), match);
            QVERIFY(!ReviewCodeText::label(match).isEmpty());
        }
        QVERIFY(!nikMatchFromCode(u"Padan"));
        QVERIFY(!nikMatchFromCode(u"tidak padan"));
        QVERIFY(!nikMatchFromCode(u""));
    }
};

QTEST_GUILESS_MAIN(TestReviewCodes)
#include "tst_ReviewCodes.moc"
