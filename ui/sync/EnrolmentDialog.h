// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"
#include "models/vault/Actor.h"

#include <QByteArray>
#include <QDialog>
#include <QImage>

#include <memory>

namespace Ui {
class EnrolmentDialog;
} // namespace Ui

namespace verdes {
class Database;
} // namespace verdes

namespace verdes::ui {

// Enrolling this laptop with the district hub (issue 13 §1), in two steps. Step 1 makes the signed
// request and shows its fingerprint in large type, to read aloud, and the request itself as a QR code
// (or, when it is too big for one, only the file to save). Step 2 opens the district's answer, shows
// the hub's name, district and fingerprint, and pins the hub only after the officer typed the
// fingerprint the district told them (Enrolment::accept compares it without regard to case and
// dashes); a wrong one changes nothing.
class EnrolmentDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnrolmentDialog)

public:
    EnrolmentDialog(Database &db, Actor actor, QString villageName, QWidget *parent = nullptr);
    ~EnrolmentDialog() override;

    // The signed request (empty when it could not be made) and its fingerprint.
    const QByteArray &requestFile() const { return m_requestFile; }

    QString requestFingerprint() const;

    // The QR code shown (null when the request does not fit one).
    const QImage &qrImage() const { return m_qrImage; }

    // Writes the request to `path` (the file dialog asked before replacing). True when written.
    bool saveRequest(const QString &path);
    // Asks for the file of the district's answer, then opens it (openAnswer).
    void chooseAnswer();
    // Reads the district's answer from `path` and shows the hub; false (with the reason shown) when
    // it is not a valid answer for this laptop.
    bool openAnswer(const QString &path);
    // Pins the hub of the opened answer when `fingerprint` is its own. True when enrolled.
    bool acceptAnswer(const QString &fingerprint);

    QString answerText() const;
    QString messageText() const;

Q_SIGNALS:
    void enrolled();

private:
    void makeRequest();
    void chooseRequestFile();
    void showMessage(const QString &text, bool error);
    void updateActions();

    std::unique_ptr<Ui::EnrolmentDialog> m_ui;
    Database &m_db;
    Actor m_actor;
    QString m_villageName;
    QByteArray m_requestFile;
    QString m_fingerprint;
    QImage m_qrImage;
    QByteArray m_answerFile;
};

} // namespace verdes::ui
