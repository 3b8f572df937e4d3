package io.gatehouse.adapters.persistence;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Completes the {@code default} datasource before its pool starts: the embedded H2 database when
 * no URL is configured, H2's required settings on H2 URLs, and the driver by the URL's scheme.
 */
@Singleton
final class DatasourceDefaults implements BeanCreatedEventListener<DatasourceConfiguration> {
    private static final Logger LOG = LoggerFactory.getLogger(DatasourceDefaults.class);

    private final DatabaseLocation location;

    DatasourceDefaults(DatabaseLocation location) {
        this.location = location;
    }

    @Override
    public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
        DatasourceConfiguration configuration = event.getBean();
        if (!"default".equals(configuration.getName())) {
            return configuration;
        }
        String url = location.url();
        configuration.setUrl(url);
        String driver = location.driverClassName(url);
        if (driver != null) {
            configuration.setDriverClassName(driver);
        }
        if (location.embedded()) {
            if (isBlank(configuration.getConfiguredUsername())) {
                configuration.setUsername("sa");
            }
            if (configuration.getConfiguredPassword() == null) {
                configuration.setPassword("");
            }
            LOG.info("No database URL configured: using the embedded H2 database in {}", location.embeddedDirectory());
        }
        return configuration;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
