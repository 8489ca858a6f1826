package app.handshake.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A real headless Chromium driven through chromedriver, both from Debian's packages. Where they are
 * missing and the tests run as root on Debian, they are installed once, the way a container-based test
 * fetches its image; anywhere else the test fails and says what to install.
 */
public final class Browser {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private Browser() {}

    public static ChromeDriver start(int width, int height) throws IOException {
        ensureInstalled();
        Path profile = Files.createTempDirectory("handshake-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--disable-sync", "--user-data-dir=" + profile, "--window-size=" + width + "," + height);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        if (width < 600) {
            // A headless window is never narrower than about 500 px: a phone's width is emulated, as its
            // developer tools do, with the page laid out by its viewport meta tag.
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of("width", width,
                    "height", height, "deviceScaleFactor", 1, "mobile", true));
        }
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        return driver;
    }

    /** Signs in through the sign-in page, as a person would. */
    public static void signIn(ChromeDriver driver, String baseUrl, String email, String password) {
        driver.get(baseUrl + "/login");
        driver.findElement(org.openqa.selenium.By.id("email")).sendKeys(email);
        driver.findElement(org.openqa.selenium.By.id("password")).sendKeys(password);
        driver.findElement(org.openqa.selenium.By.cssSelector("main button[type=submit]")).click();
        // Wait for the answer (the page asked for, or the sign-in page with a reason) before going on.
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(10))
                .until(page -> !page.getCurrentUrl().equals(baseUrl + "/login"));
    }

    /**
     * Clicks something that loads a new page, and waits until the new page is there. The old page is
     * marked on its window object, which a new document does not inherit; watching an old element go
     * stale instead races with Chromium, which sometimes reports a detached node as an inspector error
     * rather than as a stale element.
     */
    public static void clickAndWait(ChromeDriver driver, org.openqa.selenium.By target) {
        driver.executeScript("window.handshakeLeaving = true;");
        driver.findElement(target).click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(page -> Boolean.TRUE.equals(driver.executeScript(
                        "return window.handshakeLeaving !== true && document.readyState === 'complete';")));
    }

    /** Keeps a picture of the page under target/screenshots, to look at when a test fails. */
    public static void screenshot(ChromeDriver driver, String name) throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    private static synchronized void ensureInstalled() throws IOException {
        if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
            return;
        }
        boolean canInstall = "root".equals(System.getProperty("user.name")) && Files.isExecutable(Path.of("/usr/bin/apt-get"));
        if (!canInstall) {
            throw new IllegalStateException("The browser tests need Chromium and chromedriver at /usr/bin. "
                    + "On Debian or Ubuntu: sudo apt-get install -y chromium chromium-driver");
        }
        run(List.of("apt-get", "update", "-qq"));
        run(List.of("apt-get", "install", "-y", "-qq", "chromium", "chromium-driver"));
    }

    private static void run(List<String> command) throws IOException {
        try {
            int exit = new ProcessBuilder(command).inheritIO().start().waitFor();
            if (exit != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed with exit code " + exit);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
