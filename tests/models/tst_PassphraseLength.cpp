// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// How the passphrase policy counts (PassphraseLength): characters that are not spaces, the same for
// the secret in secure memory and for the text of a line edit; and the policy built on it
// (Vault::checkPassphrase).

#include "models/core/Error.h"
#include "models/vault/PassphraseLength.h"
#include "models/vault/Vault.h"

#include <QTest>

using namespace verdes;

class TestPassphraseLength final : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void counts_data()
    {
        QTest::addColumn<QString>("passphrase");
        QTest::addColumn<int>("expected");
        QTest::newRow("empty") << QString() << 0;
        QTest::newRow("ten ascii") << QStringLiteral("0123456789") << 10;
        QTest::newRow("sentence") << QStringLiteral("saya suka nasi goreng") << 18;
        QTest::newRow("ten spaces") << QStringLiteral("          ") << 0;
        QTest::newRow("one letter and spaces") << QStringLiteral("a                 ") << 1;
        QTest::newRow("tabs and line breaks") << QStringLiteral("\t\t\r\n\v\f a") << 1;
        QTest::newRow("no-break and ideographic spaces")
            << QStringLiteral("\u00a0\u00a0\u3000\u2003\u202f\u205f") << 0;
        QTest::newRow("zero-width and direction marks") << QStringLiteral("\u200b\u200e\u202e\ufeffab") << 2;
        QTest::newRow("accented letters") << QStringLiteral("\u00e9\u00e9\u00e9 \u00e9") << 4;
        QTest::newRow("outside the BMP") << QStringLiteral("\U0001F600 \U0001F600") << 2;
        QTest::newRow("nine and spaces inside") << QStringLiteral("1 2 3 4 5 6 7 8 9") << 9;
    }

    void counts()
    {
        QFETCH(QString, passphrase);
        QFETCH(int, expected);
        QCOMPARE(PassphraseLength::of(QStringView(passphrase)), expected);
        QCOMPARE(PassphraseLength::of(SecureBytes::fromUtf8(passphrase)), expected);
        const auto checked = Vault::checkPassphrase(SecureBytes::fromUtf8(passphrase));
        QCOMPARE(checked.has_value(), expected >= Vault::kMinPassphraseLength);
        if (!checked) {
            QCOMPARE(checked.error().code, ErrorCode::VaultPassphraseTooShort);
            QVERIFY(describe(checked.error()).contains(QStringLiteral("not counting spaces")));
        }
    }

    // Bytes that are not UTF-8 (a terminal in another encoding) count one character per bad byte.
    void malformedUtf8CountsEachBadByte()
    {
        const QByteArray bytes("\xff\xfe\x80\xc3 abc\xe2\x82", 10);
        const SecureBytes secret = SecureBytes::copyOf(
            std::span<const unsigned char>(reinterpret_cast<const unsigned char *>(bytes.constData()), 10));
        QCOMPARE(PassphraseLength::of(secret), 4 + 3 + 1);
    }
};

QTEST_GUILESS_MAIN(TestPassphraseLength)
#include "tst_PassphraseLength.moc"
