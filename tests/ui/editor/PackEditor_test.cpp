// SPDX-License-Identifier: GPL-3.0-or-later
// Editing a pack: every change undoable, typing in one field one step, the validator of
// --validate-pack run after every change, its problems found by item and field.
#include "core/quiz/QuizSession.h"
#include "ui/editor/ChoicesModel.h"
#include "ui/editor/PackEditor.h"
#include "ui/editor/PackSectionModel.h"
#include "ui/editor/QuestionPreview.h"
#include "ui/quiz/QuestionPane.h"

#include "support/FakeContentRepository.h"
#include "support/QtPrinters.h"
#include "support/TestFiles.h"
#include "ui/FakePackStore.h"
#include "ui/WidgetLookup.h"

#include <QAbstractItemModelTester>
#include <QDataWidgetMapper>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <memory>

using namespace demarc;

namespace {

class PackEditorTest : public testing::Test
{
protected:
    void SetUp() override
    {
        const PackParseResult r = PackParser::parseFile(test::fixture(QStringLiteral("packs/workshop.json")),
                                                        nullptr, m_store.bases());
        ASSERT_TRUE(r.ok());
        m_editor.setPack(*r.pack);
    }

    test::FakePackStore m_store;
    PackEditor m_editor { m_store.bases() };
    PackSectionModel m_questions { m_editor, PackSectionModel::Section::Questions };
    PackSectionModel m_lessons { m_editor, PackSectionModel::Section::Lessons };
    PackSectionModel m_terms { m_editor, PackSectionModel::Section::Glossary };
};

} // namespace

