// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/vault/OfficersDialog.h"

#include "models/core/Log.h"
#include "models/domain/OfficerName.h"
#include "models/vault/PassphraseLength.h"
#include "models/vault/Vault.h"
#include "ui/common/Look.h"
#include "ui/common/ScreenFit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

#include <memory>
#include <optional>

namespace verdes::ui {

namespace {

enum Column
{
    NameColumn,
    RoleColumn,
    ManagesColumn,
    SinceColumn,
    ColumnCount,
};

// The roles of the vault's kind: a village's officers or a district office's.
QComboBox *roleComboBox(QWidget *parent, VaultKind kind, Role current)
{
    auto *combo = new QComboBox(parent);
    for (const Role role : rolesOf(kind)) {
        combo->addItem(RoleText::label(role), static_cast<int>(role));
        combo->setItemData(combo->count() - 1, RoleText::description(role), Qt::ToolTipRole);
        if (role == current) {
            combo->setCurrentIndex(combo->count() - 1);
        }
    }
    return combo;
}

} // namespace

OfficersDialog::OfficersDialog(Vault &vault, QWidget *parent)
    : QDialog(parent)
    , m_vault(vault)
    , m_table(new QTableWidget(this))
    , m_permissionLabel(new QLabel(this))
    , m_messageLabel(new QLabel(this))
    , m_addButton(new QPushButton(tr("&Add officer…"), this))
    , m_roleButton(new QPushButton(tr("Change &role…"), this))
    , m_removeButton(new QPushButton(tr("&Remove"), this))
    , m_passphraseButton(new QPushButton(tr("Change &passphrase…"), this))
    , m_closeBox(new QDialogButtonBox(QDialogButtonBox::Close, this))
    , m_busyBar(new QProgressBar(this))
{
    setObjectName(QStringLiteral("officersDialog"));
    setWindowTitle(tr("Officers"));
    ScreenFit::resize(this, QSize(640, 360));
    m_table->setObjectName(QStringLiteral("officersTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Role"), tr("Manages officers"), tr("Since")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(NameColumn, 200);
    m_table->setColumnWidth(RoleColumn, 170);
    // The header "Mengelola petugas" is longer than its values (Ya).
    m_table->horizontalHeader()->setSectionResizeMode(ManagesColumn, QHeaderView::ResizeToContents);
    m_permissionLabel->setObjectName(QStringLiteral("permissionLabel"));
    m_permissionLabel->setWordWrap(true);
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setWordWrap(true);
    m_addButton->setObjectName(QStringLiteral("addOfficerButton"));
    m_roleButton->setObjectName(QStringLiteral("changeRoleButton"));
    m_removeButton->setObjectName(QStringLiteral("removeOfficerButton"));
    m_passphraseButton->setObjectName(QStringLiteral("changePassphraseButton"));
    m_closeBox->setObjectName(QStringLiteral("closeButtonBox"));
    m_busyBar->setObjectName(QStringLiteral("busyProgressBar"));
    m_busyBar->setRange(0, 0); // no steps to count: Argon2id either runs or is done
    m_busyBar->setTextVisible(false);
    m_busyBar->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_roleButton);
    buttons->addWidget(m_removeButton);
    buttons->addWidget(m_passphraseButton);
    buttons->addStretch(1);
    buttons->addWidget(m_closeBox);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(
        new QLabel(tr("The officers who can open this village vault. The role decides what each "
                      "may do; every change here is recorded in the history."),
                   this));
    layout->addWidget(m_table, 1);
    layout->addWidget(m_permissionLabel);
    layout->addWidget(m_messageLabel);
    layout->addWidget(m_busyBar);
    layout->addLayout(buttons);

    connect(m_closeBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_passphraseButton, &QPushButton::clicked, this, &OfficersDialog::askToChangePassphrase);
    connect(m_addButton, &QPushButton::clicked, this, &OfficersDialog::askToAdd);
    connect(m_roleButton, &QPushButton::clicked, this, &OfficersDialog::askToChangeRole);
    connect(m_removeButton, &QPushButton::clicked, this, &OfficersDialog::askToRemove);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &OfficersDialog::updateButtons);

