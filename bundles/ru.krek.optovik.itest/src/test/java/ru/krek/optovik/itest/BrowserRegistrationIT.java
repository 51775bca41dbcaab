package ru.krek.optovik.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * A client registers, confirms and changes a group in a real headless Chromium, against the exported
 * runtime started by the launcher; the letters come from OPTOVIK_HOME/mail/pickup, the check from
 * `run/optovik exec client:show`. A screenshot of each page lands in target/screenshots.
 */
class BrowserRegistrationIT {

    @TempDir
    static Path work;
    static OptovikProcess optovik;

    @BeforeAll
    static void start() throws Exception {
        Path etc = OptovikProcess.copyEtc(Files.createDirectories(work.resolve("etc")));
        optovik = new OptovikProcess(Files.createDirectories(work.resolve("home")), etc);
        // the letters' links must reach this runtime
        Files.writeString(etc.resolve("optovik.web.cfg"), "public.url = " + optovik.url("/") + "\n");
        OptovikProcess.Run started = optovik.run("start");
        assertEquals(0, started.exit(), started.toString());
        optovik.exec("catalog:generate", work.resolve("exchange").toString(), "--offers", "200", "--seed", "7");
        assertTrue(optovik.exec("catalog:import", work.resolve("exchange").toString()).contains("succeeded"));
    }

    @AfterAll
    static void stop() throws Exception {
        if (optovik != null) {
            optovik.run("stop");
        }
    }

    @Test
    void aClientRegistersConfirmsAndChangesAGroupInABrowser() throws Exception {
        String email = "browser-" + System.nanoTime() + "@example.ru";
        try (Browser browser = new Browser(Path.of("target", "screenshots"))) {
            WebDriver page = browser.driver;
            page.get(optovik.url("/"));
            assertEquals("Регистрация — КРЭК, оптовые прайс-листы", page.getTitle());
            page.findElement(By.id("company")).sendKeys("ООО «Радиодеталь»");
            page.findElement(By.id("inn")).sendKeys("7707083893");
            page.findElement(By.id("contact")).sendKeys("Мария Иванова");
            page.findElement(By.id("email")).sendKeys(email);
            page.findElement(By.id("phone")).sendKeys("+7 812 000-00-00");
            page.findElement(By.id("city")).sendKeys("Санкт-Петербург");
            List<org.openqa.selenium.WebElement> groups = page.findElements(By.name("groups"));
            assertTrue(groups.size() > 2, "the catalog's groups are on the form");
            String first = groups.get(0).getAttribute("value");
            String second = groups.get(1).getAttribute("value");
            groups.get(0).click();
            new Select(page.findElement(By.id("stock"))).selectByValue("per-warehouse");
            new Select(page.findElement(By.id("pricelist_frequency"))).selectByValue("weekly");
            page.findElement(By.name("consent")).click();
            browser.screenshot("registration-form");
            page.findElement(By.id("register")).click();
            assertEquals("Проверьте почту", page.findElement(By.tagName("h1")).getText());
            browser.screenshot("check-your-mail");

            MimeMessage letter = letterTo(email);
            String confirm = Pickup.link(letter, "/confirm");
            assertTrue(confirm.startsWith(optovik.url("/confirm?token=")), confirm);
            String id = clientId(email);
            assertTrue(optovik.exec("client:show", id).contains("status: pending"));

            page.get(confirm);
            browser.screenshot("confirm-button");
            assertTrue(optovik.exec("client:show", id).contains("status: pending"), "opening the link confirms nothing");
            page.findElement(By.cssSelector("button[type=submit]")).click();
            assertEquals("CONFIRMED", page.findElement(By.id("outcome")).getAttribute("data-outcome"));
            browser.screenshot("confirmed");
            String shown = optovik.exec("client:show", id);
            assertTrue(shown.contains("status: active"), shown);
            assertTrue(shown.contains("group: " + first + " "), shown);
            assertTrue(shown.contains("stock: per-warehouse"), shown);

            page.get(Pickup.link(letter, "/preferences"));
            assertEquals("Настройки рассылки", page.findElement(By.tagName("h1")).getText());
            assertTrue(checkbox(page, first).isSelected(), "the chosen group is ticked");
            browser.screenshot("preferences");
            checkbox(page, first).click();
            checkbox(page, second).click();
            page.findElement(By.id("save")).click();
            assertEquals("Настройки сохранены.", page.findElement(By.id("saved")).getText());
            assertTrue(checkbox(page, second).isSelected());
            browser.screenshot("preferences-saved");
            String changed = optovik.exec("client:show", id);
            assertTrue(changed.contains("group: " + second + " "), changed);
            assertFalse(changed.contains("group: " + first + " "), changed);
        }
    }

    private static org.openqa.selenium.WebElement checkbox(WebDriver page, String group) {
        return page.findElement(By.cssSelector("input[name=groups][value='" + group + "']"));
    }

    /** The client's id from client:list (its first column). */
    private static String clientId(String email) throws Exception {
        // not --text: a filter longer than 12 characters fails in the clients bundle (string truncation vs. INN)
        for (String line : optovik.exec("client:list").lines().toList()) {
            if (line.contains(email)) {
                Matcher m = Pattern.compile("(\\d+)").matcher(line);
                assertTrue(m.find(), line);
                return m.group(1);
            }
        }
        throw new AssertionError("no client " + email);
    }

    /** The letter to the address in the runtime's pickup folder. */
    private static MimeMessage letterTo(String email) throws Exception {
        List<MimeMessage> letters = Pickup.lettersIn(optovik.home.resolve("mail/pickup"), email);
        assertEquals(1, letters.size(), "letters to " + email);
        return letters.get(0);
    }
}
