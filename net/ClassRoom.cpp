// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClassRoom.h"

#include <QRandomGenerator>

#include <algorithm>

namespace demarc {

namespace {

/** A token no one guesses: 128 random bits from the system's source, in hex. */
QString newToken()
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(words), sizeof words).toHex());
}

} // namespace

ClassRoom::ClassRoom(QString roomCode, QObject* parent)
    : QObject(parent)
    , m_roomCode(roomCode.isEmpty() ? newRoomCode() : std::move(roomCode))
{ }

QString ClassRoom::newRoomCode()
{
    return QStringLiteral("%1").arg(QRandomGenerator::system()->bounded(10000), 4, 10, QLatin1Char('0'));
}

ClassRoom::Join ClassRoom::join(const QString& code, const QString& address, const QDateTime& now)
{
    if (const auto until = m_throttledUntil.constFind(address); until != m_throttledUntil.cend()) {
        if (now < *until)
            return { JoinResult::Throttled, {} };
        m_throttledUntil.erase(until);
    }
    if (code != m_roomCode) {
        QList<QDateTime>& tries = m_wrongCodes[address];
        tries.removeIf([&now](const QDateTime& t) { return t.secsTo(now) >= 60; });
        tries.append(now);
        if (tries.size() > WrongCodesAllowed) {
            m_throttledUntil.insert(address, now.addSecs(60));
            tries.clear();
            return { JoinResult::Throttled, {} };
        }
        return { JoinResult::WrongCode, {} };
    }
    const QString token = newToken();
    m_tokens.insert(token);
    emit changed();
    return { JoinResult::Joined, token };
}

bool ClassRoom::askable(const Question& question)
{
    return question.type == QuestionType::Single || question.type == QuestionType::Multiple;
}

void ClassRoom::setQuestion(const std::optional<Question>& question)
{
    m_question = question && askable(*question) ? question : std::nullopt;
    m_revealed = false;
    if (m_question && std::none_of(m_asked.cbegin(), m_asked.cend(), [this](const Question& q) {
            return q.id == m_question->id;
        }))
        m_asked.append(*m_question);
    emit changed();
}

ClassRoom::AnswerResult ClassRoom::answer(const QString& token, const QString& questionId,
                                          const QStringList& choiceIds)
{
    if (!m_tokens.contains(token))
        return AnswerResult::UnknownStudent;
    if (!m_question)
        return AnswerResult::NoQuestion;
    if (questionId != m_question->id)
        return AnswerResult::OtherQuestion;
    if (m_revealed)
        return AnswerResult::Revealed;
    const bool several = m_question->type == QuestionType::Multiple;
    if (choiceIds.isEmpty() || (!several && choiceIds.size() > 1))
        return AnswerResult::BadChoice;
    QStringList picked;
    for (const Choice& c : m_question->choices) {
        if (choiceIds.contains(c.id))
            picked.append(c.id);
    }
    if (picked.size() != QSet<QString>(choiceIds.cbegin(), choiceIds.cend()).size())
        return AnswerResult::BadChoice; // an id the question does not have
    m_answers[m_question->id].insert(token, picked);
    emit changed();
    return AnswerResult::Accepted;
}

QStringList ClassRoom::answerOf(const QString& token) const
{
    return m_question ? m_answers.value(m_question->id).value(token) : QStringList();
}

QList<int> ClassRoom::counts() const
{
    if (!m_question)
        return {};
    QList<int> counts(m_question->choices.size(), 0);
    for (const QStringList& picked : m_answers.value(m_question->id)) {
        for (qsizetype i = 0; i < m_question->choices.size(); ++i)
            counts[i] += picked.contains(m_question->choices.at(i).id) ? 1 : 0;
    }
    return counts;
}

int ClassRoom::answered() const { return m_question ? int(m_answers.value(m_question->id).size()) : 0; }

void ClassRoom::setRevealed(bool revealed)
{
    if (m_revealed == revealed)
        return;
    m_revealed = revealed;
    emit changed();
}

bool ClassRoom::isRight(const Question& question, const QStringList& choices) const
{
    for (const Choice& c : question.choices) {
        if (c.correct != choices.contains(c.id))
            return false;
    }
    return true;
}

QList<ClassRoom::Summary> ClassRoom::summary() const
{
    QList<Summary> out;
    for (const Question& q : m_asked) {
        Summary s { q.id, q.prompt, 0, 0 };
        for (const QStringList& picked : m_answers.value(q.id)) {
            ++s.answered;
            s.right += isRight(q, picked) ? 1 : 0;
        }
        out.append(s);
    }
    return out;
}

} // namespace demarc
