// SPDX-License-Identifier: GPL-3.0-or-later
#include "StudyNotes.h"

#include "core/Clock.h"
#include "core/MarkdownText.h"
#include "core/NoteTargets.h"
#include "core/quiz/Grading.h"
#include "core/quiz/QuestionText.h"
#include "core/quiz/ReviewScheduler.h"
#include "core/quiz/TermQuestions.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

namespace demarc {

namespace {

/** Where this file's texts are translated (lupdate reads the context from here too). */
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(StudyNotes)
};

struct PartName
{
    StudyNotesOptions::Part part;
    const char* name;
};

constexpr PartName PartNames[] = {
    { StudyNotesOptions::Progress, "progress" }, { StudyNotesOptions::Lessons, "lessons" },
    { StudyNotesOptions::Diagram, "diagram" },   { StudyNotesOptions::Matrix, "matrix" },
    { StudyNotesOptions::Controls, "controls" }, { StudyNotesOptions::Areas, "areas" },
    { StudyNotesOptions::Glossary, "glossary" }, { StudyNotesOptions::Missed, "missed" },
    { StudyNotesOptions::MyNotes, "notes" },
};

class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime now)
        : m_now(std::move(now))
    { }
    QDateTime now() const override { return m_now; }

private:
    QDateTime m_now;
};

/** Notes by place, and which of them the document has already shown. */
class NoteBook
{
public:
    NoteBook(const QList<Note>& notes, bool enabled)
    {
        if (!enabled)
            return;
        for (const Note& n : notes)
            m_notes.insert(n.target, n);
    }
    /** Adds the note on @p target to @p blocks, once. */
    void place(const NoteTarget& target, QList<OutlineBlock>& blocks,
               const QString& label = Text::tr("My note"))
    {
        const auto it = m_notes.constFind(target);
        if (it == m_notes.cend() || m_placed.contains(target))
            return;
        m_placed.insert(target);
        OutlineBlock b;
        b.kind = OutlineBlock::Kind::Note;
        b.label = label;
        b.markdown = it->body;
        blocks.append(b);
    }
    bool has(const NoteTarget& target) const { return m_notes.contains(target); }
    bool placed(const NoteTarget& target) const { return m_placed.contains(target); }

private:
    QHash<NoteTarget, Note> m_notes;
    QSet<NoteTarget> m_placed;
};

OutlineBlock markdownBlock(const QString& markdown)
{
    OutlineBlock b;
    b.kind = OutlineBlock::Kind::Markdown;
    b.markdown = markdown;
    return b;
}

OutlineBlock tableBlock(OutlineTable table)
{
    OutlineBlock b;
    b.kind = OutlineBlock::Kind::Table;
    b.table = std::move(table);
    return b;
}

OutlineSection section(const QString& anchor, const QString& title, int level)
{
    OutlineSection s;
    s.anchor = anchor;
    s.title = title;
    s.level = level;
    return s;
}

QString sourcesLine(const QStringList& ids, const QHash<QString, Source>& sources)
{
    QStringList parts;
    for (const QString& id : ids) {
        const auto it = sources.constFind(id);
        if (it == sources.cend())
            continue;
        parts.append(it->url.isEmpty() ? escapeMarkdown(it->title)
                                       : QStringLiteral("[%1](%2)").arg(escapeMarkdown(it->title), it->url));
    }
    if (parts.isEmpty())
        return {};
    return QStringLiteral("*%1* %2").arg(Text::tr("Sources:"), parts.join(QStringLiteral("; ")));
}

QString percent(double share) { return QLocale().toString(qRound(share * 100)) + QStringLiteral(" %"); }

