// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/verdes/CommandLine.h"

#include "app/verdes/Console.h"
#include "app/verdes/SecretReader.h"
#include "models/audit/AuditText.h"
#include "models/audit/NikReveal.h"
#include "models/core/Clock.h"
#include "models/core/Log.h"
#include "models/demo/DemoRowSource.h"
#include "models/demo/DemoVault.h"
#include "models/demo/DemoVillage.h"
#include "models/domain/Issue.h"
#include "models/domain/OfficerName.h"
#include "models/domain/RegionTable.h"
#include "models/domain/Validation.h"
#include "models/io/CsvReader.h"
#include "models/io/ImportText.h"
#include "models/io/SnapshotExporter.h"
#include "models/io/SnapshotImporter.h"
#include "models/jobs/AuditVerifyJob.h"
#include "models/jobs/ChangeKeyJob.h"
#include "models/jobs/EvidenceCheckJob.h"
#include "models/jobs/ExportJob.h"
#include "models/jobs/ImportJob.h"
#include "models/jobs/QualityCheckJob.h"
#include "models/musdes/MeetingRepository.h"
#include "models/proposals/ProposalRepository.h"
#include "models/proposals/SnapshotOutcome.h"
#include "models/quality/QualityChecker.h"
#include "models/quality/QualityFlagRepository.h"
#include "models/quality/QualityText.h"
#include "models/quality/SnapshotAge.h"
#include "models/repo/HouseholdRepository.h"
#include "models/search/HouseholdSearch.h"
#include "models/vault/Actor.h"
#include "models/vault/AuditHead.h"
#include "models/vault/AuditLog.h"
#include "models/vault/Database.h"
#include "models/vault/HeadWatermark.h"
#include "models/vault/Vault.h"
#include "sync/batch/Envelope.h"
#include "sync/outbox/Outbox.h"
#include "sync/outbox/OutboxRepository.h"
#include "sync/snapshot/SnapshotInbox.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <optional>
#include <unistd.h>

namespace verdes::app {

namespace {

// The verbs and, for each, the options that take a value and the flags.
struct VerbSpec
{
    QString name;
    int minPositional;
    int maxPositional;
    QStringList valueOptions;
    QStringList flags;
};

const QList<VerbSpec> &verbSpecs()
{
    static const QList<VerbSpec> specs = {
        {QStringLiteral("init"),
         1,
         1,
         {QStringLiteral("--village-code"),
          QStringLiteral("--village-name"),
          QStringLiteral("--district-code"),
          QStringLiteral("--office-name"),
          QStringLiteral("--officer"),
          QStringLiteral("--role")},
         {QStringLiteral("--demo-village")}},
        {QStringLiteral("demo"),
         1,
         1,
         {QStringLiteral("--households"), QStringLiteral("--seed"), QStringLiteral("--officer")},
         {}},
        {QStringLiteral("demo-csv"),
         1,
         1,
         {QStringLiteral("--households"), QStringLiteral("--seed")},
         {QStringLiteral("--force")}},
        {QStringLiteral("import"),
         2,
         2,
         {QStringLiteral("--rejects"), QStringLiteral("--officer")},
         {QStringLiteral("--skip-bad-rows"), QStringLiteral("--recovery-key"), QStringLiteral("--force")}},
        {QStringLiteral("export"),
         2,
         2,
         {QStringLiteral("--officer")},
         {QStringLiteral("--recovery-key"), QStringLiteral("--force")}},
        {QStringLiteral("check"), 1, 1, {QStringLiteral("--officer")}, {QStringLiteral("--recovery-key")}},
        {QStringLiteral("search"),
         2,
         2,
         {QStringLiteral("--limit"), QStringLiteral("--officer")},
         {QStringLiteral("--show-nik"), QStringLiteral("--recovery-key")}},
        {QStringLiteral("officer"),
         2,
         4,
         {QStringLiteral("--officer"), QStringLiteral("--role")},
         {QStringLiteral("--recovery-key"), QStringLiteral("--change-key")}},
        {QStringLiteral("audit"),
         2,
         2,
         {QStringLiteral("--officer"),
          QStringLiteral("--household"),
          QStringLiteral("--limit"),
          QStringLiteral("--anchor"),
          QStringLiteral("--out")},
         {QStringLiteral("--recovery-key")}},
        {QStringLiteral("proposals"),
         1,
         1,
         {QStringLiteral("--state"), QStringLiteral("--officer")},
         {QStringLiteral("--show-nik"), QStringLiteral("--recovery-key")}},
        {QStringLiteral("checks"), 1, 1, {QStringLiteral("--officer"), QStringLiteral("--check")}, {}},
        {QStringLiteral("batch"),
         2,
         3,
         {QStringLiteral("--officer"), QStringLiteral("--batch")},
         {QStringLiteral("--force"), QStringLiteral("--recovery-key")}},
        {QStringLiteral("enrol"),
         3,
         3,
         {QStringLiteral("--officer"), QStringLiteral("--hub-fingerprint")},
         {QStringLiteral("--force"), QStringLiteral("--recovery-key")}},
        {QStringLiteral("receipts"), 3, 3, {QStringLiteral("--officer")}, {QStringLiteral("--recovery-key")}},
        {QStringLiteral("revocations"),
         3,
         3,
         {QStringLiteral("--officer")},
         {QStringLiteral("--recovery-key")}},
        {QStringLiteral("hub-keys"), 3, 3, {QStringLiteral("--officer")}, {QStringLiteral("--recovery-key")}},
        {QStringLiteral("decisions"),
         1,
         3,
         {QStringLiteral("--officer")},
         {QStringLiteral("--recovery-key")}},
        {QStringLiteral("review"),
         2,
         5002, // review claim|release VAULT ITEM...: up to sync::ClaimRequest::kMaxItems items
         {QStringLiteral("--officer"),
          QStringLiteral("--hub-fingerprint"),
          QStringLiteral("--village"),
          QStringLiteral("--state"),
          QStringLiteral("--limit"),
          QStringLiteral("--reason"),
          QStringLiteral("--note"),
          QStringLiteral("--facilitator"),
          QStringLiteral("--result"),
          QStringLiteral("--nik"),
          QStringLiteral("--days")},
         {QStringLiteral("--force"), QStringLiteral("--recovery-key"), QStringLiteral("--incomplete")}},
        // Two-word verbs: parse() looks for "VERB SUBVERB" first.
        {QStringLiteral("privacy access"),
         3,
         3,
         {QStringLiteral("--officer")},
         {QStringLiteral("--force"), QStringLiteral("--recovery-key")}},
        {QStringLiteral("musdes documents"),
         3,
         3,
         {QStringLiteral("--officer"), QStringLiteral("--paper")},
         {QStringLiteral("--force")}},
        {QStringLiteral("musdes template"),
         2,
         2,
         {QStringLiteral("--officer"), QStringLiteral("--set")},
         {QStringLiteral("--reset"), QStringLiteral("--show")}},
        {QStringLiteral("musdes"),
         2,
         64,
         {QStringLiteral("--officer"),
          QStringLiteral("--date"),
          QStringLiteral("--time"),
          QStringLiteral("--place"),
          QStringLiteral("--chair"),
          QStringLiteral("--minute-taker"),
          QStringLiteral("--kind"),
          QStringLiteral("--addendum-of"),
          QStringLiteral("--name"),
          QStringLiteral("--role"),
          QStringLiteral("--rt-rw"),
          QStringLiteral("--add"),
          QStringLiteral("--household"),
          QStringLiteral("--note"),
          QStringLiteral("--votes"),
          QStringLiteral("--paper")},
         {QStringLiteral("--add-ready"), QStringLiteral("--signed"), QStringLiteral("--recovery-key")}},
    };
    return specs;
}

const VerbSpec *findVerb(const QString &name)
{
    for (const VerbSpec &spec : verbSpecs()) {
        if (spec.name == name) {
            return &spec;
        }
    }
    return nullptr;
}

// Progress on stderr: the phase and a percentage redrawn in place on a terminal, nothing when
// piped. Each phase of the work gets its own line.
class ProgressPrinter final
{
public:
    explicit ProgressPrinter(QString label)
        : m_label(std::move(label))
        , m_interactive(isatty(STDERR_FILENO) == 1)
    {}

    ~ProgressPrinter() { endLine(); }

    Q_DISABLE_COPY_MOVE(ProgressPrinter)

    void update(qint64 done, qint64 total)
    {
        if (!m_interactive || total <= 0) {
            return;
        }
        const auto percent = static_cast<int>(done * 100 / total);
        if (percent != m_lastPercent) {
            m_lastPercent = percent;
            m_lineOpen = true;
            err() << '\r' << m_label << ' ' << percent << '%' << Qt::flush;
        }
    }

    void setPhase(const QString &phase)
    {
        if (!m_interactive || (m_lineOpen && phase == m_label)) {
            return;
        }
        endLine();
        m_label = phase;
        m_lineOpen = true;
        err() << '\r' << m_label << Qt::flush;
    }

private:
    void endLine()
    {
        if (m_interactive && m_lineOpen) {
            err() << Qt::endl;
        }
        m_lineOpen = false;
        m_lastPercent = -1;
    }

