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
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.qute.i18n.Message;

/**
 * Every language has every message, with the same placeholders, and nothing else: a key missing in one
 * language fails here (Qute would silently show English). Templates use only keys that exist.
 */
class ConsoleMessagesTest {

    private static final Path MESSAGES = Path.of("src", "main", "resources", "messages");
    private static final Path SOURCES = Path.of("src", "main", "java", "org", "haven", "console");
    private static final Path TEMPLATES = Path.of("src", "main", "resources", "templates", "console");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    /** A message bundle of the console: its interface and its name (file prefix and template namespace). */
    record Bundle(Class<?> type, String name) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** Every bundle of the console, found in its sources, so a new bundle cannot escape these checks. */
    static List<Bundle> bundles() throws IOException {
        Pattern declared = Pattern.compile("@MessageBundle\\(value = \"(\\w+)\"");
        List<Bundle> found = new ArrayList<>();
        try (var files = Files.list(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                Matcher m = declared.matcher(Files.readString(file, StandardCharsets.UTF_8));
                if (m.find()) {
                    String type = file.getFileName().toString().replace(".java", "");
                    try {
                        found.add(new Bundle(Class.forName("org.haven.console." + type), m.group(1)));
                    } catch (ClassNotFoundException e) {
                        throw new IllegalStateException(type, e);
                    }
                }
            }
        }
        return found;
    }

    static Stream<Arguments> translations() throws IOException {
        List<Arguments> all = new ArrayList<>();
        for (Bundle bundle : bundles()) {
            for (Language language : Language.values()) {
                if (language != Language.EN) {
                    all.add(Arguments.of(bundle, language));
                }
            }
        }
        return all.stream();
    }

    @Test
    void theBundlesAreFound() throws IOException {
        assertTrue(bundles().stream().anyMatch(b -> b.type() == ConsoleMessages.class && b.name().equals("msg")));
        assertTrue(bundles().stream().anyMatch(b -> b.type() == ProblemMessages.class));
    }

    @ParameterizedTest
    @MethodSource("translations")
    void everyMessageIsTranslatedWithItsPlaceholders(Bundle bundle, Language language) throws IOException {
        Properties translated = load(bundle, language);
        List<String> problems = new ArrayList<>();
        for (Method method : bundle.type().getDeclaredMethods()) {
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
        Set<String> known = Arrays.stream(bundle.type().getDeclaredMethods()).map(Method::getName)
                .collect(Collectors.toSet());
        translated.stringPropertyNames().stream().filter(k -> !known.contains(k)).forEach(k -> problems.add(k + ": unknown"));
        assertEquals(List.of(), problems, bundle.name() + "_" + language.code + ".properties");
    }

    @Test
    void englishPlaceholdersAreTheParameters() throws IOException {
        for (Bundle bundle : bundles()) {
            for (Method method : bundle.type().getDeclaredMethods()) {
                Set<String> parameters = Arrays.stream(method.getParameters()).map(p -> p.getName())
                        .collect(Collectors.toCollection(TreeSet::new));
                assertEquals(parameters, placeholders(method.getAnnotation(Message.class).value()), method.getName());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = { "PRS", "PS" })
    void rightToLeftLanguagesAreWrittenInArabicScript(Language language) throws IOException {
        for (Bundle bundle : bundles()) {
            rightToLeft(bundle, language);
        }
    }

    private static void rightToLeft(Bundle bundle, Language language) throws IOException {
        Properties translated = load(bundle, language);
        List<String> latinOnly = translated.stringPropertyNames().stream().filter(k -> !k.equals("app_name"))
                .filter(k -> !translated.getProperty(k).codePoints()
                        .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC))
                .sorted().toList();
        assertEquals(List.of(), latinOnly, "untranslated in " + bundle.name() + "_" + language.code);
        assertTrue(language.rightToLeft());
    }

    @Test
    void templatesUseOnlyExistingMessages() throws IOException {
        Map<String, Set<String>> known = new TreeMap<>();
        for (Bundle bundle : bundles()) {
            known.put(bundle.name(), Arrays.stream(bundle.type().getDeclaredMethods()).map(Method::getName)
                    .collect(Collectors.toSet()));
        }
        Pattern use = Pattern.compile("\\{(\\w+):(\\w+)");
        List<String> unknown = new ArrayList<>();
        try (var files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Matcher m = use.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    Set<String> keys = known.get(m.group(1));
                    if (keys != null && !keys.contains(m.group(2))) {
                        unknown.add(file.getFileName() + ": " + m.group(1) + ":" + m.group(2));
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

    private static Properties load(Bundle bundle, Language language) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(MESSAGES.resolve(bundle.name() + "_" + language.code + ".properties"),
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
