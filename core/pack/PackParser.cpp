// SPDX-License-Identifier: GPL-3.0-or-later
#include "PackParser.h"

#include "JsonLocator.h"
#include "PackReader.h"
#include "PackSections.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace demarc {

using namespace packparse;

QString PackProblem::toString() const
{
    return QStringLiteral("%1:%2:%3: %4").arg(file).arg(line).arg(column).arg(message);
}

namespace {

/** Qt's words for a JSON syntax error, with what an author most likely has to fix. */
QString syntaxMessage(const QJsonParseError& error)
{
    QString hint;
    switch (error.error) {
    case QJsonParseError::IllegalNumber:
    case QJsonParseError::IllegalValue:
        hint = Text::tr("text must be in double quotes; other values are numbers, true, false or null");
        break;
    case QJsonParseError::UnterminatedObject:
    case QJsonParseError::UnterminatedArray:
        hint = Text::tr("a comma between two items, or the closing bracket, is missing");
        break;
    case QJsonParseError::MissingNameSeparator:
        hint = Text::tr("a colon is missing after a field name");
        break;
    case QJsonParseError::MissingValueSeparator:
        hint = Text::tr("a comma is missing between two fields");
        break;
    case QJsonParseError::UnterminatedString: hint = Text::tr("a closing double quote is missing"); break;
    case QJsonParseError::IllegalEscapeSequence:
        hint = Text::tr("a backslash in text is written \\\\");
        break;
    default: break;
    }
    const QString what = Text::tr("JSON syntax error: %1").arg(error.errorString());
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
        return fail(Text::tr("no such file"));
    if (info.isDir())
        return fail(Text::tr("is a directory, not a content pack"));
    if (info.size() > MaxFileBytes)
        return fail(Text::tr("the file is %1 MiB; content packs are limited to %2 MiB")
                        .arg(info.size() / (1024.0 * 1024.0), 0, 'f', 1)
                        .arg(MaxFileBytes / (1024 * 1024)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Text::tr("cannot be read: %1").arg(file.errorString()));
    const QByteArray bytes = file.read(MaxFileBytes + 1);
    if (bytes.size() > MaxFileBytes)
        return fail(Text::tr("content packs are limited to %1 MiB").arg(MaxFileBytes / (1024 * 1024)));
    if (bytesRead)
        *bytesRead = bytes;
    return parse(bytes, path, base);
}

namespace {

/** The format and its version; false when the rest cannot be read as a pack of this format. */
bool readFormat(Reader& r, const QJsonObject& root)
{
    const QString format = r.text(root, QString(), "format", Need::Required, NameMax);
    if (!format.isEmpty() && format != QLatin1String("demarc-pack")) {
        r.problem(QStringLiteral("/format"),
                  Text::tr("\"format\" must be \"demarc-pack\", not \"%1\"").arg(format));
        return false;
    }
    const QJsonValue version = root.value(QLatin1String("version"));
    if (version.isDouble() && version.toDouble() != PackParser::FormatVersion) {
        r.problem(QStringLiteral("/version"),
                  Text::tr("unknown format version %1; this version of Demarc reads version %2")
                      .arg(version.toDouble())
                      .arg(PackParser::FormatVersion));
        return false;
    }
    r.integer(root, QString(), "version", Need::Required, 1);
    r.checkKeys(root, QString(),
                { "format", "version", "pack", "sources", "serviceModels", "layers", "services",
                  "controlCategories", "customerAreas", "analogy", "topics", "lessons", "glossary",
                  "questions" });
    return true;
}

PackInfo readInfo(Reader& r, const QJsonObject& root)
{
    PackInfo info;
    const QString ptr = QStringLiteral("/pack");
    const QJsonObject o = r.object(root, QString(), "pack", Need::Required);
    if (!root.value(QLatin1String("pack")).isObject())
        return info;
    r.checkKeys(o, ptr, { "id", "title", "version", "language", "author", "description", "extends" });
    info.id = r.id(o, ptr);
    info.title = r.text(o, ptr, "title", Need::Required, NameMax);
    info.version = r.integer(o, ptr, "version", Need::Required, 1);
    info.language = r.text(o, ptr, "language", Need::Required, 35);
    info.author = r.text(o, ptr, "author", Need::Required, NameMax);
    info.description = r.text(o, ptr, "description", Need::Optional, SummaryMax);
    info.extends = r.id(o, ptr, "extends", Need::Optional);
    return info;
}

/** The pack an add-on extends, when it can be judged; usable is false when it cannot. */
struct Base
{
    std::optional<PackBase> pack;
    bool usable = true;
};

/** A pack that extends another adds teaching material to it and refers to its ids. */
Base readBase(Reader& r, const QJsonObject& root, const PackInfo& info, const PackBaseLookup& lookup)
{
    Base base;
    if (info.extends.isEmpty())
        return base;
    const QString at = QStringLiteral("/pack/extends");
    if (info.extends == info.id)
        r.problem(at, Text::tr("a pack cannot extend itself"));
    else if (!(lookup && (base.pack = lookup(info.extends))))
        r.problem(at,
                  Text::tr("\"extends\" names the pack \"%1\", which is not installed; install it first")
                      .arg(info.extends));
    else if (!base.pack->info.extends.isEmpty())
        r.problem(at,
                  Text::tr("\"%1\" itself extends \"%2\"; extend \"%2\" instead")
                      .arg(info.extends, base.pack->info.extends));
    base.usable = base.pack && base.pack->info.extends.isEmpty() && info.extends != info.id;
    if (!base.usable)
        base.pack.reset(); // what the pack refers to cannot be judged without the pack it extends
    for (const char* key :
         { "serviceModels", "layers", "services", "controlCategories", "customerAreas", "analogy" }) {
        if (root.contains(QLatin1String(key)))
            r.problem(JsonLocator::child(QString(), QLatin1String(key)),
                      Text::tr("a pack that extends another adds sources, topics, lessons, glossary terms "
                               "and questions; "
                               "\"%1\" come from \"%2\"")
                          .arg(QLatin1String(key), info.extends));
    }
    return base;
}

/** Every section of the pack, each id checked to be new; returns the ids read, by kind. */
QHash<QString, QSet<QString>> readSections(Reader& r, const QJsonObject& root, const Base& base, Pack& pack)
{
    const Need course = pack.info.extends.isEmpty() ? Need::Required : Need::Optional;
    QHash<QString, QSet<QString>> known;
    auto section = [&](const char* key, Need need, const QString& what, auto& list, auto read) {
        const QString ptr = JsonLocator::child(QString(), QLatin1String(key));
        QSet<QString>& ids = known[what];
        r.forEachObject(
            r.array(root, QString(), key, need), ptr, [&](const QJsonObject& o, const QString& p) {
                list.append(read(o, p));
                const QString id = list.last().id;
                r.unique(ids, id, p, what);
                if (base.pack && base.pack->ids.value(what).contains(id))
                    r.problem(
                        JsonLocator::child(p, QStringLiteral("id")),
                        Text::tr("%1 id \"%2\" is already used by \"%3\"").arg(what, id, base.pack->info.id));
            });
    };
    auto plain = [&](auto read) {
        return [&r, read](const QJsonObject& o, const QString& p) { return read(r, o, p); };
    };
    section("sources", course, QStringLiteral("source"), pack.sources, plain(readSource));
    section("serviceModels", course, QStringLiteral("service model"), pack.serviceModels,
            plain(readServiceModel));
    section("layers", course, QStringLiteral("layer"), pack.layers,
            [&](const QJsonObject& o, const QString& p) {
                return readLayer(r, o, p, pack.serviceModels, known.value(QStringLiteral("service model")));
            });
    section("services", Need::Optional, QStringLiteral("service"), pack.services,
            [&](const QJsonObject& o, const QString& p) {
                return readService(r, o, p, known.value(QStringLiteral("layer")));
            });
    section("controlCategories", Need::Optional, QStringLiteral("control category"), pack.controlCategories,
            plain(readControlCategory));
    section("customerAreas", Need::Optional, QStringLiteral("customer area"), pack.customerAreas,
            plain(readCustomerArea));
    section("analogy", Need::Optional, QStringLiteral("analogy row"), pack.analogy, plain(readAnalogyRow));
    section("topics", course, QStringLiteral("topic"), pack.topics, plain(readTopic));
    section("lessons", Need::Optional, QStringLiteral("lesson"), pack.lessons, plain(readLesson));
    section("glossary", Need::Optional, QStringLiteral("glossary term"), pack.glossary,
            plain(readGlossaryTerm));
    section("questions", Need::Optional, QStringLiteral("question"), pack.questions, plain(readQuestion));
    return known;
}

} // namespace

PackParseResult PackParser::parse(const QByteArray& json, const QString& fileName,
                                  const PackBaseLookup& lookup)
{
    PackParseResult result;
    if (json.size() > MaxFileBytes) {
        result.problems.append(
            { fileName,
              1,
              1,
              Text::tr("content packs are limited to %1 MiB").arg(MaxFileBytes / (1024 * 1024)),
              {} });
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
    Pack pack;
    if (!doc.isObject()) {
        r.problem(QString(), Text::tr("a content pack is a JSON object"));
    } else if (readFormat(r, doc.object())) {
        const QJsonObject root = doc.object();
        pack.info = readInfo(r, root);
        const Base base = readBase(r, root, pack.info, lookup);
        QHash<QString, QSet<QString>> known = readSections(r, root, base, pack);
        if (base.pack) {
            for (auto it = base.pack->ids.cbegin(); it != base.pack->ids.cend(); ++it)
                known[it.key()].unite(it.value());
        }
        if (base.usable)
            r.checkReferences(known);
        result.pack = std::move(pack); // taken back below when there are problems
    }
    result.problems = r.problems();
    // Reported in file order, as a compiler would.
    std::stable_sort(result.problems.begin(), result.problems.end(),
                     [](const PackProblem& a, const PackProblem& b) {
                         return std::pair(a.line, a.column) < std::pair(b.line, b.column);
                     });
    if (!result.problems.isEmpty())
        result.pack.reset();
    return result;
}
} // namespace demarc
