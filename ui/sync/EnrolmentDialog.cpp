// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sync/EnrolmentDialog.h"

#include "models/core/Error.h"
#include "models/core/Log.h"
#include "models/domain/Role.h"
#include "sync/batch/Envelope.h"
#include "sync/outbox/Enrolment.h"
#include "sync/outbox/Outbox.h"
#include "ui/common/FileChooser.h"
#include "ui/common/Look.h"
#include "ui/common/ScreenFit.h"
#include "ui/sync/QrCode.h"
#include "ui_EnrolmentDialog.h"

#include <QDir>
#include <QFontDatabase>
#include <QPixmap>

namespace verdes::ui {

namespace {

// An enrolment answer is about a kilobyte.
constexpr qint64 kMaxAnswerBytes = qint64(1) << 20;

} // namespace

EnrolmentDialog::EnrolmentDialog(Database &db, Actor actor, QString villageName, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::EnrolmentDialog>())
    , m_db(db)
    , m_actor(std::move(actor))
    , m_villageName(std::move(villageName))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("enrolmentDialog"));
    // The fingerprint is read aloud over a telephone: large, and in a font where 0 and O differ.
    QFont big = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    big.setPointSizeF(big.pointSizeF() * 2);
    big.setBold(true);
    m_ui->fingerprintLabel->setFont(big);
    m_ui->messageLabel->hide();
    m_ui->answerLabel->hide();

    connect(m_ui->saveRequestButton, &QPushButton::clicked, this, &EnrolmentDialog::chooseRequestFile);
    connect(m_ui->openAnswerButton, &QPushButton::clicked, this, &EnrolmentDialog::chooseAnswer);
    connect(m_ui->acceptButton, &QPushButton::clicked, this, [this] {
        acceptAnswer(m_ui->fingerprintLineEdit->text());
    });
    connect(m_ui->fingerprintLineEdit, &QLineEdit::returnPressed, this, [this] {
        acceptAnswer(m_ui->fingerprintLineEdit->text());
    });
    connect(m_ui->fingerprintLineEdit, &QLineEdit::textChanged, this, &EnrolmentDialog::updateActions);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    makeRequest();
    updateActions();
    // As big as it asks to be where the screen allows (Qt would cap a new window at 2/3 of it, and a
    // 1366×768 laptop then cuts the QR code).
    ScreenFit::resize(this, sizeHint());
}

EnrolmentDialog::~EnrolmentDialog() = default;

QString EnrolmentDialog::requestFingerprint() const
{
    return m_fingerprint;
}

QString EnrolmentDialog::answerText() const
{
    return m_ui->answerLabel->isHidden() ? QString() : m_ui->answerLabel->text();
}

QString EnrolmentDialog::messageText() const
{
    return m_ui->messageLabel->isHidden() ? QString() : m_ui->messageLabel->text();
}

void EnrolmentDialog::showMessage(const QString &text, bool error)
{
    m_ui->messageLabel->setText(text);
    Look::setMessageStyle(m_ui->messageLabel, error);
    m_ui->messageLabel->setVisible(!text.isEmpty());
}

void EnrolmentDialog::updateActions()
{
    const bool may = m_actor.may(Action::EnrolWithHub);
    m_ui->saveRequestButton->setEnabled(may && !m_requestFile.isEmpty());
    m_ui->openAnswerButton->setEnabled(may);
    m_ui->fingerprintLineEdit->setEnabled(may && !m_answerFile.isEmpty());
    m_ui->acceptButton->setEnabled(may && !m_answerFile.isEmpty()
                                   && !m_ui->fingerprintLineEdit->text().trimmed().isEmpty());
}

void EnrolmentDialog::makeRequest()
{
    sync::Enrolment enrolment(m_db);
    auto made = enrolment.makeRequest(m_actor, m_villageName);
    if (!made) {
        m_ui->fingerprintLabel->clear();
        m_ui->qrLabel->setText(describe(made.error()));
        Look::setErrorStyle(m_ui->qrLabel);
        return;
    }
    m_requestFile = made->signedFile;
    m_fingerprint = made->request.fingerprint();
    m_ui->fingerprintLabel->setText(m_fingerprint);
    m_ui->fingerprintLabel->setAccessibleName(tr("Fingerprint of this laptop's request"));
    m_qrImage = QrCode::image(m_requestFile);
    if (m_qrImage.isNull()) {
        m_ui->qrLabel->setText(tr("The request is too long for a QR code: save the file and take it to the "
                                  "district on a USB stick."));
    } else {
        // Whole pixels per module, never scaled: a blurred code does not scan. Nor does a cut one.
        m_ui->qrLabel->setPixmap(QPixmap::fromImage(m_qrImage));
        m_ui->qrLabel->setMinimumSize(m_qrImage.size());
        m_ui->qrLabel->setAccessibleName(tr("QR code of the enrolment request"));
    }
}

