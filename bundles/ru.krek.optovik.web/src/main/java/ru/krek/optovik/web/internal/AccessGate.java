package ru.krek.optovik.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import ru.krek.optovik.api.client.Access;
import ru.krek.optovik.api.client.Client;
import ru.krek.optovik.api.client.ClientDirectory;
import ru.krek.optovik.api.client.ClientException;

/**
 * The door of the pages a letter's signed link opens (/preferences, /unsubscribe): the client the token
 * names, or a clear page saying why not (a bad or stale link, a blocked or erased client).
 */
@Component(service = AccessGate.class)
public final class AccessGate {

    private final ClientDirectory directory;
    private final Pages pages;

    @Activate
    public AccessGate(@Reference ClientDirectory directory, @Reference Pages pages) {
        this.directory = directory;
        this.pages = pages;
    }

    /** The token of the request: the query's or the form's "token" field. */
    static String token(HttpServletRequest request) {
        String token = request.getParameter("token");
        return token == null ? "" : token.strip();
    }

    /** The client when the link is good; else the refusal page is written and the answer is empty. */
    Optional<Client> admit(String token, HttpServletResponse response) throws IOException, ClientException {
        Access access = token.isEmpty() ? new Access(Access.Outcome.INVALID, Optional.empty()) : directory.access(token);
        switch (access.outcome()) {
            case GRANTED:
                return access.client();
            case BLOCKED:
                pages.render(response, HttpServletResponse.SC_FORBIDDEN, "message", Map.of("id", "blocked",
                        "title", "Настройки недоступны",
                        "text", "Рассылка для этого адреса остановлена отделом оптовых продаж КРЭК. Пожалуйста, свяжитесь с вашим менеджером."));
                return Optional.empty();
            default:
                pages.render(response, HttpServletResponse.SC_FORBIDDEN, "message", Map.of("id", "invalid-link",
                        "title", "Ссылка недействительна",
                        "text", "Эта ссылка недействительна: она повреждена, устарела (например, адрес почты с тех пор изменился) "
                                + "или данные клиента удалены. Откройте ссылку из последнего письма КРЭК или зарегистрируйтесь снова."));
                return Optional.empty();
        }
    }
}