    QString m_label;
    bool m_interactive;
    bool m_lineOpen = false;
    int m_lastPercent = -1;
};

// Runs `job` on this thread, the same job the desktop application runs on a worker thread
// (CONVENTIONS.md §8), and prints its phases and progress on stderr. `label` stands until the job
// names its first phase. The command line has nothing else to do meanwhile, and Ctrl+C ends the
// process: a transaction left open is rolled back by SQLite.
void runJob(Job &job, const QString &label)
{
    ProgressPrinter printer(label);
    QObject receiver; // the connections end with this function
    QObject::connect(&job, &Job::progress, &receiver, [&printer](qint64 done, qint64 total) {
        printer.update(done, total);
    });
    QObject::connect(&job, &Job::phaseChanged, &receiver, [&printer](const QString &phase) {
        printer.setPhase(phase);
    });
    job.runHere();
}

void printRecoveryKey(const RecoveryKey &key)
{
    say(CommandLine::tr("Write down this recovery key and keep it in a safe place. It is shown only once; "
                        "with it the vault can be opened when every passphrase is forgotten."));
    // Straight from secure memory to the stream: no QString copy of the key.
    out().flush();
    const SecureBytes formatted = key.formatted();
    // A failing stdout (a closed pipe) cannot be reported anywhere better than the exit code of lock().
    (void)std::fwrite(formatted.data(), 1, formatted.size(), stdout);
    (void)std::fputc('\n', stdout);
    (void)std::fflush(stdout);
}

Result<SecureBytes> readNewPassphrase(const QString &prompt)
{
    VERDES_TRY_ASSIGN(passphrase, SecretReader::read(prompt));
    VERDES_TRY(Vault::checkPassphrase(passphrase));
    if (isatty(STDIN_FILENO) == 1) {
        VERDES_TRY_ASSIGN(again, SecretReader::read(CommandLine::tr("Type the passphrase again: ")));
        if (!again.equals(passphrase)) {
            return Error(ErrorCode::VaultPassphraseMismatch);
        }
    }
    return passphrase;
}

void printReport(const ImportReport &report)
{
    // Every error is listed (up to the report's cap); warnings do not block, so a sample is enough
    // here: all of them are stored with the households.
    constexpr qsizetype kWarningsShown = 20;
    qsizetype errorsShown = 0;
    qsizetype warningsShown = 0;
    for (const Issue &issue : report.issues) {
        if (issue.isError()) {
            say(issue.lineText());
            ++errorsShown;
        } else if (warningsShown < kWarningsShown) {
            say(issue.lineText());
            ++warningsShown;
        }
    }
    if (errorsShown < report.errorCount) {
        say(CommandLine::tr("… and %1 more errors not listed.").arg(report.errorCount - errorsShown));
    }
    if (warningsShown < report.warningCount) {
        say(CommandLine::tr("… and %1 more warnings not listed.").arg(report.warningCount - warningsShown));
    }
    if (!report.unknownColumns.isEmpty()) {
        say(CommandLine::tr("Unknown columns ignored: %1")
                .arg(report.unknownColumns.join(QStringLiteral(", "))));
    }
    // The separator found and the optional columns the file lacks (issue 11 §1).
    for (const QString &fact : ImportText::fileFacts(report)) {
        say(fact);
    }
    if (!report.imported) {
        return;
    }
    const auto counts = [](const ImportCounts &c) {
        return CommandLine::tr("%1 added, %2 changed, %3 unchanged, %4 missing from this snapshot")
            .arg(c.added)
            .arg(c.changed)
            .arg(c.unchanged)
            .arg(c.missing);
    };
    say(CommandLine::tr("Households: %1").arg(counts(report.households)));
    say(CommandLine::tr("Members: %1").arg(counts(report.members)));
    if (report.rowsSkipped > 0) {
        say(CommandLine::tr("%1 rows with errors were skipped.").arg(report.rowsSkipped));
    }
    if (report.warningCount > 0) {
        say(CommandLine::tr("%1 warnings were recorded with the households.").arg(report.warningCount));
    }
    if (const QString proposals = ImportText::proposalsSummary(report.proposals); !proposals.isEmpty()) {
        say(proposals);
    }
}

} // namespace

bool CommandLine::isCommand(const QStringList &arguments)
{
    if (arguments.size() < 2) {
        return false;
    }
    const QString &first = arguments.at(1);
    return findVerb(first) != nullptr || first == u"--help" || first == u"-h" || first == u"--version"
           || first == u"help" || !first.startsWith(u'-');
}

int CommandLine::run(const QStringList &arguments)
{
    auto parsed = parse(arguments);
    if (!parsed) {
        say(describe(parsed.error()));
        say(tr("Run 'verdes --help' to see how to use it."));
        return exitCodeFor(parsed.error().code);
    }
    if (parsed->verb == u"--help") {
        out() << (parsed->helpTopic == u"import" ? importHelpText() : helpText()) << Qt::flush;
        return 0;
    }
    if (parsed->verb == u"--version") {
        out() << "verdes " << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }
    if (auto done = dispatch(*parsed); !done) {
        qCInfo(lcIo) << "command" << parsed->verb << "failed:" << errorCodeName(done.error().code)
                     << done.error().detail;
        say(describe(done.error()));
        if (const VerbSpec *spec = findVerb(parsed->verb);
            done.error().code == ErrorCode::FileExists && spec != nullptr
            && spec->flags.contains(QStringLiteral("--force"))) {
            say(tr("To replace it, add --force."));
        }
        return exitCodeFor(done.error().code);
    }
    return 0;
}

Result<CommandLine::Parsed> CommandLine::parse(const QStringList &arguments)
{
    Parsed parsed;
    const QString first = arguments.value(1);
    if (first == u"--help" || first == u"-h" || first == u"help") {
        parsed.verb = QStringLiteral("--help");
        // `verdes help import`
        if (const VerbSpec *topic = findVerb(arguments.value(2))) {
            parsed.helpTopic = topic->name;
        }
        return parsed;
    }
    if (first == u"--version") {
        parsed.verb = first;
        return parsed;
    }
    // "musdes documents": a two-word verb, else the first word alone.
    const VerbSpec *spec = findVerb(first + u' ' + arguments.value(2));
    const qsizetype firstArgument = spec != nullptr ? 3 : 2;
    if (spec == nullptr) {
        spec = findVerb(first);
    }
    if (spec == nullptr) {
        return Error(ErrorCode::UsageError, {tr("unknown command \"%1\"").arg(first)});
    }
    // `verdes import --help`: the verb's help, whatever else is on the line.
    for (qsizetype i = 2; i < arguments.size(); ++i) {
        if (arguments.at(i) == u"--help" || arguments.at(i) == u"-h") {
            parsed.verb = QStringLiteral("--help");
            parsed.helpTopic = spec->name;
            return parsed;
        }
    }
    parsed.verb = spec->name;
    for (qsizetype i = firstArgument; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument.startsWith(u"--")) {
            if (spec->flags.contains(argument)) {
                parsed.options.insert(argument, QStringLiteral("1"));
            } else if (spec->valueOptions.contains(argument)) {
                if (i + 1 >= arguments.size()) {
                    return Error(ErrorCode::UsageError, {tr("%1 needs a value").arg(argument)});
                }
                parsed.options.insert(argument, arguments.at(++i));
            } else {
                return Error(ErrorCode::UsageError,
                             {tr("\"%1\" is not an option of %2").arg(argument, spec->name)});
            }
        } else {
            parsed.positional << argument;
        }
    }
    if (parsed.positional.size() < spec->minPositional || parsed.positional.size() > spec->maxPositional) {
        return Error(ErrorCode::UsageError, {tr("wrong number of arguments for %1").arg(spec->name)});
    }
    if (parsed.options.contains(QStringLiteral("--rejects"))
        && !parsed.options.contains(QStringLiteral("--skip-bad-rows"))) {
        return Error(ErrorCode::UsageError, {tr("--rejects needs --skip-bad-rows")});
    }
    if (parsed.verb == u"import" && parsed.options.contains(QStringLiteral("--force"))
        && !parsed.options.contains(QStringLiteral("--rejects"))) {
        return Error(ErrorCode::UsageError, {tr("--force is only for replacing the --rejects file")});
    }
    return parsed;
}

QString CommandLine::helpText()
{
    return tr("Usage:\n"
              "  verdes                         open the desktop application\n"
              "  verdes --demo                  open the application on the demo village\n"
              "  verdes init VAULT --village-code CODE --village-name NAME --officer NAME\n"
              "                                 create a village vault (prints the recovery key once);\n"
              "                                 CODE is a desa or kelurahan of the Kemendagri list of 2025,\n"
              "                                 3318192001 or 33.18.19.2001 (--demo-village: the code of a\n"
              "                                 demo village, village part 2999, for trying Verdes out)\n"
              "  verdes init VAULT --district-code CODE --office-name NAME --officer NAME [--role ROLE]\n"
              "                                 create a district review vault for the dinas sosial of a\n"
              "                                 regency or city (CODE: 3374 or 33.74); ROLE of the first\n"
              "                                 officer: office_head (when not given) or verifier\n"
              "  verdes demo VAULT [--households N] [--seed S] [--officer NAME]\n"
              "                                 create a vault holding a generated demo village\n"
              "  verdes demo-csv FILE [--households N] [--seed S] [--force]\n"
              "                                 write a generated demo village as a CSV snapshot\n"
              "  verdes import VAULT FILE [--skip-bad-rows [--rejects FILE [--force]]]\n"
              "                                 import a CSV snapshot (all or nothing unless bad rows are "
              "skipped);\n"
              "                                 'verdes import --help' says how to save it from Excel\n"
              "  verdes export VAULT FILE [--force]\n"
              "                                 export the registry as CSV (personal data: keep it safe)\n"
              "  verdes check VAULT             full integrity check (encryption, database, schema, key\n"
              "                                 file, history, the seals of the meetings and evidence)\n"
              "  verdes search VAULT QUERY [--limit N] [--show-nik]\n"
              "                                 search names, NIK, KK and addresses; \"rt 3\", \"rw 2\" "
              "filter\n"
              "                                 (NIK and KK masked; --show-nik shows them in full, for an\n"
              "                                 officer whose role may reveal them, and records the reveal\n"
              "                                 in the history of each household shown)\n"
              "  verdes officer add|remove|passwd VAULT NAME\n"
              "                                 manage the officers who can open the vault\n"
              "\n"
              "Opening a vault: --officer NAME picks the officer (needed when there are several);\n"
              "--recovery-key uses the recovery key instead of a passphrase. Secrets are never given as\n"
              "arguments: they are read from the first line of standard input, or asked for without echo\n"
              "on a terminal. 'officer add' and 'officer passwd' read the new passphrase from the next "
              "line.\n"
              "\n"
              "Writing files: a file is never written inside a vault folder, nor onto a folder, a device\n"
              "or a pipe; an existing file is replaced only with --force. A CSV file to import is read\n"
              "from an ordinary file, not from a pipe or from standard input.\n"
              "\n"
              "Exit codes:\n"
              "  0  success\n"
              "  1  the command was used wrongly\n"
              "  2  wrong passphrase or recovery key, or unknown officer\n"
              "  3  invalid input (for example errors in a CSV file, a passphrase that is too short)\n"
              "  4  not a Verdes vault, a damaged vault, or one made by a newer Verdes\n"
              "  5  not allowed for your role or with the recovery key, a file that may not be written\n"
              "     (it exists, or is inside a vault folder, or is not an ordinary file), or another\n"
              "     error reading or writing files\n"
              "  6  the district hub could not be reached, or could not store the batch just now (nothing\n"
              "     was lost: try again later)\n"
              "  7  the district revoked this laptop's enrolment: the vault opens only to enrol again\n"
              "     (enrol, revocations, hub-keys, officer and check still work; the data stays encrypted)\n")
           + u'\n' + rolesHelpText() + u'\n' + proposalsHelpText() + u'\n' + checksHelpText() + u'\n'
           + musdesHelpText() + u'\n' + musdesDocumentsHelpText() + u'\n' + syncHelpText() + u'\n'
           + reviewHelpText() + reviewClaimHelpText() + u'\n' + privacyHelpText();
}

