// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/musdes/Meeting.h"
#include "models/vault/Actor.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QStringList>

class QAction;
class QButtonGroup;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QRadioButton;
class QPushButton;
class QSpinBox;
class QTextBrowser;

namespace verdes {
class Database;
class Vault;
} // namespace verdes

namespace verdes::ui {

class ProjectorWindow;

// The operator's window for running one meeting (issue 12 §2). The agenda on the left with the
// current item highlighted; on the right the item's details for the operator (identifiers masked),
// its evidence, and the decision: agreed / rejected / deferred (a household item: keep / propose
// removal / deferred), by consensus or by vote with the counts, a note, "Save decision". Every
// decision is stored when saved, and can be corrected until the meeting is sealed (the repository
// audits each correction). It drives the ProjectorWindow, which is given only the item's
// ProjectorSlide and, at the chair's request, one revealed field.
//
// Keys: PgDown / Alt+Right next item, PgUp / Alt+Left previous, 1 / 2 / 3 or Alt+S / Alt+T / Alt+D
// the decision, Ctrl+Enter save, F5 show or hide the projector, F11 the house photos on the
// projector (again for the next photo), Esc back (out of the photos, else close).
//
// It opens at the first undecided item, so after a lock the meeting continues where it stood.
// closeForLock() blanks the projector and closes both windows at once.
class MeetingConsole final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MeetingConsole)

public:
    MeetingConsole(Database &db, Actor actor, qint64 meetingId, QWidget *parent = nullptr);
    ~MeetingConsole() override;

    // The vault, for sealing (SealDialog needs its officers and a connection of its own). Without
    // one, "Seal the meeting…" is not offered. Not owned.
    void setVault(Vault *vault);

    qint64 meetingId() const { return m_meetingId; }

    // The agenda as last read, and the current item (0-based index; -1 when the agenda is empty).
    const QList<AgendaItem> &items() const { return m_items; }

    int currentIndex() const { return m_index; }

    qint64 currentItemId() const;
    // Moves to an item (keeps or asks about an unsaved decision first); false when not moved.
    bool goToIndex(int index);
    bool next();
    bool previous();

    // "Item 4 of 23 · 3 not decided".
    QString progressText() const;
    // Saves the decision as set in the panel; false (and the message shown) when refused.
    bool saveDecision();
    // The last message of the decision panel (saved, refused…).
    QString messageText() const;

    // Whether the panel holds a change not saved yet.
    bool hasUnsavedDecision() const { return m_dirty; }

    bool isSealed() const { return m_meeting.isSealed(); }

    ProjectorWindow *projector() const { return m_projector; }

    // Shows or hides the projector (F5).
    void toggleProjector();
    // F11: the house photos on the projector, then the next one; a message when there are none.
    void showPhotosOnProjector();
    // Reveals one field of the current item to the room (audited); false with a message when refused.
    bool reveal(int field, const QString &why);
    // Opens the seal dialog (needs setVault).
    void openSealDialog();

    // The vault is about to lock: nothing of the meeting stays on the projector, both windows close
    // without asking (every saved decision is in the vault).
    void closeForLock();

    // Reads the meeting and its agenda again (after sealing, or when the agenda changed).
    void reload();

Q_SIGNALS:
    // A decision was stored (or corrected).
    void decisionSaved(qint64 itemId);
    void sealed(qint64 meetingId);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildActions();
    QWidget *buildDecisionPanel(QWidget *parent);
    void fillAgenda();
    void showCurrent();
    void showDetails(const AgendaItem &item);
    void showEvidence(const AgendaItem &item);
    void fillDecision(const AgendaItem &item);
    void updateProjector();
    void updateProgress();
    void updateEnabled();
    void chooseDecision(int index);
    void markDirty();
    void showMessage(const QString &text, bool error);
    // Asks what to do with an unsaved decision; false when the officer wants to stay.
    bool settleUnsaved();
    void openEvidence(qint64 evidenceId);
    void askReveal();
    void escape();

    Database &m_db;
    Actor m_actor;
    qint64 m_meetingId;
    Vault *m_vault = nullptr;
    Meeting m_meeting;
    QList<AgendaItem> m_items;
    int m_index = -1;
    bool m_dirty = false;
    bool m_filling = false;
    bool m_closingForLock = false;
    QHash<qint64, QStringList> m_corrections; // item id -> "was …" lines of this session

    ProjectorWindow *m_projector = nullptr; // a child window: lives as long as the console
    QLabel *m_progressLabel = nullptr;
    QLabel *m_sealedLabel = nullptr;
    QListWidget *m_agendaList = nullptr;
    QLabel *m_titleLabel = nullptr;
    QTextBrowser *m_details = nullptr;
    QListWidget *m_evidenceList = nullptr;
    QGroupBox *m_decisionBox = nullptr;
    QButtonGroup *m_choiceGroup = nullptr;
    QList<QRadioButton *> m_choices;
    QRadioButton *m_consensusRadio = nullptr;
    QRadioButton *m_voteRadio = nullptr;
    QSpinBox *m_forSpin = nullptr;
    QSpinBox *m_againstSpin = nullptr;
    QSpinBox *m_abstainSpin = nullptr;
    QLineEdit *m_noteEdit = nullptr;
    QPushButton *m_saveButton = nullptr;
    QLabel *m_historyLabel = nullptr;
    QLabel *m_messageLabel = nullptr;
    QAction *m_previousAction = nullptr;
    QAction *m_nextAction = nullptr;
    QAction *m_projectorAction = nullptr;
    QAction *m_photosAction = nullptr;
    QAction *m_revealAction = nullptr;
    QAction *m_sealAction = nullptr;
    QAction *m_closeAction = nullptr;
};

} // namespace verdes::ui
