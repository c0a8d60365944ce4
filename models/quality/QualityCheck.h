// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace verdes {

// The automatic data-quality checks of DOMAIN.md §9. Each has a stable code stored in the vault
// (quality_flags.check_code) and printed by `verdes checks`.
enum class QualityCheck : quint8
{
    DeceasedMember, // DECEASED_MEMBER: a member with presence 2 → MEMBER_DECEASED (TL03)
    DeceasedHead,   // DECEASED_HEAD: the head with presence 2 → HEAD_REPLACEMENT
    VeryOld,        // VERY_OLD: a living member older than maxAge → verify (MEMBER_DECEASED)
    MemberAway,     // MEMBER_AWAY: presence 3/4/6 → MEMBER_MOVED / MEMBER_ABROAD / MEMBER_NOT_FOUND
    HouseholdMoved, // HOUSEHOLD_MOVED: no member lives there any more → HOUSEHOLD_MOVED (TL01)
    CivilServant,   // CIVIL_SERVANT: 418 = 5 in a family receiving PKH, BPNT or PBI → TL04/TL05
    Pension,        // PENSION: 431f has 16 in an aid family → TL07
    FormalJob,      // FORMAL_JOB: 431a has 4 (employer JKN) in an aid family → TL09/TL12 review
    Assets,         // ASSETS: car, motorboat, gold, AC, several meters with a low desil or aid; ≥ 2,200 W
    LargeDwelling,  // LARGE_DWELLING: floor 1–2 and ≥ 120 m² with a low desil or aid → TL06
    HighTurnover,   // HIGH_TURNOVER: business turnover code ≥ 4 with a low desil or aid → TL11
    PbiAtRisk,      // PBI_AT_RISK: PBI-JK members and desil ≥ 6 → inform
    PossibleExclusion, // POSSIBLE_EXCLUSION: no desil or desil ≥ 6, no aid, several poverty signs
    DuplicateNik,      // DUPLICATE_NIK: V08, a NIK on two active members → DUPLICATE
    HeadCount,         // HEAD_COUNT: V12, no head or several heads among the active members
    SeveralSpouses,    // SEVERAL_SPOUSES: V13 → KK_CHANGE
    SharedKk,          // SHARED_KK: V14, the same KK number on two households → KK_CHANGE
    AgeGap,            // AGE_GAP: V24, child < 12 years younger / parent < 12 years older than the head
    RecordWarning,     // RECORD_WARNING: a stored validation warning (DOMAIN.md §4 W rules) to fix
};

inline constexpr int kQualityCheckCount = static_cast<int>(QualityCheck::RecordWarning) + 1;

// "DECEASED_MEMBER", … the stable code.
QString qualityCheckCode(QualityCheck check);
std::optional<QualityCheck> qualityCheckFromCode(QStringView code);
// Every check in display order.
QList<QualityCheck> allQualityChecks();

} // namespace verdes