QString CommandLine::musdesHelpText()
{
    return tr("The village meeting (musdes):\n"
              "  verdes musdes new VAULT --date YYYY-MM-DD --place TEXT --chair NAME [--time HH:MM]\n"
              "                  [--minute-taker NAME] [--kind musdes|musdesus|muskel|sptjm]\n"
              "                  [--addendum-of MEETING]\n"
              "                                 prepare a meeting; prints its number (MEETING below)\n"
              "  verdes musdes attend VAULT MEETING --name TEXT --role ROLE [--rt-rw 003/002] [--signed]\n"
              "                                 record an attendee (ROLE: %1)\n"
              "  verdes musdes agenda VAULT MEETING --add-ready | --add N [N…] | --household ID\n"
              "                                 put every ready proposal, some proposals, or a flagged\n"
              "                                 household on the agenda\n"
              "  verdes musdes decide VAULT MEETING PROPOSAL agreed|rejected|deferred [--note TEXT]\n"
              "                  [--votes FOR/AGAINST/ABSTAIN]\n"
              "                                 record (or correct) a decision; by consensus unless "
              "--votes;\n"
              "                                 for a flagged household give its id and "
              "keep|remove|deferred\n"
              "  verdes musdes seal VAULT MEETING --officer CHAIR\n"
              "                                 seal the minutes with the chair's passphrase (an SPTJM: the\n"
              "                                 village head's); nothing of the meeting changes afterwards\n"
              "  verdes musdes list VAULT       the meetings\n"
              "  verdes musdes show VAULT MEETING\n"
              "                                 a meeting: data, attendance, agenda, decisions and seal\n")
        .arg([] {
            QStringList codes;
            for (const AttendeeRole role : allAttendeeRoles()) {
                codes.append(attendeeRoleCode(role));
            }
            return codes.join(QStringLiteral(", "));
        }());
}

namespace {

// Long lines folded at spaces for a terminal; numbered steps keep their indent.
QString wrapped(const QString &text, qsizetype width = 96)
{
    QStringList out;
    for (const QString &line : text.split(u'\n')) {
        const qsizetype indent = (line.size() > 2 && line.at(0).isDigit() && line.at(1) == u'.') ? 3 : 0;
        QString rest = line;
        while (rest.size() > width) {
            qsizetype cut = rest.lastIndexOf(u' ', width);
            if (cut <= indent) {
                break;
            }
            out << rest.first(cut);
            rest = QString(indent, u' ') + rest.sliced(cut + 1);
        }
        out << rest;
    }
    return out.join(u'\n');
}

// The signed snapshot in `path`, opened and verified for this vault (sync::SnapshotInbox), when the file
// is a sealed one; nothing for a CSV.
Result<std::optional<sync::SignedSnapshot>> openSignedSnapshot(Database &db, const QString &path)
{
    VERDES_TRY_ASSIGN(isSealed, sync::SnapshotInbox::isSealedFile(path));
    if (!isSealed) {
        return std::optional<sync::SignedSnapshot>();
    }
    VERDES_TRY_ASSIGN(sealed, readInputFile(path, sync::Envelope::kMaxFileSize));
    VERDES_TRY_ASSIGN(snapshot, sync::SnapshotInbox(db).open(sealed));
    return std::optional<sync::SignedSnapshot>(std::move(snapshot));
}

} // namespace

QString CommandLine::importHelpText()
{
    return tr("Usage: verdes import VAULT FILE [--skip-bad-rows [--rejects FILE]]\n"
              "\n"
              "Imports a CSV snapshot of the registry into the vault. The whole file is checked first;\n"
              "if any row has an error nothing is imported, unless --skip-bad-rows is given: then the\n"
              "families with errors are left out, listed, and kept in the vault as a report (--rejects\n"
              "FILE also writes them to FILE). The summary says which separator the file uses and which\n"
              "optional columns it lacks; the vault keeps its values of those columns.\n"
              "\n"
              "FILE may also be the DTSEN data the district hub signed for this laptop (a .vsnp file from\n"
              "'verdes-hub snapshot'): it is verified first, and refused when it is not for this village "
              "and\n"
              "laptop, not signed by the hub this laptop trusts, or not newer than the last one imported.\n")
           + u'\n' + ImportText::formatHelpTitle() + u'\n' + wrapped(ImportText::formatHelp()) + u'\n';
}

QString CommandLine::rolesHelpText()
{
    return tr("Officers, roles and the history of changes:\n"
              "  verdes officer add VAULT NAME [--role ROLE]\n"
              "                                 add an officer (ROLE: operator, secretary, chair, "
              "kepala_desa,\n"
              "                                 bpd or viewer; operator when not given)\n"
              "  verdes officer role VAULT NAME ROLE\n"
              "                                 give an officer another role\n"
              "  verdes officer list VAULT      the officers, their roles and who manages officers\n"
              "  verdes officer remove VAULT NAME [--change-key]\n"
              "                                 remove an officer; --change-key also changes the vault key\n"
              "  verdes officer rekey VAULT     change the vault key: copies made before (for example by a\n"
              "                                 removed officer) stay locked with the old key\n"
              "  verdes officer repair VAULT --recovery-key\n"
              "                                 rewrite the key file from the vault's own record, when "
              "Verdes\n"
              "                                 refuses a key file the database does not know\n"
              "  verdes audit verify VAULT [--anchor N:FINGERPRINT]\n"
              "                                 check that the history of changes was not altered and that\n"
              "                                 the content matches it; with --anchor, that the history "
              "still\n"
              "                                 holds an entry written down earlier (exit code 4 when not)\n"
              "  verdes audit head VAULT [--out FILE]\n"
              "                                 the newest entry of the history, signed with the vault's\n"
              "                                 device key, and its short anchor to write down on paper\n"
              "  verdes audit log VAULT [--household ID] [--limit N]\n"
              "                                 the history of changes in plain words, oldest first\n"
              "Adding, removing officers, changing roles and the vault key needs the kepala desa or an\n"
              "officer who manages officers; every officer may change their own passphrase. An officer's\n"
              "name has at most %1 characters, without line breaks, tabs or other control characters.\n")
        .arg(OfficerName::kMaxLength);
}

QString CommandLine::proposalsHelpText()
{
    return tr("Change proposals:\n"
              "  verdes proposals VAULT [--state STATE] [--show-nik]\n"
              "                                 list the change proposals (STATE: draft, ready, "
              "withdrawn, …);\n"
              "                                 --show-nik as for search: the role must allow it, and the\n"
              "                                 reveal is recorded\n");
}

QString CommandLine::checksHelpText()
{
    return tr("Data-quality checks:\n"
              "  verdes checks VAULT [--check CODE]\n"
              "                                 run the data-quality checks and list the open flags\n"
              "                                 (NIK masked); CODE limits the list to one check\n");
}

Result<void> CommandLine::dispatch(const Parsed &parsed)
{
    using Handler = Result<void> (*)(const Parsed &);
    static const QHash<QString, Handler> handlers = {
        {QStringLiteral("init"), &CommandLine::init},
        {QStringLiteral("demo"), &CommandLine::demo},
        {QStringLiteral("demo-csv"), &CommandLine::demoCsv},
        {QStringLiteral("import"), &CommandLine::importCsv},
        {QStringLiteral("export"), &CommandLine::exportCsv},
        {QStringLiteral("check"), &CommandLine::check},
        {QStringLiteral("search"), &CommandLine::search},
        {QStringLiteral("officer"), &CommandLine::officer},
        {QStringLiteral("audit"), &CommandLine::audit},
        {QStringLiteral("proposals"), &CommandLine::proposals},
        {QStringLiteral("checks"), &CommandLine::checks},
        {QStringLiteral("musdes documents"), &CommandLine::musdesDocuments},
        {QStringLiteral("musdes template"), &CommandLine::musdesTemplate},
        {QStringLiteral("musdes"), &CommandLine::musdes},
        {QStringLiteral("batch"), &CommandLine::batch},
        {QStringLiteral("enrol"), &CommandLine::enrol},
        {QStringLiteral("review"), &CommandLine::review},
        {QStringLiteral("receipts"), &CommandLine::receipts},
        {QStringLiteral("revocations"), &CommandLine::revocations},
        {QStringLiteral("hub-keys"), &CommandLine::hubKeys},
        {QStringLiteral("decisions"), &CommandLine::decisions},
        {QStringLiteral("privacy access"), &CommandLine::privacyAccess},
    };
    const Handler handler = handlers.value(parsed.verb);
    if (handler == nullptr) {
        return Error(ErrorCode::UsageError, {tr("unknown command \"%1\"").arg(parsed.verb)});
    }
    return handler(parsed);
}

