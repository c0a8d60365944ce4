// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// libFuzzer target for the files between a village and its hub (docs/batch-format.md): the batch
// body's parser, which runs once a signature verified, and the envelope's header readers and
// signature check, which run before. Any bytes must give a value or a clean Error, never a crash, a
// hang or an allocation past the format's bounds. Invariant checked on every input: a body the
// parser accepts is written back to exactly the same bytes (one way to write each value).
#include "sync/batch/Batch.h"
#include "sync/batch/Envelope.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace verdes;
using namespace verdes::sync;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size)); // NOLINT
    if (auto batch = Batch::decode(bytes); batch) {
        if (batch->encode() != bytes) {
            std::abort();
        }
    }
    (void)Envelope::sealedHeader(bytes);
    if (auto header = Envelope::signedHeader(bytes); header) {
        // Any key: what matters is that a file is refused, not read, when the signature fails.
        static const QByteArray key(32, '\x07');
        (void)Envelope::openSigned(bytes, header->kind, key);
    }
    return 0;
}
