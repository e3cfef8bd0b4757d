// SPDX-License-Identifier: GPL-3.0-or-later
// The study notes' outline (which parts, topics, services and notes go where) and its Markdown,
// against tests/fixtures/export/notes.md. DEMARC_UPDATE_GOLDEN=1 rewrites the golden file.
#include "core/export/StudyNotes.h"

#include "support/Golden.h"
#include "support/QtPrinters.h"
#include "support/StudyNotesFixture.h"
#include "support/TestFiles.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <gtest/gtest.h>
#include <iostream>

using namespace demarc;

namespace {

using Part = StudyNotesOptions::Part;

/** Every section of @p sections and below, in document order. */
void collect(const QList<OutlineSection>& sections, QList<const OutlineSection*>& out)
{
    for (const OutlineSection& s : sections) {
        out.append(&s);
        collect(s.sections, out);
    }
}

QList<const OutlineSection*> allSections(const StudyNotesOutline& outline)
{
    QList<const OutlineSection*> out;
    collect(outline.sections, out);
    return out;
}

QStringList topAnchors(const StudyNotesOutline& outline)
{
    QStringList out;
    for (const OutlineSection& s : outline.sections)
        out.append(s.anchor);
    return out;
}

QStringList childAnchors(const OutlineSection* section)
{
    QStringList out;
    if (section) {
        for (const OutlineSection& s : section->sections)
            out.append(s.anchor);
    }
    return out;
}

const OutlineSection* find(const StudyNotesOutline& outline, const QString& anchor)
{
    for (const OutlineSection* s : allSections(outline)) {
        if (s->anchor == anchor)
            return s;
    }
    return nullptr;
}

struct PlacedNote
{
    QString anchor;
    QString label;
    QString body;
};

/** Every note block in the outline, with the section it is in. */
QList<PlacedNote> notesIn(const StudyNotesOutline& outline)
{
    QList<PlacedNote> out;
    for (const OutlineSection* s : allSections(outline)) {
        for (const OutlineBlock& b : s->blocks) {
            if (b.kind == OutlineBlock::Kind::Note)
                out.append({ s->anchor, b.label, b.markdown });
        }
    }
    return out;
}

/** The note with @p body, or an empty one (and a failure) when it is not there exactly once. */
PlacedNote noteWith(const StudyNotesOutline& outline, const QString& body)
{
    PlacedNote found;
    int count = 0;
    for (const PlacedNote& n : notesIn(outline)) {
        if (n.body == body) {
            found = n;
            ++count;
        }
    }
    EXPECT_EQ(count, 1) << "the note \"" << body.toStdString() << "\" appears " << count << " times";
    return found;
}

const OutlineBlock* firstBlock(const OutlineSection* section, OutlineBlock::Kind kind)
{
    if (!section)
        return nullptr;
    for (const OutlineBlock& b : section->blocks) {
        if (b.kind == kind)
            return &b;
    }
    return nullptr;
}

QStringList cellTexts(const QList<OutlineCell>& row)
{
    QStringList out;
    for (const OutlineCell& c : row)
        out.append(c.text);
    return out;
}

StudyNotesOptions only(int parts)
{
    StudyNotesOptions o;
    o.parts = parts;
    return o;
}

/** The cells of a pipe-table row: split at pipes that no backslash escapes. */
QStringList pipeCells(const QString& line)
{
    QStringList cells;
    QString cell;
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line.at(i) == u'\\' && i + 1 < line.size()) {
            cell += line.mid(i, 2);
            ++i;
        } else if (line.at(i) == u'|') {
            cells.append(cell.trimmed());
            cell.clear();
        } else {
            cell += line.at(i);
        }
    }
    cells.append(cell.trimmed());
    // The outer pipes leave an empty cell at either end.
    if (!cells.isEmpty() && cells.first().isEmpty())
        cells.removeFirst();
    if (!cells.isEmpty() && cells.last().isEmpty())
        cells.removeLast();
    return cells;
}

struct MarkdownShape
{
    /** "### Title" for every ATX heading outside block quotes, in order. */
    QStringList headings;
    int tables = 0;
    int quotes = 0;
};

/**
 * The block structure of @p md as CommonMark reads it (for what the writer emits): headings
 * outside quotes, and pipe tables, each checked to have one column count throughout.
 */
