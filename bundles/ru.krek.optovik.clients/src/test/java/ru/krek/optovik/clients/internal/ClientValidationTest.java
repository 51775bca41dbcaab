package ru.krek.optovik.clients.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.krek.optovik.api.client.ClientDetails;
import ru.krek.optovik.api.client.InvalidClientException;
import ru.krek.optovik.api.client.Manager;

class ClientValidationTest {

    static ClientDetails good() {
        return new ClientDetails("ООО «Ромашка»", "7707083893", "773601001", "Иван Петров", "zakupki@romashka.ru",
                List.of("buh@romashka.ru"), "+7 495 000-00-00", "Москва", new Manager("Анна", "anna@krek.ru"));
    }

    @Test
    void goodDetailsPass() throws Exception {
        ClientValidation.check(good());
    }

    @Test
    void everyWrongFieldIsNamedAtOnce() {
        ClientDetails bad = new ClientDetails("", "500100732259", "773601001", "a\r\nBcc: x@y.ru", "not-an-address",
                List.of("also bad"), "", "", new Manager("", "manager@"));
        InvalidClientException e = assertThrows(InvalidClientException.class, () -> ClientValidation.check(bad));
        Map<String, String> p = e.problems();
        assertEquals(List.of("company", "kpp", "contact", "email", "extra_emails", "manager_email"), List.copyOf(p.keySet()));
        assertTrue(p.get("kpp").contains("нет КПП"), p.get("kpp"));
        assertTrue(p.get("contact").contains("управляющие"), p.get("contact"));
    }

    @Test
    void headerInjectionInAnAddressIsRefused() {
        ClientDetails d = new ClientDetails("A", "7707083893", "", "", "a@b.ru\r\nBcc: all@x.ru", List.of(), "", "", null);
        assertTrue(ClientValidation.problems(d).containsKey("email"));
    }

    @Test
    void theExtraAddressMayNotRepeatTheMainOne() {
        ClientDetails d = new ClientDetails("A", "7707083893", "", "", "a@b.ru", List.of("A@B.RU"), "", "", null);
        assertTrue(ClientValidation.problems(d).get("extra_emails").contains("совпадает"));
    }

    @Test
    void overlongFieldsAreRefused() {
        ClientDetails d = new ClientDetails("x".repeat(501), "7707083893", "", "", "a@b.ru", List.of(), "", "", null);
        assertTrue(ClientValidation.problems(d).get("company").contains("500"));
    }
}
