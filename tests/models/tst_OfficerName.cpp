// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The officer-name rule (OfficerName): real names pass, trimmed; control and format characters, line
// separators and absurd lengths are refused, by the rule and by the vault that uses it.

#include "models/core/Error.h"
#include "models/domain/OfficerName.h"
#include "models/vault/AuditLog.h"
#include "models/vault/Vault.h"
#include "tests/support/TempVault.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace verdes;

Q_DECLARE_METATYPE(verdes::ErrorCode)

namespace {

// A name made of `count` copies of `piece`.
QString repeated(const QString &piece, int count)
{
    QString text;
    for (int i = 0; i < count; ++i) {
        text += piece;
    }
    return text;
}

} // namespace

class TestOfficerName final : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void rule_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<ErrorCode>("expected"); // Internal = accepted
        QTest::addColumn<QString>("result");     // the accepted name, or the refused code point
        const auto ok = ErrorCode::Internal;
        QTest::newRow("plain") << QStringLiteral("Siti Aminah") << ok << QStringLiteral("Siti Aminah");
        QTest::newRow("spaces around")
            << QStringLiteral("  Budi Santoso ") << ok << QStringLiteral("Budi Santoso");
        QTest::newRow("title and punctuation") << QStringLiteral("Dra. Hj. Siti Nurhaliza, S.Sos.") << ok
                                               << QStringLiteral("Dra. Hj. Siti Nurhaliza, S.Sos.");
        QTest::newRow("apostrophe and accents") << QStringLiteral("Ni Luh Putu D\u00e9wi 'Ayu'") << ok
                                                << QStringLiteral("Ni Luh Putu D\u00e9wi 'Ayu'");
        QTest::newRow("64 characters")
            << repeated(QStringLiteral("a"), 64) << ok << repeated(QStringLiteral("a"), 64);
        QTest::newRow("64 characters outside the BMP")
            << repeated(QStringLiteral("\U0001D400"), 64) << ok << repeated(QStringLiteral("\U0001D400"), 64);
        QTest::newRow("64 characters and spaces around")
            << QStringLiteral("  ") + repeated(QStringLiteral("b"), 64) + QStringLiteral("  ") << ok
            << repeated(QStringLiteral("b"), 64);
        QTest::newRow("65 characters")
            << repeated(QStringLiteral("a"), 65) << ErrorCode::OfficerNameTooLong << QStringLiteral("64");
        QTest::newRow("10000 characters")
            << repeated(QStringLiteral("ab"), 5000) << ErrorCode::OfficerNameTooLong << QStringLiteral("64");
        QTest::newRow("empty") << QString() << ErrorCode::OfficerNameEmpty << QString();
        QTest::newRow("spaces only") << QStringLiteral("   ") << ErrorCode::OfficerNameEmpty << QString();
        QTest::newRow("no-break spaces only")
            << QStringLiteral("\u00a0\u00a0") << ErrorCode::OfficerNameEmpty << QString();
        const auto bad = ErrorCode::OfficerNameInvalidChar;
        QTest::newRow("line feed inside")
            << QStringLiteral("Budi\nSantoso") << bad << QStringLiteral("U+000A");
        QTest::newRow("line feed at the end") << QStringLiteral("Budi\n") << bad << QStringLiteral("U+000A");
        QTest::newRow("carriage return") << QStringLiteral("Budi\rX") << bad << QStringLiteral("U+000D");
        QTest::newRow("tab") << QStringLiteral("Budi\tSantoso") << bad << QStringLiteral("U+0009");
        QTest::newRow("nul") << QString(QStringLiteral("Bu") + QChar(0) + QStringLiteral("di")) << bad
                             << QStringLiteral("U+0000");
        QTest::newRow("escape") << QStringLiteral("Budi\x1b[31m") << bad << QStringLiteral("U+001B");
        QTest::newRow("unit separator") << QStringLiteral("Budi\x1f") << bad << QStringLiteral("U+001F");
        QTest::newRow("delete") << QStringLiteral("Budi\x7f") << bad << QStringLiteral("U+007F");
        QTest::newRow("next line U+0085") << QStringLiteral("Budi\u0085X") << bad << QStringLiteral("U+0085");
        QTest::newRow("C1 U+009F") << QStringLiteral("Budi\u009f") << bad << QStringLiteral("U+009F");
        QTest::newRow("right-to-left override")
            << QStringLiteral("Budi\u202Eotnas") << bad << QStringLiteral("U+202E");
        QTest::newRow("first strong isolate")
            << QStringLiteral("\u2068Budi") << bad << QStringLiteral("U+2068");
        QTest::newRow("left-to-right mark")
            << QStringLiteral("Budi\u200E") << bad << QStringLiteral("U+200E");
        QTest::newRow("zero width space") << QStringLiteral("Bu\u200Bdi") << bad << QStringLiteral("U+200B");
        QTest::newRow("byte-order mark") << QStringLiteral("\uFEFFBudi") << bad << QStringLiteral("U+FEFF");
        QTest::newRow("line separator") << QStringLiteral("Budi\u2028X") << bad << QStringLiteral("U+2028");
        QTest::newRow("paragraph separator")
            << QStringLiteral("Budi\u2029X") << bad << QStringLiteral("U+2029");
        QTest::newRow("private use") << QStringLiteral("Budi\uE000") << bad << QStringLiteral("U+E000");
        QTest::newRow("lone surrogate")
            << QString(QStringLiteral("Budi") + QChar(0xD800)) << bad << QStringLiteral("U+D800");
        QTest::newRow("unassigned") << QStringLiteral("Budi\uFFFF") << bad << QStringLiteral("U+FFFF");
    }

    void rule()
    {
        QFETCH(QString, name);
        QFETCH(ErrorCode, expected);
        QFETCH(QString, result);
        const auto checked = OfficerName::check(name);
        if (expected == ErrorCode::Internal) {
            QVERIFY2(checked.has_value(), checked ? "" : qPrintable(describe(checked.error())));
            QCOMPARE(*checked, result);
            return;
        }
        QVERIFY(!checked.has_value());
        QCOMPARE(checked.error().code, expected);
        QCOMPARE(checked.error().args.value(0), result);
        const QString sentence = describe(checked.error());
        QVERIFY(!sentence.isEmpty());
        // The message never repeats the refused name (it may be the very text that forges output).
        QVERIFY(name.trimmed().isEmpty() || !sentence.contains(name));
    }

    // The vault applies the rule where names enter it: creation and adding an officer.
    void vaultRefusesWhatTheRuleRefuses()
    {
        Kdf::setFastForTests(true);
        QTemporaryDir dir;
        const QString forged = QStringLiteral("Budi\u202Eotnas");
        const QString folder = dir.filePath(QStringLiteral("x.verdes"));
        auto created = Vault::create(folder,
                                     QString::fromUtf16(test::TempVault::kVillageCode),
                                     QString::fromUtf16(test::TempVault::kVillageName),
                                     forged,
                                     test::TempVault::passphrase());
        QVERIFY(!created.has_value());
        QCOMPARE(created.error().code, ErrorCode::OfficerNameInvalidChar);
        QVERIFY(!QFileInfo::exists(folder));

        test::TempVault tv;
        QVERIFY2(tv.isValid(), qPrintable(tv.errorText()));
        const qint64 entries = AuditLog(tv.database()).count().value();
        for (const QString &name :
             {forged, QStringLiteral("Budi\nSantoso"), repeated(QStringLiteral("x"), 65)}) {
            const auto added = tv.vault().addOfficer(name, test::TempVault::passphrase(), Role::Viewer);
            QVERIFY(!added.has_value());
            QVERIFY(added.error().code == ErrorCode::OfficerNameInvalidChar
                    || added.error().code == ErrorCode::OfficerNameTooLong);
        }
        QCOMPARE(tv.vault().officerNames(), QStringList{QString::fromUtf16(test::TempVault::kOfficer)});
        QCOMPARE(AuditLog(tv.database()).count().value(), entries);
        // Spaces around a name are not part of it.
        QVERIFY(
            tv.vault().addOfficer(QStringLiteral("  Vina  "), test::TempVault::passphrase(), Role::Viewer));
        QVERIFY(tv.vault().officerNames().contains(QStringLiteral("Vina")));
    }
};

QTEST_GUILESS_MAIN(TestOfficerName)
#include "tst_OfficerName.moc"
