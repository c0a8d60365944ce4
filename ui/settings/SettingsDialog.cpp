// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/SettingsDialog.h"

#include "ui/settings/AppSettings.h"
#include "ui_SettingsDialog.h"

#include <QPushButton>

namespace verdes::ui {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
{
    m_ui->setupUi(this);
    // Language names are written in their own language, so anyone can find theirs.
    m_ui->languageComboBox->addItem(QStringLiteral("Bahasa Indonesia"), QStringLiteral("id"));
    m_ui->languageComboBox->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_ui->autoLockSpinBox->setSpecialValueText(tr("Never"));
    m_ui->autoLockSpinBox->setSuffix(tr(" minutes"));
    m_ui->expectedAttendanceSpinBox->setSpecialValueText(tr("Not set"));
    m_ui->expectedAttendanceSpinBox->setSuffix(tr(" persons"));
    m_ui->restartLabel->hide();
    m_templates = m_ui->buttonBox->addButton(tr("Document &templates…"), QDialogButtonBox::ActionRole);
    m_templates->hide();
    connect(m_templates, &QPushButton::clicked, this, &SettingsDialog::templatesRequested);

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_ui->languageComboBox, &QComboBox::currentIndexChanged, this, [this] {
        m_ui->restartLabel->setVisible(m_ui->languageComboBox->currentData().toString()
                                       != AppSettings::language());
    });

    m_ui->languageComboBox->setCurrentIndex(m_ui->languageComboBox->findData(AppSettings::language()));
    m_ui->autoLockSpinBox->setValue(AppSettings::autoLockMinutes());
    m_ui->maskNikCheckBox->setChecked(AppSettings::maskNik());
    m_ui->cutOffDaySpinBox->setValue(AppSettings::meetingCutOffDay());
    m_ui->expectedAttendanceSpinBox->setValue(AppSettings::meetingExpectedAttendance());
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::setTemplatesAvailable(bool available)
{
    m_templates->setVisible(available);
}

void SettingsDialog::accept()
{
    AppSettings::setLanguage(m_ui->languageComboBox->currentData().toString());
    AppSettings::setAutoLockMinutes(m_ui->autoLockSpinBox->value());
    AppSettings::setMaskNik(m_ui->maskNikCheckBox->isChecked());
    AppSettings::setMeetingCutOffDay(m_ui->cutOffDaySpinBox->value());
    AppSettings::setMeetingExpectedAttendance(m_ui->expectedAttendanceSpinBox->value());
    QDialog::accept();
}

} // namespace verdes::ui
