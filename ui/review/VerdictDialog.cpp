// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/review/VerdictDialog.h"

#include "sync/batch/Verdict.h"
#include "ui/common/Look.h"
#include "ui_VerdictDialog.h"

#include <QPushButton>

namespace verdes::ui {

namespace {

std::optional<ReviewReason::Kind> reasonKindOf(ProposalState state)
{
    if (state == ProposalState::Returned) {
        return ReviewReason::Kind::Return;
    }
    if (state == ProposalState::RejectedByDinas) {
        return ReviewReason::Kind::Reject;
    }
    return std::nullopt;
}

} // namespace

VerdictDialog::VerdictDialog(ProposalState state, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<::Ui::VerdictDialog>())
    , m_state(state)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("verdictDialog"));
    Look::setErrorStyle(m_ui->errorLabel);
    m_ui->errorLabel->hide();
    for (QWidget *widget : {static_cast<QWidget *>(m_ui->changesLabel),
                            static_cast<QWidget *>(m_ui->changesListWidget),
                            static_cast<QWidget *>(m_ui->skippedLabel),
                            static_cast<QWidget *>(m_ui->skippedListWidget)}) {
        widget->hide();
    }

    QString title;
    QString explanation;
    QString ok;
    switch (state) {
    case ProposalState::Verified:
        title = tr("Verify");
        ok = tr("&Verify");
        explanation = tr("The item is verified and goes to the office head to approve or reject.");
        break;
    case ProposalState::Returned:
        title = tr("Return to the village");
        ok = tr("&Return");
        explanation = tr("The item goes back to the village with the reason, as a new draft linked to this "
                         "one. Choose the reason and write what the village must do.");
        break;
    case ProposalState::GcAssigned:
        title = tr("Assign a ground check");
        ok = tr("&Assign");
        explanation = tr("A facilitator (pendamping) visits the household to check the proposal.");
        break;
    case ProposalState::GcDone:
        title = tr("Record the ground check's result");
        ok = tr("&Record");
        explanation = tr("What the facilitator found at the household.");
        break;
    case ProposalState::Approved:
        title = tr("Approve");
        ok = tr("&Approve");
        explanation = tr("The item is approved. The village's registry changes with the next snapshot.");
        break;
    case ProposalState::RejectedByDinas:
        title = tr("Reject");
        ok = tr("Re&ject");
        explanation = tr("The district rejects the item. The village sees the reason.");
        break;
    default:
        title = ProposalStateText::label(state);
        ok = tr("OK");
        break;
    }
    setWindowTitle(title);
    m_ui->explanationLabel->setText(explanation);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(ok);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));

    const auto kind = reasonKindOf(state);
    if (kind) {
        m_ui->reasonComboBox->addItem(tr("Choose a reason…"));
        for (const ReviewReason &reason : ReviewReason::named()) {
            if (reason.kind == *kind) {
                m_ui->reasonComboBox->addItem(ReviewCodeText::codeAndLabel(reason), reason.code());
            }
        }
    }
    m_ui->reasonLabel->setVisible(kind.has_value());
    m_ui->reasonComboBox->setVisible(kind.has_value());
    const bool assigns = state == ProposalState::GcAssigned;
    m_ui->facilitatorLabel->setVisible(assigns);
    m_ui->facilitatorLineEdit->setVisible(assigns);
    const bool records = state == ProposalState::GcDone;
    m_ui->groundCheckComboBox->addItem(tr("Choose the result…"));
    for (const GroundCheckResult result : allGroundCheckResults()) {
        m_ui->groundCheckComboBox->addItem(
            tr("%1 – %2").arg(static_cast<int>(result)).arg(ReviewCodeText::label(result)),
            static_cast<int>(result));
    }
    m_ui->groundCheckLabel->setVisible(records);
    m_ui->groundCheckComboBox->setVisible(records);
    for (const NikMatch match : {NikMatch::NotChecked, NikMatch::Matched, NikMatch::NotMatched}) {
        m_ui->nikMatchComboBox->addItem(ReviewCodeText::label(match), nikMatchCode(match));
    }
    const bool notes = kind.has_value();
    m_ui->noteLabel->setVisible(notes);
    m_ui->noteTextEdit->setVisible(notes);
    if (kind) {
        m_ui->reasonComboBox->setFocus();
    } else if (assigns) {
        m_ui->facilitatorLineEdit->setFocus();
    } else if (records) {
        m_ui->groundCheckComboBox->setFocus();
    } else {
        m_ui->nikMatchComboBox->setFocus();
    }

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &VerdictDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &VerdictDialog::reject);
    connect(m_ui->reasonComboBox, &QComboBox::currentIndexChanged, m_ui->errorLabel, &QLabel::hide);
    connect(m_ui->groundCheckComboBox, &QComboBox::currentIndexChanged, m_ui->errorLabel, &QLabel::hide);
    connect(m_ui->facilitatorLineEdit, &QLineEdit::textChanged, m_ui->errorLabel, &QLabel::hide);
}

