// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/hub/HubStorage.h"

namespace verdes::hub {

Result<HubChainView> HubStorage::chainView(const QByteArray &deviceKeyId,
                                           const QByteArray &batchId,
                                           const QList<quint64> &proposalIds)
{
    HubChainView view;
    // The chain first, then the receipt: another process stores a batch and moves the chain in one
    // transaction, so a chain read before it moved cannot meet a receipt read before it was stored.
    VERDES_TRY_ASSIGN(device, this->device(deviceKeyId));
    view.device = std::move(device);
    VERDES_TRY_ASSIGN(receipt, receiptOf(batchId));
    view.receipt = std::move(receipt);
    VERDES_TRY_ASSIGN(sent, sentProposals(deviceKeyId, proposalIds));
    view.sentProposals = std::move(sent);
    VERDES_TRY_ASSIGN(newest, newestKeyGeneration());
    view.newestKeyGeneration = newest;
    return view;
}

} // namespace verdes::hub
