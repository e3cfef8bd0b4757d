// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

/** The window's views, in sidebar order, for the window's own files (not a public header). */
namespace demarc::mainwindow {

struct ViewEntry
{
    const char* name;
    const char* title;
    const char* shortcut;
};

// The order of the sidebar. Views that are not built yet are not listed.
constexpr ViewEntry Views[] = {
    { "home", QT_TRANSLATE_NOOP("demarc::MainWindow", "Home"), "Alt+Home" },
    { "lessons", QT_TRANSLATE_NOOP("demarc::MainWindow", "Lessons"), "Ctrl+1" },
    { "diagram", QT_TRANSLATE_NOOP("demarc::MainWindow", "Diagram"), "Ctrl+2" },
    { "matrix", QT_TRANSLATE_NOOP("demarc::MainWindow", "Matrix"), "Ctrl+3" },
    { "glossary", QT_TRANSLATE_NOOP("demarc::MainWindow", "Glossary"), "Ctrl+4" },
    { "quiz", QT_TRANSLATE_NOOP("demarc::MainWindow", "Quiz"), "Ctrl+5" },
    { "review", QT_TRANSLATE_NOOP("demarc::MainWindow", "Review"), "Ctrl+6" },
    { "progress", QT_TRANSLATE_NOOP("demarc::MainWindow", "Progress"), "Ctrl+7" },
    { "notes", QT_TRANSLATE_NOOP("demarc::MainWindow", "Notes"), "Ctrl+8" },
    { "packs", QT_TRANSLATE_NOOP("demarc::MainWindow", "Packs"), "Ctrl+9" },
    { "editor", QT_TRANSLATE_NOOP("demarc::MainWindow", "Editor"), "Ctrl+0" },
};

} // namespace demarc::mainwindow
