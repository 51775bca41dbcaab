package ru.krek.optovik.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import ru.krek.optovik.api.client.ClientOptions;
import ru.krek.optovik.api.client.NotifyFrequency;
import ru.krek.optovik.api.client.PriceListFrequency;
import ru.krek.optovik.api.client.StockView;

class RegistrationFormTest {

    private static final Set<String> INSTALLED = Set.of("xlsx", "pdf");

    private static Map<String, String[]> posted() {
        Map<String, String[]> form = new HashMap<>();
        form.put("company", new String[] {"  ООО «Радиодеталь» "});
        form.put("inn", new String[] {"7707083893"});
        form.put("contact", new String[] {"Мария Иванова"});
        form.put("email", new String[] {"maria@example.ru"});
        form.put("groups", new String[] {"g1", " g2 ", "g1", ""});
        form.put("formats", new String[] {"pdf", "xlsx"});
        form.put("in_stock_only", new String[] {"yes"});
        form.put("stock", new String[] {"per-warehouse"});
        form.put("pricelist_frequency", new String[] {"weekly"});
        form.put("notify_frequency", new String[] {"off"});
        form.put("consent", new String[] {"yes"});
        return form;
    }

    @Test
    void aGoodFormGivesDetailsGroupsAndOptions() {
        RegistrationForm form = RegistrationForm.of(posted()::get);
        assertTrue(form.problems(INSTALLED).isEmpty(), form.problems(INSTALLED).toString());
        assertEquals("ООО «Радиодеталь»", form.details().company(), "values are stripped");
        assertEquals("", form.details().kpp(), "a field not sent is empty");
        assertEquals(List.of("g1", "g2"), form.chosenGroups().ids(), "blank and repeated groups dropped");
        assertEquals(new ClientOptions(List.of("pdf", "xlsx"), true, StockView.PER_WAREHOUSE, PriceListFrequency.WEEKLY,
                NotifyFrequency.OFF), form.options());
    }

    @Test
    void noGroupTickedMeansTheWholeCatalog() {
        Map<String, String[]> posted = posted();
        posted.remove("groups");
        assertTrue(RegistrationForm.of(posted::get).chosenGroups().all());
    }

    @Test
    void eachBadSettingIsNamedBesideItsField() {
        Map<String, String[]> posted = posted();
        posted.put("formats", new String[] {"xlsx", "docx"});
        posted.put("stock", new String[] {"some"});
        posted.put("pricelist_frequency", new String[] {"hourly"});
        posted.put("notify_frequency", new String[] {""});
        posted.remove("consent");
        Map<String, String> problems = RegistrationForm.of(posted::get).problems(INSTALLED);
        assertEquals(Set.of("formats", "stock", "pricelist_frequency", "notify_frequency", "consent"), problems.keySet());
        assertTrue(problems.get("formats").contains("docx"), problems.get("formats"));
    }

    @Test
    void withNoFormatterInstalledOnlyNoFormatIsValid() {
        Map<String, String[]> posted = posted();
        assertTrue(RegistrationForm.of(posted::get).problems(Set.of()).containsKey("formats"));
        posted.remove("formats");
        assertFalse(RegistrationForm.of(posted::get).problems(Set.of()).containsKey("formats"));
    }

    @Test
    void theBlankFormOffersTheDefaults() {
        RegistrationForm blank = RegistrationForm.blank();
        assertEquals(SettingsForm.of(ClientOptions.defaults()), blank.settings());
        assertFalse(blank.consent());
        assertEquals("", blank.values().get("email"));
    }

    @Test
    void anUncheckedInStockBoxMeansEveryLine() {
        Map<String, String[]> posted = posted();
        posted.remove("in_stock_only");
        assertFalse(RegistrationForm.of(posted::get).options().inStockOnly());
    }
}
