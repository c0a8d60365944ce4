// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDialog>
#include <QString>

class QLabel;

namespace verdes::ui {

// Shows one piece of evidence from memory: an image scaled to the window, or for a PDF its name,
// size and type (nothing is written to disk in plain text, and this build has no PDF renderer).
class EvidenceViewer final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvidenceViewer)

public:
    EvidenceViewer(const QString &fileName,
                   const QString &mime,
                   const QByteArray &bytes,
                   QWidget *parent = nullptr);
    ~EvidenceViewer() override;

    // Whether an image is shown (false for a PDF or unreadable content).
    bool showsImage() const { return m_showsImage; }

    QString infoText() const;

private:
    QLabel *m_info = nullptr;
    bool m_showsImage = false;
};

} // namespace verdes::ui
