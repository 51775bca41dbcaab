package ru.krek.optovik.pricing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClientTermsTest {

    @Test
    void theDefaultFormatOrderReadsAsACfgLineOrAnArray() {
        assertEquals(List.of("pdf", "csv", "xlsx"), ClientTerms.formatOrder("pdf, csv  XLSX,"));
        assertEquals(List.of("pdf", "csv"), ClientTerms.formatOrder("pdf", " csv ", "pdf"));
        assertEquals(List.of(), ClientTerms.formatOrder(""));
    }
}