    const Actor &actor = m_vault.actor();
    if (auto allowed = actor.require(Action::ManageOfficers); !allowed) {
        m_permissionLabel->setText(
            tr("You can see the officers but not change them: %1").arg(describe(allowed.error())));
    } else {
        m_permissionLabel->hide();
    }
    reload();
}

OfficersDialog::~OfficersDialog()
{
    if (m_worker != nullptr) {
        // The derivation cannot be interrupted; it ends within a second or two. Its result is dropped.
        m_worker->disconnect(this);
        m_worker->wait();
        delete m_worker;
    }
}

void OfficersDialog::reject()
{
    if (isBusy()) {
        return; // the key derivation cannot be interrupted
    }
    QDialog::reject();
}

void OfficersDialog::setBusy(bool busy, const QString &text)
{
    m_busyBar->setVisible(busy);
    if (busy) {
        m_messageLabel->setStyleSheet(QString());
        m_messageLabel->setText(text);
    }
    m_closeBox->setEnabled(!busy);
    m_table->setEnabled(!busy);
    updateButtons();
}

QString OfficersDialog::message() const
{
    return m_messageLabel->text();
}

QString OfficersDialog::selectedOfficer() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        return {};
    }
    return m_table->item(rows.first().row(), NameColumn)->text();
}

bool OfficersDialog::selectOfficer(const QString &name)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, NameColumn)->text().compare(name, Qt::CaseInsensitive) == 0) {
            m_table->selectRow(row);
            return true;
        }
    }
    return false;
}

void OfficersDialog::reload()
{
    const QString selected = selectedOfficer();
    auto officers = m_vault.officers();
    if (!officers) {
        showError(officers.error());
        return;
    }
    m_table->setRowCount(static_cast<int>(officers->size()));
    int row = 0;
    for (const Vault::OfficerInfo &info : *officers) {
        const bool isMe = !m_vault.actor().isRecovery() && info.officerId == m_vault.actor().officerId;
        auto *name = new QTableWidgetItem(info.name);
        if (isMe) {
            name->setToolTip(tr("You are signed in as this officer."));
            QFont font = name->font();
            font.setBold(true);
            name->setFont(font);
        }
        m_table->setItem(row, NameColumn, name);
        auto *role = new QTableWidgetItem(RoleText::label(info.role));
        role->setToolTip(RoleText::description(info.role));
        m_table->setItem(row, RoleColumn, role);
        m_table->setItem(row, ManagesColumn, new QTableWidgetItem(info.admin ? tr("Yes") : QString()));
        m_table->setItem(
            row, SinceColumn, new QTableWidgetItem(Look::shortDate(info.createdAt.toLocalTime().date())));
        ++row;
    }
    if (selected.isEmpty() || !selectOfficer(selected)) {
        m_table->clearSelection();
    }
    updateButtons();
}

void OfficersDialog::updateButtons()
{
    const bool mayManage = m_vault.actor().may(Action::ManageOfficers) && !isBusy();
    const QString selected = selectedOfficer();
    const bool hasSelection = !selected.isEmpty();
    m_addButton->setEnabled(mayManage);
    m_roleButton->setEnabled(mayManage && hasSelection);
    m_removeButton->setEnabled(mayManage && hasSelection && m_table->rowCount() > 1);
    // Everyone may change their own passphrase.
    const bool isMe = hasSelection && !m_vault.actor().isRecovery()
                      && selected.compare(m_vault.unlockedBy(), Qt::CaseInsensitive) == 0;
    m_passphraseButton->setEnabled(hasSelection && !isBusy() && (mayManage || isMe));
    const QString why =
        mayManage ? QString() : tr("Only the kepala desa or an officer who manages officers can do this.");
    for (QPushButton *button : {m_addButton, m_roleButton, m_removeButton}) {
        button->setToolTip(why);
    }
}

