// SPDX-License-Identifier: GPL-3.0-or-later
#include "PackReader.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <numeric>

namespace demarc::packparse {

QString typeName(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return QStringLiteral("a boolean");
    case QJsonValue::Double: return QStringLiteral("a number");
    case QJsonValue::String: return QStringLiteral("a string");
    case QJsonValue::Array: return QStringLiteral("an array");
    case QJsonValue::Object: return QStringLiteral("an object");
    case QJsonValue::Undefined: break;
    }
    return QStringLiteral("nothing");
}

const QRegularExpression& idPattern()
{
    static const QRegularExpression re(
        QRegularExpression::anchoredPattern(QStringLiteral("[a-z0-9](?:[a-z0-9-]*[a-z0-9])?")));
    return re;
}

std::optional<QJsonValue> Reader::field(const QJsonObject& o, const QString& ptr, const char* key, Need need,
                                        QJsonValue::Type type)
{
    const QString k = QLatin1String(key);
    const auto it = o.constFind(k);
    if (it == o.constEnd()) {
        if (need == Need::Required && !m_misspelt.contains(JsonLocator::child(ptr, k)))
            problem(ptr, Text::tr("missing field \"%1\"").arg(k));
        return std::nullopt;
    }
    if (it->type() != type) {
        problem(JsonLocator::child(ptr, k),
                Text::tr("\"%1\" must be %2, not %3").arg(k, typeName(QJsonValue(type)), typeName(*it)));
        return std::nullopt;
    }
    return *it;
}

void Reader::problem(const QString& pointer, const QString& message)
{
    m_problems.append({ m_locator.offset(pointer), message, pointer });
}

QList<PackProblem> Reader::problems() const
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
        out.append({ m_file, positions.at(i).line, positions.at(i).column, m_problems.at(i).message,
                     m_problems.at(i).pointer });
    return out;
}

void Reader::checkKeys(const QJsonObject& o, const QString& ptr, std::initializer_list<const char*> known)
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
            problem(JsonLocator::child(ptr, it.key()), Text::tr("unknown field \"%1\"").arg(it.key()));
        } else {
            problem(JsonLocator::child(ptr, it.key()),
                    Text::tr("unknown field \"%1\" (did you mean \"%2\"?)").arg(it.key(), meant));
            m_misspelt.insert(JsonLocator::child(ptr, meant));
        }
    }
}

QString Reader::text(const QJsonObject& o, const QString& ptr, const char* key, Need need, int maxLength)
{
    const auto v = field(o, ptr, key, need, QJsonValue::String);
    if (!v)
        return {};
    const QString s = v->toString();
    const QString at = JsonLocator::child(ptr, QLatin1String(key));
    if (!s.isValidUtf16())
        problem(at,
                Text::tr("\"%1\" holds a \\u escape of half a character (an unpaired surrogate)")
                    .arg(QLatin1String(key)));
    else if (need == Need::Required && s.trimmed().isEmpty())
        problem(at, Text::tr("\"%1\" must not be empty").arg(QLatin1String(key)));
    else if (s.size() > maxLength)
        problem(at,
                Text::tr("\"%1\" is %2 characters long; the limit is %3")
                    .arg(QLatin1String(key))
                    .arg(s.size())
                    .arg(maxLength));
    return s;
}

QString Reader::id(const QJsonObject& o, const QString& ptr, const char* key, Need need)
{
    const QString s = text(o, ptr, key, need, IdMax);
    if (!s.isEmpty() && !idPattern().match(s).hasMatch())
        problem(JsonLocator::child(ptr, QLatin1String(key)),
                Text::tr("\"%1\" is not a valid id (use a-z, 0-9 and '-')").arg(s));
    return s;
}

QString Reader::ref(const QJsonObject& o, const QString& ptr, const char* key, const char* kind, Need need)
{
    const QString s = id(o, ptr, key, need);
    if (!s.isEmpty())
        m_references.append({ JsonLocator::child(ptr, QLatin1String(key)), QLatin1String(kind), s });
    return s;
}

int Reader::integer(const QJsonObject& o, const QString& ptr, const char* key, Need need, int min)
{
    const auto v = field(o, ptr, key, need, QJsonValue::Double);
    if (!v)
        return 0;
    const double d = v->toDouble();
    if (!(d >= min && d <= MaxWholeNumber) || d != std::floor(d)) {
        problem(JsonLocator::child(ptr, QLatin1String(key)),
                Text::tr("\"%1\" must be a whole number from %2 to %3")
                    .arg(QLatin1String(key))
                    .arg(min)
                    .arg(static_cast<qint64>(MaxWholeNumber)));
        return 0;
    }
    return static_cast<int>(d);
}

