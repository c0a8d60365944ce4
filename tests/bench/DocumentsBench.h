// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"

#include <functional>

namespace verdes {

class BenchReport;
struct MeetingDocumentData;

// Issue 12's document figure: the berita acara and the BNBA of a 500-item meeting as PDF (target
// under 2 s), against the same meeting written as plain text in the same run, so the ratio shows
// what the layout and the PDF cost. Needs a QGuiApplication (main.cpp makes one).
class DocumentsBench final
{
public:
    static constexpr int kItems = 500;
    static constexpr double kTargetMs = 2000.0;

    // Renders `data` (a sealed meeting read with MeetingDocumentData::gather), or, when it is null,
    // a sealed meeting of kItems agreed items made here.
    static Result<void> run(BenchReport &report,
                            const MeetingDocumentData *data,
                            const std::function<void(const QString &)> &progress);
    // A sealed meeting of `items` agreed items, 25 attendees, with generated names and numbers.
    static MeetingDocumentData syntheticMeeting(int items);
};

} // namespace verdes
