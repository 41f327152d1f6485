package org.haven.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.quarkus.qute.i18n.Message;

/**
 * Every language has every message, with the same placeholders, and nothing else: a key missing in one
 * language fails here (Qute would silently show English). Templates use only keys that exist.
 */
class ConsoleMessagesTest {

    private static final Path MESSAGES = Path.of("src", "main", "resources", "messages");
    private static final Path TEMPLATES = Path.of("src", "main", "resources", "templates", "console");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    @ParameterizedTest
    @EnumSource(value = Language.class, names = "EN", mode = EnumSource.Mode.EXCLUDE)
    void everyMessageIsTranslatedWithItsPlaceholders(Language language) throws IOException {
        Properties translated = load(language);
        List<String> problems = new ArrayList<>();
        for (Method method : ConsoleMessages.class.getDeclaredMethods()) {
            String key = method.getName();
            String text = translated.getProperty(key);
            if (text == null || text.isBlank()) {
                problems.add(key + ": missing");
                continue;
            }
            Set<String> expected = Arrays.stream(method.getParameters()).map(p -> p.getName())
                    .collect(Collectors.toCollection(TreeSet::new));
            if (!expected.equals(placeholders(text))) {
                problems.add(key + ": placeholders " + placeholders(text) + ", expected " + expected);
            }
        }
        Set<String> known = Arrays.stream(ConsoleMessages.class.getDeclaredMethods()).map(Method::getName)
                .collect(Collectors.toSet());
        translated.stringPropertyNames().stream().filter(k -> !known.contains(k)).forEach(k -> problems.add(k + ": unknown"));
        assertEquals(List.of(), problems, "msg_" + language.code + ".properties");
    }

    @Test
    void englishPlaceholdersAreTheParameters() {
        for (Method method : ConsoleMessages.class.getDeclaredMethods()) {
            Set<String> parameters = Arrays.stream(method.getParameters()).map(p -> p.getName())
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(parameters, placeholders(method.getAnnotation(Message.class).value()), method.getName());
        }
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = { "PRS", "PS" })
    void rightToLeftLanguagesAreWrittenInArabicScript(Language language) throws IOException {
        Properties translated = load(language);
        List<String> latinOnly = translated.stringPropertyNames().stream().filter(k -> !k.equals("app_name"))
                .filter(k -> !translated.getProperty(k).codePoints()
                        .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC))
                .sorted().toList();
        assertEquals(List.of(), latinOnly, "untranslated in " + language.code);
        assertTrue(language.rightToLeft());
    }

    @Test
    void templatesUseOnlyExistingMessages() throws IOException {
        Set<String> known = Arrays.stream(ConsoleMessages.class.getDeclaredMethods()).map(Method::getName)
                .collect(Collectors.toSet());
        Pattern use = Pattern.compile("\\{msg:(\\w+)");
        List<String> unknown = new ArrayList<>();
        try (var files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Matcher m = use.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    if (!known.contains(m.group(1))) {
                        unknown.add(file.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertEquals(List.of(), unknown);
    }

    @Test
    void noVisibleEnglishIsWrittenIntoTheTemplates() throws IOException {
        // Text between tags must come from {msg:...} or data; a few words of English slipping in fails here.
        Pattern words = Pattern.compile(">\\s*([A-Za-z][A-Za-z ,.'-]{2,})\\s*<");
        List<String> found = new ArrayList<>();
        try (var files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Matcher m = words.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    found.add(file.getFileName() + ": " + m.group(1));
                }
            }
        }
        assertEquals(List.of(), found);
    }

    private static Properties load(Language language) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(MESSAGES.resolve("msg_" + language.code + ".properties"),
                StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }

    private static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
