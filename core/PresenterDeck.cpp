// SPDX-License-Identifier: GPL-3.0-or-later
#include "PresenterDeck.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <functional>

namespace demarc {

namespace {

/** Where this file's texts are translated (lupdate reads the context from here too). */
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PresenterDeck)
};

struct KindName
{
    DeckItem::Kind kind;
    const char* keyword;
};

constexpr KindName KindNames[] = {
    { DeckItem::Kind::Stack, "stack" },       { DeckItem::Kind::Services, "services" },
    { DeckItem::Kind::Compare, "compare" },   { DeckItem::Kind::Matrix, "matrix" },
    { DeckItem::Kind::Controls, "controls" }, { DeckItem::Kind::Areas, "areas" },
    { DeckItem::Kind::Quiz, "quiz" },
};

/** The service switch a class sees by default, from IaaS to the most abstracted. */
const QStringList DefaultSwitch { QStringLiteral("ec2"), QStringLiteral("rds"), QStringLiteral("lambda"),
                                  QStringLiteral("s3") };

QString shortName(const DeckMaterial& m, const QString& id)
{
    const auto s = m.stack.selection(id);
    return s ? s->shortName() : id;
}

/** The lesson most of @p questions point to; empty when none does. */
QString commonestLesson(const DeckMaterial& m, const std::function<bool(const Question&)>& about)
{
    QHash<QString, int> counts;
    QString best;
    for (const Question& q : m.questions) {
        if (q.lesson.isEmpty() || !about(q) || !m.lesson(q.lesson))
            continue;
        const int n = ++counts[q.lesson];
        if (best.isEmpty() || n > counts.value(best))
            best = q.lesson;
    }
    return best;
}

/** The lesson whose text names the most of @p names; empty when none names any. */
QString lessonNaming(const DeckMaterial& m, const QStringList& names)
{
    QString best;
    int bestCount = 0;
    for (const Lesson& l : m.lessons) {
        const QString text = l.title + QLatin1Char('\n') + l.summary + QLatin1Char('\n') + l.body;
        const int n = int(std::count_if(names.begin(), names.end(), [&](const QString& name) {
            return text.contains(name, Qt::CaseInsensitive);
        }));
        if (n > bestCount) {
            best = l.id;
            bestCount = n;
        }
    }
    return best;
}

/** Where the speaker notes for a stack of @p selection come from. */
QString lessonForSelection(const DeckMaterial& m, const QString& selection)
{
    const auto chosen = m.stack.selection(selection);
    QString id = commonestLesson(m, [&](const Question& q) {
        if (!chosen)
            return false;
        if (chosen->kind == StackSelection::Kind::Service)
            return q.service == selection;
        return q.service.isEmpty() && q.model == selection;
    });
    if (id.isEmpty())
        id = commonestLesson(m, [](const Question& q) { return !q.layer.isEmpty(); });
    return id;
}

bool isSelection(const DeckMaterial& m, const QString& id) { return m.stack.selection(id).has_value(); }

} // namespace

const Lesson* DeckMaterial::lesson(const QString& id) const
{
    const auto it = std::find_if(lessons.begin(), lessons.end(), [&](const Lesson& l) { return l.id == id; });
    return it == lessons.end() ? nullptr : &*it;
}

const Question* DeckMaterial::question(const QString& id) const
{
    const auto it =
        std::find_if(questions.begin(), questions.end(), [&](const Question& q) { return q.id == id; });
    return it == questions.end() ? nullptr : &*it;
}

QString DeckItem::keyword(Kind kind)
{
    for (const KindName& k : KindNames) {
        if (k.kind == kind)
            return QLatin1String(k.keyword);
    }
    return {};
}

QString DeckItem::toText() const
{
    QStringList parts { keyword(kind) };
    parts.append(ids);
    return parts.join(QLatin1Char(' '));
}

