package org.haven.console;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The console's languages. {@code code} names the message bundle ({@code msg_prs.properties}) and goes
 * into {@code <html lang>}; {@code formats} is the locale whose conventions (digits, date order, currency
 * placement) dates, numbers and money follow. Dari is Persian as written in Afghanistan (CLDR {@code fa-AF}).
 */
public enum Language {
    EN("en", "English", "ltr", "en-GB"),
    PRS("prs", "دری", "rtl", "fa-AF"),
    PS("ps", "پښتو", "rtl", "ps-AF"),
    FR("fr", "Français", "ltr", "fr-FR");

    /** The cookie that remembers the choice (not a secret: it holds only a language code). */
    static final String COOKIE = "haven-lang";

    final String code;
    final String nativeName;
    final String dir;
    final Locale formats;

    Language(String code, String nativeName, String dir, String formats) {
        this.code = code;
        this.nativeName = nativeName;
        this.dir = dir;
        this.formats = Locale.forLanguageTag(formats);
    }

    /** For templates: Qute reads record-style accessors. */
    public String code() {
        return code;
    }

    public String nativeName() {
        return nativeName;
    }

    public String dir() {
        return dir;
    }

    public boolean rightToLeft() {
        return "rtl".equals(dir);
    }

    static Optional<Language> of(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (Language language : values()) {
            if (language.code.equalsIgnoreCase(code.trim())) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /**
     * The user's choice (cookie) if it names a language of the console, else the first of the browser's
     * preferred languages that it has ("fa-AF" and "fa" are taken as Dari), else English.
     */
    static Language choose(String cookie, List<Locale> acceptable) {
        Optional<Language> chosen = of(cookie);
        if (chosen.isPresent()) {
            return chosen.get();
        }
        for (Locale locale : acceptable) {
            String language = locale.getLanguage();
            Optional<Language> match = "fa".equals(language) ? Optional.of(PRS) : of(language);
            if (match.isPresent()) {
                return match.get();
            }
        }
        return EN;
    }
}
