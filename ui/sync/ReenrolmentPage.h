// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/vault/Actor.h"

#include <QWidget>

#include <memory>

namespace Ui {
class ReenrolmentPage;
} // namespace Ui

namespace verdes {
class Database;
} // namespace verdes

namespace verdes::ui {

class EnrolmentDialog;

// What the window shows instead of the village's data once the district hub has revoked this laptop
// (issue 13 §1): what happened, that the data stays encrypted and safe, and what to do, with the two
// steps of enrolling again. Both open the enrolment dialog, whose request then carries the vault's new
// device key (sync::Enrolment rotates the revoked one); the answer reopens the vault only when the
// pinned hub signed it for that new key. Nothing of the registry is reachable from here.
class ReenrolmentPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReenrolmentPage)

public:
    ReenrolmentPage(Database &db, Actor actor, QString villageName, QWidget *parent = nullptr);
    ~ReenrolmentPage() override;

    // Opens the enrolment dialog (made once, then shown again); `answer`: and asks for the district's
    // answer file at once.
    EnrolmentDialog *openEnrolment(bool answer = false);

    QString explanationText() const;

Q_SIGNALS:
    // The hub's answer lifted the revocation: the vault may open as before. Emitted from inside the
    // dialog's answer: connect it queued when the page is deleted in reply.
    void reenrolled();

private:
    void showRevocation();

    std::unique_ptr<::Ui::ReenrolmentPage> m_ui;
    Database &m_db;
    Actor m_actor;
    QString m_villageName;
    EnrolmentDialog *m_dialog = nullptr;
};

} // namespace verdes::ui