Result<DemoOptions> CommandLine::demoOptions(const Parsed &parsed)
{
    DemoOptions options;
    VERDES_TRY_ASSIGN(households,
                      intOption(parsed,
                                QStringLiteral("--households"),
                                options.households,
                                DemoVillage::kMinHouseholds,
                                DemoVillage::kMaxHouseholds));
    VERDES_TRY_ASSIGN(
        seed, intOption(parsed, QStringLiteral("--seed"), static_cast<int>(options.seed), 0, INT_MAX));
    options.households = households;
    options.seed = static_cast<quint64>(seed);
    options.today = SystemClock::instance().now().date();
    return options;
}

OutputPath::Existing CommandLine::existingOption(const Parsed &parsed)
{
    return parsed.options.contains(QStringLiteral("--force")) ? OutputPath::Existing::Replace
                                                              : OutputPath::Existing::Refuse;
}

Result<int> CommandLine::intOption(const Parsed &parsed, const QString &name, int fallback, int min, int max)
{
    if (!parsed.options.contains(name)) {
        return fallback;
    }
    bool ok = false;
    const int value = parsed.options.value(name).toInt(&ok);
    if (!ok || value < min || value > max) {
        return Error(ErrorCode::UsageError,
                     {tr("%1 must be a whole number from %2 to %3").arg(name).arg(min).arg(max)});
    }
    return value;
}

Result<void> CommandLine::requireVault(const QString &folder)
{
    if (!Vault::isVault(folder)) {
        if (!QFileInfo::exists(folder)) {
            return Error(ErrorCode::VaultNotFound, {QDir::toNativeSeparators(folder)});
        }
        return Error(ErrorCode::VaultNotAVault, {QDir::toNativeSeparators(folder)});
    }
    return {};
}

Result<void> CommandLine::changeVaultKey(std::unique_ptr<Vault> &vault)
{
    // The job works on the vault itself (the change needs the database to itself) and hands it
    // back, changed or not.
    ChangeKeyJob job(std::move(vault));
    runJob(job, tr("Changing the vault key…"));
    vault = job.takeVault();
    if (const auto &changed = job.result(); !changed) {
        return changed.error();
    }
    say(tr("The vault key was changed: copies of the vault made before can no longer be opened with the "
           "current passphrases, and a removed officer's old copy stays locked with the old key."));
    return {};
}

Result<std::unique_ptr<Vault>> CommandLine::unlock(const Parsed &parsed, const QString &folder)
{
    VERDES_TRY(requireVault(folder));
    if (parsed.options.contains(QStringLiteral("--recovery-key"))) {
        VERDES_TRY_ASSIGN(key, SecretReader::read(tr("Recovery key: ")));
        const QString typed =
            QString::fromUtf8(reinterpret_cast<const char *>(key.data()), static_cast<qsizetype>(key.size()));
        VERDES_TRY_ASSIGN(vault, Vault::unlockWithRecoveryKey(folder, typed));
        VERDES_TRY(refuseWrongKind(parsed, *vault));
        VERDES_TRY(refuseIfRevoked(parsed, *vault));
        return vault;
    }
    QString officer = parsed.options.value(QStringLiteral("--officer"));
    if (officer.isEmpty()) {
        VERDES_TRY_ASSIGN(officers, Vault::officerNames(folder));
        if (officers.size() != 1) {
            return Error(ErrorCode::UsageError,
                         {tr("this vault has several officers: choose one with --officer (%1)")
                              .arg(officers.join(QStringLiteral(", ")))});
        }
        officer = officers.first();
    }
    VERDES_TRY_ASSIGN(passphrase, SecretReader::read(tr("Passphrase of %1: ").arg(officer)));
    VERDES_TRY_ASSIGN(vault, Vault::unlock(folder, officer, passphrase));
    VERDES_TRY(refuseWrongKind(parsed, *vault));
    VERDES_TRY(refuseIfRevoked(parsed, *vault));
    return vault;
}

Result<void> CommandLine::refuseWrongKind(const Parsed &parsed, Vault &vault)
{
    // What every vault has: its officers, its history, its integrity check.
    static const QStringList kEveryKind{QStringLiteral("officer"),
                                        QStringLiteral("audit"),
                                        QStringLiteral("check"),
                                        QStringLiteral("privacy access")};
    static const QStringList kDistrictOnly{QStringLiteral("review")};
    if (kEveryKind.contains(parsed.verb)) {
        return {};
    }
    const VaultKind needed = kDistrictOnly.contains(parsed.verb) ? VaultKind::District : VaultKind::Village;
    auto fits = vault.requireKind(needed);
    if (!fits) {
        (void)vault.lock();
        return fits.error();
    }
    return {};
}

Result<void> CommandLine::refuseIfRevoked(const Parsed &parsed, Vault &vault)
{
    // A laptop whose enrolment the district revoked opens only to enrol again (issue 13 §1): the
    // officers and the integrity check stay, nothing of the registry is read, searched or exported.
    static const QStringList kStillOpen{QStringLiteral("enrol"),
                                        QStringLiteral("revocations"),
                                        QStringLiteral("hub-keys"),
                                        QStringLiteral("officer"),
                                        QStringLiteral("check")};
    if (kStillOpen.contains(parsed.verb)) {
        return {};
    }
    auto allowed = sync::OutboxRepository(vault.database()).requireNotRevoked();
    if (!allowed) {
        (void)vault.lock();
        return allowed.error();
    }
    return {};
}

Result<void> CommandLine::init(const Parsed &parsed)
{
    if (parsed.options.contains(QStringLiteral("--district-code"))
        || parsed.options.contains(QStringLiteral("--office-name"))) {
        return initDistrict(parsed);
    }
    const QString code = parsed.options.value(QStringLiteral("--village-code"));
    const QString name = parsed.options.value(QStringLiteral("--village-name")).trimmed();
    const QString officer = parsed.options.value(QStringLiteral("--officer")).trimmed();
    if (code.isEmpty() || name.isEmpty() || officer.isEmpty()) {
        return Error(ErrorCode::UsageError, {tr("init needs --village-code, --village-name and --officer")});
    }
    VERDES_TRY_ASSIGN(role, roleOption(parsed, VaultKind::Village, Role::Operator));
    // Before the passphrase is asked for (Vault::create checks it again).
    VERDES_TRY(OfficerName::check(parsed.options.value(QStringLiteral("--officer"))));
    // Checked before the passphrase is asked for: only a desa or kelurahan of the newest Kemendagri
    // list, plain or dotted; a demo village's code (not in any list) only when asked for by name.
    QString village;
    if (parsed.options.contains(QStringLiteral("--demo-village"))) {
        const NormalizedValue digits = normalizeValue(Field::VillageCode, QStringView(code).trimmed());
        if (digits.issue || !DemoVillage::isDemoVillageCode(digits.value)) {
            return Error(ErrorCode::UsageError,
                         {tr("--demo-village needs a demo village's code: a kecamatan of the 2025 list "
                             "followed by 2999")});
        }
        village = digits.value;
    } else {
        VERDES_TRY_ASSIGN(listed, RegionTable::instance().checkNewVaultVillage(code));
        village = listed;
    }
    VERDES_TRY_ASSIGN(passphrase, readNewPassphrase(tr("New passphrase for %1: ").arg(officer)));
    VERDES_TRY_ASSIGN(
        created,
        Vault::create(
            parsed.positional.at(0), village, name, officer, passphrase, SystemClock::instance(), role));
    say(tr("Created the village vault of %1 at %2.")
            .arg(name, QDir::toNativeSeparators(parsed.positional.at(0))));
    printRecoveryKey(created.recoveryKey);
    return created.vault->lock();
}

Result<void> CommandLine::initDistrict(const Parsed &parsed)
{
    const QString code = parsed.options.value(QStringLiteral("--district-code"));
    const QString name = parsed.options.value(QStringLiteral("--office-name")).trimmed();
    const QString officer = parsed.options.value(QStringLiteral("--officer")).trimmed();
    if (parsed.options.contains(QStringLiteral("--village-code"))
        || parsed.options.contains(QStringLiteral("--village-name"))
        || parsed.options.contains(QStringLiteral("--demo-village"))) {
        return Error(ErrorCode::UsageError,
                     {tr("a vault is either a village's (--village-code, --village-name) or a district's "
                         "(--district-code, --office-name), not both")});
    }
    if (code.isEmpty() || name.isEmpty() || officer.isEmpty()) {
        return Error(
            ErrorCode::UsageError,
            {tr("init of a district review vault needs --district-code, --office-name and --officer")});
    }
    VERDES_TRY_ASSIGN(role, roleOption(parsed, VaultKind::District, Role::OfficeHead));
    VERDES_TRY(OfficerName::check(parsed.options.value(QStringLiteral("--officer"))));
    VERDES_TRY_ASSIGN(district, RegionTable::instance().checkNewVaultDistrict(code));
    VERDES_TRY_ASSIGN(passphrase, readNewPassphrase(tr("New passphrase for %1: ").arg(officer)));
    VERDES_TRY_ASSIGN(
        created,
        Vault::createDistrict(
            parsed.positional.at(0), district, name, officer, passphrase, SystemClock::instance(), role));
    const RegionTable::Region *regency = RegionTable::instance().find(district);
    say(tr("Created the district review vault of %1 (%2, %3) at %4.")
            .arg(name,
                 regency != nullptr ? regency->name : district,
                 district,
                 QDir::toNativeSeparators(parsed.positional.at(0))));
    printRecoveryKey(created.recoveryKey);
    return created.vault->lock();
}

Result<Role> CommandLine::roleOption(const Parsed &parsed, VaultKind kind, Role fallback)
{
    if (!parsed.options.contains(QStringLiteral("--role"))) {
        return fallback;
    }
    const QString text = parsed.options.value(QStringLiteral("--role"));
    const std::optional<Role> role = roleFromCode(text.trimmed().toLower());
    if (!role || !roleFits(*role, kind)) {
        QStringList codes;
        for (const Role known : rolesOf(kind)) {
            codes << roleCode(known);
        }
        return Error(
            ErrorCode::UsageError,
            {tr("unknown role \"%1\" for a %2 (one of: %3)")
                 .arg(text, VaultKindText::label(kind).toLower(), codes.join(QStringLiteral(", ")))});
    }
    return *role;
}

