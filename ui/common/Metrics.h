// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMargins>

/**
 * One set of spacing for every view, in pixels, on a four-pixel grid: layouts take their margins
 * and gaps from here and spell no numbers of their own (scripts/check-spacing), so that every page
 * breathes alike.
 */
namespace demarc::metrics {

constexpr int Hairline = 2; ///< between the rows of a list drawn as separate items
constexpr int Tight = 4; ///< a label and its control; the lines of one group
constexpr int Small = 8; ///< related controls side by side
constexpr int Medium = 12; ///< groups within a page; the padding of a bar
constexpr int Large = 16; ///< sections of a page; a page's top margin
constexpr int Page = 24; ///< a page's side margins
constexpr int Wide = 32; ///< the side margins of a page of few controls centred in the window

/** The margins of a view's page. */
constexpr QMargins page() { return { Page, Large, Page, Medium }; }
/** The padding of a bar of controls or a short line of text across a pane. */
constexpr QMargins bar() { return { Medium, Small, Medium, Small }; }

} // namespace demarc::metrics
