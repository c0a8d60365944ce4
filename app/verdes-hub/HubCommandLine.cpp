// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/verdes-hub/HubCommandLine.h"

#include "app/verdes-hub/NoticePdf.h"
#include "app/verdes/Console.h"
#include "models/core/Error.h"
#include "models/core/Log.h"
#include "models/core/PublicKey.h"
#include "models/io/OutputPath.h"
#include "sync/batch/Envelope.h"
#include "sync/batch/Snapshot.h"
#include "sync/hub/BreachNotice.h"
#include "sync/hub/Hub.h"
#include "sync/hub/HubServer.h"
#include "sync/hub/HubWorkers.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSslCertificate>
#include <QTextStream>
#include <QUrl>

#include <array>

namespace verdes::app {

namespace {

// `serve`'s threads on the storage: enough that uploads do not queue behind one another's wait for
// PostgreSQL on a small server; each holds one database connection.
constexpr int kDefaultWorkers = 4;
constexpr int kMaxWorkers = 64;

struct VerbSpec
{
    const char *name;
    int minPositional;
    int maxPositional;
    QStringList valueOptions;
    QStringList flags;
};

const QList<VerbSpec> &verbs()
{
    static const QList<VerbSpec> list{
        {"init",
         1,
         1,
         {QStringLiteral("--district-code"),
          QStringLiteral("--name"),
          QStringLiteral("--url"),
          QStringLiteral("--max-offline-days"),
          QStringLiteral("--key-valid-days"),
          QStringLiteral("--tls-cert"),
          QStringLiteral("--key-file")},
         {}},
        {"serve",
         1,
         1,
         {QStringLiteral("--listen"),
          QStringLiteral("--tls-cert"),
          QStringLiteral("--tls-key"),
          QStringLiteral("--workers"),
          QStringLiteral("--key-file")},
         {}},
        {"enrol",
         2,
         2,
         {QStringLiteral("--answer"), QStringLiteral("--fingerprint"), QStringLiteral("--key-file")},
         {QStringLiteral("--force")}},
        {"revoke",
         2,
         2,
         {QStringLiteral("--out"), QStringLiteral("--key-file")},
         {QStringLiteral("--force")}},
        {"revocations", 2, 2, {QStringLiteral("--key-file")}, {QStringLiteral("--force")}},
        {"rotate-keys",
         1,
         1,
         {QStringLiteral("--valid-days"), QStringLiteral("--out"), QStringLiteral("--key-file")},
         {QStringLiteral("--force")}},
        {"keys", 2, 2, {QStringLiteral("--key-file")}, {QStringLiteral("--force")}},
        {"ingest",
         2,
         2,
         {QStringLiteral("--receipt"), QStringLiteral("--key-file")},
         {QStringLiteral("--force")}},
        {"feed", 2, 2, {QStringLiteral("--out"), QStringLiteral("--key-file")}, {QStringLiteral("--force")}},
        {"verdicts",
         2,
         2,
         {QStringLiteral("--out"), QStringLiteral("--key-file")},
         {QStringLiteral("--force")}},
        {"decisions",
         2,
         2,
         {QStringLiteral("--after"), QStringLiteral("--out"), QStringLiteral("--key-file")},
         {QStringLiteral("--force")}},
        {"snapshot",
         3,
         3,
         {QStringLiteral("--label"), QStringLiteral("--out"), QStringLiteral("--key-file")},
         {QStringLiteral("--force")}},
        {"status", 1, 1, {QStringLiteral("--key-file")}, {}},
        {"breach-notice",
         2,
         2,
         {QStringLiteral("--out"), QStringLiteral("--text"), QStringLiteral("--key-file")},
         {QStringLiteral("--force")}},
    };
    return list;
}

const VerbSpec *findVerb(const QString &name)
{
    for (const VerbSpec &spec : verbs()) {
        if (name == QLatin1StringView(spec.name)) {
            return &spec;
        }
    }
    return nullptr;
}

Result<void> writeOutput(const QString &path, const QByteArray &bytes, bool replace)
{
    VERDES_TRY_ASSIGN(
        target,
        OutputPath::check(path, replace ? OutputPath::Existing::Replace : OutputPath::Existing::Refuse));
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return Error(ErrorCode::FileWriteFailed, {QDir::toNativeSeparators(path)}, file.errorString());
    }
    return {};
}

Result<std::unique_ptr<hub::Hub>> openHub(const QString &folder, const QHash<QString, QString> &options)
{
    return hub::Hub::open(
        folder, options.value(QStringLiteral("--key-file")), options.value(QStringLiteral("--postgres")));
}

// SHA-256 of the first certificate in a PEM file (DER), as villages pin it.
Result<QByteArray> certificatePin(const QString &path)
{
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(path, QSsl::Pem);
    if (chain.isEmpty()) {
        return Error(ErrorCode::HubTlsUnreadable, {QDir::toNativeSeparators(path)});
    }
    return QCryptographicHash::hash(chain.constFirst().toDer(), QCryptographicHash::Sha256);
}

// "127.0.0.1:8470" or "[::1]:8470".
std::optional<std::pair<QHostAddress, quint16>> listenAddress(const QString &text)
{
    const QUrl url(QStringLiteral("http://") + text);
    const QHostAddress address(url.host());
    if (!url.isValid() || address.isNull() || url.port() < 0 || !url.path().isEmpty()) {
        return std::nullopt;
    }
    return std::pair(address, static_cast<quint16>(url.port()));
}

// Where a file the hub writes goes when no option names it: beside the input, with a suffix.
QString besides(const QString &input, const QString &suffix)
{
    const QFileInfo info(input);
    return info.dir().filePath(info.completeBaseName() + suffix);
}

// How many days keys made now are valid: 0 for no expiry, at most ten years.
Result<quint32> validDays(const QString &text)
{
    bool ok = false;
    const uint days = text.toUInt(&ok);
    if (!ok || days > 3650) {
        return usage(HubCommandLine::tr("--valid-days and --key-valid-days are a number of days, 0 (no "
                                        "expiry) to 3650"));
    }
    return static_cast<quint32>(days);
}

} // namespace

