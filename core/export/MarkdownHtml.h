// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace demarc {

struct MarkdownHtmlOptions
{
    /** Added to every heading's level (a lesson's "##" under a lesson heading), capped at 6. */
    int headingOffset = 0;
    /** Each line end is a line break, as a learner who types a note means it. */
    bool hardBreaks = false;
    /** Whether "#" lines are headings; a learner's note keeps them as text, as its Markdown does. */
    bool headings = true;
};

/**
 * HTML for the pack's light Markdown: ATX headings, paragraphs, "-" and "1." lists, pipe
 * tables, **strong**, *emphasis*, `code`, backslash escapes, and links to http(s) and mailto
 * addresses (any other link keeps its text only). Everything else is text: raw HTML, images
 * and entities come out escaped, so text from anyone is safe to put in a page, and nothing
 * it names is ever loaded.
 */
QString markdownToHtml(const QString& markdown, const MarkdownHtmlOptions& options = {});

/** @p text with & < > " escaped for HTML. */
QString escapeHtml(const QString& text);

} // namespace demarc
