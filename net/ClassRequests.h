// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <optional>

/**
 * What the class server accepts from a student, read and checked before anything is done with it:
 * the head of an HTTP request against the size limits, and the JSON bodies and WebSocket messages
 * field by field. Pure functions over bytes, so that they are tested and fuzzed apart from sockets.
 */
namespace demarc::classrequests {

constexpr qsizetype MaxRequestLine = 1024; ///< "POST /answer HTTP/1.1"
constexpr qsizetype MaxHead = 8192; ///< the request line and every header
constexpr qsizetype MaxBody = 4096;
constexpr qsizetype MaxFrame = 1024; ///< a WebSocket message

/** Where the head of the request at the start of @p data stands. */
struct Head
{
    enum class Verdict {
        Incomplete, ///< no end of the head yet, and still within the limits
        Complete, ///< a head within the limits; its body may follow
        TooLarge, ///< 431: request line or headers over the limits
        BodyTooLarge, ///< 413: a declared body over MaxBody
        Malformed, ///< 400: not an HTTP/1.x request head
    };
    Verdict verdict = Verdict::Incomplete;
    qsizetype headLength = 0; ///< with its blank line, when complete
    qint64 bodyLength = 0; ///< the declared Content-Length
    bool webSocket = false; ///< an upgrade to a WebSocket
    /** The HTTP status answering a refused head (0 for Incomplete and Complete). */
    int status() const;
};
Head checkHead(QByteArrayView data);

struct JoinRequest
{
    QString room;
};
/** {"room": "1234"}: four digits. */
Result<JoinRequest> parseJoin(QByteArrayView body);

struct AnswerRequest
{
    QString token;
    QString question;
    QStringList choices;
};
/** {"token": "…", "question": "…", "choices": ["b"]}: a token, an id and one to ten ids. */
Result<AnswerRequest> parseAnswer(QByteArrayView body);

/** A WebSocket's first message, {"type": "hello", "token": "…"}; anything else is ignored. */
std::optional<QString> parseHello(QByteArrayView message);

/** Whether @p token has the form the server gives (32 hex digits). */
bool isToken(const QString& token);

} // namespace demarc::classrequests
