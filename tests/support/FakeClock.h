// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Clock.h"

namespace demarc::test {

/** A clock that stands still until a test moves it. */
class FakeClock final : public Clock
{
public:
    QDateTime now() const override { return m_now; }
    void advanceDays(double days) { m_now = m_now.addSecs(qint64(days * 24 * 3600)); }
    void advanceMs(qint64 ms) { m_now = m_now.addMSecs(ms); }

    QDateTime m_now = QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
};

} // namespace demarc::test
