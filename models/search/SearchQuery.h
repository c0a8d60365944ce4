// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace verdes {

// What a search box's text asks for, parsed once so that no user text ever reaches SQL or the FTS5
// query language: the text is cut into runs of letters and digits (as FTS5's unicode61 tokenizer
// cuts it), so quotes, stars, parentheses and operators such as OR or NEAR are plain words.
//
// - A run of digit tokens ("3273 0112 3456") is one number; with at least kMinNumberDigits digits it
//   searches NIK prefixes and KK numbers (exact with 16 digits), with kMinInfixDigits also digits
//   inside a NIK; otherwise it is a word.
// - "RT 3", "RT03", "RW 2" set the RT/RW filters.
// - Every other token is a word: all words must match (a name, the address or the dusun), each as a
//   whole word or as the start of one.
struct SearchQuery
{
    static constexpr int kDefaultLimit = 50;
    static constexpr int kMaxLimit = 1000;
    static constexpr int kMinNumberDigits = 4;
    // A number of at least this many digits is also looked for inside NIKs (HouseholdSearch).
    static constexpr int kMinInfixDigits = 6;
    static constexpr int kMaxNumberDigits = 16;

    QStringList words;   // upper case, letters and digits only
    QStringList numbers; // ASCII digits, at least kMinNumberDigits long
    std::optional<int> rt;
    std::optional<int> rw;
    int limit = kDefaultLimit;

    static SearchQuery parse(QStringView text);

    // Nothing to search for: no words, no numbers and no filter.
    bool isEmpty() const;
    // The limit clamped to 1..kMaxLimit.
    int effectiveLimit() const;
};

} // namespace verdes
