// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/quality/QualityCheck.h"

#include <array>

namespace verdes {

namespace {

constexpr std::array<const char16_t *, kQualityCheckCount> kCodes{
    u"DECEASED_MEMBER",
    u"DECEASED_HEAD",
    u"VERY_OLD",
    u"MEMBER_AWAY",
    u"HOUSEHOLD_MOVED",
    u"CIVIL_SERVANT",
    u"PENSION",
    u"FORMAL_JOB",
    u"ASSETS",
    u"LARGE_DWELLING",
    u"HIGH_TURNOVER",
    u"PBI_AT_RISK",
    u"POSSIBLE_EXCLUSION",
    u"DUPLICATE_NIK",
    u"HEAD_COUNT",
    u"SEVERAL_SPOUSES",
    u"SHARED_KK",
    u"AGE_GAP",
    u"RECORD_WARNING",
};

} // namespace

QString qualityCheckCode(QualityCheck check)
{
    return QString::fromUtf16(kCodes.at(static_cast<std::size_t>(check)));
}

std::optional<QualityCheck> qualityCheckFromCode(QStringView code)
{
    for (std::size_t i = 0; i < kCodes.size(); ++i) {
        if (code == QStringView(kCodes.at(i))) {
            return static_cast<QualityCheck>(i);
        }
    }
    return std::nullopt;
}

QList<QualityCheck> allQualityChecks()
{
    QList<QualityCheck> list;
    for (int i = 0; i < kQualityCheckCount; ++i) {
        list.append(static_cast<QualityCheck>(i));
    }
    return list;
}

} // namespace verdes
