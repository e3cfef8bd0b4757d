// SPDX-License-Identifier: GPL-3.0-or-later
#include "PackWriter.h"

#include "PackParser.h"

#include <functional>

namespace demarc {

namespace {

/** A JSON emitter that keeps keys in the order they are written. */
class JsonWriter
{
public:
    QByteArray bytes;

    void object(const std::function<void()>& members)
    {
        open('{');
        members();
        close('}');
    }

    template<typename T, typename F> void array(const QList<T>& items, F item)
    {
        open('[');
        for (const T& x : items) {
            element();
            item(x);
        }
        close(']');
    }

    /** Starts the member @p key; its value is written next. */
    void key(const char* key)
    {
        element();
        string(QString::fromLatin1(key));
        bytes += ": ";
    }
    void key(const QString& key)
    {
        element();
        string(key);
        bytes += ": ";
    }

    void string(const QString& text)
    {
        bytes += '"';
        const QByteArray utf8 = text.toUtf8();
        for (const char c : utf8) {
            switch (c) {
            case '"': bytes += "\\\""; break;
            case '\\': bytes += "\\\\"; break;
            case '\n': bytes += "\\n"; break;
            case '\r': bytes += "\\r"; break;
            case '\t': bytes += "\\t"; break;
            case '\b': bytes += "\\b"; break;
            case '\f': bytes += "\\f"; break;
            default:
                if (static_cast<unsigned char>(c) < 0x20)
                    bytes += QByteArrayLiteral("\\u00")
                        + QByteArray::number(static_cast<unsigned char>(c), 16).rightJustified(2, '0');
                else
                    bytes += c;
            }
        }
        bytes += '"';
    }
    void number(int n) { bytes += QByteArray::number(n); }
    void boolean(bool b) { bytes += b ? "true" : "false"; }

    void text(const char* k, const QString& value)
    {
        key(k);
        string(value);
    }
    /** Optional text: left out when empty. */
    void optionalText(const char* k, const QString& value)
    {
        if (!value.isEmpty())
            text(k, value);
    }
    void integer(const char* k, int value)
    {
        key(k);
        number(value);
    }
    void strings(const char* k, const QStringList& values)
    {
        key(k);
        array(values, [this](const QString& s) { string(s); });
    }
    void optionalStrings(const char* k, const QStringList& values)
    {
        if (!values.isEmpty())
            strings(k, values);
    }
    void optionalIntegers(const char* k, const QList<int>& values)
    {
        if (values.isEmpty())
            return;
        key(k);
        array(values, [this](int n) { number(n); });
    }
    void optionalDate(const char* k, const QDate& date)
    {
        if (date.isValid())
            text(k, date.toString(Qt::ISODate));
    }

private:
    // Per open container: whether it has an element yet.
    QList<bool> m_hasElement;

    void indent() { bytes += QByteArray(2 * m_hasElement.size(), ' '); }

