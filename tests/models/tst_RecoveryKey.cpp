// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/vault/Kdf.h"
#include "models/vault/RecoveryKey.h"

#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace verdes;

namespace {

QString printed(const RecoveryKey &key)
{
    const SecureBytes text = key.formatted();
    return QString::fromLatin1(reinterpret_cast<const char *>(text.data()), // NOLINT
                               static_cast<qsizetype>(text.size()));
}

RecoveryKey keyOf(unsigned char fill)
{
    SecureBytes bytes(RecoveryKey::kByteSize);
    for (unsigned char &b : bytes.bytes()) {
        b = fill;
    }
    return RecoveryKey::fromBytes(std::move(bytes));
}

} // namespace

class TestRecoveryKey : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void printedFormHasNineGroupsOfFour()
    {
        for (int i = 0; i < 20; ++i) {
            const QString text = printed(RecoveryKey::generate());
            static const QRegularExpression shape(
                QStringLiteral("^([0-9ABCDEFGHJKMNPQRSTVWXYZ]{4}-){8}[0-9ABCDEFGHJKMNPQRSTVWXYZ]{4}$"));
            QVERIFY2(shape.match(text).hasMatch(), qPrintable(text));
        }
    }

    void knownBytesGiveKnownSymbols()
    {
        // 20 zero bytes are 32 zero symbols; 20 0xFF bytes are 32 'Z's (Crockford's 31).
        QVERIFY(printed(keyOf(0x00)).startsWith(QStringLiteral("0000-0000-0000-0000-0000-0000-0000-0000-")));
        QVERIFY(printed(keyOf(0xFF)).startsWith(QStringLiteral("ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-")));
        // The checksum depends on the bytes.
        QVERIFY(printed(keyOf(0x00)).right(4) != printed(keyOf(0x01)).right(4));
    }

    void roundTrip()
    {
        for (int i = 0; i < 50; ++i) {
            const RecoveryKey key = RecoveryKey::generate();
            auto parsed = RecoveryKey::parse(printed(key));
            QVERIFY2(parsed.has_value(), qPrintable(printed(key)));
            QVERIFY(parsed->bytes().equals(key.bytes()));
        }
    }

    void parsingForgivesTyping_data()
    {
        QTest::addColumn<int>("variant");
        QTest::newRow("lower-case") << 0;
        QTest::newRow("spaces-instead-of-dashes") << 1;
        QTest::newRow("no-separators") << 2;
        QTest::newRow("letter-o-for-zero") << 3;
        QTest::newRow("letter-i-and-l-for-one") << 4;
        QTest::newRow("surrounding-whitespace-and-newline") << 5;
        QTest::newRow("mixed-separators") << 6;
    }

    void parsingForgivesTyping()
    {
        QFETCH(int, variant);
        // A key with 0s and 1s in it, so the confusable letters have something to stand for.
        SecureBytes bytes(RecoveryKey::kByteSize);
        for (std::size_t i = 0; i < bytes.size(); ++i) {
            bytes.data()[i] = static_cast<unsigned char>(i % 3 == 0 ? 0x00 : 0x42);
        }
        const RecoveryKey key = RecoveryKey::fromBytes(std::move(bytes));
        QString text = printed(key);
        QVERIFY(text.contains(u'0') && text.contains(u'1'));
        switch (variant) {
        case 0:
            text = text.toLower();
            break;
        case 1:
            text.replace(u'-', u' ');
            break;
        case 2:
            text.remove(u'-');
            break;
        case 3:
            text.replace(u'0', u'O');
            break;
        case 4:
            text.replace(u'1', u'I');
            text.replace(text.indexOf(u'I'), 1, QStringLiteral("l"));
            break;
        case 5:
            text = QStringLiteral("  \t") + text + QStringLiteral("\n");
            break;
        case 6:
            text.replace(u'-', QStringLiteral(" - "));
            break;
        default:
            QFAIL("unknown variant");
        }
        auto parsed = RecoveryKey::parse(text);
        QVERIFY2(parsed.has_value(), qPrintable(text));
        QVERIFY(parsed->bytes().equals(key.bytes()));
    }

    void everySingleCharacterTypoIsCaught()
    {
        static constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
        const RecoveryKey key = RecoveryKey::generate();
        const QString good = printed(key);
        int checked = 0;
        for (qsizetype i = 0; i < good.size(); ++i) {
            if (good.at(i) == u'-') {
                continue;
            }
            for (int s = 0; s < 32; ++s) {
                const QChar replacement = QLatin1Char(kAlphabet[s]);
                if (replacement == good.at(i)) {
                    continue;
                }
                QString typo = good;
                typo[i] = replacement;
                auto parsed = RecoveryKey::parse(typo);
                QVERIFY2(!parsed.has_value(), qPrintable(typo));
                QCOMPARE(parsed.error().code, ErrorCode::VaultRecoveryKeyTypo);
                ++checked;
            }
        }
        QCOMPARE(checked, 36 * 31);
    }

    void swappedNeighboursAreCaught()
    {
        const QString good = printed(RecoveryKey::generate());
        for (qsizetype i = 0; i + 1 < good.size(); ++i) {
            if (good.at(i) == u'-' || good.at(i + 1) == u'-' || good.at(i) == good.at(i + 1)) {
                continue;
            }
            QString typo = good;
            std::swap(typo[i], typo[i + 1]);
            auto parsed = RecoveryKey::parse(typo);
            QVERIFY2(!parsed.has_value(), qPrintable(typo));
            QCOMPARE(parsed.error().code, ErrorCode::VaultRecoveryKeyTypo);
        }
    }

    void badFormatIsReported_data()
    {
        QTest::addColumn<QString>("text");
        const QString good = printed(keyOf(0x5A));
        QTest::newRow("empty") << QString();
        QTest::newRow("only-dashes") << QStringLiteral("----");
        QTest::newRow("one-group-missing") << good.left(good.size() - 5);
        QTest::newRow("one-character-missing") << good.left(good.size() - 1);
        QTest::newRow("one-character-extra") << good + QStringLiteral("A");
        QTest::newRow("group-extra") << good + QStringLiteral("-AAAA");
        QTest::newRow("letter-u-not-in-alphabet") << QStringLiteral("U") + good.mid(1);
        QTest::newRow("punctuation") << good.left(3) + QStringLiteral("!") + good.mid(4);
        QTest::newRow("non-latin") << good.left(3) + QStringLiteral("\u00C5") + good.mid(4);
        QTest::newRow("a-passphrase-instead") << QStringLiteral("kata sandi uji 123");
    }

    void badFormatIsReported()
    {
        QFETCH(QString, text);
        const quint64 before = Kdf::derivationCount();
        auto parsed = RecoveryKey::parse(text);
        QVERIFY(!parsed.has_value());
        QCOMPARE(parsed.error().code, ErrorCode::VaultRecoveryKeyFormat);
        QCOMPARE(Kdf::derivationCount(), before);
    }
};

QTEST_GUILESS_MAIN(TestRecoveryKey)
#include "tst_RecoveryKey.moc"