int HubCommandLine::run(const QStringList &arguments)
{
    auto parsed = parse(arguments);
    if (!parsed) {
        say(describe(parsed.error()));
        say(tr("Run 'verdes-hub --help' to see how to use it."));
        return exitCodeFor(parsed.error().code);
    }
    if (parsed->verb == u"--help") {
        out() << helpText() << Qt::flush;
        return 0;
    }
    if (parsed->verb == u"--version") {
        out() << "verdes-hub " << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }
    if (auto done = dispatch(*parsed); !done) {
        qCInfo(lcSync) << "hub command" << parsed->verb << "failed:" << errorCodeName(done.error().code)
                       << done.error().detail;
        say(describe(done.error()));
        if (done.error().code == ErrorCode::FileExists) {
            say(tr("To replace it, add --force."));
        }
        return exitCodeFor(done.error().code);
    }
    return 0;
}

Result<HubCommandLine::Parsed> HubCommandLine::parse(const QStringList &arguments)
{
    Parsed parsed;
    const QString first = arguments.value(1);
    if (first.isEmpty() || first == u"--help" || first == u"-h" || first == u"help") {
        parsed.verb = QStringLiteral("--help");
        return parsed;
    }
    if (first == u"--version") {
        parsed.verb = first;
        return parsed;
    }
    const VerbSpec *spec = findVerb(first);
    if (spec == nullptr) {
        return usage(tr("unknown command \"%1\"").arg(first));
    }
    parsed.verb = first;
    // Every verb that opens a hub (those that take --key-file) takes --postgres as well.
    const bool opensHub = spec->valueOptions.contains(QStringLiteral("--key-file"));
    for (qsizetype i = 2; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--help" || argument == u"-h") {
            parsed.verb = QStringLiteral("--help");
            return parsed;
        }
        if (argument.startsWith(u"--")) {
            if (spec->flags.contains(argument)) {
                parsed.options.insert(argument, QStringLiteral("1"));
            } else if (spec->valueOptions.contains(argument) || (opensHub && argument == u"--postgres")) {
                if (i + 1 >= arguments.size()) {
                    return usage(tr("%1 needs a value").arg(argument));
                }
                parsed.options.insert(argument, arguments.at(++i));
            } else {
                return usage(tr("\"%1\" is not an option of %2").arg(argument, first));
            }
        } else {
            parsed.positional << argument;
        }
    }
    if (parsed.positional.size() < spec->minPositional || parsed.positional.size() > spec->maxPositional) {
        return usage(tr("wrong number of arguments for %1").arg(first));
    }
    return parsed;
}

