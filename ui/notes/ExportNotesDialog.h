// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StudyNotesWriter.h"

#include "core/Result.h"
#include "core/export/StudyNotes.h"

#include <QDialog>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QListWidget;
class QPrinter;
class QPushButton;
class QRadioButton;

namespace demarc {

class ContentRepository;
class LearnerRepository;

/**
 * File → Export Study Notes: what to include (parts, topics, the services drawn), the format
 * and paper, then a file to write or a printer. The choices are the command line's
 * (--export-notes, --include, --topics, --services, --paper); the same outline and writers
 * make the file.
 */
class ExportNotesDialog : public QDialog
{
    Q_OBJECT

public:
    ExportNotesDialog(const ContentRepository& content, const LearnerRepository& learner,
                      QWidget* parent = nullptr);

    /** Reads the topics and services to choose from; choices already made are kept. */
    Status reload();

    StudyNotesOptions options() const;
    void setOptions(const StudyNotesOptions& options);

    enum class Format { Pdf, Html, Markdown };
    Format format() const;
    void setFormat(Format format);
    studynotes::Paper paper() const;
    void setPaper(studynotes::Paper paper);
    /** The file extension of a format, without the dot. */
    static QString extension(Format format);

    /** Why the choices cannot be exported (nothing included, no topic, no service); empty when they can. */
    QString problem() const;

    /** Builds the notes from the stores and writes @p path in the format its extension names. */
    Status exportTo(const QString& path);
    /** Builds the notes and lays them out on @p printer's pages. */
    Status printTo(QPrinter& printer);

    /** Asks for a file (in the chosen format) and writes it; closes the dialog when written. */
    void chooseFileAndExport();
    /** Asks for a printer and prints; closes the dialog when printed. */
    void choosePrinterAndPrint();

    QPushButton* exportButton() const { return m_export; }
    QPushButton* printButton() const { return m_print; }

Q_SIGNALS:
    /** A file was written. */
    void exported(const QString& path);
    void printed();

private:
    QGroupBox* buildPartsBox();
    QGroupBox* buildTopicsBox();
    QGroupBox* buildServicesBox();
    QLayout* buildFormatRow();
    Result<StudyNotesOutline> outline(ResponsibilityStack& stack) const;
    void updateState();
    void report(const Status& status, const QString& what);

    const ContentRepository& m_content;
    const LearnerRepository& m_learner;
    QList<QPair<StudyNotesOptions::Part, QCheckBox*>> m_parts;
    QRadioButton* m_allTopics;
    QRadioButton* m_someTopics;
    QListWidget* m_topics;
    QListWidget* m_services;
    QComboBox* m_format;
    QComboBox* m_paper;
    QLabel* m_problem;
    QPushButton* m_export;
    QPushButton* m_print;
    QString m_folder;
};

} // namespace demarc
