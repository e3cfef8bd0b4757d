// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/CourseCache.h"

#include "support/FakeContentRepository.h"
#include "support/QtPrinters.h"

#include <gtest/gtest.h>

using namespace demarc;

namespace {

class CourseCacheTest : public testing::Test
{
protected:
    test::FakeContentRepository m_store { test::FakeContentRepository::samplePack() };
    CourseCache m_course { m_store };
};

} // namespace

TEST_F(CourseCacheTest, each_part_is_read_from_the_store_once_and_served_from_memory)
{
    for (int i = 0; i < 3; ++i) {
        ASSERT_TRUE(m_course.questions().ok());
        ASSERT_TRUE(m_course.glossary().ok());
        ASSERT_TRUE(m_course.lessonOutline().ok());
        ASSERT_TRUE(m_course.responsibilityStack().ok());
        ASSERT_TRUE(m_course.topics().ok());
        ASSERT_TRUE(m_course.sources().ok());
        ASSERT_TRUE(m_course.controlCategories().ok());
        ASSERT_TRUE(m_course.customerAreas().ok());
        ASSERT_TRUE(m_course.analogy().ok());
        ASSERT_TRUE(m_course.retiredItems().ok());
        ASSERT_TRUE(m_course.lesson(QStringLiteral("hypervisor")).ok());
        ASSERT_TRUE(m_course.lessonsUsingTerm(QStringLiteral("hypervisor")).ok());
    }
    for (const char* part :
         { "questions", "glossary", "lessonOutline", "responsibilityStack", "topics", "sources",
           "controlCategories", "customerAreas", "analogy", "retiredItems", "lesson", "lessonsUsingTerm" })
        EXPECT_EQ(m_store.reads(part), 1) << part;
    EXPECT_EQ(m_course.storeReads(), 12);
    EXPECT_EQ(m_course.glossary()->size(), m_store.glossary()->size());
    EXPECT_EQ(m_course.lesson(QStringLiteral("hypervisor"))->body,
              m_store.lesson(QStringLiteral("hypervisor"))->body);
}

TEST_F(CourseCacheTest, counts_come_from_memory_once_the_parts_are_there)
{
    const ContentCounts before = *m_course.counts();
    EXPECT_EQ(before.lessons, 5);
    EXPECT_EQ(before.glossaryTerms, 4);
    EXPECT_EQ(m_store.reads("counts"), 1) << "the store counts";
    EXPECT_EQ(m_store.reads("questions"), 0) << "without the bank being read";
    ASSERT_TRUE(m_course.questions().ok());
    ASSERT_TRUE(m_course.glossary().ok());
    ASSERT_TRUE(m_course.lessonOutline().ok());
    const ContentCounts after = *m_course.counts();
    EXPECT_EQ(m_store.reads("counts"), 1) << "the parts in memory are counted";
    EXPECT_EQ(after.lessons, before.lessons);
    EXPECT_EQ(after.glossaryTerms, before.glossaryTerms);
    EXPECT_EQ(after.questions, before.questions);
}

TEST_F(CourseCacheTest, reset_reads_the_store_again_and_failures_are_not_kept)
{
    ASSERT_TRUE(m_course.questions().ok());
    m_course.reset();
    m_store.setFailing(true);
    EXPECT_FALSE(m_course.questions().ok());
    EXPECT_FALSE(m_course.lesson(QStringLiteral("hypervisor")).ok());
    m_store.setFailing(false);
    EXPECT_TRUE(m_course.questions().ok()) << "a failed read is tried again";
    EXPECT_TRUE(m_course.lesson(QStringLiteral("hypervisor")).ok());
    EXPECT_EQ(m_store.reads("questions"), 3);
}

TEST_F(CourseCacheTest, search_always_asks_the_store)
{
    ASSERT_TRUE(m_course.search(QStringLiteral("hypervisor"), 10).ok());
    ASSERT_TRUE(m_course.search(QStringLiteral("hypervisor"), 10).ok());
    EXPECT_EQ(m_store.reads("search"), 2);
}

TEST(CourseCacheNamedTest, named_questions_come_from_the_bank_in_memory_or_from_the_store_alone)
{
    test::FakeContentRepository store { test::FakeContentRepository::bundledCourse() };
    CourseCache course { store };
    const QList<Question> bank = *store.questions();
    ASSERT_GE(bank.size(), 2);
    const QStringList ids { bank.at(1).id, bank.at(0).id };
    const auto fromStore = course.questionsNamed(ids);
    ASSERT_TRUE(fromStore.ok());
    EXPECT_EQ(store.reads("questionsNamedIds"), 2) << "the store reads those two";
    EXPECT_EQ(store.reads("questions"), 1) << "and not the bank (the read above is this test's)";
    ASSERT_TRUE(course.questions().ok());
    const auto fromMemory = course.questionsNamed(ids);
    ASSERT_TRUE(fromMemory.ok());
    EXPECT_EQ(store.reads("questionsNamed"), 1) << "with the bank in memory, the store is not asked";
    EXPECT_EQ(*fromMemory, *fromStore);
    EXPECT_EQ(*fromMemory, (QList<Question> { bank.at(0), bank.at(1) })) << "whole, in course order";
}