void OfficersDialog::showError(const Error &error)
{
    qCInfo(lcVault) << "officers dialog:" << errorCodeName(error.code) << error.detail;
    Look::setErrorStyle(m_messageLabel);
    m_messageLabel->setText(describe(error));
}

Result<void> OfficersDialog::readyToDerive(const QString &passphrase, const QString &again)
{
    if (passphrase != again) {
        const Error error(ErrorCode::VaultPassphraseMismatch);
        showError(error);
        return error;
    }
    if (isBusy()) {
        return Error(ErrorCode::UsageError, {}, QStringLiteral("a key derivation is already running"));
    }
    return {};
}

Result<void>
OfficersDialog::addOfficer(const QString &name, Role role, const QString &passphrase, const QString &again)
{
    auto checked = OfficerName::check(name);
    if (!checked) {
        showError(checked.error());
        return checked.error();
    }
    VERDES_TRY(readyToDerive(passphrase, again));
    const QString officer = *checked;
    return startDerivation(
        m_vault.beginAddOfficer(officer, SecureBytes::fromUtf8(passphrase), role),
        tr("Protecting the vault key with the passphrase of %1… this takes a moment.").arg(officer),
        tr("%1 can now open the village vault, as %2.").arg(officer, RoleText::label(role)));
}

Result<void>
OfficersDialog::changePassphrase(const QString &name, const QString &passphrase, const QString &again)
{
    VERDES_TRY(readyToDerive(passphrase, again));
    const QString officer = name.trimmed();
    return startDerivation(
        m_vault.beginChangePassphrase(officer, SecureBytes::fromUtf8(passphrase)),
        tr("Protecting the vault key with the new passphrase of %1… this takes a moment.").arg(officer),
        tr("The passphrase of %1 was changed. The old one no longer opens the vault.").arg(officer));
}

Result<void> OfficersDialog::startDerivation(Result<Vault::PendingSlot> begun,
                                             const QString &busyText,
                                             const QString &done)
{
    if (!begun) {
        showError(begun.error());
        return begun.error();
    }
    auto pending = std::make_shared<Vault::PendingSlot>(std::move(begun).value());
    auto outcome = std::make_shared<std::optional<Result<KeySlot>>>();
    // The worker gets copies of the secrets in `pending`, never the Vault.
    m_worker = QThread::create([pending, outcome] {
        outcome->emplace(Vault::deriveSlot(*pending));
        pending->passphrase.clear();
    });
    m_worker->setParent(this); // never outlives the dialog: the destructor waits for it
    setBusy(true, busyText);
    connect(m_worker, &QThread::finished, this, [this, pending, outcome, done] {
        m_worker->deleteLater();
        m_worker = nullptr;
        Q_ASSERT(outcome->has_value());
        const Result<KeySlot> &slot = **outcome;
        const Result<void> written = slot ? m_vault.finishSlot(*pending, *slot) : Result<void>(slot.error());
        pending->dataKey.clear();
        setBusy(false);
        if (!written) {
            showError(written.error());
            Q_EMIT operationFinished(false);
            return;
        }
        m_messageLabel->setStyleSheet(QString());
        m_messageLabel->setText(done);
        reload();
        selectOfficer(pending->officerName);
        if (pending->purpose == Vault::PendingSlot::Purpose::AddOfficer) {
            Q_EMIT officersChanged();
        } else {
            Q_EMIT passphraseChanged(pending->officerName);
        }
        Q_EMIT operationFinished(true);
    });
    m_worker->start();
    return {};
}

