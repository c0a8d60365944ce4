// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/musdes/run/SealDialog.h"

#include "models/core/Clock.h"
#include "models/core/Log.h"
#include "models/core/SecureBytes.h"
#include "models/domain/Role.h"
#include "models/jobs/SealMeetingJob.h"
#include "models/musdes/MeetingRepository.h"
#include "models/vault/Vault.h"
#include "ui/common/Look.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>

#include <optional>

namespace verdes::ui {

SealDialog::SealDialog(Vault &vault, qint64 meetingId, QWidget *parent)
    : QDialog(parent)
    , m_vault(vault)
    , m_meetingId(meetingId)
    , m_summaryLabel(new QLabel(this))
    , m_warningLabel(new QLabel(this))
    , m_officerCombo(new QComboBox(this))
    , m_passphraseEdit(new QLineEdit(this))
    , m_progress(new QProgressBar(this))
    , m_messageLabel(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("sealDialog"));
    setWindowTitle(tr("Seal the meeting"));
    auto *layout = new QVBoxLayout(this);

    m_summaryLabel->setObjectName(QStringLiteral("sealSummaryLabel"));
    m_summaryLabel->setTextFormat(Qt::PlainText);
    m_summaryLabel->setWordWrap(true);
    layout->addWidget(m_summaryLabel);

    m_warningLabel->setObjectName(QStringLiteral("sealWarningLabel"));
    m_warningLabel->setWordWrap(true);
    Look::setNoticeStyle(m_warningLabel);
    layout->addWidget(m_warningLabel);

    auto *form = new QFormLayout;

    m_officerCombo->setObjectName(QStringLiteral("sealOfficerCombo"));

    m_passphraseEdit->setObjectName(QStringLiteral("sealPassphraseEdit"));
    m_passphraseEdit->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Chair who seals:"), m_officerCombo);
    form->addRow(tr("Their &passphrase:"), m_passphraseEdit);
    layout->addLayout(form);

    m_progress->setObjectName(QStringLiteral("sealProgressBar"));
    m_progress->setRange(0, 0);
    m_progress->hide();
    layout->addWidget(m_progress);

    m_messageLabel->setObjectName(QStringLiteral("sealMessageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextFormat(Qt::PlainText);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_messageLabel->hide();
    layout->addWidget(m_messageLabel);

    m_sealButton = m_buttons->addButton(tr("&Seal"), QDialogButtonBox::AcceptRole);
    m_sealButton->setObjectName(QStringLiteral("sealButton"));
    layout->addWidget(m_buttons);
    connect(m_sealButton, &QPushButton::clicked, this, &SealDialog::seal);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SealDialog::reject);
    connect(m_passphraseEdit, &QLineEdit::returnPressed, this, &SealDialog::seal);

    // Who may seal: the officers with the chair's or the kepala desa's role; the acting officer
    // first when they are one of them.
    const QString acting = m_vault.actor().name;
    if (auto officers = m_vault.officers(); officers) {
        for (const Vault::OfficerInfo &officer : std::as_const(*officers)) {
            if (officer.role == Role::Chair || officer.role == Role::KepalaDesa) {
                m_officerCombo->addItem(tr("%1 (%2)").arg(officer.name, RoleText::label(officer.role)),
                                        officer.name);
            }
        }
    } else {
        showMessage(describe(officers.error()), true);
    }
    if (const int index = m_officerCombo->findData(acting); index >= 0) {
        m_officerCombo->setCurrentIndex(index);
    }

    loadSummary();
    setMinimumWidth(520);
    m_passphraseEdit->setFocus();
}

SealDialog::~SealDialog()
{
    // The key derivation cannot be interrupted; it ends within a second or two. A sealing job
    // rolls back when cancelled.
    if (m_worker) {
        m_worker->wait();
    }
    m_job.reset();
}

void SealDialog::loadSummary()
{
    MeetingRepository meetings(m_vault.database());
    m_counts = {};
    auto agenda = meetings.agenda(m_meetingId);
    auto attendees = meetings.attendees(m_meetingId);
    auto meeting = meetings.get(m_meetingId);
    if (!agenda || !attendees || !meeting || !meeting->has_value()) {
        const QString text = !agenda      ? describe(agenda.error())
                             : !attendees ? describe(attendees.error())
                             : !meeting   ? describe(meeting.error())
                                          : tr("This meeting is no longer in the vault.");
        showMessage(text, true);
        m_canSeal = false;
        m_sealButton->setEnabled(false);
        return;
    }
    for (const AgendaItem &item : std::as_const(*agenda)) {
        switch (item.decision) {
        case Decision::Agreed:
        case Decision::Keep:
            ++m_counts.agreed;
            break;
        case Decision::Rejected:
        case Decision::ProposeRemoval:
            ++m_counts.rejected;
            break;
        case Decision::Deferred:
            ++m_counts.deferred;
            break;
        case Decision::None:
            ++m_counts.undecided;
            break;
        }
    }
    m_counts.attendees = static_cast<int>(attendees->size());
    const QLocale locale;
    const Meeting &data = **meeting;
    m_summaryLabel->setText(
        tr("Meeting %1 of %2\n\n"
           "Agreed or kept: %3\nRejected or proposed for removal: %4\nDeferred: %5\nNot decided: %6\n"
           "Attendance: %7")
            .arg(data.number,
                 Look::longDate(data.date),
                 locale.toString(m_counts.agreed),
                 locale.toString(m_counts.rejected),
                 locale.toString(m_counts.deferred),
                 locale.toString(m_counts.undecided),
                 locale.toString(m_counts.attendees)));
    if (data.isSealed()) {
        m_canSeal = false;
        m_shortHash = data.seal->shortHash();
        m_warningLabel->setText(tr("This meeting is already sealed (seal %1).").arg(m_shortHash));
    } else if (m_counts.undecided > 0) {
        m_canSeal = false;
        m_warningLabel->setText(
            tr("%n item(s) not decided yet. A meeting is sealed only when every item is decided: go back "
               "and record the decisions first.",
               "",
               m_counts.undecided));
        Look::setErrorStyle(m_warningLabel);
    } else {
        m_canSeal = true;
        m_warningLabel->setText(
            tr("After sealing nothing of this meeting can change: not the decisions, not the attendance, not "
               "the meeting's data. A mistake can only be corrected by an addendum meeting. Agreed proposals "
               "become sealed and deferred ones return for the next meeting."));
    }
    m_sealButton->setEnabled(m_canSeal);
    m_officerCombo->setEnabled(m_canSeal);
    m_passphraseEdit->setEnabled(m_canSeal);
    if (m_canSeal && m_officerCombo->count() == 0) {
        m_canSeal = false;
        m_sealButton->setEnabled(false);
        showMessage(tr("No officer may seal: add the chair (Ketua BPD) or the kepala desa as an officer with "
                       "that role (Vault ▸ Officers)."),
                    true);
    }
}

bool SealDialog::setOfficer(const QString &name)
{
    const int index = m_officerCombo->findData(name);
    if (index < 0) {
        return false;
    }
    m_officerCombo->setCurrentIndex(index);
    return true;
}

void SealDialog::setPassphrase(const QString &passphrase)
{
    m_passphraseEdit->setText(passphrase);
}

QString SealDialog::messageText() const
{
    return m_messageLabel->isHidden() ? QString() : m_messageLabel->text();
}

void SealDialog::showMessage(const QString &text, bool error)
{
    m_messageLabel->setText(text);
    Look::setMessageStyle(m_messageLabel, error);
    m_messageLabel->show();
}

void SealDialog::setBusy(bool busy, const QString &text)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_progress->setRange(0, 0);
    m_officerCombo->setEnabled(!busy && m_canSeal);
    m_passphraseEdit->setEnabled(!busy && m_canSeal);
    m_sealButton->setEnabled(!busy && m_canSeal);
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(!busy);
    if (busy) {
        showMessage(text, false);
    }
}

