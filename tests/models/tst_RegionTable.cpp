// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/RegionTable.h"

#include <QStandardPaths>
#include <QTest>
#include <QThread>

#include <array>

using namespace verdes;

class TestRegionTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // Runs first, so the threads race to build the table.
    // The first use from several threads at once builds one table, and all see the same one.
    void sharedBetweenThreads()
    {
        std::array<const RegionTable *, 4> seen{};
        std::array<QThread *, 4> threads{};
        for (std::size_t i = 0; i < threads.size(); ++i) {
            threads[i] = QThread::create([&seen, i] {
                seen[i] = &RegionTable::instance();
            });
            threads[i]->start();
        }
        for (QThread *thread : threads) {
            QVERIFY(thread->wait());
            delete thread;
        }
        for (const RegionTable *table : seen) {
            QCOMPARE(table, &RegionTable::instance());
        }
    }

    // The counts of resources/data's README: 99,133 codes; 7,285 kecamatan in the 2025 edition.
    void loadsEveryCode()
    {
        const RegionTable &table = RegionTable::instance();
        QCOMPARE(table.size(), 99133);
        QCOMPARE(table.kecamatans().size(), 7285);
    }

    void find_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("found");
        QTest::addColumn<int>("level");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("latest");
        const int province = static_cast<int>(RegionTable::Level::Province);
        const int regency = static_cast<int>(RegionTable::Level::Regency);
        const int kecamatan = static_cast<int>(RegionTable::Level::Kecamatan);
        const int village = static_cast<int>(RegionTable::Level::Village);
        QTest::newRow("province") << QStringLiteral("33") << true << province << QStringLiteral("Jawa Tengah")
                                  << true;
        QTest::newRow("city") << QStringLiteral("3373") << true << regency << QStringLiteral("Kota Salatiga")
                              << true;
        QTest::newRow("kecamatan") << QStringLiteral("337304") << true << kecamatan
                                   << QStringLiteral("Sidomukti") << true;
        QTest::newRow("kelurahan") << QStringLiteral("3373041001") << true << village
                                   << QStringLiteral("Kecandran") << true;
        QTest::newRow("first-line") << QStringLiteral("11") << true << province << QStringLiteral("Aceh")
                                    << true;
        QTest::newRow("quoted-name-with-comma")
            << QStringLiteral("1207281007") << true << village << QStringLiteral("Lubuk Pakam I,II") << true;
        QTest::newRow("only-2016") << QStringLiteral("1101152007") << true << village
                                   << QStringLiteral("Kampung Baru") << false;
        QTest::newRow("old-papua-kecamatan")
            << QStringLiteral("910101") << true << kecamatan << QStringLiteral("Merauke") << false;
        QTest::newRow("unknown") << QStringLiteral("9999999999") << false << 0 << QString() << false;
        QTest::newRow("empty") << QString() << false << 0 << QString() << false;
        QTest::newRow("odd-length") << QStringLiteral("33730") << false << 0 << QString() << false;
        QTest::newRow("dotted-is-not-a-key") << QStringLiteral("33.73") << false << 0 << QString() << false;
        QTest::newRow("letters") << QStringLiteral("3a") << false << 0 << QString() << false;
        QTest::newRow("leading-zeros-differ") << QStringLiteral("0033") << false << 0 << QString() << false;
    }

    void find()
    {
        QFETCH(QString, code);
        QFETCH(bool, found);
        const RegionTable::Region *region = RegionTable::instance().find(code);
        QCOMPARE(region != nullptr, found);
        if (!found) {
            return;
        }
        QFETCH(int, level);
        QFETCH(QString, name);
        QFETCH(bool, latest);
        QCOMPARE(region->code, code);
        QCOMPARE(static_cast<int>(region->level), level);
        QCOMPARE(region->name, name);
        QCOMPARE(region->inLatestEdition, latest);
        QCOMPARE(region->isInEdition(2025), latest);
    }

    void editions()
    {
        const RegionTable &table = RegionTable::instance();
        const auto *old = table.find(u"1101152007");
        QVERIFY(old != nullptr);
        QCOMPARE(old->editionYears(), QList<int>{2016});
        QVERIFY(old->isInEdition(2016));
        QVERIFY(!old->isInEdition(2018));
        QVERIFY(!old->isInEdition(2017)); // not an edition at all
        const auto *merauke = table.find(u"910101");
        QVERIFY(merauke != nullptr);
        QCOMPARE(merauke->editionYears(), (QList<int>{2016, 2018, 2020, 2022}));
        const auto *salatiga = table.find(u"3373");
        QVERIFY(salatiga != nullptr);
        QCOMPARE(salatiga->editionYears().size(), static_cast<qsizetype>(RegionTable::kEditions.size()));
    }

    void knownKecamatan_data()
    {
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<bool>("known");
        QTest::newRow("current") << QStringLiteral("337304") << true;
        QTest::newRow("only-old-editions") << QStringLiteral("910101") << true;
        QTest::newRow("unknown") << QStringLiteral("999999") << false;
        QTest::newRow("zeros") << QStringLiteral("000000") << false;
        QTest::newRow("regency-is-not-kecamatan") << QStringLiteral("3373") << false;
        QTest::newRow("village-is-not-kecamatan") << QStringLiteral("3373041001") << false;
        QTest::newRow("five-digits") << QStringLiteral("33730") << false;
        QTest::newRow("empty") << QString() << false;
    }

    void knownKecamatan()
    {
        QFETCH(QString, prefix);
        QFETCH(bool, known);
        QCOMPARE(RegionTable::instance().isKnownKecamatan(prefix), known);
    }

    void latestEdition_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("latest");
        QTest::newRow("current-village") << QStringLiteral("3373041001") << true;
        QTest::newRow("retired-village") << QStringLiteral("1101152007") << false;
        QTest::newRow("unknown-village") << QStringLiteral("3373049999") << false;
        QTest::newRow("kecamatan-is-not-village-code") << QStringLiteral("337304") << false;
    }

    void latestEdition()
    {
        QFETCH(QString, code);
        QFETCH(bool, latest);
        QCOMPARE(RegionTable::instance().isInLatestEdition(code), latest);
    }

    void path_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QStringList>("codes");
        QTest::addColumn<QString>("text");
        QTest::newRow("kelurahan")
            << QStringLiteral("3373041001")
            << QStringList{QStringLiteral("33"),
                           QStringLiteral("3373"),
                           QStringLiteral("337304"),
                           QStringLiteral("3373041001")}
            << QStringLiteral("Kelurahan Kecandran, Kec. Sidomukti, Kota Salatiga, Prov. Jawa Tengah");
        QTest::newRow("desa")
            << QStringLiteral("1101012001")
            << QStringList{QStringLiteral("11"),
                           QStringLiteral("1101"),
                           QStringLiteral("110101"),
                           QStringLiteral("1101012001")}
            << QStringLiteral("Desa Keude Bakongan, Kec. Bakongan, Kabupaten Aceh Selatan, Prov. Aceh");
        QTest::newRow("while-typing")
            << QStringLiteral("33730") << QStringList{QStringLiteral("33"), QStringLiteral("3373")}
            << QStringLiteral("Kota Salatiga, Prov. Jawa Tengah");
        QTest::newRow("unknown-village-stops-at-kecamatan")
            << QStringLiteral("3373049999")
            << QStringList{QStringLiteral("33"), QStringLiteral("3373"), QStringLiteral("337304")}
            << QStringLiteral("Kec. Sidomukti, Kota Salatiga, Prov. Jawa Tengah");
        QTest::newRow("unknown-province") << QStringLiteral("0001") << QStringList{} << QString();
        QTest::newRow("empty") << QString() << QStringList{} << QString();
    }

    void path()
    {
        QFETCH(QString, code);
        QFETCH(QStringList, codes);
        QFETCH(QString, text);
        QStringList found;
        for (const auto *region : RegionTable::instance().path(code)) {
            found << region->code;
        }
        QCOMPARE(found, codes);
        QCOMPARE(RegionTable::instance().pathText(code), text);
    }

    void searchVillages()
    {
        const RegionTable &table = RegionTable::instance();
        const auto found = table.searchVillages(u"kecandran");
        QVERIFY(!found.isEmpty());
        bool hasSalatiga = false;
        for (const auto *region : found) {
            QCOMPARE(region->level, RegionTable::Level::Village);
            QVERIFY(region->name.contains(QStringLiteral("kecandran"), Qt::CaseInsensitive));
            hasSalatiga = hasSalatiga || region->code == u"3373041001";
        }
        QVERIFY(hasSalatiga);
    }

    void searchVillagesLimitAndOrder()
    {
        const RegionTable &table = RegionTable::instance();
        const auto many = table.searchVillages(u"  sari ", 50);
        QCOMPARE(many.size(), 50);
        QCOMPARE(table.searchVillages(u"sari", 3).size(), 3);
        // Newest edition first: a name found only in old editions comes after current ones.
        const auto kampung = table.searchVillages(u"Kampung Baru", 100000);
        bool seenOld = false;
        for (const auto *region : kampung) {
            if (!region->inLatestEdition) {
                seenOld = true;
            } else {
                QVERIFY2(!seenOld, qPrintable(region->code));
            }
        }
        QVERIFY(seenOld);
    }

    void searchVillagesNothing()
    {
        const RegionTable &table = RegionTable::instance();
        QVERIFY(table.searchVillages(u"").isEmpty());
        QVERIFY(table.searchVillages(u"   ").isEmpty());
        QVERIFY(table.searchVillages(u"zzqqxx-no-such-village").isEmpty());
        QVERIFY(table.searchVillages(u"sari", 0).isEmpty());
        QVERIFY(table.searchVillages(u"sari", -1).isEmpty());
    }

    void kecamatansAreCurrentKecamatans()
    {
        const auto list = RegionTable::instance().kecamatans();
        for (const auto *region : list) {
            QCOMPARE(region->level, RegionTable::Level::Kecamatan);
            QVERIFY(region->inLatestEdition);
            QCOMPARE(region->code.size(), 6);
        }
    }

    // What a code of an older edition became: read from the names (RegionTable::successor).
    void successor_data()
    {
        QTest::addColumn<QString>("old");
        QTest::addColumn<QString>("now"); // empty: the data does not tell
        QTest::newRow("same-kecamatan-name-papua-split") << "9204142006"
                                                         << "9602082005";
        QTest::newRow("kecamatan-split") << "1407052011"
                                         << "1407182011";
        QTest::newRow("renumbered-in-its-kecamatan") << "7405092024"
                                                     << "7405232010";
        QTest::newRow("papua-other-province") << "9101182003"
                                              << "9301212004";
        QTest::newRow("no-namesake") << "1172012002"
                                     << "";
        QTest::newRow("current-code") << "3318192001"
                                      << "";
        QTest::newRow("not-a-village") << "331819"
                                       << "";
        QTest::newRow("unknown") << "3373042001"
                                 << "";
    }

    void successor()
    {
        QFETCH(QString, old);
        QFETCH(QString, now);
        const RegionTable::Region *found = RegionTable::instance().successor(old);
        QCOMPARE(found != nullptr ? found->code : QString(), now);
        if (found != nullptr) {
            QVERIFY(found->inLatestEdition);
            QCOMPARE(found->level, RegionTable::Level::Village);
        }
    }

    void checkNewVaultVillage_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("digits"); // empty: refused
        QTest::addColumn<QString>("error");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("plain-desa") << "3318192001"
                                    << "3318192001"
                                    << ""
                                    << "";
        QTest::newRow("dotted-desa") << "33.18.19.2001"
                                     << "3318192001"
                                     << ""
                                     << "";
        QTest::newRow("spaces-around") << "  33.18.19.2001 "
                                       << "3318192001"
                                       << ""
                                       << "";
        QTest::newRow("kelurahan") << "33.73.04.1001"
                                   << "3373041001"
                                   << ""
                                   << "";
        QTest::newRow("zeros") << "0000000000"
                               << ""
                               << "VaultInvalidVillageCode"
                               << "0000000000";
        QTest::newRow("village-part-9") << "3318199999"
                                        << ""
                                        << "VaultInvalidVillageCode"
                                        << "";
        QTest::newRow("kecamatan-only") << "33.18.19"
                                        << ""
                                        << "VaultInvalidVillageCode"
                                        << "";
        QTest::newRow("letters") << "33.18.19.20O1"
                                 << ""
                                 << "VaultInvalidVillageCode"
                                 << "";
        QTest::newRow("empty") << ""
                               << ""
                               << "VaultInvalidVillageCode"
                               << "";
        QTest::newRow("not-listed-in-real-kecamatan") << "33.73.04.2001"
                                                      << ""
                                                      << "VaultVillageNotListed"
                                                      << "Kec. Sidomukti";
        QTest::newRow("demo-village-is-not-listed") << "3310042999"
                                                    << ""
                                                    << "VaultVillageNotListed"
                                                    << "33.10.04.2999";
        QTest::newRow("not-listed-unknown-kecamatan") << "3399992001"
                                                      << ""
                                                      << "VaultVillageNotListed"
                                                      << "";
        QTest::newRow("old-code-with-successor") << "9204142006"
                                                 << ""
                                                 << "VaultVillageCodeRetired"
                                                 << "96.02.08.2005";
        QTest::newRow("old-code-dotted") << "14.07.05.2011"
                                         << ""
                                         << "VaultVillageCodeRetired"
                                         << "14.07.18.2011";
        QTest::newRow("old-code-without-successor") << "1172012002"
                                                    << ""
                                                    << "VaultVillageCodeRetired"
                                                    << "Batee Shoek";
    }

    void checkNewVaultVillage()
    {
        QFETCH(QString, typed);
        QFETCH(QString, digits);
        QFETCH(QString, error);
        QFETCH(QString, mentions);
        const auto checked = RegionTable::instance().checkNewVaultVillage(typed);
        QCOMPARE(checked.has_value(), error.isEmpty());
        if (checked) {
            QCOMPARE(*checked, digits);
            return;
        }
        QCOMPARE(errorCodeName(checked.error().code), error);
        const QString text = describe(checked.error());
        QVERIFY2(text.contains(mentions), qPrintable(text));
        QCOMPARE(exitCodeFor(checked.error().code), 3);
    }

    void dotted()
    {
        QCOMPARE(RegionTable::dotted(u"3318192001"), QStringLiteral("33.18.19.2001"));
        QCOMPARE(RegionTable::dotted(u"331819"), QStringLiteral("331819"));
    }
};

QTEST_GUILESS_MAIN(TestRegionTable)
#include "tst_RegionTable.moc"