Result<void> OfficersDialog::changeRole(const QString &name, Role role)
{
    auto changed = m_vault.setOfficerRole(name, role);
    if (!changed) {
        showError(changed.error());
        return changed.error();
    }
    m_messageLabel->setStyleSheet(QString());
    m_messageLabel->setText(tr("%1 is now %2.").arg(name, RoleText::label(role)));
    reload();
    updateButtons();
    Q_EMIT officersChanged();
    return {};
}

Result<void> OfficersDialog::removeOfficer(const QString &name)
{
    auto removed = m_vault.removeOfficer(name);
    if (!removed) {
        showError(removed.error());
        return removed.error();
    }
    m_messageLabel->setStyleSheet(QString());
    m_messageLabel->setText(tr("%1 can no longer open the village vault.").arg(name));
    reload();
    Q_EMIT officersChanged();
    return {};
}

void OfficersDialog::askToAdd()
{
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("addOfficerDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Add officer"));
    auto *name = new QLineEdit(dialog);
    name->setObjectName(QStringLiteral("nameLineEdit"));
    // Why the name is refused, in the words the vault would use, as it is typed.
    auto *nameProblem = new QLabel(dialog);
    nameProblem->setObjectName(QStringLiteral("nameProblemLabel"));
    nameProblem->setWordWrap(true);
    Look::setErrorStyle(nameProblem);
    nameProblem->hide();
    auto *role = roleComboBox(dialog, m_vault.kind(), rolesOf(m_vault.kind()).first());
    role->setObjectName(QStringLiteral("roleComboBox"));
    auto *roleHelp = new QLabel(RoleText::description(Role::Operator), dialog);
    roleHelp->setWordWrap(true);
    auto *passphrase = new QLineEdit(dialog);
    passphrase->setObjectName(QStringLiteral("passphraseLineEdit"));
    passphrase->setEchoMode(QLineEdit::Password);
    auto *again = new QLineEdit(dialog);
    again->setObjectName(QStringLiteral("againLineEdit"));
    again->setEchoMode(QLineEdit::Password);
    auto *policy = new QLabel(
        tr("The new officer's own passphrase: at least %1 characters, not counting spaces. They can "
           "change it later; nobody can read it back.")
            .arg(Vault::kMinPassphraseLength),
        dialog);
    policy->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    auto *form = new QFormLayout(dialog);
    form->addRow(tr("&Name:"), name);
    form->addRow(QString(), nameProblem);
    form->addRow(tr("&Role:"), role);
    form->addRow(QString(), roleHelp);
    form->addRow(tr("&Passphrase:"), passphrase);
    form->addRow(tr("&Again:"), again);
    form->addRow(QString(), policy);
    form->addRow(buttons);
    const auto validate = [=] {
        const auto checked = OfficerName::check(name->text());
        // An empty field needs no message: the disabled button says enough.
        const bool showProblem = !checked && !name->text().isEmpty();
        nameProblem->setText(showProblem ? describe(checked.error()) : QString());
        nameProblem->setVisible(showProblem);
        const bool ok = checked.has_value()
                        && PassphraseLength::of(passphrase->text()) >= Vault::kMinPassphraseLength
                        && passphrase->text() == again->text();
        buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
    };
    for (QLineEdit *edit : {name, passphrase, again}) {
        connect(edit, &QLineEdit::textChanged, dialog, validate);
    }
    connect(role, &QComboBox::currentIndexChanged, dialog, [role, roleHelp] {
        roleHelp->setText(RoleText::description(static_cast<Role>(role->currentData().toInt())));
    });
    validate();
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [=, this] {
        auto added = addOfficer(
            name->text(), static_cast<Role>(role->currentData().toInt()), passphrase->text(), again->text());
        passphrase->clear();
        again->clear();
        if (added) {
            dialog->accept();
        }
    });
    dialog->open();
}

