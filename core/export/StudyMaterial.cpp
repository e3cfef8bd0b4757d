// SPDX-License-Identifier: GPL-3.0-or-later
// What study notes are made from: the course and the learner's data, read once.
#include "StudyNotes.h"

namespace demarc {

Result<StudyMaterial> readStudyMaterial(const ContentRepository& content, const LearnerRepository& learner,
                                        const StudyNotesOptions& options, const QDateTime& now)
{
    StudyMaterial m;
    m.now = now;
#define DEMARC_READ(target, call)                                                                            \
    do {                                                                                                     \
        auto r = (call);                                                                                     \
        if (!r)                                                                                              \
            return Error { r.errorMessage() };                                                               \
        target = std::move(*r);                                                                              \
    } while (false)
    DEMARC_READ(m.topics, content.topics());
    DEMARC_READ(m.sources, content.sources());
    DEMARC_READ(m.stack, content.responsibilityStack());
    DEMARC_READ(m.glossary, content.glossary());
    DEMARC_READ(m.questions, content.questions());
    DEMARC_READ(m.lessons, content.lessonOutline());
    if (options.has(StudyNotesOptions::Lessons)) {
        for (Lesson& l : m.lessons) {
            if (!options.topics.isEmpty() && !options.topics.contains(l.topic))
                continue;
            DEMARC_READ(l, content.lesson(l.id));
        }
    }
    if (options.has(StudyNotesOptions::Controls))
        DEMARC_READ(m.controls, content.controlCategories());
    if (options.has(StudyNotesOptions::Areas))
        DEMARC_READ(m.areas, content.customerAreas());
    DEMARC_READ(m.notes, learner.notes());
    DEMARC_READ(m.bookmarks, learner.bookmarks());
    DEMARC_READ(m.learner, readLearnerState(learner));
    if (options.has(StudyNotesOptions::Progress)) {
        DEMARC_READ(m.activity, learner.dailyActivity(now.toLocalTime().date().addDays(-29)));
        DEMARC_READ(m.exams, learner.examRecord());
    }
#undef DEMARC_READ
    return m;
}

QStringList unknownOptionIds(const StudyMaterial& material, const StudyNotesOptions& options)
{
    QStringList unknown;
    for (const QString& t : options.topics) {
        if (std::none_of(material.topics.cbegin(), material.topics.cend(),
                         [&](const Topic& x) { return x.id == t; }))
            unknown.append(t);
    }
    for (const QString& s : options.services) {
        if (!material.stack.selection(s))
            unknown.append(s);
    }
    return unknown;
}

} // namespace demarc