OutlineSection progressSection(const StudyMaterial& m)
{
    OutlineSection s = section(QStringLiteral("progress"), Text::tr("My progress"), 1);
    ProgressInput in;
    in.topics = m.topics;
    in.bank = m.questions;
    in.glossary = m.glossary;
    in.learner = m.learner;
    in.activity = m.activity;
    in.exams = m.exams;
    const FixedClock clock(m.now);
    const ProgressReport r = buildProgress(in, ReviewScheduler(clock), m.now.toLocalTime().date(), 30);
    const QLocale locale;
    QString md =
        Text::tr("On %1 the latest answer was right for **%2 of %3 questions**; %4 answered at least "
                 "once, %5 to retry.")
            .arg(locale.toString(m.now.toLocalTime().date(), QLocale::LongFormat))
            .arg(r.mastered)
            .arg(r.questions)
            .arg(r.answered)
            .arg(r.mistakes);
    md += QStringLiteral("\n\n");
    if (r.exams.taken == 0) {
        md += Text::tr("No exam taken yet. The exam passes at 100 %.");
    } else {
        md += Text::tr("Exams taken: %1. Best: %2.")
                  .arg(r.exams.taken)
                  .arg(rightOutOf(r.exams.best.correct, r.exams.best.questions));
        md += QLatin1Char(' ');
        md += r.exams.firstPassedAt.isValid()
            ? Text::tr("First passed at 100 % on %1.")
                  .arg(locale.toString(r.exams.firstPassedAt.toLocalTime().date(), QLocale::LongFormat))
            : Text::tr("Not yet passed at 100 %.");
    }
    md += QStringLiteral("\n\n")
        + Text::tr("Due for review now: %1 and %2.")
              .arg(QCoreApplication::translate("StudyNotes", "%n question(s)", nullptr, r.dueQuestions),
                   QCoreApplication::translate("StudyNotes", "%n glossary term(s)", nullptr, r.dueTerms));
    s.blocks.append(markdownBlock(md));
    OutlineTable t;
    t.header = { Text::tr("Topic"), Text::tr("Questions"), Text::tr("Answered"),
                 Text::tr("Latest answer right") };
    for (const TopicMastery& tm : r.topics) {
        t.rows.append(
            { { tm.title, {} },
              { locale.toString(tm.questions), {} },
              { locale.toString(tm.answered), {} },
              { QStringLiteral("%1 (%2)")
                    .arg(tm.mastered)
                    .arg(tm.questions ? percent(double(tm.mastered) / tm.questions) : QStringLiteral("–")),
                {} } });
    }
    s.blocks.append(tableBlock(t));
    return s;
}

QString cellText(const ResponsibilityStack& stack, const QString& layer, const QString& selection)
{
    const auto cell = stack.cell(layer, selection);
    if (!cell)
        return QStringLiteral("–");
    QString text = partyName(cell->party);
    if (stack.isServiceSpecific(layer, selection))
        text += QStringLiteral(" ◆");
    return text;
}

OutlineSection diagramSection(const StudyMaterial& m, const QStringList& services, NoteBook& notes)
{
    const ResponsibilityStack& stack = m.stack;
    OutlineSection s = section(QStringLiteral("diagram"), Text::tr("The layered model"), 1);
    s.blocks.append(markdownBlock(Text::tr(
        "Each stack runs from the physical facilities at the bottom to the customer's data at the top. "
        "AWS alone secures the layers below the line (security **of** the cloud); the customer "
        "secures the layers above it (security **in** the cloud), some of them shared.")));
    for (const QString& id : services) {
        const auto sel = stack.selection(id);
        if (!sel)
            continue;
        OutlineSection d = section(QStringLiteral("diagram-") + id, sel->name, 2);
        OutlineBlock b;
        b.kind = OutlineBlock::Kind::Diagram;
        b.selection = id;
        b.awsLayers = stack.awsLayerCount(id);
        const QList<Layer>& layers = stack.layers();
        if (b.awsLayers == 0)
            b.label = Text::tr("%1: the customer secures every layer.").arg(sel->name);
        else if (b.awsLayers >= layers.size())
            b.label = Text::tr("%1: AWS secures every layer.").arg(sel->name);
        else
            b.label =
                Text::tr("%1: AWS alone secures the %2 layers from %3 up to %4; the line runs above %4.")
                    .arg(sel->name)
                    .arg(b.awsLayers)
                    .arg(layers.first().name, layers.at(b.awsLayers - 1).name);
        b.table.header = { Text::tr("Layer"), Text::tr("Who secures it"), Text::tr("Why") };
        for (qsizetype i = layers.size() - 1; i >= 0; --i) {
            const Layer& layer = layers.at(i);
            const auto cell = stack.cell(layer.id, id);
            b.table.rows.append(
                { { layer.name, {} },
                  { cellText(stack, layer.id, id), cell ? std::optional<Party>(cell->party) : std::nullopt },
                  { cell ? markdownToPlainText(cell->explanation) : QString(), {} } });
        }
        d.blocks.append(b);
        s.sections.append(d);
    }
    OutlineSection layerNotes = section(QStringLiteral("layer-notes"), Text::tr("My notes on the layers"), 2);
    for (qsizetype i = stack.layers().size() - 1; i >= 0; --i) {
        const Layer& layer = stack.layers().at(i);
        notes.place(NoteTarget::layer(layer.id), layerNotes.blocks, layer.name);
    }
    if (!layerNotes.blocks.isEmpty())
        s.sections.append(layerNotes);
    return s;
}