TEST_F(PackEditorTest, the_models_show_the_pack_field_by_field)
{
    QAbstractItemModelTester a(&m_questions, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester b(&m_lessons, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester c(&m_terms, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(m_questions.rowCount(), 2);
    EXPECT_EQ(m_questions.index(0, PackSectionModel::QuestionType).data().toString(),
              QStringLiteral("single"));
    EXPECT_EQ(m_questions.index(0, PackSectionModel::QuestionService).data().toString(),
              QStringLiteral("rds"));
    EXPECT_EQ(m_questions.index(0, PackSectionModel::QuestionFacts).data().toString(),
              QStringLiteral("70, 71"));
    EXPECT_EQ(m_lessons.index(0, PackSectionModel::LessonSources).data().toString(),
              QStringLiteral("srm, rds-m, seed-s2"));
    EXPECT_EQ(m_terms.index(0, PackSectionModel::TermTerm).data().toString(),
              QStringLiteral("Choosing a maintenance window"));
    EXPECT_TRUE(m_editor.problems().isEmpty());
    EXPECT_FALSE(m_editor.isModified());
    EXPECT_EQ(m_questions.index(1, 0).data(PackSectionModel::LabelRole).toString(),
              QStringLiteral("Sort the shop's tasks: whose job is each one?"));
}

TEST_F(PackEditorTest, edits_are_undone_and_redone_and_typing_in_one_field_is_one_step)
{
    const QModelIndex prompt = m_questions.index(0, PackSectionModel::QuestionPrompt);
    const QString original = prompt.data().toString();
    ASSERT_TRUE(m_questions.setData(prompt, QStringLiteral("W")));
    ASSERT_TRUE(m_questions.setData(prompt, QStringLiteral("Wh")));
    ASSERT_TRUE(m_questions.setData(prompt, QStringLiteral("Who patches RDS?")));
    EXPECT_EQ(m_editor.undoStack()->count(), 1) << "one field typed into is one step";
    EXPECT_EQ(m_editor.undoStack()->undoText(), QStringLiteral("Edit prompt"));
    EXPECT_TRUE(m_editor.isModified());
    ASSERT_TRUE(m_questions.setData(m_questions.index(0, PackSectionModel::QuestionFacts),
                                    QStringLiteral("70, seventy, 72")));
    EXPECT_EQ(m_editor.pack().questions.first().facts, (QList<int> { 70, 72 }));
    EXPECT_EQ(m_editor.undoStack()->count(), 2);

    m_editor.undoStack()->undo();
    m_editor.undoStack()->undo();
    EXPECT_EQ(m_editor.pack().questions.first().prompt, original);
    EXPECT_FALSE(m_editor.isModified());
    m_editor.undoStack()->redo();
    EXPECT_EQ(m_questions.index(0, PackSectionModel::QuestionPrompt).data().toString(),
              QStringLiteral("Who patches RDS?"));
    EXPECT_FALSE(m_questions.setData(m_questions.index(0, PackSectionModel::QuestionPrompt),
                                     QStringLiteral("Who patches RDS?")))
        << "the same text is no change";
}

TEST_F(PackEditorTest, problems_follow_every_change_and_point_at_their_field)
{
    const QModelIndex topic = m_questions.index(0, PackSectionModel::QuestionTopic);
    ASSERT_TRUE(m_questions.setData(topic, QStringLiteral("workshops")));
    ASSERT_EQ(m_editor.problems().size(), 1);
    EXPECT_EQ(m_editor.problems().first().pointer, QStringLiteral("/questions/0/topic"));
    EXPECT_EQ(topic.data(PackSectionModel::ProblemsRole).toString(),
              QStringLiteral("unknown topic \"workshops\" (known: analogy, aws-side, controls, "
                             "customer-side, definition, exam, "
                             "key-terms, nuances, service-types, workshop)"));
    EXPECT_TRUE(m_questions.index(0, PackSectionModel::QuestionPrompt)
                    .data(PackSectionModel::ProblemsRole)
                    .toString()
                    .isEmpty());
    EXPECT_TRUE(m_questions.index(0, 0)
                    .data(PackSectionModel::LabelRole)
                    .toString()
                    .startsWith(QStringLiteral("⚠ ")));
    EXPECT_FALSE(m_questions.index(1, 0)
                     .data(PackSectionModel::LabelRole)
                     .toString()
                     .startsWith(QStringLiteral("⚠ ")));
    m_editor.undoStack()->undo();
    EXPECT_TRUE(m_editor.problems().isEmpty());

    // A course topic is as good as the pack's own.
    ASSERT_TRUE(m_questions.setData(topic, QStringLiteral("service-types")));
    EXPECT_TRUE(m_editor.problems().isEmpty());
}

TEST_F(PackEditorTest, a_large_pack_is_checked_in_the_background_and_its_latest_version_counts)
{
    m_editor.setSynchronousCheckLimit(0); // as for a department's bank of thousands of questions
    QSignalSpy landed(&m_editor, &PackEditor::problemsChanged);
    QSignalSpy marks(&m_questions, &QAbstractItemModel::dataChanged);
    const QModelIndex topic = m_questions.index(0, PackSectionModel::QuestionTopic);
    ASSERT_TRUE(m_questions.setData(topic, QStringLiteral("workshops")));
    EXPECT_TRUE(m_editor.isChecking());
    EXPECT_TRUE(m_editor.problems().isEmpty()) << "the change has not been checked yet";
    // Two more changes while the first is checked: only the pack as it ends up is reported.
    ASSERT_TRUE(m_questions.setData(topic, QStringLiteral("workshop")));
    ASSERT_TRUE(m_questions.setData(topic, QStringLiteral("nowhere")));
    ASSERT_TRUE(landed.wait(10000));
    EXPECT_EQ(landed.size(), 1) << "no result for a version of the pack that is gone";
    EXPECT_FALSE(m_editor.isChecking());
    ASSERT_EQ(m_editor.problems().size(), 1);
    EXPECT_TRUE(m_editor.problems().first().message.contains(QStringLiteral("\"nowhere\"")));
    EXPECT_FALSE(marks.isEmpty()) << "the list's problem marks are told that they changed";
    EXPECT_TRUE(m_questions.index(0, 0).data(PackSectionModel::LabelRole).toString().startsWith(u'⚠'));

    m_editor.undoStack()->undo();
    m_editor.finishChecking(); // what saving does: the pack as it is, checked now
    EXPECT_FALSE(m_editor.isChecking());
    EXPECT_TRUE(m_editor.problems().isEmpty());
    QTest::qWait(50); // the background check of the undo lands and changes nothing
    EXPECT_TRUE(m_editor.problems().isEmpty());
    EXPECT_FALSE(m_editor.isChecking());
}

TEST_F(PackEditorTest, an_editor_closed_while_a_check_runs_waits_for_it)
{
    auto editor = std::make_unique<PackEditor>(m_store.bases());
    editor->setSynchronousCheckLimit(0);
    editor->setPack(m_editor.pack());
    EXPECT_TRUE(editor->isChecking());
    QCoreApplication::processEvents(); // the check starts once the pack is on screen
    editor.reset(); // no crash, nothing left running (the sanitizers watch)
    QTest::qWait(20);
}

TEST_F(PackEditorTest, a_new_question_starts_with_what_it_still_needs_listed)
{
    const int row = m_questions.addItem();
    EXPECT_EQ(row, 2);
    ASSERT_EQ(m_questions.rowCount(), 3);
    EXPECT_EQ(m_editor.pack().questions.last().id, QStringLiteral("question-3"));
    EXPECT_EQ(m_questions.index(row, PackSectionModel::QuestionTopic).data().toString(),
              QStringLiteral("workshop"));
    const QString problems = m_editor.problemTextUnder(m_questions.pointer(row));
    EXPECT_TRUE(problems.contains(QStringLiteral("\"prompt\" must not be empty"))) << problems.toStdString();
    EXPECT_TRUE(problems.contains(QStringLiteral("\"text\" must not be empty"))) << problems.toStdString();
    EXPECT_TRUE(problems.contains(QStringLiteral("every choice needs an explanation")))
        << problems.toStdString();
    m_editor.undoStack()->undo();
    EXPECT_EQ(m_questions.rowCount(), 2);

    m_lessons.removeItem(0);
    EXPECT_EQ(m_lessons.rowCount(), 0);
    // The questions still name the lesson: the validator says so at each.
    EXPECT_EQ(m_editor.problemTextUnder(QStringLiteral("/questions/0")),
              QStringLiteral("unknown lesson \"workshop-web-shop\""));
}

TEST_F(PackEditorTest, changing_the_type_gives_each_choice_the_other_kind_of_answer)
{
    const QModelIndex type = m_questions.index(0, PackSectionModel::QuestionType);
    ASSERT_TRUE(m_questions.setData(type, QStringLiteral("classify")));
    for (const Choice& c : m_editor.pack().questions.first().choices) {
        EXPECT_EQ(c.party, Party::Customer);
        EXPECT_FALSE(c.correct);
    }
    EXPECT_TRUE(m_editor.problems().isEmpty())
        << m_editor.problemTextUnder(QStringLiteral("/questions")).toStdString();
    ASSERT_TRUE(m_questions.setData(type, QStringLiteral("single")));
    EXPECT_FALSE(m_editor.pack().questions.first().choices.first().party.has_value());
    EXPECT_EQ(m_editor.problemTextUnder(QStringLiteral("/questions/0")),
              QStringLiteral("no choice is marked correct"));
    EXPECT_FALSE(m_questions.setData(type, QStringLiteral("essay"))) << "not a type";
}

TEST_F(PackEditorTest, a_form_bound_with_a_data_widget_mapper_edits_through_the_undo_stack)
{
    QLineEdit title;
    QPlainTextEdit body;
    QDataWidgetMapper mapper;
    mapper.setModel(&m_lessons);
    mapper.setSubmitPolicy(QDataWidgetMapper::AutoSubmit);
    mapper.addMapping(&title, PackSectionModel::LessonTitle);
    mapper.addMapping(&body, PackSectionModel::LessonBody, "plainText");
    mapper.toFirst();
    EXPECT_EQ(title.text(), QStringLiteral("Who secures the web shop?"));
    EXPECT_TRUE(body.toPlainText().startsWith(QStringLiteral("A small shop")));

    title.setText(QStringLiteral("Securing the web shop"));
    mapper.submit();
    EXPECT_EQ(m_editor.pack().lessons.first().title, QStringLiteral("Securing the web shop"));
    m_editor.undoStack()->undo();
    EXPECT_EQ(title.text(), QStringLiteral("Who secures the web shop?")) << "the form follows the undo";
    EXPECT_EQ(mapper.currentIndex(), 0);
}

TEST_F(PackEditorTest, a_saved_pack_is_the_edited_one)
{
    ASSERT_TRUE(m_questions.setData(m_questions.index(0, PackSectionModel::QuestionPrompt),
                                    QStringLiteral("Who patches RDS engines?")));
    auto saved = m_store.savePack(m_editor.pack());
    ASSERT_TRUE(saved.ok()) << saved.errorMessage().toStdString();
    m_editor.markSaved();
    EXPECT_FALSE(m_editor.isModified());
    ASSERT_EQ(m_store.saved.size(), 1);
    EXPECT_EQ(m_store.saved.first().questions.first().prompt, QStringLiteral("Who patches RDS engines?"));
    EXPECT_EQ(m_store.pack(QStringLiteral("web-shop-workshop"))->questions.first().prompt,
              QStringLiteral("Who patches RDS engines?"));
}

TEST_F(PackEditorTest, choices_are_edited_marked_sorted_and_moved_with_undo)
{
    ChoicesModel choices(m_editor);
    QAbstractItemModelTester tester(&choices, QAbstractItemModelTester::FailureReportingMode::Fatal);
    choices.setQuestion(0);
    ASSERT_EQ(choices.rowCount(), 2);
    EXPECT_FALSE(choices.assignsParties());
    EXPECT_EQ(choices.index(0, ChoicesModel::Answer).data(Qt::CheckStateRole).toInt(), Qt::Checked);
    EXPECT_EQ(choices.index(1, ChoicesModel::Answer).data().toString(), QStringLiteral("Wrong"));
    EXPECT_EQ(choices.headerData(ChoicesModel::Answer, Qt::Horizontal).toString(), QStringLiteral("Right?"));

    // Both right: a single-answer question says what is wrong with it, at its choices.
    ASSERT_TRUE(choices.setData(choices.index(1, ChoicesModel::Answer), Qt::Checked, Qt::CheckStateRole));
    EXPECT_EQ(m_editor.problemTextUnder(QStringLiteral("/questions/0")),
              QStringLiteral("a single-answer question needs exactly one correct choice; this one has 2"));
    m_editor.undoStack()->undo();
    EXPECT_TRUE(m_editor.problems().isEmpty());

    const int added = choices.addChoice();
    EXPECT_EQ(added, 2);
    EXPECT_EQ(m_editor.pack().questions.first().choices.last().id, QStringLiteral("a"))
        << "the first free letter";
    EXPECT_TRUE(choices.index(added, ChoicesModel::Explanation)
                    .data(ChoicesModel::ProblemsRole)
                    .toString()
                    .contains(QStringLiteral("every choice needs an explanation")));
    ASSERT_TRUE(choices.setData(choices.index(added, ChoicesModel::Text),
                                QStringLiteral("Amazon, if the shop asks")));
    ASSERT_TRUE(choices.setData(choices.index(added, ChoicesModel::Explanation),
                                QStringLiteral("Nobody needs to ask: it is AWS's job.")));
    EXPECT_TRUE(m_editor.problems().isEmpty());
    choices.moveChoice(added, -1);
    EXPECT_EQ(m_editor.pack().questions.first().choices.at(1).id, QStringLiteral("a"));
    choices.removeChoice(1);
    EXPECT_EQ(choices.rowCount(), 2);
    m_editor.undoStack()->undo();
    EXPECT_EQ(choices.rowCount(), 3);

    // A sorting question: the answer is a party.
    choices.setQuestion(1);
    EXPECT_TRUE(choices.assignsParties());
    EXPECT_EQ(choices.index(2, ChoicesModel::Answer).data().toString(), QStringLiteral("AWS"));
    EXPECT_EQ(choices.headerData(ChoicesModel::Answer, Qt::Horizontal).toString(),
              QStringLiteral("Whose job"));
    ASSERT_TRUE(choices.setData(choices.index(2, ChoicesModel::Answer), QStringLiteral("shared")));
    EXPECT_EQ(m_editor.pack().questions.at(1).choices.at(2).party, Party::Shared);
    EXPECT_FALSE(choices.setData(choices.index(2, ChoicesModel::Answer), QStringLiteral("nobody")));
    m_editor.undoStack()->undo();
    EXPECT_EQ(m_editor.pack().questions.at(1).choices.at(2).party, Party::Aws);
}

TEST_F(PackEditorTest, rows_added_removed_and_moved_are_told_as_such_not_as_a_new_list)
{
    QAbstractItemModelTester checkQuestions(&m_questions,
                                            QAbstractItemModelTester::FailureReportingMode::Fatal);
    ChoicesModel choices(m_editor);
    choices.setQuestion(0);
    QAbstractItemModelTester checkChoices(&choices, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy inserted(&m_questions, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&m_questions, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&m_questions, &QAbstractItemModel::modelReset);

    const int row = m_questions.addItem();
    EXPECT_EQ(row, 2);
    ASSERT_EQ(inserted.size(), 1);
    EXPECT_EQ(inserted.first().at(1).toInt(), 2);
    EXPECT_EQ(inserted.first().at(2).toInt(), 2);
    m_editor.undoStack()->undo();
    ASSERT_EQ(removed.size(), 1);
    EXPECT_EQ(removed.first().at(1).toInt(), 2);
    m_questions.removeItem(0);
    ASSERT_EQ(removed.size(), 2);
    EXPECT_EQ(removed.last().at(1).toInt(), 0);
    EXPECT_EQ(m_questions.rowCount(), 1);
    m_editor.undoStack()->undo(); // the first question comes back in its place
    ASSERT_EQ(inserted.size(), 2);
    EXPECT_EQ(inserted.last().at(1).toInt(), 0);
    EXPECT_EQ(m_questions.index(0, PackSectionModel::QuestionId).data().toString(),
              QStringLiteral("workshop-rds-engine-patch"));
    EXPECT_TRUE(reset.isEmpty()) << "no change here makes a new list";

    QSignalSpy moved(&choices, &QAbstractItemModel::rowsMoved);
    QSignalSpy choicesReset(&choices, &QAbstractItemModel::modelReset);
    const QString first = choices.index(0, ChoicesModel::Id).data().toString();
    choices.moveChoice(0, +1);
    ASSERT_EQ(moved.size(), 1);
    EXPECT_EQ(choices.index(1, ChoicesModel::Id).data().toString(), first);
    const int before = choices.rowCount();
    EXPECT_EQ(choices.addChoice(), before);
    EXPECT_EQ(choices.rowCount(), before + 1);
    EXPECT_TRUE(choicesReset.isEmpty());

    // Another pack with other questions is a new list.
    Pack other = m_editor.pack();
    other.questions.append(other.questions.first());
    for (Question& q : other.questions)
        q.id.prepend(QStringLiteral("other-"));
    m_editor.setPack(other);
    EXPECT_EQ(reset.size(), 1);
    EXPECT_EQ(m_questions.rowCount(), 3);
}

TEST_F(PackEditorTest, the_preview_asks_the_edited_question_as_the_quiz_does_and_records_nothing)
{
    test::FakeContentRepository course(test::FakeContentRepository::bundledCourse());
    QuestionPreview preview(course);
    preview.resize(900, 700);
    ASSERT_TRUE(
        m_questions.setData(m_questions.index(0, PackSectionModel::QuestionPrompt),
                            QStringLiteral("Who patches the database engine of the shop's RDS instance?")));
    const Pack& pack = m_editor.pack();
    ASSERT_TRUE(preview.preview(pack.questions.first(), pack.topics).ok());
    EXPECT_TRUE(preview.isAsking());
    auto* prompt = test::findChildOrFail<QLabel>(&preview, "quizPromptLabel");
    EXPECT_EQ(prompt->text(), QStringLiteral("Who patches the database engine of the shop's RDS instance?"));
    EXPECT_EQ(test::findChildOrFail<QLabel>(&preview, "quizTopicLabel")->text(),
              QStringLiteral("Topic: Workshop: a web shop on AWS"));
    ASSERT_NE(preview.session(), nullptr);
    EXPECT_EQ(preview.session()->current().id, QStringLiteral("workshop-rds-engine-patch"));

    // Answered by keys, as in the quiz: the feedback shows the choice's explanation.
    preview.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&preview));
    QTest::keyClick(preview.pane(), Qt::Key_1);
    QTest::keyClick(preview.pane(), Qt::Key_Return);
    auto* feedback = test::findChildOrFail<QWidget>(&preview, "feedbackBox");
    EXPECT_TRUE(feedback->isVisible());
    auto* browser = test::findChildOrFail<QTextBrowser>(&preview, "feedbackBrowser");
    EXPECT_TRUE(browser->toPlainText().contains(QStringLiteral("RDS is managed")))
        << browser->toPlainText().toStdString();
    // A trial has no flag, skip or end, and no summary: it asks the question again.
    EXPECT_FALSE(test::findChildOrFail<QWidget>(&preview, "flagButton")->isVisible());
    EXPECT_FALSE(test::findChildOrFail<QWidget>(&preview, "endQuizButton")->isVisible());
    EXPECT_FALSE(test::findChildOrFail<QWidget>(&preview, "skipButton")->isVisible());
    auto* primary = test::findChildOrFail<QPushButton>(&preview, "primaryButton");
    EXPECT_TRUE(primary->text().startsWith(QStringLiteral("Ask again")));
    QTest::keyClick(preview.pane(), Qt::Key_Return);
    EXPECT_FALSE(feedback->isVisible());
    ASSERT_NE(preview.session(), nullptr);
    EXPECT_FALSE(preview.session()->isAnswered());
    EXPECT_FALSE(primary->isEnabled());

    // A question with problems is not asked; the reason is.
    ASSERT_TRUE(
        preview.preview(pack.questions.first(), pack.topics, QStringLiteral("no choice is marked correct"))
            .ok());
    EXPECT_FALSE(preview.isAsking());
    EXPECT_TRUE(test::findChildOrFail<QLabel>(&preview, "previewReason")
                    ->text()
                    .endsWith(QStringLiteral("no choice is marked correct")));
}
