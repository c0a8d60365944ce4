// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"
#include "models/vault/Actor.h"
#include "models/vault/VaultConnector.h"

#include <QDateTime>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QTableView;

namespace Ui {
class OutboxPage;
} // namespace Ui

namespace verdes {
class Clock;
class Database;
} // namespace verdes

namespace verdes::sync {
class BatchExportJob;
class CatchUpJob;
class SendJob;
struct OutboxEntry;
} // namespace verdes::sync

QT_BEGIN_NAMESPACE
class QTimer;
QT_END_NAMESPACE

namespace verdes::ui {

class OutboxItemTableModel;
class OutboxTableModel;

// The "Send to district" page (issue 13 §3): the district hub this laptop is enrolled with (or a
// button to enrol it), the batches of the sealed meetings with where each stands, and the items of
// the selected one with what the district's receipt said of each. With a hub that has an HTTPS
// address, the batches go by themselves: when the page has something waiting, when the network comes
// back (QNetworkInformation) and at each batch's next try after a failure, and at once with "Send
// now". Without a connection, the officer writes a batch to a USB stick for the district and imports
// the receipt they bring back.
//
// Making the batches (catchUp) and writing one run as jobs on connections of their own (a batch holds
// the meeting's evidence: megabytes), so the window never freezes. What the officer's role does not
// allow is disabled. Outcomes are said in a line on the page, not in a box to click away.
class OutboxPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutboxPage)

public:
    // Makes a new connection to the open vault for each job (Vault::connector in the application).
    using ConnectorFactory = std::function<Result<VaultConnector>()>;

    OutboxPage(Database &db, ConnectorFactory connector, QWidget *parent = nullptr);
    ~OutboxPage() override;

    void setActor(const Actor &actor);
    // The village's name, for the enrolment request and the batch's file name.
    void setVillageName(const QString &name);
    // The clock of the jobs (the system clock unless set; tests). Not owned.
    void setClock(Clock &clock);

    // Reads the hub and the batches again, keeping the selection.
    void reload();
    // Makes the batches of sealed meetings that have none yet, on a worker thread, then reloads.
    // Nothing happens while one runs or when the officer's role may not send batches.
    void catchUp();
    // Whether a catch-up or a write is under way.
    bool isBusy() const;

    // The batch "Write to USB stick" writes: the selected one while the district has not answered
    // it, else the oldest the district has not answered; none when every batch is answered.
    std::optional<quint64> batchToExport();
    // "batch-<village>-<number>.vbatch".
    QString defaultExportName(quint64 sequence) const;
    // Writes that batch, sealed for the hub, to `path` on a worker thread (`replace`: the officer
    // agreed to replace the file there). The outcome is said on the page.
    void exportTo(const QString &path, bool replace);
    // Reads and records the district's receipt in `path`, or its revocation list, and says what it means.
    void importReceipt(const QString &path);
    // Reads the district's verdicts in `path` (a decision list from `verdes-hub decisions`), applies
    // them and says what changed; proposals change state (outboxChanged).
    void importDecisions(const QString &path);
    // Sends every batch the district has not answered over HTTPS, then fetches the district's new
    // verdicts, on a worker thread (SendJob); the outcome is said on the page. `automatic`: started by
    // the page itself (a failure then shows in the batch's row, not as a message).
    void sendNow(bool automatic = false);
    // Whether the hub takes batches over HTTPS and this officer may send them.
    bool canSendOnline() const;

    // When the page will next send by itself (invalid when it will not).
    QDateTime nextAutomaticSend() const { return m_nextSend; }

    // Selects a batch in the list (its items show below); false when it is not listed.
    bool selectBatch(quint64 sequence);

    // The enrolment dialog, made by enrol() (for tests and the screenshot tour).
    void enrol();

    OutboxTableModel *model() const { return m_model; }

    OutboxItemTableModel *itemModel() const { return m_itemModel; }

    QTableView *batchesView() const;
    QTableView *itemsView() const;
    QString hubText() const;
    QString messageText() const;

    // Whether the last message was an error.
    bool isMessageError() const { return m_messageError; }

Q_SIGNALS:
    // Batches were made, written or answered: proposals changed state.
    void outboxChanged();
    // The hub revoked this laptop (learnt at a send, from a receipt or a revocation list): the vault
    // must lock. Emitted from inside the page's own work: connect it queued.
    void revoked();
    // The hub's state was read again (after each send, import and enrolment): its last contact too.
    void hubUpdated();

private:
    void updateHub();
    void updateActions();
    void showItems();
    void showMessage(const QString &text, bool error);
    void setBusy(const QString &text);
    void chooseExportFile();
    void chooseReceiptFile();
    void chooseDecisionsFile();
    void scheduleSend();
    void watchNetwork();
    QString itemSubject(const std::optional<qint64> &proposalId, const QString &householdId);

    std::unique_ptr<Ui::OutboxPage> m_ui;
    Database &m_db;
    ConnectorFactory m_connector;
    Clock *m_clock;
    Actor m_actor;
    QString m_villageName;
    bool m_enrolled = false;
    bool m_online = false; // the hub has an HTTPS address and has not revoked this laptop
    QDateTime m_nextSend;
    bool m_messageError = false;
    OutboxTableModel *m_model;
    OutboxItemTableModel *m_itemModel;
    QTimer *m_sendTimer;
    std::unique_ptr<sync::CatchUpJob> m_catchUpJob;
    std::unique_ptr<sync::BatchExportJob> m_exportJob;
    std::unique_ptr<sync::SendJob> m_sendJob;
};

} // namespace verdes::ui
