// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/review/ReviewCodes.h"

#include <array>

namespace verdes {

namespace {

constexpr int kMaxReasonNumber = 99;

struct ReasonRow
{
    ReviewReason::Kind kind;
    int number;
    const char *label;
};

// DOMAIN.md §8.4.
const std::array<ReasonRow, 11> &namedReasons()
{
    using Kind = ReviewReason::Kind;
    static const std::array<ReasonRow, 11> table{{
        {Kind::Return, 1, QT_TRANSLATE_NOOP("ReviewCodes", "Evidence missing")},
        {Kind::Return, 2, QT_TRANSLATE_NOOP("ReviewCodes", "A required field is missing")},
        {Kind::Return,
         3,
         QT_TRANSLATE_NOOP("ReviewCodes", "Minutes (berita acara) or attendance list missing")},
        {Kind::Return, 4, QT_TRANSLATE_NOOP("ReviewCodes", "Does not agree with the family card (KK)")},
        {Kind::Return, 99, QT_TRANSLATE_NOOP("ReviewCodes", "Other reason for returning")},
        {Kind::Reject, 1, QT_TRANSLATE_NOOP("ReviewCodes", "Not eligible")},
        {Kind::Reject, 2, QT_TRANSLATE_NOOP("ReviewCodes", "Not found at the address")},
        {Kind::Reject, 3, QT_TRANSLATE_NOOP("ReviewCodes", "NIK does not match the population register")},
        {Kind::Reject, 4, QT_TRANSLATE_NOOP("ReviewCodes", "Duplicate")},
        {Kind::Reject, 5, QT_TRANSLATE_NOOP("ReviewCodes", "Outside the area")},
        {Kind::Reject, 99, QT_TRANSLATE_NOOP("ReviewCodes", "Other reason for rejecting")},
    }};
    return table;
}

const char *prefixOf(ReviewReason::Kind kind)
{
    return kind == ReviewReason::Kind::Return ? "RT" : "RJ";
}

struct GroundCheckRow
{
    GroundCheckResult result;
    const char *label;
};

// DOMAIN.md §8.3.
const std::array<GroundCheckRow, 7> &groundCheckTable()
{
    static const std::array<GroundCheckRow, 7> table{{
        {GroundCheckResult::Verified, QT_TRANSLATE_NOOP("ReviewCodes", "Verified on the ground")},
        {GroundCheckResult::NotFound, QT_TRANSLATE_NOOP("ReviewCodes", "Not found")},
        {GroundCheckResult::MovedOrGone, QT_TRANSLATE_NOOP("ReviewCodes", "Moved, or the building is gone")},
        {GroundCheckResult::PartOfAnotherHousehold,
         QT_TRANSLATE_NOOP("ReviewCodes", "Part of another household")},
        {GroundCheckResult::Duplicate, QT_TRANSLATE_NOOP("ReviewCodes", "Duplicate")},
        {GroundCheckResult::Deceased, QT_TRANSLATE_NOOP("ReviewCodes", "Deceased")},
        {GroundCheckResult::NoLongerEligible, QT_TRANSLATE_NOOP("ReviewCodes", "No longer eligible")},
    }};
    return table;
}

struct NikMatchRow
{
    NikMatch match;
    const char *code;
    const char *label;
};

const std::array<NikMatchRow, 3> &nikMatchTable()
{
    static const std::array<NikMatchRow, 3> table{{
        {NikMatch::NotChecked, "belum", QT_TRANSLATE_NOOP("ReviewCodes", "Not checked yet")},
        {NikMatch::Matched, "padan", QT_TRANSLATE_NOOP("ReviewCodes", "Matched (padan)")},
        {NikMatch::NotMatched, "tidak_padan", QT_TRANSLATE_NOOP("ReviewCodes", "Not matched (tidak padan)")},
    }};
    return table;
}

} // namespace

QString ReviewReason::code() const
{
    return QString::fromLatin1(prefixOf(kind)) + QStringLiteral("%1").arg(number, 2, 10, QLatin1Char('0'));
}

std::optional<ReviewReason> ReviewReason::fromCode(QStringView code)
{
    const auto isAsciiDigit = [](QChar c) {
        return c >= u'0' && c <= u'9';
    };
    if (code.size() != 4 || !isAsciiDigit(code.at(2)) || !isAsciiDigit(code.at(3))) {
        return std::nullopt;
    }
    ReviewReason reason;
    const QStringView prefix = code.first(2);
    if (prefix.compare(u"RT", Qt::CaseInsensitive) == 0) {
        reason.kind = Kind::Return;
    } else if (prefix.compare(u"RJ", Qt::CaseInsensitive) == 0) {
        reason.kind = Kind::Reject;
    } else {
        return std::nullopt;
    }
    reason.number = (code.at(2).unicode() - u'0') * 10 + (code.at(3).unicode() - u'0');
    if (reason.number < 1 || reason.number > kMaxReasonNumber) {
        return std::nullopt;
    }
    return reason;
}

QList<ReviewReason> ReviewReason::named()
{
    QList<ReviewReason> reasons;
    for (const ReasonRow &row : namedReasons()) {
        reasons.append({row.kind, row.number});
    }
    return reasons;
}

bool ReviewReason::fits(ProposalState state) const
{
    switch (kind) {
    case Kind::Return:
        return state == ProposalState::Returned;
    case Kind::Reject:
        return state == ProposalState::RejectedByDinas;
    }
    return false;
}

std::optional<GroundCheckResult> groundCheckResultFromNumber(int number)
{
    for (const GroundCheckRow &row : groundCheckTable()) {
        if (static_cast<int>(row.result) == number) {
            return row.result;
        }
    }
    return std::nullopt;
}

QList<GroundCheckResult> allGroundCheckResults()
{
    QList<GroundCheckResult> results;
    for (const GroundCheckRow &row : groundCheckTable()) {
        results.append(row.result);
    }
    return results;
}

QString nikMatchCode(NikMatch match)
{
    return QString::fromLatin1(nikMatchTable().at(static_cast<size_t>(match)).code);
}

std::optional<NikMatch> nikMatchFromCode(QStringView code)
{
    for (const NikMatchRow &row : nikMatchTable()) {
        if (code == QLatin1String(row.code)) {
            return row.match;
        }
    }
    return std::nullopt;
}

QString ReviewCodeText::label(const ReviewReason &reason)
{
    for (const ReasonRow &row : namedReasons()) {
        if (row.kind == reason.kind && row.number == reason.number) {
            return tr(row.label);
        }
    }
    return reason.kind == ReviewReason::Kind::Return
               ? tr("Other reason for returning (%1)").arg(reason.code())
               : tr("Other reason for rejecting (%1)").arg(reason.code());
}

QString ReviewCodeText::codeAndLabel(const ReviewReason &reason)
{
    return tr("%1 – %2").arg(reason.code(), label(reason));
}

QString ReviewCodeText::label(GroundCheckResult result)
{
    for (const GroundCheckRow &row : groundCheckTable()) {
        if (row.result == result) {
            return tr(row.label);
        }
    }
    return {};
}

QString ReviewCodeText::label(NikMatch match)
{
    return tr(nikMatchTable().at(static_cast<size_t>(match)).label);
}

} // namespace verdes
