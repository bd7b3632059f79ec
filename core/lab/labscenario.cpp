#include "lab/labscenario.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QRandomGenerator>
#include <QStandardPaths>

#include <algorithm>

namespace Valvur::Lab {

QString Text::text() const
{
    return QLocale().language() == QLocale::Estonian && !et.isEmpty() ? et : en;
}

QString backupFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/lab");
}

QString fillRandom(const QString &param)
{
    static const QRegularExpression re(QStringLiteral("\\{random:(\\d+)-(\\d+)\\}"));
    QString out;
    qsizetype last = 0;
    for (QRegularExpressionMatchIterator it = re.globalMatch(param); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const qint64 low = m.captured(1).toLongLong(), high = m.captured(2).toLongLong();
        out += param.mid(last, m.capturedStart() - last);
        out += QString::number(high > low ? low + qint64(QRandomGenerator::global()->bounded(quint64(high - low + 1))) : low);
        last = m.capturedEnd();
    }
    return out + param.mid(last);
}

QString fill(const QString &text, const QMap<QString, QString> &values)
{
    QString out = text;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        out.replace(QLatin1Char('{') + it.key() + QLatin1Char('}'), it.value());
    return out;
}

namespace {

Text textOf(const QJsonValue &v)
{
    if (v.isString())
        return {v.toString(), v.toString()};
    const QJsonObject o = v.toObject();
    return {o.value(QLatin1String("en")).toString(), o.value(QLatin1String("et")).toString()};
}

QStringList stringsOf(const QJsonValue &v)
{
    if (v.isString())
        return {v.toString()};
    QStringList out;
    for (const QJsonValue &item : v.toArray())
        out << item.toString();
    return out;
}

Trap trapOf(const QJsonObject &o)
{
    Trap t;
    t.id = o.value(QLatin1String("id")).toString();
    t.sql = o.value(QLatin1String("sql")).toString();
    t.message = textOf(o.value(QLatin1String("message")));
    t.blocks = o.value(QLatin1String("blocks")).toBool();
    return t;
}

// Traps that several scenarios share, named by id in a scenario's "traps" list.
const QMap<QString, Trap> &commonTraps()
{
    static const QMap<QString, Trap> traps = [] {
        QMap<QString, Trap> out;
        QFile f(QStringLiteral(":/lab/common-traps.json"));
        if (f.open(QIODevice::ReadOnly)) {
            for (const QJsonValue &v : QJsonDocument::fromJson(f.readAll()).array()) {
                const Trap t = trapOf(v.toObject());
                out.insert(t.id, t);
            }
        }
        return out;
    }();
    return traps;
}

bool need(const QJsonObject &o, const char *key, const QString &file, QString *error)
{
    if (o.contains(QLatin1String(key)))
        return true;
    *error = QStringLiteral("%1: the field \"%2\" is missing").arg(file, QLatin1String(key));
    return false;
}

// "1.10" after "1.9": sections compare as numbers, part by part.
bool sectionLess(const QString &a, const QString &b)
{
    const QStringList pa = a.split(QLatin1Char('.'));
    const QStringList pb = b.split(QLatin1Char('.'));
    for (int i = 0; i < qMin(pa.size(), pb.size()); ++i) {
        if (pa.at(i).toInt() != pb.at(i).toInt())
            return pa.at(i).toInt() < pb.at(i).toInt();
    }
    return pa.size() < pb.size();
}

QStringList instructorFolders()
{
    QStringList out;
    const QString own = qEnvironmentVariable("VALVUR_LAB_DIR");
    if (!own.isEmpty())
        out << own;
    const QString data = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (!data.isEmpty())
        out << data + QStringLiteral("/valvur/lab");
    return out;
}

} // namespace

