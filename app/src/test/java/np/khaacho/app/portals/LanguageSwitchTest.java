package np.khaacho.app.portals;

import np.khaacho.app.support.Api;
import np.khaacho.app.support.BrowserTest;
import np.khaacho.app.support.Eventually;
import np.khaacho.app.support.PortalOrders;
import np.khaacho.command.api.CommandSender;
import np.khaacho.kernel.common.Actor;
import np.khaacho.kernel.common.Channel;
import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.party.RegisterVendor;
import np.khaacho.kernel.party.VendorId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Nepali / English switch. Both dictionaries have the same keys; every page, switched to Nepali,
 * shows the Nepali words of each of its labels and no English one left over; a vendor's choice is kept
 * on the server, so a fresh browser with nothing but the vendor's session comes up in Nepali, and the
 * vendor's WhatsApp messages follow it. English is the default: the other page tests run in it.
 */
class LanguageSwitchTest extends BrowserTest {

    /**
     * What is wrong with the page in Nepali: a label not in its Nepali words, a text or attribute still
     * in English (a dictionary's English words that differ in Nepali), no switch, or the wrong lang.
     * The simulator's chat is what was said, not the page's labels: it stays as it was said.
     */
    private static final String PROBLEMS = """
            const W = window.KhaachoWords;
            const problems = [];
            if (document.documentElement.lang !== 'ne') problems.push('html lang is ' + document.documentElement.lang);
            if (!document.getElementById('lang-switch')) problems.push('no language switch');
            document.querySelectorAll('[data-i18n]').forEach(function (n) {
              if (n.textContent.trim() !== W.ne[n.dataset.i18n]) problems.push(n.dataset.i18n + ' shows "' + n.textContent.trim() + '"');
            });
            [['i18nPlaceholder', 'placeholder'], ['i18nTitle', 'title'], ['i18nAriaLabel', 'aria-label']].forEach(function (a) {
              document.querySelectorAll('*').forEach(function (n) {
                const key = n.dataset && n.dataset[a[0]];
                if (key && n.getAttribute(a[1]) !== W.ne[key]) problems.push(key + ' as ' + a[1] + ' is "' + n.getAttribute(a[1]) + '"');
              });
            });
            const english = new Set(Object.keys(W.en).filter(function (k) { return W.en[k] !== W.ne[k]; })
              .map(function (k) { return W.en[k].trim(); }));
            const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              const text = node.textContent.trim();
              const parent = node.parentElement;
              const tag = parent ? parent.tagName : '';
              if (tag !== 'SCRIPT' && tag !== 'STYLE' && !(parent && parent.closest('#chat')) && english.has(text)) {
                problems.push('English text "' + text + '" in ' + tag);
              }
            }
            document.querySelectorAll('[placeholder], [title], [aria-label]').forEach(function (n) {
              if (n.closest('#chat')) return;
              ['placeholder', 'title', 'aria-label'].forEach(function (a) {
                const v = n.getAttribute(a);
                if (v && english.has(v.trim())) problems.push('English ' + a + ' "' + v + '" on ' + n.tagName);
              });
            });
            return problems;""";

    @Autowired
    private CommandSender commands;

    @Test
    void bothDictionariesHaveExactlyTheSameKeys() {
        open("/");
        @SuppressWarnings("unchecked")
        List<String> english = (List<String>) js("return Object.keys(window.KhaachoWords.en).sort();");
        @SuppressWarnings("unchecked")
        List<String> nepali = (List<String>) js("return Object.keys(window.KhaachoWords.ne).sort();");
        assertThat(english).as("the English words").isNotEmpty();
        assertThat(nepali).as("the Nepali dictionary's keys").containsExactlyElementsOf(english);
        @SuppressWarnings("unchecked")
        List<String> blank = (List<String>) js("const W = window.KhaachoWords; return Object.keys(W.ne)"
                + ".filter(function (k) { return !String(W.ne[k]).trim() || !String(W.en[k]).trim(); });");
        assertThat(blank).as("keys without words").isEmpty();
    }

