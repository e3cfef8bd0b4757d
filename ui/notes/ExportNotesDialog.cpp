// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportNotesDialog.h"

#include "core/ContentRepository.h"
#include "core/LearnerRepository.h"
#include "ui/common/Controls.h"
#include "ui/common/Metrics.h"
#include "ui/paint/ViewIcons.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace demarc {

namespace {

struct PartEntry
{
    StudyNotesOptions::Part part;
    const char* name; // as on the command line
    const char* label;
};

// In document order.
constexpr PartEntry PartEntries[] = {
    { StudyNotesOptions::Progress, "progress",
      QT_TRANSLATE_NOOP("demarc::ExportNotesDialog", "&Progress summary") },
    { StudyNotesOptions::Lessons, "lessons", QT_TRANSLATE_NOOP("demarc::ExportNotesDialog", "&Lessons") },
    { StudyNotesOptions::Diagram, "diagram",
      QT_TRANSLATE_NOOP("demarc::ExportNotesDialog", "&Diagrams of the chosen services") },
    { StudyNotesOptions::Matrix, "matrix",
      QT_TRANSLATE_NOOP("demarc::ExportNotesDialog", "&Matrix (IaaS, PaaS, SaaS and the chosen services)") },
    { StudyNotesOptions::Controls, "controls",
      QT_TRANSLATE_NOOP("demarc::ExportNotesDialog", "IT &controls table") },
    { StudyNotesOptions::Areas, "areas",
      QT_TRANSLATE_NOOP("demarc::ExportNotesDialog", "C&ustomer-managed areas table") },
    { StudyNotesOptions::Glossary, "glossary", QT_TRANSLATE_NOOP("demarc::ExportNotesDialog", "&Glossary") },
    { StudyNotesOptions::Missed, "missed",
      QT_TRANSLATE_NOOP("demarc::ExportNotesDialog", "Questions I m&issed, with explanations") },
    { StudyNotesOptions::MyNotes, "notes",
      QT_TRANSLATE_NOOP("demarc::ExportNotesDialog", "My &notes and bookmarks") },
};

QStringList checkedIds(const QListWidget* list)
{
    QStringList ids;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            ids.append(list->item(i)->data(Qt::UserRole).toString());
    }
    return ids;
}

void checkIds(QListWidget* list, const QStringList& ids, bool all = false)
{
    for (int i = 0; i < list->count(); ++i) {
        QListWidgetItem* item = list->item(i);
        item->setCheckState(all || ids.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                     : Qt::Unchecked);
    }
}

QPushButton* smallButton(const QString& text, const QString& objectName)
{
    auto* button = new QPushButton(text);
    button->setObjectName(objectName);
    button->setAutoDefault(false);
    return button;
}

} // namespace

