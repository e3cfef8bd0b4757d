// SPDX-License-Identifier: GPL-3.0-or-later
#include "Content.h"

#include <array>
#include <utility>

namespace demarc {

namespace {

constexpr std::array categoryIds {
    std::pair { ServiceCategory::None, "" },
    std::pair { ServiceCategory::Infrastructure, "infrastructure" },
    std::pair { ServiceCategory::Container, "container" },
    std::pair { ServiceCategory::Abstracted, "abstracted" },
};

constexpr std::array questionTypeIds {
    std::pair { QuestionType::Single, "single" },       std::pair { QuestionType::Multiple, "multiple" },
    std::pair { QuestionType::TrueFalse, "truefalse" }, std::pair { QuestionType::Classify, "classify" },
    std::pair { QuestionType::Split, "split" },
};

template<typename Enum, std::size_t N>
QString idOf(const std::array<std::pair<Enum, const char*>, N>& table, Enum value)
{
    for (const auto& [e, id] : table) {
        if (e == value)
            return QString::fromLatin1(id);
    }
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> fromId(const std::array<std::pair<Enum, const char*>, N>& table, const QString& id)
{
    for (const auto& [e, name] : table) {
        if (id == QLatin1String(name))
            return e;
    }
    return std::nullopt;
}

} // namespace

QString serviceCategoryId(ServiceCategory category) { return idOf(categoryIds, category); }

std::optional<ServiceCategory> serviceCategoryFromId(const QString& id)
{
    if (id.isEmpty())
        return std::nullopt;
    return fromId(categoryIds, id);
}

QString questionTypeId(QuestionType type) { return idOf(questionTypeIds, type); }

std::optional<QuestionType> questionTypeFromId(const QString& id) { return fromId(questionTypeIds, id); }

} // namespace demarc
