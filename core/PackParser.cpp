// SPDX-License-Identifier: GPL-3.0-or-later
#include "PackParser.h"

#include "JsonLocator.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <initializer_list>
#include <numeric>

namespace demarc {

QString PackProblem::toString() const
{
    return QStringLiteral("%1:%2:%3: %4").arg(file).arg(line).arg(column).arg(message);
}

namespace {

QString tr(const char* text) { return QCoreApplication::translate("PackParser", text); }

// Text limits, documented in resources/content/README.md.
constexpr int IdMax = 64;
constexpr int NameMax = 200;
constexpr int SummaryMax = 2000;
constexpr int LongTextMax = 4000;
constexpr int BodyMax = 100000;
constexpr int MinChoices = 2;
/** The largest version or fact number read: well inside int. */
constexpr double MaxWholeNumber = 1e9;
constexpr int MaxChoices = 12;

enum class Need { Required, Optional };

QString typeName(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

const QRegularExpression& idPattern()
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$"));
    return re;
}

/** A reference to check once everything is read: the id named at pointer must exist. */
struct Reference
{
    QString pointer;
    QString kind;
    QString id;
};

class Reader
{
public:
    Reader(const QByteArray& json, QString file) : m_locator(json), m_file(std::move(file)) { }

    void problem(const QString& pointer, const QString& message)
    {
        m_problems.append({ m_locator.offset(pointer), message, pointer });
    }

    /** Every problem found, with its line and column, in file order. */
    QList<PackProblem> problems() const
    {
        QList<qsizetype> offsets;
        offsets.reserve(m_problems.size());
        for (const Pending& p : m_problems)
            offsets.append(p.offset);
        // One pass over the text for all of them: a pack with a problem on every line stays fast.
        const QList<TextPosition> positions = textPositionsAt(m_locator.text(), offsets);
        QList<PackProblem> out;
        out.reserve(m_problems.size());
        for (qsizetype i = 0; i < m_problems.size(); ++i)
            out.append({ m_file, positions.at(i).line, positions.at(i).column, m_problems.at(i).message, m_problems.at(i).pointer });
        return out;
    }

    /** Reports keys that the format does not know (usually a typo). */
    /**
     * Reports keys that the format does not know (usually a typo). A key one or two letters
     * away from a field the object lacks is named as that field's misspelling, and the field
     * is then not reported missing as well.
     */
    void checkKeys(const QJsonObject& o, const QString& ptr, std::initializer_list<const char*> known)
    {
        for (auto it = o.begin(); it != o.end(); ++it) {
            bool found = false;
            QString meant;
            for (const char* k : known) {
                const QLatin1String key(k);
                found = found || it.key() == key;
                if (meant.isEmpty() && !o.contains(key) && editDistance(it.key(), key) <= 2)
                    meant = key;
            }
            if (found)
                continue;
            if (meant.isEmpty()) {
                problem(JsonLocator::child(ptr, it.key()), tr("unknown field \"%1\"").arg(it.key()));
            } else {
                problem(JsonLocator::child(ptr, it.key()),
                        tr("unknown field \"%1\" (did you mean \"%2\"?)").arg(it.key(), meant));
                m_misspelt.insert(JsonLocator::child(ptr, meant));
            }
        }
    }

    std::optional<QJsonValue> field(const QJsonObject& o, const QString& ptr, const char* key,
                                    Need need, QJsonValue::Type type)
    {
        const QString k = QLatin1String(key);
        const auto it = o.constFind(k);
        if (it == o.constEnd()) {
            if (need == Need::Required && !m_misspelt.contains(JsonLocator::child(ptr, k)))
                problem(ptr, tr("missing field \"%1\"").arg(k));
            return std::nullopt;
        }
        if (it->type() != type) {
            problem(JsonLocator::child(ptr, k), tr("\"%1\" must be %2, not %3")
                                                    .arg(k, typeName(QJsonValue(type)), typeName(*it)));
            return std::nullopt;
        }
        return *it;
    }

    QString text(const QJsonObject& o, const QString& ptr, const char* key, Need need, int maxLength)
    {
        const auto v = field(o, ptr, key, need, QJsonValue::String);
        if (!v)
            return {};
        const QString s = v->toString();
        const QString at = JsonLocator::child(ptr, QLatin1String(key));
        if (!s.isValidUtf16())
            problem(at, tr("\"%1\" holds a \\u escape of half a character (an unpaired surrogate)").arg(QLatin1String(key)));
        else if (need == Need::Required && s.trimmed().isEmpty())
            problem(at, tr("\"%1\" must not be empty").arg(QLatin1String(key)));
        else if (s.size() > maxLength)
            problem(at, tr("\"%1\" is %2 characters long; the limit is %3")
                            .arg(QLatin1String(key)).arg(s.size()).arg(maxLength));
        return s;
    }

