// SPDX-License-Identifier: GPL-3.0-or-later
// How a learner's note is written into Markdown study notes: as typed, and never as something a
// Markdown viewer would load, run or link to outside the web.
#include "core/StudyNotes.h"

#include "support/QtPrinters.h"

#include <gtest/gtest.h>

using namespace demarc;

namespace {

/** The Markdown of a one-section outline holding one note. */
QString noteInMarkdown(const QString& body)
{
    OutlineBlock note;
    note.kind = OutlineBlock::Kind::Note;
    note.label = QStringLiteral("My note");
    note.markdown = body;
    OutlineSection section;
    section.anchor = QStringLiteral("s");
    section.title = QStringLiteral("Section");
    section.blocks.append(note);
    StudyNotesOutline outline;
    outline.title = QStringLiteral("Notes");
    outline.sections.append(section);
    const QString md = studyNotesMarkdown(outline);
    const qsizetype start = md.indexOf(QLatin1String("> **My note**\n>\n"));
    EXPECT_GE(start, 0) << md.toStdString();
    return md.mid(start + QStringLiteral("> **My note**\n>\n").size()).trimmed();
}

} // namespace

TEST(NotesMarkdown, a_note_is_a_block_quote_with_its_line_ends_kept)
{
    EXPECT_EQ(noteInMarkdown(QStringLiteral("**OF** = AWS\n\n- IN = me")), QStringLiteral("> **OF** = AWS  \n>\n> - IN = me"));
}

TEST(NotesMarkdown, raw_html_shows_as_typed)
{
    EXPECT_EQ(noteInMarkdown(QStringLiteral("<script>alert(1)</script> & <img src=x>")),
              QStringLiteral("> \\<script>alert(1)\\</script> \\& \\<img src=x>"));
}

TEST(NotesMarkdown, images_and_links_off_the_web_show_as_typed)
{
    EXPECT_EQ(noteInMarkdown(QStringLiteral("![x](file:///etc/passwd)")), QStringLiteral("> !\\[x](file:///etc/passwd)"));
    EXPECT_EQ(noteInMarkdown(QStringLiteral("![logo](https://example.com/a.png)")), QStringLiteral("> !\\[logo](https://example.com/a.png)"))
        << "no image is fetched, from anywhere";
    EXPECT_EQ(noteInMarkdown(QStringLiteral("[run](javascript:alert(1)) [f]( file:///x)")),
              QStringLiteral("> \\[run](javascript:alert(1)) \\[f]( file:///x)"));
    EXPECT_EQ(noteInMarkdown(QStringLiteral("[AWS](https://aws.amazon.com/) [me](MAILTO:me@example.com)")),
              QStringLiteral("> [AWS](https://aws.amazon.com/) [me](MAILTO:me@example.com)"));
}

TEST(NotesMarkdown, a_note_cannot_end_its_quote_or_start_a_section)
{
    const QString md = noteInMarkdown(QStringLiteral("line one\n## not a section\n| a | b |"));
    for (const QString& line : md.split(QLatin1Char('\n')))
        EXPECT_TRUE(line.startsWith(QLatin1Char('>'))) << line.toStdString();
}
