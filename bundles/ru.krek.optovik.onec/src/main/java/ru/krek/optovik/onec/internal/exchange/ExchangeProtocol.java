package ru.krek.optovik.onec.internal.exchange;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.krek.optovik.api.catalog.CatalogImportException;
import ru.krek.optovik.api.catalog.ExchangeImporter;
import ru.krek.optovik.api.catalog.ImportRun;
import ru.krek.optovik.api.catalog.ImportSource;
import ru.krek.optovik.onec.internal.archive.ArchiveLimits;
import ru.krek.optovik.onec.internal.config.OnecSettings;

/**
 * 1C's "exchange with a site" protocol (../shared/1C-EXCHANGE.md): checkauth, init, file, import for
 * type=catalog; a polite empty answer for type=sale. Every file uploaded since init is one exchange,
 * imported in the background from the first mode=import on; 1C polls while the answer is progress.
 */
final class ExchangeProtocol implements AutoCloseable {

    static final String COOKIE = "optovik_1c";
    static final Duration SESSION_TTL = Duration.ofHours(1);
    /** 1C polls; the exchange may queue behind an import from the shell or the drop folder. */
    static final Duration LOCK_WAIT = Duration.ofMinutes(10);

    private static final Logger LOG = LoggerFactory.getLogger(ExchangeProtocol.class);

    private final ExchangeImporter importer;
    private final Clock clock;
    private final ExchangeSessions sessions;
    static final Duration SWEEP = Duration.ofMinutes(10);

