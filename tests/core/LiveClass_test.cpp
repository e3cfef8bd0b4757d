// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/LiveClass.h"

#include "support/QtPrinters.h"

#include <gtest/gtest.h>

using namespace demarc;

TEST(LiveClassCsv, one_row_per_question_quoted_where_needed_and_never_a_formula)
{
    const QString csv =
        liveClassCsv({ { QStringLiteral("q1"), QStringLiteral("Who patches the guest OS, then?"), 24, 19 },
                       { QStringLiteral("q2"), QStringLiteral("=HYPERLINK(\"x\")"), 3, 0 } });
    EXPECT_EQ(csv,
              QStringLiteral("question_id,prompt,answered,right\r\n"
                             "q1,\"Who patches the guest OS, then?\",24,19\r\n"
                             "q2,\"'=HYPERLINK(\"\"x\"\")\",3,0\r\n"));
    EXPECT_EQ(liveClassCsv({}), QStringLiteral("question_id,prompt,answered,right\r\n"));
}
