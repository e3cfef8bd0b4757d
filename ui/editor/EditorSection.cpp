// SPDX-License-Identifier: GPL-3.0-or-later
#include "EditorSection.h"

#include "FormDelegate.h"
#include "PackSectionModel.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDataWidgetMapper>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace demarc {

namespace {

/** Where this file's texts are translated (lupdate reads the context from here too). */
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(demarc::EditorPage)
};

} // namespace

void EditorSection::bind(QWidget* widget, int column, const QString& label)
{
    mapper->addMapping(widget, column);
    widget->setAccessibleName(label);
    fields->addRow(label, widget);
    FormDelegate* d = delegate;
    if (auto* line = qobject_cast<QLineEdit*>(widget))
        QObject::connect(line, &QLineEdit::textEdited, d, [d, line] { d->commit(line); });
    else if (auto* plain = qobject_cast<QPlainTextEdit*>(widget))
        // Also when the form itself fills the box: writing the same text back changes nothing.
        QObject::connect(plain, &QPlainTextEdit::textChanged, d, [d, plain] { d->commit(plain); });
    else if (auto* combo = qobject_cast<QComboBox*>(widget))
        QObject::connect(combo, &QComboBox::activated, d, [d, combo] { d->commit(combo); });
}

void EditorSection::bindQuestionFields(QWidget* choices)
{
    bind(lineBox("questionIdEdit"), PackSectionModel::QuestionId, Text::tr("Id"));
    auto* type = new QComboBox;
    type->setObjectName(QStringLiteral("questionTypeCombo"));
    type->addItem(Text::tr("Single answer"), QStringLiteral("single"));
    type->addItem(Text::tr("Select all that apply"), QStringLiteral("multiple"));
    type->addItem(Text::tr("True or false"), QStringLiteral("truefalse"));
    type->addItem(Text::tr("Sort tasks by party"), QStringLiteral("classify"));
    type->addItem(Text::tr("Split a shared control"), QStringLiteral("split"));
    bind(type, PackSectionModel::QuestionType, Text::tr("Type"));
    bind(lineBox("questionTopicEdit", Text::tr("a topic id, e.g. service-types")),
         PackSectionModel::QuestionTopic, Text::tr("Topic"));
    bind(textBox("questionPromptEdit", 3), PackSectionModel::QuestionPrompt, Text::tr("Prompt"));
    bind(lineBox("questionControlEdit", Text::tr("split questions only, e.g. Patch management")),
         PackSectionModel::QuestionControl, Text::tr("Control"));

    fields->addRow(Text::tr("Choices"), choices);

    bind(lineBox("questionLessonEdit", Text::tr("the lesson it belongs to")),
         PackSectionModel::QuestionLesson, Text::tr("Lesson"));
    bind(lineBox("questionLayerEdit", Text::tr("optional, e.g. guest-os")), PackSectionModel::QuestionLayer,
         Text::tr("Layer"));
    bind(lineBox("questionModelEdit", Text::tr("optional, e.g. paas")), PackSectionModel::QuestionModel,
         Text::tr("Model"));
    bind(lineBox("questionServiceEdit", Text::tr("optional, e.g. rds")), PackSectionModel::QuestionService,
         Text::tr("Service"));
    bind(lineBox("questionFactsEdit", Text::tr("fact numbers, e.g. 70, 71")), PackSectionModel::QuestionFacts,
         Text::tr("Facts"));
    bind(lineBox("questionSourcesEdit", Text::tr("source ids, e.g. srm, rds-m")),
         PackSectionModel::QuestionSources, Text::tr("Sources"));
}

void EditorSection::bindLessonFields()
{
    bind(lineBox("lessonIdEdit"), PackSectionModel::LessonId, Text::tr("Id"));
    bind(lineBox("lessonTopicEdit", Text::tr("a topic id")), PackSectionModel::LessonTopic,
         Text::tr("Topic"));
    bind(lineBox("lessonTitleEdit"), PackSectionModel::LessonTitle, Text::tr("Title"));
    bind(textBox("lessonSummaryEdit", 2), PackSectionModel::LessonSummary, Text::tr("Summary"));
    bind(textBox("lessonBodyEdit", 12), PackSectionModel::LessonBody, Text::tr("Body (Markdown)"));
    bind(lineBox("lessonFactsEdit", Text::tr("fact numbers, e.g. 4, 70")), PackSectionModel::LessonFacts,
         Text::tr("Facts"));
    bind(lineBox("lessonSourcesEdit", Text::tr("source ids, e.g. srm")), PackSectionModel::LessonSources,
         Text::tr("Sources"));
}

void EditorSection::bindTermFields()
{
    bind(lineBox("termIdEdit"), PackSectionModel::TermId, Text::tr("Id"));
    bind(lineBox("termTermEdit"), PackSectionModel::TermTerm, Text::tr("Term"));
    bind(lineBox("termAliasesEdit", Text::tr("comma-separated")), PackSectionModel::TermAliases,
         Text::tr("Other spellings"));
    bind(textBox("termDefinitionEdit", 4), PackSectionModel::TermDefinition, Text::tr("Definition"));
    bind(lineBox("termSourcesEdit", Text::tr("source ids")), PackSectionModel::TermSources,
         Text::tr("Sources"));
}

QPlainTextEdit* textBox(const char* objectName, int lines)
{
    auto* edit = new QPlainTextEdit;
    edit->setObjectName(QLatin1String(objectName));
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    edit->setMaximumHeight(edit->fontMetrics().lineSpacing() * (lines * 3) + 12);
    return edit;
}

QLineEdit* lineBox(const char* objectName, const QString& placeholder)
{
    auto* edit = new QLineEdit;
    edit->setObjectName(QLatin1String(objectName));
    edit->setPlaceholderText(placeholder);
    return edit;
}

} // namespace demarc
