// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sync/ReenrolmentPage.h"

#include "models/core/Error.h"
#include "models/core/Log.h"
#include "sync/outbox/OutboxRepository.h"
#include "ui/common/Look.h"
#include "ui/sync/EnrolmentDialog.h"
#include "ui_ReenrolmentPage.h"

namespace verdes::ui {

ReenrolmentPage::ReenrolmentPage(Database &db, Actor actor, QString villageName, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<::Ui::ReenrolmentPage>())
    , m_db(db)
    , m_actor(std::move(actor))
    , m_villageName(std::move(villageName))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("reenrolmentPage"));
    QFont title = m_ui->titleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.5);
    title.setBold(true);
    m_ui->titleLabel->setFont(title);
    Look::setNoticeStyle(m_ui->explanationLabel);

    connect(m_ui->requestButton, &QPushButton::clicked, this, [this] {
        openEnrolment(false);
    });
    connect(m_ui->answerButton, &QPushButton::clicked, this, [this] {
        openEnrolment(true);
    });

    const Result<void> allowed = m_actor.require(Action::EnrolWithHub);
    m_ui->requestButton->setEnabled(allowed.has_value());
    m_ui->answerButton->setEnabled(allowed.has_value());
    m_ui->roleLabel->setVisible(!allowed);
    if (!allowed) {
        m_ui->roleLabel->setText(describe(allowed.error()) + u' '
                                 + tr("An officer whose role may enrol the laptop (the operator or the "
                                      "kepala desa) opens the vault to do it."));
    }
    showRevocation();
    m_ui->requestButton->setFocus();
}

ReenrolmentPage::~ReenrolmentPage() = default;

QString ReenrolmentPage::explanationText() const
{
    return m_ui->explanationLabel->text();
}

void ReenrolmentPage::showRevocation()
{
    sync::OutboxRepository repo(m_db);
    auto hub = repo.hub();
    if (!hub || !*hub) {
        m_ui->explanationLabel->setText(hub ? QString() : describe(hub.error()));
        return;
    }
    const sync::HubLink &link = **hub;
    m_ui->explanationLabel->setText(
        tr("The district hub \"%1\" revoked this laptop's enrolment on %2, so Verdes has locked the "
           "village's data: households, proposals and meetings cannot be opened, searched or exported on "
           "this laptop for now. Nothing was deleted: the data stays encrypted and safe in the vault.")
            .arg(link.hubName, Look::longDate(link.revokedAt.toLocalTime().date())));
}

EnrolmentDialog *ReenrolmentPage::openEnrolment(bool answer)
{
    if (m_dialog == nullptr) {
        // The request is made once, with the vault's new device key; the dialog stays for the answer.
        m_dialog = new EnrolmentDialog(m_db, m_actor, m_villageName, this);
        connect(m_dialog, &EnrolmentDialog::enrolled, this, [this] {
            if (auto open = sync::OutboxRepository(m_db).requireNotRevoked(); open) {
                qCInfo(lcSync) << "enrolled again: the vault opens";
                Q_EMIT reenrolled();
            }
        });
    }
    m_dialog->open();
    if (answer) {
        m_dialog->chooseAnswer();
    }
    return m_dialog;
}

} // namespace verdes::ui
