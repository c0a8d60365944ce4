// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/search/HouseholdSearch.h"

#include "models/core/Log.h"
#include "models/vault/Database.h"
#include "models/vault/Statement.h"

#include <QSet>

#include <algorithm>

namespace verdes {

namespace {

constexpr int kHeadRelationship = 1; // DOMAIN.md §3, relationship 1 = head

// The columns every query reads, in the order readHit() expects; `m` is members, `h` households.
constexpr QStringView kHitColumns =
    u"m.person_id, m.household_id, m.name, m.nik, h.kk_number, h.dusun, h.address, h.rt, h.rw, "
    u"m.relationship, m.status, h.status";

std::optional<int> optionalInt(const Statement &st, int column)
{
    const auto value = st.optionalInt(column);
    return value ? std::optional<int>(static_cast<int>(*value)) : std::nullopt;
}

SearchHit readHit(const Statement &st, SearchHit::Match match)
{
    SearchHit hit;
    hit.personId = st.text(0);
    hit.householdId = st.text(1);
    hit.name = st.text(2);
    hit.nik = st.text(3);
    hit.kkNumber = st.text(4);
    hit.dusun = st.text(5);
    hit.address = st.text(6);
    hit.rt = optionalInt(st, 7);
    hit.rw = optionalInt(st, 8);
    hit.relationship = optionalInt(st, 9);
    hit.isHead = hit.relationship == kHeadRelationship;
    hit.isMissing = st.text(10) == u"missing" || st.text(11) == u"missing";
    hit.match = match;
    return hit;
}

// Heads of household first, then by name; person_id keeps the order total and stable.
void sortPage(QList<SearchHit>::iterator begin, QList<SearchHit>::iterator end)
{
    std::sort(begin, end, [](const SearchHit &a, const SearchHit &b) {
        if (a.isHead != b.isHead) {
            return a.isHead;
        }
        if (const int byName = QString::compare(a.name, b.name); byName != 0) {
            return byName < 0;
        }
        return a.personId < b.personId;
    });
}

// The smallest string above every string that starts with `prefix` (all digits): "3279" -> "327:".
// In BINARY collation ':' follows '9', so `value >= prefix AND value < upper` is the prefix range.
QString upperBound(const QString &prefix)
{
    QString upper = prefix;
    upper.back() = QChar(static_cast<char16_t>(upper.back().unicode() + 1));
    return upper;
}

// For each number of the query (but the one driving the search, if any), a condition that the row's
// NIK or KK starts with it. The SQL is ours; the numbers are bound as :lo<i>/:hi<i>.
QString numberConditions(const SearchQuery &query, qsizetype skip)
{
    QString sql;
    for (qsizetype i = 0; i < query.numbers.size(); ++i) {
        if (i == skip) {
            continue;
        }
        sql += QStringLiteral(" AND ((m.nik >= :lo%1 AND m.nik < :hi%1)"
                              " OR (h.kk_number >= :lo%1 AND h.kk_number < :hi%1))")
                   .arg(i);
    }
    return sql;
}

void bindNumbers(Statement &st, const SearchQuery &query, qsizetype skip)
{
    for (qsizetype i = 0; i < query.numbers.size(); ++i) {
        if (i == skip) {
            continue;
        }
        st.bind(QStringLiteral(":lo%1").arg(i), query.numbers.at(i));
        st.bind(QStringLiteral(":hi%1").arg(i), upperBound(query.numbers.at(i)));
    }
}

QString placeConditions(const SearchQuery &query)
{
    QString sql;
    if (query.rw) {
        sql += QStringLiteral(" AND h.rw = :rw");
    }
    if (query.rt) {
        sql += QStringLiteral(" AND h.rt = :rt");
    }
    return sql;
}

void bindPlace(Statement &st, const SearchQuery &query)
{
    if (query.rw) {
        st.bind(u":rw", *query.rw);
    }
    if (query.rt) {
        st.bind(u":rt", *query.rt);
    }
}

// Runs `st` and appends its rows not already in `hits`, at most `limit` in all.
Result<void>
collect(Statement &st, SearchHit::Match match, int limit, QList<SearchHit> &hits, QSet<QString> &seen)
{
    while (hits.size() < limit) {
        VERDES_TRY_ASSIGN(hasRow, st.step());
        if (!hasRow) {
            break;
        }
        SearchHit hit = readHit(st, match);
        if (!seen.contains(hit.personId)) {
            seen.insert(hit.personId);
            hits << std::move(hit);
        }
    }
    return {};
}

// FTS5 query text for the words, each a quoted single token (tokens hold only letters, digits and
// marks, never a quote), restricted to the searched columns so that `tags` is never matched by a word.
QString wordsExpression(const QStringList &words, bool prefix)
{
    QStringList terms;
    for (const QString &word : words) {
        terms << QStringLiteral("{name address dusun} : \"") + word.toLower() + (prefix ? u"\"*" : u"\"");
    }
    return u'(' + terms.join(QStringLiteral(" AND ")) + u')';
}

QString tagsExpression(const SearchQuery &query)
{
    QString expression;
    if (query.rt) {
        expression += QStringLiteral(" AND tags : \"rt%1\"").arg(*query.rt);
    }
    if (query.rw) {
        expression += QStringLiteral(" AND tags : \"rw%1\"").arg(*query.rw);
    }
    return expression;
}

} // namespace

HouseholdSearch::HouseholdSearch(Database &db)
    : m_db(db)
{}

Result<QList<SearchHit>> HouseholdSearch::search(QStringView text, int limit)
{
    SearchQuery query = SearchQuery::parse(text);
    query.limit = limit;
    return search(query);
}

Result<QList<SearchHit>> HouseholdSearch::search(const SearchQuery &query)
{
    QList<SearchHit> hits;
    if (query.isEmpty()) {
        return hits;
    }
    const int limit = query.effectiveLimit();
    if (!query.words.isEmpty()) {
        VERDES_TRY(searchWords(query, limit, hits));
    } else if (!query.numbers.isEmpty()) {
        VERDES_TRY(searchNumbers(query, limit, hits));
    } else {
        VERDES_TRY(searchFilters(query, limit, hits));
    }
    qCDebug(lcRepo) << "search:" << query.words.size() << "words," << query.numbers.size() << "numbers,"
                    << hits.size() << "hits";
    return hits;
}

Result<void> HouseholdSearch::searchWords(const SearchQuery &query, int limit, QList<SearchHit> &hits)
{
    const QString exact = wordsExpression(query.words, false);
    const QString prefix = wordsExpression(query.words, true);
    const QString tags = tagsExpression(query);
    static constexpr QStringView kHead = u"tags : \"h\"";

    // 1. every word whole, heads; 2. every word whole, the others; 3. every word whole or a prefix.
    // Each is a LIMITed walk of FTS5 doclists in rowid order, with no sort over the whole match
    // set; the page each returns is sorted (heads first, then by name). The heads' tier is split
    // off only for whole words: a prefix expansion is the costly part of a query (about 2 ms over
    // 200,000 persons), so the prefix tier runs once and skips what tiers 1 and 2 found instead of
    // excluding it with NOT (they were complete, or the page would already be full).
    struct Tier
    {
        QString expression;
        SearchHit::Match match;
        bool coversEarlierTiers;
    };

    const Tier tiers[] = {
        {exact + tags + u" AND " + kHead, SearchHit::Match::Exact, false},
        {u'(' + exact + tags + u") NOT " + kHead, SearchHit::Match::Exact, false},
        {prefix + tags, SearchHit::Match::Prefix, true},
    };
    const QString sql = u"SELECT " + kHitColumns
                        + u" FROM member_search"
                          u" JOIN members m ON m.rowid = member_search.rowid"
                          u" JOIN households h ON h.household_id = m.household_id"
                          u" WHERE member_search MATCH :match"
                        + numberConditions(query, -1) + u" LIMIT :limit";
    QSet<QString> seen;
    Statement st(m_db, sql);
    VERDES_TRY(st.status());
    for (const Tier &tier : tiers) {
        if (hits.size() >= limit) {
            break;
        }
        st.reset();
        st.bind(u":match", tier.expression);
        bindNumbers(st, query, -1);
        const qsizetype wanted = limit - hits.size() + (tier.coversEarlierTiers ? hits.size() : 0);
        st.bind(u":limit", static_cast<qint64>(wanted));
        const qsizetype first = hits.size();
        VERDES_TRY(collect(st, tier.match, limit, hits, seen));
        sortPage(hits.begin() + first, hits.end());
    }
    return {};
}

Result<void> HouseholdSearch::searchNumbers(const SearchQuery &query, int limit, QList<SearchHit> &hits)
{
    // The longest number is the most selective: it drives the range scan, the others filter.
    const auto longest =
        std::max_element(query.numbers.begin(), query.numbers.end(), [](const QString &a, const QString &b) {
            return a.size() < b.size();
        });
    const qsizetype driver = std::distance(query.numbers.begin(), longest);
    const QString &number = *longest;
    const QString filters = numberConditions(query, driver) + placeConditions(query);
    QSet<QString> seen;

    // NIK prefix over members_nik, then KK over households_kk.
    {
        const QString sql = u"SELECT " + kHitColumns
                            + u" FROM members m JOIN households h ON h.household_id = m.household_id"
                              u" WHERE m.nik >= :lo AND m.nik < :hi"
                            + filters + u" ORDER BY m.nik LIMIT :limit";
        Statement st(m_db, sql);
        VERDES_TRY(st.status());
        st.bind(u":lo", number);
        st.bind(u":hi", upperBound(number));
        bindNumbers(st, query, driver);
        bindPlace(st, query);
        st.bind(u":limit", static_cast<qint64>(limit));
        VERDES_TRY(collect(st, SearchHit::Match::Number, limit, hits, seen));
        sortPage(hits.begin(), hits.end());
    }
    if (hits.size() < limit) {
        const QString sql = u"SELECT " + kHitColumns
                            + u" FROM households h JOIN members m ON m.household_id = h.household_id"
                              u" WHERE h.kk_number >= :lo AND h.kk_number < :hi"
                            + filters + u" ORDER BY h.kk_number, h.household_id, m.ordinal LIMIT :limit";
        Statement st(m_db, sql);
        VERDES_TRY(st.status());
        st.bind(u":lo", number);
        st.bind(u":hi", upperBound(number));
        bindNumbers(st, query, driver);
        bindPlace(st, query);
        // Rows already found by NIK are skipped, so ask for enough to fill the page anyway.
        st.bind(u":limit", static_cast<qint64>(limit + hits.size()));
        VERDES_TRY(collect(st, SearchHit::Match::Number, limit, hits, seen));
    }
    // Nothing starts with the number: any run of at least kMinInfixDigits digits inside a NIK (the
    // birth date DDMMYY is what people remember). ORDER BY m.nik walks the members_nik index, testing
    // each entry's NIK without reading the member's row; it costs a pass over the index (about 15 ms
    // at 200,000 persons), so it runs only when the range scans above found nothing.
    if (hits.isEmpty() && number.size() >= SearchQuery::kMinInfixDigits
        && number.size() < SearchQuery::kMaxNumberDigits) {
        const QString sql = u"SELECT " + kHitColumns
                            + u" FROM members m JOIN households h ON h.household_id = m.household_id"
                              u" WHERE m.nik IS NOT NULL AND instr(m.nik, :digits) > 1"
                            + filters + u" ORDER BY m.nik LIMIT :limit";
        Statement st(m_db, sql);
        VERDES_TRY(st.status());
        st.bind(u":digits", number);
        bindNumbers(st, query, driver);
        bindPlace(st, query);
        st.bind(u":limit", static_cast<qint64>(limit));
        VERDES_TRY(collect(st, SearchHit::Match::Number, limit, hits, seen));
        sortPage(hits.begin(), hits.end());
    }
    return {};
}

Result<void> HouseholdSearch::searchFilters(const SearchQuery &query, int limit, QList<SearchHit> &hits)
{
    // "1 = 1" lets placeConditions() start with AND; households_place (rw, rt) serves the filter.
    const QString sql = u"SELECT " + kHitColumns
                        + u" FROM households h JOIN members m ON m.household_id = h.household_id"
                          u" WHERE 1 = 1"
                        + placeConditions(query)
                        + u" ORDER BY h.rw, h.rt, h.household_id, m.ordinal LIMIT :limit";
    Statement st(m_db, sql);
    VERDES_TRY(st.status());
    bindPlace(st, query);
    st.bind(u":limit", static_cast<qint64>(limit));
    QSet<QString> seen;
    return collect(st, SearchHit::Match::Filter, limit, hits, seen);
}

Result<void> HouseholdSearch::rebuildIndex(Database &db)
{
    VERDES_TRY(db.execute(u"INSERT INTO member_search (member_search) VALUES ('delete-all')"));
    VERDES_TRY(db.execute(u"INSERT INTO member_search (rowid, name, address, dusun, tags)"
                          u" SELECT member_rowid, name, address, dusun, tags FROM member_search_source"));
    qCInfo(lcRepo) << "search index rebuilt";
    return {};
}

Result<QString> HouseholdSearch::suspendMemberIndexing(Database &db)
{
    VERDES_TRY_ASSIGN(sql,
                      db.queryText(u"SELECT sql FROM sqlite_schema "
                                   u"WHERE type = 'trigger' AND name = 'members_search_insert'"));
    if (sql.isEmpty()) {
        return Error(ErrorCode::Internal, {}, QStringLiteral("members_search_insert trigger missing"));
    }
    VERDES_TRY(db.execute(u"DROP TRIGGER members_search_insert"));
    return sql;
}

Result<void> HouseholdSearch::resumeMemberIndexing(Database &db, const QString &triggerSql)
{
    VERDES_TRY(db.execute(u"INSERT INTO member_search (rowid, name, address, dusun, tags)"
                          u" SELECT member_rowid, name, address, dusun, tags FROM member_search_source"
                          u" ORDER BY member_rowid"));
    return db.execute(triggerSql);
}

} // namespace verdes
