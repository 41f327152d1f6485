package org.haven.console;

import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Filling console forms as a person does, by the fields' names (the API's JSON field paths), whatever
 * control a page chose for a field: a text input, a select, radio buttons or check boxes.
 */
public final class BrowserForms {

    private BrowserForms() {
    }

    /** Types into a text field or text area, or chooses the option or radio/check box with this value. */
    public static void fill(ChromeDriver driver, String name, String value) {
        fill(driver, driver.findElement(By.tagName("main")), name, value);
    }

    /** As {@link #fill(ChromeDriver, String, String)}, in one form of the page (several may have a "reason"). */
    public static void fillIn(ChromeDriver driver, String formId, String name, String value) {
        fill(driver, driver.findElement(By.id(formId)), name, value);
    }

    private static void fill(ChromeDriver driver, WebElement scope, String name, String value) {
        List<WebElement> fields = scope.findElements(By.name(name));
        if (fields.isEmpty()) {
            throw new NoSuchElementException("no field named " + name + " on " + driver.getCurrentUrl());
        }
        WebElement field = fields.get(0);
        String tag = field.getTagName();
        String type = field.getDomAttribute("type") == null ? "" : field.getDomAttribute("type");
        if (tag.equals("select")) {
            new Select(field).selectByValue(value);
        } else if (type.equals("radio") || type.equals("checkbox")) {
            WebElement choice = fields.stream().filter(f -> value.equals(f.getDomAttribute("value"))).findFirst()
                    .orElseThrow(() -> new NoSuchElementException("no choice " + value + " for " + name));
            if (!choice.isSelected()) {
                choice.click();
            }
        } else if (type.equals("date") || type.equals("datetime-local")) {
            // date controls take keyboard input in the browser's locale; set the value as the form sends it
            driver.executeScript("arguments[0].value = arguments[1]", field, value);
        } else {
            field.clear();
            field.sendKeys(value);
        }
    }

    /** Clicks a button or link by id and waits until the page it leads to has loaded. */
    public static void click(ChromeDriver driver, String id) {
        // a mark on the current document: gone once the next page has replaced it
        driver.executeScript("window.havenPageBeforeClick = true");
        driver.findElement(By.id(id)).click();
        waitOn(driver).until(d -> Boolean.TRUE.equals(driver.executeScript(
                "return window.havenPageBeforeClick === undefined && document.readyState === 'complete'")));
    }

    /** The problem shown next to a field, or "" when none. */
    public static String problemOf(ChromeDriver driver, String name) {
        WebElement field = driver.findElements(By.name(name)).get(0);
        String described = field.getDomAttribute("aria-describedby");
        if (!"true".equals(field.getDomAttribute("aria-invalid")) || described == null) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        for (String id : described.trim().split("\\s+")) {
            if (id.endsWith("-error")) {
                text.append(driver.findElement(By.id(id)).getText());
            }
        }
        return text.toString();
    }

    /**
     * Waits through page loads. While a page is replaced, an element found on the old one may be gone
     * (stale, not found), and Chromium may answer a question about it with an inspector error ("Node
     * with given id does not belong to the document"): all of them mean "not yet". Whatever keeps
     * failing still fails the wait, after 20 s, with the last error as its cause.
     */
    public static WebDriverWait waitOn(ChromeDriver driver) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.ignoring(org.openqa.selenium.WebDriverException.class);
        return wait;
    }
}