QString HubCommandLine::helpText()
{
    return tr("verdes-hub: the district hub that takes the villages' change batches.\n"
              "\n"
              "  verdes-hub init HUBDIR --district-code CODE --name TEXT\n"
              "                  [--url https://… --tls-cert FILE] [--max-offline-days N] [--key-file FILE]\n"
              "                  [--key-valid-days N] [--postgres URI]\n"
              "                                 make a hub: its encrypted database and its keys, in\n"
              "                                 HUBDIR; the database key goes to HUBDIR/hub.key (readable\n"
              "                                 by you only) unless --key-file names one of 64 hex digits.\n"
              "                                 With --postgres, the data goes to that PostgreSQL database\n"
              "                                 (postgresql://user@host/db; the password in ~/.pgpass) and\n"
              "                                 HUBDIR/hub.conf remembers it\n"
              "  verdes-hub enrol HUBDIR REQUEST [--fingerprint XXXX-XXXX-XXXX-XXXX] [--answer FILE]\n"
              "                                 enrol the laptop of a village's request, or the reviewer\n"
              "                                 of a district review vault's request (verifier or office\n"
              "                                 head); check the fingerprint with them first. Writes the\n"
              "                                 answer they import (REQUEST.answer unless --answer)\n"
              "  verdes-hub revoke HUBDIR KEY [--out FILE]\n"
              "                                 revoke a laptop or a reviewer (its key id, as status\n"
              "                                 shows it) and write the new revocation list\n"
              "  verdes-hub revocations HUBDIR OUTFILE\n"
              "                                 write the current revocation list\n"
              "  verdes-hub rotate-keys HUBDIR [--valid-days N] [--out FILE]\n"
              "                                 replace the hub's signing and sealing keys with new ones,\n"
              "                                 vouched for by the old signing key; villages follow at\n"
              "                                 their next contact, or from the key list (--out) on USB.\n"
              "                                 Batches sealed to the old keys still open\n"
              "  verdes-hub keys HUBDIR OUTFILE write the hub's current key list, for villages on USB\n"
              "  verdes-hub ingest HUBDIR FILE [--receipt RECEIPT]\n"
              "                                 take a sealed batch from a USB stick and write the signed\n"
              "                                 receipt for the village (FILE.receipt unless --receipt)\n"
              "  verdes-hub feed HUBDIR REQUEST [--out FILE]\n"
              "                                 answer a reviewer's request for the batches the hub\n"
              "                                 received (made with 'verdes review request'): writes the\n"
              "                                 page for their district review vault, sealed to their\n"
              "                                 key (feed-N.vrfd next to REQUEST unless --out)\n"
              "  verdes-hub verdicts HUBDIR UPLOAD [--out FILE]\n"
              "                                 take a district review vault's verdicts from a USB stick\n"
              "                                 and write the signed receipt for it\n"
              "                                 (verdicts-receipt.vdrc next to UPLOAD unless --out)\n"
              "  verdes-hub decisions HUBDIR VILLAGE [--after N] [--out FILE]\n"
              "                                 write the verdicts on a village's items after its number\n"
              "                                 N, sealed to the village's laptop, for a USB stick\n"
              "                                 (decisions-VILLAGE-LATEST.vdcl unless --out)\n"
              "  verdes-hub snapshot HUBDIR VILLAGE CSV [--label TEXT] [--out FILE]\n"
              "                                 publish a village's quarterly DTSEN snapshot (the CSV as\n"
              "                                 it came; the same CSV again keeps its number) and write\n"
              "                                 it signed, sealed to the village's laptop, for a USB\n"
              "                                 stick (snapshot-VILLAGE-N.vsnp unless --out). The label\n"
              "                                 is the CSV's name unless given: \"DTSEN Desember 2026\"\n"
              "  verdes-hub status HUBDIR       the hub, its key fingerprint, the enrolled laptops and\n"
              "                                 reviewers\n"
              "  verdes-hub serve HUBDIR --listen ADDRESS:PORT [--tls-cert FILE --tls-key FILE]\n"
              "                  [--workers N]  take batches over HTTP(S) until stopped: with TLS itself,\n"
              "                                 or plain behind nginx on the same machine. N threads\n"
              "                                 (4 unless given, 1 to 64) work on the database at once\n"
              "\n"
              "Every verb but init takes --key-file when the database key is not in HUBDIR/hub.key,\n"
              "and --postgres URI to use another database than the one HUBDIR/hub.conf names.\n"
              "\n"
              "Exit codes:\n"
              "  0  success\n"
              "  1  the command was used wrongly\n"
              "  3  a file that is not what it should be (damaged, for another hub or laptop), or a\n"
              "     request the hub refuses (a revoked key, a second key for a vault, a laptop's key\n"
              "     as a reviewer's, a snapshot of another district or village)\n"
              "  4  not a hub folder, a damaged hub database, or its database out of reach\n"
              "  5  a file that may not be written, or another error reading or writing files\n"
              "  6  serve cannot listen on the address and port given\n")
           + u'\n'
           + tr(
               "Personal data protection (UU PDP):\n"
               "  verdes-hub breach-notice HUBDIR KEY --out FILE.pdf [--text FILE.txt] [--force]\n"
               "                                 for a lost or stolen laptop, once its KEY is revoked (exit\n"
               "                                 code 3 before): what the hub knows it held, and a draft of\n"
               "                                 the notice that UU 27/2022 art. 46 requires within 3 x 24\n"
               "                                 hours (the PDF to print; --text: the same draft to edit)\n");
}

Result<void> HubCommandLine::dispatch(const Parsed &parsed)
{
    using Handler = Result<void> (*)(const Parsed &);
    static const QHash<QString, Handler> handlers = {
        {QStringLiteral("init"), &HubCommandLine::init},
        {QStringLiteral("enrol"), &HubCommandLine::enrol},
        {QStringLiteral("revoke"), &HubCommandLine::revoke},
        {QStringLiteral("revocations"), &HubCommandLine::revocations},
        {QStringLiteral("rotate-keys"), &HubCommandLine::rotateKeys},
        {QStringLiteral("keys"), &HubCommandLine::keys},
        {QStringLiteral("ingest"), &HubCommandLine::ingest},
        {QStringLiteral("feed"), &HubCommandLine::feed},
        {QStringLiteral("verdicts"), &HubCommandLine::verdicts},
        {QStringLiteral("decisions"), &HubCommandLine::decisions},
        {QStringLiteral("snapshot"), &HubCommandLine::snapshot},
        {QStringLiteral("status"), &HubCommandLine::status},
        {QStringLiteral("breach-notice"), &HubCommandLine::breachNotice},
        {QStringLiteral("serve"), &HubCommandLine::serve},
    };
    return handlers.value(parsed.verb)(parsed);
}