std::optional<DeckItem> DeckItem::fromText(const QString& line, QString* error)
{
    const QStringList words = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty()) {
        if (error)
            *error = Text::tr("an empty line");
        return std::nullopt;
    }
    for (const KindName& k : KindNames) {
        if (words.first() == QLatin1String(k.keyword)) {
            DeckItem item;
            item.kind = k.kind;
            item.ids = words.mid(1);
            return item;
        }
    }
    if (error) {
        QStringList known;
        for (const KindName& k : KindNames)
            known.append(QLatin1String(k.keyword));
        *error = Text::tr("unknown kind of item '%1' (one of: %2)")
                     .arg(words.first(), known.join(QStringLiteral(", ")));
    }
    return std::nullopt;
}

QList<DeckItem> defaultDeck(const DeckMaterial& material)
{
    QList<DeckItem> deck;
    QStringList switchIds;
    for (const QString& id : DefaultSwitch) {
        if (isSelection(material, id))
            switchIds.append(id);
    }
    if (switchIds.isEmpty()) {
        for (const StackSelection& s : material.stack.modelSelections())
            switchIds.append(s.id);
    }
    if (!switchIds.isEmpty()) {
        deck.append({ DeckItem::Kind::Stack, { switchIds.first() } });
        if (switchIds.size() > 1)
            deck.append({ DeckItem::Kind::Services, switchIds });
        if (switchIds.size() > 1)
            deck.append({ DeckItem::Kind::Compare, { switchIds.at(0), switchIds.at(1) } });
        if (!material.stack.layers().isEmpty())
            deck.append({ DeckItem::Kind::Matrix, {} });
    }
    if (!material.controls.isEmpty())
        deck.append({ DeckItem::Kind::Controls, {} });
    if (!material.areas.isEmpty())
        deck.append({ DeckItem::Kind::Areas, {} });
    // Five class questions: the first single-answer question of each topic, in course order.
    QSet<QString> topics;
    for (const Question& q : material.questions) {
        if (topics.size() >= 5)
            break;
        if (q.type != QuestionType::Single || topics.contains(q.topic))
            continue;
        topics.insert(q.topic);
        deck.append({ DeckItem::Kind::Quiz, { q.id } });
    }
    return deck;
}

QStringList deckProblems(const QList<DeckItem>& items, const DeckMaterial& material)
{
    QStringList problems;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const DeckItem& item = items.at(i);
        const QString where = Text::tr("item %1 (%2)").arg(i + 1).arg(item.toText());
        auto problem = [&](const QString& what) { problems.append(where + QStringLiteral(": ") + what); };
        switch (item.kind) {
        case DeckItem::Kind::Stack:
        case DeckItem::Kind::Services:
        case DeckItem::Kind::Compare: {
            const qsizetype wanted = item.kind == DeckItem::Kind::Stack ? 1
                : item.kind == DeckItem::Kind::Compare                  ? 2
                                                                        : -1;
            if (wanted > 0 && item.ids.size() != wanted) {
                problem(wanted == 1 ? Text::tr("needs one model or service")
                                    : Text::tr("needs two models or services"));
                break;
            }
            if (item.ids.isEmpty()) {
                problem(Text::tr("needs at least one model or service"));
                break;
            }
            QStringList unknown;
            for (const QString& id : item.ids) {
                if (!isSelection(material, id))
                    unknown.append(id);
            }
            if (unknown.size() == 1)
                problem(Text::tr("no model or service '%1' in the course").arg(unknown.first()));
            else if (!unknown.isEmpty())
                problem(Text::tr("no models or services '%1' in the course")
                            .arg(unknown.join(QStringLiteral("', '"))));
            break;
        }
        case DeckItem::Kind::Matrix:
        case DeckItem::Kind::Controls:
        case DeckItem::Kind::Areas:
            if (!item.ids.isEmpty())
                problem(Text::tr("takes no ids"));
            else if (item.kind == DeckItem::Kind::Matrix && material.stack.layers().isEmpty())
                problem(Text::tr("the course has no layers"));
            else if (item.kind == DeckItem::Kind::Controls && material.controls.isEmpty())
                problem(Text::tr("the course has no IT controls"));
            else if (item.kind == DeckItem::Kind::Areas && material.areas.isEmpty())
                problem(Text::tr("the course has no customer-managed areas"));
            break;
        case DeckItem::Kind::Quiz:
            if (item.ids.size() != 1)
                problem(Text::tr("needs one question"));
            else if (!material.question(item.ids.first()))
                problem(Text::tr("no question '%1' in the course").arg(item.ids.first()));
            break;
        }
    }
    return problems;
}