Result<void> CommandLine::demo(const Parsed &parsed)
{
    VERDES_TRY_ASSIGN(options, demoOptions(parsed));
    const QString officer = parsed.options.value(QStringLiteral("--officer"), DemoVault::defaultOfficer());
    VERDES_TRY(OfficerName::check(officer));
    VERDES_TRY_ASSIGN(passphrase, readNewPassphrase(tr("New passphrase for %1: ").arg(officer)));
    DemoVaultJob job(parsed.positional.at(0), officer, std::move(passphrase), options);
    runJob(job, tr("Generating the demo village…"));
    // The job has locked the new vault again.
    if (const auto &created = job.result(); !created) {
        return created.error();
    }
    say(tr("Created the demo village %1 (%2 households) at %3. Everything in it is invented.")
            .arg(job.villageName())
            .arg(options.households)
            .arg(QDir::toNativeSeparators(parsed.positional.at(0))));
    printRecoveryKey(job.recoveryKey());
    return {};
}

Result<void> CommandLine::demoCsv(const Parsed &parsed)
{
    VERDES_TRY_ASSIGN(options, demoOptions(parsed));
    VERDES_TRY(DemoRowSource::writeCsv(parsed.positional.at(0), options, existingOption(parsed)));
    say(tr("Wrote a demo village of %1 households to %2. Everything in it is invented.")
            .arg(options.households)
            .arg(QDir::toNativeSeparators(parsed.positional.at(0))));
    return {};
}

Result<void> CommandLine::importCsv(const Parsed &parsed)
{
    if (SecretReader::isStandardInput(parsed.positional.at(1))) {
        // The passphrase is read from there first: the snapshot would lose its first bytes, or
        // start with the passphrase.
        return Error(ErrorCode::UsageError,
                     {tr("the CSV file cannot be read from standard input, which gives the passphrase or "
                         "the recovery key; give the name of the file instead")});
    }
    if (parsed.options.contains(QStringLiteral("--rejects"))) {
        // Checked before the passphrase is asked for (and again by the importer before it reads).
        VERDES_TRY(
            OutputPath::check(parsed.options.value(QStringLiteral("--rejects")), existingOption(parsed)));
    }
    VERDES_TRY_ASSIGN(vault, unlock(parsed, parsed.positional.at(0)));
    // A snapshot the district hub signed and sealed to this laptop (`verdes-hub snapshot`), known by its
    // first bytes whatever its name: verified whole, then imported from memory (no plain copy on disk).
    VERDES_TRY_ASSIGN(signedSnapshot, openSignedSnapshot(vault->database(), parsed.positional.at(1)));
    if (signedSnapshot) {
        say(tr("Official DTSEN data from the district hub: %1, number %2.")
                .arg(signedSnapshot->label)
                .arg(signedSnapshot->serial));
    }
    ValidationContext context{
        SystemClock::instance().now().date(), &RegionTable::instance(), vault->villageCode()};
    ImportOptions options;
    options.skipBadRows = parsed.options.contains(QStringLiteral("--skip-bad-rows"));
    options.rejectsPath = parsed.options.value(QStringLiteral("--rejects"));
    options.rejectsExisting = existingOption(parsed);
    options.officerId = vault->unlockedBy();
    options.actor = vault->actor();
    VERDES_TRY_ASSIGN(connector, vault->connector());
    if (signedSnapshot) {
        options.signedSnapshot = sync::SnapshotInbox::record(*signedSnapshot);
    }
    ImportJob job(
        std::move(connector), parsed.positional.at(1), std::move(options), context, SystemClock::instance());
    if (signedSnapshot) {
        job.setCsvBytes(std::move(signedSnapshot->csv), signedSnapshot->fileName);
    }
    // The data-quality checks run after every successful import (DOMAIN.md §9), when the role may.
    if (!vault->actor().isRecovery()) {
        job.setRunChecksAs(vault->actor());
    }
    runJob(job, tr("Importing…"));
    const Result<ImportReport> &report = job.result();
    if (!report) {
        return report.error();
    }
    printReport(*report);
    if (!report->imported) {
        // As the import dialog says it: rows with errors, then all their problems.
        return Error(ErrorCode::CsvRowErrors,
                     {QLocale().toString(report->rowsWithErrors), QLocale().toString(report->errorCount)});
    }
    if (signedSnapshot) {
        say(tr("This vault now holds the DTSEN data number %1 of the district hub.")
                .arg(signedSnapshot->serial));
        out() << signedSnapshot->serial << '\t' << signedSnapshot->label << Qt::endl;
    }
    if (const auto &checked = job.checksResult()) {
        VERDES_TRY_ASSIGN(summary, *checked);
        say(tr("Data-quality checks: %1 open flags (%2 new). List them with: verdes checks VAULT")
                .arg(summary.open)
                .arg(summary.added));
    }
    return vault->lock();
}

Result<void> CommandLine::exportCsv(const Parsed &parsed)
{
    // Checked before the passphrase is asked for (and again by the exporter before it writes).
    VERDES_TRY(OutputPath::check(parsed.positional.at(1), existingOption(parsed)));
    VERDES_TRY_ASSIGN(vault, unlock(parsed, parsed.positional.at(0)));
    VERDES_TRY_ASSIGN(connector, vault->connector());
    ExportJob job(std::move(connector), parsed.positional.at(1), vault->actor(), existingOption(parsed));
    runJob(job, tr("Exporting…"));
    VERDES_TRY_ASSIGN(report, job.result());
    say(tr("Wrote %1 households with %2 members to %3. The file holds personal data: keep it safe and delete "
           "it "
           "when done.")
            .arg(report.households)
            .arg(report.members)
            .arg(QDir::toNativeSeparators(parsed.positional.at(1))));
    return vault->lock();
}

Result<void> CommandLine::check(const Parsed &parsed)
{
    VERDES_TRY_ASSIGN(vault, unlock(parsed, parsed.positional.at(0)));
    VERDES_TRY_ASSIGN(problems, vault->fullCheck());
    if (!problems.isEmpty()) {
        for (const QString &problem : problems) {
            qCWarning(lcVault) << "check:" << problem;
        }
        return Error(ErrorCode::VaultDamaged,
                     {QDir::toNativeSeparators(parsed.positional.at(0))},
                     problems.join(QLatin1Char('\n')));
    }
    VERDES_TRY(verifyHistory(*vault));
    VERDES_TRY(verifySeals(*vault));
    VERDES_TRY_ASSIGN(connector, vault->connector());
    EvidenceCheckJob evidence(std::move(connector));
    runJob(evidence, tr("Checking the evidence files…"));
    VERDES_TRY_ASSIGN(damaged, evidence.result());
    if (!damaged.isEmpty()) {
        return Error(ErrorCode::EvidenceDamaged,
                     {damaged.join(QStringLiteral(", "))},
                     QStringLiteral("%1 evidence files damaged").arg(damaged.size()));
    }
    say(tr("The village vault is healthy: encryption, database, schema, key file, history, meeting seals "
           "and evidence checked."));
    return vault->lock();
}

Result<void> CommandLine::search(const Parsed &parsed)
{
    VERDES_TRY_ASSIGN(limit, intOption(parsed, QStringLiteral("--limit"), 20, 1, 10000));
    VERDES_TRY_ASSIGN(vault, unlock(parsed, parsed.positional.at(0)));
    const bool showNik = parsed.options.contains(QStringLiteral("--show-nik"));
    if (showNik) {
        // Refused before anything is searched or printed.
        VERDES_TRY(NikReveal::check(vault->actor()));
    }
    VERDES_TRY_ASSIGN(hits, HouseholdSearch(vault->database()).search(parsed.positional.at(1), limit));
    if (showNik) {
        QStringList revealed;
        for (const SearchHit &hit : hits) {
            if (!hit.nik.isEmpty() || !hit.kkNumber.isEmpty()) {
                revealed.append(hit.householdId);
            }
        }
        // Each household's history records the reveal before its first number is printed.
        VERDES_TRY(
            NikReveal::record(vault->database(), vault->actor(), revealed, NikReveal::Where::SearchList));
    }
    for (const SearchHit &hit : hits) {
        out() << (showNik ? hit.nik : hit.maskedNik()) << '\t' << hit.name << '\t'
              << (hit.rt ? QStringLiteral("RT %1").arg(*hit.rt, 3, 10, QLatin1Char('0')) : QString()) << '/'
              << (hit.rw ? QStringLiteral("RW %1").arg(*hit.rw, 3, 10, QLatin1Char('0')) : QString()) << '\t'
              << (showNik ? hit.kkNumber : hit.maskedKk()) << '\t' << (hit.isHead ? tr("head") : QString())
              << '\t' << (hit.isMissing ? tr("missing") : QString()) << '\t' << hit.householdId << Qt::endl;
    }
    say(tr("%n result(s).", nullptr, static_cast<int>(hits.size())));
    return vault->lock();
}

