// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/proposals/EvidenceViewer.h"

#include "models/proposals/Evidence.h"

#include <QDialogButtonBox>
#include <QImage>
#include <QLabel>
#include <QPixmap>
#include <QScrollArea>
#include <QVBoxLayout>

namespace verdes::ui {

EvidenceViewer::EvidenceViewer(const QString &fileName,
                               const QString &mime,
                               const QByteArray &bytes,
                               QWidget *parent)
    : QDialog(parent)
    , m_info(new QLabel(this))
{
    setObjectName(QStringLiteral("evidenceViewer"));
    setWindowTitle(tr("Evidence: %1").arg(fileName));
    auto *layout = new QVBoxLayout(this);
    m_info->setObjectName(QStringLiteral("evidenceInfoLabel"));
    m_info->setWordWrap(true);
    m_info->setTextFormat(Qt::PlainText);
    const QString facts = tr("%1 · %2 · %3").arg(fileName, EvidenceCheck::formatSize(bytes.size()), mime);
    if (EvidenceCheck::isImage(mime)) {
        const QImage image = QImage::fromData(bytes);
        if (!image.isNull()) {
            m_showsImage = true;
            auto *scroll = new QScrollArea(this);
            auto *picture = new QLabel(scroll);
            picture->setObjectName(QStringLiteral("evidenceImageLabel"));
            QImage shown = image;
            if (shown.width() > 1000 || shown.height() > 700) {
                shown = shown.scaled(1000, 700, Qt::KeepAspectRatio, Qt::SmoothTransformation);
            }
            picture->setPixmap(QPixmap::fromImage(shown));
            scroll->setWidget(picture);
            scroll->setAlignment(Qt::AlignCenter);
            layout->addWidget(scroll, 1);
            m_info->setText(tr("%1 · %2 × %3 pixels").arg(facts).arg(image.width()).arg(image.height()));
        } else {
            m_info->setText(tr("%1\nThe image could not be read.").arg(facts));
        }
    } else {
        m_info->setText(tr("%1\nPDF documents are not shown inside Verdes: this version has no PDF viewer, "
                           "and the file is never written to disk unencrypted to open it elsewhere.")
                            .arg(facts));
    }
    layout->addWidget(m_info);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(m_showsImage ? QSize(900, 700) : QSize(480, 160));
}

EvidenceViewer::~EvidenceViewer() = default;

QString EvidenceViewer::infoText() const
{
    return m_info->text();
}

} // namespace verdes::ui