QDate Reader::date(const QJsonObject& o, const QString& ptr, const char* key, Need need)
{
    const QString s = text(o, ptr, key, need, NameMax);
    if (s.isEmpty())
        return {};
    const QDate d = QDate::fromString(s, Qt::ISODate);
    if (!d.isValid() || s.size() != 10)
        problem(JsonLocator::child(ptr, QLatin1String(key)),
                Text::tr("\"%1\" must be a date written YYYY-MM-DD").arg(QLatin1String(key)));
    return d;
}

QJsonArray Reader::array(const QJsonObject& o, const QString& ptr, const char* key, Need need)
{
    const auto v = field(o, ptr, key, need, QJsonValue::Array);
    return v ? v->toArray() : QJsonArray();
}

QJsonObject Reader::object(const QJsonObject& o, const QString& ptr, const char* key, Need need)
{
    const auto v = field(o, ptr, key, need, QJsonValue::Object);
    return v ? v->toObject() : QJsonObject();
}

QStringList Reader::sources(const QJsonObject& o, const QString& ptr, Need need)
{
    const QString at = JsonLocator::child(ptr, QStringLiteral("sources"));
    const auto v = field(o, ptr, "sources", need, QJsonValue::Array);
    if (!v)
        return {};
    const QJsonArray a = v->toArray();
    if (a.isEmpty() && need == Need::Required)
        problem(at, Text::tr("\"sources\" must name at least one source"));
    QStringList out;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const QString p = JsonLocator::child(at, i);
        if (!a.at(i).isString()) {
            problem(p, Text::tr("a source reference must be a string id"));
            continue;
        }
        out.append(a.at(i).toString());
        m_references.append({ p, QStringLiteral("source"), out.last() });
    }
    return out;
}

QList<int> Reader::facts(const QJsonObject& o, const QString& ptr)
{
    const QString at = JsonLocator::child(ptr, QStringLiteral("facts"));
    QList<int> out;
    const QJsonArray a = array(o, ptr, "facts", Need::Optional);
    for (qsizetype i = 0; i < a.size(); ++i) {
        const double d = a.at(i).toDouble(-1);
        // Range first: converting a double outside int's range is undefined.
        if (!a.at(i).isDouble() || !(d >= 1 && d <= MaxWholeNumber) || d != std::floor(d))
            problem(JsonLocator::child(at, i), Text::tr("a fact reference must be a positive whole number"));
        else
            out.append(static_cast<int>(d));
    }
    return out;
}

QStringList Reader::strings(const QJsonObject& o, const QString& ptr, const char* key, Need need,
                            int maxLength)
{
    const QString at = JsonLocator::child(ptr, QLatin1String(key));
    QStringList out;
    const QJsonArray a = array(o, ptr, key, need);
    for (qsizetype i = 0; i < a.size(); ++i) {
        const QString p = JsonLocator::child(at, i);
        if (!a.at(i).isString() || a.at(i).toString().trimmed().isEmpty())
            problem(p, Text::tr("expected a non-empty string"));
        else if (!a.at(i).toString().isValidUtf16())
            problem(p, Text::tr("the text holds a \\u escape of half a character (an unpaired surrogate)"));
        else if (a.at(i).toString().size() > maxLength)
            problem(p,
                    Text::tr("text is %1 characters long; the limit is %2")
                        .arg(a.at(i).toString().size())
                        .arg(maxLength));
        else
            out.append(a.at(i).toString());
    }
    return out;
}

void Reader::unique(QSet<QString>& seen, const QString& id, const QString& ptr, const QString& what)
{
    if (id.isEmpty())
        return;
    if (seen.contains(id))
        problem(JsonLocator::child(ptr, QStringLiteral("id")),
                Text::tr("duplicate %1 id \"%2\"").arg(what, id));
    seen.insert(id);
}

bool Reader::isMisspelt(const QString& ptr, const char* key) const
{
    return m_misspelt.contains(JsonLocator::child(ptr, QLatin1String(key)));
}

void Reader::checkReferences(const QHash<QString, QSet<QString>>& known)
{
    for (const Reference& r : std::as_const(m_references)) {
        const QSet<QString> ids = known.value(r.kind);
        if (ids.contains(r.id))
            continue;
        // A short list of what there is helps more than the bare "unknown".
        QStringList names(ids.cbegin(), ids.cend());
        names.sort();
        if (names.isEmpty())
            problem(r.pointer, Text::tr("unknown %1 \"%2\" (there are none)").arg(r.kind, r.id));
        else if (names.size() <= 30)
            problem(r.pointer,
                    Text::tr("unknown %1 \"%2\" (known: %3)")
                        .arg(r.kind, r.id, names.join(QStringLiteral(", "))));
        else
            problem(r.pointer, Text::tr("unknown %1 \"%2\"").arg(r.kind, r.id));
    }
}

int Reader::editDistance(const QString& a, const QString& b)
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

} // namespace demarc::packparse