Result<void> CommandLine::officer(const Parsed &parsed)
{
    const QString action = parsed.positional.at(0);
    static const QStringList actions{QStringLiteral("add"),
                                     QStringLiteral("remove"),
                                     QStringLiteral("passwd"),
                                     QStringLiteral("role"),
                                     QStringLiteral("list"),
                                     QStringLiteral("rekey"),
                                     QStringLiteral("repair")};
    if (!actions.contains(action)) {
        return Error(
            ErrorCode::UsageError,
            {tr("officer needs add, remove, passwd, role, list, rekey or repair, not \"%1\"").arg(action)});
    }
    const bool vaultOnly = action == u"list" || action == u"rekey" || action == u"repair";
    const qsizetype wanted = vaultOnly ? 2 : action == u"role" ? 4 : 3;
    if (parsed.positional.size() != wanted) {
        return Error(ErrorCode::UsageError, {tr("wrong number of arguments for officer %1").arg(action)});
    }
    if (parsed.options.contains(QStringLiteral("--role")) && action != u"add") {
        return Error(ErrorCode::UsageError, {tr("--role is only for officer add")});
    }
    if (parsed.options.contains(QStringLiteral("--change-key")) && action != u"remove") {
        return Error(ErrorCode::UsageError, {tr("--change-key is only for officer remove")});
    }
    if (action == u"list") {
        return officerList(parsed);
    }
    if (action == u"rekey") {
        VERDES_TRY_ASSIGN(vault, unlock(parsed, parsed.positional.at(1)));
        VERDES_TRY(changeVaultKey(vault));
        return vault->lock();
    }
    if (action == u"repair") {
        if (!parsed.options.contains(QStringLiteral("--recovery-key"))) {
            return Error(ErrorCode::UsageError, {tr("officer repair needs --recovery-key")});
        }
        const QString folder = parsed.positional.at(1);
        VERDES_TRY(requireVault(folder));
        VERDES_TRY_ASSIGN(key, SecretReader::read(tr("Recovery key: ")));
        const QString typed =
            QString::fromUtf8(reinterpret_cast<const char *>(key.data()), static_cast<qsizetype>(key.size()));
        VERDES_TRY_ASSIGN(vault, Vault::repairWithRecoveryKey(folder, typed));
        say(tr("The key file was checked against the vault's own record; the officers who can open the "
               "vault now are: %1.")
                .arg(vault->officerNames().join(QStringLiteral(", "))));
        return vault->lock();
    }
    const QString folder = parsed.positional.at(1);
    const QString name = parsed.positional.at(2).trimmed();
    // The role is checked before anything is asked for.
    std::optional<Role> role;
    // Without --role a new officer gets the first role of the vault's kind: operator or verifier.
    const bool roleGiven = action == u"role" || parsed.options.contains(QStringLiteral("--role"));
    const QString roleText = action == u"role"
                                 ? parsed.positional.at(3)
                                 : parsed.options.value(QStringLiteral("--role"), QStringLiteral("operator"));
    if (action == u"add" || action == u"role") {
        role = roleFromCode(roleText.trimmed().toLower());
        if (!role) {
            QStringList codes;
            for (const Role known : allRoles()) {
                codes << roleCode(known);
            }
            return Error(
                ErrorCode::UsageError,
                {tr("unknown role \"%1\" (one of: %2)").arg(roleText, codes.join(QStringLiteral(", ")))});
        }
    }
    if (action == u"add") {
        // A name the vault would refuse is refused before any passphrase is read.
        VERDES_TRY(OfficerName::check(parsed.positional.at(2)));
    }
    Parsed unlockAs = parsed;
    if (action == u"passwd" && !parsed.options.contains(QStringLiteral("--recovery-key"))
        && !parsed.options.contains(QStringLiteral("--officer"))) {
        unlockAs.options.insert(QStringLiteral("--officer"), name);
    }
    VERDES_TRY_ASSIGN(vault, unlock(unlockAs, folder));
    if (role && !roleGiven) {
        role = rolesOf(vault->kind()).first();
    }
    if (role && !roleFits(*role, vault->kind())) {
        return Error(ErrorCode::VaultRoleNotForKind,
                     {RoleText::label(*role), VaultKindText::label(vault->kind())});
    }
    if (action == u"add") {
        // Refused before the new passphrase is asked for.
        VERDES_TRY(vault->actor().require(Action::ManageOfficers));
        VERDES_TRY_ASSIGN(passphrase, readNewPassphrase(tr("New passphrase for %1: ").arg(name)));
        VERDES_TRY(vault->addOfficer(name, passphrase, *role));
        say(tr("%1 can now open the vault, as %2.").arg(name, RoleText::label(*role)));
    } else if (action == u"remove") {
        VERDES_TRY(vault->removeOfficer(name));
        say(tr("%1 can no longer open the vault.").arg(name));
        if (parsed.options.contains(QStringLiteral("--change-key"))) {
            VERDES_TRY(changeVaultKey(vault));
        } else {
            say(tr("A copy of the vault folder that %1 made earlier still opens with their passphrase. To "
                   "close that too, change the vault key: verdes officer rekey VAULT")
                    .arg(name));
        }
    } else if (action == u"role") {
        VERDES_TRY(vault->setOfficerRole(name, *role));
        say(tr("%1 is now %2.").arg(name, RoleText::label(*role)));
    } else {
        VERDES_TRY_ASSIGN(passphrase, readNewPassphrase(tr("New passphrase for %1: ").arg(name)));
        VERDES_TRY(vault->changePassphrase(name, passphrase));
        say(tr("The passphrase of %1 was changed.").arg(name));
    }
    return vault->lock();
}

Result<void> CommandLine::officerList(const Parsed &parsed)
{
    VERDES_TRY_ASSIGN(vault, unlock(parsed, parsed.positional.at(1)));
    VERDES_TRY_ASSIGN(officers, vault->officers());
    for (const Vault::OfficerInfo &info : officers) {
        out() << info.name << '\t' << roleCode(info.role) << '\t' << RoleText::label(info.role) << '\t'
              << (info.admin ? tr("manages officers") : QString()) << '\t'
              << info.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd")) << Qt::endl;
    }
    say(tr("%n officer(s).", nullptr, static_cast<int>(officers.size())));
    return vault->lock();
}

Result<void> CommandLine::verifyHistory(Vault &vault)
{
    VERDES_TRY_ASSIGN(connector, vault.connector());
    AuditVerifyJob job(std::move(connector));
    runJob(job, tr("Checking the history…"));
    VERDES_TRY_ASSIGN(outcome, job.result());
    const AuditLog::Verification &verification = outcome.verification;
    if (!verification.chainIntact()) {
        if (const std::optional<AuditEntry> &broken = outcome.broken) {
            say(tr("Entry %1 (%2, recorded as \"%3\") does not match the entries before it.")
                    .arg(QString::number(broken->seq),
                         broken->at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                         broken->action));
        }
        return Error(ErrorCode::AuditChainBroken,
                     {QString::number(verification.firstBroken)},
                     QStringLiteral("%1 entries checked").arg(verification.entries));
    }
    VERDES_TRY(HeadWatermark::check(vault.database()));
    if (!verification.contentMatches) {
        return Error(ErrorCode::AuditContentMismatch,
                     {AuditText::contentDifferences(verification)},
                     QStringLiteral("content differs from entry %1").arg(verification.stateEntry));
    }
    say(tr("The history is intact and matches the content: %n entries checked.",
           nullptr,
           static_cast<int>(verification.entries)));
    return {};
}

Result<void> CommandLine::audit(const Parsed &parsed)
{
    const QString action = parsed.positional.at(0);
    if (action != u"verify" && action != u"log" && action != u"head") {
        return Error(ErrorCode::UsageError, {tr("audit needs verify, log or head, not \"%1\"").arg(action)});
    }
    if (action != u"log"
        && (parsed.options.contains(QStringLiteral("--household"))
            || parsed.options.contains(QStringLiteral("--limit")))) {
        return Error(ErrorCode::UsageError, {tr("--household and --limit are only for audit log")});
    }
    if (action != u"verify" && parsed.options.contains(QStringLiteral("--anchor"))) {
        return Error(ErrorCode::UsageError, {tr("--anchor is only for audit verify")});
    }
    if (action != u"head" && parsed.options.contains(QStringLiteral("--out"))) {
        return Error(ErrorCode::UsageError, {tr("--out is only for audit head")});
    }
    VERDES_TRY_ASSIGN(limit, intOption(parsed, QStringLiteral("--limit"), 50, 1, 1000000));
    VERDES_TRY_ASSIGN(vault, unlock(parsed, parsed.positional.at(1)));
    VERDES_TRY(vault->actor().require(Action::ViewRegistry));
    AuditLog log(vault->database());
    if (action == u"verify") {
        VERDES_TRY(verifyHistory(*vault));
        if (parsed.options.contains(QStringLiteral("--anchor"))) {
            const QString anchor = parsed.options.value(QStringLiteral("--anchor"));
            VERDES_TRY(AuditHead::checkAnchor(vault->database(), anchor));
            say(tr("The history matches the anchor %1.").arg(anchor.trimmed()));
        }
        return vault->lock();
    }
    if (action == u"head") {
        VERDES_TRY_ASSIGN(head, AuditHead::sign(vault->database(), vault->vaultId(), vault->villageCode()));
        if (parsed.options.contains(QStringLiteral("--out"))) {
            VERDES_TRY(writeNewFile(parsed.options.value(QStringLiteral("--out")), head.toText()));
        }
        out() << head.toText() << Qt::flush;
        const QLocale locale;
        say(tr("Newest entry of the history: %1, recorded %2.")
                .arg(locale.toString(head.seq),
                     locale.toString(head.entryTime.toLocalTime(), QLocale::ShortFormat)));
        say(tr("Fingerprint: %1   Device key: %2").arg(head.fingerprint(), head.keyId));
        say(tr("Write this down and keep it apart from the laptop; 'verdes audit verify VAULT --anchor %1' "
               "later shows whether the history still holds it:")
                .arg(head.anchor()));
        say(QStringLiteral("    ") + head.anchor());
        return vault->lock();
    }
    const auto timeText = [](const AuditEntry &entry) {
        return entry.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    };
    const QString household = parsed.options.value(QStringLiteral("--household")).trimmed();
    QList<AuditEntry> entries;
    if (household.isEmpty()) {
        VERDES_TRY_ASSIGN(recent, log.recent(limit));
        entries = std::move(recent);
        std::reverse(entries.begin(), entries.end());
    } else {
        VERDES_TRY_ASSIGN(all, log.forHousehold(household));
        entries = all.mid(qMax<qsizetype>(0, all.size() - limit));
    }
    for (const AuditEntry &entry : entries) {
        out() << entry.seq << '\t' << timeText(entry) << '\t' << AuditText::sentence(entry) << Qt::endl;
    }
    say(tr("%n entries.", nullptr, static_cast<int>(entries.size())));
    return vault->lock();
}

Result<void> CommandLine::writeNewFile(const QString &path, const QByteArray &bytes)
{
    // The signed head is not personal data, but a file inside a vault folder or over another file
    // is refused all the same (OutputPath).
    return writeNewFileOrReplace(path, bytes, OutputPath::Existing::Refuse);
}

