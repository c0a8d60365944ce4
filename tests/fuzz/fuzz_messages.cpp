// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// libFuzzer target for the signed files besides the batch (docs/batch-format.md §6-§12): the receipt,
// enrolment request and answer, revocation list, hub key list, reviewer request and answer, and review feed
// request and feed bodies, and the open() of the enrolment and reviewer files and the key list, which read a
// body before its signature is verified (they carry their own keys; the key list is opened from the pinned
// key of the test vector's generation 1). Any bytes must give a value or a clean Error, never a crash, a hang
// or an allocation past the format's bounds. Invariant checked on every input: a body a parser accepts is
// written back to exactly the same bytes (one way to write each value), and a self-signed file that opens
// holds exactly the body it was read from.
#include "sync/batch/DecisionList.h"
#include "sync/batch/EnrolmentAnswer.h"
#include "sync/batch/EnrolmentRequest.h"
#include "sync/batch/Envelope.h"
#include "sync/batch/HubKeyChain.h"
#include "sync/batch/Receipt.h"
#include "sync/batch/ReviewClaim.h"
#include "sync/batch/ReviewFeed.h"
#include "sync/batch/ReviewerEnrolment.h"
#include "sync/batch/RevocationList.h"
#include "sync/batch/Snapshot.h"
#include "sync/batch/Verdict.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace verdes;
using namespace verdes::sync;

namespace {

template <typename T>
void roundTrip(QByteArrayView bytes)
{
    if (auto value = T::decode(bytes); value) {
        if (value->encode() != bytes) {
            std::abort();
        }
    }
}

template <typename T>
void openSelfSigned(QByteArrayView bytes, FileKind kind)
{
    if (auto value = T::open(bytes); value) {
        auto body = Envelope::unverifiedBody(bytes, kind);
        if (!body || value->encode() != *body) {
            std::abort();
        }
    }
}

// The pinned hub key of tests/data/messages/hub-keys.signed (generation 1 of its list).
const QByteArray &pinnedHubKey()
{
    static const QByteArray key =
        QByteArray::fromHex("174553b456dddfc6908ecab1c101fe6ab21e2baa0617795b7d43a63482993fd5");
    return key;
}

void openKeyList(QByteArrayView bytes)
{
    if (auto chain = HubKeyChain::open(bytes, pinnedHubKey()); chain) {
        auto body = Envelope::unverifiedBody(bytes, FileKind::HubKeys);
        if (!body || chain->encode() != *body || chain->bySigningKeyId(QByteArray()) != nullptr) {
            std::abort();
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size)); // NOLINT
    roundTrip<Receipt>(bytes);
    roundTrip<EnrolmentRequest>(bytes);
    roundTrip<EnrolmentAnswer>(bytes);
    roundTrip<RevocationList>(bytes);
    roundTrip<HubKeyChain>(bytes);
    roundTrip<ReviewerRequest>(bytes);
    roundTrip<ReviewerAnswer>(bytes);
    roundTrip<ReviewFeedRequest>(bytes);
    roundTrip<ReviewFeed>(bytes);
    roundTrip<Verdict>(bytes);
    roundTrip<VerdictUpload>(bytes);
    roundTrip<VerdictReceipt>(bytes);
    roundTrip<DecisionRequest>(bytes);
    roundTrip<DecisionList>(bytes);
    roundTrip<SignedSnapshot>(bytes);
    roundTrip<ClaimRequest>(bytes);
    roundTrip<ClaimAnswer>(bytes);
    openSelfSigned<EnrolmentRequest>(bytes, FileKind::EnrolmentRequest);
    openSelfSigned<EnrolmentAnswer>(bytes, FileKind::EnrolmentAnswer);
    openSelfSigned<ReviewerRequest>(bytes, FileKind::ReviewerRequest);
    openSelfSigned<ReviewerAnswer>(bytes, FileKind::ReviewerAnswer);
    openKeyList(bytes);
    return 0;
}
