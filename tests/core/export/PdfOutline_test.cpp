// SPDX-License-Identifier: GPL-3.0-or-later
// The outline added to a finished PDF: appended as an incremental update that keeps every
// original byte, with each bookmark pointing at the right page object. (That viewers and qpdf
// accept it is checked on the study notes' real PDFs in tests/ui.)
#include "core/export/PdfOutline.h"

#include "support/QtPrinters.h"

#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace demarc;

namespace {

/** A small PDF as a writer would make it: a catalog, a page tree of @p pages pages, a classic xref. */
QByteArray smallPdf(int pages)
{
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    auto object = [&](const QByteArray& body) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(offsets.size()) + " 0 obj\n" + body + "\nendobj\n";
    };
    object("<< /Type /Catalog /Pages 2 0 R >>");
    QByteArray kids;
    for (int p = 0; p < pages; ++p)
        kids += QByteArray::number(3 + p) + " 0 R ";
    object("<< /Type /Pages /Kids [" + kids + "] /Count " + QByteArray::number(pages) + " >>");
    for (int p = 0; p < pages; ++p)
        object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>");
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(offsets.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype o : offsets)
        pdf += QByteArray::number(o).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(offsets.size() + 1) + " /Root 1 0 R >>\nstartxref\n"
        + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

/** The text of object @p n's last definition in @p pdf. */
QByteArray lastObject(const QByteArray& pdf, int n)
{
    const QByteArray header = "\n" + QByteArray::number(n) + " 0 obj\n";
    const qsizetype at = pdf.lastIndexOf(header);
    if (at < 0)
        return {};
    return pdf.mid(at + header.size(), pdf.indexOf("endobj", at) - at - header.size());
}

} // namespace

TEST(PdfOutline, appends_an_outline_and_keeps_every_original_byte)
{
    const QByteArray original = smallPdf(3);
    auto out = addPdfOutline(original,
                             { { QStringLiteral("Part one"), 1, 0, 800 },
                               { QStringLiteral("Section"), 2, 1, 700.5 },
                               { QStringLiteral("Part two — ✓"), 1, 2, 800 } });
    ASSERT_TRUE(out.ok()) << out.errorMessage().toStdString();
    EXPECT_TRUE(out->startsWith(original)) << "an incremental update only appends";
    // The new catalog names the outline and opens with it shown.
    const QByteArray catalog = lastObject(*out, 1);
    EXPECT_TRUE(catalog.contains("/Pages 2 0 R"));
    EXPECT_TRUE(catalog.contains("/Outlines 6 0 R"));
    EXPECT_TRUE(catalog.contains("/PageMode /UseOutlines"));
    // The outline: two parts at the top, the section under the first, each at its page.
    EXPECT_TRUE(lastObject(*out, 6).contains("/First 7 0 R /Last 9 0 R /Count 2"));
    const QByteArray part = lastObject(*out, 7);
    EXPECT_TRUE(part.contains("/First 8 0 R /Last 8 0 R /Count -1")) << part.constData();
    EXPECT_TRUE(part.contains("/Next 9 0 R"));
    EXPECT_TRUE(part.contains("/Dest [3 0 R /XYZ 0 800.00 null]"));
    EXPECT_TRUE(lastObject(*out, 8).contains("/Parent 7 0 R"));
    EXPECT_TRUE(lastObject(*out, 8).contains("/Dest [4 0 R /XYZ 0 700.50 null]"));
    EXPECT_TRUE(lastObject(*out, 9).contains("/Dest [5 0 R /XYZ 0 800.00 null]"));
    // Titles in UTF-16 with a byte order mark, so any text survives.
    EXPECT_TRUE(lastObject(*out, 9).contains("/Title <FEFF")) << lastObject(*out, 9).constData();
    // The trailer points back to the original cross-reference table, and each new offset is right.
    const qsizetype trailer = out->lastIndexOf("trailer");
    EXPECT_TRUE(
        out->mid(trailer).contains("/Prev " + QByteArray::number(original.lastIndexOf("\nxref\n") + 1)));
    EXPECT_TRUE(out->mid(trailer).contains("/Size 10"));
    const qsizetype xref = out->lastIndexOf("\nxref\n") + 1;
    static const QRegularExpression entry(QStringLiteral("(\\d{10}) 00000 n\\r\\n"));
    int entries = 0;
    for (auto it = entry.globalMatch(QString::fromLatin1(out->mid(xref, trailer - xref))); it.hasNext();
         ++entries) {
        const qsizetype at = it.next().captured(1).toLongLong();
        EXPECT_TRUE(QByteArray(out->constData() + at, 8).contains(" 0 obj")) << "offset " << at;
    }
    EXPECT_EQ(entries, 5) << "the outline, three bookmarks and the catalog";
    EXPECT_TRUE(out->endsWith("startxref\n" + QByteArray::number(xref) + "\n%%EOF\n"));
}

TEST(PdfOutline, refuses_what_it_cannot_read_and_bookmarks_past_the_last_page)
{
    EXPECT_FALSE(addPdfOutline("not a pdf", {}).ok());
    const QByteArray pdf = smallPdf(2);
    auto past = addPdfOutline(pdf, { { QStringLiteral("Too far"), 1, 2, 0 } });
    ASSERT_FALSE(past.ok());
    EXPECT_TRUE(past.errorMessage().contains(QStringLiteral("page 3 of a 2-page PDF")))
        << past.errorMessage().toStdString();
    auto once = addPdfOutline(pdf, { { QStringLiteral("One"), 1, 0, 0 } });
    ASSERT_TRUE(once.ok());
    EXPECT_FALSE(addPdfOutline(*once, { { QStringLiteral("Two"), 1, 0, 0 } }).ok())
        << "an outline is added once";
    QByteArray broken = pdf;
    broken.replace("/Root 1 0 R", "/Root 9 0 R");
    EXPECT_FALSE(addPdfOutline(broken, {}).ok());
}
