// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonLocator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

#include <algorithm>
#include <numeric>

namespace demarc {

JsonLocator::JsonLocator(const QByteArray& json)
    : m_text(json)
{
    skipWhitespace();
    parseValue(QString());
}

QString JsonLocator::child(const QString& pointer, const QString& key)
{
    QString escaped = key;
    escaped.replace(QLatin1Char('~'), QLatin1String("~0")).replace(QLatin1Char('/'), QLatin1String("~1"));
    return pointer + QLatin1Char('/') + escaped;
}

QString JsonLocator::child(const QString& pointer, qsizetype index)
{
    return pointer + QLatin1Char('/') + QString::number(index);
}

TextPosition JsonLocator::position(const QString& pointer) const
{
    return textPositionAt(m_text, offset(pointer));
}

qsizetype JsonLocator::offset(const QString& pointer) const
{
    QString p = pointer;
    for (;;) {
        auto it = m_offsets.constFind(p);
        if (it != m_offsets.cend())
            return it.value();
        if (p.isEmpty())
            return 0;
        p.truncate(p.lastIndexOf(QLatin1Char('/')));
    }
}

TextPosition textPositionAt(const QByteArray& utf8, qsizetype offset)
{
    return textPositionsAt(utf8, { offset }).first();
}

QList<TextPosition> textPositionsAt(const QByteArray& utf8, const QList<qsizetype>& offsets)
{
    // Visit the offsets in text order, so the text is read once however many there are.
    QList<qsizetype> order(offsets.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(),
              [&](qsizetype a, qsizetype b) { return offsets.at(a) < offsets.at(b); });

    QList<TextPosition> out(offsets.size());
    TextPosition pos;
    qsizetype i = 0;
    for (const qsizetype k : std::as_const(order)) {
        const qsizetype end = std::clamp<qsizetype>(offsets.at(k), 0, utf8.size());
        for (; i < end; ++i) {
            const auto c = static_cast<unsigned char>(utf8.at(i));
            if (c == '\n') {
                ++pos.line;
                pos.column = 1;
            } else if ((c & 0xC0) != 0x80) { // count characters, not UTF-8 continuation bytes
                ++pos.column;
            }
        }
        out[k] = pos;
    }
    return out;
}

void JsonLocator::skipWhitespace()
{
    while (m_pos < m_text.size()) {
        const char c = m_text.at(m_pos);
        if (c != ' ' && c != '\n' && c != '\r' && c != '\t')
            break;
        ++m_pos;
    }
}

void JsonLocator::parseValue(const QString& pointer)
{
    if (m_failed || m_pos >= m_text.size()) {
        m_failed = true;
        return;
    }
    m_offsets.insert(pointer, m_pos);
    switch (m_text.at(m_pos)) {
    case '{': parseObject(pointer); break;
    case '[': parseArray(pointer); break;
    case '"': parseString(); break;
    default: skipScalar(); break;
    }
}

void JsonLocator::parseObject(const QString& pointer)
{
    ++m_pos; // '{'
    skipWhitespace();
    if (m_pos < m_text.size() && m_text.at(m_pos) == '}') {
        ++m_pos;
        return;
    }
    while (!m_failed && m_pos < m_text.size()) {
        skipWhitespace();
        if (m_pos >= m_text.size() || m_text.at(m_pos) != '"') {
            m_failed = true;
            return;
        }
        const QString key = parseString();
        skipWhitespace();
        if (m_pos >= m_text.size() || m_text.at(m_pos) != ':') {
            m_failed = true;
            return;
        }
        ++m_pos;
        skipWhitespace();
        parseValue(child(pointer, key));
        skipWhitespace();
        if (m_pos < m_text.size() && m_text.at(m_pos) == ',') {
            ++m_pos;
            continue;
        }
        if (m_pos < m_text.size() && m_text.at(m_pos) == '}') {
            ++m_pos;
            return;
        }
        m_failed = true;
    }
}

void JsonLocator::parseArray(const QString& pointer)
{
    ++m_pos; // '['
    skipWhitespace();
    if (m_pos < m_text.size() && m_text.at(m_pos) == ']') {
        ++m_pos;
        return;
    }
    qsizetype index = 0;
    while (!m_failed && m_pos < m_text.size()) {
        skipWhitespace();
        parseValue(child(pointer, index++));
        skipWhitespace();
        if (m_pos < m_text.size() && m_text.at(m_pos) == ',') {
            ++m_pos;
            continue;
        }
        if (m_pos < m_text.size() && m_text.at(m_pos) == ']') {
            ++m_pos;
            return;
        }
        m_failed = true;
    }
}

QString JsonLocator::parseString()
{
    const qsizetype start = m_pos;
    ++m_pos; // opening quote
    bool escaped = false;
    bool plain = true;
    while (m_pos < m_text.size()) {
        const char c = m_text.at(m_pos++);
        if (escaped) {
            escaped = false;
        } else if (c == '\\') {
            escaped = true;
            plain = false;
        } else if (c == '"') {
            if (plain)
                return QString::fromUtf8(m_text.constData() + start + 1, m_pos - start - 2);
            // Let Qt decode the escapes of this one string.
            const QByteArray wrapped = '[' + m_text.mid(start, m_pos - start) + ']';
            return QJsonDocument::fromJson(wrapped).array().at(0).toString();
        }
    }
    m_failed = true;
    return {};
}

void JsonLocator::skipScalar()
{
    while (m_pos < m_text.size()) {
        const char c = m_text.at(m_pos);
        if (c == ',' || c == '}' || c == ']' || c == ' ' || c == '\n' || c == '\r' || c == '\t')
            return;
        ++m_pos;
    }
}

} // namespace demarc