Result<void> CommandLine::writeNewFileOrReplace(const QString &path,
                                                const QByteArray &bytes,
                                                OutputPath::Existing existing)
{
    VERDES_TRY_ASSIGN(target, OutputPath::check(path, existing));
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return Error(ErrorCode::FileWriteFailed, {QDir::toNativeSeparators(path)}, file.errorString());
    }
    return {};
}

Result<void> CommandLine::proposals(const Parsed &parsed)
{
    ProposalFilter filter;
    if (parsed.options.contains(QStringLiteral("--state"))) {
        const QString code = parsed.options.value(QStringLiteral("--state"));
        const std::optional<ProposalState> state = proposalStateFromCode(code);
        if (!state) {
            QStringList codes;
            for (const ProposalState known : allProposalStates()) {
                codes.append(proposalStateCode(known));
            }
            return Error(ErrorCode::UsageError,
                         {tr("unknown proposal state \"%1\" (one of: %2)")
                              .arg(code, codes.join(QLatin1String(", ")))});
        }
        filter.state = state;
    }
    VERDES_TRY_ASSIGN(vault, unlock(parsed, parsed.positional.at(0)));
    const bool showNik = parsed.options.contains(QStringLiteral("--show-nik"));
    if (showNik) {
        // Refused before anything is listed.
        VERDES_TRY(NikReveal::check(vault->actor()));
    }
    ProposalRepository repo(vault->database());
    HouseholdRepository households(vault->database());
    VERDES_TRY_ASSIGN(rows, repo.list(filter));
    QHash<QString, std::optional<Household>> cache;
    // The lines are printed only once the reveal of the households they show in full is recorded.
    QStringList lines;
    QStringList revealed;
    for (const ProposalSummary &row : rows) {
        QStringList persons;
        if (!row.householdId.isEmpty() && !row.personIds.isEmpty()) {
            if (!cache.contains(row.householdId)) {
                VERDES_TRY_ASSIGN(household, households.household(row.householdId, true));
                cache.insert(row.householdId, household);
            }
            const std::optional<Household> &household = cache[row.householdId];
            for (const QString &personId : row.personIds) {
                const Member *member = household ? household->memberById(personId) : nullptr;
                if (member == nullptr) {
                    persons.append(personId);
                } else {
                    persons.append(QStringLiteral("%1 (%2)").arg(
                        member->name(), showNik ? member->nik() : SearchHit::maskNumber(member->nik())));
                    if (showNik && !member->nik().isEmpty()) {
                        revealed.append(row.householdId);
                    }
                }
            }
        }
        QStringList marks;
        if (row.stale) {
            marks.append(tr("stale"));
        }
        if (row.targetGone) {
            marks.append(tr("household missing"));
        }
        if (row.snapshotOutcome == SnapshotOutcome::Conflict) {
            marks.append(tr("in conflict with the DTSEN data: resolve it in the application"));
        }
        lines.append(QStringList{
            QString::number(row.id),
            ProposalStateText::label(row.state),
            ProposalTypeText::label(row.type),
            (row.rt ? QStringLiteral("RT %1").arg(*row.rt, 3, 10, QLatin1Char('0')) : QString()) + u'/'
                + (row.rw ? QStringLiteral("RW %1").arg(*row.rw, 3, 10, QLatin1Char('0')) : QString()),
            row.householdId,
            row.headName,
            persons.join(QLatin1String("; ")),
            row.reason.simplified(),
            row.createdByName,
            marks.join(QLatin1String(", "))}
                         .join(u'\t'));
    }
    if (showNik) {
        VERDES_TRY(
            NikReveal::record(vault->database(), vault->actor(), revealed, NikReveal::Where::ProposalList));
    }
    for (const QString &line : std::as_const(lines)) {
        out() << line << Qt::endl;
    }
    VERDES_TRY_ASSIGN(counts, repo.countsByState(filter));
    QStringList perState;
    for (const ProposalState state : allProposalStates()) {
        if (counts.value(state) > 0) {
            perState.append(
                QStringLiteral("%1: %2").arg(ProposalStateText::label(state)).arg(counts.value(state)));
        }
    }
    say(tr("%n proposal(s).", nullptr, static_cast<int>(rows.size()))
        + (perState.isEmpty() ? QString() : QLatin1Char(' ') + perState.join(QLatin1String(", "))));
    return vault->lock();
}

Result<void> CommandLine::checks(const Parsed &parsed)
{
    const QString only = parsed.options.value(QStringLiteral("--check")).trimmed().toUpper();
    if (!only.isEmpty() && !qualityCheckFromCode(only)) {
        QStringList codes;
        for (QualityCheck check : allQualityChecks()) {
            codes.append(qualityCheckCode(check));
        }
        return Error(ErrorCode::UsageError,
                     {tr("unknown check \"%1\" (one of %2)").arg(only, codes.join(QStringLiteral(", ")))});
    }
    VERDES_TRY_ASSIGN(vault, unlock(parsed, parsed.positional.at(0)));
    Database &db = vault->database();
    VERDES_TRY_ASSIGN(connector, vault->connector());
    QualityCheckJob job(std::move(connector), vault->actor(), SystemClock::instance());
    runJob(job, tr("Checking…"));
    VERDES_TRY_ASSIGN(summary, job.result());
    VERDES_TRY_ASSIGN(flags, QualityFlagRepository(db).open(only));

    // Names and masked NIKs of the flagged people, in one pass.
    QHash<QString, QPair<QString, QString>> people; // person id → (name, masked NIK)
    QHash<QString, QString> heads;                  // household id → head's name
    VERDES_TRY_ASSIGN(members, QualityFlagRepository(db).membersOfFlaggedHouseholds());
    for (const FlaggedHouseholdMember &member : std::as_const(members)) {
        people.insert(member.personId,
                      {member.name, member.nik.isEmpty() ? QString() : maskNumber(member.nik)});
        if (member.head && !heads.contains(member.householdId)) {
            heads.insert(member.householdId, member.name);
        }
    }
    for (const QualityFlag &flag : flags) {
        const auto person = people.value(flag.personId);
        const QString name = flag.personId.isEmpty() ? heads.value(flag.householdId) : person.first;
        const auto check = flag.check();
        out() << flag.householdId << '\t' << name << '\t'
              << (flag.personId.isEmpty() ? QString() : person.second) << '\t' << flag.checkCode << '\t'
              << (check ? QualityText::label(*check) : QString()) << '\t' << flag.reasonText() << '\t'
              << flag.evidenceText() << '\t' << flag.suggestedType
              << (flag.suggestedReason.isEmpty() ? QString() : QLatin1Char(' ') + flag.suggestedReason)
              << Qt::endl;
    }
    if (auto age = SnapshotAge::of(db, QDate::currentDate()); age && age->has_value() && (*age)->stale) {
        say(SnapshotAge::warning(**age));
    }
    say(tr("Checked %1 households: %2 open flags (%3 new, %4 closed since the last run, %5 dismissed).")
            .arg(summary.households)
            .arg(summary.open)
            .arg(summary.added)
            .arg(summary.closed)
            .arg(summary.dismissed));
    return vault->lock();
}

Result<void> CommandLine::verifySeals(Vault &vault)
{
    MeetingRepository meetings(vault.database());
    VERDES_TRY_ASSIGN(checks, meetings.verifyAllSeals());
    for (const SealCheck &check : std::as_const(checks)) {
        if (!check.intact()) {
            QStringList what;
            if (!check.signatureValid) {
                what.append(tr("the signature"));
            }
            if (!check.contentMatches) {
                what.append(tr("the meeting's content"));
            }
            if (!check.auditHeadMatches) {
                what.append(tr("the history it was sealed with"));
            }
            return Error(ErrorCode::MeetingSealBroken, {check.number, what.join(QStringLiteral(", "))});
        }
    }
    return {};
}

namespace {

Result<qint64> meetingIdArgument(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0) {
        return Error(ErrorCode::UsageError, {CommandLine::tr("\"%1\" is not a meeting number").arg(text)});
    }
    return id;
}

QString meetingLine(const Meeting &meeting)
{
    QStringList parts{meeting.number,
                      MeetingText::kindLabel(meeting.kind),
                      QLocale().toString(meeting.date, QLocale::LongFormat)};
    if (meeting.time.isValid()) {
        parts.append(meeting.time.toString(u"HH:mm"));
    }
    parts.append(meeting.place);
    return parts.join(QStringLiteral(" · "));
}

} // namespace

