// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExitCode.h"
#include "core/export/StudyNotes.h"
#include "ui/notes/StudyNotesWriter.h"

#include <QString>

class QTextStream;

namespace demarc {

class ContentRepository;
class LearnerRepository;

/** The exports the command line runs without a window. Each returns the process's exit code. */
namespace exportcommand {

struct NotesRequest
{
    QString path;
    StudyNotesOptions options;
    studynotes::Paper paper = studynotes::Paper::A4;
};

/** --export-notes: study notes as Markdown, HTML or PDF. */
int notes(const ContentRepository& content, const LearnerRepository& learner, const NotesRequest& request,
          QTextStream& out, QTextStream& err);

/** Whether --export-questions can write @p path: a .gift or .tsv file. */
bool isQuestionsFile(const QString& path);

/** --export-questions: the question bank as Moodle GIFT (.gift) or Anki cards (.tsv), with the glossary. */
int questions(const ContentRepository& content, const QString& path, QTextStream& out, QTextStream& err);

/** --export-results: every attempt the learner made, as CSV. */
int results(const ContentRepository& content, const LearnerRepository& learner, const QString& path,
            QTextStream& out, QTextStream& err);

} // namespace exportcommand

} // namespace demarc
