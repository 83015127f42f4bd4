package com.cagekeeper.deploy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithName;

/**
 * The configuration keys the service reads: those of application.properties (any profile),
 * those of its {@code @ConfigMapping} interfaces and {@code @ConfigProperty} injections, and
 * the datasource URL and credentials Quarkus reads in production. Environment variables map to them
 * by the MicroProfile Config rule: every character other than a letter or digit becomes
 * {@code _}, then upper case ({@code access.clock-skew} is {@code ACCESS_CLOCK_SKEW}).
 */
final class ServiceConfig {

    static final Path PROPERTIES = Manifests.ROOT.resolve("src/main/resources/application.properties");
    static final Path SOURCES = Manifests.ROOT.resolve("src/main/java");

    /** Read by Quarkus' datasource in production, deliberately not in application.properties (README, Configuration). */
    static final Set<String> DATASOURCE_CREDENTIALS = Set.of("quarkus.datasource.jdbc.url", "quarkus.datasource.username",
            "quarkus.datasource.password");

    private static final Pattern CONFIG_PROPERTY = Pattern.compile("@ConfigProperty\\(name\\s*=\\s*\"([^\"]+)\"");

    private static Properties properties;
    private static Set<String> keys;

    static synchronized Properties properties() {
        if (properties == null) {
            Properties loaded = new Properties();
            try (Reader reader = Files.newBufferedReader(PROPERTIES, StandardCharsets.UTF_8)) {
                loaded.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            properties = loaded;
        }
        return properties;
    }

    /** The production value of a key: {@code %prod.key}, else {@code key}. */
    static Optional<String> production(String key) {
        return Optional.ofNullable(properties().getProperty("%prod." + key, properties().getProperty(key)));
    }

    static synchronized Set<String> keys() {
        if (keys == null) {
            Set<String> all = new TreeSet<>(DATASOURCE_CREDENTIALS);
            for (String name : properties().stringPropertyNames()) {
                all.add(name.startsWith("%") ? name.substring(name.indexOf('.') + 1) : name);
            }
            all.addAll(configPropertyNames());
            all.addAll(configMappingNames());
            keys = all;
        }
        return keys;
    }

    static String envName(String key) {
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    /** The configuration key an environment variable sets, if the service reads one by that name. */
    static Optional<String> keyOf(String envName) {
        return keys().stream().filter(k -> envName(k).equals(envName)).findFirst();
    }

    static Set<String> configPropertyNames() {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> walk = Files.walk(SOURCES)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = CONFIG_PROPERTY.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    names.add(m.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    static Set<String> configMappingNames() {
        Set<String> names = new TreeSet<>();
        new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.cagekeeper").stream()
                .filter(c -> c.isAnnotatedWith(ConfigMapping.class))
                .forEach(c -> {
                    Class<?> type = c.reflect();
                    addMapping(type.getAnnotation(ConfigMapping.class).prefix(), type, names);
                });
        return names;
    }

    private static void addMapping(String prefix, Class<?> type, Set<String> names) {
        for (Method method : type.getMethods()) {
            if (method.isDefault() || Modifier.isStatic(method.getModifiers()) || method.getParameterCount() > 0) {
                continue;
            }
            WithName withName = method.getAnnotation(WithName.class);
            String name = prefix + "." + (withName != null ? withName.value() : kebab(method.getName()));
            Class<?> returned = method.getReturnType();
            if (returned.isInterface() && returned.getName().startsWith("com.cagekeeper")) {
                addMapping(name, returned, names);
            } else {
                names.add(name);
            }
        }
    }

    static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    /** A Quarkus duration ("25s", "25S", "PT25S", "25" for seconds). */
    static Duration duration(String value) {
        String v = value.strip();
        if (v.matches("\\d+")) {
            return Duration.ofSeconds(Long.parseLong(v));
        }
        if (v.matches("\\d+[a-zA-Z]+") && !v.toUpperCase(Locale.ROOT).startsWith("P")) {
            String unit = v.replaceAll("\\d", "").toLowerCase(Locale.ROOT);
            long n = Long.parseLong(v.replaceAll("\\D", ""));
            return switch (unit) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> throw new IllegalArgumentException("unknown duration unit in " + value);
            };
        }
        return Duration.parse(v.toUpperCase(Locale.ROOT));
    }

    private ServiceConfig() {
    }
}