namespace {

/** @p step once for every part it reveals, 1 to @p parts, each titled by @p title(part, parts). */
template<typename Title>
QList<PresenterStep> revealedOneByOne(PresenterStep step, int parts, const Title& title)
{
    QList<PresenterStep> steps;
    for (int r = 1; r <= parts; ++r) {
        step.revealed = r;
        step.title = title(r, parts);
        steps.append(step);
    }
    return steps;
}

/** The words on every page of @p table: the title, "(1 of 2)" after it, and the headers. */
int frameWords(const SlideTable& table)
{
    return wordCount(table.title) + 3 + wordCount(table.headers.join(QLatin1Char(' ')));
}

/** Who implements a category's controls, read from its examples' two sides. */
QString implementer(const ControlCategory& c)
{
    const bool aws = std::any_of(c.examples.begin(), c.examples.end(),
                                 [](const ControlExample& e) { return !e.aws.isEmpty(); });
    const bool customer = std::any_of(c.examples.begin(), c.examples.end(),
                                      [](const ControlExample& e) { return !e.customer.isEmpty(); });
    if (aws && customer)
        return Text::tr("Both, each in its own layer");
    return aws ? Text::tr("AWS; the customer inherits them") : Text::tr("The customer alone");
}

/** The whole table a Controls or Areas item shows, before it is split into pages. */
SlideTable wholeTable(DeckItem::Kind kind, const DeckMaterial& m)
{
    SlideTable t;
    if (kind == DeckItem::Kind::Controls) {
        t.title = Text::tr("IT controls: who does what");
        t.headers = { Text::tr("Kind"), Text::tr("Who does it"), Text::tr("AWS's examples") };
        t.widths = { 0.28, 0.32, 0.4 };
        for (const ControlCategory& c : m.controls) {
            QStringList examples;
            for (const ControlExample& e : c.examples)
                examples.append(e.name);
            t.rows.append({ c.name, implementer(c), examples.join(QStringLiteral(", ")) });
        }
    } else if (kind == DeckItem::Kind::Areas) {
        t.title = Text::tr("What the customer manages");
        t.headers = { Text::tr("Area"), Text::tr("What it includes") };
        t.widths = { 0.3, 0.7 };
        // An area whose list alone would overfill a slide goes on over more rows (and pages).
        const int budget = SlideWordLimit - frameWords(t);
        for (const CustomerArea& a : m.areas) {
            QStringList chunk;
            bool continued = false;
            auto flush = [&] {
                t.rows.append({ continued ? Text::tr("%1 (continued)").arg(a.name) : a.name,
                                chunk.join(QStringLiteral(" · ")) });
                chunk.clear();
                continued = true;
            };
            int words = wordCount(a.name);
            for (const QString& item : a.items) {
                if (!chunk.isEmpty() && words + wordCount(item) > budget) {
                    flush();
                    words = wordCount(a.name) + 1;
                }
                chunk.append(item);
                words += wordCount(item);
            }
            flush();
        }
    }
    return t;
}

/**
 * The rows of @p table split into pages of at most SlideWordLimit words, title and headers
 * included; a row longer than that has a page of its own. Each page as its first row and count.
 */
QList<QPair<int, int>> pages(const SlideTable& table)
{
    const int frame = frameWords(table);
    QList<QPair<int, int>> out;
    int words = frame;
    for (int r = 0; r < table.rows.size(); ++r) {
        const int row = wordCount(table.rows.at(r).join(QLatin1Char(' ')));
        if (out.isEmpty() || words + row > SlideWordLimit) {
            out.append({ r, 0 });
            words = frame;
        }
        ++out.last().second;
        words += row;
    }
    return out;
}

} // namespace

