package ru.krek.optovik.format.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.krek.optovik.api.pricelist.PriceList;
import ru.krek.optovik.api.pricelist.PriceListLine;
import ru.krek.optovik.api.pricelist.PriceListSection;
import ru.krek.optovik.format.samples.SamplePriceLists;

class HtmlFormatterTest {

    @Test
    void tableHasGroupRowsLinesAndNeutralisedText() throws IOException {
        String html = write(SamplePriceLists.small());
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("<h1>Прайс-лист ООО «КРЭК»</h1>"));
        assertTrue(html.contains("цены с НДС"));
        assertTrue(html.contains(">Отвёртки</tr>"));
        assertTrue(html.contains("<td>Отвёртка крестовая PH2 × 100 мм<td>Kraftool<td>шт<td class=\"n\">1234,56"));
        assertTrue(html.contains("<td>&#39;=HYPERLINK(&quot;http://evil.example&quot;;&quot;Скидка 90 %&quot;)"), html);
        assertEquals(6, html.split("<tr><td>", -1).length - 1);
    }

    @Test
    void markupFromNamesIsEscaped() throws IOException {
        PriceListLine line = new PriceListLine("x", "<b>", "<script>alert(1)</script> & «ок»", "", "шт", BigDecimal.ONE,
                null, List.of());
        PriceList list = new PriceList(SamplePriceLists.small().header(),
                List.of(new PriceListSection("g", "<i>Группа</i>", 0, List.of(line))));
        String html = write(list);
        assertFalse(html.contains("<script>") || html.contains("<b>") || html.contains("<i>"));
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; «ок»"));
    }

    private static String write(PriceList list) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HtmlFormatter().write(list, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
