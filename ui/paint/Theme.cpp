// SPDX-License-Identifier: GPL-3.0-or-later
#include "Theme.h"

#include "ThemeStyle.h"

#include <QApplication>
#include <QCoreApplication>
#include <QEvent>
#include <QPixmapCache>
#include <QSettings>
#include <QStyle>
#include <QTimer>

#include <cmath>

namespace demarc {

QColor ThemeColors::fill(Party party) const
{
    switch (party) {
    case Party::Aws: return aws;
    case Party::Customer: return customer;
    case Party::Shared: return shared;
    }
    return {};
}

namespace theme {

namespace {

/** A palette from its main colours; the bevels Fusion draws with are shades of the button's. */
struct Base
{
    QColor window, text, base, alternate, button, highlight, highlightedText, link, linkVisited, placeholder,
        disabledText, frame;
};

QPalette paletteOf(const Base& b)
{
    QPalette p;
    for (auto group : { QPalette::Active, QPalette::Inactive, QPalette::Disabled }) {
        const bool off = group == QPalette::Disabled;
        const QColor text = off ? b.disabledText : b.text;
        p.setColor(group, QPalette::Window, b.window);
        p.setColor(group, QPalette::WindowText, text);
        p.setColor(group, QPalette::Base, off ? b.window : b.base);
        p.setColor(group, QPalette::AlternateBase, b.alternate);
        p.setColor(group, QPalette::Text, text);
        p.setColor(group, QPalette::Button, b.button);
        p.setColor(group, QPalette::ButtonText, text);
        p.setColor(group, QPalette::BrightText, b.base);
        p.setColor(group, QPalette::Highlight, off ? b.disabledText : b.highlight);
        p.setColor(group, QPalette::HighlightedText, b.highlightedText);
        p.setColor(group, QPalette::Link, b.link);
        p.setColor(group, QPalette::LinkVisited, b.linkVisited);
        p.setColor(group, QPalette::PlaceholderText, b.placeholder);
        p.setColor(group, QPalette::ToolTipBase, b.base);
        p.setColor(group, QPalette::ToolTipText, b.text);
        // Fusion's frames and bevels: lighter and darker shades of the button, or the frame colour.
        p.setColor(group, QPalette::Light, b.button.lighter(130));
        p.setColor(group, QPalette::Midlight, b.button.lighter(115));
        p.setColor(group, QPalette::Mid, b.frame);
        p.setColor(group, QPalette::Dark, b.frame);
        p.setColor(group, QPalette::Shadow, b.frame.darker(150));
    }
    return p;
}

ThemeColors light()
{
    ThemeColors c;
    c.theme = ThemeChoice::Light;
    c.palette = paletteOf({ QColor(0xEF, 0xEF, 0xEF), QColor(0x1D, 0x1D, 0x1F), Qt::white,
                            QColor(0xF5, 0xF5, 0xF5), QColor(0xEF, 0xEF, 0xEF), QColor(0x1F, 0x5F, 0xBF),
                            Qt::white, QColor(0x1A, 0x55, 0xB5), QColor(0x6A, 0x3D, 0x9A),
                            QColor(0x6B, 0x6B, 0x6B), QColor(0x8A, 0x8A, 0x8A), QColor(0x8A, 0x8A, 0x8A) });
    // Okabe–Ito, distinguishable with the common colour-vision deficiencies.
    c.aws = QColor(0xE6, 0x9F, 0x00); // orange
    c.customer = QColor(0x56, 0xB4, 0xE9); // sky blue
    c.shared = QColor(0xCC, 0x79, 0xA7); // reddish purple
    c.partyInk = QColor(0x11, 0x11, 0x11);
    c.partyPattern = QColor(0, 0, 0, 40);
    c.partyEdge = Qt::transparent;
    c.right = QColor(0x00, 0x7A, 0x5A); // bluish green
    c.wrong = QColor(0xB8, 0x4A, 0x00); // vermillion, darkened
    c.neutral = QColor(0x66, 0x66, 0x66);
    c.chart = QColor(0x00, 0x72, 0xB2); // Okabe–Ito blue
    c.problem = c.wrong;
    c.badge = QColor(255, 255, 255, 235);
    c.badgeFrame = QColor(0x33, 0x33, 0x33);
    c.badgeInk = QColor(0x11, 0x11, 0x11);
    return c;
}

ThemeColors dark()
{
    ThemeColors c = light(); // the parties keep their fills, dark ink on them reads on either
    c.theme = ThemeChoice::Dark;
    c.dark = true;
    c.palette = paletteOf({ QColor(0x20, 0x23, 0x26), QColor(0xE8, 0xE8, 0xE8), QColor(0x17, 0x19, 0x1B),
                            QColor(0x24, 0x27, 0x2A), QColor(0x2C, 0x30, 0x34), QColor(0x2F, 0x6F, 0xB3),
                            Qt::white, QColor(0x8A, 0xB4, 0xF8), QColor(0xC5, 0x8A, 0xF9),
                            QColor(0xA0, 0xA4, 0xA8), QColor(0x7F, 0x83, 0x88), QColor(0x8A, 0x8F, 0x94) });
    c.right = QColor(0x4C, 0xC9, 0xA0);
    c.wrong = QColor(0xFF, 0x8A, 0x50);
    c.neutral = QColor(0xA8, 0xAC, 0xB0);
    c.chart = QColor(0x56, 0xB4, 0xE9);
    c.problem = c.wrong;
    c.badge = QColor(0x17, 0x19, 0x1B, 235);
    c.badgeFrame = QColor(0xA8, 0xAC, 0xB0);
    c.badgeInk = QColor(0xE8, 0xE8, 0xE8);
    return c;
}

ThemeColors highContrast()
{
    ThemeColors c;
    c.theme = ThemeChoice::HighContrast;
    c.dark = true;
    // White on black, a yellow selection, and frames in white: every edge can be seen.
    c.palette =
        paletteOf({ Qt::black, Qt::white, Qt::black, QColor(0x1A, 0x1A, 0x1A), Qt::black,
                    QColor(0xFF, 0xD4, 0x00), Qt::black, QColor(0x66, 0xCC, 0xFF), QColor(0xE0, 0x99, 0xFF),
                    QColor(0xC8, 0xC8, 0xC8), QColor(0xA0, 0xA0, 0xA0), Qt::white });
    c.aws = QColor(0xFF, 0xB0, 0x00);
    c.customer = QColor(0x40, 0xC8, 0xFF);
    c.shared = QColor(0xFF, 0x8A, 0xD0);
    c.partyInk = Qt::black;
    c.partyPattern = QColor(0, 0, 0, 50);
    c.partyEdge = Qt::white;
    c.right = QColor(0x5C, 0xE6, 0xB0);
    c.wrong = QColor(0xFF, 0x99, 0x66);
    c.neutral = QColor(0xD0, 0xD0, 0xD0);
    c.chart = QColor(0x40, 0xC8, 0xFF);
    c.problem = c.wrong;
    c.badge = Qt::black;
    c.badgeFrame = Qt::white;
    c.badgeInk = Qt::white;
    return c;
}

constexpr auto SettingsKey = "appearance/theme";

ThemeColors& inUse()
{
    static ThemeColors colours = light();
    return colours;
}

ThemeChoice& chosen()
{
    static ThemeChoice choice = ThemeChoice::Light;
    return choice;
}

/**
 * With System chosen, wears the light or dark theme again when the system's theme changes: Qt
 * tells each window (QEvent::ThemeChange); the windows' events are gathered into one change.
 */
class SystemWatcher : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::ThemeChange && watched->isWindowType() && chosen() == ThemeChoice::System
            && !m_pending) {
            m_pending = true;
            QTimer::singleShot(0, this, [this] {
                m_pending = false;
                if (chosen() == ThemeChoice::System)
                    apply(ThemeChoice::System);
            });
        }
        return false;
    }

private:
    bool m_pending = false;
};

