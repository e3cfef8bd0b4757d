// SPDX-License-Identifier: GPL-3.0-or-later
// How a learner's note is written into Markdown study notes: as typed, and never as something a
// Markdown viewer would load, run or link to outside the web.
#include "core/export/StudyNotes.h"

#include "support/QtPrinters.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

#include <gtest/gtest.h>

using namespace demarc;

namespace {

/** The Markdown of a one-section outline holding @p block. */
QString markdownOf(const OutlineBlock& block)
{
    OutlineSection section;
    section.anchor = QStringLiteral("s");
    section.title = QStringLiteral("Section");
    section.blocks.append(block);
    StudyNotesOutline outline;
    outline.title = QStringLiteral("Notes");
    outline.sections.append(section);
    return studyNotesMarkdown(outline);
}

/** A note's lines as the Markdown writer quotes them. */
QString noteInMarkdown(const QString& body)
{
    OutlineBlock note;
    note.kind = OutlineBlock::Kind::Note;
    note.label = QStringLiteral("My note");
    note.markdown = body;
    const QString md = markdownOf(note);
    const qsizetype start = md.indexOf(QLatin1String("> **My note**\n>\n"));
    EXPECT_GE(start, 0) << md.toStdString();
    return md.mid(start + QStringLiteral("> **My note**\n>\n").size()).trimmed();
}

} // namespace

TEST(NotesMarkdown, a_note_is_a_block_quote_with_its_line_ends_kept)
{
    EXPECT_EQ(noteInMarkdown(QStringLiteral("**OF** = AWS\n\n- IN = me")),
              QStringLiteral("> **OF** = AWS  \n>\n> - IN = me"));
}

TEST(NotesMarkdown, raw_html_shows_as_typed)
{
    EXPECT_EQ(noteInMarkdown(QStringLiteral("<script>alert(1)</script> & <img src=x>")),
              QStringLiteral("> \\<script>alert(1)\\</script> \\& \\<img src=x>"));
}

