// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/vault/Actor.h"

#include "models/vault/Database.h"
#include "models/vault/Statement.h"

#include <QCoreApplication>

namespace verdes {

namespace {

// What the refused action is, as the end of "As <role> you may not …".
QString actionPhrase(Action action)
{
    switch (action) {
    case Action::ViewRegistry:
        return QCoreApplication::translate("Role", "look at the registry");
    case Action::RevealNik:
        return QCoreApplication::translate("Role", "reveal identity numbers");
    case Action::ImportSnapshot:
        return QCoreApplication::translate("Role", "import a snapshot");
    case Action::ExportData:
        return QCoreApplication::translate("Role", "export personal data");
    case Action::CreateProposal:
        return QCoreApplication::translate("Role", "create proposals");
    case Action::EditProposal:
        return QCoreApplication::translate("Role", "edit proposals");
    case Action::MarkProposalReady:
        return QCoreApplication::translate("Role", "mark proposals ready for the meeting");
    case Action::WithdrawProposal:
        return QCoreApplication::translate("Role", "withdraw proposals");
    case Action::PutOnAgenda:
        return QCoreApplication::translate("Role", "put proposals on the meeting agenda");
    case Action::RecordDecision:
        return QCoreApplication::translate("Role", "record meeting decisions");
    case Action::ConfirmDecision:
        return QCoreApplication::translate("Role", "confirm meeting decisions");
    case Action::SignMinutes:
        return QCoreApplication::translate("Role", "sign the minutes");
    case Action::WitnessMinutes:
        return QCoreApplication::translate("Role", "witness the minutes");
    case Action::SignSptjm:
        return QCoreApplication::translate("Role", "sign an SPTJM");
    case Action::RunChecks:
        return QCoreApplication::translate("Role", "run the data-quality checks");
    case Action::DismissFlag:
        return QCoreApplication::translate("Role", "dismiss data-quality flags");
    case Action::ManageOfficers:
        return QCoreApplication::translate("Role", "manage officers");
    case Action::ChangeSettings:
        return QCoreApplication::translate("Role", "change the vault's settings");
    case Action::SendBatches:
        return QCoreApplication::translate("Role", "send change batches to the district");
    case Action::EnrolWithHub:
        return QCoreApplication::translate("Role", "enrol this laptop with the district");
    case Action::ReviewItems:
        return QCoreApplication::translate("Role", "review the villages' proposals");
    case Action::EndorseItems:
        return QCoreApplication::translate("Role", "approve or reject verified proposals");
    }
    Q_UNREACHABLE();
}

} // namespace

bool Actor::may(Action action) const
{
    if (isRecovery()) {
        return action == Action::ManageOfficers || action == Action::ViewRegistry;
    }
    if (action == Action::ManageOfficers && admin) {
        return true;
    }
    return roleAllows(role, action);
}

Result<void> Actor::require(Action action) const
{
    if (may(action)) {
        return {};
    }
    if (isRecovery()) {
        return Error(ErrorCode::NotAllowedAsRecovery, {}, actionCode(action));
    }
    return Error(
        ErrorCode::PermissionDenied, {RoleText::label(role), actionPhrase(action)}, actionCode(action));
}

Result<void> Actor::requireReviewer() const
{
    return may(Action::EndorseItems) ? Result<void>() : require(Action::ReviewItems);
}

Result<Actor> Actor::load(Database &db, const QString &officerId)
{
    Statement st(db,
                 u"SELECT officer_id, name, role, admin, removed_at IS NOT NULL FROM officers "
                 u"WHERE officer_id = :id");
    VERDES_TRY(st.status());
    st.bind(u":id", officerId);
    VERDES_TRY_ASSIGN(hasRow, st.step());
    if (!hasRow) {
        return Error(ErrorCode::VaultUnknownOfficer, {officerId}, QStringLiteral("no officer row"));
    }
    if (st.int64(4) != 0) {
        return Error(ErrorCode::VaultOfficerRemoved, {st.text(1)}, QStringLiteral("officer row removed"));
    }
    Actor actor;
    actor.officerId = st.text(0);
    actor.name = st.text(1);
    // An unknown role code (a newer Verdes) reads as Viewer: it can do nothing it was not granted.
    actor.role = roleFromCode(st.text(2)).value_or(Role::Viewer);
    actor.admin = st.int64(3) != 0;
    return actor;
}

Actor Actor::recovery()
{
    return Actor{};
}

} // namespace verdes
