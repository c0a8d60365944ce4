// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/search/SearchHit.h"

namespace verdes {

namespace {

constexpr qsizetype kShownAtEachEnd = 4;
constexpr char16_t kBullet = u'\u2022';

} // namespace

QString SearchHit::maskedNik() const
{
    return maskNumber(nik);
}

QString SearchHit::maskedKk() const
{
    return maskNumber(kkNumber);
}

QString SearchHit::maskNumber(QStringView value)
{
    if (value.size() <= 2 * kShownAtEachEnd) {
        return {value.size(), QChar(kBullet)};
    }
    return value.first(kShownAtEachEnd) + QString(value.size() - 2 * kShownAtEachEnd, QChar(kBullet))
           + value.last(kShownAtEachEnd);
}

} // namespace verdes
