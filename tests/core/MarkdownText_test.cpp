// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/MarkdownText.h"

#include "support/QtPrinters.h"

#include <gtest/gtest.h>

using namespace demarc;

TEST(MarkdownText, keeps_the_words_and_drops_the_markup)
{
    const QString md =
        QStringLiteral("## Who patches\n\n"
                       "On **EC2** you patch the *guest OS*; see [the page](https://example.com).\n\n"
                       "- first item\n"
                       "1. numbered\n\n"
                       "| Layer | Owner |\n"
                       "|---|:---:|\n"
                       "| Hypervisor | AWS |\n\n"
                       "---\n"
                       "Use `TLS`.");
    EXPECT_EQ(markdownToPlainText(md),
              QStringLiteral("Who patches\n\n"
                             "On EC2 you patch the guest OS; see the page.\n\n"
                             "first item\n"
                             "numbered\n\n"
                             "Layer · Owner\n"
                             "Hypervisor · AWS\n\n"
                             "Use TLS."));
}

TEST(MarkdownText, leaves_hyphens_and_plain_text_alone)
{
    EXPECT_EQ(markdownToPlainText(QStringLiteral("Multi-AZ and SSE-S3, 2-factor.")),
              QStringLiteral("Multi-AZ and SSE-S3, 2-factor."));
}

TEST(MarkdownText, escaping_keeps_text_as_written_and_adds_no_more_backslashes_than_needed)
{
    EXPECT_EQ(escapeMarkdown(QStringLiteral("Yours on EC2 (the guest OS).")),
              QStringLiteral("Yours on EC2 (the guest OS)."));
    EXPECT_EQ(escapeMarkdown(QStringLiteral("a*b_c [x](y) <b> a|b `c` ~d")),
              QStringLiteral("a\\*b\\_c \\[x\\](y) \\<b\\> a\\|b \\`c\\` \\~d"));
    EXPECT_EQ(escapeMarkdown(QStringLiteral("# not a heading\n- not a list\n12. not numbered\n> no quote")),
              QStringLiteral("\\# not a heading\n\\- not a list\n12\\. not numbered\n\\> no quote"));
    EXPECT_EQ(escapeMarkdown(QStringLiteral("well-known 2.5 #1 ![img]")),
              QStringLiteral("well-known 2.5 #1 \\!\\[img\\]"));
    EXPECT_EQ(escapeMarkdown(QStringLiteral("AT&T &amp;")), QStringLiteral("AT&T \\&amp;"));
}

TEST(MarkdownText, links_into_the_app_become_their_text_for_documents_read_elsewhere)
{
    EXPECT_EQ(withoutAppLinks(QStringLiteral(
                  "See [the backbone lesson](lesson:aws-side-backbone-encryption) and [SRM](term:srm).")),
              QStringLiteral("See “the backbone lesson” and SRM."));
    EXPECT_EQ(withoutAppLinks(QStringLiteral("[AWS](https://aws.amazon.com/) stays")),
              QStringLiteral("[AWS](https://aws.amazon.com/) stays"))
        << "web links are left for the writers, which keep them";
}
