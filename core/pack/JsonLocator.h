// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace demarc {

/** A 1-based position in a text file. */
struct TextPosition
{
    int line = 1;
    int column = 1;
};

/** Line and column of a byte offset in UTF-8 text (columns count characters, not bytes). */
TextPosition textPositionAt(const QByteArray& utf8, qsizetype offset);

/** textPositionAt() for many offsets (in any order) in one pass over the text. */
QList<TextPosition> textPositionsAt(const QByteArray& utf8, const QList<qsizetype>& offsets);

/**
 * Maps JSON pointers ("/lessons/3/title") to where their values start in the text.
 *
 * QJsonDocument keeps no positions, so this walks the same bytes once more. It expects
 * text that QJsonDocument has already accepted; on anything else it stops early and
 * unknown pointers fall back to their nearest known parent.
 */
class JsonLocator
{
public:
    explicit JsonLocator(const QByteArray& json);

    /** Where the value at @p pointer starts; the nearest enclosing value when unknown. */
    TextPosition position(const QString& pointer) const;
    /** position() as a byte offset. */
    qsizetype offset(const QString& pointer) const;
    const QByteArray& text() const { return m_text; }

    static QString child(const QString& pointer, const QString& key);
    static QString child(const QString& pointer, qsizetype index);

private:
    void parseValue(const QString& pointer);
    void parseObject(const QString& pointer);
    void parseArray(const QString& pointer);
    QString parseString();
    void skipWhitespace();
    void skipScalar();

    QByteArray m_text;
    qsizetype m_pos = 0;
    bool m_failed = false;
    QHash<QString, qsizetype> m_offsets;
};

} // namespace demarc
