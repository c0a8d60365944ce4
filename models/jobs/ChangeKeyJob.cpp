// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/jobs/ChangeKeyJob.h"

#include "models/vault/Vault.h"

#include <QCoreApplication>

namespace verdes {

ChangeKeyJob::ChangeKeyJob(std::unique_ptr<Vault> vault, QObject *parent)
    : Job(parent)
    , m_vault(std::move(vault))
{}

ChangeKeyJob::~ChangeKeyJob()
{
    wait();
}

const Result<void> &ChangeKeyJob::result() const
{
    Q_ASSERT_X(m_result.has_value(), "ChangeKeyJob::result", "the job has not finished");
    return *m_result;
}

std::unique_ptr<Vault> ChangeKeyJob::takeVault()
{
    return std::move(m_vault);
}

void ChangeKeyJob::work()
{
    setPhase(QCoreApplication::translate("ChangeKeyJob", "Re-encrypting the village vault with a new key…"));
    m_result = m_vault->changeKey(*this);
}

} // namespace verdes
