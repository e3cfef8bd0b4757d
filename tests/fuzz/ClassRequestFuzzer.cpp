// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer entry point for what the class server reads from a student: any bytes at all go
// through the request head check and the JSON readers, which must refuse what they do not accept
// (never crash, hang or misbehave) and must only accept what keeps to the limits and forms.
#include "net/ClassRequests.h"

#include <QByteArray>

#include <cstdint>
#include <cstdlib>

using namespace demarc::classrequests;

namespace {

void require(bool condition)
{
    if (!condition)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));

    const Head head = checkHead(bytes);
    switch (head.verdict) {
    case Head::Verdict::Complete:
        require(head.headLength > 0 && head.headLength <= bytes.size() && head.headLength <= MaxHead);
        require(head.bodyLength >= 0 && head.bodyLength <= MaxBody);
        require(bytes.first(head.headLength).endsWith("\r\n\r\n"));
        require(head.status() == 0);
        break;
    case Head::Verdict::Incomplete: require(bytes.size() <= MaxHead + 4 && head.status() == 0); break;
    case Head::Verdict::TooLarge: require(head.status() == 431); break;
    case Head::Verdict::BodyTooLarge: require(head.status() == 413); break;
    case Head::Verdict::Malformed: require(head.status() == 400); break;
    }

    if (const auto join = parseJoin(bytes); join.ok())
        require(join->room.size() == 4 && bytes.size() <= MaxBody);
    if (const auto answer = parseAnswer(bytes); answer.ok()) {
        require(isToken(answer->token) && bytes.size() <= MaxBody);
        require(!answer->choices.isEmpty() && answer->choices.size() <= 10);
        require(!answer->question.isEmpty() && answer->question.size() <= 100);
    }
    if (const auto hello = parseHello(bytes))
        require(isToken(*hello) && bytes.size() <= MaxFrame);
    return 0;
}
