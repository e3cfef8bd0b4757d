// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ListChange.h"

#include "support/QtPrinters.h"

#include <gtest/gtest.h>

using namespace demarc;
using Kind = ListChange::Kind;

namespace {

QStringList ids(const char* letters)
{
    QStringList out;
    for (const char* c = letters; *c; ++c)
        out.append(QString(QLatin1Char(*c)));
    return out;
}

} // namespace

TEST(ListChange, the_same_list_or_one_with_an_item_renamed_keeps_its_rows)
{
    EXPECT_EQ(listChange(ids("abc"), ids("abc")).kind, Kind::Kept);
    EXPECT_EQ(listChange(ids("abc"), ids("axc")).kind, Kind::Kept);
    EXPECT_EQ(listChange({}, {}).kind, Kind::Kept);
}

TEST(ListChange, finds_a_run_inserted_anywhere)
{
    EXPECT_EQ(listChange(ids("abc"), ids("abcd")), (ListChange { Kind::Inserted, 3, 1, 0 }));
    EXPECT_EQ(listChange(ids("abc"), ids("xyabc")), (ListChange { Kind::Inserted, 0, 2, 0 }));
    EXPECT_EQ(listChange(ids("abc"), ids("abxc")), (ListChange { Kind::Inserted, 2, 1, 0 }));
    EXPECT_EQ(listChange({}, ids("a")), (ListChange { Kind::Inserted, 0, 1, 0 }));
    // An item like its neighbour still makes one run.
    EXPECT_EQ(listChange(ids("aab"), ids("aaab")).kind, Kind::Inserted);
}

TEST(ListChange, finds_a_run_removed_anywhere)
{
    EXPECT_EQ(listChange(ids("abcd"), ids("abc")), (ListChange { Kind::Removed, 3, 1, 0 }));
    EXPECT_EQ(listChange(ids("abcd"), ids("cd")), (ListChange { Kind::Removed, 0, 2, 0 }));
    EXPECT_EQ(listChange(ids("abcd"), ids("abd")), (ListChange { Kind::Removed, 2, 1, 0 }));
    EXPECT_EQ(listChange(ids("a"), {}), (ListChange { Kind::Removed, 0, 1, 0 }));
}

TEST(ListChange, finds_one_row_moved_up_or_down)
{
    EXPECT_EQ(listChange(ids("abcd"), ids("bacd")), (ListChange { Kind::Moved, 0, 1, 1 }));
    EXPECT_EQ(listChange(ids("abcd"), ids("bcad")), (ListChange { Kind::Moved, 0, 1, 2 }));
    EXPECT_EQ(listChange(ids("abcd"), ids("adbc")), (ListChange { Kind::Moved, 3, 1, 1 }));
}

TEST(ListChange, anything_else_is_a_new_list)
{
    EXPECT_EQ(listChange(ids("abc"), ids("xy")).kind, Kind::Replaced);
    EXPECT_EQ(listChange(ids("abc"), ids("axbyc")).kind, Kind::Replaced);
    EXPECT_EQ(listChange(ids("ab"), ids("xyz")).kind, Kind::Replaced);
}
