// SPDX-License-Identifier: GPL-3.0-or-later
// The study notes' HTML and PDF writers: hostile notes come out as text and load nothing, the
// HTML needs nothing from outside, the PDF has its contents, matrix, notes and page footers,
// and write() picks the format by extension and leaves an old file alone when it fails.
#include "ui/notes/StudyNotesWriter.h"

#include "support/FakeContentRepository.h"
#include "support/FakeLearnerRepository.h"
#include "support/QtPrinters.h"
#include "support/StudyNotesFixture.h"
#include "support/TestFiles.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QUrl>

#include <gtest/gtest.h>

#include <functional>

using namespace demarc;

namespace {

/** Runs a poppler tool on @p pdf, its text to stdout; empty when it is not installed or fails. */
QString poppler(const char* tool, const QString& pdf, const QStringList& arguments = {})
{
    const QString program = QStandardPaths::findExecutable(QLatin1String(tool));
    if (program.isEmpty())
        return {};
    QStringList all = arguments;
    all.append(pdf);
    if (qstrcmp(tool, "pdftotext") == 0)
        all.append(QStringLiteral("-"));
    QProcess p;
    p.start(program, all);
    if (!p.waitForFinished(30000) || p.exitCode() != 0) {
        ADD_FAILURE() << tool << " failed on " << pdf.toStdString() << ": "
                      << p.readAllStandardError().toStdString();
        return {};
    }
    return QString::fromUtf8(p.readAllStandardOutput());
}

bool havePoppler(const char* tool) { return !QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty(); }

/** The pages of pdftotext's output. */
QStringList pagesOf(const QString& text)
{
    QStringList pages = text.split(u'\f');
    if (!pages.isEmpty() && pages.constLast().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

/** @p text with runs of white space made one space, as a reader sees wrapped text, and
 * ligatures ("ﬁ", which pdftotext reports as one character) spelt out. */
QString simplified(const QString& text)
{
    return text.normalized(QString::NormalizationForm_KC).simplified();
}

/** Every tag in @p html: after escaping, each "<" left in the page starts one. */
QStringList tagsOf(const QString& html)
{
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    QStringList out;
    for (auto it = tag.globalMatch(html); it.hasNext();)
        out.append(it.next().captured());
    return out;
}

class StudyNotesWriterTest : public testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }

    /** Replaces the fixture's note bodies with @p bodies, in the fixture's order. */
    void setNotes(const QStringList& bodies)
    {
        ASSERT_LE(bodies.size(), m_material.notes.size());
        for (qsizetype i = 0; i < bodies.size(); ++i)
            m_material.notes[i].body = bodies.at(i);
    }

    StudyNotesOutline outline(const StudyNotesOptions& options = {}) const
    {
        return buildStudyNotes(m_material, options);
    }

    QString path(const QString& name) const { return m_dir.filePath(name); }

    test::ScopedLocale m_locale;
    StudyMaterial m_material = test::studyNotesMaterial();
    QTemporaryDir m_dir;
};

/** A small picture on disk, which a writer that loaded resources would put in its output. */
QString writePicture(const QString& path)
{
    QImage image(40, 30, QImage::Format_RGB32);
    image.fill(Qt::red);
    EXPECT_TRUE(image.save(path, "PNG"));
    return path;
}

/** Whether @p pdf has an image XObject: the diagrams are vectors, so only a loaded picture makes one. */
bool hasImage(const QByteArray& pdf)
{
    return pdf.contains("/Subtype /Image") || pdf.contains("/Subtype/Image");
}

} // namespace

TEST(StudyNotesFormat, follows_the_extension_whatever_its_case)
{
    using studynotes::formatOf;
    EXPECT_EQ(formatOf(QStringLiteral("notes.md")), QStringLiteral("md"));
    EXPECT_EQ(formatOf(QStringLiteral("notes.MD")), QStringLiteral("md"));
    EXPECT_EQ(formatOf(QStringLiteral("/tmp/a.b/notes.markdown")), QStringLiteral("md"));
    EXPECT_EQ(formatOf(QStringLiteral("notes.html")), QStringLiteral("html"));
    EXPECT_EQ(formatOf(QStringLiteral("notes.HTM")), QStringLiteral("html"));
    EXPECT_EQ(formatOf(QStringLiteral("notes.pdf")), QStringLiteral("pdf"));
    EXPECT_EQ(formatOf(QStringLiteral("NOTES.Pdf")), QStringLiteral("pdf"));
    for (const QString& other :
         { QStringLiteral("notes.txt"), QStringLiteral("notes"), QStringLiteral("notes.pdf.gz"),
           QStringLiteral("md"), QStringLiteral("notes.md/"), QStringLiteral("notes.mdx"), QString() })
        EXPECT_TRUE(formatOf(other).isEmpty()) << other.toStdString();
}

