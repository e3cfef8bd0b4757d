// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfOutline.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <optional>

namespace demarc {

namespace {

/** Where this file's texts are translated (lupdate reads the context from here too). */
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PdfOutline)
};

struct Ref
{
    int number = 0;
    int generation = 0;
    QByteArray text() const
    {
        return QByteArray::number(number) + ' ' + QByteArray::number(generation) + " R";
    }
};

/** The dictionary that starts at the first "<<" from @p from, nested ones included; empty when unbalanced. */
QByteArray dictionaryAt(const QByteArray& pdf, qsizetype from)
{
    const qsizetype start = pdf.indexOf("<<", from);
    if (start < 0)
        return {};
    int depth = 0;
    for (qsizetype i = start; i + 1 < pdf.size(); ++i) {
        if (pdf.at(i) == '<' && pdf.at(i + 1) == '<') {
            ++depth;
            ++i;
        } else if (pdf.at(i) == '>' && pdf.at(i + 1) == '>') {
            --depth;
            ++i;
            if (depth == 0)
                return pdf.mid(start, i + 1 - start);
        }
    }
    return {};
}

std::optional<Ref> refIn(const QByteArray& dictionary, const char* key)
{
    const QRegularExpression pattern(QStringLiteral("/%1\\s+(\\d+)\\s+(\\d+)\\s+R").arg(QLatin1String(key)));
    const auto m = pattern.match(QString::fromLatin1(dictionary));
    if (!m.hasMatch())
        return std::nullopt;
    return Ref { m.captured(1).toInt(), m.captured(2).toInt() };
}

/** Where each object starts, from the cross-reference tables (the newest section first, then each /Prev). */
struct ObjectIndex
{
    QHash<int, qsizetype> offsets;

    QByteArray dictionary(const QByteArray& pdf, const Ref& ref) const
    {
        const auto it = offsets.constFind(ref.number);
        if (it == offsets.cend())
            return {};
        const QByteArray header =
            QByteArray::number(ref.number) + ' ' + QByteArray::number(ref.generation) + " obj";
        if (pdf.mid(*it, header.size()) != header)
            return {};
        return dictionaryAt(pdf, *it + header.size());
    }
};

Result<ObjectIndex> readIndex(const QByteArray& pdf, qsizetype xref)
{
    ObjectIndex index;
    for (int sections = 0; xref >= 0; ++sections) {
        if (sections > 64 || xref >= pdf.size() || pdf.mid(xref, 4) != "xref")
            return Error { Text::tr("the PDF's cross-reference table was not found where its trailer says") };
        qsizetype at = xref + 4;
        auto line = [&pdf, &at]() {
            while (at < pdf.size() && (pdf.at(at) == '\r' || pdf.at(at) == '\n' || pdf.at(at) == ' '))
                ++at;
            qsizetype end = at;
            while (end < pdf.size() && pdf.at(end) != '\r' && pdf.at(end) != '\n')
                ++end;
            const QByteArray text = pdf.mid(at, end - at).trimmed();
            at = end;
            return text;
        };
        for (;;) {
            const qsizetype before = at;
            const QList<QByteArray> head = line().split(' ');
            if (head.size() != 2 || head.first() == "trailer") {
                at = before;
                break;
            }
            bool ok1 = false, ok2 = false;
            const int start = head.at(0).toInt(&ok1);
            const int entries = head.at(1).toInt(&ok2);
            if (!ok1 || !ok2 || entries < 0 || entries > 10000000)
                return Error { Text::tr("the PDF's cross-reference table cannot be read") };
            for (int e = 0; e < entries; ++e) {
                const QList<QByteArray> entry = line().split(' ');
                if (entry.size() < 3)
                    return Error { Text::tr("the PDF's cross-reference table cannot be read") };
                if (entry.at(2).startsWith('n') && !index.offsets.contains(start + e))
                    index.offsets.insert(start + e, entry.at(0).toLongLong());
            }
        }
        const qsizetype trailerAt = pdf.indexOf("trailer", at);
        if (trailerAt < 0)
            return Error { Text::tr("the PDF has no trailer after its cross-reference table") };
        static const QRegularExpression prevKey(QStringLiteral("/Prev\\s+(\\d+)"));
        const auto prev = prevKey.match(QString::fromLatin1(dictionaryAt(pdf, trailerAt)));
        xref = prev.hasMatch() ? prev.captured(1).toLongLong() : -1;
    }
    return index;
}