MarkdownShape shapeOf(const QString& md)
{
    static const QRegularExpression heading(QStringLiteral("^#{1,6} "));
    static const QRegularExpression separator(QStringLiteral("^\\|(\\s*:?-{3,}:?\\s*\\|)+$"));
    MarkdownShape shape;
    const QStringList lines = md.split(u'\n');
    bool inQuote = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString& line = lines.at(i);
        EXPECT_FALSE(line.contains(u'\r')) << "a carriage return on line " << i + 1;
        if (line.startsWith(u'>')) {
            if (!inQuote)
                ++shape.quotes;
            inQuote = true;
            continue;
        }
        if (inQuote) {
            // A line right after a quote would be a lazy continuation of it.
            EXPECT_TRUE(line.isEmpty())
                << "line " << i + 1 << " continues a block quote: " << line.toStdString();
            inQuote = false;
        }
        if (heading.match(line).hasMatch()) {
            shape.headings.append(line);
            EXPECT_TRUE(i == 0 || lines.at(i - 1).isEmpty()) << "no blank line before line " << i + 1;
            continue;
        }
        if (!line.startsWith(u'|'))
            continue;
        EXPECT_TRUE(i + 1 < lines.size() && separator.match(lines.at(i + 1)).hasMatch())
            << "a table row without a header above it, line " << i + 1 << ": " << line.toStdString();
        EXPECT_TRUE(i == 0 || lines.at(i - 1).isEmpty()) << "no blank line before the table at " << i + 1;
        ++shape.tables;
        const qsizetype columns = pipeCells(line).size();
        EXPECT_EQ(lines.at(i + 1).count(u'|') - 1, columns) << "line " << i + 2;
        for (i += 2; i < lines.size() && !lines.at(i).isEmpty(); ++i) {
            EXPECT_TRUE(lines.at(i).startsWith(u'|') && lines.at(i).endsWith(u'|'))
                << "line " << i + 1 << ": " << lines.at(i).toStdString();
            // Empty cells are fine; the count of separators is what a reader splits on.
            const QString row = lines.at(i);
            QString unescaped = row;
            unescaped.remove(QLatin1String("\\|"));
            EXPECT_EQ(unescaped.count(u'|') - 1, columns)
                << "line " << i + 1 << " has another column count: " << row.toStdString();
        }
    }
    return shape;
}

/** The heading every section and every heading in the course's Markdown should come out as. */
void expectedHeadings(const QList<OutlineSection>& sections, QStringList& out)
{
    static const QRegularExpression heading(QStringLiteral("^(#{1,6}) (.*)$"),
                                            QRegularExpression::MultilineOption);
    for (const OutlineSection& s : sections) {
        out.append(QString(s.level + 1, u'#') + u' ' + s.title);
        for (const OutlineBlock& b : s.blocks) {
            if (b.kind != OutlineBlock::Kind::Markdown)
                continue;
            for (auto it = heading.globalMatch(b.markdown); it.hasNext();) {
                const auto m = it.next();
                out.append(QString(m.capturedLength(1) + 1, u'#') + u' ' + m.captured(2));
            }
        }
        expectedHeadings(s.sections, out);
    }
}

QStringList expectedHeadings(const StudyNotesOutline& outline)
{
    QStringList out { QStringLiteral("# ") + outline.title, QStringLiteral("## Contents") };
    expectedHeadings(outline.sections, out);
    return out;
}

/** The block quote that starts with @p label's line, up to the blank line that ends it. */
QStringList quoteLines(const QString& md, const QString& labelLine)
{
    const QStringList lines = md.split(u'\n');
    const qsizetype start = lines.indexOf(labelLine);
    if (start < 0) {
        ADD_FAILURE() << "no line " << labelLine.toStdString();
        return {};
    }
    QStringList out;
    for (qsizetype i = start; i < lines.size() && !lines.at(i).isEmpty(); ++i)
        out.append(lines.at(i));
    return out;
}

class StudyNotesTest : public testing::Test
{
protected:
    StudyNotesOutline build(const StudyNotesOptions& options = {}) const
    {
        return buildStudyNotes(m_material, options);
    }

    test::ScopedLocale m_locale;
    StudyMaterial m_material = test::studyNotesMaterial();
};

} // namespace

