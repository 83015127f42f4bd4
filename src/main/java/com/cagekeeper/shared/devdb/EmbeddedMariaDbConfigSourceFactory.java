package com.cagekeeper.shared.devdb;

import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

import org.eclipse.microprofile.config.spi.ConfigSource;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;

/**
 * In the dev and test profiles, when no {@code quarkus.datasource.jdbc.url} is configured,
 * supplies one that points at an embedded MariaDB, started on first use. In production
 * (or with a URL configured) it supplies nothing, so the service uses the database it is given.
 */
public class EmbeddedMariaDbConfigSourceFactory implements ConfigSourceFactory {

    static final String URL_KEY = "quarkus.datasource.jdbc.url";
    static final String USER_KEY = "quarkus.datasource.username";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        List<String> profiles = context.getProfiles();
        boolean devOrTest = profiles.contains("dev") || profiles.contains("test");
        ConfigValue configured = context.getValue(URL_KEY);
        ConfigValue disabled = context.getValue("cagekeeper.embedded-db.enabled");
        boolean off = disabled != null && "false".equalsIgnoreCase(disabled.getValue());
        if (!devOrTest || off || (configured != null && configured.getValue() != null)
                || !EmbeddedMariaDb.available()) {
            return List.of();
        }
        return List.of(new LazyUrlSource());
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(50);
    }

    /** Starts the server only when the URL is actually read. */
    static final class LazyUrlSource implements ConfigSource {

        @Override
        public Set<String> getPropertyNames() {
            return Set.of(URL_KEY, USER_KEY);
        }

        @Override
        public String getValue(String propertyName) {
            if (URL_KEY.equals(propertyName)) {
                return EmbeddedMariaDb.jdbcUrl();
            }
            return USER_KEY.equals(propertyName) ? "root" : null;
        }

        @Override
        public int getOrdinal() {
            return 50;
        }

        @Override
        public String getName() {
            return "embedded-mariadb";
        }
    }
}
