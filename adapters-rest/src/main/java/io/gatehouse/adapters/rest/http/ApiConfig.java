package io.gatehouse.adapters.rest.http;

import io.micronaut.context.annotation.ConfigurationProperties;

/** {@code gatehouse.api.*}: how the API presents itself. */
@ConfigurationProperties("gatehouse.api")
public class ApiConfig {
    /** Answer every API error with HTTP 200 (for corteza-js 2020.9 clients that read errors from 200 bodies only). */
    private boolean legacyErrorStatus;

    public boolean isLegacyErrorStatus() {
        return legacyErrorStatus;
    }

    public void setLegacyErrorStatus(boolean legacyErrorStatus) {
        this.legacyErrorStatus = legacyErrorStatus;
    }
}