/** The colours of following the system: its light or dark. */
ThemeColors followingSystem(bool systemDark)
{
    ThemeColors c = systemDark ? dark() : light();
    c.theme = ThemeChoice::System;
    return c;
}

/** A palette whose window is darker than its text. */
bool isDark(const QPalette& p)
{
    return p.color(QPalette::Window).lightness() < p.color(QPalette::WindowText).lightness();
}

/** WCAG's relative luminance of one sRGB channel. */
double linear(double channel)
{
    return channel <= 0.03928 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

double luminance(const QColor& c)
{
    return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
}

} // namespace

ThemeColors colors(ThemeChoice theme)
{
    switch (theme) {
    case ThemeChoice::System: return followingSystem(systemPrefersDark());
    case ThemeChoice::Light: return light();
    case ThemeChoice::Dark: return dark();
    case ThemeChoice::HighContrast: return highContrast();
    }
    return light();
}

const ThemeColors& current() { return inUse(); }

const ThemeColors& paper()
{
    // The light theme on white, with the grey of print for frames and faint text.
    static const ThemeColors colours = [] {
        ThemeColors c = light();
        for (auto role : { QPalette::Window, QPalette::Base, QPalette::Button, QPalette::AlternateBase })
            c.palette.setColor(role, Qt::white);
        c.palette.setColor(QPalette::PlaceholderText, QColor(0x55, 0x55, 0x55));
        c.palette.setColor(QPalette::Mid, QColor(0x99, 0x99, 0x99));
        return c;
    }();
    return colours;
}

