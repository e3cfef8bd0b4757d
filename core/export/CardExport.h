// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Content.h"
#include "core/LearnerRepository.h"

#include <QList>
#include <QString>

namespace demarc {

// Plain-text exports of the question bank and the learner's history. Texts from the course
// are written as the app shows them: as written, Markdown marks included.

/**
 * Anki-importable cards: one per question, then one per glossary term. Tab-separated, with
 * Anki's file headers (2.1.55+): HTML fields Front and Back, a Tags column ("demarc" and
 * "demarc::<topic id>", or "demarc::glossary") and a Guid column ("demarc-<question id>",
 * "demarc-term-<term id>"), so importing again updates the cards instead of adding new ones.
 * No field holds a tab, a line break or a double quote, so no field needs quoting.
 */
QString ankiCards(const QList<Question>& questions, const QList<GlossaryTerm>& glossary,
                  const QList<Topic>& topics);

/**
 * The question bank in Moodle GIFT, one $CATEGORY ("Demarc/<topic title>") per topic in the
 * order of @p topics, questions in their order within it, then any whose topic is not listed.
 * Texts are in Moodle's plain-text format. Single-answer questions give every answer its own
 * feedback; true/false questions use GIFT's true/false form with both feedbacks; select-all
 * questions weigh right choices equally (summing to 100 %) and wrong ones equally (to -100 %);
 * classify and split questions become matching questions with every explanation in the
 * general feedback.
 */
QString moodleGift(const QList<Question>& questions, const QList<Topic>& topics);

/** @p text with GIFT's special characters escaped (~ = # { } : and backslash; newlines as \n). */
QString giftEscape(const QString& text);

/** One RFC 4180 CSV row: each field quoted where it must be, ended with CRLF. */
QString csvRow(const QStringList& fields);

/**
 * The learner's attempts as RFC 4180 CSV (CRLF line ends, a header row): when, which item,
 * question or term, its prompt, topic, mode, the answer given, whether it was right, the
 * score and the seconds taken. An attempt on a question no longer in @p questions keeps its
 * row with the prompt left empty; glossary reviews name their term from @p glossary.
 */
QString attemptsCsv(const QList<Attempt>& attempts, const QList<Question>& questions,
                    const QList<GlossaryTerm>& glossary = {}, const QList<RetiredItem>& retired = {});

} // namespace demarc
