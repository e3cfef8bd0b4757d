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

QString tr(const char* text) { return QCoreApplication::translate("demarc::EditorPage", text); }

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
    bind(lineBox("questionIdEdit"), PackSectionModel::QuestionId, tr("Id"));
    auto* type = new QComboBox;
    type->setObjectName(QStringLiteral("questionTypeCombo"));
    type->addItem(tr("Single answer"), QStringLiteral("single"));
    type->addItem(tr("Select all that apply"), QStringLiteral("multiple"));
    type->addItem(tr("True or false"), QStringLiteral("truefalse"));
    type->addItem(tr("Sort tasks by party"), QStringLiteral("classify"));
    type->addItem(tr("Split a shared control"), QStringLiteral("split"));
    bind(type, PackSectionModel::QuestionType, tr("Type"));
    bind(lineBox("questionTopicEdit", tr("a topic id, e.g. service-types")), PackSectionModel::QuestionTopic,
         tr("Topic"));
    bind(textBox("questionPromptEdit", 3), PackSectionModel::QuestionPrompt, tr("Prompt"));
    bind(lineBox("questionControlEdit", tr("split questions only, e.g. Patch management")),
         PackSectionModel::QuestionControl, tr("Control"));

    fields->addRow(tr("Choices"), choices);

    bind(lineBox("questionLessonEdit", tr("the lesson it belongs to")), PackSectionModel::QuestionLesson,
         tr("Lesson"));
    bind(lineBox("questionLayerEdit", tr("optional, e.g. guest-os")), PackSectionModel::QuestionLayer,
         tr("Layer"));
    bind(lineBox("questionModelEdit", tr("optional, e.g. paas")), PackSectionModel::QuestionModel,
         tr("Model"));
    bind(lineBox("questionServiceEdit", tr("optional, e.g. rds")), PackSectionModel::QuestionService,
         tr("Service"));
    bind(lineBox("questionFactsEdit", tr("fact numbers, e.g. 70, 71")), PackSectionModel::QuestionFacts,
         tr("Facts"));
    bind(lineBox("questionSourcesEdit", tr("source ids, e.g. srm, rds-m")), PackSectionModel::QuestionSources,
         tr("Sources"));
}

void EditorSection::bindLessonFields()
{
    bind(lineBox("lessonIdEdit"), PackSectionModel::LessonId, tr("Id"));
    bind(lineBox("lessonTopicEdit", tr("a topic id")), PackSectionModel::LessonTopic, tr("Topic"));
    bind(lineBox("lessonTitleEdit"), PackSectionModel::LessonTitle, tr("Title"));
    bind(textBox("lessonSummaryEdit", 2), PackSectionModel::LessonSummary, tr("Summary"));
    bind(textBox("lessonBodyEdit", 12), PackSectionModel::LessonBody, tr("Body (Markdown)"));
    bind(lineBox("lessonFactsEdit", tr("fact numbers, e.g. 4, 70")), PackSectionModel::LessonFacts,
         tr("Facts"));
    bind(lineBox("lessonSourcesEdit", tr("source ids, e.g. srm")), PackSectionModel::LessonSources,
         tr("Sources"));
}

void EditorSection::bindTermFields()
{
    bind(lineBox("termIdEdit"), PackSectionModel::TermId, tr("Id"));
    bind(lineBox("termTermEdit"), PackSectionModel::TermTerm, tr("Term"));
    bind(lineBox("termAliasesEdit", tr("comma-separated")), PackSectionModel::TermAliases,
         tr("Other spellings"));
    bind(textBox("termDefinitionEdit", 4), PackSectionModel::TermDefinition, tr("Definition"));
    bind(lineBox("termSourcesEdit", tr("source ids")), PackSectionModel::TermSources, tr("Sources"));
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
