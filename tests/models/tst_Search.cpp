// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/search/HouseholdSearch.h"
#include "models/search/SearchHit.h"
#include "models/search/SearchQuery.h"
#include "models/search/SearchWarmUp.h"
#include "models/vault/Database.h"
#include "models/vault/Migrator.h"
#include "models/vault/Statement.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace verdes;

namespace {

struct HouseholdRow
{
    QString id;
    QString kk;
    QString dusun;
    QString address;
    int rt = 1;
    int rw = 1;
    QString status = QStringLiteral("present");
};

struct MemberRow
{
    QString id;
    QString householdId;
    QString nik;
    QString name;
    int relationship = 3;
    int ordinal = 0;
    QString status = QStringLiteral("present");
};

QStringList strings(std::initializer_list<const char *> texts)
{
    QStringList list;
    for (const char *text : texts) {
        list << QString::fromUtf8(text);
    }
    return list;
}

QStringList namesOf(const QList<SearchHit> &hits)
{
    QStringList names;
    for (const SearchHit &hit : hits) {
        names << hit.name;
    }
    return names;
}

QStringList idsOf(const QList<SearchHit> &hits)
{
    QStringList ids;
    for (const SearchHit &hit : hits) {
        ids << hit.personId;
    }
    return ids;
}

} // namespace

class TestSearch : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_next = 0;

    bool addHousehold(const HouseholdRow &row)
    {
        Statement st(*m_db,
                     uR"(INSERT INTO households (household_id, kk_number, dusun, address, rt, rw, status,
                         content_hash) VALUES (:id, :kk, :dusun, :address, :rt, :rw, :status, x'00'))");
        if (!st.status()) {
            return false;
        }
        st.bind(u":id", row.id);
        st.bindTextOrNull(u":kk", row.kk);
        st.bindTextOrNull(u":dusun", row.dusun);
        st.bindTextOrNull(u":address", row.address);
        st.bind(u":rt", row.rt);
        st.bind(u":rw", row.rw);
        st.bind(u":status", row.status);
        return st.run().has_value();
    }

    bool addMember(const MemberRow &row)
    {
        Statement st(*m_db,
                     uR"(INSERT INTO members (person_id, household_id, nik, name, relationship, ordinal,
                         status, content_hash) VALUES (:id, :hh, :nik, :name, :rel, :ord, :status, x'00'))");
        if (!st.status()) {
            return false;
        }
        st.bind(u":id", row.id);
        st.bind(u":hh", row.householdId);
        st.bindTextOrNull(u":nik", row.nik);
        st.bind(u":name", row.name);
        st.bind(u":rel", row.relationship);
        st.bind(u":ord", row.ordinal);
        st.bind(u":status", row.status);
        return st.run().has_value();
    }

    bool exec(QStringView sql)
    {
        auto done = m_db->execute(sql);
        if (!done) {
            qWarning("%s", qPrintable(done.error().detail));
        }
        return done.has_value();
    }

    QList<SearchHit> find(const QString &text, int limit = SearchQuery::kDefaultLimit)
    {
        HouseholdSearch search(*m_db);
        auto hits = search.search(text, limit);
        if (!hits) {
            qWarning("search failed: %s", qPrintable(hits.error().detail));
            return {};
        }
        return *hits;
    }

    QList<SearchHit> find(const SearchQuery &query)
    {
        HouseholdSearch search(*m_db);
        auto hits = search.search(query);
        if (!hits) {
            qWarning("search failed: %s", qPrintable(hits.error().detail));
            return {};
        }
        return *hits;
    }

    // The small village every test starts from:
    //   H1 (RT 1 / RW 1, dusun MELATI, KK 3273010101900001): SITI RAHAYU (head), SITI AMINAH, AGUS
    //   H2 (RT 3 / RW 2, dusun MAWAR,  KK 3273010101900002): SITIANI (head), BUDI SANTOSO
    //   H3 (RT 3 / RW 2, dusun MAWAR,  KK 3273020202900003): AGUS SALIM (head), SITI NURHALIZA
    //   H4 (RT 1 / RW 2, dusun MELATI, KK 3273020202900004, missing): SITI MISSING (head, missing)
    bool buildVillage()
    {
        return addHousehold({QStringLiteral("H1"),
                             QStringLiteral("3273010101900001"),
                             QStringLiteral("MELATI"),
                             QStringLiteral("JL. KENANGA NO. 12"),
                             1,
                             1})
               && addHousehold({QStringLiteral("H2"),
                                QStringLiteral("3273010101900002"),
                                QStringLiteral("MAWAR"),
                                QStringLiteral("GANG DAMAI"),
                                3,
                                2})
               && addHousehold({QStringLiteral("H3"),
                                QStringLiteral("3273020202900003"),
                                QStringLiteral("MAWAR"),
                                QStringLiteral("JL. RAYA"),
                                3,
                                2})
               && addHousehold({QStringLiteral("H4"),
                                QStringLiteral("3273020202900004"),
                                QStringLiteral("MELATI"),
                                QString(),
                                1,
                                2,
                                QStringLiteral("missing")})
               && addMember({QStringLiteral("P1"),
                             QStringLiteral("H1"),
                             QStringLiteral("3273015505800001"),
                             QStringLiteral("SITI RAHAYU"),
                             1,
                             0})
               && addMember({QStringLiteral("P2"),
                             QStringLiteral("H1"),
                             QStringLiteral("3273014406000002"),
                             QStringLiteral("SITI AMINAH"),
                             3,
                             1})
               && addMember({QStringLiteral("P3"),
                             QStringLiteral("H1"),
                             QStringLiteral("3273010101100003"),
                             QStringLiteral("AGUS"),
                             3,
                             2})
               && addMember({QStringLiteral("P4"),
                             QStringLiteral("H2"),
                             QStringLiteral("3273024707750004"),
                             QStringLiteral("SITIANI"),
                             1,
                             0})
               && addMember({QStringLiteral("P5"),
                             QStringLiteral("H2"),
                             QStringLiteral("3273020303700005"),
                             QStringLiteral("BUDI SANTOSO"),
                             2,
                             1})
               && addMember({QStringLiteral("P6"),
                             QStringLiteral("H3"),
                             QStringLiteral("3374010101650006"),
                             QStringLiteral("AGUS SALIM"),
                             1,
                             0})
               && addMember({QStringLiteral("P7"),
                             QStringLiteral("H3"),
                             QString(),
                             QStringLiteral("SITI NURHALIZA"),
                             3,
                             1})
               && addMember({QStringLiteral("P8"),
                             QStringLiteral("H4"),
                             QStringLiteral("3273025512600008"),
                             QStringLiteral("SITI MISSING"),
                             1,
                             0,
                             QStringLiteral("missing")});
    }

