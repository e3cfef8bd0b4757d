// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClassRequests.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace demarc::classrequests {

namespace {

// Every form is matched whole (anchoredPattern: \A…\z): "^…$" would let a trailing newline through.

/** An id as packs write them: letters, digits, '-', '_' and '.', at most 100. */
bool isId(const QString& id)
{
    static const QRegularExpression form(
        QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9._-]{1,100}")));
    return form.match(id).hasMatch();
}

/** The body as one JSON object, or why it is not one. */
Result<QJsonObject> object(QByteArrayView body)
{
    if (body.size() > MaxBody)
        return Error { QStringLiteral("the body is over %1 bytes").arg(MaxBody) };
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError)
        return Error {
            QStringLiteral("the body is not JSON: %1 at byte %2").arg(error.errorString()).arg(error.offset)
        };
    if (!doc.isObject())
        return Error { QStringLiteral("the body is not a JSON object") };
    return doc.object();
}

/** The header @p name's value in @p head (lines after the request line), lower-cased; empty when absent. */
QByteArray header(QByteArrayView head, QByteArrayView name)
{
    qsizetype at = head.indexOf("\r\n") + 2;
    while (at > 1 && at < head.size()) {
        const qsizetype end = head.indexOf("\r\n", at);
        const QByteArrayView line = head.sliced(at, (end < 0 ? head.size() : end) - at);
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.first(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return line.sliced(colon + 1).trimmed().toByteArray().toLower();
        if (end < 0)
            break;
        at = end + 2;
    }
    return {};
}

} // namespace

int Head::status() const
{
    switch (verdict) {
    case Verdict::TooLarge: return 431;
    case Verdict::BodyTooLarge: return 413;
    case Verdict::Malformed: return 400;
    case Verdict::Incomplete:
    case Verdict::Complete: return 0;
    }
    return 0;
}

Head checkHead(QByteArrayView data)
{
    Head head;
    const qsizetype lineEnd = data.indexOf("\r\n");
    if (lineEnd < 0) {
        if (data.size() > MaxRequestLine)
            head.verdict = Head::Verdict::TooLarge;
        return head;
    }
    if (lineEnd > MaxRequestLine) {
        head.verdict = Head::Verdict::TooLarge;
        return head;
    }
    // "METHOD SP TARGET SP HTTP/1.x": three parts, a method of capitals, an origin-form target.
    const QList<QByteArray> parts = data.first(lineEnd).toByteArray().split(' ');
    static const QRegularExpression method(
        QRegularExpression::anchoredPattern(QStringLiteral("[A-Z]{1,10}")));
    if (parts.size() != 3 || !method.match(QString::fromLatin1(parts.at(0))).hasMatch()
        || !parts.at(1).startsWith('/') || !parts.at(2).startsWith("HTTP/1.")) {
        head.verdict = Head::Verdict::Malformed;
        return head;
    }
    const qsizetype end = data.indexOf("\r\n\r\n");
    if (end < 0) {
        if (data.size() > MaxHead)
            head.verdict = Head::Verdict::TooLarge;
        return head;
    }
    if (end + 4 > MaxHead) {
        head.verdict = Head::Verdict::TooLarge;
        return head;
    }
    const QByteArrayView text = data.first(end + 2);
    const QByteArray length = header(text, "content-length");
    bool ok = true;
    head.bodyLength = length.isEmpty() ? 0 : length.toLongLong(&ok);
    if (!ok || head.bodyLength < 0) {
        head.verdict = Head::Verdict::Malformed;
        return head;
    }
    if (!header(text, "transfer-encoding").isEmpty()) {
        head.verdict = Head::Verdict::Malformed; // bodies come with a length, never chunked
        return head;
    }
    if (head.bodyLength > MaxBody) {
        head.verdict = Head::Verdict::BodyTooLarge;
        return head;
    }
    head.webSocket = header(text, "upgrade") == "websocket";
    head.headLength = end + 4;
    head.verdict = Head::Verdict::Complete;
    return head;
}

Result<JoinRequest> parseJoin(QByteArrayView body)
{
    const auto json = object(body);
    if (!json)
        return Error { json.errorMessage() };
    const QJsonValue room = json->value(QLatin1String("room"));
    static const QRegularExpression digits(QRegularExpression::anchoredPattern(QStringLiteral("[0-9]{4}")));
    if (!room.isString() || !digits.match(room.toString()).hasMatch())
        return Error { QStringLiteral("\"room\" must be the four digits of the room code") };
    return JoinRequest { room.toString() };
}

Result<AnswerRequest> parseAnswer(QByteArrayView body)
{
    const auto json = object(body);
    if (!json)
        return Error { json.errorMessage() };
    AnswerRequest request;
    const QJsonValue token = json->value(QLatin1String("token"));
    if (!token.isString() || !isToken(token.toString()))
        return Error { QStringLiteral("\"token\" must be the token /join gave") };
    request.token = token.toString();
    const QJsonValue question = json->value(QLatin1String("question"));
    if (!question.isString() || !isId(question.toString()))
        return Error { QStringLiteral("\"question\" must be a question id") };
    request.question = question.toString();
    const QJsonValue choices = json->value(QLatin1String("choices"));
    if (!choices.isArray() || choices.toArray().isEmpty() || choices.toArray().size() > 10)
        return Error { QStringLiteral("\"choices\" must be a list of one to ten choice ids") };
    for (const QJsonValue c : choices.toArray()) {
        if (!c.isString() || !isId(c.toString()) || request.choices.contains(c.toString()))
            return Error { QStringLiteral("\"choices\" must hold distinct choice ids") };
        request.choices.append(c.toString());
    }
    return request;
}

std::optional<QString> parseHello(QByteArrayView message)
{
    const auto json = object(message.first(std::min(message.size(), MaxFrame + 1)));
    if (!json || message.size() > MaxFrame
        || json->value(QLatin1String("type")).toString() != QLatin1String("hello"))
        return std::nullopt;
    const QString token = json->value(QLatin1String("token")).toString();
    return isToken(token) ? std::optional(token) : std::nullopt;
}

bool isToken(const QString& token)
{
    static const QRegularExpression hex(QRegularExpression::anchoredPattern(QStringLiteral("[0-9a-f]{32}")));
    return hex.match(token).hasMatch();
}

} // namespace demarc::classrequests