TEST_F(StudyNotesTest, everything_has_every_part_in_document_order)
{
    const StudyNotesOutline outline = build();
    EXPECT_EQ(outline.title, QStringLiteral("Study notes: the AWS Shared Responsibility Model"));
    EXPECT_EQ(outline.subtitle, QStringLiteral("Made with Demarc on Monday, March 2, 2026"));
    EXPECT_EQ(outline.generatedAt, m_material.now);
    EXPECT_EQ(
        topAnchors(outline),
        (QStringList { QStringLiteral("progress"), QStringLiteral("topic-basics"),
                       QStringLiteral("topic-services"), QStringLiteral("diagram"), QStringLiteral("matrix"),
                       QStringLiteral("controls"), QStringLiteral("areas"), QStringLiteral("glossary"),
                       QStringLiteral("missed"), QStringLiteral("my-notes"), QStringLiteral("sources") }));
    for (const OutlineSection& s : outline.sections)
        EXPECT_EQ(s.level, 1) << s.anchor.toStdString();
    EXPECT_EQ(childAnchors(find(outline, QStringLiteral("topic-basics"))),
              (QStringList { QStringLiteral("lesson-what"), QStringLiteral("lesson-layers") }));
    EXPECT_EQ(childAnchors(find(outline, QStringLiteral("controls"))),
              (QStringList { QStringLiteral("controls-patch"), QStringLiteral("controls-training") }));
}

TEST_F(StudyNotesTest, each_part_alone_and_each_part_left_out)
{
    const QList<std::pair<Part, QStringList>> parts {
        { Part::Progress, { QStringLiteral("progress") } },
        { Part::Lessons,
          { QStringLiteral("topic-basics"), QStringLiteral("topic-services"), QStringLiteral("sources") } },
        { Part::Diagram, { QStringLiteral("diagram") } },
        { Part::Matrix, { QStringLiteral("matrix") } },
        { Part::Controls, { QStringLiteral("controls") } },
        { Part::Areas, { QStringLiteral("areas") } },
        { Part::Glossary, { QStringLiteral("glossary") } },
        { Part::Missed, { QStringLiteral("missed") } },
        { Part::MyNotes, { QStringLiteral("my-notes") } },
    };
    const QStringList everything = topAnchors(build());
    int all = 0;
    for (const auto& [part, anchors] : parts) {
        all |= part;
        EXPECT_EQ(topAnchors(build(only(part))), anchors) << "part " << int(part) << " alone";
        QStringList rest = everything;
        for (const QString& a : anchors)
            rest.removeAll(a);
        EXPECT_EQ(topAnchors(build(only(Part::Everything & ~part))), rest)
            << "everything but part " << int(part);
    }
    EXPECT_EQ(all, int(Part::Everything)) << "a part this test does not know";
    EXPECT_TRUE(build(only(0)).sections.isEmpty());
}

TEST_F(StudyNotesTest, part_names_read_back_in_document_order)
{
    EXPECT_EQ(
        StudyNotesOptions::partNames(),
        (QStringList { QStringLiteral("progress"), QStringLiteral("lessons"), QStringLiteral("diagram"),
                       QStringLiteral("matrix"), QStringLiteral("controls"), QStringLiteral("areas"),
                       QStringLiteral("glossary"), QStringLiteral("missed"), QStringLiteral("notes") }));
    int all = 0;
    for (const QString& name : StudyNotesOptions::partNames()) {
        const auto part = StudyNotesOptions::partFromName(name);
        ASSERT_TRUE(part.has_value()) << name.toStdString();
        all |= *part;
    }
    EXPECT_EQ(all, int(Part::Everything));
    EXPECT_FALSE(StudyNotesOptions::partFromName(QStringLiteral("Lessons")).has_value());
    EXPECT_FALSE(StudyNotesOptions::partFromName(QString()).has_value());
}

