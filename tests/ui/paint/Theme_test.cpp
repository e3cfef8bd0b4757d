// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/paint/PartyStyle.h"
#include "ui/paint/Theme.h"

#include "support/QtPrinters.h"

#include <QApplication>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QProgressBar>
#include <QWindow>

#include <gtest/gtest.h>

using namespace demarc;

namespace {

const QList<ThemeChoice> Worn { ThemeChoice::Light, ThemeChoice::Dark, ThemeChoice::HighContrast };

/** A colour with transparency as it shows over @p under. */
QColor over(const QColor& top, const QColor& under)
{
    const double a = top.alphaF();
    return QColor::fromRgbF(float(top.redF() * a + under.redF() * (1 - a)),
                            float(top.greenF() * a + under.greenF() * (1 - a)),
                            float(top.blueF() * a + under.blueF() * (1 - a)));
}

class ThemeTest : public testing::Test
{
protected:
    void TearDown() override { theme::apply(ThemeChoice::Light); }
};

} // namespace

TEST_F(ThemeTest, every_pairing_reaches_wcag_aa)
{
    // Text 4.5:1 on what it is drawn on (WCAG 1.4.3); a control's edge 3:1 (1.4.11).
    for (ThemeChoice t : Worn) {
        SCOPED_TRACE(theme::name(t).toStdString());
        const ThemeColors c = theme::colors(t);
        const QPalette& p = c.palette;
        const auto text = [&](const QColor& fg, const QColor& bg, const char* what) {
            EXPECT_GE(theme::contrast(over(fg, bg), bg), 4.5) << what;
        };
        using R = QPalette;
        text(p.color(R::WindowText), p.color(R::Window), "window text");
        text(p.color(R::Text), p.color(R::Base), "text");
        text(p.color(R::Text), p.color(R::AlternateBase), "text on alternate rows");
        text(p.color(R::ButtonText), p.color(R::Button), "button text");
        text(p.color(R::HighlightedText), p.color(R::Highlight), "selected text");
        text(p.color(R::Link), p.color(R::Base), "links");
        text(p.color(R::PlaceholderText), p.color(R::Base), "placeholders");
        text(p.color(R::PlaceholderText), p.color(R::Window), "hints on the window");
        text(p.color(R::ToolTipText), p.color(R::ToolTipBase), "tooltips");
        for (Party party : { Party::Aws, Party::Customer, Party::Shared })
            text(c.partyInk, over(c.partyPattern, c.fill(party)), "a party's name on its fill and pattern");
        for (const QColor& verdict : { c.right, c.wrong, c.neutral, c.problem }) {
            text(verdict, p.color(R::Window), "a verdict on the window");
            text(verdict, p.color(R::Base), "a verdict on a text field");
        }
        text(c.badgeInk, over(c.badge, c.aws), "a count over a cell");
        EXPECT_GE(theme::contrast(p.color(R::Mid), p.color(R::Window)), 3.0) << "control edges";
        EXPECT_GE(theme::contrast(p.color(R::Highlight), p.color(R::Window)), 3.0) << "the focus ring";
        EXPECT_GE(theme::contrast(c.chart, p.color(R::Window)), 3.0) << "chart bars";
    }
    EXPECT_NEAR(theme::contrast(Qt::black, Qt::white), 21.0, 1e-9);
    EXPECT_NEAR(theme::contrast(Qt::white, Qt::white), 1.0, 1e-9);
}

TEST_F(ThemeTest, names_are_what_the_command_line_and_settings_use)
{
    for (ThemeChoice t :
         { ThemeChoice::System, ThemeChoice::Light, ThemeChoice::Dark, ThemeChoice::HighContrast })
        EXPECT_EQ(theme::fromName(theme::name(t)), t);
    EXPECT_EQ(theme::name(ThemeChoice::HighContrast), QStringLiteral("high-contrast"));
    EXPECT_FALSE(theme::fromName(QStringLiteral("Dark")).has_value()) << "names are exact";
    EXPECT_FALSE(theme::fromName(QString()).has_value());
}