QPalette presenter(bool dark)
{
    // Black on white or white on black, for a projector in a bright or a dark room.
    QPalette p;
    const QColor background = dark ? Qt::black : Qt::white;
    const QColor ink = dark ? Qt::white : Qt::black;
    for (auto role : { QPalette::Window, QPalette::Base, QPalette::Button })
        p.setColor(role, background);
    for (auto role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        p.setColor(role, ink);
    p.setColor(QPalette::Highlight, dark ? QColor(255, 214, 0) : QColor(0, 60, 190));
    p.setColor(QPalette::HighlightedText, dark ? Qt::black : Qt::white);
    return p;
}

Wearing::Wearing(const ThemeColors& colours)
    : m_before(inUse())
{
    inUse() = colours;
}

Wearing::~Wearing() { inUse() = m_before; }

bool systemPrefersDark()
{
    if (!qobject_cast<QApplication*>(QCoreApplication::instance()))
        return false;
    // With System worn, the palette in use was chosen from the system's; otherwise the system's
    // is looked at by setting none for a moment.
    if (chosen() == ThemeChoice::System)
        return inUse().dark;
    const QPalette ours = QApplication::palette();
    QApplication::setPalette(QPalette());
    const bool result = isDark(QApplication::palette());
    QApplication::setPalette(ours);
    return result;
}

void apply(ThemeChoice theme)
{
    static SystemWatcher* watcher = nullptr;
    if (!watcher && qApp) {
        watcher = new SystemWatcher(qApp);
        qApp->installEventFilter(watcher);
    }
    static bool worn = false;
    if (worn && theme == chosen() && theme != ThemeChoice::System)
        return;
    worn = true;
    // Once: the platform's style, with edges that show in every theme.
    if (!qobject_cast<const ThemeStyle*>(QApplication::style()))
        QApplication::setStyle(new ThemeStyle(QApplication::style()->name()));
    chosen() = theme;
    if (theme == ThemeChoice::System) {
        QApplication::setPalette(QPalette()); // the system's, to be read
        inUse() = followingSystem(isDark(QApplication::palette()));
    } else {
        inUse() = colors(theme);
    }
    // Pictures kept for repainting were drawn in the old colours.
    QPixmapCache::clear();
    QApplication::setPalette(inUse().palette);
}

ThemeChoice applied() { return chosen(); }

ThemeChoice saved()
{
    return fromName(QSettings().value(QLatin1String(SettingsKey)).toString()).value_or(ThemeChoice::System);
}

void keep(ThemeChoice theme) { QSettings().setValue(QLatin1String(SettingsKey), name(theme)); }

QString name(ThemeChoice theme)
{
    switch (theme) {
    case ThemeChoice::System: return QStringLiteral("system");
    case ThemeChoice::Light: return QStringLiteral("light");
    case ThemeChoice::Dark: return QStringLiteral("dark");
    case ThemeChoice::HighContrast: return QStringLiteral("high-contrast");
    }
    return {};
}

std::optional<ThemeChoice> fromName(const QString& name)
{
    for (ThemeChoice t : ThemeChoices) {
        if (theme::name(t) == name)
            return t;
    }
    return std::nullopt;
}

QString title(ThemeChoice theme)
{
    switch (theme) {
    case ThemeChoice::System: return QCoreApplication::translate("Theme", "Follow the &System");
    case ThemeChoice::Light: return QCoreApplication::translate("Theme", "&Light");
    case ThemeChoice::Dark: return QCoreApplication::translate("Theme", "&Dark");
    case ThemeChoice::HighContrast: return QCoreApplication::translate("Theme", "&High Contrast");
    }
    return {};
}

double contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace theme
} // namespace demarc