TEST_F(StudyNotesTest, a_topic_filter_limits_lessons_missed_questions_and_their_notes)
{
    StudyNotesOptions options;
    options.topics = { QStringLiteral("services") };
    const StudyNotesOutline outline = build(options);
    EXPECT_EQ(find(outline, QStringLiteral("topic-basics")), nullptr);
    EXPECT_EQ(childAnchors(find(outline, QStringLiteral("topic-services"))),
              QStringList { QStringLiteral("lesson-ec2-rds") });
    EXPECT_EQ(find(outline, QStringLiteral("lesson-what")), nullptr);
    EXPECT_EQ(childAnchors(find(outline, QStringLiteral("missed"))),
              QStringList { QStringLiteral("missed-rds-yours") });
    const OutlineBlock* intro =
        firstBlock(find(outline, QStringLiteral("missed")), OutlineBlock::Kind::Markdown);
    ASSERT_NE(intro, nullptr);
    EXPECT_TRUE(intro->markdown.startsWith(QStringLiteral("1 question whose latest answer")))
        << intro->markdown.toStdString();

    // Notes and bookmarks on lessons and questions of other topics stay out, even from "My notes".
    for (const PlacedNote& n : notesIn(outline)) {
        EXPECT_NE(n.body, test::fixturenote::Lesson) << n.anchor.toStdString();
        EXPECT_NE(n.body, test::fixturenote::Question) << n.anchor.toStdString();
    }
    const OutlineBlock* bookmarks =
        firstBlock(find(outline, QStringLiteral("my-notes")), OutlineBlock::Kind::Markdown);
    ASSERT_NE(bookmarks, nullptr);
    EXPECT_TRUE(
        bookmarks->markdown.contains(QStringLiteral("Question: Which of these are yours on Amazon RDS?")));
    EXPECT_FALSE(bookmarks->markdown.contains(QStringLiteral("The layers")))
        << bookmarks->markdown.toStdString();
    // Layers, terms and cells belong to no topic.
    EXPECT_EQ(noteWith(outline, test::fixturenote::Layer).anchor, QStringLiteral("layer-notes"));
    EXPECT_EQ(noteWith(outline, test::fixturenote::Term).anchor, QStringLiteral("glossary"));
    // A note on a lesson the course no longer has has no topic to be filtered by.
    EXPECT_EQ(noteWith(outline, test::fixturenote::Retired).anchor, QStringLiteral("my-notes"));

    // The sources list is the whole course's, whatever the topics.
    const OutlineBlock* sources =
        firstBlock(find(outline, QStringLiteral("sources")), OutlineBlock::Kind::Markdown);
    ASSERT_NE(sources, nullptr);
    EXPECT_TRUE(sources->markdown.contains(QStringLiteral("Shared Responsibility Model")));

    options.topics = { QStringLiteral("basics"), QStringLiteral("services") };
    EXPECT_EQ(topAnchors(build(options)), topAnchors(build()));
}

TEST_F(StudyNotesTest, services_choose_the_diagrams_and_the_matrix_columns)
{
    const auto diagrams = [&](const StudyNotesOptions& options) {
        const StudyNotesOutline outline = build(options);
        QStringList out;
        for (const QString& a : childAnchors(find(outline, QStringLiteral("diagram")))) {
            if (a != QLatin1String("layer-notes"))
                out.append(a);
        }
        return out;
    };
    const auto columns = [&](const StudyNotesOptions& options) {
        const StudyNotesOutline outline = build(options);
        const OutlineBlock* t =
            firstBlock(find(outline, QStringLiteral("matrix")), OutlineBlock::Kind::Table);
        return t ? t->table.header : QStringList();
    };
    const QStringList models { QStringLiteral("Layer"), QStringLiteral("On-premises"), QStringLiteral("IaaS"),
                               QStringLiteral("PaaS") };

    StudyNotesOptions options;
    EXPECT_EQ(StudyNotesOptions::defaultServices(m_material.stack),
              (QStringList { QStringLiteral("onprem"), QStringLiteral("iaas"), QStringLiteral("paas"),
                             QStringLiteral("ec2"), QStringLiteral("rds") }))
        << "lambda and s3 are not in this course";
    EXPECT_EQ(diagrams(options),
              (QStringList { QStringLiteral("diagram-onprem"), QStringLiteral("diagram-iaas"),
                             QStringLiteral("diagram-paas"), QStringLiteral("diagram-ec2"),
                             QStringLiteral("diagram-rds") }));
    EXPECT_EQ(columns(options),
              models + QStringList({ QStringLiteral("Amazon EC2"), QStringLiteral("Amazon RDS") }));

    options.services = { QStringLiteral("dynamodb") };
    EXPECT_EQ(diagrams(options), QStringList { QStringLiteral("diagram-dynamodb") });
    EXPECT_EQ(columns(options), models + QStringList { QStringLiteral("Amazon DynamoDB") })
        << "the models are always columns";

    // A model chosen again is not a second column; an unknown id is left out.
    options.services = { QStringLiteral("paas"), QStringLiteral("lambda"), QStringLiteral("rds") };
    EXPECT_EQ(diagrams(options),
              (QStringList { QStringLiteral("diagram-paas"), QStringLiteral("diagram-rds") }));
    EXPECT_EQ(columns(options), models + QStringList { QStringLiteral("Amazon RDS") });

    options.allServices = true;
    EXPECT_EQ(diagrams(options).size(), m_material.stack.selectionIds().size());
    EXPECT_EQ(columns(options),
              models
                  + QStringList({ QStringLiteral("Amazon EC2"), QStringLiteral("Amazon RDS"),
                                  QStringLiteral("Amazon DynamoDB") }))
        << "all services wins over the list";
}