OutlineSection matrixSection(const StudyMaterial& m, const QStringList& services, NoteBook& notes)
{
    const ResponsibilityStack& stack = m.stack;
    OutlineSection s = section(QStringLiteral("matrix"), Text::tr("The responsibility matrix"), 1);
    s.blocks.append(markdownBlock(
        Text::tr("Who secures each layer (top layer first) under each service model and the chosen "
                 "services. ◆ marks a service that differs from its model's column.")));
    QStringList columns;
    for (const StackSelection& sel : stack.modelSelections())
        columns.append(sel.id);
    for (const QString& id : services) {
        if (!columns.contains(id) && stack.selection(id))
            columns.append(id);
    }
    // More columns than a page (or a phone) can hold are split into tables of at most eight.
    constexpr qsizetype MaxColumns = 8;
    const qsizetype parts = (columns.size() + MaxColumns - 1) / MaxColumns;
    for (qsizetype part = 0; part < parts; ++part) {
        const QStringList ids = columns.mid(part * MaxColumns, MaxColumns);
        OutlineTable t;
        t.header = { Text::tr("Layer") };
        for (const QString& id : ids)
            t.header.append(stack.selection(id)->shortName());
        for (qsizetype i = stack.layers().size() - 1; i >= 0; --i) {
            const Layer& layer = stack.layers().at(i);
            QList<OutlineCell> row { { layer.name, {} } };
            for (const QString& id : ids) {
                const auto cell = stack.cell(layer.id, id);
                row.append({ cellText(stack, layer.id, id),
                             cell ? std::optional<Party>(cell->party) : std::nullopt });
            }
            t.rows.append(row);
        }
        if (parts > 1)
            s.blocks.append(markdownBlock(
                QStringLiteral("*%1*").arg(Text::tr("Table %1 of %2").arg(part + 1).arg(parts))));
        s.blocks.append(tableBlock(t));
    }
    OutlineSection cellNotes =
        section(QStringLiteral("matrix-notes"), Text::tr("My notes on matrix cells"), 2);
    for (qsizetype i = stack.layers().size() - 1; i >= 0; --i) {
        const Layer& layer = stack.layers().at(i);
        for (const QString& id : stack.selectionIds())
            notes.place(NoteTarget::cell(layer.id, id), cellNotes.blocks,
                        QStringLiteral("%1 · %2").arg(layer.name, stack.selection(id)->name));
    }
    if (!cellNotes.blocks.isEmpty())
        s.sections.append(cellNotes);
    return s;
}