/** The page objects in reading order, through nested page trees. */
Status collectPages(const QByteArray& pdf, const ObjectIndex& index, const Ref& node, QList<Ref>& pages,
                    int depth)
{
    if (depth > 32)
        return Error { Text::tr("the PDF's page tree is nested too deeply") };
    const QByteArray dict = index.dictionary(pdf, node);
    if (dict.isEmpty())
        return Error { Text::tr("the PDF's page object %1 was not found").arg(node.number) };
    static const QRegularExpression typePages(QStringLiteral("/Type\\s*/Pages\\b"));
    if (!typePages.match(QString::fromLatin1(dict)).hasMatch()) {
        pages.append(node);
        return {};
    }
    static const QRegularExpression kids(QStringLiteral("/Kids\\s*\\[([^\\]]*)\\]"));
    const auto m = kids.match(QString::fromLatin1(dict));
    if (!m.hasMatch())
        return Error { Text::tr("the PDF's page tree has no list of pages") };
    static const QRegularExpression ref(QStringLiteral("(\\d+)\\s+(\\d+)\\s+R"));
    for (auto it = ref.globalMatch(m.captured(1)); it.hasNext();) {
        const auto r = it.next();
        if (Status s = collectPages(pdf, index, Ref { r.captured(1).toInt(), r.captured(2).toInt() }, pages,
                                    depth + 1);
            !s)
            return s;
    }
    return {};
}

/** A PDF text string: UTF-16BE with its byte order mark, in hex, so any title survives. */
QByteArray pdfText(const QString& text)
{
    QByteArray bytes("\xFE\xFF", 2);
    for (const QChar c : text) {
        bytes.append(char(c.unicode() >> 8));
        bytes.append(char(c.unicode() & 0xFF));
    }
    return '<' + bytes.toHex().toUpper() + '>';
}

/** What adding an outline needs to know of a PDF: its trailer, catalog and pages. */
struct PdfParts
{
    QByteArray previousXref; ///< the offset of its last cross-reference section, as written
    QByteArray trailer;
    int size = 0; ///< the number of objects; new ones are numbered from here
    Ref root;
    QByteArray catalog;
    QList<Ref> pages;
};

Result<PdfParts> readParts(const QByteArray& pdf)
{
    PdfParts parts;
    const qsizetype startxref = pdf.lastIndexOf("startxref");
    if (!pdf.startsWith("%PDF-") || startxref < 0)
        return Error { Text::tr("not a PDF file, or one without its closing cross-reference") };
    static const QRegularExpression number(QStringLiteral("^\\s*(\\d+)"));
    const auto previous = number.match(QString::fromLatin1(pdf.mid(startxref + 9, 32)));
    if (!previous.hasMatch())
        return Error { Text::tr("the PDF's last cross-reference offset cannot be read") };
    parts.previousXref = previous.captured(1).toLatin1();
    const qsizetype trailerAt = pdf.lastIndexOf("trailer", startxref);
    if (trailerAt < 0)
        return Error { Text::tr("the PDF has no trailer (a cross-reference stream is not read here)") };
    parts.trailer = dictionaryAt(pdf, trailerAt);
    static const QRegularExpression sizeKey(QStringLiteral("/Size\\s+(\\d+)"));
    const auto size = sizeKey.match(QString::fromLatin1(parts.trailer));
    const auto root = refIn(parts.trailer, "Root");
    if (!size.hasMatch() || !root)
        return Error { Text::tr("the PDF's trailer names no catalog or size") };
    parts.size = size.captured(1).toInt();
    parts.root = *root;
    const auto index = readIndex(pdf, previous.captured(1).toLongLong());
    if (!index)
        return Error { index.errorMessage() };
    parts.catalog = index->dictionary(pdf, *root);
    const auto pagesRoot = refIn(parts.catalog, "Pages");
    if (parts.catalog.isEmpty() || !pagesRoot)
        return Error { Text::tr("the PDF's catalog or its page tree was not found") };
    if (parts.catalog.contains("/Outlines"))
        return Error { Text::tr("the PDF has an outline already") };
    if (Status s = collectPages(pdf, *index, *pagesRoot, parts.pages, 0); !s)
        return Error { s.errorMessage() };
    return parts;
}

/** Each bookmark's parent, its neighbours among its siblings, and its children (-1 for none). */
struct OutlineTree
{
    explicit OutlineTree(const QList<PdfBookmark>& bookmarks);

    qsizetype count;
    QList<qsizetype> parent, prev, next, firstChild, lastChild;
    QList<int> children;
    qsizetype firstTop = -1, lastTop = -1;
};

OutlineTree::OutlineTree(const QList<PdfBookmark>& bookmarks)
    : count(bookmarks.size())
    , parent(count, -1)
    , prev(count, -1)
    , next(count, -1)
    , firstChild(count, -1)
    , lastChild(count, -1)
    , children(count, 0)
{
    qsizetype lastChapter = -1;
    for (qsizetype i = 0; i < count; ++i) {
        if (bookmarks.at(i).level >= 2 && lastChapter >= 0) {
            parent[i] = lastChapter;
            if (lastChild[lastChapter] >= 0) {
                prev[i] = lastChild[lastChapter];
                next[lastChild[lastChapter]] = i;
            } else {
                firstChild[lastChapter] = i;
            }
            lastChild[lastChapter] = i;
            ++children[lastChapter];
        } else {
            lastChapter = i;
            if (lastTop >= 0) {
                prev[i] = lastTop;
                next[lastTop] = i;
            } else {
                firstTop = i;
            }
            lastTop = i;
        }
    }
}

QByteArray ref(int n) { return QByteArray::number(n) + " 0 R"; }