TEST_F(StudyNotesTest, the_matrix_runs_top_layer_first_with_each_party_and_the_mark)
{
    const StudyNotesOutline outline = build();
    const OutlineBlock* t = firstBlock(find(outline, QStringLiteral("matrix")), OutlineBlock::Kind::Table);
    ASSERT_NE(t, nullptr);
    EXPECT_TRUE(t->table.rowHeaders);
    ASSERT_EQ(t->table.rows.size(), 4);
    EXPECT_EQ(cellTexts(t->table.rows.at(0)),
              (QStringList { QStringLiteral("Customer data"), QStringLiteral("Customer"),
                             QStringLiteral("Customer"), QStringLiteral("Customer"),
                             QStringLiteral("Customer"), QStringLiteral("Customer") }));
    EXPECT_EQ(cellTexts(t->table.rows.at(1)),
              (QStringList { QStringLiteral("Network controls"), QStringLiteral("Customer"),
                             QStringLiteral("Customer"), QStringLiteral("Shared"), QStringLiteral("Customer"),
                             QStringLiteral("Customer ◆") }));
    EXPECT_EQ(cellTexts(t->table.rows.at(3)),
              (QStringList { QStringLiteral("Physical facilities"), QStringLiteral("Customer"),
                             QStringLiteral("AWS"), QStringLiteral("AWS"), QStringLiteral("AWS"),
                             QStringLiteral("AWS") }));
    EXPECT_FALSE(t->table.rows.at(1).at(0).party.has_value()) << "a layer's name names no party";
    EXPECT_EQ(t->table.rows.at(1).at(3).party, Party::Shared);
    EXPECT_EQ(t->table.rows.at(1).at(5).party, Party::Customer);
}

TEST_F(StudyNotesTest, a_diagram_says_where_the_line_runs_and_lists_the_layers_top_first)
{
    const StudyNotesOutline outline = build();
    const OutlineSection* rds = find(outline, QStringLiteral("diagram-rds"));
    ASSERT_NE(rds, nullptr);
    EXPECT_EQ(rds->level, 2);
    EXPECT_EQ(rds->title, QStringLiteral("Amazon RDS (Relational Database Service)"));
    const OutlineBlock* d = firstBlock(rds, OutlineBlock::Kind::Diagram);
    ASSERT_NE(d, nullptr);
    EXPECT_EQ(d->selection, QStringLiteral("rds"));
    EXPECT_EQ(d->awsLayers, 2);
    EXPECT_EQ(d->label,
              QStringLiteral("Amazon RDS (Relational Database Service): AWS alone secures the 2 layers "
                             "from Physical facilities up to Guest operating system; the line runs "
                             "above Guest operating system."));
    ASSERT_EQ(d->table.rows.size(), 4);
    EXPECT_EQ(cellTexts(d->table.rows.at(1)),
              (QStringList { QStringLiteral("Network controls"), QStringLiteral("Customer ◆"),
                             QStringLiteral("You write the security group rules.") }));
    EXPECT_EQ(cellTexts(d->table.rows.at(3)),
              (QStringList { QStringLiteral("Physical facilities"), QStringLiteral("AWS"),
                             QStringLiteral("AWS runs the data centers.") }))
        << "the explanation as plain text";

    const OutlineBlock* onprem =
        firstBlock(find(outline, QStringLiteral("diagram-onprem")), OutlineBlock::Kind::Diagram);
    ASSERT_NE(onprem, nullptr);
    EXPECT_EQ(onprem->awsLayers, 0);
    EXPECT_EQ(onprem->label, QStringLiteral("On-premises: the customer secures every layer."));
}

TEST_F(StudyNotesTest, unknown_topic_and_service_ids_are_reported)
{
    StudyNotesOptions options;
    EXPECT_TRUE(unknownOptionIds(m_material, options).isEmpty());
    options.topics = { QStringLiteral("basics"), QStringLiteral("nope") };
    options.services = { QStringLiteral("rds"), QStringLiteral("lambda"), QStringLiteral("paas"),
                         QStringLiteral("basics") };
    EXPECT_EQ(unknownOptionIds(m_material, options),
              (QStringList { QStringLiteral("nope"), QStringLiteral("lambda"), QStringLiteral("basics") }))
        << "a topic id is not a service";
    options.topics = { QStringLiteral("rds") };
    options.services.clear();
    EXPECT_EQ(unknownOptionIds(m_material, options), QStringList { QStringLiteral("rds") })
        << "nor a service a topic";
}