Result<void> HubCommandLine::init(const Parsed &parsed)
{
    hub::Hub::InitOptions options;
    options.districtCode = parsed.options.value(QStringLiteral("--district-code"));
    options.name = parsed.options.value(QStringLiteral("--name"));
    options.url = parsed.options.value(QStringLiteral("--url"));
    options.keyFile = parsed.options.value(QStringLiteral("--key-file"));
    options.postgresUri = parsed.options.value(QStringLiteral("--postgres"));
    if (parsed.options.contains(QStringLiteral("--max-offline-days"))) {
        bool ok = false;
        const uint days = parsed.options.value(QStringLiteral("--max-offline-days")).toUInt(&ok);
        if (!ok || days > 3650) {
            return usage(tr("--max-offline-days is a number of days, 0 (no limit) to 3650"));
        }
        options.maxOfflineDays = days;
    }
    if (parsed.options.contains(QStringLiteral("--key-valid-days"))) {
        VERDES_TRY_ASSIGN(days, validDays(parsed.options.value(QStringLiteral("--key-valid-days"))));
        options.keyValidDays = days;
    }
    if (!options.url.isEmpty() && !options.url.startsWith(u"https://")) {
        return usage(tr("--url is the https:// address the villages reach the hub at"));
    }
    // The villages pin the certificate the hub (or nginx before it) shows: its SHA-256 goes into every
    // enrolment answer.
    const QString certificate = parsed.options.value(QStringLiteral("--tls-cert"));
    if (options.url.isEmpty() != certificate.isEmpty()) {
        return usage(tr("--url and --tls-cert go together: the address villages reach the hub at, and the "
                        "certificate they will see there"));
    }
    if (!certificate.isEmpty()) {
        VERDES_TRY_ASSIGN(pin, certificatePin(certificate));
        options.tlsPin = pin;
    }
    const QString folder = parsed.positional.at(0);
    VERDES_TRY(hub::Hub::init(folder, options));
    VERDES_TRY_ASSIGN(opened, openHub(folder, parsed.options));
    VERDES_TRY_ASSIGN(fingerprint, opened->fingerprint());
    say(tr("Hub \"%1\" made in %2. Its fingerprint, to read to the villages when they enrol: %3")
            .arg(options.name, QDir::toNativeSeparators(folder), fingerprint));
    out() << fingerprint << Qt::endl;
    return {};
}

Result<void> HubCommandLine::enrol(const Parsed &parsed)
{
    const QString requestPath = parsed.positional.at(1);
    VERDES_TRY_ASSIGN(requestFile, readInputFile(requestPath, qint64(1) << 20));
    // A laptop's request (VENQ) or a reviewer's (VRVQ): the signed header says which.
    VERDES_TRY_ASSIGN(header, sync::Envelope::signedHeader(requestFile));
    const bool reviewer = header.kind == sync::FileKind::ReviewerRequest;
    QString fingerprint;
    if (reviewer) {
        VERDES_TRY_ASSIGN(request, hub::Hub::readReviewerRequest(requestFile));
        fingerprint = request.fingerprint();
    } else {
        VERDES_TRY_ASSIGN(request, hub::Hub::readRequest(requestFile));
        fingerprint = request.fingerprint();
    }
    const QString given = parsed.options.value(QStringLiteral("--fingerprint"));
    if (!given.isEmpty() && !PublicKey::sameIdText(given, fingerprint)) {
        return Error(ErrorCode::SyncFingerprintMismatch, {given, fingerprint});
    }
    VERDES_TRY_ASSIGN(opened, openHub(parsed.positional.at(0), parsed.options));
    const QString answerPath =
        parsed.options.value(QStringLiteral("--answer"), besides(requestPath, QStringLiteral(".answer")));
    const bool replace = parsed.options.contains(QStringLiteral("--force"));
    QString hubFingerprint;
    if (reviewer) {
        VERDES_TRY_ASSIGN(enrolled, opened->enrolReviewer(requestFile));
        VERDES_TRY(writeOutput(answerPath, enrolled.answerFile, replace));
        const sync::ReviewerRequest &request = enrolled.request;
        say(tr("Enrolled the reviewer %1 (%2) of %3; reviewer fingerprint %4.")
                .arg(request.reviewerName,
                     sync::reviewerRoleLabel(request.role),
                     request.officeName,
                     fingerprint));
        if (given.isEmpty()) {
            say(tr("Check this fingerprint with the reviewer before they import the answer."));
        }
        hubFingerprint = enrolled.answer.hubFingerprint();
    } else {
        VERDES_TRY_ASSIGN(enrolled, opened->enrol(requestFile));
        VERDES_TRY(writeOutput(answerPath, enrolled.answerFile, replace));
        const sync::EnrolmentRequest &request = enrolled.request;
        say(tr("Enrolled the laptop of %1 (%2), asked by %3; device fingerprint %4.")
                .arg(request.villageName, request.villageCode, request.officer, fingerprint));
        if (given.isEmpty()) {
            say(tr("Check this fingerprint with the village before they import the answer."));
        }
        hubFingerprint = enrolled.answer.hubFingerprint();
    }
    say(reviewer ? tr("Answer written to %1. The reviewer imports it in the district review vault and checks "
                      "the hub's fingerprint %2.")
                       .arg(QDir::toNativeSeparators(answerPath), hubFingerprint)
                 : tr("Answer written to %1. The village imports it and checks the hub's fingerprint %2.")
                       .arg(QDir::toNativeSeparators(answerPath), hubFingerprint));
    out() << fingerprint << Qt::endl;
    return {};
}

Result<void> HubCommandLine::revoke(const Parsed &parsed)
{
    VERDES_TRY_ASSIGN(opened, openHub(parsed.positional.at(0), parsed.options));
    const QString keyId = parsed.positional.at(1);
    // Which it is, for the message: read before, as the key is no longer enrolled after.
    const QByteArray id = hub::Hub::keyIdFromText(keyId);
    std::optional<hub::HubReviewer> reviewer;
    if (!id.isEmpty()) {
        VERDES_TRY_ASSIGN(found, opened->storage().reviewer(id));
        reviewer = std::move(found);
    }
    VERDES_TRY_ASSIGN(list, opened->revoke(keyId));
    if (reviewer) {
        say(tr("Reviewer %1 (%2), key %3, revoked: the hub takes nothing more signed by this key, and the "
               "district review vault locks at its next contact.")
                .arg(reviewer->name, sync::reviewerRoleLabel(reviewer->role), keyId));
    } else {
        say(tr("Laptop %1 revoked: the hub takes nothing more from it, and it locks its vault at its next "
               "contact.")
                .arg(keyId));
    }
    if (parsed.options.contains(QStringLiteral("--out"))) {
        VERDES_TRY(writeOutput(parsed.options.value(QStringLiteral("--out")),
                               list,
                               parsed.options.contains(QStringLiteral("--force"))));
    }
    return {};
}