    QString id(const QJsonObject& o, const QString& ptr, const char* key = "id", Need need = Need::Required)
    {
        const QString s = text(o, ptr, key, need, IdMax);
        if (!s.isEmpty() && !idPattern().match(s).hasMatch())
            problem(JsonLocator::child(ptr, QLatin1String(key)),
                    tr("\"%1\" is not a valid id (use a-z, 0-9 and '-')").arg(s));
        return s;
    }

    /** An id that must name something defined elsewhere in the pack. */
    QString ref(const QJsonObject& o, const QString& ptr, const char* key, const char* kind, Need need)
    {
        const QString s = id(o, ptr, key, need);
        if (!s.isEmpty())
            m_references.append({ JsonLocator::child(ptr, QLatin1String(key)), QLatin1String(kind), s });
        return s;
    }

    int integer(const QJsonObject& o, const QString& ptr, const char* key, Need need, int min)
    {
        const auto v = field(o, ptr, key, need, QJsonValue::Double);
        if (!v)
            return 0;
        const double d = v->toDouble();
        if (!(d >= min && d <= MaxWholeNumber) || d != std::floor(d)) {
            problem(JsonLocator::child(ptr, QLatin1String(key)),
                    tr("\"%1\" must be a whole number from %2 to %3").arg(QLatin1String(key)).arg(min).arg(static_cast<qint64>(MaxWholeNumber)));
            return 0;
        }
        return static_cast<int>(d);
    }

    QDate date(const QJsonObject& o, const QString& ptr, const char* key, Need need)
    {
        const QString s = text(o, ptr, key, need, NameMax);
        if (s.isEmpty())
            return {};
        const QDate d = QDate::fromString(s, Qt::ISODate);
        if (!d.isValid() || s.size() != 10)
            problem(JsonLocator::child(ptr, QLatin1String(key)),
                    tr("\"%1\" must be a date written YYYY-MM-DD").arg(QLatin1String(key)));
        return d;
    }

    QJsonArray array(const QJsonObject& o, const QString& ptr, const char* key, Need need)
    {
        const auto v = field(o, ptr, key, need, QJsonValue::Array);
        return v ? v->toArray() : QJsonArray();
    }

    QJsonObject object(const QJsonObject& o, const QString& ptr, const char* key, Need need)
    {
        const auto v = field(o, ptr, key, need, QJsonValue::Object);
        return v ? v->toObject() : QJsonObject();
    }

    /** Calls @p read for every element of the array, which must be objects. */
    template<typename F>
    void forEachObject(const QJsonArray& a, const QString& arrayPtr, F read)
    {
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QString ptr = JsonLocator::child(arrayPtr, i);
            if (!a.at(i).isObject()) {
                problem(ptr, tr("expected an object, found %1").arg(typeName(a.at(i))));
                continue;
            }
            read(a.at(i).toObject(), ptr);
        }
    }

    QStringList sources(const QJsonObject& o, const QString& ptr, Need need = Need::Required)
    {
        const QString at = JsonLocator::child(ptr, QStringLiteral("sources"));
        const auto v = field(o, ptr, "sources", need, QJsonValue::Array);
        if (!v)
            return {};
        const QJsonArray a = v->toArray();
        if (a.isEmpty() && need == Need::Required)
            problem(at, tr("\"sources\" must name at least one source"));
        QStringList out;
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QString p = JsonLocator::child(at, i);
            if (!a.at(i).isString()) {
                problem(p, tr("a source reference must be a string id"));
                continue;
            }
            out.append(a.at(i).toString());
            m_references.append({ p, QStringLiteral("source"), out.last() });
        }
        return out;
    }

    QList<int> facts(const QJsonObject& o, const QString& ptr)
    {
        const QString at = JsonLocator::child(ptr, QStringLiteral("facts"));
        QList<int> out;
        const QJsonArray a = array(o, ptr, "facts", Need::Optional);
        for (qsizetype i = 0; i < a.size(); ++i) {
            const double d = a.at(i).toDouble(-1);
            // Range first: converting a double outside int's range is undefined.
            if (!a.at(i).isDouble() || !(d >= 1 && d <= MaxWholeNumber) || d != std::floor(d))
                problem(JsonLocator::child(at, i), tr("a fact reference must be a positive whole number"));
            else
                out.append(static_cast<int>(d));
        }
        return out;
    }

