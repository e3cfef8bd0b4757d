// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PackReader.h"

/**
 * Each kind of item in a pack read from its JSON object, every problem reported to the
 * Reader where it is; not a public header.
 */
namespace demarc::packparse {

Responsibility readCell(Reader& r, const QJsonObject& o, const QString& ptr);
Question readQuestion(Reader& r, const QJsonObject& o, const QString& ptr);
Source readSource(Reader& r, const QJsonObject& o, const QString& p);
ServiceModel readServiceModel(Reader& r, const QJsonObject& o, const QString& p);
Layer readLayer(Reader& r, const QJsonObject& o, const QString& p, const QList<ServiceModel>& models,
                const QSet<QString>& knownModels);
Service readService(Reader& r, const QJsonObject& o, const QString& p, const QSet<QString>& knownLayers);
ControlCategory readControlCategory(Reader& r, const QJsonObject& o, const QString& p);
CustomerArea readCustomerArea(Reader& r, const QJsonObject& o, const QString& p);
AnalogyRow readAnalogyRow(Reader& r, const QJsonObject& o, const QString& p);
Topic readTopic(Reader& r, const QJsonObject& o, const QString& p);
Lesson readLesson(Reader& r, const QJsonObject& o, const QString& p);
GlossaryTerm readGlossaryTerm(Reader& r, const QJsonObject& o, const QString& p);

} // namespace demarc::packparse