OutlineSection controlsSection(const StudyMaterial& m, const QHash<QString, Source>& sources)
{
    OutlineSection s = section(QStringLiteral("controls"), Text::tr("IT controls at a glance"), 1);
    for (const ControlCategory& c : m.controls) {
        OutlineSection cs = section(QStringLiteral("controls-") + c.id, c.name, 2);
        cs.blocks.append(markdownBlock(c.summary));
        if (!c.examples.isEmpty()) {
            OutlineTable t;
            t.header = { Text::tr("Control"), Text::tr("AWS's part"), Text::tr("The customer's part") };
            for (const ControlExample& e : c.examples)
                t.rows.append({ { e.name, {} }, { e.aws, {} }, { e.customer, {} } });
            cs.blocks.append(tableBlock(t));
        }
        if (const QString line = sourcesLine(c.sources, sources); !line.isEmpty())
            cs.blocks.append(markdownBlock(line));
        s.sections.append(cs);
    }
    return s;
}

OutlineSection areasSection(const StudyMaterial& m)
{
    OutlineSection s = section(QStringLiteral("areas"), Text::tr("Customer-managed areas"), 1);
    s.blocks.append(
        markdownBlock(Text::tr("The areas AWS names as the customer's to secure, whatever the service.")));
    OutlineTable t;
    t.header = { Text::tr("Area"), Text::tr("What it covers") };
    for (const CustomerArea& a : m.areas)
        t.rows.append({ { a.name, {} }, { a.items.join(QStringLiteral("; ")), {} } });
    s.blocks.append(tableBlock(t));
    return s;
}

OutlineSection glossarySection(const StudyMaterial& m, NoteBook& notes)
{
    OutlineSection s = section(QStringLiteral("glossary"), Text::tr("Glossary"), 1);
    for (const GlossaryTerm& term : m.glossary) {
        QString md = QStringLiteral("**%1**").arg(escapeMarkdown(term.term));
        if (!term.aliases.isEmpty()) {
            QStringList aliases;
            for (const QString& a : term.aliases)
                aliases.append(escapeMarkdown(a));
            md += QStringLiteral(" (%1 %2)").arg(Text::tr("also:"), aliases.join(QStringLiteral(", ")));
        }
        md += QStringLiteral(" — ") + term.definition;
        s.blocks.append(markdownBlock(md));
        notes.place(NoteTarget::term(term.id), s.blocks, Text::tr("My note on %1").arg(term.term));
    }
    return s;
}

OutlineSection missedSection(const StudyMaterial& m, const QSet<QString>& topics, NoteBook& notes)
{
    OutlineSection s = section(QStringLiteral("missed"), Text::tr("Questions I missed"), 1);
    int count = 0;
    for (const Question& q : m.questions) {
        if (!topics.isEmpty() && !topics.contains(q.topic))
            continue;
        const auto it = m.learner.stats.constFind(q.id);
        if (it == m.learner.stats.cend() || it->attempts == 0 || it->lastCorrect)
            continue;
        ++count;
        OutlineSection qs = section(QStringLiteral("missed-") + q.id, q.prompt, 2);
        qs.inContents = false; // a question is no chapter: the part's own line leads to them
        qs.blocks.append(markdownBlock(feedbackMarkdown(q, it->lastAnswer, grade(q, it->lastAnswer))));
        qs.blocks.append(markdownBlock(QStringLiteral("*%1*").arg(
            QCoreApplication::translate(
                "StudyNotes", "My latest answer is marked above. Answered %n time(s), %1 of them right.",
                nullptr, it->attempts)
                .arg(it->correct))));
        notes.place(NoteTarget::question(q.id), qs.blocks);
        s.sections.append(qs);
    }
    s.blocks.append(markdownBlock(
        count == 0
            ? Text::tr("None: the latest answer to every question answered so far was right.")
            : QCoreApplication::translate(
                "StudyNotes",
                "%n question(s) whose latest answer was not right, each with the answer "
                "given and every option explained: ✓ right (the words say if it was not picked), ✗ wrong, "
                "◯ not sorted.",
                nullptr, int(count))));
    return s;
}

