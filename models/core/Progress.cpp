// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/core/Progress.h"

namespace verdes {

Progress &Progress::none()
{
    static Progress nothing;
    return nothing;
}

} // namespace verdes
