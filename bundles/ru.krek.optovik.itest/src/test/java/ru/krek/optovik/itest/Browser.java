package ru.krek.optovik.itest;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium through its chromedriver (run/test installs both), named explicitly so that
 * Selenium Manager never tries to download a browser or driver; and numbered screenshots of each page.
 */
final class Browser implements AutoCloseable {

    static final File CHROMIUM = new File("/usr/bin/chromium");
    static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    final ChromeDriver driver;
    private final Path screenshots;
    private int shots;

    Browser(Path screenshots) throws IOException {
        if (!CHROMIUM.canExecute() || !CHROMEDRIVER.canExecute()) {
            throw new AssertionError("Chromium is missing: run the tests through run/test, which installs chromium and "
                    + "chromium-driver (or apt-get install -y --no-install-recommends chromium chromium-driver)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1400",
                "--lang=ru-RU");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        this.driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        this.screenshots = Files.createDirectories(screenshots);
    }

    /** Saves the page as NN-name.png and prints where. */
    Path screenshot(String name) throws IOException {
        Path file = screenshots.resolve(String.format("%02d-%s.png", ++shots, name));
        Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        System.out.println("screenshot: " + file.toAbsolutePath());
        return file;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