/** A PDF's objects added at its end, with where each starts, for the cross-reference section. */
struct Appended
{
    QByteArray out;
    QList<QPair<int, qsizetype>> offsets;

    void object(int n, const QByteArray& body, int generation = 0)
    {
        offsets.append({ n, out.size() });
        out += QByteArray::number(n) + ' ' + QByteArray::number(generation) + " obj\n" + body + "\nendobj\n";
    }
};

/** The outline's root (numbered @p first) and one object per bookmark after it. */
void appendOutline(Appended& a, const QList<PdfBookmark>& bookmarks, const QList<Ref>& pages, int first)
{
    const OutlineTree tree(bookmarks);
    auto numberOf = [first](qsizetype i) { return first + 1 + int(i); };
    QByteArray outlines = "<< /Type /Outlines";
    if (tree.firstTop >= 0) {
        const auto visible = std::count(tree.parent.cbegin(), tree.parent.cend(), qsizetype(-1));
        outlines += " /First " + ref(numberOf(tree.firstTop)) + " /Last " + ref(numberOf(tree.lastTop))
            + " /Count " + QByteArray::number(qsizetype(visible));
    }
    a.object(first, outlines + " >>");
    for (qsizetype i = 0; i < tree.count; ++i) {
        const PdfBookmark& b = bookmarks.at(i);
        QByteArray item = "<< /Title " + pdfText(b.title) + " /Parent "
            + ref(tree.parent.at(i) < 0 ? first : numberOf(tree.parent.at(i)));
        if (tree.prev.at(i) >= 0)
            item += " /Prev " + ref(numberOf(tree.prev.at(i)));
        if (tree.next.at(i) >= 0)
            item += " /Next " + ref(numberOf(tree.next.at(i)));
        if (tree.firstChild.at(i) >= 0) {
            // Closed at first (a negative count): the chapters alone, each opened on demand.
            item += " /First " + ref(numberOf(tree.firstChild.at(i))) + " /Last "
                + ref(numberOf(tree.lastChild.at(i))) + " /Count -" + QByteArray::number(tree.children.at(i));
        }
        item += " /Dest [" + pages.at(b.page).text() + " /XYZ 0 " + QByteArray::number(b.top, 'f', 2)
            + " null] >>";
        a.object(numberOf(i), item);
    }
}

/** The cross-reference section for the objects appended, in runs of consecutive numbers. */
QByteArray xrefSection(QList<QPair<int, qsizetype>> offsets, const Ref& root)
{
    QByteArray out = "xref\n";
    std::sort(offsets.begin(), offsets.end());
    for (qsizetype i = 0; i < offsets.size();) {
        qsizetype j = i;
        while (j + 1 < offsets.size() && offsets.at(j + 1).first == offsets.at(j).first + 1)
            ++j;
        out += QByteArray::number(offsets.at(i).first) + ' ' + QByteArray::number(j - i + 1) + '\n';
        for (qsizetype k = i; k <= j; ++k) {
            const int generation = offsets.at(k).first == root.number ? root.generation : 0;
            out += QByteArray::number(offsets.at(k).second).rightJustified(10, '0') + ' '
                + QByteArray::number(generation).rightJustified(5, '0') + " n\r\n";
        }
        i = j + 1;
    }
    return out;
}

} // namespace

Result<QByteArray> addPdfOutline(const QByteArray& pdf, const QList<PdfBookmark>& bookmarks)
{
    const auto parts = readParts(pdf);
    if (!parts)
        return Error { parts.errorMessage() };
    for (const PdfBookmark& b : bookmarks) {
        if (b.page < 0 || b.page >= parts->pages.size())
            return Error { Text::tr("the bookmark \"%1\" leads to page %2 of a %3-page PDF")
                               .arg(b.title)
                               .arg(b.page + 1)
                               .arg(parts->pages.size()) };
    }
    // Object numbers: the outline's root, then one per bookmark, in order.
    const int first = parts->size;
    Appended a { pdf, {} };
    if (!a.out.endsWith('\n'))
        a.out += '\n';
    appendOutline(a, bookmarks, parts->pages, first);
    // The catalog again, naming the outline and opening with it shown.
    QByteArray catalog = parts->catalog;
    catalog.chop(2);
    catalog += " /Outlines " + ref(first) + " /PageMode /UseOutlines >>";
    a.object(parts->root.number, catalog, parts->root.generation);

    const qsizetype xref = a.out.size();
    a.out += xrefSection(a.offsets, parts->root);
    QByteArray trailer = "trailer\n<< /Size " + QByteArray::number(first + 1 + int(bookmarks.size()))
        + " /Root " + parts->root.text();
    if (const auto info = refIn(parts->trailer, "Info"))
        trailer += " /Info " + info->text();
    static const QRegularExpression idKey(QStringLiteral("/ID\\s*\\[[^\\]]*\\]"));
    if (const auto id = idKey.match(QString::fromLatin1(parts->trailer)); id.hasMatch())
        trailer += ' ' + id.captured().toLatin1();
    trailer += " /Prev " + parts->previousXref + " >>\n";
    a.out += trailer + "startxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return a.out;
}

} // namespace demarc