TEST_F(StudyNotesTest, each_note_appears_once_where_it_belongs)
{
    const StudyNotesOutline outline = build();
    EXPECT_EQ(notesIn(outline).size(), m_material.notes.size());

    const PlacedNote lesson = noteWith(outline, test::fixturenote::Lesson);
    EXPECT_EQ(lesson.anchor, QStringLiteral("lesson-what"));
    EXPECT_EQ(lesson.label, QStringLiteral("My note"));
    // After the lesson's text, before its sources.
    const OutlineSection* what = find(outline, QStringLiteral("lesson-what"));
    ASSERT_NE(what, nullptr);
    ASSERT_EQ(what->blocks.size(), 3);
    EXPECT_EQ(what->blocks.at(1).kind, OutlineBlock::Kind::Note);
    EXPECT_TRUE(what->blocks.at(2).markdown.startsWith(QStringLiteral("*Sources:*")));

    const PlacedNote layer = noteWith(outline, test::fixturenote::Layer);
    EXPECT_EQ(layer.anchor, QStringLiteral("layer-notes"));
    EXPECT_EQ(layer.label, QStringLiteral("Guest operating system"));
    EXPECT_EQ(childAnchors(find(outline, QStringLiteral("diagram"))).constLast(),
              QStringLiteral("layer-notes"));

    const PlacedNote cell = noteWith(outline, test::fixturenote::Cell);
    EXPECT_EQ(cell.anchor, QStringLiteral("matrix-notes"));
    EXPECT_EQ(cell.label, QStringLiteral("Network controls · Amazon RDS (Relational Database Service)"));

    const PlacedNote term = noteWith(outline, test::fixturenote::Term);
    EXPECT_EQ(term.anchor, QStringLiteral("glossary"));
    EXPECT_EQ(term.label, QStringLiteral("My note on Shared responsibility model"));
    const OutlineSection* glossary = find(outline, QStringLiteral("glossary"));
    ASSERT_NE(glossary, nullptr);
    ASSERT_EQ(glossary->blocks.size(), 3);
    EXPECT_TRUE(
        glossary->blocks.at(0).markdown.startsWith(QStringLiteral("**Shared responsibility model**")));
    EXPECT_EQ(glossary->blocks.at(1).kind, OutlineBlock::Kind::Note) << "right after its term";

    const PlacedNote question = noteWith(outline, test::fixturenote::Question);
    EXPECT_EQ(question.anchor, QStringLiteral("missed-doors"));

    const PlacedNote retired = noteWith(outline, test::fixturenote::Retired);
    EXPECT_EQ(retired.anchor, QStringLiteral("my-notes"));
    EXPECT_EQ(retired.label, QStringLiteral("No longer in the course: retired"));

    const OutlineBlock* bookmarks =
        firstBlock(find(outline, QStringLiteral("my-notes")), OutlineBlock::Kind::Markdown);
    ASSERT_NE(bookmarks, nullptr);
    EXPECT_EQ(bookmarks->markdown,
              QStringLiteral("**Bookmarked**\n\n- ★ Lesson: The layers\n- ★ Question: Which of these "
                             "are yours on Amazon RDS?\n"));
}

TEST_F(StudyNotesTest, a_note_whose_place_is_left_out_goes_to_my_notes)
{
    const StudyNotesOutline outline = build(only(Part::MyNotes | Part::Progress));
    const QList<PlacedNote> notes = notesIn(outline);
    EXPECT_EQ(notes.size(), m_material.notes.size());
    for (const PlacedNote& n : notes)
        EXPECT_EQ(n.anchor, QStringLiteral("my-notes")) << n.body.toStdString();
    EXPECT_EQ(noteWith(outline, test::fixturenote::Lesson).label,
              QStringLiteral("Lesson: What the model says"));
    EXPECT_EQ(noteWith(outline, test::fixturenote::Layer).label,
              QStringLiteral("Layer: Guest operating system"));
    EXPECT_EQ(noteWith(outline, test::fixturenote::Term).label,
              QStringLiteral("Glossary term: Shared responsibility model"));
    EXPECT_EQ(noteWith(outline, test::fixturenote::Question).label,
              QStringLiteral("Question: Who guards the data center doors for an EC2 workload?"));
    EXPECT_TRUE(noteWith(outline, test::fixturenote::Cell).label.startsWith(QStringLiteral("Matrix cell: ")));
}

