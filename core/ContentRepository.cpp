// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContentRepository.h"

#include <QSet>

namespace demarc {

Result<QList<Question>> ContentRepository::questionOutline() const { return questions(); }

Result<QList<Question>> ContentRepository::questionsNamed(const QStringList& ids) const
{
    auto bank = questions();
    if (!bank)
        return Error { bank.errorMessage() };
    const QSet<QString> wanted(ids.cbegin(), ids.cend());
    bank->removeIf([&](const Question& q) { return !wanted.contains(q.id); });
    return bank;
}

Result<ContentCounts> ContentRepository::counts() const
{
    auto lessons = lessonOutline();
    if (!lessons)
        return Error { lessons.errorMessage() };
    auto terms = glossary();
    if (!terms)
        return Error { terms.errorMessage() };
    auto bank = questions();
    if (!bank)
        return Error { bank.errorMessage() };
    return ContentCounts { int(lessons->size()), int(terms->size()), int(bank->size()) };
}

} // namespace demarc
