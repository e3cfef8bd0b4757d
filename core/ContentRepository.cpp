// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContentRepository.h"

namespace demarc {

Result<QList<Question>> ContentRepository::questionOutline() const { return questions(); }

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