void SealDialog::seal()
{
    if (m_busy || !m_canSeal) {
        return;
    }
    const QString officer = m_officerCombo->currentData().toString();
    if (officer.isEmpty()) {
        return;
    }
    if (m_passphraseEdit->text().isEmpty()) {
        showMessage(tr("Type the passphrase of %1.").arg(officer), true);
        m_passphraseEdit->setFocus();
        return;
    }
    using Outcome = Result<QString>;
    auto outcome = std::make_shared<std::optional<Outcome>>();
    auto passphrase = std::make_shared<SecureBytes>(SecureBytes::fromUtf8(m_passphraseEdit->text()));
    m_passphraseEdit->clear();
    const Vault *vault = &m_vault;
    // confirmPassphrase only reads the key-slot data and derives, touching no database; the dialog
    // is modal and waits for the thread before it goes, so the vault stays open meanwhile. The
    // officer is then read on this thread, the vault's own.
    m_worker = QThread::create([vault, officer, passphrase, outcome] {
        outcome->emplace(vault->confirmPassphrase(officer, *passphrase));
        passphrase->clear();
    });
    m_worker->setParent(this);
    setBusy(true, tr("Checking the passphrase of %1…").arg(officer));
    connect(m_worker, &QThread::finished, this, [this, outcome] {
        m_worker->deleteLater();
        m_worker = nullptr;
        Q_ASSERT(outcome->has_value());
        const Outcome &officerId = **outcome;
        const Result<Actor> chair =
            officerId ? Actor::load(m_vault.database(), *officerId) : Result<Actor>(officerId.error());
        if (!chair) {
            setBusy(false);
            qCInfo(lcVault) << "seal: officer not confirmed:" << errorCodeName(chair.error().code);
            const QString message = describe(chair.error());
            showMessage(message, true);
            m_passphraseEdit->setFocus();
            Q_EMIT failed(message);
            return;
        }
        startSealing(*chair);
    });
    m_worker->start();
}

void SealDialog::startSealing(const Actor &chair)
{
    auto connector = m_vault.connector();
    if (!connector) {
        setBusy(false);
        const QString message = describe(connector.error());
        showMessage(message, true);
        Q_EMIT failed(message);
        return;
    }
    m_job = std::make_unique<SealMeetingJob>(
        std::move(connector).value(), chair, m_meetingId, SystemClock::instance());
    setBusy(true, tr("Sealing the meeting as %1…").arg(chair.name));
    connect(m_job.get(), &Job::progress, this, [this](qint64 done, qint64 total) {
        if (total > 0) {
            m_progress->setRange(0, 1000);
            m_progress->setValue(static_cast<int>(done * 1000 / total));
        }
    });
    connect(m_job.get(), &Job::finished, this, [this] {
        m_job->wait();
        const Result<MeetingSeal> result = m_job->result();
        setBusy(false);
        if (!result) {
            const QString message = describe(result.error());
            showMessage(message, true);
            Q_EMIT failed(message);
            return;
        }
        m_shortHash = result->shortHash();
        loadSummary();
        showMessage(tr("The meeting is sealed. Seal: %1. Write it on the signed minutes.").arg(m_shortHash),
                    false);
        m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
        m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(true);
        Q_EMIT sealed(*result);
    });
    m_job->start();
}

void SealDialog::reject()
{
    if (m_busy) {
        return; // the derivation ends within seconds; the seal is all or nothing
    }
    m_passphraseEdit->clear();
    QDialog::reject();
}

} // namespace verdes::ui
