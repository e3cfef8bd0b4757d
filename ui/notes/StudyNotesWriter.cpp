// SPDX-License-Identifier: GPL-3.0-or-later
#include "StudyNotesWriter.h"

#include "NotesPagination.h"
#include "core/SaveFile.h"
#include "core/export/MarkdownHtml.h"
#include "core/export/PdfOutline.h"
#include "ui/paint/DiagramPainter.h"
#include "ui/paint/PartyStyle.h"
#include "ui/paint/Theme.h"
#include "ui/paint/ViewRenderer.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QBuffer>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSvgGenerator>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextObjectInterface>

#include <algorithm>

namespace demarc::studynotes {

namespace {

/** Where this file's texts are translated (lupdate reads the context from here too). */
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(StudyNotes)
};

enum class Flavour { Web, Print };

/** The palette pictures are drawn in, whatever the screen's theme: notes are read on paper. */
QPalette paperPalette() { return theme::paper().palette; }

/** A cell's tint: the party's fill lightened, so that dark text reads well on it. */
QString tint(Party party)
{
    const QColor f = partystyle::fill(party);
    const auto mix = [](int c) { return (c * 45 + 255 * 55) / 100; };
    return QColor(mix(f.red()), mix(f.green()), mix(f.blue())).name();
}

QString partyClass(Party party) { return QStringLiteral("p-") + partyId(party); }

/** A bordered table for the print document, whose rich text knows attributes better than style sheets. */
QString printTableOpen(bool wide)
{
    return QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"%1\" "
                          "style=\"border-collapse: collapse; border-color: #999999;%2\">\n")
        .arg(wide ? 3 : 5)
        .arg(wide ? QStringLiteral(" font-size: 7.5pt;") : QString());
}

QString tableHtml(const OutlineTable& table, Flavour flavour)
{
    QString h = flavour == Flavour::Web ? QStringLiteral("<div class=\"table-wrap\"><table>\n")
                                        : printTableOpen(table.header.size() > 5);
    h += QStringLiteral("<thead><tr>");
    // On paper a wide table's row names get the room to keep their words whole, and the other
    // columns share the rest equally, so that no party's name is broken.
    const bool fixedWidths = flavour == Flavour::Print && table.rowHeaders && table.header.size() > 5;
    const int nameWidth = 19;
    const int columnWidth = fixedWidths ? (100 - nameWidth) / int(table.header.size() - 1) : 0;
    for (qsizetype c = 0; c < table.header.size(); ++c) {
        QString open = flavour == Flavour::Web ? QStringLiteral("<th scope=\"col\"")
                                               : QStringLiteral("<th bgcolor=\"#eeeeee\" align=\"left\"");
        if (fixedWidths)
            open += QStringLiteral(" width=\"%1%\"").arg(c == 0 ? nameWidth : columnWidth);
        h += open + QLatin1Char('>') + escapeHtml(table.header.at(c)) + QStringLiteral("</th>");
    }
    h += QStringLiteral("</tr></thead>\n<tbody>\n");
    for (const QList<OutlineCell>& row : table.rows) {
        h += QStringLiteral("<tr>");
        for (qsizetype c = 0; c < table.header.size(); ++c) {
            const OutlineCell cell = c < row.size() ? row.at(c) : OutlineCell {};
            const bool head = c == 0 && table.rowHeaders;
            QString open = head ? QStringLiteral("<th") : QStringLiteral("<td");
            if (head && flavour == Flavour::Web)
                open += QStringLiteral(" scope=\"row\"");
            if (head && flavour == Flavour::Print)
                open += QStringLiteral(" align=\"left\"");
            if (cell.party) {
                open += flavour == Flavour::Web ? QStringLiteral(" class=\"%1\"").arg(partyClass(*cell.party))
                                                : QStringLiteral(" bgcolor=\"%1\"").arg(tint(*cell.party));
            }
            QString text = escapeHtml(cell.text);
            if (cell.party)
                text = QStringLiteral("<b>%1</b>").arg(text);
            h += open + QLatin1Char('>') + text + (head ? QStringLiteral("</th>") : QStringLiteral("</td>"));
        }
        h += QStringLiteral("</tr>\n");
    }
    h += QStringLiteral("</tbody></table>");
    if (flavour == Flavour::Web)
        h += QStringLiteral("</div>");
    return h + QLatin1Char('\n');
}

