// SPDX-License-Identifier: GPL-3.0-or-later
// The light-Markdown-to-HTML converter that every exported text goes through: what it renders,
// and that nothing from a learner's note becomes markup or a reference to load.
#include "core/export/MarkdownHtml.h"

#include "support/QtPrinters.h"

#include <gtest/gtest.h>

using namespace demarc;

namespace {

QString html(const QString& markdown, int headingOffset = 0, bool hardBreaks = false)
{
    MarkdownHtmlOptions options;
    options.headingOffset = headingOffset;
    options.hardBreaks = hardBreaks;
    return markdownToHtml(markdown, options);
}

} // namespace

TEST(MarkdownHtml, escapes_the_five_characters_that_matter)
{
    EXPECT_EQ(escapeHtml(QStringLiteral("a < b & \"c\" > d")),
              QStringLiteral("a &lt; b &amp; &quot;c&quot; &gt; d"));
}

TEST(MarkdownHtml, headings_move_down_by_the_offset_and_stop_at_six)
{
    EXPECT_EQ(html(QStringLiteral("## Why")), QStringLiteral("<h2>Why</h2>\n"));
    EXPECT_EQ(html(QStringLiteral("## Why"), 1), QStringLiteral("<h3>Why</h3>\n"));
    EXPECT_EQ(html(QStringLiteral("##### Deep"), 3), QStringLiteral("<h6>Deep</h6>\n"));
    EXPECT_EQ(html(QStringLiteral("#hashtag")), QStringLiteral("<p>#hashtag</p>\n"))
        << "no space, no heading";
}

TEST(MarkdownHtml, paragraphs_lists_and_emphasis)
{
    EXPECT_EQ(html(QStringLiteral("one\ntwo\n\nthree")), QStringLiteral("<p>one\ntwo</p>\n<p>three</p>\n"));
    EXPECT_EQ(html(QStringLiteral("one\ntwo"), 0, true), QStringLiteral("<p>one<br>\ntwo</p>\n"));
    EXPECT_EQ(html(QStringLiteral("- a\n- **b**\n\n1. c\n2. *d*")),
              QStringLiteral("<ul>\n<li>a</li>\n<li><strong>b</strong></li>\n</ul>\n<ol>\n<li>c</"
                             "li>\n<li><em>d</em></li>\n</ol>\n"));
    EXPECT_EQ(html(QStringLiteral("use `a<b>` here")),
              QStringLiteral("<p>use <code>a&lt;b&gt;</code> here</p>\n"));
}

TEST(MarkdownHtml, pipe_tables_keep_their_columns)
{
    const QString out =
        html(QStringLiteral("| Layer | Who |\n| --- | --- |\n| Guest OS | Customer \\| you |\n| Data |"));
    EXPECT_EQ(out,
              QStringLiteral("<table>\n<thead><tr><th>Layer</th><th>Who</th></tr></thead>\n<tbody>\n"
                             "<tr><td>Guest OS</td><td>Customer | you</td></tr>\n"
                             "<tr><td>Data</td><td></td></tr>\n</tbody>\n</table>\n"));
}

TEST(MarkdownHtml, raw_html_images_and_entities_stay_text)
{
    const QString out = html(QStringLiteral(
        "<script>alert(1)</script> <img src=x onerror=alert(1)> &amp; ![pic](file:///etc/passwd)"));
    EXPECT_FALSE(out.contains(QStringLiteral("<script")));
    EXPECT_FALSE(out.contains(QStringLiteral("<img")));
    EXPECT_FALSE(out.contains(QStringLiteral("href"))) << "an image is not a link either";
    EXPECT_EQ(out.count(QLatin1Char('<')), 2) << "the only markup is the paragraph: " << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;")));
    EXPECT_TRUE(out.contains(QStringLiteral("&amp;amp;")));
}

TEST(MarkdownHtml, only_web_and_mail_links_become_links)
{
    EXPECT_EQ(html(QStringLiteral("[AWS](https://aws.amazon.com/compliance/)")),
              QStringLiteral("<p><a href=\"https://aws.amazon.com/compliance/\">AWS</a></p>\n"));
    EXPECT_EQ(html(QStringLiteral("[me](mailto:me@example.com)")),
              QStringLiteral("<p><a href=\"mailto:me@example.com\">me</a></p>\n"));
    EXPECT_EQ(html(QStringLiteral("[x](javascript:alert(1)) after")), QStringLiteral("<p>x after</p>\n"))
        << "the destination's parentheses are balanced, as in CommonMark";
    EXPECT_EQ(html(QStringLiteral("[f](file:///etc/passwd)")), QStringLiteral("<p>f</p>\n"));
    EXPECT_EQ(html(QStringLiteral("[q](https://example.com/\"onmouseover=\"x)")),
              QStringLiteral("<p><a href=\"https://example.com/&quot;onmouseover=&quot;x\">q</a></p>\n"))
        << "a quote cannot end the attribute";
    EXPECT_EQ(
        html(QStringLiteral("[wiki](https://en.wikipedia.org/wiki/Shell_(computing)) end")),
        QStringLiteral("<p><a href=\"https://en.wikipedia.org/wiki/Shell_(computing)\">wiki</a> end</p>\n"));
}
