package com.cagekeeper.desk;

import static com.cagekeeper.support.Api.OPERATIONS;
import static com.cagekeeper.support.Api.SECURITY;
import static com.cagekeeper.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.cagekeeper.support.Fixtures;
import com.cagekeeper.support.Tokens;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The desk page in a real browser: Debian's Chromium and chromedriver, headless, driven by
 * Selenium WebDriver through a guard's sign-in, a granted check and a recorded entry, a denied
 * check and a lockdown banner, at a tablet's width. Skipped, saying why, only where the two
 * binaries are not installed ({@code .ci/run} installs them where it can). With
 * {@code -DdeskScreenshot=docs/desk.png} it also saves the page showing a decision.
 */
@QuarkusTest
@DisplayName("The security desk page in a real browser (headless Chromium): sign in, GRANTED and a recorded entry, DENIED with its reason, the LOCKDOWN banner")
class DeskPageBrowserTest {

    static WebDriver browser;

    @TestHTTPResource("/")
    URL base;

    @BeforeAll
    static void startBrowser() {
        Optional<Path> chromium = executable("chromium", "chromium-browser", "google-chrome");
        Optional<Path> driver = executable("chromedriver");
        Assumptions.assumeTrue(chromium.isPresent() && driver.isPresent(),
                "no Chromium/chromedriver on this machine: install Debian's chromium and chromium-driver"
                        + " (apt-get install -y chromium chromium-driver; .ci/run does it where it can) to run the"
                        + " desk page's browser test");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.get().toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1024,1000", "--lang=en-US", "--force-device-scale-factor=1");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.get().toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    static Optional<Path> executable(String... names) {
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("") + File.pathSeparator + "/usr/bin"
                + File.pathSeparator + "/usr/lib/chromium";
        return Arrays.stream(names)
                .flatMap(n -> Arrays.stream(path.split(File.pathSeparator)).map(d -> Path.of(d, n)))
                .filter(Files::isExecutable).findFirst();
    }

