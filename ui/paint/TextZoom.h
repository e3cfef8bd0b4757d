// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace demarc::zoom {

/** The sizes View → Zoom steps through, in percent of the system's font size. */
constexpr int Smallest = 70;
constexpr int Largest = 250;
constexpr int Step = 10;

/** The text size worn now, in percent of the system's font (100 until set()). */
int current();
/**
 * Makes the application's font @p percent of the system's (clamped to Smallest..Largest): every
 * widget's text, the diagram's and the matrix's labels grow or shrink with it.
 */
void set(int percent);
/** The size kept for the next start (100 when none was kept). */
int saved();
/** Keeps @p percent for the next start. */
void keep(int percent);

} // namespace demarc::zoom