bool parseScenario(const QByteArray &json, const QString &file, Scenario *out, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        *error = QStringLiteral("%1: not a JSON object (%2 at offset %3)").arg(file, parseError.errorString()).arg(parseError.offset);
        return false;
    }
    const QJsonObject o = doc.object();
    for (const char *key : {"id", "section", "title", "goal", "check"}) {
        if (!need(o, key, file, error))
            return false;
    }
    Scenario s;
    s.file = file;
    s.id = o.value(QLatin1String("id")).toString();
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9-]*$"));
    if (!idPattern.match(s.id).hasMatch()) {
        *error = QStringLiteral("%1: the id \"%2\" must be lower-case letters, digits and dashes").arg(file, s.id);
        return false;
    }
    s.section = o.value(QLatin1String("section")).toString();
    s.order = o.value(QLatin1String("order")).toInt();
    s.title = textOf(o.value(QLatin1String("title")));
    s.goal = textOf(o.value(QLatin1String("goal")));
    s.advice = textOf(o.value(QLatin1String("advice")));
    s.needsSuperuser = o.value(QLatin1String("needsSuperuser")).toBool();
    for (const QJsonValue &v : o.value(QLatin1String("roles")).toArray()) {
        const QJsonObject r = v.toObject();
        Role role{r.value(QLatin1String("name")).toString(), r.value(QLatin1String("options")).toString()};
        if (!role.name.startsWith(QLatin1String(RolePrefix))) {
            *error = QStringLiteral("%1: the role \"%2\" must start with %3").arg(file, role.name, QLatin1String(RolePrefix));
            return false;
        }
        s.roles << role;
    }
    s.setup = stringsOf(o.value(QLatin1String("setup")));
    s.backupTable = o.value(QLatin1String("backupTable")).toString();
    for (const QJsonValue &v : o.value(QLatin1String("sessions")).toArray()) {
        const QJsonObject j = v.toObject();
        Sessions g;
        g.kind = j.value(QLatin1String("kind")).toString();
        g.application = j.value(QLatin1String("application")).toString();
        g.login = j.value(QLatin1String("login")).toString();
        g.count = j.value(QLatin1String("count")).toInt(1);
        g.fill = j.value(QLatin1String("fill")).toBool();
        g.sql = stringsOf(j.value(QLatin1String("sql")));
        g.hold = j.value(QLatin1String("hold")).toString();
        g.loop = j.value(QLatin1String("loop")).toString();
        g.loopParams = stringsOf(j.value(QLatin1String("loopParams")));
        g.intervalMs = j.value(QLatin1String("intervalMs")).toInt(200);
        if (g.kind.isEmpty() || g.application.isEmpty() || g.count < 1 || g.count > 1000) {
            *error = QStringLiteral("%1: every session group needs a kind, an application and a count from 1 to 1000").arg(file);
            return false;
        }
        s.sessions << g;
    }
    s.after = stringsOf(o.value(QLatin1String("after")));
    s.appConfig = o.value(QLatin1String("appConfig")).toString();
    if (const QJsonObject c = o.value(QLatin1String("container")).toObject(); !c.isEmpty()) {
        s.container = ContainerPart{c.value(QLatin1String("name")).toString(), c.value(QLatin1String("volume")).toString(),
                                    c.value(QLatin1String("database")).toString(), c.value(QLatin1String("conninfo")).toString()};
        if (!s.container.name.startsWith(QLatin1String("valvur-lab-")) || !s.container.volume.startsWith(QLatin1String("valvur-lab-"))
            || s.container.database.isEmpty() || s.container.conninfo.isEmpty() || s.appConfig.isEmpty()) {
            *error = QStringLiteral("%1: \"container\" needs a name and a volume starting with valvur-lab-, a database and a "
                                    "conninfo, and the scenario an appConfig (whose user and password it uses)").arg(file);
            return false;
        }
    }
    const QJsonObject check = o.value(QLatin1String("check")).toObject();
    s.checkSql = check.value(QLatin1String("sql")).toString();
    s.solved = textOf(check.value(QLatin1String("solved")));
    s.unsolved = textOf(check.value(QLatin1String("unsolved")));
    if (s.checkSql.isEmpty() || s.solved.isEmpty() || s.unsolved.isEmpty()) {
        *error = QStringLiteral("%1: \"check\" needs sql, solved and unsolved").arg(file);
        return false;
    }
    for (const QJsonValue &v : o.value(QLatin1String("traps")).toArray()) {
        if (v.isString()) {
            if (!commonTraps().contains(v.toString())) {
                *error = QStringLiteral("%1: there is no common trap \"%2\"").arg(file, v.toString());
                return false;
            }
            s.traps << commonTraps().value(v.toString());
        } else {
            s.traps << trapOf(v.toObject());
        }
    }
    for (const QJsonValue &v : o.value(QLatin1String("hints")).toArray()) {
        const QJsonObject h = v.toObject();
        s.hints << Hint{textOf(h.value(QLatin1String("text"))), h.value(QLatin1String("page")).toString(),
                        h.value(QLatin1String("command")).toString()};
    }
    if (s.hints.size() > 3) {
        *error = QStringLiteral("%1: at most three hints").arg(file);
        return false;
    }
    for (const QJsonValue &v : o.value(QLatin1String("actions")).toArray()) {
        const QJsonObject a = v.toObject();
        s.actions << Action{a.value(QLatin1String("id")).toString(), textOf(a.value(QLatin1String("label"))),
                            a.value(QLatin1String("sql")).toString()};
    }
    *out = s;
    return true;
}

QList<Scenario> scenarios(QStringList *problems)
{
    QMap<QString, Scenario> byId;
    QStringList folders{QStringLiteral(":/lab/scenarios")};
    folders << instructorFolders();
    for (const QString &folder : std::as_const(folders)) {
        const QDir dir(folder);
        for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            QFile f(dir.filePath(name));
            Scenario s;
            QString error;
            if (!f.open(QIODevice::ReadOnly))
                error = QStringLiteral("%1: %2").arg(f.fileName(), f.errorString());
            else if (parseScenario(f.readAll(), f.fileName(), &s, &error))
                byId.insert(s.id, s);
            if (!error.isEmpty() && problems)
                *problems << error;
        }
    }
    QList<Scenario> out = byId.values();
    std::stable_sort(out.begin(), out.end(), [](const Scenario &a, const Scenario &b) {
        const int oa = a.order > 0 ? a.order : 1000;
        const int ob = b.order > 0 ? b.order : 1000;
        return oa != ob ? oa < ob : sectionLess(a.section, b.section);
    });
    return out;
}

bool findScenario(const QString &id, Scenario *out)
{
    for (const Scenario &s : scenarios()) {
        if (s.id == id) {
            *out = s;
            return true;
        }
    }
    return false;
}

QStringList scenarioIds()
{
    QStringList ids;
    for (const Scenario &s : scenarios())
        ids << s.id;
    return ids;
}

} // namespace Valvur::Lab