    /**
     * One import at a time: the store serialises them anyway, and a queue is kinder than a lock timeout.
     * The same thread sweeps expired sessions, so abandoned uploads leave the disk without any request.
     */
    private final ScheduledExecutorService imports = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "optovik-1c-exchange");
        thread.setDaemon(true);
        return thread;
    });
    private volatile OnecSettings settings;
    private volatile Credentials credentials;

    ExchangeProtocol(Path stagingRoot, ExchangeImporter importer, OnecSettings settings, Clock clock) {
        this.importer = importer;
        this.clock = clock;
        this.sessions = new ExchangeSessions(stagingRoot, SESSION_TTL);
        sessions.clear(); // what an earlier process staged belongs to no session now
        configure(settings);
        imports.scheduleWithFixedDelay(() -> sessions.expire(clock.instant()), SWEEP.toMinutes(), SWEEP.toMinutes(),
                TimeUnit.MINUTES);
    }

    void configure(OnecSettings settings) {
        this.credentials = new Credentials(settings.user(), settings.password());
        this.settings = settings;
    }

    ExchangeReply handle(ExchangeRequest request) {
        Instant now = clock.instant();
        sessions.expire(now);
        OnecSettings current = settings;
        if (!current.exchangeEnabled()) {
            return ExchangeReply.failure("Обмен с 1С выключен: в настройках optovik.onec не задан exchange.password.");
        }
        String type = request.type() == null ? "" : request.type();
        if (!type.equals("catalog") && !type.equals("sale")) {
            return ExchangeReply.failure("Неизвестный тип обмена «" + type + "»: поддерживаются catalog и sale.");
        }
        Boolean basic = credentials.check(request.authorization());
        if (Boolean.FALSE.equals(basic)) {
            return ExchangeReply.failure("Неверное имя пользователя или пароль обмена.");
        }
        if ("checkauth".equals(request.mode())) {
            if (basic == null) {
                return ExchangeReply.failure("Нужна авторизация: укажите пользователя и пароль обмена в настройках 1С.");
            }
            ExchangeSession session = sessions.create(now);
            return ExchangeReply.text("success", COOKIE, session.id()).withSession(session.id());
        }
        ExchangeSession session = sessions.find(request.session(), now);
        if (session == null && basic == null) {
            return ExchangeReply.failure("Сессия обмена не найдена или истекла: начните обмен заново (checkauth).");
        }
        String fresh = null;
        if (session == null) { // Basic again instead of the cookie: a session of its own
            session = sessions.create(now);
            fresh = session.id();
        }
        ExchangeReply reply;
        try {
            reply = type.equals("catalog") ? catalog(request, session, current) : sale(request);
        } catch (Refusal e) {
            reply = ExchangeReply.failure(e.getMessage());
        } catch (IOException e) {
            LOG.warn("1C exchange session {}: {}", session.id(), e.toString());
            reply = ExchangeReply.failure("Ошибка записи на сервере: " + e.getMessage());
        }
        return fresh == null ? reply : reply.withSession(fresh);
    }

    private ExchangeReply catalog(ExchangeRequest request, ExchangeSession session, OnecSettings current)
            throws IOException, Refusal {
        String mode = request.mode() == null ? "" : request.mode();
        switch (mode) {
            case "init" -> {
                session.reset();
                return ExchangeReply.text("zip=yes", "file_limit=" + current.fileLimit());
            }
            case "file" -> {
                String name = FileNames.safe(request.filename());
                if (request.contentLength() > current.fileLimit()) {
                    throw new Refusal("Часть файла «" + name + "» больше разрешённых " + current.fileLimit()
                            + " байт (file_limit).");
                }
                session.append(name, request.body(), current.fileLimit(), ArchiveLimits.DEFAULT.maxTotalBytes());
                return ExchangeReply.text("success");
            }
            case "import" -> {
                return importStep(session);
            }
            case "deactivate", "complete" -> {
                return ExchangeReply.text("success");
            }
            default -> throw new Refusal("Неизвестный режим обмена «" + mode + "».");
        }
    }

    /** The first call starts the whole exchange; every call reports where it stands. */
    private ExchangeReply importStep(ExchangeSession session) throws IOException, Refusal {
        synchronized (session) {
            Future<ExchangeReply> job = session.importJob();
            if (job == null) {
                List<Path> files = session.files();
                if (files.isEmpty()) {
                    throw new Refusal("Не получено ни одного файла обмена: сначала передайте файлы (mode=file).");
                }
                session.importJob(imports.submit(() -> runImport(session, files)));
                return ExchangeReply.text("progress", "Загрузка обмена начата: файлов " + files.size() + ".");
            }
            if (!job.isDone()) {
                return ExchangeReply.text("progress", "Идёт загрузка обмена…");
            }
            try {
                return job.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return ExchangeReply.failure("Загрузка прервана: сервер останавливается.");
            } catch (ExecutionException e) {
                return ExchangeReply.failure("Внутренняя ошибка при загрузке: " + e.getCause());
            }
        }
    }

    private ExchangeReply runImport(ExchangeSession session, List<Path> files) {
        String names = files.stream().map(p -> p.getFileName().toString()).reduce((a, b) -> a + ", " + b).orElse("");
        try {
            ImportRun run = importer.importFiles(files, new ImportSource("exchange", names), LOCK_WAIT);
            return run.status() == ImportRun.Status.SUCCEEDED
                    ? ExchangeReply.text("success", ExchangeAnswers.succeeded(run))
                    : ExchangeReply.failure(run.error() == null ? "Загрузка не удалась." : run.error());
        } catch (CatalogImportException e) {
            return ExchangeReply.failure(e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("1C exchange import broke off", e);
            return ExchangeReply.failure("Внутренняя ошибка при загрузке: " + e);
        } finally {
            session.dropFiles();
        }
    }

    private ExchangeReply sale(ExchangeRequest request) throws Refusal {
        String mode = request.mode() == null ? "" : request.mode();
        return switch (mode) {
            case "init" -> ExchangeReply.text("zip=no", "file_limit=" + settings.fileLimit());
            case "query" -> new ExchangeReply(ExchangeAnswers.emptyOrders(clock), ExchangeReply.XML, null);
            case "success", "file", "import", "complete", "deactivate" -> ExchangeReply.text("success");
            default -> throw new Refusal("Неизвестный режим обмена «" + mode + "».");
        };
    }

    int sessionCount() {
        return sessions.size();
    }

    @Override
    public void close() {
        imports.shutdownNow();
        try {
            imports.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        sessions.clear();
    }
}
