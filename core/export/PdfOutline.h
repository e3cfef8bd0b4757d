// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace demarc {

/** One entry of a PDF's outline (the bookmarks a viewer shows in its side panel). */
struct PdfBookmark
{
    QString title;
    /** 1 for a chapter, 2 for a section under the chapter before it. */
    int level = 1;
    /** The page it leads to, from 0. */
    int page = 0;
    /** Where on that page, in PDF points from the page's bottom edge (PDF's own y axis). */
    double top = 0;
};

/**
 * Adds an outline to a finished PDF as an incremental update: the original bytes are kept
 * as they are, and new objects (the outline and its items, a catalog that names them), a
 * cross-reference section for them and a trailer pointing back to the original one are
 * appended, as the PDF specification allows any writer to do. The document opens with the
 * outline shown. Reads the catalog, page tree and trailer of a PDF written with a classic
 * cross-reference table (as Qt's PDF writer writes); anything else is an error, naming
 * what was not found, and nothing is returned.
 */
Result<QByteArray> addPdfOutline(const QByteArray& pdf, const QList<PdfBookmark>& bookmarks);

} // namespace demarc
