// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Result.h"
#include "models/demo/DemoVillage.h"
#include "models/domain/Role.h"
#include "models/io/OutputPath.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <memory>

namespace verdes {
class Vault;
} // namespace verdes

namespace verdes::app {

// The `verdes` executable's verbs (issue 3, §6). Messages go to stderr in the locale's language,
// data to stdout; exit codes are those of exitCodeFor() in models/core/Error.h.
class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    // Whether the arguments name a command-line verb (or --help/--version) rather than the
    // desktop application.
    static bool isCommand(const QStringList &arguments);
    // Runs a verb inside an existing QCoreApplication and returns the process exit code.
    static int run(const QStringList &arguments);

private:
    struct Parsed
    {
        QString verb;
        QStringList positional;
        QHash<QString, QString> options; // "--households" → "500"; flags map to "1"
        QString helpTopic;               // with verb "--help": the verb asked about ("import")
    };

    static Result<Parsed> parse(const QStringList &arguments);
    static QString helpText();
    // `verdes import --help`: the import's usage and how to save a file from Excel or LibreOffice.
    static QString importHelpText();
    static QString rolesHelpText();
    static QString proposalsHelpText();
    static QString checksHelpText();
    static QString musdesHelpText();
    static Result<void> dispatch(const Parsed &parsed);
    static Result<std::unique_ptr<Vault>> unlock(const Parsed &parsed, const QString &folder);
    static Result<void> requireVault(const QString &folder);
    // SyncDeviceRevoked (and the vault locked again) for a verb that reads or changes the registry
    // while the district has revoked this laptop.
    static Result<void> refuseIfRevoked(const Parsed &parsed, Vault &vault);
    // Hands the vault to a ChangeKeyJob and takes it back, changed or not.
    static Result<void> changeVaultKey(std::unique_ptr<Vault> &vault);
    // The audit chain and the content against it: AuditChainBroken or AuditContentMismatch.
    static Result<void> verifyHistory(Vault &vault);
    // Every sealed meeting against its seal: MeetingSealBroken for the first that does not match.
    static Result<void> verifySeals(Vault &vault);
    static Result<void> writeNewFile(const QString &path, const QByteArray &bytes);
    static Result<DemoOptions> demoOptions(const Parsed &parsed);
    static Result<int> intOption(const Parsed &parsed, const QString &name, int fallback, int min, int max);
    // Whether a verb that writes a file may replace an existing one (--force).
    static OutputPath::Existing existingOption(const Parsed &parsed);

    static Result<void> init(const Parsed &parsed);
    static Result<void> initDistrict(const Parsed &parsed);
    // --role for a new vault's first officer: `fallback` when not given, a usage error for a role
    // that the kind of vault does not have.
    static Result<Role> roleOption(const Parsed &parsed, VaultKind kind, Role fallback);
    // VaultWrongKind (and the vault locked again) for a command that a vault of this kind has no use
    // for: the registry's and the meeting's on a district review vault.
    static Result<void> refuseWrongKind(const Parsed &parsed, Vault &vault);
    static Result<void> demo(const Parsed &parsed);
    static Result<void> demoCsv(const Parsed &parsed);
    static Result<void> importCsv(const Parsed &parsed);
    static Result<void> exportCsv(const Parsed &parsed);
    static Result<void> check(const Parsed &parsed);
    static Result<void> search(const Parsed &parsed);
    static Result<void> officer(const Parsed &parsed);
    static Result<void> officerList(const Parsed &parsed);
    static Result<void> audit(const Parsed &parsed);
    static Result<void> proposals(const Parsed &parsed);
    static Result<void> checks(const Parsed &parsed);

public:
    // Whether the verb renders documents and so needs a QGuiApplication (main.cpp).
    static bool needsGui(const QStringList &arguments);

private:
    // `verdes musdes documents` and `verdes musdes template` (MusdesDocumentsCommand.cpp).
    static QString musdesDocumentsHelpText();
    static Result<void> musdesDocuments(const Parsed &parsed);
    static Result<void> musdesTemplate(const Parsed &parsed);
    static Result<void> musdes(const Parsed &parsed);
    // `verdes batch …` (SyncCommand.cpp).
    static QString syncHelpText();
    static Result<void> batch(const Parsed &parsed);
    static Result<void> enrol(const Parsed &parsed);
    static QString reviewHelpText();
    static Result<void> review(const Parsed &parsed);
    // review sync|request|import|queue: the batches from the hub and the queue they make.
    static Result<void> reviewInbox(const Parsed &parsed);
    static Result<void> reviewDecide(const Parsed &parsed);
    static Result<void> reviewVerdicts(const Parsed &parsed);
    // review claim|release: take or give up items through the hub (ReviewClaimCommand.cpp).
    static QString reviewClaimHelpText();
    static Result<void> reviewClaims(const Parsed &parsed);
    static Result<void> renewClaims(Vault &vault);
    static Result<void> receipts(const Parsed &parsed);
    static Result<void> revocations(const Parsed &parsed);
    static Result<void> hubKeys(const Parsed &parsed);
    static Result<void> decisions(const Parsed &parsed);
    // `verdes privacy access` (PrivacyCommand.cpp).
    static QString privacyHelpText();
    static Result<void> privacyAccess(const Parsed &parsed);
    static Result<void>
    writeNewFileOrReplace(const QString &path, const QByteArray &bytes, OutputPath::Existing existing);
};

} // namespace verdes::app