    QStringList strings(const QJsonObject& o, const QString& ptr, const char* key, Need need, int maxLength)
    {
        const QString at = JsonLocator::child(ptr, QLatin1String(key));
        QStringList out;
        const QJsonArray a = array(o, ptr, key, need);
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QString p = JsonLocator::child(at, i);
            if (!a.at(i).isString() || a.at(i).toString().trimmed().isEmpty())
                problem(p, tr("expected a non-empty string"));
            else if (!a.at(i).toString().isValidUtf16())
                problem(p, tr("the text holds a \\u escape of half a character (an unpaired surrogate)"));
            else if (a.at(i).toString().size() > maxLength)
                problem(p, tr("text is %1 characters long; the limit is %2").arg(a.at(i).toString().size()).arg(maxLength));
            else
                out.append(a.at(i).toString());
        }
        return out;
    }

    /** Reports an id already seen in the same collection. */
    void unique(QSet<QString>& seen, const QString& id, const QString& ptr, const QString& what)
    {
        if (id.isEmpty())
            return;
        if (seen.contains(id))
            problem(JsonLocator::child(ptr, QStringLiteral("id")), tr("duplicate %1 id \"%2\"").arg(what, id));
        seen.insert(id);
    }

    /** Whether a key one or two letters from @p key was reported as its misspelling in @p ptr. */
    bool isMisspelt(const QString& ptr, const char* key) const
    {
        return m_misspelt.contains(JsonLocator::child(ptr, QLatin1String(key)));
    }

    void checkReferences(const QHash<QString, QSet<QString>>& known)
    {
        for (const Reference& r : std::as_const(m_references)) {
            const QSet<QString> ids = known.value(r.kind);
            if (ids.contains(r.id))
                continue;
            // A short list of what there is helps more than the bare "unknown".
            QStringList names(ids.cbegin(), ids.cend());
            names.sort();
            if (names.isEmpty())
                problem(r.pointer, tr("unknown %1 \"%2\" (there are none)").arg(r.kind, r.id));
            else if (names.size() <= 30)
                problem(r.pointer, tr("unknown %1 \"%2\" (known: %3)").arg(r.kind, r.id, names.join(QStringLiteral(", "))));
            else
                problem(r.pointer, tr("unknown %1 \"%2\"").arg(r.kind, r.id));
        }
    }

private:
    /** The number of single-character edits between two short words. */
    static int editDistance(const QString& a, const QString& b)
    {
        if (std::abs(a.size() - b.size()) > 2 || a.size() > 40 || b.size() > 40)
            return 3;
        QList<int> row(b.size() + 1);
        std::iota(row.begin(), row.end(), 0);
        for (qsizetype i = 1; i <= a.size(); ++i) {
            int diagonal = row[0];
            row[0] = static_cast<int>(i);
            for (qsizetype j = 1; j <= b.size(); ++j) {
                const int above = row[j];
                row[j] = std::min({ row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1) });
                diagonal = above;
            }
        }
        return row[b.size()];
    }

    JsonLocator m_locator;
    QString m_file;
    QSet<QString> m_misspelt;
    struct Pending
    {
        qsizetype offset;
        QString message;
        QString pointer;
    };
    QList<Pending> m_problems;
    QList<Reference> m_references;
};

Responsibility readCell(Reader& r, const QJsonObject& o, const QString& ptr)
{
    r.checkKeys(o, ptr, { "party", "explanation", "nuance" });
    Responsibility cell;
    const QString party = r.text(o, ptr, "party", Need::Required, IdMax);
    if (auto p = partyFromId(party))
        cell.party = *p;
    else if (!party.isEmpty())
        r.problem(JsonLocator::child(ptr, QStringLiteral("party")),
                  tr("unknown party \"%1\" (use aws, customer or shared)").arg(party));
    cell.explanation = r.text(o, ptr, "explanation", Need::Required, SummaryMax);
    cell.nuance = r.text(o, ptr, "nuance", Need::Optional, SummaryMax);
    return cell;
}

