#pragma once

#include "profiles/connectionprofile.h"

#include <QList>
#include <QProcessEnvironment>
#include <QString>

namespace Valvur {

class ProfileStore;

// Connection profiles read from the PostgreSQL ecosystem: a pgAdmin 4 servers.json, a pgpass
// file, a pg_service.conf, the PG* environment, or a pasted conninfo / postgresql:// URI. Reading
// and applying are separate: read, show the items, then apply() — which adds nothing at all when
// any item was rejected. No secret is copied: a password in a pgpass or service file stays there
// (libpq reads it when connecting); one in a URI, servers.json or PGPASSWORD is dropped with a note.
class ProfileImport
{
public:
    enum class Kind { Unknown, ServersJson, Pgpass, ServiceFile, Environment, ConnInfo };

    struct Item
    {
        enum class Status { Pending, Added, Duplicate, Rejected, Skipped };
        ConnectionProfile profile; // name set; id empty until added
        Status status = Status::Pending;
        int line = 0;              // 1-based line in the source, 0 when not from a file line
        QString message;           // translated: why rejected/skipped, or a note
        QString duplicateOf;       // name of the profile it duplicates
    };

    // Recognises the file by its content (a JSON object with "Servers", [sections], colon lines),
    // then by its name.
    static Kind detect(const QString &path, const QByteArray &data);

    static ProfileImport fromFile(const QString &path);
    static ProfileImport fromData(const QByteArray &data, Kind kind, const QString &path = {});
    static ProfileImport fromEnvironment(const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());
    static ProfileImport fromConnInfo(const QString &text);

    Kind kind() const { return m_kind; }
    QString source() const { return m_source; }
    const QList<Item> &items() const { return m_items; }
    bool hasRejections() const;
    int count(Item::Status status) const;

    // Marks duplicates (of a stored profile or of an earlier item) and adds the rest to the store,
    // in order. When anything was rejected, adds nothing and returns false.
    bool apply(ProfileStore *store);

    static QString kindId(Kind kind); // "servers.json", "pgpass", "pg_service.conf", "environment", "conninfo"
    static QString kindName(Kind kind); // the same, in words for the user (translated)
    static QString statusId(Item::Status status); // "added", "duplicate", "rejected", "skipped", "pending"

    // pgAdmin 4 servers.json for these profiles (no passwords), written atomically. On failure
    // returns false with a translated *error and leaves no partial file.
    static QByteArray toServersJson(const QList<ConnectionProfile> &profiles);
    static bool exportServersJson(const QList<ConnectionProfile> &profiles, const QString &path, QString *error);

private:
    void reject(int line, const QString &message);
    void readServersJson(const QByteArray &data);
    void readPgpass(const QByteArray &data, const QString &path);
    void readServiceFile(const QByteArray &data, const QString &path);

    Kind m_kind = Kind::Unknown;
    QString m_source;
    QList<Item> m_items;
};

} // namespace Valvur
