// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The child process of the proposal crash test (tests/models/tst_ProposalRepository.cpp): saves one
// proposal with two pieces of evidence (100 KB each) into a scratch vault and is killed on the way
// by VERDES_CRASH_AT=proposal.create | proposal.evidence | proposal.commit.
// Usage: verdes_proposal_child DATABASE KEY_HEX (exit 0 saved, 5 failed).
#include "models/core/Clock.h"
#include "models/proposals/ProposalRepository.h"
#include "models/vault/Actor.h"
#include "tests/support/ScratchVault.h"

#include <QCoreApplication>

#include <cstdio>

using namespace verdes;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3) {
        return 1;
    }
    test::ScratchVault vault = test::ScratchVault::fromKeyHex(args.at(1), args.at(2));
    auto db = vault.open();
    if (!db) {
        return 5;
    }
    Proposal draft;
    draft.type = ProposalType::MemberDeceased;
    draft.householdId = QStringLiteral("H0001");
    draft.personIds = {QStringLiteral("P0004")};
    draft.reason = QStringLiteral("Meninggal menurut ketua RT");
    draft.details.eventDate = QDate(2026, 10, 1);
    QByteArray photo(100 * 1024, '\x42');
    photo[0] = '\xFF';
    photo[1] = '\xD8';
    photo[2] = '\xFF';
    QByteArray statement = photo;
    statement[3] = '\x01';
    const QList<NewEvidence> evidence{{EvidenceKind::DeathCert, QStringLiteral("akta.jpg"), photo},
                                      {EvidenceKind::Statement, QStringLiteral("pernyataan.jpg"), statement}};
    const Actor actor{QStringLiteral("op-1"), QStringLiteral("Operator Satu"), Role::Operator, false};
    ProposalRepository repo(**db, SystemClock::instance());
    auto created = repo.create(actor, draft, evidence);
    if (!created) {
        std::fprintf(stderr, "%s\n", qPrintable(created.error().detail));
        return 5;
    }
    std::printf("proposal %lld\n", static_cast<long long>(created->id));
    return 0;
}