void readQuestion(Reader& r, const QJsonObject& o, const QString& ptr, Question& q)
{
    r.checkKeys(o, ptr, { "id", "type", "topic", "prompt", "choices", "facts", "lesson", "layer",
                          "model", "service", "party", "control", "sources" });
    q.id = r.id(o, ptr);
    const QString type = r.text(o, ptr, "type", Need::Required, IdMax);
    if (auto t = questionTypeFromId(type))
        q.type = *t;
    else if (!type.isEmpty())
        r.problem(JsonLocator::child(ptr, QStringLiteral("type")),
                  tr("unknown question type \"%1\" (use single, multiple, truefalse, classify or split)").arg(type));
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
            r.problem(partyPtr, tr("unknown party \"%1\" (use aws, customer or shared)").arg(party));
        else if (typeKnown && q.assignsParties())
            r.problem(partyPtr, tr("a %1 question gives each choice its party; \"party\" is for a question whose key is one party").arg(type));
        else if (q.layer.isEmpty() || (q.model.isEmpty() && q.service.isEmpty()))
            r.problem(partyPtr, tr("\"party\" is the key's party for a layer under a model or service: name the \"layer\" and the \"model\" or \"service\" too"));
    }
    const bool split = typeKnown && q.type == QuestionType::Split;
    q.control = r.text(o, ptr, "control", split ? Need::Required : Need::Optional, NameMax);
    if (!split && o.contains(QLatin1String("control")))
        r.problem(JsonLocator::child(ptr, QStringLiteral("control")), tr("only split questions name a \"control\""));
    q.sources = r.sources(o, ptr);

    const QString choicesPtr = JsonLocator::child(ptr, QStringLiteral("choices"));
    const QJsonArray choices = r.array(o, ptr, "choices", Need::Required);
    if (o.contains(QLatin1String("choices")) && (choices.size() < MinChoices || choices.size() > MaxChoices))
        r.problem(choicesPtr, tr("a question needs %1 to %2 choices, this one has %3")
                                  .arg(MinChoices).arg(MaxChoices).arg(choices.size()));
    const bool classify = typeKnown && q.assignsParties();
    QSet<QString> ids;
    bool correctnessKnown = true; // false when a choice's "correct" is missing or mistyped
    bool partiesKnown = true; // false when a choice's "party" is missing or not one a split allows
    r.forEachObject(choices, choicesPtr, [&](const QJsonObject& c, const QString& cptr) {
        Choice choice;
        r.checkKeys(c, cptr, { "id", "text", "correct", "party", "explanation" });
        choice.id = r.id(c, cptr);
        r.unique(ids, choice.id, cptr, tr("choice"));
        choice.text = r.text(c, cptr, "text", Need::Required, SummaryMax);
        if (classify) {
            const bool marked = c.contains(QLatin1String("correct"));
            if (marked)
                r.problem(JsonLocator::child(cptr, QStringLiteral("correct")),
                          tr("a %1 choice names a \"party\" (aws, customer or shared), not \"correct\"").arg(type));
            const QString party = r.text(c, cptr, "party", marked ? Need::Optional : Need::Required, IdMax);
            choice.party = partyFromId(party);
            if (!choice.party && !party.isEmpty())
                r.problem(JsonLocator::child(cptr, QStringLiteral("party")),
                          tr("unknown party \"%1\" (use aws, customer or shared)").arg(party));
            else if (split && choice.party == Party::Shared)
                r.problem(JsonLocator::child(cptr, QStringLiteral("party")),
                          tr("each part of a split control is either \"aws\" or \"customer\""));
            partiesKnown = partiesKnown && choice.party.has_value() && !(split && choice.party == Party::Shared);
        } else if (typeKnown) {
            if (c.contains(QLatin1String("party")))
                r.problem(JsonLocator::child(cptr, QStringLiteral("party")),
                          tr("only classify and split questions give choices a \"party\""));
            if (auto v = r.field(c, cptr, "correct", Need::Required, QJsonValue::Bool))
                choice.correct = v->toBool();
            else
                correctnessKnown = false;
        }
        const auto explanation = c.value(QLatin1String("explanation"));
        // A misspelt "explanation" is reported once, as the misspelling it is.
        const bool misspelt = !c.contains(QLatin1String("explanation")) && r.isMisspelt(cptr, "explanation");
        if (!explanation.isString() || explanation.toString().trimmed().isEmpty()) {
            if (!misspelt)
                r.problem(c.contains(QLatin1String("explanation")) ? JsonLocator::child(cptr, QStringLiteral("explanation")) : cptr,
                          tr("every choice needs an explanation of why it is right or wrong"));
        } else {
            choice.explanation = r.text(c, cptr, "explanation", Need::Required, SummaryMax);
        }
        q.choices.append(choice);
    });

    if (split && partiesKnown && choices.size() >= MinChoices) {
        const auto aws = std::count_if(q.choices.cbegin(), q.choices.cend(), [](const Choice& c) { return c.party == Party::Aws; });
        const auto customer = std::count_if(q.choices.cbegin(), q.choices.cend(), [](const Choice& c) { return c.party == Party::Customer; });
        if (aws == 0 || customer == 0)
            r.problem(choicesPtr, tr("a split control has parts on both sides: AWS's and the customer's"));
    }
    if (!typeKnown || classify || !correctnessKnown || choices.size() < MinChoices)
        return;
    const auto correct = std::count_if(q.choices.cbegin(), q.choices.cend(), [](const Choice& c) { return c.correct; });
    if (correct == 0)
        r.problem(choicesPtr, tr("no choice is marked correct"));
    else if (q.type != QuestionType::Multiple && correct > 1)
        r.problem(choicesPtr, tr("a %1 question needs exactly one correct choice; this one has %2")
                                  .arg(q.type == QuestionType::TrueFalse ? tr("true/false") : tr("single-answer"))
                                  .arg(correct));
    else if (q.type == QuestionType::Multiple && correct == q.choices.size())
        r.problem(choicesPtr, tr("every choice is correct; a select-all question needs at least one wrong choice"));
    if (q.type == QuestionType::TrueFalse && choices.size() != 2)
        r.problem(choicesPtr, tr("a true/false question has exactly two choices; this one has %1").arg(choices.size()));
}

} // namespace