QList<PresenterStep> expandDeck(const QList<DeckItem>& items, const DeckMaterial& material)
{
    QList<PresenterStep> steps;
    int questionNumber = 0;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const DeckItem& item = items.at(i);
        if (!deckProblems({ item }, material).isEmpty())
            continue;
        PresenterStep step;
        step.kind = item.kind;
        step.item = int(i);
        switch (item.kind) {
        case DeckItem::Kind::Stack:
            step.selection = item.ids.first();
            step.lessonId = lessonForSelection(material, step.selection);
            steps += revealedOneByOne(step, int(material.stack.layers().size()), [&](int r, int layers) {
                return Text::tr("%1: %2 of %3 layers")
                    .arg(shortName(material, step.selection))
                    .arg(r)
                    .arg(layers);
            });
            break;
        case DeckItem::Kind::Services:
            for (const QString& id : item.ids) {
                step.selection = id;
                step.lessonId = lessonForSelection(material, id);
                step.title = Text::tr("The line for %1").arg(shortName(material, id));
                steps.append(step);
            }
            break;
        case DeckItem::Kind::Compare:
            step.selection = item.ids.at(0);
            step.compare = item.ids.at(1);
            step.lessonId = lessonForSelection(material, step.compare);
            step.title = Text::tr("%1 beside %2")
                             .arg(shortName(material, step.selection), shortName(material, step.compare));
            steps.append(step);
            break;
        case DeckItem::Kind::Matrix:
            step.lessonId = commonestLesson(
                material, [](const Question& q) { return !q.model.isEmpty() && q.service.isEmpty(); });
            steps += revealedOneByOne(step, int(material.stack.models().size()), [](int c, int columns) {
                return Text::tr("The matrix: %1 of %2 columns").arg(c).arg(columns);
            });
            break;
        case DeckItem::Kind::Controls:
        case DeckItem::Kind::Areas: {
            const bool controls = item.kind == DeckItem::Kind::Controls;
            QStringList names;
            for (const QStringList& row : wholeTable(item.kind, material).rows)
                names.append(row.first());
            if (controls)
                step.lessonId =
                    commonestLesson(material, [](const Question& q) { return !q.control.isEmpty(); });
            if (step.lessonId.isEmpty())
                step.lessonId = lessonNaming(material, names);
            const qsizetype count = pages(wholeTable(item.kind, material)).size();
            const QString heading = controls ? Text::tr("IT controls") : Text::tr("Customer-managed areas");
            for (int p = 0; p < count; ++p) {
                step.page = p;
                step.title =
                    count > 1 ? Text::tr("%1 (%2 of %3)").arg(heading).arg(p + 1).arg(count) : heading;
                steps.append(step);
            }
            break;
        }
        case DeckItem::Kind::Quiz: {
            const Question* q = material.question(item.ids.first());
            step.questionId = q->id;
            step.lessonId = material.lesson(q->lesson) ? q->lesson : QString();
            step.title = Text::tr("Class question %1").arg(++questionNumber);
            steps.append(step);
            break;
        }
        }
    }
    return steps;
}

int wordCount(const QString& text)
{
    int words = 0;
    for (const QString& token : text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts))
        words +=
            std::any_of(token.begin(), token.end(), [](QChar c) { return c.isLetterOrNumber(); }) ? 1 : 0;
    return words;
}

int wordCount(const SlideTable& table)
{
    int words = wordCount(table.title) + wordCount(table.headers.join(QLatin1Char(' ')));
    for (const QStringList& row : table.rows)
        words += wordCount(row.join(QLatin1Char(' ')));
    return words;
}

SlideTable slideTable(const PresenterStep& step, const DeckMaterial& material)
{
    SlideTable table = wholeTable(step.kind, material);
    const QList<QPair<int, int>> split = pages(table);
    if (step.page < 0 || step.page >= split.size())
        return table.rows.isEmpty() ? SlideTable() : table;
    table.rows = table.rows.mid(split.at(step.page).first, split.at(step.page).second);
    if (split.size() > 1)
        table.title = Text::tr("%1 (%2 of %3)").arg(table.title).arg(step.page + 1).arg(split.size());
    return table;
}

