// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/proposals/Evidence.h"

#include <QList>
#include <QWidget>

#include <memory>

class QDialog;
class QListWidget;

namespace Ui {
class EvidencePanel;
} // namespace Ui

namespace verdes {
class Database;
} // namespace verdes

namespace verdes::ui {

// The evidence of a proposal, beside its form: thumbnails of the stored files and of those attached
// but not saved yet (which it keeps until the editor saves them), the kind of the next file, and
// "Add file…", "View", "Replace…", "Remove". It reads stored files to show them; storing, replacing
// and removing stored evidence is the editor's work (the signals).
class EvidencePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvidencePanel)

public:
    explicit EvidencePanel(QWidget *parent = nullptr);
    ~EvidencePanel() override;

    // The vault the stored evidence is read from; set before showEvidence().
    void setDatabase(Database &db);

    // Shows the stored evidence and, after it, the files attached but not saved yet.
    void showEvidence(const QList<EvidenceInfo> &stored);
    // A checked file of `mime`, kept until the editor saves the proposal (call showEvidence() after).
    void addPending(const NewEvidence &evidence, const QString &mime);
    void clearPending();

    bool hasPending() const { return !m_pending.isEmpty(); }

    QList<NewEvidence> pendingEvidence() const;
    // The attached files as the proposal counts them for what is missing.
    QList<EvidenceInfo> pendingInfos() const;

    // Adding and removing need `editable`; replacing a stored file needs `mayReplace`.
    void setAllowed(bool editable, bool mayReplace);
    // Chooses the kind offered for the next file.
    void suggestKind(EvidenceKind kind);

    // Opens the viewer of the evidence at `row` (non-modal); null when none.
    QDialog *viewEvidence(int row);

    QListWidget *list() const;

Q_SIGNALS:
    // The officer chose a file to add as evidence of `kind`.
    void fileChosen(EvidenceKind kind, const QString &fileName, const QByteArray &bytes);
    // The officer chose a file to replace stored evidence.
    void replacementChosen(qint64 evidenceId, const QString &fileName, const QByteArray &bytes);
    // The officer asked to remove stored evidence.
    void removeRequested(qint64 evidenceId);
    // An attached file that was not saved yet was removed.
    void pendingRemoved();
    // Something to tell the officer (the editor's message line).
    void message(const QString &text, bool error);

private:
    struct PendingEvidence
    {
        NewEvidence evidence;
        QString mime;
    };

    void updateButtons();
    void chooseFile();
    void chooseReplacement();
    void removeCurrent();

    std::unique_ptr<Ui::EvidencePanel> m_ui;
    Database *m_db = nullptr;
    QList<EvidenceInfo> m_stored;
    QList<PendingEvidence> m_pending;
    bool m_editable = false;
    bool m_mayReplace = false;
};

} // namespace verdes::ui