// `verdes musdes SUB VAULT …`: preparing, deciding and sealing a meeting from scripts.
Result<void> CommandLine::musdes(const Parsed &parsed)
{
    const QString sub = parsed.positional.at(0);
    const QString folder = parsed.positional.at(1);
    static const QStringList subs{QStringLiteral("new"),
                                  QStringLiteral("attend"),
                                  QStringLiteral("agenda"),
                                  QStringLiteral("decide"),
                                  QStringLiteral("seal"),
                                  QStringLiteral("list"),
                                  QStringLiteral("show")};
    if (!subs.contains(sub)) {
        return usage(
            tr("unknown musdes command \"%1\" (one of: %2)").arg(sub, subs.join(QStringLiteral(", "))));
    }
    const qsizetype needed = sub == u"new" || sub == u"list" ? 2 : sub == u"decide" ? 5 : 3;
    if (parsed.positional.size() < needed || (sub != u"agenda" && parsed.positional.size() > needed)) {
        return usage(tr("wrong number of arguments for musdes %1").arg(sub));
    }
    std::optional<qint64> meetingId;
    if (needed >= 3) {
        VERDES_TRY_ASSIGN(id, meetingIdArgument(parsed.positional.at(2)));
        meetingId = id;
    }
    // Everything the command line can refuse is refused before the passphrase is asked.
    MeetingDraft draft;
    Attendee attendee;
    DecisionInput decision;
    QList<qint64> proposalIds;
    if (sub == u"new") {
        draft.date = QDate::fromString(parsed.options.value(QStringLiteral("--date")), Qt::ISODate);
        if (!draft.date.isValid()) {
            return usage(tr("musdes new needs --date YYYY-MM-DD"));
        }
        if (parsed.options.contains(QStringLiteral("--time"))) {
            draft.time = QTime::fromString(parsed.options.value(QStringLiteral("--time")), u"HH:mm");
            if (!draft.time.isValid()) {
                return usage(tr("--time needs HH:MM"));
            }
        }
        if (parsed.options.contains(QStringLiteral("--kind"))) {
            draft.kind = meetingKindFromCode(parsed.options.value(QStringLiteral("--kind")));
            if (!draft.kind) {
                return usage(tr("--kind is one of musdes, musdesus, muskel, sptjm"));
            }
        }
        if (parsed.options.contains(QStringLiteral("--addendum-of"))) {
            VERDES_TRY_ASSIGN(original,
                              meetingIdArgument(parsed.options.value(QStringLiteral("--addendum-of"))));
            draft.addendumOf = original;
        }
        draft.place = parsed.options.value(QStringLiteral("--place"));
        draft.chair = parsed.options.value(QStringLiteral("--chair"));
        draft.minuteTaker = parsed.options.value(QStringLiteral("--minute-taker"));
    } else if (sub == u"attend") {
        attendee.name = parsed.options.value(QStringLiteral("--name"));
        if (attendee.name.trimmed().isEmpty()) {
            return usage(tr("musdes attend needs --name"));
        }
        const auto role = attendeeRoleFromCode(parsed.options.value(QStringLiteral("--role")));
        if (!role) {
            return usage(tr("musdes attend needs --role (see 'verdes --help')"));
        }
        attendee.role = *role;
        attendee.rtRw = parsed.options.value(QStringLiteral("--rt-rw"));
        if (!attendee.rtRw.isEmpty() && !normaliseRtRw(attendee.rtRw)) {
            return usage(tr("--rt-rw is RT/RW, for example 003/002"));
        }
        attendee.signedOnPaper = parsed.options.contains(QStringLiteral("--signed"));
    } else if (sub == u"agenda") {
        const bool ready = parsed.options.contains(QStringLiteral("--add-ready"));
        const bool some = parsed.options.contains(QStringLiteral("--add"));
        const bool household = parsed.options.contains(QStringLiteral("--household"));
        if (int(ready) + int(some) + int(household) != 1) {
            return usage(tr("musdes agenda needs one of --add-ready, --add N…, --household ID"));
        }
        if (!some && parsed.positional.size() > 3) {
            return usage(tr("wrong number of arguments for musdes %1").arg(sub));
        }
        if (some) {
            QStringList numbers =
                parsed.options.value(QStringLiteral("--add")).split(u',', Qt::SkipEmptyParts);
            numbers += parsed.positional.mid(3);
            for (const QString &number : std::as_const(numbers)) {
                bool ok = false;
                const qint64 id = number.trimmed().toLongLong(&ok);
                if (!ok || id <= 0) {
                    return usage(tr("\"%1\" is not a proposal number").arg(number));
                }
                proposalIds.append(id);
            }
        }
    } else if (sub == u"decide") {
        // A proposal number, or the id of a flagged household on the agenda.
        bool ok = false;
        const qint64 number = parsed.positional.at(3).toLongLong(&ok);
        proposalIds.append(ok ? number : 0);
        const auto chosen = decisionFromCode(parsed.positional.at(4));
        if (!chosen || *chosen == Decision::None) {
            return usage(tr("the decision is one of agreed, rejected, deferred, keep, remove"));
        }
        decision.decision = *chosen;
        decision.note = parsed.options.value(QStringLiteral("--note"));
        if (parsed.options.contains(QStringLiteral("--votes"))) {
            const QStringList votes = parsed.options.value(QStringLiteral("--votes")).split(u'/');
            bool okFor = false;
            bool okAgainst = false;
            bool okAbstain = false;
            if (votes.size() == 3) {
                decision.votesFor = votes.at(0).toInt(&okFor);
                decision.votesAgainst = votes.at(1).toInt(&okAgainst);
                decision.votesAbstain = votes.at(2).toInt(&okAbstain);
            }
            if (!okFor || !okAgainst || !okAbstain) {
                return usage(tr("--votes is FOR/AGAINST/ABSTAIN, for example 12/3/1"));
            }
            decision.mode = DecisionMode::Vote;
        }
    }

    VERDES_TRY_ASSIGN(vault, unlock(parsed, folder));
    MeetingRepository meetings(vault->database());
    const Actor &actor = vault->actor();
    if (sub == u"new") {
        VERDES_TRY_ASSIGN(meeting, meetings.create(actor, draft));
        out() << meeting.id << Qt::endl;
        say(tr("Meeting %1 prepared: %2").arg(meeting.id).arg(meetingLine(meeting)));
    } else if (sub == u"attend") {
        VERDES_TRY_ASSIGN(stored, meetings.addAttendee(actor, *meetingId, attendee));
        say(tr("%1 recorded as present (%2).").arg(stored.name, MeetingText::roleLabel(stored.role)));
    } else if (sub == u"agenda") {
        if (parsed.options.contains(QStringLiteral("--add-ready"))) {
            VERDES_TRY_ASSIGN(added, meetings.addAllReady(actor, *meetingId));
            say(tr("%n ready proposal(s) put on the agenda.", nullptr, added));
        } else if (parsed.options.contains(QStringLiteral("--household"))) {
            VERDES_TRY(meetings.addHousehold(
                actor, *meetingId, parsed.options.value(QStringLiteral("--household"))));
            say(tr("The household is on the agenda, to keep or to propose its removal."));
        } else {
            VERDES_TRY_ASSIGN(added, meetings.addProposals(actor, *meetingId, proposalIds));
            say(tr("%n proposal(s) put on the agenda.", nullptr, static_cast<int>(added.size())));
        }
    } else if (sub == u"decide") {
        VERDES_TRY_ASSIGN(items, meetings.agenda(*meetingId));
        const QString target = parsed.positional.at(3);
        const auto it = std::find_if(items.cbegin(), items.cend(), [&](const AgendaItem &item) {
            return item.proposalId ? *item.proposalId == proposalIds.constFirst()
                                   : item.householdId == target;
        });
        if (it == items.cend()) {
            VERDES_TRY_ASSIGN(meeting, meetings.get(*meetingId));
            if (!meeting) {
                return Error(ErrorCode::MeetingNotFound, {QString::number(*meetingId)});
            }
            return Error(ErrorCode::MeetingItemNotFound, {parsed.positional.at(3)});
        }
        VERDES_TRY_ASSIGN(decided, meetings.decide(actor, *meetingId, it->id, decision));
        say(tr("Proposal %1: %2").arg(parsed.positional.at(3), MeetingText::decisionWithVotes(decided)));
    } else if (sub == u"seal") {
        VERDES_TRY_ASSIGN(seal, meetings.seal(actor, *meetingId));
        say(tr("Meeting sealed by %1. Seal: %2").arg(seal.sealedByName, seal.shortHash()));
        out() << QString::fromLatin1(seal.sha256.toHex()) << Qt::endl;
        // What it agreed goes into the outbox for the district at once.
        sync::Outbox outbox(vault->database());
        VERDES_TRY_ASSIGN(made, outbox.catchUp(actor));
        if (made > 0) {
            say(tr("Its batch is ready for the district: see 'verdes batch list'."));
        }
    } else if (sub == u"list") {
        VERDES_TRY_ASSIGN(list, meetings.list());
        for (const MeetingSummary &m : std::as_const(list)) {
            out() << QStringList{QString::number(m.id),
                                 m.number,
                                 m.date.toString(Qt::ISODate),
                                 MeetingText::kindLabel(m.kind),
                                 m.place,
                                 tr("%1 of %2 decided").arg(m.decided).arg(m.items),
                                 tr("%n present", nullptr, static_cast<int>(m.attendees)),
                                 m.sealed ? tr("sealed %1").arg(m.shortHash) : tr("not sealed")}
                         .join(u'\t')
                  << Qt::endl;
        }
        say(tr("%n meeting(s).", nullptr, static_cast<int>(list.size())));
    } else if (sub == u"show") {
        VERDES_TRY_ASSIGN(meeting, meetings.get(*meetingId));
        if (!meeting) {
            return Error(ErrorCode::MeetingNotFound, {QString::number(*meetingId)});
        }
        out() << meetingLine(*meeting) << Qt::endl;
        out() << tr("Chair: %1").arg(meeting->chair) << Qt::endl;
        VERDES_TRY_ASSIGN(present, meetings.attendees(*meetingId));
        out() << tr("Attendance: %n", nullptr, static_cast<int>(present.size())) << Qt::endl;
        for (const Attendee &a : std::as_const(present)) {
            out() << "  " << a.name << '\t' << MeetingText::roleLabel(a.role) << '\t' << a.rtRw << Qt::endl;
        }
        VERDES_TRY_ASSIGN(items, meetings.agenda(*meetingId));
        out() << tr("Agenda: %n item(s)", nullptr, static_cast<int>(items.size())) << Qt::endl;
        for (const AgendaItem &item : std::as_const(items)) {
            out() << "  " << item.position << '\t'
                  << (item.proposalId ? tr("proposal %1").arg(*item.proposalId)
                                      : tr("household %1").arg(item.householdId))
                  << '\t'
                  << (item.type ? ProposalTypeText::label(*item.type)
                                : MeetingText::sectionLabel(item.section))
                  << '\t' << item.subject << '\t' << MeetingText::decisionWithVotes(item) << Qt::endl;
        }
        if (meeting->seal) {
            out() << tr("Sealed by %1 on %2. Seal: %3 (device key %4, history entry %5)")
                         .arg(meeting->seal->sealedByName,
                              QLocale().toString(meeting->seal->sealedAt.toLocalTime(), QLocale::ShortFormat),
                              meeting->seal->shortHash(),
                              meeting->seal->keyId)
                         .arg(meeting->seal->auditSeq)
                  << Qt::endl;
        } else {
            out() << tr("Not sealed.") << Qt::endl;
        }
    }
    return vault->lock();
}

} // namespace verdes::app
