package app.handshake.support;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What is wrong with a page as it stands: wider than the screen, errors in the console, refusals of the CSP. */
public final class PageProblems {

    /** Records what the console would show: errors, and any refusal of the Content-Security-Policy. */
    private static final String WATCH = """
            window.handshakeProblems = window.handshakeProblems || [];
            window.addEventListener('securitypolicyviolation', function (e) {
                window.handshakeProblems.push('CSP refused ' + e.blockedURI + ' (' + e.violatedDirective + ')');
            });
            window.addEventListener('error', function (e) { window.handshakeProblems.push('error: ' + e.message); });
            """;

    private PageProblems() {}

    /** Watches every page the browser opens from now on, from its first script. */
    public static void watch(ChromeDriver browser) {
        browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", WATCH));
    }

    /**
     * Once the page and the cards it loads (htmx) have arrived, what is wrong with it, each line starting with
     * {@code what}; the record starts again for the next look.
     */
    public static List<String> of(ChromeDriver browser, String what) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(page -> Boolean.TRUE.equals(browser.executeScript(
                "return document.readyState === 'complete' && !document.querySelector('.htmx-request');")));
        List<String> problems = new ArrayList<>();
        long width = ((Number) browser.executeScript("return document.documentElement.scrollWidth")).longValue();
        long screen = ((Number) browser.executeScript("return document.documentElement.clientWidth")).longValue();
        if (width > screen) {
            problems.add(what + " is " + width + " px wide on a " + screen + " px screen");
        }
        for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
            // The browser asks for /favicon.ico on its own before it reads the page's icon link.
            if (entry.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue()
                    && !entry.getMessage().contains("/favicon.ico")) {
                problems.add(what + ": " + entry.getLevel() + " " + entry.getMessage());
            }
        }
        @SuppressWarnings("unchecked")
        List<Object> seen = (List<Object>) browser.executeScript("return window.handshakeProblems || [];");
        seen.forEach(p -> problems.add(what + ": " + p));
        browser.executeScript("window.handshakeProblems = [];");
        return problems;
    }
}
