// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Content.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <functional>
#include <optional>

namespace demarc {

/** One thing wrong with a pack, at the position of the offending value. */
struct PackProblem
{
    QString file;
    int line = 1;
    int column = 1;
    QString message;
    /**
     * The JSON pointer of the offending value ("/questions/3/choices/1/explanation"); empty for syntax
     * errors.
     */
    QString pointer;

    /** "FILE:LINE:COL: message" */
    QString toString() const;
};

/**
 * What a pack that "extends" another may refer to: the ids of an installed (or bundled)
 * course pack, by the kind the parser names them ("source", "topic", "layer", "service",
 * "service model", "lesson", "glossary term", "question", …).
 */
struct PackBase
{
    PackInfo info;
    QHash<QString, QSet<QString>> ids;

    static PackBase of(const Pack& pack);
};

/** Finds the pack a pack extends by its id; nothing when it is not installed. */
using PackBaseLookup = std::function<std::optional<PackBase>(const QString& packId)>;

struct PackParseResult
{
    /** Set only when the pack has no problems at all. */
    std::optional<Pack> pack;
    QList<PackProblem> problems;

    bool ok() const { return pack.has_value(); }
};

/**
 * Reads and validates a content pack (format described in resources/content/README.md).
 * Every problem found is reported, each with its line and column.
 */
class PackParser
{
public:
    static constexpr int FormatVersion = 1;
    static constexpr qint64 MaxFileBytes = 16 * 1024 * 1024;

    /**
     * @p fileName is only used to label problems. A pack that extends another is checked
     * against what @p base finds; without it, "extends" is a problem.
     */
    static PackParseResult parse(const QByteArray& json, const QString& fileName,
                                 const PackBaseLookup& base = {});
    /**
     * Reads @p path (refusing files over MaxFileBytes before parsing) and parses it. When
     * @p bytes is given, it receives what was read (to hash the very bytes that were parsed).
     */
    static PackParseResult parseFile(const QString& path, QByteArray* bytes = nullptr,
                                     const PackBaseLookup& base = {});
};

} // namespace demarc
