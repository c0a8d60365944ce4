// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/vault/CreateVaultWizard.h"

#include "models/core/Log.h"
#include "models/core/Rng.h"
#include "models/domain/OfficerName.h"
#include "models/domain/RegionTable.h"
#include "models/io/OutputPath.h"
#include "models/vault/PassphraseLength.h"
#include "models/vault/Vault.h"
#include "models/vault/VaultLocation.h"
#include "ui/common/Look.h"
#include "ui/settings/AppSettings.h"
#include "ui_CreateVaultWizard.h"

#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QPrintDialog>
#include <QPrinter>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTextDocument>
#include <QThread>

namespace verdes::ui {

namespace {

// The 10 digits of a village code typed with or without dots; empty when it cannot be one.
QString villageDigits(const QString &typed)
{
    QString digits;
    for (const QChar c : typed) {
        if (c.isDigit()) {
            digits += c;
        } else if (c != u'.' && c != u' ') {
            return {};
        }
    }
    return digits;
}

QString safeFileName(const QString &name)
{
    QString result;
    for (const QChar c : name.trimmed()) {
        result += (c.isLetterOrNumber() || c == u' ' || c == u'-' || c == u'_') ? c : QChar(u'_');
    }
    return result.isEmpty() ? QStringLiteral("Desa") : result;
}

} // namespace

CreateVaultWizard::CreateVaultWizard(QWidget *parent)
    : QWizard(parent)
    , m_ui(std::make_unique<Ui::CreateVaultWizard>())
{
    m_ui->setupUi(this);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage, false);
    QFont keyFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    keyFont.setPointSizeF(keyFont.pointSizeF() * 1.6);
    keyFont.setBold(true);
    m_ui->recoveryKeyLabel->setFont(keyFont);
    Look::setErrorStyle(m_ui->createErrorLabel);
    m_ui->locationLineEdit->setText(
        QDir::toNativeSeparators(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)));

    connect(m_ui->villageCodeLineEdit, &QLineEdit::textChanged, this, &CreateVaultWizard::updateRegionPath);
    connect(m_ui->districtKindRadio, &QRadioButton::toggled, this, &CreateVaultWizard::updateKind);
    connect(m_ui->newPassphraseLineEdit, &QLineEdit::textChanged, this, &CreateVaultWizard::updateStrength);
    connect(
        m_ui->repeatPassphraseLineEdit, &QLineEdit::textChanged, this, &CreateVaultWizard::updateStrength);
    connect(m_ui->browseButton, &QPushButton::clicked, this, [this] {
        auto *dialog =
            new QFileDialog(this, tr("Where to keep the village vault"), m_ui->locationLineEdit->text());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFileMode(QFileDialog::Directory);
        dialog->setOption(QFileDialog::ShowDirsOnly);
        dialog->setOption(QFileDialog::DontUseNativeDialog);
        connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &folder) {
            m_ui->locationLineEdit->setText(QDir::toNativeSeparators(folder));
        });
        dialog->open();
    });
    connect(m_ui->printButton, &QPushButton::clicked, this, &CreateVaultWizard::printRecoveryKey);
    connect(m_ui->savePdfButton, &QPushButton::clicked, this, &CreateVaultWizard::saveRecoveryKeyAsPdf);
    updateKind();
    updateStrength();
}

CreateVaultWizard::~CreateVaultWizard()
{
    discardPartial();
}

QString CreateVaultWizard::shownRecoveryKey() const
{
    return m_recoveryKey;
}

bool CreateVaultWizard::isDistrict() const
{
    return m_ui->districtKindRadio->isChecked();
}

void CreateVaultWizard::updateKind()
{
    const bool district = isDistrict();
    const VaultKind kind = district ? VaultKind::District : VaultKind::Village;
    setWindowTitle(district ? tr("New district review vault") : tr("New village vault"));
    m_ui->villagePage->setTitle(district ? tr("Dinas sosial") : tr("Village"));
    m_ui->villagePage->setSubTitle(
        district ? tr("Which regency or city does this office serve? Type its 4-digit Kemendagri code; the "
                      "office's reviewers will receive the batches of its villages.")
                 : tr("Which village will this vault hold? Type the 10-digit Kemendagri code of the desa or "
                      "kelurahan."));
    m_ui->villageCodeLabel->setText(district ? tr("District &code:") : tr("Village &code:"));
    m_ui->villageNameLabel->setText(district ? tr("Office &name:") : tr("Village &name:"));
    m_ui->villageCodeLineEdit->setPlaceholderText(district ? QStringLiteral("33.74")
                                                           : QStringLiteral("33.18.19.2001"));
    m_ui->villageCodeLineEdit->clear();
    m_ui->villageNameLineEdit->clear();
    m_ui->roleComboBox->clear();
    for (const Role role : rolesOf(kind)) {
        m_ui->roleComboBox->addItem(RoleText::label(role), QVariant::fromValue(static_cast<int>(role)));
        m_ui->roleComboBox->setItemData(
            m_ui->roleComboBox->count() - 1, RoleText::description(role), Qt::ToolTipRole);
    }
    // The head of the office or the village operator usually sets the vault up.
    const Role usual = district ? Role::OfficeHead : Role::Operator;
    m_ui->roleComboBox->setCurrentIndex(static_cast<int>(rolesOf(kind).indexOf(usual)));
    updateRegionPath();
}

