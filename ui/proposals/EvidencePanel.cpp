// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/proposals/EvidencePanel.h"

#include "models/proposals/ProposalRepository.h"
#include "models/proposals/ProposalType.h"
#include "ui/proposals/EvidenceViewer.h"
#include "ui_EvidencePanel.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QIcon>
#include <QImage>
#include <QPainter>
#include <QPixmap>
#include <QStyle>

namespace verdes::ui {

namespace {

constexpr int kThumbnail = 96; // the form's iconSize; its gridSize leaves room for three lines of text
constexpr int kEvidenceIdRole = Qt::UserRole + 1;
constexpr int kPendingRole = Qt::UserRole + 2;

QIcon thumbnailFor(const QString &mime, const QByteArray &bytes, const QStyle *style)
{
    // A photo, or the first page of a PDF, on a square.
    const QImage image =
        EvidenceCheck::isImage(mime) ? QImage::fromData(bytes) : EvidenceViewer::firstPage(bytes, kThumbnail);
    if (image.isNull()) {
        return style->standardIcon(QStyle::SP_FileIcon);
    }
    QPixmap square(kThumbnail, kThumbnail);
    square.fill(Qt::transparent);
    const QImage scaled = image.scaled(kThumbnail, kThumbnail, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QPainter painter(&square);
    painter.drawImage((kThumbnail - scaled.width()) / 2, (kThumbnail - scaled.height()) / 2, scaled);
    return {square};
}

} // namespace

EvidencePanel::EvidencePanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::EvidencePanel>())
{
    m_ui->setupUi(this);
    m_ui->evidenceTitleLabel->setText(tr("<b>Evidence</b> (JPEG, PNG or PDF, at most %1)")
                                          .arg(EvidenceCheck::formatSize(EvidenceCheck::kMaxBytes)));
    for (EvidenceKind kind : allEvidenceKinds()) {
        m_ui->evidenceKindComboBox->addItem(ProposalTypeText::evidenceLabel(kind), evidenceKindCode(kind));
    }

    connect(m_ui->addEvidenceButton, &QPushButton::clicked, this, &EvidencePanel::chooseFile);
    connect(m_ui->viewEvidenceButton, &QPushButton::clicked, this, [this] {
        viewEvidence(m_ui->evidenceListWidget->currentRow());
    });
    connect(m_ui->evidenceListWidget, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem *item) {
        viewEvidence(m_ui->evidenceListWidget->row(item));
    });
    connect(m_ui->replaceEvidenceButton, &QPushButton::clicked, this, &EvidencePanel::chooseReplacement);
    connect(m_ui->removeEvidenceButton, &QPushButton::clicked, this, &EvidencePanel::removeCurrent);
    connect(m_ui->evidenceListWidget, &QListWidget::currentRowChanged, this, &EvidencePanel::updateButtons);
}

EvidencePanel::~EvidencePanel() = default;

void EvidencePanel::setDatabase(Database &db)
{
    m_db = &db;
}

QListWidget *EvidencePanel::list() const
{
    return m_ui->evidenceListWidget;
}

void EvidencePanel::showEvidence(const QList<EvidenceInfo> &stored)
{
    m_stored = stored;
    QListWidget *list = m_ui->evidenceListWidget;
    const QSignalBlocker block(list);
    list->clear();
    for (const EvidenceInfo &info : std::as_const(m_stored)) {
        QByteArray bytes;
        if (EvidenceCheck::isImage(info.mime) && m_db != nullptr) {
            if (auto bytesStored = ProposalRepository(*m_db).evidenceBytes(info.id)) {
                bytes = *bytesStored;
            }
        }
        QString text = tr("%1\n%2 · %3")
                           .arg(ProposalTypeText::evidenceLabel(info.kind),
                                info.fileName,
                                EvidenceCheck::formatSize(info.size));
        if (info.version > 1) {
            text += QLatin1Char('\n') + tr("version %1 (older kept)").arg(info.version);
        }
        auto *item = new QListWidgetItem(thumbnailFor(info.mime, bytes, style()), text, list);
        item->setData(kEvidenceIdRole, info.id);
        item->setData(kPendingRole, false);
        item->setToolTip(tr("%1, added by %2").arg(info.mime, info.addedByName));
    }
    for (qsizetype i = 0; i < m_pending.size(); ++i) {
        const PendingEvidence &pending = m_pending.at(i);
        const QString text = tr("%1\n%2 · %3 (not saved yet)")
                                 .arg(ProposalTypeText::evidenceLabel(pending.evidence.kind),
                                      pending.evidence.fileName,
                                      EvidenceCheck::formatSize(pending.evidence.bytes.size()));
        auto *item =
            new QListWidgetItem(thumbnailFor(pending.mime, pending.evidence.bytes, style()), text, list);
        item->setData(kEvidenceIdRole, static_cast<int>(i));
        item->setData(kPendingRole, true);
        item->setToolTip(pending.mime);
    }
    updateButtons();
}

void EvidencePanel::addPending(const NewEvidence &evidence, const QString &mime)
{
    m_pending.append({evidence, mime});
}

void EvidencePanel::clearPending()
{
    m_pending.clear();
}

