// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/VaultKind.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace verdes {

// The roles of DOMAIN.md §6–8: the village's in a village vault, the dinas sosial's in a district
// review vault (VaultKind). Each officer's key slot belongs to one role; the role decides what the
// officer may do, and the models check it (Actor::may) before every change. New roles are appended:
// the values are not stored, but tests and tables count on the village's coming first.
enum class Role : quint8
{
    Operator,   // operator desa: prepares proposals, imports snapshots
    Secretary,  // records the musdes decisions
    Chair,      // ketua musdes (Ketua BPD): confirms the decisions, signs the minutes
    KepalaDesa, // head of the village: signs the minutes and the SPTJM
    Bpd,        // BPD member: witness
    Viewer,     // reads only; in either kind of vault
    Verifier,   // dinas sosial verifier: returns items, assigns ground checks, verifies
    OfficeHead, // head of the dinas sosial (or the official they delegate): approves and rejects
};

// What an officer may do. The table in Role.cpp is the single place that says who may do what.
enum class Action : quint8
{
    ViewRegistry,
    RevealNik,
    ImportSnapshot,
    ExportData,
    CreateProposal,
    EditProposal,
    MarkProposalReady,
    WithdrawProposal,
    PutOnAgenda,
    RecordDecision,
    ConfirmDecision,
    SignMinutes,
    WitnessMinutes,
    SignSptjm,
    RunChecks,
    DismissFlag,
    ManageOfficers, // also allowed to any officer marked admin (Actor::admin)
    ChangeSettings,
    SendBatches,  // export a batch for the USB stick, send now, import a receipt
    EnrolWithHub, // make the enrolment request, import the hub's answer
    ReviewItems,  // district: return an item, assign and record a ground check, verify
    EndorseItems, // district: approve or reject a verified item
};

class RoleText
{
    Q_DECLARE_TR_FUNCTIONS(Role)

public:
    // The label in the interface language ("Operator desa").
    static QString label(Role role);
    // What the role is for, one sentence, for the officer dialog.
    static QString description(Role role);
};

// The stable code stored in the vault ("operator", "secretary", "chair", "kepala_desa", "bpd",
// "viewer", "verifier", "office_head").
QString roleCode(Role role);
std::optional<Role> roleFromCode(QStringView code);
// Every role in display order.
QList<Role> allRoles();
// The roles an officer of a vault of this kind may have, in display order (Viewer in both).
QList<Role> rolesOf(VaultKind kind);
bool roleFits(Role role, VaultKind kind);

// Whether the role allows the action (ManageOfficers is also granted by the admin mark).
bool roleAllows(Role role, Action action);
// The stable code of an action, for logs and the audit trail ("proposal.create" etc. are actions of
// the audit log; these name permissions: "create_proposal").
QString actionCode(Action action);

} // namespace verdes
