// SPDX-License-Identifier: GPL-3.0-or-later
#include "PackSections.h"

#include <QJsonArray>

#include <algorithm>

namespace demarc::packparse {

namespace {

/** What the choices said about the key: false where a choice's "correct" or "party" could not be read. */
struct KeyKnown
{
    bool correctness = true;
    bool parties = true;
};

/** Everything of a question but its choices; returns whether its type is known. */
bool readQuestionFields(Reader& r, const QJsonObject& o, const QString& ptr, Question& q)
{
    r.checkKeys(o, ptr,
                { "id", "type", "topic", "prompt", "choices", "facts", "lesson", "layer", "model", "service",
                  "party", "control", "sources" });
    q.id = r.id(o, ptr);
    const QString type = r.text(o, ptr, "type", Need::Required, IdMax);
    if (auto t = questionTypeFromId(type))
        q.type = *t;
    else if (!type.isEmpty())
        r.problem(
            JsonLocator::child(ptr, QStringLiteral("type")),
            Text::tr("unknown question type \"%1\" (use single, multiple, truefalse, classify or split)")
                .arg(type));
    const bool typeKnown = questionTypeFromId(type).has_value();
    q.topic = r.ref(o, ptr, "topic", "topic", Need::Required);
    q.prompt = r.text(o, ptr, "prompt", Need::Required, LongTextMax);
    q.facts = r.facts(o, ptr);
    q.lesson = r.ref(o, ptr, "lesson", "lesson", Need::Optional);
    q.layer = r.ref(o, ptr, "layer", "layer", Need::Optional);
    q.model = r.ref(o, ptr, "model", "service model", Need::Optional);
    q.service = r.ref(o, ptr, "service", "service", Need::Optional);
    if (o.contains(QLatin1String("party"))) {
        const QString partyPtr = JsonLocator::child(ptr, QStringLiteral("party"));
        const QString party = r.text(o, ptr, "party", Need::Optional, IdMax);
        q.party = partyFromId(party);
        if (!q.party && !party.isEmpty())
            r.problem(partyPtr, Text::tr("unknown party \"%1\" (use aws, customer or shared)").arg(party));
        else if (typeKnown && q.assignsParties())
            r.problem(
                partyPtr,
                Text::tr("a %1 question gives each choice its party; \"party\" is for a question whose key "
                         "is one party")
                    .arg(type));
        else if (q.layer.isEmpty() || (q.model.isEmpty() && q.service.isEmpty()))
            r.problem(partyPtr,
                      Text::tr("\"party\" is the key's party for a layer under a model or service: name the "
                               "\"layer\" and the \"model\" or \"service\" too"));
    }
    const bool split = typeKnown && q.type == QuestionType::Split;
    q.control = r.text(o, ptr, "control", split ? Need::Required : Need::Optional, NameMax);
    if (!split && o.contains(QLatin1String("control")))
        r.problem(JsonLocator::child(ptr, QStringLiteral("control")),
                  Text::tr("only split questions name a \"control\""));
    q.sources = r.sources(o, ptr);
    return typeKnown;
}

Choice readChoice(Reader& r, const QJsonObject& c, const QString& cptr, const Question& q, bool typeKnown,
                  QSet<QString>& ids, KeyKnown& known)
{
    const QString type = questionTypeId(q.type);
    const bool split = typeKnown && q.type == QuestionType::Split;
    const bool classify = typeKnown && q.assignsParties();
    Choice choice;
    r.checkKeys(c, cptr, { "id", "text", "correct", "party", "explanation" });
    choice.id = r.id(c, cptr);
    r.unique(ids, choice.id, cptr, Text::tr("choice"));
    choice.text = r.text(c, cptr, "text", Need::Required, SummaryMax);
    if (classify) {
        const bool marked = c.contains(QLatin1String("correct"));
        if (marked)
            r.problem(JsonLocator::child(cptr, QStringLiteral("correct")),
                      Text::tr("a %1 choice names a \"party\" (aws, customer or shared), not \"correct\"")
                          .arg(type));
        const QString party = r.text(c, cptr, "party", marked ? Need::Optional : Need::Required, IdMax);
        choice.party = partyFromId(party);
        if (!choice.party && !party.isEmpty())
            r.problem(JsonLocator::child(cptr, QStringLiteral("party")),
                      Text::tr("unknown party \"%1\" (use aws, customer or shared)").arg(party));
        else if (split && choice.party == Party::Shared)
            r.problem(JsonLocator::child(cptr, QStringLiteral("party")),
                      Text::tr("each part of a split control is either \"aws\" or \"customer\""));
        known.parties =
            known.parties && choice.party.has_value() && !(split && choice.party == Party::Shared);
    } else if (typeKnown) {
        if (c.contains(QLatin1String("party")))
            r.problem(JsonLocator::child(cptr, QStringLiteral("party")),
                      Text::tr("only classify and split questions give choices a \"party\""));
        if (auto v = r.field(c, cptr, "correct", Need::Required, QJsonValue::Bool))
            choice.correct = v->toBool();
        else
            known.correctness = false;
    }
    const auto explanation = c.value(QLatin1String("explanation"));
    // A misspelt "explanation" is reported once, as the misspelling it is.
    const bool misspelt = !c.contains(QLatin1String("explanation")) && r.isMisspelt(cptr, "explanation");
    if (!explanation.isString() || explanation.toString().trimmed().isEmpty()) {
        if (!misspelt)
            r.problem(c.contains(QLatin1String("explanation"))
                          ? JsonLocator::child(cptr, QStringLiteral("explanation"))
                          : cptr,
                      Text::tr("every choice needs an explanation of why it is right or wrong"));
    } else {
        choice.explanation = r.text(c, cptr, "explanation", Need::Required, SummaryMax);
    }
    return choice;
}

/** The key as a whole: a split has parts on both sides; right answers as the type needs them. */
void checkKey(Reader& r, const Question& q, const QString& choicesPtr, qsizetype count, bool typeKnown,
              const KeyKnown& known)
{
    const bool split = typeKnown && q.type == QuestionType::Split;
    const bool classify = typeKnown && q.assignsParties();
    if (split && known.parties && count >= MinChoices) {
        const auto aws = std::count_if(q.choices.cbegin(), q.choices.cend(),
                                       [](const Choice& c) { return c.party == Party::Aws; });
        const auto customer = std::count_if(q.choices.cbegin(), q.choices.cend(),
                                            [](const Choice& c) { return c.party == Party::Customer; });
        if (aws == 0 || customer == 0)
            r.problem(choicesPtr,
                      Text::tr("a split control has parts on both sides: AWS's and the customer's"));
    }
    if (!typeKnown || classify || !known.correctness || count < MinChoices)
        return;
    const auto correct =
        std::count_if(q.choices.cbegin(), q.choices.cend(), [](const Choice& c) { return c.correct; });
    if (correct == 0)
        r.problem(choicesPtr, Text::tr("no choice is marked correct"));
    else if (q.type != QuestionType::Multiple && correct > 1)
        r.problem(
            choicesPtr,
            Text::tr("a %1 question needs exactly one correct choice; this one has %2")
                .arg(q.type == QuestionType::TrueFalse ? Text::tr("true/false") : Text::tr("single-answer"))
                .arg(correct));
    else if (q.type == QuestionType::Multiple && correct == q.choices.size())
        r.problem(choicesPtr,
                  Text::tr("every choice is correct; a select-all question needs at least one wrong choice"));
    if (q.type == QuestionType::TrueFalse && count != 2)
        r.problem(choicesPtr,
                  Text::tr("a true/false question has exactly two choices; this one has %1").arg(count));
}

} // namespace

Responsibility readCell(Reader& r, const QJsonObject& o, const QString& ptr)
{
    r.checkKeys(o, ptr, { "party", "explanation", "nuance" });
    Responsibility cell;
    const QString party = r.text(o, ptr, "party", Need::Required, IdMax);
    if (auto p = partyFromId(party))
        cell.party = *p;
    else if (!party.isEmpty())
        r.problem(JsonLocator::child(ptr, QStringLiteral("party")),
                  Text::tr("unknown party \"%1\" (use aws, customer or shared)").arg(party));
    cell.explanation = r.text(o, ptr, "explanation", Need::Required, SummaryMax);
    cell.nuance = r.text(o, ptr, "nuance", Need::Optional, SummaryMax);
    return cell;
}

Question readQuestion(Reader& r, const QJsonObject& o, const QString& ptr)
{
    Question q;
    const bool typeKnown = readQuestionFields(r, o, ptr, q);
    const QString choicesPtr = JsonLocator::child(ptr, QStringLiteral("choices"));
    const QJsonArray choices = r.array(o, ptr, "choices", Need::Required);
    if (o.contains(QLatin1String("choices")) && (choices.size() < MinChoices || choices.size() > MaxChoices))
        r.problem(choicesPtr,
                  Text::tr("a question needs %1 to %2 choices, this one has %3")
                      .arg(MinChoices)
                      .arg(MaxChoices)
                      .arg(choices.size()));
    QSet<QString> ids;
    KeyKnown known;
    r.forEachObject(choices, choicesPtr, [&](const QJsonObject& c, const QString& cptr) {
        q.choices.append(readChoice(r, c, cptr, q, typeKnown, ids, known));
    });
    checkKey(r, q, choicesPtr, choices.size(), typeKnown, known);
    return q;
}

Source readSource(Reader& r, const QJsonObject& o, const QString& p)
{
    r.checkKeys(o, p, { "id", "title", "url", "file", "asOf" });
    Source s;
    s.id = r.id(o, p);
    s.title = r.text(o, p, "title", Need::Required, NameMax);
    s.url = r.text(o, p, "url", Need::Optional, LongTextMax);
    s.file = r.text(o, p, "file", Need::Optional, NameMax);
    s.asOf = r.date(o, p, "asOf", Need::Required);
    if (!s.url.isEmpty() && !s.url.startsWith(QLatin1String("https://"))
        && !s.url.startsWith(QLatin1String("http://")))
        r.problem(JsonLocator::child(p, QStringLiteral("url")),
                  Text::tr("\"url\" must start with http:// or https://"));
    if (s.url.isEmpty() && s.file.isEmpty())
        r.problem(p, Text::tr("a source needs a \"url\" or a \"file\""));
    return s;
}

ServiceModel readServiceModel(Reader& r, const QJsonObject& o, const QString& p)
{
    r.checkKeys(o, p, { "id", "name", "summary", "sources" });
    ServiceModel m;
    m.id = r.id(o, p);
    m.name = r.text(o, p, "name", Need::Required, NameMax);
    m.summary = r.text(o, p, "summary", Need::Required, SummaryMax);
    m.sources = r.sources(o, p);
    return m;
}

Layer readLayer(Reader& r, const QJsonObject& o, const QString& p, const QList<ServiceModel>& models,
                const QSet<QString>& knownModels)
{
    r.checkKeys(o, p, { "id", "name", "summary", "examples", "sources", "responsibility" });
    Layer l;
    l.id = r.id(o, p);
    l.name = r.text(o, p, "name", Need::Required, NameMax);
    l.summary = r.text(o, p, "summary", Need::Required, SummaryMax);
    l.examples = r.strings(o, p, "examples", Need::Optional, SummaryMax);
    l.sources = r.sources(o, p);
    const QString rp = JsonLocator::child(p, QStringLiteral("responsibility"));
    const QJsonObject cells = r.object(o, p, "responsibility", Need::Required);
    for (const ServiceModel& m : models) {
        if (m.id.isEmpty() || !o.value(QLatin1String("responsibility")).isObject())
            continue;
        if (!cells.contains(m.id)) {
            r.problem(rp,
                      Text::tr("no cell for service model \"%1\": every layer names a party for every model")
                          .arg(m.id));
            continue;
        }
        const QString cp = JsonLocator::child(rp, m.id);
        if (!cells.value(m.id).isObject()) {
            r.problem(cp, Text::tr("a responsibility is an object with \"party\" and \"explanation\""));
            continue;
        }
        l.responsibility.insert(m.id, readCell(r, cells.value(m.id).toObject(), cp));
    }
    for (auto it = cells.begin(); it != cells.end(); ++it) {
        if (!knownModels.contains(it.key()))
            r.problem(JsonLocator::child(rp, it.key()),
                      Text::tr("unknown service model \"%1\"").arg(it.key()));
    }
    return l;
}

Service readService(Reader& r, const QJsonObject& o, const QString& p, const QSet<QString>& knownLayers)
{
    r.checkKeys(o, p,
                { "id", "name", "model", "category", "awsTerm", "summary", "note", "endOfSupport", "sources",
                  "responsibility" });
    Service s;
    s.id = r.id(o, p);
    s.name = r.text(o, p, "name", Need::Required, NameMax);
    s.model = r.ref(o, p, "model", "service model", Need::Required);
    const QString category = r.text(o, p, "category", Need::Optional, IdMax);
    if (!category.isEmpty()) {
        if (auto c = serviceCategoryFromId(category))
            s.category = *c;
        else
            r.problem(JsonLocator::child(p, QStringLiteral("category")),
                      Text::tr("unknown category \"%1\" (use infrastructure, container or abstracted)")
                          .arg(category));
    }
    s.awsTerm = r.text(o, p, "awsTerm", Need::Required, NameMax);
    s.summary = r.text(o, p, "summary", Need::Required, SummaryMax);
    s.note = r.text(o, p, "note", Need::Optional, SummaryMax);
    s.endOfSupport = r.date(o, p, "endOfSupport", Need::Optional);
    s.sources = r.sources(o, p);
    const QString rp = JsonLocator::child(p, QStringLiteral("responsibility"));
    const QJsonObject cells = r.object(o, p, "responsibility", Need::Optional);
    for (auto it = cells.begin(); it != cells.end(); ++it) {
        const QString cp = JsonLocator::child(rp, it.key());
        if (!knownLayers.contains(it.key()))
            r.problem(cp, Text::tr("unknown layer \"%1\"").arg(it.key()));
        else if (!it->isObject())
            r.problem(cp, Text::tr("a responsibility is an object with \"party\" and \"explanation\""));
        else
            s.responsibility.insert(it.key(), readCell(r, it->toObject(), cp));
    }
    return s;
}

ControlCategory readControlCategory(Reader& r, const QJsonObject& o, const QString& p)
{
    r.checkKeys(o, p, { "id", "name", "summary", "examples", "sources" });
    ControlCategory c;
    c.id = r.id(o, p);
    c.name = r.text(o, p, "name", Need::Required, NameMax);
    c.summary = r.text(o, p, "summary", Need::Required, SummaryMax);
    const QString ep = JsonLocator::child(p, QStringLiteral("examples"));
    r.forEachObject(
        r.array(o, p, "examples", Need::Required), ep, [&](const QJsonObject& e, const QString& xp) {
            r.checkKeys(e, xp, { "name", "aws", "customer" });
            ControlExample x;
            x.name = r.text(e, xp, "name", Need::Required, NameMax);
            x.aws = r.text(e, xp, "aws", Need::Optional, SummaryMax);
            x.customer = r.text(e, xp, "customer", Need::Optional, SummaryMax);
            if (x.aws.trimmed().isEmpty() && x.customer.trimmed().isEmpty())
                r.problem(
                    xp,
                    Text::tr(
                        "an example needs an \"aws\" or a \"customer\" text saying what that party does"));
            c.examples.append(x);
        });
    c.sources = r.sources(o, p);
    return c;
}

CustomerArea readCustomerArea(Reader& r, const QJsonObject& o, const QString& p)
{
    r.checkKeys(o, p, { "id", "name", "items", "sources" });
    CustomerArea a;
    a.id = r.id(o, p);
    a.name = r.text(o, p, "name", Need::Required, NameMax);
    a.items = r.strings(o, p, "items", Need::Required, SummaryMax);
    if (a.items.isEmpty() && o.value(QLatin1String("items")).isArray())
        r.problem(JsonLocator::child(p, QStringLiteral("items")), Text::tr("\"items\" must not be empty"));
    a.sources = r.sources(o, p);
    return a;
}

AnalogyRow readAnalogyRow(Reader& r, const QJsonObject& o, const QString& p)
{
    r.checkKeys(o, p, { "id", "house", "cloud", "party", "explanation", "sources" });
    AnalogyRow a;
    a.id = r.id(o, p);
    a.house = r.text(o, p, "house", Need::Required, NameMax);
    a.cloud = r.text(o, p, "cloud", Need::Required, NameMax);
    const QString party = r.text(o, p, "party", Need::Required, IdMax);
    if (auto x = partyFromId(party))
        a.party = *x;
    else if (!party.isEmpty())
        r.problem(JsonLocator::child(p, QStringLiteral("party")),
                  Text::tr("unknown party \"%1\" (use aws, customer or shared)").arg(party));
    a.explanation = r.text(o, p, "explanation", Need::Required, SummaryMax);
    a.sources = r.sources(o, p);
    return a;
}

Topic readTopic(Reader& r, const QJsonObject& o, const QString& p)
{
    r.checkKeys(o, p, { "id", "title", "section" });
    Topic t;
    t.id = r.id(o, p);
    t.title = r.text(o, p, "title", Need::Required, NameMax);
    t.section = r.text(o, p, "section", Need::Optional, 8);
    return t;
}

Lesson readLesson(Reader& r, const QJsonObject& o, const QString& p)
{
    r.checkKeys(o, p, { "id", "topic", "title", "summary", "body", "facts", "nuances", "sources" });
    Lesson l;
    l.id = r.id(o, p);
    l.topic = r.ref(o, p, "topic", "topic", Need::Required);
    l.title = r.text(o, p, "title", Need::Required, NameMax);
    l.summary = r.text(o, p, "summary", Need::Required, SummaryMax);
    l.body = r.text(o, p, "body", Need::Required, BodyMax);
    l.facts = r.facts(o, p);
    l.nuances = r.strings(o, p, "nuances", Need::Optional, IdMax);
    l.sources = r.sources(o, p);
    return l;
}

GlossaryTerm readGlossaryTerm(Reader& r, const QJsonObject& o, const QString& p)
{
    r.checkKeys(o, p, { "id", "term", "aliases", "definition", "sources" });
    GlossaryTerm g;
    g.id = r.id(o, p);
    g.term = r.text(o, p, "term", Need::Required, NameMax);
    g.aliases = r.strings(o, p, "aliases", Need::Optional, NameMax);
    g.definition = r.text(o, p, "definition", Need::Required, LongTextMax);
    g.sources = r.sources(o, p);
    return g;
}

} // namespace demarc::packparse
