// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/vault/Vault.h"
#include "sync/hub/Hub.h"

#include <QList>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace verdes::test {

// A district for the review tests (issue 14): a real in-process hub for district 3373, a district
// review vault with an office head, a verifier and a viewer (the first two enrolled with the hub), and
// a village of the district (HubVillage) that enrolled too and sent `batches` batches of one agreed
// proposal each, which the verifier fetched. The vault is left open as the verifier.
class ReviewDistrict
{
public:
    static inline const QString kDistrict = QStringLiteral("3373");
    static inline const QString kHead = QStringLiteral("Budi Santoso");
    static inline const QString kVerifier = QStringLiteral("Sri Wahyuni");
    static inline const QString kViewer = QStringLiteral("Andi Pratama");
    // The verifier of a second district review vault (another laptop of the same office).
    static inline const QString kSecondVerifier = QStringLiteral("Rina Marlina");

    // False (with a warning naming the step) when a step failed.
    bool setUp(int batches = 3);

    // A second district review vault of the same district, made by kSecondVerifier (office head
    // kHead, not enrolled) on another laptop: the verifier enrolled with the hub, the same batches
    // fetched. Left open as that verifier.
    bool setUpSecondVault();

    Vault &secondVault() { return *m_second; }

    // The second vault's item at the same batch and position as the first vault's `itemId`.
    qint64 secondItemOf(qint64 itemId);

    // Locks the vault and opens it as `officer`.
    bool unlockAs(const QString &officer);

    QString folder() const { return m_dir.filePath(QStringLiteral("dinsos.verdes")); }

    QString path(const QString &name) const { return m_dir.filePath(name); }

    hub::Hub &hub() { return *m_hub; }

    Vault &vault() { return *m_vault; }

    std::unique_ptr<Vault> &vaultPointer() { return m_vault; }

    const QList<qint64> &items() const { return m_items; }

    QString hubFingerprint() const { return m_fingerprint; }

private:
    bool enrolCurrent();
    bool enrol(Vault &vault);

    QTemporaryDir m_dir;
    std::unique_ptr<hub::Hub> m_hub;
    std::unique_ptr<Vault> m_vault;
    std::unique_ptr<Vault> m_second;
    QList<qint64> m_items;
    QString m_fingerprint;
};

} // namespace verdes::test