    private String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }

    private WebElement id(String id) {
        return browser.findElement(By.id(id));
    }

    /** Does something that loads a new page, and waits until it has. */
    private void navigating(Runnable action) {
        WebElement old = browser.findElement(By.tagName("html"));
        action.run();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(old));
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> "complete"
                .equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    private void signIn() {
        browser.manage().deleteAllCookies();
        browser.get(url("/desk/sign-in"));
        assertEquals("token", browser.switchTo().activeElement().getAttribute("id"), "the token field has the focus");
        id("token").sendKeys(Tokens.of(SECURITY));
        navigating(() -> id("sign-in").click());
        assertTrue(browser.getCurrentUrl().endsWith("/desk"), browser.getCurrentUrl());
    }

    private void chooseFacility(String facilityId) {
        new Select(id("facilityId")).selectByValue(facilityId);
        navigating(() -> browser.findElement(By.cssSelector("#facility-form button")).click());
    }

    @Test
    @DisplayName("§3.2 a guard signs in, finds the person by name with the keyboard, gets GRANTED in large text and records the entry, which the facility's last events show")
    void grantedAndRecorded() throws Exception {
        Map<String, Object> site = new java.util.HashMap<>(Fixtures.facilityBody(Fixtures.code("ATL", 6)));
        site.put("name", "Atlanta Downtown");
        String facility = Fixtures.create("/api/v1/facilities", site);
        String customer = Fixtures.customer();
        String space = Fixtures.create("/api/v1/spaces", Fixtures.spaceBody(facility, Fixtures.code("ATL-C", 8)));
        Fixtures.Tenancy t = new Fixtures.Tenancy(facility, customer, space, Fixtures.activeOrder(customer, space));
        Map<String, Object> body = new java.util.HashMap<>(Fixtures.personBody(t.customerId(), List.of(t.spaceId())));
        String name = "Sam Okafor " + Fixtures.code("", 4);
        body.put("name", name);
        body.put("idDocumentNumber", "P-88234821");
        String person = Fixtures.create("/api/v1/people", body);
        Fixtures.approve(person);

        signIn();
        chooseFacility(t.facilityId());
        WebElement q = browser.switchTo().activeElement();
        assertEquals("q", q.getAttribute("id"), "the lookup field has the focus");
        navigating(() -> q.sendKeys(name, Keys.ENTER));
        assertEquals(person, id("personId").getAttribute("value"), "the one person found is chosen");
        assertTrue(id("selected-person").getText().contains("****4821"));
        assertFalse(browser.getPageSource().contains("88234821"), "never the full document number");

        new Select(id("spaceId")).selectByValue(t.spaceId());
        navigating(() -> id("check").click());
        assertEquals("GRANTED", id("verdict").getText().replaceAll("[^A-Z]", ""));
        assertEquals("status", id("decision").getAttribute("role"));
        assertTrue(id("valid-until").getText().startsWith("Valid until"));
        assertTrue(id("decision").getText().contains("Checked only: nothing recorded."));
        String verdictSize = id("verdict").getCssValue("font-size");
        assertTrue(Double.parseDouble(verdictSize.replace("px", "")) >= 40, "large text: " + verdictSize);

        navigating(() -> id("record-entry").click());
        assertTrue(id("decision").getText().contains("Recorded as an entry"), id("decision").getText());
        assertTrue(id("events").getText().contains(name), "the entry is among the last events");
        as(SECURITY).get("/api/v1/access-events?personId=" + person).then().statusCode(200)
                .body("items[0].direction", org.hamcrest.Matchers.equalTo("IN"))
                .body("items[0].decision", org.hamcrest.Matchers.equalTo("GRANTED"));

        screenshot();
        // usable on a tablet: at 768 px nothing needs horizontal scrolling
        browser.manage().window().setSize(new Dimension(768, 1024));
        long overflow = (Long) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertTrue(overflow <= 0, "horizontal overflow at 768 px: " + overflow);
        browser.manage().window().setSize(new Dimension(1024, 1000));
    }

    @Test
    @DisplayName("§3.2 a revoked person is DENIED in the browser with the reason code REVOKED and its clause")
    void denied() {
        Fixtures.Tenancy t = Fixtures.tenancy();
        String person = Fixtures.approvedPerson(t.customerId(), t.spaceId());
        as(OPERATIONS).body(Map.of("reason", "THREAT_OF_DAMAGE")).post("/api/v1/people/{id}/revocation", person)
                .then().statusCode(200);

        signIn();
        chooseFacility(t.facilityId());
        WebElement lookup = browser.switchTo().activeElement();
        navigating(() -> lookup.sendKeys(person, Keys.ENTER));
        new Select(id("spaceId")).selectByValue(t.spaceId());
        navigating(() -> id("record-entry").click());
        assertEquals("DENIED", id("verdict").getText().replaceAll("[^A-Z]", ""));
        String reasons = id("reasons").getText();
        assertTrue(reasons.contains("REVOKED") && reasons.contains("§3.2"), reasons);
    }

    @Test
    @DisplayName("BCP rule 8: a facility in LOCKDOWN shows the banner at the top of the page")
    void lockdownBanner() {
        Fixtures.Tenancy t = Fixtures.tenancy();
        as(OPERATIONS).body(Map.of("state", "LOCKDOWN", "reason", "Evacuation drill"))
                .post("/api/v1/facilities/{id}/operating-state", t.facilityId()).then().statusCode(200);
        signIn();
        chooseFacility(t.facilityId());
        WebElement banner = id("facility-banner");
        assertEquals("alert", banner.getAttribute("role"));
        assertTrue(banner.getText().contains("LOCKDOWN") && banner.getText().contains("Evacuation drill"),
                banner.getText());
        WebElement first = browser.findElement(By.cssSelector("body > *:not(a.skip)"));
        assertEquals("facility-banner", first.getAttribute("id"), "the banner is at the top");
    }

    private void screenshot() throws Exception {
        String target = System.getProperty("deskScreenshot");
        if (target == null || target.isBlank()) {
            return;
        }
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Path to = Path.of(target).isAbsolute() ? Path.of(target) : Path.of(System.getProperty("user.dir"), target);
        Files.createDirectories(to.getParent());
        Files.copy(shot.toPath(), to, StandardCopyOption.REPLACE_EXISTING);
    }
}
