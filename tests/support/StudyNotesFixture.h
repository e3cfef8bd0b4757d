// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/export/StudyNotes.h"

#include <QLocale>
#include <QString>

namespace demarc::test {

/**
 * A small course and learner for the study notes, made by hand: two topics, three lessons,
 * four layers under three models with three services, two control categories, two customer
 * areas, two glossary terms, three questions (two missed), notes on a lesson, a layer, a
 * matrix cell, a term, a question and a retired lesson, two bookmarks, and a fixed clock.
 */
StudyMaterial studyNotesMaterial();

/** The note bodies of studyNotesMaterial(), by what they are on. */
namespace fixturenote {
inline const QString Lesson = QStringLiteral("Of = AWS, in = me.\nRemember **the line**.");
inline const QString Layer = QStringLiteral("On EC2 the guest OS is *mine* to patch.");
inline const QString Cell = QStringLiteral("Security groups make this mine on RDS.");
inline const QString Term = QStringLiteral("Think of a builder and a homeowner.");
inline const QString Question = QStringLiteral("Doors are physical, so AWS.");
inline const QString Retired = QStringLiteral("This lesson was cut from the course.");
} // namespace fixturenote

/** Makes QLocale() the one the golden files were written in, for as long as it lives. */
class ScopedLocale
{
public:
    explicit ScopedLocale(const QLocale& locale = QLocale(QLocale::English, QLocale::UnitedStates))
        : m_previous(QLocale())
    {
        QLocale::setDefault(locale);
    }
    ~ScopedLocale() { QLocale::setDefault(m_previous); }
    ScopedLocale(const ScopedLocale&) = delete;
    ScopedLocale& operator=(const ScopedLocale&) = delete;

private:
    QLocale m_previous;
};

} // namespace demarc::test
