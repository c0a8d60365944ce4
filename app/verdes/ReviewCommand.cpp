// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// `verdes review …` (issue 14): the district review vault from the command line. Kept apart from
// CommandLine.cpp, whose parser and dispatch only name it.
#include "app/verdes/CommandLine.h"
#include "app/verdes/Console.h"
#include "models/core/PublicKey.h"
#include "models/vault/Vault.h"
#include "sync/outbox/OutboxRepository.h"
#include "sync/review/ReviewerEnrolment.h"

#include <QDir>
#include <QTextStream>

namespace verdes::app {

QString CommandLine::reviewHelpText()
{
    return tr("The district review vault (dinas sosial):\n"
              "  verdes review enrol VAULT OUTFILE [--force]\n"
              "                                 write your reviewer enrolment request for the district\n"
              "                                 hub, and show the fingerprint to read to its operator\n"
              "  verdes review accept VAULT ANSWER --hub-fingerprint XXXX-XXXX-XXXX-XXXX\n"
              "                                 import the hub's answer; the fingerprint is the one the\n"
              "                                 hub's operator gave you\n"
              "  verdes review status VAULT     the office, its hub, and each reviewer's enrolment\n"
              "Each verifier and office head enrols their own key: it signs their verdicts.\n");
}

Result<void> CommandLine::review(const Parsed &parsed)
{
    const QString sub = parsed.positional.at(0);
    if (sub != u"enrol" && sub != u"accept" && sub != u"status") {
        return usage(tr("unknown review command \"%1\" (one of: enrol, accept, status)").arg(sub));
    }
    const qsizetype needed = sub == u"status" ? 2 : 3;
    if (parsed.positional.size() != needed) {
        return usage(sub == u"status" ? tr("review status needs VAULT")
                                      : tr("review %1 needs VAULT and a file").arg(sub));
    }
    const QString fingerprint = parsed.options.value(QStringLiteral("--hub-fingerprint"));
    if (sub == u"accept" && fingerprint.isEmpty()) {
        return usage(
            tr("review accept needs --hub-fingerprint: the fingerprint the hub's operator gave you"));
    }
    QByteArray answerFile;
    if (sub == u"accept") {
        VERDES_TRY_ASSIGN(read, readInputFile(parsed.positional.at(2), qint64(64) << 20));
        answerFile = read;
    }
    VERDES_TRY_ASSIGN(vault, unlock(parsed, parsed.positional.at(1)));
    sync::ReviewerEnrolment enrolment(vault->database());
    if (sub == u"enrol") {
        const QString path = parsed.positional.at(2);
        VERDES_TRY_ASSIGN(made, enrolment.makeRequest(vault->actor()));
        VERDES_TRY(writeNewFileOrReplace(path, made.signedFile, existingOption(parsed)));
        err() << tr("Reviewer enrolment request of %1 (%2) written to %3. Take it to the hub's operator; "
                    "read them this fingerprint so they can check it: %4")
                     .arg(made.request.reviewerName,
                          sync::reviewerRoleLabel(made.request.role),
                          QDir::toNativeSeparators(path),
                          made.request.fingerprint())
              << Qt::endl;
        out() << made.request.fingerprint() << Qt::endl;
        return vault->lock();
    }
    if (sub == u"accept") {
        VERDES_TRY_ASSIGN(answer, enrolment.accept(vault->actor(), answerFile, fingerprint));
        err() << tr("%1 is now enrolled with %2 as %3: verdicts signed with this key are accepted by the "
                    "hub.")
                     .arg(answer.reviewerName, answer.hubName, sync::reviewerRoleLabel(answer.role))
              << Qt::endl;
        return vault->lock();
    }
    sync::OutboxRepository repo(vault->database());
    VERDES_TRY_ASSIGN(hub, repo.hub());
    out() << tr("%1, district %2.").arg(vault->officeName(), vault->districtCode()) << Qt::endl;
    out() << (hub ? tr("Hub: %1 (fingerprint %2).").arg(hub->hubName, PublicKey::idTextOf(hub->signingKey))
                  : tr("Hub: none yet; the first reviewer's accepted answer pins it."))
          << Qt::endl;
    VERDES_TRY_ASSIGN(officers, vault->officers());
    for (const Vault::OfficerInfo &officer : officers) {
        VERDES_TRY_ASSIGN(status, enrolment.status(officer.officerId));
        QString where;
        if (status.isEnrolled()) {
            where = tr("enrolled %1, key %2").arg(status.enrolledAt, status.keyId);
        } else if (!status.keyId.isEmpty()) {
            where = tr("asked, key %1, no answer yet").arg(status.keyId);
        } else if (sync::ReviewerEnrolment::reviewerRoleOf(officer.role)) {
            where = tr("not enrolled");
        } else {
            where = tr("reviews nothing");
        }
        out() << officer.name << '\t' << roleCode(officer.role) << '\t' << where << Qt::endl;
    }
    return vault->lock();
}

} // namespace verdes::app