    void open(char bracket)
    {
        bytes += bracket;
        m_hasElement.append(false);
    }
    void close(char bracket)
    {
        const bool any = m_hasElement.takeLast();
        if (any) {
            bytes += '\n';
            indent();
        }
        bytes += bracket;
    }
    void element()
    {
        if (m_hasElement.last())
            bytes += ',';
        m_hasElement.last() = true;
        bytes += '\n';
        indent();
    }
};

void writeCells(JsonWriter& w, const char* key, const QMap<QString, Responsibility>& cells,
                const QStringList& order)
{
    w.key(key);
    w.object([&] {
        // In the order of the columns (or rows) they belong to, then any others.
        QStringList keys;
        for (const QString& k : order) {
            if (cells.contains(k))
                keys.append(k);
        }
        for (auto it = cells.cbegin(); it != cells.cend(); ++it) {
            if (!keys.contains(it.key()))
                keys.append(it.key());
        }
        for (const QString& k : std::as_const(keys)) {
            const Responsibility& cell = cells[k];
            w.key(k);
            w.object([&] {
                w.text("party", partyId(cell.party));
                w.text("explanation", cell.explanation);
                w.optionalText("nuance", cell.nuance);
            });
        }
    });
}

void writePackInfo(JsonWriter& w, const PackInfo& info)
{
    w.text("id", info.id);
    w.text("title", info.title);
    w.integer("version", info.version);
    w.text("language", info.language);
    w.text("author", info.author);
    w.optionalText("description", info.description);
    w.optionalText("extends", info.extends);
}

void writeSource(JsonWriter& w, const Source& s)
{
    w.text("id", s.id);
    w.text("title", s.title);
    w.optionalText("url", s.url);
    w.optionalText("file", s.file);
    w.optionalDate("asOf", s.asOf);
}

void writeServiceModel(JsonWriter& w, const ServiceModel& m)
{
    w.text("id", m.id);
    w.text("name", m.name);
    w.text("summary", m.summary);
    w.strings("sources", m.sources);
}

void writeLayer(JsonWriter& w, const Layer& l, const QStringList& modelOrder)
{
    w.text("id", l.id);
    w.text("name", l.name);
    w.text("summary", l.summary);
    w.optionalStrings("examples", l.examples);
    w.strings("sources", l.sources);
    writeCells(w, "responsibility", l.responsibility, modelOrder);
}

void writeService(JsonWriter& w, const Service& s, const QStringList& layerOrder)
{
    w.text("id", s.id);
    w.text("name", s.name);
    w.text("model", s.model);
    w.optionalText("category", serviceCategoryId(s.category));
    w.text("awsTerm", s.awsTerm);
    w.text("summary", s.summary);
    w.optionalText("note", s.note);
    w.optionalDate("endOfSupport", s.endOfSupport);
    if (!s.responsibility.isEmpty())
        writeCells(w, "responsibility", s.responsibility, layerOrder);
    w.strings("sources", s.sources);
}

void writeControlCategory(JsonWriter& w, const ControlCategory& c)
{
    w.text("id", c.id);
    w.text("name", c.name);
    w.text("summary", c.summary);
    w.key("examples");
    w.array(c.examples, [&](const ControlExample& x) {
        w.object([&] {
            w.text("name", x.name);
            w.text("aws", x.aws);
            w.text("customer", x.customer);
        });
    });
    w.strings("sources", c.sources);
}

void writeCustomerArea(JsonWriter& w, const CustomerArea& a)
{
    w.text("id", a.id);
    w.text("name", a.name);
    w.strings("items", a.items);
    w.strings("sources", a.sources);
}

void writeAnalogyRow(JsonWriter& w, const AnalogyRow& a)
{
    w.text("id", a.id);
    w.text("house", a.house);
    w.text("cloud", a.cloud);
    w.text("party", partyId(a.party));
    w.text("explanation", a.explanation);
    w.strings("sources", a.sources);
}

void writeTopic(JsonWriter& w, const Topic& t)
{
    w.text("id", t.id);
    w.text("title", t.title);
    w.optionalText("section", t.section);
}

void writeLesson(JsonWriter& w, const Lesson& l)
{
    w.text("id", l.id);
    w.text("topic", l.topic);
    w.text("title", l.title);
    w.text("summary", l.summary);
    w.text("body", l.body);
    w.optionalIntegers("facts", l.facts);
    w.optionalStrings("nuances", l.nuances);
    w.strings("sources", l.sources);
}

void writeGlossaryTerm(JsonWriter& w, const GlossaryTerm& g)
{
    w.text("id", g.id);
    w.text("term", g.term);
    w.optionalStrings("aliases", g.aliases);
    w.text("definition", g.definition);
    w.strings("sources", g.sources);
}

void writeQuestion(JsonWriter& w, const Question& q)
{
    w.text("id", q.id);
    w.text("type", questionTypeId(q.type));
    w.text("topic", q.topic);
    w.optionalText("control", q.control);
    w.text("prompt", q.prompt);
    w.key("choices");
    w.array(q.choices, [&](const Choice& c) {
        w.object([&] {
            w.text("id", c.id);
            w.text("text", c.text);
            if (q.assignsParties())
                w.text("party", c.party ? partyId(*c.party) : QString());
            else {
                w.key("correct");
                w.boolean(c.correct);
            }
            w.text("explanation", c.explanation);
        });
    });
    w.optionalIntegers("facts", q.facts);
    w.optionalText("lesson", q.lesson);
    w.optionalText("layer", q.layer);
    w.optionalText("model", q.model);
    w.optionalText("service", q.service);
    if (q.party)
        w.text("party", partyId(*q.party));
    w.strings("sources", q.sources);
}

} // namespace

QByteArray writePack(const Pack& pack)
{
    QStringList modelOrder;
    for (const ServiceModel& m : pack.serviceModels)
        modelOrder.append(m.id);
    QStringList layerOrder;
    for (const Layer& l : pack.layers)
        layerOrder.append(l.id);

    JsonWriter w;
    w.object([&] {
        w.text("format", QStringLiteral("demarc-pack"));
        w.integer("version", PackParser::FormatVersion);
        w.key("pack");
        w.object([&] { writePackInfo(w, pack.info); });
        // A course pack always has the model and its topics; a pack that extends one only when it adds some.
        const bool course = pack.info.extends.isEmpty();
        auto section = [&](const char* key, const auto& items, bool always, const auto& write) {
            if (!always && items.isEmpty())
                return;
            w.key(key);
            w.array(items, [&](const auto& item) { w.object([&] { write(item); }); });
        };
        section("sources", pack.sources, course, [&](const Source& s) { writeSource(w, s); });
        section("serviceModels", pack.serviceModels, course,
                [&](const ServiceModel& m) { writeServiceModel(w, m); });
        section("layers", pack.layers, course, [&](const Layer& l) { writeLayer(w, l, modelOrder); });
        section("services", pack.services, false, [&](const Service& s) { writeService(w, s, layerOrder); });
        section("controlCategories", pack.controlCategories, false,
                [&](const ControlCategory& c) { writeControlCategory(w, c); });
        section("customerAreas", pack.customerAreas, false,
                [&](const CustomerArea& a) { writeCustomerArea(w, a); });
        section("analogy", pack.analogy, false, [&](const AnalogyRow& a) { writeAnalogyRow(w, a); });
        section("topics", pack.topics, course, [&](const Topic& t) { writeTopic(w, t); });
        section("lessons", pack.lessons, false, [&](const Lesson& l) { writeLesson(w, l); });
        section("glossary", pack.glossary, false, [&](const GlossaryTerm& g) { writeGlossaryTerm(w, g); });
        section("questions", pack.questions, false, [&](const Question& q) { writeQuestion(w, q); });
    });
    w.bytes += '\n';
    return w.bytes;
}

} // namespace demarc
