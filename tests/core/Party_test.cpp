// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Content.h"
#include "core/Party.h"

#include <gtest/gtest.h>

using namespace demarc;

TEST(Party, ids_round_trip)
{
    for (Party p : { Party::Aws, Party::Customer, Party::Shared }) {
        ASSERT_TRUE(partyFromId(partyId(p)).has_value());
        EXPECT_EQ(*partyFromId(partyId(p)), p);
        EXPECT_FALSE(partyName(p).isEmpty());
    }
    EXPECT_FALSE(partyFromId(QStringLiteral("AWS")).has_value());
    EXPECT_FALSE(partyFromId(QString()).has_value());
}

TEST(Content, question_types_and_categories_round_trip)
{
    for (QuestionType t :
         { QuestionType::Single, QuestionType::Multiple, QuestionType::TrueFalse, QuestionType::Classify })
        EXPECT_EQ(questionTypeFromId(questionTypeId(t)), t);
    for (ServiceCategory c :
         { ServiceCategory::Infrastructure, ServiceCategory::Container, ServiceCategory::Abstracted })
        EXPECT_EQ(serviceCategoryFromId(serviceCategoryId(c)), c);
    EXPECT_FALSE(serviceCategoryFromId(QString()).has_value());
    EXPECT_FALSE(questionTypeFromId(QStringLiteral("essay")).has_value());
}
