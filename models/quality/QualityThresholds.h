// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace verdes {

// The configurable thresholds of the checks (DOMAIN.md §9); the defaults are DOMAIN's.
struct QualityThresholds
{
    int maxAge = 100;            // VERY_OLD: older than this (V23)
    int lowDesilMax = 5;         // ASSETS, LARGE_DWELLING, HIGH_TURNOVER: desil 1..this counts as low
    int highDesilMin = 6;        // PBI_AT_RISK, POSSIBLE_EXCLUSION: desil from this up counts as high
    int powerCodeMin = 4;        // ASSETS: any power_n code ≥ this (4 = 2,200 W) flags on its own
    int largeFloorAreaM2 = 120;  // LARGE_DWELLING: floor area from this (with floor code 1 or 2)
    int turnoverCodeMin = 4;     // HIGH_TURNOVER: business_turnover code ≥ this (4 = Rp 25 M+)
    int exclusionSignalsMin = 3; // POSSIBLE_EXCLUSION: at least this many poverty signs
    int elderlyAge = 60;         // POSSIBLE_EXCLUSION: an elderly person living alone
    int adultAge = 17;           // RECORD_WARNING V04: an empty NIK only counts from this age with a KTP
    // RECORD_WARNING: the stored validation warnings that become flags. V08, V13, V14, V23 and V24
    // have checks of their own.
    QStringList recordWarningRules{QStringLiteral("V04"),
                                   QStringLiteral("V05"),
                                   QStringLiteral("V06"),
                                   QStringLiteral("V07"),
                                   QStringLiteral("V10"),
                                   QStringLiteral("V11"),
                                   QStringLiteral("V22"),
                                   QStringLiteral("V25"),
                                   QStringLiteral("V26"),
                                   QStringLiteral("V27"),
                                   QStringLiteral("V28"),
                                   QStringLiteral("V29")};
};

} // namespace verdes