TEST_F(StudyNotesWriterTest, html_shows_hostile_notes_as_text_and_runs_nothing)
{
    setNotes({ QStringLiteral("<script>alert(1)</script>"), QStringLiteral("<img src=x onerror=alert(1)>"),
               QStringLiteral("![](file:///etc/passwd)"), QStringLiteral("[x](javascript:alert(1))"),
               QStringLiteral("Say \"hi\" & <b>bye</b>"),
               QStringLiteral("[a](https://example.com/\"onmouseover=\"alert(1)) "
                              "<a href=\"javascript:alert(2)\">y</a> ![p](https://example.com/p.png)") });
    const QString page = studynotes::html(outline(), m_material.stack);

    EXPECT_TRUE(page.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;")));
    EXPECT_TRUE(page.contains(QStringLiteral("&lt;img src=x onerror=alert(1)&gt;")));
    EXPECT_TRUE(page.contains(QStringLiteral("Say &quot;hi&quot; &amp; &lt;b&gt;bye&lt;/b&gt;")));
    EXPECT_TRUE(page.contains(QStringLiteral("&lt;a href=&quot;javascript:alert(2)&quot;&gt;y&lt;/a&gt;")))
        << "a raw link is text";
    for (const char* markup : { "<script", "<img", "<iframe", "<object", "<embed", "<link", "<image", "<base",
                                "<a href=\"javascript", "<b>bye" })
        EXPECT_FALSE(page.contains(QLatin1String(markup), Qt::CaseInsensitive)) << markup;
    EXPECT_FALSE(page.contains(QLatin1String("file:"), Qt::CaseInsensitive))
        << "an unsafe link keeps its text only";

    static const QRegularExpression handler(QStringLiteral("\\son[a-z]+\\s*="),
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression reference(
        QStringLiteral("\\s(?:[a-z]+:)?(href|src)\\s*=\\s*\"([^\"]*)\""),
        QRegularExpression::CaseInsensitiveOption);
    int links = 0;
    for (const QString& tag : tagsOf(page)) {
        EXPECT_FALSE(handler.match(tag).hasMatch()) << "an event handler: " << tag.toStdString();
        for (auto it = reference.globalMatch(tag); it.hasNext();) {
            const auto m = it.next();
            EXPECT_EQ(m.captured(1).toLower(), QStringLiteral("href"))
                << "loads something: " << tag.toStdString();
            const QString url = m.captured(2);
            EXPECT_TRUE(url.startsWith(u'#') || url.startsWith(QLatin1String("https://"))
                        || url.startsWith(QLatin1String("mailto:")))
                << tag.toStdString();
            EXPECT_FALSE(url.contains(u'"')) << tag.toStdString();
            ++links;
        }
    }
    EXPECT_GT(links, 10) << "the contents' links were seen";
    static const QRegularExpression quoted(
        QStringLiteral("<a href=\"https://example\\.com/&quot;onmouseover=&quot;alert\\(1\\)?\">a</a>"));
    EXPECT_TRUE(quoted.match(page).hasMatch()) << "a quote cannot end the attribute";
    // Each note in its own aside, the hostile ones too.
    EXPECT_EQ(page.count(QLatin1String("<aside class=\"note\">")), m_material.notes.size());
    EXPECT_EQ(page.count(QLatin1String("</aside>")), m_material.notes.size());
}

TEST_F(StudyNotesWriterTest, html_is_one_self_contained_page)
{
    const QString page = studynotes::html(outline(), m_material.stack);
    EXPECT_TRUE(page.startsWith(QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">")));
    EXPECT_TRUE(page.contains(QStringLiteral("<meta charset=\"utf-8\">")));
    EXPECT_TRUE(page.endsWith(QStringLiteral("</html>\n")));
    EXPECT_FALSE(page.contains(QLatin1String("src="), Qt::CaseInsensitive)) << "nothing to load";
    EXPECT_FALSE(page.contains(QLatin1String("<link"), Qt::CaseInsensitive));
    EXPECT_FALSE(page.contains(QLatin1String("@import"), Qt::CaseInsensitive));
    static const QRegularExpression url(QStringLiteral("url\\(\\s*['\"]?(?!#)"),
                                        QRegularExpression::CaseInsensitiveOption);
    EXPECT_FALSE(url.match(page).hasMatch())
        << "a style that loads: " << url.match(page).captured().toStdString();
    // Diagrams are inline SVG, one per diagram in the outline.
    EXPECT_EQ(page.count(QLatin1String("<figure class=\"diagram\"><svg")), 5);
    EXPECT_EQ(page.count(QLatin1String("</svg>")), 5);
    // The contents link to sections that are there.
    static const QRegularExpression link(QStringLiteral("<a href=\"#([^\"]+)\">"));
    int links = 0;
    for (auto it = link.globalMatch(page); it.hasNext(); ++links) {
        const QString anchor = it.next().captured(1);
        EXPECT_EQ(page.count(QStringLiteral(" id=\"%1\"").arg(anchor)), 1) << anchor.toStdString();
    }
    EXPECT_EQ(links, 11 + 3 + 6 + 1 + 2)
        << "the parts, then lessons, diagrams and notes, cells' notes, controls";
    EXPECT_TRUE(page.contains(QStringLiteral(
        "<tr><th scope=\"row\">Network controls</th><td class=\"p-customer\"><b>Customer</b></td>"
        "<td class=\"p-customer\"><b>Customer</b></td><td class=\"p-shared\"><b>Shared</b></td>"
        "<td class=\"p-customer\"><b>Customer</b></td><td class=\"p-customer\"><b>Customer "
        "◆</b></td></tr>")));
    EXPECT_EQ(page.count(QLatin1String("<section>")), page.count(QLatin1String("</section>")));
}

namespace {

/** One PDF of the fixture's notes per paper size, written once for the tests that read it. */
class StudyNotesPdfTest : public testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_dir = new QTemporaryDir;
        const test::ScopedLocale locale;
        const StudyMaterial material = test::studyNotesMaterial();
        const StudyNotesOutline outline = buildStudyNotes(material, {});
        s_a4 = write(outline, material.stack, QStringLiteral("a4.pdf"), studynotes::Paper::A4);
        s_letter = write(outline, material.stack, QStringLiteral("letter.pdf"), studynotes::Paper::Letter);
    }
    static void TearDownTestSuite()
    {
        delete s_dir;
        s_dir = nullptr;
    }

    static QString write(const StudyNotesOutline& outline, const ResponsibilityStack& stack,
                         const QString& name, studynotes::Paper paper)
    {
        const QString file = s_dir->filePath(name);
        const Status written = studynotes::writePdf(outline, stack, file, paper);
        EXPECT_TRUE(written.ok()) << written.errorMessage().toStdString();
        return file;
    }

    void SetUp() override
    {
        ASSERT_TRUE(s_dir->isValid());
        if (!havePoppler("pdftotext"))
            GTEST_SKIP() << "pdftotext (poppler-utils) is not installed; scripts/setup.sh installs it";
    }

    static QTemporaryDir* s_dir;
    static QString s_a4;
    static QString s_letter;
};