bool HubCommandLine::needsGui(const QStringList &arguments)
{
    // The notice's PDF is laid out with QtGui.
    return arguments.value(1) == u"breach-notice" && !arguments.contains(QStringLiteral("--help"))
           && !arguments.contains(QStringLiteral("-h"));
}

Result<void> HubCommandLine::breachNotice(const Parsed &parsed)
{
    if (!parsed.options.contains(QStringLiteral("--out"))) {
        return usage(tr("breach-notice needs --out FILE.pdf"));
    }
    const QString pdf = parsed.options.value(QStringLiteral("--out"));
    const QString text = parsed.options.value(QStringLiteral("--text"));
    const auto existing = parsed.options.contains(QStringLiteral("--force")) ? OutputPath::Existing::Replace
                                                                             : OutputPath::Existing::Refuse;
    // Both files are checked before anything is read or written.
    VERDES_TRY(OutputPath::check(pdf, existing));
    if (!text.isEmpty()) {
        VERDES_TRY(OutputPath::check(text, existing));
    }
    VERDES_TRY_ASSIGN(opened, openHub(parsed.positional.at(0), parsed.options));
    VERDES_TRY_ASSIGN(report, hub::BreachNotice::prepare(*opened, parsed.positional.at(1)));
    if (!text.isEmpty()) {
        VERDES_TRY(writeOutput(
            text, hub::BreachNotice::text(report).toUtf8(), existing == OutputPath::Existing::Replace));
    }
    VERDES_TRY_ASSIGN(
        pages, NoticePdf::write(hub::BreachNotice::html(report), hub::BreachNotice::title(), pdf, existing));
    out() << QDir::toNativeSeparators(pdf) << Qt::endl;
    if (!text.isEmpty()) {
        out() << QDir::toNativeSeparators(text) << Qt::endl;
    }
    say(tr("Wrote the draft breach notice (%n page(s)) for laptop %1 of %2 (batches sent: %3, items: %4). "
           "Fill in the parts in [brackets]; the notice is due within 3 x 24 hours.",
           nullptr,
           pages)
            .arg(parsed.positional.at(1), report.device.villageName)
            .arg(report.batches.size())
            .arg(report.items()));
    return {};
}

Result<void> HubCommandLine::revocations(const Parsed &parsed)
{
    VERDES_TRY_ASSIGN(opened, openHub(parsed.positional.at(0), parsed.options));
    VERDES_TRY_ASSIGN(list, opened->revocationList());
    return writeOutput(parsed.positional.at(1), list, parsed.options.contains(QStringLiteral("--force")));
}

Result<void> HubCommandLine::rotateKeys(const Parsed &parsed)
{
    quint32 days = 0;
    if (parsed.options.contains(QStringLiteral("--valid-days"))) {
        VERDES_TRY_ASSIGN(given, validDays(parsed.options.value(QStringLiteral("--valid-days"))));
        days = given;
    }
    VERDES_TRY_ASSIGN(opened, openHub(parsed.positional.at(0), parsed.options));
    VERDES_TRY_ASSIGN(rotated, opened->rotateKeys(days));
    say(tr("The hub's keys are now generation %1, fingerprint %2 (was %3)%4. Villages follow at their "
           "next contact over the internet; give villages on USB the key list.")
            .arg(rotated.generation)
            .arg(rotated.fingerprint,
                 rotated.previousFingerprint,
                 rotated.expiresAt.isEmpty() ? QString() : tr(", valid until %1").arg(rotated.expiresAt)));
    say(tr("Running 'verdes-hub serve' processes sign with the new keys within a minute."));
    if (parsed.options.contains(QStringLiteral("--out"))) {
        VERDES_TRY(writeOutput(parsed.options.value(QStringLiteral("--out")),
                               rotated.chainFile,
                               parsed.options.contains(QStringLiteral("--force"))));
    }
    out() << rotated.fingerprint << Qt::endl;
    return {};
}

Result<void> HubCommandLine::keys(const Parsed &parsed)
{
    VERDES_TRY_ASSIGN(opened, openHub(parsed.positional.at(0), parsed.options));
    VERDES_TRY_ASSIGN(chain, opened->keyChain());
    return writeOutput(parsed.positional.at(1), chain, parsed.options.contains(QStringLiteral("--force")));
}