QString noteHtml(const OutlineBlock& b, Flavour flavour)
{
    MarkdownHtmlOptions o;
    o.hardBreaks = true;
    o.headings = false;
    const QString body = markdownToHtml(b.markdown, o);
    if (flavour == Flavour::Web) {
        return QStringLiteral("<aside class=\"note\"><p class=\"note-label\">✎ %1</p>\n%2</aside>\n")
            .arg(escapeHtml(b.label), body);
    }
    return QStringLiteral(
               "<table width=\"100%\" border=\"0\" cellspacing=\"0\" cellpadding=\"8\" bgcolor=\"#fff6dc\" "
               "style=\"margin-top: 6px; margin-bottom: 6px;\"><tr><td><p><b>✎ "
               "%1</b></p>\n%2</td></tr></table>\n")
        .arg(escapeHtml(b.label), body);
}

/** The stack as inline SVG, drawn by DiagramPainter into an SVG generator. */
QString diagramSvg(const ResponsibilityStack& stack, const QString& selection)
{
    const auto scene = ViewRenderer::diagramScene(stack, selection);
    if (!scene)
        return {};
    const QSize size(900, 640);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(scene->title);
        QPainter painter(&svg);
        painter.fillRect(QRect(QPoint(0, 0), size), Qt::white);
        QFont font = QApplication::font();
        DiagramPainter::paint(&painter, QRectF(QPointF(0, 0), QSizeF(size)), *scene, paperPalette(), font);
    }
    QString svg = QString::fromUtf8(buffer.data());
    // Inline SVG needs no XML prolog; the fixed pixel size gives way to the page's width.
    const qsizetype start = svg.indexOf(QLatin1String("<svg"));
    svg = start >= 0 ? svg.mid(start) : svg;
    svg.replace(QRegularExpression(QStringLiteral("<svg\\s+width=\"[^\"]*\"\\s+height=\"[^\"]*\"")),
                QStringLiteral("<svg role=\"img\""));
    // The family Qt drew with may be a name only Qt knows ("Sans Serif"); browsers get one they
    // have, as wide as the one the boxes were measured with, so that no name overflows its box.
    svg.replace(QRegularExpression(QStringLiteral("font-family=\"[^\"]*\"")),
                QStringLiteral("font-family=\"DejaVu Sans, Verdana, sans-serif\""));
    return svg;
}

/** The name an image takes in the print document, replaced by a vector drawing before layout. */
const QString DiagramScheme = QStringLiteral("demarc-diagram:");
const QString PageScheme = QStringLiteral("demarc-page:");

QString blockHtml(const OutlineBlock& b, Flavour flavour, const ResponsibilityStack& stack)
{
    MarkdownHtmlOptions o;
    o.headingOffset = 1;
    switch (b.kind) {
    case OutlineBlock::Kind::Markdown: {
        QString h = markdownToHtml(b.markdown, o);
        if (flavour == Flavour::Print) {
            h.replace(QLatin1String("<table>"), printTableOpen(false));
            h.replace(QLatin1String("<th>"), QLatin1String("<th bgcolor=\"#eeeeee\" align=\"left\">"));
        }
        return h;
    }
    case OutlineBlock::Kind::Note: return noteHtml(b, flavour);
    case OutlineBlock::Kind::Table: return tableHtml(b.table, flavour);
    case OutlineBlock::Kind::Diagram: {
        QString h;
        if (flavour == Flavour::Web) {
            h = QStringLiteral("<figure class=\"diagram\">%1<figcaption>%2</figcaption></figure>\n")
                    .arg(diagramSvg(stack, b.selection), escapeHtml(b.label));
        } else {
            h = QStringLiteral("<p align=\"center\"><img src=\"%1%2\"></p>\n<p><i>%3</i></p>\n")
                    .arg(DiagramScheme, escapeHtml(b.selection), escapeHtml(b.label));
        }
        return h + tableHtml(b.table, flavour);
    }
    }
    return {};
}

