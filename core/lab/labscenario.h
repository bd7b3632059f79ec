#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Valvur {

// Lab mode (docs/lab-guide.en.md): a scenario stages a real problem on the user's own server, in
// the sandbox database valvur_lab and roles named valvur_lab_*, and decides from the server's own
// state whether the student fixed it. Each scenario is data, not code: one JSON file under
// resources/lab/ (built in), or in an instructor's folder (VALVUR_LAB_DIR, or
// ~/.local/share/valvur/lab/), where a file with the same id replaces the built-in one.
namespace Lab {

inline constexpr auto Database = "valvur_lab";      // the sandbox database (also valvur_lab_* ones)
inline constexpr auto RolePrefix = "valvur_lab_";   // every role a scenario makes
inline constexpr auto StateSchema = "valvur_lab";   // in the sandbox: what the setup recorded
inline constexpr auto ControlApplication = "valvur-lab"; // the holder's own session
// The holder beats every 2 s; a heartbeat older than this means the program that held the lab ended.
inline constexpr int HeartbeatSilenceS = 15;

// A text in both interface languages; text() picks the one of the current language.
struct Text
{
    QString en;
    QString et;
    QString text() const;
    bool isEmpty() const { return en.isEmpty(); }
};

// A group of sessions the setup opens and holds (they are the problem, or the innocent bystanders
// a wrong fix would hit).
struct Sessions
{
    QString kind;          // recorded in valvur_lab.session.kind: "leak", "innocent", "root", "waiter", "load"
    QString application;   // application_name the sessions show
    QString login;         // a scenario role to log in as (it gets a random password); empty: the user's role
    int count = 1;
    bool fill = false;     // open sessions until the server refuses a new one (53300), at most count
    QStringList sql;       // run in order on every session
    QString hold;          // "": all statements finish; "active" or "lock": the last one stays running,
                           // and the setup waits until it is running ("active") or waits on a lock ("lock")
    QString loop;          // a statement run again and again (a load), every intervalMs
    // The loop's parameters ($1, $2 …, sent apart from the text, as an application's driver does, so
    // that pg_stat_statements shows the statement itself); "{random:A-B}" becomes a number from A to B.
    QStringList loopParams;
    int intervalMs = 200;
};

struct Role
{
    QString name;      // must start with valvur_lab_
    QString options;   // CREATE ROLE name <options>, e.g. "LOGIN NOSUPERUSER"; a random PASSWORD is added
};

struct Hint
{
    Text text;
    QString page;      // the Valvur page that shows it (--page id), may be empty
    QString command;   // the psql or docker command that shows the same, may be empty
};

// A wrong fix the check notices: sql returns one row with a boolean column `hit` (and any columns
// the message names in braces). A trap with blocks=true keeps the scenario unsolved while hit.
struct Trap
{
    QString id;
    QString sql;
    Text message;
    bool blocks = false;
};

// Something the lab does for the student when asked (shown with its SQL first).
struct Action
{
    QString id;
    Text label;
    QString sql;       // run in the sandbox database
};

// A second server the scenario makes where the student's server is a container (cannot-connect):
// a PostgreSQL container of the same image, named by the lab, left stopped and without a published
// port, as the course's "connection refused" causes. Lab::ContainerStage makes it, Lab::Reset
// removes it (and its volume) by the label valvur.lab.
struct ContainerPart
{
    QString name;       // the container's name, starts with valvur-lab-
    QString volume;     // its named volume (the data the student must keep when recreating it)
    QString database;   // POSTGRES_DB; the user is the scenario's application role (appConfig's user)
    QString conninfo;   // how the application's second part connects; {container-port}: where it should be published
    bool isSet() const { return !name.isEmpty(); }
};

struct Scenario
{
    QString id;              // stable: scripts and the lab guide use it
    QString section;         // of the course chapter, e.g. "5.2"
    int order = 0;           // place in the list (the lab guide's order); 0: after the numbered ones, by section
    Text title;
    Text goal;
    Text advice;             // shown once solved (e.g. the pooling advice)
    QList<Role> roles;
    QStringList setup;       // run as the user in valvur_lab before the sessions
    QString backupTable;     // "schema.table": backed up (custom format) after setup, before `after`
    QList<Sessions> sessions;
    QStringList after;       // run as the user in valvur_lab once the sessions hold
    QString appConfig;       // an application's connection settings (conninfo with the placeholders
                             // {host}, {port}, {closed-port}) the student must repair: staged in
                             // valvur_lab.fact "app.conninfo"; its user's password in valvur_lab.run.secret;
                             // the check connects with them first (Lab::Check)
    QString checkSql;        // one row; a boolean column `solved`, and the columns the texts name
    Text solved;
    Text unsolved;
    QList<Trap> traps;
    QList<Hint> hints;       // at most three
    QList<Action> actions;
    ContainerPart container; // staged only when the server is a container (Run::setContainer)
    bool needsSuperuser = false; // e.g. filling the server up to its reserved slots
    QString file;            // where it was read from
};

// Where a lab's own backups go: Valvur's data folder, lab/. Lab::Reset removes the *.dump files
// there, also those of a setup that was killed.
QString backupFolder();

// Fills in {column} placeholders from a check row.
QString fill(const QString &text, const QMap<QString, QString> &values);
// A loop parameter with each {random:A-B} replaced by a random whole number from A to B.
QString fillRandom(const QString &param);

// Parses one scenario file. False with *error (English, names the file and the field) when it is
// not a valid scenario.
bool parseScenario(const QByteArray &json, const QString &file, Scenario *out, QString *error);

// Every scenario: the built-in ones, then the instructor's folder (same id replaces). Sorted by
// "order", then by the chapter section. Files that do not parse are reported in *problems and left out.
QList<Scenario> scenarios(QStringList *problems = nullptr);
// One by id; false when there is none.
bool findScenario(const QString &id, Scenario *out);
QStringList scenarioIds();

} // namespace Lab
} // namespace Valvur
