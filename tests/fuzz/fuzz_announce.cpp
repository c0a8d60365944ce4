// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// libFuzzer target for the two JSON messages of the HTTPS route (docs/hub.md "The HTTPS protocol"):
// the announce, which the hub parses from any device before it checks the signature's key is enrolled,
// and the hub's answer, which the village parses. Any bytes must give a value or a clean Error, never a
// crash, a hang, an undefined cast of a huge number or an allocation past kMaxBytes. Invariant checked on
// every input: a value a parser accepts is written and read back to the same value (the announce is
// signed over the bytes its encoder writes, so that writing must be one the parser takes).
#include "sync/transport/Announce.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace verdes::sync;

namespace {

bool sameAnnounce(const Announce &a, const Announce &b)
{
    return a.deviceKeyId == b.deviceKeyId && a.batchId == b.batchId && a.sequence == b.sequence
           && a.size == b.size && a.sha256 == b.sha256 && a.at == b.at;
}

bool sameAnswer(const AnnounceAnswer &a, const AnnounceAnswer &b)
{
    return a.kind == b.kind && a.received == b.received && a.partSize == b.partSize && a.receipt == b.receipt
           && a.reason == b.reason;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size)); // NOLINT
    if (auto announce = Announce::decode(bytes); announce) {
        if (announce->sequence < 1 || announce->size < 1) {
            std::abort();
        }
        // The `at` field is free text of at most 40 characters; one that JSON would have to escape is
        // not something the encoder writes, so only a plain one must come back the same.
        const bool plain = std::all_of(announce->at.cbegin(), announce->at.cend(), [](QChar c) {
            return c.unicode() >= 0x20 && c.unicode() < 0x7f && c != u'"' && c != u'\\';
        });
        if (plain) {
            auto again = Announce::decode(announce->encode());
            if (!again || !sameAnnounce(*announce, *again)) {
                std::abort();
            }
        }
    }
    if (auto answer = AnnounceAnswer::decode(bytes); answer) {
        if (answer->received < 0 || answer->partSize < 0 || answer->partSize > AnnounceAnswer::kMaxPartSize) {
            std::abort();
        }
        auto again = AnnounceAnswer::decode(answer->encode());
        if (!again || !sameAnswer(*answer, *again)) {
            std::abort();
        }
    }
    return 0;
}
