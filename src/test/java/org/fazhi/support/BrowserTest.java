package org.fazhi.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the browser walks: the application on a random port (H2, demo data, pinned clock) driven by Debian's
 * headless Chromium. Screenshots go to {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "fazhi.demo.enabled=true")
@Import(TestClockConfiguration.class)
@ExtendWith(BrowserAvailable.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTest {

	public static final Path SCREENSHOTS = Path.of("target", "screenshots");

	@LocalServerPort
	protected int port;

	@Autowired
	protected MutableClock clock;

	protected WebDriver driver;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.register(registry, "fazhi-browser");
	}

	@BeforeAll
	void startBrowser() throws IOException {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(BrowserAvailable.CHROMIUM.toString());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--disable-quic", "--window-size=1440,1000", "--lang=zh-CN",
				"--user-data-dir=" + Files.createTempDirectory("fazhi-chromium"));
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(BrowserAvailable.CHROMEDRIVER.toFile())
			.build();
		driver = new ChromeDriver(service, options);
		driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
	}

	@AfterAll
	void stopBrowser() {
		if (driver != null) {
			driver.quit();
		}
	}

	protected String url(String path) {
		return "http://localhost:" + port + path;
	}

	protected void open(String path) {
		driver.get(url(path));
	}

	protected void login(String username, String password) {
		driver.manage().deleteAllCookies();
		open("/login");
		driver.findElement(By.id("username")).sendKeys(username);
		driver.findElement(By.id("password")).sendKeys(password);
		driver.findElement(By.cssSelector("button[type=submit]")).click();
	}

	protected WebElement waitFor(By locator) {
		return new WebDriverWait(driver, Duration.ofSeconds(10))
			.until(ExpectedConditions.visibilityOfElementLocated(locator));
	}

	/** Sets a field's value directly: date inputs take their typed form in the browser's locale, not ISO. */
	protected void setValue(WebElement field, String value) {
		((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", field, value);
	}

	/** Clicks an element after scrolling it to the middle of the window, as a user would. */
	protected void press(WebElement element) {
		((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
		element.click();
	}

	/** Clicks a button that asks for confirmation first and accepts the question. */
	protected void clickConfirming(WebElement button) {
		press(button);
		Alert alert = new WebDriverWait(driver, Duration.ofSeconds(5)).until(ExpectedConditions.alertIsPresent());
		alert.accept();
	}

	protected String mainText() {
		return new WebDriverWait(driver, Duration.ofSeconds(10))
			.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
			.until(d -> d.findElement(By.cssSelector("main")).getText());
	}

	/** Waits until the page's message (the flash above the content) shows every one of these texts; returns it. */
	protected String flashShowing(String... expected) {
		return new WebDriverWait(driver, Duration.ofSeconds(10))
			.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
			.ignoring(org.openqa.selenium.NoSuchElementException.class)
			.until(d -> {
				String text = d.findElement(By.cssSelector(".fz-content > .alert")).getText();
				return java.util.Arrays.stream(expected).allMatch(text::contains) ? text : null;
			});
	}

	/** Waits until the page (after a click that navigates) shows every one of these texts, and returns its text. */
	protected String mainTextShowing(String... expected) {
		return new WebDriverWait(driver, Duration.ofSeconds(10))
			.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
			.until(d -> {
				String text = d.findElement(By.cssSelector("main")).getText();
				return java.util.Arrays.stream(expected).allMatch(text::contains) ? text : null;
			});
	}

	/** The window as a phone's (390 × 844 CSS pixels), or back to the desktop's. */
	protected void phone(boolean phone) {
		driver.manage().window().setSize(phone ? new org.openqa.selenium.Dimension(390, 844)
				: new org.openqa.selenium.Dimension(1440, 1000));
	}

	/** Whether the page is wider than the window (a horizontal scroll bar). */
	protected boolean scrollsSideways() {
		return (Boolean) ((JavascriptExecutor) driver)
			.executeScript("return document.documentElement.scrollWidth > window.innerWidth + 1");
	}

	private static String axe;

	/**
	 * The serious and critical accessibility violations axe-core finds on the page as it stands (WCAG 2.1 A and AA
	 * rules), each as "rule: help @ elements".
	 */
	@SuppressWarnings("unchecked")
	protected java.util.List<String> seriousAccessibilityViolations() {
		if (axe == null) {
			try (var in = BrowserTest.class.getResourceAsStream("/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
				axe = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		JavascriptExecutor js = (JavascriptExecutor) driver;
		js.executeScript(axe);
		Object found = js.executeAsyncScript("""
				var done = arguments[arguments.length - 1];
				axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
				  .then(function (r) {
				    done(r.violations.filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })
				      .map(function (v) { return v.id + ': ' + v.help + ' @ '
				        + v.nodes.slice(0, 3).map(function (n) { return n.target.join(' '); }).join(' | '); }));
				  })
				  .catch(function (e) { done(['axe failed: ' + e]); });""");
		return (java.util.List<String>) found;
	}

	protected Path screenshot(String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			Path target = SCREENSHOTS.resolve(name + ".png");
			Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
			Files.copy(shot, target, StandardCopyOption.REPLACE_EXISTING);
			return target;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