    @Test
    void everyPageSwitchedToNepaliShowsItsNepaliWordsAndNoEnglishLabel() {
        // signed out: the sign-in page, switched with its own switch; the simulator follows the choice
        open("/");
        shown(By.id("lang-ne")).click();
        waitUntil(d -> "ne".equals(js("return document.documentElement.lang;")) ? true : null);
        assertNepali("/");
        open("/simulator.html");
        waitFor(By.cssSelector("#contact:enabled"));
        assertNepali("/simulator.html");

        // signed in: each page switched with its own switch (the server keeps it; English again after)
        pageInNepali(VENDOR_KTM_PHONE, "/vendor.html", () -> {
            waitForTextOf("orders-page");
            waitForTextOf("catalog-page");
            waitForTextOf("invoices-page");
            waitUntil(d -> d.findElements(By.cssSelector("#status-tabs button")).size() > 0 ? true : null);
        });
        pageInNepali(BUYER_KTM_PHONE, "/buyer.html", () -> {
            waitForTextOf("page-info");
            waitForTextOf("invoices-info");
            waitUntil(d -> d.findElements(By.cssSelector("#credit-figures .figure")).size() > 0 ? true : null);
        });
        pageInNepali(ADMIN_PHONE, "/admin.html", () -> waitFor(By.cssSelector("#dashboard[data-loaded='true']")));
        String orderId = PortalOrders.place(as(BUYER_KTM_PHONE), "RICE-JEERA-25KG", 3);
        PortalOrders.awaitStatus(as(BUYER_KTM_PHONE), orderId, "AWAITING_VENDOR");
        pageInNepali(AUDITOR_PHONE, "/auditor.html#order=" + orderId, () -> {
            waitFor(By.id("search-q"));
            waitFor(By.cssSelector("#state-of"));
            waitUntil(d -> d.findElements(By.cssSelector("#events li")).size() >= 2 ? true : null);
            assertThat(browser.findElement(By.cssSelector("#events li .type")).getText())
                    .as("the event's name").isEqualTo(nepali("event.OrderPlaced"));
            assertThat(browser.findElement(By.cssSelector("#events li .when")).getText())
                    .as("the instant, BS first").startsWith("२०");
        });
    }

    @Test
    void instantsShowTheBsDayAndTimeInNepalFirstAndErrorsSpeakTheLanguage() {
        open("/");
        // 2025-12-04 08:20 UTC is 14:05 in Nepal on BS 2082-08-18
        String at = "2025-12-04T08:20:00Z";
        js("localStorage.setItem('khaacho.lang', 'en');");
        open("/");
        assertThat(js("return window.Khaacho.fmt.time(arguments[0]);", at)).isEqualTo("2082-08-18 BS 14:05 · 4 Dec 2025");
        assertThat(js("return window.Khaacho.fmt.preciseTime(arguments[0]);", "2025-12-04T18:15:59.250Z"))
                .as("past midnight in Nepal: the next day").asString().startsWith("2082-08-19 BS 00:00:59.250 · 5 Dec 2025");
        assertThat(js("return window.Khaacho.errorText(new window.Khaacho.ApiError(422, 'CREDIT_LIMIT_EXCEEDED', "
                + "'credit limit exceeded: NPR 2,000.00 available', []));")).isEqualTo("credit limit exceeded: NPR 2,000.00 available");

        js("localStorage.setItem('khaacho.lang', 'ne');");
        open("/");
        waitUntil(d -> "ne".equals(js("return document.documentElement.lang;")) ? true : null);
        assertThat((String) js("return window.Khaacho.fmt.time(arguments[0]);", at)).startsWith("२०८२ मंसिर १८ १४:०५ · ");
        assertThat(js("return window.Khaacho.errorText(new window.Khaacho.ApiError(422, 'CREDIT_LIMIT_EXCEEDED', "
                + "'credit limit exceeded', ['amount: 2000']));")).isEqualTo(nepali("error.CREDIT_LIMIT_EXCEEDED") + " (amount: 2000)");
        assertThat(js("return window.Khaacho.errorText(new window.Khaacho.ApiError(418, 'NO_SUCH_CODE', 'odd', []));"))
                .isEqualTo(((String) nepali("error.status")).replace("{0}", "418"));
        js("localStorage.removeItem('khaacho.lang');");
    }

