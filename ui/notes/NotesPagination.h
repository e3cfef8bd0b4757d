// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

class QTextDocument;

/** Where printed study notes break their pages, and where each section's heading lands. */
namespace demarc::studynotes {

/**
 * Moves to the next page every heading that would end a page with nothing of its section
 * under it: when the first two lines of what follows start on a later page. A heading near
 * the top of its page stays (what follows is taller than a page). Returns how many moved.
 */
int keepHeadingsWithTheirText(QTextDocument& doc, qreal pageHeight);

/** Where each section's heading lands: its page (from 0) and how far down that page, in device pixels. */
struct HeadingPlace
{
    int page = 0;
    qreal y = 0;
};

/** The place of every heading's anchors in @p doc laid out on pages @p pageHeight high. */
QHash<QString, HeadingPlace> headingPlaces(QTextDocument& doc, qreal pageHeight);

} // namespace demarc::studynotes
