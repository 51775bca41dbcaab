package ru.krek.optovik.health.command;

import java.time.Duration;
import org.apache.felix.service.command.Descriptor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import ru.krek.optovik.api.status.StatusService;
import ru.krek.optovik.api.status.SystemStatus;
import ru.krek.optovik.api.store.StoreStatus;

/** optovik:status — the facts of /health, for operators. */
@Component(service = StatusCommand.class, property = {
        "osgi.command.scope=optovik",
        "osgi.command.function=status" })
public final class StatusCommand {

    private final StatusService statusService;

    @Activate
    public StatusCommand(@Reference StatusService statusService) {
        this.statusService = statusService;
    }

    @Descriptor("shows whether Optovik is up: database, Firebird version, bundles, uptime")
    public String status() {
        SystemStatus status = statusService.status();
        StoreStatus db = status.database();
        StringBuilder out = new StringBuilder();
        line(out, "status", status.up() ? "up" : "down");
        line(out, "database", db.ready() ? "reachable" : db.reachable() ? "reachable, not ready" : "unreachable");
        line(out, "database-mode", db.mode());
        line(out, "database-location", db.location());
        line(out, "firebird-version", db.version().isEmpty() ? "unknown" : db.version());
        if (!db.problem().isEmpty()) {
            line(out, "database-problem", db.problem());
        }
        line(out, "bundles", status.bundlesActive() + " active of " + status.bundlesTotal());
        line(out, "uptime", format(status.uptime()));
        return out.toString().stripTrailing();
    }

    private static void line(StringBuilder out, String key, String value) {
        out.append(key).append(": ").append(value).append('\n');
    }

    static String format(Duration uptime) {
        long s = uptime.toSeconds();
        return String.format("%dd %02dh %02dm %02ds", s / 86400, s / 3600 % 24, s / 60 % 60, s % 60);
    }
}