TEST_F(StudyNotesTest, without_my_notes_no_note_is_anywhere)
{
    const StudyNotesOutline outline = build(only(Part::Everything & ~Part::MyNotes));
    EXPECT_TRUE(notesIn(outline).isEmpty());
    EXPECT_EQ(find(outline, QStringLiteral("layer-notes")), nullptr);
    EXPECT_EQ(find(outline, QStringLiteral("matrix-notes")), nullptr);
}

TEST_F(StudyNotesTest, missed_questions_are_those_whose_latest_answer_was_wrong)
{
    const StudyNotesOutline outline = build(only(Part::Missed));
    const OutlineSection* missed = find(outline, QStringLiteral("missed"));
    ASSERT_NE(missed, nullptr);
    EXPECT_EQ(childAnchors(missed),
              (QStringList { QStringLiteral("missed-doors"), QStringLiteral("missed-rds-yours") }))
        << "patch-os was answered right last";
    const OutlineSection* doors = find(outline, QStringLiteral("missed-doors"));
    ASSERT_NE(doors, nullptr);
    EXPECT_EQ(doors->level, 2) << "a heading level under its part, none skipped";
    EXPECT_FALSE(doors->inContents) << "a question is no chapter of the contents";
    EXPECT_EQ(doors->title, QStringLiteral("Who guards the data center doors for an EC2 workload?"));
    ASSERT_GE(doors->blocks.size(), 2);
    EXPECT_TRUE(doors->blocks.at(0).markdown.contains(QStringLiteral("**The customer**")));
    EXPECT_EQ(doors->blocks.at(1).markdown,
              QStringLiteral("*My latest answer is marked above. Answered 2 times, 1 of them right.*"));

    m_material.learner.stats.clear();
    const StudyNotesOutline none = build(only(Part::Missed));
    ASSERT_EQ(none.sections.size(), 1);
    EXPECT_TRUE(none.sections.first().sections.isEmpty());
    EXPECT_EQ(none.sections.first().blocks.first().markdown,
              QStringLiteral("None: the latest answer to every question answered so far was right."));
}

TEST_F(StudyNotesTest, anchors_are_unique)
{
    StudyNotesOptions options;
    options.allServices = true;
    const StudyNotesOutline outline = build(options);
    QSet<QString> seen;
    for (const OutlineSection* s : allSections(outline)) {
        EXPECT_FALSE(s->anchor.isEmpty()) << s->title.toStdString();
        EXPECT_FALSE(seen.contains(s->anchor)) << "twice: " << s->anchor.toStdString();
        seen.insert(s->anchor);
    }
    EXPECT_GE(seen.size(), 25);
}

TEST_F(StudyNotesTest, anchors_stay_unique_when_a_service_is_called_notes)
{
    QList<Service> services = m_material.stack.services();
    Service notes;
    notes.id = QStringLiteral("notes");
    notes.name = QStringLiteral("Amazon Notes");
    notes.model = QStringLiteral("paas");
    services.append(notes);
    m_material.stack = ResponsibilityStack(m_material.stack.layers(), m_material.stack.models(), services);
    StudyNotesOptions options;
    options.allServices = true;
    const StudyNotesOutline outline = build(options);
    QSet<QString> seen;
    for (const OutlineSection* s : allSections(outline)) {
        EXPECT_FALSE(seen.contains(s->anchor)) << "twice: " << s->anchor.toStdString();
        seen.insert(s->anchor);
    }
}

TEST_F(StudyNotesTest, markdown_matches_the_golden_file)
{
    test::expectGolden(QStringLiteral("notes.md"), studyNotesMarkdown(build()));
}

TEST_F(StudyNotesTest, markdown_has_every_heading_in_order_and_well_formed_tables)
{
    const StudyNotesOutline outline = build();
    const QString md = studyNotesMarkdown(outline);
    const MarkdownShape shape = shapeOf(md);
    EXPECT_EQ(shape.headings, expectedHeadings(outline));
    EXPECT_TRUE(shape.headings.contains(QStringLiteral("#### Of and in")))
        << "a lesson's ## sits below the lesson's ###";
    // Progress, 1 in a lesson, 5 diagrams (the default services), the matrix, 1 control, the areas.
    EXPECT_EQ(shape.tables, 10);
    EXPECT_EQ(shape.quotes, m_material.notes.size()) << "every note is a block quote";
    EXPECT_TRUE(
        md.startsWith(QStringLiteral("# Study notes: the AWS Shared Responsibility Model\n\n"
                                     "*Made with Demarc on Monday, March 2, 2026*\n\n## Contents\n\n")));
    EXPECT_TRUE(md.endsWith(u'\n'));
    EXPECT_FALSE(md.endsWith(QStringLiteral("\n\n")));
    // A pipe in a cell is escaped, not a new column.
    EXPECT_TRUE(
        md.contains(QStringLiteral("| **Identity and access management** | Users \\| groups; Roles |")));
    EXPECT_TRUE(md.contains(
        QStringLiteral("| **Network controls** | Customer | Customer | Shared | Customer | Customer ◆ |")));
}