namespace {

/** Qt's words for a JSON syntax error, with what an author most likely has to fix. */
QString syntaxMessage(const QJsonParseError& error)
{
    QString hint;
    switch (error.error) {
    case QJsonParseError::IllegalNumber:
    case QJsonParseError::IllegalValue:
        hint = tr("text must be in double quotes; other values are numbers, true, false or null");
        break;
    case QJsonParseError::UnterminatedObject:
    case QJsonParseError::UnterminatedArray:
        hint = tr("a comma between two items, or the closing bracket, is missing");
        break;
    case QJsonParseError::MissingNameSeparator:
        hint = tr("a colon is missing after a field name");
        break;
    case QJsonParseError::MissingValueSeparator:
        hint = tr("a comma is missing between two fields");
        break;
    case QJsonParseError::UnterminatedString:
        hint = tr("a closing double quote is missing");
        break;
    case QJsonParseError::IllegalEscapeSequence:
        hint = tr("a backslash in text is written \\\\");
        break;
    default:
        break;
    }
    const QString what = tr("JSON syntax error: %1").arg(error.errorString());
    return hint.isEmpty() ? what : QStringLiteral("%1 (%2)").arg(what, hint);
}

} // namespace

PackBase PackBase::of(const Pack& pack)
{
    PackBase base;
    base.info = pack.info;
    auto add = [&](const char* kind, const auto& items) {
        QSet<QString>& ids = base.ids[QLatin1String(kind)];
        for (const auto& item : items)
            ids.insert(item.id);
    };
    add("source", pack.sources);
    add("service model", pack.serviceModels);
    add("layer", pack.layers);
    add("service", pack.services);
    add("control category", pack.controlCategories);
    add("customer area", pack.customerAreas);
    add("analogy row", pack.analogy);
    add("topic", pack.topics);
    add("lesson", pack.lessons);
    add("glossary term", pack.glossary);
    add("question", pack.questions);
    return base;
}

