// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "JsonLocator.h"
#include "PackParser.h"
#include "core/Content.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <initializer_list>
#include <optional>

/** The pack parser's reading of JSON values with their problems located; not a public header. */
namespace demarc::packparse {

/** Where the pack parser's texts are translated (lupdate reads the context from here too). */
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PackParser)
};

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

/** "a string", "an object", …: how a problem names what it found. */
QString typeName(const QJsonValue& v);

/** What an id may look like: lower-case letters, digits and inner hyphens. */
const QRegularExpression& idPattern();

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
    Reader(const QByteArray& json, QString file)
        : m_locator(json)
        , m_file(std::move(file))
    { }

    void problem(const QString& pointer, const QString& message);

    /** Every problem found, with its line and column, in file order. */
    QList<PackProblem> problems() const;

    /**
     * Reports keys that the format does not know (usually a typo). A key one or two letters
     * away from a field the object lacks is named as that field's misspelling, and the field
     * is then not reported missing as well.
     */
    void checkKeys(const QJsonObject& o, const QString& ptr, std::initializer_list<const char*> known);

    /** The field @p key of @p o when it has the @p type asked for; a problem otherwise. */
    std::optional<QJsonValue> field(const QJsonObject& o, const QString& ptr, const char* key, Need need,
                                    QJsonValue::Type type);

    QString text(const QJsonObject& o, const QString& ptr, const char* key, Need need, int maxLength);

    QString id(const QJsonObject& o, const QString& ptr, const char* key = "id", Need need = Need::Required);

    /** An id that must name something defined elsewhere in the pack. */
    QString ref(const QJsonObject& o, const QString& ptr, const char* key, const char* kind, Need need);

    int integer(const QJsonObject& o, const QString& ptr, const char* key, Need need, int min);

    QDate date(const QJsonObject& o, const QString& ptr, const char* key, Need need);

    QJsonArray array(const QJsonObject& o, const QString& ptr, const char* key, Need need);

    QJsonObject object(const QJsonObject& o, const QString& ptr, const char* key, Need need);

    /** Calls @p read for every element of the array, which must be objects. */
    template<typename F> void forEachObject(const QJsonArray& a, const QString& arrayPtr, F read)
    {
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QString ptr = JsonLocator::child(arrayPtr, i);
            if (!a.at(i).isObject()) {
                problem(ptr, Text::tr("expected an object, found %1").arg(typeName(a.at(i))));
                continue;
            }
            read(a.at(i).toObject(), ptr);
        }
    }

    QStringList sources(const QJsonObject& o, const QString& ptr, Need need = Need::Required);

    QList<int> facts(const QJsonObject& o, const QString& ptr);

    QStringList strings(const QJsonObject& o, const QString& ptr, const char* key, Need need, int maxLength);

    /** Reports an id already seen in the same collection. */
    void unique(QSet<QString>& seen, const QString& id, const QString& ptr, const QString& what);

    /** Whether a key one or two letters from @p key was reported as its misspelling in @p ptr. */
    bool isMisspelt(const QString& ptr, const char* key) const;

    void checkReferences(const QHash<QString, QSet<QString>>& known);

private:
    /** The number of single-character edits between two short words. */
    static int editDistance(const QString& a, const QString& b);

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

} // namespace demarc::packparse