void CreateVaultWizard::updateRegionPath()
{
    const QString digits = villageDigits(m_ui->villageCodeLineEdit->text());
    if (isDistrict()) {
        if (digits.isEmpty()) {
            m_ui->regionPathLabel->setText(tr("4 digits, with or without a dot."));
            return;
        }
        const RegionTable &regions = RegionTable::instance();
        QStringList names;
        for (const RegionTable::Region *region : regions.path(digits.left(4))) {
            names << region->name;
        }
        QString text = names.join(QStringLiteral(" › "));
        if (digits.size() >= 4) {
            const auto checked = regions.checkNewVaultDistrict(digits);
            if (!checked) {
                text = describe(checked.error());
            } else if (m_ui->villageNameLineEdit->text().isEmpty()) {
                m_ui->villageNameLineEdit->setText(tr("Dinas Sosial %1").arg(regions.find(*checked)->name));
            }
        }
        m_ui->regionPathLabel->setText(text.isEmpty() ? tr("Unknown region.") : text);
        return;
    }
    if (digits.isEmpty()) {
        m_ui->regionPathLabel->setText(tr("10 digits, with or without dots."));
        return;
    }
    const RegionTable &regions = RegionTable::instance();
    QStringList names;
    for (const RegionTable::Region *region : regions.path(digits)) {
        names << region->name;
    }
    QString text = names.join(QStringLiteral(" › "));
    if (digits.size() == 10) {
        // Only a desa or kelurahan of the newest list makes a vault: say at once what is wrong with
        // any other code (and what an old code became).
        const auto checked = regions.checkNewVaultVillage(digits);
        if (!checked) {
            text = describe(checked.error());
        } else if (m_ui->villageNameLineEdit->text().isEmpty()) {
            m_ui->villageNameLineEdit->setText(regions.find(*checked)->name);
        }
    }
    m_ui->regionPathLabel->setText(text.isEmpty() ? tr("Unknown region.") : text);
}

void CreateVaultWizard::updateStrength()
{
    const QString passphrase = m_ui->newPassphraseLineEdit->text();
    // Spaces do not count (PassphraseLength), as in the policy the vault applies.
    const qsizetype length = PassphraseLength::of(passphrase);
    QString hint;
    if (passphrase.isEmpty()) {
        hint.clear();
    } else if (length < Vault::kMinPassphraseLength) {
        hint = tr("Too short: %n more character(s) needed.",
                  nullptr,
                  static_cast<int>(Vault::kMinPassphraseLength - length));
    } else {
        int kinds = 0;
        bool lower = false;
        bool upper = false;
        bool digit = false;
        bool other = false;
        for (const QChar c : passphrase) {
            lower = lower || c.isLower();
            upper = upper || c.isUpper();
            digit = digit || c.isDigit();
            other = other || !c.isLetterOrNumber();
        }
        kinds = int(lower) + int(upper) + int(digit) + int(other);
        if (length >= 16 || (length >= 12 && kinds >= 3)) {
            hint = tr("Strong.");
        } else {
            hint = tr("Acceptable. A longer sentence would be stronger.");
        }
    }
    const QString repeated = m_ui->repeatPassphraseLineEdit->text();
    if (!repeated.isEmpty() && repeated != passphrase) {
        hint += (hint.isEmpty() ? QString() : QStringLiteral(" "))
                + tr("The two passphrases are not the same yet.");
    }
    m_ui->strengthLabel->setText(hint);
}

QString CreateVaultWizard::targetFolder() const
{
    const QString name = safeFileName(m_ui->villageNameLineEdit->text());
    return QDir(QDir::fromNativeSeparators(m_ui->locationLineEdit->text().trimmed()))
        .filePath(name + QStringLiteral(".verdes"));
}