void EnrolmentDialog::chooseRequestFile()
{
    const QString village = FileChooser::fileNamePart(m_villageName, QStringLiteral("desa"));
    FileChooser::save(this,
                      QStringLiteral("requestFileDialog"),
                      tr("Save the enrolment request"),
                      QStringLiteral("enrol-%1.venq").arg(village),
                      tr("Enrolment requests (*.venq)"),
                      QStringLiteral("venq"),
                      [this](const QString &path) {
                          saveRequest(path);
                      });
}

bool EnrolmentDialog::saveRequest(const QString &path)
{
    if (m_requestFile.isEmpty()) {
        return false;
    }
    // The file dialog asked before an existing file was chosen.
    if (auto written = FileChooser::write(path, m_requestFile); !written) {
        showMessage(describe(written.error()), true);
        return false;
    }
    showMessage(tr("The request was saved to %1. Take it to the district with the fingerprint %2.")
                    .arg(QDir::toNativeSeparators(path), m_fingerprint),
                false);
    return true;
}

void EnrolmentDialog::chooseAnswer()
{
    FileChooser::open(this,
                      QStringLiteral("answerFileDialog"),
                      tr("Open the district's answer"),
                      tr("Enrolment answers (*.vena);;All files (*)"),
                      [this](const QString &path) {
                          openAnswer(path);
                      });
}

bool EnrolmentDialog::openAnswer(const QString &path)
{
    m_answerFile.clear();
    m_ui->answerLabel->hide();
    updateActions();
    const auto read = FileChooser::read(path, kMaxAnswerBytes);
    if (!read) {
        showMessage(describe(read.error()), true);
        return false;
    }
    const QByteArray &bytes = *read;
    // A laptop that pins the hub's keys from before a rotation reads the hub's key list first (its
    // answer is signed by the new key): the same button takes it.
    if (auto header = sync::Envelope::signedHeader(bytes);
        header && header->kind == sync::FileKind::HubKeys) {
        auto followed = sync::Outbox(m_db).applyHubKeys(m_actor, bytes);
        if (!followed) {
            showMessage(describe(followed.error()), true);
            return false;
        }
        showMessage(tr("This laptop now trusts the district hub's new key %1. Now open the district's "
                       "answer.")
                        .arg(followed->fingerprint),
                    false);
        return false;
    }
    sync::Enrolment enrolment(m_db);
    auto answer = enrolment.read(bytes);
    if (!answer) {
        showMessage(describe(answer.error()), true);
        return false;
    }
    m_answerFile = bytes;
    m_ui->answerLabel->setText(tr("Hub: %1\nDistrict: %2\nFingerprint in the file: %3")
                                   .arg(answer->hubName, answer->districtCode, answer->hubFingerprint()));
    m_ui->answerLabel->show();
    showMessage(tr("Now type the fingerprint the district told you, and compare it with the one above."),
                false);
    updateActions();
    m_ui->fingerprintLineEdit->setFocus();
    return true;
}

bool EnrolmentDialog::acceptAnswer(const QString &fingerprint)
{
    if (m_answerFile.isEmpty() || fingerprint.trimmed().isEmpty()) {
        return false;
    }
    sync::Enrolment enrolment(m_db);
    auto accepted = enrolment.accept(m_actor, m_answerFile, fingerprint.trimmed());
    if (!accepted) {
        qCInfo(lcSync) << "enrolment answer not accepted:" << errorCodeName(accepted.error().code);
        showMessage(accepted.error().code == ErrorCode::SyncFingerprintMismatch ? tr(
                        "The fingerprint you typed is not the one of this answer, so nothing was changed. "
                        "Check the fingerprint with the district officer, or ask them for a new answer.")
                                                                                : describe(accepted.error()),
                    true);
        m_ui->fingerprintLineEdit->selectAll();
        m_ui->fingerprintLineEdit->setFocus();
        return false;
    }
    QString text = tr("This laptop is now enrolled with %1 (district %2).")
                       .arg(accepted->hubName, accepted->districtCode);
    if (accepted->maxOfflineDays > 0) {
        text += u' '
                + tr("The district asks for a sync at least every %n day(s).",
                     nullptr,
                     static_cast<int>(accepted->maxOfflineDays));
    }
    showMessage(text, false);
    m_ui->openAnswerButton->setEnabled(false);
    m_ui->fingerprintLineEdit->setEnabled(false);
    m_ui->acceptButton->setEnabled(false);
    Q_EMIT enrolled();
    return true;
}

} // namespace verdes::ui
