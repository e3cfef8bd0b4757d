// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Content.h"
#include "ContentRepository.h"
#include "ResponsibilityStack.h"
#include "Result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace demarc {

/**
 * What presenter mode shows, as an instructor builds it: a list of items, each of which
 * expands into the steps walked with the clicker. Saved one item per line ("stack ec2",
 * "services ec2 rds lambda s3", "compare ec2 rds", "matrix", "controls", "areas",
 * "quiz <question id>").
 */
struct DeckItem
{
    enum class Kind {
        Stack, ///< the stack for one model or service, revealed layer by layer from the ground up
        Services, ///< one step per service or model, the line moving between them
        Compare, ///< two stacks side by side
        Matrix, ///< the matrix of service models, revealed column by column
        Controls, ///< the IT controls table
        Areas, ///< the customer-managed areas table
        Quiz, ///< one question for the class, its answer shown on command
    };
    Kind kind = Kind::Stack;
    /** Model, service or question ids, as the kind needs: one, several, two, none, one. */
    QStringList ids;

    /** The saved form: the kind's keyword, then the ids, separated by spaces. */
    QString toText() const;
    /** A line as toText() writes it; std::nullopt with @p error set when it is not one. */
    static std::optional<DeckItem> fromText(const QString& line, QString* error = nullptr);
    /** The keyword of @p kind ("stack", "services" …). */
    static QString keyword(Kind kind);

    friend bool operator==(const DeckItem&, const DeckItem&) = default;
};

/** One step of the deck: what the audience sees after one press of the clicker. */
struct PresenterStep
{
    DeckItem::Kind kind = DeckItem::Kind::Stack;
    /** Which deck item this step belongs to (from 0). */
    int item = 0;
    /** A short heading for the console and the step list ("EC2: 3 of 10 layers"). */
    QString title;
    /** Stack, Services, Compare: the model or service shown; Compare: the left one. */
    QString selection;
    /** Compare: the right one. */
    QString compare;
    /** Stack: the layers shown from the ground up; Matrix: the columns shown; -1 for all. */
    int revealed = -1;
    /** Quiz: the question. */
    QString questionId;
    /** Controls, Areas: which page of the table (a long table is split so that a page stays short). */
    int page = 0;
    /** The lesson the speaker notes come from; empty when none fits. */
    QString lessonId;
};

/** The material presenter mode draws on: the stack, the tables, the lessons and questions. */
struct DeckMaterial
{
    ResponsibilityStack stack;
    QList<ControlCategory> controls;
    QList<CustomerArea> areas;
    /** In reading order; the summaries are the speaker notes. */
    QList<Lesson> lessons;
    QList<Question> questions;

    const Lesson* lesson(const QString& id) const;
    const Question* question(const QString& id) const;
};

/** A table as a slide shows it: a title, column headers and rows of short cells. */
struct SlideTable
{
    QString title;
    QStringList headers;
    QList<QStringList> rows;
    QList<qreal> widths; ///< each column's share of the width
};

/** The most words a slide of text carries, so that a class takes it in at a glance. */
constexpr int SlideWordLimit = 40;

/** The words in @p text, as a reader counts them (a "·" or "/" is not a word). */
int wordCount(const QString& text);

/** The words on a slide showing @p table. */
int wordCount(const SlideTable& table);

/** What the Controls or Areas step @p step shows: its page of the table; empty for other kinds. */
SlideTable slideTable(const PresenterStep& step, const DeckMaterial& material);

/**
 * The deck a new instructor starts from: the stack of EC2 revealed layer by layer, the
 * line moving EC2 → RDS → Lambda → S3, EC2 beside RDS, the matrix column by column, the
 * controls and areas tables, and five class questions (one per topic, in course order).
 * Ids the content lacks are left out.
 */
QList<DeckItem> defaultDeck(const DeckMaterial& material);

/**
 * The problems of @p items against @p material, one message per item that names an unknown
 * model, service or question or has the wrong number of ids ("item 3 (compare ec2): needs two
 * models or services").
 */
QStringList deckProblems(const QList<DeckItem>& items, const DeckMaterial& material);

/** The steps of @p items in order; items with problems are skipped. */
QList<PresenterStep> expandDeck(const QList<DeckItem>& items, const DeckMaterial& material);

/** The material presenter mode draws on, read from the course. */
Result<DeckMaterial> readDeckMaterial(const ContentRepository& content);

/**
 * The deck to present: the items of the instructor's @p saved lines (as DeckItem::toText()
 * wrote them) that make sense for @p material, or the default deck when nothing was saved or
 * nothing saved is usable. A line that cannot be read, a saved deck that cannot be read, and
 * an item with problems are described in @p problems (when given).
 */
QList<DeckItem> deckToPresent(const Result<QStringList>& saved, const DeckMaterial& material,
                              QStringList* problems = nullptr);

/** A one-line description of an item for lists ("Stack of Amazon EC2, layer by layer"). */
QString describeItem(const DeckItem& item, const DeckMaterial& material);

/**
 * Every item an instructor can add: a stack per model and service, the service switches
 * (the models; EC2 → RDS → Lambda → S3), the usual comparisons, the matrix, the two tables and
 * a quiz item per question.
 */
QList<DeckItem> availableItems(const DeckMaterial& material);

} // namespace demarc