bool CreateVaultWizard::validateCurrentPage()
{
    switch (currentId()) {
    case VillagePage: {
        const QString typed = m_ui->villageCodeLineEdit->text();
        const QString digits = villageDigits(typed);
        const auto checked =
            isDistrict() ? RegionTable::instance().checkNewVaultDistrict(typed)
                         : RegionTable::instance().checkNewVaultVillage(digits.size() == 10 ? digits : typed);
        QString problem;
        if (!checked) {
            problem = describe(checked.error());
        } else if (m_ui->villageNameLineEdit->text().trimmed().isEmpty()) {
            problem = isDistrict() ? tr("Type the office's name.") : tr("Type the village's name.");
        } else if (!QDir(QDir::fromNativeSeparators(m_ui->locationLineEdit->text().trimmed())).exists()) {
            problem = describe(Error(ErrorCode::FileNotFound, {m_ui->locationLineEdit->text()}));
        } else if (QFileInfo::exists(targetFolder())) {
            problem = describe(Error(ErrorCode::VaultExists, {QDir::toNativeSeparators(targetFolder())}));
        } else if (auto outside = VaultLocation::refuseInsideVault(targetFolder()); !outside) {
            problem = describe(outside.error());
        }
        m_ui->regionPathLabel->setText(problem.isEmpty() ? m_ui->regionPathLabel->text() : problem);
        return problem.isEmpty();
    }
    case OfficerPage: {
        QString problem;
        if (auto name = OfficerName::check(m_ui->officerNameLineEdit->text()); !name) {
            problem = describe(name.error()); // the same words as Vault::create would give
        } else if (PassphraseLength::of(m_ui->newPassphraseLineEdit->text()) < Vault::kMinPassphraseLength) {
            problem = describe(
                Error(ErrorCode::VaultPassphraseTooShort, {QString::number(Vault::kMinPassphraseLength)}));
        } else if (m_ui->newPassphraseLineEdit->text() != m_ui->repeatPassphraseLineEdit->text()) {
            problem = describe(Error(ErrorCode::VaultPassphraseMismatch));
        }
        if (!problem.isEmpty()) {
            m_ui->strengthLabel->setText(problem);
        }
        return problem.isEmpty();
    }
    case RecoveryPage: {
        if (!m_createdFolder.isEmpty()) {
            return true; // already moved into place (QWizard::accept asks again)
        }
        if (m_creating || !m_vault) {
            return false;
        }
        const QStringList groups = m_recoveryKey.split(u'-');
        const QString typed = m_ui->confirmGroupLineEdit->text().trimmed().toUpper();
        if (typed != groups.value(m_confirmGroup - 1)) {
            m_ui->createErrorLabel->setText(
                tr("That is not group %1 of the key. Look at the key again.").arg(m_confirmGroup));
            return false;
        }
        return true;
    }
    default:
        return true;
    }
}

void CreateVaultWizard::initializePage(int id)
{
    QWizard::initializePage(id);
    if (id == RecoveryPage) {
        startCreating();
    }
}

void CreateVaultWizard::startCreating()
{
    m_creating = true;
    m_ui->creatingProgressBar->show();
    m_ui->recoveryKeyLabel->setText(tr("Creating the vault…"));
    m_ui->printButton->setEnabled(false);
    m_ui->savePdfButton->setEnabled(false);
    m_ui->confirmGroupLineEdit->setEnabled(false);
    m_ui->confirmHelpLabel->clear();
    m_ui->createErrorLabel->clear();
    button(QWizard::FinishButton)->setEnabled(false);
    button(QWizard::CancelButton)->setEnabled(false);

    // Made beside the target under a hidden name; moved into place on Finish.
    const QString target = targetFolder();
    m_partialFolder =
        QDir(QFileInfo(target).absolutePath())
            .filePath(QStringLiteral(".%1.creating-%2")
                          .arg(QFileInfo(target).fileName())
                          .arg(QRandomGenerator::system()->generate(), 8, 16, QLatin1Char('0')));
    m_officerName = m_ui->officerNameLineEdit->text().trimmed();
    const QString code = villageDigits(m_ui->villageCodeLineEdit->text());
    const QString name = m_ui->villageNameLineEdit->text().trimmed();
    const bool district = isDistrict();
    const auto role = static_cast<Role>(m_ui->roleComboBox->currentData().toInt());
    auto passphrase =
        std::make_shared<SecureBytes>(SecureBytes::fromUtf8(m_ui->newPassphraseLineEdit->text()));
    m_ui->newPassphraseLineEdit->clear();
    m_ui->repeatPassphraseLineEdit->clear();
    using Outcome = Result<Vault::Created>;
    auto outcome = std::make_shared<std::optional<Outcome>>();
    QThread *worker = QThread::create(
        [outcome, folder = m_partialFolder, code, name, district, role, officer = m_officerName, passphrase] {
            outcome->emplace(
                district
                    ? Vault::createDistrict(
                        folder, code, name, officer, *passphrase, SystemClock::instance(), role)
                    : Vault::create(folder, code, name, officer, *passphrase, SystemClock::instance(), role));
            passphrase->clear();
        });
    connect(worker, &QThread::finished, this, [this, worker, outcome] {
        worker->deleteLater();
        m_creating = false;
        m_ui->creatingProgressBar->hide();
        button(QWizard::CancelButton)->setEnabled(true);
        Outcome &result = **outcome;
        if (!result) {
            m_ui->recoveryKeyLabel->clear();
            m_ui->createErrorLabel->setText(describe(result.error()));
            discardPartial();
            return;
        }
        m_vault = std::move(result->vault);
        const SecureBytes formatted = result->recoveryKey.formatted();
        m_recoveryKey = QString::fromLatin1(reinterpret_cast<const char *>(formatted.data()),
                                            static_cast<qsizetype>(formatted.size()));
        m_ui->recoveryKeyLabel->setText(m_recoveryKey);
        m_confirmGroup = 2 + static_cast<int>(QRandomGenerator::global()->bounded(7));
        m_ui->confirmHelpLabel->setText(
            tr("Write the key down or print it, and keep it apart from this "
               "computer. To show that you have it, "
               "type group %1 of the key, counting the blocks of four characters from the left:")
                .arg(m_confirmGroup));
        m_ui->printButton->setEnabled(true);
        m_ui->savePdfButton->setEnabled(true);
        m_ui->confirmGroupLineEdit->setEnabled(true);
        m_ui->confirmGroupLineEdit->setFocus();
        button(QWizard::FinishButton)->setEnabled(true);
    });
    worker->start();
}