PackParseResult PackParser::parseFile(const QString& path, QByteArray* bytesRead, const PackBaseLookup& base)
{
    const QFileInfo info(path);
    auto fail = [&](const QString& message) {
        PackParseResult result;
        result.problems.append({ path, 1, 1, message, {} });
        return result;
    };
    if (!info.exists())
        return fail(tr("no such file"));
    if (info.isDir())
        return fail(tr("is a directory, not a content pack"));
    if (info.size() > MaxFileBytes)
        return fail(tr("the file is %1 MiB; content packs are limited to %2 MiB")
                        .arg(info.size() / (1024.0 * 1024.0), 0, 'f', 1)
                        .arg(MaxFileBytes / (1024 * 1024)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("cannot be read: %1").arg(file.errorString()));
    const QByteArray bytes = file.read(MaxFileBytes + 1);
    if (bytes.size() > MaxFileBytes)
        return fail(tr("content packs are limited to %1 MiB").arg(MaxFileBytes / (1024 * 1024)));
    if (bytesRead)
        *bytesRead = bytes;
    return parse(bytes, path, base);
}

PackParseResult PackParser::parse(const QByteArray& json, const QString& fileName, const PackBaseLookup& lookup)
{
    PackParseResult result;
    if (json.size() > MaxFileBytes) {
        result.problems.append({ fileName, 1, 1, tr("content packs are limited to %1 MiB").arg(MaxFileBytes / (1024 * 1024)), {} });
        return result;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        const TextPosition at = textPositionAt(json, error.offset);
        result.problems.append({ fileName, at.line, at.column, syntaxMessage(error), {} });
        return result;
    }
    Reader r(json, fileName);
    if (!doc.isObject()) {
        r.problem(QString(), tr("a content pack is a JSON object"));
        result.problems = r.problems();
        return result;
    }
    const QJsonObject root = doc.object();
    Pack pack;

    const QString format = r.text(root, QString(), "format", Need::Required, NameMax);
    if (!format.isEmpty() && format != QLatin1String("demarc-pack")) {
        r.problem(QStringLiteral("/format"), tr("\"format\" must be \"demarc-pack\", not \"%1\"").arg(format));
        result.problems = r.problems();
        return result;
    }
    if (root.contains(QLatin1String("version")) && root.value(QLatin1String("version")).isDouble()
        && root.value(QLatin1String("version")).toDouble() != FormatVersion) {
        r.problem(QStringLiteral("/version"),
                  tr("unknown format version %1; this version of Demarc reads version %2")
                      .arg(root.value(QLatin1String("version")).toDouble()).arg(FormatVersion));
        result.problems = r.problems();
        return result;
    }
    r.integer(root, QString(), "version", Need::Required, 1);
    r.checkKeys(root, QString(), { "format", "version", "pack", "sources", "serviceModels", "layers", "services",
                               "controlCategories", "customerAreas", "analogy", "topics", "lessons", "glossary", "questions" });

    {
        const QString ptr = QStringLiteral("/pack");
        const QJsonObject o = r.object(root, QString(), "pack", Need::Required);
        if (root.value(QLatin1String("pack")).isObject()) {
            r.checkKeys(o, ptr, { "id", "title", "version", "language", "author", "description", "extends" });
            pack.info.id = r.id(o, ptr);
            pack.info.title = r.text(o, ptr, "title", Need::Required, NameMax);
            pack.info.version = r.integer(o, ptr, "version", Need::Required, 1);
            pack.info.language = r.text(o, ptr, "language", Need::Required, 35);
            pack.info.author = r.text(o, ptr, "author", Need::Required, NameMax);
            pack.info.description = r.text(o, ptr, "description", Need::Optional, SummaryMax);
            pack.info.extends = r.id(o, ptr, "extends", Need::Optional);
        }
    }

    // A pack that extends another adds teaching material to it and refers to its ids.
    const bool addOn = !pack.info.extends.isEmpty();
    std::optional<PackBase> base;
    bool baseUsable = true;
    if (addOn) {
        const QString at = QStringLiteral("/pack/extends");
        if (pack.info.extends == pack.info.id)
            r.problem(at, tr("a pack cannot extend itself"));
        else if (!(lookup && (base = lookup(pack.info.extends))))
            r.problem(at, tr("\"extends\" names the pack \"%1\", which is not installed; install it first")
                              .arg(pack.info.extends));
        else if (!base->info.extends.isEmpty())
            r.problem(at, tr("\"%1\" itself extends \"%2\"; extend \"%2\" instead")
                              .arg(pack.info.extends, base->info.extends));
        baseUsable = base && base->info.extends.isEmpty() && pack.info.extends != pack.info.id;
        if (!baseUsable)
            base.reset(); // what the pack refers to cannot be judged without the pack it extends
        for (const char* key : { "serviceModels", "layers", "services", "controlCategories", "customerAreas", "analogy" }) {
            if (root.contains(QLatin1String(key)))
                r.problem(JsonLocator::child(QString(), QLatin1String(key)),
                          tr("a pack that extends another adds sources, topics, lessons, glossary terms and questions; "
                             "\"%1\" come from \"%2\"").arg(QLatin1String(key), pack.info.extends));
        }
    }
    const Need course = addOn ? Need::Optional : Need::Required;

    QHash<QString, QSet<QString>> known;
    auto section = [&](const char* key, Need need, const QString& what, auto read) {
        const QString ptr = JsonLocator::child(QString(), QLatin1String(key));
        QSet<QString>& ids = known[what];
        r.forEachObject(r.array(root, QString(), key, need), ptr, [&](const QJsonObject& o, const QString& p) {
            const QString id = read(o, p);
            r.unique(ids, id, p, what);
            if (base && base->ids.value(what).contains(id))
                r.problem(JsonLocator::child(p, QStringLiteral("id")),
                          tr("%1 id \"%2\" is already used by \"%3\"").arg(what, id, base->info.id));
        });
    };

    section("sources", course, QStringLiteral("source"), [&](const QJsonObject& o, const QString& p) {
        r.checkKeys(o, p, { "id", "title", "url", "file", "asOf" });
        Source s;
        s.id = r.id(o, p);
        s.title = r.text(o, p, "title", Need::Required, NameMax);
        s.url = r.text(o, p, "url", Need::Optional, LongTextMax);
        s.file = r.text(o, p, "file", Need::Optional, NameMax);
        s.asOf = r.date(o, p, "asOf", Need::Required);
        if (!s.url.isEmpty() && !s.url.startsWith(QLatin1String("https://")) && !s.url.startsWith(QLatin1String("http://")))
            r.problem(JsonLocator::child(p, QStringLiteral("url")), tr("\"url\" must start with http:// or https://"));
        if (s.url.isEmpty() && s.file.isEmpty())
            r.problem(p, tr("a source needs a \"url\" or a \"file\""));
        pack.sources.append(s);
        return s.id;
    });

    section("serviceModels", course, QStringLiteral("service model"), [&](const QJsonObject& o, const QString& p) {
        r.checkKeys(o, p, { "id", "name", "summary", "sources" });
        ServiceModel m;
        m.id = r.id(o, p);
        m.name = r.text(o, p, "name", Need::Required, NameMax);
        m.summary = r.text(o, p, "summary", Need::Required, SummaryMax);
        m.sources = r.sources(o, p);
        pack.serviceModels.append(m);
        return m.id;
    });

    section("layers", course, QStringLiteral("layer"), [&](const QJsonObject& o, const QString& p) {
        r.checkKeys(o, p, { "id", "name", "summary", "examples", "sources", "responsibility" });
        Layer l;
        l.id = r.id(o, p);
        l.name = r.text(o, p, "name", Need::Required, NameMax);
        l.summary = r.text(o, p, "summary", Need::Required, SummaryMax);
        l.examples = r.strings(o, p, "examples", Need::Optional, SummaryMax);
        l.sources = r.sources(o, p);
        const QString rp = JsonLocator::child(p, QStringLiteral("responsibility"));
        const QJsonObject cells = r.object(o, p, "responsibility", Need::Required);
        for (const ServiceModel& m : std::as_const(pack.serviceModels)) {
            if (m.id.isEmpty() || !o.value(QLatin1String("responsibility")).isObject())
                continue;
            if (!cells.contains(m.id)) {
                r.problem(rp, tr("no cell for service model \"%1\": every layer names a party for every model").arg(m.id));
                continue;
            }
            const QString cp = JsonLocator::child(rp, m.id);
            if (!cells.value(m.id).isObject()) {
                r.problem(cp, tr("a responsibility is an object with \"party\" and \"explanation\""));
                continue;
            }
            l.responsibility.insert(m.id, readCell(r, cells.value(m.id).toObject(), cp));
        }
        for (auto it = cells.begin(); it != cells.end(); ++it) {
            if (!known.value(QStringLiteral("service model")).contains(it.key()))
                r.problem(JsonLocator::child(rp, it.key()), tr("unknown service model \"%1\"").arg(it.key()));
        }
        pack.layers.append(l);
        return l.id;
    });

    section("services", Need::Optional, QStringLiteral("service"), [&](const QJsonObject& o, const QString& p) {
        r.checkKeys(o, p, { "id", "name", "model", "category", "awsTerm", "summary", "note", "endOfSupport", "sources",
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
                          tr("unknown category \"%1\" (use infrastructure, container or abstracted)").arg(category));
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
            if (!known.value(QStringLiteral("layer")).contains(it.key()))
                r.problem(cp, tr("unknown layer \"%1\"").arg(it.key()));
            else if (!it->isObject())
                r.problem(cp, tr("a responsibility is an object with \"party\" and \"explanation\""));
            else
                s.responsibility.insert(it.key(), readCell(r, it->toObject(), cp));
        }
        pack.services.append(s);
        return s.id;
    });

    section("controlCategories", Need::Optional, QStringLiteral("control category"), [&](const QJsonObject& o, const QString& p) {
        r.checkKeys(o, p, { "id", "name", "summary", "examples", "sources" });
        ControlCategory c;
        c.id = r.id(o, p);
        c.name = r.text(o, p, "name", Need::Required, NameMax);
        c.summary = r.text(o, p, "summary", Need::Required, SummaryMax);
        const QString ep = JsonLocator::child(p, QStringLiteral("examples"));
        r.forEachObject(r.array(o, p, "examples", Need::Required), ep, [&](const QJsonObject& e, const QString& xp) {
            r.checkKeys(e, xp, { "name", "aws", "customer" });
            ControlExample x;
            x.name = r.text(e, xp, "name", Need::Required, NameMax);
            x.aws = r.text(e, xp, "aws", Need::Optional, SummaryMax);
            x.customer = r.text(e, xp, "customer", Need::Optional, SummaryMax);
            if (x.aws.trimmed().isEmpty() && x.customer.trimmed().isEmpty())
                r.problem(xp, tr("an example needs an \"aws\" or a \"customer\" text saying what that party does"));
            c.examples.append(x);
        });
        c.sources = r.sources(o, p);
        pack.controlCategories.append(c);
        return c.id;
    });

    section("customerAreas", Need::Optional, QStringLiteral("customer area"), [&](const QJsonObject& o, const QString& p) {
        r.checkKeys(o, p, { "id", "name", "items", "sources" });
        CustomerArea a;
        a.id = r.id(o, p);
        a.name = r.text(o, p, "name", Need::Required, NameMax);
        a.items = r.strings(o, p, "items", Need::Required, SummaryMax);
        if (a.items.isEmpty() && o.value(QLatin1String("items")).isArray())
            r.problem(JsonLocator::child(p, QStringLiteral("items")), tr("\"items\" must not be empty"));
        a.sources = r.sources(o, p);
        pack.customerAreas.append(a);
        return a.id;
    });

    section("analogy", Need::Optional, QStringLiteral("analogy row"), [&](const QJsonObject& o, const QString& p) {
        r.checkKeys(o, p, { "id", "house", "cloud", "party", "explanation", "sources" });
        AnalogyRow a;
        a.id = r.id(o, p);
        a.house = r.text(o, p, "house", Need::Required, NameMax);
        a.cloud = r.text(o, p, "cloud", Need::Required, NameMax);
        const QString party = r.text(o, p, "party", Need::Required, IdMax);
        if (auto x = partyFromId(party))
            a.party = *x;
        else if (!party.isEmpty())
            r.problem(JsonLocator::child(p, QStringLiteral("party")), tr("unknown party \"%1\" (use aws, customer or shared)").arg(party));
        a.explanation = r.text(o, p, "explanation", Need::Required, SummaryMax);
        a.sources = r.sources(o, p);
        pack.analogy.append(a);
        return a.id;
    });

    section("topics", course, QStringLiteral("topic"), [&](const QJsonObject& o, const QString& p) {
        r.checkKeys(o, p, { "id", "title", "section" });
        Topic t;
        t.id = r.id(o, p);
        t.title = r.text(o, p, "title", Need::Required, NameMax);
        t.section = r.text(o, p, "section", Need::Optional, 8);
        pack.topics.append(t);
        return t.id;
    });

    section("lessons", Need::Optional, QStringLiteral("lesson"), [&](const QJsonObject& o, const QString& p) {
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
        pack.lessons.append(l);
        return l.id;
    });

    section("glossary", Need::Optional, QStringLiteral("glossary term"), [&](const QJsonObject& o, const QString& p) {
        r.checkKeys(o, p, { "id", "term", "aliases", "definition", "sources" });
        GlossaryTerm g;
        g.id = r.id(o, p);
        g.term = r.text(o, p, "term", Need::Required, NameMax);
        g.aliases = r.strings(o, p, "aliases", Need::Optional, NameMax);
        g.definition = r.text(o, p, "definition", Need::Required, LongTextMax);
        g.sources = r.sources(o, p);
        pack.glossary.append(g);
        return g.id;
    });

    section("questions", Need::Optional, QStringLiteral("question"), [&](const QJsonObject& o, const QString& p) {
        Question q;
        readQuestion(r, o, p, q);
        pack.questions.append(q);
        return q.id;
    });

    if (base) {
        for (auto it = base->ids.cbegin(); it != base->ids.cend(); ++it)
            known[it.key()].unite(it.value());
    }
    if (baseUsable)
        r.checkReferences(known);
    result.problems = r.problems();
    // Reported in file order, as a compiler would.
    std::stable_sort(result.problems.begin(), result.problems.end(), [](const PackProblem& a, const PackProblem& b) {
        return std::pair(a.line, a.column) < std::pair(b.line, b.column);
    });
    if (result.problems.isEmpty())
        result.pack = std::move(pack);
    return result;
}

} // namespace demarc
