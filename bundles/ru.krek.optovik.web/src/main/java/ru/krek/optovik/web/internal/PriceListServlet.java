package ru.krek.optovik.web.internal;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.krek.optovik.api.client.Access;
import ru.krek.optovik.api.client.ClientDirectory;
import ru.krek.optovik.api.pricelist.PriceListFile;
import ru.krek.optovik.api.pricelist.PriceLists;

/** GET /pricelist?token=…: the client's current list in its preferred format, through a signed, expiring link. */
@Component(service = Servlet.class)
@HttpWhiteboardContextSelect(SiteContext.SELECT)
@HttpWhiteboardServletPattern("/pricelist")
public final class PriceListServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(PriceListServlet.class);

    private final transient PriceListLinkService links;
    private final transient ClientDirectory directory;
    private final transient PriceLists lists;
    private final transient Pages pages;

    @Activate
    public PriceListServlet(@Reference PriceListLinkService links, @Reference ClientDirectory directory,
            @Reference PriceLists lists, @Reference Pages pages) {
        this.links = links;
        this.directory = directory;
        this.lists = lists;
        this.pages = pages;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            PriceListLinkService.Checked link = links.check(request.getParameter("token"));
            if (link.outcome() == PriceListLinkService.Outcome.EXPIRED) {
                page(response, HttpServletResponse.SC_GONE, "Ссылка устарела",
                        "Срок действия этой ссылки на прайс-лист истёк. Свежая ссылка придёт в следующем письме.");
                return;
            }
            Access access = link.outcome() == PriceListLinkService.Outcome.VALID ? directory.access(link.clientToken())
                    : new Access(Access.Outcome.INVALID, Optional.empty());
            if (access.outcome() != Access.Outcome.GRANTED) {
                page(response, HttpServletResponse.SC_FORBIDDEN, "Ссылка недействительна",
                        "Эта ссылка на прайс-лист неверна или больше не действует. Проверьте, что она скопирована целиком.");
                return;
            }
            Optional<PriceListFile> file = lists.build(access.client().orElseThrow().id(), null);
            if (file.isEmpty()) {
                page(response, HttpServletResponse.SC_OK, "Прайс-лист пуст",
                        "Сейчас в выбранных вами группах нет позиций для прайс-листа.");
                return;
            }
            send(response, file.get());
        } catch (Exception e) {
            LOG.error("price list download failed: {}", e.toString(), e);
            page(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Сервис временно недоступен",
                    "Не удалось подготовить прайс-лист. Пожалуйста, попробуйте ещё раз через несколько минут.");
        }
    }

    private static void send(HttpServletResponse response, PriceListFile file) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(file.format().mediaType());
        response.setHeader("Content-Disposition", disposition(file.fileName()));
        response.setContentLengthLong(Files.size(file.path()));
        try (OutputStream out = response.getOutputStream()) {
            Files.copy(file.path(), out);
        }
    }

    /** RFC 6266 with the RFC 5987 UTF-8 name, and a plain ASCII one for old clients. */
    static String disposition(String fileName) {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }

    private void page(HttpServletResponse response, int status, String title, String text) throws IOException {
        pages.render(response, status, "message", Map.of("title", title, "text", text));
    }
}
