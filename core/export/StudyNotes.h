// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ContentRepository.h"
#include "core/LearnerRepository.h"
#include "core/Progress.h"
#include "core/ResponsibilityStack.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace demarc {

/** What goes into exported study notes. The defaults are everything. */
struct StudyNotesOptions
{
    enum Part {
        Lessons = 0x001,
        Diagram = 0x002,
        Matrix = 0x004,
        Controls = 0x008,
        Areas = 0x010,
        Glossary = 0x020,
        MyNotes = 0x040,
        Missed = 0x080,
        Progress = 0x100,
        Everything = 0x1ff,
    };

    int parts = Everything;
    /** Topic ids whose lessons (and missed questions) are included; empty for every topic. */
    QStringList topics;
    /**
     * The service models and services drawn as diagrams and added as matrix columns; empty for
     * defaultServices().
     */
    QStringList services;
    /** Every service model and service instead of services. */
    bool allServices = false;

    bool has(Part part) const { return (parts & part) != 0; }

    /** The part names used on the command line, in document order. */
    static QStringList partNames();
    static std::optional<Part> partFromName(const QString& name);
    /** Every service model, then EC2, RDS, Lambda and S3, where the course has them. */
    static QStringList defaultServices(const ResponsibilityStack& stack);
};

/** One cell of an outline table: plain text, with the party it names when it names one. */
struct OutlineCell
{
    QString text;
    std::optional<Party> party;
};

struct OutlineTable
{
    QStringList header;
    QList<QList<OutlineCell>> rows;
    /** The first column names its row (a layer, a control). */
    bool rowHeaders = true;
};

/** A piece of a section. Text is Markdown from the course, or a learner's note, which is not trusted. */
struct OutlineBlock
{
    enum class Kind {
        Markdown, ///< the course's (or the builder's) Markdown; headings already at their level
        Note, ///< a learner's note: light Markdown, raw HTML never honoured
        Table,
        Diagram, ///< the stack drawn for one service model or service; table holds it as text
    };
    Kind kind = Kind::Markdown;
    QString markdown;
    /** For a note: what it is on ("My note"); for a diagram: its caption. */
    QString label;
    OutlineTable table;
    /** For a diagram: the model or service drawn, and how many layers from the bottom AWS alone secures. */
    QString selection;
    int awsLayers = 0;
};

struct OutlineSection
{
    /** Unique in the document; used for anchors and the table of contents. */
    QString anchor;
    QString title;
    /** 1 for a part of the document, 2 for a lesson, a diagram or a missed question, 3 below. */
    int level = 1;
    /** Whether a level-2 section has a line in the contents (a missed question has none). */
    bool inContents = true;
    QList<OutlineBlock> blocks;
    QList<OutlineSection> sections;
};

/** The study notes as a structured document, built once and written by one writer per format. */
struct StudyNotesOutline
{
    QString title;
    QString subtitle;
    QDateTime generatedAt;
    QList<OutlineSection> sections;
};

/** Everything study notes can be made from, read from the stores in one go. */
struct StudyMaterial
{
    QList<Topic> topics;
    QList<Lesson> lessons; // with bodies, in reading order
    QList<Source> sources;
    ResponsibilityStack stack;
    QList<ControlCategory> controls;
    QList<CustomerArea> areas;
    QList<GlossaryTerm> glossary;
    QList<Question> questions;
    QList<Note> notes;
    QList<Bookmark> bookmarks;
    LearnerState learner;
    QList<DayActivity> activity;
    ExamRecord exams;
    QDateTime now;
};

/** Reads the course and what the learner did, as much as @p options needs. */
Result<StudyMaterial> readStudyMaterial(const ContentRepository& content, const LearnerRepository& learner,
                                        const StudyNotesOptions& options, const QDateTime& now);

/** Unknown topic or service ids in @p options; empty when all are known. */
QStringList unknownOptionIds(const StudyMaterial& material, const StudyNotesOptions& options);

StudyNotesOutline buildStudyNotes(const StudyMaterial& material, const StudyNotesOptions& options);

/** The outline as CommonMark: headings, pipe tables, notes as block quotes, diagrams as tables. */
QString studyNotesMarkdown(const StudyNotesOutline& outline);

/** Markdown headings in @p markdown moved down by @p levels (at most to ######). */
QString demoteHeadings(const QString& markdown, int levels);

} // namespace demarc
