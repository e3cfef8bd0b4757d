// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

namespace demarc {

/** Where "now" comes from: the system clock in the app, a fixed or stepped clock in tests. */
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;

    /** The system clock, in UTC. */
    static const Clock& system();
};

} // namespace demarc
