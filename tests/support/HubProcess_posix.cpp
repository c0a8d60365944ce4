// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/HubProcess.h"

#include <csignal>
#include <sys/prctl.h>
#include <sys/resource.h>

namespace verdes::test {

// Runs in the child between fork and exec: async-signal-safe calls only.
void prepareHubChild(qint64 fileSizeLimit)
{
    // The hub dies with the test process, even a crashed one.
    prctl(PR_SET_PDEATHSIG, SIGKILL); // NOLINT(cppcoreguidelines-pro-type-vararg)
    if (fileSizeLimit > 0) {
        // A write past the limit fails with EFBIG, as on a full disk, rather than killing the process
        // (SIGXFSZ stays ignored across exec).
        std::signal(SIGXFSZ, SIG_IGN); // NOLINT(cert-err33-c)
        rlimit limit{};
        getrlimit(RLIMIT_FSIZE, &limit);
        limit.rlim_cur = static_cast<rlim_t>(fileSizeLimit);
        setrlimit(RLIMIT_FSIZE, &limit);
    }
}

bool setProcessFileSizeLimit(qint64 pid, qint64 bytes)
{
    rlimit limit{};
    if (prlimit(static_cast<pid_t>(pid), RLIMIT_FSIZE, nullptr, &limit) != 0) {
        return false;
    }
    limit.rlim_cur = bytes > 0 ? static_cast<rlim_t>(bytes) : limit.rlim_max;
    return prlimit(static_cast<pid_t>(pid), RLIMIT_FSIZE, &limit, nullptr) == 0;
}

} // namespace verdes::test