TEST_F(ThemeTest, wearing_a_theme_changes_the_palette_every_widget_and_picture_gets)
{
    QLabel label(QStringLiteral("words"));
    theme::apply(ThemeChoice::Dark);
    QCoreApplication::sendPostedEvents(); // widgets take the new palette as the event loop runs
    EXPECT_EQ(theme::applied(), ThemeChoice::Dark);
    EXPECT_TRUE(theme::current().dark);
    EXPECT_EQ(QApplication::palette().color(QPalette::Window),
              theme::colors(ThemeChoice::Dark).palette.color(QPalette::Window));
    EXPECT_EQ(label.palette().color(QPalette::WindowText),
              theme::colors(ThemeChoice::Dark).palette.color(QPalette::WindowText));
    theme::apply(ThemeChoice::HighContrast);
    QCoreApplication::sendPostedEvents();
    EXPECT_EQ(partystyle::fill(Party::Aws), theme::colors(ThemeChoice::HighContrast).aws);
    EXPECT_EQ(label.palette().color(QPalette::Window), QColor(Qt::black));

    // A box drawn on screen is kept as a picture; a new theme draws it anew, edge and all.
    const auto drawn = [] {
        QImage image(80, 40, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        partystyle::paintFill(&painter, QRectF(4, 4, 72, 32), Party::Customer, 6);
        painter.end();
        return image;
    };
    const QImage contrast = drawn();
    theme::apply(ThemeChoice::Light);
    const QImage light = drawn();
    EXPECT_NE(contrast, light);
    EXPECT_EQ(light.pixelColor(40, 20), theme::colors(ThemeChoice::Light).customer);
}

TEST_F(ThemeTest, following_the_system_wears_light_or_dark_as_the_system_palette_is)
{
    // The offscreen platform's own palette is a light one.
    theme::apply(ThemeChoice::System);
    EXPECT_EQ(theme::applied(), ThemeChoice::System);
    EXPECT_EQ(theme::current().theme, ThemeChoice::System);
    EXPECT_FALSE(theme::current().dark);
    EXPECT_FALSE(theme::systemPrefersDark());
    EXPECT_EQ(QApplication::palette().color(QPalette::Window),
              theme::colors(ThemeChoice::Light).palette.color(QPalette::Window))
        << "the light theme's palette, whose contrast is checked";
    theme::apply(ThemeChoice::Dark);
    EXPECT_FALSE(theme::systemPrefersDark()) << "asked while another theme is worn";
    EXPECT_TRUE(theme::current().dark);
}

TEST_F(ThemeTest, a_picture_for_paper_is_drawn_light_whatever_the_screen_wears)
{
    theme::apply(ThemeChoice::HighContrast);
    {
        const theme::Wearing paper(theme::paper());
        EXPECT_EQ(partystyle::fill(Party::Aws), theme::colors(ThemeChoice::Light).aws);
        EXPECT_EQ(theme::current().palette.color(QPalette::Window), QColor(Qt::white));
    }
    EXPECT_EQ(partystyle::fill(Party::Aws), theme::colors(ThemeChoice::HighContrast).aws) << "and back after";
    EXPECT_EQ(QApplication::palette().color(QPalette::Window), QColor(Qt::black))
        << "the screen was never changed";
}

TEST_F(ThemeTest, a_change_of_the_system_theme_is_followed_while_the_app_runs)
{
    theme::apply(ThemeChoice::System);
    QWindow window;
    // Something else set the palette meanwhile; the system then says its theme changed.
    QApplication::setPalette(theme::colors(ThemeChoice::HighContrast).palette);
    QEvent change(QEvent::ThemeChange);
    QCoreApplication::sendEvent(&window, &change);
    QCoreApplication::sendEvent(&window, &change);
    QCoreApplication::processEvents();
    EXPECT_EQ(QApplication::palette().color(QPalette::Window),
              theme::colors(ThemeChoice::Light).palette.color(QPalette::Window))
        << "the system's (light) palette read again and the light theme worn";
    // With a theme of its own chosen, the app keeps it.
    theme::apply(ThemeChoice::Dark);
    QCoreApplication::sendEvent(&window, &change);
    QCoreApplication::processEvents();
    EXPECT_EQ(QApplication::palette().color(QPalette::Window),
              theme::colors(ThemeChoice::Dark).palette.color(QPalette::Window));
}

TEST_F(ThemeTest, an_empty_progress_bar_keeps_its_edge_in_every_theme)
{
    // The daily goal at 0: a track drawn in the background's shade vanished on dark.
    for (ThemeChoice choice : Worn) {
        SCOPED_TRACE(int(choice));
        theme::apply(choice);
        QCoreApplication::sendPostedEvents();
        QProgressBar bar;
        bar.setTextVisible(false);
        bar.setRange(0, 10);
        bar.setValue(0);
        bar.resize(200, 12);
        const QImage image = bar.grab().toImage();
        const QColor edge = bar.palette().color(QPalette::Mid);
        bool found = false;
        for (int x = 0; x < image.width() && !found; ++x) {
            for (int y = 0; y < image.height() && !found; ++y) {
                const QColor c = image.pixelColor(x, y);
                found =
                    qAbs(c.red() - edge.red()) + qAbs(c.green() - edge.green()) + qAbs(c.blue() - edge.blue())
                    < 12;
            }
        }
        EXPECT_TRUE(found) << "the track is outlined in the theme's frame colour";
    }
}
