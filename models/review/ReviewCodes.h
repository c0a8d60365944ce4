// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/proposals/ProposalState.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace verdes {

// The codes a dinas reviewer gives with a verdict (DOMAIN.md §8; issue 14 §1), shown to the village in
// words. Official codes were not found, so these are Verdes's own, written as the issue names them:
// RT01–RT99 for a return to the village, RJ01–RJ99 for a rejection. The numbers DOMAIN.md names have
// a text of their own; the rest of the range is open to a district's own use (RJ06, RT12) and reads
// "other reason" with its code.
struct ReviewReason
{
    enum class Kind : quint8
    {
        Return, // RTnn: the item goes back to the village as a new linked draft
        Reject, // RJnn: the district rejects the item
    };

    Kind kind = Kind::Return;
    int number = 0; // 1 to 99

    bool operator==(const ReviewReason &) const = default;

    // "RT01", "RJ99".
    QString code() const;
    // Reads "RT01" to "RT99" and "RJ01" to "RJ99" (upper or lower case); nullopt for anything else.
    static std::optional<ReviewReason> fromCode(QStringView code);
    // The reasons DOMAIN.md names, returns first, each kind in number order: for lists to choose from.
    static QList<ReviewReason> named();
    // Whether a verdict moving an item to `state` takes a reason of this kind: a return to `returned`,
    // a rejection to `rejected_by_dinas`.
    bool fits(ProposalState state) const;
};

// The result of a ground check by a pendamping PKH (DOMAIN.md §8.3, the DTKS codes 1 to 7).
enum class GroundCheckResult : quint8
{
    Verified = 1,
    NotFound = 2,
    MovedOrGone = 3,
    PartOfAnotherHousehold = 4,
    Duplicate = 5,
    Deceased = 6,
    NoLongerEligible = 7,
};

std::optional<GroundCheckResult> groundCheckResultFromNumber(int number);
QList<GroundCheckResult> allGroundCheckResults();

// Whether the NIK was matched with the population register (padan), which happens outside Verdes.
enum class NikMatch : quint8
{
    NotChecked, // belum
    Matched,    // padan
    NotMatched, // tidak padan
};

QString nikMatchCode(NikMatch match); // "belum", "padan", "tidak_padan"
std::optional<NikMatch> nikMatchFromCode(QStringView code);

// The texts of the codes, in the interface language.
class ReviewCodeText
{
    Q_DECLARE_TR_FUNCTIONS(ReviewCodes)

public:
    // "Evidence missing", "Other reason (RJ07)".
    static QString label(const ReviewReason &reason);
    // "RT01 – Evidence missing": the code first, as the district and the village quote it.
    static QString codeAndLabel(const ReviewReason &reason);
    static QString label(GroundCheckResult result);
    static QString label(NikMatch match);
};

} // namespace verdes