VerdictDialog::~VerdictDialog() = default;

void VerdictDialog::setCompleteness(const QString &codes)
{
    QStringList found;
    bool chosen = false;
    for (const QString &code : codes.split(u' ', Qt::SkipEmptyParts)) {
        const auto reason = ReviewReason::fromCode(code);
        if (!reason) {
            continue;
        }
        found << ReviewCodeText::codeAndLabel(*reason);
        const int index = m_ui->reasonComboBox->findData(reason->code());
        if (!chosen && index > 0) {
            m_ui->reasonComboBox->setCurrentIndex(index);
            chosen = true;
        }
    }
    if (!found.isEmpty() && m_state == ProposalState::Returned) {
        m_ui->noteTextEdit->setPlainText(
            tr("The completeness check found: %1.").arg(found.join(QStringLiteral("; "))));
    }
}

void VerdictDialog::setNikMatch(NikMatch match)
{
    m_ui->nikMatchComboBox->setCurrentIndex(m_ui->nikMatchComboBox->findData(nikMatchCode(match)));
}

void VerdictDialog::setBulk(const QStringList &changes, const QStringList &skipped)
{
    m_ui->changesLabel->setText(tr("%n item(s) will change:", nullptr, static_cast<int>(changes.size())));
    m_ui->changesListWidget->addItems(changes);
    m_ui->changesLabel->show();
    m_ui->changesListWidget->show();
    if (!skipped.isEmpty()) {
        m_ui->skippedLabel->setText(tr("%n item(s) are left out: their state does not allow this verdict.",
                                       nullptr,
                                       static_cast<int>(skipped.size())));
        m_ui->skippedListWidget->addItems(skipped);
        m_ui->skippedLabel->show();
        m_ui->skippedListWidget->show();
    }
    if (changes.isEmpty()) {
        m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(false);
    }
}

sync::VerdictInput VerdictDialog::input() const
{
    sync::VerdictInput input;
    input.state = m_state;
    if (reasonKindOf(m_state)) {
        input.reason = ReviewReason::fromCode(m_ui->reasonComboBox->currentData().toString());
        input.note = m_ui->noteTextEdit->toPlainText().trimmed();
    }
    if (m_state == ProposalState::GcAssigned) {
        input.facilitator = m_ui->facilitatorLineEdit->text().simplified();
    }
    if (m_state == ProposalState::GcDone) {
        input.groundCheck = groundCheckResultFromNumber(m_ui->groundCheckComboBox->currentData().toInt());
    }
    input.nikMatch = nikMatchFromCode(m_ui->nikMatchComboBox->currentData().toString());
    return input;
}

QString VerdictDialog::missing() const
{
    const sync::VerdictInput verdict = input();
    if (reasonKindOf(m_state) && !verdict.reason) {
        return tr("Choose a reason: the village must know why.");
    }
    if (m_state == ProposalState::GcAssigned && verdict.facilitator.isEmpty()) {
        return tr("Type the name of the facilitator who visits the household.");
    }
    if (m_state == ProposalState::GcDone && !verdict.groundCheck) {
        return tr("Choose what the ground check found.");
    }
    if (verdict.note.size() > sync::Verdict::kMaxNoteLength) {
        return tr("The note is too long: at most %1 characters.").arg(sync::Verdict::kMaxNoteLength);
    }
    return {};
}

void VerdictDialog::accept()
{
    const QString problem = missing();
    if (!problem.isEmpty()) {
        m_ui->errorLabel->setText(problem);
        m_ui->errorLabel->show();
        return;
    }
    QDialog::accept();
}

} // namespace verdes::ui
