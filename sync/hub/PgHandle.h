// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <libpq-fe.h>
#include <memory>

namespace verdes::hub {

// Owning handles for libpq's connection and result, so that no early return leaks either. Shared by
// the hub's PostgreSQL storage and the tests' throw-away PostgreSQL server.
struct PgConnectionDeleter
{
    void operator()(PGconn *connection) const noexcept { PQfinish(connection); }
};

struct PgResultDeleter
{
    void operator()(PGresult *result) const noexcept { PQclear(result); }
};

using PgConnection = std::unique_ptr<PGconn, PgConnectionDeleter>;
using PgResult = std::unique_ptr<PGresult, PgResultDeleter>;

} // namespace verdes::hub
