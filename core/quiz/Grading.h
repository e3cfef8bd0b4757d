// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Content.h"

#include <QMap>
#include <QSet>
#include <QString>

namespace demarc {

/** What a learner answered: the choices picked, or a party for each item of a classify or split question. */
struct Answer
{
    QSet<QString> chosen;
    QMap<QString, Party> assigned;
};

/** How an answer scored, and which choices it got right or wrong. */
struct Grade
{
    /** 0 to 1. */
    double score = 0;
    /** Only a fully right answer is correct; the pass mark is 100 %. */
    bool correct = false;
    /** Choices (or items) the learner got right and wrong. */
    QSet<QString> right;
    QSet<QString> wrong;
    /** Correct choices the learner did not pick (multiple answer) or items left unassigned. */
    QSet<QString> missed;
};

/**
 * Grades an answer.
 *
 * - single and true/false: 1 for the correct choice, else 0.
 * - multiple: each correct choice picked earns 1/(number of correct choices), each wrong
 *   choice picked takes the same away, never below 0; correct only when exactly the
 *   correct choices are picked.
 * - classify and split: each item assigned its party earns 1/(number of items); correct
 *   only when every item is right.
 */
Grade grade(const Question& question, const Answer& answer);

} // namespace demarc