ExportNotesDialog::ExportNotesDialog(const ContentRepository& content, const LearnerRepository& learner,
                                     QWidget* parent)
    : QDialog(parent)
    , m_content(content)
    , m_learner(learner)
    , m_allTopics(new QRadioButton(tr("&All topics")))
    , m_someTopics(new QRadioButton(tr("C&hosen topics:")))
    , m_topics(controls::wrappingList(QStringLiteral("exportTopics"), tr("Topics to include")))
    , m_services(controls::wrappingList(QStringLiteral("exportServices"), tr("Services to draw")))
    , m_format(new QComboBox)
    , m_paper(new QComboBox)
    , m_problem(new QLabel)
    , m_export(new QPushButton(tr("&Export…")))
    , m_print(new QPushButton(tr("P&rint…")))
    , m_folder(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
{
    setWindowTitle(tr("Export Study Notes"));
    setObjectName(QStringLiteral("exportNotesDialog"));
    m_export->setIcon(viewicons::action(QStringLiteral("export")));
    m_print->setIcon(viewicons::action(QStringLiteral("print")));

    QGroupBox* include = buildPartsBox();
    QGroupBox* topics = buildTopicsBox();
    QGroupBox* services = buildServicesBox();

    QLayout* formatLayout = buildFormatRow();

    m_problem->setObjectName(QStringLiteral("exportProblem"));
    m_problem->setWordWrap(true);

    auto* buttons = new QDialogButtonBox;
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setDefault(true);
    m_print->setObjectName(QStringLiteral("printButton"));
    m_print->setAutoDefault(false);
    buttons->addButton(m_export, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_print, QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Close);
    connect(m_export, &QPushButton::clicked, this, &ExportNotesDialog::chooseFileAndExport);
    connect(m_print, &QPushButton::clicked, this, &ExportNotesDialog::choosePrinterAndPrint);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* choices = new QHBoxLayout;
    choices->addWidget(include, 0);
    choices->addWidget(topics, 3);
    choices->addWidget(services, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(choices, 1);
    layout->addLayout(formatLayout);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    updateState();
}

QGroupBox* ExportNotesDialog::buildPartsBox()
{
    auto* include = new QGroupBox(tr("Include"));
    auto* includeLayout = new QVBoxLayout(include);
    for (const PartEntry& entry : PartEntries) {
        auto* box = new QCheckBox(tr(entry.label));
        box->setObjectName(QStringLiteral("exportPart_") + QLatin1String(entry.name));
        box->setChecked(true);
        connect(box, &QCheckBox::toggled, this, &ExportNotesDialog::updateState);
        includeLayout->addWidget(box);
        m_parts.append({ entry.part, box });
    }
    auto* partButtons = new QHBoxLayout;
    QPushButton* allParts = smallButton(tr("Everything"), QStringLiteral("exportAllParts"));
    QPushButton* noParts = smallButton(tr("Nothing"), QStringLiteral("exportNoParts"));
    partButtons->addWidget(allParts);
    partButtons->addWidget(noParts);
    partButtons->addStretch();
    includeLayout->addLayout(partButtons);
    includeLayout->addStretch();
    connect(allParts, &QPushButton::clicked, this, [this] {
        for (const auto& [part, box] : std::as_const(m_parts))
            box->setChecked(true);
    });
    connect(noParts, &QPushButton::clicked, this, [this] {
        for (const auto& [part, box] : std::as_const(m_parts))
            box->setChecked(false);
    });
    return include;
}

QGroupBox* ExportNotesDialog::buildTopicsBox()
{
    auto* topics = new QGroupBox(tr("Lessons and missed questions from"));
    topics->setObjectName(QStringLiteral("exportTopicsGroup"));
    auto* topicsLayout = new QVBoxLayout(topics);
    m_allTopics->setObjectName(QStringLiteral("exportAllTopics"));
    m_someTopics->setObjectName(QStringLiteral("exportSomeTopics"));
    m_allTopics->setChecked(true);
    topicsLayout->addWidget(m_allTopics);
    topicsLayout->addWidget(m_someTopics);
    topicsLayout->addWidget(m_topics);
    connect(m_someTopics, &QRadioButton::toggled, this, &ExportNotesDialog::updateState);
    connect(m_topics, &QListWidget::itemChanged, this, [this](QListWidgetItem*) {
        if (!m_someTopics->isChecked())
            m_someTopics->setChecked(true);
        updateState();
    });
    return topics;
}

QGroupBox* ExportNotesDialog::buildServicesBox()
{
    auto* services = new QGroupBox(tr("Diagrams and matrix columns for"));
    services->setObjectName(QStringLiteral("exportServicesGroup"));
    auto* servicesLayout = new QVBoxLayout(services);
    servicesLayout->addWidget(m_services);
    auto* serviceButtons = new QHBoxLayout;
    QPushButton* allServices = smallButton(tr("All"), QStringLiteral("exportAllServices"));
    QPushButton* defaultServices = smallButton(tr("Usual ones"), QStringLiteral("exportDefaultServices"));
    defaultServices->setToolTip(tr("The service models, Amazon EC2, Amazon RDS, AWS Lambda and Amazon S3"));
    serviceButtons->addWidget(allServices);
    serviceButtons->addWidget(defaultServices);
    serviceButtons->addStretch();
    servicesLayout->addLayout(serviceButtons);
    connect(m_services, &QListWidget::itemChanged, this, &ExportNotesDialog::updateState);
    connect(allServices, &QPushButton::clicked, this, [this] { checkIds(m_services, {}, true); });
    connect(defaultServices, &QPushButton::clicked, this, [this] {
        auto stack = m_content.responsibilityStack();
        if (stack)
            checkIds(m_services, StudyNotesOptions::defaultServices(*stack));
    });
    return services;
}

QLayout* ExportNotesDialog::buildFormatRow()
{
    m_format->setObjectName(QStringLiteral("exportFormat"));
    m_format->addItem(tr("PDF document (.pdf)"), int(Format::Pdf));
    m_format->addItem(tr("Web page (.html)"), int(Format::Html));
    m_format->addItem(tr("Markdown (.md)"), int(Format::Markdown));
    m_paper->setObjectName(QStringLiteral("exportPaper"));
    m_paper->addItem(tr("A4"), int(studynotes::Paper::A4));
    m_paper->addItem(tr("US Letter"), int(studynotes::Paper::Letter));
    if (QLocale().measurementSystem() == QLocale::ImperialUSSystem)
        m_paper->setCurrentIndex(1);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportNotesDialog::updateState);
    auto* formatLayout = new QHBoxLayout;
    auto* formatLabel = new QLabel(tr("&Format:"));
    formatLabel->setBuddy(m_format);
    auto* paperLabel = new QLabel(tr("Paper si&ze (PDF and print):"));
    paperLabel->setBuddy(m_paper);
    formatLayout->addWidget(formatLabel);
    formatLayout->addWidget(m_format);
    formatLayout->addSpacing(metrics::Page);
    formatLayout->addWidget(paperLabel);
    formatLayout->addWidget(m_paper);
    formatLayout->addStretch();
    return formatLayout;
}

Status ExportNotesDialog::reload()
{
    auto topics = m_content.topics();
    if (!topics)
        return Error { topics.errorMessage() };
    auto stack = m_content.responsibilityStack();
    if (!stack)
        return Error { stack.errorMessage() };

    const bool firstLoad = m_services->count() == 0;
    const QStringList chosenTopics = checkedIds(m_topics);
    const QStringList chosenServices =
        firstLoad ? StudyNotesOptions::defaultServices(*stack) : checkedIds(m_services);
    const QSignalBlocker topicsBlocker(m_topics);
    const QSignalBlocker servicesBlocker(m_services);
    m_topics->clear();
    for (const Topic& topic : std::as_const(*topics)) {
        auto* item = new QListWidgetItem(topic.title, m_topics);
        item->setData(Qt::UserRole, topic.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(chosenTopics.contains(topic.id) ? Qt::Checked : Qt::Unchecked);
    }
    m_services->clear();
    for (const QList<StackSelection>& group : { stack->modelSelections(), stack->serviceSelections() }) {
        for (const StackSelection& s : group) {
            auto* item = new QListWidgetItem(s.shortName(), m_services);
            item->setToolTip(s.name);
            item->setData(Qt::UserRole, s.id);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            item->setCheckState(chosenServices.contains(s.id) ? Qt::Checked : Qt::Unchecked);
        }
    }
    updateState();
    return {};
}

StudyNotesOptions ExportNotesDialog::options() const
{
    StudyNotesOptions options;
    options.parts = 0;
    for (const auto& [part, box] : m_parts) {
        if (box->isChecked())
            options.parts |= part;
    }
    if (m_someTopics->isChecked())
        options.topics = checkedIds(m_topics);
    const QStringList services = checkedIds(m_services);
    options.allServices = m_services->count() > 0 && services.size() == m_services->count();
    if (!options.allServices)
        options.services = services;
    return options;
}

void ExportNotesDialog::setOptions(const StudyNotesOptions& options)
{
    for (const auto& [part, box] : std::as_const(m_parts))
        box->setChecked(options.has(part));
    {
        const QSignalBlocker blocker(m_topics);
        checkIds(m_topics, options.topics);
    }
    (options.topics.isEmpty() ? m_allTopics : m_someTopics)->setChecked(true);
    if (options.allServices) {
        checkIds(m_services, {}, true);
    } else if (!options.services.isEmpty()) {
        checkIds(m_services, options.services);
    } else if (auto stack = m_content.responsibilityStack()) {
        checkIds(m_services, StudyNotesOptions::defaultServices(*stack));
    }
    updateState();
}

ExportNotesDialog::Format ExportNotesDialog::format() const
{
    return Format(m_format->currentData().toInt());
}

void ExportNotesDialog::setFormat(Format format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

studynotes::Paper ExportNotesDialog::paper() const
{
    return studynotes::Paper(m_paper->currentData().toInt());
}

void ExportNotesDialog::setPaper(studynotes::Paper paper)
{
    m_paper->setCurrentIndex(m_paper->findData(int(paper)));
}

QString ExportNotesDialog::extension(Format format)
{
    switch (format) {
    case Format::Pdf: return QStringLiteral("pdf");
    case Format::Html: return QStringLiteral("html");
    case Format::Markdown: return QStringLiteral("md");
    }
    return {};
}

QString ExportNotesDialog::problem() const
{
    const StudyNotesOptions chosen = options();
    if (chosen.parts == 0)
        return tr("Choose at least one part to include.");
    const bool byTopic = chosen.has(StudyNotesOptions::Lessons) || chosen.has(StudyNotesOptions::Missed);
    if (byTopic && m_someTopics->isChecked() && chosen.topics.isEmpty())
        return tr("Choose at least one topic, or All topics.");
    const bool drawn = chosen.has(StudyNotesOptions::Diagram) || chosen.has(StudyNotesOptions::Matrix);
    if (drawn && !chosen.allServices && chosen.services.isEmpty())
        return tr("Choose at least one service model or service for the diagrams and the matrix.");
    return {};
}

void ExportNotesDialog::updateState()
{
    const StudyNotesOptions chosen = options();
    m_topics->setEnabled(m_someTopics->isChecked());
    const bool byTopic = chosen.has(StudyNotesOptions::Lessons) || chosen.has(StudyNotesOptions::Missed);
    findChild<QWidget*>(QStringLiteral("exportTopicsGroup"))->setEnabled(byTopic);
    const bool drawn = chosen.has(StudyNotesOptions::Diagram) || chosen.has(StudyNotesOptions::Matrix);
    findChild<QWidget*>(QStringLiteral("exportServicesGroup"))->setEnabled(drawn);
    const QString why = problem();
    m_problem->setText(why.isEmpty() ? QString() : tr("Cannot export yet: %1").arg(why));
    m_problem->setVisible(!why.isEmpty());
    m_export->setEnabled(why.isEmpty());
    m_print->setEnabled(why.isEmpty());
}

Result<StudyNotesOutline> ExportNotesDialog::outline(ResponsibilityStack& stack) const
{
    const StudyNotesOptions chosen = options();
    auto material = readStudyMaterial(m_content, m_learner, chosen, QDateTime::currentDateTimeUtc());
    if (!material)
        return Error { material.errorMessage() };
    stack = material->stack;
    return buildStudyNotes(*material, chosen);
}

Status ExportNotesDialog::exportTo(const QString& path)
{
    if (const QString why = problem(); !why.isEmpty())
        return Error { why };
    ResponsibilityStack stack;
    auto notes = outline(stack);
    if (!notes)
        return Error { tr("Cannot read the course: %1").arg(notes.errorMessage()) };
    const Status written = studynotes::write(*notes, stack, path, paper());
    if (written)
        Q_EMIT exported(path);
    return written;
}

Status ExportNotesDialog::printTo(QPrinter& printer)
{
    if (const QString why = problem(); !why.isEmpty())
        return Error { why };
    ResponsibilityStack stack;
    auto notes = outline(stack);
    if (!notes)
        return Error { tr("Cannot read the course: %1").arg(notes.errorMessage()) };
    const Status painted = studynotes::paint(*notes, stack, printer);
    if (painted)
        Q_EMIT printed();
    return painted;
}

void ExportNotesDialog::chooseFileAndExport()
{
    const Format chosen = format();
    const QString ext = extension(chosen);
    const QString suggested = QDir(m_folder).filePath(tr("Demarc study notes") + QLatin1Char('.') + ext);
    QString path =
        QFileDialog::getSaveFileName(this, tr("Export Study Notes"), suggested,
                                     m_format->currentText().section(QLatin1Char('('), 0, 0).trimmed()
                                         + QStringLiteral(" (*.%1)").arg(ext));
    if (path.isEmpty())
        return;
    if (studynotes::formatOf(path) != ext)
        path += QLatin1Char('.') + ext;
    m_folder = QFileInfo(path).absolutePath();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status written = exportTo(path);
    QApplication::restoreOverrideCursor();
    report(written, tr("The study notes could not be written."));
    if (written)
        accept();
}

void ExportNotesDialog::choosePrinterAndPrint()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(paper() == studynotes::Paper::Letter ? QPageSize(QPageSize::Letter)
                                                             : QPageSize(QPageSize::A4));
    printer.setDocName(tr("Demarc study notes"));
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print Study Notes"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status printed = printTo(printer);
    QApplication::restoreOverrideCursor();
    report(printed, tr("The study notes could not be printed."));
    if (printed)
        accept();
}

void ExportNotesDialog::report(const Status& status, const QString& what)
{
    if (!status)
        QMessageBox::warning(this, windowTitle(), what + QStringLiteral("\n\n") + status.errorMessage());
}

} // namespace demarc
