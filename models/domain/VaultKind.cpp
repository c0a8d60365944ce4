// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/VaultKind.h"

namespace verdes {

QString VaultKindText::label(VaultKind kind)
{
    switch (kind) {
    case VaultKind::Village:
        return tr("Village vault");
    case VaultKind::District:
        return tr("District review vault");
    }
    Q_UNREACHABLE();
}

QString vaultKindCode(VaultKind kind)
{
    switch (kind) {
    case VaultKind::Village:
        return QStringLiteral("village");
    case VaultKind::District:
        return QStringLiteral("district");
    }
    Q_UNREACHABLE();
}

std::optional<VaultKind> vaultKindFromCode(QStringView code)
{
    if (code == u"village") {
        return VaultKind::Village;
    }
    if (code == u"district") {
        return VaultKind::District;
    }
    return std::nullopt;
}

} // namespace verdes
