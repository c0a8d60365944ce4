// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/HubVillage.h"

#include "models/core/Error.h"
#include "models/vault/Statement.h"
#include "models/vault/Transaction.h"
#include "sync/outbox/Enrolment.h"
#include "tests/support/ChildProcess.h"
#include "tests/support/HubProcess.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QUrl>

namespace verdes::test {

namespace {

QString hubProgram()
{
    return builtProgram(QStringLiteral("app/verdes-hub/verdes-hub"));
}

Error childFailed(const QString &what, const ChildRun &run)
{
    return {ErrorCode::Internal,
            {},
            QStringLiteral("verdes-hub %1 ended with %2: %3").arg(what).arg(run.exitCode).arg(run.err)};
}

} // namespace

QString failureText(const Error &error)
{
    return QStringLiteral("%1 (%2)").arg(describe(error), error.detail);
}

bool HubVillage::setUpVillage()
{
    if (!setUp()) {
        return false;
    }
    Transaction tx(*db);
    return tx.begin()
           && exec(u"INSERT OR REPLACE INTO vault_meta (key, value) VALUES ('vault_id', 'vault-hub-1'), "
                   u"('village_code', '3373041001')")
           && tx.commit();
}

Result<QString> HubVillage::initHub(const QString &folder, const QStringList &extra)
{
    QStringList arguments{QStringLiteral("init"),
                          folder,
                          QStringLiteral("--district-code"),
                          QStringLiteral("3373"),
                          QStringLiteral("--name"),
                          QStringLiteral("Dinsos Semarang"),
                          QStringLiteral("--url"),
                          QStringLiteral("https://127.0.0.1:8470"),
                          QStringLiteral("--tls-cert"),
                          HubProcess::certificateFile()};
    arguments << extra;
    const ChildRun run = runChild(hubProgram(), arguments);
    if (run.exitCode != 0) {
        return childFailed(QStringLiteral("init"), run);
    }
    return run.out.trimmed();
}

Result<void>
HubVillage::enrolWith(const QString &folder, const QString &fingerprint, const QStringList &extra)
{
    sync::Enrolment enrolment(*db, clock);
    VERDES_TRY_ASSIGN(request, enrolment.makeRequest(kOperator, QStringLiteral("Kelurahan Uji")));
    const QString requestPath = dir.filePath(QStringLiteral("enrol.venq"));
    const QString answerPath = dir.filePath(QStringLiteral("enrol.answer"));
    QFile::remove(answerPath);
    QFile requestFile(requestPath);
    if (!requestFile.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || requestFile.write(request.signedFile) != request.signedFile.size() || !requestFile.flush()) {
        return Error(ErrorCode::FileWriteFailed, {requestPath});
    }
    QStringList arguments{QStringLiteral("enrol"),
                          folder,
                          requestPath,
                          QStringLiteral("--fingerprint"),
                          request.request.fingerprint(),
                          QStringLiteral("--answer"),
                          answerPath};
    arguments << extra;
    const ChildRun run = runChild(hubProgram(), arguments);
    if (run.exitCode != 0) {
        return childFailed(QStringLiteral("enrol"), run);
    }
    QFile answer(answerPath);
    if (!answer.open(QIODevice::ReadOnly)) {
        return Error(ErrorCode::FileNotFound, {answerPath});
    }
    VERDES_TRY(enrolment.accept(kOperator, answer.readAll(), fingerprint));
    return {};
}

quint64 HubVillage::sealMeeting(bool proposal, int photos, qint64 evidenceBytes)
{
    if (proposal) {
        Proposal p;
        p.type = ProposalType::MemberDeceased;
        p.channel = Channel::RtRw;
        p.householdId = QStringLiteral("H0003");
        // The household's members in turn: a proposal names one, and each may be named again later.
        p.personIds = {QStringLiteral("P000%1").arg(6 + (m_persons++ % 3))};
        p.reason = QStringLiteral("Meninggal menurut ketua RT");
        p.details.eventDate = QDate(2026, 10, 1);
        QList<NewEvidence> evidence{{EvidenceKind::DeathCert, QStringLiteral("akta.jpg"), smallJpeg('D')}};
        for (int i = 0; i < photos; ++i) {
            // Random bytes behind a JPEG header: nothing on the way can make them smaller.
            QByteArray photo(evidenceBytes, '\0');
            QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(photo.data()), // NOLINT
                                                  static_cast<qsizetype>(photo.size() / 4));
            photo.replace(0, 3, smallJpeg('H').left(3));
            evidence.append({EvidenceKind::HousePhotos, QStringLiteral("rumah-%1.jpg").arg(i), photo});
        }
        auto created = proposals().create(kOperator, p, evidence);
        if (!created) {
            qWarning("create: %s", qPrintable(failureText(created.error())));
            return 0;
        }
        if (!proposals().transition(kOperator, created->id, ProposalState::Ready, created->revision)) {
            return 0;
        }
    }
    const qint64 id = newMeeting();
    if (id == 0 || !meetings().addAllReady(kOperator, id)) {
        return 0;
    }
    auto agenda = meetings().agenda(id);
    if (!agenda) {
        return 0;
    }
    for (const AgendaItem &item : std::as_const(*agenda)) {
        if (!meetings().decide(kOperator, id, item.id, DecisionInput{})) {
            return 0;
        }
    }
    Attendee attendee;
    attendee.name = QStringLiteral("Siti");
    attendee.role = AttendeeRole::Bpd;
    if (!meetings().addAttendee(kOperator, id, attendee) || !meetings().seal(kChair, id)) {
        return 0;
    }
    auto made = outbox().catchUp(kChair);
    auto last = repo().last();
    if (!made || *made != 1 || !last || !*last) {
        return 0;
    }
    return (*last)->sequence;
}

sync::HttpTransport::Options HubVillage::transportTo(quint16 port, int timeoutMs) const
{
    return {QUrl(QStringLiteral("https://127.0.0.1:%1").arg(port)), HubProcess::certificatePin(), timeoutMs};
}

Result<sync::Outbox::SendReport> HubVillage::send(quint16 port, Progress &progress, int timeoutMs)
{
    sync::HttpTransport transport(transportTo(port, timeoutMs), progress);
    return outbox().send(kOperator, transport, progress);
}

sync::OutboxEntry HubVillage::entry(quint64 sequence)
{
    auto found = repo().get(sequence);
    return found && *found ? **found : sync::OutboxEntry{};
}

QByteArray HubVillage::receiptOf(quint64 sequence) const
{
    Statement st(*db, u"SELECT receipt FROM outbox WHERE sequence = :sequence AND receipt IS NOT NULL");
    if (!st.status()) {
        return {};
    }
    st.bind(u":sequence", static_cast<qint64>(sequence));
    auto row = st.step();
    return row && *row ? st.blob(0) : QByteArray();
}

} // namespace verdes::test
