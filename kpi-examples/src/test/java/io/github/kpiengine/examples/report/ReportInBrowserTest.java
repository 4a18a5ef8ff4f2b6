package io.github.kpiengine.examples.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Opens the report in headless Chromium as a desktop (1400 px) and a phone (390 px, emulated as a
 * mobile device, so a page without a viewport is laid out at 980 px and zoomed out as a phone
 * would) and checks what a reader sees: the page never scrolls sideways, every chart is shown with
 * every text at 10 px or more and nothing cut off or overlapping, and every column of the rep table
 * can be brought into view.
 *
 * <p>It drives the system's Chromium and chromedriver (Debian's {@code chromium} and
 * {@code chromium-driver}; {@code KPI_CHROMIUM} and {@code KPI_CHROMEDRIVER} name others), never a
 * downloaded one. Where they are missing the test is skipped with a message saying how to install
 * them, except on CI ({@code CI=true}), where it fails: CI must never pass without it.
 */
class ReportInBrowserTest {

    private static final Path CHROMIUM = Path.of(env("KPI_CHROMIUM", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(env("KPI_CHROMEDRIVER", "/usr/bin/chromedriver"));
    private static final int DESKTOP = 1400;
    private static final int PHONE = 390;
    private static final double MIN_TEXT_PX = 10;

    @TempDir
    static Path dir;

    private static final Map<Integer, WebDriver> DRIVERS = new HashMap<>();
    private static final Map<String, Path> PAGES = new HashMap<>();

    @BeforeAll
    static void writeReports() throws IOException {
        requireChromium();
        PAGES.put("sample", write("kpi-report.html", ReviewFixtures.sample()));
        PAGES.put("unreachable plan, one-rep team", write("kpi-report-solo.html", ReviewFixtures.withSoloTeam()));
    }

    @AfterAll
    static void quitChromium() {
        // Quitting a driver also stops its own chromedriver.
        DRIVERS.values().forEach(WebDriver::quit);
        DRIVERS.clear();
    }

    static Stream<Arguments> screens() {
        List<Arguments> all = new ArrayList<>();
        for (int width : new int[] {DESKTOP, PHONE}) {
            for (String page : List.of("sample", "unreachable plan, one-rep team")) {
                all.add(Arguments.of(width, page));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} px, {1}")
    @MethodSource("screens")
    void page_layoutViewport_isTheScreenAndNeverScrollsSideways(int width, String page) {
        Map<String, Object> viewport = script(open(width, page), """
                const root = document.documentElement;
                return {inner: window.innerWidth, client: root.clientWidth, scroll: root.scrollWidth,
                        body: document.body.scrollWidth, scale: window.visualViewport.scale};""");

        assertThat(number(viewport.get("inner"))).as("layout viewport (a phone without a viewport meta lays out "
                + "at 980 px and zooms out)").isEqualTo(width);
        assertThat(number(viewport.get("scale"))).as("zoom").isEqualTo(1.0);
        assertThat(number(viewport.get("scroll"))).as("document scrollWidth")
                .isLessThanOrEqualTo(number(viewport.get("client")));
        assertThat(number(viewport.get("body"))).as("body scrollWidth")
                .isLessThanOrEqualTo(number(viewport.get("client")));
    }

    @ParameterizedTest(name = "{0} px, {1}")
    @MethodSource("screens")
    void charts_everyTextRenderedAtTenPixelsOrMore_reachableAndApart(int width, String page) {
        List<Map<String, Object>> charts = script(open(width, page), READABLE_CHARTS);

        assertThat(charts).extracting(c -> c.get("id")).containsExactly("funnel", "barometer", "peers");
        SoftAssertions softly = new SoftAssertions();
        for (Map<String, Object> chart : charts) {
            String id = (String) chart.get("id");
            softly.assertThat(chart.get("shown")).as("%s is displayed and visible", id).isEqualTo(true);
            softly.assertThat(number(chart.get("width"))).as("%s width", id).isGreaterThan(200);
            softly.assertThat(number(chart.get("height"))).as("%s height", id).isGreaterThan(100);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> texts = (List<Map<String, Object>>) chart.get("texts");
            softly.assertThat(texts).as("%s texts", id).hasSizeGreaterThan(5);
            for (Map<String, Object> text : texts) {
                String what = id + " text '" + text.get("text") + "'";
                softly.assertThat(number(text.get("size"))).as("%s font size as rendered", what)
                        .isGreaterThanOrEqualTo(MIN_TEXT_PX);
                softly.assertThat(number(text.get("height"))).as("%s box height as rendered", what)
                        .isGreaterThanOrEqualTo(MIN_TEXT_PX);
                softly.assertThat(text.get("reachable")).as("%s can be brought into view whole", what)
                        .isEqualTo("yes");
            }
            softly.assertThat((List<?>) chart.get("overlaps")).as("%s texts that overlap", id).isEmpty();
        }
        softly.assertAll();
    }

    @ParameterizedTest(name = "{0} px, {1}")
    @MethodSource("screens")
    void repTable_everyColumnReachable(int width, String page) {
        List<Map<String, Object>> columns = script(open(width, page), """
                %s
                return [...document.querySelectorAll('#reps thead th')].map(th =>
                        ({name: th.textContent, reachable: reachable(th)}));""".formatted(REACHABLE));

        assertThat(columns).extracting(c -> c.get("name")).containsExactly("Rep", "Team", "Target", "Magic number",
                "Barometer", "Gaps to peers", "Focus");
        assertThat(columns).allSatisfy(c -> assertThat(c.get("reachable")).as("column %s", c.get("name"))
                .isEqualTo("yes"));
    }

    /**
     * Whether an element can be seen whole after scrolling it into view as a reader would: inside
     * the screen and inside every box that clips it, each of which scrolls ("auto" or "scroll") if
     * it had to move. Answers "yes" or what is wrong.
     */
    private static final String REACHABLE = """
            function reachable(el) {
              el.scrollIntoView({block: 'center', inline: 'nearest'});
              const r = el.getBoundingClientRect();
              if (r.width === 0 || r.height === 0) return 'not rendered';
              let left = 0, right = document.documentElement.clientWidth;
              for (let box = el.parentElement; box; box = box.parentElement) {
                const overflow = getComputedStyle(box).overflowX;
                if (overflow === 'visible') continue;
                if (box.scrollLeft > 0 && overflow !== 'auto' && overflow !== 'scroll') {
                  return 'inside a box that does not scroll: ' + box.tagName;
                }
                const c = box.getBoundingClientRect();
                left = Math.max(left, c.left);
                right = Math.min(right, c.right);
              }
              const whole = r.left >= left - 0.5 && r.right <= right + 0.5;
              return whole ? 'yes' : 'cut: ' + r.left.toFixed(1) + '..' + r.right.toFixed(1) + ' shown '
                  + left.toFixed(1) + '..' + right.toFixed(1);
            }""";

    /** Every chart with its texts: size as rendered (font size times the chart's scale and the zoom). */
    private static final String READABLE_CHARTS = REACHABLE + """

            const zoom = window.visualViewport.scale;
            return [...document.querySelectorAll('svg')].map(svg => {
              const style = getComputedStyle(svg);
              const box = svg.getBoundingClientRect();
              const texts = [...svg.querySelectorAll('text')];
              const boxes = texts.map(t => t.getBoundingClientRect());
              const overlaps = [];
              for (let i = 0; i < boxes.length; i++) {
                for (let j = i + 1; j < boxes.length; j++) {
                  const a = boxes[i], b = boxes[j];
                  const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
                  const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
                  if (x > 1 && y > 2) overlaps.push(texts[i].textContent + ' / ' + texts[j].textContent);
                }
              }
              return {
                id: svg.id,
                shown: style.display !== 'none' && style.visibility === 'visible',
                width: box.width, height: box.height,
                overlaps: overlaps,
                texts: texts.map((t, i) => {
                  const m = t.getScreenCTM();
                  return {text: t.textContent,
                          size: parseFloat(getComputedStyle(t).fontSize) * Math.hypot(m.a, m.b) * zoom,
                          height: boxes[i].height * zoom,
                          reachable: reachable(t)};
                })
              };
            });""";

    private static WebDriver open(int width, String page) {
        WebDriver driver = DRIVERS.computeIfAbsent(width, ReportInBrowserTest::chromium);
        driver.get(PAGES.get(page).toUri().toString());
        return driver;
    }

    private static WebDriver chromium(int width) {
        boolean phone = width == PHONE;
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        try {
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--user-data-dir=" + Files.createTempDirectory(dir, "chromium-" + width));
        } catch (IOException e) {
            throw new AssertionError("cannot make Chromium's profile directory", e);
        }
        // The phone is emulated as one: a mobile viewport, touch and a dense screen.
        options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics", Map.of("width", width,
                "height", phone ? 844 : 1000, "pixelRatio", phone ? 3.0 : 1.0, "mobile", phone, "touch", phone)));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60)).scriptTimeout(Duration.ofSeconds(60));
        return driver;
    }

    @SuppressWarnings("unchecked")
    private static <T> T script(WebDriver driver, String script) {
        return (T) ((JavascriptExecutor) driver).executeScript(script);
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }

    private static Path write(String name, ReviewReport review) throws IOException {
        Path file = dir.resolve(name);
        HtmlReport.write(review, file);
        return file;
    }

    private static void requireChromium() {
        List<String> missing = new ArrayList<>();
        for (Path binary : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(binary)) {
                missing.add(binary.toString());
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        String what = "Chromium is needed to test the report in a browser, but " + String.join(" and ", missing)
                + (missing.size() == 1 ? " is" : " are") + " missing";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(what + ". CI must run this test: .ci/run installs Debian's chromium and chromium-driver.");
        }
        String skipped = what + ": skipped on this machine. Install them (apt-get install chromium chromium-driver)"
                + " or name them with KPI_CHROMIUM and KPI_CHROMEDRIVER.";
        // Surefire counts a class skipped in @BeforeAll as no test at all: say it where it is seen.
        System.err.println("[WARNING] ReportInBrowserTest: " + skipped);
        Assumptions.abort(skipped);
    }

    private static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value;
    }
}
