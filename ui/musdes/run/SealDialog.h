// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/musdes/Meeting.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QThread;

namespace verdes {
struct Actor;
class SealMeetingJob;
class Vault;
} // namespace verdes

namespace verdes::ui {

// Sealing is the chair's act (issue 12 §3): the dialog sums up the meeting (agreed, rejected,
// deferred and undecided items, attendance) and warns that nothing can change afterwards; the chair
// (an officer with the role Chair or KepalaDesa) is picked and types their own passphrase. The
// passphrase is checked with Vault::confirmOfficer on a worker thread (Argon2id takes a second), then
// MeetingRepository::seal runs as a SealMeetingJob on a connection of its own, with progress. When
// it is done the dialog shows the seal's short hash and emits sealed().
class SealDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SealDialog)

public:
    SealDialog(Vault &vault, qint64 meetingId, QWidget *parent = nullptr);
    ~SealDialog() override;

    // What the summary counted (for tests and the console).
    struct Counts
    {
        int agreed = 0;   // agreed and keep
        int rejected = 0; // rejected and propose removal
        int deferred = 0;
        int undecided = 0;
        int attendees = 0;
    };

    const Counts &counts() const { return m_counts; }

    // Whether the meeting can be sealed as it stands (every item decided, not sealed yet).
    bool canSeal() const { return m_canSeal; }

    // The last error or the outcome, as shown.
    QString messageText() const;

    // The short hash of the seal once sealed (empty before).
    QString shortHash() const { return m_shortHash; }

    bool isBusy() const { return m_busy; }

    // Picks the chair and types the passphrase (the tests drive the dialog through these too).
    bool setOfficer(const QString &name);
    void setPassphrase(const QString &passphrase);

public Q_SLOTS:
    // Checks the passphrase, then seals.
    void seal();
    void reject() override;

Q_SIGNALS:
    void sealed(const verdes::MeetingSeal &seal);
    // The passphrase was refused or sealing failed (the message is shown in the dialog).
    void failed(const QString &message);

private:
    void loadSummary();
    void startSealing(const Actor &chair);
    void setBusy(bool busy, const QString &text = {});
    void showMessage(const QString &text, bool error);

    Vault &m_vault;
    qint64 m_meetingId;
    Counts m_counts;
    bool m_canSeal = false;
    bool m_busy = false;
    QString m_shortHash;
    QLabel *m_summaryLabel = nullptr;
    QLabel *m_warningLabel = nullptr;
    QComboBox *m_officerCombo = nullptr;
    QLineEdit *m_passphraseEdit = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_messageLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_sealButton = nullptr;
    QPointer<QThread> m_worker;
    std::unique_ptr<SealMeetingJob> m_job;
};

} // namespace verdes::ui
