// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Who may do what: the whole role × action matrix against a table written out here (independent of
// the one in Role.cpp), the admin mark, the recovery key, and the actor loaded from a vault.

#include "models/core/Error.h"
#include "models/domain/Role.h"
#include "models/vault/Actor.h"
#include "models/vault/Database.h"
#include "tests/support/TempVault.h"

#include <QSet>
#include <QTest>

using namespace verdes;
using verdes::test::TempVault;

Q_DECLARE_METATYPE(verdes::Role)
Q_DECLARE_METATYPE(verdes::Action)

namespace {

const QList<Action> &everyAction()
{
    static const QList<Action> actions{
        Action::ViewRegistry,   Action::RevealNik,      Action::ImportSnapshot,    Action::ExportData,
        Action::CreateProposal, Action::EditProposal,   Action::MarkProposalReady, Action::WithdrawProposal,
        Action::PutOnAgenda,    Action::RecordDecision, Action::ConfirmDecision,   Action::SignMinutes,
        Action::WitnessMinutes, Action::SignSptjm,      Action::RunChecks,         Action::DismissFlag,
        Action::ManageOfficers, Action::ChangeSettings, Action::SendBatches,       Action::EnrolWithHub,
        Action::ReviewItems,    Action::EndorseItems,
    };
    return actions;
}

// DOMAIN.md §6–7 as this test reads it.
QSet<Action> expectedFor(Role role)
{
    switch (role) {
    case Role::Operator:
        return {Action::ViewRegistry,
                Action::RevealNik,
                Action::ImportSnapshot,
                Action::ExportData,
                Action::CreateProposal,
                Action::EditProposal,
                Action::MarkProposalReady,
                Action::WithdrawProposal,
                Action::PutOnAgenda,
                Action::RecordDecision,
                Action::RunChecks,
                Action::DismissFlag,
                Action::ChangeSettings,
                Action::SendBatches,
                Action::EnrolWithHub};
    case Role::Secretary:
        return {Action::ViewRegistry,
                Action::RevealNik,
                Action::ExportData,
                Action::PutOnAgenda,
                Action::RecordDecision,
                Action::RunChecks,
                Action::ChangeSettings,
                Action::SendBatches};
    case Role::Chair:
        return {Action::ViewRegistry,
                Action::ConfirmDecision,
                Action::SignMinutes,
                Action::RunChecks,
                Action::SendBatches};
    case Role::KepalaDesa:
        return {Action::ViewRegistry,
                Action::RevealNik,
                Action::ExportData,
                Action::SignMinutes,
                Action::SignSptjm,
                Action::RunChecks,
                Action::ManageOfficers,
                Action::ChangeSettings,
                Action::SendBatches,
                Action::EnrolWithHub};
    case Role::Bpd:
        return {Action::ViewRegistry, Action::WitnessMinutes};
    case Role::Viewer:
        return {Action::ViewRegistry};
    // DOMAIN.md §8: the verifier checks, the office head endorses; neither does the other's step.
    case Role::Verifier:
        return {Action::ViewRegistry,
                Action::RevealNik,
                Action::ExportData,
                Action::RunChecks,
                Action::ReviewItems,
                Action::EnrolWithHub};
    case Role::OfficeHead:
        return {Action::ViewRegistry,
                Action::RevealNik,
                Action::ExportData,
                Action::RunChecks,
                Action::EndorseItems,
                Action::ManageOfficers,
                Action::ChangeSettings,
                Action::EnrolWithHub};
    }
    return {};
}

Actor officerActor(Role role, bool admin = false)
{
    return Actor{QStringLiteral("id-1"), QStringLiteral("Siti Rahma"), role, admin};
}

} // namespace