TEST(NotesMarkdown, images_and_links_off_the_web_show_as_typed)
{
    EXPECT_EQ(noteInMarkdown(QStringLiteral("![x](file:///etc/passwd)")),
              QStringLiteral("> !\\[x](file:///etc/passwd)"));
    EXPECT_EQ(noteInMarkdown(QStringLiteral("![logo](https://example.com/a.png)")),
              QStringLiteral("> !\\[logo](https://example.com/a.png)"))
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

TEST(NotesMarkdown, a_line_starting_with_a_hash_stays_text_as_it_does_in_html)
{
    EXPECT_EQ(noteInMarkdown(QStringLiteral("# Remember\n  ## this")),
              QStringLiteral("> \\# Remember  \n>   \\## this"));
}

namespace {

/** The Markdown of @p markdown written as course text is. */
QString courseTextInMarkdown(const QString& markdown)
{
    OutlineBlock text;
    text.kind = OutlineBlock::Kind::Markdown;
    text.markdown = markdown;
    return markdownOf(text);
}

/**
 * HTML from cmark-gfm, GitHub's build of the CommonMark reference renderer, with pipe tables
 * and bare links, in its unsafe mode: any raw HTML that survives is passed through as it is.
 */
QString cmarkHtml(const QString& markdown)
{
    const QString cmark = QStandardPaths::findExecutable(QStringLiteral("cmark-gfm"));
    if (cmark.isEmpty())
        return {};
    QProcess p;
    p.start(cmark,
            { QStringLiteral("--unsafe"), QStringLiteral("-e"), QStringLiteral("table"), QStringLiteral("-e"),
              QStringLiteral("autolink") });
    p.write(markdown.toUtf8());
    p.closeWriteChannel();
    EXPECT_TRUE(p.waitForFinished(30000));
    return QString::fromUtf8(p.readAllStandardOutput());
}

const QString HostileLesson =
    QStringLiteral("## Hostile\n\n"
                   "Text with <script>alert(1)</script> and <img src=x onerror=alert(2)> inline.\n\n"
                   "<iframe src=\"https://example.com/\"></iframe>\n\n"
                   "![tracker](https://example.com/pixel.png) and ![local](file:///etc/passwd)\n\n"
                   "[run](javascript:alert(3)) [open](file:///etc/passwd) [ok](https://aws.amazon.com/) "
                   "[mail](mailto:a@example.com)\n\n"
                   "[ref]: javascript:alert(4)\n\n"
                   "<https://example.com/auto> &lt;entity&gt; AT&T\n\n"
                   "Keeps **bold**, *emphasis*, `<code>` and \\*escapes\\*.\n\n"
                   "| Side | Who |\n|---|---|\n| Of | AWS & co |\n\n"
                   "```\n<not html in a fence>\n```\n");

} // namespace

TEST(NotesMarkdown, course_text_from_a_pack_keeps_its_formatting_and_loads_or_runs_nothing)
{
    const QString md = courseTextInMarkdown(HostileLesson);
    EXPECT_TRUE(md.contains(QStringLiteral("\\<script>alert(1)\\</script>"))) << md.toStdString();
    EXPECT_TRUE(md.contains(QStringLiteral("!\\[tracker](https://example.com/pixel.png)")));
    EXPECT_TRUE(md.contains(QStringLiteral("\\[run](javascript:alert(3))")));
    EXPECT_TRUE(md.contains(QStringLiteral("[ok](https://aws.amazon.com/)")));
    EXPECT_TRUE(md.contains(QStringLiteral("`<code>`"))) << "a code span is left as it is";
    EXPECT_TRUE(md.contains(QStringLiteral("\\*escapes\\*"))) << "the pack's own escapes are kept";
    EXPECT_TRUE(md.contains(QStringLiteral("<not html in a fence>"))) << "a fenced block is left as it is";
    EXPECT_TRUE(md.contains(QStringLiteral("### Hostile"))) << "headings kept, one level down";
}

TEST(NotesMarkdown, a_commonmark_renderer_makes_no_live_html_of_course_text_or_notes)
{
    const QString md =
        courseTextInMarkdown(HostileLesson) + QLatin1Char('\n') + noteInMarkdown(HostileLesson);
    const QString html = cmarkHtml(md);
    if (html.isEmpty())
        GTEST_SKIP() << "cmark-gfm is not installed; scripts/setup.sh installs it";
    // Every tag the renderer made: only formatting, and links to the web or mail.
    static const QRegularExpression tag(QStringLiteral("<([a-z0-9]+)([^>]*)>"),
                                        QRegularExpression::CaseInsensitiveOption);
    static const QStringList allowed {
        QStringLiteral("h1"),     QStringLiteral("h2"),    QStringLiteral("h3"),
        QStringLiteral("p"),      QStringLiteral("ul"),    QStringLiteral("li"),
        QStringLiteral("strong"), QStringLiteral("em"),    QStringLiteral("code"),
        QStringLiteral("pre"),    QStringLiteral("a"),     QStringLiteral("table"),
        QStringLiteral("thead"),  QStringLiteral("tbody"), QStringLiteral("tr"),
        QStringLiteral("th"),     QStringLiteral("td"),    QStringLiteral("blockquote"),
        QStringLiteral("br")
    };
    static const QRegularExpression safeLink(QStringLiteral("^ href=\"(https://|mailto:)[^\"]*\"$"));
    for (auto it = tag.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        EXPECT_TRUE(allowed.contains(m.captured(1).toLower())) << "live " << m.captured().toStdString();
        if (m.captured(1) == QLatin1String("a"))
            EXPECT_TRUE(safeLink.match(m.captured(2)).hasMatch()) << m.captured().toStdString();
        else
            EXPECT_TRUE(m.captured(2).trimmed().isEmpty() || m.captured(2).trimmed() == QLatin1String("/"))
                << "an attribute: " << m.captured().toStdString();
    }
    // What the pack meant as formatting still is.
    for (const char* kept :
         { "<strong>bold</strong>", "<em>emphasis</em>", "<code>&lt;code&gt;</code>",
           "<a href=\"https://aws.amazon.com/\">ok</a>", "<a href=\"mailto:a@example.com\">mail</a>",
           "<table>", "<h3>Hostile</h3>", "*escapes*" })
        EXPECT_TRUE(html.contains(QLatin1String(kept))) << kept << " missing from\n" << html.toStdString();
    EXPECT_TRUE(html.contains(QStringLiteral("AWS &amp; co")));
}
