// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SqlReader.h"
#include "core/Content.h"

#include <vector>

/**
 * A question and its choices as the questions and choices tables keep them, read the same way by
 * the course's bank (SqlContentRepository) and by a pack read back (SqlPackStore).
 */
namespace demarc::questionrows {

/** The columns questionFrom() reads, in order, from the questions table named q. */
constexpr auto QuestionColumns = "q.id, q.type, q.topic_id, q.prompt, q.facts, q.lesson_id, q.layer_id, "
                                 "q.model_id, q.service_id, q.control, q.sources, q.party";
/** The columns choiceFrom() reads, in order, from the choices table. */
constexpr auto ChoiceColumns = "question_id, id, text, correct, party, explanation, position";

/**
 * The question in the row's first columns (QuestionColumns), without its type (column 1, for
 * the caller to judge) and, unless @p factsAndSources, without its facts and sources.
 */
Question questionFrom(const sql::Reader& row, bool factsAndSources = true);

/** A choice of @p question from a row of ChoiceColumns: its party read for a sorting question. */
Choice choiceFrom(const sql::Reader& row, const Question& question);

/** A choice read, with the question it belongs to (its place in a list) and its own place. */
struct PlacedChoice
{
    qsizetype question;
    qint64 position;
    Choice choice;
};

/**
 * Gives each question of @p questions its @p choices in their places. Rows come in the order
 * they were stored, which is that order unless a course was installed again after a pack.
 */
void placeChoices(std::vector<PlacedChoice>& choices, QList<Question>& questions);

} // namespace demarc::questionrows