void sectionHtml(const OutlineSection& s, Flavour flavour, const ResponsibilityStack& stack, QString& h)
{
    const int level = std::min(6, s.level + 1);
    if (flavour == Flavour::Web) {
        h += QStringLiteral("<section><h%1 id=\"%2\">%3</h%1>\n")
                 .arg(level)
                 .arg(escapeHtml(s.anchor), escapeHtml(s.title));
    } else {
        const QString breakBefore =
            s.level == 1 ? QStringLiteral(" style=\"page-break-before: always;\"") : QString();
        h += QStringLiteral("<h%1%2><a name=\"%3\"></a>%4</h%1>\n")
                 .arg(level)
                 .arg(breakBefore, escapeHtml(s.anchor), escapeHtml(s.title));
    }
    for (const OutlineBlock& b : s.blocks)
        h += blockHtml(b, flavour, stack);
    for (const OutlineSection& child : s.sections)
        sectionHtml(child, flavour, stack, h);
    if (flavour == Flavour::Web)
        h += QStringLiteral("</section>\n");
}

const char* const WebStyle = R"(
:root { color-scheme: light; }
* { box-sizing: border-box; }
body {
  margin: 0; background: #fff; color: #1d1d1f;
  font: 17px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif;
}
main { max-width: 48rem; margin: 0 auto; padding: 1rem 1.1rem 4rem; }
header { border-bottom: 3px solid #1d1d1f; margin-bottom: 1.5rem; }
h1 { font-size: 2rem; line-height: 1.2; margin: 1.2rem 0 .3rem; }
.subtitle { color: #555; margin: 0 0 1rem; }
h2 { font-size: 1.55rem; margin: 2.6rem 0 .6rem; padding-bottom: .2rem; border-bottom: 2px solid #d8d8d8; }
h3 { font-size: 1.25rem; margin: 2rem 0 .4rem; }
h4 { font-size: 1.08rem; margin: 1.4rem 0 .3rem; }
h5, h6 { font-size: 1rem; margin: 1.2rem 0 .3rem; }
a { color: #1f5fbf; }
nav ol { padding-left: 1.3rem; }
nav li { margin: .15rem 0; }
.table-wrap { overflow-x: auto; margin: 1rem 0; }
table { border-collapse: collapse; width: 100%; font-size: .93rem; }
th, td { border: 1px solid #bbb; padding: .35rem .5rem; text-align: left; vertical-align: top; }
thead th { background: #eee; }
tbody th { background: #fafafa; }
td.p-aws { background: %AWS%; }
td.p-customer { background: %CUSTOMER%; }
td.p-shared { background: %SHARED%; }
.note {
  border-left: 5px solid #b8860b; background: #fff6dc; padding: .5rem 1rem; margin: 1rem 0;
  border-radius: 0 6px 6px 0;
}
.note-label { font-weight: 600; margin: .2rem 0 .3rem; }
figure.diagram { margin: 1rem 0; }
figure.diagram svg { width: 100%; height: auto; border: 1px solid #ddd; }
figcaption { font-style: italic; color: #444; margin-top: .3rem; }
code { background: #f2f2f2; padding: 0 .2rem; border-radius: 3px; }
@media (max-width: 40rem) { body { font-size: 16px; } h1 { font-size: 1.6rem; } table { font-size: .85rem; } }
@media print {
  body { font-size: 11pt; } main { max-width: none; padding: 0; }
  a { color: inherit; text-decoration: none; }
  nav { page-break-after: always; }
  section > h2 { page-break-before: always; }
  .table-wrap { overflow: visible; }
  tr, .note, figure { page-break-inside: avoid; }
  td.p-aws, td.p-customer, td.p-shared, .note, thead th {
    -webkit-print-color-adjust: exact; print-color-adjust: exact;
  }
  h2, h3, h4 { page-break-after: avoid; }
}
)";

QString printHtml(const StudyNotesOutline& outline, const ResponsibilityStack& stack)
{
    QString h = QStringLiteral("<html><body>");
    // The title page.
    h += QStringLiteral("<p style=\"margin-top: 180px;\" align=\"center\"><span style=\"font-size: 26pt; "
                        "font-weight: 700;\">%1</span></p>"
                        "<p align=\"center\" style=\"font-size: 13pt; color: #444444;\">%2</p>")
             .arg(escapeHtml(outline.title), escapeHtml(outline.subtitle));
    h += QStringLiteral("<p align=\"center\" style=\"margin-top: 60px; color: #444444; page-break-after: "
                        "always;\">%1</p>")
             .arg(escapeHtml(
                 Text::tr("AWS secures the cloud itself; the customer secures what it puts in the cloud.")));
    // The contents: each page number is drawn once the document is laid out (PrintObjects).
    h += QStringLiteral("<h2>%1</h2><table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">")
             .arg(escapeHtml(Text::tr("Contents")));
    auto row = [&](const OutlineSection& s) {
        const QString page = QStringLiteral("<img src=\"%1%2\">").arg(PageScheme, escapeHtml(s.anchor));
        const QString title =
            s.level == 1 ? QStringLiteral("<b>%1</b>").arg(escapeHtml(s.title)) : escapeHtml(s.title);
        h +=
            QStringLiteral(
                "<tr><td style=\"padding-left: %1px;\">%2</td><td align=\"right\" width=\"10%\">%3</td></tr>")
                .arg(s.level == 1 ? 0 : 18)
                .arg(title, page);
    };
    for (const OutlineSection& s : outline.sections) {
        row(s);
        for (const OutlineSection& child : s.sections) {
            if (child.level == 2 && child.inContents)
                row(child);
        }
    }
    h += QStringLiteral("</table>");
    for (const OutlineSection& s : outline.sections)
        sectionHtml(s, Flavour::Print, stack, h);
    return h + QStringLiteral("</body></html>");
}

/** A text document that never loads anything: the only pictures are the diagrams drawn in. */
class SealedDocument final : public QTextDocument
{
public:
    using QTextDocument::QTextDocument;

protected:
    QVariant loadResource(int, const QUrl&) override { return {}; }
};

/**
 * The print HTML's two kinds of picture, as handler of the document's images: a diagram,
 * drawn as vectors, and a section's page number in the contents, drawn as text once the
 * pages are known, in a box as wide as "000" so that the layout never has to be redone. No
 * other image is ever in the document (a note's is text by then) and nothing is loaded.
 */
class PrintObjects final : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    PrintObjects(const ResponsibilityStack& stack, const QSizeF& diagramSize)
        : m_stack(stack)
        , m_diagramSize(diagramSize)
    { }

    void setPages(const QHash<QString, int>& pages) { m_pages = pages; }

    QSizeF intrinsicSize(QTextDocument* doc, int, const QTextFormat& format) override
    {
        const QString name = format.toImageFormat().name();
        if (name.startsWith(DiagramScheme))
            return m_diagramSize;
        if (name.startsWith(PageScheme)) {
            const QFontMetricsF metrics(fontOf(doc, format), doc->documentLayout()->paintDevice());
            return { metrics.horizontalAdvance(QStringLiteral("000")), metrics.ascent() };
        }
        return {};
    }

    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument* doc, int,
                    const QTextFormat& format) override
    {
        const QString name = format.toImageFormat().name();
        if (name.startsWith(PageScheme)) {
            const int page = m_pages.value(name.mid(PageScheme.size()));
            if (page <= 0)
                return;
            const QString number = QString::number(page);
            const QFont font = fontOf(doc, format);
            painter->save();
            painter->setFont(font);
            painter->setPen(format.foreground().style() == Qt::NoBrush ? QColor(Qt::black)
                                                                       : format.foreground().color());
            const qreal width = QFontMetricsF(font, painter->device()).horizontalAdvance(number);
            painter->drawText(QPointF(rect.right() - width, rect.bottom()), number);
            painter->restore();
            return;
        }
        const auto scene = name.startsWith(DiagramScheme)
            ? ViewRenderer::diagramScene(m_stack, name.mid(DiagramScheme.size()))
            : std::nullopt;
        if (!scene)
            return;
        painter->save();
        painter->fillRect(rect, Qt::white);
        DiagramPainter::paint(painter, rect, *scene, paperPalette(), doc->defaultFont());
        painter->restore();
    }

private:
    static QFont fontOf(const QTextDocument* doc, const QTextFormat& format)
    {
        return format.toCharFormat().font().resolve(doc->defaultFont());
    }

    const ResponsibilityStack& m_stack;
    QSizeF m_diagramSize;
    QHash<QString, int> m_pages;
};

/** Lays the notes out and draws them on @p device; returns where each section's heading landed. */
Result<QHash<QString, HeadingPlace>> paintPages(const StudyNotesOutline& outline,
                                                const ResponsibilityStack& stack, QPagedPaintDevice& device)
{
    const QRect paintRect = device.pageLayout().paintRectPixels(device.logicalDpiY());
    if (paintRect.isEmpty())
        return Error { Text::tr("the page has no room to print on") };
    const qreal dpi = device.logicalDpiY();
    const qreal footer = dpi * 0.35;
    const QSizeF page(paintRect.width(), paintRect.height() - footer);
    SealedDocument doc;
    PrintObjects objects(stack, QSizeF(page.width() * 0.86, page.width() * 0.86 * 0.62));
    doc.documentLayout()->setPaintDevice(&device);
    doc.documentLayout()->registerHandler(QTextFormat::ImageObject, &objects);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(10);
    // Any letter spacing turns the font's ligatures off, so the PDF's text says "fi", not "ﬁ",
    // and search and copying find every word. A twentieth of a pixel at 300 dpi is not to be seen.
    font.setLetterSpacing(QFont::AbsoluteSpacing, 0.05);
    doc.setDefaultFont(font);
    doc.setDefaultStyleSheet(
        QStringLiteral("h2 { font-size: 17pt; } h3 { font-size: 13.5pt; } h4 { font-size: 11.5pt; } "
                       "h5 { font-size: 10.5pt; } th { font-weight: bold; } p { margin-bottom: 6px; }"));
    doc.setPageSize(page);
    doc.setHtml(printHtml(outline, stack));
    // Each move can strand a heading further on; a few rounds settle a document of any length.
    for (int round = 0; round < 8 && keepHeadingsWithTheirText(doc, page.height()) > 0; ++round) { }
    // The contents' page numbers are known once the layout is final, and drawn into it.
    const QHash<QString, HeadingPlace> places = headingPlaces(doc, page.height());
    QHash<QString, int> pages;
    for (auto it = places.cbegin(); it != places.cend(); ++it)
        pages.insert(it.key(), it->page + 1);
    objects.setPages(pages);
    QPainter painter;
    if (!painter.begin(&device))
        return Error { Text::tr("cannot start drawing the pages") };
    const int count = doc.pageCount();
    QFont footerFont = font;
    footerFont.setPointSizeF(8);
    for (int p = 0; p < count; ++p) {
        if (p > 0 && !device.newPage())
            return Error { Text::tr("cannot start page %1").arg(p + 1) };
        const QRectF clip(0, p * page.height(), page.width(), page.height());
        painter.save();
        painter.translate(0, -clip.top());
        painter.setClipRect(clip);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = clip;
        context.palette = paperPalette();
        doc.documentLayout()->draw(&painter, context);
        painter.restore();
        if (p > 0) {
            painter.setFont(footerFont);
            painter.setPen(QColor(0x55, 0x55, 0x55));
            const QRectF foot(0, page.height(), page.width(), footer);
            painter.drawText(foot, Qt::AlignLeft | Qt::AlignBottom, outline.title);
            painter.drawText(foot, Qt::AlignRight | Qt::AlignBottom,
                             Text::tr("Page %1 of %2").arg(p + 1).arg(count));
        }
    }
    painter.end();
    return places;
}

} // namespace

QString formatOf(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown"))
        return QStringLiteral("md");
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return QStringLiteral("html");
    if (suffix == QLatin1String("pdf"))
        return QStringLiteral("pdf");
    return {};
}

QString html(const StudyNotesOutline& outline, const ResponsibilityStack& stack)
{
    const theme::Wearing onPaper(theme::paper());
    QString style = QString::fromLatin1(WebStyle);
    style.replace(QLatin1String("%AWS%"), tint(Party::Aws));
    style.replace(QLatin1String("%CUSTOMER%"), tint(Party::Customer));
    style.replace(QLatin1String("%SHARED%"), tint(Party::Shared));
    QString h =
        QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                       "<meta name=\"generator\" "
                       "content=\"Demarc\">\n<title>%1</title>\n<style>%2</style>\n</head>\n<body>\n<main>\n")
            .arg(escapeHtml(outline.title), style);
    h += QStringLiteral("<header><h1>%1</h1><p class=\"subtitle\">%2</p></header>\n")
             .arg(escapeHtml(outline.title), escapeHtml(outline.subtitle));
    h += QStringLiteral("<nav aria-label=\"%1\"><h2>%1</h2><ol>\n").arg(escapeHtml(Text::tr("Contents")));
    for (const OutlineSection& s : outline.sections) {
        h += QStringLiteral("<li><a href=\"#%1\">%2</a>").arg(escapeHtml(s.anchor), escapeHtml(s.title));
        QString children;
        for (const OutlineSection& child : s.sections) {
            if (child.level == 2 && child.inContents)
                children += QStringLiteral("<li><a href=\"#%1\">%2</a></li>\n")
                                .arg(escapeHtml(child.anchor), escapeHtml(child.title));
        }
        if (!children.isEmpty())
            h += QStringLiteral("\n<ol>\n") + children + QStringLiteral("</ol>");
        h += QStringLiteral("</li>\n");
    }
    h += QStringLiteral("</ol></nav>\n");
    for (const OutlineSection& s : outline.sections)
        sectionHtml(s, Flavour::Web, stack, h);
    return h + QStringLiteral("</main>\n</body>\n</html>\n");
}

Status paint(const StudyNotesOutline& outline, const ResponsibilityStack& stack, QPagedPaintDevice& device)
{
    const theme::Wearing onPaper(theme::paper());
    auto painted = paintPages(outline, stack, device);
    return painted ? Status {} : Status { Error { painted.errorMessage() } };
}

Status writePdf(const StudyNotesOutline& outline, const ResponsibilityStack& stack, const QString& path,
                Paper paper)
{
    const theme::Wearing onPaper(theme::paper());
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QList<PdfBookmark> bookmarks;
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(outline.title);
        writer.setCreator(QStringLiteral("Demarc"));
        writer.setResolution(300);
        writer.setPageSize(QPageSize(paper == Paper::Letter ? QPageSize::Letter : QPageSize::A4));
        writer.setPageMargins(QMarginsF(18, 16, 18, 14), QPageLayout::Millimeter);
        auto places = paintPages(outline, stack, writer);
        if (!places)
            return Error { Text::tr("%1: %2").arg(path, places.errorMessage()) };
        // The outline a viewer shows beside the pages: the parts, and the lessons and diagrams in them.
        const QPageLayout layout = writer.pageLayout();
        const qreal pageHeight = layout.fullRect(QPageLayout::Point).height();
        const qreal top = layout.paintRect(QPageLayout::Point).top();
        const qreal pointsPerPixel = 72.0 / writer.resolution();
        auto add = [&](const OutlineSection& s) {
            const auto place = places->constFind(s.anchor);
            if (place != places->cend())
                bookmarks.append(
                    { s.title, s.level, place->page, pageHeight - (top + place->y * pointsPerPixel) });
        };
        for (const OutlineSection& s : outline.sections) {
            add(s);
            for (const OutlineSection& child : s.sections) {
                if (child.level == 2 && child.inContents)
                    add(child);
            }
        }
    }
    auto withOutline = addPdfOutline(buffer.data(), bookmarks);
    if (!withOutline)
        return Error {
            Text::tr("%1: the outline could not be added: %2").arg(path, withOutline.errorMessage())
        };
    return saveFileAtomically(path, *withOutline);
}

Status write(const StudyNotesOutline& outline, const ResponsibilityStack& stack, const QString& path,
             Paper paper)
{
    const QString format = formatOf(path);
    if (format == QLatin1String("md"))
        return saveFileAtomically(path, studyNotesMarkdown(outline).toUtf8());
    if (format == QLatin1String("html"))
        return saveFileAtomically(path, html(outline, stack).toUtf8());
    if (format == QLatin1String("pdf"))
        return writePdf(outline, stack, path, paper);
    return Error { Text::tr("%1: study notes are written as .md, .html or .pdf").arg(path) };
}

} // namespace demarc::studynotes

#include "StudyNotesWriter.moc"
