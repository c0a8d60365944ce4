// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/Role.h"

#include <algorithm>
#include <array>
#include <initializer_list>

namespace verdes {

namespace {

struct RoleRow
{
    Role role = Role::Viewer;
    const char *code = "";
    std::initializer_list<Action> allowed;
    std::initializer_list<VaultKind> kinds;
};

// Who may do what (DOMAIN.md §6: the operator prepares, the secretary records, the chair confirms,
// the kepala desa signs, the BPD witnesses). The operator may record decisions too: in most villages
// the operator is the one at the laptop during the musdes; the chair confirms them all by sealing.
// Reading the registry is everyone's. At the district (DOMAIN.md §8) the verifier checks and verifies,
// and the office head endorses what a verifier verified: neither does the other's step, so every
// approval passed two people.
const std::array<RoleRow, 8> &roleTable()
{
    static const std::array<RoleRow, 8> table{{
        {Role::Operator,
         "operator",
         {Action::ViewRegistry,
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
          Action::EnrolWithHub},
         {VaultKind::Village}},
        {Role::Secretary,
         "secretary",
         {Action::ViewRegistry,
          Action::RevealNik,
          Action::ExportData,
          Action::PutOnAgenda,
          Action::RecordDecision,
          Action::RunChecks,
          Action::ChangeSettings,
          Action::SendBatches},
         {VaultKind::Village}},
        {Role::Chair,
         "chair",
         {Action::ViewRegistry,
          Action::ConfirmDecision,
          Action::SignMinutes,
          Action::RunChecks,
          Action::SendBatches},
         {VaultKind::Village}},
        {Role::KepalaDesa,
         "kepala_desa",
         {Action::ViewRegistry,
          Action::RevealNik,
          Action::ExportData,
          Action::SignMinutes,
          Action::SignSptjm,
          Action::RunChecks,
          Action::ManageOfficers,
          Action::ChangeSettings,
          Action::SendBatches,
          Action::EnrolWithHub},
         {VaultKind::Village}},
        {Role::Bpd, "bpd", {Action::ViewRegistry, Action::WitnessMinutes}, {VaultKind::Village}},
        {Role::Viewer, "viewer", {Action::ViewRegistry}, {VaultKind::Village, VaultKind::District}},
        {Role::Verifier,
         "verifier",
         {Action::ViewRegistry,
          Action::RevealNik,
          Action::ExportData,
          Action::RunChecks,
          Action::ReviewItems,
          Action::EnrolWithHub},
         {VaultKind::District}},
        {Role::OfficeHead,
         "office_head",
         {Action::ViewRegistry,
          Action::RevealNik,
          Action::ExportData,
          Action::RunChecks,
          Action::EndorseItems,
          Action::ManageOfficers,
          Action::ChangeSettings,
          Action::EnrolWithHub},
         {VaultKind::District}},
    }};
    return table;
}

const RoleRow &rowFor(Role role)
{
    for (const RoleRow &row : roleTable()) {
        if (row.role == role) {
            return row;
        }
    }
    Q_UNREACHABLE();
}

} // namespace

QString RoleText::label(Role role)
{
    switch (role) {
    case Role::Operator:
        return tr("Village operator");
    case Role::Secretary:
        return tr("Meeting secretary");
    case Role::Chair:
        return tr("Meeting chair");
    case Role::KepalaDesa:
        return tr("Village head");
    case Role::Bpd:
        return tr("BPD member");
    case Role::Viewer:
        return tr("Viewer");
    case Role::Verifier:
        return tr("Verifier");
    case Role::OfficeHead:
        return tr("Office head");
    }
    Q_UNREACHABLE();
}

QString RoleText::description(Role role)
{
    switch (role) {
    case Role::Operator:
        return tr("Imports snapshots, runs the checks and prepares change proposals.");
    case Role::Secretary:
        return tr("Records the decisions of the village meeting.");
    case Role::Chair:
        return tr("Confirms the decisions of the village meeting and signs the minutes.");
    case Role::KepalaDesa:
        return tr("Signs the minutes and the SPTJM, and manages the officers.");
    case Role::Bpd:
        return tr("Witnesses the village meeting.");
    case Role::Viewer:
        return tr("Can look at the registry but change nothing.");
    case Role::Verifier:
        return tr("Checks the villages' proposals, returns incomplete ones, assigns ground checks and "
                  "verifies.");
    case Role::OfficeHead:
        return tr("Approves or rejects the verified proposals, and manages the officers.");
    }
    Q_UNREACHABLE();
}

QString roleCode(Role role)
{
    return QString::fromLatin1(rowFor(role).code);
}

std::optional<Role> roleFromCode(QStringView code)
{
    for (const RoleRow &row : roleTable()) {
        if (code == QLatin1StringView(row.code)) {
            return row.role;
        }
    }
    return std::nullopt;
}

QList<Role> allRoles()
{
    QList<Role> roles;
    for (const RoleRow &row : roleTable()) {
        roles.append(row.role);
    }
    return roles;
}

QList<Role> rolesOf(VaultKind kind)
{
    QList<Role> roles;
    for (const RoleRow &row : roleTable()) {
        if (std::ranges::find(row.kinds, kind) != row.kinds.end()) {
            roles.append(row.role);
        }
    }
    // The district's own roles first, the shared viewer last, as in a village vault.
    std::stable_partition(roles.begin(), roles.end(), [](Role role) {
        return role != Role::Viewer;
    });
    return roles;
}

bool roleFits(Role role, VaultKind kind)
{
    return rolesOf(kind).contains(role);
}

bool roleAllows(Role role, Action action)
{
    return std::ranges::any_of(rowFor(role).allowed, [action](Action allowed) {
        return allowed == action;
    });
}

QString actionCode(Action action)
{
    switch (action) {
    case Action::ViewRegistry:
        return QStringLiteral("view_registry");
    case Action::RevealNik:
        return QStringLiteral("reveal_nik");
    case Action::ImportSnapshot:
        return QStringLiteral("import_snapshot");
    case Action::ExportData:
        return QStringLiteral("export_data");
    case Action::CreateProposal:
        return QStringLiteral("create_proposal");
    case Action::EditProposal:
        return QStringLiteral("edit_proposal");
    case Action::MarkProposalReady:
        return QStringLiteral("mark_proposal_ready");
    case Action::WithdrawProposal:
        return QStringLiteral("withdraw_proposal");
    case Action::PutOnAgenda:
        return QStringLiteral("put_on_agenda");
    case Action::RecordDecision:
        return QStringLiteral("record_decision");
    case Action::ConfirmDecision:
        return QStringLiteral("confirm_decision");
    case Action::SignMinutes:
        return QStringLiteral("sign_minutes");
    case Action::WitnessMinutes:
        return QStringLiteral("witness_minutes");
    case Action::SignSptjm:
        return QStringLiteral("sign_sptjm");
    case Action::RunChecks:
        return QStringLiteral("run_checks");
    case Action::DismissFlag:
        return QStringLiteral("dismiss_flag");
    case Action::ManageOfficers:
        return QStringLiteral("manage_officers");
    case Action::ChangeSettings:
        return QStringLiteral("change_settings");
    case Action::SendBatches:
        return QStringLiteral("send_batches");
    case Action::EnrolWithHub:
        return QStringLiteral("enrol_with_hub");
    case Action::ReviewItems:
        return QStringLiteral("review_items");
    case Action::EndorseItems:
        return QStringLiteral("endorse_items");
    }
    Q_UNREACHABLE();
}

} // namespace verdes
