// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace demarc {

/**
 * The readable text of a lesson body written in the pack's Markdown: emphasis marks,
 * heading marks, list bullets, table pipes and separator rows removed, link targets
 * dropped. For search indexing and snippets, not for display.
 */
QString markdownToPlainText(const QString& markdown);

/**
 * @p text with Markdown's special characters escaped, so that it shows as written: those that
 * mark up anywhere always, the others (# - + = > and "1.") only where they would start a block.
 */
QString escapeMarkdown(const QString& text);

/**
 * @p markdown with links into the app reduced to their text, for documents read outside the app,
 * where those links lead nowhere: "[A lesson](lesson:id)" becomes “A lesson”, quoted as a title;
 * "[a term](term:id)" becomes the term.
 */
QString withoutAppLinks(const QString& markdown);

} // namespace demarc
