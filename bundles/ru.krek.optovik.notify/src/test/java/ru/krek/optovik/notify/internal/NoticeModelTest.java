package ru.krek.optovik.notify.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NoticeModelTest {

    @Test
    void moneyAndPercentAsRussiansWriteThem() {
        assertEquals("1\u00a0234,50", NoticeModel.money(new BigDecimal("1234.5")));
        assertEquals("0,0125", NoticeModel.money(new BigDecimal("0.0125")));
        assertEquals("108,00", NoticeModel.money(new BigDecimal("108")));
        assertEquals("", NoticeModel.money(null));
        assertEquals("+20,0\u00a0%", NoticeModel.percent(new BigDecimal("20.0")));
        assertEquals("\u22123,3\u00a0%", NoticeModel.percent(new BigDecimal("-3.3")));
    }

    @Test
    void sectionsInReadingOrderWithTheRestCounted() {
        Notices.Line a = new Notices.Line("a", "Диод", null, null);
        Notices.Line b = new Notices.Line("b", "Реле", new BigDecimal("100"), new BigDecimal("90"));
        Notices.Line c = new Notices.Line("c", "Транзистор", null, null);
        Notices notices = new Notices(List.of(a, c), List.of(), List.of(b), List.of(), List.of(a), List.of());
        List<Map<String, Object>> sections = NoticeModel.sections(notices, 1);
        assertEquals(List.of("arrival", "price", "gone"), sections.stream().map(s -> s.get("kind")).toList());
        assertEquals(1, sections.get(0).get("more"));
        assertEquals(2, sections.get(0).get("count"));
        @SuppressWarnings("unchecked")
        Map<String, Object> price = ((List<Map<String, Object>>) sections.get(1).get("lines")).get(0);
        assertEquals("100,00", price.get("old"));
        assertEquals("90,00", price.get("new"));
        assertEquals("\u221210,0\u00a0%", price.get("percent"));
        assertEquals(false, price.get("up"));
    }
}