Result<void> HubCommandLine::ingest(const Parsed &parsed)
{
    const QString input = parsed.positional.at(1);
    VERDES_TRY_ASSIGN(file, readInputFile(input, qint64(1) << 30));
    VERDES_TRY_ASSIGN(opened, openHub(parsed.positional.at(0), parsed.options));
    VERDES_TRY_ASSIGN(ingested, opened->ingest(file));
    const QString receiptPath =
        parsed.options.value(QStringLiteral("--receipt"), besides(input, QStringLiteral(".receipt")));
    VERDES_TRY(
        writeOutput(receiptPath, ingested.receiptFile, parsed.options.contains(QStringLiteral("--force"))));
    const sync::Receipt &receipt = ingested.receipt;
    switch (receipt.outcome) {
    case sync::ReceiptOutcome::Accepted:
        say(tr("Batch %1 of village %2 accepted (%n item(s)).",
               nullptr,
               static_cast<int>(receipt.items.size()))
                .arg(receipt.sequence)
                .arg(receipt.villageCode));
        break;
    case sync::ReceiptOutcome::PartlyAccepted:
        say(tr("Batch %1 of village %2 partly accepted: some items came in an earlier batch.")
                .arg(receipt.sequence)
                .arg(receipt.villageCode));
        break;
    case sync::ReceiptOutcome::Refused:
        say(tr("Refused: %1.")
                .arg(sync::Receipt::reasonLabel(receipt.reason.value_or(sync::ReceiptReason::Malformed))));
        break;
    }
    if (!ingested.stored && receipt.outcome != sync::ReceiptOutcome::Refused) {
        say(tr("This batch was received before; the receipt is the one given then."));
    }
    say(tr("Receipt written to %1; give it to the village.").arg(QDir::toNativeSeparators(receiptPath)));
    out() << sync::Receipt::outcomeCode(receipt.outcome) << '\t'
          << (receipt.reason ? sync::Receipt::reasonCode(*receipt.reason) : QString()) << '\t'
          << (receipt.batchId ? QString::fromLatin1(receipt.batchId->toHex()) : QString()) << Qt::endl;
    return {};
}

Result<void> HubCommandLine::feed(const Parsed &parsed)
{
    const QString input = parsed.positional.at(1);
    VERDES_TRY_ASSIGN(request, readInputFile(input, qint64(64) * 1024));
    VERDES_TRY_ASSIGN(opened, openHub(parsed.positional.at(0), parsed.options));
    VERDES_TRY_ASSIGN(page, opened->reviewFeed(request));
    // Named by the last batch it holds: the pages of one reviewer's visits do not overwrite each other.
    const QString output =
        parsed.options.value(QStringLiteral("--out"),
                             QFileInfo(input).dir().filePath(QStringLiteral("feed-%1.vrfd").arg(page.last)));
    VERDES_TRY(writeOutput(output, page.sealedFile, parsed.options.contains(QStringLiteral("--force"))));
    const QString reviewer = PublicKey::idText(page.reviewerKeyId);
    if (page.batches == 0) {
        say(tr("Nothing new for reviewer %1: their vault holds every batch the hub received.").arg(reviewer));
    } else {
        say(tr("%n batch(es) for reviewer %1, numbers %2 to %3.", nullptr, static_cast<int>(page.batches))
                .arg(reviewer)
                .arg(page.after + 1)
                .arg(page.last));
    }
    if (page.hasMore()) {
        say(tr("The hub has more (up to number %1): once this file is imported, make another request.")
                .arg(page.latest));
    }
    say(tr("Written to %1; give it to the reviewer, who imports it with 'verdes review import'.")
            .arg(QDir::toNativeSeparators(output)));
    out() << page.batches << '\t' << page.last << '\t' << page.latest << Qt::endl;
    return {};
}

QString HubCommandLine::refusalLabel(sync::VerdictRefusal refusal)
{
    using sync::VerdictRefusal;
    switch (refusal) {
    case VerdictRefusal::None:
        return {};
    case VerdictRefusal::Malformed:
        return tr("the file does not read or its signature does not verify");
    case VerdictRefusal::UnknownReviewer:
        return tr("signed by a key this hub never enrolled as a reviewer's");
    case VerdictRefusal::RevokedReviewer:
        return tr("signed by a revoked reviewer");
    case VerdictRefusal::RoleNotAllowed:
        return tr("the reviewer's role does not give this verdict");
    case VerdictRefusal::OtherDistrict:
        return tr("for a village outside this hub's district");
    case VerdictRefusal::UnknownItem:
        return tr("the hub holds no accepted item for it");
    case VerdictRefusal::OutOfOrder:
        return tr("another verdict on the item came first");
    case VerdictRefusal::NotAllowedAfter:
        return tr("the item's state does not allow it");
    case VerdictRefusal::ClaimedByOther:
        return tr("another reviewer has taken the item");
    }
    Q_UNREACHABLE();
}

Result<void> HubCommandLine::verdicts(const Parsed &parsed)
{
    const QString input = parsed.positional.at(1);
    VERDES_TRY_ASSIGN(file, readInputFile(input, qint64(32) << 20));
    VERDES_TRY_ASSIGN(opened, openHub(parsed.positional.at(0), parsed.options));
    VERDES_TRY_ASSIGN(ingested, opened->ingestVerdicts(file));
    const QString output = parsed.options.value(
        QStringLiteral("--out"), QFileInfo(input).dir().filePath(QStringLiteral("verdicts-receipt.vdrc")));
    VERDES_TRY(writeOutput(output, ingested.receiptFile, parsed.options.contains(QStringLiteral("--force"))));
    std::array<int, 3> counts = {0, 0, 0};
    for (const sync::VerdictReceiptEntry &entry : std::as_const(ingested.receipt.entries)) {
        ++counts.at(static_cast<std::size_t>(entry.outcome));
    }
    say(tr("%n verdict(s) accepted, %1 received before, %2 refused.", nullptr, counts.at(0))
            .arg(counts.at(1))
            .arg(counts.at(2)));
    for (qsizetype i = 0; i < ingested.receipt.entries.size(); ++i) {
        const sync::VerdictReceiptEntry &entry = ingested.receipt.entries.at(i);
        if (entry.outcome == sync::VerdictOutcome::Refused) {
            say(tr("Verdict %1 refused: %2.").arg(i + 1).arg(refusalLabel(entry.refusal)));
        }
    }
    say(tr("Receipt written to %1; give it to the reviewer.").arg(QDir::toNativeSeparators(output)));
    out() << counts.at(0) << '\t' << counts.at(1) << '\t' << counts.at(2) << Qt::endl;
    return {};
}

