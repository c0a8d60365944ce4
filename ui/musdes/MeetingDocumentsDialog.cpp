// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/musdes/MeetingDocumentsDialog.h"

#include "models/core/Error.h"
#include "models/domain/Role.h"
#include "models/musdes/DocumentTemplate.h"
#include "models/musdes/MeetingRepository.h"
#include "models/vault/Database.h"
#include "ui/jobs/JobRunner.h"
#include "ui/musdes/MeetingDocuments.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace verdes::ui {

MeetingDocumentsDialog::MeetingDocumentsDialog(
    Database &db, Actor actor, MeetingDocumentData data, std::optional<DocumentKind> only, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_actor(std::move(actor))
    , m_data(std::move(data))
    , m_list(new QListWidget(this))
    , m_paper(new QComboBox(this))
{
    setWindowTitle(tr("Documents of meeting %1").arg(m_data.meeting.number));
    auto *layout = new QVBoxLayout(this);
    auto *intro =
        new QLabel(m_data.meeting.isSealed()
                       ? tr("The meeting is sealed (seal %1): every page carries the seal.")
                             .arg(m_data.meeting.seal->shortHash())
                       : tr("The meeting is not sealed yet: every page says BELUM DISEGEL (draft)."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    const QList<DocumentKind> kinds = only ? QList<DocumentKind>{*only} : m_data.documents();
    for (const DocumentKind kind : kinds) {
        auto *item = new QListWidgetItem(DocumentTemplate::title(kind), m_list);
        item->setData(Qt::UserRole, static_cast<int>(kind));
    }
    m_list->setCurrentRow(0);
    layout->addWidget(m_list);

    auto *form = new QFormLayout();

    m_paper->addItem(tr("A4 (210 × 297 mm)"), static_cast<int>(Paper::A4));
    m_paper->addItem(tr("F4 / folio (215 × 330 mm)"), static_cast<int>(Paper::F4));
    form->addRow(tr("&Paper:"), m_paper);
    layout->addLayout(form);

    auto *privacy = new QLabel(tr("The BNBA holds NIK and KK numbers: keep printed and saved copies safe. "
                                  "Every print and save is recorded in the vault's history."),
                               this);
    privacy->setWordWrap(true);
    layout->addWidget(privacy);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_print = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    m_save = only ? nullptr : buttons->addButton(tr("&Save all to a folder…"), QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_print, &QPushButton::clicked, this, &MeetingDocumentsDialog::printChosen);
    connect(m_list, &QListWidget::itemActivated, this, &MeetingDocumentsDialog::printChosen);
    if (m_save != nullptr) {
        connect(m_save, &QPushButton::clicked, this, &MeetingDocumentsDialog::saveAll);
    }
    const bool allowed = m_actor.may(Action::ExportData);
    m_print->setEnabled(allowed);
    if (m_save != nullptr) {
        m_save->setEnabled(allowed);
    }
    if (!allowed) {
        privacy->setText(describe(m_actor.require(Action::ExportData).error()));
    }
    resize(sizeHint().expandedTo(QSize(460, 360)));
}

MeetingDocumentsDialog::~MeetingDocumentsDialog() = default;

std::optional<DocumentKind> MeetingDocumentsDialog::chosenKind() const
{
    const QListWidgetItem *item = m_list->currentItem();
    if (item == nullptr) {
        return std::nullopt;
    }
    return static_cast<DocumentKind>(item->data(Qt::UserRole).toInt());
}

void MeetingDocumentsDialog::printChosen()
{
    const std::optional<DocumentKind> kind = chosenKind();
    if (!kind || !m_print->isEnabled()) {
        return;
    }
    const auto paper = static_cast<Paper>(m_paper->currentData().toInt());
    auto printed = MeetingDocuments::printWithDialog(this, m_data, *kind, paper);
    if (!printed) {
        Q_EMIT errorOccurred(describe(printed.error()));
        return;
    }
    if (*printed) {
        MeetingRepository meetings(m_db);
        if (auto recorded = meetings.recordDocuments(m_actor, m_data.meeting.id, documentKindCode(*kind), 1);
            !recorded) {
            Q_EMIT errorOccurred(describe(recorded.error()));
        }
    }
}

void MeetingDocumentsDialog::saveAll()
{
    const QString folder = QFileDialog::getExistingDirectory(
        this,
        tr("Save the documents of meeting %1 to").arg(m_data.meeting.number),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    if (folder.isEmpty()) {
        return;
    }
    const auto paper = static_cast<Paper>(m_paper->currentData().toInt());
    auto *runner = new JobRunner(this);
    connect(runner, &JobRunner::failed, this, &MeetingDocumentsDialog::errorOccurred);
    connect(runner, &JobRunner::meetingDocumentsWritten, this, [this](int count) {
        MeetingRepository meetings(m_db);
        if (auto recorded =
                meetings.recordDocuments(m_actor, m_data.meeting.id, QStringLiteral("files"), count);
            !recorded) {
            Q_EMIT errorOccurred(describe(recorded.error()));
        }
    });
    runner->writeMeetingDocuments(m_data, paper, folder);
}

} // namespace verdes::ui