    @Test
    void aVendorsChoiceIsKeptOnTheServerAndComesBackInAFreshBrowser() {
        String run = String.format("%06d", System.currentTimeMillis() % 1_000_000);
        String phone = "+97798310" + run;
        VendorId vendorId = VendorId.derivedFrom("language-switch:" + phone);
        commands.send(new RegisterVendor(vendorId, phone, "Sagarmatha Suppliers " + run, "Kathmandu",
                List.of("Kathmandu"), Money.of(0)), Actor.system(Channel.DEMO_DATA));
        Api vendor = as(phone);
        Eventually.waitUntil("the vendor can sign in", () -> vendor.get("/v1/users/me").status() == 200);
        assertThat(vendor.get("/v1/users/me").data().path("language").isTextual()).as("no language chosen yet").isFalse();
        Eventually.waitUntil("the vendor is known to the pages", () -> {
            try {
                signInAs(phone);
                return true;
            } catch (AssertionError notYet) {
                return false;
            }
        });

        open("/vendor.html");
        waitForTextOf("orders-page");
        assertThat(js("return document.documentElement.lang;")).isEqualTo("en");
        shown(By.id("lang-ne")).click();
        waitUntil(d -> "ne".equals(js("return document.documentElement.lang;")) ? true : null);
        waitUntil(d -> nepali("vendor.orders").equals(d.findElement(By.id("orders-title")).getText()) ? true : null);
        Eventually.waitUntil("GET /v1/users/me says ne",
                () -> "ne".equals(vendor.get("/v1/users/me").data().path("language").asText()));
        Eventually.waitUntil("the vendor's WhatsApp contact is in Nepali", () -> "ne".equals(jdbc.queryForObject(
                "SELECT language FROM messaging.contacts WHERE user_id = ?", String.class, vendorId.value())));

        // a fresh browser: no language kept here, a new session; only the server remembers
        js("localStorage.clear();");
        signInAs(phone);
        assertThat(js("return localStorage.getItem('khaacho.lang');")).isNull();
        open("/vendor.html");
        waitUntil(d -> "ne".equals(js("return document.documentElement.lang;")) ? true : null);
        waitUntil(d -> nepali("vendor.orders").equals(d.findElement(By.id("orders-title")).getText()) ? true : null);
        waitForTextOf("orders-page");
        screenshot("LanguageSwitchTest-vendor-in-nepali");

        // and back to English, kept the same way
        shown(By.id("lang-en")).click();
        waitUntil(d -> "en".equals(js("return document.documentElement.lang;")) ? true : null);
        Eventually.waitUntil("GET /v1/users/me says en",
                () -> "en".equals(vendor.get("/v1/users/me").data().path("language").asText()));
        assertThat(vendor.put("/v1/users/me/language", Map.of("language", "fr")).status())
                .as("only English and Nepali").isEqualTo(400);
    }

    // ---------- helpers ----------

    private void pageInNepali(String phone, String page, Runnable loaded) {
        js("localStorage.clear();");
        signInAs(phone);
        try {
            open(page);
            waitUntil(d -> "en".equals(js("return document.documentElement.lang;")) ? true : null);
            shown(By.id("lang-ne")).click();
            waitUntil(d -> "ne".equals(js("return document.documentElement.lang;")) ? true : null);
            loaded.run();
            assertNepali(page);
            screenshot("LanguageSwitchTest-" + page.replaceAll("[^a-z]", "") + "-ne");
        } finally {
            // the demo users are every page test's: English, the default, again
            as(phone).put("/v1/users/me/language", Map.of("language", "en"));
        }
    }

    private void assertNepali(String page) {
        @SuppressWarnings("unchecked")
        List<String> problems = (List<String>) js(PROBLEMS);
        assertThat(problems).as(page + " in Nepali").isEmpty();
    }

    private String nepali(String key) {
        return (String) js("return window.KhaachoWords.ne[arguments[0]];", key);
    }

    private void waitForTextOf(String id) {
        waitUntil(d -> d.findElement(By.id(id)).getText().isBlank() ? null : true);
    }

    private org.openqa.selenium.WebElement shown(By locator) {
        return waitFor(locator);
    }

}
