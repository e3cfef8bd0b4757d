// SPDX-License-Identifier: GPL-3.0-or-later
#include "GettingStartedDialog.h"

#include "ui/common/Controls.h"
#include "ui/common/Heading.h"
#include "ui/common/ReadingBrowser.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace demarc {

QList<GettingStartedDialog::Page> GettingStartedDialog::pages()
{
    return {
        { QStringLiteral("home"), tr("Home: where each day starts"),
          tr("Home says what to do next: the first lesson when you are new, then the lesson to continue, "
             "what "
             "is due for review today, your daily goal and streak, and how well you know each topic. "
             "**Practise** beside a topic gives a round of 10 questions on it. `Alt+Home` comes back "
             "here.") },
        { QStringLiteral("lessons"), tr("Lessons: read the course"),
          tr("Short lessons in reading order, from *security of the cloud* and *security in the cloud* to "
             "how "
             "the line moves from IaaS to SaaS. A lesson you have opened is ticked ✓. Key terms in bold open "
             "their glossary entry; the sources are listed under each lesson. `Ctrl+1`.") },
        { QStringLiteral("diagram"), tr("Diagram: who secures each layer"),
          tr("The stack from the data centre up to your data, drawn for one service or model at a time. "
             "Choose "
             "another in **Show for** to watch the line between AWS and you move; **Compare with** puts two "
             "side "
             "by side. Arrow keys move through the layers and say why each is whose. `Ctrl+2`.") },
        { QStringLiteral("matrix"), tr("Matrix: every layer under every model"),
          tr("The same answers as a table: layers down the side, IaaS, PaaS, SaaS and the services across. A "
             "cell shows its party in words and colour; its details give the reason and the sources. "
             "`Ctrl+3`.") },
        { QStringLiteral("quiz"), tr("Quiz: check what you know"),
          tr("*Practice* explains every option the moment you check an answer; an *exam* waits until the end "
             "and "
             "is passed at 100 %. Choose topics and a length, or retry your mistakes. Keys: `1`–`9` choose, "
             "`Space` or `Enter` check and go on, `F` flags a question. `Ctrl+5`.") },
        { QStringLiteral("review"), tr("Review and Progress: keep it"),
          tr("Questions and glossary terms come back for review just before you would forget them; Review "
             "lists "
             "what you missed, with explanations, and Progress shows mastery per topic and your answers per "
             "day. "
             "`Ctrl+6`, `Ctrl+7`.") },
        { QStringLiteral("notes"), tr("Notes and study notes"),
          tr("Write a note on any lesson, layer, cell, term or question (`Ctrl+Shift+N`), bookmark it "
             "(`Ctrl+D`), and "
             "find them all in Notes. **File → Export Study Notes** writes the course and your notes as "
             "Markdown, "
             "HTML or PDF. `Ctrl+8`.") },
        { QString(), tr("Teaching with Demarc"),
          tr("**View → Presenter Mode** (`F5`) shows the diagram, the matrix and quiz questions full screen "
             "for a "
             "class: the arrow keys step through, `R` reveals the answer. **F1** lists every key the app "
             "answers to.") },
    };
}

GettingStartedDialog::GettingStartedDialog(QWidget* parent)
    : QDialog(parent)
    , m_pages(pages())
    , m_step(new QLabel)
    , m_title(heading({}, 1.5, "tourTitle"))
    , m_text(new ReadingBrowser)
    , m_back(new QPushButton(tr("← &Back")))
    , m_next(new QPushButton(tr("&Next →")))
    , m_open(new QPushButton)
{
    setObjectName(QStringLiteral("gettingStartedDialog"));
    setWindowTitle(tr("Getting Started"));
    m_step->setObjectName(QStringLiteral("tourStep"));
    m_step->setForegroundRole(QPalette::PlaceholderText);
    m_text->setObjectName(QStringLiteral("tourText"));
    m_text->setAccessibleName(tr("About this view"));
    m_back->setObjectName(QStringLiteral("tourBackButton"));
    m_back->setAccessibleName(controls::spokenText(m_back->text()));
    m_next->setObjectName(QStringLiteral("tourNextButton"));
    m_next->setAccessibleName(controls::spokenText(m_next->text()));
    m_open->setObjectName(QStringLiteral("tourOpenButton"));
    auto* close = new QPushButton(tr("&Close"));
    close->setObjectName(QStringLiteral("tourCloseButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addStretch();
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    buttons->addWidget(close);
    auto* v = new QVBoxLayout(this);
    v->addWidget(m_step);
    v->addWidget(m_title);
    v->addWidget(m_text, 1);
    v->addLayout(buttons);
    resize(fontMetrics().averageCharWidth() * 80, fontMetrics().height() * 22);

    connect(m_back, &QPushButton::clicked, this, [this] { showPage(m_at - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { showPage(m_at + 1); });
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_open, &QPushButton::clicked, this, [this] {
        emit viewRequested(m_pages.at(m_at).view);
        accept();
    });
    showPage(0);
}

void GettingStartedDialog::showPage(int index)
{
    if (index < 0 || index >= m_pages.size())
        return;
    m_at = index;
    const Page& page = m_pages.at(index);
    m_step->setText(tr("Step %1 of %2").arg(index + 1).arg(m_pages.size()));
    m_title->setText(page.title);
    m_text->setReadingMarkdown(page.text);
    m_back->setEnabled(index > 0);
    m_next->setEnabled(index + 1 < m_pages.size());
    m_next->setDefault(index + 1 < m_pages.size());
    m_open->setVisible(!page.view.isEmpty());
    controls::setShownText(m_open, tr("&Open this view"));
    (index + 1 < m_pages.size() ? m_next : m_open->isVisible() ? m_open : m_back)->setFocus();
}

} // namespace demarc
