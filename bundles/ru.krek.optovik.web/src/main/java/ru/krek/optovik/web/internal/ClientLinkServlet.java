package ru.krek.optovik.web.internal;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import ru.krek.optovik.api.client.Client;
import ru.krek.optovik.api.client.ClientDirectory;

/**
 * A page reached by the signed link of a letter (?token=…): the gate admits the client (or answers itself),
 * a failure of the directory becomes the "unavailable" page. Subclasses say what GET shows and POST does.
 */
abstract class ClientLinkServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    protected final transient ClientDirectory directory;
    protected final transient CsrfGuard csrf;
    protected final transient SettingsPage page;
    private final transient AccessGate gate;

    ClientLinkServlet(ClientDirectory directory, AccessGate gate, CsrfGuard csrf, SettingsPage page) {
        this.directory = directory;
        this.gate = gate;
        this.csrf = csrf;
        this.page = page;
    }

    /** GET for an admitted client. */
    abstract void show(HttpServletRequest request, HttpServletResponse response, String token, Client client) throws Exception;

    /** POST (form parameters read as UTF-8) for an admitted client. */
    abstract void submit(HttpServletRequest request, HttpServletResponse response, String token, Client client) throws Exception;

    @Override
    protected final void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        admitted(request, response, this::show);
    }

    @Override
    protected final void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        admitted(request, response, this::submit);
    }

    private interface Handler {
        void handle(HttpServletRequest request, HttpServletResponse response, String token, Client client) throws Exception;
    }

    private void admitted(HttpServletRequest request, HttpServletResponse response, Handler handler) throws IOException {
        String token = AccessGate.token(request);
        try {
            Optional<Client> client = gate.admit(token, response);
            if (client.isPresent()) {
                handler.handle(request, response, token, client.get());
            }
        } catch (Exception e) {
            page.unavailable(response, e);
        }
    }
}