private Q_SLOTS:

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        const QString path = m_dir.filePath(QStringLiteral("v%1.db").arg(++m_next));
        auto db = Database::openEncrypted(
            path, SecureBytes::random(32), Database::Mode::Create, Database::Check::None);
        QVERIFY2(db.has_value(), qPrintable(db ? QString() : db.error().detail));
        m_db = std::move(db).value();
        auto migrated = Migrator::migrate(*m_db);
        QVERIFY2(migrated.has_value(), qPrintable(migrated ? QString() : migrated.error().detail));
        QVERIFY(buildVillage());
    }

    void cleanup() { m_db.reset(); }

    // -------------------------------------------------------------------------------------------
    // Parsing

    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("words");
        QTest::addColumn<QStringList>("numbers");
        QTest::addColumn<int>("rt");
        QTest::addColumn<int>("rw");
        const QStringList none;
        QTest::newRow("one-word-upper-cased")
            << QStringLiteral("siti") << strings({"SITI"}) << none << -1 << -1;
        QTest::newRow("two-words") << QStringLiteral("Siti  Aminah") << strings({"SITI", "AMINAH"}) << none
                                   << -1 << -1;
        QTest::newRow("duplicate-word-once")
            << QStringLiteral("siti SITI") << strings({"SITI"}) << none << -1 << -1;
        QTest::newRow("punctuation-splits")
            << QStringLiteral("ma'ruf,agus") << strings({"MA", "RUF", "AGUS"}) << none << -1 << -1;
        QTest::newRow("nik-prefix") << QStringLiteral("32730155") << none << strings({"32730155"}) << -1
                                    << -1;
        QTest::newRow("nik-grouped") << QStringLiteral("3273 0155 0580 0001") << none
                                     << strings({"3273015505800001"}) << -1 << -1;
        QTest::newRow("kk-dashed") << QStringLiteral("3273-0101-0190-0001") << none
                                   << strings({"3273010101900001"}) << -1 << -1;
        QTest::newRow("three-digits-is-a-word")
            << QStringLiteral("no 12") << strings({"NO", "12"}) << none << -1 << -1;
        QTest::newRow("four-digits-is-a-number")
            << QStringLiteral("1234") << none << strings({"1234"}) << -1 << -1;
        QTest::newRow("rt-rw-spaced")
            << QStringLiteral("siti rt 3 rw 2") << strings({"SITI"}) << none << 3 << 2;
        QTest::newRow("rt-rw-joined")
            << QStringLiteral("RT03 RW002 agus") << strings({"AGUS"}) << none << 3 << 2;
        QTest::newRow("rt-without-number-is-a-word")
            << QStringLiteral("rt") << strings({"RT"}) << none << -1 << -1;
        QTest::newRow("rt-with-long-number")
            << QStringLiteral("rt 1234") << strings({"RT"}) << strings({"1234"}) << -1 << -1;
        QTest::newRow("word-and-number")
            << QStringLiteral("siti 3273") << strings({"SITI"}) << strings({"3273"}) << -1 << -1;
        QTest::newRow("quotes-and-operators") << QStringLiteral("\"SITI\" OR NEAR(agus*)")
                                              << strings({"SITI", "OR", "NEAR", "AGUS"}) << none << -1 << -1;
        QTest::newRow("only-punctuation") << QStringLiteral("\"*()^:-") << none << none << -1 << -1;
        QTest::newRow("diacritics-kept-for-fts")
            << QStringLiteral("José") << strings({"JOSÉ"}) << none << -1 << -1;
        QTest::newRow("empty") << QStringLiteral("") << none << none << -1 << -1;
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, words);
        QFETCH(QStringList, numbers);
        QFETCH(int, rt);
        QFETCH(int, rw);
        const SearchQuery query = SearchQuery::parse(text);
        QCOMPARE(query.words, words);
        QCOMPARE(query.numbers, numbers);
        QCOMPARE(query.rt.value_or(-1), rt);
        QCOMPARE(query.rw.value_or(-1), rw);
        QCOMPARE(query.isEmpty(), words.isEmpty() && numbers.isEmpty() && rt < 0 && rw < 0);
    }

    void limitIsClamped()
    {
        SearchQuery query;
        query.limit = 0;
        QCOMPARE(query.effectiveLimit(), 1);
        query.limit = -5;
        QCOMPARE(query.effectiveLimit(), 1);
        query.limit = 1'000'000;
        QCOMPARE(query.effectiveLimit(), SearchQuery::kMaxLimit);
    }

    void mask_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("masked");
        QTest::newRow("nik") << QStringLiteral("3273015505800001")
                             << QStringLiteral("3273\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u20220001");
        QTest::newRow("nine") << QStringLiteral("123456789") << QStringLiteral("1234\u20226789");
        QTest::newRow("eight-all-hidden") << QStringLiteral("12345678") << QString(8, QChar(0x2022));
        QTest::newRow("short-all-hidden") << QStringLiteral("123") << QString(3, QChar(0x2022));
        QTest::newRow("empty-stays-empty") << QStringLiteral("") << QString();
    }

    void mask()
    {
        QFETCH(QString, value);
        QFETCH(QString, masked);
        QCOMPARE(SearchHit::maskNumber(value), masked);
        SearchHit hit;
        hit.nik = value;
        hit.kkNumber = value;
        QCOMPARE(hit.maskedNik(), masked);
        QCOMPARE(hit.maskedKk(), masked);
        if (value.size() > 8) {
            QVERIFY(!hit.maskedNik().contains(value.mid(4, value.size() - 8)));
        }
    }

    // -------------------------------------------------------------------------------------------
    // Query kinds

    void emptyQueryFindsNothingWithoutError()
    {
        HouseholdSearch search(*m_db);
        auto hits = search.search(u"  \"*  ");
        QVERIFY(hits.has_value());
        QVERIFY(hits->isEmpty());
    }

    void namePrefix()
    {
        const auto hits = find(QStringLiteral("nurha"));
        QCOMPARE(idsOf(hits), strings({"P7"}));
        QCOMPARE(hits.front().match, SearchHit::Match::Prefix);
        QCOMPARE(hits.front().householdId, QStringLiteral("H3"));
        QCOMPARE(hits.front().kkNumber, QStringLiteral("3273020202900003"));
        QCOMPARE(hits.front().rt, 3);
        QCOMPARE(hits.front().rw, 2);
        QCOMPARE(hits.front().relationship, 3);
        QVERIFY(!hits.front().isHead);
        QVERIFY(hits.front().nik.isEmpty());
    }

    void warmUpReadsTheSearchTablesAndSizesTheCache()
    {
        auto warmed = SearchWarmUp::run(*m_db);
        QVERIFY2(warmed.has_value(), qPrintable(warmed ? QString() : warmed.error().detail));
        QCOMPARE(warmed->members, m_db->queryInt(u"SELECT count(*) FROM members").value());
        QCOMPARE(warmed->households, m_db->queryInt(u"SELECT count(*) FROM households").value());
        QVERIFY(warmed->members > 0);
        QVERIFY(warmed->indexBlocks > 0);
        // A small vault keeps the default cache; the cache setting is what run() reports.
        QCOMPARE(warmed->cacheMiB, SearchWarmUp::kMinCacheMiB);
        QCOMPARE(m_db->queryInt(u"PRAGMA cache_size").value(), -qint64(SearchWarmUp::kMinCacheMiB) * 1024);
        // Searches work as before.
        QCOMPARE(idsOf(find(QStringLiteral("nurha"))), strings({"P7"}));
    }

    void warmUpInStepsReadsTheSame()
    {
        // As the window does it between events: a few rows at a time, the same in the end.
        auto whole = SearchWarmUp::run(*m_db);
        QVERIFY(whole.has_value());
        SearchWarmUp steps(*m_db);
        int calls = 0;
        for (;;) {
            auto done = steps.step(3);
            QVERIFY(done.has_value());
            ++calls;
            if (*done) {
                break;
            }
            QVERIFY(calls < 100000);
        }
        QVERIFY(calls > 3);
        QCOMPARE(steps.stats().members, whole->members);
        QCOMPARE(steps.stats().households, whole->households);
        QCOMPARE(steps.stats().indexBlocks, whole->indexBlocks);
        QCOMPARE(*steps.step(3), true); // done stays done
        // Writing on the connection between steps is allowed.
        SearchWarmUp again(*m_db);
        QVERIFY(again.step(2).has_value());
        QVERIFY(
            m_db->execute(u"INSERT INTO vault_meta (key, value) VALUES ('between', 'steps')").has_value());
        QVERIFY(again.step(1000000).value());
    }

    void warmUpOfAVaultWithoutTheSearchIndexFails()
    {
        // Not a vault of this version (no search index): a clean error, nothing changed.
        QVERIFY(m_db->execute(u"DROP TABLE member_search").has_value());
        auto warmed = SearchWarmUp::run(*m_db);
        QVERIFY(!warmed.has_value());
        QVERIFY(m_db->queryInt(u"SELECT count(*) FROM members").value() > 0);
    }

    void noMatchIsEmpty()
    {
        QVERIFY(find(QStringLiteral("zulkarnaen")).isEmpty());
        QVERIFY(find(QStringLiteral("9999999")).isEmpty());
    }

    void everyWordMustMatch()
    {
        QCOMPARE(idsOf(find(QStringLiteral("siti aminah"))), strings({"P2"}));
        QCOMPARE(idsOf(find(QStringLiteral("aminah siti"))), strings({"P2"}));
        QCOMPARE(idsOf(find(QStringLiteral("agus sal"))), strings({"P6"}));
        QVERIFY(find(QStringLiteral("siti santoso")).isEmpty());
    }

    void wordsMatchAddressAndDusun()
    {
        // SITI in dusun MELATI: H1's two and the missing one in H4; not SITI NURHALIZA of MAWAR.
        QCOMPARE(idsOf(find(QStringLiteral("siti melati"))), (strings({"P8", "P1", "P2"})));
        QCOMPARE(idsOf(find(QStringLiteral("kenanga"))), (strings({"P1", "P3", "P2"})));
        // The tags column is not searched by words: "h" is no word of anybody's.
        QVERIFY(find(QStringLiteral("h")).isEmpty());
        QVERIFY(find(QStringLiteral("rt3")).isEmpty() == false); // a filter, see filtersAlone
    }

    void diacriticsAndCaseAreFolded()
    {
        QVERIFY(
            addMember({QStringLiteral("P9"), QStringLiteral("H2"), QString(), QStringLiteral("JOSÉ"), 3, 2}));
        QCOMPARE(idsOf(find(QStringLiteral("jose"))), strings({"P9"}));
        QCOMPARE(idsOf(find(QStringLiteral("JOSÉ"))), strings({"P9"}));
    }

    void exactBeforePrefixAndHeadsFirst()
    {
        // Exact SITI: heads (SITI RAHAYU, SITI MISSING) by name, then the others (SITI AMINAH,
        // SITI NURHALIZA); then prefix matches: SITIANI although she is a head.
        const auto hits = find(QStringLiteral("siti"));
        QCOMPARE(namesOf(hits),
                 (strings({"SITI MISSING", "SITI RAHAYU", "SITI AMINAH", "SITI NURHALIZA", "SITIANI"})));
        QCOMPARE(hits.at(0).match, SearchHit::Match::Exact);
        QCOMPARE(hits.at(3).match, SearchHit::Match::Exact);
        QCOMPARE(hits.at(4).match, SearchHit::Match::Prefix);
        QVERIFY(hits.at(0).isHead && hits.at(1).isHead && !hits.at(2).isHead && !hits.at(3).isHead);
        QVERIFY(hits.at(4).isHead);
    }

    void prefixHeadsBeforePrefixOthers()
    {
        QVERIFY(addMember(
            {QStringLiteral("P9"), QStringLiteral("H1"), QString(), QStringLiteral("AGUSTINA"), 3, 3}));
        QVERIFY(addMember(
            {QStringLiteral("P10"), QStringLiteral("H2"), QString(), QStringLiteral("AGUSMAN"), 3, 3}));
        const auto hits = find(QStringLiteral("agu"));
        // No exact AGU: AGUS SALIM is the only head, then AGUS, AGUSMAN, AGUSTINA by name.
        QCOMPARE(namesOf(hits), (strings({"AGUS SALIM", "AGUS", "AGUSMAN", "AGUSTINA"})));
        for (const SearchHit &hit : hits) {
            QCOMPARE(hit.match, SearchHit::Match::Prefix);
        }
    }

    void nikPrefix()
    {
        const auto hits = find(QStringLiteral("32730155"));
        QCOMPARE(idsOf(hits), strings({"P1"}));
        QCOMPARE(hits.front().match, SearchHit::Match::Number);
        QCOMPARE(hits.front().nik, QStringLiteral("3273015505800001"));
        QCOMPARE(hits.front().maskedNik(), SearchHit::maskNumber(hits.front().nik));
        // A full NIK, typed in groups.
        QCOMPARE(idsOf(find(QStringLiteral("3374 0101 0165 0006"))), strings({"P6"}));
        // 3274 is nobody's NIK and nobody's KK; 3374 only AGUS SALIM's NIK.
        QVERIFY(find(QStringLiteral("3274")).isEmpty());
        QCOMPARE(idsOf(find(QStringLiteral("3374"))), strings({"P6"}));
    }

    void nikDigitsInside()
    {
        // Any run of at least 6 digits of a NIK finds it when no NIK or KK starts with them: P1's
        // birth date 550580 (day + 40: a woman), P6's 0101650006.
        auto hits = find(QStringLiteral("550580"));
        QCOMPARE(idsOf(hits), strings({"P1"}));
        QCOMPARE(hits.front().match, SearchHit::Match::Number);
        QCOMPARE(idsOf(find(QStringLiteral("0101 650006"))), strings({"P6"}));
        // Five digits are too few to look inside; a prefix match keeps the inside search out.
        QVERIFY(find(QStringLiteral("55058")).isEmpty());
        QCOMPARE(idsOf(find(QStringLiteral("32730155"))), strings({"P1"}));
        // Digits no NIK holds.
        QVERIFY(find(QStringLiteral("999999")).isEmpty());
    }

    void nikPrefixEndingInNine()
    {
        QVERIFY(addMember({QStringLiteral("P9"),
                           QStringLiteral("H2"),
                           QStringLiteral("3279990000000009"),
                           QStringLiteral("NINE"),
                           3,
                           3}));
        QVERIFY(addMember({QStringLiteral("P10"),
                           QStringLiteral("H2"),
                           QStringLiteral("3280000000000010"),
                           QStringLiteral("NEXT"),
                           3,
                           4}));
        QCOMPARE(idsOf(find(QStringLiteral("3279"))), strings({"P9"}));
        QCOMPARE(idsOf(find(QStringLiteral("32799"))), strings({"P9"}));
    }

    void kkExactListsTheFamilyInOrder()
    {
        const auto hits = find(QStringLiteral("3273010101900001"));
        QCOMPARE(idsOf(hits), (strings({"P1", "P2", "P3"})));
        for (const SearchHit &hit : hits) {
            QCOMPARE(hit.match, SearchHit::Match::Number);
            QCOMPARE(hit.kkNumber, QStringLiteral("3273010101900001"));
        }
        QVERIFY(hits.front().isHead);
    }

    void kkPrefix()
    {
        // 327302020290 starts the KK of H3 and H4 and nobody's NIK.
        const auto hits = find(QStringLiteral("327302020290"));
        QCOMPARE(idsOf(hits), (strings({"P6", "P7", "P8"})));
    }

    void nikMatchesComeBeforeKkMatches()
    {
        // 3273 starts every NIK of the village but P6 and P7 and every KK: NIK matches first (heads
        // first), then the members not yet listed, by KK.
        const auto hits = find(QStringLiteral("3273"));
        QCOMPARE(hits.size(), 8);
        QCOMPARE(hits.at(0).name, QStringLiteral("SITI MISSING"));
        QCOMPARE(hits.at(1).name, QStringLiteral("SITI RAHAYU"));
        QCOMPARE(hits.at(2).name, QStringLiteral("SITIANI"));
        QCOMPARE(idsOf(hits.mid(6)), (strings({"P6", "P7"})));
    }

    void wordsAndNumbersTogether()
    {
        QCOMPARE(idsOf(find(QStringLiteral("siti 32730144"))), strings({"P2"}));
        // By KK: the SITIs of H1.
        QCOMPARE(idsOf(find(QStringLiteral("siti 3273010101900001"))), (strings({"P1", "P2"})));
        QVERIFY(find(QStringLiteral("agus 32730155")).isEmpty());
    }

    void rtRwFilter()
    {
        SearchQuery query = SearchQuery::parse(u"siti");
        query.rt = 3;
        query.rw = 2;
        QCOMPARE(idsOf(find(query)), strings({"P7", "P4"}));
        QCOMPARE(idsOf(find(QStringLiteral("siti rt 3 rw 2"))), strings({"P7", "P4"}));
        QCOMPARE(idsOf(find(QStringLiteral("siti rw 2"))), (strings({"P8", "P7", "P4"})));
        QCOMPARE(idsOf(find(QStringLiteral("siti rt 1 rw 1"))), (strings({"P1", "P2"})));
        QVERIFY(find(QStringLiteral("siti rt 9")).isEmpty());
        // With numbers: H2 and H3 are in RT 3 / RW 2; 32730 starts the NIKs of H2 (and H1), and
        // every KK, so H3 comes by its KK after H2 by NIK.
        QCOMPARE(idsOf(find(QStringLiteral("32730 rt 3 rw 2"))), (strings({"P4", "P5", "P6", "P7"})));
        QCOMPARE(idsOf(find(QStringLiteral("327302 rt 3 rw 2"))), (strings({"P4", "P5", "P6", "P7"})));
        QCOMPARE(idsOf(find(QStringLiteral("3273024 rt 3"))), (strings({"P4"})));
        QVERIFY(find(QStringLiteral("32730155 rt 3")).isEmpty());
    }

    void filtersAlone()
    {
        QCOMPARE(idsOf(find(QStringLiteral("rt 3 rw 2"))), (strings({"P4", "P5", "P6", "P7"})));
        QCOMPARE(idsOf(find(QStringLiteral("rw 1"))), (strings({"P1", "P2", "P3"})));
        QCOMPARE(idsOf(find(QStringLiteral("rt3"))), (strings({"P4", "P5", "P6", "P7"})));
        for (const SearchHit &hit : find(QStringLiteral("rw 2"))) {
            QCOMPARE(hit.match, SearchHit::Match::Filter);
            QCOMPARE(hit.rw, 2);
        }
        QVERIFY(find(QStringLiteral("rt 7")).isEmpty());
    }

    void limit()
    {
        QCOMPARE(find(QStringLiteral("siti"), 2).size(), 2);
        // The page is cut in the first tier: still the heads, by name.
        QCOMPARE(namesOf(find(QStringLiteral("siti"), 2)), (strings({"SITI MISSING", "SITI RAHAYU"})));
        QCOMPARE(namesOf(find(QStringLiteral("siti"), 3)),
                 (strings({"SITI MISSING", "SITI RAHAYU", "SITI AMINAH"})));
        QCOMPARE(find(QStringLiteral("3273"), 3).size(), 3);
        QCOMPARE(find(QStringLiteral("rw 2"), 1).size(), 1);
        QCOMPARE(find(QStringLiteral("siti"), 0).size(), 1);
    }

    void noPersonTwice_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("limit");
        // NIK and KK both match, tiers overlap, filters: nobody may be listed twice.
        QTest::newRow("number-nik-and-kk") << QStringLiteral("3273") << 50;
        QTest::newRow("number-nik-and-kk-small-page") << QStringLiteral("3273") << 7;
        QTest::newRow("kk-of-a-household-with-nik-matches") << QStringLiteral("32730101") << 50;
        QTest::newRow("words-all-tiers") << QStringLiteral("s") << 50;
        QTest::newRow("words-and-number") << QStringLiteral("siti 3273") << 50;
        QTest::newRow("filters") << QStringLiteral("rw 2") << 50;
    }

    void noPersonTwice()
    {
        QFETCH(QString, text);
        QFETCH(int, limit);
        const QStringList ids = idsOf(find(text, limit));
        QVERIFY(!ids.isEmpty());
        QVERIFY(ids.size() <= limit);
        QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), ids.size());
    }

    void missingMembersAreFoundAndMarked()
    {
        const auto hits = find(QStringLiteral("missing"));
        QCOMPARE(idsOf(hits), strings({"P8"}));
        QVERIFY(hits.front().isMissing);
        for (const SearchHit &hit : find(QStringLiteral("siti"))) {
            QCOMPARE(hit.isMissing, hit.personId == u"P8");
        }
        // A present member of a missing household is marked too.
        QVERIFY(
            addMember({QStringLiteral("P9"), QStringLiteral("H4"), QString(), QStringLiteral("ANAK"), 3, 1}));
        QVERIFY(find(QStringLiteral("anak")).front().isMissing);
    }

    // -------------------------------------------------------------------------------------------
    // The triggers keep the index in sync

    void insertIsIndexed()
    {
        QVERIFY(find(QStringLiteral("wahyuni")).isEmpty());
        QVERIFY(addMember(
            {QStringLiteral("P9"), QStringLiteral("H3"), QString(), QStringLiteral("SRI WAHYUNI"), 3, 2}));
        QCOMPARE(idsOf(find(QStringLiteral("wahyuni"))), strings({"P9"}));
        QCOMPARE(idsOf(find(QStringLiteral("sri raya"))), strings({"P9"}));
    }

    void memberUpdateIsIndexed()
    {
        QVERIFY(exec(u"UPDATE members SET name = 'SITI AMINAH PUTRI' WHERE person_id = 'P2'"));
        QCOMPARE(idsOf(find(QStringLiteral("putri"))), strings({"P2"}));
        QVERIFY(exec(u"UPDATE members SET name = 'AMINAH' WHERE person_id = 'P2'"));
        QVERIFY(find(QStringLiteral("putri")).isEmpty());
        QVERIFY(!idsOf(find(QStringLiteral("siti"))).contains(QStringLiteral("P2")));
        // Becoming head moves her into the heads' tier.
        QVERIFY(exec(u"UPDATE members SET relationship = 1 WHERE person_id = 'P5'"));
        QVERIFY(find(QStringLiteral("budi")).front().isHead);
        QCOMPARE(idsOf(find(QStringLiteral("santoso"))), strings({"P5"}));
        // Moving to another household takes its address.
        QVERIFY(exec(u"UPDATE members SET household_id = 'H1' WHERE person_id = 'P5'"));
        QCOMPARE(idsOf(find(QStringLiteral("budi kenanga"))), strings({"P5"}));
        QVERIFY(find(QStringLiteral("budi damai")).isEmpty());
        // An update of an unindexed column leaves the index alone and the member findable.
        QVERIFY(exec(u"UPDATE members SET religion = 1, version = version + 1 WHERE person_id = 'P5'"));
        QCOMPARE(idsOf(find(QStringLiteral("budi"))), strings({"P5"}));
    }

    void householdUpdateIsIndexed()
    {
        QVERIFY(exec(u"UPDATE households SET address = 'JL. ANGGREK', dusun = 'KAMBOJA', rt = 5, rw = 4"
                     u" WHERE household_id = 'H2'"));
        QCOMPARE(idsOf(find(QStringLiteral("anggrek"))), (strings({"P4", "P5"})));
        QCOMPARE(idsOf(find(QStringLiteral("kamboja budi"))), strings({"P5"}));
        QVERIFY(find(QStringLiteral("damai")).isEmpty());
        QCOMPARE(idsOf(find(QStringLiteral("siti rt 5 rw 4"))), strings({"P4"}));
        QVERIFY(!idsOf(find(QStringLiteral("rt 3 rw 2"))).contains(QStringLiteral("P4")));
    }

    void deleteIsIndexed()
    {
        QVERIFY(exec(u"DELETE FROM members WHERE person_id = 'P7'"));
        QVERIFY(find(QStringLiteral("nurhaliza")).isEmpty());
        const qint64 indexed =
            m_db->queryInt(u"SELECT count(*) FROM member_search WHERE member_search MATCH 'siti'").value();
        QCOMPARE(indexed, 3);
        QVERIFY(exec(u"DELETE FROM members WHERE household_id = 'H3'"));
        QVERIFY(exec(u"DELETE FROM households WHERE household_id = 'H3'"));
        QVERIFY(find(QStringLiteral("salim")).isEmpty());
    }

    void indexRowsMatchMembers()
    {
        const auto count = [this](QStringView sql) {
            return m_db->queryInt(sql).value();
        };
        // A contentless table answers count(*) from its own rowids.
        QCOMPARE(count(u"SELECT count(*) FROM member_search"), count(u"SELECT count(*) FROM members"));
        QVERIFY(exec(u"DELETE FROM members WHERE household_id = 'H1'"));
        QCOMPARE(count(u"SELECT count(*) FROM member_search"), count(u"SELECT count(*) FROM members"));
    }

    void rollbackUndoesTheIndex()
    {
        QVERIFY(exec(u"BEGIN"));
        QVERIFY(addMember(
            {QStringLiteral("P9"), QStringLiteral("H3"), QString(), QStringLiteral("SEMENTARA"), 3, 2}));
        QCOMPARE(find(QStringLiteral("sementara")).size(), 1);
        QVERIFY(exec(u"ROLLBACK"));
        QVERIFY(find(QStringLiteral("sementara")).isEmpty());
    }

    void rebuildIndexRestoresIt()
    {
        QVERIFY(exec(u"INSERT INTO member_search (member_search) VALUES ('delete-all')"));
        QVERIFY(find(QStringLiteral("siti")).isEmpty());
        QVERIFY(HouseholdSearch::rebuildIndex(*m_db).has_value());
        QCOMPARE(find(QStringLiteral("siti")).size(), 5);
        QCOMPARE(idsOf(find(QStringLiteral("siti rt 3 rw 2"))), strings({"P7", "P4"}));
        // Twice is the same as once.
        QVERIFY(HouseholdSearch::rebuildIndex(*m_db).has_value());
        QCOMPARE(find(QStringLiteral("siti")).size(), 5);
    }

    void migrationIndexesExistingMembers()
    {
        // A vault at schema 1 with members, then migrated: the index must hold them.
        const QString path = m_dir.filePath(QStringLiteral("old.db"));
        auto db = Database::openEncrypted(
            path, SecureBytes::random(32), Database::Mode::Create, Database::Check::None);
        QVERIFY(db.has_value());
        m_db = std::move(db).value();
        QFile schema1(QStringLiteral(":/sql/0001_init.sql"));
        QVERIFY(schema1.open(QIODevice::ReadOnly));
        QVERIFY(m_db->executeScript(QString::fromUtf8(schema1.readAll())).has_value());
        QVERIFY(exec(u"PRAGMA user_version = 1"));
        QVERIFY(buildVillage());
        auto before = Migrator::migrate(*m_db);
        QVERIFY(before.has_value());
        QCOMPARE(*before, 1);
        QCOMPARE(find(QStringLiteral("siti")).size(), 5);
        QCOMPARE(idsOf(find(QStringLiteral("siti rt 3 rw 2"))), strings({"P7", "P4"}));
    }

    // -------------------------------------------------------------------------------------------
    // Hostile input

    void hostileInputNeverFails_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("quote") << QStringLiteral("\"");
        QTest::newRow("two-quotes") << QStringLiteral("\"\"");
        QTest::newRow("star") << QStringLiteral("*");
        QTest::newRow("star-word") << QStringLiteral("*siti");
        QTest::newRow("or") << QStringLiteral("OR");
        QTest::newRow("siti-or-agus") << QStringLiteral("siti OR agus");
        QTest::newRow("and-not") << QStringLiteral("AND NOT");
        QTest::newRow("near") << QStringLiteral("NEAR(");
        QTest::newRow("near-call") << QStringLiteral("NEAR(siti agus, 2)");
        QTest::newRow("column-filter") << QStringLiteral("name: siti");
        QTest::newRow("braces") << QStringLiteral("{name tags}: h");
        QTest::newRow("caret-plus") << QStringLiteral("^siti + agus");
        QTest::newRow("unbalanced-parens") << QStringLiteral("((siti");
        QTest::newRow("quote-inside") << QStringLiteral("sit\"i");
        QTest::newRow("sql-injection") << QStringLiteral("'); DROP TABLE members; --");
        QTest::newRow("percent-underscore") << QStringLiteral("%_");
        QTest::newRow("nul-and-controls") << QStringLiteral("siti\u0000\u0001\t\n");
        QTest::newRow("only-combining-mark") << QStringLiteral("\u0301");
        QTest::newRow("emoji") << QStringLiteral("\U0001F600 siti");
        QTest::newRow("arabic-indic-digits") << QStringLiteral("\u0663\u0662\u0667\u0663");
        QTest::newRow("very-long-number") << QString(200, u'9');
        QTest::newRow("very-long-word") << QString(5000, u'A');
        QTest::newRow("many-words") << QStringLiteral("a ").repeated(300);
        QTest::newRow("rt-zero") << QStringLiteral("rt 0 rw 0");
    }

    void hostileInputNeverFails()
    {
        QFETCH(QString, text);
        HouseholdSearch search(*m_db);
        auto hits = search.search(text);
        QVERIFY2(hits.has_value(), qPrintable(hits ? QString() : hits.error().detail));
        QCOMPARE(m_db->queryInt(u"SELECT count(*) FROM members").value(), 8);
    }

    void operatorsAreWords()
    {
        QVERIFY(addMember(
            {QStringLiteral("P9"), QStringLiteral("H3"), QString(), QStringLiteral("NEAR OR"), 3, 2}));
        // "siti OR agus" is three words that must all match, not a disjunction.
        QVERIFY(find(QStringLiteral("siti OR agus")).isEmpty());
        QCOMPARE(idsOf(find(QStringLiteral("NEAR(or"))), strings({"P9"}));
        QCOMPARE(idsOf(find(QStringLiteral("\"near\" *OR*"))), strings({"P9"}));
    }

    void closedDatabaseFailsCleanly()
    {
        // A statement on a vault without the schema fails as an Error, not a crash.
        const QString path = m_dir.filePath(QStringLiteral("empty.db"));
        auto db = Database::openEncrypted(
            path, SecureBytes::random(32), Database::Mode::Create, Database::Check::None);
        QVERIFY(db.has_value());
        HouseholdSearch search(**db);
        auto words = search.search(u"siti");
        QVERIFY(!words.has_value());
        auto numbers = search.search(u"3273");
        QVERIFY(!numbers.has_value());
        auto filters = search.search(u"rt 1");
        QVERIFY(!filters.has_value());
        QVERIFY(!HouseholdSearch::rebuildIndex(**db).has_value());
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_Search.moc"
