package ru.krek.optovik.shell.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.felix.gogo.jline.Shell;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.CommandSessionListener;
import org.jline.builtins.Completers.CompletionData;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.util.tracker.ServiceTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Argument completion for the commands that declare it. A Gogo command service may carry the
 * property {@value #PROPERTY}, entries {@code function=script}: the Gogo script whose result (a list
 * of strings) completes that function's arguments on TAB, e.g. {@code run=job:_complete run ($.commandLine words)
 * ($.commandLine wordIndex)}. Felix Gogo JLine's completer evaluates the script (the same mechanism as its
 * own {@code complete -a}); this listener only puts the entries into each interactive session's table.
 */
@Component(service = CommandSessionListener.class, immediate = true)
public final class ArgumentCompletions implements CommandSessionListener {

    static final String PROPERTY = "optovik.completion";
    private static final Logger LOG = LoggerFactory.getLogger(ArgumentCompletions.class);
    private static final String SCOPE = "osgi.command.scope";

    private final ServiceTracker<Object, ServiceReference<Object>> commands;

    @Activate
    public ArgumentCompletions(BundleContext context) throws InvalidSyntaxException {
        commands = new ServiceTracker<>(context, context.createFilter("(&(" + SCOPE + "=*)(" + PROPERTY + "=*))"), null) {
            @Override
            public ServiceReference<Object> addingService(ServiceReference<Object> reference) {
                return reference; // only its properties are read: the service itself is never got
            }
        };
        commands.open(true);
    }

    @Deactivate
    void close() {
        commands.close();
    }

    /**
     * Gosh makes an interactive session's completion table when the session starts and then runs its
     * profile, so the first command a session executes is the first moment the table is there; a
     * command service registered later is taken in at the next command.
     */
    @Override
    public void beforeExecute(CommandSession session, CharSequence command) {
        try {
            Map<String, List<CompletionData>> table = Shell.getCompletions(session);
            if (table != null) {
                declared().forEach((name, script) -> table.putIfAbsent(name, List.of(new CompletionData(null, null, script, null))));
            }
        } catch (RuntimeException e) { // completion is a convenience: the command runs whatever happens here
            LOG.debug("completions not set up: {}", e.toString());
        }
    }

    @Override
    public void afterExecute(CommandSession session, CharSequence command, Exception exception) {
    }

    @Override
    public void afterExecute(CommandSession session, CharSequence command, Object result) {
    }

    /** scope:function → script, from every command service's {@value #PROPERTY}. */
    Map<String, String> declared() {
        Map<String, String> all = new LinkedHashMap<>();
        ServiceReference<Object>[] references = commands.getServiceReferences();
        for (ServiceReference<Object> reference : references == null ? List.<ServiceReference<Object>>of()
                : List.of(references)) {
            Object scope = reference.getProperty(SCOPE);
            all.putAll(entries(String.valueOf(scope), reference.getProperty(PROPERTY)));
        }
        return all;
    }

    /** {@code function=script} entries (a String or String[]), with the scope; others are ignored. */
    static Map<String, String> entries(String scope, Object property) {
        Map<String, String> all = new LinkedHashMap<>();
        List<?> values = property instanceof String[] many ? List.of(many) : List.of(String.valueOf(property));
        for (Object value : values) {
            String entry = String.valueOf(value);
            int eq = entry.indexOf('=');
            if (eq > 0 && eq < entry.length() - 1) {
                all.put(scope + ":" + entry.substring(0, eq).trim(), entry.substring(eq + 1).trim());
            }
        }
        return all;
    }
}
