// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Content.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace demarc {

/**
 * A live class: who has joined (by an anonymous token, nothing else), the question the presenter
 * has open, each student's answer to it, and whether its answer is revealed. No network here: the
 * server turns requests into these calls. Answers are anonymous, are never the instructor's
 * progress, and live as long as the class does.
 */
class ClassRoom : public QObject
{
    Q_OBJECT

public:
    /** How many wrong room codes one address may try in a minute before it waits a minute. */
    static constexpr int WrongCodesAllowed = 10;

    /** A class with room code @p roomCode (four digits; newRoomCode() when empty). */
    explicit ClassRoom(QString roomCode = {}, QObject* parent = nullptr);

    /** Four random digits from the system's random source. */
    static QString newRoomCode();
    QString roomCode() const { return m_roomCode; }

    enum class JoinResult { Joined, WrongCode, Throttled };
    struct Join
    {
        JoinResult result = JoinResult::WrongCode;
        QString token; ///< the student's token when joined
    };
    /** A student at @p address asks to join with @p code at @p now. */
    Join join(const QString& code, const QString& address, const QDateTime& now);
    bool knows(const QString& token) const { return m_tokens.contains(token); }
    int studentCount() const { return int(m_tokens.size()); }

    /**
     * Opens @p question for answers (or closes the current one with std::nullopt); the answer is
     * hidden again. Only questions with one or several right answers are asked of phones.
     */
    void setQuestion(const std::optional<Question>& question);
    const std::optional<Question>& question() const { return m_question; }
    static bool askable(const Question& question);

    enum class AnswerResult { Accepted, UnknownStudent, NoQuestion, OtherQuestion, BadChoice, Revealed };
    /** Student @p token answers question @p questionId with @p choiceIds; changeable until revealed. */
    AnswerResult answer(const QString& token, const QString& questionId, const QStringList& choiceIds);
    /** What @p token has answered to the open question; empty when nothing. */
    QStringList answerOf(const QString& token) const;
    /** Per choice of the open question, in order: how many students picked it. */
    QList<int> counts() const;
    /** How many students have answered the open question. */
    int answered() const;

    void setRevealed(bool revealed);
    bool revealed() const { return m_revealed; }

    /** One line of the class summary: a question asked, how many answered, how many were right. */
    struct Summary
    {
        QString questionId;
        QString prompt;
        int answered = 0;
        int right = 0;
    };
    /** Every question opened so far, in the order first opened. */
    QList<Summary> summary() const;

signals:
    /** Something students or the presenter see has changed: joins, the question, answers, the reveal. */
    void changed();

private:
    bool isRight(const Question& question, const QStringList& choices) const;

    QString m_roomCode;
    QSet<QString> m_tokens;
    QHash<QString, QList<QDateTime>> m_wrongCodes; ///< per address, the wrong tries of the last minute
    QHash<QString, QDateTime> m_throttledUntil;
    std::optional<Question> m_question;
    bool m_revealed = false;
    /** Per question id: each student's answer (choice ids). */
    QHash<QString, QHash<QString, QStringList>> m_answers;
    QList<Question> m_asked;
};

} // namespace demarc
