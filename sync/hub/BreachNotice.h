// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Clock.h"
#include "models/core/Result.h"
#include "sync/hub/HubStorage.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace verdes::hub {

class Hub;

// What the hub knows a lost or stolen laptop held, for the breach notice of UU 27/2022 art. 46
// (DOMAIN.md §10): the device, the batches it sent with their items and evidence, the decisions the
// hub held for its village by its last contact. The laptop's vault held more (the village's whole
// registry), which the hub never sees: the notice leaves that number for the operator to fill in.
struct BreachReport
{
    struct SentBatch
    {
        quint64 sequence = 0;
        QString createdAt;  // when the village made it (UTC)
        QString receivedAt; // when the hub stored it (UTC)
        QString outcome;    // the receipt's
        int items = 0;
        int households = 0; // distinct households the items name
        int bnbaLines = 0;  // persons named on the BNBA lines
        int evidenceFiles = 0;
        qint64 evidenceBytes = 0;
    };

    HubSettings hub;
    HubDevice device;
    QList<SentBatch> batches;
    qint64 verdicts = 0;      // stored for the village by the device's last contact
    qint64 verdictsAfter = 0; // stored since (the device cannot have them)
    QString madeAt;           // UTC, ISO

    int items() const;
    int bnbaLines() const;
    int evidenceFiles() const;
    qint64 evidenceBytes() const;
};

// The breach notice draft at the hub (issue 14 §3, `verdes-hub breach-notice`): refused until the
// device's key is revoked (PrivacyDeviceNotRevoked), so that the notice can say the lost laptop can no
// longer send or receive anything. The text draft is for the operator to edit and complete (the
// blanks are marked); the HTML is the same draft for printing.
class BreachNotice final
{
    Q_DECLARE_TR_FUNCTIONS(BreachNotice)

public:
    // PrivacyDeviceUnknown for a key no device was enrolled with (a reviewer's key too), UsageError for
    // text that is not a key id.
    static Result<BreachReport>
    prepare(Hub &hub, const QString &keyIdText, Clock &clock = SystemClock::instance());

    // The notice as editable plain text, in the interface language.
    static QString text(const BreachReport &report);
    // The same notice as HTML for QTextDocument.
    static QString html(const BreachReport &report);
    static QString title();
    // How the laptop's vault is protected, as the notice states it.
    static QString encryptionStatement();
};

} // namespace verdes::hub
