// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/demo/DemoVault.h"

#include "models/core/Clock.h"
#include "models/core/Log.h"
#include "models/demo/DemoMeeting.h"
#include "models/demo/DemoRowSource.h"
#include "models/domain/RegionTable.h"
#include "models/quality/QualityChecker.h"

#include <QDir>

namespace verdes {

QString DemoVault::defaultOfficer()
{
    return QStringLiteral("Operator Demo");
}

Result<Vault::Created> DemoVault::create(const QString &folder,
                                         const QString &officer,
                                         const SecureBytes &passphrase,
                                         const DemoOptions &options,
                                         Progress &progress)
{
    VERDES_TRY(Vault::checkPassphrase(passphrase));
    VERDES_TRY_ASSIGN(source, DemoRowSource::create(options));
    const QString villageCode = source->village().villageCode();
    const QString villageName = QStringLiteral("%1 (DEMO)").arg(source->village().villageName());
    VERDES_TRY_ASSIGN(created, Vault::create(folder, villageCode, villageName, officer, passphrase));

    const ValidationContext context{options.today, &RegionTable::instance(), villageCode};
    SnapshotImporter importer(created.vault->database(), context, SystemClock::instance());
    ImportOptions importOptions;
    importOptions.kind = ImportOptions::Kind::Demo;
    importOptions.officerId = officer;
    importOptions.actor = created.vault->actor();
    // After a failure nothing of this vault is worth keeping: the user sees the error and can try
    // again.
    const auto discard = [&created, &folder] {
        (void)created.vault->lock();
        created.vault.reset();
        QDir(folder).removeRecursively();
    };
    auto report = importer.run(*source, importOptions, progress);
    if (!report || !report->imported) {
        discard();
        if (!report) {
            return report.error();
        }
        return Error(
            ErrorCode::Internal,
            {},
            QStringLiteral("demo village failed its own validation: %1 errors").arg(report->errorCount));
    }
    // Like an import in the application, the demo village starts with its data-quality flags.
    auto checked = QualityChecker(created.vault->database()).run(created.vault->actor());
    if (!checked) {
        discard();
        return checked.error();
    }
    // A meeting ready to run, from proposals made out of those flags.
    auto meeting =
        DemoMeeting::prepare(created.vault->database(), created.vault->actor(), options.today, options.seed);
    if (!meeting) {
        discard();
        return meeting.error();
    }
    qCInfo(lcDomain) << "demo vault created:" << report->households.added << "households," << checked->open
                     << "open flags";
    return created;
}

DemoVaultJob::DemoVaultJob(
    QString folder, QString officer, const QString &passphrase, DemoOptions options, QObject *parent)
    : Job(parent)
    , m_folder(std::move(folder))
    , m_officer(std::move(officer))
    , m_passphrase(SecureBytes::fromUtf8(passphrase))
    , m_options(std::move(options))
{}

DemoVaultJob::DemoVaultJob(
    QString folder, QString officer, SecureBytes passphrase, DemoOptions options, QObject *parent)
    : Job(parent)
    , m_folder(std::move(folder))
    , m_officer(std::move(officer))
    , m_passphrase(std::move(passphrase))
    , m_options(std::move(options))
{}

DemoVaultJob::~DemoVaultJob()
{
    // The worker thread uses the members: stop it before they go.
    cancel();
    wait();
}

const Result<void> &DemoVaultJob::result() const
{
    Q_ASSERT(m_result.has_value());
    return *m_result;
}

void DemoVaultJob::work()
{
    auto created = DemoVault::create(m_folder, m_officer, m_passphrase, m_options, *this);
    m_passphrase.clear();
    if (!created) {
        m_result = created.error();
        return;
    }
    m_villageName = created->vault->villageName();
    m_recoveryKey = std::move(created->recoveryKey);
    m_result = created->vault->lock();
}

} // namespace verdes