QList<NewEvidence> EvidencePanel::pendingEvidence() const
{
    QList<NewEvidence> out;
    for (const PendingEvidence &pending : m_pending) {
        out << pending.evidence;
    }
    return out;
}

QList<EvidenceInfo> EvidencePanel::pendingInfos() const
{
    QList<EvidenceInfo> out;
    for (const PendingEvidence &pending : m_pending) {
        EvidenceInfo info;
        info.kind = pending.evidence.kind;
        info.fileName = pending.evidence.fileName;
        info.mime = pending.mime;
        info.size = pending.evidence.bytes.size();
        out << info;
    }
    return out;
}

void EvidencePanel::setAllowed(bool editable, bool mayReplace)
{
    m_editable = editable;
    m_mayReplace = mayReplace;
    updateButtons();
}

void EvidencePanel::suggestKind(EvidenceKind kind)
{
    m_ui->evidenceKindComboBox->setCurrentIndex(
        qMax(0, m_ui->evidenceKindComboBox->findData(evidenceKindCode(kind))));
}

void EvidencePanel::updateButtons()
{
    m_ui->addEvidenceButton->setEnabled(m_editable);
    m_ui->evidenceKindComboBox->setEnabled(m_editable);
    QListWidgetItem *current = m_ui->evidenceListWidget->currentItem();
    m_ui->viewEvidenceButton->setEnabled(current != nullptr);
    m_ui->removeEvidenceButton->setEnabled(m_editable && current != nullptr);
    m_ui->replaceEvidenceButton->setEnabled(m_mayReplace && current != nullptr
                                            && !current->data(kPendingRole).toBool());
}

QDialog *EvidencePanel::viewEvidence(int row)
{
    QListWidgetItem *item = m_ui->evidenceListWidget->item(row);
    if (item == nullptr) {
        return nullptr;
    }
    QString name;
    QString mime;
    QByteArray bytes;
    if (item->data(kPendingRole).toBool()) {
        const PendingEvidence &pending = m_pending.at(item->data(kEvidenceIdRole).toInt());
        name = pending.evidence.fileName;
        mime = pending.mime;
        bytes = pending.evidence.bytes;
    } else {
        const qint64 id = item->data(kEvidenceIdRole).toLongLong();
        for (const EvidenceInfo &info : std::as_const(m_stored)) {
            if (info.id == id) {
                name = info.fileName;
                mime = info.mime;
            }
        }
        if (m_db == nullptr) {
            return nullptr;
        }
        auto stored = ProposalRepository(*m_db).evidenceBytes(id);
        if (!stored) {
            Q_EMIT message(describe(stored.error()), true);
            return nullptr;
        }
        bytes = *stored;
    }
    auto *viewer = new EvidenceViewer(name, mime, bytes, window());
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    viewer->show();
    return viewer;
}

void EvidencePanel::removeCurrent()
{
    QListWidgetItem *item = m_ui->evidenceListWidget->currentItem();
    if (item == nullptr) {
        return;
    }
    if (item->data(kPendingRole).toBool()) {
        m_pending.removeAt(item->data(kEvidenceIdRole).toInt());
        showEvidence(m_stored);
        Q_EMIT pendingRemoved();
    } else {
        Q_EMIT removeRequested(item->data(kEvidenceIdRole).toLongLong());
    }
}

void EvidencePanel::chooseFile()
{
    auto *dialog =
        new QFileDialog(this, tr("Add evidence"), QString(), tr("Evidence (*.jpg *.jpeg *.png *.pdf)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QFile file(path);
        if (file.size() > EvidenceCheck::kMaxBytes * 2) {
            // Do not read a huge file into memory only to refuse it: the model's message is the same.
            Q_EMIT fileChosen(EvidenceKind::Statement,
                              QFileInfo(path).fileName(),
                              QByteArray(EvidenceCheck::kMaxBytes + 1, '\0'));
            return;
        }
        if (!file.open(QIODevice::ReadOnly)) {
            Q_EMIT message(tr("“%1” could not be read.").arg(QFileInfo(path).fileName()), true);
            return;
        }
        const auto kind = evidenceKindFromCode(m_ui->evidenceKindComboBox->currentData().toString())
                              .value_or(EvidenceKind::Statement);
        Q_EMIT fileChosen(kind, QFileInfo(path).fileName(), file.readAll());
    });
    dialog->open();
}

void EvidencePanel::chooseReplacement()
{
    QListWidgetItem *item = m_ui->evidenceListWidget->currentItem();
    if (item == nullptr || item->data(kPendingRole).toBool()) {
        return;
    }
    const qint64 id = item->data(kEvidenceIdRole).toLongLong();
    auto *dialog =
        new QFileDialog(this, tr("Replace evidence"), QString(), tr("Evidence (*.jpg *.jpeg *.png *.pdf)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    connect(dialog, &QFileDialog::fileSelected, this, [this, id](const QString &path) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            Q_EMIT message(tr("“%1” could not be read.").arg(QFileInfo(path).fileName()), true);
            return;
        }
        Q_EMIT replacementChosen(id, QFileInfo(path).fileName(), file.read(EvidenceCheck::kMaxBytes + 1));
    });
    dialog->open();
}

} // namespace verdes::ui
