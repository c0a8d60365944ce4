// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace verdes {

// One person found by HouseholdSearch, with what a result list shows. It holds the full NIK and KK
// number; anything shown to a user goes through maskedNik()/maskedKk() (DOMAIN.md §10: first 4 +
// last 4) unless the user asked for a logged reveal.
struct SearchHit
{
    enum class Match : quint8
    {
        Exact,  // every word is a whole word of the name, address or dusun
        Prefix, // some word only starts a word
        Number, // a number matched the NIK or the KK
        Filter, // only RT/RW were given
    };

    QString personId;
    QString householdId;
    QString name;
    QString nik;
    QString kkNumber;
    QString dusun;
    QString address;
    std::optional<int> rt;
    std::optional<int> rw;
    std::optional<int> relationship; // DOMAIN.md §3: 1 head, 2 spouse, 3 child...
    bool isHead = false;
    bool isMissing = false; // the member or the household is missing from the latest snapshot
    Match match = Match::Exact;

    QString maskedNik() const;
    QString maskedKk() const;

    // "3273••••••••0012": the first 4 and last 4 characters, the rest as bullets; a value of 8
    // characters or fewer is all bullets, an empty one stays empty.
    static QString maskNumber(QStringView value);
};

} // namespace verdes