QTemporaryDir* StudyNotesPdfTest::s_dir = nullptr;
QString StudyNotesPdfTest::s_a4;
QString StudyNotesPdfTest::s_letter;

} // namespace

TEST_F(StudyNotesPdfTest, is_a_pdf_with_its_title_and_no_pictures)
{
    const QByteArray bytes = test::readFile(s_a4);
    EXPECT_TRUE(bytes.startsWith("%PDF-"));
    EXPECT_FALSE(hasImage(bytes)) << "the diagrams are drawn as vectors";
    const QString info = poppler("pdfinfo", s_a4);
    EXPECT_TRUE(info.contains(QStringLiteral("Study notes: the AWS Shared Responsibility Model")))
        << info.toStdString();
    EXPECT_TRUE(info.contains(QStringLiteral("Demarc"))) << info.toStdString();
}

TEST_F(StudyNotesPdfTest, has_every_section_and_contents_that_give_the_right_pages)
{
    const QStringList pages = pagesOf(poppler("pdftotext", s_a4, { QStringLiteral("-layout") }));
    ASSERT_GE(pages.size(), 3);
    EXPECT_TRUE(
        simplified(pages.at(0)).contains(QStringLiteral("Study notes: the AWS Shared Responsibility Model")));
    EXPECT_TRUE(
        simplified(pages.at(0)).contains(QStringLiteral("Made with Demarc on Monday, March 2, 2026")));
    const QString contents = pages.at(1);
    ASSERT_TRUE(contents.contains(QStringLiteral("Contents"))) << contents.toStdString();
    // Each part starts a page; the contents say which.
    for (const QString& title :
         { QStringLiteral("My progress"), QStringLiteral("The basics"),
           QStringLiteral("Services and the line"), QStringLiteral("The layered model"),
           QStringLiteral("The responsibility matrix"), QStringLiteral("IT controls at a glance"),
           QStringLiteral("Customer-managed areas"), QStringLiteral("Glossary"),
           QStringLiteral("Questions I missed"), QStringLiteral("My bookmarks and other notes"),
           QStringLiteral("Sources") }) {
        const QRegularExpression entry(
            QStringLiteral("^\\s*%1\\s+(\\d+)\\s*$").arg(QRegularExpression::escape(title)),
            QRegularExpression::MultilineOption);
        const auto m = entry.match(contents);
        ASSERT_TRUE(m.hasMatch()) << "no contents line for " << title.toStdString() << " in\n"
                                  << contents.toStdString();
        const int page = m.captured(1).toInt();
        ASSERT_GT(page, 2) << title.toStdString();
        ASSERT_LE(page, pages.size()) << title.toStdString();
        const QRegularExpression heading(
            QStringLiteral("^\\s*%1\\s*$").arg(QRegularExpression::escape(title)),
            QRegularExpression::MultilineOption);
        EXPECT_TRUE(heading.match(pages.at(page - 1)).hasMatch())
            << title.toStdString() << " is not on page " << page << ":\n"
            << pages.at(page - 1).toStdString();
    }
    for (const QString& lesson :
         { QStringLiteral("What the model says"), QStringLiteral("EC2 versus RDS"),
           QStringLiteral("Amazon RDS (Relational Database Service)"), QStringLiteral("Patch management") })
        EXPECT_TRUE(contents.contains(lesson)) << lesson.toStdString();
}

