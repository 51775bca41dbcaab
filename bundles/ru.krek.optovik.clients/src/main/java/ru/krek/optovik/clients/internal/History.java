package ru.krek.optovik.clients.internal;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import ru.krek.optovik.api.client.ClientEvent;
import ru.krek.optovik.api.store.Sql;

/** A client's history (client_event): what happened, never personal data, so erasure keeps it. */
final class History {

    private final Sql sql;

    History(Sql sql) {
        this.sql = sql;
    }

    void add(long clientId, Instant at, String kind, String detail) throws SQLException {
        sql.update("insert into client_event (client_id, happened, kind, detail) values (?, ?, ?, ?)", clientId, at, kind,
                detail == null ? "" : detail);
    }

    List<ClientEvent> of(long clientId) throws SQLException {
        return sql.list("select happened, kind, detail from client_event where client_id = ? order by id",
                rs -> new ClientEvent(Sql.instant(rs, "happened"), rs.getString("kind"), rs.getString("detail")), clientId);
    }
}