QString targetName(const NoteTargetNames& names, const NoteTarget& target)
{
    const QString title = names.title(target);
    if (title.isEmpty())
        return Text::tr("No longer in the course: %1").arg(target.id);
    return QStringLiteral("%1: %2").arg(NoteTargetNames::kindName(target.kind), title);
}

OutlineSection notesSection(const StudyMaterial& m, const QSet<QString>& topics, NoteBook& notes)
{
    OutlineSection s = section(QStringLiteral("my-notes"), Text::tr("My bookmarks and other notes"), 1);
    QSet<QString> excludedLessons;
    QSet<QString> excludedQuestions;
    if (!topics.isEmpty()) {
        for (const Lesson& l : m.lessons) {
            if (!topics.contains(l.topic))
                excludedLessons.insert(l.id);
        }
        for (const Question& q : m.questions) {
            if (!topics.contains(q.topic))
                excludedQuestions.insert(q.id);
        }
    }
    auto excluded = [&](const NoteTarget& t) {
        return (t.kind == NoteTargetKind::Lesson && excludedLessons.contains(t.id))
            || (t.kind == NoteTargetKind::Question && excludedQuestions.contains(t.id));
    };
    const NoteTargetNames names = NoteTargetNames::fromCourse(m.lessons, m.stack, m.glossary, m.questions);
    QString list;
    for (const Bookmark& b : m.bookmarks) {
        if (!excluded(b.target))
            list += QStringLiteral("- ★ %1\n").arg(escapeMarkdown(targetName(names, b.target)));
    }
    s.blocks.append(markdownBlock(list.isEmpty()
                                      ? Text::tr("No bookmarks.")
                                      : QStringLiteral("**%1**\n\n").arg(Text::tr("Bookmarked")) + list));
    QList<OutlineBlock> others;
    for (const Note& n : m.notes) {
        if (!notes.placed(n.target) && !excluded(n.target))
            notes.place(n.target, others, targetName(names, n.target));
    }
    if (!others.isEmpty()) {
        s.blocks.append(markdownBlock(
            QStringLiteral("**%1**").arg(Text::tr("Notes not shown elsewhere in these notes"))));
        s.blocks.append(others);
    }
    return s;
}

OutlineSection sourcesSection(const StudyMaterial& m)
{
    OutlineSection s = section(QStringLiteral("sources"), Text::tr("Sources"), 1);
    QString md = Text::tr("The course was written from these pages and documents; each lesson names its own.")
        + QStringLiteral("\n\n");
    const QLocale locale;
    for (const Source& src : m.sources) {
        md += QStringLiteral("- ") + escapeMarkdown(src.title);
        if (!src.url.isEmpty()) {
            // A link of the kind every writer keeps for web addresses only (see inertMarkdown).
            QString target = src.url;
            target.replace(QLatin1Char(' '), QLatin1String("%20"))
                .replace(QLatin1Char('('), QLatin1String("%28"))
                .replace(QLatin1Char(')'), QLatin1String("%29"));
            md += QStringLiteral(" — [%1](%2)").arg(escapeMarkdown(src.url), target);
        }
        // A course document is named by its title; its file name is for the pack's authors.
        if (src.asOf.isValid())
            md += QStringLiteral(" (%1)").arg(
                Text::tr("as of %1").arg(locale.toString(src.asOf, QLocale::ShortFormat)));
        md += QLatin1Char('\n');
    }
    s.blocks.append(markdownBlock(md));
    return s;
}

} // namespace

QStringList StudyNotesOptions::partNames()
{
    QStringList names;
    for (const PartName& p : PartNames)
        names.append(QLatin1String(p.name));
    return names;
}

std::optional<StudyNotesOptions::Part> StudyNotesOptions::partFromName(const QString& name)
{
    for (const PartName& p : PartNames) {
        if (name == QLatin1String(p.name))
            return p.part;
    }
    return std::nullopt;
}