TEST_F(StudyNotesTest, markdown_notes_are_block_quotes_with_their_label)
{
    const QString md = studyNotesMarkdown(build());
    EXPECT_EQ(quoteLines(md, QStringLiteral("> **My note**")),
              (QStringList { QStringLiteral("> **My note**"), QStringLiteral(">"),
                             QStringLiteral("> Of = AWS, in = me.  "),
                             QStringLiteral("> Remember **the line**.  ") }));
    EXPECT_EQ(quoteLines(md, QStringLiteral("> **Guest operating system**")),
              (QStringList { QStringLiteral("> **Guest operating system**"), QStringLiteral(">"),
                             QStringLiteral("> On EC2 the guest OS is *mine* to patch.  ") }));
}

TEST_F(StudyNotesTest, a_hostile_note_stays_inside_its_block_quote)
{
    const QString hostile = QStringLiteral("# Not a heading\n"
                                           "| a | b |\n"
                                           "|---|---|\n"
                                           "| 1 | 2 |\n"
                                           "---\n"
                                           "<b>bold</b> &amp; a \\ backslash\n"
                                           "```\n"
                                           "\n"
                                           "## After a blank line\n"
                                           "    indented\n"
                                           "> already quoted");
    for (Note& n : m_material.notes) {
        if (n.target == NoteTarget::lesson(QStringLiteral("what")))
            n.body = hostile;
    }
    const StudyNotesOutline outline = build();
    const QString md = studyNotesMarkdown(outline);
    const MarkdownShape shape = shapeOf(md);
    EXPECT_EQ(shape.headings, expectedHeadings(outline)) << "no heading from the note";
    EXPECT_EQ(shape.quotes, m_material.notes.size()) << "one quote per note, no more";
    EXPECT_EQ(
        quoteLines(md, QStringLiteral("> **My note**")),
        (QStringList {
            QStringLiteral("> **My note**"), QStringLiteral(">"), QStringLiteral("> \\# Not a heading  "),
            QStringLiteral("> | a | b |  "), QStringLiteral("> |---|---|  "), QStringLiteral("> | 1 | 2 |  "),
            QStringLiteral("> ---  "), QStringLiteral("> \\<b>bold\\</b> \\&amp; a \\\\ backslash  "),
            QStringLiteral("> ```  "), QStringLiteral(">"), QStringLiteral("> \\## After a blank line  "),
            QStringLiteral(">     indented  "), QStringLiteral("> > already quoted  ") }));
}

TEST(DemoteHeadings, moves_atx_headings_down_and_leaves_everything_else)
{
    EXPECT_EQ(demoteHeadings(QStringLiteral("# A"), 1), QStringLiteral("## A"));
    EXPECT_EQ(demoteHeadings(QStringLiteral("## A\ntext\n### B"), 2),
              QStringLiteral("#### A\ntext\n##### B"));
    EXPECT_EQ(demoteHeadings(QStringLiteral("## A"), 0), QStringLiteral("## A"));
    EXPECT_EQ(demoteHeadings(QStringLiteral("#\tTabbed"), 1), QStringLiteral("##\tTabbed"));
    EXPECT_EQ(demoteHeadings(QStringLiteral("text\n\n# A\n\n# B\n"), 1),
              QStringLiteral("text\n\n## A\n\n## B\n"))
        << "every heading, offsets kept right as the text grows";
}

TEST(DemoteHeadings, stops_at_six)
{
    EXPECT_EQ(demoteHeadings(QStringLiteral("##### A\n###### B"), 1), QStringLiteral("###### A\n###### B"));
    EXPECT_EQ(demoteHeadings(QStringLiteral("# A"), 9), QStringLiteral("###### A"));
}

TEST(DemoteHeadings, leaves_what_is_not_a_heading)
{
    for (const QString& text :
         { QStringLiteral("#hashtag"), QStringLiteral("text # not a heading"),
           QStringLiteral("####### seven is not a heading"), QStringLiteral("\\# escaped"),
           QStringLiteral("> # quoted"), QStringLiteral("- # in a list"), QString() })
        EXPECT_EQ(demoteHeadings(text, 1), text) << text.toStdString();
}
