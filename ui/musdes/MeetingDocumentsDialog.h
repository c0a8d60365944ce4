// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/musdes/MeetingDocumentData.h"
#include "models/vault/Actor.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace verdes {
class Database;
} // namespace verdes

namespace verdes::ui {

// The documents of one meeting (issue 12 §3): the list of what the meeting has (berita acara,
// attendance, BNBA, rejected and deferred lists, notice-board copy; an SPTJM's statement), the
// paper, "Print…" for the chosen one through the print dialog, and "Save all to a folder…" as a job
// with progress. The documents hold NIK and KK (the BNBA), so both need the ExportData permission
// and each is recorded in the vault's history.
class MeetingDocumentsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MeetingDocumentsDialog)

public:
    MeetingDocumentsDialog(Database &db,
                           Actor actor,
                           MeetingDocumentData data,
                           std::optional<DocumentKind> only = std::nullopt,
                           QWidget *parent = nullptr);
    ~MeetingDocumentsDialog() override;

    // The documents offered, in order (for tests).
    QListWidget *documentList() const { return m_list; }

Q_SIGNALS:
    void errorOccurred(const QString &message);

private:
    void printChosen();
    void saveAll();
    std::optional<DocumentKind> chosenKind() const;

    Database &m_db;
    Actor m_actor;
    MeetingDocumentData m_data;
    QListWidget *m_list = nullptr;
    QComboBox *m_paper = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace verdes::ui