QStringList StudyNotesOptions::defaultServices(const ResponsibilityStack& stack)
{
    QStringList ids;
    for (const StackSelection& s : stack.modelSelections())
        ids.append(s.id);
    for (const char* id : { "ec2", "rds", "lambda", "s3" }) {
        if (stack.selection(QLatin1String(id)))
            ids.append(QLatin1String(id));
    }
    return ids;
}

QString demoteHeadings(const QString& markdown, int levels)
{
    static const QRegularExpression heading(QStringLiteral("^(#{1,6})(?=\\s)"),
                                            QRegularExpression::MultilineOption);
    QString out = markdown;
    qsizetype shift = 0;
    for (auto it = heading.globalMatch(markdown); it.hasNext();) {
        const auto m = it.next();
        const qsizetype level = std::min<qsizetype>(6, m.capturedLength(1) + levels);
        out.replace(m.capturedStart(1) + shift, m.capturedLength(1), QString(level, QLatin1Char('#')));
        shift += level - m.capturedLength(1);
    }
    return out;
}

StudyNotesOutline buildStudyNotes(const StudyMaterial& m, const StudyNotesOptions& options)
{
    StudyNotesOutline outline;
    outline.title = Text::tr("Study notes: the AWS Shared Responsibility Model");
    outline.generatedAt = m.now;
    outline.subtitle = Text::tr("Made with Demarc on %1")
                           .arg(QLocale().toString(m.now.toLocalTime().date(), QLocale::LongFormat));
    const QSet<QString> topics(options.topics.cbegin(), options.topics.cend());
    const QStringList services = options.allServices ? m.stack.selectionIds()
        : options.services.isEmpty()                 ? StudyNotesOptions::defaultServices(m.stack)
                                                     : options.services;
    QHash<QString, Source> sources;
    for (const Source& s : m.sources)
        sources.insert(s.id, s);
    NoteBook notes(m.notes, options.has(StudyNotesOptions::MyNotes));

    if (options.has(StudyNotesOptions::Progress))
        outline.sections.append(progressSection(m));
    if (options.has(StudyNotesOptions::Lessons)) {
        for (const Topic& topic : m.topics) {
            if (!topics.isEmpty() && !topics.contains(topic.id))
                continue;
            OutlineSection ts = section(QStringLiteral("topic-") + topic.id, topic.title, 1);
            for (const Lesson& l : m.lessons) {
                if (l.topic != topic.id)
                    continue;
                OutlineSection ls = section(QStringLiteral("lesson-") + l.id, l.title, 2);
                ls.blocks.append(markdownBlock(QStringLiteral("**%1**\n\n").arg(escapeMarkdown(l.summary))
                                               + demoteHeadings(withoutAppLinks(l.body), 1)));
                notes.place(NoteTarget::lesson(l.id), ls.blocks);
                if (const QString line = sourcesLine(l.sources, sources); !line.isEmpty())
                    ls.blocks.append(markdownBlock(line));
                ts.sections.append(ls);
            }
            if (!ts.sections.isEmpty())
                outline.sections.append(ts);
        }
    }
    if (options.has(StudyNotesOptions::Diagram))
        outline.sections.append(diagramSection(m, services, notes));
    if (options.has(StudyNotesOptions::Matrix))
        outline.sections.append(matrixSection(m, services, notes));
    if (options.has(StudyNotesOptions::Controls))
        outline.sections.append(controlsSection(m, sources));
    if (options.has(StudyNotesOptions::Areas))
        outline.sections.append(areasSection(m));
    if (options.has(StudyNotesOptions::Glossary))
        outline.sections.append(glossarySection(m, notes));
    if (options.has(StudyNotesOptions::Missed))
        outline.sections.append(missedSection(m, topics, notes));
    if (options.has(StudyNotesOptions::MyNotes))
        outline.sections.append(notesSection(m, topics, notes));
    if (options.has(StudyNotesOptions::Lessons))
        outline.sections.append(sourcesSection(m));
    return outline;
}

} // namespace demarc
