// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Party.h"

#include <QColor>
#include <QPalette>
#include <QString>

#include <optional>

namespace demarc {

/** Which colours Demarc wears: the system's light or dark, one of them chosen, or high contrast. */
enum class ThemeChoice { System, Light, Dark, HighContrast };
/** Every choice, in the order View → Theme lists them. */
inline constexpr ThemeChoice ThemeChoices[] { ThemeChoice::System, ThemeChoice::Light, ThemeChoice::Dark,
                                              ThemeChoice::HighContrast };

/**
 * Every colour Demarc draws with on screen, for one theme. They are all defined in Theme.cpp
 * and nowhere else: widgets and painters ask the theme in use (theme::current()). Each
 * pairing of text with what it is drawn on has a contrast of at least 4.5:1 (WCAG AA; the
 * test Theme.every_pairing_reaches_wcag_aa computes them all).
 */
struct ThemeColors
{
    ThemeChoice theme = ThemeChoice::Light;
    bool dark = false;
    /** The widgets' palette: window, text, buttons, selection, links, tooltips. */
    QPalette palette;
    /** A party's fill (with its pattern drawn over in partyPattern) and the ink on it. */
    QColor aws;
    QColor customer;
    QColor shared;
    QColor partyInk;
    QColor partyPattern;
    /** The edge of a party's box: none in light and dark, a solid line in high contrast. */
    QColor partyEdge;
    /** A chosen answer's verdict, as its frame and its words on the window's background. */
    QColor right;
    QColor wrong;
    QColor neutral;
    /** Bars and the right answers in charts; wrong answers are drawn in `wrong`. */
    QColor chart;
    /** Text that says something went wrong (a failed save), on the window. */
    QColor problem;
    /** A small label drawn over a picture (the matrix's counts): its box, frame and text. */
    QColor badge;
    QColor badgeFrame;
    QColor badgeInk;

    QColor fill(Party party) const;
};

namespace theme {

/** The colours of @p theme; System is the light or dark theme, as the system's palette is. */
ThemeColors colors(ThemeChoice theme);
/** The colours in use (the light theme until apply() is called). */
const ThemeColors& current();
/** What pictures for paper and files are drawn in, whatever the screen wears: light, on white. */
const ThemeColors& paper();
/** Presenter mode's own palette: black on white, or white on black (@p dark). */
QPalette presenter(bool dark);

/**
 * While it lives, current() is @p colours, for drawing a picture in other colours than the
 * screen's (study notes are drawn on paper()); the application's palette is left alone.
 */
class Wearing
{
public:
    explicit Wearing(const ThemeColors& colours);
    ~Wearing();
    Wearing(const Wearing&) = delete;
    Wearing& operator=(const Wearing&) = delete;

private:
    ThemeColors m_before;
};
/**
 * Wears @p theme: the application's palette and current(). With System, the system's palette
 * decides between light and dark, and is asked again when the system's theme changes.
 */
void apply(ThemeChoice theme);
/** What apply() was last given (light before it is called). */
ThemeChoice applied();
/** The theme chosen in View → Theme, kept in the settings; System when none was chosen. */
ThemeChoice saved();
/** Keeps @p theme in the settings for the next start. */
void keep(ThemeChoice theme);
/** Whether the system's own palette is a dark one (its window darker than its text). */
bool systemPrefersDark();

/** "system", "light", "dark", "high-contrast": the names --theme and the settings use. */
QString name(ThemeChoice theme);
std::optional<ThemeChoice> fromName(const QString& name);
/** The choice as the View menu says it ("Follow the System", "High Contrast" …). */
QString title(ThemeChoice theme);

/** The contrast ratio of two colours as WCAG defines it, from 1 to 21. */
double contrast(const QColor& a, const QColor& b);

} // namespace theme
} // namespace demarc