QString describeItem(const DeckItem& item, const DeckMaterial& material)
{
    QStringList names;
    for (const QString& id : item.ids)
        names.append(shortName(material, id));
    switch (item.kind) {
    case DeckItem::Kind::Stack: return Text::tr("The stack of %1, layer by layer").arg(names.value(0));
    case DeckItem::Kind::Services:
        return Text::tr("The line moving: %1").arg(names.join(QStringLiteral(" → ")));
    case DeckItem::Kind::Compare: return Text::tr("%1 beside %2").arg(names.value(0), names.value(1));
    case DeckItem::Kind::Matrix: return Text::tr("The matrix, column by column");
    case DeckItem::Kind::Controls: return Text::tr("IT controls: inherited, shared, customer-specific");
    case DeckItem::Kind::Areas: return Text::tr("Customer-managed areas");
    case DeckItem::Kind::Quiz: {
        const Question* q = material.question(item.ids.value(0));
        return Text::tr("Class question: %1").arg(q ? q->prompt : item.ids.value(0));
    }
    }
    return {};
}

QList<DeckItem> availableItems(const DeckMaterial& material)
{
    QList<DeckItem> items;
    const QStringList ids = material.stack.selectionIds();
    for (const QString& id : ids)
        items.append({ DeckItem::Kind::Stack, { id } });
    QStringList models;
    for (const StackSelection& s : material.stack.modelSelections())
        models.append(s.id);
    if (models.size() > 1)
        items.append({ DeckItem::Kind::Services, models });
    QStringList switchIds;
    for (const QString& id : DefaultSwitch) {
        if (isSelection(material, id))
            switchIds.append(id);
    }
    if (switchIds.size() > 1)
        items.append({ DeckItem::Kind::Services, switchIds });
    for (qsizetype i = 0; i + 1 < models.size(); ++i)
        items.append({ DeckItem::Kind::Compare, { models.at(i), models.at(i + 1) } });
    for (qsizetype i = 0; i + 1 < switchIds.size(); ++i)
        items.append({ DeckItem::Kind::Compare, { switchIds.at(i), switchIds.at(i + 1) } });
    for (const StackSelection& s : material.stack.serviceSelections()) {
        if (!switchIds.contains(s.id) && s.modelId != s.id && models.contains(s.modelId))
            items.append({ DeckItem::Kind::Compare, { s.modelId, s.id } });
    }
    if (!material.stack.layers().isEmpty())
        items.append({ DeckItem::Kind::Matrix, {} });
    if (!material.controls.isEmpty())
        items.append({ DeckItem::Kind::Controls, {} });
    if (!material.areas.isEmpty())
        items.append({ DeckItem::Kind::Areas, {} });
    for (const Question& q : material.questions)
        items.append({ DeckItem::Kind::Quiz, { q.id } });
    return items;
}

Result<DeckMaterial> readDeckMaterial(const ContentRepository& content)
{
    auto stack = content.responsibilityStack();
    if (!stack)
        return Error { stack.errorMessage() };
    auto controls = content.controlCategories();
    if (!controls)
        return Error { controls.errorMessage() };
    auto areas = content.customerAreas();
    if (!areas)
        return Error { areas.errorMessage() };
    auto lessons = content.lessonOutline();
    if (!lessons)
        return Error { lessons.errorMessage() };
    auto questions = content.questions();
    if (!questions)
        return Error { questions.errorMessage() };
    DeckMaterial m;
    m.stack = std::move(*stack);
    m.controls = std::move(*controls);
    m.areas = std::move(*areas);
    m.lessons = std::move(*lessons);
    m.questions = std::move(*questions);
    return m;
}

QList<DeckItem> deckToPresent(const Result<QStringList>& saved, const DeckMaterial& material,
                              QStringList* problems)
{
    if (!saved) {
        if (problems)
            problems->append(
                Text::tr("the saved presenter steps cannot be read: %1").arg(saved.errorMessage()));
        return defaultDeck(material);
    }
    QList<DeckItem> deck;
    for (const QString& line : *saved) {
        QString error;
        if (const auto item = DeckItem::fromText(line, &error))
            deck.append(*item);
        else if (problems)
            problems->append(Text::tr("“%1”: %2").arg(line, error));
    }
    if (problems)
        problems->append(deckProblems(deck, material));
    return deck.isEmpty() ? defaultDeck(material) : deck;
}

} // namespace demarc