void CreateVaultWizard::accept()
{
    if (!validateCurrentPage()) {
        return;
    }
    const QString target = targetFolder();
    if (auto locked = m_vault->lock(); !locked) {
        m_ui->createErrorLabel->setText(describe(locked.error()));
        return;
    }
    m_vault.reset();
    if (QFileInfo::exists(target) || !QDir().rename(m_partialFolder, target)) {
        m_ui->createErrorLabel->setText(
            describe(Error(ErrorCode::VaultExists, {QDir::toNativeSeparators(target)})));
        return;
    }
    m_partialFolder.clear();
    m_createdFolder = target;
    m_recoveryKey.clear();
    qCInfo(lcVault) << "new vault moved into place";
    AppSettings::addRecentVault(target);
    Q_EMIT vaultCreated(target);
    QWizard::accept();
}

void CreateVaultWizard::reject()
{
    if (m_creating) {
        return; // the key derivation ends within seconds; then Cancel works
    }
    discardPartial();
    m_recoveryKey.clear();
    QWizard::reject();
}

void CreateVaultWizard::discardPartial()
{
    if (m_vault) {
        (void)m_vault->lock();
        m_vault.reset();
    }
    if (!m_partialFolder.isEmpty()) {
        QDir(m_partialFolder).removeRecursively();
        m_partialFolder.clear();
    }
}

QString CreateVaultWizard::recoverySheetHtml() const
{
    return tr("<h2>Recovery key of the village vault</h2>"
              "<p><b>%1</b> (%2)<br>Created on %3</p>"
              "<p style='font-family:monospace;font-size:18pt'><b>%4</b></p>"
              "<p>With this key the village vault can be opened when every passphrase is forgotten. Keep "
              "this "
              "sheet locked away, apart from the computer. Anyone who has both the vault and this key can "
              "read "
              "the personal data of every household.</p>")
        .arg(m_ui->villageNameLineEdit->text().toHtmlEscaped(),
             villageDigits(m_ui->villageCodeLineEdit->text()),
             QLocale().toString(QDate::currentDate(), QLocale::LongFormat),
             m_recoveryKey.toHtmlEscaped());
}

void CreateVaultWizard::printRecoveryKey()
{
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    auto *dialog = new QPrintDialog(printer.get(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, printer] {
        QTextDocument document;
        document.setHtml(recoverySheetHtml());
        document.print(printer.get());
    });
    dialog->open();
}

void CreateVaultWizard::saveRecoveryKeyAsPdf()
{
    auto *dialog =
        new QFileDialog(this, tr("Save the recovery key as PDF"), QString(), tr("PDF files (*.pdf)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("pdf"));
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) {
        // The dialog asked before replacing a file; never into a vault folder, never onto a device.
        auto target = OutputPath::check(file, OutputPath::Existing::Replace);
        if (!target) {
            m_ui->createErrorLabel->setText(describe(target.error()));
            return;
        }
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(*target);
        QTextDocument document;
        document.setHtml(recoverySheetHtml());
        document.print(&printer);
        QFile::setPermissions(*target, QFile::ReadOwner | QFile::WriteOwner);
    });
    dialog->open();
}

} // namespace verdes::ui
