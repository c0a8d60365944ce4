// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/review/ReviewCodes.h"
#include "sync/batch/Batch.h"

#include <QByteArray>
#include <QList>

namespace verdes::sync {

// The completeness check of DOMAIN.md §8.1, done as a batch arrives at the district: what is missing
// for the office to review an item, each as the return reason it would be sent back with. It
// proposes; a verifier decides (a return is a signed verdict like any other).
class Completeness final
{
public:
    // What the batch as a whole lacks, for each of its items: RT03 when the sealed berita acara or
    // SPTJM is missing, does not match its hash, is not signed by the device that sent the batch, or
    // (for a meeting) lists nobody as present.
    static QList<ReviewReason> ofBatch(const Batch &batch, const QByteArray &devicePublicKey);
    // What one item lacks: RT02 (no reason, no BNBA line, an unknown type), RT01 (a
    // piece of evidence its type requires, DOMAIN.md §5, is not there).
    static QList<ReviewReason> ofItem(const BatchItem &item);
    // "RT01 RT03": the codes of both, each once, in order; empty when complete.
    static QString codes(const QList<ReviewReason> &batch, const QList<ReviewReason> &item);
};

} // namespace verdes::sync
