// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/search/SearchQuery.h"

#include <QList>

#include <algorithm>

namespace verdes {

namespace {

constexpr int kMaxPlaceDigits = 3; // RT and RW are 1-999 (DOMAIN.md §3)

// Token characters as FTS5's unicode61 sees them: letters, numbers and (for remove_diacritics)
// combining marks. Everything else separates tokens and is dropped.
bool isTokenChar(char32_t c)
{
    return QChar::isLetterOrNumber(c) || QChar::isMark(c);
}

QStringList tokenize(QStringView text)
{
    QStringList tokens;
    const QList<uint> codePoints = text.toString().normalized(QString::NormalizationForm_KC).toUcs4();
    QList<uint> current;
    bool hasLetterOrNumber = false;
    const auto flush = [&] {
        if (hasLetterOrNumber) {
            tokens << QString::fromUcs4(reinterpret_cast<const char32_t *>(current.constData()),
                                        current.size())
                          .toUpper();
        }
        current.clear();
        hasLetterOrNumber = false;
    };
    for (const uint c : codePoints) {
        const auto cp = static_cast<char32_t>(c);
        if (isTokenChar(cp)) {
            current << c;
            hasLetterOrNumber = hasLetterOrNumber || QChar::isLetterOrNumber(cp);
        } else {
            flush();
        }
    }
    flush();
    return tokens;
}

bool isAsciiDigits(QStringView token)
{
    return !token.isEmpty() && std::all_of(token.begin(), token.end(), [](QChar c) {
        return c >= u'0' && c <= u'9';
    });
}

// "RT" + "3", or "RT03": the place number, if the token (and maybe the next) is one.
std::optional<int> placeNumber(QStringView token)
{
    if (isAsciiDigits(token) && token.size() <= kMaxPlaceDigits) {
        return token.toInt();
    }
    return std::nullopt;
}

} // namespace

SearchQuery SearchQuery::parse(QStringView text)
{
    SearchQuery query;
    const QStringList tokens = tokenize(text);
    QStringList digitRun;
    const auto flushDigits = [&] {
        const QString joined = digitRun.join(QString());
        if (joined.size() >= kMinNumberDigits) {
            query.numbers << joined;
        } else {
            query.words << digitRun;
        }
        digitRun.clear();
    };
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const QString &token = tokens.at(i);
        const bool isRt = token.startsWith(u"RT");
        const bool isRw = token.startsWith(u"RW");
        if (isRt || isRw) {
            std::optional<int> place;
            if (token.size() == 2 && i + 1 < tokens.size()) {
                place = placeNumber(tokens.at(i + 1));
                if (place) {
                    ++i;
                }
            } else if (token.size() > 2) {
                place = placeNumber(QStringView(token).mid(2));
            }
            if (place) {
                flushDigits();
                (isRt ? query.rt : query.rw) = place;
                continue;
            }
        }
        if (isAsciiDigits(token)) {
            digitRun << token;
            continue;
        }
        flushDigits();
        query.words << token;
    }
    flushDigits();
    query.words.removeDuplicates();
    query.numbers.removeDuplicates();
    return query;
}

bool SearchQuery::isEmpty() const
{
    return words.isEmpty() && numbers.isEmpty() && !rt && !rw;
}

int SearchQuery::effectiveLimit() const
{
    return std::clamp(limit, 1, kMaxLimit);
}

} // namespace verdes
