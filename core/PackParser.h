// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Content.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace demarc {

/** One thing wrong with a pack, at the position of the offending value. */
struct PackProblem
{
    QString file;
    int line = 1;
    int column = 1;
    QString message;

    /** "FILE:LINE:COL: message" */
    QString toString() const;
};

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

    /** @p fileName is only used to label problems. */
    static PackParseResult parse(const QByteArray& json, const QString& fileName);
    /** Reads @p path (refusing files over MaxFileBytes before parsing) and parses it. */
    static PackParseResult parseFile(const QString& path);
};

} // namespace demarc
