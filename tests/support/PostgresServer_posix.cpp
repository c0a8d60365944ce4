// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/PostgresServer.h"

#include <QFile>

#include <grp.h>
#include <pwd.h>
#include <unistd.h>

namespace verdes::test {

bool PostgresServer::isRoot()
{
    return geteuid() == 0;
}

Result<void> PostgresServer::giveToNobody(const QString &path)
{
    const passwd *user = getpwnam("nobody");    // NOLINT(concurrency-mt-unsafe): once, before any thread
    const group *nogroup = getgrnam("nogroup"); // NOLINT(concurrency-mt-unsafe)
    if (user == nullptr || nogroup == nullptr) {
        return Error(ErrorCode::Internal, {}, QStringLiteral("no user nobody or group nogroup"));
    }
    if (chown(QFile::encodeName(path).constData(), user->pw_uid, nogroup->gr_gid) != 0) {
        return Error(ErrorCode::Internal, {}, QStringLiteral("chown of the cluster's folder failed"));
    }
    return {};
}

} // namespace verdes::test