void OfficersDialog::askToChangePassphrase()
{
    const QString name = selectedOfficer();
    if (name.isEmpty() || isBusy()) {
        return;
    }
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("changePassphraseDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Change passphrase"));
    auto *passphrase = new QLineEdit(dialog);
    passphrase->setObjectName(QStringLiteral("passphraseLineEdit"));
    passphrase->setEchoMode(QLineEdit::Password);
    auto *again = new QLineEdit(dialog);
    again->setObjectName(QStringLiteral("againLineEdit"));
    again->setEchoMode(QLineEdit::Password);
    auto *policy = new QLabel(
        tr("The new passphrase of %1: at least %2 characters, not counting spaces. The old one stops "
           "working at once.")
            .arg(name)
            .arg(Vault::kMinPassphraseLength),
        dialog);
    policy->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    auto *form = new QFormLayout(dialog);
    form->addRow(tr("&New passphrase:"), passphrase);
    form->addRow(tr("&Again:"), again);
    form->addRow(QString(), policy);
    form->addRow(buttons);
    const auto validate = [=] {
        buttons->button(QDialogButtonBox::Ok)
            ->setEnabled(PassphraseLength::of(passphrase->text()) >= Vault::kMinPassphraseLength
                         && passphrase->text() == again->text());
    };
    for (QLineEdit *edit : {passphrase, again}) {
        connect(edit, &QLineEdit::textChanged, dialog, validate);
    }
    validate();
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [=, this] {
        auto started = changePassphrase(name, passphrase->text(), again->text());
        passphrase->clear();
        again->clear();
        if (started) {
            dialog->accept();
        }
    });
    dialog->open();
}

void OfficersDialog::askToChangeRole()
{
    const QString name = selectedOfficer();
    if (name.isEmpty()) {
        return;
    }
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("changeRoleDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Change role"));
    Role current = Role::Viewer;
    if (auto officers = m_vault.officers()) {
        for (const Vault::OfficerInfo &info : *officers) {
            if (info.name.compare(name, Qt::CaseInsensitive) == 0) {
                current = info.role;
            }
        }
    }
    auto *role = roleComboBox(dialog, m_vault.kind(), current);
    role->setObjectName(QStringLiteral("roleComboBox"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    auto *form = new QFormLayout(dialog);
    form->addRow(new QLabel(tr("The role of %1:").arg(name), dialog));
    form->addRow(tr("&Role:"), role);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [=, this] {
        if (changeRole(name, static_cast<Role>(role->currentData().toInt()))) {
            dialog->accept();
        } else {
            dialog->reject();
        }
    });
    dialog->open();
}

void OfficersDialog::askToRemove()
{
    const QString name = selectedOfficer();
    if (name.isEmpty()) {
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question,
                                tr("Remove officer"),
                                tr("%1 will no longer be able to open the village vault. What they did stays "
                                   "in the history. Remove %1?")
                                    .arg(name),
                                QMessageBox::Cancel,
                                this);
    box->setObjectName(QStringLiteral("removeOfficerBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(tr("A copy of the vault folder that %1 made earlier would still open with their "
                               "passphrase. Changing the vault key closes that too; it takes a minute for a "
                               "big village.")
                                .arg(name));
    auto *changeKey = new QCheckBox(tr("Also change the vault &key (recommended)"), box);
    changeKey->setObjectName(QStringLiteral("changeKeyCheckBox"));
    changeKey->setChecked(true);
    box->setCheckBox(changeKey);
    QPushButton *remove = box->addButton(tr("Remove"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(remove, &QPushButton::clicked, this, [this, name, changeKey] {
        const bool rekey = changeKey->isChecked();
        if (removeOfficer(name) && rekey) {
            Q_EMIT vaultKeyChangeRequested();
        } else if (!rekey) {
            m_messageLabel->setText(
                tr("%1 can no longer open the village vault. A copy made earlier still opens "
                   "with their passphrase until the vault key is changed (Vault ▸ Change "
                   "vault key).")
                    .arg(name));
        }
    });
    box->open();
}

} // namespace verdes::ui
