// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pack/JsonLocator.h"

#include <gtest/gtest.h>

using namespace demarc;

TEST(JsonLocator, finds_nested_values_by_pointer)
{
    const QByteArray json = "{\n  \"a\": [\n    {\"b\": 1},\n    {\"c\": \"x\"}\n  ]\n}\n";
    const JsonLocator locator(json);
    EXPECT_EQ(locator.position(QStringLiteral("/a")).line, 2);
    EXPECT_EQ(locator.position(QStringLiteral("/a")).column, 8);
    const TextPosition c = locator.position(QStringLiteral("/a/1/c"));
    EXPECT_EQ(c.line, 4);
    EXPECT_EQ(c.column, 11);
}

TEST(JsonLocator, falls_back_to_the_nearest_known_parent)
{
    const QByteArray json = "{\"a\": {\n \"b\": 2}}";
    const JsonLocator locator(json);
    const TextPosition missing = locator.position(QStringLiteral("/a/nothing/deeper"));
    EXPECT_EQ(missing.line, 1);
    EXPECT_EQ(missing.column, 7);
}

TEST(JsonLocator, counts_columns_in_characters_not_bytes)
{
    const QByteArray json("{\"\xc3\xa9\xe2\x82\xac\": \"\xc3\xbc\", \"k\": 1}"); // {"é€": "ü", "k": 1}
    const JsonLocator locator(json);
    EXPECT_EQ(locator.position(QStringLiteral("/k")).column, 18);
}

TEST(JsonLocator, decodes_escaped_keys_and_escapes_pointer_syntax)
{
    const QByteArray json = "{\"a\\u002fb\": 1, \"t~\": 2}";
    const JsonLocator locator(json);
    EXPECT_EQ(JsonLocator::child(QString(), QStringLiteral("a/b")), QStringLiteral("/a~1b"));
    EXPECT_EQ(locator.position(JsonLocator::child(QString(), QStringLiteral("a/b"))).column, 14);
    EXPECT_EQ(locator.position(JsonLocator::child(QString(), QStringLiteral("t~"))).column, 23);
}

TEST(JsonLocator, finds_many_positions_in_one_pass_in_any_order)
{
    const QByteArray text = "ab\n\xC3\xA9x\n\nlast";
    const QList<qsizetype> offsets { 9, 0, 4, 3, 1, 5, 100, 7, 6 };
    const QList<TextPosition> positions = textPositionsAt(text, offsets);
    ASSERT_EQ(positions.size(), offsets.size());
    for (qsizetype i = 0; i < offsets.size(); ++i) {
        const TextPosition one = textPositionAt(text, offsets.at(i));
        EXPECT_EQ(positions.at(i).line, one.line) << i;
        EXPECT_EQ(positions.at(i).column, one.column) << i;
    }
    EXPECT_EQ(positions.at(0).line, 4); // "last": after an empty line
    EXPECT_EQ(positions.at(0).column, 2);
    EXPECT_EQ(positions.at(5).column, 2); // after "é", one character of two bytes
}
