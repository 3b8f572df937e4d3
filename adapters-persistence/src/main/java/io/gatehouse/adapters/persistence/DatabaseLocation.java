package io.gatehouse.adapters.persistence;

import io.micronaut.context.env.Environment;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Where the default datasource points. With {@code datasources.default.url} empty, that is the
 * embedded H2 database under {@code gatehouse.data-dir} (default {@code ./data}), in MySQL mode so
 * that the one set of migrations and queries runs everywhere. The driver follows the URL, so that
 * {@code jdbc:mariadb:} gets MariaDB's driver (Connector/J drops fractional seconds on MariaDB).
 */
@Singleton
final class DatabaseLocation {
    static final String URL_PROPERTY = "datasources.default.url";
    static final String DRIVER_PROPERTY = "datasources.default.driver-class-name";
    static final String DATA_DIR_PROPERTY = "gatehouse.data-dir";
    static final String DEFAULT_DATA_DIR = "./data";

    /**
     * What the schema and queries rely on in H2: MySQL syntax, lower-case names, case-insensitive
     * text comparison (as utf8mb4_unicode_ci on MariaDB), lock waits as patient as a server's, and
     * closing left to the connection pool rather than a JVM shutdown hook.
     */
    static final Map<String, String> H2_SETTINGS = h2Settings();

    private final String configuredUrl;
    private final String configuredDriver;
    private final Path dataDirectory;

    DatabaseLocation(Environment environment) {
        this.configuredUrl = environment.getProperty(URL_PROPERTY, String.class).map(String::trim).orElse("");
        this.configuredDriver = environment.getProperty(DRIVER_PROPERTY, String.class).map(String::trim).orElse("");
        this.dataDirectory = Path.of(environment.getProperty(DATA_DIR_PROPERTY, String.class)
                .filter(s -> !s.isBlank()).orElse(DEFAULT_DATA_DIR)).toAbsolutePath().normalize();
    }

    private static Map<String, String> h2Settings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("MODE", "MySQL");
        settings.put("DATABASE_TO_LOWER", "TRUE");
        settings.put("CASE_INSENSITIVE_IDENTIFIERS", "TRUE");
        settings.put("IGNORECASE", "TRUE");
        settings.put("LOCK_TIMEOUT", "10000");
        settings.put("DB_CLOSE_ON_EXIT", "FALSE");
        return settings;
    }

    boolean embedded() {
        return configuredUrl.isEmpty();
    }

    Path embeddedDirectory() {
        return dataDirectory.resolve("db");
    }

    /** The URL to connect to; for the embedded database, creates its folder. */
    String url() {
        if (!embedded()) {
            return configuredUrl.startsWith("jdbc:h2:") ? withH2Settings(configuredUrl) : configuredUrl;
        }
        Path folder = embeddedDirectory();
        String path = folder.resolve("gatehouse").toString().replace('\\', '/');
        if (path.contains(";")) {
            throw new IllegalStateException("the data folder must not contain ';': " + dataDirectory);
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the database folder " + folder, e);
        }
        return withH2Settings("jdbc:h2:file:" + path);
    }

    /** The driver for the URL's scheme, unless one is configured explicitly. */
    String driverClassName(String url) {
        if (!configuredDriver.isEmpty()) {
            return configuredDriver;
        }
        if (url.startsWith("jdbc:mariadb:")) {
            return "org.mariadb.jdbc.Driver";
        }
        if (url.startsWith("jdbc:mysql:")) {
            return "com.mysql.cj.jdbc.Driver";
        }
        if (url.startsWith("jdbc:h2:")) {
            return "org.h2.Driver";
        }
        return null;
    }

    DatabaseInfo info() {
        String url = embedded() ? "jdbc:h2:" : configuredUrl;
        return new DatabaseInfo(embedded(), productName(url));
    }

    static String productName(String url) {
        if (url.startsWith("jdbc:h2:")) {
            return "H2";
        }
        if (url.startsWith("jdbc:mariadb:")) {
            return "MariaDB";
        }
        if (url.startsWith("jdbc:mysql:")) {
            return "MySQL";
        }
        String[] parts = url.split(":");
        return parts.length > 1 ? parts[1] : url;
    }

    /** Appends the settings the schema relies on that the URL does not set itself. */
    static String withH2Settings(String url) {
        StringBuilder out = new StringBuilder(url);
        String upper = url.toUpperCase(Locale.ROOT);
        H2_SETTINGS.forEach((name, value) -> {
            if (!upper.contains(";" + name + "=")) {
                out.append(';').append(name).append('=').append(value);
            }
        });
        return out.toString();
    }
}