TEST_F(StudyNotesPdfTest, has_the_matrix_the_diagram_tables_and_the_notes)
{
    const QString text = poppler("pdftotext", s_a4, { QStringLiteral("-layout") });
    static const QRegularExpression matrixRow(
        QStringLiteral("Network controls\\s+Customer\\s+Customer\\s+Shared\\s+Customer\\s+Customer ◆"));
    EXPECT_TRUE(matrixRow.match(text).hasMatch()) << text.toStdString();
    static const QRegularExpression facilities(
        QStringLiteral("Physical facilities\\s+Customer\\s+AWS\\s+AWS\\s+AWS\\s+AWS\\s*$"),
        QRegularExpression::MultilineOption);
    EXPECT_TRUE(facilities.match(text).hasMatch());
    const QString flat = simplified(text);
    EXPECT_TRUE(
        flat.contains(QStringLiteral("Network controls Customer ◆ You write the security group rules.")))
        << "a diagram's table";
    EXPECT_TRUE(flat.contains(QStringLiteral("On EC2 the guest OS is mine to patch."))) << "the layer's note";
    EXPECT_TRUE(flat.contains(QStringLiteral("Of = AWS, in = me."))) << "the lesson's note";
    EXPECT_TRUE(flat.contains(QStringLiteral("My note on Shared responsibility model")));
    EXPECT_TRUE(flat.contains(QStringLiteral("Users | groups; Roles"))) << "a pipe in a cell is text";
}

TEST_F(StudyNotesPdfTest, every_page_but_the_title_page_has_its_number_of_the_count)
{
    const QStringList pages = pagesOf(poppler("pdftotext", s_a4, { QStringLiteral("-layout") }));
    const QString info = poppler("pdfinfo", s_a4);
    const auto count =
        QRegularExpression(QStringLiteral("^Pages:\\s+(\\d+)$"), QRegularExpression::MultilineOption)
            .match(info);
    ASSERT_TRUE(count.hasMatch()) << info.toStdString();
    ASSERT_EQ(pages.size(), count.captured(1).toInt());
    EXPECT_FALSE(pages.at(0).contains(QStringLiteral("Page 1 of"))) << "no footer on the title page";
    for (qsizetype p = 1; p < pages.size(); ++p) {
        const QString footer = QStringLiteral("Page %1 of %2").arg(p + 1).arg(pages.size());
        EXPECT_TRUE(pages.at(p).contains(footer)) << footer.toStdString() << " missing:\n"
                                                  << pages.at(p).toStdString();
        EXPECT_TRUE(pages.at(p).contains(QStringLiteral("Study notes: the AWS Shared Responsibility Model")))
            << "the title in the footer of page " << p + 1;
    }
}

TEST_F(StudyNotesPdfTest, pages_are_a4_or_letter)
{
    if (!havePoppler("pdfinfo"))
        GTEST_SKIP() << "pdfinfo (poppler-utils) is not installed";
    static const QRegularExpression size(QStringLiteral("^Page size:\\s+([\\d.]+) x ([\\d.]+) pts"),
                                         QRegularExpression::MultilineOption);
    const auto a4 = size.match(poppler("pdfinfo", s_a4));
    ASSERT_TRUE(a4.hasMatch());
    EXPECT_NEAR(a4.captured(1).toDouble(), 595.3, 0.5);
    EXPECT_NEAR(a4.captured(2).toDouble(), 841.9, 0.5);
    const auto letter = size.match(poppler("pdfinfo", s_letter));
    ASSERT_TRUE(letter.hasMatch());
    EXPECT_NEAR(letter.captured(1).toDouble(), 612, 0.5);
    EXPECT_NEAR(letter.captured(2).toDouble(), 792, 0.5);
}