Result<void> HubCommandLine::decisions(const Parsed &parsed)
{
    const QString village = parsed.positional.at(1);
    static const QRegularExpression kVillage(QStringLiteral("^[0-9]{10}$"));
    if (!kVillage.match(village).hasMatch()) {
        return usage(tr("VILLAGE is the 10-digit code of the village"));
    }
    quint64 after = 0;
    if (parsed.options.contains(QStringLiteral("--after"))) {
        bool ok = false;
        after = parsed.options.value(QStringLiteral("--after")).toULongLong(&ok);
        if (!ok) {
            return usage(tr("--after is the number of the last decision the village holds, 0 for none"));
        }
    }
    VERDES_TRY_ASSIGN(opened, openHub(parsed.positional.at(0), parsed.options));
    VERDES_TRY_ASSIGN(page, opened->decisionsFor(village, after));
    const QString output = parsed.options.value(
        QStringLiteral("--out"), QStringLiteral("decisions-%1-%2.vdcl").arg(village).arg(page.latest));
    VERDES_TRY(writeOutput(output, page.sealedFile, parsed.options.contains(QStringLiteral("--force"))));
    if (page.verdicts == 0) {
        say(tr("No new verdicts for village %1 after number %2.").arg(village).arg(after));
    } else {
        say(tr("%n verdict(s) for village %1, numbers %2 to %3, sealed to its laptop %4.",
               nullptr,
               static_cast<int>(page.verdicts))
                .arg(village)
                .arg(page.after + 1)
                .arg(page.last)
                .arg(PublicKey::idText(page.deviceKeyId)));
    }
    if (page.hasMore()) {
        say(tr("The hub has more (up to number %1): write the next file with --after %2.")
                .arg(page.latest)
                .arg(page.last));
    }
    say(tr("Written to %1; give it to the village, which imports it with 'verdes decisions import'.")
            .arg(QDir::toNativeSeparators(output)));
    out() << page.verdicts << '\t' << page.last << '\t' << page.latest << Qt::endl;
    return {};
}

Result<void> HubCommandLine::snapshot(const Parsed &parsed)
{
    const QString village = parsed.positional.at(1);
    static const QRegularExpression kVillage(QStringLiteral("^[0-9]{10}$"));
    if (!kVillage.match(village).hasMatch()) {
        return usage(tr("VILLAGE is the 10-digit code of the village"));
    }
    if (parsed.options.contains(QStringLiteral("--label"))
        && parsed.options.value(QStringLiteral("--label")).trimmed().isEmpty()) {
        return usage(tr("--label names the snapshot, for example --label \"DTSEN Desember 2026\""));
    }
    const QString input = parsed.positional.at(2);
    // One byte over the format's bound, so that the hub says what the bound is.
    VERDES_TRY_ASSIGN(csv, readInputFile(input, sync::SignedSnapshot::kMaxCsvBytes + 1));
    VERDES_TRY_ASSIGN(opened, openHub(parsed.positional.at(0), parsed.options));
    VERDES_TRY_ASSIGN(
        published,
        opened->publishSnapshot(village, csv, input, parsed.options.value(QStringLiteral("--label"))));
    if (published.stored) {
        say(tr("Published the snapshot \"%1\" of village %2 as number %3.")
                .arg(published.label, village)
                .arg(published.serial));
    } else {
        say(tr("This CSV was published before for village %1, as number %2 (\"%3\").")
                .arg(village)
                .arg(published.serial)
                .arg(published.label));
    }
    VERDES_TRY_ASSIGN(file, opened->snapshotFor(village, published.serial));
    const QString output = parsed.options.value(
        QStringLiteral("--out"), QStringLiteral("snapshot-%1-%2.vsnp").arg(village).arg(file.serial));
    VERDES_TRY(writeOutput(output, file.sealedFile, parsed.options.contains(QStringLiteral("--force"))));
    say(tr("Sealed to its laptop %1 and written to %2; give it to the village, which imports it with "
           "'verdes import'.")
            .arg(PublicKey::idText(file.deviceKeyId), QDir::toNativeSeparators(output)));
    out() << file.serial << '\t' << file.label << Qt::endl;
    return {};
}

