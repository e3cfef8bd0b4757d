// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ResponsibilityStack.h"
#include "core/Result.h"
#include "core/export/StudyNotes.h"

#include <QString>

class QPagedPaintDevice;

namespace demarc {

/**
 * The study notes' HTML and PDF writers and printing (the Markdown writer is in core). Every
 * format is written from the same outline; the diagrams are drawn by DiagramPainter.
 */
namespace studynotes {

enum class Paper { A4, Letter };

/** Which writer a file name asks for: "md", "html" or "pdf"; empty when none. */
QString formatOf(const QString& path);

/**
 * One self-contained HTML page: styles inline, diagrams as inline SVG, readable on a phone
 * and in print. All text is escaped; notes are rendered from their light Markdown only.
 */
QString html(const StudyNotesOutline& outline, const ResponsibilityStack& stack);

/**
 * Lays the notes out on @p device's pages: a title page, a table of contents with page
 * numbers, the diagrams drawn as vectors, page numbers in the footer. For PDF and printers.
 * Nothing named in the text is loaded: the only pictures are the diagrams drawn here.
 */
Status paint(const StudyNotesOutline& outline, const ResponsibilityStack& stack, QPagedPaintDevice& device);

Status writePdf(const StudyNotesOutline& outline, const ResponsibilityStack& stack, const QString& path,
                Paper paper);

/** Writes @p path in the format its extension names, atomically. */
Status write(const StudyNotesOutline& outline, const ResponsibilityStack& stack, const QString& path,
             Paper paper = Paper::A4);

} // namespace studynotes

} // namespace demarc