TEST_F(StudyNotesWriterTest, a_pdf_shows_hostile_notes_as_text_and_loads_nothing)
{
    const QString picture = writePicture(path(QStringLiteral("pic.png")));
    const QString url = QUrl::fromLocalFile(picture).toString();
    // A writer that honoured the HTML would load the picture: the check below can see it.
    {
        QTextDocument doc;
        doc.setHtml(QStringLiteral("<p>control</p><img src=\"%1\">").arg(url));
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        {
            QPdfWriter writer(&buffer);
            QPainter painter(&writer);
            doc.drawContents(&painter);
        }
        ASSERT_TRUE(hasImage(buffer.data())) << "the control does not show a loaded picture";
    }

    setNotes({ QStringLiteral("<img src=\"%1\"> after the tag").arg(url),
               QStringLiteral("![](%1) after the image").arg(picture), QStringLiteral("![](%1)").arg(url),
               QStringLiteral("![](/etc/hostname)") });
    StudyNotesOptions options;
    options.parts = StudyNotesOptions::Lessons | StudyNotesOptions::Diagram | StudyNotesOptions::Matrix
        | StudyNotesOptions::MyNotes;
    options.services = { QStringLiteral("rds") };
    const QString file = path(QStringLiteral("hostile.pdf"));
    ASSERT_TRUE(studynotes::writePdf(outline(options), m_material.stack, file, studynotes::Paper::A4).ok());
    EXPECT_FALSE(hasImage(test::readFile(file))) << "a picture was loaded";
    if (!havePoppler("pdftotext"))
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed; scripts/setup.sh installs it";
    const QString text = simplified(poppler("pdftotext", file));
    EXPECT_TRUE(text.contains(QStringLiteral("<img src=\"%1\"> after the tag").arg(url)))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("after the image"))) << "the text around an image stays";
}

