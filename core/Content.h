// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Party.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace demarc {

// Plain value types for everything a content pack holds. The format is described in
// resources/content/README.md; ids are stable strings that learner data refers to.

struct PackInfo
{
    QString id;
    QString title;
    int version = 0;
    QString language;
    QString author;
    QString description;
    /** The pack this one adds to (its id), or empty for a course pack that stands alone. */
    QString extends;

    friend bool operator==(const PackInfo&, const PackInfo&) = default;
};

struct Source
{
    QString id;
    QString title;
    QString url;
    QString file;
    QDate asOf;

    friend bool operator==(const Source&, const Source&) = default;
};

struct ServiceModel
{
    QString id;
    QString name;
    QString summary;
    QStringList sources;

    friend bool operator==(const ServiceModel&, const ServiceModel&) = default;
};

/** One matrix cell: who is responsible for a layer under a service model, and why. */
struct Responsibility
{
    Party party = Party::Customer;
    QString explanation;
    /** Where common study material says otherwise, and what AWS says; may be empty. */
    QString nuance;

    friend bool operator==(const Responsibility&, const Responsibility&) = default;
};

struct Layer
{
    QString id;
    QString name;
    QString summary;
    /** Concrete tasks on this layer. */
    QStringList examples;
    QStringList sources;
    /** Keyed by service model id. */
    QMap<QString, Responsibility> responsibility;

    friend bool operator==(const Layer&, const Layer&) = default;
};

enum class ServiceCategory { None, Infrastructure, Container, Abstracted };

struct Service
{
    QString id;
    QString name;
    QString model;
    ServiceCategory category = ServiceCategory::None;
    QString awsTerm;
    QString summary;
    QString note;
    QDate endOfSupport;
    QStringList sources;
    /** Keyed by layer id: where this service differs from its model's column. */
    QMap<QString, Responsibility> responsibility;

    friend bool operator==(const Service&, const Service&) = default;
};

struct ControlExample
{
    QString name;
    QString aws;
    QString customer;

    friend bool operator==(const ControlExample&, const ControlExample&) = default;
};

struct ControlCategory
{
    QString id;
    QString name;
    QString summary;
    QList<ControlExample> examples;
    QStringList sources;

    friend bool operator==(const ControlCategory&, const ControlCategory&) = default;
};

struct CustomerArea
{
    QString id;
    QString name;
    QStringList items;
    QStringList sources;

    friend bool operator==(const CustomerArea&, const CustomerArea&) = default;
};

/** One row of the builder-and-homeowner analogy: a part of the house and what it stands for. */
struct AnalogyRow
{
    QString id;
    QString house;
    QString cloud;
    Party party = Party::Customer;
    QString explanation;
    QStringList sources;

    friend bool operator==(const AnalogyRow&, const AnalogyRow&) = default;
};

struct Topic
{
    QString id;
    QString title;
    QString section;

    friend bool operator==(const Topic&, const Topic&) = default;
};

struct Lesson
{
    QString id;
    QString topic;
    QString title;
    QString summary;
    QString body;
    QList<int> facts;
    QStringList nuances;
    QStringList sources;

    friend bool operator==(const Lesson&, const Lesson&) = default;
};

struct GlossaryTerm
{
    QString id;
    QString term;
    QStringList aliases;
    QString definition;
    QStringList sources;

    friend bool operator==(const GlossaryTerm&, const GlossaryTerm&) = default;
};

enum class QuestionType { Single, Multiple, TrueFalse, Classify, Split };

struct Choice
{
    QString id;
    QString text;
    bool correct = false;
    /** Set for classify and split questions: the party the task or part belongs to. */
    std::optional<Party> party;
    QString explanation;

    friend bool operator==(const Choice&, const Choice&) = default;
};

struct Question
{
    QString id;
    QuestionType type = QuestionType::Single;
    QString topic;
    QString prompt;
    QList<Choice> choices;
    QList<int> facts;
    QString lesson;
    QString layer;
    QString model;
    QString service;
    /**
     * For a question that asks whose job its layer is under its model or service: the party
     * its key gives. The bundled course is tested to agree with the matrix cell it names.
     */
    std::optional<Party> party;
    /** Split questions: the shared control being split, e.g. "Patch management". */
    QString control;
    /** Review cards made from a glossary term (termQuestion()): the term's id. Not part of a pack. */
    QString term;
    QStringList sources;

    /** Classify and split questions assign a party to each choice instead of marking some correct. */
    bool assignsParties() const { return type == QuestionType::Classify || type == QuestionType::Split; }

    friend bool operator==(const Question&, const Question&) = default;
};

/** A whole content pack, as parsed from JSON or read back from the store. */
struct Pack
{
    PackInfo info;
    QList<Source> sources;
    QList<ServiceModel> serviceModels;
    QList<Layer> layers; // bottom to top
    QList<Service> services;
    QList<ControlCategory> controlCategories;
    QList<CustomerArea> customerAreas;
    QList<AnalogyRow> analogy;
    QList<Topic> topics;
    QList<Lesson> lessons;
    QList<GlossaryTerm> glossary;
    QList<Question> questions;

    friend bool operator==(const Pack&, const Pack&) = default;
};

/** A lesson, glossary term or question a pack no longer has; learner history may still name it. */
struct RetiredItem
{
    enum class Kind { Lesson, GlossaryTerm, Question };
    Kind kind = Kind::Question;
    QString id;
    QString packId;
    /** The lesson's title, the term, or the question's prompt, as it was last installed. */
    QString title;
    QDateTime retiredAt;
};

QString serviceCategoryId(ServiceCategory category);
std::optional<ServiceCategory> serviceCategoryFromId(const QString& id);
QString questionTypeId(QuestionType type);
std::optional<QuestionType> questionTypeFromId(const QString& id);

} // namespace demarc