Result<void> HubCommandLine::serve(const Parsed &parsed)
{
    const auto listen = listenAddress(parsed.options.value(QStringLiteral("--listen")));
    if (!listen) {
        return usage(tr("serve needs --listen ADDRESS:PORT, for example --listen 127.0.0.1:8470"));
    }
    const QString certificate = parsed.options.value(QStringLiteral("--tls-cert"));
    const QString key = parsed.options.value(QStringLiteral("--tls-key"));
    if (certificate.isEmpty() != key.isEmpty()) {
        return usage(tr("--tls-cert and --tls-key go together"));
    }
    int workers = kDefaultWorkers;
    if (parsed.options.contains(QStringLiteral("--workers"))) {
        bool ok = false;
        workers = parsed.options.value(QStringLiteral("--workers")).toInt(&ok);
        if (!ok || workers < 1 || workers > kMaxWorkers) {
            return usage(tr("--workers is a number of threads, 1 to %1").arg(kMaxWorkers));
        }
    }
    const QString folder = parsed.positional.at(0);
    VERDES_TRY_ASSIGN(opened, openHub(folder, parsed.options));
    VERDES_TRY_ASSIGN(settings, opened->storage().settings());
    hub::HubServer::Options options;
    options.spoolFolder = QDir(folder).filePath(QStringLiteral("spool"));
    if (!certificate.isEmpty()) {
        VERDES_TRY_ASSIGN(tls, hub::HubServer::tlsFromFiles(certificate, key));
        if (settings.tlsPin && *settings.tlsPin != hub::HubServer::pinOf(tls)) {
            return usage(tr("%1 is not the certificate this hub's villages pinned when they enrolled: serve "
                            "with that one")
                             .arg(QDir::toNativeSeparators(certificate)));
        }
        options.tls = tls;
    }
    // A service's log: every line with its time and category, the hub's own lines on (Qt's rules in
    // QT_LOGGING_RULES still win). They carry key ids, numbers and sizes, never personal data.
    qSetMessagePattern(QStringLiteral("%{time yyyy-MM-ddThh:mm:ss.zzz} %{type} %{category}: %{message}"));
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES")) {
        QLoggingCategory::setFilterRules(QStringLiteral("verdes.*.info=true"));
    }
    VERDES_TRY_ASSIGN(keyState, opened->keyState());
    if (keyState.expired) {
        // The villages refuse what expired keys sign: the operator hears it at once, in the log too.
        qCWarning(lcSync) << "the hub's keys expired on" << keyState.expiresAt
                          << "- run verdes-hub rotate-keys";
        say(tr("Warning: this hub's keys expired on %1; villages refuse what they sign. Run 'verdes-hub "
               "rotate-keys'.")
                .arg(keyState.expiresAt));
    }
    VERDES_TRY_ASSIGN(pool, hub::HubWorkers::start(std::move(opened), workers));
    hub::HubServer server(std::move(pool), options);
    VERDES_TRY_ASSIGN(port, server.listen(listen->first, listen->second));
    const QString scheme = options.tls ? QStringLiteral("https") : QStringLiteral("http");
    const QString host = listen->first.protocol() == QAbstractSocket::IPv6Protocol
                             ? u'[' + listen->first.toString() + u']'
                             : listen->first.toString();
    say(tr("Hub \"%1\" serves at %2://%3:%4. Stop it with Ctrl+C.")
            .arg(settings.name, scheme, host)
            .arg(port));
    out() << scheme << "://" << host << ':' << port << Qt::endl;
    QCoreApplication::exec();
    return {};
}

Result<void> HubCommandLine::status(const Parsed &parsed)
{
    VERDES_TRY_ASSIGN(opened, openHub(parsed.positional.at(0), parsed.options));
    hub::HubStorage &storage = opened->storage();
    VERDES_TRY_ASSIGN(settings, storage.settings());
    VERDES_TRY_ASSIGN(fingerprint, opened->fingerprint());
    VERDES_TRY_ASSIGN(counts, storage.counts());
    VERDES_TRY_ASSIGN(devices, storage.devices());
    VERDES_TRY_ASSIGN(reviewers, storage.reviewers());
    out() << tr("Hub: %1 (%2), district %3").arg(settings.name, settings.hubId, settings.districtCode)
          << Qt::endl;
    VERDES_TRY_ASSIGN(keyState, opened->keyState());
    // On the fingerprint's line, so that the lines a script reads stay where they were.
    out() << tr("Fingerprint: %1 (keys of generation %2, %3)")
                 .arg(fingerprint)
                 .arg(keyState.generation)
                 .arg(keyState.expiresAt.isEmpty() ? tr("no expiry")
                      : keyState.expired
                          ? tr("EXPIRED on %1: run 'verdes-hub rotate-keys'").arg(keyState.expiresAt)
                          : tr("valid until %1").arg(keyState.expiresAt))
          << Qt::endl;
    out() << tr("Laptops: %1 enrolled, %2 revoked. Batches: %3 (%4 items). Refused uploads: %5.")
                 .arg(counts.devices - counts.revoked)
                 .arg(counts.revoked)
                 .arg(counts.batches)
                 .arg(counts.items)
                 .arg(counts.refusals)
          << Qt::endl;
    for (const hub::HubDevice &d : std::as_const(devices)) {
        out() << QStringList{PublicKey::idText(d.keyId),
                             d.villageCode,
                             d.villageName,
                             tr("last batch %1").arg(d.lastSequence),
                             d.lastContact.isEmpty() ? tr("no contact yet")
                                                     : tr("last contact %1").arg(d.lastContact),
                             d.isRevoked() ? tr("revoked %1").arg(d.revokedAt)
                                           : tr("enrolled %1").arg(d.enrolledAt)}
                     .join(u'\t')
              << Qt::endl;
    }
    // After the laptops, so that the lines a script reads stay where they were.
    out() << tr("Reviewers: %1 enrolled, %2 revoked.")
                 .arg(counts.reviewers - counts.revokedReviewers)
                 .arg(counts.revokedReviewers)
          << Qt::endl;
    for (const hub::HubReviewer &r : std::as_const(reviewers)) {
        out() << QStringList{PublicKey::idText(r.keyId),
                             r.name,
                             sync::reviewerRoleLabel(r.role),
                             r.isRevoked() ? tr("revoked %1").arg(r.revokedAt)
                                           : tr("enrolled %1").arg(r.enrolledAt)}
                     .join(u'\t')
              << Qt::endl;
    }
    return {};
}

} // namespace verdes::app