TEST_F(StudyNotesWriterTest, a_hostile_pack_lesson_loads_and_runs_nothing_in_markdown_html_or_pdf)
{
    const QString picture = writePicture(path(QStringLiteral("pixel.png")));
    const QString url = QUrl::fromLocalFile(picture).toString();
    ASSERT_FALSE(m_material.lessons.isEmpty());
    m_material.lessons[0].body = QStringLiteral("## From someone else\n\n"
                                                "<script>alert(1)</script> <img src=\"%1\" onerror=alert(2)> "
                                                "<iframe src=\"https://example.com/\"></iframe>\n\n"
                                                "![remote](https://example.com/pixel.png) ![local](%1) "
                                                "[run](javascript:alert(3)) [open](file:///etc/passwd)\n\n"
                                                "Still **bold** and [a web link](https://aws.amazon.com/).")
                                     .arg(url);
    StudyNotesOptions options;
    options.parts = StudyNotesOptions::Lessons;

    // Markdown: every "<" and every unsafe "[" escaped; the pack's formatting kept.
    const QString md = studyNotesMarkdown(outline(options));
    EXPECT_TRUE(md.contains(QStringLiteral("\\<script>alert(1)\\</script>"))) << md.toStdString();
    EXPECT_TRUE(md.contains(QStringLiteral("!\\[remote](https://example.com/pixel.png)")));
    EXPECT_TRUE(md.contains(QStringLiteral("\\[run](javascript:alert(3))")));
    EXPECT_TRUE(md.contains(QStringLiteral("[a web link](https://aws.amazon.com/)")));

    // HTML: the tags are text, the only links go to the web or within the page.
    const QString page = studynotes::html(outline(options), m_material.stack);
    for (const char* markup : { "<script", "<img", "<iframe", "javascript:alert(3)\"", "file:///etc" })
        EXPECT_FALSE(page.contains(QLatin1String(markup), Qt::CaseInsensitive)) << markup;
    EXPECT_TRUE(page.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;")));
    EXPECT_TRUE(page.contains(QStringLiteral("<strong>bold</strong>"))
                || page.contains(QStringLiteral("<b>bold</b>")));

    // PDF: no picture loaded, the text there to read.
    const QString file = path(QStringLiteral("hostile-lesson.pdf"));
    ASSERT_TRUE(studynotes::writePdf(outline(options), m_material.stack, file, studynotes::Paper::A4).ok());
    EXPECT_FALSE(hasImage(test::readFile(file))) << "a picture was loaded";
    if (!havePoppler("pdftotext"))
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed; scripts/setup.sh installs it";
    const QString text = simplified(poppler("pdftotext", file));
    EXPECT_TRUE(text.contains(QStringLiteral("<script>alert(1)</script>"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Still bold and a web link")));
}

TEST_F(StudyNotesWriterTest, headings_never_skip_a_level_and_a_notes_hash_line_stays_text)
{
    setNotes({ QStringLiteral("# Remember this\nand this") });
    const QString page = studynotes::html(outline(), m_material.stack);
    static const QRegularExpression heading(QStringLiteral("<h([1-6])[ >]"));
    int previous = 1;
    int seen = 0;
    for (auto it = heading.globalMatch(page); it.hasNext(); ++seen) {
        const int level = it.next().captured(1).toInt();
        EXPECT_LE(level, previous + 1) << "h" << previous << " then h" << level;
        previous = level;
    }
    EXPECT_GT(seen, 20);
    EXPECT_TRUE(page.contains(QStringLiteral("# Remember this<br>")))
        << "a note's # line is text, as in the Markdown";
    const QString md = studyNotesMarkdown(outline());
    EXPECT_TRUE(md.contains(QStringLiteral("> \\# Remember this"))) << md.toStdString();
    static const QRegularExpression mdHeading(QStringLiteral("^(#+) "), QRegularExpression::MultilineOption);
    previous = 1;
    for (auto it = mdHeading.globalMatch(md); it.hasNext();) {
        const int level = int(it.next().captured(1).size());
        EXPECT_LE(level, previous + 1) << "Markdown: level " << previous << " then " << level;
        previous = level;
    }
}

TEST_F(StudyNotesWriterTest, write_picks_the_format_by_extension)
{
    const StudyNotesOutline notes = outline();
    const QString md = path(QStringLiteral("notes.md"));
    ASSERT_TRUE(studynotes::write(notes, m_material.stack, md).ok());
    EXPECT_EQ(test::readFile(md), studyNotesMarkdown(notes).toUtf8());
    const QString upper = path(QStringLiteral("NOTES.MD"));
    ASSERT_TRUE(studynotes::write(notes, m_material.stack, upper).ok());
    EXPECT_EQ(test::readFile(upper), studyNotesMarkdown(notes).toUtf8());
    const QString page = path(QStringLiteral("notes.html"));
    ASSERT_TRUE(studynotes::write(notes, m_material.stack, page).ok());
    EXPECT_EQ(test::readFile(page), studynotes::html(notes, m_material.stack).toUtf8());

    StudyNotesOptions small;
    small.parts = StudyNotesOptions::Glossary;
    const QString pdf = path(QStringLiteral("notes.pdf"));
    ASSERT_TRUE(studynotes::write(outline(small), m_material.stack, pdf, studynotes::Paper::Letter).ok());
    EXPECT_TRUE(test::readFile(pdf).startsWith("%PDF-"));
    if (havePoppler("pdfinfo")) {
        EXPECT_TRUE(poppler("pdfinfo", pdf).contains(QStringLiteral("612 x 792 pts")))
            << "the paper asked for";
    }

    const QString text = path(QStringLiteral("notes.txt"));
    const Status refused = studynotes::write(notes, m_material.stack, text);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.errorMessage(),
              QStringLiteral("%1: study notes are written as .md, .html or .pdf").arg(text));
    EXPECT_FALSE(QFileInfo::exists(text));
    EXPECT_EQ(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 4) << "nothing else was left";
}

TEST_F(StudyNotesWriterTest, writing_into_a_missing_folder_fails_and_names_the_path)
{
    const StudyNotesOutline notes = outline();
    for (const char* name : { "no/such/notes.md", "no/such/notes.html", "no/such/notes.pdf" }) {
        const QString file = path(QLatin1String(name));
        const Status failed = studynotes::write(notes, m_material.stack, file);
        ASSERT_FALSE(failed.ok()) << name;
        EXPECT_TRUE(failed.errorMessage().contains(file)) << failed.errorMessage().toStdString();
        EXPECT_TRUE(failed.errorMessage().contains(QStringLiteral("does not exist")))
            << failed.errorMessage().toStdString();
    }
    EXPECT_FALSE(QFileInfo::exists(path(QStringLiteral("no"))));
}

// Root may write anywhere, but no temporary file can be made beside a 255-byte name: every
// format fails before it touches the old file.
TEST_F(StudyNotesWriterTest, a_failed_write_leaves_the_old_file_untouched)
{
    const StudyNotesOutline notes = outline();
    for (const char* suffix : { ".md", ".html", ".pdf" }) {
        const QString file = path(QString(255 - qstrlen(suffix), u'n') + QLatin1String(suffix));
        test::writeFile(file, "mine");
        ASSERT_TRUE(QFileInfo::exists(file)) << "the file system takes no 255-byte names";
        const QByteArray before = test::fileHash(file);
        const Status failed = studynotes::write(notes, m_material.stack, file);
        ASSERT_FALSE(failed.ok()) << suffix;
        EXPECT_TRUE(failed.errorMessage().contains(file)) << failed.errorMessage().toStdString();
        EXPECT_EQ(test::fileHash(file), before) << suffix;
        EXPECT_TRUE(QFile::remove(file));
    }
    const QString kept = path(QStringLiteral("keep.txt"));
    test::writeFile(kept, "mine");
    EXPECT_FALSE(studynotes::write(notes, m_material.stack, kept).ok());
    EXPECT_EQ(test::readFile(kept), QByteArray("mine")) << "an unknown format writes nothing";
    EXPECT_EQ(QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
              QStringList { QStringLiteral("keep.txt") });
}

// The blocks after the last diagram once had no height after the diagrams went in, so the
// end of such a PDF was never drawn.
TEST_F(StudyNotesWriterTest, a_pdf_with_diagrams_has_its_text_to_the_end)
{
    if (!havePoppler("pdftotext"))
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed; scripts/setup.sh installs it";
    struct Case
    {
        int parts;
        QStringList services;
        QString last;
    };
    const QList<Case> cases {
        { StudyNotesOptions::Lessons, {}, QStringLiteral("Security in Amazon RDS") },
        { StudyNotesOptions::Lessons | StudyNotesOptions::Diagram,
          { QStringLiteral("rds") },
          QStringLiteral("Security in Amazon RDS") },
        { StudyNotesOptions::Diagram | StudyNotesOptions::Glossary,
          {},
          QStringLiteral("Rented servers, networks and storage.") },
    };
    for (const Case& c : cases) {
        StudyNotesOptions options;
        options.parts = c.parts;
        options.services = c.services;
        const QString file = path(QStringLiteral("end-%1.pdf").arg(c.parts));
        ASSERT_TRUE(
            studynotes::writePdf(outline(options), m_material.stack, file, studynotes::Paper::A4).ok());
        const QStringList pages = pagesOf(poppler("pdftotext", file, { QStringLiteral("-layout") }));
        ASSERT_FALSE(pages.isEmpty());
        EXPECT_TRUE(simplified(pages.constLast()).contains(c.last))
            << "parts " << c.parts << ": the last page lacks \"" << c.last.toStdString() << "\":\n"
            << pages.constLast().toStdString();
    }
}

namespace {

/**
 * The whole bundled course as PDF notes, on A4 and on US Letter, read back with poppler's
 * pdftotext and with qpdf: the contents, the headings, the text layer and the outline.
 */
class StudyNotesCoursePdfTest : public testing::TestWithParam<studynotes::Paper>
{
protected:
    static void SetUpTestSuite()
    {
        s_dir = new QTemporaryDir;
        const test::ScopedLocale locale;
        const test::FakeContentRepository content(test::FakeContentRepository::bundledCourse());
        test::FakeLearnerRepository learner;
        auto material = readStudyMaterial(content, learner, StudyNotesOptions {},
                                          QDateTime(QDate(2026, 3, 2), QTime(12, 0), Qt::UTC));
        ASSERT_TRUE(material.ok()) << material.errorMessage().toStdString();
        s_outline = new StudyNotesOutline(buildStudyNotes(*material, StudyNotesOptions {}));
        for (const auto paper : { studynotes::Paper::A4, studynotes::Paper::Letter }) {
            const QString file = s_dir->filePath(
                paper == studynotes::Paper::A4 ? QStringLiteral("a4.pdf") : QStringLiteral("letter.pdf"));
            const Status written = studynotes::writePdf(*s_outline, material->stack, file, paper);
            ASSERT_TRUE(written.ok()) << written.errorMessage().toStdString();
        }
    }
    static void TearDownTestSuite()
    {
        delete s_outline;
        delete s_dir;
    }

    void SetUp() override
    {
        if (!havePoppler("pdftotext"))
            GTEST_SKIP() << "pdftotext (poppler-utils) is not installed; scripts/setup.sh installs it";
        m_file = s_dir->filePath(GetParam() == studynotes::Paper::A4 ? QStringLiteral("a4.pdf")
                                                                     : QStringLiteral("letter.pdf"));
        m_pages = pagesOf(poppler("pdftotext", m_file, { QStringLiteral("-layout") }));
        ASSERT_GT(m_pages.size(), 40);
    }

    /** The sections the contents list: each part, and the lessons, diagrams and the like under it. */
    static QList<const OutlineSection*> listed()
    {
        QList<const OutlineSection*> out;
        for (const OutlineSection& s : s_outline->sections) {
            out.append(&s);
            for (const OutlineSection& child : s.sections) {
                if (child.level == 2 && child.inContents)
                    out.append(&child);
            }
        }
        return out;
    }

    /** @p title's words, however pdftotext spaced or wrapped them, as a pattern. */
    static QString titlePattern(const QString& title)
    {
        QStringList words = simplified(title).split(QLatin1Char(' '));
        for (QString& w : words)
            w = QRegularExpression::escape(w);
        return words.join(QStringLiteral("\\s+"));
    }

    /** A heading: its words alone on a line. */
    static QRegularExpression headingLine(const QString& title)
    {
        return QRegularExpression(QStringLiteral("^\\s*%1\\s*$").arg(titlePattern(title)),
                                  QRegularExpression::MultilineOption);
    }

    /** The page number the contents give for @p title. */
    int contentsPage(const QString& title) const
    {
        const QRegularExpression entry(QStringLiteral("^\\s*%1\\s+(\\d+)\\s*$").arg(titlePattern(title)),
                                       QRegularExpression::MultilineOption);
        for (qsizetype p = 1; p < 6 && p < m_pages.size(); ++p) {
            if (const auto m = entry.match(m_pages.at(p)); m.hasMatch())
                return m.captured(1).toInt();
        }
        return 0;
    }

    static QTemporaryDir* s_dir;
    static StudyNotesOutline* s_outline;
    QString m_file;
    QStringList m_pages;
};

QTemporaryDir* StudyNotesCoursePdfTest::s_dir = nullptr;
StudyNotesOutline* StudyNotesCoursePdfTest::s_outline = nullptr;

} // namespace

TEST_P(StudyNotesCoursePdfTest, the_contents_give_the_page_every_heading_is_printed_on)
{
    int checked = 0;
    for (const OutlineSection* s : listed()) {
        const int page = contentsPage(s->title);
        ASSERT_GT(page, 1) << "no contents line for " << s->title.toStdString();
        ASSERT_LE(page, m_pages.size());
        EXPECT_TRUE(headingLine(s->title).match(m_pages.at(page - 1)).hasMatch())
            << s->title.toStdString() << " is listed on page " << page << " but not printed there";
        ++checked;
    }
    EXPECT_GT(checked, 40);
}

TEST_P(StudyNotesCoursePdfTest, no_page_ends_with_a_heading_whose_text_is_on_the_next)
{
    // Every heading there is: the sections' titles, and the headings inside the lessons.
    QSet<QString> headings;
    std::function<void(const OutlineSection&)> collect = [&](const OutlineSection& s) {
        headings.insert(simplified(s.title));
        for (const OutlineBlock& b : s.blocks) {
            for (const QString& line : b.markdown.split(QLatin1Char('\n'))) {
                if (line.startsWith(QLatin1Char('#')))
                    headings.insert(
                        simplified(QString(line).remove(QRegularExpression(QStringLiteral("^#+")))));
            }
        }
        for (const OutlineSection& child : s.sections)
            collect(child);
    };
    for (const OutlineSection& s : s_outline->sections)
        collect(s);
    QStringList stranded;
    for (qsizetype p = 1; p + 1 < m_pages.size(); ++p) {
        QStringList lines = m_pages.at(p).split(QLatin1Char('\n'));
        while (
            !lines.isEmpty()
            && (lines.constLast().trimmed().isEmpty() || lines.constLast().contains(QStringLiteral("Page "))))
            lines.removeLast();
        if (!lines.isEmpty() && headings.contains(simplified(lines.constLast())))
            stranded.append(QStringLiteral("page %1: %2").arg(p + 1).arg(simplified(lines.constLast())));
    }
    EXPECT_TRUE(stranded.isEmpty()) << stranded.join(QLatin1Char('\n')).toStdString();
}

TEST_P(StudyNotesCoursePdfTest, the_text_layer_has_letters_not_ligatures)
{
    const QString text = m_pages.join(QLatin1Char('\f'));
    for (const QChar c : text)
        ASSERT_FALSE(c.unicode() >= 0xFB00 && c.unicode() <= 0xFB06)
            << "ligature U+" << std::hex << int(c.unicode());
    EXPECT_TRUE(text.contains(QStringLiteral("specific"))) << "found by a search for the word";
    EXPECT_TRUE(text.contains(QStringLiteral("configure")));
}

TEST_P(StudyNotesCoursePdfTest, qpdf_finds_the_file_sound_and_an_outline_that_matches_the_contents)
{
    const QString qpdf = QStandardPaths::findExecutable(QStringLiteral("qpdf"));
    if (qpdf.isEmpty())
        GTEST_SKIP() << "qpdf is not installed; scripts/setup.sh installs it";
    QProcess check;
    check.start(qpdf, { QStringLiteral("--check"), m_file });
    ASSERT_TRUE(check.waitForFinished(60000));
    const QString checked = QString::fromUtf8(check.readAllStandardOutput() + check.readAllStandardError());
    EXPECT_EQ(check.exitCode(), 0) << checked.toStdString();
    EXPECT_TRUE(checked.contains(QStringLiteral("No syntax or stream encoding errors")))
        << checked.toStdString();

    QProcess json;
    json.start(qpdf, { QStringLiteral("--json=2"), QStringLiteral("--json-key=outlines"), m_file });
    ASSERT_TRUE(json.waitForFinished(60000));
    ASSERT_EQ(json.exitCode(), 0) << json.readAllStandardError().toStdString();
    const QJsonArray outlines = QJsonDocument::fromJson(json.readAllStandardOutput())
                                    .object()
                                    .value(QStringLiteral("outlines"))
                                    .toArray();
    ASSERT_EQ(outlines.size(), s_outline->sections.size()) << "one bookmark per part";
    int bookmarks = 0;
    std::function<void(const QJsonArray&)> walk = [&](const QJsonArray& items) {
        for (const QJsonValue& v : items) {
            const QJsonObject item = v.toObject();
            const QString title = item.value(QStringLiteral("title")).toString();
            EXPECT_EQ(item.value(QStringLiteral("destpageposfrom1")).toInt(), contentsPage(title))
                << title.toStdString() << ": the bookmark and the contents agree";
            ++bookmarks;
            walk(item.value(QStringLiteral("kids")).toArray());
        }
    };
    walk(outlines);
    EXPECT_EQ(bookmarks, listed().size());
    EXPECT_EQ(outlines.at(0).toObject().value(QStringLiteral("title")).toString(),
              s_outline->sections.first().title);
}

INSTANTIATE_TEST_SUITE_P(Paper, StudyNotesCoursePdfTest,
                         testing::Values(studynotes::Paper::A4, studynotes::Paper::Letter),
                         [](const testing::TestParamInfo<studynotes::Paper>& info) {
                             return std::string(info.param == studynotes::Paper::A4 ? "A4" : "Letter");
                         });