class TestRole : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void everyRoleHasACodeThatRoundTrips()
    {
        QCOMPARE(allRoles().size(), qsizetype(8));
        QSet<QString> codes;
        for (const Role role : allRoles()) {
            const QString code = roleCode(role);
            QVERIFY(!code.isEmpty());
            codes.insert(code);
            QCOMPARE(roleFromCode(code), std::optional<Role>(role));
            QVERIFY(!RoleText::label(role).isEmpty());
            QVERIFY(!RoleText::description(role).isEmpty());
        }
        QCOMPARE(codes.size(), qsizetype(8));
        QCOMPARE(roleCode(Role::KepalaDesa), QStringLiteral("kepala_desa"));
        QCOMPARE(roleCode(Role::OfficeHead), QStringLiteral("office_head"));
        QVERIFY(!roleFromCode(u"").has_value());
        QVERIFY(!roleFromCode(u"reviewer").has_value());
        QVERIFY(!roleFromCode(u"office-head").has_value());
        QVERIFY(!roleFromCode(u"Operator").has_value()); // codes are exact
    }

    void eachKindOfVaultHasItsOwnRoles()
    {
        const QList<Role> village{
            Role::Operator, Role::Secretary, Role::Chair, Role::KepalaDesa, Role::Bpd, Role::Viewer};
        const QList<Role> district{Role::Verifier, Role::OfficeHead, Role::Viewer};
        QCOMPARE(rolesOf(VaultKind::Village), village);
        QCOMPARE(rolesOf(VaultKind::District), district);
        for (const Role role : allRoles()) {
            QCOMPARE(roleFits(role, VaultKind::Village), village.contains(role));
            QCOMPARE(roleFits(role, VaultKind::District), district.contains(role));
        }
        // No village role may touch a district's verdicts, and no district role a village's meeting.
        for (const Role role : village) {
            QVERIFY(!roleAllows(role, Action::ReviewItems));
            QVERIFY(!roleAllows(role, Action::EndorseItems));
        }
        for (const Role role : district) {
            QVERIFY(!roleAllows(role, Action::CreateProposal));
            QVERIFY(!roleAllows(role, Action::SignMinutes));
        }
        QCOMPARE(vaultKindFromCode(vaultKindCode(VaultKind::District)), std::optional(VaultKind::District));
        QCOMPARE(vaultKindFromCode(u"village"), std::optional(VaultKind::Village));
        QVERIFY(!vaultKindFromCode(u"District").has_value());
    }

    void actionCodesAreDistinct()
    {
        QSet<QString> codes;
        for (const Action action : everyAction()) {
            codes.insert(actionCode(action));
        }
        QCOMPARE(codes.size(), everyAction().size());
    }

    void matrix_data()
    {
        QTest::addColumn<Role>("role");
        QTest::addColumn<Action>("action");
        QTest::addColumn<bool>("allowed");
        for (const Role role : allRoles()) {
            const QSet<Action> allowed = expectedFor(role);
            for (const Action action : everyAction()) {
                QTest::addRow("%s/%s", qPrintable(roleCode(role)), qPrintable(actionCode(action)))
                    << role << action << allowed.contains(action);
            }
        }
    }

    void matrix()
    {
        QFETCH(Role, role);
        QFETCH(Action, action);
        QFETCH(bool, allowed);
        QCOMPARE(roleAllows(role, action), allowed);
        const Actor actor = officerActor(role);
        QCOMPARE(actor.may(action), allowed);
        const auto required = actor.require(action);
        QCOMPARE(required.has_value(), allowed);
        if (!allowed) {
            QCOMPARE(required.error().code, ErrorCode::PermissionDenied);
            QCOMPARE(required.error().args.value(0), RoleText::label(role));
            QVERIFY(!required.error().args.value(1).isEmpty());
            QCOMPARE(required.error().detail, actionCode(action));
            QVERIFY(describe(required.error()).contains(RoleText::label(role)));
        }
        // The admin mark adds officer management and nothing else.
        const Actor admin = officerActor(role, true);
        QCOMPARE(admin.may(action), allowed || action == Action::ManageOfficers);
    }

    void recoveryActor_data()
    {
        QTest::addColumn<Action>("action");
        for (const Action action : everyAction()) {
            QTest::newRow(qPrintable(actionCode(action))) << action;
        }
    }

    void recoveryActor()
    {
        QFETCH(Action, action);
        const Actor recovery = Actor::recovery();
        QVERIFY(recovery.isRecovery());
        QVERIFY(recovery.name.isEmpty());
        const bool allowed = action == Action::ManageOfficers || action == Action::ViewRegistry;
        QCOMPARE(recovery.may(action), allowed);
        const auto required = recovery.require(action);
        QCOMPARE(required.has_value(), allowed);
        if (!allowed) {
            QCOMPARE(required.error().code, ErrorCode::NotAllowedAsRecovery);
        }
        // Even a role or the admin mark on a recovery actor grants nothing more.
        Actor dressedUp = Actor::recovery();
        dressedUp.role = Role::Operator;
        dressedUp.admin = true;
        QCOMPARE(dressedUp.may(action), allowed);
    }

    void actorLoadsFromTheVault()
    {
        TempVault tv;
        QVERIFY2(tv.isValid(), qPrintable(tv.errorText()));
        auto actor = Actor::load(tv.database(), tv.vault().actor().officerId);
        QVERIFY(actor.has_value());
        QCOMPARE(actor->name, QString::fromUtf16(TempVault::kOfficer));
        QCOMPARE(actor->role, Role::Operator);
        QVERIFY(actor->admin); // the creator manages officers
        QVERIFY(!actor->isRecovery());
        QCOMPARE(tv.vault().actor().officerId, actor->officerId);

        // By id only: a name is not an id.
        auto unknown = Actor::load(tv.database(), QString::fromUtf16(TempVault::kOfficer));
        QVERIFY(!unknown.has_value());
        QCOMPARE(unknown.error().code, ErrorCode::VaultUnknownOfficer);
    }

    void unknownStoredRoleReadsAsViewer()
    {
        TempVault tv;
        QVERIFY2(tv.isValid(), qPrintable(tv.errorText()));
        QVERIFY(
            tv.database().execute(u"UPDATE officers SET role = 'district_reviewer', admin = 0").has_value());
        auto actor = Actor::load(tv.database(), tv.vault().actor().officerId);
        QVERIFY(actor.has_value());
        QCOMPARE(actor->role, Role::Viewer);
        QVERIFY(!actor->may(Action::ImportSnapshot));
        QVERIFY(!actor->may(Action::ManageOfficers));
    }
};

QTEST_GUILESS_MAIN(TestRole)
#include "tst_Role.moc"
