// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/musdes/MeetingRepository.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace verdes::ui {

// "Show to the room…": the chair may reveal one hidden field of the current item (DOMAIN.md §10).
// The dialog asks which field and why; the reason is required because the reveal is recorded with
// it (MeetingRepository::reveal).
class RevealDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RevealDialog)

public:
    RevealDialog(const QString &subject, QWidget *parent = nullptr);
    ~RevealDialog() override;

    RevealField field() const;
    QString why() const;

    void setField(RevealField field);
    void setWhy(const QString &why);

    // The label of a field on the projector and in the dialog ("NIK", "KK number", "Date of birth").
    static QString fieldLabel(RevealField field);

private:
    void updateButton();

    QComboBox *m_fieldCombo = nullptr;
    QLineEdit *m_whyEdit = nullptr;
    QPushButton *m_okButton = nullptr;
};

} // namespace verdes::ui
